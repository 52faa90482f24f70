"""The per-document ingest report: what was read (pages, text quality, tables, rows, obligations, metadata) and
warnings where something that should be there was not."""
from __future__ import annotations

from dataclasses import replace

from corpus.chunking import chunk
from corpus.loaders import load
from index.ingest import document_report, payload
from index.records import Point
from tests.data import SAMPLES


def report_of(document):
    return document_report(document, [Point(p.chunk_id, None, None, payload(document, p)) for p in chunk(document)])


def test_plan_with_its_appendix_table_reports_the_table_its_rows_and_obligations():
    [plan] = load(SAMPLES / "ninhbinh" / "193.pdf")
    report = report_of(plan)
    assert (report.pages, report.ocr_pages, report.tables, report.table_rows) == (5, 0, 1, 10)
    assert report.obligations == 16 and report.text_quality > 0.95
    assert {"doc_number", "doc_type", "issuer", "issued_on", "title"} <= set(report.metadata)
    assert report.warnings == []


def test_an_appendix_whose_table_was_not_read_is_a_warning():
    [plan] = load(SAMPLES / "ninhbinh" / "193.pdf")
    start = plan.text.index("| TT | Nhiệm vụ")
    flattened = replace(plan, text=plan.text[:start] + plan.text[start:].replace("|", " "), pages=())
    report = report_of(flattened)
    assert report.table_rows == 0
    assert "Có Phụ lục nhưng không đọc được bảng nhiệm vụ." in report.warnings
