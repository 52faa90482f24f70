"""The "Văn bản" tab: pick an indexed document and see how it relates to others: what it implements, cites,
replaces, amends or repeals, what implements or replaced it, each with the statement that says so."""
import gradio as gr

from corpus.errors import AssistantError
from ui import render
from ui.session import Session


def build(assistant, session: Session) -> gr.Dropdown:
    """The tab, read within the signed-in key's scope; returns its document picker, for the app to refresh with the other document lists."""
    gr.Markdown("Chọn một văn bản để xem chuỗi văn bản liên quan: văn bản được triển khai, căn cứ, thay thế, "
                "sửa đổi, bãi bỏ, và các văn bản triển khai hoặc thay thế nó. Văn bản chưa có trong chỉ mục được nêu "
                "tên như trong câu trích.")
    picker = gr.Dropdown(label="Văn bản", choices=[], elem_id="relations-document")
    panel = gr.HTML(render.RELATIONS_EMPTY, elem_id="relations-panel")

    def show(doc_id: str | None, request: gr.Request) -> str:
        if not doc_id:
            return render.RELATIONS_EMPTY
        try:
            return render.relations_html(assistant.relations(doc_id, session.filters(request)))
        except AssistantError as error:
            return render.error_html(error.message)

    picker.change(show, [picker], [panel])
    return picker
