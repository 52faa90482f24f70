"""Task-record readings found on unseen documents (devdocs_m), each on the real sentence: a transition period's end
"đến hết ngày …", the clauses after "lãnh đạo, chỉ đạo", a sentence whose subject is the document itself, partners
named once for several clauses, markdown marks, "cấp" and OCR "Chi đạo" as task verbs, a Party document's issuer."""
from __future__ import annotations

from datetime import date

import pytest

from corpus.deadlines import find_deadlines
from corpus.headers import parse_header
from corpus.obligations import extract_obligations
from corpus.records import Chunk, Span
from corpus.text import normalize


def rows(text: str, heading: str = "V. TỔ CHỨC THỰC HIỆN") -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    piece = Chunk(chunk_id="c", doc_id="d", ordinal=0, text=text, heading_path=(heading,),
                  span=Span(0, len(text), 1), section="Mục V")
    return [(o.lead, o.partners, o.task) for o in extract_obligations(piece)]


@pytest.mark.parametrize(("text", "due"), [
    # Dự thảo Thông tư (Bộ Giáo dục và Đào tạo, 2025), Điều 9
    ("2. Các đơn vị đang thực hiện tổ chức thi đánh giá năng lực ngoại ngữ theo Khung năng lực ngoại ngữ 6 bậc dùng "
     "cho Việt Nam trước ngày ban hành Thông tư này được phép tiếp tục tô chức thi và cấp chứng chỉ cho đến hết ngày "
     "31/12/2026.", date(2026, 12, 31)),
    ("quy định Thông tư 27/2017/TT-BGDĐT ngày 07 tháng 10 năm 2021 của Bộ trưởng Bộ Giáo dục và Đào tạo cho đến hết "
     "ngày 31/12/2027.", date(2027, 12, 31)),
    # Nghị định 261/2025/NĐ-CP, Điều 4
    ("3. Các quy định tại Điều 2 và khoản 2 Điều 3 của Nghị định này có hiệu lực thi hành đến hết ngày 31 tháng 5 năm "
     "2030.", date(2030, 5, 31)),
])
def test_end_of_a_transition_period_is_a_time(text, due):
    assert [d.due for d in find_deadlines(text)] == [due]


@pytest.mark.parametrize("text", [
    # Thông tư 62/2009/TT-BTC: a span described in an example, and a figure's cut-off (Báo cáo của Chính phủ)
    "Trong năm, Ông có nghỉ kinh doanh liên tục từ ngày 20/02 đến hết ngày 20/6. Ông A",
    "Tính đến hết ngày 24/5/2025, có 22/22 bộ, ngành và 63/63 địa phương đã xây dựng, ban hành Kế hoạch hành động.",
])
def test_span_end_and_cut_off_are_no_time(text):
    assert find_deadlines(text) == []


NQ57 = ("2. Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ, đổi "
        "mới sáng tạo và chuyển đổi số; tăng cường giám sát thực hiện theo quy định.\n\n"
        "5. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc quán **triệt** thực "
        "hiện Nghị quyết; hướng dẫn tăng cường tuyên truyền các nội dung của Nghị quyết.\n\n"
        "6. Văn phòng Trung ương Đảng phối hợp với Ban Kinh tế Trung ương theo dõi, kiểm tra, đánh giá kết quả thực "
        "hiện Nghị quyết; định kỳ 6 tháng báo cáo kết quả với Ban Chỉ đạo Trung ương và Bộ Chính trị để chỉ đạo.\n\n"
        "Nghị quyết này phổ biến đến chi bộ.")


def test_party_resolution_rows():
    found = rows(NQ57, "IV- TỔ CHỨC THỰC HIỆN")
    tasks = {task: (lead, partners) for lead, partners, task in found}
    # every clause after "lãnh đạo, chỉ đạo" is the body's task, stored as the work
    assert tasks["rà soát, hoàn thiện pháp luật về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                 "số"] == (("Đảng đoàn Quốc hội",), ())
    assert tasks["tăng cường giám sát thực hiện theo quy định."][0] == ("Đảng đoàn Quốc hội",)
    # no markdown marks in the stored task; partners named once go with the clause after ";"
    assert tasks["chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc quán triệt thực hiện Nghị quyết"] == (
        ("Ban Tuyên giáo Trung ương",), ("các cơ quan liên quan",))
    assert tasks["hướng dẫn tăng cường tuyên truyền các nội dung của Nghị quyết."] == (
        ("Ban Tuyên giáo Trung ương",), ("các cơ quan liên quan",))
    # a partner of one clause ("phối hợp với Y theo dõi …") is not carried to the next
    assert tasks["định kỳ 6 tháng báo cáo kết quả với Ban Chỉ đạo Trung ương và Bộ Chính trị để chỉ đạo."][1] == ()
    # the document as the subject: nobody's task
    assert not [task for _, _, task in found if "chi bộ" in task]


def test_partners_named_once_in_a_directive():
    # Chỉ thị 22/2008/CT-TTg, mục 3
    found = rows("3. Bộ Lao động – Thương binh và Xã hội chủ trì, phối hợp với Bộ Nội vụ và các cơ quan liên quan "
                 "hướng dẫn việc xác định các mức phụ cấp, trợ cấp áp dụng đối với lao động trong các ngành, nghề; "
                 "hướng dẫn việc xác định người phụ thuộc không có khả năng lao động để làm cơ sở khi tính giảm trừ "
                 "gia cảnh.")
    assert [partners for _, partners, _ in found] == [("Bộ Nội vụ", "các cơ quan liên quan")] * 2


def test_granting_a_licence_is_a_task():
    # Nghị định 63/2023/NĐ-CP (hợp nhất 03/VBHN-BKHCN), Điều 30
    found = rows("2. Cục Tần số vô tuyến điện (Trung tâm Tần số vô tuyến điện khu vực) cấp, \ncấp đổi, gia hạn, sửa "
                 "đổi, bổ sung, thu hồi giấy phép sử dụng tần số và thiết bị vô \ntuyến điện, xử lý đề nghị ngừng sử "
                 "dụng tần số vô tuyến điện đối với đài vô tuyến \nđiện nghiệp dư, đài tàu.", "Điều 30. Cơ quan cấp "
                 "giấy phép sử dụng tần số vô tuyến điện")
    assert len(found) == 1 and found[0][0][0].startswith("Cục Tần số vô tuyến")
    assert found[0][2].startswith("cấp, cấp đổi, gia hạn")


def test_body_that_grants_is_no_verb():
    # Chỉ thị 19/2008/CT-UBND, mục 2: "các cơ quan cấp giấy chứng nhận …" names the bodies
    found = rows("2. Thủ trưởng các cơ quan cấp giấy chứng nhận đăng ký kinh doanh, cấp phép thành lập và hoạt động, "
                 "Kho bạc nhà nước có trách nhiệm phối hợp với cơ quan quản lý thuế các cấp thực hiện nghiêm túc các "
                 "quy định của Luật Thuế thu nhập cá nhân.")
    assert all(not task.startswith("cấp") for _, _, task in found)


def test_ocr_chi_dao_opens_a_task():
    # hợp nhất 75/VBHN-BQP, Điều 19 (OCR)
    found = rows("2.” Chi đạo, hướng dẫn các cơ sở giáo dục phối hợp với cơ quan quân sự\nđịa phương thực hiện quy "
                 "định trình tự, thủ tục đăng ký nghĩa vụ quân sự.", "Điều 19. Bộ Giáo dục và Đào tạo")
    assert [(lead, task[:24]) for lead, _, task in found] == [(("Bộ Giáo dục và Đào tạo",), "” Chỉ đạo, hướng dẫn các")]


def test_party_issuer_is_the_body_under_the_type():
    # Nghị quyết 57-NQ/TW (a markdown copy of the original)
    header = parse_header(normalize("**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 57-NQ/TW\n"
                                    "*Hà Nội*, *ngày 22 tháng 12 năm 2024*\n\n**NGHỊ QUYẾT**\n\nCỦA BỘ CHÍNH TRỊ\n"
                                    "**về đột phá phát triển khoa học, công nghệ**\n\nPhát triển khoa học."))
    assert (header.issuer, header.doc_type, header.doc_number) == ("Bộ Chính trị", "Nghị quyết", "57-NQ/TW")
