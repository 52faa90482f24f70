"""Quizzes built from the obligations of real documents, chiefly the task table of Nghị quyết 03/NQ-CP (Phụ lục II)."""
import io
import json
import re
from dataclasses import asdict, replace

import pytest
from docx import Document as read_docx

from assistant.quiz import BLANK, KINDS, MAX_TASK_WORDS, TRUE_FALSE, Quiz, build_quiz, deadline_text
from assistant.quiz_export import from_json, gift_escape, matching_as_mcqs, to_aiken, to_docx, to_gift, to_json
from assistant.records import ObligationView
from corpus.agencies import find_agencies, same_agency
from corpus.chunking import chunk
from corpus.loaders import load
from corpus.obligations import extract_obligations
from tests.data import SAMPLES

TASK_TABLE = SAMPLES / "nq57" / "NQCP03_NQ03_PL2_Nhiem_vu.md"
# Prose documents beside the table, for questions on which document assigns a task.
OTHER_DOCUMENTS = [SAMPLES / "nq57" / "NQ57_bangoc.md", SAMPLES / "thue" / "12_2010_QĐ-TTg.md",
                   SAMPLES / "thue" / "19_2008_CT-UBND.md", SAMPLES / "thue" / "22_2008_CT-TTg.md"]


def views_of(path) -> list[ObligationView]:
    views = []
    for doc in load(path):
        header = doc.header
        for piece in chunk(doc):
            for obligation in extract_obligations(piece, header.issued_on):
                views.append(ObligationView(
                    obligation=obligation, doc_number=header.doc_number, doc_type=header.doc_type,
                    title=header.title, issuer=header.issuer,
                    issued_on=header.issued_on.isoformat() if header.issued_on else None,
                    section=piece.section, quote=piece.text))
    return views


@pytest.fixture(scope="module")
def views() -> list[ObligationView]:
    return views_of(TASK_TABLE)


@pytest.fixture(scope="module")
def mixed_views(views) -> list[ObligationView]:
    return views + [v for path in OTHER_DOCUMENTS for v in views_of(path)]


@pytest.fixture(scope="module")
def quiz(views) -> Quiz:
    return build_quiz(views, n=40, seed=7, title="Kiểm tra Nghị quyết 03/NQ-CP")


def view_of(question, views) -> ObligationView:
    """The obligation a question was drawn from, found by its fact's task."""
    task = question.source.fact[1]
    return next(v for v in views if " ".join(v.obligation.task.split()) == task)


def names(text: str, name: str) -> bool:
    return name.casefold() in text.casefold() or any(same_agency(name, n) for n, _, _ in find_agencies(text))


def is_true(question, value: str, views) -> bool:
    """Whether the source of the question says `value` about its fact."""
    view, fact = view_of(question, views), question.source.fact[0]
    ob = view.obligation
    if fact == "lead":
        return same_agency(value, ob.lead[0])
    if fact == "partner":
        return any(same_agency(value, p) for p in ob.partners)
    if fact == "deadline":
        return value.casefold() == deadline_text(ob.deadline.normalized).casefold()
    return value == view.doc_number


def stated(question) -> str:
    """The value a true/false statement asserts."""
    pattern = {"lead": r"(.+) là cơ quan chủ trì nhiệm vụ “", "partner": r"(.+) được giao phối hợp thực hiện",
               "deadline": r".*” là (.+)\.$", "doc": r".*văn bản số (.+)\.$"}[question.source.fact[0]]
    return re.match(pattern, question.stem)[1]


def singles(quiz) -> list:
    """The questions on one fact of one obligation (every kind but matching)."""
    return [q for q in quiz.questions if q.kind != "matching"]


def test_real_task_table_yields_a_full_quiz_of_every_kind(quiz):
    assert len(quiz.questions) == 40
    assert {q.kind for q in quiz.questions} == set(KINDS)
    assert {q.source.fact[0] for q in quiz.questions} == {"lead", "deadline", "partner", "matching"}


def test_same_seed_gives_the_same_quiz_and_another_seed_a_different_one(views, quiz):
    assert build_quiz(views, n=40, seed=7, title="Kiểm tra Nghị quyết 03/NQ-CP") == quiz
    assert build_quiz(views, n=40, seed=8).questions != quiz.questions


def test_input_order_does_not_change_the_quiz(views, quiz):
    assert build_quiz(list(reversed(views)), n=40, seed=7, title=quiz.title) == quiz


def test_multiple_choice_has_four_distinct_options_and_exactly_one_right(quiz, views):
    mcqs = [q for q in quiz.questions if q.kind == "mcq"]
    assert mcqs
    for q in mcqs:
        assert len(q.options) == 4 and len({o.casefold() for o in q.options}) == 4
        assert [o for o in q.options if is_true(q, o, views)] == [q.answer]
        if q.source.fact[0] in ("lead", "partner"):
            assert not any(same_agency(a, b) for a in q.options for b in q.options if a != b)


def test_distractors_are_the_same_kind_of_fact_from_the_pool(quiz, views):
    leads = {name for v in views for name in v.obligation.lead}
    partners = {name for v in views for name in v.obligation.partners}
    deadlines = {deadline_text(v.obligation.deadline.normalized).casefold() for v in views if v.obligation.deadline}
    for q in (q for q in quiz.questions if q.kind == "mcq"):
        pool = {"lead": leads, "partner": partners, "deadline": deadlines}[q.source.fact[0]]
        assert all((o.casefold() if q.source.fact[0] == "deadline" else o) in pool for o in q.options), q.options


def test_deadline_distractors_never_overlap_the_right_period(quiz):
    def years(option: str) -> set[str]:
        return set(re.findall(r"\d{4}", option))

    for q in (q for q in quiz.questions if q.kind == "mcq" and q.source.fact[0] == "deadline"):
        for wrong in (o for o in q.options if o != q.answer):
            if re.match(r"Năm|Giai đoạn", wrong) or re.match(r"Năm|Giai đoạn", q.answer):
                assert not years(wrong) & years(q.answer), (q.answer, wrong)


def test_true_false_states_the_source_or_swaps_in_another_value(quiz, views):
    statements = [q for q in quiz.questions if q.kind == "true_false"]
    assert {q.answer for q in statements} == set(TRUE_FALSE)
    for q in statements:
        assert q.options == TRUE_FALSE
        assert is_true(q, stated(q), views) == (q.answer == "Đúng"), q.stem


def test_fill_in_the_blank_hides_the_value_the_source_gives(quiz, views):
    blanks = [q for q in quiz.questions if q.kind == "fill_blank"]
    assert blanks
    for q in blanks:
        assert q.stem.count(BLANK) == 1 and q.options == ()
        assert is_true(q, q.answer, views)
        if q.source.fact[0] == "deadline":
            written = view_of(q, views).obligation.deadline.text.casefold()
            assert written in (q.answer.casefold(), *(a.casefold() for a in q.alternatives))


def test_no_two_questions_ask_the_same_fact(views):
    every = build_quiz(views, n=10_000, seed=1)
    facts = [q.source.fact for q in every.questions]
    assert len(facts) == len(set(facts))


def test_the_answer_never_appears_in_the_stem(quiz):
    for q in quiz.questions:
        assert q.answer.casefold() not in q.stem.casefold(), q.stem
        if q.kind == "mcq":
            assert not any(o.casefold() in q.stem.casefold() for o in q.options), q.stem


def test_each_question_quotes_the_passage_that_holds_its_answer(quiz, views):
    for q in singles(quiz):
        view, fact = view_of(q, views), q.source.fact[0]
        assert q.source.quote == view.quote and q.source.doc_id == view.obligation.doc_id
        assert q.source.label == f"Nghị quyết 03/NQ-CP, {view.section}"
        ob = view.obligation
        if fact == "deadline":
            assert ob.deadline.text in q.source.quote
        elif fact == "lead":
            assert names(q.source.quote, ob.lead[0])
        elif q.kind != "true_false":
            assert names(q.source.quote, q.answer), (q.answer, q.source.quote)
        else:
            assert any(names(q.source.quote, p) for p in ob.partners if is_true(q, p, views))
        assert q.explanation.endswith(".") and q.explanation.count(". ") == 0


def test_long_tasks_are_cut_only_at_a_clause_edge_never_mid_phrase(quiz, views):
    for q in singles(quiz):
        shown = re.search(r"“(.+)”", q.stem)[1]
        words = " ".join(view_of(q, views).obligation.task.replace("*", "").split())
        assert len(shown.split()) <= MAX_TASK_WORDS and "…" not in shown
        assert words[1:].startswith(shown[1:])
        rest = words[len(shown):]
        assert rest.strip(" .") == "" or rest[:1] in ",;:" or rest.startswith(" ("), (shown, rest)


def test_tasks_too_short_for_a_question_are_skipped(views):
    short = [replace(v, obligation=replace(v.obligation, task="Xây dựng Đề án")) for v in views[:20]]
    assert build_quiz(short + views[20:], n=10_000, seed=0).questions
    assert not any(q.source.fact[1] == "Xây dựng Đề án" for q in build_quiz(short + views[20:], n=10_000).questions)


@pytest.mark.parametrize("kinds", [("mcq",), ("true_false",), ("fill_blank",), ("mcq", "fill_blank")])
def test_only_the_requested_kinds_are_asked(views, kinds):
    assert {q.kind for q in build_quiz(views, n=12, seed=3, kinds=kinds).questions} == set(kinds)


def test_unknown_kind_is_refused(views):
    with pytest.raises(ValueError):
        build_quiz(views, kinds=("essay",))


@pytest.mark.parametrize("n", [0, 1, 5, 17])
def test_n_questions_are_asked_when_there_are_enough_facts(views, n):
    assert len(build_quiz(views, n=n, seed=2).questions) == n


def test_fewer_questions_when_the_facts_run_out_never_padded(views):
    every = build_quiz(views, n=10_000, seed=1)
    assert 100 < len(every.questions) < 10_000
    assert len({q.stem for q in every.questions}) == len(every.questions)


def test_a_small_pool_asks_no_multiple_choice_it_cannot_fill(views):
    three = views[:3]  # deadlines "6/2025", "Thường xuyên", "Thường xuyên": two values only
    small = build_quiz(three, n=10, seed=0)
    assert small.questions
    assert not any(q.kind == "mcq" and q.source.fact[0] == "deadline" for q in small.questions)
    for q in (q for q in small.questions if q.kind == "mcq"):
        assert len(set(q.options)) == 4
    assert build_quiz(views[:1], n=10).questions == ()  # nothing to tell its values apart from
    assert build_quiz([], n=10).questions == ()


def test_a_single_document_pool_asks_nothing_about_documents(views):
    assert not any(q.source.fact[0] == "doc" for q in build_quiz(views, n=10_000).questions)


def test_document_questions_offer_document_numbers_of_the_pool(mixed_views):
    numbers = {v.doc_number for v in mixed_views}
    assert len(numbers) >= 4
    asked = [q for q in build_quiz(mixed_views, n=10_000, seed=5, kinds=("mcq",)).questions
             if q.source.fact[0] == "doc"]
    assert asked
    for q in asked:
        assert set(q.options) <= numbers and q.answer == view_of(q, mixed_views).doc_number
        assert q.stem.startswith("Văn bản nào giao nhiệm vụ “")


@pytest.mark.parametrize(("normalized", "human"), [
    ("2025-06", "tháng 06/2025"), ("2025-Q2", "Quý II/2025"), ("2025", "năm 2025"), ("2025-06-30", "ngày 30/06/2025"),
    ("2025-2026", "giai đoạn 2025-2026"), ("--11-20", "ngày 20/11"), ("thường xuyên", "thường xuyên"),
    ("hằng năm", "hằng năm"),
])
def test_normalised_deadline_reads_as_vietnamese(normalized, human):
    assert deadline_text(normalized) == human


def test_gift_escapes_its_special_characters():
    assert gift_escape("Điều 5: tỷ lệ = 15% {a} ~b #c") == r"Điều 5\: tỷ lệ \= 15% \{a\} \~b \#c"


def test_gift_writes_every_question_with_its_source(quiz):
    tricky = replace(quiz.questions[0], stem=quiz.questions[0].stem + " (Mục 2: tỷ lệ = 15%)")
    gift = to_gift(replace(quiz, questions=(tricky, *quiz.questions[1:])))
    blocks = gift.strip().split("\n\n")[1:]
    assert len(blocks) == len(quiz.questions)
    assert r"(Mục 2\: tỷ lệ \= 15%)" in blocks[0]
    for number, (block, q) in enumerate(zip(blocks, quiz.questions), 1):
        comment, body = block.split("\n")
        assert comment.startswith(f"// Nguồn: {q.source.label}: “")
        assert body.startswith(f"::Câu {number}::")
        answers = re.search(r"(?<!\\)\{(.*?)(?<!\\)\}", body)[1]
        if q.kind == "mcq":
            assert len(re.findall(r"(?<!\\)=", answers)) == 1 and len(re.findall(r"(?<!\\)~", answers)) == 3
            assert f"={gift_escape(q.answer)} " in answers
        elif q.kind == "true_false":
            assert answers.startswith("T####" if q.answer == "Đúng" else "F####")
        elif q.kind == "matching":
            assert answers.split(" ####")[0] == " ".join(f"={gift_escape(t)} -> {gift_escape(a)}" for t, a in q.pairs)
        else:
            assert BLANK not in body and answers.startswith(f"={gift_escape(q.answer)}")


def test_aiken_holds_only_multiple_choice_with_a_lettered_answer(quiz):
    """Aiken has no matching: each matching is written as one multiple-choice question per task."""
    mcqs = [m for q in quiz.questions for m in (matching_as_mcqs(q) if q.kind == "matching" else [q])
            if m.kind == "mcq"]
    assert len(mcqs) > len([q for q in quiz.questions if q.kind == "mcq"])
    blocks = to_aiken(quiz).strip().split("\n\n")
    assert len(blocks) == len(mcqs)
    for block, q in zip(blocks, mcqs):
        lines = block.split("\n")
        letters = "ABCDE"[:len(q.options)]
        assert len(lines) == len(q.options) + 2 and lines[0] == q.stem and 3 <= len(q.options) <= 5
        assert all(re.fullmatch(rf"{letter}\. \S.*", line) for letter, line in zip(letters, lines[1:-1]))
        letter = re.fullmatch(rf"ANSWER: ([{letters}])", lines[-1])[1]
        assert lines[letters.index(letter) + 1] == f"{letter}. {q.answer}"


def test_json_round_trips_every_field(quiz):
    text = to_json(quiz)
    assert json.loads(text) == json.loads(json.dumps(asdict(quiz), ensure_ascii=False))
    assert "Cơ quan nào chủ trì" in text  # Vietnamese kept as written, not \u-escaped
    assert from_json(text) == quiz


def test_docx_prints_the_questions_then_the_answer_key(quiz):
    document = read_docx(io.BytesIO(to_docx(quiz)))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == quiz.title
    key = next(i for i, p in enumerate(document.paragraphs) if p.text == "Đáp án")
    assert document.paragraphs[key].style.name.startswith("Heading")
    assert any('w:type="page"' in p._p.xml for p in document.paragraphs[:key])
    questions, answers = "\n".join(texts[:key]), "\n".join(texts[key:])
    for number, q in enumerate(quiz.questions, 1):
        assert f"Câu {number}. {q.stem}" in questions
        assert f"Câu {number}: " in answers and q.source.label in answers and q.explanation in answers
