"""Document metadata against a hand-checked table (evals/metadata_gold.json): per field, how many documents have it
right, blank ("chưa rõ", which is right when the document does not show it), or wrong (a value that is not the
document's, garbled or not)."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from corpus.loaders import load

GOLD = Path(__file__).resolve().parent / "metadata_gold.json"
FIELDS = ("doc_number", "doc_type", "issuer", "issued_on", "title", "signer")
UNKNOWN = "chưa rõ"


def _plain(value) -> str:
    return " ".join(str(value).replace("**", "").casefold().split())


def judge(field: str, read, gold) -> str:
    """"right", "chưa rõ" (blank where the document shows a value) or "wrong"."""
    if read is None:
        return "right" if gold is None else UNKNOWN
    if gold is None:
        return "wrong"
    read, gold = (read.isoformat() if isinstance(read, date) else read), gold
    if field == "title":
        start = _plain(gold)[:40]
        return "right" if _plain(read).startswith(start) else "wrong"
    return "right" if _plain(read) == _plain(gold) else "wrong"


def score(root: Path, gold: Path = GOLD) -> tuple[dict[str, Counter], list[str]]:
    """Counts per field, and the wrong ones spelled out."""
    counts = {f: Counter() for f in FIELDS}
    wrong = []
    for entry in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
        [document] = load(root / entry["path"])
        for field in (f for f in FIELDS if f in entry):  # a field left out of an entry is not checked
            read = getattr(document.header, field)
            verdict = judge(field, read, entry[field])
            counts[field][verdict] += 1
            if verdict != "right":
                wrong.append(f"- {Path(entry['path']).name} {field}: {verdict} (đọc được {read!r}, đúng là "
                             f"{entry[field]!r})")
    return counts, wrong


def markdown(counts: dict[str, Counter], wrong: list[str]) -> str:
    lines = ["| field | right | chưa rõ | wrong |", "|---|---|---|---|"]
    lines += [f"| {f} | {c['right']} | {c[UNKNOWN]} | {c['wrong']} |" for f, c in counts.items()]
    return "\n".join(lines + ([""] + wrong if wrong else [])) + "\n"
