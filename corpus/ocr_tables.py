"""Task tables on scanned pages, read from the OCR word boxes.

A scanned page's ruling lines are found from the image (long runs of ink: vertical rules give the column edges,
horizontal rules the table's top and bottom) and erased before Tesseract reads the page, so that the lines are not
read as letters. The words (with their boxes, from `pytesseract.image_to_data`) are then laid out:
- a task-table layout is recognised by its header words (TT / Nhiệm vụ / chủ trì / phối hợp / thời gian …);
- columns are the spaces between the vertical rules; on a page without rules, the header cells' x-ranges;
- a row starts at a number in the TT column; words above the first row and below the header are header text;
- agency names in the cells get back the marks OCR drops ("thành phô" → "thành phố", `corpus.agencies`);
- the table is written as the '|' rows every loader writes (`corpus.structure.table_lines`), where it stands in
  the page text, so the row model reads it as it reads a text-PDF or DOCX table.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.agencies import names_only, restore_marks
from corpus.deadlines import cell_deadline
from corpus.obligations import column_role, opens_with_verb
from corpus.ocr_fixes import clean_cell, split_glued_and
from corpus.structure import table_lines

CellReader = Callable[[int, int, int, int], str]  # (left, top, right, bottom) of a cell → its text
_INK = 140  # grey level below which a pixel is ink
_HEADER_WORDS = re.compile(r"^(tt|stt|nhiệm|nội|chủ|trì|phối|hợp|thời|gian|hạn|tiến|sản|phẩm|ghi|chú|đơn|cơ)$")
_ROW_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]?$")


@dataclass(frozen=True)
class Word:
    """One recognised word and its box (pixels), with Tesseract's block/paragraph/line numbers."""

    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int] = (0, 0, 0)

    @property
    def x(self) -> float:
        return self.left + self.width / 2

    @property
    def y(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class Rules:
    """The ruling lines of a page: x of vertical rules, y of horizontal rules (pixels), sorted."""

    columns: tuple[int, ...]
    rows: tuple[int, ...]

    @property
    def table(self) -> bool:
        return len(self.columns) >= 4 and len(self.rows) >= 2


def _longest_runs(ink, axis: int):
    """Per row (axis=1) or column (axis=0) of a boolean image, the longest run of True."""
    import numpy as np

    lines = ink if axis == 1 else ink.T
    out = np.zeros(lines.shape[0], dtype=np.int64)
    for i in np.flatnonzero(lines.sum(axis=1) > 0):
        padded = np.concatenate(([0], lines[i].view(np.int8), [0]))
        edges = np.flatnonzero(np.diff(padded))
        out[i] = int((edges[1::2] - edges[::2]).max())
    return out


def _centres(positions) -> list[tuple[int, int]]:
    """Runs of adjacent positions as (first, last)."""
    spans: list[list[int]] = []
    for p in map(int, positions):
        if spans and p - spans[-1][1] <= 2:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return [(a, b) for a, b in spans]


def find_rules(image) -> tuple[Rules, list[tuple[str, int, int]]]:
    """The page's ruling lines, and the pixel bands they occupy (("v"|"h", first, last)) for erasing."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < _INK
    height, width = ink.shape
    horizontal = _centres(np.flatnonzero(_longest_runs(ink, 1) >= 0.3 * width))
    vertical = _centres(np.flatnonzero(_longest_runs(ink, 0) >= 0.12 * height))
    rules = Rules(tuple((a + b) // 2 for a, b in vertical), tuple((a + b) // 2 for a, b in horizontal))
    return rules, [("v", a, b) for a, b in vertical] + [("h", a, b) for a, b in horizontal]


def erase_rules(image, bands: Sequence[tuple[str, int, int]]):
    """A copy of the page with its ruling lines painted white (2 pixels either side)."""
    import numpy as np
    from PIL import Image

    pixels = np.array(image.convert("L"))
    for kind, first, last in bands:
        if kind == "v":
            pixels[:, max(0, first - 2):last + 3] = 255
        else:
            pixels[max(0, first - 2):last + 3, :] = 255
    return Image.fromarray(pixels)


def words_of(data: dict) -> list[Word]:
    """The words of Tesseract's `image_to_data` dictionary."""
    return [Word(t.strip(), int(left), int(top), int(w), int(h), (b, p, ln))
            for t, left, top, w, h, b, p, ln, conf in zip(
                data["text"], data["left"], data["top"], data["width"], data["height"], data["block_num"],
                data["par_num"], data["line_num"], data["conf"])
            if t.strip() and float(conf) >= 0]


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines by their vertical centres, each line left to right, lines top to bottom."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.y):
        if lines and abs(word.y - sum(w.y for w in lines[-1]) / len(lines[-1])) <= 0.6 * max(word.height, 20):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def _text(words: list[Word]) -> str:
    return "\n".join(" ".join(w.text for w in line) for line in _lines(words))


def _column(x: float, edges: Sequence[float]) -> int | None:
    for i, (a, b) in enumerate(zip(edges, edges[1:])):
        if a <= x < b:
            return i
    return None


def _header_line(words: list[Word]) -> tuple[list[Word], float] | None:
    """The line holding a task table's header (its words, and the bottom of the header), when there is one: at
    least three header words among task / lead / partner / time words, TT or Nhiệm vụ among them."""
    for line in _lines(words):
        keys = [w.text.casefold().strip(".:,") for w in line]
        hits = [k for k in keys if _HEADER_WORDS.match(k)]
        if len(set(hits)) >= 3 and ({"tt", "stt", "nhiệm", "nội"} & set(keys)):
            return line, max(w.top + w.height for w in line)
    return None


def _header_edges(header: list[Word]) -> list[float]:
    """Column edges from the header cells when no rules are drawn: words closer than three word gaps are one cell,
    and an edge lies halfway between two cells."""
    cells: list[list[Word]] = []
    for word in header:
        if cells and word.left - (cells[-1][-1].left + cells[-1][-1].width) <= 2.5 * word.height:
            cells[-1].append(word)
        else:
            cells.append([word])
    edges = [0.0]
    for a, b in zip(cells, cells[1:]):
        edges.append((a[-1].left + a[-1].width + b[0].left) / 2)
    return edges + [float("inf")]


def read_table(words: list[Word], rules: Rules, cell_reader: CellReader | None = None
               ) -> tuple[str, str, list[str], list[list[str]]] | None:
    """A task table on a page: (text above it, text below it, header cells, rows of cells), or None. On a ruled
    page with a `cell_reader(left, top, right, bottom)`, every cell is read alone with it (measured on the scanned Phụ lục of 193/KH-UBND: whole-page layout glues the partner column's
    lines across cells and drops the TT numbers, cell by cell reads them right)."""
    found = _header_line(words)
    if found is None:
        return None
    header_words, header_bottom = found
    head_top = min(w.top for w in header_words)
    if rules.table:
        edges = [float(x) for x in rules.columns]
        top = max([y for y in rules.rows if y <= head_top + 5] or [head_top - 1])
        below = [y for y in rules.rows if y > header_bottom - 5]
        header_bottom = below[0] if below else header_bottom
        bottom = below[-1] if below else float("inf")
    else:
        edges, top, bottom = _header_edges(header_words), head_top - 1, float("inf")
    columns = len(edges) - 1
    inside = [w for w in words if top <= w.y <= bottom and edges[0] <= w.x <= edges[-1]]
    if columns < 3:
        return None
    cells = [_cells([w for w in inside if w.y <= header_bottom], edges)]
    if rules.table and cell_reader is not None:
        cells[0] = [" ".join(cell_reader(int(left), int(top), int(right), int(header_bottom)).split())
                    for left, right in zip(edges, edges[1:])]
    body = [w for w in inside if w.y > header_bottom]
    if rules.table:
        ys = [header_bottom] + [y for y in rules.rows if header_bottom < y <= bottom]
    else:  # a row starts at its TT number (a little above it: a first task line may sit higher)
        ys = [header_bottom] + [w.top - 0.5 * w.height for w in sorted(body, key=lambda w: w.y)
                                if _numbered(w, edges)][1:] + [bottom]
    for a, b in zip(ys, ys[1:]):
        band = [w for w in body if a < w.y <= b]
        if not band:
            continue
        row = _cells(band, edges)
        if rules.table and cell_reader is not None:
            row = [" ".join(cell_reader(int(left), int(a), int(right), int(b)).split())
                   for left, right in zip(edges, edges[1:])]
            row[0] = _tt(row[0])
        if not row[0] and len(cells) > 1:  # no TT number: the row above goes on
            cells[-1] = [f"{x} {y}".strip() for x, y in zip(cells[-1], row)]
        else:
            cells.append(row)
    if len(cells) < 2 or not any(_ROW_NUMBER.match(r[0]) for r in cells[1:]):
        return None
    rows = [[restore_marks(c) for c in row] for row in cells[1:]]  # marks OCR drops from agency names
    return _text([w for w in words if w.y < top]), _text([w for w in words if w.y > bottom]), cells[0], rows


def _tt(cell: str) -> str:
    """A TT cell as read alone: "l", "I" or "|" for 1 (a lone digit one is often read so), punctuation dropped."""
    cell = cell.strip(" .)(").replace("l", "1").replace("|", "1")
    return cell if _ROW_NUMBER.match(cell) or cell == "1" else ("1" if cell == "I" else "")


def _numbered(word: Word, edges: Sequence[float]) -> bool:
    return _column(word.x, edges) == 0 and bool(_ROW_NUMBER.match(word.text))


def _cells(words: list[Word], edges: Sequence[float]) -> list[str]:
    """The words of one row band as cell texts, one per column."""
    out: list[list[Word]] = [[] for _ in range(len(edges) - 1)]
    for word in words:
        col = _column(word.x, edges)
        if col is not None:
            out[col].append(word)
    return [" ".join(_text(c).split()) for c in out]


def page_text(words: list[Word], rules: Rules, cell_reader: CellReader | None = None) -> str | None:
    """The page's text with its task table as '|' rows where it stands; None when the page holds no task table."""
    table = read_table(words, rules, cell_reader)
    if table is None:
        return None
    above, after, header, rows = table
    return "\n".join(p for p in (above, table_lines(header, rows), after) if p.strip())


# --- task tables in plain OCR text ---------------------------------------------------------------------------------
# OCR'd and text-extracted copies of a signed Phụ lục (the publisher's `*.signed.txt`) keep some of a task table's
# rows as bare lines of cells between " | " ("Xây dựng và thúc đẩy mô hình hải quan số, hải quan thông minh | Bộ Tài
# chính | Các bộ, ngành và | … | 2025 - 2030"), under a bare header line of column names ("Cơ quan chủ trì | Cơ quan
# phối hợp | Sản phẩm"). The header line often lacks the task and time columns: their header cells are two lines
# high and OCR reads them apart, on lines of their own.
_BARE_SPLIT = re.compile(r"\s+\|\s*|\s*\|\s+")
_INFERRED = {"index": "TT", "task": "Nhiệm vụ", "deadline": "Thời hạn"}
# A cell cut by its line break ends on a word that needs more after it: "Các bộ, ngành và", "… quốc tế trong".
_CUT = re.compile(r"(?:,|(?<!\w)(?:và|các|của|với|cho|trong|tại|về|theo))$", re.IGNORECASE)



def _bare_cells(line: str) -> list[str]:
    """The cells of a bare row ("a | b | c", no '|' before the first cell), or [] for another line."""
    if line.lstrip().startswith("|") or "|" not in line:
        return []
    cells = [split_glued_and(clean_cell(c)).strip(" _") for c in _BARE_SPLIT.split(line.strip())]
    return cells if len(cells) >= 2 and all(cells) else []


def _bare_header(cells: list[str]) -> tuple[str, ...] | None:
    """A header line's column names when its cells are short column names ("Cơ quan chủ trì | Cơ quan phối hợp | …")
    naming the lead and one more role."""
    if not cells or any(len(c.split()) > 6 for c in cells):
        return None
    roles = [column_role(c) for c in cells]
    return tuple(cells) if "lead" in roles and len(set(roles) - {None}) >= 2 else None


def _aligned(header: tuple[str, ...], cells: list[str]) -> tuple[str, ...] | None:
    """The column names of a bare row under a bare header: the header's own, with a task column before them and a
    time column after them when the header line lacks those (and a TT column when the row opens with its number),
    taken only when every cell then reads as its column: the task opens with an action ("Xây dựng …"), the lead
    names agencies only, an added time column reads as a time ("2025 - 2030")."""
    roles = [column_role(c) for c in header]
    front = [["task"]] if "task" not in roles else [[]]
    front += [["index"] + f for f in front if _ROW_NUMBER.match(cells[0])]
    back = [[], ["deadline"]] if "deadline" not in roles else [[]]
    for before in front:
        for after in back:
            names = tuple(_INFERRED[r] for r in before) + header + tuple(_INFERRED[r] for r in after)
            if len(names) != len(cells):
                continue
            by_role = {}
            for name, cell in zip(names, cells):
                by_role.setdefault(column_role(name) if name != "TT" else "index", cell)
            if not (by_role.get("task") and by_role.get("lead")) or not names_only(by_role["lead"]):
                continue
            if "task" in before and not opens_with_verb(by_role["task"]):
                continue
            if "deadline" in after and cell_deadline(by_role["deadline"]) is None:
                continue
            return names
    return None


def bare_tables(text: str) -> str:
    """Plain OCR text with the bare rows of a task table (see above) written as the '|' rows every loader writes
    (`corpus.structure.table_lines`), under the header they were read by, so that the row model reads them as a
    Markdown or PDF table. A following line of as many cells continues the row (a row broken over lines); a line
    that does not read as a row of the table stays text."""
    lines = text.split("\n")
    out: list[str] = []
    header: tuple[str, ...] | None = None
    i = 0
    while i < len(lines):
        cells = _bare_cells(lines[i])
        found = _bare_header(cells)
        if found is not None:
            header = found
        names = _aligned(header, cells) if header and cells and found is None else None
        if names is None:
            out.append(lines[i])
            i += 1
            continue
        rows = [cells]
        i += 1
        while i < len(lines):
            more = _bare_cells(lines[i])
            if len(more) != len(names):
                break
            if _aligned(header, more) == names:
                rows.append(more)  # the next row of the same table
            else:
                rows[-1] = [f"{a} {b}" for a, b in zip(rows[-1], more)]  # the row goes on
            i += 1
        cut = [k for k, cell in enumerate(rows[-1]) if _CUT.search(cell)]
        rest = _rest(lines[i]) if len(cut) == 1 and i < len(lines) and "|" not in lines[i] else 0
        if rest:  # the one cut cell goes on at the opening of the next line, which stays text as OCR read it (its
            # other words are other cells' rest: a lone "Bộ Tài chính" would read as the owner of the lines below)
            rows[-1][cut[0]] += " " + " ".join(lines[i].split()[:rest])
        out.append(table_lines(list(names), rows))
    return "\n".join(out)


def _rest(line: str) -> int:
    """How many lower-case words open the line under a row: the rest of its one cut cell ("hiệp hội liên quan"), up
    to where the next cell's text starts with a capital ("Bộ Tài chính")."""
    words = line.split()
    count = next((n for n, w in enumerate(words) if not (w[0].islower() and w.rstrip(",").isalpha())), len(words))
    return count
