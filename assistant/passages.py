"""A document's text and a passage's surroundings, rebuilt from its stored chunks (no source file needed).

Chunks cover their document's text in order, separated by line breaks only, so filling each gap with as many
line breaks keeps every document offset: a citation's `start`/`end` index the rebuilt text directly.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["document_text", "surrounding"]


class Passage(Protocol):
    """What a passage needs here: a stored chunk (index.records.StoredChunk) or a citation's hit has it."""

    chunk_id: str
    text: str
    start: int
    heading_path: tuple[str, ...]


P = TypeVar("P", bound=Passage)


def document_text(chunks: Sequence[Passage]) -> str:
    """The document's text, at its own offsets, from chunks with `start`, `end` and `text`."""
    parts, position = [], 0
    for chunk in sorted(chunks, key=lambda c: c.start):
        start, text = chunk.start, chunk.text
        if start < position:  # overlapping chunks: keep only what is new
            text, start = text[position - start:], position
        parts.append("\n" * (start - position) + text)
        position = start + len(text)
    return "".join(parts)


def surrounding(chunks: Sequence[P], chunk_id: str, around: int = 2) -> list[P]:
    """The cited chunk with up to `around` neighbours on each side from the same section (same heading path)."""
    ordered = sorted(chunks, key=lambda c: c.start)
    at = next((i for i, c in enumerate(ordered) if c.chunk_id == chunk_id), None)
    if at is None:
        return []
    path = tuple(ordered[at].heading_path)
    first = last = at
    while first > 0 and at - first < around and tuple(ordered[first - 1].heading_path) == path:
        first -= 1
    while last < len(ordered) - 1 and last - at < around and tuple(ordered[last + 1].heading_path) == path:
        last += 1
    return ordered[first:last + 1]
