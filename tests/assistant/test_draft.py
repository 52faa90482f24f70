"""A task record whose lead is named outside its own span cites the line that names it (`assistant.draft`)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.draft import Draft, best_sentence, hit_sentences, lead_line, list_intros
from assistant.intent import content_words
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


# Thông tư 50/2006/TT-BTC (evals/devdocs), Mục II: the introduction names the project, the items what it is given
DUNG_QUAT = ("Dự án Nhà máy lọc dầu Dung Quất được hưởng ưu đãi về thuế thu nhập doanh nghiệp như sau:\n\n"
             "- Áp dụng mức thuế suất thuế thu nhập doanh nghiệp 10% trong thời hạn 15 năm, kể từ khi nhà máy lọc dầu "
             "Dung Quất chính thức hoạt động sản xuất kinh doanh;\n\n"
             "- Được miễn thuế thu nhập doanh nghiệp trong 04 năm, kể từ khi có thu nhập chịu thuế; được giảm 50% số "
             "thuế phải nộp cho 09 năm tiếp theo.\n\n"
             "Để được hưởng ưu đãi thuế, Tổng công ty dầu khí Việt Nam phải hạch toán riêng thu nhập chịu thuế.")


def test_list_items_and_what_carries_on_after_their_semicolon_are_read_with_their_introduction():
    hit = Hit("c1", "50_2006_TT-BTC", None, None, None, None, None, None, "Mục II", (), DUNG_QUAT, None, 0,
              len(DUNG_QUAT), "", 1.0)
    read = hit_sentences(hit)
    intros = list_intros(read)
    assert [bool(intro) for intro in intros] == [False, True, True, True, False]
    assert intros[1].startswith("Dự án Nhà máy lọc dầu Dung Quất")


@pytest.mark.parametrize("question, sentence", [
    ("Dự án Nhà máy lọc dầu Dung Quất được miễn thuế TNDN trong bao nhiêu năm?", "- Được miễn thuế"),
    ("Dự án Nhà máy lọc dầu Dung Quất được áp dụng thuế suất thuế TNDN bao nhiêu?", "- Áp dụng mức thuế suất"),
])
def test_the_item_asked_is_chosen_not_the_one_naming_the_introductions_words(question, sentence):
    hit = Hit("c1", "50_2006_TT-BTC", None, None, None, None, None, None, "Mục II", (), DUNG_QUAT, None, 0,
              len(DUNG_QUAT), "", 1.0)
    # a sentence stating an amount is wanted, as for "bao nhiêu năm": the first item, which names the refinery as its
    # introduction does, is found first, and its sibling carrying the words asked is quoted
    with_number = lambda text: bool(re.search(r"\d+\s*(?:năm|%)", text))  # noqa: E731
    assert best_sentence(content_words(question), [hit], with_number)[3].startswith(sentence)


# Quyết định 2227/QĐ-TTg, Điều 1.2 (the scan's own spelling): the body asked neither leads nor takes part
PHAN_BAN = ("- Chủ tịch Phân ban Việt Nam: Thứ trưởng Bộ Công Thương;\n- Các thành viên thường trực của Phân ban: đại "
            "diện cấp Cục/Vụ cúa các\nBộ: Công Thương, Ngoại giao, Xây dựng, Tài chính, Nông nghiệp và Môi\ntrường, Khoa "
            "học và Công nghệ, Ngân hàng Nhà nước Việt Nam;\n- Cơ quan chủ trì Phân ban: Bộ Công Thương;")


@pytest.mark.parametrize("question, named", [
    ("Bộ Ngoại giao có chủ trì Phân ban Việt Nam trong Ủy ban Hỗn hợp Việt Nam - Cuba không hay chỉ là thành viên?",
     "thành viên thường trực"),
    # the lead asked: nothing added
    ("Bộ Công Thương có chủ trì Phân ban Việt Nam trong Ủy ban Hỗn hợp Việt Nam - Cuba không?", None),
])
def test_the_asked_bodys_own_part_is_quoted_when_another_leads(question, named):
    from assistant.answering import _own_part
    from assistant.intent import classify
    hit = _hit(PHAN_BAN)
    draft = Draft([hit])
    start = hit.start + PHAN_BAN.index("- Cơ quan chủ trì")
    draft.lines.append(f"Cơ quan được giao: Bộ Công Thương {draft.cite(hit, start, hit.end)}.")
    intent = classify(question)
    _own_part(draft, intent, content_words(question) - content_words(intent.agency))
    added = draft.lines[1:]
    assert (named in added[0] and len(draft.citations) == 2) if named else not added


# Nghị quyết 306/NQ-CP, Phụ lục I.2 and I.3.b: two targets of GDP per head, each sentence opening with its horizon
_HORIZONS = " ".join(
    (Path(__file__).resolve().parents[2] / "evals" / "devdocs" / "306-cp.signed.txt").read_text(encoding="utf-8")
    .splitlines()[222:254])


@pytest.mark.parametrize("question, figure", [
    ("Theo NQ 306/NQ-CP, mục tiêu GDP bình quân đầu người năm 2030 khoảng bao nhiêu USD?", "8.500 USD"),
    ("Theo NQ 306/NQ-CP, đến năm 2050 GDP bình quân đầu người đạt khoảng bao nhiêu USD?", "38.000 USD"),
])
def test_a_sentence_opening_with_another_horizon_is_not_the_year_asked(question, figure):
    words = content_words(question)
    found = best_sentence(words, [_hit(_HORIZONS)], lambda s: "GDP bình quân đầu người" in s, {"2030", "2050"} & set(
        re.findall(r"\b20\d\d\b", question)))
    assert found is not None and figure in found[3]


@pytest.mark.parametrize("text, question, opening", [
    # Luật 09/2003/QH11, Điều 11: the title on its heading line says what the article is about, not what it says
    ("**Chương 3:**\n\n**Điều 11. Trách nhiệm của cơ sở kinh doanh**\n\nCơ sở kinh doanh có trách nhiệm:\n\n1. Chấp "
     "hành nghiêm chỉnh chế độ kế toán, hóa đơn, chứng từ theo quy định của pháp luật;",
     "Theo Luật 09/2003/QH11, cơ sở kinh doanh có những trách nhiệm gì?", "Cơ sở kinh doanh có trách nhiệm"),
    # Quyết định 2227/QĐ-TTg, Điều 5: the article's sentence on its number's line closes with a stop: it is quoted
    ("Điều 5. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\nĐiều 6. Các thành viên Phân ban chịu trách nhiệm "
     "thi hành Quyết định này.", "Quyết định có hiệu lực kể từ ngày nào?", "Quyết định này có hiệu lực"),
    # Quyết định 2243/QĐ-TTg (a scan, no bold): the decision runs on from "Điều 1." with no stop; it is the answer
    ("„ Ề vQUYÉT ĐỊNH:\n\nĐiều 1. Thành lập Ban Quản lý các khu công nghiệp và khu kinh tế\ntỉnh Tuyên Quang trên cơ "
     "sở hợp nhất Ban Quản lý các khu công nghiệp\ntỉnh Tuyên Quang và Ban Quản lý Khu kinh tế tỉnh Hà Giang\n\nĐiều "
     "2. Ban Quản lý các khu công nghiệp và kinh tế tỉnh Tuyên Quang (sau đây gọi tắt là Ban Quản lý) là cơ quan trực "
     "thuộc Ủy ban nhân dân tỉnh Tuyên Quang.", "Ban Quản lý các KCN và KKT tỉnh Tuyên Quang được lập trên cơ sở hợp "
     "nhất những đơn vị nào?", "Thành lập Ban Quản lý"),
])
def test_an_article_s_title_on_its_heading_line_is_never_the_sentence_quoted(text, question, opening):
    found = best_sentence(content_words(question), [_hit(text)])
    assert found is not None and found[3].startswith(opening)


def test_the_tail_of_a_preamble_clause_cut_by_a_comma_is_never_the_sentence_quoted():
    # Quyết định 08/2013/QĐ-UBND of Hà Nội: the proposal's line restates its subject, in the question's words, and ends
    # in a comma; the rule is in Điều 1
    text = ("Xét đề nghị của liên ngành: Sở Tài chính, Sở Xây dựng, Cục thuế Hà Nội tại Tờ trình số 517/TTrLN:TC-XD-CT "
            "ngày 31/01/2013 về việc quy định giá tính lệ phí trước bạ, thuế thu nhập cá nhân đối với hoạt động chuyển "
            "nhượng bất động sản là nhà vườn, nhà biệt thự. Giá tính lệ phí trước bạ đối với nhà, đất được nhà nước "
            "giao theo hình thức đấu thầu, đấu giá trên địa bàn thành phố Hà Nội,\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Bổ sung "
            "Phụ lục số 04 nội dung: Đối với nhà, đất được nhà nước giao theo hình thức đấu thầu, đấu giá thì giá tính "
            "lệ phí trước bạ là giá theo văn bản phê duyệt trúng đấu thầu, đấu giá của cơ quan nhà nước có thẩm quyền.")
    question = "Nhà, đất giao theo hình thức đấu giá thì giá tính lệ phí trước bạ tính thế nào?"
    found = best_sentence(content_words(question), [_hit(text)])
    assert found is not None and "trúng đấu thầu" in found[3]
    # the proposal's own sentence, opening its line, is still read ("… ban hành theo đề nghị của những cơ quan nào?")
    found = best_sentence(content_words("Xét đề nghị của liên ngành những cơ quan nào Tờ trình 517"), [_hit(text)])
    assert found is not None and found[3].startswith("Xét đề nghị của liên ngành")


def test_a_heading_that_is_only_the_documents_type_is_never_the_sentence_quoted():
    # round cv25 (questions_pc pcc3.3): Quyết định 2239/QĐ-TTg; "Quyết định 2239 miễn nhiệm ai?" shares "quyết định"
    # with the enacting heading alone, which says nothing
    text = ("QUYẾT ĐỊNH:\n\nĐiều 1. Phê chuẩn việc miễn nhiệm chức vụ Chủ tịch Ủy ban nhân dân\nthành phố Cần Thơ nhiệm "
            "kỳ 2021 - 2026 đối với ông Trần Văn Lâu.")
    found = best_sentence(content_words("Quyết định 2239 miễn nhiệm ai?"), [_hit(text)])
    assert found is not None and found[3].startswith("Phê chuẩn việc miễn nhiệm")
    assert best_sentence(content_words("Quyết định"), [_hit("QUYẾT ĐỊNH:\n\nNAY CÔNG BỐ:")]) is None


def test_each_row_of_a_table_is_a_sentence_of_its_own():
    """Phụ lục I of Nghị quyết 03/NQ-CP (evals/devdocs): rows 31 and 32 state no stop; each is quoted alone, never the
    indicator above it with its lead (Bộ Thông tin và Truyền thông for 31, Bộ Y tế for 32)."""
    lines = [line for line in (Path(__file__).resolve().parents[2] / "evals" / "devdocs" /
                               "NQCP03_NQ03_PL1_chi_tieu.md").read_text(encoding="utf-8").splitlines()
             if line.startswith(("| 31 ", "| 32 "))]
    text = "\n".join(lines)
    sentences = [s for _, _, s in hit_sentences(_hit(text))]
    assert len(sentences) == 2
    assert "chữ ký điện tử" in sentences[0] and "Bộ Y tế" not in sentences[0]
    assert "hồ sơ sức khỏe điện tử" in sentences[1] and sentences[1].rstrip(" |").endswith("Bộ Y tế")
    # prose wrapped over lines stays one sentence
    assert len(hit_sentences(_hit("Bộ Y tế chủ trì, phối hợp với\ncác địa phương triển khai."))) == 1


def test_a_heading_naming_only_the_documents_issuer_answers_nothing():
    # Chỉ thị 44/2002/CT-UB's heading was quoted for "… giao công an nhiệm vụ gì?" (devdocs_rq, the pair rq64 asks)
    from assistant.draft import _issuer_heading
    assert _issuer_heading("CHỈ THỊ CỦA UBND TỈNH BÀ RỊA – VŨNG TÀU")
    assert _issuer_heading("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    assert not _issuer_heading("Quyết định của UBND tỉnh về việc tạm thời quy định mức tiền lương")
    assert not _issuer_heading("Giám đốc Sở Công an có trách nhiệm chỉ đạo các phòng PA17, PA18")


def test_a_rows_time_wrapped_over_a_line_is_shown_on_one():
    # Thông báo 541/TB-VPCP, 2.c (i): "… hoàn thành trước ngày 15 tháng 10\nnăm 2025." as the OCR lays it out
    from assistant.draft import deadline_words
    from corpus.deadlines import find_deadlines
    [deadline] = find_deadlines("giải quyết dứt điểm vướng mắc, hoàn thành trước ngày 15 tháng 10\nnăm 2025.")
    row = Obligation(doc_id="541-tb.signed", chunk_id="c", task="giải quyết dứt điểm vướng mắc", lead=("UBND",),
                     deadline=deadline)
    assert deadline_words(row) == "hoàn thành trước ngày 15 tháng 10 năm 2025"


@pytest.mark.parametrize("sentence, number_line", [
    # Nghị định 53/2010/NĐ-CP (evals/devdocs), its header's number and place line as a table row reads it
    ("Số: 53/2010/NĐ-CP · *Hà Nội, ngày 19 tháng 05 năm 2010*", True),
    ("| Số: 193/KH-UBND | Ninh Bình, ngày 26 tháng 7 năm 2024 |", True),
    # a sentence citing a number is content
    ("Căn cứ Nghị định số 53/2010/NĐ-CP ngày 19/5/2010 của Chính phủ;", False),
    ("Số lượng thành viên: 05 người.", False),
])
def test_the_headers_number_line_is_never_quoted_as_content(sentence, number_line):
    from assistant.draft import _number_line
    assert _number_line(sentence) is number_line
