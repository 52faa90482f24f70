"""Benchmark corpora built from real text: the ALQAC law corpora (../shared/data, see SOURCE.md there) and,
to reach a tier of N chunks, copies of their laws under distinct document ids. A copy's passages are the same
text, so their dense vectors come from the embedding cache by content hash: real e5 vectors, none made up."""
from __future__ import annotations

import itertools
import sqlite3
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from assistant.settings import PROJECT_ROOT
from corpus.loaders import load
from corpus.records import Document
from evals.alqac import read_questions

SHARED = PROJECT_ROOT.parent / "shared" / "data"
LAWS = (SHARED / "alqac2022" / "law.json", SHARED / "alqac2023" / "law.json")
QUESTIONS = (SHARED / "alqac2022" / "question.json", SHARED / "alqac2023" / "train.json")
# Vectors of both law corpora, embedded once by `python -m evals alqac` (data/bench/<name>/embeddings.sqlite).
CACHES = tuple(PROJECT_ROOT / "data" / "bench" / name / "embeddings.sqlite" for name in ("alqac2022", "alqac2023"))


def questions() -> list[str]:
    """The ALQAC questions: real Vietnamese legal questions."""
    return [q.text for path in QUESTIONS for q in read_questions(path)]


def merged_cache(target: Path, sources: tuple[Path, ...] = CACHES) -> Path:
    """One vector file holding every source cache's rows, for use as a read-only seed cache; made again when a
    source is newer. A missing source is skipped: the passages it would have held are then embedded (slowly)."""
    present = [source for source in sources if source.is_file()]
    if target.exists() and all(source.stat().st_mtime <= target.stat().st_mtime for source in present):
        return target
    for source in sorted(set(sources) - set(present)):
        print(f"warning: no embedding cache {source} (`python -m evals alqac` makes it); its passages will be "
              "embedded", file=sys.stderr)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE vectors (model TEXT, hash TEXT, vector BLOB, PRIMARY KEY (model, hash))")
        for number, source in enumerate(present):
            db.execute(f"ATTACH DATABASE ? AS s{number}", (str(source),))
            db.execute(f"INSERT OR IGNORE INTO vectors SELECT * FROM s{number}.vectors")
    partial.replace(target)
    return target


def laws() -> list[Document]:
    """The laws of both corpora, as the loader reads them."""
    return [law for path in LAWS for law in load(path)]


def copies() -> Iterator[tuple[Document, float]]:
    """The laws, then copies "<law id>~<n>", endlessly (the caller stops at its tier), each with the seconds its
    parse took: a file's load time shared by its laws, every copy parsed again."""
    for copy in itertools.count():
        for path in LAWS:
            started = time.perf_counter()
            laws = load(path)
            share = (time.perf_counter() - started) / len(laws)
            for law in laws:
                yield (replace(law, doc_id=f"{law.doc_id}~{copy}") if copy else law), share
