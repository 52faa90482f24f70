"""OCR of scanned PDF pages with Tesseract's Vietnamese model, page by page, cached by file hash.

A page is rendered with pypdfium2 at `dpi` (300 suits Tesseract), turned upright from Tesseract's orientation
detection (OSD), deskewed by the angle whose row profile is sharpest, and read with `lang`. Each page keeps its text,
its confidence (mean of Tesseract's word confidences, 0–1) and the rotation applied. Results are stored per page in
`<cache_dir>/<sha256 of the file>.json`, so a file is never read twice with the same settings.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus.errors import BadDocument, MissingTool, NotFound

Progress = Callable[[str, int, int], None]  # progress(stage, done, total): "ocr" (pages), "parse", "embed", "index"
PageReader = Callable[[bytes, Sequence[int], str], "dict[int, OcrPage]"]  # (pdf bytes, page numbers, file name)
OCR_VERSION = 3  # bumped when rendering or recognition changes, so cached pages are read again
_MAX_SKEW = 5.0  # degrees searched either side by the deskew


@dataclass(frozen=True)
class OcrPage:
    """One recognised page (1-based number); `rotation` is the clockwise turn, in degrees, that made it upright."""

    number: int
    text: str
    confidence: float
    rotation: int = 0
    skew: float = 0.0


def tesseract_ready(lang: str = "vie") -> bool:
    """Whether the tesseract program and the language model are installed."""
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    return set(lang.split("+")) <= set(pytesseract.get_languages(config=""))


def render(data: bytes, number: int, dpi: int = 300):
    """Page `number` (1-based) as a greyscale PIL image at `dpi`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return document[number - 1].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()


def page_png(path: Path, number: int, dpi: int = 110) -> bytes:
    """Page `number` of a PDF file as PNG, for showing beside the text read from it; NotFound for a page the file
    does not have."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError:
        raise NotFound(f"Tệp gốc '{path.name}' không phải PDF đọc được: không có ảnh trang.") from None
    try:
        if not 1 <= number <= len(document):
            raise NotFound(f"Tệp '{path.name}' không có trang {number} (có {len(document)} trang).")
        image = document[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _orientation(image) -> int:
    """Clockwise degrees that turn the page upright according to Tesseract OSD; 0 when it cannot tell."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=10",
                                       output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:  # too few characters: a blank page or a picture
        return 0
    return int(osd["rotate"]) if osd["orientation_conf"] >= 1.0 else 0


def _skew(image) -> float:
    """The small rotation (degrees, counter-clockwise) that makes text lines horizontal: the angle whose ink
    profile across rows varies most, searched coarse then fine on a reduced copy."""
    import numpy as np
    from PIL import Image

    small = image.reduce(max(1, image.width // 800))
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.BILINEAR)).sum(axis=1, dtype=np.float64)
        return float(np.var(np.diff(rows)))

    best = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=sharpness)
    best = max(np.arange(best - 0.4, best + 0.41, 0.1), key=sharpness)
    return round(float(best), 1)


def _text_and_confidence(image, lang: str, dpi: int) -> tuple[str, float]:
    """Tesseract's words laid out as its lines and paragraphs, and their mean confidence (0–1). A page with a ruled
    task table has its ruling lines erased before it is read, and the table written as '|' rows read cell by cell
    (corpus.ocr_tables)."""
    import pytesseract

    from corpus.ocr_tables import erase_rules, find_rules, page_text, words_of

    rules, bands = find_rules(image)
    if rules.table:
        image = erase_rules(image, bands)
    data = pytesseract.image_to_data(image, lang=lang, config=f"--dpi {dpi}", output_type=pytesseract.Output.DICT)

    def cell(left: int, top: int, right: int, bottom: int) -> str:
        return pytesseract.image_to_string(image.crop((left, top, right, bottom)), lang=lang,
                                           config=f"--psm 6 --dpi {dpi}")

    table = page_text(words_of(data), rules, cell) if rules.table else None
    paragraphs: dict[tuple[int, int], dict[int, list[str]]] = {}
    confidences = []
    for block, par, line, word, conf in zip(data["block_num"], data["par_num"], data["line_num"], data["text"],
                                            data["conf"]):
        if word.strip():
            paragraphs.setdefault((block, par), {}).setdefault(line, []).append(word)
            confidences.append(float(conf))
    text = table or "\n\n".join("\n".join(" ".join(words) for words in lines.values()) for lines in paragraphs.values())
    return text, (sum(confidences) / len(confidences) / 100 if confidences else 0.0)


def recognise(image, number: int, lang: str = "vie", dpi: int = 300) -> OcrPage:
    """One page image made upright and straight, then read."""
    from PIL import Image

    rotation = _orientation(image)
    if rotation:
        image = image.rotate(-rotation, expand=True)
    skew = _skew(image)
    if abs(skew) >= 1.0:  # Tesseract reads a slighter slant well; resampling for it costs more than it gains
        image = image.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=255)
    text, confidence = _text_and_confidence(image, lang, dpi)
    return OcrPage(number, text, round(confidence, 3), rotation, skew)


class Ocr:
    """Reads the pages of a PDF that lack a usable text layer; `recognised` counts pages actually run through
    Tesseract (not served from the cache)."""

    def __init__(self, cache_dir: Path | None = None, lang: str = "vie", dpi: int = 300):
        self.cache_dir, self.lang, self.dpi = (Path(cache_dir) if cache_dir else None), lang, dpi
        self.recognised = 0

    def _cache_file(self, digest: str) -> Path | None:
        return self.cache_dir / f"{digest}.json" if self.cache_dir else None

    def _cached(self, digest: str) -> dict[int, OcrPage]:
        path = self._cache_file(digest)
        if path is None or not path.is_file():
            return {}
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:  # a damaged cache file is read again
            return {}
        if stored.get("settings") != self._settings():
            return {}
        return {int(n): OcrPage(**page) for n, page in stored.get("pages", {}).items()}

    def _store(self, digest: str, pages: dict[int, OcrPage]) -> None:
        path = self._cache_file(digest)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        body = {"settings": self._settings(), "pages": {str(n): asdict(p) for n, p in sorted(pages.items())}}
        handle, temporary = tempfile.mkstemp(suffix=".tmp", dir=path.parent)  # written whole, then renamed
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False)
        os.replace(temporary, path)

    def _settings(self) -> dict:
        return {"version": OCR_VERSION, "lang": self.lang, "dpi": self.dpi}

    def read(self, data: bytes, numbers: Sequence[int], name: str = "",
             progress: Progress | None = None) -> dict[int, OcrPage]:
        """The pages `numbers` (1-based) of a PDF, recognised or from the cache; progress("ocr", done, total)."""
        digest = hashlib.sha256(data).hexdigest()
        pages = self._cached(digest)
        todo = [n for n in numbers if n not in pages]
        if todo and not tesseract_ready(self.lang):
            raise MissingTool(f"Tệp '{name}' là bản scan cần nhận dạng chữ (OCR) nhưng máy chủ thiếu Tesseract "
                              f"hoặc mô hình tiếng Việt: cài bằng 'apt-get install tesseract-ocr tesseract-ocr-vie'.")
        total = len(numbers)
        if progress:
            progress("ocr", total - len(todo), total)
        for done, number in enumerate(todo, total - len(todo) + 1):
            try:
                pages[number] = recognise(render(data, number, self.dpi), number, self.lang, self.dpi)
            except Exception as error:  # pdfium or tesseract on a damaged page image
                raise BadDocument(f"Không nhận dạng được trang {number} của tệp '{name}' "
                                  f"({type(error).__name__}).") from None
            self.recognised += 1
            self._store(digest, pages)
            if progress:
                progress("ocr", done, total)
        return {n: pages[n] for n in numbers}
