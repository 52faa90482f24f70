"""Search: a question becomes dense and/or sparse query vectors, the store fuses, hits come back."""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable

import numpy as np

from corpus.agencies import capitalised_names, remarked_heads
from corpus.marks import MarkVocabulary, has_marks, partly_marked
from corpus.text import normalize_query
from index.embedding import Embedder
from index.records import Access, Filters, Hit, Query
from index.sparse import BM25Encoder
from index.store import Fusion, Store


QUERY_VECTORS = 256  # recent question vectors kept: one question is searched under several filters in turn


class Searcher:
    """Runs queries against a store; the embedder is asked for only when a query needs dense vectors, and once per
    question text however many searches it takes (narrowed to a document, then wider)."""

    def __init__(self, store: Store, embedder: Callable[[], Embedder], encoder: BM25Encoder, fusion: Fusion):
        self.store, self._embedder, self.encoder, self.fusion = store, embedder, encoder, fusion
        self._marks: dict[Access, tuple[int, MarkVocabulary]] = {}
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def _query_vector(self, text: str) -> np.ndarray:
        vector = self._vectors.get(text)
        if vector is None:
            vector = self._vectors[text] = self._embedder().embed_query(text)
            while len(self._vectors) > QUERY_VECTORS:
                self._vectors.popitem(last=False)
        return vector

    def restore_marks(self, text: str, filters: Filters) -> str:
        """A question typed without any diacritics, with its marks restored from the vocabulary of the documents
        the caller may read (built once per index state); text with marks is returned unchanged, but for one
        marked on a few words only (`corpus.marks.partly_marked`), whose bare words are restored. A question typed
        all in lower case gets its agency names capitalised (`corpus.agencies.capitalised_names`). An agency's head
        word restored with another word's marks ("So Tai chinh" → "Sơ Tài chính", a word OCR'd text holds) gets the
        head's own (`corpus.agencies.remarked_heads`), so the agency readers know it (a check of its role,
        `assistant.intent.doer_checked`, reads it as its marked form does)."""
        text = normalize_query(text)
        if has_marks(text) and not partly_marked(text) or not any(c.isalpha() for c in text):
            return capitalised_names(text)
        scope = Filters(access=filters.access)
        count = self.store.count(scope)
        cached = self._marks.get(filters.access)
        if cached is None or cached[0] != count:
            payloads = self.store.scroll(scope)
            cached = self._marks[filters.access] = (count, MarkVocabulary(p.text for p in payloads))
        return capitalised_names(remarked_heads(normalize_query(cached[1].restore(text))))

    def search(self, query: Query) -> list[Hit]:
        text = normalize_query(query.text)
        dense = self._query_vector(text) if query.mode in ("dense", "hybrid") else None
        sparse = self.encoder.encode_query(text) if query.mode in ("sparse", "hybrid") else None
        if sparse is not None and not sparse.indices:  # nothing to match on (punctuation only)
            if dense is None:
                return []
            sparse = None
        results = self.store.search(dense, sparse, query.k, query.filters, self.fusion)
        return [Hit.of(chunk, score) for chunk, score in results]
