"""Follow-up questions resolved against the conversation: "còn Sở Tài chính thì sao?", "thời hạn của nhiệm vụ đó?"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.intent import DOC_NUMBER, STOPWORDS
from assistant.records import Turn
from corpus.agencies import find_agencies
from corpus.text import normalize_query

# "còn Sở Tài chính thì sao?", "thế còn UBND các huyện?", "vậy Bộ Công an thì thế nào?"
_SWAP = re.compile(r"^(?:thế |vậy |và )?(?:còn|vậy|với)\s+(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao|"
                   r"thế nào|ra sao|thì)?\s*\??$", re.I)
# "nhiệm vụ đó", "văn bản này", "kế hoạch trên", "việc ấy", "nó"
_ANAPHORA = re.compile(r"\b(?:nhiệm vụ|việc|công việc|văn bản|kế hoạch|chỉ thị|nghị quyết|quyết định|công điện|"
                       r"nghị định|thông báo|nội dung|cơ quan|đơn vị|điều|mục)\s+(?:đó|này|ấy|trên|nói trên|kể trên)\b|"
                       r"^\s*(?:nó|còn)\b", re.I)
_DOCUMENT_ANAPHORA = re.compile(r"\b(?:văn bản|kế hoạch|chỉ thị|nghị quyết|quyết định|công điện|nghị định|thông báo)"
                                r"\s+(?:đó|này|ấy|trên|nói trên)\b", re.I)


@dataclass(frozen=True)
class Resolved:
    question: str  # what retrieval and answering use
    own_question: str  # what the user typed (its type decides the answer's type)
    focus_doc: str | None = None  # the document "văn bản này" refers to


def _topic(turn: Turn) -> str:
    """What the previous turn was about: the task it answered, else its question without question words."""
    if turn.answer.obligations:
        return turn.answer.obligations[0].task
    words = (turn.answer.resolved_question or turn.question).rstrip("?").split()
    return " ".join(w for w in words if w.lower() not in STOPWORDS)


def resolve(question: str, turns: Sequence[Turn]) -> Resolved:
    """The question made self-contained from the last turn when it leans on it; unchanged otherwise."""
    text = normalize_query(question)
    if not turns:
        return Resolved(text, text)
    last = turns[-1]
    previous = last.answer.resolved_question or last.question
    focus = last.answer.citations[0].doc_id if last.answer.citations else None
    swap = _SWAP.match(text)
    named = find_agencies(swap.group(1)) if swap else []
    if named:
        old = find_agencies(previous)
        new = named[0][0]  # the agency alone, canonical: "còn Bộ LĐ-TB&XH thì được giao gì?" swaps the name only
        resolved = previous[:old[0][1]] + new + previous[old[0][2]:] if old else f"{previous} {new}"
        return Resolved(resolved, resolved, focus)
    own_topic = {w for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS}
    leans = _ANAPHORA.search(text) or (len(own_topic) <= 3 and not find_agencies(text) and not DOC_NUMBER.search(text))
    if not leans:
        return Resolved(text, text)
    return Resolved(f"{text.rstrip('?')} – {_topic(last)}", text,
                    focus if _DOCUMENT_ANAPHORA.search(text) or last.answer.obligations else None)
