"""Cut a normalised official document into Sections along its headings (Phần, Chương, Mục, Điều, I./1./1.1.,
Phụ lục, Nơi nhận), with one Section per table row."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.records import Section
from corpus.vn import roman_value

# OCR and markdown conversion leave debris before headings ("`. Phụ lục VI", "‘Noi nhận:").
_LEAD = r"^[`'‘’.,;:~^_|\[\]\s]{0,3}"
_REST = r"\s*([.:\-–]?)\s*(.*)$"
# OCR reads roman numerals with H/Ị for II/I ("Chương IH", "Phụ lục VỊ"); ids stay upper-case so "Chương trình" is text.
_ID = r"([IVXLC\dHỊ]{1,6}[a-z]?|[A-ZĐ])(?!\w)"
_PART = re.compile(_LEAD + r"(?:PHẦN|Phần)\s+((?:thứ|THỨ)\s+\w+|" + _ID[1:] + _REST)
_CHAPTER = re.compile(_LEAD + r"(?:CHƯƠNG|Chương)\s+" + _ID + _REST)
_SUBCHAPTER = re.compile(_LEAD + r"(?:MỤC|Mục)\s+([IVXLC]+|\d{1,2})(?!\w)" + _REST)
_APPENDIX = re.compile(_LEAD + r"(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)?\s*" + _ID + r")?" + _REST)
# An article needs "Điều N." (or "Điều N" alone): "Điều 4 Nghị định số ..." is a wrapped cross-reference.
_ARTICLE = re.compile(r"^[`'‘’.,;~^_|\s\-–]{0,4}(?:ĐIỀU|Điều)\s+(\d{1,3})([a-zđ]?)(?:\s*[.:]\s*(.*))?$")
_ROMAN = re.compile(_LEAD + r"([IVXLC]{1,6})\s*[.\-–/](?=\s|$)\s*(.*)$")  # "V/v ..." is not a heading
_LETTER = re.compile(_LEAD + r"([A-ZĐ])\s*[.\-–/]\s+(\S.*)$")
# "1.", "1-", "1/" and OCR's "9, Chủ đầu tư"; "1.1", "2.3.1." below them.
_ARABIC = re.compile(_LEAD + r"(?:(\d{1,2})(?:[.\-/]|,(?=\s+[A-ZĐ]))\s+(\S.*)"
                           r"|(\d{1,2}(?:\.\d{1,2}){1,3})\.?-?\s+(\S.*))$")
_RECIPIENTS = re.compile(r"^[\W_]{0,3}N[ơo]i\s*nh[ậa]n\b", re.I)
_ATTACHED = re.compile(r"^\((?:ban hành\s+)?kèm theo\b", re.I)

_SHAPE = re.compile(r"^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[A-ZĐa-zđ])[.)\-–/]\s|^[-+•❑]|^(?:Điều|ĐIỀU)\s+\d|"
                    r"^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[IVXLC\d]+\b|^(?:Phụ lục|PHỤ LỤC)\b")
_SIGNATURE = re.compile(r"CỘNG HÒA XÃ HỘI|Độc lập\s*-\s*Tự do|đã ký|(?:^|\|)\s*(?:TM|KT|TL)\.\s", re.I)
_INDEX = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[a-zđA-ZĐ])[.)]?$")
_GROUP = re.compile(r"^(?:[IVXLC]+|[A-ZĐ])\.?$")
_SEPARATOR = re.compile(r"^:?-{3,}:?$")
_DEBRIS = re.compile(r"^(?:[^\w(“\"]|_)+")
_MARKUP = re.compile(r"\*+|\\(?=[-*_#.()\[\]|])")
_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"
_RANK = {"top": 0, "appendix": 0, "recipients": 0, "part": 1, "letter": 2, "chapter": 3, "subchapter": 4,
         "article": 5, "roman": 6, "arabic": 7}
_NAMES = {"part": "Phần", "letter": "Phần", "chapter": "Chương", "subchapter": "Mục", "appendix": "Phụ lục"}


def attachment_line(text: str) -> bool:
    """Whether a line only says what a form or appendix is attached to: "*(Ban hành kèm theo Thông tư số
    42/2009/TT-BTC ngày 09/03/2009 của Bộ Tài chính)*", "(Kèm theo Tờ khai quyết toán thuế … mẫu số 02/KK-XS)"."""
    return bool(_ATTACHED.match(text.strip(" *_")))


@dataclass(frozen=True)
class _Line:
    start: int
    raw: str
    text: str  # without markdown markers


@dataclass(frozen=True)
class _Head:
    kind: str
    ident: str  # "II", "5", "2.1"
    entry: str  # what the heading path shows
    key: tuple[int, ...] = ()  # numeric position, for sequence checks
    depth: int = 0  # extra rank for 1.1 / 1.1.1

    @property
    def rank(self) -> int:
        return _RANK[self.kind] + self.depth


def parse_structure(text: str) -> tuple[Section, ...]:
    """Sections covering `text` in order: a preamble (empty path), then one per heading or table row."""
    pos, lines = 0, []
    for raw in text.split("\n"):
        lines.append(_Line(pos, raw, _MARKUP.sub("", raw.lstrip("#> \t")).strip()))
        pos += len(raw) + 1
    marks = _marks(lines)
    starts = [m.start for m, _ in marks] + [len(text)]
    sections = [(_trimmed(text, Section((), 0, 0), starts[0]), 0)] if not marks or marks[0][0].start > 0 else []
    sections += [(_trimmed(text, m, end), head_end) for (m, head_end), end in zip(marks, starts[1:])]
    out: list[Section] = []
    for section, head_end in reversed(sections):
        below = out[-1] if out else None
        # A heading with no text of its own ("II. NHIỆM VỤ") opens the first section beneath it.
        if below and section.end <= head_end and below.heading_path[:len(section.heading_path)] == section.heading_path:
            out[-1] = replace(below, start=section.start)
        elif section.end > section.start:
            out.append(section)
    return tuple(reversed(out))


def _trimmed(text: str, section: Section, end: int) -> Section:
    start = section.start
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return replace(section, start=start, end=end)


def _marks(lines: list[_Line]) -> list[tuple[Section, int]]:
    """A Section (end still open) where each heading, table row or post-table remainder starts, with the offset
    where its heading lines end."""
    marks: list[tuple[Section, int]] = []
    stack: tuple[_Head, ...] = ()
    history: tuple[_Head, ...] = ()  # headings since the last top-level one, for numbering that runs on
    done = -1  # last line already used by a heading title or table
    i = 0
    while i < len(lines):
        if lines[i].text.startswith("|"):
            j = i
            while j < len(lines) and lines[j].text.startswith("|"):
                j += 1
            rows, stack = _table(lines, i, j, stack, done)
            marks += rows
            done, i = j - 1, j
            continue
        head, first, last = _heading(lines, i, stack, history, bool(marks), done)
        if head is None:
            i += 1
            continue
        history = (head,) if head.rank == 0 else history + (head,)
        stack = tuple(h for h in stack if h.rank < head.rank and h.kind != "recipients") + (head,)
        marks.append((_mark(lines[first].start, stack), lines[last].start + len(lines[last].raw)))
        done, i = last, last + 1
    return marks


def body_headed(paths) -> bool:
    """Whether a document's body has headings of its own, its recipients' list and appendices aside: a letter whose
    only headings are "Nơi nhận" and the appendix it attaches (Công văn 15557/BTC-PTHT and its "Phụ lục" of
    ministries) or a dispatch whose only one is "Nơi nhận" (Công điện 195/CĐ-TTg) writes its work in plain sentences,
    as a document with no heading at all does (see `corpus.obligations.extract_obligations`, `headed`)."""
    return any(path and not (_RECIPIENTS.match(path[0]) or _APPENDIX.match(path[0])) for path in paths)


def _mark(start: int, stack: tuple[_Head, ...], extra: tuple[str, ...] = (), label: str | None = None,
          header: tuple[str, ...] = ()) -> Section:
    article = next((h.ident for h in reversed(stack) if h.kind == "article"), None)
    path = tuple(h.entry for h in stack) + extra
    return Section(path, start, start, article, _label(stack) if label is None else label, header)


def _label(stack: tuple[_Head, ...]) -> str:
    """Citation locator: "Điều 5", "Mục II.2", "Phụ lục II, Mục 1", "Chương II", "Nơi nhận"."""
    if not stack:
        return ""
    if stack[-1].kind == "recipients":
        return "Nơi nhận"
    article = [h for h in stack if h.kind == "article"]
    roman = [h.ident for h in stack if h.kind == "roman"]
    arabic = [h.ident for h in stack if h.kind == "arabic"][-1:]
    named = [h for h in stack if h.kind in _NAMES]
    owner = named[-1] if named and not (article or roman or arabic) else None
    outline = "Mục " + ".".join(roman[-1:] + arabic) if roman or arabic else ""
    if article:
        core = ", ".join(filter(None, (f"Điều {article[-1].ident}", outline)))
    elif outline:
        core = outline
    elif owner:
        core = _name(owner)
    else:
        return ""
    # Numbering restarts inside each appendix, and outline numbering inside each part ("Phần B, Mục I.2").
    scope = [h for h in named if h is not owner and (h.kind == "appendix" or not article)]
    scope = [h for h in scope if h.kind == "appendix"] or [h for h in scope if h.kind in ("part", "letter")]
    return ", ".join([_name(h) for h in scope[-1:]] + [core])


def _name(head: _Head) -> str:
    return f"{_NAMES[head.kind]} {head.ident}".strip()


def _heading(lines: list[_Line], i: int, stack: tuple[_Head, ...], history: tuple[_Head, ...],
             started: bool, done: int) -> tuple[_Head | None, int, int]:
    """The heading starting at line i, with the first and last line it spans."""
    t = lines[i].text
    kinds = {h.kind for h in stack}
    if not t:
        return None, i, i
    if _RECIPIENTS.match(t) and "appendix" not in kinds:
        return _Head("recipients", "", "Nơi nhận"), i, i
    for kind, pattern in (("appendix", _APPENDIX), ("part", _PART), ("chapter", _CHAPTER),
                          ("subchapter", _SUBCHAPTER)):
        m = pattern.match(t)
        if m and (m.group(2) or not m.group(3) or m.group(3)[0] == "(" or _is_caps(m.group(3))):
            entry, last = _entry(lines, i, m.group(3))
            ident = m.group(1) or ""
            return _Head(kind, ident.lower() if ident.lower().startswith("thứ") else ident, entry), i, last
    m = _ARTICLE.match(t)
    if m and (m.group(3) is not None or t.rstrip().endswith(m.group(1) + m.group(2))):
        n = int(m.group(1))
        prev = next((h for h in reversed(history) if h.kind == "article"), None)
        # Article numbers run on across chapters; "Điều 5a" follows "Điều 5" (quoted amendments start elsewhere).
        if prev is None or n == 1 or prev.key[0] < n <= prev.key[0] + 3 or (
                n == prev.key[0] and m.group(2) > prev.ident.lstrip("0123456789")):
            entry, last = _entry(lines, i, m.group(3) or "")
            return _Head("article", m.group(1) + m.group(2), entry, (n,)), i, last
    head, rest = _outline(t, stack, history, lines[i].raw)
    # In an article "1." is a khoản; only a capitals "I. MỤC TIÊU" (a plan approved by the article) opens an outline.
    if head is not None and ("article" not in kinds or "roman" in kinds and head.kind == "arabic"
                             or head.kind == "roman" and _is_caps(rest)):
        entry, last = _entry(lines, i, rest)
        return replace(head, entry=entry), i, last
    if started and lines[i].raw.startswith("# ") and t[0].isupper() and len(t) <= 150 and not _SHAPE.match(t) \
            and not re.match(r"(?:TM|KT|TL|Q)\.", t) and not _is_name(t):
        entry, last = _entry(lines, i, t)
        return _Head("top", "", entry), i, last
    if "recipients" in kinds and _ATTACHED.match(t):
        first = _caption_above(lines, i, done)
        if first is not None:
            title = " ".join(lines[k].text for k in range(first, i) if _is_caps(lines[k].text))
            return _Head("top", "", _short(title)), first, i
    return None, i, i


def _outline(t: str, stack: tuple[_Head, ...], history: tuple[_Head, ...], raw: str) -> tuple[_Head | None, str]:
    """A plan-style heading (I., A., 1., 1.1.) that goes on with the numbering already open, and its title."""
    m = _ROMAN.match(t)
    if m and _follows(_sibling(stack, "roman"), roman_value(m.group(1))):
        return _Head("roman", m.group(1), "", (roman_value(m.group(1)),)), m.group(2)
    m = _LETTER.match(t)
    # "A. ..." parts are told from sentences by a capitals or bold title.
    if m and (_is_caps(m.group(2)) or "**" in raw or raw.startswith("#")):
        n = _LETTERS.find(m.group(1)) + 1
        if _follows(_sibling(stack, "letter"), n):
            return _Head("letter", m.group(1), "", (n,)), m.group(2)
    m = _ARABIC.match(t)
    if not m:
        return None, ""
    key = tuple(int(p) for p in (m.group(1) or m.group(3)).split("."))
    parents = [h.key for h in stack if h.kind == "arabic"]
    if len(key) > 1 and key[:-1] not in parents:
        return None, ""
    sibling = next((p[-1] for p in parents if len(p) == len(key) and p[:-1] == key[:-1]), None)
    # Some plans number "1., 2." under I. and go on with "3." under II.
    runs_on = len(key) == 1 and any(h.key == (key[0] - 1,) for h in history[-12:] if h.kind == "arabic")
    if _follows(sibling, key[-1]) or (sibling is None and runs_on):
        return _Head("arabic", ".".join(map(str, key)), "", key, len(key) - 1), t
    return None, ""


def _sibling(stack: tuple[_Head, ...], kind: str) -> int | None:
    return next((h.key[-1] for h in stack if h.kind == kind), None)


def _follows(previous: int | None, n: int) -> bool:
    """Numbering goes on from the open sibling (one missed heading tolerated), or starts afresh at 1 or 2."""
    return 1 <= n <= 2 if previous is None else previous < n <= previous + 2


def _entry(lines: list[_Line], i: int, rest: str) -> tuple[str, int]:
    """Heading text for the path, with a title on the next line ("Chương II" / "NHIỆM VỤ ...") or wrapped lines."""
    text, j = lines[i].text, i
    if not rest:
        k = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].text), None)
        if k is not None and len(lines[k].text) <= 400 and not _SHAPE.match(lines[k].text) \
                and not lines[k].text.startswith(("|", "(")):
            text, j = f"{text.rstrip('.:')}. {lines[k].text}", k
    while j + 1 < len(lines) and j - i < 4:
        nxt = lines[j + 1].text
        if not nxt or _SHAPE.match(nxt) or nxt.startswith(("|", "(")):
            break
        # pypdf and OCR keep the page's line breaks: headings wrap onto a lower-case line, capitals onto capitals.
        if not ((text[-1] not in ".:;!?" and nxt[0].islower()) or (_is_caps(lines[j].text) and _is_caps(nxt))):
            break
        text, j = f"{text} {nxt}", j + 1
    k = next((k for k in range(j + 1, min(j + 3, len(lines))) if lines[k].text), None)
    continues = k is not None and text[-1] not in ".:;!?" and lines[k].text[0].islower() \
        and not _SHAPE.match(lines[k].text)
    return _short(_DEBRIS.sub("", text).strip(" :;"), continues), j


def _short(text: str, continues: bool = False) -> str:
    """A title in full; a numbered paragraph of a directive (long, a sentence, or running on) by its first words."""
    words = text.split()
    if len(words) > 12 and (len(text) > 150 or continues or text.endswith(".")):
        return " ".join(words[:12]).rstrip(",;:.") + "…"
    return text


def _is_name(s: str) -> bool:
    """A signer's name ("Lâm Minh Chiếu"), which converted .md files sometimes set as a heading."""
    words = s.split()
    return 2 <= len(words) <= 5 and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caption_above(lines: list[_Line], i: int, done: int) -> int | None:
    """First line of the capitals title just above line i (subtitle lines between are allowed)."""
    first = None
    for k in range(i - 1, max(done, i - 7), -1):
        t = lines[k].text
        if t.startswith("|"):
            break
        if _is_caps(t) and not _SHAPE.match(t):
            first = k
        elif t and first is not None:
            break
    return first


def table_lines(header: list[str] | tuple[str, ...], rows: list[list[str]]) -> str:
    """A table as the '|' lines every loader writes (header, '|---|', one line per row); cells are flattened to
    one line and a '|' inside a cell becomes '/', so that quotes of a row read as the document does."""
    def line(cells) -> str:
        return "| " + " | ".join(" ".join(c.split()).replace("|", "/") for c in cells) + " |"

    body = [line(r) for r in rows if any(c.strip() for c in r)]
    return "\n".join([line(header), "|---|"] + body) if body or any(c.strip() for c in header) else ""


def table_cells(text: str) -> list[str]:
    """The cells of one markdown or antiword table line ("| a | b |" → ["a", "b"])."""
    inner = text.strip()[1:]
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip(" _") for c in inner.split("|")]


def _table(lines: list[_Line], i: int, j: int, stack: tuple[_Head, ...], done: int
           ) -> tuple[list[tuple[Section, int]], tuple[_Head, ...]]:
    """Marks for a '|' table: one per data row, then one where the text after the table resumes."""
    block = "\n".join(line.text for line in lines[i:j])
    kinds = {h.kind for h in stack}
    if re.search(r"N[ơo]i nhận", block, re.I) and "appendix" not in kinds:
        stack = (_Head("recipients", "", "Nơi nhận"),)
        return [(_mark(lines[i].start, stack), 0)], stack
    rows = [table_cells(line.text) for line in lines[i:j]]
    keep = [k for k, r in enumerate(rows) if any(r) and not all(_SEPARATOR.match(c) for c in r if c)]
    separator = next((k for k, r in enumerate(rows) if any(r) and k not in keep), None)
    if separator is not None and any(map(any, rows[:separator])):
        header, body, merge = rows[:separator], [k for k in keep if k > separator], False
    else:
        # antiword renders .doc tables without |---|, and converted .md often leaves the |---| header empty: header
        # lines run until the first numbered row; in .doc a row with an empty first cell continues the row above.
        indexed = next((n for n, k in enumerate(keep) if _INDEX.match(rows[k][0])), None)
        n = indexed if indexed is not None and indexed <= 3 else 1
        header, body, merge = [rows[k] for k in keep[:n]], keep[n:], separator is None and indexed is not None
    width = max(map(len, header), default=0)
    columns = tuple(" ".join(r[c] for r in header if c < len(r) and r[c]) for c in range(width))
    if sum(bool(c) for c in columns) < 2 or not body or _SIGNATURE.search(block):
        return [], stack  # a layout table (header block, signature): plain text of the current section
    caption = _caption_above(lines, i, done)
    extra = (_short(lines[caption].text),) if caption is not None and caption >= i - 2 else ()
    noun = "nhiệm vụ" if "nhiệm vụ" in " ".join(columns).lower() else "dòng"
    base, groups, marks = _label(stack), (), []
    for ordinal, k in enumerate(body, 1):
        cells = rows[k] + [""] * 2
        if merge and not cells[0]:
            continue
        first = cells[0].rstrip(".")
        what = f"{noun} {first}" if _INDEX.match(cells[0]) else f"dòng {ordinal}"
        if _GROUP.match(cells[0]):  # "I." closes the group above it; "A." groups hold "I." groups
            level = 1 if re.fullmatch(r"[IVXLC]+\.?", cells[0]) else 0
            groups = tuple(g for g in groups if g[0] < level)
            filled = sum(map(bool, rows[k][2:]))
            if cells[1] and filled <= (len(rows[k]) - 2) // 3:  # a group row: "| **II.** | Thể chế | | | |"
                groups += ((level, f"{first}. {_short(cells[1])}"),)
                what = f"mục {first}"
        label = f"{base}, {what}" if base else what[0].upper() + what[1:]
        marks.append((_mark(lines[i + k].start, stack, extra + tuple(g[1] for g in groups), label, columns), 0))
    if j < len(lines):
        marks.append((_mark(lines[j].start, stack), 0))
    return marks, stack
