"""The "Nhiệm vụ" tab: the extracted obligations as a sortable table, filtered by agency, document and due date,
overdue rows highlighted, and the same listing as CSV, Excel and calendar files."""
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import gradio as gr
import pandas as pd

from assistant import exports
from corpus.errors import AssistantError, NotFound
from assistant.public import Filters
from ui import files, render
from ui.session import Session

OVERDUE_STYLE = f"background-color: #{exports.OVERDUE_FILL}"


@dataclass
class ObligationsTab:
    documents: gr.Dropdown
    refresh: Callable
    filters: list
    outputs: list


def listing(assistant, agency: str, doc_ids, due_from: date | None, due_to: date | None, overdue_on: date | None,
            filters: Filters):
    """The obligations for the filters, within `filters` (the signed-in key's scope); an agency the index does not know by name is matched as text in the lead."""
    kwargs = {"doc_ids": tuple(doc_ids or ()), "due_from": due_from, "due_to": due_to, "overdue_on": overdue_on,
              "filters": filters}
    agency = (agency or "").strip()
    views = assistant.obligations(agency=agency or None, **kwargs)
    if agency and not views:
        wanted = agency.casefold()
        views = [v for v in assistant.obligations(**kwargs) if wanted in "; ".join(v.obligation.lead).casefold()]
    return views


def table(views, today: date):
    frame = pd.DataFrame(render.table_rows(exports.rows(views, today)), columns=list(exports.COLUMNS))
    overdue = frame["Quá hạn"] == "Có"
    return frame.style.apply(lambda row: [OVERDUE_STYLE if overdue[row.name] else ""] * len(row), axis=1)


def build(assistant, session: Session) -> ObligationsTab:
    """The tab; the listing and its files hold what the signed-in key may read (`session`)."""
    with gr.Row():
        agency = gr.Textbox(label="Cơ quan chủ trì", placeholder="ví dụ: Bộ Nội vụ", elem_id="ob-agency", scale=2)
        documents = gr.Dropdown(label="Văn bản", multiselect=True, choices=[], elem_id="ob-docs", scale=3)
        due_from = gr.Textbox(label="Hạn từ ngày", placeholder="ngày/tháng/năm", elem_id="ob-from", scale=1)
        due_to = gr.Textbox(label="Hạn đến ngày", placeholder="ngày/tháng/năm", elem_id="ob-to", scale=1)
    with gr.Row():
        only_overdue = gr.Checkbox(label="Chỉ nhiệm vụ quá hạn", elem_id="ob-overdue")
        apply = gr.Button("Lọc", variant="primary", elem_id="ob-apply", scale=0, min_width=120)
        clear = gr.Button("Xóa bộ lọc", elem_id="ob-clear", scale=0, min_width=120)
    summary = gr.Markdown(elem_id="ob-summary")
    grid = gr.Dataframe(headers=list(exports.COLUMNS), interactive=False, wrap=True, max_height=560,
                        column_widths=["15%", "31%", "13%", "9%", "8%", "11%", "9%", "4%"], elem_id="ob-table",
                        show_search="filter", label="Nhiệm vụ được giao")
    with gr.Row():
        csv_file = gr.DownloadButton("Tải CSV", elem_id="ob-csv", interactive=False)
        xlsx_file = gr.DownloadButton("Tải Excel (XLSX)", elem_id="ob-xlsx", interactive=False)
        ics_file = gr.DownloadButton("Tải lịch hạn (.ics)", elem_id="ob-ics", interactive=False)

    def refresh(agency_text: str, doc_ids, day_from: str, day_to: str, overdue: bool, request: gr.Request):
        today = date.today()
        try:
            views = listing(assistant, agency_text, doc_ids, render.parse_day(day_from, "Ngày bắt đầu"),
                            render.parse_day(day_to, "Ngày kết thúc"), today if overdue else None,
                            session.filters(request))
            session.read(request, [v.obligation.doc_id for v in views], "obligations")
        except NotFound:
            views = []
        except AssistantError as error:
            gr.Warning(error.message)
            return gr.update(), gr.update(), gr.update(), gr.update(), gr.update()
        late = sum(exports.is_overdue(v, today) for v in views)
        dated = sum(exports.due_date(v) is not None for v in views)
        text = (f"**{len(views)}** nhiệm vụ, **{late}** quá hạn (tính đến {render.day(today)}); "
                f"**{dated}** có hạn cụ thể được đưa vào tệp lịch." if views else "Không có nhiệm vụ nào khớp bộ lọc.")
        downloads = [gr.update(value=files.write(exports.FILE_NAMES[kind], content), interactive=bool(views))
                     for kind, content in (("csv", exports.to_csv(views, today)),
                                           ("xlsx", exports.to_xlsx(views, today)), ("ics", exports.to_ics(views)))]
        return text, table(views, today), *downloads

    filters = [agency, documents, due_from, due_to, only_overdue]
    outputs = [summary, grid, csv_file, xlsx_file, ics_file]
    apply.click(refresh, filters, outputs)
    agency.submit(refresh, filters, outputs)
    clear.click(lambda: ("", [], "", "", False), None, filters).then(refresh, filters, outputs)
    return ObligationsTab(documents, refresh, filters, outputs)
