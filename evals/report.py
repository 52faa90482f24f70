"""The evaluation report: a Markdown page and a PNG chart from one or more harness runs."""
from __future__ import annotations

import statistics
from pathlib import Path
from typing import Sequence

from evals.harness import Results


def markdown(runs: Sequence[Results], questions: int, command: str) -> str:
    lines = ["# Evaluation report", "", f"{questions} hand-written questions (`evals/sets/`), produced by `{command}`.", ""]
    for run in runs:
        precision, recall = run.refusal()
        lines += [f"## {run.label}", "", "### Retrieval (passage level, answerable questions)", "",
                  "| mode | Recall@1 | Recall@5 | Recall@10 | MRR@10 | nDCG@10 |", "|---|---|---|---|---|---|"]
        for mode, s in run.by_mode.items():
            lines.append(f"| {mode} | {s['recall_1']:.3f} | {s['recall_5']:.3f} | {s['recall_10']:.3f} | "
                         f"{s['mrr_10']:.3f} | {s['ndcg_10']:.3f} |")
        lines += ["", "### Answers (hybrid retrieval)", "", "| category | questions | accuracy |", "|---|---|---|"]
        for category, scores in sorted(run.by_category.items()):
            lines.append(f"| {category} | {len(scores)} | {statistics.mean(scores):.3f} |")
        lines += ["", "| measure | value |", "|---|---|",
                  f"| citation precision | {statistics.mean(run.citation_precision or [0]):.3f} |",
                  f"| citation recall | {statistics.mean(run.citation_recall or [0]):.3f} |",
                  f"| refusal precision | {precision:.3f} |", f"| refusal recall | {recall:.3f} |",
                  f"| ask latency p50 | {run.latency(0.5):.0f} ms |", f"| ask latency p95 | {run.latency(0.95):.0f} ms |",
                  ""]
    return "\n".join(lines)


def chart(runs: Sequence[Results], path: Path) -> None:
    """Retrieval MRR@10/Recall@10 by mode and answer accuracy by category, one figure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    run = runs[0]
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    modes = list(run.by_mode)
    for offset, key in ((-0.2, "recall_10"), (0.2, "mrr_10")):
        left.bar([i + offset for i in range(len(modes))], [run.by_mode[m][key] for m in modes], 0.4, label=key)
    left.set_xticks(range(len(modes)), modes)
    left.set_ylim(0, 1)
    left.set_title("Retrieval by mode")
    left.legend()
    accuracy = run.accuracy()
    for index, other in enumerate(runs):
        values = other.accuracy()
        right.bar([i + index * 0.8 / len(runs) for i in range(len(accuracy))], [values.get(c, 0) for c in accuracy],
                  0.8 / len(runs), label=other.label)
    right.set_xticks(range(len(accuracy)), list(accuracy), rotation=30, ha="right")
    right.set_ylim(0, 1)
    right.set_title("Answer accuracy by category")
    right.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
