"""The hand-written evaluation set: its record shape, loading, and a check that every gold quote is real."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from corpus.loaders import iter_files, load
from corpus.text import normalize

CATEGORIES = ("deadline", "lead", "partners", "agency_tasks", "metadata", "multi_doc", "follow_up", "content",
              "relation", "unanswerable")


@dataclass(frozen=True)
class Gold:
    doc_ids: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # exact substrings of the documents' normalised text that answer the question
    agency: str | None = None  # the leading agency, for questions that ask who
    partners: tuple[str, ...] = ()
    deadline: str | None = None  # Deadline.normalized: "2025-06-30", "2025-06", "2025-Q2", "2025", "hằng quý"
    tasks: tuple[str, ...] = ()  # key phrases of the tasks an agency-obligations answer must list
    facts: tuple[str, ...] = ()  # short strings a correct answer must contain ("04/11/2024", "Chỉ thị số 30/CT-TTg")


@dataclass(frozen=True)
class Item:
    id: str
    category: str
    question: str
    answerable: bool
    gold: Gold = field(default_factory=Gold)
    history: tuple[str, ...] = ()  # earlier questions of the same conversation (follow-ups)
    verbatim: bool = False  # the question reuses the document's wording


def read_set(path: Path) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        gold = {k: tuple(v) if isinstance(v, list) else v for k, v in data.get("gold", {}).items()}
        items.append(Item(data["id"], data["category"], data["question"], data["answerable"], Gold(**gold),
                          tuple(data.get("history", ())), data.get("verbatim", False)))
    return items


def check_set(items: list[Item], corpus: Path) -> list[str]:
    """Problems with a set: unknown categories or documents, quotes not found in their documents, duplicate ids."""
    texts = {doc.doc_id: doc.text for path in iter_files([corpus]) for doc in load(path)}
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
    return problems
