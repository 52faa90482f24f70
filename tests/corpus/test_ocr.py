"""OCR of real scanned government documents: header fields read by hand from the scans, page-by-page decisions on a
mixed PDF with a rotated scanned page, the cache by file hash, header misreading fixes, and the missing-tool error."""
from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from corpus.errors import MissingTool, NeedsOcr, NotFound
from corpus.loaders import load
from corpus.ocr import Ocr, page_png
from corpus.ocr_fixes import fix_ocr_header, reconcile_number
from tests.conftest import SCANS, needs_tesseract
from tests.data import DATA, SAMPLES

# Read by hand from the scans; the number and day are written in by hand on 195 and 2239.
EXPECTED = {
    "195-ttg.signed.pdf": ("195/CĐ-TTg", "Công điện", date(2025, 10, 11), "Thủ tướng Chính phủ"),
    "9768-cn.signed.pdf": ("9768/VPCP-CN", "Công văn", date(2025, 10, 10), "Văn phòng Chính phủ"),
    "2239ttg.signed.pdf": ("2239/QĐ-TTg", "Quyết định", date(2025, 10, 11), "Thủ tướng Chính phủ"),
    "9787-cn.signed.pdf": ("9787/VPCP-CN", "Công văn", date(2025, 10, 10), "Văn phòng Chính phủ"),
}


@pytest.fixture(scope="module")
def ocr(ocr_cache) -> Ocr:
    return Ocr(ocr_cache)


@needs_tesseract
@pytest.mark.parametrize("path", SCANS, ids=lambda p: p.name)
def test_scanned_document_header_fields_are_read_right(path, ocr):
    document = load(path, ocr=ocr.read)[0]
    header = document.header
    assert (header.doc_number, header.doc_type, header.issued_on, header.issuer) == EXPECTED[path.name]
    assert all(page.ocr_confidence is not None and page.ocr_confidence > 0.8 for page in document.pages)


@needs_tesseract
def test_scan_text_goes_through_the_same_normalisation(ocr):
    text = load(SCANS[0], ocr=ocr.read)[0].text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số:" in text
    assert "phối hợp chặt chẽ với Bộ Công an chỉ đạo các lực lượng chức năng" in text


def _mixed_pdf() -> bytes:
    """A born-digital page followed by a scanned page turned a quarter, as in a badly fed scanner."""
    writer = PdfWriter()
    writer.add_page(PdfReader(SAMPLES / "ninhbinh" / "706.pdf").pages[0])
    writer.add_page(PdfReader(DATA / "chinhphu_2025" / "9768-cn.signed.pdf").pages[0])
    writer.pages[1].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@needs_tesseract
def test_mixed_pdf_ocrs_only_its_scanned_page_and_turns_it_upright(ocr, tmp_path):
    path = tmp_path / "mixed.pdf"
    path.write_bytes(_mixed_pdf())
    asked = []

    def read(data, numbers, name):
        asked.append(list(numbers))
        return ocr.read(data, numbers, name)

    document = load(path, ocr=read)[0]
    assert asked == [[2]]
    first, second = document.pages
    assert first.ocr_confidence is None and second.ocr_confidence > 0.8
    assert "tuyến đường bộ cao tốc Vĩnh Hảo - Phan Thiết" in document.text[second.start:second.end]
    stored = json.loads((ocr.cache_dir / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json").read_text())
    assert list(stored["pages"]) == ["2"] and stored["pages"]["2"]["rotation"] == 270


@needs_tesseract
def test_cache_by_file_hash_avoids_reading_a_scan_twice(ocr, ocr_cache):
    data = SCANS[1].read_bytes()
    first = ocr.read(data, [1], SCANS[1].name)
    again = Ocr(ocr_cache)
    assert again.read(data, [1], SCANS[1].name) == first and again.recognised == 0
    stored = json.loads((ocr_cache / f"{hashlib.sha256(data).hexdigest()}.json").read_text(encoding="utf-8"))
    assert set(stored["pages"]["1"]) == {"number", "text", "confidence", "rotation", "skew"}
    assert Ocr(ocr_cache, dpi=200)._cached(hashlib.sha256(data).hexdigest()) == {}  # other settings: read again


@needs_tesseract
def test_progress_counts_pages(ocr):
    calls = []
    ocr.read(SCANS[0].read_bytes(), [1], SCANS[0].name, lambda *call: calls.append(call))
    assert calls[0][0] == "ocr" and calls[-1] == ("ocr", 1, 1)


def test_without_tesseract_a_scan_gets_a_vietnamese_error(tmp_path):
    with pytest.raises(MissingTool, match="tesseract-ocr-vie"):
        load(SCANS[0], ocr=Ocr(tmp_path, lang="khongco").read)
    with pytest.raises(NeedsOcr, match="cần OCR"):
        load(SCANS[0])


def test_garbage_text_layer_is_replaced_by_ocr_only_where_it_is_garbage():
    asked = []

    def read(data, numbers, name):  # records the decision; recognition itself is tested above
        asked.extend(numbers)
        return {}

    load(DATA / "ninhbinh_ubnd_2024" / "968.pdf", ocr=read)
    assert asked == [1]


def test_page_image_is_a_png_of_the_page(tmp_path):
    png = page_png(SCANS[0], 1)
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    with pytest.raises(NotFound, match="không có trang 2"):
        page_png(SCANS[0], 2)
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(NotFound, match="không phải PDF"):
        page_png(not_pdf, 1)


@pytest.mark.parametrize("noisy, fixed", [
    ("S6:323 /NQ-CP", "Số: 323 /NQ-CP"),
    ("Sé: 15/QĐ-TTg", "Số: 15/QĐ-TTg"),
    ("S&: 7/CT-TTg", "Số: 7/CT-TTg"),
    ("Sô: 9757/VPCP-CN", "Số: 9757/VPCP-CN"),
    ("Số:2233 /QĐÐ-TTg", "Số: 2233 /QĐ-TTg"),
    ("Số: 2O5/QĐ-UBND", "Số: 205/QĐ-UBND"),
    ("Hà Nội, ngày 06 tháng 40 năm 2025", "Hà Nội, ngày 06 tháng 10 năm 2025"),
    ("Hà Nội, ngày TÌ tháng 1Ô năm 2025", "Hà Nội, ngày 11 tháng 10 năm 2025"),
    ("Hà Nội, ngày l2 tháng O9 năm 2025", "Hà Nội, ngày 12 tháng 09 năm 2025"),
    ("CONG HOA XÃ HOI CHU NGHIA VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("THỦ TƯỚNG CHÍNH PHỦ CONG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Độc lap - Tu do - Hanh phuc", "Độc lập - Tự do - Hạnh phúc"),
])
def test_header_misreadings_are_corrected(noisy, fixed):
    assert fix_ocr_header(noisy) == fixed


@pytest.mark.parametrize("clean", [
    "Số: 193/KH-UBND", "Hà Nội, ngày 11 tháng 10 năm 2025", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Sở Tài chính chủ trì", "ngày 45 tháng 13 năm 2025",
])
def test_clean_header_lines_pass_unchanged(clean):
    assert fix_ocr_header(clean) == clean


def test_only_header_lines_are_touched():
    body = "\n".join(["dòng"] * 30 + ["S6: 1/QĐ-TTg"])
    assert fix_ocr_header(body) == body


@pytest.mark.parametrize("number, name, expected", [
    ("495/CĐ-TTg", "195-ttg.signed", "195/CĐ-TTg"),  # a hand-written 1 read as 4
    ("2233/QĐ-TTg", "2239ttg.signed", "2239/QĐ-TTg"),
    # one digit lost: Quyết định of the Prime Minister dated 06/10/2025 are numbered about 2200 (2216 on 07/10)
    ("179/QĐ-TTg", "2179-ttg.signed", "2179/QĐ-TTg"),
    ("179/QĐ-TTg", "1790-ttg.signed", "1790/QĐ-TTg"),
    ("179/QĐ-TTg", "21790-ttg.signed", "179/QĐ-TTg"),  # two digits more: not the same serial
    ("17/QĐ-TTg", "2179-ttg.signed", "17/QĐ-TTg"),
    ("193/KH-UBND", "193", "193/KH-UBND"),
    ("30/CT-TTg", "30-ttg.signed", "30/CT-TTg"),
    # a short serial is kept: the file name numbers the publisher's listing (Thông tư 49/2025/TT-BKHCN in 19-bkhcn)
    ("49/2025/TT-BKHCN", "19-bkhcn", "49/2025/TT-BKHCN"),
    ("2/2025/TT-BKHCN", "20-bkhcn", "2/2025/TT-BKHCN"),
    (None, "195-ttg", None),
])
def test_misread_serial_is_reconciled_with_the_file_name(number, name, expected):
    assert reconcile_number(number, name) == expected


# Header lines of the publisher's scans (corpus/samples/chinhphu) whose hand-written serial OCR read as junk.
@pytest.mark.parametrize("line, name, expected", [
    ("Số: 4# /CĐ-TTp Hà Nội, ngày OF thang 10 năm 2025", "187-ttg.signed", "187/CĐ-TTg"),  # "TTp" mended by "ttg"
    ("Số: 4555+ /BTC-PTHT Hà Nội, ngày OF tháng 40ndm 2025", "15557btc.signed", "15557/BTC-PTHT"),
    ("Số: #©“⁄/QÐ-TTg Hà Nội, ngày 08 tháng 10 năm 2025", "2222ttg.signed", "2222/QĐ-TTg"),
    ("Số: 222% /QĐ-TTg Hà Nội, ngày03 tháng10năm 2025", "2227-ttg.signed", "2227/QĐ-TTg"),
    ("S6:22H /QD-TTg Hà Nội, ngày thang 10 năm 2025", "2241ttg.signed", "2241/QĐ-TTg"),
    # nothing supports a number: letters that are no part of the symbol, a short number, a number far from what
    # was read, a year, a serial left blank (a draft), a serial read whole (kept as read)
    ("Số: 4# /CĐ-TTp Hà Nội, ngày OF thang 10 năm 2025", "187-btc.signed", None),
    ("Số: 4# /CĐ-TTg Hà Nội, ngày 05 tháng 10 năm 2025", "18-ttg.signed", None),
    ("Số: 4# /CĐ-TTg Hà Nội, ngày 05 tháng 10 năm 2025", "18700-ttg.signed", None),
    ("Số: 4555+ /BTC-PTHT Hà Nội, ngày 07 tháng 10 năm 2025", "36557btc.signed", None),
    ("Số: 20#5/2025/TT-BTC Hà Nội, ngày tháng năm 2025", "du-thao-btc-2025", None),
    ("Số: /2025/TT-BTC Hà Nội, ngày tháng năm 2025", "du-thao-thong-tu-btc-2025", None),
    ("Số: 2216/QĐ-TTg Hà Nội, ngày 07 tháng 10 năm 2025", "2239ttg.signed", "2216/QĐ-TTg"),
    # Thông báo 537/TB-VPCP: "Số: 5" lost, the rest at the head of the date line; the file name's serial with the
    # lost digit in front, its letters part of the symbol
    ("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", "537-tb.signed", "537/TB-VPCP"),
    ("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", "537-ttg.signed", None),  # "ttg" is no part of "TB-VPCP"
    ("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", "541-tb.signed", None),  # 541 is not 37 with a digit lost
    ("37/TB-VPCP Hà Nội", "537-tb.signed", None),  # no date on the line: no header's number line
])
def test_unread_serial_takes_the_file_names_when_it_agrees(line, name, expected):
    from corpus.headers import parse_header, unread_number
    text = f"THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{line}\nQUYẾT ĐỊNH\nVề việc hỗ trợ kinh phí"
    assert reconcile_number(parse_header(text).doc_number, name, unread_number(text)) == expected


def test_body_dates_whose_month_and_year_words_lost_their_marks_are_read_again():
    from corpus.deadlines import find_deadlines
    from corpus.ocr_fixes import fix_date_marks
    # Thông báo 541/TB-VPCP as the publisher's OCR gives it
    noisy = "viện PVN quyết định đầu tư; hoàn thành trước ngày 15 thang 10 nam 2025. (ii)"
    fixed = fix_date_marks(noisy)
    assert fixed == "viện PVN quyết định đầu tư; hoàn thành trước ngày 15 tháng 10 năm 2025. (ii)"
    assert len(fixed) == len(noisy)
    assert [d.normalized for d in find_deadlines(fixed)] == ["2025-10-15"]
    assert fix_date_marks("Nam Định, ngày 15 tháng 10 năm 2025") == "Nam Định, ngày 15 tháng 10 năm 2025"


@pytest.mark.parametrize("noisy, fixed", [
    # Công điện 192/CĐ-TTg: the forbidden acts' sentence
    ("chính toàn câu. Nghiêm cắm và thanh tra, xử lý nghiêm", "chính toàn câu. Nghiêm cấm và thanh tra, xử lý nghiêm"),
    ("4. Thiết lập và quản ly chặt ché các khu vực cắm bay, han chế bay",
     "4. Thiết lập và quản ly chặt ché các khu vực cấm bay, han chế bay"),  # Nghị quyết 306/NQ-CP
    ("khác thì hủy kết quả, cắm thi 02 năm", "khác thì hủy kết quả, cấm thi 02 năm"),  # a draft of Bộ GD&ĐT
    ("chủ sở hữu công ty là cá nhân ma bi Tòa án cắm hành nghẻ,", "chủ sở hữu công ty là cá nhân ma bi Tòa án cấm hành nghẻ,"),
    ("a) Không thuộc đối tượng bị cắm thành lập và quản lý doanh nghiệp",
     "a) Không thuộc đối tượng bị cấm thành lập và quản lý doanh nghiệp"),  # 40/VBHN-BTC
    ("- Khu vực cắm dân cư là khu vực bao quanh", "- Khu vực cấm dân cư là khu vực bao quanh"),  # 20-bkhcn
    # "cắm" meant: to plant a marker, a sign, a camp
    ("5. Các khu vực nước sâu, vùng có nguy cơ mat an toàn phải được cắm\nbiển cảnh báo",
     "5. Các khu vực nước sâu, vùng có nguy cơ mat an toàn phải được cắm\nbiển cảnh báo"),  # Nghị định 258/2025
    ("Cắm mốc giới theo quy hoạch", "Cắm mốc giới theo quy hoạch"),
    ("khu vực cắm trại của thanh niên", "khu vực cắm trại của thanh niên"),
    ("xin phép cắm thiết bị đo", "xin phép cắm thiết bị đo"),
])
def test_a_ban_that_ocr_read_as_planting_is_read_as_a_ban(noisy, fixed):
    from corpus.ocr_fixes import fix_forbid_marks
    assert fix_forbid_marks(noisy) == fixed
    assert len(fix_forbid_marks(noisy)) == len(noisy)


@pytest.mark.parametrize("cell, clean", [
    # cells of the scanned Phụ lục of 2230/QĐ-TTg where the seal overlaps the table (Tesseract, cell by cell)
    ('Bộ Xây dựng, các bổ,"": ngành, địa phương liên quan', "Bộ Xây dựng, các bổ, ngành, địa phương liên quan"),
    ('° _ _"-.{ Hãng năm', "Hãng năm"),
    ("r VÀ ©a TT Phối hợp thực hiện ~'", "r VÀ ©a TT Phối hợp thực hiện"),
    # what a cell may hold stays
    ("khoa học - công nghệ", "khoa học - công nghệ"), ("Giai đoạn 2025- 2030", "Giai đoạn 2025- 2030"),
    ('Đề án "Phát triển" (nếu có)...', 'Đề án "Phát triển" (nếu có)...'), ("R & D, 5 %", "R & D, 5 %"),
    ("Quý I/2025", "Quý I/2025"), ("✓", "✓"), ("• Sở Tài chính", "• Sở Tài chính"),
])
def test_a_stamps_specks_are_cleaned_from_scanned_table_cells(cell, clean):
    from corpus.ocr_fixes import clean_cell

    assert clean_cell(cell) == clean


def test_only_table_rows_are_cleaned_and_an_empty_tt_cell_stays():
    from corpus.ocr_fixes import fix_table_specks

    text = "Phụ lục: ° số 5\n| TT | Nhiệm vụ |\n|---|\n| | Tổ chức ° thực hiện |\n| 5 | Xây dựng |"
    assert fix_table_specks(text) == ("Phụ lục: ° số 5\n| TT | Nhiệm vụ |\n|---|\n|  | Tổ chức thực hiện |\n"
                                      "| 5 | Xây dựng |")
