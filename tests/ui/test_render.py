"""The UI's HTML and editing rules, without a browser: markers, refusals, warnings, the citation panel, streaming
frames, typed dates and the edited quiz table."""
from dataclasses import replace
from datetime import date

import pytest

from assistant.public import DocumentText, StoredChunk
from assistant.quiz import Quiz, QuizQuestion, QuizSource
from assistant.records import Answer, Citation, RelatedDocument, Relation, Relations
from corpus.errors import BadInput
from ui import render
from ui.chat import frames
from ui.quiz import from_table, to_table

QUOTE = "Sở Nông nghiệp và PTNT chủ trì"
CITATION = {"number": 1, "chunk_id": "c2", "doc_id": "luat/2020", "doc_number": "193/KH-UBND", "label":
            "Kế hoạch 193/KH-UBND, Mục II.2, trang 3", "quote": QUOTE, "start": 120, "end": 120 + len(QUOTE),
            "section": "Mục II.2", "page": 3, "title": None, "doc_type": "Kế hoạch", "issuer": None,
            "issued_on": None, "article": None, "source": ""}
ANSWER = {"question": "Ai chủ trì?", "text": "Sở Nông nghiệp và PTNT chủ trì [1]. Hạn là 30/6/2025 [1]. Xem [7].",
          "answerable": True, "grounded": True, "citations": [CITATION], "answer_id": "a1"}


def test_known_citation_numbers_become_links_to_the_side_panel():
    html = render.answer_html(ANSWER)
    assert html.count('href="#cite-a1-1"') == 3  # two in the text, one in the sources
    assert "Xem [7]." in html  # a number without a citation stays text


def test_document_and_user_text_is_escaped():
    html = render.answer_html({**ANSWER, "text": "<script>alert(1)</script> [1]"})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert render.message_html("<b>x</b>") == '<div class="tlvb-question">&lt;b&gt;x&lt;/b&gt;</div>'


def test_refusal_is_shown_plainly_without_citations():
    refusal = {**ANSWER, "answerable": False, "citations": [], "text": "Không tìm thấy nội dung trả lời."}
    html = render.answer_html(refusal)
    assert render.REFUSAL_HINT in html and "tlvb-refusal" in html and "tlvb-sources" not in html


def test_ungrounded_answer_carries_a_visible_warning():
    assert "tlvb-warning" not in render.answer_html(ANSWER)
    assert render.UNGROUNDED_WARNING in render.answer_html({**ANSWER, "grounded": False})


def test_answer_citing_a_replaced_document_shows_the_warning_escaped():
    note = "Lưu ý: Thông tư liên tịch 122/2008/TTLT-BTC-BQP đã được thay thế bởi <Thông tư 212>."
    html = render.answer_html({**ANSWER, "warnings": [note]})
    assert "tlvb-superseded" in html and "&lt;Thông tư 212&gt;" in html


def test_relations_panel_groups_indexed_documents_and_stubs():
    stub = RelatedDocument(None, "Chỉ thị số 29/CT-TTg ngày 02/12/2019", issued_on="2019-12-02")
    newer = RelatedDocument("ct/31", "Chỉ thị 31/CT-TTg", issued_on="2026-01-05")
    quote = "Chỉ thị này thay thế <Chỉ thị số 29/CT-TTg>"
    html = render.relations_html(Relations(
        RelatedDocument("ct/30", "Chỉ thị 30/CT-TTg", title="Về than"),
        (Relation("replaces", "out", stub, "ct/30", quote, 0, 9, 4, "Mục 10", "c1"),),
        (Relation("replaces", "in", newer, "ct/31", quote, 0, 9, 4, "Mục 10", "c9"),),
        "replaced", "Đã được thay thế bởi Chỉ thị 31/CT-TTg (05/01/2026)."))
    assert html.index("Được thay thế bởi") < html.index("Văn bản này thay thế")
    assert 'href="/api/v1/documents/ct/31/text"' in html and "(05/01/2026)" in html
    assert "Chỉ thị số 29/CT-TTg ngày 02/12/2019 <span class=\"tlvb-stub\">(chưa có trong chỉ mục)" in html
    assert "&lt;Chỉ thị số 29/CT-TTg&gt;" in html and "tlvb-status-replaced" in html and "(Mục 10, trang 4)" in html


def test_citation_panel_says_what_replaced_the_cited_document_and_stays_quiet_otherwise():
    newer = Relation("replaces", "in", RelatedDocument("ct/31", "Chỉ thị 31/CT-TTg"), "ct/31", "…", 0, 1, None, "", "c9")
    mention = replace(newer, kind="mentions", other=RelatedDocument(None, "Công văn 9"))
    replaced = Relations(RelatedDocument("ct/30", "Chỉ thị 30/CT-TTg"), (), (newer, mention), "replaced",
                         "Đã được thay thế bởi Chỉ thị 31/CT-TTg.")
    summary = render.relations_summary(replaced)
    assert "tlvb-status-replaced" in summary and "<li>Chỉ thị 31/CT-TTg</li>" in summary
    assert "Công văn 9" not in summary  # mentions are for the relations tab only
    assert render.relations_summary(replace(replaced, status="current", incoming=(mention,))) == ""


def test_llm_text_streams_as_it_comes_then_the_verified_answer_replaces_it_with_its_sources():
    shown = list(frames(["Sở Nông nghiệp ", "chủ trì [1]. ", "Bộ Quốc phòng giám sát [1].", ANSWER]))
    assert len(shown) == 4 and [answer for _, answer in shown] == [None, None, None, ANSWER]
    assert "chủ trì" not in shown[0][0] and "chủ trì" in shown[1][0] and "Bộ Quốc phòng" in shown[2][0]
    assert all("tlvb-sources" not in frame for frame, _ in shown[:-1]) and "tlvb-sources" in shown[-1][0]
    assert "Bộ Quốc phòng" not in shown[-1][0] and "Xem [7]" in shown[-1][0]


def test_without_an_llm_the_answer_is_one_frame_at_once():
    assert [answer for _, answer in frames([ANSWER])] == [ANSWER]


def test_citation_panel_highlights_the_quote_inside_its_section_with_the_document_details():
    before, after = "Phân công nhiệm vụ:\n", ", Sở Tài chính phối hợp."
    meta = dict(doc_id="luat/2020", doc_number="193/KH-UBND", doc_type="Kế hoạch", title="Trồng cây",
                issuer="Ủy ban nhân dân tỉnh Ninh Bình", issued_on="2024-11-01", source="/data/193.pdf")
    chunks = (StoredChunk(chunk_id="c1", start=0, end=100, text="x" * 100, heading_path=("I. MỤC ĐÍCH",), **meta),
              StoredChunk(chunk_id="c2", ordinal=1, start=100, end=100 + 20 + len(QUOTE) + len(after),
                          text=before + QUOTE + after, heading_path=("II. NHIỆM VỤ", "2. Phân công"), **meta))
    panel = render.citation_panel(Citation.from_dict(CITATION), DocumentText(chunks[0], chunks))
    assert f"<mark>{QUOTE}</mark>" in panel and "x" * 100 not in panel  # another section is not shown
    assert "Phân công nhiệm vụ:<br>" in panel and "II. NHIỆM VỤ › 2. Phân công" in panel
    for shown in ("193/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Ninh Bình", "01/11/2024", "Mục II.2", "Trang"):
        assert shown in panel
    assert 'href="/api/v1/documents/luat/2020/text"' in panel and 'href="/api/v1/documents/luat/2020/source"' in panel


@pytest.mark.parametrize("typed, day", [("31/12/2025", date(2025, 12, 31)), ("1-2-2024", date(2024, 2, 1)),
                                        ("2025-06-30", date(2025, 6, 30)), ("  ", None), (None, None)])
def test_typed_dates_are_read_day_first_or_iso(typed, day):
    assert render.parse_day(typed, "Ngày") == day


@pytest.mark.parametrize("typed", ["31/02/2025", "hôm qua", "2025/13/01"])
def test_a_bad_date_is_refused_in_vietnamese(typed):
    with pytest.raises(BadInput, match="ngày/tháng/năm"):
        render.parse_day(typed, "Ngày bắt đầu")


SOURCE = QuizSource("193", "Kế hoạch 193/KH-UBND, Mục III.2", "Sở Tài chính chủ trì", ("lead", "task"))
QUIZ = Quiz("Bài kiểm tra", 0, (
    QuizQuestion("mcq", "Cơ quan nào chủ trì?", ("Sở Tài chính", "Sở Y tế", "Sở Nội vụ", "Sở Xây dựng"),
                 "Sở Tài chính", "Theo Kế hoạch 193/KH-UBND.", SOURCE),
    QuizQuestion("true_false", "Sở Y tế chủ trì.", ("Đúng", "Sai"), "Sai", "Sở Tài chính chủ trì.", SOURCE),
    QuizQuestion("fill_blank", "_____ là cơ quan chủ trì.", (), "Sở Tài chính", "…", SOURCE, ("STC",)),
))


def test_unedited_table_gives_back_the_same_quiz():
    rebuilt, problems = from_table(to_table(QUIZ), QUIZ)
    assert rebuilt == QUIZ and problems == []


def test_edited_stem_and_answer_are_kept_with_the_question_source():
    rows = to_table(QUIZ)
    rows[0][2], rows[0][7] = "Đơn vị nào chủ trì nhiệm vụ?", "Sở Y tế"
    rebuilt, problems = from_table(rows, QUIZ)
    assert problems == [] and rebuilt.questions[0].stem == "Đơn vị nào chủ trì nhiệm vụ?"
    assert rebuilt.questions[0].answer == "Sở Y tế" and rebuilt.questions[0].source == SOURCE


def test_emptied_question_is_dropped_and_the_rest_keep_their_sources():
    rows = to_table(QUIZ)
    rows[0][2] = ""
    rebuilt, problems = from_table(rows, QUIZ)
    assert problems == [] and [q.kind for q in rebuilt.questions] == ["true_false", "fill_blank"]
    assert rebuilt.questions[1].alternatives == ("STC",)


@pytest.mark.parametrize("row, column, value, problem", [
    (0, 7, "Sở Công Thương", "phải trùng với một phương án"),
    (1, 7, "Có lẽ", "“Đúng” hoặc “Sai”"),
    (2, 7, "", "cần đáp án"),
])
def test_answers_that_do_not_fit_the_question_are_reported(row, column, value, problem):
    rows = to_table(QUIZ)
    rows[row][column] = value
    _, problems = from_table(rows, QUIZ)
    assert len(problems) == 1 and problem in problems[0] and problems[0].startswith(f"Câu {row + 1}:")


def test_a_citation_kept_as_json_in_the_chat_state_reads_back_as_the_record():
    cited = Citation.from_dict(CITATION)
    kept = Answer("Ai chủ trì?", "Sở Nông nghiệp và PTNT chủ trì [1].", True, (cited,)).to_dict()["citations"][0]
    assert Citation.from_dict(kept) == cited and cited.label == CITATION["label"]


PAIRS = (("Rà soát quy hoạch cây xanh đô thị", "Sở Xây dựng"), ("Thanh tra công tác trồng cây xanh", "Thanh tra tỉnh"),
         ("Giữ gìn các cây cổ thụ trong khu di tích", "Sở Văn hóa và Thể thao"))
MATCHING = Quiz("Bài kiểm tra", 0, (QuizQuestion(
    "matching", "Theo Kế hoạch 193/KH-UBND, hãy nối mỗi nhiệm vụ (1–3) với cơ quan chủ trì thực hiện nhiệm vụ đó (A–C).",
    ("Thanh tra tỉnh", "Sở Văn hóa và Thể thao", "Sở Xây dựng"), "1 – C; 2 – A; 3 – B", "Theo Kế hoạch 193/KH-UBND.",
    QuizSource("193", "Kế hoạch 193/KH-UBND", "…", ("matching", "…")), level="trung bình", pairs=PAIRS),))


def test_a_matching_shows_its_pairs_one_per_line_and_comes_back_unchanged():
    rows = to_table(MATCHING)
    assert rows[0][1] == "Nối" and rows[0][3:7] == [""] * 4
    assert rows[0][7].split("\n") == [f"{task} → {agency}" for task, agency in PAIRS]
    rebuilt, problems = from_table(rows, MATCHING)
    assert rebuilt == MATCHING and problems == []


def test_an_edited_matching_gets_a_new_key_and_a_broken_one_is_reported():
    rows = to_table(MATCHING)
    lines = rows[0][7].split("\n")
    rows[0][7] = "\n".join([lines[0], lines[1].replace("Thanh tra tỉnh", "Sở Nội vụ"), lines[2]])
    rebuilt, problems = from_table(rows, MATCHING)
    q = rebuilt.questions[0]
    assert problems == [] and q.pairs[1] == ("Thanh tra công tác trồng cây xanh", "Sở Nội vụ")
    assert q.options == ("Sở Văn hóa và Thể thao", "Sở Xây dựng", "Sở Nội vụ") and q.answer == "1 – B; 2 – C; 3 – A"
    rows[0][7] = "\n".join(lines[:2])
    assert "từ 3 đến 5 cặp" in from_table(rows, MATCHING)[1][0]
    rows[0][7] = "\n".join([*lines[:2], "Giữ gìn cây cổ thụ: Sở Văn hóa và Thể thao"])
    assert "dạng “nhiệm vụ → cơ quan”" in from_table(rows, MATCHING)[1][0]
    rows[0][7] = "\n".join([*lines, lines[0].replace("Rà soát", "Lập")])
    assert "chỉ được xuất hiện một lần" in from_table(rows, MATCHING)[1][0]
