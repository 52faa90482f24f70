"""Quality rules every quiz question must pass, as pure checks: the builder drops a question that fails one, and
the quiz benchmark (`python -m evals quiz`) runs them again on every item it prints.

A problem is a short Vietnamese sentence; an empty list means the question can be handed out as it is.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.quiz_matching import MAX_PAIRS, MIN_PAIRS, matching_key
from assistant.quiz_sources import clean, names_agency, same_agency_loose, stated

if TYPE_CHECKING:
    from assistant.quiz import QuizQuestion

BLANK = "_____"
AGENCY_FACTS = ("lead", "partner", "issuer")
NEAR_DUPLICATE = 0.8  # word overlap (Jaccard) above which two stems with the same answer ask the same thing
_QUOTED = re.compile(r"“([^”]*)”")
# What may follow a quoted part in its passage: the end, punctuation, a bracket, or a time adjunct (the deadline the
# question asks about: "… gửi UBND tỉnh| trước ngày 15/01 hằng năm").
_EDGE_AFTER = re.compile(r"\s*(?:$|[.;,:!?)|\n]|\s\(|\s[-–]\s)"
                         r"|\s+(?:trước|chậm nhất|trong|xong|hạn|ngay|đến hết|định kỳ|hằng|hàng|thường xuyên)(?!\w)")
_NUMBER = re.compile(r"\d+")
_RECURRENCE = re.compile(r"(?i)(?<!\w)(?:hằng|hàng) (?:năm|quý|tháng|tuần)(?!\w)")


def _fold(text: str) -> str:
    return clean(text).casefold()


def _numbers(text: str) -> set[int]:
    return {int(n) for n in _NUMBER.findall(text)}


def supports(kind: str, value: str, passage: str) -> bool:
    """Whether the passage states the value of a fact of this kind."""
    if not value:
        return False
    if kind in AGENCY_FACTS:
        return names_agency(value, clean(passage))
    if kind in ("figure", "year"):
        return stated(value, passage)
    if kind in ("implements", "replaces"):  # "Chỉ thị 30/CT-TTg" is written "Chỉ thị số 30/CT-TTg"
        return _fold(value.split(" ")[-1]) in _fold(passage)
    if kind == "deadline":  # as written, or every number of the shown form written in the passage
        return _fold(value) in _fold(passage) or bool(_numbers(value)) and _numbers(value) <= _numbers(passage)
    return _fold(value) in _fold(passage)


def _passage(q: QuizQuestion) -> str:
    return f"{q.source.quote}\n{q.source.label}"


def _stem_problems(q: QuizQuestion) -> list[str]:
    stem, problems = q.stem.strip(), []
    if stem.count("“") != stem.count("”"):
        problems.append("câu dẫn có ngoặc kép không cân")
    if not stem.endswith(("?", ".", ":", "”")):
        problems.append("câu dẫn chưa trọn câu")
    if ("…" in stem or "..." in stem) and "…" not in q.source.quote and "..." not in q.source.quote:
        problems.append("câu dẫn bị cắt giữa chừng")
    quote = _fold(q.source.quote)
    for fragment in _QUOTED.findall(stem):
        pieces = [p for p in (_fold(p).strip(" .;:,") for p in fragment.replace("…", "").split(BLANK)) if p]
        if not q.source.quote:
            continue
        whole = _fold(fragment.replace(BLANK, q.value or q.answer).replace("…", "")).strip(" .;:,")
        if any(p not in quote for p in pieces):
            problems.append("phần trích trong câu dẫn không có nguyên văn trong đoạn nguồn")
        elif whole in quote and not _EDGE_AFTER.match(quote, quote.index(whole) + len(whole)):
            problems.append("phần trích trong câu dẫn dừng giữa một vế câu")
    return problems


def check_question(q: QuizQuestion) -> list[str]:
    """What keeps one question from being usable as is: an incomplete stem, a key the cited passage does not
    support, a wrong option the passage also supports, a recurring or relative deadline resolved to one date."""
    problems = _stem_problems(q)
    if q.kind == "matching":
        return problems + _matching_problems(q)
    kind, passage = q.source.fact[0], _passage(q)
    value = q.value or q.answer
    if q.source.quote and not supports(kind, value, passage):
        problems.append(f"đáp án “{value}” không có trong đoạn nguồn")
    if kind == "deadline" and q.kind != "true_false" \
            and any(_fold(v) in _fold(q.stem) for v in (value, *q.alternatives) if v):
        problems.append("câu dẫn đã nêu sẵn thời hạn cần hỏi")
    if kind == "deadline" and _RECURRENCE.search(q.source.quote) and _RECURRENCE.search(value) is None:
        problems.append("thời hạn lặp lại (hằng năm, hằng quý…) bị đổi thành một mốc cụ thể")
    if q.kind == "mcq":
        if len(q.options) != 4 or len({_fold(o) for o in q.options}) != 4:
            problems.append("cần đúng bốn phương án khác nhau")
        if q.options.count(q.answer) != 1:
            problems.append("đáp án phải trùng đúng một phương án")
        for option in q.options:
            if option != q.answer and q.source.quote and _wrong_supported(kind, option, q):
                problems.append(f"phương án nhiễu “{option}” cũng đúng theo đoạn nguồn")
    elif q.kind == "true_false":
        if q.answer not in ("Đúng", "Sai") or not q.stated:
            problems.append("câu Đúng/Sai thiếu nhận định")
        elif (q.answer == "Đúng") != (_fold(q.stated) == _fold(value)):
            problems.append("đáp án Đúng/Sai không khớp nhận định")
        elif q.answer == "Sai" and _wrong_supported(kind, q.stated, q):
            problems.append("nhận định “sai” lại được đoạn nguồn ủng hộ")
    elif q.stem.count(BLANK) != 1 or not q.answer:
        problems.append("câu điền khuyết cần đúng một chỗ trống và một đáp án")
    return problems


def _matching_problems(q: QuizQuestion) -> list[str]:
    """A matching: 3–5 pairs, distinct tasks and agencies, the options exactly its agencies, the key right; each task
    written in its own passage with its agency, and no passage naming another listed agency (one matching only)."""
    problems, pairs = [], q.pairs
    if not MIN_PAIRS <= len(pairs) <= MAX_PAIRS:
        problems.append(f"câu nối cần từ {MIN_PAIRS} đến {MAX_PAIRS} cặp")
    tasks, agencies = [_fold(t) for t, _ in pairs], [a for _, a in pairs]
    if len(set(tasks)) != len(tasks) or any(same_agency_loose(a, b) for i, a in enumerate(agencies)
                                            for b in agencies[:i]):
        problems.append("câu nối có nhiệm vụ hoặc cơ quan lặp lại")
    if sorted(q.options) != sorted(agencies):
        problems.append("cột cơ quan phải đúng là các cơ quan của các cặp")
    elif q.answer != matching_key(pairs, q.options):
        problems.append("đáp án câu nối không khớp các cặp")
    if q.source.quote and len(q.source.quotes) != len(pairs):
        problems.append("mỗi cặp cần một đoạn nguồn")
        return problems
    for number, ((task, agency), quote) in enumerate(zip(pairs, q.source.quotes), 1):
        if _fold(task) not in _fold(quote):
            problems.append(f"nhiệm vụ {number} không có nguyên văn trong đoạn nguồn")
        if not names_agency(agency, clean(quote)):
            problems.append(f"đáp án “{agency}” không có trong đoạn nguồn của nhiệm vụ {number}")
        if any(names_agency(a, task) for a in agencies):
            problems.append(f"nhiệm vụ {number} nêu sẵn tên một cơ quan cần nối")
        for other in agencies:
            if other != agency and names_agency(other, clean(quote)):
                problems.append(f"đoạn nguồn của nhiệm vụ {number} cũng nêu “{other}”: có thể nối hơn một cách")
    return problems


# A group the passage names covers every body of its kind: "các bộ, ngành" covers any "Bộ …".
_GROUP_COVERS = (("bộ", ("Bộ ",)), ("ngành", ("Bộ ",)), ("sở", ("Sở ",)), ("địa phương", ("Ủy ban nhân dân", "UBND")))


def _covered(option: str, passage: str) -> bool:
    folded = clean(passage).casefold()
    return any(re.search(rf"(?<!\w)các {word}(?!\w)", folded) and option.startswith(heads)
               for word, heads in _GROUP_COVERS)


def _wrong_supported(kind: str, option: str, q: QuizQuestion) -> bool:
    if kind == "partner" and _covered(option, q.source.quote):
        return True  # "phối hợp: các bộ, ngành": any ministry is also a partner
    if kind == "deadline":  # a wrong period is supported only when written in the passage as shown
        return _fold(option) in _fold(q.source.quote)
    if kind == "doc":
        return _fold(option) in _fold(q.source.label)
    if kind in ("implements", "replaces"):
        return _fold(option.split(" ")[-1]) in _fold(q.source.quote)
    return supports(kind, option, q.source.quote)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.replace(BLANK, " ").casefold()))


def same_question(a: QuizQuestion, b: QuizQuestion) -> bool:
    """Whether two questions ask the same fact, or their stems nearly match with the same answer."""
    if a.source.fact[0] and a.source.fact == b.source.fact and a.source.doc_id == b.source.doc_id:
        return True
    if "matching" in (a.source.fact[0], b.source.fact[0]) and a.source.doc_id == b.source.doc_id:
        return _shares_task(a, b)
    wa, wb = _words(a.stem), _words(b.stem)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= NEAR_DUPLICATE \
        and _fold(a.value or a.answer) == _fold(b.value or b.answer)


def _shares_task(a: QuizQuestion, b: QuizQuestion) -> bool:
    """A matching repeats a question on who leads one of its tasks, and another matching listing one of them."""
    if b.source.fact[0] == "matching":
        a, b = b, a
    listed = set(a.source.fact[1].split("\n"))
    if b.source.fact[0] == "matching":
        return bool(listed & set(b.source.fact[1].split("\n")))
    return b.source.fact[0] == "lead" and b.source.fact[1] in listed


def duplicates(questions: Sequence[QuizQuestion]) -> list[tuple[int, int]]:
    """Pairs of positions (0-based) of questions that ask the same thing (same_question)."""
    return [(i, j) for j, b in enumerate(questions) for i, a in enumerate(questions[:j]) if same_question(a, b)]


def check_quiz(questions: Sequence[QuizQuestion]) -> dict[int, list[str]]:
    """Problems by question position (0-based): its own, and being a duplicate of an earlier question."""
    found = {i: check_question(q) for i, q in enumerate(questions)}
    for i, j in duplicates(questions):
        found[j].append(f"trùng hoặc gần trùng với câu {i + 1}")
    return {i: p for i, p in found.items() if p}
