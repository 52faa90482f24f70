"""The OCR report's measures: edit distance and character error rate, checked by hand, and the report's totals."""
import pytest

from evals.ocr import Row, cer, edit_distance, report


@pytest.mark.parametrize("a, b, distance", [
    ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("Số", "S6", 1), ("Việt Nam", "Viet Nam", 1),
    ("tháng 10", "tháng 40", 1), ("abc", "abc", 0), ("ab", "ba", 2),
])
def test_edit_distance_by_hand(a, b, distance):
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_cer_ignores_whitespace_layout_and_counts_per_reference_character():
    assert cer("Số: 195\n\n/CĐ-TTg", "Số:  195 /CĐ-TTg") == 0
    assert cer("S6: 195", "Số: 195") == pytest.approx(1 / 7)


def test_report_totals_per_reference_and_speed_from_timed_documents_only():
    rows = [Row("a.pdf", 2, 10.0, 0.9, 0.05, "publisher's OCR"), Row("b.pdf", 1, 0.0, 0.8, 0.15, "publisher's OCR"),
            Row("c.pdf", 2, 10.0, 0.95, 0.01, "text layer")]
    text = report(rows, "python -m evals ocr")
    assert "against publisher's OCR: 2 documents, 3 pages, median CER 10.0%" in text
    assert "against text layer: 1 documents, 2 pages, median CER 1.0%" in text
    assert "4 pages in 20 s = **0.20 pages/s**" in text
