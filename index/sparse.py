"""Vietnamese BM25 as Qdrant sparse vectors: syllables plus syllable bigrams, term frequencies saturated here,
IDF applied by Qdrant's IDF modifier at query time."""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

from corpus.text import normalize_query
from corpus.vn import NUMBER_TOKEN as _DOC_NUMBER

_SYLLABLE = re.compile(r"\w+")


@dataclass(frozen=True)
class SparseVector:
    indices: list[int]
    values: list[float]


def tokens(text: str, normalized: bool = False) -> list[str]:
    """Lower-cased syllables, their bigrams (which carry Vietnamese compound words: "bảo đảm", "chủ trì") and
    whole document numbers. Diacritics are kept: "hạn" and "hàn" are different words. `normalized`: the text
    is already normalised by corpus.text.normalize (as every loaded document is), so it is not done again."""
    lowered = (text if normalized else normalize_query(text)).lower()
    syllables = _SYLLABLE.findall(lowered)
    bigrams = [f"{a} {b}" for a, b in zip(syllables, syllables[1:])]
    numbers = [m.group(0) for m in _DOC_NUMBER.finditer(lowered)]
    return syllables + bigrams + numbers


def _term_id(token: str) -> int:
    # A 32-bit hash keeps the encoder stateless: no vocabulary to store or grow with the corpus.
    return zlib.crc32(token.encode("utf-8"))


class BM25Encoder:
    """BM25 term weights; `avg_len` is a fixed corpus-independent estimate so that adding documents never
    changes the vectors of documents already indexed."""

    def __init__(self, k1: float = 1.2, b: float = 0.75, avg_len: float = 300.0):
        self.k1, self.b, self.avg_len = k1, b, avg_len

    def encode_document(self, text: str, normalized: bool = False) -> SparseVector:
        terms = tokens(text, normalized)
        counts = Counter(_term_id(t) for t in terms)
        norm = self.k1 * (1 - self.b + self.b * len(terms) / self.avg_len)
        items = sorted((term, tf * (self.k1 + 1) / (tf + norm)) for term, tf in counts.items())
        return SparseVector([i for i, _ in items], [v for _, v in items])

    def encode_query(self, text: str) -> SparseVector:
        ids = sorted({_term_id(t) for t in tokens(text)})
        return SparseVector(ids, [1.0] * len(ids))
