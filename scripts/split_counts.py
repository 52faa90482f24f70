"""How often the chunker cuts a unit a reader needs whole: a table row, a list item (numbered, lettered or bulleted,
"1.", "2.3.", "a)", "-"), a sentence, a task record (an obligation whose sentence runs on into the next passage), over
the bundled corpus and the unbundled development documents; and how long the passages are.

    PYTHONPATH=$PWD .venv/bin/python scripts/split_counts.py [--chars 1200] [PATH ...]

A unit longer than the passage limit must be cut somewhere: those are counted apart ("long"). Reads the files as
ingestion does (OCR'd pages from `--ocr-cache`, Tesseract where a page is not cached)."""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from corpus.chunking import chunk
from corpus.errors import AssistantError
from corpus.loaders import iter_files, load
from corpus.obligations import extract_obligations
from corpus.ocr import Ocr
from corpus.structure import parse_structure
from corpus.vn import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = (ROOT / "corpus" / "samples", ROOT / "evals" / "devdocs")

# A list item opens a line: a bullet, "1.", "2.3.", "1)", "a)", "(1)", "(iv)", bold or not.
_ITEM_START = re.compile(r"^[ \t*_]*(?:[-+•❑]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|\(\d{1,2}\)|\([ivx]{1,4}\))[ \t]+\S",
                         re.M)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list items of text[start:end]: from a line opening with a marker to the next such line, a blank line or
    the end, trimmed."""
    starts = [m.start() + len(m.group()) - len(m.group().lstrip(" \t*_")) for m in _ITEM_START.finditer(text, start, end)]
    items = []
    for i, s in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else end
        blank = text.find("\n\n", s, stop)
        stop = blank if blank >= 0 else stop
        while stop > s and text[stop - 1].isspace():
            stop -= 1
        items.append((s, stop))
    return items


def _crosses(unit: tuple[int, int], cuts: list[int]) -> bool:
    """Whether a chunk boundary falls strictly inside the unit."""
    return any(unit[0] < c < unit[1] for c in cuts)


def measure(paths, limit: int, ocr) -> tuple[Counter, list[int], list[str], float]:
    counts: Counter = Counter()
    lengths: list[int] = []
    examples: list[str] = []
    took = 0.0
    for path in iter_files(paths):
        try:
            documents = load(path, ocr=ocr)
        except AssistantError as error:
            print(f"skip {path.name}: {error}", file=sys.stderr)
            continue
        for document in documents:
            counts["documents"] += 1
            began = time.perf_counter()
            pieces = chunk(document, limit)
            took += time.perf_counter() - began
            lengths += [len(p.text) for p in pieces]
            sections = document.sections or parse_structure(document.text)
            for section in sections:
                inside = [p for p in pieces if section.start <= p.span.start < section.end]
                cuts = [p.span.start for p in inside[1:]]
                if section.table_header:
                    counts["table rows"] += 1
                    counts["table rows split"] += len(inside) > 1
                    continue
                for unit in _items(document.text, section.start, section.end):
                    long = unit[1] - unit[0] > limit
                    counts["items long" if long else "items"] += 1
                    if _crosses(unit, cuts):
                        counts["items long split" if long else "items split"] += 1
                        if not long and len(examples) < 40:
                            examples.append(f"item  {document.doc_id}: {document.text[unit[0]:unit[1]][:90]!r}")
                body = document.text[section.start:section.end]
                for s, e in sentence_spans(body):
                    unit = (section.start + s, section.start + e)
                    long = unit[1] - unit[0] > limit
                    counts["sentences long" if long else "sentences"] += 1
                    if _crosses(unit, cuts):
                        counts["sentences long split" if long else "sentences split"] += 1
            headed = any(p.heading_path for p in pieces)
            for before, piece, after in zip([None, *pieces], pieces, [*pieces[1:], None]):
                found = extract_obligations(piece, document.header.issued_on, headed=headed, before=before,
                                            after=after)
                counts["obligations"] += len(found)
                end = piece.span.start + len(piece.text.rstrip())
                # a task read on into the next passage: its words (and maybe its time) lie outside the citable one
                split = [o for o in found if o.span.end >= end and piece.text.rstrip()[-1:] not in ".;:!?"
                         and after is not None and not after.table_header and not piece.table_header and o.task.rstrip(" .;")
                         and not piece.text.rstrip().endswith(o.task.rstrip(" .;")[-20:])]
                counts["obligations split"] += len(split)
                for o in split[:1]:
                    if len(examples) < 80:
                        examples.append(f"task  {document.doc_id}#{piece.ordinal}: …{piece.text[-70:]!r} | "
                                        f"{after.text[:50]!r}")
    return counts, lengths, examples, took


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_PATHS))
    parser.add_argument("--chars", type=int, default=1200, help="passage limit (settings.chunk_chars)")
    parser.add_argument("--ocr-cache", type=Path, default=Path.home() / ".cache" / "tro-ly-van-ban" / "ocr")  # evals.tables.OCR_CACHE
    parser.add_argument("--examples", action="store_true", help="print the split units")
    args = parser.parse_args(argv)
    counts, lengths, examples, took = measure(args.paths, args.chars, Ocr(args.ocr_cache).read)
    lengths.sort()
    print(f"documents {counts['documents']}, passages {len(lengths)} (chunking {took:.1f} s)")
    print(f"passage length: mean {statistics.mean(lengths):.0f}, median {statistics.median(lengths):.0f}, "
          f"p10 {lengths[len(lengths) // 10]}, p90 {lengths[len(lengths) * 9 // 10]}, max {lengths[-1]}, "
          f"under 200 chars {sum(n < 200 for n in lengths)}")
    print(f"table rows split {counts['table rows split']} of {counts['table rows']}")
    print(f"list items split {counts['items split']} of {counts['items']} that fit a passage "
          f"(longer ones: {counts['items long split']} of {counts['items long']})")
    print(f"sentences split {counts['sentences split']} of {counts['sentences']} that fit a passage "
          f"(longer ones: {counts['sentences long split']} of {counts['sentences long']})")
    print(f"task records read on into the next passage {counts['obligations split']} of {counts['obligations']}")
    if args.examples:
        print("\n".join(examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
