"""The "Hỏi đáp" tab: a chat whose answers stream in as the LLM writes them (without an LLM the answer appears at
once), with citation markers that open the cited passage in a side panel, filters passed to `ask`, and a rating
with an optional comment per answer."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.public import Filters
from assistant.records import Answer, Citation, Feedback
from corpus.errors import AssistantError, UnknownConversation
from ui import render
from ui.session import Session

THINKING = '<div class="tlvb-answer tlvb-thinking">Đang tìm trong văn bản…</div>'
RATINGS = {1: "hữu ích", -1: "chưa hữu ích"}


def new_session() -> dict[str, Any]:
    """What a browser tab remembers: the server-side conversation, and the answer behind each chat message."""
    return {"conversation_id": None, "answers": {}, "by_message": {}, "pending": None}


def frames(stream: Iterable[str | Answer | dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """(the answer message, the answer once known) as `Assistant.ask_stream` produces it: the LLM's text so far,
    without sources, then the verified answer with its sources, which replaces it."""
    shown = ""
    for item in stream:
        if isinstance(item, str):
            shown += item
            yield render.answer_html({"text": "", "answer_id": None}, shown), None
            continue
        answer = item.to_dict() if isinstance(item, Answer) else item
        yield render.answer_html(answer), answer


def audited(stream: Iterable[str | Answer], access, request) -> Iterator[str | Answer]:
    """The answer stream, its cited documents audited as a read by the signed-in key (as /api/v1/ask does)."""
    for item in stream:
        if isinstance(item, Answer):
            access.read(request, [citation.doc_id for citation in item.citations], "ask")
        yield item


@dataclass
class ChatTab:
    doc_types: gr.Dropdown
    issuers: gr.Dropdown
    documents: gr.Dropdown


def build(assistant, access: Session) -> ChatTab:
    """The tab; every question and citation is read within the signed-in key's scope (`access`)."""
    session = gr.State(new_session())
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=480):
            with gr.Accordion("Bộ lọc văn bản", open=False, elem_id="chat-filters"):
                with gr.Row():
                    doc_types = gr.Dropdown(label="Loại văn bản", multiselect=True, choices=[], elem_id="filter-type")
                    issuers = gr.Dropdown(label="Cơ quan ban hành", multiselect=True, choices=[],
                                          elem_id="filter-issuer")
                with gr.Row():
                    issued_from = gr.Textbox(label="Ban hành từ ngày", placeholder="ngày/tháng/năm, ví dụ 01/01/2024",
                                             elem_id="filter-from")
                    issued_to = gr.Textbox(label="đến ngày", placeholder="ngày/tháng/năm", elem_id="filter-to")
                documents = gr.Dropdown(label="Chỉ hỏi trong các văn bản", multiselect=True, choices=[],
                                        elem_id="filter-docs")
            chatbot = gr.Chatbot(label="Hỏi đáp", height=520, buttons=[], elem_id="chat", autoscroll=True,
                                 placeholder="<b>Hỏi về nội dung văn bản</b><br>Ví dụ: <i>Ai chủ trì nhiệm vụ trồng "
                                             "cây xanh?</i>, rồi hỏi tiếp: <i>Thời hạn là khi nào?</i>")
            with gr.Row():
                question = gr.Textbox(label="Câu hỏi", show_label=False, placeholder="Nhập câu hỏi rồi nhấn Enter…",
                                      scale=8, elem_id="question", max_length=2000)
                send = gr.Button("Gửi", variant="primary", scale=1, min_width=80, elem_id="send")
            with gr.Row():
                new = gr.Button("Cuộc hội thoại mới", size="sm", elem_id="new-conversation")
            with gr.Group(visible=False, elem_id="feedback-box") as feedback_box:
                rating_title = gr.Markdown()
                comment = gr.Textbox(label="Góp ý (không bắt buộc)", lines=2, max_length=4000,
                                     placeholder="Câu trả lời thiếu gì, sai ở đâu?", elem_id="feedback-comment")
                with gr.Row():
                    submit_rating = gr.Button("Gửi đánh giá", variant="primary", size="sm", elem_id="feedback-send")
                    cancel_rating = gr.Button("Bỏ qua", size="sm")
            feedback_status = gr.Markdown(elem_id="feedback-status")
        with gr.Column(scale=2, min_width=360):
            panel = gr.HTML(render.PANEL_EMPTY, elem_id="citation-panel", label="Đoạn văn bản được trích dẫn")
    cite_key = gr.Textbox(visible="hidden", elem_id="cite-key")
    cite_open = gr.Button("Mở trích dẫn", visible="hidden", elem_id="cite-open")

    def ask(text: str, history: list, state: dict, types, issuer_names, doc_ids, day_from: str, day_to: str,
            request: gr.Request):
        text = (text or "").strip()
        if not text:
            gr.Warning("Hãy nhập câu hỏi.")
            yield gr.update(), history, state
            return
        history = [*history, {"role": "user", "content": render.message_html(text)},
                   {"role": "assistant", "content": THINKING}]
        yield "", history, state
        try:
            filters = Filters(
                doc_types=tuple(types or ()), issuers=tuple(issuer_names or ()), doc_ids=tuple(doc_ids or ()),
                access=access.access(request),
                issued_from=render.parse_day(day_from, "Ngày bắt đầu"), issued_to=render.parse_day(day_to, "Ngày kết thúc"))
            stream = assistant.ask_stream(text, conversation_id=state["conversation_id"], filters=filters)
            for frame, answer in frames(audited(stream, access, request)):
                if answer:
                    state = {**state, "conversation_id": answer["conversation_id"],
                             "answers": {**state["answers"], answer["answer_id"]: answer},
                             "by_message": {**state["by_message"], len(history) - 1: answer["answer_id"]}}
                history[-1] = {"role": "assistant", "content": frame}
                yield "", history, state
        except UnknownConversation:  # expired (restart, or too many kept): the next question starts a new one
            history[-1] = {"role": "assistant", "content": render.error_html(
                "Cuộc hội thoại trước đã hết hạn trên máy chủ. Hãy hỏi lại: câu hỏi sẽ bắt đầu cuộc hội thoại mới.")}
            yield "", history, {**state, "conversation_id": None}
            return
        except AssistantError as error:
            history[-1] = {"role": "assistant", "content": render.error_html(error.message)}
            yield "", history, state

    def open_citation(key: str, state: dict, request: gr.Request) -> str:
        answer_id, _, number = (key or "").rpartition("-")
        answer = state["answers"].get(answer_id)
        citation = next((c for c in (answer or {}).get("citations", ()) if str(c["number"]) == number), None)
        if citation is None:
            return '<div class="tlvb-panel tlvb-panel-empty">Không còn trích dẫn này (hội thoại đã làm mới).</div>'
        try:
            cited = Citation.from_dict(citation)
            filters = access.filters(request)
            document = assistant.document(cited.doc_id, filters)
            relations = assistant.relations(cited.doc_id, filters)
        except AssistantError as error:
            return f'<div class="tlvb-panel tlvb-panel-empty">{render.error_html(error.message)}</div>'
        return render.citation_panel(cited, document, relations)

    def reset():
        return [], new_session(), render.PANEL_EMPTY, gr.update(visible=False), "", ""

    def liked(state: dict, event: gr.LikeData):
        answer_id = state["by_message"].get(event.index if isinstance(event.index, int) else event.index[0])
        if answer_id is None or event.liked not in (True, False):
            return state, gr.update(visible=False), gr.update(), ""
        rating = 1 if event.liked else -1
        state = {**state, "pending": (answer_id, rating)}
        question_text = state["answers"][answer_id]["question"]
        title = f"**Đánh giá: {RATINGS[rating]}** cho câu trả lời “{question_text}”. Nhấn *Gửi đánh giá* để lưu."
        return state, gr.update(visible=True), title, ""

    def store_rating(text: str, state: dict):
        if not state["pending"]:
            return state, gr.update(visible=False), "", ""
        answer_id, rating = state["pending"]
        answer = state["answers"][answer_id]
        try:
            assistant.feedback(Feedback(answer_id, answer["question"], rating, (text or "").strip()))
        except AssistantError as error:
            return state, gr.update(), text, f"Lỗi: {error.message}"
        return {**state, "pending": None}, gr.update(visible=False), "", "✓ Đã lưu đánh giá. Cảm ơn bạn!"

    inputs = [question, chatbot, session, doc_types, issuers, documents, issued_from, issued_to]
    question.submit(ask, inputs, [question, chatbot, session])
    send.click(ask, inputs, [question, chatbot, session])
    # The page script puts the clicked marker's key in window.tlvbCite and clicks the hidden button.
    cite_open.click(open_citation, [cite_key, session], [panel], js="(key, state) => [window.tlvbCite || key, state]") \
        .then(None, js="() => window.tlvbShowMark && window.tlvbShowMark()")
    new.click(reset, None, [chatbot, session, panel, feedback_box, comment, feedback_status])
    chatbot.clear(reset, None, [chatbot, session, panel, feedback_box, comment, feedback_status])
    chatbot.like(liked, [session], [session, feedback_box, rating_title, feedback_status])
    submit_rating.click(store_rating, [comment, session], [session, feedback_box, comment, feedback_status])
    cancel_rating.click(lambda state: ({**state, "pending": None}, gr.update(visible=False)), [session],
                        [session, feedback_box])
    return ChatTab(doc_types, issuers, documents)
