"""Retrieval benchmark on sets in the ALQAC shape: questions with `relevant_articles` over a law corpus."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.core import OPERATOR, Assistant
from assistant.settings import Settings
from evals.metrics import RetrievalScores
from index.records import MODES, Query

RETRIEVE = 20  # chunks fetched per question; several chunks of one article collapse into one ranked article


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    gold: frozenset[tuple[str, str]]  # (law id, article id)


def read_questions(path: Path) -> list[Question]:
    """ALQAC 2022 (`id`, `text`) and ALQAC 2023 (`question_id`, `text`) question files."""
    items = json.loads(path.read_text(encoding="utf-8"))
    return [Question(str(q.get("id") or q.get("question_id")), q["text"],
                     frozenset((a["law_id"], str(a["article_id"])) for a in q["relevant_articles"]))
            for q in items]


def run(law: Path, questions: Path, settings: Settings, modes=MODES) -> dict[str, tuple[RetrievalScores, float]]:
    """Index the law corpus (incrementally, cached vectors reused) and score each search mode:
    mode → (scores, mean latency in ms)."""
    results = {}
    with Assistant(settings, progress=True) as assistant:
        assistant.ingest([law])
        asked = read_questions(questions)
        for mode in modes:
            runs, started = [], time.perf_counter()
            for q in asked:
                hits = assistant.search(Query(q.text, RETRIEVE, mode, filters=OPERATOR))
                runs.append(([(h.doc_id, h.article) for h in hits], set(q.gold)))
            latency = (time.perf_counter() - started) * 1000 / max(len(asked), 1)
            results[mode] = (RetrievalScores.of(runs), latency)
    return results


def report(name: str, results: dict[str, tuple[RetrievalScores, float]], settings: Settings) -> str:
    """A Markdown table of the scores."""
    lines = [f"### {name}", "",
             f"Model `{settings.embedding_model}`, fusion `{settings.fusion}` (prefetch {settings.prefetch}); questions: "
             f"{next(iter(results.values()))[0].questions}.", "",
             "| mode | Recall@1 | Recall@5 | Recall@10 | MRR@10 | nDCG@10 | ms/query |", "|---|---|---|---|---|---|---|"]
    for mode, (s, ms) in results.items():
        lines.append(f"| {mode} | {s.recall_1:.3f} | {s.recall_5:.3f} | {s.recall_10:.3f} | {s.mrr_10:.3f} | "
                     f"{s.ndcg_10:.3f} | {ms:.1f} |")
    return "\n".join(lines) + "\n"
