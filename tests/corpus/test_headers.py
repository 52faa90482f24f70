"""parse_header on real documents (tests/fixtures/data), field by field, and on the header quirks one at a time."""
from __future__ import annotations

from datetime import date

import pytest

from corpus.headers import addressees, joint_signatures, parse_header, recipients_span, signature_span
from corpus.records import Header
from corpus.text import normalize
from tests.data import DATA, read


def header_of(text: str) -> Header:
    return parse_header(normalize(text))


UBND_NINH_BINH = "Ủy ban nhân dân tỉnh Ninh Bình"
TTG = "Thủ tướng Chính phủ"

# Expected values read by hand from the files.
REAL_DOCUMENTS = {
    "ninhbinh_ubnd_2024/193.txt": Header(  # unsigned draft: blank number and day
        doc_number=None, doc_type="Kế hoạch", issuer=UBND_NINH_BINH, issued_on=None, place="Ninh Bình",
        title="Triển khai thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy về tăng cường "
              "công tác trồng, chăm sóc và bảo vệ cây xanh trên địa bàn tỉnh Ninh Bình",
        signer="Trần Song Tùng",
        signer_title="Phó Chủ tịch"),
    "ninhbinh_ubnd_2024/196.txt": Header(  # pypdf put page 1's body before the header block
        doc_number=None, doc_type="Kế hoạch", issuer=UBND_NINH_BINH, issued_on=None, place="Ninh Bình",
        title="Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ về phát triển các "
              "ngành công nghiệp văn hóa trên địa bàn tỉnh Ninh Bình",
        signer="Tống Quang Thìn",
        signer_title="Phó Chủ tịch"),
    "ninhbinh_ubnd_2024/706.txt": Header(
        doc_number=None, doc_type="Công văn", issuer=UBND_NINH_BINH, issued_on=None, place="Ninh Bình",
        title="tuyển chọn và gọi công dân nhập ngũ năm 2025", signer="Tống Quang Thìn",
        signer_title="Phó Chủ tịch"),
    "ninhbinh_ubnd_2024/807.txt": Header(
        doc_number=None, doc_type="Quyết định", issuer=UBND_NINH_BINH, issued_on=None, place="Ninh Bình",
        title="Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045",
        signer="Nguyễn Cao Sơn",
        signer_title="Phó Chủ tịch"),
    "ninhbinh_ubnd_2024/968.txt": Header(),  # the text layer is garbage OCR: nothing rather than garbage
    "chinhphu_2025/186-cd.signed.txt": Header(  # the signature reads "Tân Hồng Hà": damaged, so not taken
        doc_number="186/CĐ-TTg", doc_type="Công điện", issuer=TTG, issued_on=date(2025, 10, 4), place="Hà Nội",
        title="chủ động ứng phó bão số 11 năm 2025", signer=None),  # "bão so 11": marks put back (corpus.marks)
    "chinhphu_2025/30-ttg.signed.txt": Header(  # "Số:30 /CT-TTg", "tháng 40", name glued to a recipient line
        doc_number="30/CT-TTg", doc_type="Chỉ thị", issuer=TTG, issued_on=date(2025, 10, 6), place="Hà Nội",
        title="về việc tiếp tục tăng cường công tác quản lý nhà nước đối với hoạt động sản xuất, kinh doanh than "
              "và cung cấp than cho sản xuất điện trong tình hình mới",
        signer="Bùi Thanh Sơn",
        signer_title="Phó Thủ tướng"),
    "chinhphu_2025/9533-cn.signed.txt": Header(  # the e-portal seal is read into the V/v line
        doc_number="9533/VPCP-CN", doc_type="Công văn", issuer="Văn phòng Chính phủ", issued_on=date(2025, 10, 4),
        place="Hà Nội", title="sửa đổi Luật Đầu tư (thay thế) liên quan đến lĩnh vực đường sắt", signer=None),
    "chinhphu_2025/19-bkhcn.txt": Header(  # "S6:49 /2025/...", "BO KHOA HỌC VA CÔNG NGHE", "tháng AO"
        doc_number="49/2025/TT-BKHCN", doc_type="Thông tư", issuer="Bộ Khoa học và Công nghệ", issued_on=None,
        place="Hà Nội", title="Quy định kiểm toán kỹ thuật đối với chữ ký điện tử và dịch vụ tin cậy", signer=None),
    "nq57_nq03_program/official_texts/NQCP03_NQ03.md": Header(
        doc_number="03/NQ-CP", doc_type="Nghị quyết", issuer="Chính phủ", issued_on=date(2025, 1, 9),
        place="Hà Nội",
        title="Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm "
              "2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
              "quốc gia",
        signer="Nguyễn Hòa Bình",
        signer_title="Phó Thủ tướng"),
    "nq57_nq03_program/official_texts/QH_CTHD.md": Header(  # Party document; the source lost "Triển" and "của"
        doc_number="3260-KH/ĐĐQH15", doc_type="Kế hoạch", issuer="Đảng đoàn Quốc hội", issued_on=date(2025, 1, 10),
        place="Hà Nội",
        title="khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về đột phá phát triển khoa học, "
              "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        signer="Trần Thanh Mẫn",
        signer_title="Bí thư"),
    "nq57_nq03_program/official_texts/DHQG_cldhqg.md": Header(  # "Số 57\-NQ/TW", "CỦA BỘ CHÍNH TRỊ" line
        doc_number="57-NQ/TW", doc_type="Nghị quyết", issuer="Bộ Chính trị",  # "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ"
        issued_on=date(2024, 12, 22), place="Hà Nội",
        title="về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", signer=None),
    "nq57_nq03_program/official_texts/NQ57_bangoc.md": Header(  # a web copy: its heading "# Nghị quyết số ...", then
        # "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ
        # Chính trị về đột phá ..." introduces it, and names its signer
        doc_number="57-NQ/TW", doc_type="Nghị quyết", issuer="Bộ Chính trị", issued_on=date(2024, 12, 22),
        title="Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        signer="Tô Lâm", signer_title="Tổng Bí thư"),
    "tax_vbpl/markdown_docs/19_2008_CT-UBND.md": Header(  # issuer, number and date squeezed into two table cells
        doc_number="19/2008/CT-UBND", doc_type="Chỉ thị", issuer="Ủy ban nhân dân tỉnh Long An",
        issued_on=date(2008, 10, 16), place="Tân An",
        title="Về việc tổ chức triển khai thực hiện Luật Thuế thu nhập cá nhân trên địa bàn tỉnh Long An",
        signer="Dương Quốc Xuân",
        signer_title="Chủ tịch"),
    "tax_vbpl/markdown_docs/122_2008_TTLT-BTC-BQP.md": Header(
        doc_number="122/2008/TTLT-BTC-BQP", doc_type="Thông tư liên tịch", issuer="Bộ Tài chính - Bộ Quốc phòng",
        issued_on=date(2008, 12, 16), place="Hà Nội",
        title="Hướng dẫn chế độ thu nộp thuế Thu nhập cá nhân đối với các đối tượng hưởng lương thuộc Bộ Quốc phòng",
        signer="Đỗ Hoàng Anh Tuấn",
        signer_title="Thứ trưởng"),
    "tax_vbpl/word_docs/09_2003_QH11.doc": Header(
        doc_number="09/2003/QH11", doc_type="Luật", issuer="Quốc hội", issued_on=date(2003, 6, 17), place="Hà Nội",
        title="Thuế thu nhập doanh nghiệp", signer="Nguyễn Văn An",
        signer_title="Chủ tịch"),
}


@pytest.mark.parametrize("relative", REAL_DOCUMENTS)
def test_real_document_header_is_read_field_by_field(relative):
    assert header_of(read(relative)) == REAL_DOCUMENTS[relative]


@pytest.mark.parametrize("relative", ["tax_vbpl/markdown_docs/01_2009_CT-UBND.md",
                                      "tax_vbpl/word_docs/01_2009_CT-UBND.doc"])
def test_same_directive_reads_alike_from_markdown_and_antiword_tables(relative):
    assert header_of(read(relative)) == Header(
        doc_number="01/2009/CT-UBND", doc_type="Chỉ thị", issuer="Ủy ban nhân dân tỉnh Kon Tum",
        issued_on=date(2009, 1, 8), place="Kon Tum", title="Về việc triển khai thực hiện Luật thuế Thu nhập cá nhân",
        signer="Hà Ban",
        signer_title="Chủ tịch")


def test_noisy_resolution_keeps_number_date_and_signer():
    header = header_of(read("chinhphu_2025/323nq.signed.txt"))  # "S6:323 /NQ-CP", "ngày 42 tháng 10"
    assert (header.doc_number, header.issued_on, header.signer) == ("323/NQ-CP", date(2025, 10, 12), "Nguyễn Hòa Bình")
    assert header.title.startswith("Về dự thảo Nghị quyết của Ủy ban Thường vụ Quốc hội quy định số lượng")
    assert "eae" not in header.title  # the seal noise after the title is left out


def _sheet(number_line: str, type_line: str = "KẾ HOẠCH", title: str = "Triển khai thực hiện Chỉ thị") -> str:
    """A header block as pypdf writes the two columns of a provincial document, around one varying line."""
    return (f"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc\n"
            f"{number_line}\n\n{type_line}\n{title}\n\nThực hiện Chỉ thị số 20-CT/TU")


@pytest.mark.parametrize(("line", "number"), [
    ("Số: 193/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024", "193/KH-UBND"),
    ("Số: 24-CT/TU Ninh Bình, ngày 04 tháng 11 năm 2024", "24-CT/TU"),
    ("Số: 01/2009/CT-UBND Kon Tum, ngày 08 tháng 01 năm 2009", "01/2009/CT-UBND"),
    ("_ Số:30 /CT-TTg Hà Nội, ngày 06 tháng 40 năm 2025", "30/CT-TTg"),
    ("S6:49 /2025/TT-BKHCN Hà Nội, ngày 06 tháng AO năm 2025", "49/2025/TT-BKHCN"),
    ("Sé: 12/QĐ-UBND Ninh Bình, ngày 04 tháng 11 năm 2024", "12/QĐ-UBND"),
    ("S0: 86/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", "86/TB-VPCP"),
    ("Số: 179 /QD-TTg Hà Nội, ngay06 tháng 10 năm 2025", "179/QĐ-TTg"),
    ("Số: 839/QĐ –UB", "839/QĐ-UB"),
    ("Luật số: 26/2012/QH13 Hà Nội, ngày 22 tháng 11 năm 2012", "26/2012/QH13"),
    ("Số 57\\-NQ/TW", "57-NQ/TW"),
    ("Số: /KH-UBND Ninh Bình, ngày tháng 11 năm 2024", None),
    ("Số: 4# /CĐ-TTp Hà Nội, ngày OF thang 10 năm 2025", None),
])
def test_number_is_read_through_ocr_and_markup_noise(line, number):
    assert header_of(_sheet(line)).doc_number == number


@pytest.mark.parametrize(("line", "issued_on", "place"), [
    ("Số: 193/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024", date(2024, 11, 4), "Ninh Bình"),
    ("Số:30 /CT-TTg Hà Nội, ngày 06 tháng 40 năm 2025", date(2025, 10, 6), "Hà Nội"),
    ("S6:323 /NQ-CP Hà Nội, ngày 42 tháng 10 năm 2025", date(2025, 10, 12), "Hà Nội"),
    ("Số: 143 /QD-UBQGNCT Ha Nội, ngày 08 tháng 20 năm 2025", date(2025, 10, 8), "Ha Nội"),
    ("Số: 222% /QĐ-TTg Hà Nội, ngày03 tháng1Onăm 2025", date(2025, 10, 3), "Hà Nội"),
    ("Số: 191/CD-TTg | Hà Nội, ngày 08 tháng 10 năm 2025", date(2025, 10, 8), "Hà Nội"),
    ("Số: /KH-UBND Ninh Bình, ngày tháng 11 năm 2024", None, "Ninh Bình"),
    ("Số: 187/CĐ-TTg Hà Nội, ngày OF thang 10 năm 2025", None, "Hà Nội"),
    ("Số: /2025/TT-BGDĐT Hà Nội ngày tháng năm 2025", None, "Hà Nội"),
])
def test_issue_date_and_place_survive_ocr_without_invented_days(line, issued_on, place):
    header = header_of(_sheet(line))
    assert (header.issued_on, header.place) == (issued_on, place)


@pytest.mark.parametrize(("block", "issuer"), [
    # pypdf glues the two header columns line by line
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH Độc lập - Tự do - Hạnh Phúc\n"
     "Số: 193/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024", UBND_NINH_BINH),
    # antiword renders the header table as '|' rows
    ("|ỦY BAN NHÂN DÂN |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|TỈNH KON TUM |Độc lập - Tự do - Hạnh phúc |\n"
     "|Số: 01/2009/CT-UBND |Kon Tum, ngày 08 tháng 01 năm 2009 |", "Ủy ban nhân dân tỉnh Kon Tum"),
    # a markdown table with the whole left column in one cell
    ("| **ỦY BAN NHÂN DÂN** **TỈNH LONG AN** Số: 19/2008/CT-UBND | | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
     "**Độc lập - Tự do - Hạnh phúc** *Tân An, ngày 16 tháng 10 năm 2008* |", "Ủy ban nhân dân tỉnh Long An"),
    ("| **ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** |\n"
     "| Số: 08/2013/QĐ-UBND | *Hà Nội, ngày 26 tháng 02 năm 2013* |", "Ủy ban nhân dân thành phố Hà Nội"),
    ("| **UỶ BAN NHÂN DÂN** **TỈNH BÀ RỊA- VŨNG TÀU** Số: 44/2002/CT-UB | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
     "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    ("| **BỘ TÀI CHÍNH- BỘ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** |\n"
     "| Số: 19/2009/TTLT-BTC-BNV | *Hà Nội, ngày 02 tháng 02 năm 2009* |", "Bộ Tài chính - Bộ Nội vụ"),
    # the e-signature stamp above the header is not the issuer; OCR lost the marks of the issuer itself
    ("Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCơ quan: VAN PHONG CHINH PHU\n"
     "CHINHPHU VNThời gian ký: 09.10.2025 15:14:37 +07:00 TPT\n"
     "THU TUONG CHINH PHU CONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hanh phúc\n"
     "Số: 191/CD-TTg | Hà Nội, ngày 08 tháng 10 năm 2025", TTG),
    ("BỘ GIÁO DỤC VÀ ĐÀO T ẠO CONG HOA XA HOI CHU NGHĨA VIỆT NAM\nĐộc lập - Tw do - Hanh phúc\nDỰ THẢO 1\n"
     "Số: /2025/TT-BGDĐT Hà Nội ngày tháng năm 2025", "Bộ Giáo dục và Đào tạo"),
    # the issuing body is the lower row; a bare "VĂN PHÒNG" belongs to the body above it
    ("## ĐẢNG CỘNG SẢN VIỆT NAM\n\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\nSố 3260-KH/ĐĐQH15",
     "Đảng đoàn Quốc hội"),
    ("**ĐẢNG ỦY CHÍNH PHỦ**\n**VĂN PHÒNG**\n\\*\nSố 402-CV/VPĐU", "Văn phòng Đảng ủy Chính phủ"),
    ("UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc\n"
     "Số: 12/KH-STC Ninh Bình, ngày 04 tháng 11 năm 2024", "Sở Tài chính tỉnh Ninh Bình"),
])
def test_issuer_is_the_left_column_in_vietnamese_capitalisation(block, issuer):
    assert header_of(block + "\n\nKẾ HOẠCH\nTriển khai thực hiện").issuer == issuer


def test_official_letter_is_typed_by_its_v_v_line_and_titled_by_it():
    header = header_of("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 9703/VPCP-CN Hà Nội, ngày 09 tháng 10 năm 2025\nV/v thành lập Hội đồng tư vẫn lựa\n"
                       "chọn hình thức đầu tư\n|cÖarienit.AiioUef ủ\nKính gửi:")
    assert (header.doc_type, header.title) == ("Công văn", "thành lập Hội đồng tư vẫn lựa chọn hình thức đầu tư")


@pytest.mark.parametrize(("line", "doc_type"), [
    ("Số 402-CV/VPĐU", "Công văn"),
    ("Số: 537/TB-VPCP", "Thông báo"),
    ("Số: 100/2008/NĐ-CP", "Nghị định"),
    ("Số: 122/2008/TTLT-BTC-BQP", "Thông tư liên tịch"),
])
def test_type_falls_back_to_the_code_in_the_number(line, doc_type):
    assert header_of(_sheet(line, type_line="")).doc_type == doc_type


@pytest.mark.parametrize(("type_line", "doc_type"), [
    ("CÔNG ĐIỆN.", "Công điện"), ("CỘNG ĐIỆN", "Công điện"), ("QUYÉT ĐỊNH", "Quyết định"),
    ("THONG TƯ!", "Thông tư"), ("cn THONG BAO", "Thông báo"), ("li 2. NGHỊ ĐỊNH", "Nghị định"),
    ("**THÔNG TƯ LIÊN TỊCH**", "Thông tư liên tịch"), ("CHỈ THỊ CỦA UBND TỈNH BÀ RỊA – VŨNG TÀU", "Chỉ thị"),
    ("###### THÔNG TƯ", "Thông tư"), ("Chỉ Thị", "Chỉ thị"),
])
def test_type_line_is_recognised_through_ocr_and_markup(type_line, doc_type):
    assert header_of(_sheet("Số: 12/UBND-VP Ninh Bình, ngày 04 tháng 11 năm 2024", type_line)).doc_type == doc_type


def test_markdown_title_continues_over_blank_lines_while_lower_case():
    header = header_of("**ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
                       "**TỈNH BẾN TRE Độc lập – Tự do – Hạnh phúc**\n\n"
                       "Số: 1730/2003/QĐ-UB *Bến Tre, ngày 24 tháng 6 năm 2003*\n\n**QUYẾT ĐỊNH**\n\n"
                       "**CỦA ỦY BAN NHÂN DÂN TỈNH BẾN TRE**\n\n"
                       "# Về việc quy định mức tiền lương, tiền công tối đa trong tính thuế\n\n"
                       "# thu nhập doanh nghiệp\n\n# ỦY BAN NHÂN DÂN TỈNH\n\n- Căn cứ Luật Tổ chức")
    assert header.title == "Về việc quy định mức tiền lương, tiền công tối đa trong tính thuế thu nhập doanh nghiệp"
    assert header.issuer == "Ủy ban nhân dân tỉnh Bến Tre"


def test_title_stops_at_the_portal_seal_and_stamp_noise():
    header = header_of(_sheet("Số: 2216/QĐ-TTg Hà Nội, ngày 07 tháng 10 năm 2025", "QUYẾT ĐỊNH",
                              "Về việc công bố Quyết định của Thủ tướng Chính phủ\n"
                              "CONG THONG Ps B'ÊN TỦ CHÍNH PHÙ ———————\nTHỦ TƯỚNG CHÍNH PHỦ"))
    assert header.title == "Về việc công bố Quyết định của Thủ tướng Chính phủ"


@pytest.mark.parametrize(("closing", "signer"), [
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP3.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Song Tùng",
     "Trần Song Tùng"),
    # pypdf puts the right column (role, name) at the end of the recipient lines
    ("Nơi nhận: THỦ TƯỚNG\n- Như trên;\n- VPCP: BTCN, các PCN, Trợ ly TTg, ,\n"
     "TGĐ Cổng TTĐT, các Vụ: NC, CN; Pham Minh Chính\n- Lưu: Văn thư, NN (2)", "Pham Minh Chính"),
    ("| | **TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH** ***(Đã ký)*** **Hà Ban** |", "Hà Ban"),
    ("**TM. ỦY BAN NHÂN DÂN TỈNH**\n\n**K/T CHỦ TỊCH**\n\n**PHÓ CHỦ TỊCH**\n\n*Đã ký*\n\n**TRẦN VĂN CỒN**",
     "Trần Văn Cồn"),
    ("*Nơi nhận:*\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, KGVX (2b).\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\n"
     "PHÓ THỦ TƯỚNG\n[đã ký]\nNguyễn Hòa Bình", "Nguyễn Hòa Bình"),
    # the role's words run together by OCR (Quyết định 2241/QĐ-TTg)
    ("Nơi nhận: THỦTƯỚNG bey,\n- Như Điều 4; “ees\n- TTg, PTTg Hồ Đức Phớc;\n- Lưu: VT, KTTH.\n\n§\n\nPham Minh Chính",
     "Pham Minh Chính"),
    # a family name OCR misread by one letter, on a line of the name alone (Thông báo 541/TB-VPCP), taken as read
    ("Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp;\nTrợ lý TTgCP; Cổng TTĐT;\n"
     "- Luu: VT, CN (2). 4\n\nNếuyên Sỹ Hiệp", "Nếuyên Sỹ Hiệp"),
    # no role line read at all: a name of three words alone after "Nơi nhận" (Quyết định 2239/QĐ-TTg)
    ("Nơi nhận:\n- Như Điều 3;\n- TTgCP, các PTTgCP;\n- VPCP: BTCN, các PCN, Trợ lý TTgCP,\nVPĐUCP, Vụ TCCV, TGĐ "
     "Cổng TTĐT;\n- Luu: VT, QHĐP (03b) S.Tùng. 20\n\nPHTạm Minh Chính", "PHTạm Minh Chính"),
    # with no role line, two words alone are a place as often as a name
    ("Nơi nhận:\n- UBND các tỉnh:\nCao Bằng\n- Lưu: VT.", None),
    # a damaged name is not a name ("Tân" is one letter from Trần, Tăng and Tôn); recipients are not signers
    ("Nơi nhận: KT. THỦ TƯỚNG\n- Như trên;\n- Lưu: Văn thư, NN (2) Tuynh\n\nTân Hồng Hà", None),
    ("Nơi nhận:\n- PTTgCP Bui Thanh Son (dé b/c);\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp;\n- Lưu: VT, KTTH (2).", None),
])
def test_signer_is_the_personal_name_under_the_role_block(closing, signer):
    body = "\n".join(f"{n}. Nhiệm vụ thứ {n} của các sở, ban, ngành." for n in range(1, 8))
    assert header_of(_sheet("Số: 193/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024") + f"\n{body}\n{closing}"
                     ).signer == signer


@pytest.mark.parametrize(("closing", "title"), [
    # the deputy's own title, not the principal's the deputy signs for ("KT. CHỦ TỊCH")
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP3.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Song Tùng",
     "Phó Chủ tịch"),
    ("| | **TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH** ***(Đã ký)*** **Hà Ban** |", "Chủ tịch"),
    ("Nơi nhận: THỦ TƯỚNG\n- Như trên;\n- VPCP: BTCN, các PCN, Trợ ly TTg, ,\n"
     "TGĐ Cổng TTĐT, các Vụ: NC, CN; Pham Minh Chính\n- Lưu: Văn thư, NN (2)", "Thủ tướng"),
    ("*Nơi nhận:*\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, KGVX (2b).\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\n"
     "PHÓ THỦ TƯỚNG\n[đã ký]\nNguyễn Hòa Bình", "Phó Thủ tướng"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nCao Anh Tuấn", "Thứ trưởng"),
    # only the principal is left ("KT. THỦ TƯỚNG"), or OCR debris on the role line: no title rather than a wrong one
    ("Nơi nhận: KT. THỦ TƯỚNG\n- Như trên;\n- Lưu: VT.\n\nTrần Hồng Hà", None),
    # Văn phòng Chính phủ's minister is "Bộ trưởng, Chủ nhiệm": both titles the principal's (Thông báo 541/TB-VPCP)
    ("Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- TTgCP, PTTg Bùi Thanh Sơn (dé b/c);\n- Luu: VT, CN (2). 4\n\n"
     "Nếuyên Sỹ Hiệp", None),
    ("Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n- Như trên;\n- Lưu: VT.\nPHÓ CHỦ NHIỆM\n\nNguyễn Sỹ Hiệp", "Phó Chủ nhiệm"),
    ("Noi nhận: 154 ` [RƯỚN: G, CHU NHIỆM. :\n- Như trên;\n- Lưu: VT, CN AVV.\n\nNguyễn Sỹ Hiệp", None),
])
def test_signer_title_is_the_signers_own(closing, title):
    body = "\n".join(f"{n}. Nhiệm vụ thứ {n} của các sở, ban, ngành." for n in range(1, 8))
    assert header_of(_sheet("Số: 193/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024") + f"\n{body}\n{closing}"
                     ).signer_title == title


@pytest.mark.parametrize("relative, block", [
    ("ninhbinh_ubnd_2024/193.txt", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Song Tùng"),
    ("nq57_nq03_program/official_texts/NQCP03_NQ03.md", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG [đã ký] Nguyễn Hòa Bình"),
])
def test_signature_span_holds_the_role_lines_and_the_name(relative, block):
    text = read(relative)
    start, end = signature_span(text, parse_header(text).signer)
    assert " ".join(text[start:end].split()).endswith(block)
    assert signature_span(text, "Nguyễn Văn Không Có") is None


@pytest.mark.parametrize("relative, first, last", [
    ("ninhbinh_ubnd_2024/706.txt", "Kính gửi: Bộ Chỉ huy Quân sự tỉnh", "Kính gửi: Bộ Chỉ huy Quân sự tỉnh"),
    # a dispatch's items, a wrapped item kept whole, up to the body's first paragraph (marks put back on loading)
    ("chinhphu_2025/186-cd.signed.txt", "THỦ TƯỚNG CHÍNH PHỦ điện:", "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia."),
])
def test_recipients_span_is_the_addressee_block(relative, first, last):
    text = read(relative)
    start, end = recipients_span(text)
    assert text[start:end].startswith(first) and text[start:end].endswith(last)


def test_addressees_are_the_names_without_the_label():
    text = read("chinhphu_2025/186-cd.signed.txt")
    start, end = recipients_span(text)
    assert addressees(text[start:end]).startswith("Chủ tịch Ủy ban nhân dân các tinh, thành phố khu vực Bắc Bộ và")
    assert "; Các Bộ: Quốc phòng, Công an" in addressees(text[start:end])
    assert addressees("Kính gửi: Bộ Chỉ huy Quân sự tỉnh") == "Bộ Chỉ huy Quân sự tỉnh"


def test_a_document_without_addressees_has_no_recipients_span():
    assert recipients_span(read("ninhbinh_ubnd_2024/193.txt")) is None


def test_text_without_a_header_gives_an_empty_header():
    # no number, type, issuer, date or signer; its heading line is all it says of itself (its title)
    line = "Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ"
    assert header_of(line) == Header(title=line)
    assert header_of("Tại Phiên họp, các đại biểu đã nghe báo cáo. Sau đó, Ban Chỉ đạo kết luận.") == Header()


@pytest.mark.parametrize("relative, title", [
    ("chinhphu_2025/2219-ttg.signed.txt", "kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam"),  # "Uy ban" in OCR
    ("chinhphu_2025/2243ttg.signed.txt", "Về việc thành lập Ban Quản lý các khu công nghiệp"),  # "Ban Quan lý"
    # "Về kiém-soat thương mại chiến lược": marks and the hyphen put right by the loader (corpus.marks)
    ("chinhphu_2025/259nd.signed.txt", "Về kiểm soát thương mại chiến lược"),
])
def test_ocr_titles_get_agency_marks_back_or_stay_blank(relative, title):
    read_title = header_of(read(relative)).title
    assert read_title == title if title is None else read_title.startswith(title)


def test_ocr_issuer_that_is_garbled_is_blank_not_shown():
    raw = (DATA / "chinhphu_2025/143-qd.signed.txt").read_text(encoding="utf-8")  # before the loader's mark fixes
    header = header_of(raw)  # "ỦY BAN QUỐC GIA / VE NGƯỜI CAO TUOI VIET NAM"
    assert header.issuer is None and header.doc_number == "143/QĐ-UBQGNCT"


def test_ocr_issuer_with_its_marks_put_back_is_shown():
    header = header_of(read("chinhphu_2025/143-qd.signed.txt"))  # the loader put "VỀ NGƯỜI CAO TUỔI VIỆT" back
    assert header.issuer == "Ủy ban Quốc gia về người cao tuổi Việt Nam"


@pytest.mark.parametrize("subject", ["V/v", "Viv", "Vlv", "V/V"])
def test_subject_line_opening_as_ocr_reads_it_is_not_part_of_the_title(subject):
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 188/CĐ-TTg\nHà Nội, ngày 06 tháng 10 năm 2025\nCÔNG ĐIỆN\n"
            f"{subject} chủ động ứng phó nguy cơ mưa lũ\n")  # 188-ttg.signed.txt reads "Viv"
    assert header_of(text).title == "chủ động ứng phó nguy cơ mưa lũ"


def test_stamp_noise_before_the_first_title_line_is_left_out():
    text = ("ỦY BAN QUỐC GIA\nSố: 143/QĐ-UBQGNCT\nHà Nội, ngày 08 tháng 10 năm 2025\nQUYẾT ĐỊNH\n"
            "MA... Ban hành Quy chế hoạt động\ncủa Ủy ban Quốc gia\n")  # 143-qd.signed.txt
    assert header_of(text).title == "Ban hành Quy chế hoạt động của Ủy ban Quốc gia"
    short = text.replace("Ban hành Quy chế hoạt động", "Ban hành")  # 2 words after the dots: stamp text too
    assert header_of(short).title == "của Ủy ban Quốc gia"


def test_title_with_a_stray_quote_is_blank_not_shown():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 189/CĐ-TTg\nHà Nội, ngày 06 tháng 10 năm 2025\nCÔNG ĐIỆN\n"
            'V/v tập trung phòng, chong lũ, "6 lũ ống, lũ quét, sạt lở đất ở Bắc Bộ\n')  # 189-ttg.signed.txt
    assert header_of(text).title is None and header_of(text.replace(' "6', "")).title is not None


def test_title_with_a_dot_joining_two_words_is_blank_not_shown():
    # Nghị định 260/2025/NĐ-CP as OCR read its subject: "… tại Biểu thuế xuất khẩu. theo Danh mục …, ban.hành kèm theo"
    assert header_of("NGHỊ ĐỊNH\nđối mức thuế suất thuế xuất khẩu tại Biểu thuế xuất khẩu. theo Danh mục mặt hàng\n").title \
        is None
    text = ("ỦY BAN NHÂN DÂN\nSố: 12/QĐ-UBND\nHà Nội, ngày 06 tháng 10 năm 2025\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Ban Chỉ đạo tại TP.HCM\n")
    assert header_of(text).title == "Về việc thành lập Ban Chỉ đạo tại TP.HCM"  # an abbreviation's dot is no speck


def test_title_is_cut_at_its_first_garbled_line():
    title = header_of(read("chinhphu_2025/323nq.signed.txt")).title
    assert title.endswith("Phó Trưởng Ban của Hội đồng nhân dân") and "tri-dai" not in title


@pytest.mark.parametrize("name, title", [
    ("BCD_phien_1.md", "Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng "
                       "tạo và chuyển đổi số"),
    ("NQCP03_NQ03_PL1_chi_tieu.md", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"),
    ("BCD_phien_2.md", None),  # "Key Points" is too short, then sentences: no heading line to title it
])
def test_text_without_header_block_is_titled_by_its_first_heading_line(name, title):
    from corpus.loaders import load
    from tests.data import SAMPLES
    [document] = load(SAMPLES.parent.parent / "evals" / "devdocs" / name)
    assert document.header.title == title
    assert document.header.doc_type is None and document.header.doc_number is None


@pytest.mark.parametrize("name, number, issued_on", [
    # "*(Ban hành kèm theo Thông tư số 57/2009/TT-BTC ngày24 tháng 3 năm 2009 của Bộ Tài chính)*" over the form's
    # blank "Số: ……", and Mẫu số 01/KK-XS's "*(Ban hành kèm theo Thông tư số 42/2009/TT-BTC ngày 09/03/2009 của Bộ
    # Tài chính)*": a form is part of the circular it is issued with
    ("57_2009_TT-BTC.md", "57/2009/TT-BTC", date(2009, 3, 24)),
    ("42_2009_TT-BTC.md", "42/2009/TT-BTC", date(2009, 3, 9)),
])
def test_form_issued_with_a_circular_carries_its_number(name, number, issued_on):
    from corpus.loaders import load
    from tests.data import SAMPLES
    [document] = load(SAMPLES.parent.parent / "evals" / "devdocs" / name)
    header = document.header
    assert (header.doc_number, header.doc_type, header.issuer, header.issued_on) == (
        number, "Thông tư", "Bộ Tài chính", issued_on)


@pytest.mark.parametrize("line", [
    "(Kèm theo công văn số       /BTC-CST ngày     /     /2025 của Bộ Tài chính)",  # a draft's blank number
    "(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)",
])
def test_an_annex_of_a_document_whose_number_is_blank_reads_no_number(line):
    header = parse_header(normalize(f"PHỤ LỤC\n\n{line}\n\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n\nNội dung của phụ lục."))
    assert header.doc_number is None


@pytest.mark.parametrize("line, title", [
    # Thông báo 537/TB-VPCP as the publisher's OCR gives it: the seal's debris, then "kcết luận của …"
    ("igi. C401 1025. kcết luận của Phó Thủ tướng Chính phủ Lê Thành Long",
     "Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại cuộc họp về tình hình triển khai dự án"),
    ("Kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn",
     "Kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại cuộc họp về tình hình triển khai dự án"),
    # legible words before it are the title's own
    ("Thông báo kết luận của Phó Thủ tướng Chính phủ Lê Thành Long",
     "Thông báo kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại cuộc họp về tình hình triển khai dự án"),
])
def test_a_notices_conclusion_title_is_read_past_the_seals_debris(line, title):
    text = ("VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 537/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025\n\ncn THONG BAO\n\n"
            f"{line}\n\ntại cuộc họp về tình hình triển khai dự án\n\nba.\n\nSáng ngày 01 tháng 10 năm 2025, …")
    assert parse_header(normalize(text)).title == title


def test_notice_537_reads_its_number_title_and_signer():
    from corpus.loaders import load
    from tests.data import SAMPLES
    [document] = load(SAMPLES / "chinhphu" / "537-tb.signed.txt")
    assert document.header.doc_number == "537/TB-VPCP"
    assert document.header.title.startswith("Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại cuộc họp về")


def test_signer_after_the_typists_filing_code_on_the_same_line():
    # the close of Quyết định 968/QĐ-UBND (Ninh Bình) as Tesseract reads the scan: the typist's code, then the name
    tail = ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết "
            "định này./ #x\n\nNơi nhận: CHỦ TỊCH\n- Như Điều 3;\n\n- Ban Thường vụ Tỉnh ủy; é / )\n\n"
            "- Thường trực HĐND tỉnh;\n- Lưu: VT, các VP.\nLQ_VP7_NV.2024 Phạm Quang Ngọc")
    header = parse_header(normalize(_sheet("Số: 968/QĐ-UBND Ninh Bình, ngày 04 tháng 11 năm 2024", "QUYẾT ĐỊNH",
                                           "Phê chuẩn kết quả bầu chức vụ Chủ tịch") + "\n\n" + tail))
    assert (header.signer, header.signer_title) == ("Phạm Quang Ngọc", "Chủ tịch")


def test_consolidated_text_is_named_by_the_document_it_consolidates():
    """A văn bản hợp nhất's own "Số: …/VBHN-BQP" is at its end (OCR: "Số: # /VBHN-BQP"); its opening paragraph names
    the document it reproduces (75-vbhn-bqp.txt, chinhphu_2025, as the publisher's OCR reads it)."""
    text = ("CONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNGHỊ ĐỊNH\n"
            "Quy định trình tự, thủ tục đăng ký và chế độ,\nchính sách của công dân trong thời gian đăng ký,\n"
            "khám, kiểm tra sức khỏe nghĩa vụ quân sự\n\n"
            "Nghị định số 13/2016/NĐ-CP ngày 19 tháng 02 năm 2016 của Chính\n"
            "phủ quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công dân\n"
            "trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự, có hiệu lực\n"
            "thi hành từ ngày 08 tháng 4 năm 2016, được sửa đổi, b6 sung bởi:\n\n"
            "Nghị định số 220/2025/NĐ-CP ngày 07 tháng § năm 2025 của Chính phủ\n")
    header = header_of(text)
    assert (header.doc_number, header.doc_type, header.issued_on) == ("13/2016/NĐ-CP", "Nghị định", date(2016, 2, 19))


@pytest.mark.parametrize("top, signed", [
    # the publisher's stamps above the consolidations of chinhphu_2025 (evals/devdocs), as its OCR reads them
    ("Ký bởi: BỘ TÀI CHÍNH\nCơ quan: 28 Trần Hưn ng Đạo\nThời gian ký: 09/10/2025 14: 31:52 +07:00\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", date(2025, 10, 9)),  # 40-vbhn-btc.txt
    ("Ký bởi: BO QUOC PHÒNG\nNgày ký: 07-10-2025\n13:32:22 +07:00\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     date(2025, 10, 7)),  # 75-vbhn-bqp.txt
    # no stamp: a date in the body is the document's own, never a signing stamp
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 07 tháng 8 năm 2025", None),
])
def test_the_signing_stamp_above_a_published_text(top, signed):
    from corpus.headers import signing_stamp
    stamp = signing_stamp(normalize(top))
    assert (stamp[0] if stamp else None) == signed
    if stamp:
        assert normalize(top)[stamp[1]:stamp[2]].split(":")[0] in ("Thời gian ký", "Ngày ký")


def test_a_cited_document_with_its_amendments_is_no_consolidation_when_the_header_has_a_number():
    text = ("CHÍNH PHỦ\nSố: 220/2025/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 07 tháng 8 năm 2025\n\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều\n\n"
            "Nghị định số 13/2016/NĐ-CP ngày 19 tháng 02 năm 2016 của Chính phủ, được sửa đổi, bổ sung bởi:\n")
    assert header_of(text).doc_number == "220/2025/NĐ-CP"


# Signature rows of joint circulars (Thông tư liên tịch), as evals/devdocs holds them: one cell per signing ministry.
JOINT_ROWS = [
    ("| **KT. BỘ TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG TRUNG TƯỚNG   *(Đã ký)*   Đặng Văn Hiếu** | **KT. BỘ TRƯỞNG BỘ TÀI CHÍNH "
     "THỨ TRƯỞNG   *(Đã ký)*   Đỗ Hoàng Anh Tuấn** |",  # 123/2008/TTLT-BTC-BCA
     [("Đặng Văn Hiếu", "Bộ Công an"), ("Đỗ Hoàng Anh Tuấn", "Bộ Tài chính")]),
    ("| **KT. BỘ TRƯỞNG BỘ CÔNG AN**  **THỨ TRƯỚNG**  (Đã ký)  **Nguyễn Khánh Toàn** | **KT. BỘ TRƯỞNG BỘ TÀI CHÍNH "
     "THỨ TRƯỞNG**  (Đã ký)  **Phạm Văn Trọng** |",  # 89/2001/TTLT-BTC-BCA: "TRƯỚNG" as typed
     [("Nguyễn Khánh Toàn", "Bộ Công an"), ("Phạm Văn Trọng", "Bộ Tài chính")]),
    ("| **KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG THỨ TRƯỞNG  (Đã ký)   Thượng tướng Lê Hữu Đức** | **KT. BỘ TRƯỞNG BỘ TÀI CHÍNH "
     "THỨ TRƯỞNG  (Đã ký)   Đỗ Hoàng Anh Tuấn** |",  # 212/2013/TTLT-BTC-BQP: a rank before the name
     [("Lê Hữu Đức", "Bộ Quốc phòng"), ("Đỗ Hoàng Anh Tuấn", "Bộ Tài chính")]),
    ("| **KT. BỘ TRƯỞNG BỘ NỘI VỤ THỨ TRƯỞNG *(Đã ký)***  **Nguyễn Duy Thăng** | **KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ "
     "TRƯỞNG *(Đã ký)***  **Đỗ Hoàng Anh Tuấn** |",  # 19/2009/TTLT-BTC-BNV
     [("Nguyễn Duy Thăng", "Bộ Nội vụ"), ("Đỗ Hoàng Anh Tuấn", "Bộ Tài chính")]),
    # one signer beside the addressees: no joint signature
    ("| ***Nơi nhận:*** - Như Điều 3; - Lưu: VT. | **KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Tống Quang Thìn** |", []),
]


@pytest.mark.parametrize(("row", "expected"), JOINT_ROWS)
def test_joint_signatures_read_each_ministrys_block(row, expected):
    text = normalize("Trong quá trình thực hiện nếu có vướng mắc, đề nghị phản ánh về liên Bộ./.\n\n|  |  |\n| --- | --- |\n"
                     + row + "\n")
    found = joint_signatures(text)
    assert [(s.name, s.body) for s in found] == expected
    for s in found:
        assert (s.title, s.principal, s.how) == ("Thứ trưởng", "Bộ trưởng", "ký thay")
        assert text[s.start:s.end].startswith("**KT.") and text[s.start:s.end].endswith(s.name)


# Thông tư 24/2000/TT-BTC (tax_vbpl): an old-style title in capitals after the type line, the signer named with "(Đã ký)"
# and no title; the "THỦ TƯỚNG" inside the title is no signer's role.
OLD_STYLE = ("| **BỘ TÀI CHÍNH** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** |\n"
             "| Số: 24/2000/TT-BTC | *Hà Nội, ngày 30 tháng 3 năm 2000* |\n\n**THÔNG TƯ**\n\n"
             "BỘ TÀI CHÍNH SỐ 24/2000/TT-BTC NGÀY 30 THÁNG 3 NĂM 2000 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 08/2000/QĐ-TTG "
             "NGÀY 17/1/2000 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC MIỄN, GIẢM THUẾ THU NHẬP DOANH NGHIỆP\n\n"
             "*Căn cứ Quyết định số 08/2000/QĐ-TTg ngày 17/1/ 2000 của Thủ tướng Chính phủ.*\n\n"
             "Thông tư này có hiệu lực từ ngày 17 tháng 1 năm 2000.\n\n|  |  |\n| --- | --- |\n"
             "|  | **Phạm Văn Trọng**  (Đã ký) |")


def test_old_style_capital_title_and_a_name_signed_without_title():
    header = header_of(OLD_STYLE)
    assert header.title.startswith("Hướng dẫn thực hiện quyết định số 08/2000/QĐ-TTG ngày 17/1/2000")
    assert (header.signer, header.signer_title) == ("Phạm Văn Trọng", None)


@pytest.mark.parametrize("closing, name, title", [
    # Dự thảo Thông tư BGDĐT (chinhphu_2025): OCR specks before "KT. BO TRUONG", the name glued after the filing line
    ("A a KT. BO TRUONG\n- Van phon phủ; , 2\n- Văn Phòng Quốc hội; THU TRƯỜNG\n\n- Công báo;\n\n"
     "- Lưu: VT, Vụ PC, Cục QLCL. Phạm Ngọc Thưởng", "Phạm Ngọc Thưởng", "Thứ trưởng"),
    # Thông báo 537/TB-VPCP (chinhphu_2025): the OCR reads "Đồ" for the family name Đỗ
    ("Nơi nhận: ; KT. BO TRUONG, CHU NHIEM\n- TTgCP, các PTTg CP (dé b/c); : PHO CHỦ NHIEM\n\n- Lưu: VT, KOVXoo,\n\n"
     "Đồ Ngọc Huỳnh", "Đồ Ngọc Huỳnh", "Phó Chủ nhiệm"),
])
def test_signer_read_through_ocr_of_the_signature_block(closing, name, title):
    body = "\n".join(f"Đoạn {i} của văn bản có nội dung." for i in range(60))
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/2025/TT-BGDĐT Hà Nội, ngày 06 tháng 10 năm 2025\nTHÔNG TƯ\nQuy định tổ chức thi\n\n"
            f"{body}\n\n{closing}\n\n" + "\n".join(f"Phụ lục dòng {i}" for i in range(60)))
    header = header_of(text)
    assert (header.signer, header.signer_title) == (name, title)


def test_a_rank_before_the_signers_name_under_the_recipients():
    # văn bản hợp nhất 76/VBHN-BQP (chinhphu_2025): no role line survived the OCR, the rank stands before the name
    body = "\n".join(f"Điều {i}. Nội dung của điều." for i in range(30))
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNGHỊ ĐỊNH\nQuy định ngành, nghề\n\n"
            f"{body}\n\nBO QUOC PHONG XÁC THUC VAN BẢN HỢP NHAT\nSố: 76 /VBHN-BQP\n\nNơi nhận:\n\n- Lãnh đạo Bộ Quốc "
            "phòng;\n\n- Lưu: VT, NCTH. Duong79.\n\nĐại tướng Nguyễn Tân Cương\n")
    assert header_of(text).signer == "Nguyễn Tân Cương"


@pytest.mark.parametrize("text, named", [
    ("1. Chủ tịch Ủy ban: Phó Thủ tướng Chính phủ Lê Thành Long.", True),  # Quyết định 2219/QĐ-TTg
    ("Nguyễn Sỹ Hiệp", True),
    ("Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam ban hành Quy chế hoạt động", False),
])
def test_a_person_is_named_by_a_family_name_and_a_capitalised_word(text, named):
    from corpus.headers import names_person
    assert names_person(text) is named


def test_a_head_cell_whose_rule_is_a_run_of_stars_reads_its_number():
    # Thông tư 111/2005/TT-BTC as converted to markdown: the rule under "BỘ TÀI CHÍNH" is escaped stars, read as
    # "BỘ TÀI CHÍNH*******Số: 111/2005/TT-BTC" once the escapes are dropped
    head = header_of("| | |\n| --- | --- |\n| BỘ TÀI CHÍNH*******Số: 111/2005/TT-BTC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                     "VIỆT NAM Độc lập - Tự do - Hạnh phúc********Hà Nội, ngày 13 tháng 12 năm 2005* |\n\n"
                     "**THÔNG TƯ**\n\n**Hướng dẫn về thuế giá trị gia tăng và thuế thu nhập doanh nghiệp đối với lĩnh "
                     "vực kinh doanh bảo hiểm**")
    assert (head.doc_number, head.issuer, head.issued_on) == ("111/2005/TT-BTC", "Bộ Tài chính", date(2005, 12, 13))


def test_a_signature_stamp_before_a_sample_forms_recipients_is_the_signature():
    """Thông tư 69/2002/TT-BTC (evals/devdocs): signed "(Đã ký) Trương Chí Trung" with no "Nơi nhận", then its sample
    forms, one a Cục trưởng's Quyết định with its own "Nơi nhận: CỤC TRƯỞNG CỤC THUẾ": the first "Nơi nhận" is the
    form's, the signature is the stamp's."""
    from corpus.loaders import load
    from tests.data import SAMPLES
    [document] = load(SAMPLES.parent.parent / "evals" / "devdocs" / "69_2002_TT-BTC.md")
    assert (document.header.signer, document.header.signer_title) == ("Trương Chí Trung", "Thứ trưởng")
