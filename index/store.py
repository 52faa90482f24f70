"""The storage interface: one collection of chunk points with named dense and sparse vectors.

Two implementations share this contract: `EdgeStore` (Qdrant Edge, in-process, the embedded default) and
`QdrantStore` (qdrant-client: a Qdrant server or cluster, or qdrant-client's local mode).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterator, Protocol, Sequence

import numpy as np

from index.records import Access, DocumentHead, Filters, Point, StoredChunk
from index.sparse import SparseVector

DENSE, SPARSE = "dense", "sparse"
KEYWORD_FIELDS = ("doc_id", "doc_type", "issuer", "doc_number", "doc_serial", "content_hash", "lead_keys",
                  "agency_keys", "ref_keys", "groups")
INTEGER_FIELDS = ("ordinal",)
DATETIME_FIELDS = ("issued_on", "due")


@dataclass(frozen=True)
class Fusion:
    """How hybrid search merges its dense and sparse candidate lists."""

    method: str = "dbsf"  # "dbsf" (distribution-based score fusion) or "rrf" (reciprocal rank fusion)
    k: int = 60  # RRF constant
    prefetch: int = 50


class Store(Protocol):
    """A chunk store; every method is safe to call on an empty or new store. Every read takes `Filters`, and so
    an `Access` (whose read it is): there is no default reading every document."""

    def upsert(self, points: Sequence[Point]) -> None: ...

    def delete_document(self, doc_id: str, keep_hash: str | None = None, keep_pipeline: int | None = None) -> None:
        """Delete the document's points, except those carrying `keep_hash` when it is given (and, when
        `keep_pipeline` is given too, written by that pipeline version)."""

    def heads(self, doc_ids: Sequence[str] = (), *, filters: Filters) -> dict[str, DocumentHead]:
        """doc_id → the document's first chunk (its head), which is written last and so marks it complete; of
        every document that passes the filters, or of those named among them."""

    def search(self, dense: np.ndarray | None, sparse: SparseVector | None, limit: int, filters: Filters,
               fusion: Fusion) -> list[tuple[StoredChunk, float]]:
        """Stored chunks with scores, best first: dense or sparse alone when only one vector is given, else fused."""

    def scroll(self, filters: Filters) -> Iterator[StoredChunk]:
        """The stored chunk of every point that passes the filters, in no particular order."""

    def count(self, filters: Filters) -> int:
        """The number of points that pass the filters."""

    def close(self) -> None: ...


class PagedReads:
    """`heads` and `scroll` for a store that pages through payloads with its own `_scroll` and builds filters with
    its own models module (`_models`: qdrant_edge or qdrant_client.models)."""

    _models: Any

    def _scroll(self, query_filter: Any) -> Iterator[dict[str, Any]]:
        raise NotImplementedError

    def heads(self, doc_ids: Sequence[str] = (), *, filters: Filters) -> dict[str, DocumentHead]:
        query_filter = build_filter(self._models, heads_filters(doc_ids, filters), heads_only=True)
        return {head.doc_id: head for head in map(DocumentHead.from_payload, self._scroll(query_filter))}

    def scroll(self, filters: Filters) -> Iterator[StoredChunk]:
        return map(StoredChunk.from_payload, self._scroll(build_filter(self._models, filters)))


def unscoped(m: Any, doc_id: str, keep_hash: str | None, keep_pipeline: int | None = None) -> Any:
    """The filter of a write (deleting a document's points): every point, whatever its groups."""
    return build_filter(m, Filters(access=Access.admin()), doc_id=doc_id, keep_hash=keep_hash,
                        keep_pipeline=keep_pipeline)


def heads_filters(doc_ids: Sequence[str], filters: Filters) -> Filters:
    """The filters of a heads() call: the documents named, when any, in place of the filters' own."""
    return replace(filters, doc_ids=tuple(doc_ids)) if doc_ids else filters


def build_filter(m: Any, filters: Filters, *, doc_id: str | None = None, keep_hash: str | None = None,
                 keep_pipeline: int | None = None, heads_only: bool = False) -> Any:
    """A Qdrant filter in the model module `m` (qdrant_client.models or qdrant_edge: same shapes), or None; the
    filters' access becomes a condition on the points' groups unless it is the admin's."""
    if not isinstance(filters, Filters):
        raise TypeError(f"a store read needs Filters with an access scope, not {type(filters).__name__}")
    date_range = getattr(m, "DatetimeRange", None) or m.RangeDateTime
    must: list[Any] = []
    for key, values in filters.keyword_conditions().items():
        match = m.MatchValue(value=values[0]) if len(values) == 1 else m.MatchAny(any=list(values))
        must.append(m.FieldCondition(key=key, match=match))
    if filters.issued_from or filters.issued_to:
        must.append(m.FieldCondition(key="issued_on", range=date_range(
            gte=filters.issued_from.isoformat() + "T00:00:00Z" if filters.issued_from else None,
            lte=filters.issued_to.isoformat() + "T23:59:59Z" if filters.issued_to else None)))
    if filters.due_from or filters.due_to:
        must.append(m.FieldCondition(key="due", range=date_range(
            gte=filters.due_from.isoformat() + "T00:00:00Z" if filters.due_from else None,
            lte=filters.due_to.isoformat() + "T23:59:59Z" if filters.due_to else None)))
    if doc_id is not None:
        must.append(m.FieldCondition(key="doc_id", match=m.MatchValue(value=doc_id)))
    if heads_only:
        must.append(m.FieldCondition(key="ordinal", match=m.MatchValue(value=0)))
    if not filters.access.every:  # unrestricted documents, or those sharing a group with the caller
        visible = [_is_empty(m, "groups")]
        if filters.access.groups:
            visible.append(m.FieldCondition(key="groups", match=m.MatchAny(any=list(filters.access.groups))))
        must.append(m.Filter(should=visible))
    # the version kept: its content, and the pipeline that read it (a file unchanged but re-read by a new chunker has
    # the same content hash, and its old passages, under other chunk ids, must go too)
    kept = [m.FieldCondition(key="content_hash", match=m.MatchValue(value=keep_hash))] if keep_hash else []
    if kept and keep_pipeline is not None:
        kept = [m.Filter(must=[*kept, m.FieldCondition(key="pipeline", match=m.MatchValue(value=keep_pipeline))])]
    must_not = kept
    return m.Filter(must=must, must_not=must_not) if must or must_not else None


def _is_empty(m: Any, key: str) -> Any:
    """The field is missing, null or []: qdrant-client wraps the key in a PayloadField, Qdrant Edge does not."""
    return m.IsEmptyCondition(is_empty=m.PayloadField(key=key)) if hasattr(m, "PayloadField") else m.IsEmptyCondition(key=key)
