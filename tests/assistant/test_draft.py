"""A task record whose lead is named outside its own span cites the line that names it (`assistant.draft`)."""
from __future__ import annotations

import pytest

from assistant.draft import Draft, lead_line
from corpus.records import Obligation, Span
from index.records import Hit

# Real passages: Công văn 402-CV/VPĐU (Đảng ủy Chính phủ, báo cáo Nghị quyết 57-NQ/TW), mục VI; Văn bản hợp nhất
# 76/VBHN-BQP (Nghị định 14/2016/NĐ-CP), Điều 19; Nghị định 258/2025/NĐ-CP, Điều 44.
INTRO = ("#### VI. Đề xuất, kiến nghị\nVăn phòng Trung ương Đảng chủ trì, phối hợp với Bộ Khoa học và Công nghệ:\n"
         "*   (i) Nghiên cứu, thống nhất phương án kết nối, tích hợp, chia sẻ dữ liệu giữa hai Hệ thống giám sát.\n"
         "*   (ii) Rà soát các nhiệm vụ giao trên Hệ thống giám sát, đánh giá việc triển khai Nghị quyết số 57-NQ/TW.")
ARTICLE = ("Điều 19. Trách nhiệm của Bộ Quốc phòng\n\n1. Chủ trì, phối hợp các Bộ, ngành, Ủy ban nhân dân cấp tỉnh tổ "
           "chức đăng\nký, quản lý.\n\n4. Căn cứ quyết định của Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng\nquyết "
           "định giao chỉ tiêu huấn luyện cho các đơn vị quân đội.\n\n5. Chỉ đạo, hướng dẫn, đôn đốc, kiểm tra Việc "
           "tuyển chọn và gọi binh sĩ dự\nbị hạng hai tập trung huấn luyện trong phạm vi cả nước.")
LISTED = ("2. Bộ Tài chính có trách nhiệm:\na) Quy định chế độ quản lý, tính hao mòn, trích khấu hao tài sản kết cầu\n"
          "hạ tâng công viên, cây xanh;\n\nb) Hướng dẫn hồ sơ, thống. kê, kế toán, kiểm kê, đánh giá lại, "
          "báo cáo tài.\nsản kết cấu hạ tầng công viên, cây xanh do Nhà nước đầu tư, quản lý;")
OWN = "Bộ Tài chính chủ trì, phối hợp với Bộ Công an thường xuyên kiểm tra, đôn đốc các doanh nghiệp Nhà nước."


def _hit(text: str, headings: tuple[str, ...] = ()) -> Hit:
    return Hit("c1", "d", None, None, None, None, None, None, "", headings, text, None, 100, 100 + len(text), "", 1.0)


@pytest.mark.parametrize("text, headings, item, leads, line", [
    (INTRO, ("VI. Đề xuất, kiến nghị",), "(ii) Rà soát", ("Văn phòng Trung ương Đảng",),
     "Văn phòng Trung ương Đảng chủ trì, phối hợp với Bộ Khoa học và Công nghệ:"),
    # the clause that names the ministry as an object ("Bộ trưởng Bộ Quốc phòng") is no heading: the article's is cited
    (ARTICLE, ("Điều 19. Trách nhiệm của Bộ Quốc phòng",), "5. Chỉ đạo", ("Bộ Quốc phòng",),
     "Điều 19. Trách nhiệm của Bộ Quốc phòng"),
    (LISTED, (), "b) Hướng dẫn", ("Bộ Tài chính",), "2. Bộ Tài chính có trách nhiệm:"),
    (OWN, (), "Bộ Tài chính chủ trì", ("Bộ Tài chính",), None),  # the span names its lead: nothing more
    (ARTICLE, (), "5. Chỉ đạo", ("Bộ Quốc phòng",), None),  # a line that is not one of the passage's headings
])
def test_lead_line(text, headings, item, leads, line):
    hit = _hit(text, headings)
    start = hit.start + text.index(item)
    found = lead_line(hit, leads, start, hit.end)
    assert (found[2] if found else None) == line
    if found:
        assert text[found[0] - hit.start:found[1] - hit.start].strip(" #*") == line


def test_record_cites_its_lead_line():
    hit = _hit(INTRO, ("VI. Đề xuất, kiến nghị",))
    start = hit.start + INTRO.index("(ii)")
    task = Obligation("d", "c1", "Rà soát các nhiệm vụ", ("Văn phòng Trung ương Đảng",),
                      ("Bộ Khoa học và Công nghệ",), span=Span(start, hit.end))
    draft = Draft([hit])
    assert draft.cite_obligation(hit, task) == "[1]"  # a line between: the introduction and the item, one span
    line = "Văn phòng Trung ương Đảng chủ trì, phối hợp với Bộ Khoa học và Công nghệ:"
    assert [c.quote for c in draft.citations] == [INTRO[INTRO.index(line):]]
    far = Obligation("d", "c1", "Rà soát", task.lead, span=Span(start, hit.end))
    draft = Draft([hit])
    with pytest.MonkeyPatch.context() as patch:  # further apart: the task, and the line cited on its own
        patch.setattr("assistant.draft.MERGE_GAP", 10)
        assert draft.cite_obligation(hit, far) == "[1][2]"
    assert [c.quote for c in draft.citations] == [INTRO[INTRO.index("(ii)"):], line]
