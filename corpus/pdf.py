"""PDF text extraction with repairs for the ways Vietnamese text breaks in PDFs, and a text-layer quality check."""
from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from corpus.errors import BadDocument, MissingTool, NeedsOcr
from corpus.ocr import OcrPage, PageReader
from corpus.pdf_tables import read_tables, render, ruled_pages
from corpus.text import TONES, is_syllable, syllable_share

MIN_SYLLABLE_SHARE = 0.75  # measured here: clean PDFs and texts score ≥ 0.97, the poor OCR layer of 968.pdf 0.59

_STRANDED = re.compile(rf"([aeiouy][\u0302\u0306\u031b]?)([bcdđghklmnpqrstvx]+)([{TONES}])(?![^\W\d_])", re.I)


def reattach_marks(text: str) -> str:
    """Join combining marks split from their letter ("Vie ̣ ̂t" → "Việt"); move a tone stranded on a final
    consonant back to the vowel before it ("Viêṭ" → "Việt")."""
    text = unicodedata.normalize("NFD", re.sub(r"(?<=\w)[ \t]+(?=[\u0300-\u036f])", "", text))
    return unicodedata.normalize("NFC", _STRANDED.sub(r"\1\3\2", text))


def join_split_syllables(text: str) -> str:
    """Re-join syllables whose glyphs a PDF set apart ("chứ c" → "chức", "phư ơ ng" → "phương") where the pieces
    form one valid syllable and one of them is not a syllable alone. On a page where that happens for two different
    syllables, pieces that are syllables alone are joined too ("ngư ờ i" → "người"); elsewhere "Vi ệt" is left alone."""
    lines = [line.split(" ") for line in unicodedata.normalize("NFC", text).split("\n")]
    broken = len({re.sub(r"\W", "", "".join(line[i:i + 2])) for line in lines for i in range(len(line) - 1)
                  if _join_kind(line[i:i + 2])[0] == 1}) >= 2
    out = []
    for pieces in lines:
        i, joined = 0, []
        while i < len(pieces):
            k = next((k for k in range(min(7, len(pieces) - i), 1, -1) if _joins(pieces[i:i + k], broken)), 1)
            joined.append("".join(pieces[i:i + k]))
            i += k
        out.append(" ".join(joined))
    return "\n".join(out)


def _join_kind(pieces: list[str]) -> tuple[int, int]:
    """(0: the pieces do not make one syllable, 1: they do and one is not a syllable alone, 2: all are), and the
    length of the shortest piece."""
    letters = [re.sub(r"^\W+", "", pieces[0]), *pieces[1:-1], re.sub(r"\W+$", "", pieces[-1])]
    if sum(map(len, letters)) > 7 or not all(p.isalpha() for p in letters) or not is_syllable("".join(letters)):
        return 0, 0
    return (2 if all(map(is_syllable, letters)) else 1), min(map(len, letters))


def _joins(pieces: list[str], broken: bool) -> bool:
    kind, shortest = _join_kind(pieces)
    # a single letter on a clean page is a variable or a label ("doanh nghiệp B ở", "năm thứ n")
    return kind == 1 and (broken or shortest > 1) or kind == 2 and broken


def _code_like(token: str) -> bool:
    return bool(re.search(r"[\d/]", token)) or (not is_syllable(token) and not token.islower())


def join_hyphenation(text: str) -> str:
    """Undo line-end hyphenation: codes are re-joined with their hyphen ("30/CT-\\nTTg" → "30/CT-TTg"), word pieces
    that are not Vietnamese syllables lose it ("docu-\\nment"); "số-\\nquốc" (two syllables) stays as written."""

    def join(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        if _code_like(left) or _code_like(right):
            return f"{left}-{right}"
        if left.isalpha() and right.isalpha() and not is_syllable(left) and not is_syllable(right):
            return left + right
        return m.group(0)

    return re.sub(r"(\S*\w)-[ \t]*\n[ \t]*(\w\S*)", join, text)


def repair_page(text: str) -> str:
    """All in-page repairs, in order: garbage characters, marks, split syllables, line-end hyphens."""
    text = re.sub("[\ufffd\ufffe\uffff]", "", text)
    return join_hyphenation(join_split_syllables(reattach_marks(text)))


_PAGE_NUMBER = re.compile(r"(?:-\s*(\d{1,4})\s*-|(\d{1,4})|(?:Trang|Page)\s+(\d{1,4})(?:\s*/\s*\d{1,4})?)", re.I)


def _is_page_number(line: str, number: int) -> bool:
    m = _PAGE_NUMBER.fullmatch(line.strip())
    return bool(m) and (m.group(2) is None or int(m.group(2)) in (number, number - 1))


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop bare page numbers ("2", "- 2 -", "Trang 2") from page tops and bottoms, and lines repeated at the top or
    bottom of most pages (running headers and footers; the first occurrence is kept)."""
    lines = [page.splitlines() for page in pages]
    for number, page in enumerate(lines, 1):
        for edge in (0, -1):
            filled = [i for i, line in enumerate(page) if line.strip()]
            if filled and _is_page_number(page[filled[edge]], number):
                del page[filled[edge]]
    edges = Counter()
    for page in lines:
        filled = [line for line in page if line.strip()]
        edges.update({_edge_key(line) for line in filled[:1] + filled[-1:]})
    repeated = {key for key, count in edges.items() if len(pages) >= 3 and count >= max(3, 0.6 * len(pages))}
    seen: set[str] = set()
    for page in lines:
        filled = [i for i, line in enumerate(page) if line.strip()]
        for i in sorted({filled[0], filled[-1]} if filled else (), reverse=True):
            key = _edge_key(page[i])
            if key in repeated and key in seen:
                del page[i]
            seen.add(key)
    return ["\n".join(page) for page in lines]


def _edge_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def usable_page(text: str) -> bool:
    """Whether a page's text layer can be used as is: more than a signature stamp, and reading as Vietnamese."""
    return sum(c.isalpha() for c in text) >= 25 and syllable_share(text) >= MIN_SYLLABLE_SHARE


def _unreadable(pages: list[str], name: str) -> NeedsOcr | None:
    """Why the text layer as a whole cannot stand in for OCR, if it cannot."""
    text = "\n".join(pages)
    if sum(c.isalpha() for c in text) < 25 * len(pages):  # no text layer, or only a signature stamp
        return NeedsOcr(f"Tệp '{name}' là bản scan không có lớp chữ: cần OCR để đọc.")
    share = syllable_share(text)
    if share < MIN_SYLLABLE_SHARE:
        return NeedsOcr(f"Lớp chữ của tệp '{name}' kém chất lượng (chỉ {share:.0%} âm tiết tiếng Việt hợp lệ): "
                        "cần OCR lại để đọc.")
    return None


def read_pdf(data: bytes, name: str, ocr: PageReader | None = None, tables: bool = True
             ) -> list[tuple[str, OcrPage | None]]:
    """Repaired text of each page, with the OCR record of pages read by `ocr` (None: from the text layer).

    Per page, pypdfium2's text replaces pypdf's where it reads clearly better; a page whose text layer is missing
    or garbage is OCR'd when `ocr` is given. A page with a ruled table (`tables`) is read region by region, its
    tables as '|' rows (corpus.pdf_tables). Without OCR (or without Tesseract), a document whose text layer is
    usable on the whole keeps it; otherwise NeedsOcr (or MissingTool) says why it cannot be read."""
    ruled = ruled_pages(data) if tables else []  # pypdf's text of these is not needed when their tables are read
    first = _pypdf_pages(data, name, set(ruled))
    second = _pdfium_pages(data)
    second = second if second and len(second) == len(first) else [""] * len(first)
    pages = []
    for a, b in zip(first, second):
        a, b = repair_page(a), repair_page(b.replace("\ufffe", "-"))
        pages.append(b if syllable_share(b) > syllable_share(a) + 0.02 else a)
    bad = [number for number, text in enumerate(pages, 1) if not usable_page(text)]
    problem = _unreadable(pages, name)
    read: dict[int, OcrPage] = {}
    if bad and ocr is not None:
        try:
            read = ocr(data, bad, name)
        except MissingTool:
            if problem:
                raise
    elif problem:
        raise problem
    pages = [repair_page(read[n].text) if n in read else text for n, text in enumerate(pages, 1)]
    for n, (found, regions) in read_tables(data, [n for n in ruled if n not in read and n not in bad]).items():
        pages[n - 1] = repair_page(render(found, regions))
    return list(zip(strip_page_furniture(pages), (read.get(n) for n in range(1, len(pages) + 1))))


def _pypdf_pages(data: bytes, name: str, skip: set[int] = frozenset()) -> list[str]:
    """pypdf's text of each page ("" for the page numbers in `skip`)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not _opens_without_password(reader)
        pages = [] if locked else [
            "" if number in skip else page.extract_text() or "" for number, page in enumerate(reader.pages, 1)]
    except Exception as error:  # pypdf raises many kinds of error on damaged files
        raise BadDocument(f"Tệp PDF '{name}' bị hỏng hoặc không đầy đủ, không đọc được ({type(error).__name__}).") \
            from None
    if locked:
        raise BadDocument(f"Tệp '{name}' được mã hóa bằng mật khẩu: không mở được.")
    if not pages:
        raise BadDocument(f"Tệp PDF '{name}' bị hỏng hoặc không có trang nào.")
    return pages


def _opens_without_password(reader) -> bool:
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except PyPdfError:  # e.g. AES without the optional 'cryptography' package
        return False


def _pdfium_pages(data: bytes) -> list[str] | None:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
        return [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document]
    except pypdfium2.PdfiumError:
        return None
