"""Facts a quiz can ask about beyond task rows, read from the stored chunks of any kind of document.

- "figure": a target or figure stated in prose ("Quy mô kinh tế số đạt tối thiểu 30% GDP"), asked on the number;
- "year": the horizon of a target ("đến năm 2030, Việt Nam trở thành …"), asked on the year;
- "issuer": the body that issued a document, from its header, asked where the first passage names that body;
- "implements" / "replaces": the document a document implements or replaces (corpus.relations references);
- "lead": who is assigned a task, asked on the assigning sentence itself with the body blanked, where the task
  is too long to name in a stem (`assigned`).

Each fact is one clause exactly as the document writes it (bounded by sentence or clause edges), the value as
written in it, and a comparable key. Wrong answers come from the same kind of value elsewhere in the chosen and
sibling documents, else from a minimal change of the right one (30% → 35%, 2030 → 2035), and are never a value
the clause itself states.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.records import ObligationView, document_label
from corpus import obligations as _obligations
from corpus.agencies import find_agencies, same_agency
from corpus.deadlines import find_deadlines
from corpus.text import sentence_spans
from index.records import StoredChunk

MIN_CLAUSE_WORDS, MAX_CLAUSE_WORDS = 6, 45
_UNITS = r"%|người|tổ chức|doanh nghiệp|nước|trường|trung tâm|tỷ đồng|triệu đồng|nghìn tỷ đồng|lần"
# A figure with a target cue before it: "đạt tối thiểu 30%", "chiếm hơn 60%", "ít nhất 3%", "trên 80%".
_FIGURE = re.compile(
    r"(?<![\w/,.])(?P<value>\d{1,3}(?:,\d{1,2})?)\s*(?P<unit>" + _UNITS + r")(?!\w)(?!\s*[-–]\s*\d)(?!/)")
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_TARGET_CUE = re.compile(r"(?i)(?<!\w)(?:đạt|chiếm|tối thiểu|ít nhất|trên|hơn|dưới|không quá|tăng|giảm|phấn đấu|"
                         r"ở mức|bố trí|duy trì|thuộc nhóm|có)(?!\w)")
_HORIZON = re.compile(r"(?i)(?<!\w)(?P<cue>đến năm|trong năm|tầm nhìn đến năm|giai đoạn)\s+"
                      r"(?P<value>20[2-6]\d)(?![\d/-])")
_MARKUP = re.compile(r"\\(?=[-&*_.#()\[\]])|\*\*|__")
_LIST_MARK = re.compile(r"^(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s*")
_YEAR_IN = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Statement:
    """One askable fact: `clause` is the sentence as shown (markup removed), holding `value` exactly once."""

    kind: str  # "figure", "year", "issuer", "implements", "replaces"
    doc_id: str
    label: str  # "Nghị quyết 57-NQ/TW, Mục II.1"
    quote: str  # the cited passage exactly as in the document
    value: str  # as written: "30%", "2030", "Thủ tướng Chính phủ", "Chỉ thị 30/CT-TTg"
    key: str  # as compared
    clause: str = ""  # the sentence carrying the value (figure, year); the stem blanks or swaps the value in it
    context: str = ""  # the heading that gives a figure its time or scope: "1. Đến năm 2030"
    subject: str = ""  # the document asked about (issuer, implements, replaces): "Kế hoạch 196/KH-UBND"
    section: str = ""
    at: int = -1  # where the value stands in the clause

    def with_value(self, value: str) -> str:
        """The clause with its value replaced (by a blank, or by a wrong value for a false statement)."""
        return f"{self.clause[:self.at]}{value}{self.clause[self.at + len(self.value):]}"


def clean(text: str) -> str:
    """Text as a reader sees it: markdown escapes and bold marks removed, whitespace collapsed."""
    return " ".join(_MARKUP.sub("", text).split())


def figure_key(value: str) -> str:
    return clean(value).replace(" ", "").casefold()


def _doc_label(chunk: StoredChunk) -> str:
    return document_label(chunk.doc_type, chunk.doc_number, chunk.doc_id, chunk.title, chunk.issued_on)


def _clauses(text: str, most: int = MAX_CLAUSE_WORDS) -> Iterable[tuple[int, int, str]]:
    """(start, end, shown text) of each sentence or clause of a passage short enough to stand as a stem."""
    for start, end in sentence_spans(text):
        raw = text[start:end]
        if "|" in raw:  # a table row: its cells are read as obligations, not as prose
            continue
        shown = _LIST_MARK.sub("", clean(raw)).strip().rstrip(",;:").rstrip() + "."
        shown = shown.replace("..", ".")
        if MIN_CLAUSE_WORDS <= len(shown.split()) <= most and shown[:1].isalpha():
            yield start, end, shown[:1].upper() + shown[1:]


def _continues(raw: str) -> bool:
    """A clause that goes on from the previous one with its verb ("…; phối hợp với …, hoàn thành trong năm 2025"):
    its subject is elsewhere, so it cannot stand as a stem."""
    raw = _LIST_MARK.sub("", clean(raw))
    return raw[:1].islower() and _obligations._VERB.match(raw) is not None


def _context(payload: StoredChunk) -> str:
    """The nearest heading that names a year ("1. Đến năm 2030"), which a figure's meaning depends on."""
    for heading in reversed(payload.heading_path):
        if _YEAR_IN.search(heading) and "…" not in heading:
            return clean(_LIST_MARK.sub("", heading)).strip(" :")
    return ""


def _figures(payload: StoredChunk) -> list[Statement]:
    found, text = [], payload.text
    context, label = _context(payload), ", ".join(filter(None, (_doc_label(payload), payload.section)))
    for start, end, clause in _clauses(text):
        if _continues(text[start:end]):
            continue
        for m in _FIGURE.finditer(clause):
            # a percentage is asked whole ("30%"); a count by its number, the noun staying in the stem
            # ("ít nhất _____ tổ chức, doanh nghiệp")
            value = f"{m['value']}{m['unit']}" if m["unit"] == "%" else m["value"]
            before = clause[:m.start()]
            if _RANGE_BEFORE.search(before) or not _TARGET_CUE.search(before[-40:]):
                continue
            if len(re.findall(rf"(?<![\d,]){re.escape(value)}(?![\d%]|,\d)", clause)) != 1:
                continue
            found.append(Statement("figure", payload.doc_id, label, text[start:end].strip(), value,
                                   f"{figure_key(value)} {m['unit']}", clause, context,
                                   section=payload.section, at=m.start()))
        for m in _HORIZON.finditer(clause):
            if clause.count(m["value"]) != 1 or context and m["value"] in context:
                continue
            found.append(Statement("year", payload.doc_id, label, text[start:end].strip(), m["value"], m["value"],
                                   clause, "", section=payload.section, at=m.start("value")))
    return found


_DAY_WRITTEN = re.compile(r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}")


def _prose_deadlines(payload: StoredChunk) -> list[Statement]:
    """A day written in a sentence (“… được gia hạn nộp thuế chậm nhất đến ngày 30 tháng 7 năm 2010”), the day to be
    blanked; only where the sentence holds exactly one deadline (corpus.deadlines), a fixed day, written once."""
    found, text = [], payload.text
    label = ", ".join(filter(None, (_doc_label(payload), payload.section)))
    for start, end, clause in _clauses(text):
        if _continues(text[start:end]):
            continue
        deadlines = find_deadlines(clause)
        days = list(_DAY_WRITTEN.finditer(clause))
        if len(deadlines) != 1 or deadlines[0].kind != "date" or deadlines[0].due is None or len(days) != 1 \
                or not deadlines[0].start <= days[0].start() < deadlines[0].end:
            continue
        found.append(Statement("deadline", payload.doc_id, label, text[start:end].strip(), days[0][0],
                               deadlines[0].normalized, clause, section=payload.section,
                               at=days[0].start()))
    return found


def _issuer(head: StoredChunk) -> list[Statement]:
    """The issuing body, asked only when the head passage names it and the title does not."""
    issuer, text = head.issuer, head.text
    if not issuer or not head.doc_number:
        return []
    folded = " ".join(text.split()).casefold()
    if issuer.casefold() not in folded and "ubnd" not in folded[:300]:
        return []
    if issuer.casefold() in (head.title or "").casefold():
        return []
    subject = _doc_label(head)
    quote = text[:400].rsplit("\n", 1)[0] if len(text) > 400 else text
    return [Statement("issuer", head.doc_id, f"{subject}, phần đầu văn bản", quote.strip(), issuer,
                      issuer.casefold(), subject=subject, section="")]


def _references(head: StoredChunk) -> list[Statement]:
    """What the document implements or replaces, each named by a number once."""
    found, subject = [], _doc_label(head)
    for ref in head.references:
        if ref.kind not in ("implements", "replaces") or not ref.number or not ref.doc_type:
            continue
        value = f"{ref.doc_type} {ref.number}"
        found.append(Statement(ref.kind, head.doc_id, ", ".join(filter(None, (subject, ref.section))),
                               ref.quote, value, ref.key, subject=subject, section=ref.section))
    keys = [s.key for s in found]
    return [s for s in found if keys.count(s.key) == 1]  # two documents implemented: neither is the one answer


# Group names ("các bộ, ngành, địa phương") overlap every named body, so they are neither asked nor offered;
# heads of groups too ("Thủ trưởng các cơ quan", "Bộ trưởng các bộ").
GROUP = re.compile(r"(?i)\bcác (?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức)\b")
MAX_ASSIGNING_WORDS = 60  # an assigning sentence is quoted whole, so it may be longer than a figure's clause


def assigned(view: ObligationView, label: str) -> Statement | None:
    """The sentence that assigns an obligation to its one named lead, the lead written there once."""
    ob = view.obligation
    if len(ob.lead) != 1 or GROUP.search(ob.lead[0]) or not ob.lead[0][:1].isupper():
        return None
    for start, end, clause in _clauses(view.quote, MAX_ASSIGNING_WORDS):
        named = [(s, e) for name, s, e in find_agencies(clause) if same_agency_loose(name, ob.lead[0])]
        others = [n for n, _, _ in find_agencies(clause) if not same_agency_loose(n, ob.lead[0])]
        if len(named) == 1 and len(find_agencies(clause)) - len(others) == 1:
            s, e = named[0]
            if clause[e + 1:e + 2].isupper():  # a heading run into its first sentence: "Sở Tài chính Hằng năm, …"
                continue
            return Statement("lead", ob.doc_id, label, view.quote[start:end].strip(), clause[s:e],
                             ob.lead[0].casefold(), clause, section=view.section, at=s)
    return None


def statements(payloads: Sequence[StoredChunk]) -> list[Statement]:
    """Every askable statement of the chunks, in document order; a value stated twice in one document with
    different clauses is kept (each clause asks it once)."""
    ordered = sorted(payloads, key=lambda p: (p.doc_id, p.ordinal))
    found: list[Statement] = []
    for payload in ordered:
        if payload.ordinal == 0:
            found += _issuer(payload) + _references(payload)
        found += _figures(payload) + _prose_deadlines(payload)
    return found


@dataclass(frozen=True)
class Pools:
    """Values of each kind in the chosen and sibling documents: figures by unit, years, issuers, doc names."""

    figures: dict[str, list[str]]
    years: list[str]
    agencies: list[str]  # named leads and partners of the chosen documents' obligations
    issuers: list[str]
    documents: dict[str, list[str]]  # doc_type → "Chỉ thị 30/CT-TTg", ...


def pools(chosen: Sequence[Statement], heads: Sequence[StoredChunk], agencies: Sequence[str] = ()) -> Pools:
    figures: dict[str, list[str]] = {}
    years, issuers, documents = set(), set(), {}
    for s in chosen:
        if s.kind == "figure":
            figures.setdefault(_unit(s.key), []).append(s.value)
        elif s.kind == "year":
            years.add(s.value)
    for head in heads:
        if head.issuer:
            issuers.add(head.issuer)
        if head.doc_type and head.doc_number:
            documents.setdefault(head.doc_type, set()).add(f"{head.doc_type} {head.doc_number}")
        for ref in head.references:
            if ref.doc_type and ref.number:
                documents.setdefault(ref.doc_type, set()).add(f"{ref.doc_type} {ref.number}")
    issuers |= set(SIBLING_ISSUERS)
    named = sorted({a for a in agencies if a[:1].isupper() and not GROUP.search(a)})
    return Pools({u: sorted(set(v)) for u, v in figures.items()}, sorted(years), named, sorted(issuers),
                 {t: sorted(v) for t, v in documents.items()})


# Bodies that issue the bundled kinds of documents: wrong answers for "which body issued it" when the index
# holds too few issuers of its own.
SIBLING_ISSUERS = ("Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ",
                   "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh Ninh Bình", "Bộ Tài chính")


def _unit(value: str) -> str:
    return re.sub(r"[\d,\s]", "", value) or "số"


def _number(value: str) -> float:
    return float(re.search(r"\d+(?:,\d+)?", value)[0].replace(",", "."))


def _with_number(value: str, number: float) -> str:
    shown = (f"{number:g}").replace(".", ",")
    return re.sub(r"\d+(?:,\d+)?", shown, value, count=1)


def _nudged(value: str, kind: str) -> list[str]:
    """Minimal changes of a figure or a year, nearest first: 30% → 35%, 25%, 40%, 20%; 2030 → 2035, 2025, …"""
    if kind == "year":
        year = int(value)
        return [str(year + d) for d in (5, -5, 10, -10, 15, 20)]
    n = _number(value)
    steps = (5, -5, 10, -10, 15, 20) if n >= 10 else (1, -1, 2, 3, -2, 4) if n >= 1 else (0.1, -0.1, 0.2, 0.3)
    out = [_with_number(value, round(n + d, 2)) for d in steps if n + d > 0]
    return [v for v in out if not (value.endswith("%") and _number(v) > 100)]


def stated(value: str, text: str) -> bool:
    """Whether `text` states the value as a whole figure ("5%" is not stated by "15%" or "5,5%")."""
    return re.search(rf"(?<![\d,.]){re.escape(value)}(?![\d]|,\d)", clean(text)) is not None


def candidates(statement: Statement, pool: Pools) -> tuple[list[str], list[str]]:
    """Wrong answers of the same kind: the pool's (for the caller to shuffle) and minimal changes of the right
    value; none the clause or the cited passage states, none the same value."""
    kind = statement.kind
    if kind == "figure":
        from_pool = pool.figures.get(_unit(statement.key), [])
        extra = _nudged(statement.value, kind)
    elif kind == "year":
        from_pool, extra = pool.years, _nudged(statement.value, kind)
    elif kind == "issuer":
        from_pool, extra = pool.issuers, []
    elif kind == "lead":
        from_pool, extra = pool.agencies, []
    elif kind == "deadline":  # a day in prose is asked as a blank only
        return [], []
    else:
        doc_type = statement.value.split(" ")[0:-1]
        from_pool, extra = pool.documents.get(" ".join(doc_type), []), []
    passage = f"{statement.quote} {statement.clause}"
    return _wrong(statement, from_pool, passage), _wrong(statement, extra, passage)


def _wrong(statement: Statement, values: Sequence[str], passage: str) -> list[str]:
    kind, kept = statement.kind, []
    for value in values:
        if kind == "lead":
            if same_agency_loose(value, statement.value) or same_agency_loose(value, statement.key) \
                    or names_agency(value, passage):
                continue
        elif kind == "issuer":
            if same_agency(value, statement.value) or value.casefold() == statement.value.casefold() \
                    or value.casefold() in passage.casefold():
                continue
        elif kind in ("implements", "replaces"):
            number = value.split(" ")[-1]
            if figure_key(value) == figure_key(statement.value) or number.casefold() in passage.casefold():
                continue
        elif figure_key(value) == figure_key(statement.value) or stated(value, passage):
            continue
        if value not in kept:
            kept.append(value)
    return kept


def same_agency_loose(a: str, b: str) -> bool:
    """same_agency, also where one name says "các" and the other not ("UBND các huyện" / "UBND huyện")."""
    a, b = (re.sub(r"(?i)\bcác\s+", "", name) for name in (a, b))
    return a.casefold() == b.casefold() or same_agency(a, b)


@lru_cache(maxsize=4096)
def agencies_in(text: str) -> tuple[str, ...]:
    return tuple(name for name, _, _ in find_agencies(text))


def names_agency(name: str, text: str) -> bool:
    """Whether `text` names the agency, in its own words or under another spelling."""
    return name.casefold() in text.casefold() or any(same_agency_loose(name, n) for n in agencies_in(text))
