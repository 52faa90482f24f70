"""scripts/split_counts.py on real documents: what it counts as a unit cut by a passage boundary (docs/answers.md,
Round rowcut13)."""
from __future__ import annotations

import importlib.util

from tests.data import ROOT, SAMPLES

_SPEC = importlib.util.spec_from_file_location("split_counts", ROOT / "scripts" / "split_counts.py")
split_counts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(split_counts)


def test_the_rows_of_a_task_table_are_never_cut():
    # Phụ lục II of Nghị quyết 03/NQ-CP: every row (the 140 tasks and the group rows I.–VII.) is one passage
    counts, _, _, _ = split_counts.measure([SAMPLES / "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"], 1200, None)
    assert counts["table rows"] >= 140 and counts["table rows split"] == 0


def test_the_dispatch_whose_directions_run_over_two_passages_is_counted():
    # Công điện 195/CĐ-TTg as chunked at PIPELINE_VERSION 19: "… khẩn trương điều tra nguyên nhân vụ cháy, xử lý" |
    # "nghiêm vi phạm (nếu có) theo quy định của pháp luật." (c021, z20); one sentence and one task record are cut
    counts, _, examples, _ = split_counts.measure([SAMPLES / "chinhphu/195-ttg.signed.txt"], 1200, None)
    assert counts["sentences split"] == 1 and counts["obligations split"] == 1
    assert any("xử lý" in line and "nghiêm vi phạm" in line for line in examples)


def test_a_list_item_is_a_marked_line_up_to_the_next_one_or_a_blank_line():
    text = "a) Bộ Tài chính chủ trì;\nb) Bộ Xây dựng phối hợp,\ntheo dõi.\n\nTrên đây là"
    assert [text[a:b] for a, b in split_counts._items(text, 0, len(text))] == [
        "a) Bộ Tài chính chủ trì;", "b) Bộ Xây dựng phối hợp,\ntheo dõi."]
