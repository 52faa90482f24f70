"""Percentiles of measured latencies (nearest rank), shared by the benchmark and the load test."""
from __future__ import annotations

import math
from typing import Sequence


def percentiles(values: Sequence[float], ranks: Sequence[float]) -> list[float]:
    """Nearest-rank percentiles; NaN for no values."""
    ordered = sorted(values)
    if not ordered:
        return [math.nan for _ in ranks]
    return [ordered[min(len(ordered) - 1, max(0, math.ceil(r / 100 * len(ordered)) - 1))] for r in ranks]
