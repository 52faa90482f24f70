"""Quizzes for trainers: multiple-choice, true/false, fill-in-the-blank and matching (agency ↔ task,
assistant.quiz_matching) questions on any kind of document.

A fact is who leads a task, its deadline, the document that assigns it, or one of its partners (from extracted
obligations); or a target figure or year stated in prose, the body that issued a document, the document it implements or
replaces (assistant.quiz_sources). Each fact is asked once, only when its cited passage shows it and the stem does not
give it away; every question passes the checks of assistant.quiz_checks or is dropped. Wrong answers come from the same
kind of fact in the same pool and never name the right one (same agency, overlapping period, same number). Group names
("các bộ, ngành, địa phương") overlap every named body, so they are neither asked nor offered.
"""
from __future__ import annotations

import calendar
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from assistant import quiz_matching, quiz_sources
from assistant.quiz_checks import BLANK, check_question, same_question
from assistant.quiz_sources import Statement, clean, names_agency, same_agency_loose
from assistant.records import ObligationView, document_label
from corpus.display import deadline_display, normalized_text, vn_date
from corpus.obligations import PARTNERSHIP
from index.records import StoredChunk

KINDS = ("mcq", "true_false", "fill_blank", "matching")
TRUE_FALSE = ("Đúng", "Sai")
LEVELS = {"true_false": "dễ", "mcq": "trung bình", "fill_blank": "khó", "matching": "trung bình"}
MIN_TASK_WORDS, MAX_TASK_WORDS = 6, 40
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
_GROUP = quiz_sources.GROUP


@dataclass(frozen=True)
class QuizSource:
    """The passage a question is drawn from and the fact it asks about, e.g. ("lead", task)."""

    doc_id: str
    label: str  # "Nghị quyết 03/NQ-CP, Phụ lục II, nhiệm vụ 15"
    quote: str
    fact: tuple[str, str]
    quotes: tuple[str, ...] = ()  # a matching: the passage of each pair, in the order of its pairs


@dataclass(frozen=True)
class QuizQuestion:
    """One question; `answer` is the correct option's text, or the blank's answer."""

    kind: str  # "mcq", "true_false", "fill_blank"
    stem: str
    options: tuple[str, ...]  # 4 for mcq, ("Đúng", "Sai") for true/false, none for a blank
    answer: str
    explanation: str
    source: QuizSource
    alternatives: tuple[str, ...] = ()  # other spellings a blank accepts: "6/2025" beside "tháng 06/2025"
    value: str = ""  # the right value as the cited passage gives it (for true/false too)
    stated: str = ""  # true/false: the value the statement gives (the right one, or a minimally changed one)
    level: str = ""  # "dễ" (true/false), "trung bình" (multiple choice, matching), "khó" (fill in the blank)
    pairs: tuple[tuple[str, str], ...] = ()  # a matching: (task, agency) in the order the tasks are numbered


@dataclass(frozen=True)
class Quiz:
    title: str
    seed: int
    questions: tuple[QuizQuestion, ...]
    requested: int = 0
    note: str = ""  # why fewer questions than requested were made (Vietnamese); empty when the size was reached


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


def _period(normalized: str) -> tuple[date, date] | None:
    """The days a normalised deadline covers (None for recurring, ongoing and relative ones)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", normalized):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)|(\d{4})-Q([1-4])", normalized):
        year, last = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), 3 * int(m[4]))
        first = last if m[1] else last - 2
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    if m := re.fullmatch(r"(\d{4})(?:-(\d{4}))?", normalized):
        return date(int(m[1]), 1, 1), date(int(m[2] or m[1]), 12, 31)
    return None


def deadline_text(normalized: str) -> str:
    """A normalised deadline for reading (corpus.display): "2025-06" → "tháng 06/2025", "2025-Q2" → "Quý II/2025"."""
    return normalized_text(normalized)


_same_agency = same_agency_loose
_UNDATED = ("thường xuyên", "hằng năm", "hằng quý", "hằng tháng", "hằng tuần")


def _same(kind: str, a: str, b: str) -> bool:
    return _same_agency(a, b) if kind in _AGENCY_FACTS else a == b


def _clash(kind: str, a: str, b: str) -> bool:
    """Whether `b` cannot serve as a wrong answer where `a` is right: the same, or (deadlines) overlapping."""
    if kind == "deadline" and (pa := _period(a)) and (pb := _period(b)):
        return pa[0] <= pb[1] and pb[0] <= pa[1]
    if kind == "deadline" and a in _UNDATED and b in _UNDATED:
        return True  # "thường xuyên" beside "hằng năm": too close to tell apart as a wrong answer
    return _same(kind, a, b)


def _rank(kind: str, right: str, value: _Value) -> tuple[bool, bool]:
    """Plausible wrong answers first: another "Bộ" for a "Bộ", another month of the same years for a month."""
    if kind in _AGENCY_FACTS:
        return right.split()[0] != value.text.split()[0], False
    years = [int(y[0]) if (y := re.search(r"\d{4}", k)) else 0 for k in (right, value.key)]
    return re.sub(r"\d", "9", right) != re.sub(r"\d", "9", value.key), abs(years[0] - years[1]) > 3


def _shows(kind: str, value: _Value, text: str) -> bool:
    """Whether `text` names the value, in its own words or (agencies) under another spelling."""
    if kind in _AGENCY_FACTS:
        return names_agency(value.text, text)
    folded = text.casefold()
    return value.text.casefold() in folded or value.key.casefold() in folded


# Where a long task may be cut: a semicolon ends a clause; a comma often only separates the items of one phrase
# ("định nghĩa, nội hàm") and a colon announces what follows ("theo nguyên tắc:"), so neither is a cut.
_CLAUSE_EDGE = re.compile(r";(?=\s)")
_RECURRING = re.compile(r"(?i)(?<!\w)(?:hằng|hàng|định kỳ)\s+(?:năm|quý|tháng|tuần)(?!\w)")


def _shorten(task: str) -> str | None:
    """The task for a stem: one line, whole, or cut at the last clause edge (a semicolon, never
    mid-phrase) that leaves at most MAX_TASK_WORDS words; None when unusable (too short, too long to cut, or
    opening with a recurrence or a bare "chủ trì, phối hợp", which needs the rest of the sentence)."""
    text = clean(task.replace("*", "")).rstrip(" .,;:/")
    if len(text.split()) < MIN_TASK_WORDS or "|" in task or re.match(r"(?i)(?:hằng|hàng)\s+\w+\s*,", text):
        return None
    if len(text.split()) > MAX_TASK_WORDS:
        edges = [m.start() for m in _CLAUSE_EDGE.finditer(text)
                 if MIN_TASK_WORDS + 4 <= len(text[:m.start()].split()) <= MAX_TASK_WORDS]
        if not edges:
            return None
        text = text[:edges[-1]].rstrip(" .,;:/")
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
        found.append(("deadline", _deadline_value(view)))
    if view.doc_number:
        found.append(("doc", _Value(view.doc_number, re.sub(r"\s+", "", view.doc_number).casefold())))
    return found


def _deadline_value(view: ObligationView) -> _Value:
    """A deadline as shown (corpus.display): a fixed period in its normalised Vietnamese form, a recurrence or a
    relative period as written ("15/01 hằng năm", "trong 30 ngày kể từ ngày ký"), never resolved to one date."""
    deadline, quote = view.obligation.deadline, view.quote
    if deadline.kind in ("recurring", "ongoing"):  # "hằng năm", or as written when it names a day: "15/01 hằng năm"
        written = " ".join(deadline.text.split())
        return _Value(written, written.casefold()) if re.search(r"\d", written) else \
            _Value(deadline.normalized, deadline.normalized)
    written = deadline.text.strip()
    at = quote.find(written)
    shown = deadline_display(replace(deadline, start=max(at, 0), end=at + len(written) if at >= 0 else 0),
                             quote if at >= 0 else "")
    fixed = _period(deadline.normalized) is not None and shown == normalized_text(deadline.normalized)
    return _Value(shown, deadline.normalized if fixed else shown.casefold())


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
        elif kind == "deadline" and ob.deadline.text.strip() in view.quote \
                and (_RECURRING.search(value.text) or not _RECURRING.search(view.quote)):
            # a fixed date in a passage that also says "hằng năm" may be one of many: not asked
            facts.append(_Fact(kind, value, view, task, written=ob.deadline.text.strip()))
        elif kind == "doc" and f"{view.doc_type} này".casefold() not in task.casefold():
            facts.append(_Fact(kind, value, view, task))
        elif kind == "partner" and not any(f.kind == "partner" for f in facts) \
                and not any(_same_agency(value.text, lead) for lead in ob.lead):
            facts.append(_Fact(kind, value, view, task, involved=(*ob.lead, *ob.partners)))
    return [f for f in facts if not _shows(f.kind, f.value, task)
            and not (f.written and " ".join(f.written.split()).casefold() in task.casefold())
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
    name = document_label(view.doc_type, view.doc_number, view.obligation.doc_id, view.title, view.issued_on)
    label = f"{name} ({view.section})" if fact.kind == "doc" and view.section else _label(view)
    if fact.kind == "deadline":
        value = f"“{fact.written}”" + (f" ({value})" if fact.written.casefold() != value.casefold() else "")
    contrast = _TEMPLATES[fact.kind][3].format(wrong=wrong.text) if wrong else ""
    return _cap(_TEMPLATES[fact.kind][2].format(label=label, value=value, contrast=contrast))


def _label(view: ObligationView) -> str:
    """"Nghị quyết 03/NQ-CP, Phụ lục II, nhiệm vụ 15"."""
    name = document_label(view.doc_type, view.doc_number, view.obligation.doc_id, view.title, view.issued_on)
    return ", ".join(filter(None, (name, view.section)))


def _question(kind: str, fact: _Fact, pool: list[_Value], rng: random.Random) -> QuizQuestion | None:
    view = fact.view
    source = QuizSource(view.obligation.doc_id, _label(view), view.quote, (fact.kind, _task_key(view)))
    ask, claim = _TEMPLATES[fact.kind][:2]
    if fact.kind == "lead" and PARTNERSHIP.match(fact.task):  # it leads, but the work is to assist
        ask, claim = ("Cơ quan nào được giao nhiệm vụ “{task}”?", "{value} là cơ quan được giao nhiệm vụ “{task}”.")
    right = _cap(fact.value.text)
    if kind == "mcq":
        wrong = _distractors(fact, pool, 3, rng)
        if len(wrong) < 3:
            return None
        options = [_cap(v.text) for v in (fact.value, *wrong)]
        rng.shuffle(options)
        return QuizQuestion(kind, ask.format(task=fact.task), tuple(options), right, _explain(fact), source,
                            value=right, level=LEVELS[kind])
    if kind == "true_false":
        wrong = _distractors(fact, pool, 1, rng)
        if not wrong:
            return None  # a statement that could only be true teaches nothing
        wrong = wrong if rng.random() < 0.5 else []
        shown = (wrong or [fact.value])[0].text
        stem = _cap(claim.format(value=shown, task=fact.task))
        return QuizQuestion(kind, stem, TRUE_FALSE, TRUE_FALSE[bool(wrong)], _explain(fact, *wrong), source,
                            value=right, stated=_cap(shown), level=LEVELS[kind])
    if fact.kind == "partner" and len(view.obligation.partners) != 1:
        return None  # with several partners the blank has more than one right answer
    stem = _cap(claim.format(value=BLANK, task=fact.task))
    alternatives = (fact.written,) if fact.written.casefold() not in ("", fact.value.text.casefold()) else ()
    return QuizQuestion(kind, stem, (), fact.value.text, _explain(fact), source, alternatives, value=fact.value.text,
                        level=LEVELS[kind])


# Per kind of statement: the multiple-choice question, the claim ({value} filled in, or blanked) for true/false and
# fill-in-the-blank, the explanation.
_STATEMENT_TEMPLATES = {
    "issuer": ("Cơ quan nào ban hành {subject}?", "{value} là cơ quan ban hành {subject}.",
               "{subject} do {value} ban hành."),
    "implements": ("{subject} được ban hành để triển khai thực hiện văn bản nào?",
                   "{subject} được ban hành để triển khai thực hiện {value}.",
                   "{subject} triển khai thực hiện {value}."),
    "replaces": ("{subject} thay thế văn bản nào?", "{subject} thay thế {value}.", "{subject} thay thế {value}."),
}


def _where(s: Statement) -> str:
    """"Theo Nghị quyết 57-NQ/TW (Mục II.1 – Đến năm 2030)"."""
    name, _, section = s.label.partition(", ")
    place = " – ".join(filter(None, (section, s.context)))
    return f"Theo {name}" + (f" ({place})" if place else "")


def _statement_question(kind: str, s: Statement, pool: quiz_sources.Pools, rng: random.Random) -> QuizQuestion | None:
    """A question on a statement: the clause with its figure or year blanked (fill-in, multiple choice) or
    swapped for a minimally changed one (true/false); the issuer or the implemented document asked outright."""
    from_pool, nudged = quiz_sources.candidates(s, pool)
    rng.shuffle(from_pool)
    wrong = [*from_pool[:2], *nudged, *from_pool[2:]] if s.kind in ("figure", "year") else [*from_pool, *nudged]
    wrong = list(dict.fromkeys(wrong))
    source = QuizSource(s.doc_id, s.label, s.quote, (s.kind, s.clause or s.subject))
    quote = clean(s.quote)
    explanation = f"Theo {s.label}: “{s.clause or quote}”"
    if s.kind in ("figure", "year", "lead", "deadline"):
        blanked, what = s.with_value(BLANK), "cơ quan nào" if s.kind == "lead" else "giá trị nào"
        ask = f"{_where(s)}, {what} đúng ở chỗ trống: “{blanked}”?"
        fill = f"{_where(s)}, điền {'tên cơ quan ' if s.kind == 'lead' else ''}vào chỗ trống: “{blanked}”"

        def claim(value: str) -> str:
            return f"{_where(s)}: {s.with_value(value)}"
    else:
        ask_t, claim_t, fill_t = _STATEMENT_TEMPLATES[s.kind]
        ask = ask_t.format(subject=s.subject)
        fill = _cap(fill_t.format(subject=s.subject, value=BLANK))

        def claim(value: str) -> str:
            return _cap(claim_t.format(subject=s.subject, value=value))
    if kind == "mcq":
        if len(wrong) < 3:
            return None
        options = [s.value, *wrong[:3]]
        rng.shuffle(options)
        return QuizQuestion(kind, ask, tuple(options), s.value, explanation, source, value=s.value,
                            level=LEVELS[kind])
    if kind == "true_false":
        if not wrong:
            return None
        shown = wrong[0] if rng.random() < 0.5 else s.value
        note = f" (không phải {shown})" if shown != s.value else ""
        return QuizQuestion(kind, claim(shown), TRUE_FALSE, TRUE_FALSE[shown != s.value], explanation + note, source,
                            value=s.value, stated=shown, level=LEVELS[kind])
    accepted = (vn_date(s.key),) if s.kind == "deadline" and vn_date(s.key) != s.value else ()
    return QuizQuestion(kind, fill, (), s.value, explanation, source, accepted, value=s.value, level=LEVELS[kind])


def _matching_question(m: quiz_matching.Matching, rng: random.Random) -> QuizQuestion:
    """A matching: the tasks numbered, their agencies lettered in a shuffled order, the key "1 – C; 2 – A; …"."""
    first = m.pairs[0].view
    name = document_label(first.doc_type, first.doc_number, m.doc_id, first.title, first.issued_on)
    pairs = tuple((p.task, p.agency) for p in m.pairs)
    options = [p.agency for p in m.pairs]
    rng.shuffle(options)
    last = quiz_matching.LETTERS[len(options) - 1]
    stem = (f"Theo {name}, hãy nối mỗi nhiệm vụ (1–{len(pairs)}) với cơ quan chủ trì thực hiện nhiệm vụ đó "
            f"(A–{last}).")
    explanation = f"Theo {name}: " + "; ".join(
        f"{number}. {p.agency}" + (f" ({p.view.section})" if p.view.section else "")
        for number, p in enumerate(m.pairs, 1)) + "."
    source = QuizSource(m.doc_id, name, "\n".join(p.view.quote for p in m.pairs),
                        ("matching", "\n".join(sorted(_task_key(p.view) for p in m.pairs))),
                        tuple(p.view.quote for p in m.pairs))
    return QuizQuestion("matching", stem, tuple(options), quiz_matching.matching_key(pairs, options), explanation,
                        source, level=LEVELS["matching"], pairs=pairs)


@dataclass(frozen=True)
class _Candidate:
    """A fact of either source with the section it comes from, for spreading the quiz over sections."""

    group: tuple[str, str]  # (doc_id, section)
    fact: _Fact | Statement | quiz_matching.Matching


def _spread(candidates: list[_Candidate]) -> list[_Candidate]:
    """Every section's first fact before any section's second, so a short quiz covers many sections."""
    nth, count = [], {}
    for candidate in candidates:
        nth.append(count.get(candidate.group, 0))
        count[candidate.group] = nth[-1] + 1
    return [candidates[i] for i in sorted(range(len(candidates)), key=lambda i: nth[i])]


def _obligation_facts(views: Sequence[ObligationView]) -> list[_Fact]:
    facts: dict[tuple[str, str], _Fact | None] = {}
    for fact in (f for view in views for f in _facts(view)):
        key = (fact.kind, fact.task.casefold())  # tasks that read the same in a stem are one question
        if facts.get(key) and not _same(fact.kind, facts[key].value.key, fact.value.key):
            facts[key] = None  # one task, two answers: the question would be ambiguous
        facts.setdefault(key, fact)
    return [f for f in facts.values() if f]


def _unique_statements(found: Sequence[Statement]) -> list[Statement]:
    """One statement per (kind, clause, value); a clause written twice in a document with two values is dropped."""
    kept: dict[tuple[str, str, str], Statement] = {}
    for s in found:
        kept.setdefault((s.doc_id, s.kind, s.clause.casefold() + s.value.casefold() if s.clause else s.key), s)
    return list(kept.values())


def _repeats(questions: Sequence[QuizQuestion], question: QuizQuestion) -> bool:
    return any(same_question(asked, question) for asked in questions)


def _shortfall(made: int, n: int, facts: int) -> str:
    if made >= n:
        return ""
    if facts < n:
        return (f"Chỉ tạo được {made}/{n} câu hỏi: các văn bản đã chọn chỉ có {facts} dữ kiện đủ rõ để hỏi (cơ quan "
                f"chủ trì, phối hợp, thời hạn của nhiệm vụ; ngày hạn nêu trong câu văn; chỉ tiêu, số liệu, mốc năm; "
                f"cơ quan ban hành; văn bản được triển khai hoặc thay thế), mỗi dữ kiện chỉ hỏi một lần. Hãy chọn thêm văn bản.")
    return (f"Chỉ tạo được {made}/{n} câu hỏi: trong {facts} dữ kiện, số còn lại không đủ phương án nhiễu khác "
            f"loại hoặc không qua kiểm tra chất lượng (đáp án phải có trong đoạn trích, không phương án nhiễu nào "
            f"cũng đúng). Hãy chọn thêm văn bản cùng loại hoặc thêm loại câu hỏi.")


def build_quiz(views: Sequence[ObligationView], n: int = 10, seed: int = 0, kinds: Sequence[str] = KINDS,
               title: str = "Bài kiểm tra", payloads: Sequence[StoredChunk] = (),
               siblings: Sequence[StoredChunk] = ()) -> Quiz:
    """Up to `n` questions on distinct facts, kinds taken in turn, sections in turn: facts of the obligations
    (`views`) and statements of the chunk `payloads` (figures, years, issuer, implemented or replaced documents),
    wrong answers also drawn from `siblings` (head payloads of other documents). The same quiz for the same input
    and seed whatever its order; fewer questions, with `note` saying why, when the facts run out. Every question
    passes assistant.quiz_checks."""
    if unknown := set(kinds) - set(KINDS):
        raise ValueError(f"Unknown question kinds: {sorted(unknown)}")
    rng = random.Random(seed)
    views = sorted(views, key=lambda v: (v.obligation.doc_id, v.obligation.span.start, repr(v)))
    payloads = sorted(payloads, key=lambda p: (p.doc_id, p.ordinal))
    pools = _pools(views)
    found = _unique_statements(quiz_sources.statements(payloads))
    heads = [p for p in payloads if p.ordinal == 0] + sorted(siblings, key=lambda p: p.doc_id)
    statement_pool = quiz_sources.pools(found, heads, [v.text for kind in _AGENCY_FACTS for v in pools[kind]])
    # A kind of fact with a single value in the pool has nothing to tell apart, except in a blank to fill (not the
    # document, which would then be the only one chosen).
    facts = [f for f in _obligation_facts(views)
             if len(pools[f.kind]) > 1 or "fill_blank" in kinds and f.kind != "doc"]
    # A day in prose that an obligation's deadline already asks is not asked twice.
    asked = {(f.view.obligation.doc_id, f.view.obligation.deadline.normalized) for f in facts if f.kind == "deadline"}
    found = [s for s in found if s.kind != "deadline" or (s.doc_id, s.key) not in asked]
    candidates = [_Candidate((f.view.obligation.doc_id, f.view.section), f) for f in facts]
    # A lead whose task is too long for a stem is asked on the sentence that assigns it.
    with_lead = {f.view for f in facts if f.kind == "lead"}
    assigned = [quiz_sources.assigned(v, _label(v)) for v in views if v not in with_lead]
    found += _unique_statements([s for s in assigned if s])
    candidates += [_Candidate((s.doc_id, s.section), s) for s in found]
    rng.shuffle(candidates)
    # Matchings first: each lists tasks whose leads would otherwise be asked one by one.
    found_matchings = quiz_matching.matchings(views, _shorten, rng) if "matching" in kinds else []
    candidates = [_Candidate((m.doc_id, ""), m) for m in found_matchings] + candidates
    questions: list[QuizQuestion] = []
    for candidate in _spread(candidates):
        if len(questions) >= n or not kinds:
            break
        turn = len(questions) % len(kinds)
        for kind in (*kinds[turn:], *kinds[:turn]):
            fact = candidate.fact
            if isinstance(fact, quiz_matching.Matching) or kind == "matching":
                question = _matching_question(fact, rng) \
                    if isinstance(fact, quiz_matching.Matching) and kind == "matching" else None
            elif isinstance(fact, Statement):
                question = _statement_question(kind, fact, statement_pool, rng)
            else:
                question = _question(kind, fact, pools[fact.kind], rng)
            if question and not check_question(question) and not _repeats(questions, question):
                questions.append(question)
                break
    note = _shortfall(len(questions), n, len(candidates))
    return Quiz(title, seed, tuple(questions), n, note)
