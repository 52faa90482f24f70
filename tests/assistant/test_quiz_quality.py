"""Quizzes from any kind of document and the quality rules every item passes (assistant/quiz_sources.py,
assistant/quiz_checks.py), on real bundled documents read and extracted as ingestion does; and the Vietnamese
date display (corpus/display.py)."""
import re
from dataclasses import replace
from datetime import date

import pytest

from assistant.obligations import list_obligations
from assistant.quiz import BLANK, build_quiz
from assistant.quiz_checks import check_question, check_quiz, duplicates
from assistant.quiz_sources import names_agency
from assistant.records import ObligationView
from corpus.deadlines import find_deadlines
from index.records import StoredChunk
from corpus.display import deadline_display, normalized_text, vn_date
from corpus.records import Obligation, Span
from evals.quiz import SAMPLES, payloads_of

RESOLUTION = "nq57/NQ57_bangoc.md"  # a prose resolution: goals, targets, solutions; almost no task rows
PLAN = "ninhbinh/196.pdf"


@pytest.fixture(scope="module")
def resolution():
    return payloads_of(SAMPLES / RESOLUTION)


@pytest.fixture(scope="module")
def plan():
    return payloads_of(SAMPLES / PLAN)


def _quiz(payloads, n, seed=0, siblings=(), **options):
    return build_quiz(list_obligations(payloads), n=n, seed=seed, payloads=payloads, siblings=siblings, **options)


@pytest.mark.parametrize("n", [10, 19])
def test_a_prose_resolution_gives_the_quiz_size_asked_from_its_targets(resolution, n):
    quiz = _quiz(resolution, n)
    assert len(quiz.questions) == n and quiz.note == ""
    assert {q.source.fact[0] for q in quiz.questions} >= {"figure", "lead"}
    assert check_quiz(quiz.questions) == {}


def test_a_target_is_blanked_in_its_own_clause_and_the_key_is_in_the_cited_passage(resolution):
    figures = [q for q in _quiz(resolution, 19, kinds=("fill_blank",)).questions if q.source.fact[0] == "figure"]
    assert figures
    for q in figures:
        quoted = re.search(r"“(.+)”", q.stem)[1]
        assert quoted.count(BLANK) == 1
        assert re.search(rf"(?<![\d,]){re.escape(q.answer)}(?![\d]|,\d)", q.source.quote)
        before, after = (part.strip(" .").casefold() for part in quoted.split(BLANK))
        assert before in q.source.quote.replace("\\", "").casefold() and after in q.source.quote.casefold()


def test_true_false_on_a_target_changes_one_value_and_never_states_another_true_one(resolution):
    statements = [q for q in _quiz(resolution, 19, seed=3, kinds=("true_false",)).questions
                  if q.source.fact[0] in ("figure", "year")]
    assert any(q.answer == "Sai" for q in statements) and any(q.answer == "Đúng" for q in statements)
    for q in statements:
        assert (q.answer == "Đúng") == (q.stated == q.value)
        if q.answer == "Sai":
            # the value stated is not in the passage as a number of its own ("3" is not "30")
            assert not re.search(rf"(?<![\d,]){re.escape(q.stated)}(?![\d]|,\d)", q.source.quote)
            assert q.value in q.source.quote.replace("\\", "")


def test_multiple_choice_wrong_options_are_of_the_same_kind_and_not_in_the_passage(resolution):
    for q in _quiz(resolution, 19, seed=1, kinds=("mcq",)).questions:
        assert len(set(q.options)) == 4 and q.options.count(q.answer) == 1
        if q.source.fact[0] == "figure":
            assert all(o.endswith("%") == q.answer.endswith("%") for o in q.options)
        for option in set(q.options) - {q.answer}:
            assert not re.search(rf"(?<![\d,]){re.escape(option)}(?![\d]|,\d)", q.source.quote)


def test_same_seed_same_quiz_and_a_short_quiz_spreads_over_sections(resolution):
    first, again = _quiz(resolution, 10, seed=5), _quiz(list(reversed(resolution)), 10, seed=5)
    assert first == again and _quiz(resolution, 10, seed=6).questions != first.questions
    assert len({(q.source.doc_id, q.source.label) for q in first.questions}) >= 4


def test_the_body_that_issued_a_document_and_what_it_implements_are_asked(plan, resolution):
    siblings = [p for p in resolution if p.ordinal == 0]
    asked = _quiz(plan, 20, siblings=siblings, kinds=("mcq", "true_false", "fill_blank")).questions
    implements = [q for q in asked if q.source.fact[0] == "implements"]
    assert implements and all("30/CT-TTg" in q.source.quote for q in implements)
    assert all(q.value == "Chỉ thị 30/CT-TTg" for q in implements)


def test_a_shortfall_is_explained_in_vietnamese(plan):
    quiz = _quiz(plan, 100)
    assert len(quiz.questions) < 100 and quiz.requested == 100
    assert quiz.note.startswith(f"Chỉ tạo được {len(quiz.questions)}/100 câu hỏi")


def test_every_stem_is_whole_never_cut_mid_phrase(plan, resolution):
    for payloads in (plan, resolution):
        for q in _quiz(payloads, 40).questions:
            assert q.stem.endswith(("?", ".", "”")) and "…”" not in q.stem and not check_question(q)


def _view(task: str, quote: str, deadline_text: str, lead: str = "Sở Tài chính") -> ObligationView:
    deadline = find_deadlines(quote, date(2025, 3, 1))[0]
    assert deadline.text == deadline_text
    return ObligationView(Obligation("kh", "c", task, (lead,), deadline=deadline), "12/KH-UBND", "Kế hoạch", None,
                          None, "2025-03-01", "Mục III", quote)


def test_a_yearly_deadline_is_kept_as_written_never_resolved_to_one_year():
    yearly = _view("Tổng hợp báo cáo kết quả thực hiện kế hoạch gửi Ủy ban nhân dân tỉnh",
                   "Sở Tài chính tổng hợp báo cáo kết quả thực hiện kế hoạch gửi Ủy ban nhân dân tỉnh trước ngày "
                   "15/01 hằng năm.", "trước ngày 15/01")
    other = _view("Hoàn thành rà soát danh mục dự án đầu tư công trên địa bàn tỉnh",
                  "Sở Kế hoạch và Đầu tư hoàn thành rà soát danh mục dự án đầu tư công trên địa bàn tỉnh trước ngày "
                  "30/6/2025.", "trước ngày 30/6/2025", "Sở Kế hoạch và Đầu tư")
    asked = [q for q in build_quiz([yearly, other], n=10, kinds=("fill_blank",)).questions
             if q.source.fact[0] == "deadline"]
    shown = {q.source.quote[:14]: q.answer for q in asked}
    assert shown["Sở Tài chính t"] == "trước ngày 15/01 hằng năm" and "2026" not in shown["Sở Tài chính t"]
    assert shown["Sở Kế hoạch và"] == "ngày 30/06/2025"


def test_a_resolved_recurrence_a_cut_stem_and_a_true_distractor_are_each_caught(resolution):
    good = next(q for q in _quiz(resolution, 19, kinds=("mcq",)).questions if q.source.fact[0] == "figure")
    assert check_question(good) == []
    cut = replace(good, stem=good.stem.replace("”?", "…”?"))
    assert any("cắt" in p for p in check_question(cut))
    right = next(o for o in good.options if o == good.answer)
    also_true = replace(good, source=replace(good.source, quote=good.source.quote + " " + next(
        o for o in good.options if o != right)))
    assert any("cũng đúng" in p for p in check_question(also_true))
    yearly = replace(good, kind="fill_blank", options=(), answer="ngày 15/01/2026", value="ngày 15/01/2026",
                     stem="Thời hạn nộp báo cáo là _____.",
                     source=replace(good.source, quote="Nộp báo cáo trước ngày 15/01 hằng năm.",
                                    fact=("deadline", "x")))
    assert any("lặp lại" in p for p in check_question(yearly))
    assert duplicates([good, replace(good, stem=good.stem + " ")]) == [(0, 1)]


@pytest.mark.parametrize(("value", "shown"), [
    (date(2025, 6, 30), "30/06/2025"), ("2025-06-30", "30/06/2025"), ("2025-06-30T08:00:00", "30/06/2025"),
    (None, ""), ("không rõ", "không rõ"),
])
def test_dates_are_shown_the_vietnamese_way(value, shown):
    assert vn_date(value) == shown


@pytest.mark.parametrize(("normalized", "shown"), [
    ("2025-06-30", "ngày 30/06/2025"), ("2025-06", "tháng 06/2025"), ("2025-Q1", "Quý I/2025"), ("2025", "năm 2025"),
    ("2025-2030", "giai đoạn 2025-2030"), ("hằng năm", "hằng năm"), ("thường xuyên", "thường xuyên"),
])
def test_normalised_deadlines_read_as_a_vietnamese_reader_writes_them(normalized, shown):
    assert normalized_text(normalized) == shown


def test_a_date_without_its_year_followed_by_a_recurrence_stays_yearly():
    text = "Báo cáo trước ngày 15/01 hằng năm; hoàn thành trong quý I/2025."
    first, *rest = find_deadlines(text, date(2024, 12, 1))
    assert deadline_display(first, text) == "trước ngày 15/01 hằng năm"
    assert deadline_display(first) == "ngày 15/01"  # its year was inferred, not written
    assert "Quý I/2025" in [deadline_display(d, text) for d in rest]


# Matching (agency ↔ task): the task table of Nghị quyết 03/NQ-CP, and made-up rows for the rules.
TASK_TABLE = "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"


@pytest.fixture(scope="module")
def table_views():
    return list_obligations(payloads_of(SAMPLES / TASK_TABLE))


def _fold(text):
    return " ".join(text.replace("*", "").split()).casefold().rstrip(" .,;:")


def test_matchings_list_three_to_five_tasks_each_led_by_exactly_one_listed_agency(table_views):
    matchings = [q for q in build_quiz(table_views, n=100, seed=2, kinds=("matching",)).questions]
    assert len(matchings) >= 3 and {q.kind for q in matchings} == {"matching"}
    for q in matchings:
        assert check_question(q) == [] and 3 <= len(q.pairs) <= 5 and sorted(q.options) == sorted(a for _, a in q.pairs)
        assert re.fullmatch(r"Theo Nghị quyết 03/NQ-CP, hãy nối mỗi nhiệm vụ \(1–\d\) với cơ quan chủ trì thực hiện "
                            r"nhiệm vụ đó \(A–[C-E]\)\.", q.stem)
        agencies = [a for _, a in q.pairs]
        for task, agency in q.pairs:
            records = [v.obligation for v in table_views if _fold(v.obligation.task).startswith(_fold(task))]
            assert records and all(ob.lead == (agency,) for ob in records), task
            others = {a for a in agencies if a != agency}
            assert not any(name in others for ob in records for name in (*ob.lead, *ob.partners))
        letters = dict(zip("ABCDE", q.options))
        assert [letters[part.split(" – ")[1]] for part in q.answer.split("; ")] == agencies


def test_a_quiz_never_asks_who_leads_a_task_its_matching_already_lists(table_views):
    quiz = build_quiz(table_views, n=100, seed=4)
    listed = {task for q in quiz.questions if q.kind == "matching" for task in q.source.fact[1].split("\n")}
    assert listed and not [q for q in quiz.questions if q.source.fact == ("lead", q.source.fact[1])
                           and q.source.fact[1] in listed]
    assert check_quiz(quiz.questions) == {}


def _row(number: int, task: str, lead: tuple[str, ...], partners: tuple[str, ...] = ()) -> ObligationView:
    ob = Obligation("kh", f"c{number}", task, lead, partners, None, None, Span(number * 100, number * 100 + 80, 1))
    quote = f"| {number} | {task} | {', '.join(lead)} | {', '.join(partners)} |"
    return ObligationView(ob, "193/KH-UBND", "Kế hoạch", "Trồng cây xanh", "UBND tỉnh", "2024-11-01",
                          f"Phụ lục, nhiệm vụ {number}", quote)


ROWS = [_row(1, "Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị", ("Sở Xây dựng",)),
        _row(2, "Tăng cường thanh tra, kiểm tra công tác trồng, chăm sóc cây xanh", ("Thanh tra tỉnh",)),
        _row(3, "Giữ gìn, phát huy giá trị của các cây cổ thụ trong khu di tích", ("Sở Văn hóa và Thể thao",)),
        _row(4, "Rà soát, sắp xếp, kiện toàn bộ máy quản lý cây xanh các cấp", ("Sở Nội vụ",))]


def test_a_task_with_two_leads_and_a_row_naming_another_listed_agency_are_never_matched():
    (q,) = build_quiz(ROWS, n=5, kinds=("matching",)).questions
    assert len(q.pairs) == 4 and check_question(q) == []
    two_leads = [*ROWS, _row(5, ROWS[0].obligation.task, ("Sở Tài chính",))]  # the same task, another lead
    (q,) = build_quiz(two_leads, n=5, kinds=("matching",)).questions
    assert [a for _, a in q.pairs if a in ("Sở Xây dựng", "Sở Tài chính")] == []
    naming = [*ROWS[:3], _row(4, ROWS[3].obligation.task, ("Sở Nội vụ",), ("Thanh tra tỉnh",))]
    (q,) = build_quiz(naming, n=5, kinds=("matching",)).questions
    assert {a for _, a in q.pairs} == {"Sở Xây dựng", "Sở Văn hóa và Thể thao", "Thanh tra tỉnh"}
    assert build_quiz(ROWS[:2], n=5, kinds=("matching",)).questions == ()  # two pairs are too few


def test_matching_checks_catch_a_wrong_key_a_passage_naming_two_listed_agencies_and_too_few_pairs():
    (q,) = build_quiz(ROWS, n=5, kinds=("matching",)).questions
    key = q.answer.split("; ")
    swapped = replace(q, answer="; ".join([key[1].replace("2 ", "1 "), key[0].replace("1 ", "2 "), *key[2:]]))
    assert "đáp án câu nối không khớp các cặp" in check_question(swapped)
    shared = replace(q, source=replace(q.source, quotes=(q.source.quotes[0] + f" {q.pairs[1][1]}",
                                                         *q.source.quotes[1:])))
    assert any("có thể nối hơn một cách" in p for p in check_question(shared))
    short = replace(q, pairs=q.pairs[:2], options=tuple(a for _, a in q.pairs[:2]))
    assert any("từ 3 đến 5 cặp" in p for p in check_question(short))
    wrong = replace(q, pairs=((q.pairs[0][0], q.pairs[1][1]), (q.pairs[1][0], q.pairs[0][1]), *q.pairs[2:]))
    assert any("không có trong đoạn nguồn của nhiệm vụ 1" in p for p in check_question(wrong))


def test_a_deadline_the_task_already_states_is_not_asked_and_the_check_catches_it(table_views):
    """Công điện 196/CĐ-TTg writes the deadline across a line break inside the task ("… trước 15h00 ngày 14 tháng
    ↵10 năm 2025"): the stem would give the answer away."""
    telegram = payloads_of(SAMPLES / "chinhphu/196cd.signed.txt")
    asked = _quiz(telegram, 20, kinds=("fill_blank",)).questions
    assert not [q for q in asked if q.source.fact[0] == "deadline" and "14 tháng 10" in q.stem]
    q = next(q for q in build_quiz(table_views, n=40, kinds=("fill_blank",)).questions if q.source.fact[0] == "deadline")
    given = replace(q, stem=q.stem.replace("” là", f" {q.answer}” là"))
    assert check_question(q) == [] and "câu dẫn đã nêu sẵn thời hạn cần hỏi" in check_question(given)


def test_a_task_naming_an_agency_to_match_is_never_listed(table_views):
    """Nhiệm vụ 84 of Nghị quyết 03/NQ-CP: "Đề án chuyển các cơ sở giáo dục đại học … về Bộ Giáo dục và Đào tạo quản
    lý", led by that ministry, would give its own answer away."""
    for seed in range(4):
        for q in build_quiz(table_views, n=100, seed=seed, kinds=("matching",)).questions:
            assert not any(names_agency(a, t) for t, _ in q.pairs for _, a in q.pairs), q.pairs
    (q,) = build_quiz(ROWS, n=5, kinds=("matching",)).questions
    task, agency = q.pairs[0]
    given = replace(q, pairs=((f"{task} do {agency} quản lý", agency), *q.pairs[1:]))
    assert "nhiệm vụ 1 nêu sẵn tên một cơ quan cần nối" in check_question(given)


def test_a_matching_lists_each_task_whole(table_views):
    """A semicolon in a task table often separates the items of one list (nhiệm vụ 19: "Luật Thuế thu nhập doanh
    nghiệp; Luật Thuế thu nhập cá nhân; …"): a matching never cuts a task, even there."""
    whole = {" ".join(v.obligation.task.split()).rstrip(" .").casefold() for v in table_views}
    for seed in range(3):
        for q in build_quiz(table_views, n=100, seed=seed, kinds=("matching",)).questions:
            assert all(task.casefold() in whole for task, _ in q.pairs), q.pairs


def test_days_written_in_prose_are_blanks_with_their_numeric_spelling_accepted():
    """Quyết định 12/2010/QĐ-TTg, Điều 3: one extension day per quarter, each in its own sentence."""
    decision = payloads_of(SAMPLES / "thue/12_2010_QĐ-TTg.md")
    asked = [q for q in _quiz(decision, 20).questions if q.source.fact[0] == "deadline"]
    days = {re.search(r"(quý \w+|quyết toán) năm 2010", q.stem)[1]: (q.answer, q.alternatives) for q in asked}
    assert days == {"quý I": ("30 tháng 7 năm 2010", ("30/07/2010",)),
                    "quý II": ("30 tháng 10 năm 2010", ("30/10/2010",)),
                    "quý III": ("31 tháng 01 năm 2011", ("31/01/2011",)),
                    "quý IV": ("30 tháng 4 năm 2011", ("30/04/2011",)),
                    "quyết toán": ("30 tháng 6 năm 2011", ("30/06/2011",))}
    for q in asked:
        assert q.kind == "fill_blank" and q.stem.count(BLANK) == 1 and check_question(q) == []
        assert q.stem.endswith(f"chậm nhất đến ngày {BLANK}.”")


@pytest.mark.parametrize("sentence, blanks", [
    ("Các doanh nghiệp nộp tờ khai chậm nhất đến ngày 15 tháng 01 năm 2011.", 1),
    ("Các doanh nghiệp nộp báo cáo trước ngày 15 tháng 01 hằng năm.", 0),  # a recurrence: not one day
    ("Các doanh nghiệp nộp tờ khai trước ngày 15 tháng 01 năm 2011 và quyết toán trước ngày 31 tháng 3 năm 2011.", 0),
])
def test_a_sentence_with_a_recurrence_or_two_deadlines_gives_no_blank_on_a_day(sentence, blanks):
    payload = StoredChunk("x-1", "x", ordinal=1, text=sentence, section="Điều 1", doc_type="Quyết định",
                          doc_number="1/2010/QĐ-TTg")
    asked = [q for q in build_quiz([], n=5, payloads=[payload]).questions if q.source.fact[0] == "deadline"]
    assert len(asked) == blanks
