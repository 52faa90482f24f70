"""`python -m evals alqac ...`: retrieval benchmarks on ALQAC-shaped sets."""
from __future__ import annotations

import argparse
from pathlib import Path

from assistant.settings import PROJECT_ROOT, Settings
from evals import alqac
from index.records import MODES

SHARED = PROJECT_ROOT.parent / "shared" / "data"
SETS = {
    "alqac2022": (SHARED / "alqac2022" / "law.json", SHARED / "alqac2022" / "question.json"),
    "alqac2023": (SHARED / "alqac2023" / "law.json", SHARED / "alqac2023" / "train.json"),
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m evals")
    commands = parser.add_subparsers(dest="command", required=True)
    bench = commands.add_parser("alqac", help="Retrieval scores on ALQAC-shaped sets.")
    bench.add_argument("sets", nargs="*", default=list(SETS), help=f"Named sets {list(SETS)} or LAW.json:QUESTIONS.json.")
    bench.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    bench.add_argument("--fusion", choices=["rrf", "dbsf"])
    bench.add_argument("--report", type=Path, help="Also write the Markdown tables to this file.")
    args = parser.parse_args()

    overrides = {"fusion": args.fusion} if args.fusion else {}
    tables = []
    for name in args.sets:
        law, questions = SETS[name] if name in SETS else map(Path, name.split(":"))
        settings = Settings(index_dir=PROJECT_ROOT / "data" / "bench" / Path(name).stem, **overrides)
        tables.append(alqac.report(name, alqac.run(law, questions, settings, args.modes), settings))
        print(tables[-1], flush=True)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text("\n".join(tables), encoding="utf-8")


if __name__ == "__main__":
    main()
