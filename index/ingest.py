"""Incremental ingestion: files → documents → chunks → vectors → store, skipping unchanged documents."""
from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from tqdm import tqdm

from corpus.agencies import agency_key
from corpus.chunking import chunk
from corpus.errors import AssistantError
from corpus.loaders import iter_files, load
from corpus.obligations import extract_obligations
from corpus.ocr import Ocr, Progress
from corpus.records import Chunk, Document, LoadFailure, Reference
from corpus.relations import find_references, reference_keys
from corpus.structure import body_headed, table_cells
from corpus.vn import serial as doc_serial
from corpus.text import syllable_share
from index.embedding import Embedder, EmbeddingCache, embed_with_cache
from index.records import Access, DocumentHead, Filters, Point, StoredChunk, StoredReference
from index.sparse import BM25Encoder
from index.store import Store

# Bumped whenever parsing, chunking or extraction changes what is stored, so unchanged files are re-read once.
PIPELINE_VERSION = 34
WRITER = Filters(access=Access.admin())  # the indexer reads every document: it writes them all


@dataclass
class DocumentReport:
    """How well one indexed document was read: size, text layer, OCR, tables, obligations, metadata, warnings."""

    doc_id: str
    fmt: str
    pages: int  # 0 for formats without pages
    characters: int
    text_quality: float  # share of valid Vietnamese syllables in the text (clean text ≥ 0.95)
    ocr_pages: int
    tables: int
    table_rows: int
    obligations: int
    metadata: list[str]  # header fields read: doc_number, doc_type, issuer, issued_on, title, signer, place
    warnings: list[str] = field(default_factory=list)  # in Vietnamese, for the user


@dataclass
class IngestReport:
    """What one ingestion did; `failed` holds each file that could not be read, with the reason; `documents` one
    report per document indexed."""

    indexed: list[str] = field(default_factory=list)
    chunks: int = 0
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[LoadFailure] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # documents left half-written by an interrupted ingestion
    groups: dict[str, list[str]] = field(default_factory=dict)  # doc_id → groups in force after it (indexed, skipped)
    documents: list[DocumentReport] = field(default_factory=list)

    def summary(self) -> str:
        """A short Vietnamese summary for the CLI and the UI."""
        lines = [f"Đã lập chỉ mục {len(self.indexed)} văn bản ({self.chunks} đoạn); "
                 f"bỏ qua {len(self.skipped)} văn bản không đổi; xóa {len(self.removed)} văn bản không còn; "
                 f"lỗi {len(self.failed)} tệp."]
        if self.repaired:
            lines.append(f"Đã dọn {len(self.repaired)} văn bản dở dang do lần lập chỉ mục trước bị ngắt: "
                         f"{', '.join(self.repaired)}.")
        for d in self.documents:
            lines.append(f"  • {d.doc_id}: {d.pages} trang, {d.characters:,} ký tự, chất lượng chữ {d.text_quality:.0%}"
                         + (f", OCR {d.ocr_pages} trang" if d.ocr_pages else "")
                         + f"; {d.tables} bảng ({d.table_rows} dòng); {d.obligations} nhiệm vụ; siêu dữ liệu: "
                         f"{len(d.metadata)}/{len(_HEADER_FIELDS)} trường.")
            lines += [f"    ⚠ {w}" for w in d.warnings]
        lines += [f"  ✗ {f.source}: {f.reason}" for f in self.failed]
        return "\n".join(lines)


_APPENDIX = re.compile(r"^\W{0,3}(?:PHỤ LỤC|Phụ lục)\b", re.M)
_HEADER_FIELDS = ("doc_number", "doc_type", "issuer", "issued_on", "title", "signer", "place")
_FIELD_NAMES = {"doc_number": "số hiệu", "doc_type": "loại văn bản", "issuer": "cơ quan ban hành",
                "issued_on": "ngày ban hành", "title": "trích yếu"}


def document_report(document: Document, points: Sequence[Point]) -> DocumentReport:
    """What was read from a document (its points as stored), with warnings where something that should be there
    was not."""
    rows = [p.payload for p in points if p.payload["table_header"]]
    tables = len({(tuple(r["heading_path"][:-1]), tuple(r["table_header"])) for r in rows})
    row_obligations = sum(bool(r["obligations"]) for r in rows)
    obligations = sum(len(p.payload["obligations"]) for p in points)
    ocr_pages = sum(p.ocr_confidence is not None for p in document.pages)
    quality = syllable_share(document.text)
    found = [name for name in _HEADER_FIELDS if getattr(document.header, name)]
    warnings = []
    if _APPENDIX.search(document.text) and not row_obligations and re.search(r"nhiệm vụ", document.text, re.I):
        warnings.append("Có Phụ lục nhưng không đọc được bảng nhiệm vụ.")
    if rows and not row_obligations:
        warnings.append(f"Đọc được {len(rows)} dòng bảng nhưng không dòng nào có nhiệm vụ và cơ quan chủ trì.")
    if quality < 0.75:
        warnings.append(f"Chất lượng chữ thấp ({quality:.0%} âm tiết tiếng Việt hợp lệ).")
    missing = [label for name, label in _FIELD_NAMES.items() if name not in found]
    if missing and document.fmt != "json":
        warnings.append("Không đọc được " + ", ".join(missing) + ".")
    return DocumentReport(document.doc_id, document.fmt, len(document.pages), len(document.text), round(quality, 3),
                          ocr_pages, tables, len(rows), obligations, found, warnings)


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


def reference_payloads(references: Sequence[Reference], pieces: Sequence[Chunk]) -> list[StoredReference]:
    """The references as stored, each with the chunk (id, section, page) holding its statement, for citations."""
    stored = []
    for ref in references:
        piece = next((p for p in reversed(pieces) if p.span.start <= ref.span.start), pieces[0])
        stored.append(StoredReference(
            kind=ref.kind, doc_type=ref.doc_type, number=ref.number, key=ref.key, serial=ref.serial, name=ref.name,
            year=ref.year, quote=ref.quote, issued_on=ref.issued_on.isoformat() if ref.issued_on else None,
            start=ref.span.start, end=ref.span.end, page=ref.span.page, chunk_id=piece.chunk_id,
            section=piece.section))
    return stored


def stored_chunk(document: Document, piece: Chunk, references: Sequence[StoredReference] = (), *,
                 headed: bool = True, before: Chunk | None = None, after: Chunk | None = None) -> StoredChunk:
    """Everything a hit, a citation and a filter need, stored on each point, with the chunk's obligations; the
    document's references (see `reference_payloads`) and their keys go on its head point only. `headed`: whether
    any chunk of the document sits under a heading; `before`: the chunk before it, whose open introduction ("Bộ X có
    trách nhiệm:") its first list items may continue; `after`: the chunk after it, which may end its last sentence
    (see `extract_obligations`)."""
    header = document.header
    obligations = extract_obligations(piece, header.issued_on, headed=headed, before=before, after=after)
    leads = [agency_key(name) for o in obligations for name in o.lead]
    partners = [agency_key(name) for o in obligations for name in o.partners]
    return StoredChunk(
        obligations=tuple(obligations), lead_keys=tuple(sorted(set(leads))),
        agency_keys=tuple(sorted(set(leads + partners))),
        due=tuple(sorted({o.deadline.due.isoformat() for o in obligations if o.deadline and o.deadline.due})),
        pipeline=PIPELINE_VERSION, chunk_id=piece.chunk_id, doc_id=document.doc_id,
        ordinal=piece.ordinal, text=piece.text, heading_path=tuple(piece.heading_path),
        article=piece.article, section=piece.section, table_header=tuple(piece.table_header),
        page=piece.span.page, start=piece.span.start, end=piece.span.end,
        ocr_confidence=piece.ocr_confidence, source=document.source, fmt=document.fmt,
        content_hash=document.content_hash, doc_number=header.doc_number,
        doc_serial=doc_serial(header.doc_number), doc_type=header.doc_type,
        issuer=header.issuer, issued_on=header.issued_on.isoformat() if header.issued_on else None,
        title=header.title, signer=header.signer, signer_title=header.signer_title, place=header.place,
        groups=tuple(document.groups or ()),
        references=tuple(references),
        ref_keys=tuple(sorted({k for r in references for k in reference_keys(r)})),
    )


def payload(document: Document, piece: Chunk, references: Sequence[StoredReference] = (), *,
            headed: bool = True, before: Chunk | None = None, after: Chunk | None = None) -> dict:
    """The stored payload of a chunk (`stored_chunk` as a dict)."""
    return stored_chunk(document, piece, references, headed=headed, before=before, after=after).to_payload()


def in_force(document: Document, head: DocumentHead | None) -> tuple[str, ...]:
    """The groups a document is indexed with: those its sidecar states, else those the index already holds for
    its doc_id (whatever file, extension, upload path or law id it came from), else none (everyone). So a new
    version never widens who may read a restricted document unless someone says so: groups change only
    explicitly (fail closed)."""
    if document.groups is not None:
        return document.groups
    return head.groups if head else ()


def _ignore(stage: str, done: int, total: int) -> None:
    """The default progress callable: nobody is listening."""


class Indexer:
    """Keeps a store in step with a set of files. Reading, chunking, extraction and embedding hold no lock;
    only each document's store writes (new version, then removal of the old one) run under `write_lock`, so
    that concurrent ingestions never interleave the versions of one document and searches never wait."""

    def __init__(self, store: Store, embedder: Embedder, cache: EmbeddingCache, encoder: BM25Encoder,
                 chunk_chars: int = 1200, batch: int = 16, max_bytes: int = 50 * 2**20, progress: bool = True,
                 write_lock: AbstractContextManager | None = None, ocr: Ocr | None = None):
        self.store, self.embedder, self.cache, self.encoder = store, embedder, cache, encoder
        self.chunk_chars, self.batch, self.max_bytes, self.progress = chunk_chars, batch, max_bytes, progress
        self.write_lock, self.ocr = write_lock or nullcontext(), ocr

    def _page_reader(self, report: Progress | None):
        """OCR for the pages without a usable text layer, reporting pages done (a bar on the CLI); None: no OCR."""
        if self.ocr is None:
            return None

        def read(data: bytes, numbers, name: str):
            with tqdm(total=len(numbers), desc=f"OCR {name}", unit="trang", leave=False,
                      disable=bool(report) or not self.progress) as bar:
                def progress(stage: str, done: int, total: int) -> None:
                    bar.update(done - bar.n)
                    if report:
                        report(stage, done, total)

                return self.ocr.read(data, numbers, name, progress)

        return read

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestReport:
        """Index the files; `progress(stage, done, total)` hears of each scanned page read ("ocr", while a file
        loads, before any store write), each file read ("parse"), each batch of passages embedded ("embed",
        within the current document) and each document written ("index", counted in files). Each document is
        indexed with the groups `in_force` gives it."""
        reader = self._page_reader(progress)
        paths, progress = [Path(p) for p in paths], progress or _ignore
        report = IngestReport()
        heads = self.store.heads(filters=WRITER)
        seen: dict[str, str] = {}
        files = list(iter_files(paths))
        progress("parse", 0, len(files))
        for number, path in enumerate(tqdm(files, desc="Đọc tệp", unit="tệp",
                                           disable=not self.progress or len(files) < 2), 1):
            try:
                documents = load(path, max_bytes=self.max_bytes, ocr=reader)
            except AssistantError as error:
                report.failed.append(LoadFailure(str(path), error.message))
                documents = []
            progress("parse", number, len(files))
            for document in documents:
                if document.doc_id in seen:
                    report.failed.append(LoadFailure(str(path), f"Trùng mã văn bản '{document.doc_id}' với tệp "
                                                                f"{seen[document.doc_id]}; tệp này bị bỏ qua."))
                    continue
                seen[document.doc_id] = str(path)
                head = heads.get(document.doc_id)
                document = replace(document, groups=in_force(document, head))
                report.groups[document.doc_id] = list(document.groups)
                if head and (head.content_hash, head.pipeline, list(head.groups)) == (
                        document.content_hash, PIPELINE_VERSION, report.groups[document.doc_id]):
                    report.skipped.append(document.doc_id)
                    continue
                chunks, read = self._index(document, progress)
                report.chunks += chunks
                report.indexed.append(document.doc_id)
                report.documents.append(read)
                progress("index", number, len(files))
        with self.write_lock:
            report.removed = self._remove_missing(paths, heads, seen)
        return report

    def repair(self) -> list[str]:
        """After an interrupted ingestion: drop the points of documents without a head (their writing stopped
        before the head, which goes last) and those of another version than the head's (an old version whose
        deletion did not happen). The documents touched, which the next ingestion writes again or skips."""
        heads = self.store.heads(filters=WRITER)
        kept = {doc_id: (head.content_hash, head.pipeline) for doc_id, head in heads.items()}
        stale = sorted({p.doc_id for p in self.store.scroll(WRITER)
                        if p.doc_id not in kept or (p.content_hash, p.pipeline) != kept[p.doc_id]})
        for doc_id in stale:
            keep_hash, keep_pipeline = kept.get(doc_id, (None, None))
            self.store.delete_document(doc_id, keep_hash=keep_hash, keep_pipeline=keep_pipeline)
        return stale

    def points(self, document: Document, progress: Progress = _ignore) -> list[Point]:
        """The document's chunks as points: chunked, extracted, embedded (cached vectors reused), encoded."""
        pieces = chunk(document, self.chunk_chars)
        texts = [passage_text(document, p) for p in pieces]
        done = 0

        def embedded(count: int) -> None:
            nonlocal done
            done += count
            bar.update(count)
            progress("embed", done, len(texts))

        with tqdm(total=len(texts), desc=f"Nhúng {document.doc_id}", unit="đoạn",
                  disable=not self.progress or len(texts) < 2 * self.batch, leave=False) as bar:
            vectors = embed_with_cache(self.embedder, self.cache, texts, self.batch, embedded)
        references = reference_payloads(find_references(document), pieces)
        headed = body_headed(p.heading_path for p in pieces)
        return [Point(p.chunk_id, v, self.encoder.encode_document(t, normalized=True),
                      payload(document, p, references if p.ordinal == 0 else (), headed=headed, before=before,
                              after=after))
                for p, before, after, v, t in zip(pieces, [None, *pieces], [*pieces[1:], None], vectors, texts)]

    def write(self, document: Document, points: list[Point]) -> None:
        """Write the new version, first chunk last (it marks the document complete), then drop the old one;
        the whole replacement holds the write lock."""
        with self.write_lock:
            for start in range(1, len(points), 256):
                self.store.upsert(points[start:start + 256])
            self.store.upsert(points[:1])
            self.store.delete_document(document.doc_id, keep_hash=document.content_hash, keep_pipeline=PIPELINE_VERSION)

    def _index(self, document: Document, progress: Progress) -> tuple[int, DocumentReport]:
        points = self.points(document, progress)
        if points:
            self.write(document, points)
        return len(points), document_report(document, points)

    def _remove_missing(self, paths: list[Path], heads: dict[str, DocumentHead], seen: dict[str, str]) -> list[str]:
        """Documents once ingested from a folder given now whose file is gone from it."""
        folders = [p.resolve() for p in paths if p.is_dir()]
        removed = []
        for doc_id, head in heads.items():
            source = Path(head.source).resolve()
            if doc_id not in seen and any(source.is_relative_to(f) for f in folders) and not source.exists():
                self.store.delete_document(doc_id)
                removed.append(doc_id)
        return removed
