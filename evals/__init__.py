"""Evaluation and performance (`python -m evals run | alqac | bench | load | ocr`): question sets (evals/sets),
metrics, reports (evals/reports); uses the Assistant like any front door."""

__all__ = ["alqac", "bench", "calibrate", "corpora", "dataset", "fake_llm", "harness", "judge", "load", "metadata",
           "metrics", "ocr", "outcomes", "quiz", "report", "server", "signals", "state_cost", "stats", "stream",
           "tables"]
