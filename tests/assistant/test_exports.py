"""Obligation exports: a CSV that Excel opens in Vietnamese, an XLSX with a bold header and overdue rows filled,
an iCalendar file with one all-day event per dated obligation; and the quiz exports of a matching question."""
import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from docx import Document as read_docx

from assistant import exports, quiz_export
from assistant.quiz import build_quiz
from assistant.records import ObligationView
from corpus.records import Deadline, Obligation, Span

TODAY = date(2025, 7, 1)


def view(task: str, lead: tuple[str, ...], due: date | None, *, written: str = "", partners: tuple[str, ...] = (),
         doc_number: str | None = "193/KH-UBND", chunk: str = "c-1", start: int = 100, end: int = 180,
         overdue: bool = False) -> ObligationView:
    deadline = Deadline("date", written, due.isoformat(), due) if due else None
    obligation = Obligation("193", chunk, task, lead, partners, None, deadline, Span(start, end, 3))
    return ObligationView(obligation, doc_number, "Kế hoạch", "Trồng cây xanh", "Ủy ban nhân dân tỉnh Ninh Bình",
                          "2024-11-01", "Mục III.2", f"{lead[0]} chủ trì {task.lower()} {written}", overdue)


LATE = view("Tổng hợp kết quả trồng cây", ("Sở Nông nghiệp và Phát triển nông thôn",), date(2025, 6, 30),
            written="trước ngày 30/6/2025", partners=("Sở Tài chính", "UBND các huyện"))
LATER = view("Báo cáo sơ kết", ("Sở Tài chính",), date(2025, 12, 15), written="trước ngày 15/12/2025", chunk="c-2")
UNDATED = view("Tuyên truyền thường xuyên", ("Sở Văn hóa, Thể thao và Du lịch",), None, written="thường xuyên",
               doc_number=None, chunk="c-3")
VIEWS = [LATE, LATER, UNDATED]


def _csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_csv_starts_with_a_byte_order_mark_and_has_the_columns_in_order():
    content = exports.to_csv(VIEWS, TODAY)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(content)
    assert rows[0] == ["Cơ quan chủ trì", "Nhiệm vụ", "Phối hợp", "Thời hạn", "Hạn", "Văn bản", "Mục", "Quá hạn"]
    assert len(rows) == 4


def test_csv_row_keeps_the_deadline_as_written_and_the_due_date_the_vietnamese_way():
    row = _csv_rows(exports.to_csv([LATE], TODAY))[1]
    assert row == ["Sở Nông nghiệp và Phát triển nông thôn", "Tổng hợp kết quả trồng cây",
                   "Sở Tài chính; UBND các huyện", "trước ngày 30/6/2025", "30/06/2025", "Kế hoạch 193/KH-UBND",
                   "Mục III.2", "Có"]


def test_overdue_means_due_before_today_and_never_without_a_due_date():
    rows = _csv_rows(exports.to_csv(VIEWS, TODAY))[1:]
    assert [row[-1] for row in rows] == ["Có", "", ""]
    assert [row[-1] for row in _csv_rows(exports.to_csv(VIEWS))[1:]] == ["", "", ""]  # no day given: none
    flagged = view("Việc đã trễ", ("Sở Y tế",), date(2030, 1, 1), overdue=True)  # the listing's own flag counts
    assert _csv_rows(exports.to_csv([flagged], TODAY))[1][-1] == "Có"


def test_document_without_a_number_is_named_by_its_type_title_and_date():
    assert _csv_rows(exports.to_csv([UNDATED], TODAY))[1][5] == "Kế hoạch trồng cây xanh, ngày 01/11/2024"


def test_xlsx_header_is_bold_and_only_overdue_rows_are_filled():
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(VIEWS, TODAY))).active
    assert [cell.value for cell in sheet[1]] == list(exports.COLUMNS)
    assert all(cell.font.bold for cell in sheet[1])
    assert {cell.fill.fgColor.rgb[-6:] for cell in sheet[2]} == {exports.OVERDUE_FILL}
    assert all(cell.fill.fill_type is None for row in (sheet[3], sheet[4]) for cell in row)
    assert sheet["E2"].value.date() == date(2025, 6, 30) and sheet["E4"].value is None
    assert sheet["A2"].value == "Sở Nông nghiệp và Phát triển nông thôn" and sheet["H2"].value == "Có"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H4"


def _events(content: bytes) -> list:
    return Calendar.from_ical(content).walk("VEVENT")


def test_ics_has_one_all_day_event_per_obligation_with_a_due_date():
    events = _events(exports.to_ics(VIEWS))
    assert len(events) == 2
    first = events[0]
    assert first.decoded("dtstart") == date(2025, 6, 30) and first.decoded("dtend") == date(2025, 7, 1)
    assert str(first["summary"]) == "Hạn: Tổng hợp kết quả trồng cây"
    description = str(first["description"])
    for part in ("Cơ quan chủ trì: Sở Nông nghiệp và Phát triển nông thôn", "Phối hợp: Sở Tài chính; UBND các huyện",
                 "Thời hạn: trước ngày 30/6/2025", "Văn bản: Kế hoạch 193/KH-UBND, Mục III.2", LATE.quote):
        assert part in description


def test_ics_uids_come_from_chunk_and_span_and_stay_the_same_between_exports():
    first = _events(exports.to_ics(VIEWS, datetime(2025, 1, 1, tzinfo=UTC)))
    again = _events(exports.to_ics(VIEWS, datetime(2025, 3, 1, tzinfo=UTC)))
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in again] == \
        ["c-1-100-180@tro-ly-van-ban", "c-2-100-180@tro-ly-van-ban"]


def test_ics_calendar_is_valid_icalendar_with_its_own_product_id():
    calendar = Calendar.from_ical(exports.to_ics(VIEWS))
    assert str(calendar["version"]) == "2.0" and "Tro ly Van ban" in str(calendar["prodid"])


@pytest.mark.parametrize("task, summary", [
    ("Báo cáo kết quả", "Báo cáo kết quả"),
    ("  Tổ chức   tuyên truyền\n sâu rộng  ", "Tổ chức tuyên truyền sâu rộng"),
    ("Xây dựng, ban hành văn bản làm rõ định nghĩa, nội hàm, lượng hóa các khái niệm mới trong Nghị quyết số 57",
     "Xây dựng, ban hành văn bản làm rõ định nghĩa, nội hàm, lượng hóa các khái niệm…"),
])
def test_event_summary_is_the_task_on_one_line_cut_at_a_word(task, summary):
    shortened = exports.short_task(task)
    assert shortened == summary and len(shortened) <= exports.SUMMARY_CHARS


def test_empty_listing_still_gives_a_header_a_sheet_and_a_calendar():
    assert _csv_rows(exports.to_csv([]))[0] == list(exports.COLUMNS)
    assert load_workbook(io.BytesIO(exports.to_xlsx([]))).active.max_row == 1
    assert _events(exports.to_ics([])) == []


def test_yearly_deadline_is_a_repeating_event_on_its_day_or_at_year_end():
    def yearly(written: str, due: date | None, chunk: str) -> ObligationView:
        base = view("Trồng cây", ("Ủy ban nhân dân các huyện, thành phố",), None, chunk=chunk)
        deadline = Deadline("recurring", written, "hằng năm" + (f" {due:%d/%m}" if due else ""), due)
        return ObligationView(Obligation("193", chunk, "Trồng cây", base.obligation.lead, deadline=deadline),
                              *[getattr(base, f) for f in ("doc_number", "doc_type", "title", "issuer", "issued_on",
                                                           "section", "quote")])

    events = _events(exports.to_ics([yearly("Hàng năm", None, "y-1"),
                                     yearly("15/01 hằng năm", date(2025, 1, 15), "y-2")]))
    assert [e.decoded("dtstart") for e in events] == [date(2024, 12, 31), date(2025, 1, 15)]
    assert all(e["rrule"].to_ical() == b"FREQ=YEARLY" for e in events)
    assert "Thời hạn: Hàng năm" in str(events[0]["description"])


# Quiz exports of a matching question (agency ↔ task): GIFT matching, a two-column DOCX table with the key, Aiken as
# one multiple-choice question per task (Aiken has no matching), JSON read back whole.
MATCH_ROWS = [view("Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị", ("Sở Xây dựng",), None,
                   chunk="m-1", start=100),
              view("Tăng cường thanh tra, kiểm tra công tác trồng cây xanh {nhóm}", ("Thanh tra tỉnh",), None,
                   chunk="m-2", start=200),
              view("Giữ gìn, phát huy giá trị của các cây cổ thụ trong khu di tích", ("Sở Văn hóa và Thể thao",), None,
                   chunk="m-3", start=300)]


@pytest.fixture(scope="module")
def matching_quiz():
    quiz = build_quiz(MATCH_ROWS, n=3, kinds=("matching",), title="Kiểm tra Kế hoạch 193")
    assert [q.kind for q in quiz.questions] == ["matching"]
    return quiz


def test_gift_writes_a_matching_as_task_to_agency_pairs_escaped(matching_quiz):
    (q,) = matching_quiz.questions
    body = quiz_export.to_gift(matching_quiz).strip().split("\n\n")[1].split("\n")[1]
    assert body.startswith(f"::Câu 1::{quiz_export.gift_escape(q.stem)} {{=")
    pairs = re.findall(r"=((?:[^=\\]|\\.)+?) -> ((?:[^=#\\]|\\.)+?) (?==|####)", body)
    assert [(t, a) for t, a in pairs] == [(quiz_export.gift_escape(t), quiz_export.gift_escape(a)) for t, a in q.pairs]
    assert r"\{nhóm\}" in body and body.endswith("}")


def test_docx_shows_a_matching_as_a_two_column_table_and_its_key(matching_quiz):
    (q,) = matching_quiz.questions
    document = read_docx(io.BytesIO(quiz_export.to_docx(matching_quiz)))
    (table,) = document.tables
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == ["Nhiệm vụ", "Cơ quan"]
    assert [row[0] for row in cells[1:]] == [f"{n}. {t}" for n, (t, _) in enumerate(q.pairs, 1)]
    assert [row[1] for row in cells[1:]] == [f"{letter}. {a}" for letter, a in zip("ABC", q.options)]
    text = "\n".join(p.text for p in document.paragraphs)
    key = text[text.index("Đáp án"):]
    assert f"Câu 1: {q.answer} (1. {q.pairs[0][1]}; 2. {q.pairs[1][1]}; 3. {q.pairs[2][1]})" in key


def test_aiken_asks_each_task_of_a_matching_as_its_own_multiple_choice(matching_quiz):
    (q,) = matching_quiz.questions
    blocks = quiz_export.to_aiken(matching_quiz).strip().split("\n\n")
    assert len(blocks) == 3
    for block, (task, agency) in zip(blocks, q.pairs):
        lines = block.split("\n")
        assert lines[0] == f"Cơ quan nào chủ trì nhiệm vụ “{task}”?"
        assert lines[1:4] == [f"{letter}. {a}" for letter, a in zip("ABC", q.options)]
        assert lines[4] == f"ANSWER: {'ABC'[q.options.index(agency)]}"


def test_json_keeps_a_matchings_pairs_and_passages(matching_quiz):
    back = quiz_export.from_json(quiz_export.to_json(matching_quiz))
    assert back == matching_quiz and back.questions[0].source.quotes == tuple(v.quote for v in
                                                                               _by_task(back.questions[0]))


def _by_task(q):
    return [next(v for v in MATCH_ROWS if v.obligation.task == task) for task, _ in q.pairs]
