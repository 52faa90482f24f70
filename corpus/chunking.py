"""Structure-aware chunks: one or more per section, split at paragraph and sentence boundaries."""
from __future__ import annotations

import hashlib
import re
import uuid

from corpus.obligations import states_action
from corpus.records import Chunk, Document, Section, Span
from corpus.structure import parse_structure
from corpus.vn import SENTENCE_CUT as _SENTENCE_END

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


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut [start, end) into ranges of at most `limit` characters at line breaks, else at sentence ends,
    else at spaces; ranges are trimmed of surrounding whitespace."""
    cuts: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        stop = min(end, pos + limit)
        if stop < end:
            window = text[pos:stop]
            # Prefer a paragraph break in the second half of the window, then a sentence end, then a space.
            for pattern in ("\n", None, " "):
                if pattern is None:
                    ends = [m.start() for m in _SENTENCE_END.finditer(window)]
                    at = ends[-1] if ends else -1
                else:
                    at = window.rfind(pattern)
                if at > limit // 2:
                    stop = pos + _before_title(window, at) if pattern == "\n" else pos + at
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
