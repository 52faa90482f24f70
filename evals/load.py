"""A bounded load test over real HTTP: N concurrent clients for D seconds mixing ask, search, ingest and
conversations against a running server (or servers started here on copies of an index), reporting requests/s,
latency percentiles per kind and every error.

A "conversation" is a scripted exchange of follow-ups whose turns hop between the workers given (turn t of client c
goes to worker (c + t) mod N): each turn must come back exactly as the same turn of a reference run on one worker
(its resolved question and text), else it counts as a lost turn: the history did not reach that worker."""
from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from evals.stats import percentiles

KINDS = ("ask", "search", "ingest", "conversation")
SCRIPTS = (  # follow-ups that mean nothing without the turns before them
    ("Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "Thời hạn là khi nào?", "Còn Bộ Tư pháp thì sao?"),
    ("Kế hoạch 193 giao ai trồng cây xanh?", "Thời hạn là khi nào?", "Còn Sở Tài chính thì sao?"),
)


@dataclass
class Tally:
    """Latencies (s) and errors of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lost: int = 0  # conversation turns answered without their history


def _turn(answer: dict) -> tuple:
    return answer["resolved_question"], answer["text"]


async def reference(http: httpx.AsyncClient, url: str) -> list[list[tuple]]:
    """Each script's turns asked in one conversation on one worker: what every hopping run must give."""
    expected = []
    for script in SCRIPTS:
        conversation, turns = None, []
        for question in script:
            response = await http.post(f"{url}/api/v1/ask", json={"question": question,
                                                                  "conversation_id": conversation})
            response.raise_for_status()
            conversation = response.json()["conversation_id"]
            turns.append(_turn(response.json()))
        expected.append(turns)
    return expected


async def _conversation(number: int, http: httpx.AsyncClient, urls: list[str], script: int,
                        expected: list[list[tuple]], tally: Tally) -> None:
    conversation = None
    for t, question in enumerate(SCRIPTS[script]):
        url = urls[(number + t) % len(urls)]
        started = time.monotonic()
        try:
            response = await http.post(f"{url}/api/v1/ask", json={"question": question,
                                                                  "conversation_id": conversation})
            if conversation and response.status_code == 404:  # the worker never heard of the conversation
                tally.lost += 1
                tally.errors.append(f"lost turn {t + 1} of script {script + 1} at {url}: unknown conversation")
                return
            if response.status_code >= 400:
                tally.errors.append(f"{response.status_code} {response.text[:200]}")
                return
            answer = response.json()
        except (httpx.HTTPError, ValueError) as error:
            tally.errors.append(f"{type(error).__name__}: {error}")
            return
        tally.latencies.append(time.monotonic() - started)
        if conversation and answer["conversation_id"] != conversation or _turn(answer) != expected[script][t]:
            tally.lost += 1
            tally.errors.append(f"lost turn {t + 1} of script {script + 1} at {url}: {answer['resolved_question']!r}")
        conversation = answer["conversation_id"]


def parse_mix(text: str) -> dict[str, int]:
    """"ask:5,search:4,ingest:1" (or "ask,search": equal weights) → kind → weight."""
    mix = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        kind, _, weight = part.partition(":")
        if kind not in KINDS:
            raise ValueError(f"unknown request kind {kind!r}; use {', '.join(KINDS)}")
        mix[kind] = int(weight or 1)
    if not mix:
        raise ValueError("empty mix")
    return mix


async def _client(number: int, http: httpx.AsyncClient, questions: list[str], upload: tuple[str, bytes],
                  kinds: list[str], deadline: float, tallies: dict[str, Tally], uploads: itertools.count,
                  urls: list[str], expected: list[list[tuple]]) -> None:
    rng = random.Random(number)
    while time.monotonic() < deadline:
        kind, question = rng.choice(kinds), rng.choice(questions)
        if kind == "conversation":
            await _conversation(number, http, urls, rng.randrange(len(SCRIPTS)), expected, tallies[kind])
            continue
        started = time.monotonic()
        try:
            if kind == "ask":
                response = await http.post("/api/v1/ask", json={"question": question})
            elif kind == "search":
                response = await http.get("/api/v1/search", params={"q": question, "k": 10})
            else:  # a real document under a new name: parsed, chunked, extracted, written (vectors cached)
                name = f"tai_{next(uploads)}_{upload[0]}"
                response = await http.post("/api/v1/ingest", files={"files": (name, upload[1], "text/plain")})
            ok = response.status_code < 400 and not (kind == "ingest" and response.json()["failed"])
            problem = None if ok else f"{response.status_code} {response.text[:200]}"
        except (httpx.HTTPError, ValueError, KeyError) as error:
            problem = f"{type(error).__name__}: {error}"
        tally = tallies[kind]
        if problem:
            tally.errors.append(problem)
        else:
            tally.latencies.append(time.monotonic() - started)


async def run(url: str, clients: int, duration: float, mix: dict[str, int], questions: list[str],
              upload: Path, api_key: str | None = None, urls: list[str] | None = None,
              ) -> tuple[dict[str, Tally], float]:
    """kind → tally, and the wall time; every client waits for its answer before its next request; plain
    requests go to `url`, conversation turns hop over `urls` (default: `url` alone)."""
    urls = urls or [url]
    kinds = [kind for kind, weight in mix.items() for _ in range(weight)]
    tallies = {kind: Tally() for kind in mix}
    headers = {"X-API-Key": api_key} if api_key else {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits, headers=headers) as http:
        expected = await reference(http, urls[0]) if "conversation" in mix else []
        started = time.monotonic()
        deadline, uploads = started + duration, itertools.count()
        await asyncio.gather(*(_client(n, http, questions, (upload.name, upload.read_bytes()), kinds, deadline,
                                       tallies, uploads, urls, expected) for n in range(clients)))
        return tallies, time.monotonic() - started


def report(tallies: dict[str, Tally], wall: float, clients: int, duration: float, command: str,
           workers: int = 1) -> tuple[str, dict]:
    """A Markdown table and the same numbers as JSON."""
    total = sum(len(t.latencies) + len(t.errors) - t.lost for t in tallies.values())
    errors = sum(len(t.errors) - t.lost for t in tallies.values())
    lost = sum(t.lost for t in tallies.values())
    rows, data = [], {"clients": clients, "duration_s": duration, "wall_s": round(wall, 2), "requests": total,
                      "errors": errors, "lost_turns": lost, "workers": workers,
                      "requests_per_s": round(total / wall, 2), "kinds": {}}
    for kind, tally in tallies.items():
        p50, p95, p99 = (round(v * 1000, 1) for v in percentiles(tally.latencies, (50, 95, 99)))
        data["kinds"][kind] = {"ok": len(tally.latencies), "errors": len(tally.errors), "p50_ms": p50,
                               "p95_ms": p95, "p99_ms": p99, "first_errors": tally.errors[:5]}
        rows.append(f"| {kind} | {len(tally.latencies)} | {len(tally.errors)} | {len(tally.latencies) / wall:.1f} | "
                    f"{p50:.0f} | {p95:.0f} | {p99:.0f} |")
    turns = len(tallies["conversation"].latencies) if "conversation" in tallies else 0
    hops = (f" {turns} conversation turns hopping between {workers} workers, {lost} lost turns." if "conversation"
            in tallies else "")
    lines = [f"`{command}`: {clients} clients, {duration:g} s; {total} requests, {total / wall:.1f} requests/s, "
             f"{errors} errors.{hops}", "", "| kind | ok | errors | ok/s | p50 ms | p95 ms | p99 ms |",
             "|---|---|---|---|---|---|---|", *rows]
    lines += [f"- {kind} error: {message}" for kind, tally in tallies.items() for message in tally.errors[:5]]
    return "\n".join(lines) + "\n", data


def write(text: str, data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
