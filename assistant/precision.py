"""Consistency checks on an answer before it is given (issue #15): signs that the answer does not answer what was
asked, whatever its words share with the question. A cadre acts on an answer, so an answer a check doubts is
declined: "không tìm thấy" costs less than a wrong agency or date.

Each check is a pure function of the question's intent and the composed answer (its text, citations and the task
rows it shows), written for administrative text in general; none is keyed on one document. `doubts` names those
that fire; `DECLINE_ON` says which of them make the assistant decline, each adopted because on the development part
(evals/sets/questions_*.jsonl, measured with `python -m evals.signals`) it removed more wrong answers than right
ones (the counts are beside each check).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from assistant.intent import (CHAIRED, CITED_DOCUMENT, DEADLINE, DOCUMENT_ASKED, EVENT_DATE, HAPPENS, Intent, named_documents,
                              without_source_lead)
from assistant.parts import EVENT, names_stated, proper_names
from assistant.records import Citation
from corpus.agencies import agency_names, covers, find_places, names_place
from corpus.deadlines import find_deadlines
from corpus.records import Obligation
from corpus.text import normalize
from corpus.vn import LENGTH, session_ordinals, states_date, term_keys
from index.records import Hit

# How an answer says the document states no time for the task (assistant.rows MISSING, "không nêu thời hạn …").
_NO_TIME = re.compile(r"(?:không|chưa)\s+(?:nêu|quy định|ghi|xác định)", re.I)


def _spans(citations: Sequence[Citation]) -> str:
    return " ".join(" ".join((c.quote, c.title or "", c.issuer or "")) for c in citations)


def who_unnamed(intent: Intent, text: str, citations: Sequence[Citation], obligations: Sequence[Obligation]) -> bool:
    """A "who leads / who takes part" question answered with quoted passages (no task row) in which no agency is
    named beyond those the question names: the passage says what is done ("Là cơ quan đầu mối, tham mưu …") but
    not by whom (its subject is in a heading the answer does not give), so it does not answer "who".
    Dev (c2141f9): fired on 1 wrong answer, 0 right ones."""
    if intent.kind not in ("lead", "partners") or obligations or not citations:
        return False
    if intent.kind == "lead" and any(CHAIRED.search(c.quote) for c in citations):
        return False  # "… do Tổng Bí thư Tô Lâm chủ trì": the chair of a meeting is named, a person, not an agency
    named = agency_names(" ".join(c.quote for c in citations))
    return not any(not any(covers(asked, name) or covers(name, asked) for asked in intent.agencies) for name in named)


def time_unstated(question: str, intent: Intent, text: str, obligations: Sequence[Obligation] = ()) -> bool:
    """A question that asks a time ("hạn hoàn thành …", "khi nào", "bao lâu") answered without any time: no date,
    period or length in the answer, no cited task row's time cell stated in it ("Ngay sau khi có Nghị quyết của
    HĐND tỉnh" is a row's time, though prose with "sau khi" is none), and no statement that the document gives none.
    Whatever the quoted passage says, it is not the time asked (a comparison of two deadlines answered with a list
    of agencies).
    Dev (c2141f9): fired on 1 wrong answer, 0 right ones (a "bao lâu" answer stating "02 năm" is a time)."""
    asked = normalize(question)
    if intent.kind in ("metadata", "relation") or not DEADLINE.search(asked) or CITED_DOCUMENT.search(asked):
        return False  # "… có số và ngày nào?" asks which document, not a time
    if EVENT_DATE.search(asked):
        return not states_date(text)  # the day an event took place ("diễn ra chiều 4/3/2025") is a date, no deadline
    # a length of time ("02 năm") answers "bao lâu", which asks a time too
    stated = any(o.deadline and o.deadline.text in text for o in obligations)
    return not (stated or find_deadlines(text) or LENGTH.search(text) or _NO_TIME.search(text))


def place_uncited(question: str, citations: Sequence[Citation]) -> bool:
    """A province, city or commune the question names that none of the cited passages (nor their documents' titles
    or issuers) names: the answer is about somewhere else, or about no place in particular.
    Dev (c2141f9): fired on 0 wrong answers, 1 right one (the place was in the passage's heading): measured only."""
    where = _spans(citations)
    return bool(citations) and any(not names_place(where, place) for place in find_places(question))


def agency_not_in_row(intent: Intent, obligations: Sequence[Obligation]) -> bool:
    """A question whose subject is an agency ("Bộ Tài chính phải … khi nào?") answered with a task row in which that
    agency is neither the lead nor a partner: the row is another agency's task.
    Dev (c2141f9): fired on 0 wrong answers, 1 right one (a follow-up whose agency came from the earlier turn):
    measured only."""
    if intent.kind not in ("deadline", "content") or intent.role != "lead" or not intent.agency or not obligations:
        return False
    return _not_in_row(intent.agency, obligations[0])


def _not_in_row(agency: str, row: Obligation) -> bool:
    return not any(covers(agency, name) or covers(name, agency) for name in (*row.lead, *row.partners))


def partners_of_another(intent: Intent, obligations: Sequence[Obligation]) -> bool:
    """A "who works with X" question naming the agency that leads ("Bộ Công an chỉ đạo Công an địa phương phối hợp
    với cơ quan nào …?") answered with a task row in which that agency is neither lead nor partner: the partners
    shown are another agency's (Bộ Tài chính's row "… phối hợp với cơ quan quân sự cùng cấp" in Nghị định
    13/2016/NĐ-CP). `agency_not_in_row` for partner questions, where a follow-up's agency is the question's own.
    Every agency the question names is tried: the first may be the object ("Để trình Thủ tướng thành lập BCĐ Trung
    ương …, Bộ Tài chính phối hợp với những cơ quan nào?")."""
    return intent.kind == "partners" and intent.role == "lead" and bool(intent.agency) and bool(obligations) \
        and all(_not_in_row(agency, obligations[0]) for agency in (intent.agency, *intent.agencies))


def names_uncited(question: str, citations: Sequence[Citation]) -> bool:
    """A proper name the question gives (a place, an event: runs of capitalised syllables, `parts.proper_names`)
    that no cited span, title or issuer states.
    Dev (c2141f9): fired on 1 wrong answer, 14 right ones (names in headings, abbreviations, follow-ups): measured
    only."""
    return bool(citations) and not names_stated(proper_names(question), _spans(citations))


# How a passage states that agencies work together: the words a "who takes part" answer must quote.
TOGETHER = re.compile(r"\b(?:phối hợp|tham gia|cùng với|cùng các)\b", re.I)


def partners_unstated(intent: Intent, citations: Sequence[Citation], obligations: Sequence[Obligation]) -> bool:
    """A "who takes part" question answered with quoted passages (no task row) that state no working together
    ("phối hợp", "tham gia", "cùng với"): the passage says who does something, not who takes part with whom.
    Dev + devdocs (6e7d85a): declined 1 wrong answer, 0 right ones."""
    if intent.kind != "partners" or obligations or not citations:
        return False
    return not TOGETHER.search(normalize(" ".join(c.quote for c in citations)))


# A task row's document whose best passage scores below this share of the first passage retrieved for the question
# (or is not retrieved at all) is not where the question's topic is.
ELSEWHERE = 0.6


def rows_elsewhere(citations: Sequence[Citation], obligations: Sequence[Obligation],
                   wide: Sequence[Hit] | None) -> bool:
    """An answer built from task rows (an agency's rows, the row whose cell fills the slot) of documents the
    question's own retrieval, unnarrowed by agency, hardly finds: none of the cited documents is among the passages
    retrieved for the question, or its best one scores below `ELSEWHERE` times the first. The rows are the agency's
    tasks in another matter (a storm's dispatch for a question on a logistics strategy), not the ones asked.
    `wide` is that retrieval, of the question without the agencies it names; None when the check does not apply (the
    question names a document, or no matter beyond the agency and the slot, or the rows are of the document in focus).
    Dev + devdocs (6e7d85a → 84e4ad8): declined 4 wrong answers, 0 right ones (at 0.7, measured with the agencies
    kept in the retrieval, it fired on 1 right one too)."""
    if not obligations or not citations or not wide:
        return False
    cited = {c.doc_id for c in citations}
    best = max((hit.score for hit in wide if hit.doc_id in cited), default=0.0)
    return best < ELSEWHERE * wide[0].score


def document_unnamed(question: str, intent: Intent, text: str) -> bool:
    """A question asking which document ("… ban hành theo Nghị quyết nào của Quốc hội?", "… bằng văn bản nào?")
    answered with a text that names no document by number beyond those the question names: the passage quoted
    speaks of the matter ("trình Quốc hội xem xét, quyết định") but not of the document asked.
    Dev + devdocs (032f93e): declined 1 wrong answer, 0 right ones."""
    if intent.kind == "relation" or not DOCUMENT_ASKED.search(normalize(question)):
        return False
    asked = {serial for _, serial, _ in named_documents(question)}
    return not {serial for _, serial, _ in named_documents(text)} - asked


def lead_is_asker(intent: Intent, obligations: Sequence[Obligation]) -> bool:
    """A "who" question answered with a task row whose lead is an agency the question itself names as acting ("Các
    bộ và UBND Hà Nội, TP.HCM gửi báo cáo … cho cơ quan nào tổng hợp?" answered "UBND Hà Nội chủ trì …"): the
    question asks another body (the one reported to, the one assigning), so the row is another task of the agency
    named. A question that asks the role of the agency it names ("Trung tâm X chủ trì hay phối hợp …?") is not one.
    Dev + devdocs (032f93e): declined 1 wrong answer, 0 right ones."""
    if intent.kind != "lead" or intent.lead_said or not obligations or not intent.agencies:
        return False
    return any(covers(asked, lead) or covers(lead, asked) for asked in intent.agencies for lead in obligations[0].lead)


def ordinal_uncited(question: str, citations: Sequence[Citation], documents: Sequence[str] = ()) -> bool:
    """A meeting or a round the question names by its ordinal ("Quyết định hỗ trợ khẩn cấp lần 1", "Phiên họp thứ
    hai") that neither the cited passages nor anything else in their documents (`documents`: their titles and
    passages) names: the documents are of another round ("… (lần 2)") or of none said, a near miss. A meeting's
    report names its ordinal once, in its opening, not in each passage quoted.
    Dev + devdocs (032f93e): declined 1 wrong answer, 0 right ones (on the cited spans alone: 4 right ones too)."""
    asked = session_ordinals(question)
    return bool(citations) and bool(asked) and not asked <= session_ordinals(" ".join((_spans(citations), *documents)))


def event_uncited(question: str, citations: Sequence[Citation]) -> bool:
    """A question asking when an event happens ("Hội chợ Mùa Thu 2025 khai mạc vào ngày nào?") answered with
    passages that do not say it happens (no "khai mạc" in them): the date quoted is another one, such as a task's
    deadline for preparing the event.
    Dev + devdocs (032f93e): declined 1 wrong answer, 0 right ones."""
    asked = normalize(question)
    if not citations or not DEADLINE.search(asked):
        return False
    quoted = normalize(" ".join(c.quote for c in citations)).lower()
    return any(event.lower() not in quoted for event in HAPPENS.findall(asked))


def report_unquoted(question: str, intent: Intent, citations: Sequence[Citation]) -> bool:
    """A question asking when a report is due ("… gửi báo cáo … về đâu, hạn trước ngày nào?", "sơ kết khi nào?")
    answered with passages that are about no report: the time is another task's ("xây dựng Đề án … trong năm
    2024").
    Dev + devdocs (71eeb93): declined 1 wrong answer, 0 right ones."""
    asked = normalize(question).lower()
    if intent.kind != "deadline" or not citations or not DEADLINE.search(asked):
        return False
    quoted = normalize(" ".join(c.quote for c in citations)).lower()
    return bool(set(EVENT.findall(without_source_lead(asked))) - set(EVENT.findall(quoted)))


# A tax named by "thuế" and the field term after it ("thuế giá trị gia tăng", "thuế TNCN"): `corpus.vn.term_keys`.
_TAX = re.compile(r"\bthuế\s+((?:\S+\s+){0,3}\S+)", re.I)


def tax_uncited(question: str, intent: Intent, citations: Sequence[Citation]) -> bool:
    """A tax the question names ("… được giảm thuế giá trị gia tăng bao nhiêu?") that no cited span, title or issuer
    names, short or written out: the passages are about another tax (Quyết định 08/2000/QĐ-TTg, on "thuế thu nhập
    doanh nghiệp" alone), so their figures are not the ones asked. A question on a document's head ("Ai ký Quyết
    định … về chống thất thu thuế giá trị gia tăng?") names the tax to name the document: not one."""
    if intent.kind in ("metadata", "relation"):
        return False
    asked = {key for m in _TAX.finditer(question) for key in term_keys(m.group(1))}
    return bool(citations) and bool(asked - term_keys(_spans(citations)))


def doubts(question: str, intent: Intent, text: str, citations: Sequence[Citation],
           obligations: Sequence[Obligation], names: Iterable[str] | None = None,
           wide: Sequence[Hit] | None = None, documents: Sequence[str] = ()) -> tuple[str, ...]:
    """The names of the checks (all, or those named) that doubt this answer. `wide` is the question's retrieval
    unnarrowed by what it names (`rows_elsewhere`); `documents` the text of the cited documents where the question
    names a meeting's or a round's ordinal (`ordinal_uncited`)."""
    checks: dict[str, Callable[[], bool]] = {
        "who_unnamed": lambda: who_unnamed(intent, text, citations, obligations),
        "time_unstated": lambda: time_unstated(question, intent, text, obligations),
        "place_uncited": lambda: place_uncited(question, citations),
        "agency_not_in_row": lambda: agency_not_in_row(intent, obligations),
        "names_uncited": lambda: names_uncited(question, citations),
        "partners_unstated": lambda: partners_unstated(intent, citations, obligations),
        "rows_elsewhere": lambda: rows_elsewhere(citations, obligations, wide),
        "document_unnamed": lambda: document_unnamed(question, intent, text),
        "lead_is_asker": lambda: lead_is_asker(intent, obligations),
        "ordinal_uncited": lambda: ordinal_uncited(question, citations, documents),
        "event_uncited": lambda: event_uncited(question, citations),
        "report_unquoted": lambda: report_unquoted(question, intent, citations),
        "tax_uncited": lambda: tax_uncited(question, intent, citations),
        "partners_of_another": lambda: partners_of_another(intent, obligations)}
    return tuple(name for name in (checks if names is None else names) if checks[name]())


# The checks that make the assistant decline; the others are measured only (on dev they fired on as many right
# answers as wrong ones, or more).
DECLINE_ON = ("who_unnamed", "time_unstated", "partners_unstated", "rows_elsewhere", "document_unnamed",
              "lead_is_asker", "ordinal_uncited", "event_uncited", "report_unquoted", "tax_uncited",
              "partners_of_another")
