"""`python -m evals stream`: what a user waits for over real HTTP, on the bundled corpus served by
`python -m assistant serve`: without an LLM, the server's cold start and ask latency (JSON, SSE, the OpenAI-
compatible endpoint); with a local OpenAI-compatible LLM that writes slowly (evals/fake_llm.py), the time to the
first streamed token and to the end of the verified answer."""
from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

from assistant.api.routes.chat import MODEL_ID
from assistant.core import Assistant
from assistant.settings import PROJECT_ROOT, Settings
from evals import dataset, server
from evals.fake_llm import FakeLLM, serve_fake_llm
from evals.stats import percentiles

SAMPLES = PROJECT_ROOT / "corpus" / "samples"
SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("questions_*.jsonl"))
# ~40 words, each a streamed token: a slow 7B on a CPU writes about this fast
SLOW_REPLY = ("Theo các văn bản đã lập chỉ mục, cơ quan chủ trì thực hiện nhiệm vụ này là cơ quan được giao trong "
              "đoạn trích số một, với thời hạn và cơ quan phối hợp như đã nêu trong văn bản; người đọc nên đối chiếu "
              "với đoạn trích gốc để biết đầy đủ yêu cầu cụ thể [1].")


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _first_and_total(url: str, path: str, body: dict) -> tuple[float, float]:
    """Seconds to the first piece of answer text on the stream, and to its end."""
    started, first = time.perf_counter(), None
    with httpx.stream("POST", url + path, json=body, timeout=600) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if first is None and (line.startswith('data: {"text"') or '"content": "' in line and '"content": ""' not in line):
                first = time.perf_counter() - started
    return first or float("nan"), time.perf_counter() - started


def _streams(url: str, questions: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"sse_first": [], "sse_total": [], "openai_first": [], "openai_total": []}
    for question in questions:
        for kind, path, body in (
                ("sse", "/api/v1/ask", {"question": question, "stream": True}),
                ("openai", "/v1/chat/completions", {"model": MODEL_ID, "stream": True,
                                                    "messages": [{"role": "user", "content": question}]})):
            first, total = _first_and_total(url, path, body)
            times[f"{kind}_first"].append(first * 1000)
            times[f"{kind}_total"].append(total * 1000)
    return times


def _ms(values: list[float]) -> str:
    return " / ".join(f"{v:,.0f}" for v in percentiles(values, (50, 95)))


def main(args) -> None:
    items = [item for path in SETS for item in dataset.read_set(path) if not item.history]
    questions = [item.question for item in items][: args.questions]
    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "index"
        with Assistant(Settings(index_dir=index)) as assistant:
            assistant.ingest([SAMPLES])
        with server.serving(index, Path(folder) / "plain.log") as served:
            asks = []
            for question in questions:
                started = time.perf_counter()
                httpx.post(f"{served.url}/api/v1/ask", json={"question": question}, timeout=600).raise_for_status()
                asks.append((time.perf_counter() - started) * 1000)
            plain = _streams(served.url, questions)
            plain_ready = served.ready_s
        llm, llm_url = serve_fake_llm()
        FakeLLM.reply, FakeLLM.token_delay = SLOW_REPLY, args.token_delay
        try:
            with _environment(TLVB_LLM_URL=llm_url, TLVB_LLM_MODEL="slow-fake", TLVB_LLM_TIMEOUT="120"), \
                    server.serving(index, Path(folder) / "llm.log") as served:
                slow = _streams(served.url, questions[: args.llm_questions])
        finally:
            llm.shutdown()
    tokens = len(SLOW_REPLY.split())
    print(f"Bundled corpus served by `python -m assistant serve` ({len(questions)} questions; p50 / p95 ms).\n")
    print("| measure | without LLM | slow LLM (%d tokens, %.0f ms apart) |" % (tokens, args.token_delay * 1000))
    print("|---|---|---|")
    print(f"| server cold start (API answering) | {plain_ready:.1f} s | |")
    print(f"| ask, JSON | {_ms(asks)} | |")
    for kind, name in (("sse", "/api/v1/ask SSE"), ("openai", "/v1/chat/completions stream")):
        print(f"| {name}: first text | {_ms(plain[f'{kind}_first'])} | {_ms(slow[f'{kind}_first'])} |")
        print(f"| {name}: whole answer | {_ms(plain[f'{kind}_total'])} | {_ms(slow[f'{kind}_total'])} |")
