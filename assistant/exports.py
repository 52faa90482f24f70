"""Obligation listings as files for other tools: CSV and XLSX for spreadsheets, an iCalendar file for calendars."""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from assistant.records import ObligationView, document_label
from corpus.display import vn_date
from corpus.text import clean_display

__all__ = ["COLUMNS", "FILE_NAMES", "MEDIA_TYPES", "due_date", "is_overdue", "rows", "short_task", "to_csv", "to_ics",
           "to_xlsx"]

COLUMNS = ("Cơ quan chủ trì", "Nhiệm vụ", "Phối hợp", "Thời hạn", "Hạn", "Văn bản", "Mục", "Quá hạn")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ics": "text/calendar; charset=utf-8",
}
FILE_NAMES = {"csv": "nhiem-vu.csv", "xlsx": "nhiem-vu.xlsx", "ics": "nhiem-vu.ics"}
OVERDUE_FILL = "FDE2E1"  # light red, the same as the UI's overdue rows
SUMMARY_CHARS = 80
PRODID = "-//Tro ly Van ban//Nhiem vu//VI"


def due_date(view: ObligationView) -> date | None:
    deadline = view.obligation.deadline
    return deadline.due if deadline else None


def is_overdue(view: ObligationView, today: date | None = None) -> bool:
    """Overdue when the listing said so, or when its due date is before `today`."""
    due = due_date(view)
    return view.overdue or bool(today and due and due < today)


def short_task(task: str, limit: int = SUMMARY_CHARS) -> str:
    """One line of at most `limit` characters, cut at a word boundary."""
    text = " ".join(task.replace("*", "").split()).strip(" |")
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


def _document(view: ObligationView) -> str:
    return document_label(view.doc_type, view.doc_number, view.obligation.doc_id, view.title, view.issued_on)


def rows(views: Sequence[ObligationView], today: date | None = None) -> list[tuple]:
    """One row per obligation, in COLUMNS order; the due date stays a `date` (or None)."""
    table = []
    for view in views:
        ob = view.obligation
        table.append(("; ".join(ob.lead), " ".join(ob.task.split()), "; ".join(ob.partners),
                      ob.deadline.text.strip() if ob.deadline else "", due_date(view), _document(view),
                      view.section, "Có" if is_overdue(view, today) else ""))
    return table


def to_csv(views: Sequence[ObligationView], today: date | None = None) -> bytes:
    """UTF-8 with a byte-order mark, which is how Excel recognises Vietnamese text in a CSV file."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(views, today):
        writer.writerow([vn_date(value) if isinstance(value, date) else value for value in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(views: Sequence[ObligationView], today: date | None = None) -> bytes:
    """One sheet: bold header, filters, frozen first row, overdue rows filled light red."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fill = PatternFill("solid", start_color=OVERDUE_FILL, end_color=OVERDUE_FILL)
    for row in rows(views, today):
        sheet.append(row)
        line = sheet.max_row
        sheet.cell(line, COLUMNS.index("Hạn") + 1).number_format = "dd/mm/yyyy"
        if row[-1]:
            for cell in sheet[line]:
                cell.fill = fill
        for cell in sheet[line]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGH", (28, 60, 28, 16, 12, 22, 22, 9)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _uid(view: ObligationView) -> str:
    """Stable across exports, so a calendar that imports the file again updates events instead of doubling them."""
    ob = view.obligation
    return f"{ob.chunk_id}-{ob.span.start}-{ob.span.end}@tro-ly-van-ban"


def _description(view: ObligationView) -> str:
    ob = view.obligation
    lines = [f"Cơ quan chủ trì: {'; '.join(ob.lead)}"]
    if ob.partners:
        lines.append(f"Phối hợp: {'; '.join(ob.partners)}")
    lines.append(f"Nhiệm vụ: {' '.join(ob.task.split())}")
    if ob.deadline:
        lines.append(f"Thời hạn: {ob.deadline.text.strip()}")
    lines.append("Văn bản: " + ", ".join(filter(None, (_document(view), view.section))))
    if view.title:
        lines.append(f"Trích yếu: {view.title}")
    lines.append(f"Trích dẫn: “{clean_display(view.quote)}”")
    return "\n".join(lines)


def _yearly_start(view: ObligationView) -> date | None:
    """The first day of a yearly deadline ("Hằng năm", "15/01 hằng năm"): its own day when written, else the last
    day of the document's year; None for any other deadline."""
    deadline = view.obligation.deadline
    if not deadline or deadline.kind != "recurring" or not deadline.normalized.startswith("hằng năm"):
        return None
    if deadline.due:
        return deadline.due
    year = int(view.issued_on[:4]) if view.issued_on else None
    return date(year, 12, 31) if year else None


def to_ics(views: Sequence[ObligationView], stamp: datetime | None = None) -> bytes:
    """One all-day event per obligation that has a due date, repeating every year for a yearly one (RRULE
    FREQ=YEARLY); obligations without a date are left out."""
    from icalendar import Calendar, Event

    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Hạn nhiệm vụ")
    for view in views:
        due, yearly = due_date(view), _yearly_start(view)
        due = due or yearly
        if due is None:
            continue
        event = Event()
        event.add("uid", _uid(view))
        event.add("dtstamp", stamp)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        if yearly:
            event.add("rrule", {"freq": "yearly"})
        event.add("summary", f"Hạn: {short_task(view.obligation.task)}")
        event.add("description", _description(view))
        if view.obligation.lead:
            event.add("categories", list(view.obligation.lead))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
