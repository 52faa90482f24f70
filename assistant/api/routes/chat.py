"""The OpenAI-compatible door: POST /v1/chat/completions and GET /v1/models, so that chat front ends (Open WebUI,
LibreChat) and OpenAI SDKs use the assistant as a model. The conversation is `messages` (earlier user/assistant
pairs are the history, resolved exactly as /api/v1/ask's `history`); the reply's text carries [n] markers and a
"Nguồn" list, and the citations themselves travel in `choices[0].message.citations` (streaming: the last chunk's
`delta.citations`); filters come in the extra body field `filters` (same fields as /api/v1/ask), and a client that
keeps `answer.conversation_id` may send it back as `conversation_id` to continue the server-side conversation."""
from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.api.deps import AssistantDep, CallerDep, audited, audited_stream
from assistant.api.models import LIST_MAX, FiltersIn, HistoryItem
from assistant.api.routes.ask import STREAM_HEADERS
from assistant.records import Answer, Turn
from corpus.errors import AssistantError, BadInput, NotFound

router = APIRouter(tags=["OpenAI-compatible"])
MODEL_ID = "tro-ly-van-ban"
MESSAGES_MAX = 2 * LIST_MAX + 10
QUOTE_SHOWN = 200  # characters of each quote in the "Nguồn" list of the text
CHECKED = "\n\n(Câu trả lời sau khi kiểm tra trích dẫn:)\n"  # precedes the verified text when it differs


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_calls…: accepted and ignored

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The text of the message; parts other than text (images) are ignored."""
        if isinstance(self.content, list):
            return "\n".join(str(part.get("text", "")) for part in self.content if part.get("type") == "text")
        return self.content or ""


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="allow")  # temperature, top_p, max_tokens, user…: accepted and ignored

    model: str = Field(MODEL_ID, examples=[MODEL_ID])
    messages: list[ChatMessageIn] = Field(min_length=1, max_length=MESSAGES_MAX)
    stream: bool = False
    filters: FiltersIn = Field(default_factory=FiltersIn, description="Extra field: the documents to answer from "
                                                                      "(doc_types, issuers, doc_ids, doc_numbers, "
                                                                      "issued_from, issued_to).")
    conversation_id: str | None = Field(None, max_length=100, description=(
        "Extra field: continue a conversation kept by the server (`answer.conversation_id` of a reply); its stored "
        "turns then replace the earlier messages."))


def conversation(messages: list[ChatMessageIn]) -> tuple[str, list[Turn]]:
    """(the question: the last user message, the earlier turns: each user message answered by the assistant
    message after it), read the way /api/v1/ask reads `history`. System and tool messages are not questions."""
    said = [(m.role, m.text()) for m in messages if m.role in ("user", "assistant")]
    if not said or said[-1][0] != "user":
        raise BadInput("Tin nhắn cuối cùng phải là câu hỏi của người dùng (role \"user\").")
    turns, question = [], None
    for role, text in said[:-1]:
        if role == "user":
            question = text
        elif question is not None:
            try:
                turns.append(HistoryItem(question=question, answer=text).to_turn())
            except ValidationError:
                raise BadInput("Một tin nhắn trước trong hội thoại quá dài.") from None
            question = None
    return said[-1][1], turns[-LIST_MAX:]


def content(answer: dict[str, Any]) -> str:
    """The reply's text: the answer with its [n] markers, then the sources, so a client that ignores the
    `citations` field still shows where each statement comes from."""
    lines = [answer["text"], *(f"\n⚠ {note}" for note in answer["warnings"])]
    if answer["citations"]:
        lines.append("\nNguồn:")
    for citation in answer["citations"]:
        quote = " ".join(citation["quote"].split())
        quote = quote[:QUOTE_SHOWN] + ("…" if len(quote) > QUOTE_SHOWN else "")
        lines.append(f"[{citation['number']}] {citation['label']}: “{quote}”")
    return "\n".join(lines)


def _completion(answer: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"chatcmpl-{answer['answer_id']}", "object": "chat.completion", "created": int(time.time()),
            "model": MODEL_ID,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content(answer),
                                     "citations": answer["citations"]}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "answer": answer}


def _chunk(ident: str, created: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
    data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
    return f"data: {json.dumps(jsonable_encoder(data), ensure_ascii=False)}\n\n"


def chunks(stream: Iterable[str | Answer]) -> Iterator[str]:
    """OpenAI chunks from `Assistant.ask_stream`: the LLM's text as it comes (without an LLM: the answer at once),
    then what completes it (the rest of the verified text, or the verified text after a note when the check
    changed it, and the sources), then a last chunk with `delta.citations` and the whole `answer`, then [DONE]."""
    ident, created, shown = f"chatcmpl-{time.time_ns():x}", int(time.time()), ""
    yield _chunk(ident, created, {"role": "assistant", "content": ""})
    try:
        for item in stream:
            if isinstance(item, str):
                shown += item
                yield _chunk(ident, created, {"content": item})
                continue
            answer = item.to_dict()
            text = content(answer)
            rest = text[len(shown):] if text.startswith(shown) else CHECKED + text
            yield _chunk(ident, created, {"content": rest})
            yield _chunk(ident, created, {"citations": answer["citations"]}, "stop", answer=answer)
    except AssistantError as error:  # after the stream began: said in the stream, in OpenAI's error shape
        body = {"error": {"message": error.message, "type": "server_error", "code": None, "param": None}}
        yield f"data: {json.dumps(body, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"


@router.get("/models")
def models(caller: CallerDep) -> dict[str, Any]:
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "tro-ly-van-ban"}]}


@router.get("/models/{model}")
def model(model: str, caller: CallerDep) -> dict[str, Any]:
    _check_model(model)
    return {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "tro-ly-van-ban"}


@router.post("/chat/completions", responses={200: {"content": {"text/event-stream": {}}, "description":
             "A chat.completion, or chat.completion.chunk events ending with [DONE] when `stream` is true."}})
def chat_completions(body: ChatIn, assistant: AssistantDep, caller: CallerDep, request: Request):
    _check_model(body.model)
    question, turns = conversation(body.messages)
    kwargs = dict(conversation_id=body.conversation_id, history=() if body.conversation_id else turns,
                  filters=body.filters.to_filters(caller.access))
    if body.stream:
        stream = assistant.ask_stream(question, **kwargs)
        first = next(stream)  # a bad question is still an error response, not a broken stream
        return StreamingResponse(chunks(audited_stream(request, caller, chain([first], stream))), media_type="text/event-stream",
                                 headers=STREAM_HEADERS)
    return _completion(audited(request, caller, assistant.ask(question, **kwargs)).to_dict())


def _check_model(model: str) -> None:
    if model != MODEL_ID:
        raise NotFound(f"Không có mô hình '{model}'; mô hình của trợ lý là '{MODEL_ID}'.")
