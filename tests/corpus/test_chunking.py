"""Where the chunker cuts the bundled documents: a passage never ends inside a list item, a table row or a paragraph
that fits a passage whole (its time would lie outside the passage that cites it)."""
from __future__ import annotations

from functools import cache

import pytest

from corpus.chunking import chunk
from corpus.loaders import load
from corpus.structure import parse_structure
from corpus.vn import paragraph_breaks
from tests.data import SAMPLES

LIMIT = 1200  # settings.chunk_chars


@cache
def pieces(relative: str):
    [document] = load(SAMPLES / relative)
    return document, chunk(document, LIMIT)


def holding(relative: str, first: str, last: str):
    """The passages holding the text from `first` to `last` (the document's own words)."""
    document, found = pieces(relative)
    start = document.text.index(first)
    end = document.text.index(last, start) + len(last)
    return [p for p in found if p.span.start < end and start < p.span.end]


@pytest.mark.parametrize("relative, first, last", [
    # Công điện 195/CĐ-TTg: the directions after "có ý kiến chỉ đạo như sau:" (the fire's inquiry has no time; before,
    # the passage ended at "xử lý" and the rest of the clause lay in the next one)
    ("chinhphu/195-ttg.signed.txt", "Ủy ban nhân dân Thành phố Hà Nội chỉ đạo", "trên địa bàn./."),
    # Công điện 187/CĐ-TTg, e) (2): the task and its "hoàn thành trước ngày 15 tháng 10 năm 2025"
    ("chinhphu/187-ttg.signed.txt", "(2) Hoàn thành việc chuyền dich", "hoàn thành trước ngày 15\ntháng 10 năm 2025."),
    # Công điện 190/CĐ-TTg, 6 c): the loan for buyers under 35 and its terms
    ("chinhphu/190-ttg.signed.txt", "c) Day mạnh triển khai", "đúng đối tượng."),
    # Kế hoạch 196/KH-UBND, V.1 (Sở Văn hóa và Thể thao): the UNESCO bullet (before, its last words were a passage
    # of their own)
    ("ninhbinh/196.pdf", "- Chủ trì, phối hợp với các đơn vị liên quan thực hiện và hoàn thành", "sáng tạo của UNESCO."),
    # Chỉ thị 30/CT-TTg, 1: the review of legal documents and its time
    ("chinhphu/30-ttg.signed.txt", "- Tiếp tục rà soát, hoàn thiện các văn bản quy phạm pháp luật",
     "thấm quyền của Quốc hội"),
])
def test_a_task_item_that_used_to_be_cut_is_one_passage(relative, first, last):
    assert len(holding(relative, first, last)) == 1


@pytest.mark.parametrize("relative", ["chinhphu/195-ttg.signed.txt", "chinhphu/186-cd.signed.txt",
                                      "chinhphu/187-ttg.signed.txt", "chinhphu/190-ttg.signed.txt",
                                      "chinhphu/30-ttg.signed.txt", "chinhphu/541-tb.signed.txt", "ninhbinh/196.pdf",
                                      "ninhbinh/193.pdf", "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"])
def test_no_list_item_or_row_that_fits_a_passage_is_cut(relative):
    document, found = pieces(relative)
    cuts = {p.span.start for p in found}
    for section in document.sections or parse_structure(document.text):
        breaks = [(at, kind) for at, kind in paragraph_breaks(document.text, section.start, section.end)
                  if kind != "line"]
        ends = [at for at, _ in breaks] + [section.end]
        # an item or a row: from the line break before it to the next paragraph break
        for start, end in [(at, ends[i + 1]) for i, (at, kind) in enumerate(breaks) if kind == "item"]:
            unit = document.text[start:end].strip()
            start = document.text.index(unit, start) if unit else start
            if unit and len(unit) <= LIMIT:
                assert not [c for c in cuts if start < c < start + len(unit)], unit[:80]


def test_the_140_rows_of_nq03_are_each_one_passage():
    document, found = pieces("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md")
    rows = [p for p in found if p.table_header and p.section.startswith("Phụ lục II, nhiệm vụ")]
    assert len(rows) == 140
    assert all(p.text.startswith("|") and p.text.rstrip().endswith("|") and p.text.count("\n") == 0 for p in rows)
