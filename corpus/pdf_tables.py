"""Ruled tables of text PDFs, read by their lines (pdfplumber), as row records merged back into the page text.

A page with a table is re-read region by region: the text above the table, the table as '|' rows (the one table
form every loader writes, see `corpus.structure.table_lines`), the text below. Rows are repaired on the way:
- a grid column that a header cell spans (pdfplumber gives None beside it) is one column: a task cell split over
  adjacent columns is joined;
- a row with an empty first (TT) cell continues the row above: its cells are appended to that row's;
- a cell left None under a new row (a merged cell spanning several rows) carries the value from the row above;
- on the next page a table opening with the same header repeats it (kept as the header, never as a row), and a
  first row with an empty TT cell finishes the last row of the page before.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from corpus.structure import table_lines

# A page needs this many line and rectangle objects before pdfplumber looks for a table on it (measured on the
# Ninh Bình PDFs: prose pages have 0–8, the task table pages of 193.pdf 118–148).
MIN_RULES = 20
MIN_COLUMN_EDGES = 4  # three columns; the task pages of 193.pdf have 8, its framed box on page 2 has 2
_NUMBERING = re.compile(r"\(?\d{1,2}\)?")  # a "(1) (2) (3)" row under the header


@dataclass
class Table:
    """One table on one page: its vertical extent, header (logical columns) and data rows."""

    top: float
    bottom: float
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    continued: bool = False  # it goes on from the table on the page before


def _clean(cell: str | None) -> str:
    return " ".join((cell or "").split())


def _spans(header: list[str | None]) -> list[list[int]]:
    """Grid columns per logical column: a header cell owns the None cells after it (cells it spans)."""
    groups: list[list[int]] = []
    for i, cell in enumerate(header):
        if cell is None and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _logical(row: list[str | None], groups: list[list[int]]) -> list[str | None]:
    """A grid row as logical cells: None when every grid cell is None (merged from above), else the joined text."""
    out: list[str | None] = []
    for group in groups:
        cells = [row[i] for i in group if i < len(row)]
        out.append(None if all(c is None for c in cells) else " ".join(filter(None, map(_clean, cells))))
    return out


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= max(2, len(cells) // 2) and not _NUMBERING.fullmatch(filled[0]) and all(
        len(c) <= 60 for c in filled)


def _table(raw: list[list[str | None]], top: float, bottom: float, previous: Table | None) -> Table | None:
    """The table from pdfplumber's grid, or None for a layout box (one column, or no header)."""
    raw = [r for r in raw if any(c and c.strip() for c in r)]
    if len(raw) < 2:
        return None
    groups = _spans(raw[0])
    first = [_clean(c) if c is not None else "" for c in _logical(raw[0], groups)]
    continued = False
    if previous is not None and first == previous.header:
        raw, continued = raw[1:], True  # the header again on the next page
    elif previous is not None and len(groups) == len(previous.header) and not _is_header(first):
        continued = True  # the table goes on without its header
    elif len(groups) >= 3 and _is_header(first):
        raw = raw[1:]
    else:
        return None
    header = previous.header if continued and previous else first
    table = Table(top, bottom, header, continued=continued)
    for grid in raw:
        cells = _logical(grid, groups)
        if all(c is None or _NUMBERING.fullmatch(c) or not c for c in cells) and sum(c is not None for c in cells) >= 3:
            continue  # "(1) | (2) | (3)" column numbers
        if not cells[0]:  # no TT: the row above goes on (on this page, or the last row of the page before)
            above = table.rows[-1] if table.rows else previous.rows[-1] if continued and previous and previous.rows \
                else None
            if above is not None:
                for i, cell in enumerate(cells):
                    if cell:
                        above[i] = f"{above[i]} {cell}".strip()
                continue
        above = table.rows[-1] if table.rows else None
        table.rows.append([(above[i] if above and i else "") if c is None else c for i, c in enumerate(cells)])
    return table


def ruled_pages(data: bytes) -> list[int]:
    """Pages that may hold a ruled table, told cheaply with pdfium: at least MIN_RULES line or rectangle objects,
    with vertical edges at MIN_COLUMN_EDGES different places across the page (a framed text box has two)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return []
    pages = []
    for number, page in enumerate(document, 1):
        paths = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,)))
        if len(paths) < MIN_RULES:
            continue
        edges = set()
        for path in paths:
            left, bottom, right, top = path.get_bounds()
            if top - bottom > 5:  # a vertical rule, or the sides of a cell's rectangle
                edges.update({round(left / 4), round(right / 4)} if right - left >= 3 else {round(left / 4)})
        if len(edges) >= MIN_COLUMN_EDGES:
            pages.append(number)
    return pages


def read_tables(data: bytes, pages: list[int]) -> dict[int, tuple[list[Table], list[str]]]:
    """Per page number (1-based) of `pages` (see `ruled_pages`) that holds a table: its tables in reading order and
    the text of the regions around them (one more region than tables: above the first, between, below the last)."""
    candidates = sorted(pages)
    if not candidates:
        return {}
    import pdfplumber

    found: dict[int, tuple[list[Table], list[str]]] = {}
    previous: Table | None = None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in candidates:
            page = pdf.pages[number - 1]
            if previous is not None and number - 1 not in found:
                previous = None  # a table goes on only onto the very next page
            tables = []
            for candidate in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
                table = _table(candidate.extract(), candidate.bbox[1], candidate.bbox[3],
                               previous if not tables else None)
                if table is not None:
                    tables.append(table)
                    previous = table
            if tables:
                found[number] = tables, _regions(page, tables)
            page.close()
    return found


def _regions(page, tables: list[Table]) -> list[str]:
    """The page's text above, between and below its tables."""
    edges = [0.0] + [y for t in tables for y in (t.top, t.bottom)] + [float(page.height) + 1]
    texts = []
    for top, bottom in zip(edges[::2], edges[1::2]):
        band = page.filter(lambda o, a=top, b=bottom: "top" not in o or a <= (o["top"] + o["bottom"]) / 2 < b)
        texts.append(band.extract_text() or "")
    return texts


def render(tables: list[Table], regions: list[str]) -> str:
    """A page's text with its tables written as '|' rows where they stand."""
    parts = [regions[0]]
    for table, after in zip(tables, regions[1:]):
        if table.rows:
            parts.append(table_lines(table.header, table.rows))
        parts.append(after)
    return "\n".join(p.strip("\n") for p in parts if p.strip())
