"""Store on qdrant-client: a Qdrant server or cluster (QDRANT_URL), or qdrant-client's local mode (a folder)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np
from qdrant_client import QdrantClient, models

from corpus.errors import IndexBusy
from index.records import Filters, Point, StoredChunk
from index.sparse import SparseVector
from index.store import (DATETIME_FIELDS, DENSE, INTEGER_FIELDS, KEYWORD_FIELDS, SPARSE, Fusion, PagedReads,
                         build_filter, unscoped)


class QdrantStore(PagedReads):
    _models = models

    def __init__(self, collection: str, dense_dim: int, *, url: str | None = None, api_key: str | None = None,
                 path: Path | None = None) -> None:
        try:
            self._client = QdrantClient(url=url, api_key=api_key) if url else QdrantClient(path=str(path))
        except RuntimeError as error:  # local mode refuses a folder another process holds
            raise IndexBusy(f"Chỉ mục '{path}' đang được một tiến trình khác sử dụng.") from error
        self._collection = collection
        if not self._client.collection_exists(collection):
            self._client.create_collection(
                collection,
                vectors_config={DENSE: models.VectorParams(size=dense_dim, distance=models.Distance.COSINE)},
                sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            )
            schemas = [(KEYWORD_FIELDS, models.PayloadSchemaType.KEYWORD),
                       (INTEGER_FIELDS, models.PayloadSchemaType.INTEGER),
                       (DATETIME_FIELDS, models.PayloadSchemaType.DATETIME)]
            if url:  # local mode has no payload indexes
                for fields, schema in schemas:
                    for field in fields:
                        self._client.create_payload_index(collection, field, field_schema=schema)

    def upsert(self, points: Sequence[Point]) -> None:
        self._client.upsert(self._collection, points=[
            models.PointStruct(id=p.id, payload=p.payload, vector={
                DENSE: p.dense.tolist(),
                SPARSE: models.SparseVector(indices=p.sparse.indices, values=p.sparse.values)})
            for p in points])

    def delete_document(self, doc_id: str, keep_hash: str | None = None, keep_pipeline: int | None = None) -> None:
        selector = models.FilterSelector(filter=unscoped(models, doc_id, keep_hash, keep_pipeline))
        self._client.delete(self._collection, points_selector=selector)

    def _scroll(self, query_filter: Any) -> Iterator[dict[str, Any]]:
        offset = None
        while True:
            records, offset = self._client.scroll(self._collection, scroll_filter=query_filter, limit=1000,
                                                  offset=offset, with_payload=True)
            yield from (r.payload for r in records)
            if offset is None:
                return

    def search(self, dense: np.ndarray | None, sparse: SparseVector | None, limit: int, filters: Filters,
               fusion: Fusion) -> list[tuple[StoredChunk, float]]:
        queries = []
        if dense is not None:
            queries.append((dense.tolist(), DENSE))
        if sparse is not None:
            queries.append((models.SparseVector(indices=sparse.indices, values=sparse.values), SPARSE))
        query_filter = build_filter(models, filters)
        if len(queries) == 1:
            (query, using), prefetch, fused = queries[0], None, None
        else:
            query, using = None, None
            prefetch = [models.Prefetch(query=q, using=u, limit=fusion.prefetch, filter=query_filter) for q, u in queries]
            fused = (models.FusionQuery(fusion=models.Fusion.DBSF) if fusion.method == "dbsf" else
                     models.RrfQuery(rrf=models.Rrf(k=fusion.k)))
        response = self._client.query_points(
            self._collection, query=fused or query, using=using, prefetch=prefetch, query_filter=query_filter,
            limit=limit, with_payload=True)
        return [(StoredChunk.from_payload(p.payload), p.score) for p in response.points]

    def count(self, filters: Filters) -> int:
        return self._client.count(self._collection, count_filter=build_filter(models, filters), exact=True).count

    def close(self) -> None:
        self._client.close()
