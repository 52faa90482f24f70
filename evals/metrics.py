"""Retrieval metrics over ranked lists of keys (e.g. (law id, article id)) against gold sets."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Hashable, Sequence


def dedupe(ranked: Sequence[Hashable]) -> list[Hashable]:
    """Keep the first occurrence of each key: several chunks of one article count as one result."""
    return list(dict.fromkeys(ranked))


def recall_at(ranked: Sequence[Hashable], gold: set, k: int) -> float:
    return len(gold & set(ranked[:k])) / len(gold) if gold else 0.0


def reciprocal_rank(ranked: Sequence[Hashable], gold: set, k: int = 10) -> float:
    return next((1.0 / rank for rank, key in enumerate(ranked[:k], 1) if key in gold), 0.0)


def ndcg_at(ranked: Sequence[Hashable], gold: set, k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(rank + 1) for rank, key in enumerate(ranked[:k], 1) if key in gold)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(gold), k) + 1))
    return dcg / ideal if ideal else 0.0


@dataclass(frozen=True)
class RetrievalScores:
    questions: int
    recall_1: float
    recall_5: float
    recall_10: float
    mrr_10: float
    ndcg_10: float

    @classmethod
    def of(cls, runs: Sequence[tuple[Sequence[Hashable], set]]) -> "RetrievalScores":
        """Mean scores over (ranked keys, gold keys) pairs; ranked keys are deduplicated first."""
        runs = [(dedupe(ranked), gold) for ranked, gold in runs]
        n = len(runs) or 1
        mean = lambda f: sum(f(r, g) for r, g in runs) / n
        return cls(len(runs), mean(lambda r, g: recall_at(r, g, 1)), mean(lambda r, g: recall_at(r, g, 5)),
                   mean(lambda r, g: recall_at(r, g, 10)), mean(reciprocal_rank), mean(ndcg_at))
