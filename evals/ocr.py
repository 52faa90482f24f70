"""OCR quality and speed: character error rate of our OCR per document against a reference, and pages per second.

References: the publisher's own OCR text beside each signed scan of chinhphu_2025 (noisy itself, and it also holds
the e-signature box and stamps read in its own order, so its CER is an upper bound), and born-digital PDFs rendered
to images and OCR'd, against their own text layer (a clean reference)."""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2

from corpus.ocr import Ocr
from corpus.pdf import read_pdf
from corpus.text import normalize


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row of the table at a time in numpy (insertions along a row by a running min)."""
    if not a or not b:
        return len(a) + len(b)
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    steps = np.arange(len(b) + 1)
    row = steps.copy()
    for i, code in enumerate(np.frombuffer(a.encode("utf-32-le"), dtype=np.uint32), 1):
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(row[1:] + 1, row[:-1] + (codes_b != code))
        row = np.minimum.accumulate(best - steps) + steps
    return int(row[-1])


def comparable(text: str) -> str:
    """The text as both sides are compared: normalised like documents, all whitespace runs as one space."""
    return " ".join(normalize(text).split())


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edits from the hypothesis to the reference, per reference character."""
    hypothesis, reference = comparable(hypothesis), comparable(reference)
    return edit_distance(hypothesis, reference) / max(len(reference), 1)


@dataclass(frozen=True)
class Row:
    name: str
    pages: int
    seconds: float  # recognition time (render, orientation, deskew, Tesseract)
    confidence: float  # mean page confidence
    cer: float
    reference: str  # "publisher's OCR" or "text layer"

    @property
    def timed(self) -> bool:
        """Whether the pages were recognised, not read from the cache."""
        return self.seconds > 0.5


def measure(pdfs: Iterable[tuple[Path, Callable[[Path], str], str]], ocr: Ocr,
            progress: Callable[[str], None] = lambda name: None) -> list[Row]:
    """OCR every page of each PDF (fresh, unless `ocr` caches them) and compare with `reference(path)`."""
    rows = []
    for path, reference, kind in pdfs:
        data = path.read_bytes()
        numbers = range(1, len(pypdfium2.PdfDocument(data)) + 1)
        started = time.perf_counter()
        pages = ocr.read(data, numbers, path.name)
        seconds = time.perf_counter() - started
        text = "\n".join(pages[n].text for n in numbers)
        confidence = sum(p.confidence for p in pages.values()) / len(pages)
        rows.append(Row(path.name, len(numbers), seconds, confidence, cer(text, reference(path)), kind))
        progress(path.name)
    return rows


def signed_scans(shared: Path) -> list[Path]:
    """The signed central-government scans (no text layer) that have the publisher's OCR text beside them."""
    return [p for p in sorted((shared / "chinhphu_2025").glob("*.signed.pdf")) if p.with_suffix(".txt").is_file()]


def rate(rows: list[Row]) -> dict[str, float]:
    """Pages recognised per second over rows timed with a fresh cache."""
    pages, seconds = sum(r.pages for r in rows), sum(r.seconds for r in rows)
    return {"documents": len(rows), "pages": pages, "seconds": seconds, "pages_per_s": pages / seconds if seconds else 0.0}


def publisher_text(path: Path) -> str:
    return path.with_suffix(".txt").read_text(encoding="utf-8")


def text_layer(path: Path) -> str:
    return "\n".join(text for text, _ in read_pdf(path.read_bytes(), path.name))


def report(rows: list[Row], command: str) -> str:
    """Markdown: one row per document, then totals per reference and the speed."""
    lines = ["## OCR: character error rate and speed", "",
             (f"Command: `{command}`; Tesseract {_tesseract_version()}, lang=vie, 300 dpi, {os.cpu_count()} CPU "
              f"cores (load average {os.getloadavg()[0]:.1f} when the report was written: shared machine)."),
             "", "| document | reference | pages | seconds | pages/s | confidence | CER |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {r.name} | {r.reference} | {r.pages} | {r.seconds:.1f} | "
              f"{f'{r.pages / r.seconds:.2f}' if r.timed else 'cache'} | {r.confidence:.0%} | {r.cer:.1%} |"
              for r in rows]
    lines.append("")
    for kind in dict.fromkeys(r.reference for r in rows):
        chosen = [r for r in rows if r.reference == kind]
        lines.append(f"- against {kind}: {len(chosen)} documents, {sum(r.pages for r in chosen)} pages, median CER "
                     f"{np.median([r.cer for r in chosen]):.1%}, mean {np.mean([r.cer for r in chosen]):.1%}")
    measured = [r for r in rows if r.timed]
    if measured:
        pages, seconds = sum(r.pages for r in measured), sum(r.seconds for r in measured)
        lines.append(f"- speed: {pages} pages in {seconds:.0f} s = **{pages / seconds:.2f} pages/s** "
                     f"({seconds / pages:.1f} s a page)")
    return "\n".join(lines) + "\n"


def _tesseract_version() -> str:
    import pytesseract

    return str(pytesseract.get_tesseract_version())

