"""The OCR mark corrector (corpus.marks.OcrCorrector over the bundled counts, corpus/syllables.tsv.gz) on lines read
by Tesseract and by the publisher's OCR of signed scans, on words whose rarer form is right, and where the loaders
apply it."""
from __future__ import annotations

import math

import pytest

from corpus.loaders import load
from corpus.marks import (
    VOCABULARY_FILE,
    OcrCorrector,
    correct_ocr,
    count_syllables,
    ocr_corrector,
    read_counts,
    write_counts,
)
from corpus.ocr_fixes import fix_ocr_marks
from tests.data import DATA, SAMPLES


@pytest.mark.parametrize("read, right", [
    # Tesseract on the scanned Phụ lục of 193/KH-UBND (tests/fixtures/tables/193-scan.pdf)
    ("quy định một sô chính sách trông, chăm sóc", "quy định một số chính sách trông, chăm sóc"),
    ("Ngay sau khi có Nghị quyêt của HĐND tỉnh", "Ngay sau khi có Nghị quyết của HĐND tỉnh"),
    ("Giữ gìn, phát huy giá trị của các cây cô thụ", "Giữ gìn, phát huy giá trị của các cây cổ thụ"),
    ("Phối hợp với cơ quan có thầm quyên điều tra", "Phối hợp với cơ quan có thẩm quyền điều tra"),
    ("CÁC NHIỆM VỤ TRỌNG TÂM THỤC HIỆN CHÍ THỊ SỐ 20", "CÁC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHỈ THỊ SỐ 20"),
    # the publisher's OCR of signed scans (corpus/samples/chinhphu)
    ("V/v chủ động ứng phó bão so 11 năm 2025", "V/v chủ động ứng phó bão số 11 năm 2025"),
    ("Về các giải pháp thúc đây sản xuất kinh doanh", "Về các giải pháp thúc đẩy sản xuất kinh doanh"),
    ("Về việc khan trương rà soát, báo cáo", "Về việc khẩn trương rà soát, báo cáo"),
    ("hoạt động sẵn xuất, kinh doanh than", "hoạt động sản xuất, kinh doanh than"),
    ("Két luận của Phó Thủ tướng Chính phủ", "Kết luận của Phó Thủ tướng Chính phủ"),
    ("Sửa đổi, bố sung một số điều của Nghị định", "Sửa đổi, bổ sung một số điều của Nghị định"),
    ("quy định chỉ tiết một số điều của Luật", "quy định chi tiết một số điều của Luật"),
    ("VE NGƯỜI CAO TUOI VIET NAM", "VỀ NGƯỜI CAO TUỔI VIỆT NAM"),
])
def test_misread_marks_are_put_back(read, right):
    assert correct_ocr(read) == right


@pytest.mark.parametrize("right", [
    # the same letters under other marks, where the form read is the right one and must stay
    "Bộ trưởng chỉ đạo các đơn vị", "cắt giảm chi tiêu thường xuyên", "Đây là nhiệm vụ trọng tâm",
    "tình trạng khan hiếm hàng hóa", "bố trí kinh phí thực hiện", "sẵn sàng ứng phó", "tăng 5% so với năm 2024",
    "các cô giáo", "hợp tác với Hàn Quốc", "hàn the trong thực phẩm", "thời hạn nộp hồ sơ", "đâu là giải pháp",
    "trông coi tài sản", "bàn bạc", "cây cổ thụ",
    # letters OCR got wrong ("mé" for "mở") are not guessed at
    "Ban Chỉ đạo Lễ mé ký",
])
def test_right_words_stay(right):
    assert correct_ocr(right) == right


def test_a_speck_read_as_a_letter_is_dropped_but_a_lettered_point_stays():
    assert correct_ocr("Ban hành kế hoạch triển khai i Nghị quyết số 188") == \
        "Ban hành kế hoạch triển khai Nghị quyết số 188"  # 318/NQ-CP as the publisher's OCR read it
    assert correct_ocr("theo điểm a khoản 1 Điều 5") == "theo điểm a khoản 1 Điều 5"


def test_syllables_joined_by_a_hyphen_are_apart_again():
    assert correct_ocr("= Về kiém-soat thương mại chiến lược") == "= Về kiểm soát thương mại chiến lược"  # 259/NĐ-CP
    assert correct_ocr("tỉnh Bà Rịa-Vũng Tàu, gửi e-mail") == "tỉnh Bà Rịa-Vũng Tàu, gửi e-mail"


def test_case_spacing_and_punctuation_are_kept():
    assert correct_ocr("Két  luận:\n- bố sung; SÔ 5") == "Kết  luận:\n- bổ sung; SỐ 5"


def test_quarter_numerals_read_as_digits_are_roman_again():
    assert fix_ocr_marks("Quý 1/2025") == "Quý I/2025"
    assert fix_ocr_marks("quý 11 năm 2025; Quý 1V/2026") == "quý II năm 2025; Quý IV/2026"
    assert fix_ocr_marks("Quý 2/2025, quý 1 của kế hoạch") == "Quý 2/2025, quý 1 của kế hoạch"


def test_only_the_first_lines_are_corrected_when_asked():
    assert fix_ocr_marks("bão so 11\nbão so 11", 1) == "bão số 11\nbão so 11"


def test_written_text_is_not_taken_for_ocr_output():
    corrector = ocr_corrector()
    assert not corrector.looks_misread(load(SAMPLES / "nq57" / "NQ57_bangoc.md")[0].text)
    assert not corrector.looks_misread("Kế hoạch hợp tác với Đại học São Paulo.")  # one odd word is no sign
    assert corrector.looks_misread((DATA / "chinhphu_2025" / "186-cd.signed.txt").read_text(encoding="utf-8"))


def test_written_plain_text_is_loaded_as_written(tmp_path):
    # the corrector would make "đợt mưa" "đột mưa" ("đột phá" is far commoner): text that is not OCR is left alone
    assert correct_ocr("Đây là đợt mưa lớn") != "Đây là đợt mưa lớn"
    text = "Công điện về ứng phó bão.\nĐây là đợt mưa lớn, diện rộng."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert load(tmp_path / "a.txt")[0].text == text


def test_ocr_plain_text_gets_its_header_block_corrected():
    [document] = load(DATA / "chinhphu_2025" / "186-cd.signed.txt")
    assert "bão số 11 năm 2025" in document.text and document.header.title == "chủ động ứng phó bão số 11 năm 2025"


def test_counts_leave_out_legacy_encoded_lines_and_survive_a_round_trip(tmp_path):
    unigrams, bigrams = count_syllables(["Thực hiện kế hoạch.\nT«i xin cam ®oan sè liÖu kª khai"], ["khẩn trương"])
    assert unigrams["kế"] == 1 and "sè" not in unigrams and bigrams[("khẩn", "trương")] == 2
    write_counts(tmp_path / "c.tsv.gz", unigrams, bigrams)
    assert read_counts(tmp_path / "c.tsv.gz") == (unigrams, bigrams)
    corrector = OcrCorrector(unigrams, bigrams, change_cost=math.log(10))  # a tiny vocabulary: little evidence
    assert corrector.correct("khan trương") == "khẩn trương"


def test_bundled_counts_are_whole():
    unigrams, bigrams = read_counts(VOCABULARY_FILE)
    assert len(unigrams) > 5000 and len(bigrams) > 40000
    assert all(a in unigrams and b in unigrams for a, b in bigrams)


# --- Tokens that are no Vietnamese syllable: letters or digits misread --------------------------------------------


@pytest.mark.parametrize("read, right", [
    # Tesseract on the scanned Phụ lục of 2230/QĐ-TTg (tests/fixtures/tables/2230-ttg-phu-luc.pdf), cell by cell
    ("Các cơ sở đào tạo theo đặt hàng, g1ao nhiệm vụ của bộ, ngành, địa phương",
     "Các cơ sở đào tạo theo đặt hàng, giao nhiệm vụ của bộ, ngành, địa phương"),
    ("Gnai đoạn 2025- 2030, các giai đoạn 05 năm tiếp theo", "Giai đoạn 2025- 2030, các giai đoạn 05 năm tiếp theo"),
    # the publisher's OCR of signed scans (../shared/data/chinhphu_2025/*.signed.txt)
    ("giảm giá nhà ở, bất động sản, 6n định thị trường", "giảm giá nhà ở, bất động sản, ổn định thị trường"),
    ("duyệt Phương án cắt piảm, đơn giản hóa TTHC", "duyệt Phương án cắt giảm, đơn giản hóa TTHC"),
    ("ngày 16/7/2025 của Thủ tướng Chính phn’, trên cơ sở", "ngày 16/7/2025 của Thủ tướng Chính phủ’, trên cơ sở"),
    ("quy phạm pháp luật (dugc sửa đổi", "quy phạm pháp luật (được sửa đổi"),
    ("Vgay 02 tháng 10 năm 2025, tại trụ sở Chính phủ", "Ngày 02 tháng 10 năm 2025, tại trụ sở Chính phủ"),
    ("_ Độc lập - Tw do - Hanh phic", "_ Độc lập - Tw do - Hạnh phúc"),
])
def test_tokens_that_are_no_syllable_are_read_again(read, right):
    assert correct_ocr(read) == right


@pytest.mark.parametrize("kept", [
    # garbage beside no set phrase stays garbage rather than becoming a wrong word ("dạng", "triển")
    "Ủy ban nhân dane các °tiB\\ thành phố", "Hội đồng thành tôiên/Hội! ¿ đồng! quản trị",
    # numbers, codes, units, lettered points and abbreviations are no misread syllables
    "Số: 2230/QĐ-TTg", "diện tích 1.000 m2, dài 5 km", "điểm 1a khoản 2 Điều 10", "vi rút H5N1", "Bộ KH&CN",
    "điểm 1a là điểm mới", "khoản 10b và khoản 1c",
    "theo Quyết định 06/2025", "Tên miền gov.vn", "Công ty Bayer",
])
def test_what_is_no_misread_syllable_stays(kept):
    assert correct_ocr(kept) == kept


def test_a_syllable_that_fits_neither_neighbour_takes_the_form_its_page_writes_beside_them():
    # a cell of the scanned Phụ lục of 2230/QĐ-TTg: "tuyên sinh" (no pair of written text) where the same cell
    # reads "tuyển sinh"
    cell = ("Tổ chức lựa chọn cơ sở đào tạo để giao chỉ tiêu tuyên sinh trình độ trung cấp, cao đẳng, đại học, sau "
            "đại học; tuyển sinh học đại học, sau đại học tại nước ngoài")
    assert correct_ocr(cell) == cell.replace("tuyên sinh", "tuyển sinh")
    # alone, the bundled counts are too little evidence against a well-formed syllable: it stays as read
    assert correct_ocr("để giao chỉ tiêu tuyên sinh trình độ") == "để giao chỉ tiêu tuyên sinh trình độ"
    assert correct_ocr("Bộ Xây dựng, các bổ, ngành, địa phương liên quan và các bộ") == \
        "Bộ Xây dựng, các bộ, ngành, địa phương liên quan và các bộ"
    assert correct_ocr("Bộ Xây dựng, các bổ, ngành") == "Bộ Xây dựng, các bổ, ngành"


@pytest.mark.parametrize("kept", [
    # the publisher's OCR of 191-ttg, 192-ttg and 261nd (real lines), with the pair the page also writes beside them
    "thành phố Hạ Long, tỉnh Quảng Ninh; Ủy ban nhân dân thành phố Hà Nội",  # a name is no misread of "Hà"
    "hơn 25 năm qua của thị trường; kết quả của đợt kiểm tra",  # "quả của" is no set phrase
    "của Quốc hội thí\nđiểm; Quốc hội thì",
])
def test_the_pages_own_pairs_change_no_name_and_no_common_pair(kept):
    assert correct_ocr(kept) == kept


@pytest.mark.parametrize("text, marked", [
    # questions_og (ty24): typed without marks but for a code in capitals or a closing chat particle
    ("QĐ 807 hieu luc tu bao gio", False),
    ("so tc duoc giao gi trong kh 193 ạ", False),
    ("kh 196 ai ky thế", False),
    ("ct 22/2008/CT-TTg ai ky", False),
    ("bo gd&dt chu tri a, han nam nao với ạ?", False),
    # typed with marks: a marked word anywhere else
    ("QĐ 807 hiệu lực từ bao giờ", True),
    ("Kế hoạch 196 ai ký thế", True),
    ("thế kh 196 ai ky", True),
])
def test_codes_in_capitals_and_closing_particles_say_nothing_of_marks(text, marked):
    from corpus.marks import has_marks
    assert has_marks(text) is marked
