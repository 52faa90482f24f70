"""Duty articles and their agencies, on sentences from real documents (evals/devdocs): an article titled "Trách
nhiệm của Bộ X" owns its clauses, "X chủ trì, phối hợp với Y:" gives its items to X with Y, a department written with
its ministry ("Cục Tài chính/Bộ Quốc phòng") is one agency, "cơ quan thuế" is an agency."""
from __future__ import annotations

import pytest

from corpus.agencies import agency_key, canonical, find_agencies, same_agency
from corpus.obligations import extract_obligations
from corpus.records import Chunk, Span


def piece(text: str, heading_path: tuple[str, ...]) -> Chunk:
    return Chunk(chunk_id="c", doc_id="d", ordinal=0, text=text, heading_path=heading_path,
                 span=Span(0, len(text), 1), section="")


def rows(text: str, heading_path: tuple[str, ...] = ("Điều 1. Tổ chức thực hiện",)) -> list[tuple[tuple, tuple, str]]:
    return [(o.lead, o.partners, o.task) for o in extract_obligations(piece(text, heading_path))]


# Nghị định 14/2016/NĐ-CP (văn bản hợp nhất 76/VBHN-BQP), Điều 19, as OCR read it
ARTICLE_19 = ("Chương V\nTRÁCH NHIEM CUA CƠ QUAN, TỔ CHỨC, CÁ NHÂN\n\nĐiều 19. Trách nhiệm của Bộ Quốc phòng\n\n"
              "1. Chủ trì, phối hợp các Bộ, ngành, Ủy ban nhân dân cấp tỉnh tổ chức đăng\nký, quản lý: Công dân nữ "
              "trong độ tuổi thực hiện nghĩa vụ quân sự có ngành,\nnghề chuyên môn phù hợp yêu cầu của Quân đội nhân "
              "dân; công dân thuộc diện\nmiễn gọi nhập ngũ.\n\n2. Quy định nội dung, chương trình, thời gian huấn "
              "luyện cho binh sĩ dự bị\nhạng hai chuyền thành binh sĩ dự bị hạng một.\n\n1. Hằng năm xây dựng chỉ "
              "tiêu kế hoạch huấn luyện binh sĩ dự bị hạng hai,\ntrình Thủ tướng Chính phủ quyết định.\n\n5. Chỉ đạo, "
              "hướng dẫn, đôn đốc, kiểm tra Việc tuyển chọn và gọi binh sĩ dự\nbị hạng hai tập trung huấn luyện "
              "trong phạm vi cả nước.")
ARTICLE_19_PATH = ("Chương V. TRÁCH NHIEM CUA CƠ QUAN, TỔ CHỨC, CÁ NHÂN", "Điều 19. Trách nhiệm của Bộ Quốc phòng")


def test_an_article_titled_by_an_agencys_duties_owns_its_clauses() -> None:
    found = rows(ARTICLE_19, ARTICLE_19_PATH)
    assert [task[:25] for _, _, task in found] == ["Chủ trì, phối hợp các Bộ,", "Quy định nội dung, chương",
                                                   "Hằng năm xây dựng chỉ tiê", "Chỉ đạo, hướng dẫn, đôn đ"]
    assert {lead for lead, _, _ in found} == {("Bộ Quốc phòng",)}
    assert found[0][1] == ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh")


def test_an_article_on_the_duties_of_a_group_gives_its_clauses_no_owner() -> None:
    # Nghị định 258/2025/NĐ-CP, Điều 44: the clauses name their ministries; OCR cut one at "Bộ:"
    text = ("Điều 44. Trách nhiệm của các bộ, ngành\n\n4. Các bộ, cơ quan ngang bộ trong phạm vi chức năng, nhiệm vụ "
            "và quyền\nhạn của mình có trách nhiệm phối hợp với Bộ Xây dựng, Bộ Tài chính, Bộ:\nNông nghiệp và Môi "
            "trường thực hiện quản lý nha nước đôi với công viên, cây\nxanh, mặt nước.")
    found = rows(text, ("Chương V. TỔ CHỨC THỰC HIỆN", "Điều 44. Trách nhiệm của các bộ, ngành"))
    assert not any(task.startswith("Nông nghiệp") for _, _, task in found)


def test_a_clause_whose_number_the_splitter_cut_off_is_the_articles_agencys() -> None:
    # Nghị định 13/2016/NĐ-CP (văn bản hợp nhất 75/VBHN-BQP), Điều 15 ("tránh nhiệm": OCR)
    text = ("Điều 15. Bộ Quốc phòng\n1. Chịu tránh nhiệm trước Chính phủ, chủ trì, phối hợp với các bộ,\n\nngành liên "
            "quan, cơ quan thuộc Chính phủ tổ chức thực hiện Nghị định này.")
    [(lead, partners, task)] = rows(text, ("Chương IV. TRÁCH NHIỆM CUA CƠ QUAN, TỔ CHỨC", "Điều 15. Bộ Quốc phòng"))
    assert lead == ("Bộ Quốc phòng",) and task.startswith("Chịu tránh nhiệm trước Chính phủ, chủ trì")


def test_the_items_under_lead_and_partner_are_the_leads_with_that_partner() -> None:
    # Ban Thường vụ Đảng ủy Chính phủ, báo cáo thực hiện Nghị quyết 57-NQ/TW (5/2025), mục VI
    text = ("#### VI. Đề xuất, kiến nghị\nVăn phòng Trung ương Đảng chủ trì, phối hợp với Bộ Khoa học và Công nghệ:\n"
            "* (i) Nghiên cứu, thống nhất phương án kết nối, tích hợp, chia sẻ dữ liệu giữa hai Hệ thống giám sát, "
            "đánh giá việc triển khai Nghị quyết số 57-NQ/TW và Nghị quyết số 71/NQ-CP, bảo đảm không chồng chéo, "
            "tránh lãng phí.\n* (ii) Rà soát các nhiệm vụ giao trên Hệ thống giám sát, đánh giá việc triển khai Nghị "
            "quyết số 57-NQ/TW phù hợp chức năng, nhiệm vụ các bộ, ngành, địa phương.")
    found = rows(text, ("A. BÁO CÁO KẾT QUẢ", "VI. Đề xuất, kiến nghị"))
    assert [(lead, partners, task[:10]) for lead, partners, task in found] == [
        (("Văn phòng Trung ương Đảng",), ("Bộ Khoa học và Công nghệ",), "Nghiên cứu"),
        (("Văn phòng Trung ương Đảng",), ("Bộ Khoa học và Công nghệ",), "Rà soát cá")]


def test_an_introduction_whose_subject_is_no_agency_ends_the_list_before_it() -> None:
    # Nghị định 63/2023/NĐ-CP (văn bản hợp nhất của Bộ Khoa học và Công nghệ), Điều 70
    text = ("1. Bộ Thông tin và Truyền thông có trách nhiệm:\n\na) Công nhận tổ chức đủ điều kiện đào tạo, cấp chứng chỉ "
            "vô tuyến điện viên\n\nhàng hải;\n\nb) Tổ chức thanh tra, kiểm tra việc tuân thủ các quy định của Nghị định "
            "này về đào tạo, cấp chứng chỉ vô tuyến điện viên hàng hải;\n\n2. Tổ chức được công nhận đủ điều kiện đào "
            "tạo, cấp chứng chỉ  vô tuyến\n\nđiện viên hàng hải có trách nhiệm:\n\na) Đào tạo, cấp, gia hạn, cấp đổi, "
            "thu hồi chứng chỉ vô tuyến điện viên hàng\n\nhải;\n\nb) Xây dựng, cập nhật chương trình, tài liệu đào tạo "
            "vô tuyến điện viên hàng hải phù hợp với chương trình mẫu hiện hành của Tổ chức Hàng hải quốc tế;")
    found = rows(text, ("Chương VII. CHỨNG CHỈ", "  Trách nhiệm của các cơ quan, tổ chức trong việc đào tạo, cấp"))
    assert [task[:12] for _, _, task in found] == ["Công nhận tổ", "Tổ chức than"]


def test_a_time_limit_before_the_subject_with_or_without_a_comma() -> None:
    # Thông tư liên tịch 122/2008/TTLT-BTC-BQP, V.1.4
    text = ("- Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo Cục Tài chính/Bộ Quốc phòng chuyển số thuế Thu "
            "nhập cá nhân của các đơn vị chi trả thu nhập đã nộp về vào Ngân sách Nhà nước;\n\n- Hết năm, chậm nhất là "
            "ngày 30 tháng 6 của năm tiếp theo, trên cơ sở quyết toán của các đơn vị chi trả thu nhập, Cục Tài chính/Bộ "
            "Quốc phòng có trách nhiệm xác định tổng số thuế Thu nhập cá nhân phải nộp, số đã nộp và nộp hết số còn "
            "phải nộp vào Ngân sách Trung ương;")
    found = rows(text, ("V. ĐĂNG KÝ THUẾ", "1.4. Nộp thuế"))
    # the first, with no comma after its time, is a row since "chuyển số" reads as its verb (PIPELINE_VERSION 32)
    assert [(lead, task[:22]) for lead, _, task in found] == [
        (("Cục Tài chính - Bộ Quốc phòng",), "chuyển số thuế Thu nhậ"),
        (("Cục Tài chính - Bộ Quốc phòng",), "xác định tổng số thuế ")]


@pytest.mark.parametrize(("text", "expected"), [
    # Thông tư liên tịch 122/2008/TTLT-BTC-BQP
    ("Cục Tài chính/Bộ Quốc phòng chịu trách nhiệm tổ chức triển khai thực hiện Thông tư này",
     ["Cục Tài chính - Bộ Quốc phòng"]),
    # Thông tư liên tịch 212/2013/TTLT-BTC-BQP
    ("Tổng cục Thuế - Bộ Tài chính, Cục Tài chính - Bộ Quốc phòng chịu trách nhiệm tổ chức triển khai",
     ["Tổng cục Thuế - Bộ Tài chính", "Cục Tài chính - Bộ Quốc phòng"]),
    # the same without a separator, as a question may write it; a command ("Bộ Tư lệnh") is no ministry
    ("hết năm Cục Tài chính Bộ Quốc phòng có trách nhiệm gì", ["Cục Tài chính - Bộ Quốc phòng"]),
    ("Cục Cửa khẩu Bộ Tư lệnh Bộ đội Biên phòng", ["Cục Cửa khẩu", "Bộ Tư lệnh Bộ đội"]),
    ("Văn phòng Bộ Y tế", ["Văn phòng Bộ Y tế"]),
    # the same ministries with their departments in brackets are four mentions, as before
    ("phản ánh kịp thời về Bộ Tài chính (Tổng cục Thuế) và Bộ Quốc phòng (Cục Tài chính)",
     ["Bộ Tài chính", "Tổng cục Thuế", "Bộ Quốc phòng", "Cục Tài chính"]),
    # a joint proposal of two provincial bodies is not one unit of a ministry (Quyết định 59/2000/QĐ-UB)
    ("Theo đề nghị của Liên ngành Cục Thuế - Sở Lao động - Thương binh và Xã hội thành phố Đà Nẵng",
     ["Cục Thuế", "Sở Lao động - Thương binh và Xã hội thành phố Đà Nẵng"]),
    # Thông tư liên tịch 123/2008/TTLT-BTC-BCA; Chỉ thị 44/2002/CT-UB
    ("Cơ quan thuế có trách nhiệm cung cấp cho cơ quan, đơn vị trả thu nhập Chứng từ khấu trừ thuế", ["cơ quan thuế"]),
    ("phối hợp với cơ quan thuế để tổ chức quản lý thu thuế thu nhập cá nhân", ["cơ quan thuế"]),
    ("phối hợp với cơ quan hải quan kiểm tra", ["cơ quan hải quan"]),
    # Chỉ thị 42/1998/CT-UBND, 6: the department of culture and information before 2008, a province's broadcaster
    ("Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế",
     ["Sở Văn hóa - Thông tin", "Đài Phát thanh - Truyền hình tỉnh", "cơ quan thuế"]),
])
def test_agencies_named_with_their_ministry_or_by_function(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in find_agencies(text)] == expected


def test_a_department_with_its_ministry_is_the_department() -> None:
    assert canonical("Cục Tài chính/Bộ Quốc phòng") == "Cục Tài chính - Bộ Quốc phòng"
    assert same_agency("Cục Tài chính/Bộ Quốc phòng", "Cục Tài chính - Bộ Quốc phòng")
    assert same_agency("Cục Tài chính", "Cục Tài chính - Bộ Quốc phòng")
    assert not same_agency("Cục Tài chính - Bộ Tài chính", "Cục Tài chính - Bộ Quốc phòng")
    assert agency_key("Cục Tài chính/Bộ Quốc phòng") == agency_key("Cục Tài chính")


def test_a_list_of_bodies_with_old_and_dashed_names_leads_with_the_tax_office_as_partner() -> None:
    # Chỉ thị 42/1998/CT-UBND (UBND tỉnh Quảng Bình), 6
    text = ("6. Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế tổ "
            "chức tuyên truyền sâu rộng hai Luật thuế trên mọi phương tiên thông tin đại chúng, trong thời gian triển "
            "khai thực hiện hai Luật thuế.")
    [(lead, partners, _)] = rows(text, ("CHỈ THỊ",))
    assert lead == ("Sở Văn hóa - Thông tin", "Báo Quảng Bình", "Đài Phát thanh - Truyền hình tỉnh")
    assert partners == ("cơ quan thuế",)


def test_paying_in_is_a_task() -> None:
    # Thông tư liên tịch 123/2008/TTLT-BTC-BCA, III.1.3.b
    text = ("b) Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo, Công an các tỉnh, thành phố trực thuộc Trung "
            "ương, các đơn vị dự toán cấp II phải nộp số thuế thu nhập cá nhân của đơn vị và các đơn vị trực thuộc vào "
            "Ngân sách nhà nước qua tài khoản tại Kho bạc nhà nước tỉnh, thành phố nơi đơn vị giao dịch.")
    [(lead, _, task)] = rows(text, ("III. ĐĂNG KÝ THUẾ", "1.3. Nộp thuế"))
    assert lead[0] == "Công an các tỉnh, thành phố trực thuộc Trung ương" and task.startswith("phải nộp số thuế")


# Luật 09/2003/QH11, Điều 15: the list under "… có nhiệm vụ, quyền hạn và trách nhiệm sau đây:"
LAW_15 = ("**Điều 15. Nhiệm vụ, quyền hạn và trách nhiệm của cơ quan thuế**\n\nCơ quan thuế có nhiệm vụ, quyền hạn và "
          "trách nhiệm sau đây:\n\n1. Hướng dẫn cơ sở kinh doanh thực hiện kê khai thuế, nộp thuế theo đúng quy định "
          "của Luật này;\n\n4. Xử lý vi phạm hành chính về thuế và giải quyết khiếu nại về thuế;\n\n5. Yêu cầu cơ sở "
          "kinh doanh cung cấp sổ kế toán, hóa đơn, chứng từ;\n\n6. Lưu giữ và sử dụng số liệu, tài liệu mà cơ sở kinh "
          "doanh và đối tượng khác cung cấp theo chế độ quy định.")


def test_an_agencys_duties_listed_under_its_introduction_with_no_verb_are_its_rows():
    found = rows(LAW_15, ("Chương 3. KÊ KHAI, NỘP THUẾ, QUYẾT TOÁN THUẾ",
                          "Điều 15. Nhiệm vụ, quyền hạn và trách nhiệm của cơ quan thuế"))
    assert [task[:20] for _, _, task in found] == ["Hướng dẫn cơ sở kinh", "Xử lý vi phạm hành c",
                                                   "Yêu cầu cơ sở kinh d", "Lưu giữ và sử dụng s"]
    assert {lead for lead, _, _ in found} == {("cơ quan thuế",)}


def test_an_article_titled_by_an_agencys_duty_list_owns_the_items_of_its_next_passage():
    # Nghị định 24/2007/NĐ-CP, Điều 31: the title introduces the list; items 6 and 7 fall in the next passage
    found = rows("6. Yêu cầu cơ sở kinh doanh cung cấp sổ kế toán, hóa đơn, chứng từ và hồ sơ tài liệu khác có liên "
                 "quan tới việc tính thuế, nộp thuế.\n\n7. Lưu giữ và sử dụng số liệu, tài liệu mà cơ sở kinh doanh và "
                 "đối tượng khác cung cấp theo chế độ quy định.",
                 ("Chương IV. ĐĂNG KÝ, KÊ KHAI, NỘP THUẾ, QUYẾT TOÁN THUẾ",
                  "Điều 31. Cơ quan Thuế có những nhiệm vụ, quyền hạn, trách nhiệm sau đây"))
    assert [(lead, task[:20]) for lead, _, task in found] == [(("cơ quan thuế",), "Yêu cầu cơ sở kinh d"),
                                                              (("cơ quan thuế",), "Lưu giữ và sử dụng s")]


def test_a_partys_duty_list_is_nobodys_rows():
    # Luật 09/2003/QH11, Điều 11: "Cơ sở kinh doanh" is no agency; its duties are not those of an agency above
    assert rows("Cơ sở kinh doanh có trách nhiệm:\n\n1. Chấp hành nghiêm chỉnh chế độ kế toán, hóa đơn, chứng từ theo "
                "quy định của pháp luật;\n\n2. Kê khai đầy đủ doanh thu, chi phí, thu nhập theo đúng chế độ do Bộ Tài "
                "chính quy định;", ("Chương 3. KÊ KHAI", "Điều 11. Trách nhiệm của cơ sở kinh doanh")) == []
