"""`python -m evals run|calibrate|check-set|alqac|ocr`: the evaluation set, the refusal threshold, ALQAC benchmarks,
OCR error rate and speed."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tqdm import tqdm

from assistant.core import Assistant
from assistant.settings import PROJECT_ROOT, Settings
from corpus.ocr import Ocr
from evals import alqac, dataset, harness, ocr, report
from evals import calibrate as calibration
from index.records import MODES

SHARED = PROJECT_ROOT.parent / "shared" / "data"
ALQAC = {
    "alqac2022": (SHARED / "alqac2022" / "law.json", SHARED / "alqac2022" / "question.json"),
    "alqac2023": (SHARED / "alqac2023" / "law.json", SHARED / "alqac2023" / "train.json"),
}
SETS = sorted((PROJECT_ROOT / "evals" / "sets").glob("questions_*.jsonl"))
SAMPLES = PROJECT_ROOT / "corpus" / "samples"
REPORTS = PROJECT_ROOT / "evals" / "reports"


def _items(paths: list[Path]) -> list[dataset.Item]:
    return [item for path in paths for item in dataset.read_set(path)]


def _settings(index: Path | None) -> Settings:
    return Settings(index_dir=index) if index else Settings()


def _run(args: argparse.Namespace) -> None:
    items = _items(args.sets)[: args.limit]
    settings = _settings(args.index)
    runs = []
    variants = [("không LLM", settings.model_copy(update={"llm_url": None}))]
    if settings.llm_url:
        variants.append((f"với LLM {settings.llm_model}", settings))
    for label, variant in variants:
        with Assistant(variant) as assistant:
            assistant.ingest([SAMPLES])
            with tqdm(total=len(items), desc=label, unit="câu", file=sys.stderr) as bar:
                runs.append(harness.run(assistant, items, label, args.modes, bar.update))
    text = report.markdown(runs, len(items), "python -m evals run" + (f" --limit {args.limit}" if args.limit else ""))
    print(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
        report.chart(runs, args.report.with_suffix(".png"))


def _calibrate(args: argparse.Namespace) -> None:
    settings = _settings(args.index)
    text, best = calibration.table(calibration.score(_items(args.sets), settings, SAMPLES))
    text += f"\n\nBest threshold: {best:.2f} (current setting TLVB_MIN_SUPPORT={settings.min_support:.2f}).\n"
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")


def _check(args: argparse.Namespace) -> None:
    items = _items(args.sets)
    problems = dataset.check_set(items, args.corpus)
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


def _ocr(args: argparse.Namespace) -> None:
    scans = sorted((SHARED / "chinhphu_2025").glob("*.signed.pdf"))
    scans = [p for p in scans if p.with_suffix(".txt").is_file()][: args.limit]
    pdfs = [(p, ocr.publisher_text, "publisher's OCR") for p in scans]
    pdfs += [(SAMPLES / "ninhbinh" / name, ocr.text_layer, "text layer") for name in ("706.pdf", "193.pdf")]
    command = " ".join(["python -m evals ocr", *([f"--limit {args.limit}"] if args.limit else []),
                        *([f"--cache {args.cache}"] if args.cache else [])])
    with tempfile.TemporaryDirectory(prefix="tlvb-ocr-") as fresh, \
            tqdm(total=len(pdfs), desc="OCR", unit="tệp", file=sys.stderr) as bar:
        rows = ocr.measure(pdfs, Ocr(args.cache or Path(fresh)), lambda name: bar.update())
    text = ocr.report(rows, command)
    print(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m evals")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="Score the assistant on the hand-written evaluation set.")
    run.add_argument("sets", nargs="*", type=Path, default=SETS)
    run.add_argument("--index", type=Path, help="Index folder for the bundled corpus (default: settings).")
    run.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    run.add_argument("--limit", type=int, help="Only the first N questions.")
    run.add_argument("--report", type=Path, default=REPORTS / "latest.md")
    run.set_defaults(handle=_run)

    calibrate = commands.add_parser("calibrate", help="Measure the refusal threshold on the evaluation set.")
    calibrate.add_argument("sets", nargs="*", type=Path, default=SETS)
    calibrate.add_argument("--index", type=Path)
    calibrate.add_argument("--report", type=Path, default=REPORTS / "calibration.md")
    calibrate.set_defaults(handle=_calibrate)

    check = commands.add_parser("check-set", help="Check a set: categories, documents, quotes.")
    check.add_argument("sets", nargs="*", type=Path, default=SETS)
    check.add_argument("--corpus", type=Path, default=SAMPLES)
    check.set_defaults(handle=_check)

    bench = commands.add_parser("alqac", help="Retrieval scores on ALQAC-shaped sets.")
    bench.add_argument("names", nargs="*", default=list(ALQAC), help=f"{list(ALQAC)} or LAW.json:QUESTIONS.json")
    bench.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    bench.add_argument("--fusion", choices=["rrf", "dbsf"])
    bench.add_argument("--report", type=Path, default=REPORTS / "alqac.md")
    bench.set_defaults(handle=_alqac)

    scan = commands.add_parser("ocr", help="OCR character error rate per document, and pages per second.")
    scan.add_argument("--limit", type=int, help="Only the first N scans (by name).")
    scan.add_argument("--cache", type=Path, help="Reuse this OCR cache folder (default: a fresh one, so every page "
                                                 "is recognised and timed).")
    scan.add_argument("--report", type=Path, default=REPORTS / "ocr.md")
    scan.set_defaults(handle=_ocr)

    args = parser.parse_args()
    args.handle(args)


if __name__ == "__main__":
    main()
