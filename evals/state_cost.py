"""`python -m evals state-cost`: what the state store adds to an answer. The same questions are asked in one
process, alternately with the real state store (one read and one write per turn) and with a store that keeps
nothing, so both see the same machine load; ask p50/p95 of each and the store's own read+write per turn."""
from __future__ import annotations

import time
from pathlib import Path

from assistant.core import OPERATOR, Assistant
from assistant.records import Turn
from evals.stats import percentiles


class NoState:
    """Keeps nothing: the cost of asking without any state store."""

    def turns(self, conversation: str, scope: str) -> list[Turn]:
        return []

    def add_turn(self, conversation: str, scope: str, turn: Turn) -> None:
        pass

    def close(self) -> None:
        pass


def measure(assistant: Assistant, questions: list[str], rounds: int) -> dict[str, list[float]]:
    """kind → latencies in ms: "ask" (real store), "ask_no_state", "state" (the store's read + write alone)."""
    real = assistant.state
    times: dict[str, list[float]] = {"ask": [], "ask_no_state": [], "state": []}
    for question in questions[:3]:
        assistant.ask(question, filters=OPERATOR)  # warm-up
    for _ in range(rounds):
        for question in questions:
            for kind, store in (("ask", real), ("ask_no_state", NoState())):
                assistant.__dict__["state"] = store
                started = time.perf_counter()
                answer = assistant.ask(question, filters=OPERATOR)
                times[kind].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            real.turns(answer.conversation_id or "x", "*")
            real.add_turn("mat-do", "*", Turn(question, answer))
            times["state"].append((time.perf_counter() - started) * 1000)
    assistant.__dict__["state"] = real
    return times


def report(times: dict[str, list[float]], command: str) -> str:
    lines = [f"`{command}`", "", "| measured | n | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|---|"]
    for kind, values in times.items():
        p50, p95, p99 = percentiles(values, (50, 95, 99))
        lines.append(f"| {kind} | {len(values)} | {p50:.2f} | {p95:.2f} | {p99:.2f} |")
    return "\n".join(lines) + "\n"


def write(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
