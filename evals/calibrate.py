"""Choosing the refusal threshold by measurement: answer every question of a hand-written set with no threshold,
then score each candidate threshold on whether the assistant answers exactly the answerable questions. It runs on the
development part only (`python -m evals calibrate` refuses a test_*.jsonl set)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.core import OPERATOR, Assistant
from assistant.settings import Settings
from evals.dataset import Item

UNANSWERED_COST = 2  # a confident answer the documents do not support misleads; a refusal only disappoints
CANDIDATES = [round(0.2 + 0.05 * i, 2) for i in range(15)]


@dataclass(frozen=True)
class Scored:
    id: str
    answerable: bool
    support: float
    cites_gold: bool  # the first citation is one of the gold documents


def score(items: list[Item], settings: Settings, corpus: Path) -> list[Scored]:
    """Each question answered with no threshold: its support, and whether the answer cites a gold document."""
    with Assistant(settings.model_copy(update={"min_support": 0.0, "llm_url": None})) as assistant:
        assistant.ingest([corpus])
        scored = []
        for item in items:
            conversation = None
            for earlier in item.history:
                conversation = assistant.ask(earlier, conversation_id=conversation, filters=OPERATOR).conversation_id
            answer = assistant.ask(item.question, conversation_id=conversation, filters=OPERATOR)
            first = answer.citations[0].doc_id if answer.citations else None
            scored.append(Scored(item.id, item.answerable, answer.support, first in item.gold.doc_ids))
    return scored


def table(scored: list[Scored]) -> tuple[str, float]:
    """A Markdown table of refusal precision/recall and answered rate per threshold, and the best one: the most
    questions handled right (answerable answered, unanswerable refused), where answering an unanswerable question
    from a loosely related passage costs UNANSWERED_COST times a wrong refusal; ties go to the lower threshold."""
    lines = ["| threshold | refusal precision | refusal recall | answerable answered | answered from gold doc |",
             "|---|---|---|---|---|"]
    best, best_score = CANDIDATES[0], -1.0
    answerable = [s for s in scored if s.answerable]
    unanswerable = [s for s in scored if not s.answerable]
    for t in CANDIDATES:
        refused = [s for s in scored if s.support < t]
        precision = sum(not s.answerable for s in refused) / len(refused) if refused else 1.0
        recall = sum(s.support < t for s in unanswerable) / max(len(unanswerable), 1)
        answered = sum(s.support >= t for s in answerable) / max(len(answerable), 1)
        gold = sum(s.support >= t and s.cites_gold for s in answerable) / max(len(answerable), 1)
        lines.append(f"| {t:.2f} | {precision:.3f} | {recall:.3f} | {answered:.3f} | {gold:.3f} |")
        right = sum(((s.support >= t) == s.answerable) * (1 if s.answerable else UNANSWERED_COST) for s in scored)
        if right > best_score:
            best, best_score = t, right
    return "\n".join(lines), best
