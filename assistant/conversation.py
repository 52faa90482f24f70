"""Follow-up questions resolved against the conversation's last frame (document, record, agency, slot):
"Thời gian thực hiện?" keeps the task in focus, "Còn Sở Tài chính thì sao?" keeps the topic and document but
asks about another agency, "Kế hoạch đó ai ký?" keeps the document, "Còn Chỉ thị 30 thì sao?" keeps the topic."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.intent import DOC_ANAPHORA, DOC_NUMBER, DOC_REFERENCE, Intent, classify, content_words
from assistant.records import Answer, Citation, Turn
from corpus.agencies import covers, find_agencies
from corpus.records import Obligation
from corpus.text import normalize_query

# "còn Sở Tài chính thì sao?", "thế còn UBND các huyện?", "vậy Bộ Công an thì thế nào?"; "Bộ Y tế thì sao?" (the
# closing "thì sao" alone asks the same)
_SWAP = re.compile(r"^(?:(?:thế |vậy |và )?(?:còn|vậy|với)\s+(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao|"
                   r"thế nào|ra sao|thì)?|(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao))\s*\??$", re.I)
# "nhiệm vụ đó", "việc ấy", "nó": the record in focus.
_RECORD_ANAPHORA = re.compile(r"\b(?:nhiệm vụ|việc|công việc|nội dung|hoạt động)\s+(?:đó|này|ấy|trên|nói trên|kể trên)\b|"
                              r"^\s*nó\b", re.I)
_GO_ON = re.compile(r"^\s*(?:thế |vậy |và )?còn\b", re.I)
# Something named in the last answer, pointed at: "Ủy ban này", "Phân ban đó", "giấy phép đó", or a document by its
# type alone ("trong công văn", "của kế hoạch"): the conversation's document is tried first. "sau đó", "trong đó",
# "khi đó" are no pointers.
_ENTITY_ANAPHORA = re.compile(r"\b(?!(?:sau|trong|khi|lúc|từ|đến|vì|do|như|theo)\s)[^\W\d]+\s+(?:này|đó|ấy|nói trên)\b|"
                              r"\b(?:trong|của|theo|tại)\s+(?:công văn|kế hoạch|quyết định|chỉ thị|nghị quyết|nghị định|"
                              r"thông tư|công điện|thông báo|văn bản)\b(?!\s+(?:số\s+)?\d)", re.I)
_LEANED = "– "  # joins a follow-up to the topic it leans on in the resolved question
TOPIC_FEW = 2  # a follow-up with at most this many topic words of its own leans on the previous turn's topic


@dataclass(frozen=True)
class Resolved:
    question: str  # what retrieval and answering use
    own_question: str  # what the user typed (its type decides the answer's type)
    focus_doc: str | None = None  # the document the question stays on
    record: Obligation | None = None  # the task row in focus, when the question asks one of its cells
    record_citation: Citation | None = None  # where that row was cited
    previous: Intent | None = None  # the last turn's frame
    prefer_doc: str | None = None  # the document the conversation was on: tried first while it covers the question


def _frame(turn: Turn) -> Intent:
    return classify(turn.answer.resolved_question or turn.question)


def resolve(question: str, turns: Sequence[Turn]) -> Resolved:
    """The question made self-contained from the last turn's frame when it leans on it; unchanged otherwise."""
    text = normalize_query(question)
    if not turns:
        return Resolved(text, text)
    last = turns[-1]
    before = _frame(last)
    own = classify(text)
    focus = last.answer.citations[0].doc_id if last.answer.answerable and last.answer.citations else None
    previous_text = last.answer.resolved_question or last.question
    record = _record_in_focus(turns, text)
    record_citation = next((c for c in last.answer.citations if record and c.chunk_id == record.chunk_id), None)
    few = len(own.topic) <= TOPIC_FEW
    swap = _SWAP.match(text) if few else None  # "Còn X thì sao?"; "Còn X phải … trước ngày nào?" is a question
    if own.names_document:
        if swap and not own.agency and own.kind == "content" and before.kind == "metadata":
            # "Còn Chỉ thị 29 thì sao?" after "Chỉ thị đó ai ký?": the same fact of the document named
            asked = DOC_ANAPHORA.sub(" ", DOC_REFERENCE.sub(" ", DOC_NUMBER.sub(" ", previous_text)))
            if before.doc_type_named:  # "Chỉ thị 30/CT-TTg do ai ký?": its type word goes with its number
                asked = re.sub(rf"\b{re.escape(before.doc_type_named)}(?:\s+số)?\s+(?=\s)", " ", asked, count=1)
            return Resolved(normalize_query(f"{swap.group(1) or swap.group(2)} {asked}"), text, previous=before)
        # another document: keep the topic when the question brings none of its own
        if few and before.topic and not own.agency:
            return Resolved(f"{text.rstrip('?')} – {_topic_text(previous_text, before)}", text, previous=before)
        return Resolved(text, text, previous=before)
    if own.agency and (swap or few) and not own.doc_anaphora and not _RECORD_ANAPHORA.search(text):
        # another agency: keep the topic and the document, never the previous agency's record
        if swap:  # "Còn Sở Tài chính thì sao?": the last question that asked about an agency, with this one
            base = _asked_question(turns, agency=True)
            old = _agencies_in(base)
            frame = classify(base)
            # the agency the question asked about, not the issuer it names ("Chỉ thị … của UBND tỉnh Y giao Cục X …")
            old = [span for span in old if frame.agency and covers(span[0], frame.agency)] or old
            # no agency to swap ("Theo Chỉ thị 44, ai chủ trì <task>?" then "Còn Sở X thì sao?"): what the document
            # named asks of Sở X; with no document named, the question with Sở X (its topic finds the document)
            named = _doc_words(frame)
            resolved = (base[:old[0][1]] + own.agency + base[old[0][2]:] if old else
                        f"{named} giao {own.agency} nhiệm vụ gì?" if named else f"{base} {own.agency}")
        else:  # "Bộ Tài chính được giao gì?": this question, on the previous topic
            resolved = f"{text.rstrip('?')} {_topic_text(previous_text, before)}"
        if not swap:
            resolved += f" {_doc_words(before)}"
        kept = before.names_document or before.doc_anaphora
        # a document found by its title or topic ("Theo Chiến lược … logistics, Bộ X phải làm gì?") is tried first
        # for the new agency, while it covers the question: another document's rows of that agency are no answer
        return Resolved(normalize_query(resolved), text, focus if kept else None, previous=before,
                        prefer_doc=None if kept else focus)
    if own.doc_anaphora and (own.slot or own.kind != "content"):
        # "Kế hoạch đó ai ký?": the same document
        return Resolved(f"{text.rstrip('?')} {_doc_words(before)}".strip(), text, focus, previous=before)
    leans = _RECORD_ANAPHORA.search(text) or few and (_GO_ON.search(text) or not own.agency)
    if not leans:
        kept = before.names_document or before.doc_anaphora or _ENTITY_ANAPHORA.search(text)
        return Resolved(text, text, previous=before, prefer_doc=focus if kept else None)
    topic = record.task if record else " ".join((before.agency or "", _topic_text(previous_text, before)))
    return Resolved(f"{text.rstrip('?')} {_LEANED}{topic} {_doc_words(before)}".strip(), text, focus,
                    record if own.slot in ("deadline", "lead", "partners", "recurrence") else None,
                    record_citation, previous=before)


# The words that ask a row's lead or partners ("Phối hợp với ai?", "Ai chủ trì?"): task texts use them as role words
# ("Chủ trì, phối hợp với …"), so they say nothing of which task a follow-up is on; "báo cáo" in "Thời hạn báo cáo việc
# đó là khi nào?" does.
_ROLE_WORDS = frozenset({"chủ", "trì", "phối", "hợp"})


def _row_in_focus(answer: Answer, follow_up: str = "") -> Obligation:
    """The row an answer leaves in focus: its first; of an agency's tasks listed in the document's order, the one the
    follow-up's own words are about ("Thời hạn báo cáo việc đó là khi nào?"), else the one the question's topic is
    about ("… trách nhiệm gì về cơ sở dữ liệu công viên, cây xanh, mặt nước?" lists an asset task first), else one
    stating the cell asked ("Phối hợp với ai?"), the first on a tie."""
    if len(answer.obligations) > 1 and answer.intent == "agency_tasks":
        own = content_words(follow_up) - _ROLE_WORDS
        topic = classify(answer.resolved_question or answer.question).topic
        slot = classify(follow_up).slot if follow_up else None
        return max(answer.obligations, key=lambda o: (len(own & (words := content_words(o.task))),
                                                      len(topic & words), _fills(slot, o)))
    return answer.obligations[0]


def _fills(slot: str | None, row: Obligation) -> bool:
    """Whether the row states the cell a slot-only follow-up asks ("Phối hợp với ai?", "Thời hạn?"): of an agency's
    tasks equally near the topic, the one that states it is the one such a follow-up can be on."""
    return bool(row.partners if slot == "partners" else row.deadline if slot == "deadline" else True)


def _record_in_focus(turns: Sequence[Turn], follow_up: str = "") -> Obligation | None:
    """The task row the conversation is on: the last answer's first row; or, when the last question leaned on the
    row of the answer before it and was answered by quoting that row's passage without reading it as a row ("Mức
    phải đạt là bao nhiêu?" of an indicator), that row, which stays in focus."""
    last = turns[-1].answer
    if not last.answerable:
        return None
    if last.obligations:
        return _row_in_focus(last, follow_up)
    first = last.citations[0].chunk_id if last.citations else None
    earlier = next((t.answer for t in reversed(turns[:-1]) if t.answer.answerable and t.answer.obligations), None)
    record = next((o for o in (earlier.obligations if earlier else ()) if f"{_LEANED}{o.task}" in
                   (last.resolved_question or "")), None)  # the row the last question leaned on
    return record if record is not None and record.chunk_id == first else None


def _asked_question(turns: Sequence[Turn], agency: bool = False) -> str:
    """The last question as asked and made whole, not one built from a task row for a slot-only follow-up
    ("Đơn vị phối hợp là ai? – <task>"), whose agencies are the row's, not the ones the user asked about. With
    `agency`, the last such question that names an agency or asks what agencies do, where there is one: "Còn Sở X
    thì sao?" after "Chỉ thị đó ai ký?" asks of Sở X what an earlier turn asked of another agency, not who signed
    (a document's head says nothing of an agency)."""
    asked = [text for text in (turn.answer.resolved_question or normalize_query(turn.question)
                               for turn in reversed(turns)) if _LEANED not in text]
    if agency:
        asked = ([text for text in asked if _agencies_in(text)]
                 or [text for text in asked if classify(text).kind not in ("metadata", "relation")] or asked)
    return asked[0] if asked else turns[-1].answer.resolved_question or turns[-1].question


def _agencies_in(text: str) -> list:
    """The agencies a question names, a document number's issuer code aside ("44/2002/CT-UB")."""
    return find_agencies(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text))


def _topic_text(text: str, frame: Intent) -> str:
    """The topic words of a question, in its order."""
    return " ".join(w for w in re.findall(r"\w+", text) if w.lower() in frame.topic)


def _doc_words(frame: Intent) -> str:
    """The document a frame names, as words retrieval can use."""
    if frame.doc_number:
        return " ".join(filter(None, (frame.doc_type_named, frame.doc_number)))
    if frame.doc_reference:
        return " ".join(frame.doc_reference)
    return ""
