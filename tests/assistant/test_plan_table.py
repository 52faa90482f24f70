"""Kế hoạch 193/KH-UBND's Phụ lục, end to end (issue #16): every row of the PDF's task table is in the obligations
view and the CSV/ICS exports with its lead, partners and deadline, and asking about any row answers with that row.
The rows are the hand-made gold of `python -m evals tables` (evals/table_gold.json), read from the PDF by a person."""
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assistant.core import OPERATOR
from assistant.exports import COLUMNS, to_csv, to_ics, to_xlsx
from corpus.agencies import agency_key, canonical
from corpus.headers import fold

GOLD = json.loads((Path(__file__).resolve().parents[2] / "evals" / "table_gold.json").read_text(encoding="utf-8"))
[ROWS] = [document["rows"] for document in GOLD["documents"] if document["path"].endswith("ninhbinh/193.pdf")]
# How the deadline cells read once normalised: a year, a yearly recurrence, a month, a relative time, a quarter.
KINDS = {"Năm 2025": ("year", "2025"), "Hàng năm": ("recurring", "hằng năm"), "trong tháng 6/2025": ("month", "2025-06"),
         "Ngay sau khi có Nghị quyết của HĐND tỉnh": ("relative", "ngay sau khi có nghị quyết của hđnd tỉnh"),
         "Quý I/2025": ("quarter", "2025-Q1")}


def _key(text: str) -> str:
    return fold(" ".join(text.split())).casefold()


@pytest.fixture
def appendix(assistant):
    views = assistant.obligations(doc_ids=["193"], filters=OPERATOR)
    return [view for view in views if view.section.startswith("Phụ lục")]


def _agencies(names) -> set[str]:
    return {agency_key(canonical(name)) for name in names}


def _row(views, row):
    [view] = [view for view in views if _key(view.obligation.task).startswith(_key(row["task"]))]
    return view


def test_every_appendix_row_is_in_the_obligations_view_with_its_cells(appendix):
    assert len(appendix) == len(ROWS) == 10
    for row in ROWS:
        obligation = _row(appendix, row).obligation
        assert _agencies(obligation.lead) == _agencies(row["lead"]), row["n"]
        assert _agencies(obligation.partners) == _agencies(row["partners"]), row["n"]
        assert (obligation.deadline.kind, obligation.deadline.normalized) == KINDS[row["deadline"]], row["n"]


def test_every_appendix_row_is_exported_with_its_deadline(appendix):
    lines = to_csv(appendix).decode("utf-8-sig").splitlines()
    assert len(lines) == len(ROWS) + 1
    for row in ROWS:
        [line] = [line for line in lines if _key(row["task"])[:40] in _key(line)]
        assert _key(canonical(row["lead"][0]))[:20] in _key(line) and _key(row["deadline"]) in _key(line), row["n"]
    sheet = load_workbook(io.BytesIO(to_xlsx(appendix))).active
    cells = [dict(zip(COLUMNS, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(cells) == len(ROWS)
    for row in ROWS:
        [line] = [line for line in cells if _key(line["Nhiệm vụ"]).startswith(_key(row["task"]))]
        assert _agencies([line["Cơ quan chủ trì"]]) == _agencies(row["lead"]), row["n"]
        assert _key(row["deadline"]) in _key(line["Thời hạn"]), row["n"]
    calendar = to_ics(appendix).decode("utf-8")
    yearly = sum(row["deadline"] == "Hàng năm" for row in ROWS)
    assert calendar.count("RRULE:FREQ=YEARLY") == yearly and calendar.count("BEGIN:VEVENT") >= yearly + 2


@pytest.mark.parametrize("row", ROWS, ids=[row["n"] for row in ROWS])
def test_asking_about_a_row_answers_with_that_row(assistant, row):
    answer = assistant.ask(f"Nhiệm vụ “{row['task']}” trong Kế hoạch 193/KH-UBND do cơ quan nào chủ trì?",
                           filters=OPERATOR)
    assert answer.answerable and "|" not in answer.text
    assert _key(answer.obligations[0].task).startswith(_key(row["task"]))
    assert _key(canonical(row["lead"][0]))[:30] in _key(answer.text)


@pytest.mark.parametrize("row", ROWS, ids=[row["n"] for row in ROWS])
def test_asking_a_rows_time_by_its_number_answers_with_its_time_cell(assistant, row):
    """Every time cell answers "khi nào", a relative one ("Ngay sau khi có Nghị quyết của HĐND tỉnh") included."""
    answer = assistant.ask(f"Thời hạn thực hiện nhiệm vụ {row['n']} của Kế hoạch 193/KH-UBND là khi nào?",
                           filters=OPERATOR)
    assert answer.answerable, answer.text
    assert _key(answer.obligations[0].task).startswith(_key(row["task"]))
    assert _key(row["deadline"]) in _key(answer.text.split("[1]")[0])
