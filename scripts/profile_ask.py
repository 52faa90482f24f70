"""Profile `Assistant.ask` (extractive, hybrid, no LLM) and `Assistant.search` over the ALQAC questions on an
existing Edge index (a bench tier: `python -m evals bench --tiers 10000 … --workdir W` makes W/edge-10000).

Each round opens a fresh Assistant on the index and empties every functools cache of the process (no cache of an
earlier round survives; the first round also pays for first calls, imports and compiled patterns, so compare the
later rounds), searches every question
once, as the bench's search pass does, then asks each once, as its ask pass does, and prints the mean CPU time of
this process per call (time.process_time: far less sensitive than wall time to other processes on a busy machine)
and the mean wall time. The query vectors are computed once for all rounds (a memo around the embedder), so the
times are what lies above the embedder: the store's query and reads, the answer rules, the state store's write.
With `--profile N` the last round's asks are profiled (CPU time) and the N functions of most cumulative time shown.

    PYTHONPATH=$PWD python scripts/profile_ask.py /tmp/perf-work/edge-10000 --questions 300 --rounds 3 --profile 40
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import hashlib
import pickle
import pstats
import re
import sys
import time
from pathlib import Path


def _corpora(shared: Path | None):
    """evals.corpora, reading the ALQAC files from `shared` when given (a worktree outside the project's folder)."""
    from evals import corpora

    if shared is not None:
        corpora.SHARED = shared
        corpora.LAWS = (shared / "alqac2022" / "law.json", shared / "alqac2023" / "law.json")
        corpora.QUESTIONS = (shared / "alqac2022" / "question.json", shared / "alqac2023" / "train.json")
    return corpora


class MemoEmbedder:
    """The embedder, each query embedded once for every round."""

    def __init__(self, embedder):
        self._embedder, self._vectors = embedder, {}

    def __getattr__(self, name):
        return getattr(self._embedder, name)

    def embed_query(self, text: str):
        if text not in self._vectors:
            self._vectors[text] = self._embedder.embed_query(text)
        return self._vectors[text]


def _pass(call, questions: list[str], profile: cProfile.Profile | None = None) -> tuple[float, float, list]:
    """Mean CPU ms and mean wall ms per call, and the results."""
    cpu = wall = 0.0
    results = []
    for question in questions:
        c, w = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        results.append(call(question))
        if profile:
            profile.disable()
        cpu, wall = cpu + time.process_time() - c, wall + time.perf_counter() - w
    return cpu / len(questions) * 1000, wall / len(questions) * 1000, results


def _digest(answers) -> str:
    """A hash of every answer's text and citations: equal digests, equal answers. A bench tier holds copies of each
    law ("<id>~<n>", the same text): which copy a tie puts first varies from one opening to the next, so copy
    suffixes are left out."""
    h = hashlib.sha256()
    for a in answers:
        cited = [(c.doc_id, c.start, c.end) for c in a.citations]
        h.update(re.sub(r"~\d+", "", repr((a.text, a.answerable, cited, a.warnings))).encode())
    return h.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path, help="Index folder (holding index.json and edge/).")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="Print the N functions of most cumulative time.")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--callers", nargs="*", default=[], help="Also print the callers of these functions.")
    parser.add_argument("--shared", type=Path, help="Folder holding alqac2022/ and alqac2023/ (default: the "
                                                    "project's ../shared/data).")
    parser.add_argument("--vectors", type=Path, help="Pickle of the query vectors, read when present and written "
                                                     "(so that runs of two commits embed the questions once).")
    parser.add_argument("--seed", type=Path, help="Seed embedding cache (default: <index>/../alqac-vectors.sqlite).")
    args = parser.parse_args()

    from assistant.core import OPERATOR, Assistant
    from assistant.settings import Settings
    from index.records import Query

    questions = _corpora(args.shared).questions()[:args.questions]
    seed = args.seed or args.index.parent / "alqac-vectors.sqlite"
    settings = Settings(index_dir=args.index, seed_embeddings=seed, embedded_engine="edge", llm_url=None)
    embedder = None
    for round_ in range(args.rounds):
        last = round_ == args.rounds - 1
        profile = cProfile.Profile(time.process_time) if last and (args.profile or args.callers) else None
        for cached in [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)]:
            cached.cache_clear()
        started = time.perf_counter()
        with Assistant(settings) as assistant:
            fresh, embedder = embedder is None, embedder or MemoEmbedder(assistant.embedder)
            if fresh and args.vectors and args.vectors.exists():
                embedder._vectors = pickle.loads(args.vectors.read_bytes())
            assistant.__dict__["embedder"] = embedder
            assistant.store  # noqa: B018 (opened now: verify, stale check)
            opened = (time.perf_counter() - started) * 1000
            if fresh:  # every query embedded before anything is timed
                for question in questions:
                    assistant.search(Query(question, 10, "hybrid", filters=OPERATOR))
                if args.vectors:
                    args.vectors.write_bytes(pickle.dumps(embedder._vectors))
            s_cpu, s_wall, _ = _pass(lambda q: assistant.search(Query(q, 10, "hybrid", filters=OPERATOR)), questions)
            a_cpu, a_wall, answers = _pass(lambda q: assistant.ask(q, filters=OPERATOR), questions, profile)
        print(f"round {round_}: open {opened:.0f} ms | search cpu {s_cpu:.2f} ms wall {s_wall:.2f} ms | ask cpu "
              f"{a_cpu:.2f} ms wall {a_wall:.2f} ms | answered {sum(a.answerable for a in answers)}/{len(answers)}"
              f" digest {_digest(answers)}", flush=True)
        if profile:
            stats = pstats.Stats(profile, stream=sys.stdout)
            if args.profile:
                stats.sort_stats(args.sort).print_stats(args.profile)
            for name in args.callers:
                stats.print_callers(name)


if __name__ == "__main__":
    main()
