"""`python -m evals quiz`: quizzes of 10 and 20 questions on bundled documents of every kind, built as the
assistant builds them (assistant.quiz.build_quiz on the stored chunk payloads, obligations listed from them),
without embeddings: whether the size was reached (or why not) and every quality rule on every item.

The documents are read, chunked and extracted exactly as ingestion does (index.ingest.payload); the other
documents of the list stand in for the rest of an index (wrong answers for issuers and document numbers).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.obligations import list_obligations
from assistant.quiz import Quiz, build_quiz
from assistant.quiz_checks import check_quiz
from assistant.settings import PROJECT_ROOT
from corpus.chunking import chunk
from corpus.loaders import load
from corpus.relations import find_references
from index.ingest import reference_payloads, stored_chunk
from index.records import StoredChunk

SAMPLES = PROJECT_ROOT / "corpus" / "samples"
# (path under corpus/samples, kind of document)
DOCUMENTS = (
    ("nq57/NQ57_bangoc.md", "nghị quyết (văn xuôi: mục tiêu, giải pháp)"),
    ("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "nghị quyết, phụ lục bảng nhiệm vụ"),
    ("nq57/QH_CTHD.md", "chương trình hành động"),
    ("ninhbinh/196.pdf", "kế hoạch (PDF)"),
    ("ninhbinh/193.pdf", "kế hoạch (PDF)"),
    ("chinhphu/196cd.signed.txt", "công điện"),
    ("chinhphu/186-cd.signed.txt", "công điện"),
    ("chinhphu/143-qd.signed.txt", "quyết định"),
    ("thue/22_2008_CT-TTg.md", "chỉ thị"),
    ("thue/12_2010_QĐ-TTg.md", "quyết định"),
)
SIZES = (10, 20)


def payloads_of(path: Path) -> list[StoredChunk]:
    """The chunks ingestion would store for a file, references on the head chunk."""
    found = []
    for document in load(path):
        pieces = chunk(document)
        references = reference_payloads(find_references(document), pieces)
        headed = any(piece.heading_path for piece in pieces)
        found += [stored_chunk(document, piece, references if i == 0 else (), headed=headed,
                               before=pieces[i - 1] if i else None)
                  for i, piece in enumerate(pieces)]
    return found


def quiz_for(payloads: Sequence[StoredChunk], siblings: Sequence[StoredChunk], n: int, seed: int = 0) -> Quiz:
    return build_quiz(list_obligations(payloads), n=n, seed=seed, payloads=payloads, siblings=siblings)


@dataclass
class Row:
    document: str
    kind: str
    requested: int
    made: int
    failed_items: int
    note: str
    sources: dict[str, int]


def run(documents: Sequence[tuple[str, str]] = DOCUMENTS, sizes: Sequence[int] = SIZES, seed: int = 0
        ) -> tuple[list[Row], list[tuple[str, Quiz]]]:
    loaded = {name: payloads_of(SAMPLES / name) for name, _ in documents}
    heads = {name: [p for p in found if p.ordinal == 0] for name, found in loaded.items()}
    rows, quizzes = [], []
    for name, kind in documents:
        siblings = [h for other, hs in heads.items() if other != name for h in hs]
        for n in sizes:
            quiz = quiz_for(loaded[name], siblings, n, seed)
            problems = check_quiz(quiz.questions)
            sources: dict[str, int] = {}
            for q in quiz.questions:
                sources[q.source.fact[0]] = sources.get(q.source.fact[0], 0) + 1
            rows.append(Row(name, kind, n, len(quiz.questions), len(problems), quiz.note, sources))
            quizzes.append((name, quiz))
    return rows, quizzes


def markdown(rows: Sequence[Row], command: str) -> str:
    lines = [f"Quiz benchmark (`{command}`): size reached, and items failing a quality rule "
             "(assistant/quiz_checks.py: stem complete and quoted on clause edges, key in the cited passage, no "
             "wrong option the passage supports, recurrences kept, no duplicates).", "",
             "| Văn bản | Loại | Yêu cầu | Tạo được | Câu lỗi | Nguồn câu hỏi | Ghi chú |",
             "|---|---|---:|---:|---:|---|---|"]
    for r in rows:
        sources = ", ".join(f"{k} {v}" for k, v in sorted(r.sources.items()))
        lines.append(f"| {r.document} | {r.kind} | {r.requested} | {r.made} | {r.failed_items} | {sources} | "
                     f"{r.note or '—'} |")
    reached = sum(r.made >= r.requested for r in rows)
    items = sum(r.made for r in rows)
    failed = sum(r.failed_items for r in rows)
    lines += ["", f"Size reached in {reached}/{len(rows)} quizzes; {items} items, {failed} failing a rule."]
    return "\n".join(lines)


def dump_items(quizzes: Sequence[tuple[str, Quiz]], path: Path) -> None:
    """Every item as a JSON line (document, size asked, position, the question with its source) for judging."""
    with path.open("w", encoding="utf-8") as out:
        for name, quiz in quizzes:
            for number, q in enumerate(quiz.questions, 1):
                out.write(json.dumps({"document": name, "size": quiz.requested, "number": number, **asdict(q)},
                                     ensure_ascii=False) + "\n")
