"""The Vietnamese administrative-text rules (corpus/vn.py), table-tested on strings taken from the bundled and
vendored documents, and checked to be the very rules every layer uses (no second copy)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from corpus import vn
from corpus.display import vn_date
from tests.data import DATA, ROOT, SAMPLES

# (file, text of its "Số" line as read, serial part, the rest): real header lines, OCR'd ones included.
HEADER_LINES = [
    (SAMPLES / "chinhphu/323nq.signed.txt", "S6:323 /NQ-CP", "323", "NQ-CP"),
    (SAMPLES / "chinhphu/186-cd.signed.txt", "Số: 186/CĐ-TTg", "186", "CĐ-TTg"),
    (SAMPLES / "chinhphu/261nd.signed.txt", "Số: 261/2025/NĐ-CP", "261", "2025/NĐ-CP"),
    (DATA / "tax_vbpl/markdown_docs/212_2013_TTLT-BTC-BQP.md", "Số: 212/2013/TTLT-BTC-BQP", "212",
     "2013/TTLT-BTC-BQP"),
]


@pytest.mark.parametrize("path, line, serial, rest", HEADER_LINES, ids=lambda v: str(v)[-24:])
def test_header_number_reads_the_real_number_line(path, line, serial, rest):
    text = path.read_text(encoding="utf-8")
    assert line in text  # the table holds what the document really says
    match = vn.NUMBER_HEADER.search(text[text.index(line):])
    assert (match["n"], match["rest"]) == (serial, rest)


@pytest.mark.parametrize("line, serial, rest", [
    ("Số: 193/KH-UBND", "193", "KH-UBND"),
    ("Số:2233 /QD-TTg", "2233", "QD-TTg"),        # OCR: marks lost, a space before the slash
    ("S6:49 /2025/TT-BKHCN", "49", "2025/TT-BKHCN"),
    ("Luật số: 91/2015/QH13", "91", "2015/QH13"),
    ("Số: 01/VBHN-VPQH", "01", "VBHN-VPQH"),
    ("Số: /KH-UBND", "", "KH-UBND"),               # a blank draft
])
def test_header_number_forms(line, serial, rest):
    match = vn.NUMBER_HEADER.search(line)
    assert (match["n"], match["rest"]) == (serial, rest)


def test_header_number_needs_the_so_word():
    assert vn.NUMBER_HEADER.search("Hà Nội, ngày 22/12/2024") is None
    assert vn.NUMBER_HEADER.search("Sở Tài chính 193/KH-UBND") is None


NUMBERS = ["193/KH-UBND", "57-NQ/TW", "91/2015/QH13", "01/VBHN-VPQH", "212/2013/TTLT-BTC-BQP", "186/CĐ-TTg"]


@pytest.mark.parametrize("number", NUMBERS)
def test_query_and_token_forms_keep_a_number_whole(number):
    question = f"Văn bản {number} giao nhiệm vụ gì?"
    assert [m.group(0) for m in vn.NUMBER_QUERY.finditer(question)] == [number]
    assert [m.group(0) for m in vn.NUMBER_TOKEN.finditer(question.lower())] == [number.lower()]


@pytest.mark.parametrize("text, found", [
    ("Chi thi so 20-CT/TU", ["20-CT/TU"]),
    ("cac Nghi quyet so 57\\-NQ/TW", ["57\\-NQ/TW"]),  # Markdown escape kept by the loader
    ("Chi thi 24 -CT/TU", ["24 -CT/TU"]),
    ("Nghi dinh so 11/2013/ND-CP", ["11/2013/ND-CP"]),
    ("ngay 22/12/2024", []),                           # a date is no number
])
def test_reference_form_on_the_fold(text, found):
    pattern = re.compile(rf"(?i){vn.NUMBER_REFERENCE}")
    assert [m.group(0) for m in pattern.finditer(text)] == found


def test_the_query_form_leaves_dates_alone_and_the_token_form_does_not():
    # On purpose: a question's "12/2024" is a month, while an extra BM25 token "12/2024" only helps a match.
    assert vn.NUMBER_QUERY.search("báo cáo trước tháng 12/2024") is None
    assert vn.NUMBER_TOKEN.search("báo cáo trước tháng 12/2024").group(0) == "12/2024"


@pytest.mark.parametrize("text, typed", [
    # numbers typed all in lower case, as questions without marks write them (devdocs_ob ob22, ob35)
    ("tt 24/2000/tt-btc ai ky", "tt 24/2000/TT-BTC ai ky"),
    ("tt 55/2007/tt-btc co hieu luc khi nao", "tt 55/2007/TT-BTC co hieu luc khi nao"),
    ("luat 26/2012/qh13", "luat 26/2012/QH13"),
    ("nd 164/2003/nđ-cp", "NĐ 164/2003/NĐ-CP"),
    # a type code typed without its đ before a serial (questions_og: "qd 807 hieu luc tu bao gio", "cd 187 …")
    ("qd 807 hieu luc tu bao gio", "QĐ 807 hieu luc tu bao gio"),
    ("cd 187 du kien cat giam bao nhieu", "CĐ 187 du kien cat giam bao nhieu"),
    ("QD 2241 thai nguyen duoc ho tro bao nhieu", "QĐ 2241 thai nguyen duoc ho tro bao nhieu"),
    ("nd so 260 ai ky", "NĐ so 260 ai ky"),
    ("ke hoach 193/kh-ubnd", "ke hoach 193/KH-UBND"),
    # a Party document's number (questions_rh rh41: "van ban nao trien khai nghi quyet 57-nq/tw"; QH_CTHD's number)
    ("van ban nao trien khai nghi quyet 57-nq/tw", "van ban nao trien khai nghi quyet 57-NQ/TW"),
    ("ke hoach 3260-kh/đđqh15 giao ai", "ke hoach 3260-KH/ĐĐQH15 giao ai"),
    ("2-3 lan/tuan", "2-3 lan/tuan"),
    # written with capitals, or no number: left as typed
    ("Quyết định 41/2002/QĐ-TTg", "Quyết định 41/2002/QĐ-TTg"),
    ("tt 24/2000/TT-btc", "tt 24/2000/TT-btc"),
    ("9 triệu đồng/tháng", "9 triệu đồng/tháng"),
    ("ngày 1/1/2004", "ngày 1/1/2004"),
    ("20/năm", "20/năm"),
])
def test_a_number_typed_in_lower_case_is_read_with_its_capitals(text, typed):
    from corpus.text import normalize_query
    assert vn.typed_number_codes(text) == typed
    assert normalize_query(text) == typed
    if typed != text and "/" in text:
        assert vn.NUMBER_QUERY.search(text) is None and vn.NUMBER_QUERY.search(typed) is not None


@pytest.mark.parametrize("text, written", [
    # typed without any mark: written out unmarked, so the question's marks are restored as a whole
    ("kh 193 so noi vu chu tri thanh tra kiem tra cong tac trong cay xanh phai ko",
     "kh 193 so noi vu chu tri thanh tra kiem tra cong tac trong cay xanh phai khong"),
    ("nq 03 bo khcn chu tri xay dung luat nha giao dung k", "nq 03 bo khcn chu tri xay dung luat nha giao dung khong"),
    ("so tai chinh dc giao j trong kh 193 ve cay xanh", "so tai chinh duoc giao gi trong kh 193 ve cay xanh"),
    ("kh193 du thao nghi quyet hdnd ve chinh sach trong cay xanh bao h phai trinh",
     "kh193 du thao nghi quyet hdnd ve chinh sach trong cay xanh bao gio phai trinh"),
    ("cd190 de an trung tam giao dich bds thi bo nao phoi hop vs bo xay dung",
     "cd190 de an trung tam giao dich bds thi bo nao phoi hop voi bo xay dung"),
    ("ct 44/2002 brvt phat nguoi nuoc ngoai ko ke khai thue bao nhieu tien",
     "ct 44/2002 brvt phat nguoi nuoc ngoai khong ke khai thue bao nhieu tien"),
    ("theo luat 32/2013 dn co doanh thu nam ko qua 20 ty ap dung thue suat may %",
     "theo luat 32/2013 dn co doanh thu nam khong qua 20 ty ap dung thue suat may %"),
    # marks on the other words: written out marked; a closing particle is no sign of marks
    ("Sở Nội vụ chủ trì việc này phải k?", "Sở Nội vụ chủ trì việc này phải không?"),
    ("ct 30 do pho thu tuong ky phai ko ạ", "ct 30 do pho thu tuong ky phai khong ạ"),
    # left as typed: "k" that closes no check (a list's letter), "kh" (Kế hoạch), "kg", capitals, a code
    ("điểm k khoản 1 Điều 5 là gì", "điểm k khoản 1 Điều 5 là gì"),
    ("kh 193 giao so xay dung gi", "kh 193 giao so xay dung gi"),
    ("moi ho duoc ho tro 10 kg gao", "moi ho duoc ho tro 10 kg gao"),
    ("Ko biết ai ký", "Ko biết ai ký"),
    ("Thông tư 12/2009/TT-BTC quy định về DC", "Thông tư 12/2009/TT-BTC quy định về DC"),
])
def test_chat_shorthands_typed_in_haste_are_written_out(text, written):
    assert vn.typed_in_haste(text) == written
    assert vn.typed_in_haste(written) == written


@pytest.mark.parametrize("text", ["cd rom 2", "nd", "qdx 12", "tp.hcm qd", "mục d 3"])
def test_a_bare_d_word_that_is_no_code_before_a_serial_is_left(text):
    assert vn.typed_number_codes(text) == text


@pytest.mark.parametrize("number, serial, key, year", [
    ("193/KH-UBND", "193", "193/KH-UBND", None),
    ("57-NQ/TW", "57", "57/NQ-TW", None),
    ("24 -CT/TU", "24", "24/CT-TU", None),
    ("91/2015/QH13", "91", "91/QH13", 2015),
    ("01/VBHN-VPQH", "1", "1/VBHN-VPQH", None),
    ("212/2013/TTLT-BTC-BQP", "212", "212/TTLT-BTC-BQP", 2013),
    ("11/2013/NĐ-CP", "11", "11/ND-CP", 2013),
    ("2222 /QÐ-TTg", "2222", "2222/QD-TTG", None),  # OCR's eth for Đ; codes upper-cased
])
def test_serials_and_keys(number, serial, key, year):
    assert vn.serial(number) == serial
    assert vn.number_key(number) == (key, serial, year)


def test_serial_of_no_number_and_weak_key():
    assert vn.serial(None) is None and vn.serial("QĐ-TTg") is None
    assert vn.weak_key("Chỉ thị", "024") == "Chỉ thị 24"


@pytest.mark.parametrize("code, name", [("KH", "Kế hoạch"), ("NQ", "Nghị quyết"), ("CĐ", "Công điện"),
                                        ("TTLT", "Thông tư liên tịch"), ("VBHN", "Văn bản hợp nhất")])
def test_codes_name_known_types(code, name):
    assert vn.CODES[code] == name and name in vn.TYPES


def test_types_list_a_longer_name_before_the_name_it_starts_with():
    for i, name in enumerate(vn.TYPES):
        assert not any(name.startswith(earlier) for earlier in vn.TYPES[:i]), name
    assert set(vn.CITED_TYPES.values()) <= set(vn.TYPES)


@pytest.mark.parametrize("law_id, numbered, law_type", [
    ("91/2015/QH13", True, None), ("Bộ luật Dân sự", False, "Bộ luật"), ("Luật Đất đai", False, "Luật"),
    ("Hiến pháp 2013", False, "Hiến pháp")])
def test_law_ids(law_id, numbered, law_type):
    assert (vn.is_law_id(law_id), vn.law_type(law_id)) == (numbered, law_type)


@pytest.mark.parametrize("text, day", [
    ("ngày 01 tháng 11 năm 2024", date(2024, 11, 1)), ("ngày 01 tháng 7 năm 2025", date(2025, 7, 1)),
    ("01/11/2024", date(2024, 11, 1)), ("1-11-2024", date(2024, 11, 1)), ("2024-11-01", date(2024, 11, 1))])
def test_parse_date(text, day):
    assert vn.parse_date(text) == day


@pytest.mark.parametrize("text", ["31/02/2025", "11/2024", "ngày 01 tháng 13 năm 2024", "hôm qua"])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        vn.parse_date(text)


def test_written_dates_in_a_real_document_parse():
    text = (SAMPLES / "chinhphu/186-cd.signed.txt").read_text(encoding="utf-8")
    written = re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", text).group(0)
    assert vn.parse_date(written) == date(2025, 10, 4)


def test_sentences_keep_wrapped_lines_and_split_items():
    text = "Các bộ, ngành tổ chức\nthực hiện Kế hoạch này; báo cáo trước\nngày 30/6/2025.\n- Sở Tài chính chủ trì."
    assert [text[a:b] for a, b in vn.sentence_spans(text)] == [
        "Các bộ, ngành tổ chức\nthực hiện Kế hoạch này;", "báo cáo trước\nngày 30/6/2025.", "- Sở Tài chính chủ trì."]


# (file, first line, last line, the sentence those lines hold): real text with a dot inside a number or a date
# ("1.596/2.991", "3.000", "10.10.2025"), which is no sentence end.
DOTTED = [
    (SAMPLES / "chinhphu/193-ttg.signed.txt", 41, 45,
     "Tinh dén ngay 07 tháng 10 năm 2025, Hệ thống 751 chi ghi nhận kết quả rà soát của 1.596/2.991 dự án của 17 "
     "địa phương! "),
    (SAMPLES / "chinhphu/536-tb.signed.txt", 40, 42,
     "- Đây là Hội chợ đầu tiên tại Việt Nam, được tổ chức với quy mô lớn nhất (với khoảng 3.000 gian hàng), tại "
     "Trung tâm lớn nhất, hiện đại nhất (diện tích khoảng 100.000 m2) và thành phan, số lượng tham gia lớn nhất "),
    (SAMPLES / "chinhphu/192-ttg.signed.txt", 5, 5, "Thời gian ký: 10.10.2025 14:11:25 +07:00 "),
]


@pytest.mark.parametrize("path, first, last, sentence", DOTTED)
def test_a_dot_inside_a_number_or_date_ends_no_sentence(path, first, last, sentence):
    lines = path.read_text(encoding="utf-8").splitlines()[first - 1:last]
    text = "\n".join(lines)
    found = [" ".join(text[a:b].split()) for a, b in vn.sentence_spans(text)]
    assert any(s.startswith(" ".join(sentence.split())) or " ".join(sentence.split()) in s for s in found), found


# (file, first line, last line, the sentence those lines hold): real text with an ellipsis that ends no sentence,
# closing a bracketed list (Công điện 191/CĐ-TTg).
INNER_DOTS = [
    (SAMPLES / "chinhphu/191-ttg.signed.txt", 34, 42,
     "ước thực hiện đến hết năm 2025 (tập trung vào một số chỉ tiêu về doanh thu, lợi nhuận sau thuế, sử dụng lao động, "
     "thu nhập bình quân của người lao động, tình hình cơ cầu lại, cỗ phần hóa doanh nghiệp...), những vướng mac, khó "
     "khăn, tồn tại cần giải quyết và các kiến nghị, đề xuất dé doanh nghiệp hoàn thành"),
]


@pytest.mark.parametrize("path, first, last, sentence", INNER_DOTS)
def test_an_ellipsis_in_brackets_ends_no_sentence(path, first, last, sentence):
    lines = path.read_text(encoding="utf-8").splitlines()[first - 1:last]
    text = "\n".join(lines)
    found = [" ".join(text[a:b].split()) for a, b in vn.sentence_spans(text)]
    assert any(sentence in s for s in found), found


def test_an_ellipsis_closing_a_sentence_still_ends_it():
    # Công điện 189/CĐ-TTg, item 2, then item 3 on its line
    text = "bảo đảm an toàn hồ đập thủy lợi...\n\n3. Bộ trưởng Bộ Công Thương chủ động chỉ đạo."
    assert [text[a:b] for a, b in vn.sentence_spans(text)] == [
        "bảo đảm an toàn hồ đập thủy lợi.", "Bộ trưởng Bộ Công Thương chủ động chỉ đạo."]


@pytest.mark.parametrize("text, sentences", [
    ("Các sở báo cáo trước ngày 30.6.2025. Sở Tài chính tổng hợp.",
     ["Các sở báo cáo trước ngày 30.6.2025.", "Sở Tài chính tổng hợp."]),
    ("Hỗ trợ 1.000 hộ dân; mỗi hộ 2.500.000 đồng.", ["Hỗ trợ 1.000 hộ dân;", "mỗi hộ 2.500.000 đồng."]),
    ("Thuế suất nhóm 71.13 là 0%.", ["Thuế suất nhóm 71.13 là 0%."]),
])
def test_sentence_spans_keep_dotted_numbers(text, sentences):
    assert [text[a:b] for a, b in vn.sentence_spans(text)] == sentences


@pytest.mark.parametrize("answer, sentences", [
    ("Hạn là 30.6.2025 [1]. Có 1.596/2.991 dự án [2].", ["Hạn là 30.6.2025 [1].", "Có 1.596/2.991 dự án [2]."]),
    ("Khoảng 3.000 gian hàng [1][2]. Xong.", ["Khoảng 3.000 gian hàng [1][2].", "Xong."]),
])
def test_answer_sentences_keep_dotted_numbers(answer, sentences):
    assert [m.group(0).strip() for m in vn.ANSWER_SENTENCE.finditer(answer)] == sentences


@pytest.mark.parametrize("number, shown", [
    ("707/QD-TTg", "707/QĐ-TTg"),  # OCR of 2219-ttg.signed: "Quyết định sô 707/QD-TTg"
    ("26/2023/ND-CP", "26/2023/NĐ-CP"),  # OCR of 260nd.signed: "Nghị định sb 26/2023/ND- CP"
    ("48/CD-TTg", "48/CĐ-TTg"),  # OCR of 9757-cn.signed: "Công điện số 48/CD-TTg"
    ("193/KH-UBND", "193/KH-UBND"), ("57-NQ/TW", "57-NQ/TW"), ("910/QĐ-TTg", "910/QĐ-TTg"),
])
def test_display_number_restores_the_type_codes_marks(number, shown):
    assert vn.display_number(number) == shown


def test_answer_sentences_keep_their_markers_and_cut_points():
    answer = "Sở Tài chính chủ trì [1][2]. Hạn là 30/6/2025 [3]."
    assert [m.group(0).strip() for m in vn.ANSWER_SENTENCE.finditer(answer)] == [
        "Sở Tài chính chủ trì [1][2].", "Hạn là 30/6/2025 [3]."]
    assert [m.start() for m in vn.SENTENCE_CUT.finditer("Căn cứ: Luật số 91. Xét đề nghị")] == [7, 19]


@pytest.mark.parametrize("args, label", [
    (("Kế hoạch", "193/KH-UBND", "193"), "Kế hoạch 193/KH-UBND"),
    ((None, "57-NQ/TW", "nq57"), "57-NQ/TW"),
    (("Kế hoạch", None, "193", "Về trồng cây xanh", "2024-11-01"), "Kế hoạch về trồng cây xanh, ngày 01/11/2024"),
    (("Kế hoạch", None, "193", "Về trồng cây xanh", date(2024, 11, 1)), "Kế hoạch về trồng cây xanh, ngày 01/11/2024"),
    (("Kế hoạch", None, "193", "Về trồng cây xanh"), "Kế hoạch về trồng cây xanh (ngày chưa rõ)"),
    (("Kế hoạch", None, "193"), "Kế hoạch (193)"),
    ((None, None, "193.pdf"), "193.pdf")])
def test_document_label(args, label):
    assert vn.document_label(*args) == label


TITLE_2222 = "Về việc thành lập Ban Chỉ đạo Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng"


@pytest.mark.parametrize("args, label", [
    (("Quyết định", "2222/QĐ-TTg", "2222ttg", TITLE_2222, "2025-10-08"), "Quyết định 2222/QĐ-TTg"),
    # Quyết định 2222/QĐ-TTg as its OCR'd scan reads (number unread): named by its date in a sentence, the title
    # ("… Ban Chỉ đạo …") left to the citation, where it does not read as a body that answers
    (("Quyết định", None, "2222ttg", TITLE_2222, "2025-10-08"), "Quyết định ngày 08/10/2025"),
    (("Kế hoạch", None, "193", "Về trồng cây xanh"), "Kế hoạch (chưa rõ số hiệu, ngày)"),
    ((None, None, "193.pdf"), "193.pdf")])
def test_short_label(args, label):
    assert vn.short_label(*args) == label


def test_every_layer_uses_these_rules():
    from assistant import draft, intent, records
    from corpus import chunking, headers, relations, text
    from index import ingest, sparse
    assert headers._NUMBER is vn.NUMBER_HEADER and headers.TYPES is vn.TYPES and headers.CODES is vn.CODES
    assert intent.DOC_NUMBER is vn.NUMBER_QUERY and intent.DOC_TYPES is vn.CITED_TYPES
    assert sparse._DOC_NUMBER is vn.NUMBER_TOKEN and ingest.doc_serial is vn.serial
    assert relations.number_key is vn.number_key and chunking._SENTENCE_END is vn.SENTENCE_CUT
    assert text.sentence_spans is vn.sentence_spans and records.document_label is vn.document_label
    assert draft._date is vn_date


def test_a_cited_number_is_found_by_the_serial_a_question_gives():
    text = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 và Chỉ thị 22/2008/CT-TTg; Kế hoạch số 193 của UBND tỉnh"
    assert vn.mentions_number(text, "57", "Nghị quyết") and vn.mentions_number(text, "57")
    assert vn.mentions_number(text, "22", "Chỉ thị") and vn.mentions_number(text, "193", "Kế hoạch")
    assert not vn.mentions_number(text, "57", "Kế hoạch") and not vn.mentions_number(text, "12")
    assert vn.YEAR.findall("đến năm 2035, hạn 12/2025, Chỉ thị 22/2008, giai đoạn 2024-2025") == ["2035"]


@pytest.mark.parametrize("path, line, keys", [
    # written out, with the commas and "và" of running text
    (SAMPLES / "nq57/NQ57_bangoc.md", 5, {"khcn", "đmst", "cđs"}),
    # short, as a resolution's follow-up plan writes it
    (SAMPLES / "nq57/QH_CTHD.md", 32, {"khcn", "đmst"}),
    (SAMPLES / "thue/19_2008_CT-UBND.md", 7, {"tncn"}),
])
def test_field_terms_are_one_key_short_or_written_out(path, line, keys):
    text = path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert keys <= vn.term_keys(text)


def test_a_field_term_is_read_in_upper_case_only_and_never_inside_a_document_number():
    assert vn.term_keys("tổng chi cho KHCN, ĐMST và CĐS") == {"khcn", "đmst", "cđs"}
    assert vn.term_keys("Chỉ thị số 20-CT/TW, kcn") == set()
    assert vn.term_keys("Ban Chấp hành Trung ương") == {"tw"}


def test_a_number_asked_with_its_year_is_not_found_under_another_year():
    text = "Quyết định 08/2013/QĐ-UBND ngày 26/02/2013 điều chỉnh Quyết định số 05/2012/QĐ-UBND"
    assert vn.mentions_number(text, "8", "Quyết định", "2013") and vn.mentions_number(text, "8", "Quyết định")
    assert not vn.mentions_number(text, "8", "Quyết định", "2014")
    assert vn.mentions_number(text, "5", None, "2012") and not vn.mentions_number(text, "5", None, "2013")


def test_meetings_are_told_apart_by_their_ordinal():
    from corpus.vn import session_ordinals
    assert session_ordinals("Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học") == {1}
    assert session_ordinals("Kết luận Phiên họp thứ ba của Ban Chỉ đạo") == {3}
    assert session_ordinals("tại Kỳ họp thứ 9, Quốc hội khóa XV") == {9}
    assert session_ordinals("Phụ lục thứ hai") == set()  # no meeting
    # a round of a measure by its number (Quyết định 2241/QĐ-TTg's title, spelled right), "đợt" alike
    assert session_ordinals("về việc hỗ trợ khẩn cấp kinh phí cho các tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh "
                            "khắc phục hậu quả mưa lũ (lần 2)") == {2}
    assert session_ordinals("phân bổ vốn đợt 1 năm 2025") == {1}
    # no round: "lần lượt", a count of times, a date or a number after "lần"
    assert session_ordinals("lần lượt là ngày nào; nhập khẩu làm nhiều lần; mua nhà lần đầu") == set()
    assert session_ordinals("sửa đổi lần 2/2025") == set()


@pytest.mark.parametrize("path", [SAMPLES / "chinhphu/186-cd.signed.txt", SAMPLES / "chinhphu/261nd.signed.txt",
                                  DATA / "tax_vbpl/markdown_docs/212_2013_TTLT-BTC-BQP.md"], ids=lambda p: p.name)
def test_fold_of_a_real_document_is_each_character_folded_in_place(path):
    text = path.read_text(encoding="utf-8")
    folded = vn.fold(text)
    assert folded == "".join(vn.fold_char(c) for c in text) and len(folded) == len(text)
    assert vn.fold(text) == folded  # the second pass reads the table the first one filled


@pytest.mark.parametrize("text, folded", [("Đắk Lắk", "Dak Lak"), ("QĐ-TTg", "QD-TTg"),
                                          ("Ủy ban nhân dân", "Uy ban nhan dan"),
                                          ("Điều 5. Tổ chức thực hiện", "Dieu 5. To chuc thuc hien"), ("", "")])
def test_fold_drops_the_marks(text, folded):
    assert vn.fold(text) == folded


@pytest.mark.parametrize("text, length", [
    # 49/2025/TT-BKHCN (evals/devdocs/19-bkhcn), Điều 14: the number spelled out in brackets, as legal texts write it
    ("a) Trong thời gian tối đa 05 (năm) ngày làm việc ké từ ngày nhận được kết quả kiểm toán kỹ thuật",
     "05 (năm) ngày"),
    ("3. Thời gian có hiệu lực của giấy phép là 30 ngày ké từ ngày được cấp phép.", "30 ngày"),
    ("Thời hạn cho mỗi cuộc kiểm toán kỹ thuật không quá 06 tháng", "06 tháng"),
    ("trước ngày 15 tháng 11 năm 2025", None),  # a date, no length
    # Thông tư 205/2009/TT-BTC (evals/devdocs), Điều 2 and 3: the number written in words only
    ("Trong thời gian tối đa mười lăm ngày kể từ ngày nhận đủ hồ sơ, cơ quan thuế thông báo", "mười lăm ngày"),
    ("- Trong vòng ba ngày làm việc kể từ khi nhận được chứng từ nộp thuế GTGT hàng nhập khẩu", "ba ngày"),
    ("Thông tư này có hiệu lực thi hành sau bốn mươi lăm ngày kể từ ngày ký.", "bốn mươi lăm ngày"),
    ("Đến tháng 5 năm 2009, Chính phủ sẽ trình Quốc hội", None),  # "năm" of a date, not five
    ("trong năm tháng đầu năm", None),  # a bare "năm" before a unit is not read as five
])
def test_a_length_of_time(text, length):
    found = vn.LENGTH.search(text)
    assert (found.group(0) if found else None) == length
@pytest.mark.parametrize("text, dated", [
    ("diễn ra chiều 4/3/2025 tại trụ sở Trung ương Đảng", True),
    ("hoàn thành trong ngày 05 tháng 10 năm 2025", True),
    ("quy mô lớn nhất (với khoảng 3.000 gian hàng)", False),
    ("trong năm 2025", False),
])
def test_a_stated_day_is_read_in_figures_or_words(text, dated):
    from corpus.vn import states_date
    assert states_date(text) is dated


@pytest.mark.parametrize("before, reported_to", [
    # Công điện 191/CĐ-TTg: "Trước ngày 25 tháng 10 năm 2025, báo cáo Bộ Tài chính về kết quả …"
    ("Trước ngày 25 tháng 10 năm 2025, báo cáo ", True),
    # "hoàn thiện báo cáo gửi Bộ Nông nghiệp và Môi trường: trước ngày 25 tháng 10 năm 2025"
    ("hoàn thiện báo cáo gửi ", True),
    # Chỉ thị 19/2008/CT-UBND: "báo cáo về thường trực ban chỉ đạo cấp tỉnh"
    ("tổng hợp, đánh giá tình hình thực hiện chỉ thị này trên địa bàn quản lý, báo cáo về ", True),
    # Chỉ thị 22/2008/CT-TTg: "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp … trình Chính phủ ban hành Nghị định …"
    ("Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp và các cơ quan liên quan trình ", True),
    # Nghị định 13/2016/NĐ-CP, Điều 15 (Bộ Quốc phòng): "Chịu tránh nhiệm trước Chính phủ, chủ trì, …": the body
    # answered to, never the doer; asked: "cơ quan nào chịu trách nhiệm trước Chính phủ, chủ trì tổ chức thực hiện …"
    ("Chịu tránh nhiệm trước ", True),
    ("cơ quan nào chịu trách nhiệm trước ", True),
    # reported to through the head's title (Quyết định 2219/QĐ-TTg: "tổng hợp, báo cáo Chủ tịch Ủy ban Quốc gia về
    # người cao tuổi Việt Nam"; Thông tư 49/2025/TT-BKHCN: "báo cáo Bộ trưởng Bộ Khoa học và Công nghệ"; 75/VBHN-BQP)
    ("tudi Việt Nam dé tổng hợp, báo cáo Chủ tịch ", True),
    ("là đầu mối tiếp nhận báo cáo kiêm toán kỹ thuật từ các tổ chức được kiểm toán kỹ thuật; tong hợp, báo cáo Bộ "
     "trưởng ", True),
    # Quyết định 143/QĐ-TTg ("sửa đôi trình Chủ tịch Uy ban xem xét"), Thông báo 541/TB-VPCP ("trình Lãnh đạo Chính
    # phủ xem xét")
    ("sửa đôi trình Chủ tịch ", True),
    ("trình Lãnh đạo ", True),
    # the doer, not the one reported to
    ("Trong tháng 7 năm 2008, giao ", False),
    ("Giao Giám đốc ", False),
    ("Bộ Tài chính chịu trách nhiệm ", False),
    ("", False),
])
def test_the_words_naming_an_agency_as_the_one_reported_to(before, reported_to):
    assert bool(vn.REPORTED_TO.search(before)) == reported_to


@pytest.mark.parametrize("before, recipient, reported_to", [
    # Công điện 189/CĐ-TTg: "báo cáo kết quả hàng ngày cho Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": what is reported
    # stands between, the recipient through two titles; a recipient, but not the words right before an agency
    ("Các bộ, ngành, địa phương liên quan báo cáo kết quả hàng ngày cho Bộ trưởng, Chủ nhiệm ", True, False),
    ("báo cáo tình hình về ", True, False),
    ("tổng hợp, báo cáo Bộ trưởng ", True, True),
    ("trình Thủ tướng ", True, True),
    # the doer, or a report named without whom it goes to
    ("Giao Giám đốc ", False, False),
    ("xây dựng báo cáo đánh giá tình hình thực hiện; ", False, False),
])
def test_a_recipient_named_through_what_is_reported_and_titles(before, recipient, reported_to):
    assert bool(vn.REPORT_RECIPIENT.search(before)) == recipient
    assert bool(vn.REPORTED_TO.search(before)) == reported_to


@pytest.mark.parametrize("text, place", [
    ("Nhiệm vụ thứ hai thì sao?", 2), ("Còn việc thứ ba?", 3), ("Ý thứ nhất nói gì?", 1),
    ("Ai chủ trì nhiệm vụ thứ 5 trong Phụ lục?", None),  # a table's row by its number, not a list's place
    ("Phiên họp thứ hai của Ban Chỉ đạo do ai chủ trì?", None),
])
def test_a_list_item_named_by_its_place(text, place):
    assert vn.listed_ordinal(text) == place


# (file, sentence as the document writes it, the rates it states): rates stated as figures, never one asked.
RATE_SENTENCES = [
    (ROOT / "evals/devdocs/123_2008_TTLT-BTC-BCA.md",
     "Khấu trừ 20% trên thu nhập áp dụng đối với các cá nhân không có mã số thuế.", {"20"}),
    (DATA / "tax_vbpl/markdown_docs/212_2013_TTLT-BTC-BQP.md",
     "thực hiện khấu trừ thuế với mức 10% đối với thu nhập từ 2.000.000 đồng/lần trở lên", {"10"}),
    (ROOT / "evals/devdocs/89_2001_TTLT.md",
     "(điều tiết 100% cho ngân sách Trung ương)", {"100"}),
    (DATA / "tax_vbpl/markdown_docs/122_2008_TTLT-BTC-BQP.md",
     "Thực hiện khai thuế, khấu trừ thuế, nộp thuế, quyết toán thuế Thu nhập cá nhân theo hướng dẫn tại Thông tư số "
     "84/2008/TT-BTC ngày 30/9/2008 của Bộ Tài chính;", set()),
]


@pytest.mark.parametrize("path, sentence, rates", RATE_SENTENCES, ids=lambda v: str(v)[:24])
def test_stated_rates_reads_the_figures_a_sentence_states(path, sentence, rates):
    assert sentence in path.read_text(encoding="utf-8")
    assert vn.stated_rates(sentence) == rates


# (file, sentence as the document writes it, the recurrences it names)
PERIOD_SENTENCES = [
    (ROOT / "evals/devdocs/09_2003_QH11.md",
     "Thời hạn nộp thuế hàng tháng được ghi trong thông báo chậm nhất là ngày 25 của tháng tiếp theo.", {"tháng"}),
    (ROOT / "evals/devdocs/09_2003_QH11.md", "Thời hạn nộp thuế hàng quý chậm nhất là ngày cuối quý.", {"quý"}),
    # the year's sum split by quarter: no quarterly recurrence
    (ROOT / "evals/devdocs/09_2003_QH11.md",
     "số thuế phải nộp cả năm, có chia ra từng quý theo mẫu của cơ quan thuế và nộp cho cơ quan thuế trực tiếp quản lý "
     "chậm nhất là ngày 25 tháng 01", set()),
]


@pytest.mark.parametrize("path, sentence, periods", PERIOD_SENTENCES, ids=lambda v: str(v)[:24])
def test_stated_periods_reads_a_monthly_or_quarterly_recurrence(path, sentence, periods):
    assert sentence in path.read_text(encoding="utf-8")
    assert vn.stated_periods(sentence) == periods


@pytest.mark.parametrize("question, periods", [
    ("Theo Luật 09/2003/QH11, thời hạn nộp thuế hàng tháng ghi trong thông báo của cơ quan thuế chậm nhất là ngày nào?",
     {"tháng"}),
    ("Mỗi quý phải báo cáo mấy lần?", {"quý"}),
    ("Hằng năm cơ sở kinh doanh phải nộp tờ khai khi nào?", set()),
])
def test_stated_periods_of_questions(question, periods):
    assert vn.stated_periods(question) == periods


@pytest.mark.parametrize("question, rates", [
    ("Thông tư liên tịch 122/2008/TTLT-BTC-BQP quy định khấu trừ 20% đối với cá nhân không có mã số thuế như thế nào?",
     {"20"}),
    ("Mỗi năm dành tối thiểu bao nhiêu phần trăm ngân sách cho khoa học?", set()),
    ("Tỷ lệ 2,5 phần trăm áp dụng cho ai?", {"2,5"}),
])
def test_stated_rates_of_questions(question, rates):
    assert vn.stated_rates(question) == rates


@pytest.mark.parametrize("noun, sentence, back", [
    # Thông tư liên tịch 89/2001, Mục II.2: the account is named in the sentence before
    ("tài khoản", "Số tiền thuế thu nhập doanh nghiệp do các doanh nghiệp Nhà nước hoạt động công ích thuộc Bộ Công an "
                  "nộp về tài khoản trên phải được theo dõi, hạch toán riêng.", True),
    ("tài khoản", "đồng thời lập \"Uỷ nhiệm chi\" nộp số thuế thu nhập doanh nghiệp phải nộp trực tiếp về tài khoản của "
                  "Bộ Công an mở tại Kho bạc Nhà nước thành phố Hà Nội.", False),
    # the noun not named at all: nothing pointed back at
    ("tài khoản", "Cuối năm, Bộ Công an có trách nhiệm tổng hợp việc sử dụng số tiền thuế thu nhập doanh nghiệp vào "
                  "quyết toán ngân sách Nhà nước hàng năm của Bộ Công an.", False),
])
def test_named_only_back_reads_a_noun_that_points_at_an_earlier_mention(noun, sentence, back):
    text = (ROOT / "evals/devdocs/89_2001_TTLT.md").read_text(encoding="utf-8")
    assert " ".join(sentence.split()) in " ".join(text.replace("\\", "").split())
    assert vn.named_only_back(noun, sentence) is back
@pytest.mark.parametrize("syllable, spelled", [
    ("sỹ", "sĩ"), ("sĩ", "sĩ"),  # Nghị định 14/2016/NĐ-CP: "nữ binh sỹ dự bị hạng hai" beside "binh sĩ"
    ("kỹ", "kĩ"), ("lý", "lí"), ("tỷ", "tỉ"), ("kỳ", "kì"), ("ty", "ti"),
    ("quy", "quy"), ("ý", "ý"), ("hay", "hay"), ("tuy", "tuy"),  # no closing "y" after a consonant
])
def test_a_closing_y_after_a_consonant_is_spelled_i(syllable, spelled):
    assert vn.same_i(syllable) == spelled
def test_appendix_numbers_roman_or_arabic():
    from corpus.vn import appendix_numbers
    # Nghị quyết 03/NQ-CP's appendices (evals/devdocs) and the report's "Phụ lục 1" (CPbaocaot5)
    assert appendix_numbers("Phụ lục II: Danh mục các nhiệm vụ triển khai Chương trình hành động của Chính phủ") == {2}
    assert appendix_numbers("Phụ lục I Danh mục các chỉ tiêu cụ thể") == {1}
    assert appendix_numbers("Theo Phụ lục 1 báo cáo của Đảng ủy Chính phủ") == {1}
    assert appendix_numbers("phụ lục số 4 kèm theo") == {4}
    assert appendix_numbers("Phụ lục IV") == {4}
    # no number: the appendix attached, a date-like number
    assert appendix_numbers("Phụ lục kèm theo Quyết định này") == set()
    assert appendix_numbers("Phụ lục 1/2025") == set()


@pytest.mark.parametrize("named, doc_type, covers", [
    # Thông tư liên tịch 89/2001/TTLT-BTC-BCA, named by people as "Thông tư 89/2001"
    ("Thông tư", "Thông tư liên tịch", True),
    ("Nghị quyết", "Nghị quyết liên tịch", True),
    ("Thông tư", "Thông tư", True),
    (None, "Kế hoạch", True),
    # the joint form named is not the plain one, and no other type is
    ("Thông tư liên tịch", "Thông tư", False),
    ("Nghị định", "Nghị quyết", False),
    ("Luật", "Bộ luật", False),
])
def test_a_type_named_covers_its_joint_form(named, doc_type, covers):
    assert vn.type_covers(named, doc_type) is covers


def test_the_types_a_named_type_may_be():
    assert vn.covered_types("Thông tư") == ("Thông tư", "Thông tư liên tịch")
    assert vn.covered_types("Kế hoạch") == ("Kế hoạch",)


@pytest.mark.parametrize("text, asked, stated", [
    # Thông tư 134/2008/TT-BTC, Phần B, Mục III.1 (evals/devdocs)
    ("Theo Thông tư 134/2008/TT-BTC, Bên Việt Nam có trách nhiệm gì khi nộp thay thuế cho Nhà thầu nước ngoài?", True, True),
    ("Bên Việt Nam có trách nhiệm đăng ký thuế với cơ quan thuế để thực hiện nộp thay thuế cho Nhà thầu nước ngoài",
     False, True),
    ("Bên Việt Nam nộp thay thuế cho Nhà thầu nước ngoài, Nhà thầu phụ nước ngoài nộp thuế theo hướng dẫn tại Điểm 2",
     False, False),
    ("Các Bộ trưởng … chịu trách nhiệm thi hành Nghị định này.", False, True),
    ("Ai chịu trách nhiệm những gì?", True, True),
])
def test_a_duty_asked_and_a_duty_stated(text, asked, stated):
    assert (bool(vn.DUTY_ASKED.search(text)), bool(vn.DUTY_STATED.search(text))) == (asked, stated)


@pytest.mark.parametrize("task, only_executes", [
    # Nghị định 100/2008/NĐ-CP, Điều 34 (evals/devdocs): the row's whole task
    ("chịu trách nhiệm thi hành Nghị định này.", True),
    ("có trách nhiệm tổ chức thi hành Quyết định này", True),
    ("thi hành Thông tư này", True),
    # a task that goes on past carrying the document out is a task
    ("chịu trách nhiệm thi hành Nghị định này và báo cáo Bộ Tài chính kết quả hằng năm", False),
    ("hướng dẫn thi hành Nghị định này", False),
])
def test_a_row_that_only_makes_an_agency_answer_for_carrying_the_document_out(task, only_executes):
    assert bool(vn.EXECUTES_DOCUMENT.fullmatch(task)) == only_executes


@pytest.mark.parametrize("text, executes", [
    # Quyết định 59/2000/QĐ-UB of Đà Nẵng, Điều 4 (evals/devdocs): the enforcement clause
    ("Điều 4: Chánh Văn phòng UBND thành phố, Cục trưởng Cục Thuế, Giám đốc Sở Lao động - Thương binh và Xã hội, các "
     "Sở, Ban, Ngành liên quan, Chủ tịch UBND các quận, huyện, các tổ chức và cá nhân sản xuất, kinh doanh trên địa "
     "bàn thành phố chịu trách nhiệm thi hành Quyết định này.", True),
    # Nghị định 100/2008/NĐ-CP, Điều 34: the duty of the Bộ Tài chính, then the clause
    ("1. Bộ Tài chính hướng dẫn thi hành Nghị định này.\n2. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ "
     "quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành "
     "Nghị định này./.", True),
    # 39/VBHN-BTC, Điều 23, as OCR left it: the clause across lines ("Thông tu"), the signing block after it
    ("chứng khoán, công ty quản lý quỹ nước ngoài tại Việt Nam và các tô chức, cá\nnhân có liên quan chịu trách "
     "nhiệm thi hành Thông tu này.\n\nBỘ TÀI CHÍNH XÁC THỰC VĂN BẢN HỢP NHÁT", True),
    # a duty to guide the document's execution, and the date it takes effect: no such clause
    ("1. Bộ Tài chính hướng dẫn thi hành Nghị định này.", False),
    ("1. Thông tư này có hiệu lực thi hành từ ngày 20 tháng 10 năm 2025.", False),
    # a duty of its own, then no clause (Thông tư 49/2025/TT-BKHCN, Điều 14)
    ("4. Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa học và Công nghệ) có\ntrách nhiệm là đầu mối tiếp nhận báo "
     "cáo", False),
])
def test_a_passage_holding_the_clause_that_makes_agencies_answer_for_carrying_the_document_out(text, executes):
    assert vn.executes_document(text) is executes


@pytest.mark.parametrize("text, read", [
    # 39/VBHN-BTC and the bundled signed scans, as the publisher's OCR reads "kể từ ngày"
    ("trong thời hạn 10 ngày ké từ ngày giấy ủy quyền có hiệu lực", "trong thời hạn 10 ngày kể từ ngày giấy ủy quyền có hiệu lực"),
    ("Kế từ ngày 01 tháng 01 năm 2026", "Kể từ ngày 01 tháng 01 năm 2026"),
    ("30 ngày kê từ ngày nhận", "30 ngày kể từ ngày nhận"),
    ("kế hoạch từ ngày 01", "kế hoạch từ ngày 01"),  # no "từ ngày" right after: left as it is
])
def test_ocr_reads_of_ke_tu_ngay_are_read_right_in_place(text, read):
    assert vn.since_read(text) == read and len(vn.since_read(text)) == len(text)


@pytest.mark.parametrize("text, timed", [
    # Thông tư 62/2009/TT-BTC and 10/2009/TT-BTC
    ("hết năm cá nhân, nhóm cá nhân kinh doanh phải khai báo để tính lại số thuế", True),
    ("tạm nộp thuế TNCN đồng thời với việc nộp thuế GTGT theo từng chuyến hàng", True),
    ("phải khai và nộp thuế TNCN tương ứng với phần cổ tức nhận được ngay", True),
    ("phải cấp chứng từ khấu trừ thuế theo yêu cầu của cá nhân làm đại lý", False),
    ("cơ quan thuế trực tiếp kiểm tra hồ sơ và ra quyết định giảm thuế", False),
])
def test_a_time_said_in_words(text, timed):
    assert bool(vn.TIME_IN_WORDS.search(text)) is timed



@pytest.mark.parametrize("numeral, value", [("I", 1), ("IV", 4), ("ix", 9), ("XIV", 14), ("XL", 40)])
def test_a_roman_numeral_of_a_heading_or_appendix(numeral, value):
    # "Chương IV", "Phụ lục II", OCR lower-cased "Phụ lục ii": one reading for headings and appendices
    assert vn.roman_value(numeral) == value


@pytest.mark.parametrize("text, asked", [
    # Nghị định 63/2023/NĐ-CP (hợp nhất 03/VBHN-BKHCN), Điều 70 (evals/devdocs)
    ("Hội đồng thi tốt nghiệp khóa đào tạo vô tuyến điện viên hàng hải có nhiệm vụ gì?", True),
    ("Cơ quan Thuế có những nhiệm vụ, quyền hạn gì?", True),
    ("Hội đồng thi có nhiệm vụ sau đây:", False),
    ("Bộ Tài chính được giao nhiệm vụ gì?", False),  # an agency's tasks: the task records answer it
])
def test_tasks_asked_of_a_party(text, asked):
    assert bool(vn.TASKS_ASKED.search(text)) == asked


@pytest.mark.parametrize("line, intro", [
    ("1. Tổ chức kiểm toán kỹ thuật có trách nhiệm:", True),  # Thông tư 49/2025/TT-BKHCN, Điều 14
    ("2. Hội đồng thi có nhiệm vụ sau đây: ", True),  # Nghị định 63/2023/NĐ-CP
    # Nghị định 24/2007/NĐ-CP, Điều 31
    ("Điều 31. Cơ quan Thuế có những nhiệm vụ, quyền hạn, trách nhiệm sau đây:", True),
    ("1. Tổ chức kiểm toán kỹ thuật có trách nhiệm thu thập thông tin nhằm mục", False),  # Điều 9: a duty, no list
    ("Trong văn bản này, một số từ ngữ dưới đây được hiểu như sau:", False),
])
def test_a_line_introducing_duties(line, intro):
    assert bool(vn.DUTY_INTRO.search(line)) == intro


@pytest.mark.parametrize("heading, party", [
    ("Điều 5. Trách nhiệm của đơn vị tổ chức thi", "đơn vị tổ chức thi"),  # dự thảo Thông tư, Bộ GDĐT 2025
    ("Điều 6. Trách nhiệm đơn vị liên kết tổ chức thi", "đơn vị liên kết tổ chức thi"),
    ("Điều 46. Trách nhiệm của công dân, cộng đồng", "công dân, cộng đồng"),  # Nghị định 258/2025/NĐ-CP
    ("Điều 9. Chuẩn bị và thống nhất kế hoạch kiểm toán kỹ thuật", None),
    ("1. Bộ Xây dựng có trách nhiệm:", None),
    # Quyết định 2179/QĐ-TTg, Điều 2 (the duties and powers, joined by "và")
    ("Điều 2. Nhiệm vụ và quyền hạn của Thành viên Chính phủ được giao", "Thành viên Chính phủ được giao"),
    ("Điều 31. Nhiệm vụ, quyền hạn của cơ quan thuế", "cơ quan thuế"),
])
def test_an_article_titled_with_a_partys_duties(heading, party):
    title = vn.DUTIES_TITLE.match(heading)
    assert (title.group(1) if title else None) == party


@pytest.mark.parametrize("question, party", [
    ("Thông tư 100/2004/TT-BTC giao Trung tâm giao dịch chứng khoán trách nhiệm gì trong việc khấu trừ thuế?",
     "Trung tâm giao dịch chứng khoán"),
    ("Theo Thông tư 49/2025/TT-BKHCN, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia có trách nhiệm gì?",
     "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"),
    ("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia có trách nhiệm gì?", None),  # opening the question: not read
    ("Chỉ thị giao những nhiệm vụ gì?", None),
])
def test_a_party_whose_duties_are_asked(question, party):
    asked = vn.PARTY_DUTY_ASKED.search(question)
    assert (asked.group(1) if asked else None) == party


@pytest.mark.parametrize("text, sentences", [
    # hợp nhất 75/VBHN-BQP (Nghị định 13/2016/NĐ-CP), Điều 15: a blank line the scan put inside item 1
    ("1. Chịu tránh nhiệm trước Chính phủ, chủ trì, phối hợp với các bộ,\n\nngành liên quan, cơ quan thuộc Chính phủ "
     "tổ chức thực hiện Nghị định này.\n\n2. Chỉ đạo", 2),
    # a list item in lower case after the blank line starts a sentence of its own
    ("a) Quản lý nhà nước về công viên, cây xanh trong phạm vi cả nước,\n\nb) Ban hành theo thẩm quyền", 2),
    # Công điện 194/CĐ-TTg, 1.b: the OCR speck "; N" before the blank line ends the sentence as it did
    ("các Bộ, cơ quan Trung ương, và địa ; N\n\nphương thực hiện báo cáo", 2),
])
def test_a_blank_line_inside_a_sentence(text, sentences):
    assert len(vn.sentence_spans(text)) == sentences


@pytest.mark.parametrize("text, kept", [
    # a length bounding who the rule is for ("trở lên / trở xuống"), no time to act by (Quyết định 143/QĐ-UBQGNCT)
    ("Thành viên Ủy ban Quốc gia đi công tác, học tập từ 06 tháng trở lên hoặc có sự thay đôi về nhân sự thì cơ quan "
     "chủ quản có trách nhiệm báo cáo Chủ tịch Ủy ban Quốc gia và cử người thay thế bằng văn bản.", False),
    ("có thời gian công tác từ 05 năm trở lên", False),
    # a time limit stays a length
    ("trong thời hạn 10 ngày ké từ ngày giấy ủy quyền có hiệu lực", True),
    ("Thời hạn ủy quyền tối đa là 90 ngày.", True),
])
def test_a_length_bounding_a_condition_is_no_time(text, kept):
    from corpus.vn import LENGTH, without_thresholds
    assert bool(LENGTH.search(without_thresholds(text))) == kept


@pytest.mark.parametrize("text, named", [
    # Thông tư 12/2009/TT-BTC, Điều 4: a day with its year
    ("- Số thuế của quý II năm 2009 được gia hạn nộp thuế chậm nhất đến hết ngày 30/4/2010;", True),
    # Thông tư 96/1999/TT-BTC, III.2: a day of every year, no year written
    ("hộ sản xuất nông nghiệp phải nộp xong trước 31/12 hàng năm.", True),
    # Nghị định 30/1998/NĐ-CP, Điều 14: the day in words
    ("chậm nhất là ngày 25 của tháng 1 hàng năm", True),
    # Thông tư 12/2009/TT-BTC, Điều 3: a bare recurrence names no day
    ("Số thuế thu nhập doanh nghiệp được gia hạn nộp thuế là số thuế thu nhập doanh nghiệp hàng quý năm 2009", False),
    ("được áp dụng từ kỳ khai thuế thu nhập doanh nghiệp quý I/2009.", False),
    ("trong thời hạn 60 ngày, kể từ ngày kết thúc năm dương lịch", False),
])
def test_a_day_of_the_month_is_named_with_or_without_its_year(text, named):
    from corpus.vn import names_day
    assert names_day(text) is named


@pytest.mark.parametrize("question, asked", [
    ("Theo Thông tư 12/2009/TT-BTC, số thuế của quý II năm 2009 được gia hạn nộp chậm nhất đến ngày nào?", True),
    ("Cơ sở kinh doanh phải nộp tờ khai thuế tạm nộp cả năm chậm nhất là ngày nào?", True),
    ("Hộ sản xuất nông nghiệp phải nộp thuế trong thời hạn bao lâu?", False),
    ("Báo cáo quý nào?", False),
])
def test_a_when_question_asking_a_day(question, asked):
    from corpus.vn import DAY_ASKED
    assert bool(DAY_ASKED.search(question)) is asked


# (question, the article whose content it asks): an article named by its number and what it says asked
# (the dự thảo Thông tư of Bộ Giáo dục và Đào tạo, Điều 5 "Trách nhiệm của đơn vị tổ chức thi"; Nghị định 259/2025)
ARTICLE_QUESTIONS = [
    ("Điều 5 của dự thảo Thông tư về thi đánh giá năng lực ngoại ngữ quy định gì?", "5"),
    ("Điều 3 Nghị định 259/2025/NĐ-CP nói về việc gì?", "3"),
    ("Nội dung Điều 10 là gì?", "10"),
    ("Theo Điều 5, đơn vị tổ chức thi phải công khai đề án trước bao nhiêu ngày?", None),  # a fact of it is asked
    ("Điều 5 và Điều 6 quy định gì?", None),  # two articles: no one article answers it
]


@pytest.mark.parametrize("question, number", ARTICLE_QUESTIONS)
def test_the_article_whose_content_is_asked(question, number):
    assert vn.article_content_asked(question) == number


@pytest.mark.parametrize("question, swapped", [("Còn điều 5?", True), ("Thế còn Điều 6 thì sao?", True),
                                               ("Còn điều 5 thì ai chủ trì?", False)])
def test_another_article_asked_alone(question, swapped):
    assert bool(vn.ARTICLE_SWAP.match(question)) is swapped


@pytest.mark.parametrize("question, applies", [
    # devdocs_xb xb64 and xb59: what the rate asked applies to, after "đối với"
    ("Theo Thông tư 111/2005/TT-BTC, thuế suất thuế TNDN áp dụng đối với doanh nghiệp môi giới bảo hiểm là bao nhiêu?",
     "doanh nghiệp môi giới bảo hiểm"),
    ("Theo Nghị định 152/2004/NĐ-CP, thuế suất thuế thu nhập doanh nghiệp ưu đãi đối với dự án đầu tư trong Khu Công "
     "nghệ cao là bao nhiêu?", "dự án đầu tư trong Khu Công nghệ cao"),
    ("Thuế suất đối với thu nhập từ chuyển quyền sử dụng đất, chuyển quyền thuê đất là bao nhiêu?",
     "thu nhập từ chuyển quyền sử dụng đất"),
    ("Đối với hoạt động xổ số kiến thiết, thuế suất là mấy phần trăm?", "hoạt động xổ số kiến thiết"),
    # no amount or length asked, or nothing named after "đối với"
    ("Cơ quan nào hướng dẫn thuế đối với doanh nghiệp bảo hiểm?", None),
    ("Theo Luật 32/2013/QH13, thời gian chuyển lỗ không quá bao nhiêu năm?", None),
    # whose income: "thu nhập từ / của" (Thông tư 12/2009/TT-BTC, Điều 1; Luật 32/2013/QH13)
    ("Theo Thông tư 12/2009/TT-BTC, thu nhập từ hoạt động kinh doanh xăng dầu được gia hạn nộp thuế thu nhập doanh "
     "nghiệp trong thời gian bao lâu?", "hoạt động kinh doanh xăng dầu"),
    ("Theo Luật 32/2013/QH13, từ ngày 01/01/2016 thu nhập của công ty bảo hiểm được áp dụng thuế suất bao nhiêu?",
     "công ty bảo hiểm"),
    # "đối với" before it still names the object
    ("Theo Nghị định 24/2007/NĐ-CP, thuế suất đối với thu nhập từ chuyển quyền sử dụng đất, chuyển quyền thuê đất là "
     "bao nhiêu?", "thu nhập từ chuyển quyền sử dụng đất"),
])
def test_applies_to_reads_what_an_amount_asked_applies_to(question, applies):
    assert vn.applies_to(question) == applies


@pytest.mark.parametrize("question, thing", [
    # devdocs_w un25, devdocs_xb xb50: the thing the amount asked measures, after its measure noun
    ("Theo Nghị định 30/1998/NĐ-CP, thời gian chuyển lỗ của cơ sở kinh doanh tối đa là bao nhiêu năm?", "chuyển lỗ"),
    ("theo luật 32/2013/QH13 thời gian chuyển lỗ không quá bao nhiêu năm", "chuyển lỗ"),
    ("Theo Thông tư 111/2005/TT-BTC, mức chi trang phục giao dịch của doanh nghiệp bảo hiểm được tính vào chi phí hợp "
     "lý tối đa là bao nhiêu?", "chi trang phục giao dịch"),
    ("Theo Quyết định 08/2013/QĐ-UBND của Hà Nội, giá 1m2 sàn xây dựng nhà kiểu biệt thự là bao nhiêu?",
     "1m2 sàn xây dựng nhà kiểu biệt thự"),
    # no measure noun names the amount, or no amount asked
    ("Theo Nghị định 124/2008/NĐ-CP, doanh nghiệp được trích tối đa bao nhiêu phần trăm thu nhập tính thuế?", None),
    ("Theo Nghị định 30/1998/NĐ-CP, thời gian chuyển lỗ được tính từ khi nào?", None),
])
def test_measured_reads_what_an_amount_asked_measures(question, thing):
    assert vn.measured(question) == thing


@pytest.mark.parametrize("text, after_tax, names", [
    # Thông tư 35/1998/TT-BTC and 68/2005/TT-BTC
    ("thuế tài nguyên dầu khí được điều tiết cho ngân sách địa phương", True, {"tài nguyên"}),
    ("Căn cứ Luật thuế xuất khẩu, thuế nhập khẩu của nước Cộng hoà xã hội chủ nghĩa Việt Nam", True,
     {"xuất khẩu", "nhập khẩu"}),
    ("Hàng hoá nhập khẩu theo quy định tại Điều 11", True, set()),  # goods imported: no tax named
    ("Hàng hoá nhập khẩu theo quy định tại Điều 11", False, {"nhập khẩu"}),
    ("thuế giá trị gia tăng, thuế thu nhập doanh nghiệp của các nhà thầu phụ", True, set()),  # TERMS, not these
])
def test_tax_names_written_out(text, after_tax, names):
    assert vn.tax_names(text, after_tax) == names


@pytest.mark.parametrize("text, owners", [
    # Thông tư 48/2000/TT-BTC, II.2
    ("Đối với các báo in thuộc các Bộ, ngành Trung ương quản lý, đơn vị gửi các hồ sơ", {"bộ, ngành trung ương"}),
    ("Đối với các báo in thuộc địa phương quản lý, Ngân sách Trung ương sẽ bổ sung", {"địa phương"}),
    ("doanh nghiệp do Bộ Quốc phòng quản lý", {"bộ quốc phòng"}),
    ("nộp cho cơ quan thuế trực tiếp quản lý", set()),  # who manages the taxpayer, no owner of a kind of thing
])
def test_managers(text, owners):
    assert vn.managers(text) == owners


@pytest.mark.parametrize("text, numbers", [
    ("Dua công trình Trung tâm đữ liệu quốc gia số 1 (địa chỉ: Lô RD11.1, …)", {1}),  # 2224/QĐ-TTg, OCR
    ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình - Trưởng Đoàn kiểm tra số 1 có ý kiến", {1}),
    ("Tổ công tác số 03.", {3}),
    # a document's number, a place in a document: none designated
    ("Căn cứ Quyết định số 12/2010/QĐ-TTg", set()), ("theo Công văn số 15557/BTC-QLN", set()),
    ("Nghị quyết số 57-NQ/TW", set()), ("Phụ lục số 2", set()), ("Mẫu số 01", set()), ("Kế hoạch số 12 ngày", set()),
    # round cv23 (questions_oc oc01.4): a task-table row by its TT number, read by `intent.ROW`
    ("Nhiệm vụ số 4 trong Phụ lục II Nghị quyết 03/NQ-CP do ai chủ trì?", set()),
])
def test_numbers_that_designate_things(text, numbers):
    from corpus.vn import designations
    assert designations(text) == numbers


def test_terms_written_out_are_found_as_without_the_first_letters_lookahead():
    # the pattern as it was before the lookahead on the terms' first letters: the same terms, at the same places
    pattern = vn._TERM_FULL.pattern
    plain = re.compile(pattern[:2] + pattern[pattern.index("])") + 2:], re.I)
    assert plain.pattern.startswith(r"\b(?:(?P<t0>")
    texts = [(SAMPLES / "chinhphu/186-cd.signed.txt").read_text(encoding="utf-8"),
             (SAMPLES / "nq57/NQ57_bangoc.md").read_text(encoding="utf-8"),
             "KHOA HỌC, CÔNG NGHỆ và Đổi mới sáng tạo, chuyển  đổi số; Thu nhập cá nhân, thuế thu nhập doanh nghiệp"]
    for text in texts:
        found = [(m.span(), m.lastgroup) for m in vn._TERM_FULL.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert found


@pytest.mark.parametrize("text, words", [
    ("Luat Thue TNCN", "luat thue thu nhap ca nhan"),
    ("Luật Thuế thu nhập cá nhân", "luat thue thu nhap ca nhan"),
    ("Tiểu ban Tài chính của BCĐ Lễ mở ký", "tieu ban tai chinh cua ban chi dao le mo ky"),
    ("UBND tỉnh Quảng Ngãi", "uy ban nhan dan tinh quang ngai"),
])
def test_words_spelled_out_and_folded(text, words):
    from corpus.agencies import spelled_words
    assert spelled_words(text) == words


def _passages(path, size=400):
    text = path.read_text(encoding="utf-8")
    return [text[at:at + size] for at in range(0, len(text), size)]


@pytest.mark.parametrize("pieces", [
    # a real document cut anywhere (inside words and lines): the passages of a cited document, read joined
    _passages(SAMPLES / "chinhphu/186-cd.signed.txt"),
    _passages(SAMPLES / "chinhphu/2222ttg.signed.txt", 97),
    # what the join reads across two pieces: odd spaces and invisible characters, a tone moved at a piece's end, a short
    # form at either end, empty pieces, line breaks
    ["Ban Chỉ đạo\u00a0", "\u200bBCĐ Lễ mở ký", "", "  hoà\n", "\n\nthuý", "UBND", "tỉnh\tQuảng Ngãi KH&CN"],
    # a short form of several words split between two pieces: read whole, as the join reads it
    ["Ủy ban nhân dân TP.", "HCM giao Sở Tài chính", "TP", "\u200bHCM"], ["TP.", "", "HCM"], ["TP.\n", "HCM"],
])
def test_pieces_are_spelled_as_their_join(pieces):
    from corpus.agencies import spelled_pieces, spelled_words
    joined = spelled_words(" ".join(pieces)).split()
    assert spelled_pieces(pieces) == joined
    assert spelled_pieces(pieces) == joined  # read again from the cache


def test_a_piece_is_spelled_once():
    from corpus.agencies import _spelled_piece, spelled_pieces
    pieces = ["Luật Thuế TNCN được sửa đổi", "Tiểu ban Tài chính của BCĐ"]
    spelled_pieces(pieces)
    hits = _spelled_piece.cache_info().hits
    assert spelled_pieces([pieces[1], pieces[0]]) == "tieu ban tai chinh cua ban chi dao luat thue thu nhap ca nhan " \
        "duoc sua doi".split()
    assert _spelled_piece.cache_info().hits == hits + 2
    assert isinstance(_spelled_piece(pieces[0]), tuple)  # kept: immutable


@pytest.mark.parametrize("text", [
    (SAMPLES / "chinhphu/186-cd.signed.txt").read_text(encoding="utf-8"),
    "Ban\u00a0Chỉ\u2009đạo\u200b  tỉnh\tThanh Hoá\r\n\r\n\r\n\ufeffkhoẻ  \f quý\u00ad", "thuý hoà", "", " \n ",
])
def test_normalize_reads_as_the_translation_it_skips(text):
    # the text translated as before (every character looked up in both tables), then the rest of normalize
    from corpus import text as t
    import unicodedata
    translated = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    translated = t.fix_tone_placement(translated.translate(t._INVISIBLE).translate(t._SPACES))
    translated = re.sub(r"\n{3,}", "\n\n", re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", translated))).strip()
    assert t.normalize(text) == translated
    query = unicodedata.normalize("NFC", text).translate(t._INVISIBLE).translate(t._SPACES)
    assert t.normalize_query(text) == " ".join(t.fix_tone_placement(query).split())


@pytest.mark.parametrize("number, key", [("24-CT/TU", ("24/CT-TU", "24", None)), ("24 -CT/TU", ("24/CT-TU", "24", None)),
                                         ("11/2013/NĐ-CP", ("11/ND-CP", "11", 2013)), ("01/VBHN-VPQH", ("1/VBHN-VPQH", "1", None))])
def test_a_number_is_keyed_once_as_anew(number, key):
    # kept per number (a bounded cache: every hit and citation compared reads its number): each number its own key
    assert vn.number_key(number) == key == vn.number_key.__wrapped__(number)
    hits = vn.number_key.cache_info().hits
    assert vn.number_key(number) == key and vn.number_key.cache_info().hits == hits + 1


@pytest.mark.parametrize("sentence, act", [
    # Thông tư 100/2004/TT-BTC (evals/devdocs), Mục IV.1
    ("Việc kê khai, nộp thuế, quyết toán thuế được thực hiện trong vòng 30 ngày, kể từ ngày phát sinh thu nhập chịu "
     "thuế của tổ chức đầu tư.", "kê khai, nộp thuế, quyết toán thuế"),
    # Thông tư 84/2008/TT-BTC (evals/devdocs)
    ("Việc khấu trừ thuế đối với thu nhập từ tiền lương, tiền công được thực hiện hàng tháng",
     "khấu trừ thuế đối với thu nhập từ tiền lương, tiền công"),
    ("Riêng Công ty chứng khoán … thực hiện kê khai", None),
    # the time of the act of the sentence before: Nghị định 30/1998/NĐ-CP, Điều 17.1; Thông tư 84/2008/TT-BTC
    ("Thời hạn nộp thuế được ghi trong thông báo chậm nhất không quá ngày cuối quý.", "nộp thuế"),
    ("Thời hạn nộp tờ khai thuế theo quý chậm nhất là ngày 30 của tháng đầu quý sau.", "nộp tờ khai thuế theo quý"),
    ("Thời hạn: tháng 10/2025", None),
])
def test_an_act_restated_as_viec(sentence, act):
    from corpus.vn import restated_act
    assert restated_act(sentence) == act


# Everyday wordings written as documents write them
@pytest.mark.parametrize("text, written", [
    ("mỗi năm dành tối thiểu bao nhiêu phần trăm", "hằng năm dành ít nhất bao nhiêu %"),
    ("hạn chế nhập khẩu", "hạn chế nhập khẩu"),
])
def test_documents_wording(text, written):
    assert vn.documents_wording(text) == written


@pytest.mark.parametrize("text, things", [
    ("các doanh nghiệp ngoài quốc doanh (trừ doanh nghiệp có vốn đầu tư nước ngoài) thực hiện nộp thuế",
     ["doanh nghiệp có vốn đầu tư nước ngoài"]),
    ("không thuộc diện nộp thuế thu nhập doanh nghiệp, trừ hộ gia đình và cá nhân nông dân sản xuất hàng hóa lớn có thu "
     "nhập cao theo quy định của Chính phủ.",
     ["hộ gia đình và cá nhân nông dân sản xuất hàng hóa lớn có thu nhập cao theo quy định của Chính phủ"]),
    ("thực hiện nộp thuế theo phương pháp khấu trừ thuế; giảm trừ gia cảnh", []),
])
def test_excluded(text, things):
    assert vn.excluded(text) == things


@pytest.mark.parametrize("text, expected", [
    # the 1997 corporate income tax law (devdocs "Không số"), named short
    ("Luật Thuế thu nhập doanh nghiệp 97: cơ sở kinh doanh nộp tờ khai cho cơ quan thuế chậm nhất ngày nào?",
     "Luật Thuế thu nhập doanh nghiệp 1997: cơ sở kinh doanh nộp tờ khai cho cơ quan thuế chậm nhất ngày nào?"),
    ("Luật Đất đai 13, điều 5 nói gì?", "Luật Đất đai 2013, điều 5 nói gì?"),
    ("Luật số 97?", "Luật số 97?"),  # a serial
    ("Luật 97 quy định gì?", "Luật 97 quy định gì?"),  # no title
    ("Việc sửa các luật thuế để thúc đẩy KHCN theo tinh thần NQ 57: …", "Việc sửa các luật thuế để thúc đẩy KHCN "
     "theo tinh thần NQ 57: …"),  # a resolution's serial
    ("Luật Thuế thu nhập doanh nghiệp ngày 03?", "Luật Thuế thu nhập doanh nghiệp ngày 03?"),
])
def test_a_laws_two_digit_year_is_written_out(text, expected):
    assert vn.law_years_written_out(text) == expected


@pytest.mark.parametrize("type_name, text, cites", [
    # a document of a type cited by its number (dc25): after the type's name, or by the code in its number
    ("hướng dẫn", "UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng", True),
    ("công văn", "ý kiến của Sở Xây dựng tại Công văn số 3581/SXD-PTĐT", True),
    ("quyết định", "đã ban hành Quyết định số 2482/QĐ-UBND ngày 01/10/2008", True),
    ("quyết định", "theo Văn bản số 15/2024/QĐ-UBND", True),
    ("hướng dẫn", "Kế hoạch số 193/KH-UBND", False),
    ("hướng dẫn", "Văn bản số 4705/HDX-BQP", False),
    ("hướng dẫn", "theo hướng dẫn của Bộ Tài chính", False),
])
def test_a_document_of_a_type_is_cited_by_its_number(type_name, text, cites):
    assert bool(vn.cites_numbered(type_name).search(text)) is cites


@pytest.mark.parametrize("typed, read", [
    # questions_og og11 (dc25): a type code typed in lower case glued to its serial is set apart from it
    ("so kh&dt trong kh196 lam nhung viec gi", "so kh&dt trong kh 196 lam nhung viec gi"),
    ("qd807 ai ky", "QĐ 807 ai ky"),
    ("nq03 phu luc 2", "nq 03 phu luc 2"),
    # not a code: letters and digits of another word, a code with a capital, a number's own code
    ("covid19 và tt 55", "covid19 và tt 55"),
    ("Kh196", "Kh196"),
    ("mã kh196x", "mã kh196x"),
])
def test_a_code_glued_to_its_serial_is_set_apart(typed, read):
    assert vn.typed_number_codes(typed) == read


@pytest.mark.parametrize("question, case", [
    # the case an amount or a length is asked of (dc25, devdocs_ob ob05)
    ("Nếu số thuế GTGT đã nộp trên chứng từ thấp hơn số đề nghị hoàn ban đầu thì được hoàn bao nhiêu? (TT 205)",
     "số thuế GTGT đã nộp trên chứng từ thấp hơn số đề nghị hoàn ban đầu"),
    ("Theo Thông tư 75/2003/TT-BTC, trường hợp giải thể, phá sản thì thời gian nộp báo cáo quyết toán thuế là bao lâu?",
     "giải thể, phá sản"),
    ("Nếu chậm nộp thì bị phạt không?", None),  # no amount asked
    # a case named after a colon, and a manner asked (wr25, devdocs_ob ob53 and devdocs_tx tx40)
    ("Mẫu 01-NTNN: có nhiều hơn một nhà thầu nước ngoài trực tiếp kê khai thì chỉ tiêu 09 ghi thế nào?",
     "có nhiều hơn một nhà thầu nước ngoài trực tiếp kê khai"),
    ("Theo Phụ lục 01-NTNN, trường hợp có nhiều nhà thầu nước ngoài trực tiếp kê khai nộp thuế thì Bên Việt Nam ghi chỉ "
     "tiêu 09 thế nào?", "có nhiều nhà thầu nước ngoài trực tiếp kê khai nộp thuế"),
    ("Quyết định 08/2000/QĐ-TTg: thiệt hại từ 30% đến 60% thì được giảm bao nhiêu, trong bao lâu?",
     "thiệt hại từ 30% đến 60%"),
    ("Hỏi: theo Thông tư 55 thì được miễn thuế thế nào?", None),  # a source named after the colon, not a case
    ("Được hoàn bao nhiêu?", None),  # no case named
])
def test_the_case_an_amount_is_asked_of(question, case):
    assert vn.case_asked(question) == case


# Quyết định 12/2010/QĐ-TTg, Điều 3 and Thông tư 03/2009/TT-BTC, Mục III.2: each clause extends the sum of one quarter;
# a question names the quarter it asks, with or without marks.
QUARTER_SENTENCES = [
    (SAMPLES / "thue/12_2010_QĐ-TTg.md", "Đối với số thuế tính tạm nộp của quý II năm 2010 được gia hạn nộp thuế chậm nhất "
     "đến ngày 30 tháng 10 năm 2010", {(2, "2010")}),
    (SAMPLES / "thue/12_2010_QĐ-TTg.md", "Đối với số thuế phải nộp theo quyết toán năm 2010 được gia hạn nộp thuế chậm "
     "nhất đến ngày 30 tháng 6 năm 2011", set()),
    (ROOT / "evals/devdocs/03_2009_TT-BTC.md", "Số thuế tính tạm nộp của quý IV năm 2009 được gia hạn nộp thuế chậm nhất "
     "đến ngày 29 tháng 10 năm 2010", {(4, "2009")}),
    (ROOT / "evals/devdocs/BCD_phien_1.md", "đưa vào sử dụng ngay trong quý 2/2025", {(2, "2025")}),
    # a recurrence names no quarter
    (ROOT / "evals/devdocs/09_2003_QH11.md", "Thời hạn nộp thuế hàng quý chậm nhất là ngày cuối quý.", set()),
]


@pytest.mark.parametrize("path, sentence, quarters", QUARTER_SENTENCES, ids=lambda v: str(v)[:24])
def test_named_quarters_reads_a_quarter_and_its_year(path, sentence, quarters):
    assert sentence in path.read_text(encoding="utf-8")
    assert vn.named_quarters(sentence) == quarters


@pytest.mark.parametrize("question, sentence, other", [
    ("số thuế TNDN tạm nộp quý II năm 2010 được gia hạn đến ngày nào?", QUARTER_SENTENCES[0][1], False),
    ("qd 12/2010/qd-ttg: thue tndn tam nop quy IV nam 2010 duoc gia han den ngay nao", QUARTER_SENTENCES[0][1], True),
    # the same quarter of another year
    ("gia hạn nộp thuế TNDN tạm tính quý II năm 2011 đến ngày nào?", QUARTER_SENTENCES[0][1], True),
    # a sentence naming no quarter is not another quarter's
    ("số thuế TNDN tạm nộp quý II năm 2010 được gia hạn đến ngày nào?", QUARTER_SENTENCES[1][1], False),
    # a quarter asked without a year
    ("Còn quý IV thì hạn khi nào?", QUARTER_SENTENCES[2][1], False),
])
def test_quarter_other_tells_a_clause_of_another_quarter(question, sentence, other):
    assert vn.quarter_other(vn.named_quarters(question), sentence) is other


@pytest.mark.parametrize("path, sentence, own", [
    # Thông báo 537/TB-VPCP: the scan reads "trước" as "rước"; the day is the act's
    (SAMPLES / "chinhphu/537-tb.signed.txt", "giải quyết dứt điểm rước ngày 06 tháng 10 năm 2025", True),
    # Chỉ thị 22/2008/CT-TTg: the date of the decision it cites is no time of the act
    (SAMPLES / "thue/22_2008_CT-TTg.md", "theo Quyết định số 201/2004/QĐ-TTg ngày 06 tháng 12 năm 2004 của Thủ tướng "
     "Chính phủ", False),
])
def test_states_own_date_sets_aside_the_dates_of_documents_cited(path, sentence, own):
    assert sentence in path.read_text(encoding="utf-8")
    assert vn.states_own_date(sentence) is own


def test_states_own_date_sets_aside_a_cited_number_a_line_break_cuts():
    # Nghị quyết 323/NQ-CP, Điều 1: the date of the submission it approves, its number cut by the scan's line break
    text = " ".join((SAMPLES / "chinhphu/323nq.signed.txt").read_text(encoding="utf-8").split())
    sentence = "do Bộ Nội vụ trình tại Tờ trình số 8911/TTr- BNV ngày 03 tháng 10 năm 2025"
    assert sentence in text
    assert not vn.states_own_date(sentence)


@pytest.mark.parametrize("path, sentence, named", [
    # Luật 09/2003/QH11, Điều 13 and Thông tư 128/2003/TT-BTC: the last day of a period is a day
    (ROOT / "evals/devdocs/09_2003_QH11.md", "Thời hạn nộp thuế hàng quý chậm nhất là ngày cuối quý.", True),
    (ROOT / "evals/devdocs/128_2003_TT-BTC.md", "Thời hạn nộp thuế chậm nhất không quá ngày cuối cùng của tháng cuối quý.",
     True),
    # a bare recurrence names none
    (ROOT / "evals/devdocs/03_2009_TT-BTC.md", "a) Tự khai tạm tính quý IV năm 2008 và hàng quý năm 2009:", False),
])
def test_names_day_reads_the_last_day_of_a_period(path, sentence, named):
    assert sentence in path.read_text(encoding="utf-8")
    assert vn.names_day(sentence) is named


@pytest.mark.parametrize("question, unit", [
    ("Theo Công điện 190, mỗi tỉnh phải hoàn thành bao nhiêu căn nhà ở xã hội trong năm 2025?", "tỉnh"),
    ("Từng địa phương được giao mấy chỉ tiêu?", "địa phương"),
    ("mỗi tỉnh phải làm gì?", None),  # no amount asked
    ("mỗi năm dành bao nhiêu phần trăm tổng chi ngân sách?", None),  # a time unit: a recurrence
    ("Chỉ tiêu nhà ở xã hội năm 2025 là bao nhiêu căn?", None),
])
def test_an_amount_asked_per_unit(question, unit):
    assert vn.each_asked(question) == unit


@pytest.mark.parametrize("text, unit, said", [
    ("hoàn thành chỉ tiêu 100.000 căn nhà ở xã hội trong năm 2025", "tỉnh", False),
    ("hỗ trợ mỗi tỉnh 10 tỷ đồng", "tỉnh", True),
    ("mức tiền lương 400.000 đồng/đơn vị/tháng", "đơn vị", True),
    ("số thu bình quân đạt 20 tỷ đồng", "xã", True),
])
def test_a_text_says_something_per_unit(text, unit, said):
    assert vn.says_each(text, unit) is said


@pytest.mark.parametrize("text, codes", [
    # Thông tư 42/2009/TT-BTC's forms and the note under its Bảng kê
    ("Mẫu số: 01/KK-XS", {"01/KK-XS"}),
    ("Mẫu số: **01/KK-XS**", {"01/KK-XS"}),
    ("*(Kèm theo Tờ khai quyết toán thuế thu nhập cá nhân mẫu số 02/KK-XS)*", {"02/KK-XS"}),
    ("Mẫu 02A/BK-XS ban hành kèm Thông tư 42/2009/TT-BTC kèm theo tờ khai nào?", {"02A/BK-XS"}),
    ("mau 01/kk-xs", set()),  # without marks "mau" is no "mẫu": the question restored with its marks is read
    ("Mẫu 01-NTNN: có nhiều hơn một nhà thầu", {"01-NTNN"}),
    # a follow-up restored around its code
    ("Dành cho ai – Mẫu kèm tờ 01/KK-XS", {"01/KK-XS"}),
    # no letter part, or a document's number: no form code
    ("theo mẫu số 01 ban hành kèm Thông tư 42/2009/TT-BTC", set()),
    ("Công điện 196/CĐ-TTg", set()),
])
def test_the_codes_of_the_forms_a_text_names(text, codes):
    assert vn.form_codes(text) == codes


@pytest.mark.parametrize("path, sentence, day", [
    # Công điện 190/CĐ-TTg, 6.: "trong ngày" read by the scan as "trong này"; the day is the task's own
    (SAMPLES / "chinhphu/190-ttg.signed.txt", "nhà ở xã hội, gửi Bộ Xây dựng trong này 10/10/2025", "trong này 10/10/2025"),
    # a day after "ngày" is left to the deadline rules ("rước ngày …", Thông báo 537/TB-VPCP) or a cited document's
    # (Công điện 192/CĐ-TTg: "Quyết định số 2014/QD- Mg: ngày 12 tháng 9 năm 2025", its number broken by the scan)
    (SAMPLES / "chinhphu/537-tb.signed.txt", "giải quyết dứt điểm rước ngày 06 tháng 10 năm 2025", None),
    (SAMPLES / "chinhphu/192-ttg.signed.txt", "Quyết định số 2014/QD- Mg: ngày 12 tháng 9 năm 2025", None),
    # Chỉ thị 22/2008/CT-TTg: a cited decision's date is none of the sentence's
    (SAMPLES / "thue/22_2008_CT-TTg.md", "theo Quyết định số 201/2004/QĐ-TTg ngày 06 tháng 12 năm 2004 của Thủ tướng "
     "Chính phủ", None),
])
def test_own_day_reads_a_day_after_a_misread_cue(path, sentence, day):
    assert sentence in path.read_text(encoding="utf-8")
    found = vn.own_day(sentence)
    assert (found and found.group()) == day


# Thông tư liên tịch 19/2009/TTLT-BTC-BNV (evals/devdocs): its scope sentence under "I. PHẠM VI ÁP DỤNG", and Mục
# III.1, a rule for one group, which states no scope
TTLT19 = (ROOT / "evals" / "devdocs" / "19_2009_TTLT-BTC-BNV.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("sentence, said", [
    ("Thông tư này hướng dẫn việc thu và nộp thuế thu nhập cá nhân đối với người làm việc trong tổ chức cơ yếu", True),
    ("Đối với người làm công tác cơ yếu không phải là quân nhân, công an nhân dân đang công tác tại các Bộ, ngành và "
     "các địa phương thực hiện theo hướng dẫn tại Thông tư số 84/2008/TT – BTC", False),
])
def test_scope_said_reads_a_documents_own_scope(sentence, said):
    assert sentence in TTLT19
    assert bool(vn.SCOPE_SAID.search(sentence)) is said
    assert vn.SCOPE_ASKED.search("Đối tượng áp dụng của Thông tư liên tịch 19/2009/TTLT-BTC-BNV là ai?")
    assert not vn.SCOPE_ASKED.search("Người nước ngoài làm ở văn phòng đại diện có thuộc phạm vi được miễn thuế không?")


def test_recounted_reads_a_cited_documents_subject_line():
    # the Bộ Xây dựng letter attached to Công văn 9533/VPCP-CN: the task it recounts is the earlier letter's
    text = " ".join((SAMPLES / "chinhphu/9533-cn.signed.txt").read_text(encoding="utf-8").split())
    before = ("Thực hiện chỉ đạo của Phó Thủ tướng Chính phủ Trần Hồng Hà tại văn bản số 8576/VPCP-CN ngày 12/9/2025 về "
              "việc giao Bộ Tài chính ")
    assert before + "nghiên cứu điều chỉnh" in text
    assert vn.recounted(before)
    # the covering letter's own assignment, and a task under a document cited as its basis
    assert not vn.recounted("Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau: 1. Bộ Tài chính ")
    assert not vn.recounted("Căn cứ văn bản số 8576/VPCP-CN ngày 12/9/2025, giao Bộ Tài chính ")


@pytest.mark.parametrize("text, codes", [
    # the forms of Thông tư 05/2005/TT-BTC (PLTT05) are named "Phụ lục" too
    ("Theo phụ lục 01-NTNN, Bên Việt Nam gửi thông báo cho những cơ quan nào?", {"01-NTNN"}),
    ("*(Kèm theo Phụ lục số 01-NTNN, ban hành kèm theo Thông tư số05 ngày111// /2004 )*", {"01-NTNN"}),
    ("| | **Độc lập- Tự do- Hạnh phúc** | | | | Phụ lục số 02 - NTNN | |", {"02-NTNN"}),
    # an appendix by its number, or a document's number, is no form's code
    ("Phụ lục I kèm theo Quyết định này", set()),
    ("Chi tiết tại Phụ lục 2 kèm theo", set()),
    ("Phụ lục kèm theo Nghị định số 260/2025/NĐ-CP", set()),
])
def test_a_form_named_phu_luc_has_its_code(text, codes):
    assert vn.form_codes(text) == codes


@pytest.mark.parametrize("text, regions", [
    # Nghị quyết 306/NQ-CP, Phụ lục, Mục II.1 (OCR'd: "Duyên hai", "dat")
    ("- Vùng Bắc Trung Bộ: phấn đấu tốc độ tăng trưởng GRDP bình quân đạt khoảng 10 - 10,5%/nam", {"bac trung bo"}),
    ("- Vùng Duyên hai Nam Trung Bộ và Tây Nguyên: phấn đấu tốc độ tăng trưởng GRDP",
     {"duyen hai nam trung bo va tay nguyen"}),
    ("vùng Duyên hải Nam Trung Bộ và Tây Nguyên phấn đấu tốc độ tăng trưởng", {"duyen hai nam trung bo va tay nguyen"}),
    ("các tuyến đường nôi với các địa phương vùng Đông Nam Bộ, khu vực Nam Lào và Đông Bắc Campuchia",
     {"dong nam bo", "nam lao va dong bac campuchia"}),
    # a region by its kind, not its name, is none
    ("khu vực miền núi, trung du và vùng thấp trũng", set()),
])
def test_the_regions_a_text_names(text, regions):
    assert vn.named_regions(text) == regions


@pytest.mark.parametrize("text, attached", [
    ("*(Ban hành kèm theo Thông tư số 42/2009/TT-BTC ngày 09/03/2009 của Bộ Tài chính)*", {("thong tu", "42")}),
    # PLTT05: the words glued by the conversion
    ("*(Kèm theo Mẫu số 01-NTNN, ban hành kèm theo Thông tư số05ngày11 /1 /2004 )*", {("thong tu", "5")}),
    ("(Kèm theo Nghị định số 260/2025/NĐ-CP ngày 10 tháng 10 năm 2025 của Chính phủ)", {("nghi dinh", "260")}),
    # a form attached to another form is issued with no document
    ("*(Kèm theo Tờ khai quyết toán thuế thu nhập cá nhân mẫu số 02/KK-XS)*", set()),
])
def test_the_document_a_form_says_it_is_issued_with(text, attached):
    assert vn.attached_to(text) == attached


@pytest.mark.parametrize("text, signing", [
    ("Chủ tịch Ủy ban nhân nhân cấp xã ký quyết định gọi đăng ký nghĩa vụ quân sự", True),
    ("có trách nhiệm chuyển quyết định gọi đăng ký nghĩa vụ quân sự đến công dân", False),  # "đăng ký" only
    ("Thư ký Hội đồng", False), ("Ký hiệu văn bản", False), ("tiền ký quỹ", False),
    ("người ký", True), ("đã kí ban hành", True),
])
def test_signs_reads_a_signing_not_a_compound_holding_ky(text, signing):
    from corpus.vn import signs
    assert signs(text) is signing


# Quyết định 2298/2002/QĐ-UB (Bến Tre), Điều 2 and Điều 1
@pytest.mark.parametrize("sentence, cited_only", [
    ("Quyết định này thay thế Quyết định số 1418/2001/QĐ-UB ngày 03/3/2001 của Uỷ ban nhân dân tỉnh Bến Tre về việc ban "
     "hành bảng giá tính tính lệ phí trước bạ xe ôtô, xe hai bánh gắn máy.", True),
    ("Nay ban hành bảng giá chuẩn tối thiểu tính thuế giá trị gia tăng, thuế thu nhập doanh nghiệp và lệ phí trước bạ "
     "xe gắn máy cho phù hợp giá cả thực tế trên thị trường tỉnh Bến Tre", False),
    ("Quyết định này thay thế Quyết định số 1418/2001/QĐ-UB.", False),  # the act not stated at all
])
def test_an_act_stated_only_in_the_title_of_a_cited_document(sentence, cited_only):
    assert vn.act_of_cited_only(sentence, "ban hành") is cited_only


@pytest.mark.parametrize("text, flat", [
    # Công điện 194/CĐ-TTg: an office written with its line broken, compared with the one asked
    ("Phó Thủ tướng  Chính\nphủ Hồ Đức Phớc", "pho thu tuong chinh phu ho duc phoc"),
    ("  Luật Thuế THU NHẬP doanh nghiệp ", "luat thue thu nhap doanh nghiep"),
    ("", ""),
])
def test_folded_flat_is_the_form_spans_are_compared_in(text, flat):
    from corpus.vn import folded_flat
    assert folded_flat(text) == flat


@pytest.mark.parametrize("question, named", [
    # Round tl30: whatever is asked of it (devdocs tl06, a near miss on Quyết định 60/2003/QĐ-UB of Nghệ An)
    ("Quyết định 60/2003/QĐ-UB của UBND tỉnh Nghệ An quy định giá tối thiểu tính lệ phí trước bạ đối với tàu thuyền "
     "đánh cá như thế nào?", "tàu thuyền đánh cá như thế nào"),
    ("Cơ quan nào hướng dẫn thuế đối với doanh nghiệp bảo hiểm?", "doanh nghiệp bảo hiểm"),
    ("Quyết định 41/2002/QĐ-TTg có hiệu lực khi nào?", None),
])
def test_applied_to_reads_what_follows_doi_voi_whatever_is_asked(question, named):
    assert vn.applied_to(question) == named


@pytest.mark.parametrize("text, leaves_out", [
    # Round tl30: "được tính trừ" deducts (Quyết định 839/QĐ-UB: "chỉ được tính trừ tối đa là 450.000đ/người/tháng")
    ("Quyết định 839/QĐ-UB quy định mức tiền lương tối đa được tính trừ cho xí nghiệp có vốn đầu tư nước ngoài là bao "
     "nhiêu?", False),
    ("phương pháp khấu trừ thuế", False),
    ("các khoản giảm trừ gia cảnh", False),
    ("được trừ vào chi phí khi tính thuế", False),
    ("QĐ 1730/2003 áp mức lương 700.000 đồng cho ai, trừ doanh nghiệp có vốn đầu tư nước ngoài thì bao nhiêu?", True),
    ("ngoại trừ các trường hợp quy định tại khoản 2", True),
])
def test_excluding_reads_leaving_out_not_deducting(text, leaves_out):
    assert vn.excluding(text) is leaves_out


@pytest.mark.parametrize("text, marked", [
    # Round tl30: devdocs tl27, "Ai ky Quyet dinh 41/2002/QD-TTg …?": the number matched no indexed one
    ("Ai ky Quyet dinh 41/2002/QD-TTg ve chong that thu thue?", "Ai ky Quyet dinh 41/2002/QĐ-TTg ve chong that thu thue?"),
    ("Nghi dinh 30/1998/ND-CP", "Nghi dinh 30/1998/NĐ-CP"),
    ("cong dien 186/CD-TTg", "cong dien 186/CĐ-TTg"),
    ("quyet dinh 1418/2001/qd-ub", "quyet dinh 1418/2001/QĐ-ub"),
    # already marked, codes with no "Đ", dates and the issuer's part stay as they are
    ("Quyết định 05/2012/QĐ-UBND", "Quyết định 05/2012/QĐ-UBND"),
    ("Thông tư 12/2009/TT-BTC ngày 22/01/2009", "Thông tư 12/2009/TT-BTC ngày 22/01/2009"),
    ("Văn bản 4705/HD-BQP", "Văn bản 4705/HD-BQP"),
    ("Công văn 402-CV/VPĐU", "Công văn 402-CV/VPĐU"),
])
def test_numbers_marked_gives_a_typed_code_its_mark(text, marked):
    assert vn.numbers_marked(text) == marked


@pytest.mark.parametrize("verb, before, sent", [
    # "phản ảnh" is the other spelling of "phản ánh" (Thông tư liên tịch 19/2009/TTLT-BTC-BNV, Mục IV; Thông tư
    # 84/2008/TT-BTC): either answers "… thì phản ánh về đâu?"
    ("phản ánh", "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ảnh kịp thời về ", True),
    ("phản ánh", "đề nghị các Bộ, cơ quan, địa phương kịp thời phản ánh về ", True),
    ("phản ảnh", "kịp thời phản ánh về ", True),
    ("phản ánh", "hình ảnh về ", False),  # no other word ending "ảnh"
    ("gửi", "đề nghị các đơn vị phản ảnh kịp thời về ", False),  # another verb is another act
])
def test_where_something_is_sent_reads_both_spellings_of_phan_anh(verb, before, sent):
    from corpus.vn import sent_to
    assert bool(sent_to(verb).search(before)) is sent
