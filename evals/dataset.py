"""The hand-written evaluation set: its record shape, loading (single questions and conversations), the
no-diacritics variants, and a check that every gold quote is real."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.deadlines import find_deadlines, parse_deadline
from corpus.headers import fold
from corpus.loaders import iter_files, load
from corpus.text import normalize

CATEGORIES = ("deadline", "lead", "partners", "agency_tasks", "metadata", "multi_doc", "follow_up", "content",
              "relation", "unanswerable", "table_row", "partner_vs_lead", "no_deadline", "effective_date", "signer",
              "implements", "no_diacritics")
NO_DIACRITICS = "no_diacritics"


@dataclass(frozen=True)
class Gold:
    doc_ids: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # exact substrings of the documents' normalised text that answer the question
    agency: str | None = None  # the leading agency, for questions that ask who
    partners: tuple[str, ...] = ()
    deadline: str | None = None  # Deadline.normalized: "2025-06-30", "2025-06", "2025-Q2", "2025", "hằng quý"
    tasks: tuple[str, ...] = ()  # key phrases of the tasks an agency-obligations answer must list
    facts: tuple[str, ...] = ()  # short strings a correct answer must contain ("04/11/2024", "Chỉ thị số 30/CT-TTg")
    no_deadline: bool = False  # a "when" question the document gives no time for: say so, or decline


@dataclass(frozen=True)
class Item:
    id: str
    category: str
    question: str
    answerable: bool
    gold: Gold = field(default_factory=Gold)
    history: tuple[str, ...] = ()  # earlier questions of the same conversation (follow-ups)
    verbatim: bool = False  # the question reuses the document's wording
    conversation: str | None = None  # the conversation a turn belongs to (test_conversations.jsonl)
    source: str | None = None  # for a no-diacritics variant: the id of the question with marks


def _gold(data: dict) -> Gold:
    return Gold(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.get("gold", {}).items()})


def read_set(path: Path) -> list[Item]:
    """Items of a set: one question a line, or one conversation a line ({"id", "turns": [...]}), whose turns become
    items carrying the earlier turns' questions as history, ids "<conversation>.<turn>"."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        if "turns" in data:
            asked: list[str] = []
            for number, turn in enumerate(data["turns"], 1):
                items.append(Item(f"{data['id']}.{number}", turn["category"], turn["question"], turn["answerable"],
                                  _gold(turn), tuple(asked), conversation=data["id"]))
                asked.append(turn["question"])
            continue
        items.append(Item(data["id"], data["category"], data["question"], data["answerable"], _gold(data),
                          tuple(data.get("history", ())), data.get("verbatim", False)))
    return items


def strip_marks(text: str) -> str:
    """The text as typed without diacritics: every mark removed, đ → d."""
    return fold(unicodedata.normalize("NFC", text))


def without_diacritics(items: list[Item]) -> list[Item]:
    """The single questions typed without diacritics, as their own category, same gold."""
    return [replace(item, id=f"{item.id}-nd", category=NO_DIACRITICS, question=strip_marks(item.question),
                    source=item.id) for item in items if not item.history and not item.conversation]


def quote_deadlines(quote: str) -> set[str]:
    """Deadlines a gold quote states, in running text or as a table cell ("| 9/2025 |", "Quý I/2025")."""
    found = {d.normalized for d in find_deadlines(quote)}
    for cell in re.split(r"[|.;]", quote):
        parsed = parse_deadline(cell.strip()) if cell.strip() else None
        if parsed:
            found.add(parsed.normalized)
    return found


def states_deadline(quote: str, deadline: str) -> bool:
    """Whether a quote states a deadline: parsed as it, or, where OCR damaged the words around the numbers
    ("10 tháng 10 tháng 2025"), holding all its numbers."""
    numbers = {int(n) for n in re.findall(r"\d+", quote)}
    wanted = {int(n) for n in re.findall(r"\d+", deadline)}
    return deadline in quote_deadlines(quote) or bool(numbers) and wanted <= numbers


def check_set(items: list[Item], corpus: Path, ocr=None) -> list[str]:
    """Problems with a set: unknown categories or documents, quotes not found in their documents, duplicate ids.
    `ocr` reads scanned pages (corpus.ocr.Ocr(...).read), as ingestion does; a folder's SOURCE.md is no document."""
    texts = {doc.doc_id: doc.text for path in iter_files([corpus]) if path.name != "SOURCE.md"
             for doc in load(path, ocr=ocr)}
    flat = {doc_id: " ".join(text.split()) for doc_id, text in texts.items()}
    problems, seen = [], set()
    for item in items:
        where = f"{item.id}: "
        if item.id in seen:
            problems.append(where + "duplicate id")
        seen.add(item.id)
        if item.category not in CATEGORIES:
            problems.append(where + f"unknown category {item.category!r}")
        if item.answerable and not (item.gold.doc_ids and item.gold.quotes):
            problems.append(where + "an answerable question needs gold doc_ids and quotes")
        for doc_id in item.gold.doc_ids:
            if doc_id not in texts:
                problems.append(where + f"unknown document {doc_id!r}")
        for quote in item.gold.quotes:
            wanted = " ".join(normalize(quote).split())
            if not any(wanted in flat.get(doc_id, "") for doc_id in item.gold.doc_ids):
                problems.append(where + f"quote not found in {list(item.gold.doc_ids)}: {quote[:60]!r}")
        if item.gold.deadline and not any(states_deadline(q, item.gold.deadline) for q in item.gold.quotes):
            problems.append(where + f"gold deadline {item.gold.deadline!r} is stated by none of its quotes")
        if item.gold.no_deadline and item.gold.deadline:
            problems.append(where + "a question cannot have a gold deadline and no_deadline")
    return problems
