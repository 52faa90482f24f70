"""Store on Qdrant Edge: the Qdrant engine in-process (HNSW, sparse vectors with IDF), one shard in a folder."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import numpy as np
import qdrant_edge as m

from corpus.errors import IndexBusy, IndexDamaged
from index.records import Access, Filters, Point, StoredChunk
from index.sparse import SparseVector
from index.store import (DATETIME_FIELDS, DENSE, INTEGER_FIELDS, KEYWORD_FIELDS, SPARSE, Fusion, PagedReads,
                         build_filter, unscoped)


TRANSIENT = ("tracker_journal.dat",)  # kept while the shard is open after a write, removed when it closes
SAMPLE = 1000  # points read whole (payload and vectors) at a start whose segment files are as last recorded


class EdgeStore(PagedReads):
    _models = m

    def __init__(self, path: Path, dense_dim: int) -> None:
        self._path = path
        self.written = False  # points written or deleted since open (or since the caller last recorded files())
        config = m.EdgeConfig(
            vectors={DENSE: m.EdgeVectorParams(size=dense_dim, distance=m.Distance.Cosine)},
            sparse_vectors={SPARSE: m.EdgeSparseVectorParams(modifier=m.Modifier.Idf)},
        )
        fresh = not (path / "edge_config.json").exists()
        try:
            self._shard = m.EdgeShard.create(str(path), config) if fresh else m.EdgeShard.load(str(path))
        except BaseException as error:  # a plain exception for a held shard as for a damaged one, or, for some
            # damaged segments, the engine's panic (pyo3's PanicException derives from BaseException)
            if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
                raise
            if "WouldBlock" in str(error):  # the WAL's lock: another process holds the shard
                raise IndexBusy(f"Không mở được chỉ mục '{path}': {error}") from error
            raise IndexDamaged(str(error)) from error
        if fresh:
            schemas = [(KEYWORD_FIELDS, m.PayloadSchemaType.Keyword), (INTEGER_FIELDS, m.PayloadSchemaType.Integer),
                       (DATETIME_FIELDS, m.PayloadSchemaType.Datetime)]
            for fields, schema in schemas:
                for field in fields:
                    self._shard.update(m.UpdateOperation.create_field_index(field, schema))

    def upsert(self, points: Sequence[Point]) -> None:
        self.written = True
        self._shard.update(m.UpdateOperation.upsert_points([
            m.Point(p.id, {DENSE: p.dense.tolist(), SPARSE: m.SparseVector(p.sparse.indices, p.sparse.values)},
                    p.payload)
            for p in points]))

    def delete_document(self, doc_id: str, keep_hash: str | None = None, keep_pipeline: int | None = None) -> None:
        self.written = True
        self._shard.update(m.UpdateOperation.delete_points_by_filter(
            unscoped(m, doc_id, keep_hash, keep_pipeline)))

    def _scroll(self, query_filter: Any) -> Iterator[dict[str, Any]]:
        offset = None
        while True:
            records, offset = self._shard.scroll(m.ScrollRequest(
                offset=offset, limit=1000, filter=query_filter, with_payload=True))
            yield from (r.payload for r in records)
            if offset is None:
                return

    def search(self, dense: np.ndarray | None, sparse: SparseVector | None, limit: int, filters: Filters,
               fusion: Fusion) -> list[tuple[StoredChunk, float]]:
        queries = []
        if dense is not None:
            queries.append(m.Query.Nearest(dense.tolist(), using=DENSE))
        if sparse is not None:
            queries.append(m.Query.Nearest(m.SparseVector(sparse.indices, sparse.values), using=SPARSE))
        query_filter = build_filter(m, filters)
        if len(queries) == 1:
            request = m.QueryRequest(limit=limit, query=queries[0], filter=query_filter, with_payload=True)
        else:
            fused = (m.Fusion.Dbsf() if fusion.method == "dbsf" else
                     m.Fusion.Rrf(k=fusion.k))
            request = m.QueryRequest(
                limit=limit, query=fused, filter=query_filter, with_payload=True,
                prefetches=[m.Prefetch(limit=fusion.prefetch, query=q, filter=query_filter) for q in queries])
        return [(StoredChunk.from_payload(p.payload), p.score) for p in self._shard.query(request)]

    def count(self, filters: Filters) -> int:
        return self._shard.count(m.CountRequest(exact=True, filter=build_filter(m, filters)))

    def files(self) -> dict[str, int]:
        """The size of every segment file, by its path in the shard folder (the write-ahead log and the journals an
        open shard keeps left out). Qdrant preallocates its pages and vector chunks, so the sizes change only as the
        data outgrows them; recorded after a flush, they tell a later start that no file was truncated or lost
        without reading every point."""
        segments = self._path / "segments"
        return {f.relative_to(self._path).as_posix(): f.stat().st_size for f in sorted(segments.rglob("*"))
                if f.is_file() and f.name not in TRANSIENT} if segments.is_dir() else {}

    def verify(self, files: Mapping[str, int] | None = None) -> tuple[int, bool]:
        """The number of points, once the shard reads whole: a truncated or missing segment file fails here, not on
        some later question; and whether the segment files are as `files` records them (recorded after the last
        write). When they are, a sample of points is read whole; else (files changed, or none recorded) every point
        is read, payload and vectors. The segment folder is listed once (the caller needs no second files())."""
        try:
            counted = self.count(Filters(access=Access.admin()))
            as_recorded = files is not None and dict(files) == self.files()
            if as_recorded:
                read = self._read_whole(SAMPLE)
                expected = min(counted, SAMPLE)
            else:
                read, expected = self._read_whole(None), counted
        except IndexDamaged:
            raise
        except Exception as error:
            raise IndexDamaged(str(error)) from error
        if read != expected:
            raise IndexDamaged(f"đếm được {counted} điểm nhưng đọc được {read}")
        return counted, as_recorded

    def _read_whole(self, limit: int | None) -> int:
        """Read the first `limit` points (every point when None) with payload and vectors; how many were read."""
        offset, read = None, 0
        while True:
            page = 1000 if limit is None else min(1000, limit - read)
            records, offset = self._shard.scroll(m.ScrollRequest(offset=offset, limit=page, with_payload=True,
                                                                 with_vector=True))
            read += len(records)
            if any("doc_id" not in (r.payload or {}) for r in records):
                raise IndexDamaged("có đoạn mất nội dung (payload)")
            if offset is None or (limit is not None and read >= limit):
                return read

    def flush(self) -> None:
        self._shard.flush()

    def close(self) -> None:
        self._shard.flush()
        self._shard.close()
