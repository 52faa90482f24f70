"""Listing extracted obligations: flatten the records stored with chunks, filter them one by one, sort by due date."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Iterable

from assistant.records import ObligationView
from corpus.agencies import same_agency
from corpus.display import deadline_display
from corpus.records import Obligation
from index.records import StoredChunk


def _quote(chunk: StoredChunk, start: int, end: int) -> str:
    """The obligation's own words, cut from its chunk by document offsets."""
    offset = chunk.start
    return chunk.text[max(start - offset, 0):max(end - offset, 0)] or chunk.text


def _due(obligation: Obligation) -> date | None:
    return obligation.deadline.due if obligation.deadline else None


def _deadline_text(obligation: Obligation, quote: str) -> str:
    """The deadline as shown: its offsets are in the quote when the quote holds its words."""
    deadline = obligation.deadline
    if deadline is None:
        return ""
    at = quote.find(deadline.text)
    return deadline_display(replace(deadline, start=max(at, 0), end=at + len(deadline.text)) if at >= 0 else
                            replace(deadline, start=0, end=0), quote if at >= 0 else "")


def list_obligations(chunks: Iterable[StoredChunk], agency: str | None = None, due_from: date | None = None,
                     due_to: date | None = None, overdue_on: date | None = None) -> list[ObligationView]:
    """Obligations of the given stored chunks that pass the filters (a chunk filter only narrows the candidates:
    a chunk may hold several obligations, not all of them matching)."""
    views = []
    for chunk in chunks:
        for obligation in chunk.obligations:
            due = _due(obligation)
            if agency and not any(same_agency(agency, lead) for lead in obligation.lead):
                continue
            if (due_from or due_to or overdue_on) and due is None:
                continue
            if (due_from and due < due_from) or (due_to and due > due_to):
                continue
            quote = _quote(chunk, obligation.span.start, obligation.span.end)
            views.append(ObligationView(
                obligation=obligation, doc_number=chunk.doc_number, doc_type=chunk.doc_type, title=chunk.title,
                issuer=chunk.issuer, issued_on=chunk.issued_on, section=chunk.section, quote=quote, overdue=bool(overdue_on and due and due < overdue_on),
                deadline_text=_deadline_text(obligation, quote)))
    return sorted(views, key=lambda v: (_due(v.obligation) or date.max, v.obligation.doc_id, v.obligation.span.start))
