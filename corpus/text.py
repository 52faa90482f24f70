"""Vietnamese text normalisation shared by documents and queries: NFC, one tone-mark convention, clean whitespace."""
from __future__ import annotations

import re
import unicodedata

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\ufffd"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2007\u2009\u202f\u3000\t\f\v"), " ")


def _tone_moves() -> dict[str, str]:
    """Map 'new-style' endings (hoà, thuý, khoẻ) to the traditional placement (hòa, thúy, khỏe) used by
    official documents, for the open diphthongs oa, oe, uy."""
    moves = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new = f + unicodedata.normalize("NFC", s + tone)
                old = unicodedata.normalize("NFC", f + tone) + s
                moves[new] = old
    return moves


_MOVES = _tone_moves()
# Only at the end of a syllable (no final consonant), and not after "q" where "u" belongs to the consonant (quý).
_MOVE_RE = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, _MOVES)) + r")(?!\w)")


def fix_tone_placement(text: str) -> str:
    """Put tone marks of oa/oe/uy syllables on the first vowel: hoà → hòa, thuý → thúy, khoẻ → khỏe."""
    return _MOVE_RE.sub(lambda m: _MOVES[m.group(1)], text)


def normalize(text: str) -> str:
    """NFC, invisible characters removed, traditional tone placement, spaces collapsed, blank lines limited."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = fix_tone_placement(text.translate(_INVISIBLE).translate(_SPACES))
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def normalize_query(text: str) -> str:
    """A question normalised exactly like documents, on one line."""
    return " ".join(normalize(text).split())


# A line break inside a paragraph (PDF and OCR text wrap lines) is not a sentence end: only a break after
# closing punctuation or before a bullet or a numbered item is.
_WRAP = re.compile(r"(?<![.;:!?\n])\n(?![-+•*\n]|[a-zđ]\)|\d+[.)]\s|[IVX]+\.\s)")
_SENTENCE = re.compile(r"[^.;!?\n]+(?:[.;!?](?![\d\w])|$)", re.M)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or list item, trimmed, with wrapped lines kept inside their sentence."""
    flat = _WRAP.sub(" ", text)  # same length as `text`, so offsets hold for both
    spans = []
    for match in _SENTENCE.finditer(flat):
        start, end = match.start(), match.end()
        while start < end and flat[start].isspace():
            start += 1
        while end > start and flat[end - 1].isspace():
            end -= 1
        if end - start > 3:
            spans.append((start, end))
    return spans
