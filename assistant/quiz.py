"""Quizzes for trainers: multiple-choice, true/false and fill-in-the-blank questions on extracted obligations.

A fact is who leads a task, its deadline, the document that assigns it, or one of its partners. Each fact is asked
once, only when its cited passage shows it and the stem does not give it away. Wrong answers come from the same
kind of fact in the same pool and never name the right one (same agency, overlapping period, same number). Group
names ("các bộ, ngành, địa phương") overlap every named body, so they are neither asked nor offered.
"""
from __future__ import annotations

import calendar
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from assistant.records import ObligationView, document_label
from corpus.agencies import find_agencies, same_agency

KINDS = ("mcq", "true_false", "fill_blank")
TRUE_FALSE = ("Đúng", "Sai")
BLANK = "_____"
MIN_TASK_WORDS, MAX_TASK_WORDS = 4, 25
_AGENCY_FACTS = ("lead", "partner")
# Per fact: the question; the claim (the true/false statement, and with the value blanked, the fill-in sentence);
# the explanation; what a false claim is set against.
_TEMPLATES = {
    "lead": ("Cơ quan nào chủ trì nhiệm vụ “{task}”?", "{value} là cơ quan chủ trì nhiệm vụ “{task}”.",
             "Theo {label}, {value} là cơ quan chủ trì nhiệm vụ này{contrast}.", ", không phải {wrong}"),
    "deadline": ("Thời hạn hoàn thành nhiệm vụ “{task}” là khi nào?",
                 "Thời hạn hoàn thành nhiệm vụ “{task}” là {value}.",
                 "Theo {label}, thời hạn hoàn thành nhiệm vụ này là {value}{contrast}.", ", không phải {wrong}"),
    "doc": ("Văn bản nào giao nhiệm vụ “{task}”?", "Nhiệm vụ “{task}” được giao tại văn bản số {value}.",
            "Nhiệm vụ này được giao tại {label}{contrast}.", ", không phải văn bản số {wrong}"),
    "partner": ("Cơ quan nào sau đây được giao phối hợp thực hiện nhiệm vụ “{task}”?",
                "{value} được giao phối hợp thực hiện nhiệm vụ “{task}”.",
                "Theo {label}, {value} được giao phối hợp thực hiện nhiệm vụ này{contrast}.",
                ", còn {wrong} thì không"),
}
_ROMAN = ("I", "II", "III", "IV")
# Heads of groups overlap named bodies as groups do: "Thủ trưởng các cơ quan", "Bộ trưởng các bộ".
_GROUP = re.compile(r"(?i)\bcác (?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức)\b")


@dataclass(frozen=True)
class QuizSource:
    """The passage a question is drawn from and the fact it asks about, e.g. ("lead", task)."""

    doc_id: str
    label: str  # "Nghị quyết 03/NQ-CP, Phụ lục II, nhiệm vụ 15"
    quote: str
    fact: tuple[str, str]


@dataclass(frozen=True)
class QuizQuestion:
    """One question; `answer` is the correct option's text, or the blank's answer."""

    kind: str  # "mcq", "true_false", "fill_blank"
    stem: str
    options: tuple[str, ...]  # 4 for mcq, ("Đúng", "Sai") for true/false, none for a blank
    answer: str
    explanation: str
    source: QuizSource
    alternatives: tuple[str, ...] = ()  # other spellings a blank accepts: "6/2025" beside "tháng 6/2025"


@dataclass(frozen=True)
class Quiz:
    title: str
    seed: int
    questions: tuple[QuizQuestion, ...]


@dataclass(frozen=True)
class _Value:
    text: str  # as shown: "Bộ Nội vụ", "tháng 6/2025", "03/NQ-CP"
    key: str  # as compared: the name, the normalised deadline, the compacted number


@dataclass(frozen=True)
class _Fact:
    kind: str  # "lead", "deadline", "doc", "partner"
    value: _Value
    view: ObligationView
    task: str  # shortened for the stem
    written: str = ""  # the deadline as the document writes it
    involved: tuple[str, ...] = ()  # names that are never a wrong answer for it


def _deadline(normalized: str) -> tuple[str, tuple[date, date] | None]:
    """How a normalised deadline reads, and the days it covers (None for recurring, ongoing and relative ones)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", normalized):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return f"ngày {day.day}/{day.month}/{day.year}", (day, day)
    if m := re.fullmatch(r"(\d{4})-(\d\d)|(\d{4})-Q([1-4])", normalized):
        year, last = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), 3 * int(m[4]))
        first = last if m[1] else last - 2
        text = f"tháng {last}/{year}" if m[1] else f"quý {_ROMAN[last // 3 - 1]}/{year}"
        return text, (date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))
    if m := re.fullmatch(r"(\d{4})(?:-(\d{4}))?", normalized):
        text = f"giai đoạn {m[1]}-{m[2]}" if m[2] else f"năm {m[1]}"
        return text, (date(int(m[1]), 1, 1), date(int(m[2] or m[1]), 12, 31))
    if m := re.fullmatch(r"--(\d\d)-(\d\d)", normalized):
        return f"ngày {int(m[2])}/{int(m[1])}", None
    return normalized, None


def deadline_text(normalized: str) -> str:
    """A normalised deadline for reading: "2025-06" → "tháng 6/2025", "2025-Q2" → "quý II/2025"."""
    return _deadline(normalized)[0]


def _same_agency(a: str, b: str) -> bool:
    """same_agency, also where one name says "các" and the other not ("UBND các huyện" / "UBND huyện")."""
    a, b = (re.sub(r"(?i)\bcác\s+", "", name) for name in (a, b))
    return a.casefold() == b.casefold() or same_agency(a, b)


def _same(kind: str, a: str, b: str) -> bool:
    return _same_agency(a, b) if kind in _AGENCY_FACTS else a == b


def _clash(kind: str, a: str, b: str) -> bool:
    """Whether `b` cannot serve as a wrong answer where `a` is right: the same, or (deadlines) overlapping."""
    if kind == "deadline" and (pa := _deadline(a)[1]) and (pb := _deadline(b)[1]):
        return pa[0] <= pb[1] and pb[0] <= pa[1]
    return _same(kind, a, b)


def _rank(kind: str, right: str, value: _Value) -> tuple[bool, bool]:
    """Plausible wrong answers first: another "Bộ" for a "Bộ", another month of the same years for a month."""
    if kind in _AGENCY_FACTS:
        return right.split()[0] != value.text.split()[0], False
    years = [int(y[0]) if (y := re.search(r"\d{4}", k)) else 0 for k in (right, value.key)]
    return re.sub(r"\d", "9", right) != re.sub(r"\d", "9", value.key), abs(years[0] - years[1]) > 3


@lru_cache(maxsize=4096)
def _agencies_in(text: str) -> tuple[str, ...]:
    return tuple(name for name, _, _ in find_agencies(text))


def _shows(kind: str, value: _Value, text: str) -> bool:
    """Whether `text` names the value, in its own words or (agencies) under another spelling."""
    folded = text.casefold()
    if kind in _AGENCY_FACTS:
        return value.text.casefold() in folded or any(_same_agency(value.text, n) for n in _agencies_in(text))
    return value.text.casefold() in folded or value.key.casefold() in folded


def _shorten(task: str) -> str | None:
    """The task for a stem: one line, at most MAX_TASK_WORDS words cut at a word boundary; None when unusable."""
    words = task.replace("*", "").split()
    if len(words) < MIN_TASK_WORDS or "|" in task:
        return None
    text = " ".join(words[:MAX_TASK_WORDS]).rstrip(" .,;:/") + ("…" if len(words) > MAX_TASK_WORDS else "")
    return _cap(text)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _task_key(view: ObligationView) -> str:
    return " ".join(view.obligation.task.split())


def _values(view: ObligationView) -> list[tuple[str, _Value]]:
    """The view's values of each kind of fact; agencies only when named."""
    ob = view.obligation
    found = [(kind, _Value(name, name)) for kind, names in (("lead", ob.lead), ("partner", ob.partners))
             for name in names if name[:1].isupper() and not _GROUP.search(name)]
    if ob.deadline:
        found.append(("deadline", _Value(deadline_text(ob.deadline.normalized), ob.deadline.normalized)))
    if view.doc_number:
        found.append(("doc", _Value(view.doc_number, re.sub(r"\s+", "", view.doc_number).casefold())))
    return found


def _facts(view: ObligationView) -> list[_Fact]:
    """The facts of one obligation that can be asked: a single named lead, a deadline written in the quote, the
    document number, the first named partner that is not also a lead."""
    ob, task = view.obligation, _shorten(view.obligation.task)
    if task is None:
        return []
    facts = []
    for kind, value in _values(view):
        if kind == "lead" and len(ob.lead) == 1:
            facts.append(_Fact(kind, value, view, task, involved=ob.lead))
        elif kind == "deadline" and ob.deadline.text.strip() in view.quote:
            facts.append(_Fact(kind, value, view, task, written=ob.deadline.text.strip()))
        elif kind == "doc" and f"{view.doc_type} này".casefold() not in task.casefold():
            facts.append(_Fact(kind, value, view, task))
        elif kind == "partner" and not any(f.kind == "partner" for f in facts) \
                and not any(_same_agency(value.text, lead) for lead in ob.lead):
            facts.append(_Fact(kind, value, view, task, involved=(*ob.lead, *ob.partners)))
    return [f for f in facts if not _shows(f.kind, f.value, task)
            and not (f.written and f.written.casefold() in task.casefold())
            and (f.kind not in _AGENCY_FACTS or _shows(f.kind, f.value, view.quote))]


def _pools(views: Sequence[ObligationView]) -> dict[str, list[_Value]]:
    """Every distinct value of each kind of fact among the views, in sorted order."""
    pools: dict[str, list[_Value]] = {kind: [] for kind in _TEMPLATES}
    pairs = {pair for view in views for pair in _values(view)}
    for kind, value in sorted(pairs, key=lambda p: (p[1].text, p[0], p[1].key)):
        if not any(_same(kind, kept.key, value.key) for kept in pools[kind]):
            pools[kind].append(value)
    return pools


def _distractors(fact: _Fact, pool: list[_Value], count: int, rng: random.Random) -> list[_Value]:
    """Up to `count` wrong answers, none naming the right one, each other, or a name in the task; same family
    first."""
    right = (fact.value.key, *fact.involved)
    candidates = [v for v in pool if not any(_clash(fact.kind, r, v.key) for r in right)
                  and not _shows(fact.kind, v, fact.task)]
    rng.shuffle(candidates)
    candidates.sort(key=lambda v: _rank(fact.kind, fact.value.key, v))
    picked: list[_Value] = []
    for value in candidates:
        if len(picked) < count and not any(_clash(fact.kind, p.key, value.key) for p in picked):
            picked.append(value)
    return picked


def _explain(fact: _Fact, wrong: _Value | None = None) -> str:
    view, value = fact.view, fact.value.text
    name = document_label(view.doc_type, view.doc_number, view.obligation.doc_id)
    label = f"{name} ({view.section})" if fact.kind == "doc" and view.section else _label(view)
    if fact.kind == "deadline":
        value = f"“{fact.written}”" + (f" ({value})" if fact.written.casefold() != value.casefold() else "")
    contrast = _TEMPLATES[fact.kind][3].format(wrong=wrong.text) if wrong else ""
    return _cap(_TEMPLATES[fact.kind][2].format(label=label, value=value, contrast=contrast))


def _label(view: ObligationView) -> str:
    """"Nghị quyết 03/NQ-CP, Phụ lục II, nhiệm vụ 15"."""
    name = document_label(view.doc_type, view.doc_number, view.obligation.doc_id)
    return ", ".join(filter(None, (name, view.section)))


def _question(kind: str, fact: _Fact, pool: list[_Value], rng: random.Random) -> QuizQuestion | None:
    view = fact.view
    source = QuizSource(view.obligation.doc_id, _label(view), view.quote, (fact.kind, _task_key(view)))
    ask, claim = _TEMPLATES[fact.kind][:2]
    if kind == "mcq":
        wrong = _distractors(fact, pool, 3, rng)
        if len(wrong) < 3:
            return None
        options = [_cap(v.text) for v in (fact.value, *wrong)]
        rng.shuffle(options)
        return QuizQuestion(kind, ask.format(task=fact.task), tuple(options), _cap(fact.value.text),
                            _explain(fact), source)
    if kind == "true_false":
        wrong = _distractors(fact, pool, 1, rng)
        if not wrong:
            return None  # a statement that could only be true teaches nothing
        wrong = wrong if rng.random() < 0.5 else []
        stem = _cap(claim.format(value=(wrong or [fact.value])[0].text, task=fact.task))
        return QuizQuestion(kind, stem, TRUE_FALSE, TRUE_FALSE[bool(wrong)], _explain(fact, *wrong), source)
    if fact.kind == "partner" and len(view.obligation.partners) != 1:
        return None  # with several partners the blank has more than one right answer
    stem = _cap(claim.format(value=BLANK, task=fact.task))
    alternatives = (fact.written,) if fact.written.casefold() not in ("", fact.value.text.casefold()) else ()
    return QuizQuestion(kind, stem, (), fact.value.text, _explain(fact), source, alternatives)


def _spread(facts: list[_Fact]) -> list[_Fact]:
    """Every task's first fact before any task's second, so a short quiz covers many tasks."""
    nth, count = [], {}
    for fact in facts:
        nth.append(count.get(fact.task, 0))
        count[fact.task] = nth[-1] + 1
    return [facts[i] for i in sorted(range(len(facts)), key=lambda i: nth[i])]


def build_quiz(views: Sequence[ObligationView], n: int = 10, seed: int = 0, kinds: Sequence[str] = KINDS,
               title: str = "Bài kiểm tra") -> Quiz:
    """Up to `n` questions on distinct facts of the obligations, kinds taken in turn; the same quiz for the same
    views and seed whatever their order, and fewer questions when the facts run out."""
    if unknown := set(kinds) - set(KINDS):
        raise ValueError(f"Unknown question kinds: {sorted(unknown)}")
    rng = random.Random(seed)
    views = sorted(views, key=lambda v: (v.obligation.doc_id, v.obligation.span.start, repr(v)))
    pools = _pools(views)
    facts: dict[tuple[str, str], _Fact | None] = {}
    for fact in (f for view in views for f in _facts(view)):
        key = (fact.kind, _task_key(fact.view).casefold())
        if facts.get(key) and not _same(fact.kind, facts[key].value.key, fact.value.key):
            facts[key] = None  # one task, two answers: the question would be ambiguous
        facts.setdefault(key, fact)
    # A kind of fact with a single value in the pool has nothing to tell apart.
    asked = [f for f in facts.values() if f and len(pools[f.kind]) > 1]
    rng.shuffle(asked)
    questions: list[QuizQuestion] = []
    for fact in _spread(asked):
        if len(questions) >= n or not kinds:
            break
        turn = len(questions) % len(kinds)
        for kind in (*kinds[turn:], *kinds[:turn]):
            if question := _question(kind, fact, pools[fact.kind], rng):
                questions.append(question)
                break
    return Quiz(title, seed, tuple(questions))
