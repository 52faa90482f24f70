"""Loaders: content-type detection, every format on real files, PDF repairs as table tests, and the error cases."""
from __future__ import annotations

import hashlib
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest

from corpus import loaders
from corpus.errors import BadDocument, MissingTool, NeedsOcr, TooLarge, UnsupportedFormat
from corpus.loaders import iter_files, load
from corpus.pdf import (
    join_hyphenation,
    join_split_syllables,
    reattach_marks,
    repair_page,
    strip_page_furniture,
)
from corpus.text import fix_tone_placement, is_syllable, normalize, syllable_share
from tests.data import ALQAC, DATA, SAMPLES, needs_alqac

NINH_BINH = DATA / "ninhbinh_ubnd_2024"
TAX = DATA / "tax_vbpl"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def assert_clean(text: str) -> None:
    assert normalize(text) == text
    assert not any(unicodedata.combining(c) or c in "\ufffe\ufffd" for c in text)


# --- pure repairs ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("token", ["Việt", "VIỆT", "nghiệp", "người", "quốc", "khuyến", "giữa", "chuyển", "hoạch",
                                   "luật", "Nguyễn", "điều", "ước", "yêu", "thủy", "xoong"])
def test_real_syllables_are_valid(token):
    assert is_syllable(token)


@pytest.mark.parametrize("token", ["Td", "chi'c", "chInh", "djaphwo'ng", "phüc", "tjch", "nhn", "ViỆt", "viêt̃́",
                                   "Internet", "tiê", "ă", "UBND"])
def test_garbage_and_foreign_tokens_are_not_syllables(token):
    assert not is_syllable(token)


def test_lenient_syllables_accept_ocr_that_lost_or_moved_marks():
    assert all(is_syllable(word, lenient=True) for word in ("kiém", "soat", "CONG", "HOA", "Viet"))
    assert not is_syllable("kiém") and not is_syllable("über", lenient=True)


def test_syllable_share_ignores_numbers_codes_and_abbreviations():
    assert syllable_share("Số: 193/KH-UBND ngày 01/11/2024 của UBND tỉnh Ninh Bình") == 1.0
    assert syllable_share("Td chi'c chInh quyn djaphwo'ng") < 0.5
    assert syllable_share("") == 0.0


@pytest.mark.parametrize("broken, fixed", [
    ("Vie \u0302\u0323t Nam", "Việt Nam"),  # marks set apart by a space
    (nfd("Tổ chức") , "Tổ chức"),  # decomposed
    ("Vie\u0302t\u0323 Nam", "Việt Nam"),  # tone stranded on the final consonant
    ("ngu\u031bo\u031bng\u0300i", "ngu\u031bo\u031bng\u0300i"),  # not on a final consonant: left alone
    ("Chỉ thị số 20-CT/TU", "Chỉ thị số 20-CT/TU"),
])
def test_combining_marks_are_reattached(broken, fixed):
    assert reattach_marks(broken) == unicodedata.normalize("NFC", fixed)


@pytest.mark.parametrize("broken, fixed", [
    ("doanh ngh iệp", "doanh nghiệp"),
    ("ng ười dân", "người dân"),
    ("tr ường học", "trường học"),
    ("Vi ệt Nam", "Vi ệt Nam"),  # both halves are syllables on their own: not reliably a split, left alone
    ("doanh nghiệp B ở nước ngoài", "doanh nghiệp B ở nước ngoài"),  # single letters: variables and labels
    ("năm thứ n trong", "năm thứ n trong"),
    ("điểm b khoản 2", "điểm b khoản 2"),
    ("TP Ủy ban", "TP Ủy ban"),
    ("UBND tỉnh", "UBND tỉnh"),
])
def test_split_syllables_are_joined_only_when_unambiguous(broken, fixed):
    assert join_split_syllables(broken) == fixed


def test_a_page_full_of_glyph_fragments_is_rejoined_syllable_by_syllable():
    broken = "Tổ chứ c chí nh quyề n đị a phư ơ ng, ngư ờ i Vi ệ t nghi ệ p vụ"
    assert join_split_syllables(broken) == "Tổ chức chính quyền địa phương, người Việt nghiệp vụ"
    assert join_split_syllables("T ổ  c h ứ c  c h í n h") == "Tổ  chức  chính"


@pytest.mark.parametrize("broken, fixed", [
    ("Chỉ thị số 30/CT-\nTTg ngày", "Chỉ thị số 30/CT-TTg ngày"),
    ("Chỉ thị số 20-\nCT/TU", "Chỉ thị số 20-CT/TU"),
    ("chuyển đổi số-\nquốc gia", "chuyển đổi số-\nquốc gia"),  # Vietnamese does not hyphenate syllables
    ("KINH TẾ-\nXÃ HỘI", "KINH TẾ-\nXÃ HỘI"),
    ("docu-\nment", "document"),
])
def test_line_end_hyphens_are_undone_conservatively(broken, fixed):
    assert join_hyphenation(broken) == fixed


def test_garbage_characters_are_dropped():
    assert repair_page("Chỉ thị số 30/CT\ufffeTTg\ufffd") == "Chỉ thị số 30/CTTTg"


def test_bare_page_numbers_are_dropped_from_page_edges():
    pages = ["Điều 1. Phạm vi\nmột", "2 \nnội dung trang hai\n7", "- 3 -\nba", "bốn\nTrang 4/9"]
    assert strip_page_furniture(pages) == ["Điều 1. Phạm vi\nmột", "nội dung trang hai\n7", "ba", "bốn"]


def test_running_headers_are_dropped_after_their_first_occurrence():
    pages = [f"CÔNG BÁO/Số {n}\nnội dung {n}\nKý bởi: Văn phòng" for n in range(1, 5)]
    assert strip_page_furniture(pages) == ["CÔNG BÁO/Số 1\nnội dung 1\nKý bởi: Văn phòng"] + [
        f"nội dung {n}" for n in range(2, 5)]


def test_a_line_repeated_on_two_of_five_pages_is_kept():
    pages = ["a", "TT Nhiệm vụ\nx", "TT Nhiệm vụ\ny", "b", "c"]
    assert strip_page_furniture(pages) == pages


# --- PDFs ------------------------------------------------------------------------------------------------------

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_glyph_pdf(path: Path, pages: list[list[str]]) -> None:
    """A PDF that draws each combining mark as its own glyph back over its letter, as some generators do; text
    extractors then see a gap after every accented letter and write "chứ c chí nh"."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as raw

    font = FONT.read_bytes()
    pdf = pypdfium2.PdfDocument.new()
    buffer = (ctypes.c_uint8 * len(font)).from_buffer_copy(font)
    handle = raw.FPDFText_LoadFont(pdf, buffer, len(font), raw.FPDF_FONT_TRUETYPE, True)
    for lines in pages:
        page = pdf.new_page(595, 842)
        for row, line in enumerate(lines):
            x = 50
            for char in nfd(line):
                glyph = raw.FPDFPageObj_CreateTextObj(pdf, handle, 12)
                utf16 = (char + "\0").encode("utf-16-le")
                raw.FPDFText_SetText(glyph, (ctypes.c_ushort * (len(utf16) // 2)).from_buffer_copy(utf16))
                mark = unicodedata.combining(char)
                raw.FPDFPageObj_Transform(glyph, 1, 0, 0, 1, x - 7 if mark else x, 800 - 20 * row)
                raw.FPDFPage_InsertObject(page, glyph)
                x += 0 if mark else 7
        raw.FPDFPage_GenerateContent(page)
    pdf.save(path)


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")
def test_pdf_with_glyphs_set_apart_reads_as_whole_syllables(tmp_path):
    first, second = ["Tổ chức chính quyền địa phương", "người Việt nghiệp vụ"], ["chuyển đổi số quốc gia"]
    write_glyph_pdf(tmp_path / "tach.pdf", [first, ["2", *second]])
    [doc] = load(tmp_path / "tach.pdf")
    assert doc.text == "\n".join(first) + "\n\n" + "\n".join(second)
    assert [doc.text[p.start:p.end] for p in doc.pages] == ["\n".join(first), "\n".join(second)]


# --- real PDFs ------------------------------------------------------------------------------------------------

def test_ninh_binh_plan_reads_intact_vietnamese_with_pages():
    [doc] = load(NINH_BINH / "193.pdf")
    assert (doc.doc_id, doc.fmt, len(doc.pages)) == ("193", "pdf", 5)
    assert "Triển khai thực hiện Chỉ thị số 20-CT/TU" in doc.text
    assert "Ban Thường vụ Tỉnh ủy" in doc.text
    assert_clean(doc.text)
    assert doc.page_at(doc.text.index("xác định rõ trách nhiệm của các cơ quan, đơn vị")) == 2
    assert doc.page_at(doc.text.index("Trần Song Tùng")) == 3
    for page in doc.pages[1:]:
        assert not doc.text[page.start:page.end].startswith(f"{page.number}\n")


def test_ninh_binh_culture_plan_keeps_document_codes_whole():
    [doc] = load(NINH_BINH / "196.pdf")
    assert len(doc.pages) == 9
    assert "Chỉ thị số 30/CT-TTg ngày 29/8/2024" in doc.text
    assert "phát triển các ngành công nghiệp văn hóa" in doc.text
    assert_clean(doc.text)
    assert [p.number for p in doc.pages] == list(range(1, 10))
    assert all(doc.pages[i].end <= doc.pages[i + 1].start for i in range(8))
    assert doc.pages[-1].end == len(doc.text)


def test_poor_ocr_text_layer_needs_ocr_with_its_measured_share():
    with pytest.raises(NeedsOcr, match=r"968\.pdf.*\d+%.*OCR"):
        load(NINH_BINH / "968.pdf")


def test_signed_scan_without_text_layer_needs_ocr():
    with pytest.raises(NeedsOcr, match=r"30-ttg\.signed\.pdf.*cần OCR"):
        load(DATA / "chinhphu_2025" / "30-ttg.signed.pdf")


def test_pdf_renamed_txt_is_read_as_pdf(tmp_path):
    renamed = tmp_path / "ke-hoach.txt"
    renamed.write_bytes((NINH_BINH / "193.pdf").read_bytes())
    [doc] = load(renamed)
    assert doc.fmt == "pdf" and doc.doc_id == "ke-hoach" and len(doc.pages) == 5


def test_truncated_pdf_is_a_bad_document(tmp_path):
    truncated = tmp_path / "193.pdf"
    truncated.write_bytes((NINH_BINH / "193.pdf").read_bytes()[:2048])
    with pytest.raises(BadDocument, match="193.pdf") as error:
        load(truncated)
    assert not isinstance(error.value, NeedsOcr)


def test_password_protected_pdf_is_a_bad_document(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=NINH_BINH / "193.pdf")
    writer.encrypt("mat-khau")
    writer.write(tmp_path / "khoa.pdf")
    with pytest.raises(BadDocument, match="khoa.pdf.*mật khẩu"):
        load(tmp_path / "khoa.pdf")


# --- Word, HTML, text -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, phrase", [("09_2003_QH11.doc", "Thuế thu nhập doanh nghiệp"),
                                          ("01_2009_CT-UBND.doc", "Số: 01/2009/CT-UBND")])
def test_old_word_documents_are_read_with_antiword(name, phrase):
    [doc] = load(TAX / "word_docs" / name)
    assert doc.fmt == "doc" and phrase in doc.text
    assert_clean(doc.text)


def test_word_export_saved_as_html_with_doc_suffix_is_read_as_html():
    [doc] = load(TAX / "word_docs" / "100.2008.ND.CP.doc")
    assert doc.fmt == "html"
    assert "| Số: 100/2008/NĐ-CP | Hà Nội, ngày 08 tháng 09 năm 2008 |" in doc.text
    assert "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết" in doc.text
    assert "mso-" not in doc.text and "<" not in doc.text


def test_missing_antiword_is_reported(tmp_path, monkeypatch):
    old = tmp_path / "cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(loaders.shutil, "which", lambda name: None)
    with pytest.raises(MissingTool, match="antiword"):
        load(old)


def test_markdown_keeps_tables_and_vietnamese():
    [doc] = load(DATA / "nq57_nq03_program" / "official_texts" / "NQCP03_NQ03_PL1_chi_tieu.md")
    assert doc.fmt == "md" and doc.pages == () and doc.sections == ()
    assert "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ" in doc.text
    assert "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |" in doc.text
    assert "| **I** | **Đến năm 2030** |" in doc.text


def test_tax_markdown_document_is_read():
    source = TAX / "markdown_docs" / "09_2003_QH11.md"
    [doc] = load(source)
    assert doc.fmt == "md" and "thu nhập doanh nghiệp" in doc.text
    assert doc.content_hash == hashlib.sha256(source.read_bytes()).hexdigest()


def test_docx_paragraphs_and_tables_come_out_in_body_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("TT", "Nhiệm vụ", "Thời gian"), ("1", "Trồng cây xanh", "Hàng năm"),
                                        ("2", "Bảo vệ cây cổ thụ", "")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("Nơi nhận: như trên.")
    document.save(tmp_path / "ke-hoach.docx")
    [doc] = load(tmp_path / "ke-hoach.docx")
    assert doc.fmt == "docx"
    assert doc.text == ("KẾ HOẠCH\n| TT | Nhiệm vụ | Thời gian |\n|---|\n| 1 | Trồng cây xanh | Hàng năm |\n"
                        "| 2 | Bảo vệ cây cổ thụ |\nNơi nhận: như trên.")


@pytest.mark.parametrize("content", [b"day khong phai tep zip", b"PK\x03\x04 hong"])
def test_docx_that_is_not_a_valid_zip_is_a_bad_document(tmp_path, content):
    (tmp_path / "hong.docx").write_bytes(content)
    with pytest.raises(BadDocument, match="hong.docx"):
        load(tmp_path / "hong.docx")


def test_html_keeps_blocks_and_tables_and_drops_scripts_and_navigation(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Cổng</title><style>p{color:red}</style></head><body>
    <nav>Trang chủ | Tin tức</nav><script>alert('x')</script><!-- ghi chú -->
    <h1>QUYẾT ĐỊNH</h1><p>Điều 1. Phê duyệt kế hoạch
    năm 2025.<br>Điều 2. Hiệu lực</p>
    <table><tr><th>TT</th><th>Nhiệm vụ</th></tr><tr><td>1</td><td>Trồng <b>cây</b> xanh</td></tr></table>
    </body></html>"""
    (tmp_path / "qd.html").write_text(page, encoding="utf-8")
    [doc] = load(tmp_path / "qd.html")
    assert doc.fmt == "html"
    assert doc.text == ("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt kế hoạch năm 2025.\nĐiều 2. Hiệu lực\n\n"
                        "| TT | Nhiệm vụ |\n|---|\n| 1 | Trồng cây xanh |")


def test_windows_1258_text_is_decoded_and_recomposed(tmp_path):
    sentence = "Điều 1. Ủy ban nhân dân tỉnh triển khai thực hiện Chỉ thị về phát triển cây xanh đô thị."
    tones = "\u0300\u0301\u0303\u0309\u0323"
    # cp1258 stores a base letter (â, ơ, đ...) followed by a separate combining tone mark
    encoded = "".join(unicodedata.normalize("NFC", "".join(c for c in nfd(ch) if c not in tones))
                      + "".join(c for c in nfd(ch) if c in tones) for ch in sentence).encode("cp1258")
    (tmp_path / "cu.txt").write_bytes(encoded)
    [doc] = load(tmp_path / "cu.txt")
    assert doc.text == sentence and doc.fmt == "txt"


def test_utf8_with_bom_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffKẾ HOẠCH\r\nTriển khai".encode("utf-8"))
    assert load(tmp_path / "a.txt")[0].text == "KẾ HOẠCH\nTriển khai"


def test_binary_garbage_is_a_bad_document(tmp_path):
    (tmp_path / "rac.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BadDocument, match="rac.txt"):
        load(tmp_path / "rac.txt")


# --- JSON law corpora -----------------------------------------------------------------------------------------

@needs_alqac
def test_alqac_law_file_gives_one_document_per_law_with_exact_article_offsets():
    source = ALQAC / "alqac2022" / "law.json"
    laws = json.loads(source.read_text(encoding="utf-8"))
    docs = load(source)
    assert [d.doc_id for d in docs] == ["91/2015/QH13", "24/2018/QH14", "45/2019/QH14", "01/VBHN-VPQH"]
    for doc, law in zip(docs, laws):
        assert doc.fmt == "json" and doc.header.doc_number == doc.doc_id and doc.source == str(source)
        assert normalize(doc.text) == doc.text
        assert len(doc.sections) == len(law["articles"])
        for section, article in zip(doc.sections, law["articles"]):
            body = normalize(article["text"])
            assert doc.text[section.start:section.end] == body
            assert doc.text[:section.start].endswith(f"Điều {article['id']}. ")
            assert section.article == article["id"] and section.label == f"Điều {article['id']}"
            assert section.heading_path == (f"Điều {article['id']}. {body.splitlines()[0]}",)
    assert docs[0].sections[0].heading_path == ("Điều 1. Phạm vi điều chỉnh",)
    assert len({d.content_hash for d in docs}) == 4


@needs_alqac
def test_alqac_law_names_become_titles_and_types():
    docs = {d.doc_id: d for d in load(ALQAC / "alqac2023" / "law.json")}
    assert docs["Luật Phòng, chống ma túy"].header.title == "Luật Phòng, chống ma túy"
    assert docs["Luật Phòng, chống ma túy"].header.doc_type == "Luật"
    assert docs["Bộ luật dân sự"].header.doc_type == "Bộ luật"
    assert docs["Hiến pháp"].header.doc_type == "Hiến pháp"
    assert docs["Hiến pháp"].header.doc_number is None


def test_other_json_is_unsupported(tmp_path):
    (tmp_path / "cau-hoi.json").write_text('[{"question_id": "q1", "text": "?"}]', encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match="cau-hoi.json"):
        load(tmp_path / "cau-hoi.json")


# --- sizes, emptiness, walking folders ------------------------------------------------------------------------

def test_empty_file_is_a_bad_document(tmp_path):
    (tmp_path / "rong.pdf").write_bytes(b"")
    with pytest.raises(BadDocument, match="rong.pdf.*rỗng"):
        load(tmp_path / "rong.pdf")


def test_file_over_the_limit_is_too_large(tmp_path):
    (tmp_path / "lon.txt").write_text("Nội dung " * 60_000, encoding="utf-8")
    with pytest.raises(TooLarge, match=r"lon.txt.*giới hạn là 0\.5 MB"):
        load(tmp_path / "lon.txt", max_bytes=2**19)


def test_iter_files_walks_folders_sorted_and_skips_hidden_and_unsupported(tmp_path):
    for name in ["b.pdf", "a.md", "sub/c.DOCX", "sub/d.xlsx", ".an.txt", ".git/e.txt", "sub/.cache/f.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == ["a.md", "b.pdf", "sub/c.DOCX"]
    assert list(iter_files([tmp_path / "b.pdf", tmp_path / "sub" / "d.xlsx"])) == [tmp_path / "b.pdf"]


def test_sidecar_metadata_fills_the_blanks_of_an_unsigned_draft(tmp_path):
    pdf = tmp_path / "193.pdf"
    pdf.write_bytes((DATA / "ninhbinh_ubnd_2024" / "193.pdf").read_bytes())
    assert load(pdf)[0].header.doc_number is None  # "Số: /KH-UBND": the number is blank in the draft
    (tmp_path / "193.pdf.meta.json").write_text('{"doc_number": "193/KH-UBND", "issued_on": "2024-11-01"}')
    [doc] = load(pdf)
    assert (doc.header.doc_number, doc.header.issued_on.isoformat()) == ("193/KH-UBND", "2024-11-01")
    assert doc.header.issuer == "Ủy ban nhân dân tỉnh Ninh Bình"  # parsed fields are kept
    assert [p.name for p in iter_files([tmp_path])] == ["193.pdf"]


def test_broken_sidecar_is_a_clear_error(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Kế hoạch", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"issued_on": "30/6/2025"}')
    with pytest.raises(BadDocument, match="siêu dữ liệu"):
        load(text)


# --- legacy Vietnamese encodings and hostile archives ----------------------------------------------------------

TCVN3_TEXT = ("Uû ban nh©n d©n tØnh Ninh B×nh\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n"
              "KÕ ho¹ch triÓn khai thùc hiÖn ChØ thÞ vÒ ph¸t triÓn c©y xanh")
UNICODE_TEXT = ("Ủy ban nhân dân tỉnh Ninh Bình\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
                "Kế hoạch triển khai thực hiện Chỉ thị về phát triển cây xanh")


@pytest.mark.parametrize("encode", [lambda t: t.encode("latin-1"),  # TCVN3 bytes, as an old .txt file holds them
                                    lambda t: t.encode("utf-8")])  # TCVN3 glyphs pasted into a UTF-8 file
def test_tcvn3_text_is_converted_to_unicode(tmp_path, encode):
    (tmp_path / "abc.txt").write_bytes(encode(TCVN3_TEXT))
    motto = "Cộng hòa xã hội chủ nghĩa Việt Nam"  # plain text's header motto is put in its standard form
    assert load(tmp_path / "abc.txt")[0].text == UNICODE_TEXT.replace(motto, motto.upper())


def test_tcvn3_text_in_a_docx_is_converted(tmp_path):
    import docx

    document = docx.Document()
    for line in TCVN3_TEXT.splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "cu.docx")
    assert load(tmp_path / "cu.docx")[0].text == UNICODE_TEXT


def test_vni_text_is_reported_with_how_to_convert_it(tmp_path):
    vni = "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nCoäng hoøa xaõ hoäi chuû nghóa"
    (tmp_path / "vni.txt").write_bytes(vni.encode("cp1252"))
    with pytest.raises(BadDocument, match="vni.txt.*VNI.*Unikey"):
        load(tmp_path / "vni.txt")


def test_unicode_text_with_foreign_words_is_left_alone(tmp_path):
    text = "Kế hoạch hợp tác với Đại học São Paulo và Zürich về chuyển đổi số."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert load(tmp_path / "a.txt")[0].text == text


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:  # 12 MB of zeros: a few KB packed
            for _ in range(12):
                part.write(b"\0" * 2**20)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(BadDocument, match="bom.docx.*zip bomb"):
        load(bomb, max_bytes=2**20)  # may unpack to 10 MB


def test_markdown_escapes_are_read_as_written_so_quotes_carry_no_backslashes(tmp_path):
    [doc] = load(SAMPLES / "nq57" / "NQ57_bangoc.md")
    assert "57-NQ/TW" in doc.text and "R&D" in doc.text
    assert "\\-" not in doc.text and "\\&" not in doc.text and "\\." not in doc.text
    (tmp_path / "bang.md").write_text("| TT | Nhiệm vụ |\n|---|---|\n| 1\\. | Thuế TNDN \\| TNCN |\n", encoding="utf-8")
    [table] = load(tmp_path / "bang.md")
    assert table.text == "| TT | Nhiệm vụ |\n|---|---|\n| 1. | Thuế TNDN / TNCN |"


def test_docx_table_cell_with_a_bar_stays_one_cell(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("TT", "Nhiệm vụ"), ("1", "Thuế TNDN | TNCN")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(tmp_path / "bang.docx")
    [doc] = load(tmp_path / "bang.docx")
    assert doc.text == "| TT | Nhiệm vụ |\n|---|\n| 1 | Thuế TNDN / TNCN |"


@pytest.mark.parametrize("written, traditional", [
    ("Thủ tướng Chính phủ yêu cầu hoà giải, thuý sản, khoẻ mạnh", "Thủ tướng Chính phủ yêu cầu hòa giải, thúy sản, khỏe mạnh"),
    ("HOÀ BÌNH, Hoà Bình", "HÒA BÌNH, Hòa Bình"),
    ("Quỹ phát triển, quý III, QUÝ IV", "Quỹ phát triển, quý III, QUÝ IV"),  # "qu" is the onset: left as written
    ("hoàn thành, khoản 2, thuỷ lợi", "hoàn thành, khoản 2, thủy lợi"),  # a final consonant keeps the mark
    ("uà, oý", "uà, oý"),  # no ending of oa/oe/uy: left as written
])
def test_tone_marks_are_placed_as_official_documents_place_them(written, traditional):
    assert fix_tone_placement(written) == traditional


@pytest.mark.parametrize(("written", "read"), [
    # Luật 09/2003/QH11, Điều 28: a drop cap in bold
    ("**Điều 28**\n\n**C**hính phủ chỉ đạo việc tổ chức thực hiện Luật này trong cả nước.",
     "**Điều 28**\n\nChính phủ chỉ đạo việc tổ chức thực hiện Luật này trong cả nước."),
    # bold words and numbers stay as written
    ("| Số: **03**/2009**/**TT-BTC |", "| Số: **03**/2009**/**TT-BTC |"),
    ("**Điều 3. Hiệu lực thi hành**", "**Điều 3. Hiệu lực thi hành**"),
])
def test_a_words_bold_first_letter_is_joined_to_it(written, read):
    assert loaders._unescape_markdown(written) == read
