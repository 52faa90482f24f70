"""Matching questions (agency ↔ task) from the obligations of one document, as pure functions.

The stem asks for the agency that leads (chủ trì) each task. A matching lists 3–5 tasks of one document and as many agencies, each agency leading exactly one of the listed tasks:
a task with several leads is never listed, no agency appears twice, and neither the records nor the cited row of a
listed task name another listed agency (as lead or partner), so exactly one way of matching them is right and each
pair can be checked against its own passage.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.quiz_sources import GROUP, clean, names_agency, same_agency_loose
from assistant.records import ObligationView
from corpus.obligations import PARTNERSHIP

MIN_PAIRS, MAX_PAIRS = 3, 5
LETTERS = "ABCDE"  # the agencies' column
MAX_MATCH_TASK_WORDS = 30  # a task must fit a table cell whole: never cut, not even at a semicolon


@dataclass(frozen=True)
class Pair:
    task: str  # as shown in the left column (shortened the way stems are)
    agency: str  # the one named lead
    view: ObligationView


@dataclass(frozen=True)
class Matching:
    doc_id: str
    pairs: tuple[Pair, ...]


def _fold(text: str) -> str:
    return clean(text.replace("*", "")).casefold()


def _named(name: str) -> bool:
    return name[:1].isupper() and not GROUP.search(name)


def candidate_pairs(views: Sequence[ObligationView], shorten: Callable[[str], str | None]) -> list[Pair]:
    """The (task, lead) pairs a matching may list: one named lead, a task short enough for a cell whole and written in
    its passage, the lead named in the passage but not in the task, and no other record of the same task with another lead."""
    leads: dict[tuple[str, str], set[str]] = {}
    for view in views:
        key = (view.obligation.doc_id, _fold(view.obligation.task))
        leads.setdefault(key, set()).update(n.casefold() for n in view.obligation.lead)
    pairs = []
    for view in views:
        ob = view.obligation
        task = shorten(ob.task)
        # "Phối hợp với Sở X …": the body assists, it does not lead
        if len(ob.lead) != 1 or not _named(ob.lead[0]) or task is None or PARTNERSHIP.match(task) \
                or len(clean(ob.task).split()) > MAX_MATCH_TASK_WORDS or len(leads[(ob.doc_id, _fold(ob.task))]) != 1:
            continue
        quote = _fold(view.quote)
        # a task naming its own lead ("… về Bộ Giáo dục và Đào tạo quản lý") gives the answer away
        if _fold(task) in quote and names_agency(ob.lead[0], clean(view.quote)) and not names_agency(ob.lead[0], task):
            pairs.append(Pair(task, ob.lead[0], view))
    return pairs


def _fits(pair: Pair, group: list[Pair]) -> bool:
    """Whether the pair can join the group: a new agency and a new task, and no row naming another's agency."""
    for other in group:
        if same_agency_loose(pair.agency, other.agency) or _fold(pair.task) == _fold(other.task):
            return False
        for a, b in ((pair, other), (other, pair)):
            named = (*a.view.obligation.lead, *a.view.obligation.partners)
            if any(same_agency_loose(b.agency, n) for n in named) or names_agency(b.agency, clean(a.view.quote)) \
                    or names_agency(b.agency, a.task):
                return False
    return True


def matchings(views: Sequence[ObligationView], shorten: Callable[[str], str | None], rng: random.Random
              ) -> list[Matching]:
    """Disjoint matchings of 3–5 pairs per document, in a seeded order; pairs left over stay for other questions."""
    by_doc: dict[str, list[Pair]] = {}
    for pair in candidate_pairs(views, shorten):
        by_doc.setdefault(pair.view.obligation.doc_id, []).append(pair)
    found = []
    for doc_id in sorted(by_doc):
        left = by_doc[doc_id]
        rng.shuffle(left)
        while len(left) >= MIN_PAIRS:
            group: list[Pair] = []
            for pair in left:
                if len(group) < MAX_PAIRS and _fits(pair, group):
                    group.append(pair)
            if len(group) < MIN_PAIRS:
                break
            found.append(Matching(doc_id, tuple(group)))
            left = [p for p in left if p not in group]
    return found


def matching_key(pairs: Sequence[tuple[str, str]], options: Sequence[str]) -> str:
    """The key of a matching: each task's number with its agency's letter, "1 – C; 2 – A; 3 – B"."""
    return "; ".join(f"{number} – {LETTERS[options.index(agency)]}" if agency in options else f"{number} – ?"
                     for number, (_, agency) in enumerate(pairs, 1))
