"""parse_structure on real documents (tests/fixtures/data) (expectations read by hand from the files) and on each
heading form in small synthetic texts."""
from __future__ import annotations

import json

import pytest

from corpus.records import Section
from corpus.structure import parse_structure
from corpus.text import normalize
from tests.data import ALQAC, needs_alqac, read

NQ = "nq57_nq03_program/official_texts"
TASK_HEADER = ("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành")


def parsed(relative: str) -> tuple[str, tuple[Section, ...]]:
    text = normalize(read(relative))
    return text, parse_structure(text)


def structure(raw: str) -> tuple[str, tuple[Section, ...]]:
    text = normalize(raw)
    return text, parse_structure(text)


def by_label(sections: tuple[Section, ...], label: str) -> Section:
    [found] = [s for s in sections if s.label == label]
    return found


def body(text: str, section: Section) -> str:
    return text[section.start:section.end]


def article_numbers(sections: tuple[Section, ...]) -> list[str]:
    return [s.article for s in sections if s.article and not s.table_header]


# --- real documents ------------------------------------------------------------------------------------------------

REAL = [
    "ninhbinh_ubnd_2024/193.txt", "ninhbinh_ubnd_2024/196.txt", "chinhphu_2025/30-ttg.signed.txt",
    "chinhphu_2025/186-cd.signed.txt", "chinhphu_2025/259nd.signed.txt", "chinhphu_2025/261nd.signed.txt",
    "chinhphu_2025/143-qd.signed.txt", f"{NQ}/NQCP03_NQ03.md", f"{NQ}/NQCP03_NQ03_PL2_Nhiem_vu.md",
    f"{NQ}/NQ57_bangoc.md", "tax_vbpl/markdown_docs/100.2008.ND.CP.md", "tax_vbpl/word_docs/01_1999_TT-BXD.doc",
]


@pytest.mark.parametrize("relative", REAL)
def test_sections_tile_the_text_in_order_without_overlap(relative):
    text, sections = parsed(relative)
    assert sections[0].start == 0
    for before, after in zip(sections, sections[1:]):
        assert before.end <= after.start
        assert not text[before.end:after.start].strip()  # only blank space between sections
    for section in sections:
        assert section.start < section.end
        assert body(text, section) == body(text, section).strip()
    assert not text[sections[-1].end:].strip()


def test_decree_has_articles_one_to_eighteen_each_in_one_section():
    _, sections = parsed("chinhphu_2025/259nd.signed.txt")
    assert article_numbers(sections) == [str(n) for n in range(1, 19)]


def test_decree_article_sits_under_its_chapter_with_its_title():
    _, sections = parsed("chinhphu_2025/259nd.signed.txt")
    article = by_label(sections, "Điều 4")
    assert article.heading_path == ("Chương II. QUẢN LÝ HÀNG HÓA THƯƠNG MẠI CHIẾN LƯỢC",
                                    "Điều 4. Nguyên tắc quản lý hàng hóa thương mại chiến lược")
    assert article.article == "4"


def test_article_title_wrapped_onto_the_next_line_is_joined():
    _, sections = parsed("chinhphu_2025/259nd.signed.txt")
    assert by_label(sections, "Điều 9").heading_path[-1] == (
        "Điều 9. Hồ sơ, quy trình cấp giấy phép xuất khẩu, tạm nhập tái xuất, chuyển khẩu, trung chuyển, quá cảnh "
        "hàng hóa lưỡng dụng")


def test_khoan_stay_inside_their_article():
    text, sections = parsed("chinhphu_2025/259nd.signed.txt")
    article = body(text, by_label(sections, "Điều 3"))
    assert article.startswith("Điều 3. Giải thích từ ngữ")
    assert "1. Hàng hóa thương mại chiến lược" in article and "7. Đặc điểm kỹ thuật, công nghệ" in article


def test_recipients_block_is_its_own_section():
    text, sections = parsed("chinhphu_2025/259nd.signed.txt")
    recipients = by_label(sections, "Nơi nhận")
    assert recipients.heading_path == ("Nơi nhận",)
    assert "Ban Bí thư Trung ương Đảng" in body(text, recipients)


def test_markdown_decree_has_chapter_section_and_article_path():
    _, sections = parsed("tax_vbpl/markdown_docs/100.2008.ND.CP.md")
    assert article_numbers(sections) == [str(n) for n in range(1, 35)]
    assert by_label(sections, "Điều 6").heading_path == (
        "Chương II. CĂN CỨ TÍNH THUẾ ĐỐI VỚI MỘT SỐ LOẠI THU NHẬP CỦA CÁ NHÂN CƯ TRÚ",
        "Mục 1. THU NHẬP TỪ KINH DOANH VÀ THU NHẬP TỪ TIỀN LƯƠNG, TIỀN CÔNG",
        "Điều 6. Thu nhập tính thuế đối với thu nhập từ kinh doanh, thu nhập từ tiền lương, tiền công")


def test_tax_bracket_table_inside_an_article_gives_a_section_per_row():
    text, sections = parsed("tax_vbpl/markdown_docs/100.2008.ND.CP.md")
    rows = [s for s in sections if s.table_header]
    assert [s.label for s in rows] == [f"Điều 14, dòng {n}" for n in range(1, 8)]
    assert rows[0].table_header == ("Bậc thuế", "Phần thu nhập tính thuế/năm (triệu đồng)",
                                    "Phần thu nhập tính thuế/tháng (triệu đồng)", "Thuế suất (%)")
    assert all(s.article == "14" for s in rows)
    assert "Trên 960" in body(text, rows[-1])


def test_task_table_yields_one_section_per_task():
    _, sections = parsed(f"{NQ}/NQCP03_NQ03_PL2_Nhiem_vu.md")
    tasks = [s for s in sections if ", nhiệm vụ " in s.label]
    # grep -cE "^\| *[0-9]+\. *\|" finds 140 task rows
    assert [s.label for s in tasks] == [f"Phụ lục II, nhiệm vụ {n}" for n in range(1, 141)]
    assert all(s.table_header == TASK_HEADER for s in tasks)


def test_task_fourteen_carries_header_group_and_its_lead_agency():
    text, sections = parsed(f"{NQ}/NQCP03_NQ03_PL2_Nhiem_vu.md")
    task = by_label(sections, "Phụ lục II, nhiệm vụ 14")
    assert task.table_header == TASK_HEADER
    assert body(text, task).startswith("| 14. | Sửa đổi Luật Khoa học và Công nghệ (2013)")
    assert "Bộ Khoa học và Công nghệ" in body(text, task)
    assert task.heading_path[0].startswith("PHỤ LỤC II. DANH MỤC CÁC NHIỆM VỤ")
    assert task.heading_path[-1].startswith("II. Khẩn trương, quyết liệt hoàn thiện thể chế")


def test_group_rows_of_the_task_table_are_headings_for_the_rows_below():
    _, sections = parsed(f"{NQ}/NQCP03_NQ03_PL2_Nhiem_vu.md")
    groups = [s.label for s in sections if ", mục " in s.label]
    assert groups == [f"Phụ lục II, mục {r}" for r in ("I", "II", "III", "IV", "V", "VI", "VII")]
    assert by_label(sections, "Phụ lục II, nhiệm vụ 140").heading_path[-1].startswith("VII. Tăng cường hợp tác")


def test_plan_implementation_part_lists_each_agency_under_it():
    text, sections = parsed("ninhbinh_ubnd_2024/193.txt")
    paths = {s.heading_path: s for s in sections}
    finance = paths[("III. TỔ CHỨC THỰC HIỆN", "2. Sở Tài chính")]
    assert finance.label == "Mục III.2"
    assert body(text, finance).startswith("2. Sở Tài chính\nHằng năm")
    assert ("III. TỔ CHỨC THỰC HIỆN", "1. Các sở, ban, ngành, UBND các huyện, thành phố và các đơn vị có liên quan"
            ) in paths


def test_heading_without_text_of_its_own_opens_the_section_below_it():
    text, sections = parsed("ninhbinh_ubnd_2024/193.txt")
    first = by_label(sections, "Mục III.1")
    assert body(text, first).startswith("III. TỔ CHỨC THỰC HIỆN\n1. Các sở")
    assert not [s for s in sections if s.heading_path == ("III. TỔ CHỨC THỰC HIỆN",)]


def test_appendix_after_the_signature_is_a_new_top_level_section():
    text, sections = parsed("ninhbinh_ubnd_2024/193.txt")
    *_, recipients, appendix = sections
    assert recipients.label == "Nơi nhận" and "Lưu: VT, VP3" in body(text, recipients)
    assert appendix.label == "Phụ lục"
    assert appendix.heading_path == (
        "Phụ lục. CÁC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CHỈ THỊ SỐ 20-CT/TU, NGÀY 10/10/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY",)


def test_plan_numbers_restart_in_each_roman_part():
    _, sections = parsed("ninhbinh_ubnd_2024/196.txt")
    labels = [s.label for s in sections]
    assert [x for x in labels if x.startswith("Mục II.")] == [f"Mục II.{n}" for n in range(1, 8)]
    assert [x for x in labels if x.startswith("Mục V.")] == [f"Mục V.{n}" for n in range(1, 15)]
    assert by_label(sections, "Mục II.1").heading_path[-1] == (
        "1. Tăng cường công tác lãnh đạo, chỉ đạo, tổ chức thực hiện các nhiệm vụ xây dựng, phát triển công "
        "nghiệp văn hóa")


def test_directive_numbered_paragraphs_are_sections_with_short_headings():
    text, sections = parsed("chinhphu_2025/30-ttg.signed.txt")
    assert [s.label for s in sections if s.label.startswith("Mục")] == [f"Mục {n}" for n in range(1, 11)]
    assert by_label(sections, "Mục 2").heading_path == ("2. Bộ trưởng Bộ Công Thương",)
    police = by_label(sections, "Mục 6")
    assert police.heading_path[0].startswith("6. Bộ trưởng Bộ Công an") and police.heading_path[0].endswith("…")
    assert "cung câp than\ncho sản xuât điện theo quy định của pháp luật." in body(text, police)


def test_ocr_damaged_paragraph_numbers_are_still_read():
    _, sections = parsed("chinhphu_2025/30-ttg.signed.txt")  # "_ 8. Tap đoàn" (marks put back), "9, Chủ đầu tư"
    assert by_label(sections, "Mục 8").heading_path == (
        "8. Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam, Binh đoàn 19",)
    assert by_label(sections, "Mục 9").heading_path == ("9, Chủ đầu tư nhà máy nhiệt điện than",)


def test_programme_attached_to_a_resolution_gets_its_own_outline():
    text, sections = parsed(f"{NQ}/NQCP03_NQ03.md")
    assert [s.label for s in sections[1:5]] == ["Điều 1", "Điều 2", "Điều 3", "Nơi nhận"]
    infrastructure = by_label(sections, "Mục II.3")
    assert infrastructure.heading_path == (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "II. NHIỆM VỤ CỤ THỂ",
        "3. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")
    assert "\nđ) Xây dựng cơ chế cho phép sử dụng ngân sách nhà nước" in body(text, infrastructure)


def test_regulation_attached_to_a_decision_restarts_article_numbers():
    _, sections = parsed("chinhphu_2025/143-qd.signed.txt")
    assert article_numbers(sections) == ["1", "2", "3"] + [str(n) for n in range(1, 13)]
    regulation = [s for s in sections if s.heading_path[:1] == ("QUY CHE",) and s.article]
    assert len(regulation) == 12
    assert regulation[0].heading_path[1] == "Chương I. QUY ĐỊNH CHUNG"
    assert regulation[0].heading_path[2].startswith("Điều 1. Ủy ban Quốc gia về người cao tuổi Việt Nam")


def test_word_table_without_separator_joins_header_lines_and_wrapped_rows():
    text, sections = parsed("tax_vbpl/word_docs/01_1999_TT-BXD.doc")
    rows = [s for s in sections if s.label.startswith("Phụ lục 2, dòng")]
    assert [s.label for s in rows] == [f"Phụ lục 2, dòng {n}" for n in range(1, 22)]
    assert rows[0].table_header == ("Số TT", "Loại công trình, công tác xây lắp", "Chi phí chung",
                                    "Thu nhập chịu thuế tính trước")
    assert "- Riêng XD đường hầm trong công trình thủy điện" in body(text, rows[3])


@needs_alqac
def test_law_articles_from_the_alqac_corpus_are_one_section_each():
    source = ALQAC / "alqac2022" / "law.json"
    articles = json.loads(source.read_text(encoding="utf-8"))[0]["articles"][:30]
    text, sections = structure("\n\n".join(f"Điều {a['id']}. {a['text']}" for a in articles))
    assert [s.label for s in sections] == [f"Điều {a['id']}" for a in articles]
    assert sections[1].heading_path == ("Điều 2. Công nhận, tôn trọng, bảo vệ và bảo đảm quyền dân sự",)
    assert "2. Quyền dân sự chỉ có thể bị hạn chế" in body(text, sections[1])


# --- one heading form at a time -------------------------------------------------------------------------------------

def test_empty_text_has_no_sections():
    assert parse_structure("") == ()


def test_text_without_headings_is_one_preamble_section():
    text, sections = structure("Kính gửi: Sở Tài chính\nĐề nghị báo cáo trước ngày 15/11.")
    assert sections == (Section((), 0, len(text)),)


def test_chapter_title_on_the_next_line_in_capitals():
    _, sections = structure("NGHỊ ĐỊNH\nChương II\nNHIỆM VỤ VÀ GIẢI PHÁP\nĐiều 5. Nhiệm vụ\nNội dung.")
    assert sections[-1].heading_path == ("Chương II. NHIỆM VỤ VÀ GIẢI PHÁP", "Điều 5. Nhiệm vụ")
    assert sections[-1].label == "Điều 5" and sections[-1].article == "5"


def test_chuong_trinh_at_a_line_start_is_not_a_chapter():
    _, sections = structure("Điều 1. Phê duyệt\nBan hành kèm theo\nChương trình hành động của tỉnh.\nĐiều 2. Hiệu lực")
    assert [s.label for s in sections] == ["Điều 1", "Điều 2"]


def test_part_chapter_section_and_article_nest():
    _, sections = structure("Phần thứ nhất\nQUY ĐỊNH CHUNG\nChương I\nPHẠM VI\nMục 1. ĐỐI TƯỢNG\n"
                            "Điều 1. Đối tượng áp dụng\n1. Cơ quan nhà nước.\n2. Doanh nghiệp.")
    [section] = sections
    assert section.heading_path == ("Phần thứ nhất. QUY ĐỊNH CHUNG", "Chương I. PHẠM VI", "Mục 1. ĐỐI TƯỢNG",
                                    "Điều 1. Đối tượng áp dụng")
    assert section.label == "Điều 1"


def test_article_with_letter_suffix_follows_its_base_article():
    _, sections = structure("Điều 5. Gốc\nNội dung.\nĐiều 5a. Bổ sung\nNội dung.\nĐiều 6. Tiếp\nNội dung.")
    assert article_numbers(sections) == ["5", "5a", "6"]


@pytest.mark.parametrize("line", [
    "Điều 4 Nghị định số 81/2019/NĐ-CP của Chính phủ về phòng, chống",  # wrapped cross-reference, no dot
    "“Điều 30. Điều kiện về thu nhập",  # quoted article of an amending decree
    "Điều 25. Thuế suất",  # too far from Điều 1 to be the next article
    "Phụ lục I Nghị định này, trao đổi, thống nhất với các Bộ",  # wrapped reference to an appendix
])
def test_lines_that_only_look_like_headings_stay_in_the_article(line):
    _, sections = structure(f"Điều 1. Sửa đổi\n1. Khoản 3 được sửa như sau:\n{line}\nnội dung tiếp.")
    assert [s.label for s in sections] == ["Điều 1"]


def test_khoan_and_diem_are_not_sections():
    text, sections = structure("Điều 2. Đối tượng\n1. Cá nhân cư trú:\na) Có mặt tại Việt Nam;\nb) Có nơi ở.\n"
                               "2. Cá nhân không cư trú.")
    assert len(sections) == 1 and body(text, sections[0]).endswith("2. Cá nhân không cư trú.")


def test_outline_of_a_plan_gives_roman_and_arabic_labels():
    text, sections = structure("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Mục đích\nNội dung.\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n"
                            "1. Bộ Công an\nNội dung.\n2. Bộ Tài chính\n2.1. Dự toán\nNội dung.\n2.2. Quyết toán\n"
                            "a) Hằng năm;\nb) Hằng quý.")
    assert [s.label for s in sections] == ["", "Mục I.1", "Mục II.1", "Mục II.2.1", "Mục II.2.2"]
    assert sections[-1].heading_path == ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "2. Bộ Tài chính", "2.2. Quyết toán")
    assert body(text, sections[3]).startswith("2. Bộ Tài chính\n2.1. Dự toán")


def test_a_restarted_list_inside_an_item_stays_inside_it():
    _, sections = structure("I. NHIỆM VỤ\n1. Sở Y tế\nNội dung.\n2. Sở Tài chính\nThực hiện các việc sau:\n"
                            "1. Lập dự toán.\n2. Quyết toán.")
    assert [s.label for s in sections] == ["Mục I.1", "Mục I.2"]


def test_markdown_markers_around_headings_are_tolerated():
    _, sections = structure("# NGHỊ QUYẾT\n\n**Điều 1.** Ban hành Chương trình.\n\n**Điều 2.** Thi hành.\n\n"
                            "*Nơi nhận:*\n- Lưu: VT.\n\n# CHƯƠNG TRÌNH HÀNH ĐỘNG\n\n## I. MỤC TIÊU\n\n"
                            "### **1. Nâng cao nhận thức**\n\nNội dung.")
    assert [s.heading_path for s in sections[1:]] == [
        ("Điều 1. Ban hành Chương trình.",), ("Điều 2. Thi hành.",), ("Nơi nhận",),
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC TIÊU", "1. Nâng cao nhận thức")]


def test_plan_approved_inside_an_article_keeps_its_outline():
    text, sections = structure("Điều 1. Phê duyệt Đề án với các nội dung sau:\nI. QUAN ĐIỂM\n1. Đào tạo là then chốt.\n"
                            "2. Nhà nước đầu tư.\nII. NHIỆM VỤ\n1. Hoàn thiện thể chế\na) Rà soát;\n"
                            "Điều 2. Hiệu lực\n1. Quyết định có hiệu lực từ ngày ký.\n2. Bãi bỏ Quyết định cũ.")
    assert [s.label for s in sections] == ["Điều 1, Mục I.1", "Điều 1, Mục I.2", "Điều 1, Mục II.1", "Điều 2"]
    assert body(text, sections[0]).startswith("Điều 1. Phê duyệt Đề án")
    assert sections[2].heading_path == ("Điều 1. Phê duyệt Đề án với các nội dung sau", "II. NHIỆM VỤ",
                                        "1. Hoàn thiện thể chế")


def test_long_numbered_paragraph_is_shown_by_its_first_words():
    paragraph = ("1. Bộ Công Thương chủ trì, phối hợp với các bộ, ngành, địa phương liên quan theo dõi chặt chẽ "
                 "tình hình cung cấp than cho sản xuất điện, báo cáo Thủ tướng Chính phủ trước ngày 15 hằng tháng.")
    _, sections = structure(f"Thủ tướng Chính phủ chỉ thị:\n{paragraph}")
    assert sections[-1].heading_path == ("1. Bộ Công Thương chủ trì, phối hợp với các bộ, ngành…",)
    assert sections[-1].label == "Mục 1"


def test_letter_parts_hold_their_own_outline():
    _, sections = structure("A- TÌNH HÌNH\n1- Kết quả\nNội dung.\nB- ĐỊNH HƯỚNG\nI- QUAN ĐIỂM\n1- Phát triển\n"
                            "Nội dung.")
    assert [s.label for s in sections] == ["Phần A, Mục 1", "Phần B, Mục I.1"]


def test_recipients_then_appendix_start_top_level_sections():
    _, sections = structure("Điều 3. Thi hành\nNội dung.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\n"
                            "PHỤ LỤC II\nDANH MỤC DỰ ÁN\n1. Dự án A\nNội dung.")
    assert [s.label for s in sections] == ["Điều 3", "Nơi nhận", "Phụ lục II, Mục 1"]
    assert sections[-1].heading_path == ("PHỤ LỤC II. DANH MỤC DỰ ÁN", "1. Dự án A")


def test_markdown_table_rows_with_group_rows():
    text, sections = structure("PHỤ LỤC I\n(Kèm theo Kế hoạch)\n| TT | Nhiệm vụ | Chủ trì | Thời hạn |\n"
                               "|---|---|---|---|\n| **A.** | Thể chế | | |\n| 1. | Sửa luật | Bộ Tư pháp | 2025 |\n"
                               "| 2. | Ban hành nghị định | Bộ Tài chính | 2026 |\n| **B.** | Hạ tầng | | |\n"
                               "| 3. | Xây trung tâm dữ liệu | Bộ Công an | 2027 |\nGhi chú: thời hạn là cuối kỳ.")
    assert [s.label for s in sections] == ["Phụ lục I", "Phụ lục I, mục A", "Phụ lục I, nhiệm vụ 1",
                                           "Phụ lục I, nhiệm vụ 2", "Phụ lục I, mục B", "Phụ lục I, nhiệm vụ 3",
                                           "Phụ lục I"]
    task = sections[5]
    assert task.table_header == ("TT", "Nhiệm vụ", "Chủ trì", "Thời hạn")
    assert task.heading_path == ("PHỤ LỤC I", "B. Hạ tầng")
    assert body(text, task) == "| 3. | Xây trung tâm dữ liệu | Bộ Công an | 2027 |"
    assert body(text, sections[-1]) == "Ghi chú: thời hạn là cuối kỳ."


def test_antiword_table_takes_its_first_line_as_header_and_joins_continuation_rows():
    text, sections = structure("Mức thu như sau:\n|STT |Loại phí |Mức thu |\n|1 |Phí thẩm định |500.000 |\n"
                               "| |hồ sơ | |\n|2 |Phí cấp phép |1.000.000 |")
    rows = [s for s in sections if s.table_header]
    assert [s.label for s in rows] == ["Dòng 1", "Dòng 2"]
    assert rows[0].table_header == ("STT", "Loại phí", "Mức thu")
    assert body(text, rows[0]) == "|1 |Phí thẩm định |500.000 |\n| |hồ sơ | |"


def test_header_block_laid_out_as_a_table_stays_in_the_preamble():
    _, sections = structure("| | |\n| --- | --- |\n| **CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
                            "| Số: 100/2008/NĐ-CP | Hà Nội, ngày 08 tháng 09 năm 2008 |\n\nNGHỊ ĐỊNH\n"
                            "Điều 1. Phạm vi\nNội dung.")
    assert [s.label for s in sections] == ["", "Điều 1"]
