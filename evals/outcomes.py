"""Each question's outcome, written one per line, and two such files compared: what a change moved, item by item.

A rule is kept only when the development parts lose no right answer and gain no wrong one (evals/README.md); the
totals of two reports can hide a right answer lost behind another gained. `python -m evals run --outcomes F` writes
the development parts' verdicts (never the test or held-out part's: those are read as totals only), and
`python -m evals compare OLD NEW` lists every item whose outcome or answer changed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from evals.harness import Judged

PARTS = ("dev", "devdocs", "custom")  # the parts whose items may be read one by one


@dataclass(frozen=True)
class Outcome:
    part: str
    id: str
    category: str
    outcome: str
    reasons: tuple[str, ...]
    answer: str

    def line(self) -> str:
        return json.dumps({"part": self.part, "id": self.id, "category": self.category, "outcome": self.outcome,
                           "reasons": list(self.reasons), "answer": self.answer}, ensure_ascii=False)


def outcomes(part: str, judged: Iterable[Judged]) -> list[Outcome]:
    return [Outcome(part, j.item.id, j.item.category, j.verdict.outcome, tuple(j.verdict.reasons), j.answer)
            for j in judged]


def write(path: Path, rows: Iterable[Outcome]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(row.line() + "\n" for row in rows), encoding="utf-8")


def read(path: Path) -> dict[tuple[str, str], Outcome]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(r["part"], r["id"]): Outcome(r["part"], r["id"], r["category"], r["outcome"], tuple(r["reasons"]),
                                          r["answer"]) for r in rows}


def compare(old: dict[tuple[str, str], Outcome], new: dict[tuple[str, str], Outcome],
            answers: bool = False) -> list[str]:
    """One line per item whose outcome changed (with `answers`, also those whose answer text alone changed), the
    items in one file only (a set added or dropped), then the count of each move ("right → wrong: 1")."""
    lines: list[str] = []
    moves: dict[str, int] = {}
    alone = {"old": [], "new": []}  # items of a set added or dropped between the runs
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before is None or after is None:
            alone["new" if before is None else "old"].append(f"{key[0]} {key[1]}")
            continue
        if before.outcome != after.outcome:
            move = f"{before.outcome} → {after.outcome}"
            moves[move] = moves.get(move, 0) + 1
            lines.append(f"{key[0]} {key[1]} ({after.category}): {move} {list(after.reasons) or ''}".rstrip())
        elif answers and before.answer != after.answer:
            lines.append(f"{key[0]} {key[1]} ({after.category}): {after.outcome}, answer changed")
    lines += [f"{len(keys)} items only in the {side} file: {', '.join(keys)}" for side, keys in alone.items() if keys]
    return lines + [f"{move}: {n}" for move, n in sorted(moves.items())] or ["no outcome changed"]


def kept(rows: Sequence[Outcome]) -> list[Outcome]:
    return [row for row in rows if row.part in PARTS]
