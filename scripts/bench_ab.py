"""A/B of two commits' search and ask latency on the same machine, interleaved: each commit is checked out in its
own git worktree, and the same Edge-tier bench (`python -m evals bench --tiers N --engines edge …`, latency only:
no embedding sample, cold start, fresh start or OCR) runs A, B, A, B … so that a machine growing busier or quieter
weighs on both alike. Prints search and ask p50/p95 of every run and the median of each commit's runs.

    python scripts/bench_ab.py 5831a9a HEAD --tier 10000 --repeats 2 --shared /work/shared \\
        --seed /tmp/perf-work/alqac-vectors-main.sqlite

Each run builds its tier afresh (as the bench does) in --work/runs/<n>-<label>/ and keeps only its report there.
`--seed` is a merged ALQAC vector cache (the bench's <workdir>/alqac-vectors.sqlite, e.g.
data/bench/tiers/alqac-vectors.sqlite): copied into each run so that no run embeds law passages (default: that file
in this checkout, when present). The ALQAC questions and laws are read from <shared>/data (the project reads
../shared/data beside its root; each worktree's parent gets a `shared` link to --shared). Every commit runs with
this checkout's Python (--python).

Ask like for like: since the searcher keeps the last 256 query vectors (index/search.py), a bench of 256 questions or
fewer asks with vectors its search pass computed (ask leaves the query's embedding out), while one of more questions
embeds each question again in its ask pass; at 5831a9a (2026-11-23) nothing was kept and ask always embedded. Keep
--queries above 256 (the default 300, the bench's own) to compare ask across such commits.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _git(*args: str, cwd: Path = REPO) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def _tree(work: Path, commit: str, shared: Path) -> Path:
    """A worktree of `commit` under work/trees/ (made once), with the shared data beside it."""
    sha = _git("rev-parse", "--verify", f"{commit}^{{commit}}")
    trees = work / "trees"
    trees.mkdir(parents=True, exist_ok=True)
    link = trees / "shared"
    if not link.exists():
        link.symlink_to(shared.resolve())
    tree = trees / sha[:12]
    if not (tree / ".git").exists():
        _git("worktree", "add", "--detach", str(tree), sha)
    return tree


def _bench(tree: Path, run: Path, args) -> dict:
    """One bench run of the tier in `tree`; the tier's numbers from its JSON report."""
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    if args.seed:
        shutil.copyfile(args.seed, run / "alqac-vectors.sqlite")
    command = [args.python, "-m", "evals", "bench", "--tiers", str(args.tier), "--engines", "edge",
               "--queries", str(args.queries), "--embed-sample", "0", "--no-cold-start", "--no-fresh-start",
               "--workdir", str(run), "--report", str(run / "bench.md")]
    if "--ocr-scans" in (tree / "evals" / "__main__.py").read_text(encoding="utf-8"):
        command += ["--ocr-scans", "0"]  # older commits have no OCR step
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("VIRTUAL_ENV", None)
    with open(run / "bench.log", "w") as log:
        subprocess.run(command, cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT, check=True)
    tier = json.loads((run / "bench.json").read_text(encoding="utf-8"))["tiers"][0]
    shutil.rmtree(run / f"edge-{args.tier}", ignore_errors=True)  # the index: 100 MB a run at 10k chunks
    return tier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", help="Commit A (e.g. the 2026-11-23 bench run: 5831a9a).")
    parser.add_argument("b", help="Commit B (e.g. HEAD).")
    parser.add_argument("--tier", type=int, default=10000, help="Chunks in the tier.")
    parser.add_argument("--queries", type=int, default=300, help="ALQAC questions timed (the bench's default).")
    parser.add_argument("--repeats", type=int, default=2, help="Rounds of A then B.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-ab"), help="Worktrees and runs.")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="Folder holding data/alqac2022 and data/alqac2023 (default: ../shared).")
    parser.add_argument("--seed", type=Path, default=REPO / "data" / "bench" / "tiers" / "alqac-vectors.sqlite")
    parser.add_argument("--python", default=sys.executable, help="Interpreter with the project's dependencies.")
    parser.add_argument("--keep", action="store_true", help="Keep the worktrees (default: removed at the end).")
    args = parser.parse_args()
    if not (args.shared / "data" / "alqac2022").is_dir():
        parser.error(f"no ALQAC data under {args.shared}/data (give --shared)")
    if args.seed and not args.seed.is_file():
        print(f"warning: no seed vectors {args.seed}: each run embeds the law passages it lacks", file=sys.stderr)
        args.seed = None

    labels = {"A": args.a, "B": args.b}
    trees = {label: _tree(args.work, commit, args.shared) for label, commit in labels.items()}
    results: dict[str, list[dict]] = {"A": [], "B": []}
    print(f"A = {args.a} ({trees['A'].name}), B = {args.b} ({trees['B'].name}); tier {args.tier}, "
          f"{args.queries} questions, {args.repeats} round(s) of A then B", flush=True)
    print("| run | commit | chunks | search p50 / p95 ms | ask p50 / p95 ms | load avg (1 min) before |")
    print("|---|---|---|---|---|---|", flush=True)
    try:
        number = 0
        for _ in range(args.repeats):
            for label in ("A", "B"):
                number += 1
                load = os.getloadavg()[0]
                started = time.perf_counter()
                tier = _bench(trees[label], args.work / "runs" / f"{number}-{label}", args)
                results[label].append(tier)
                print(f"| {number} | {label} {trees[label].name[:8]} | {tier['chunks']:,} | "
                      f"{tier['search_ms'][0]:.0f} / {tier['search_ms'][1]:.0f} | "
                      f"{tier['ask_ms'][0]:.0f} / {tier['ask_ms'][1]:.0f} | {load:.2f} "
                      f"({time.perf_counter() - started:.0f} s) |", flush=True)
    finally:
        if not args.keep:
            for tree in trees.values():
                _git("worktree", "remove", "--force", str(tree))
    print()
    for label in ("A", "B"):
        runs = results[label]
        if runs:
            median = {k: [statistics.median(t[k][i] for t in runs) for i in (0, 1)] for k in ("search_ms", "ask_ms")}
            print(f"{label} {labels[label]}: median of {len(runs)} run(s): search p50/p95 "
                  f"{median['search_ms'][0]:.1f}/{median['search_ms'][1]:.1f} ms, ask p50/p95 "
                  f"{median['ask_ms'][0]:.1f}/{median['ask_ms'][1]:.1f} ms")


if __name__ == "__main__":
    main()
