"""Structure-aware chunks: one or more per section, split at paragraph and sentence boundaries."""
from __future__ import annotations

import hashlib
from bisect import bisect_left
import re
import uuid

from corpus.obligations import states_action
from corpus.records import Chunk, Document, Section, Span
from corpus.structure import parse_structure
from corpus.vn import SENTENCE_CUT as _SENTENCE_END, paragraph_breaks

_NAMESPACE = uuid.UUID("6f1f3a52-2c51-4d0e-9a53-6b1e0c1f4c21")


def chunk_id(doc_id: str, ordinal: int, text: str) -> str:
    """Stable id: the same passage at the same place in the same document always gets the same id."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return str(uuid.uuid5(_NAMESPACE, f"{doc_id}\x1f{ordinal}\x1f{digest}"))


# A list item's title alone on its line ("**b) Tổ đảng ở Thường trực Hội đồng Dân tộc**", "3. Bộ Tài chính:"): it
# names whose the items below it are, so it opens the next piece rather than ending this one.
_TITLE_LINE = re.compile(r"[*_\s]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)\s+[^.;!?\n]{3,100}?[*_:\s]*")


# A lettered item's title on a line of its own ("**e) Tổ đảng ở Thường trực Ủy ban Kinh tế**"): the items below it
# are its, so a piece that goes on with them is read under it.
# A title stands alone: a blank line or a bullet follows it, never the rest of a hard-wrapped sentence; and it only
# names ("a) Bộ Y tế chủ trì, phối hợp …" is an item's first line).
_ITEM_TITLE = re.compile(r"^[*_ \t]*([a-zđ]\)[ \t]+[^.;!?\n*_]{3,100}?)[*_: \t]*$(?=\n[ \t]*(?:\n|[-*+•])|\Z)", re.M)


def _before_title(window: str, at: int) -> int:
    """Where to cut a window at its paragraph break `at`: before the line above it when that line is a list item's
    title standing as a paragraph of its own (a blank line before and after it: never the first line of a
    hard-wrapped paragraph), else at `at`."""
    end = len(window[:at].rstrip())
    line_start = window.rfind("\n", 0, end) + 1
    alone = window[end:at + 1].count("\n") > 1 and window[:line_start].rstrip(" \t").endswith("\n\n")
    if alone and _TITLE_LINE.fullmatch(window, line_start, end) and window[:line_start].strip():
        return line_start
    return at


def _before_opening(window: str, at: int, breaks: list[int], limit: int) -> int:
    """Where to cut a window at its paragraph break `at` (`breaks`: all of the window's): before a list item's title
    (`_before_title`), or before the paragraph above `at` when it ends in ":" and opens what follows ("… Thủ tướng
    Chính phủ … có ý kiến chỉ đạo như sau:", "3. Bộ Tài chính có trách nhiệm:"), so the directions are read with
    their opening; not when that paragraph is the window's first or longer than half a passage."""
    if window[:at].rstrip().endswith(":"):
        above = max((b for b in breaks if b < at and window[b:at].strip()), default=-1)
        if above > 0 and at - above <= limit // 2:
            return above
    return _before_title(window, at)


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut [start, end) into ranges of at most `limit` characters; ranges are trimmed of surrounding whitespace.
    A range ends before a paragraph, a list item or a table row (`corpus.vn.paragraph_breaks`) where one does in the
    second half of it, or earlier before a list item or a row that fits in the next range whole (so a task item is
    not cut in two: its time stays in the passage that cites it); else at a sentence end, then at a line break, then
    at a space. A wrapped line's break (PDF and OCR text) ends no paragraph: cutting there would split a sentence."""
    cuts: list[tuple[int, int]] = []
    found = paragraph_breaks(text, start, end)
    pos = start
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        stop = min(end, pos + limit)
        if stop < end:
            window = text[pos:stop]
            first, last = bisect_left(found, (pos,)), bisect_left(found, (stop,))
            breaks = [(at - pos, kind) for at, kind in found[first:last] if text[pos:at].strip()]
            closes = [at for at, kind in breaks if kind != "line"]  # paragraphs, items and rows end there
            after = next((at for at, kind in found[last:] if kind != "line"), end)  # where the unit at `stop` ends
            # the last paragraph break in the second half of the window; or an earlier one before a list item or a
            # table row that then fits the next passage whole; or a line that ends a sentence in the second half
            at, kind = next(((at, kind) for at, kind in reversed(breaks) if kind != "line"), (-1, ""))
            if not (at > limit // 2 or at > 0 and kind == "item" and after - pos - at <= limit):
                at = next((at for at, kind in reversed(breaks) if kind == "line" and at > limit // 2), -1)
            if at > 0:
                stop = pos + _before_opening(window, at, closes, limit)
            else:
                # Then a sentence end in the second half of the window, then a line break, then a space.
                for pattern in (None, "\n", " "):
                    if pattern is None:
                        ends = [m.start() for m in _SENTENCE_END.finditer(window)]
                        at = ends[-1] if ends else -1
                    else:
                        at = window.rfind(pattern)
                    if at > limit // 2:
                        stop = pos + at
                        break
        piece_end = stop
        while piece_end > pos and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > pos:
            cuts.append((pos, piece_end))
        pos = stop
    return cuts


def chunk(document: Document, max_chars: int = 1200) -> list[Chunk]:
    """The document's chunks in reading order, each tied to its section and exact source span."""
    sections: tuple[Section, ...] = document.sections or parse_structure(document.text)
    chunks: list[Chunk] = []
    for section in sections:
        # A table row stays whole so that every task keeps its columns together.
        limit = max(max_chars, section.end - section.start) if section.table_header else max_chars
        item = None  # the lettered item title a piece goes on under, when an earlier piece of the section holds it
        for start, end in _pieces(document.text, section.start, section.end, limit):
            text = document.text[start:end]
            ordinal = len(chunks)
            opens = _ITEM_TITLE.match(text)
            headings = section.heading_path + ((item,) if item and not opens and not section.table_header else ())
            titles = [title for title in _ITEM_TITLE.findall(text) if not states_action(title[2:])]
            item = " ".join(titles[-1].split()) if titles else item
            chunks.append(Chunk(
                chunk_id=chunk_id(document.doc_id, ordinal, text),
                doc_id=document.doc_id,
                ordinal=ordinal,
                text=text,
                heading_path=headings,
                span=Span(start=start, end=end, page=document.page_at(start)),
                article=section.article,
                section=section.label,
                table_header=section.table_header,
                ocr_confidence=document.ocr_confidence(start, end),
            ))
    return chunks
