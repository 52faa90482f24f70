"""Incremental ingestion: files → documents → chunks → vectors → store, skipping unchanged documents."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from corpus.agencies import agency_key
from corpus.chunking import chunk
from corpus.errors import AssistantError
from corpus.loaders import iter_files, load
from corpus.obligations import extract_obligations, to_payload
from corpus.records import Chunk, Document, LoadFailure
from corpus.structure import table_cells
from index.embedding import Embedder, EmbeddingCache, embed_with_cache
from index.records import Filters, Point
from index.sparse import BM25Encoder
from index.store import Store

# Bumped whenever parsing, chunking or extraction changes what is stored, so unchanged files are re-read once.
PIPELINE_VERSION = 4


@dataclass
class IngestReport:
    """What one ingestion did; `failed` holds each file that could not be read, with the reason."""

    indexed: list[str] = field(default_factory=list)
    chunks: int = 0
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[LoadFailure] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # documents left half-written by an interrupted ingestion

    def summary(self) -> str:
        """A short Vietnamese summary for the CLI and the UI."""
        lines = [f"Đã lập chỉ mục {len(self.indexed)} văn bản ({self.chunks} đoạn); "
                 f"bỏ qua {len(self.skipped)} văn bản không đổi; xóa {len(self.removed)} văn bản không còn; "
                 f"lỗi {len(self.failed)} tệp."]
        if self.repaired:
            lines.append(f"Đã dọn {len(self.repaired)} văn bản dở dang do lần lập chỉ mục trước bị ngắt: "
                         f"{', '.join(self.repaired)}.")
        lines += [f"  ✗ {f.source}: {f.reason}" for f in self.failed]
        return "\n".join(lines)


def passage_text(document: Document, piece: Chunk) -> str:
    """What is embedded and BM25-encoded for a chunk: the document's identity and heading path give a short
    passage the context it lacks; table rows are spelled out as 'column: value'."""
    header = document.header
    identity = " ".join(filter(None, (header.doc_type, header.doc_number, header.title)))
    body = piece.text
    if piece.table_header:
        cells = table_cells(piece.text)
        body = "; ".join(f"{name}: {value}" for name, value in zip(piece.table_header, cells) if value)
    return "\n".join(filter(None, (identity, piece.context, body)))


def doc_serial(doc_number: str | None) -> str | None:
    """The number a document is cited by in speech: "186" for "186/CĐ-TTg", "24" for "24-CT/TU"."""
    match = re.match(r"\d+", doc_number or "")
    return match.group(0).lstrip("0") or "0" if match else None


def payload(document: Document, piece: Chunk) -> dict:
    """Everything a hit, a citation and a filter need, stored on each point, with the chunk's obligations."""
    header = document.header
    obligations = extract_obligations(piece, header.issued_on)
    leads = [agency_key(name) for o in obligations for name in o.lead]
    partners = [agency_key(name) for o in obligations for name in o.partners]
    return {
        "obligations": [to_payload(o) for o in obligations], "lead_keys": sorted(set(leads)),
        "agency_keys": sorted(set(leads + partners)),
        "due": sorted({o.deadline.due.isoformat() for o in obligations if o.deadline and o.deadline.due}),
        "pipeline": PIPELINE_VERSION, "chunk_id": piece.chunk_id, "doc_id": document.doc_id, "ordinal": piece.ordinal, "text": piece.text,
        "heading_path": list(piece.heading_path), "article": piece.article, "section": piece.section,
        "table_header": list(piece.table_header), "page": piece.span.page, "start": piece.span.start,
        "end": piece.span.end, "source": document.source, "fmt": document.fmt,
        "content_hash": document.content_hash, "doc_number": header.doc_number,
        "doc_serial": doc_serial(header.doc_number), "doc_type": header.doc_type,
        "issuer": header.issuer, "issued_on": header.issued_on.isoformat() if header.issued_on else None,
        "title": header.title, "signer": header.signer, "place": header.place, "groups": list(document.groups),
    }


class Indexer:
    """Keeps a store in step with a set of files."""

    def __init__(self, store: Store, embedder: Embedder, cache: EmbeddingCache, encoder: BM25Encoder,
                 chunk_chars: int = 1200, batch: int = 16, max_bytes: int = 50 * 2**20, progress: bool = True):
        self.store, self.embedder, self.cache, self.encoder = store, embedder, cache, encoder
        self.chunk_chars, self.batch, self.max_bytes, self.progress = chunk_chars, batch, max_bytes, progress

    def ingest(self, paths: Iterable[Path]) -> IngestReport:
        paths = [Path(p) for p in paths]
        report = IngestReport()
        heads = self.store.heads()
        seen: dict[str, str] = {}
        files = list(iter_files(paths))
        for path in tqdm(files, desc="Đọc tệp", unit="tệp", disable=not self.progress or len(files) < 2):
            try:
                documents = load(path, max_bytes=self.max_bytes)
            except AssistantError as error:
                report.failed.append(LoadFailure(str(path), error.message))
                continue
            for document in documents:
                if document.doc_id in seen:
                    report.failed.append(LoadFailure(str(path), f"Trùng mã văn bản '{document.doc_id}' với tệp "
                                                                f"{seen[document.doc_id]}; tệp này bị bỏ qua."))
                    continue
                seen[document.doc_id] = str(path)
                head = heads.get(document.doc_id)
                if head and (head.get("content_hash"), head.get("pipeline")) == (document.content_hash, PIPELINE_VERSION):
                    report.skipped.append(document.doc_id)
                    continue
                report.chunks += self._index(document)
                report.indexed.append(document.doc_id)
        report.removed = self._remove_missing(paths, heads, seen)
        return report

    def repair(self) -> list[str]:
        """After an interrupted ingestion: drop the points of documents without a head (their writing stopped
        before the head, which goes last) and those of another version than the head's (an old version whose
        deletion did not happen). The documents touched, which the next ingestion writes again or skips."""
        heads = self.store.heads()
        kept = {doc_id: head.get("content_hash") for doc_id, head in heads.items()}
        stale = sorted({p["doc_id"] for p in self.store.scroll(Filters())
                        if p["doc_id"] not in kept or p.get("content_hash") != kept[p["doc_id"]]})
        for doc_id in stale:
            self.store.delete_document(doc_id, keep_hash=kept.get(doc_id))
        return stale

    def _index(self, document: Document) -> int:
        """Write the new version, first chunk last (it marks the document complete), then drop the old one."""
        pieces = chunk(document, self.chunk_chars)
        if not pieces:
            return 0
        texts = [passage_text(document, p) for p in pieces]
        with tqdm(total=len(texts), desc=f"Nhúng {document.doc_id}", unit="đoạn",
                  disable=not self.progress or len(texts) < 2 * self.batch, leave=False) as bar:
            vectors = embed_with_cache(self.embedder, self.cache, texts, self.batch, bar.update)
        points = [Point(p.chunk_id, v, self.encoder.encode_document(t), payload(document, p))
                  for p, v, t in zip(pieces, vectors, texts)]
        for start in range(1, len(points), 256):
            self.store.upsert(points[start:start + 256])
        self.store.upsert(points[:1])
        self.store.delete_document(document.doc_id, keep_hash=document.content_hash)
        return len(points)

    def _remove_missing(self, paths: list[Path], heads: dict[str, dict], seen: dict[str, str]) -> list[str]:
        """Documents once ingested from a folder given now whose file is gone from it."""
        folders = [p.resolve() for p in paths if p.is_dir()]
        removed = []
        for doc_id, head in heads.items():
            source = Path(head.get("source", "")).resolve()
            if doc_id not in seen and any(source.is_relative_to(f) for f in folders) and not source.exists():
                self.store.delete_document(doc_id)
                removed.append(doc_id)
        return removed
