"""Task tables against hand-made gold rows (evals/table_gold.json): per document, the share of gold rows found as
obligations (row recall) and, among those found, the share whose lead, partners and deadline cells are right.

A gold row is found when an obligation read from a table row has a task starting with the gold task start (case and
spacing aside). Its lead (partners) is right when the agencies named are the same as the gold names, compared by
`agency_key`; its deadline when the deadline text read equals the gold cell (case and spacing aside), or when the cell
read holds the gold text (marks aside: "Hàng năm" is how many documents write "Hằng năm") and both read as the same
deadline (kind and normalised value): "Hoàn thành xong, trình trong tháng 6/2025" for the gold "trong tháng 6/2025"."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corpus.agencies import agency_key, canonical
from corpus.chunking import chunk
from corpus.deadlines import parse_deadline
from corpus.loaders import load
from corpus.obligations import extract_obligations
from corpus.ocr import Ocr
from corpus.records import Deadline, Obligation
from corpus.text import fold

GOLD = Path(__file__).resolve().parent / "table_gold.json"
OCR_CACHE = Path.home() / ".cache" / "tro-ly-van-ban" / "ocr"  # scanned pages are read once (corpus.ocr)


@dataclass(frozen=True)
class Score:
    path: str
    fmt: str
    gold: int
    found: int
    lead: int
    partners: int
    deadline: int
    misses: tuple[str, ...]  # what went wrong, row by row

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def accuracy(self, right: int) -> float:
        return right / self.found if self.found else 0.0


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").casefold().split())


def _same_deadline(read: Deadline | None, gold: str) -> bool:
    text = read.text if read else ""
    if _plain(text) == _plain(gold):
        return True
    wanted = parse_deadline(gold)
    return bool(read and wanted and fold(_plain(gold)) in fold(_plain(text))
                and (read.kind, read.normalized) == (wanted.kind, wanted.normalized))


def _agencies(names) -> set[str]:
    return {agency_key(canonical(name)) for name in names}


def table_obligations(path: Path, ocr_cache: Path = OCR_CACHE) -> list[Obligation]:
    """The obligations read from the table rows of a document (scanned pages read with OCR, cached)."""
    [document] = load(path, ocr=Ocr(ocr_cache).read)
    return [o for piece in chunk(document) if piece.table_header
            for o in extract_obligations(piece, document.header.issued_on)]


def score_document(root: Path, entry: dict) -> Score:
    found = table_obligations(root / entry["path"])
    counts = {"found": 0, "lead": 0, "partners": 0, "deadline": 0}
    misses = []
    for row in entry["rows"]:
        start = _plain(row["task"])
        match = next((o for o in found if _plain(o.task).startswith(start)), None)
        if match is None:
            misses.append(f"dòng {row['n']}: không thấy")
            continue
        counts["found"] += 1
        checks = {"lead": _agencies(match.lead) == _agencies(row["lead"]),
                  "partners": _agencies(match.partners) == _agencies(row["partners"]),
                  "deadline": _same_deadline(match.deadline, row["deadline"])}
        for name, right in checks.items():
            counts[name] += right
            if not right:
                misses.append(f"dòng {row['n']}: sai {name}")
    return Score(entry["path"], entry["format"], len(entry["rows"]), counts["found"], counts["lead"],
                 counts["partners"], counts["deadline"], tuple(misses))


def score(root: Path, gold: Path = GOLD, scanned: bool = True) -> list[Score]:
    """Scores of the gold documents; `scanned=False` leaves out the scanned ones (they need OCR: seconds a page)."""
    return [score_document(root, entry) for entry in json.loads(gold.read_text(encoding="utf-8"))["documents"]
            if scanned or not entry.get("scanned")]


def markdown(scores: list[Score]) -> str:
    lines = ["| document | format | gold rows | row recall | lead | partners | deadline |",
             "|---|---|---|---|---|---|---|"]
    for s in scores:
        lines.append(f"| {s.path} | {s.fmt} | {s.gold} | {s.recall:.2f} | {s.accuracy(s.lead):.2f} | "
                     f"{s.accuracy(s.partners):.2f} | {s.accuracy(s.deadline):.2f} |")
    total = Score("all", "", *(sum(getattr(s, f) for s in scores)
                               for f in ("gold", "found", "lead", "partners", "deadline")), ())
    lines.append(f"| **all** | | {total.gold} | {total.recall:.2f} | {total.accuracy(total.lead):.2f} | "
                 f"{total.accuracy(total.partners):.2f} | {total.accuracy(total.deadline):.2f} |")
    misses = [f"- {s.path}: {'; '.join(s.misses)}" for s in scores if s.misses]
    return "\n".join(lines + ([""] + misses if misses else [])) + "\n"


APPENDIX = Path("corpus/samples/nq57/NQCP03_NQ03_PL2_Nhiem_vu.md")  # 140 task rows


def row_ranking(root: Path, questions: Path, index_dir: Path) -> str:
    """How well the right row of the 140-row appendix ranks among its siblings: MRR@10, R@1 and R@10 per search
    mode for the questions of `questions` whose gold is a row of that appendix, over an index of it alone."""
    from statistics import mean

    from assistant.core import OPERATOR, Assistant
    from assistant.settings import Settings
    from evals.dataset import read_set
    from evals.harness import retrieval_scores
    from index.records import Query

    items = [i for i in read_set(questions) if list(i.gold.doc_ids) == [APPENDIX.stem]]
    lines = [f"Row ranking in {APPENDIX} ({len(items)} questions of {questions.name}, an index of that document "
             "alone):", "", "| mode | MRR@10 | R@1 | R@10 |", "|---|---|---|---|"]
    with Assistant(Settings(index_dir=index_dir)) as assistant:
        assistant.ingest([root / APPENDIX])
        for mode in ("hybrid", "sparse", "dense"):
            scores = [retrieval_scores(assistant.search(Query(i.question, mode=mode, filters=OPERATOR)), i) for i in items]
            lines.append(f"| {mode} | " + " | ".join(f"{mean(s[k] for s in scores):.3f}"
                                                      for k in ("mrr_10", "recall_1", "recall_10")) + " |")
    return "\n".join(lines) + "\n"
