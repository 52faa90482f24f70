"""The evaluation report: a Markdown page (header with commit, date, machine and command; the test and the
development part separately) and a PNG chart from harness runs."""
from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from assistant.settings import PROJECT_ROOT
from evals.dataset import NO_DIACRITICS
from evals.harness import Judged, Results
from evals.judge import DECLINED, RIGHT, WRONG


@dataclass(frozen=True)
class Part:
    """One part of the evaluation set and its runs (one per assistant variant)."""

    name: str  # "test", "dev"
    description: str
    runs: Sequence[Results]
    details: bool = False  # list every wrong answer with its reasons (development part only: never tune on test)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False).stdout

    head = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    dirty = bool(git("status", "--porcelain", "--untracked-files=no").strip())
    return head + (" (with uncommitted changes)" if dirty else "")


def header(command: str) -> list[str]:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return ["# Evaluation report", "",
            f"- commit: `{_commit()}`", f"- date: {now}",
            f"- machine: {os.cpu_count()} cores, {_cpu_model()}, Python {platform.python_version()}",
            f"- command: `{command}`", ""]


def _rate(n: int, of: int) -> str:
    return f"{n / of:.2f}" if of else "—"


def _citations(judged: Sequence[Judged]) -> tuple[float, float]:
    precision = [j.precision for j in judged if j.precision is not None]
    recall = [j.recall for j in judged if j.recall is not None]
    return statistics.mean(precision or [0.0]), statistics.mean(recall or [0.0])


def _outcome_table(run: Results) -> list[str]:
    lines = ["| category | questions | right | declined | wrong | right rate | declined rate | wrong rate |",
             "|---|---|---|---|---|---|---|---|"]
    table = run.outcomes()
    for category, row in table.items():
        n = sum(row.values())
        lines.append(f"| {category} | {n} | {row[RIGHT]} | {row[DECLINED]} | {row[WRONG]} | {_rate(row[RIGHT], n)} | "
                     f"{_rate(row[DECLINED], n)} | {_rate(row[WRONG], n)} |")
    total = {o: sum(r[o] for r in table.values()) for o in (RIGHT, DECLINED, WRONG)}
    n = sum(total.values())
    lines.append(f"| **all** | {n} | {total[RIGHT]} | {total[DECLINED]} | {total[WRONG]} | {_rate(total[RIGHT], n)} | "
                 f"{_rate(total[DECLINED], n)} | {_rate(total[WRONG], n)} |")
    return lines


def _summary(run: Results) -> list[str]:
    judged = run.judged
    wrong, given = run.wrong_share()
    right = sum(j.verdict.outcome == RIGHT for j in judged)
    precision, recall = _citations(judged)
    refusal_precision, refusal_recall = run.refusal()
    lines = ["| measure | value |", "|---|---|",
             f"| right (all questions) | {right}/{len(judged)} = {_rate(right, len(judged))} |",
             f"| wrong share of answers given | {wrong}/{given} = {_rate(wrong, given)} |",
             f"| citation precision (answerable questions answered) | {precision:.3f} |",
             f"| citation recall (answerable questions, 0 when declined) | {recall:.3f} |",
             f"| refusal precision | {refusal_precision:.3f} |", f"| refusal recall | {refusal_recall:.3f} |"]
    follow = [j for j in judged if j.item.history]
    if follow:
        by_id = sum(j.verdict.outcome == RIGHT for j in follow)
        by_history = sum(j.verdict.outcome == RIGHT for j in run.by_history)
        lines += [f"| follow-up turns right, conversation id | {by_id}/{len(follow)} = {_rate(by_id, len(follow))} |",
                  f"| follow-up turns right, history sent | {by_history}/{len(run.by_history)} = "
                  f"{_rate(by_history, len(run.by_history))} |"]
    variants = {j.item.source: j for j in judged if j.item.category == NO_DIACRITICS}
    if variants:
        marked = [j for j in judged if j.item.id in variants]
        with_marks = sum(j.verdict.outcome == RIGHT for j in marked)
        without = sum(j.verdict.outcome == RIGHT for j in variants.values())
        lines += [f"| same questions with diacritics, right | {with_marks}/{len(marked)} = "
                  f"{_rate(with_marks, len(marked))} |",
                  f"| same questions without diacritics, right | {without}/{len(variants)} = "
                  f"{_rate(without, len(variants))} |"]
    lines += [f"| ask latency p50 | {run.latency(0.5):.0f} ms |", f"| ask latency p95 | {run.latency(0.95):.0f} ms |"]
    return lines


def _reasons(run: Results) -> list[str]:
    counted = Counter(reason.split(":")[0] for j in run.judged for reason in j.verdict.reasons)
    if not counted:
        return []
    return ["", "Why answers were judged wrong (a wrong answer can have several reasons):", "",
            "| reason | answers |", "|---|---|", *[f"| {r} | {n} |" for r, n in counted.most_common()]]


def _details(run: Results) -> list[str]:
    wrong = [j for j in run.judged if j.verdict.outcome == WRONG]
    wrong += [Judged(j.item, j.verdict) for j in run.by_history if j.verdict.outcome == WRONG]
    if not wrong:
        return []
    return ["", "<details><summary>Wrong answers, development part</summary>", "",
            *[f"- {j.item.id} ({j.item.category}): {'; '.join(j.verdict.reasons)}" for j in wrong], "", "</details>"]


def _retrieval(run: Results) -> list[str]:
    lines = ["| mode | Recall@1 | Recall@5 | Recall@10 | MRR@10 | nDCG@10 |", "|---|---|---|---|---|---|"]
    for mode, s in run.by_mode.items():
        lines.append(f"| {mode} | {s['recall_1']:.3f} | {s['recall_5']:.3f} | {s['recall_10']:.3f} | "
                     f"{s['mrr_10']:.3f} | {s['ndcg_10']:.3f} |")
    return lines


def _partial(run: Results) -> list[str]:
    lines = ["| category | questions | partial credit |", "|---|---|---|"]
    return lines + [f"| {c} | {len(v)} | {statistics.mean(v):.3f} |" for c, v in sorted(run.by_category.items())]


def markdown(parts: Sequence[Part], command: str) -> str:
    lines = header(command)
    lines += ["Judge (evals/judge.py): each answer is **right**, **declined** (the assistant refused) or **wrong** "
              "(another lead first, the lead named only as partner, a deadline other than the gold one, a passage "
              "from another document or row, a missing fact/task/partner, an answer to a question the documents "
              "do not answer). For an unanswerable question the refusal is right. See evals/README.md.", ""]
    for part in parts:
        for run in part.runs:
            lines += [f"## {part.name} part — {run.label}", "", part.description, "",
                      "### Answers (hybrid retrieval)", "", *_outcome_table(run), "", *_summary(run), *_reasons(run)]
            if part.details:
                lines += _details(run)
            lines += ["", "### Retrieval (passage level, answerable questions)", "", *_retrieval(run), "",
                      "### Partial credit (the older score: share of gold fields present, 0 when declined)", "",
                      *_partial(run), ""]
    return "\n".join(lines)


def chart(runs: Sequence[Results], path: Path) -> None:
    """Retrieval MRR@10/Recall@10 by mode and the right rate by category, one figure."""
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
    categories = list(run.outcomes())
    for index, other in enumerate(runs):
        table = other.outcomes()
        values = [table[c][RIGHT] / max(sum(table[c].values()), 1) if c in table else 0 for c in categories]
        right.bar([i + index * 0.8 / len(runs) for i in range(len(categories))], values, 0.8 / len(runs),
                  label=other.label)
    right.set_xticks(range(len(categories)), categories, rotation=30, ha="right")
    right.set_ylim(0, 1)
    right.set_title("Right rate by category")
    right.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
