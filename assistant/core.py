"""The one Assistant object that the CLI, the API, the UI and the evaluations call."""
from __future__ import annotations

import json
import queue
import threading
import uuid
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta, timezone
from functools import wraps
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from assistant.access import Principal
from assistant.answering import answer_question
from assistant.audit import AuditLog, ingest_result
from assistant.backup import damaged_message
from assistant.obligations import list_obligations
from assistant.phrasing import Tapped, load_phraser
from assistant.quiz import KINDS, Quiz, build_quiz
from assistant import relations
from assistant.records import Answer, Feedback, ObligationView, Relations, Turn
from assistant.settings import Settings
from assistant.state import StateStore, open_state, scope_key
from assistant.uploads import record_groups
from corpus.agencies import agency_key
from corpus.errors import AssistantError, BadInput, IndexDamaged, NotFound, UnknownConversation
from corpus.loaders import META_SUFFIX
from corpus.ocr import Ocr, page_png
from index.edge_store import EdgeStore
from index.embedding import Embedder, EmbeddingCache, load_embedder
from index.ingest import Indexer, IngestReport, Progress
from index.records import Access, DocumentHead, DocumentText, Filters, Hit, Query
from index.search import Searcher
from index.sparse import BM25Encoder
from index.store import Fusion, Store

MAX_QUESTION_CHARS = 2000
UNFINISHED = "ingest.unfinished"  # present in the index folder while an ingestion writes
# The local operator's scope, chosen deliberately: every document whatever its groups. For the CLI and the
# evaluations (run by whoever holds the index folder) and the assistant's own bookkeeping (point counts, ingestion,
# audit lookups); a reader's scope comes from the key (assistant.access.Principal.access).
OPERATOR = Filters(access=Access.admin())


def opened_once(method: Callable[[Any], Any]) -> Any:
    """Like functools.cached_property, but two threads asking at once open the resource once (the embedded
    store admits one opener); the value lives in the instance's __dict__ until close() pops it."""
    name = method.__name__

    @wraps(method)
    def get(self):
        if name not in self.__dict__:
            with self._open_lock:
                if name not in self.__dict__:
                    self.__dict__[name] = method(self)
        return self.__dict__[name]
    return property(get)


class Assistant:
    """Built from one Settings; opens the store on first use and must be closed (or used as a context manager).
    Safe to share between threads: reads run concurrently and take no lock; an ingestion reads, chunks and
    embeds outside any lock and holds the write lock only while it writes one document."""

    def __init__(self, settings: Settings | None = None, *, progress: bool = False):
        self.settings = settings or Settings()
        self.progress = progress
        self.encoder = BM25Encoder()
        # _ingest_lock: one ingestion at a time (queries go on); _write_lock: one document's writes at a time
        self._open_lock, self._ingest_lock, self._write_lock = threading.RLock(), threading.Lock(), threading.Lock()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @opened_once
    def embedder(self) -> Embedder:
        return load_embedder(self.settings.embedding_model)

    @opened_once
    def store(self) -> Store:
        s = self.settings
        if s.qdrant_url:
            from index.qdrant_store import QdrantStore  # qdrant-client takes seconds to import: only when it is used

            return QdrantStore(s.collection, self._dense_dim(), url=s.qdrant_url, api_key=s.qdrant_api_key)
        s.index_dir.mkdir(parents=True, exist_ok=True)
        dim = self._dense_dim()
        marker = self._marker()
        try:
            if s.embedded_engine == "edge":
                store = EdgeStore(s.index_dir / "edge", dim)
                # a damaged file fails now, with the way back, not on a later question
                points, as_recorded = store.verify(marker.get("files"))
                stale = not as_recorded
            else:
                from index.qdrant_store import QdrantStore

                store = QdrantStore(s.collection, dim, path=s.index_dir / "local")
                points, stale = store.count(OPERATOR), False
        except IndexDamaged as error:
            raise IndexDamaged(damaged_message(s.index_dir, error.message)) from None
        recorded = marker.get("points")
        if recorded is not None and points != recorded and not (s.index_dir / UNFINISHED).exists():
            store.close()  # never serve a silently emptied (or shrunk) index
            raise IndexDamaged(damaged_message(s.index_dir, f"có {points} đoạn, lần ghi cuối để lại {recorded} đoạn"))
        if (recorded is None or stale and points == recorded) and points:
            # an index from before the count (or the files' sizes) was kept, read whole: kept from now on
            self.__dict__["store"] = store
            self._record_points()
        return store

    def _marker(self) -> dict[str, Any]:
        marker = self.settings.index_dir / "index.json"
        return json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {}

    def _record_points(self) -> None:
        """Write the number of points into index.json after each write, so a start finds a lost segment; on Qdrant
        Edge, with the segment files' sizes after a flush, so a start whose files are as recorded need not read
        every point to find a truncated or lost one (EdgeStore.verify)."""
        marker = self.settings.index_dir / "index.json"
        if not self.settings.qdrant_url and marker.exists():
            store = self.store
            record = {**self._marker(), "points": store.count(OPERATOR)}
            if isinstance(store, EdgeStore):
                store.flush()
                record["files"], store.written = store.files(), False
            tmp = marker.with_suffix(".tmp")
            tmp.write_text(json.dumps(record), encoding="utf-8")
            tmp.replace(marker)

    def _dense_dim(self) -> int:
        """The dense size; an existing embedded index must be queried with the model that built it."""
        marker, model = self.settings.index_dir / "index.json", self.settings.embedding_model
        if marker.exists():
            built = json.loads(marker.read_text(encoding="utf-8"))
            if built["embedding_model"] != model:
                raise BadInput(f"Chỉ mục '{self.settings.index_dir}' được tạo bằng mô hình {built['embedding_model']}, "
                               f"nhưng cấu hình hiện dùng {model}. Hãy dùng thư mục chỉ mục khác.")
            return built["dim"]
        dim = self.embedder.dim
        if not self.settings.qdrant_url:
            marker.write_text(json.dumps({"embedding_model": model, "dim": dim}), encoding="utf-8")
        return dim

    @opened_once
    def state(self) -> StateStore:
        """Conversations, jobs, feedback, audit and rate limits (assistant.state): beside the index, or in the
        Qdrant server with QDRANT_URL so that every worker shares them."""
        s = self.settings
        client = self.store._client if s.qdrant_url else None
        return open_state(s.index_dir, s.state_path, client, s.collection, s.conversation_ttl_hours,
                          s.max_conversations)

    @opened_once
    def _cache(self) -> EmbeddingCache:
        return EmbeddingCache(self.settings.index_dir / "embeddings.sqlite", self.settings.seed_embeddings)

    @opened_once
    def _searcher(self) -> Searcher:
        s = self.settings
        fusion = Fusion(method=s.fusion, k=s.rrf_k, prefetch=s.prefetch)
        return Searcher(self.store, lambda: self.embedder, self.encoder, fusion)

    @opened_once
    def _phraser(self):
        return load_phraser(self.settings)

    @opened_once
    def ocr(self) -> Ocr | None:
        """OCR of scanned PDF pages, cached by file hash in the index folder; None when switched off."""
        s = self.settings
        return Ocr(s.index_dir / "ocr", s.ocr_lang, s.ocr_dpi) if s.ocr else None

    def ingest(self, paths: Iterable[Path | str], progress: Progress | None = None) -> IngestReport:
        """Index files and folders; unchanged documents are skipped, changed ones replaced; scanned pages are
        OCR'd; `progress(stage, done, total)` is told how far it is (see Indexer.ingest). A document keeps the
        groups in force for its doc_id unless its sidecar states others (index.ingest.in_force)."""
        paths = [Path(p) for p in paths]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise NotFound(f"Không tìm thấy: {', '.join(missing)}")
        with self._ingest_lock:
            indexer = self.indexer()
            # The marker lives while an ingestion writes: found at the start, the last one was interrupted (killed,
            # or failed half-way), and what it left half-written is dropped before anything else is written.
            marker = self.settings.index_dir / UNFINISHED
            with self._write_lock:
                repaired = indexer.repair() if marker.exists() else []
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
            report = indexer.ingest(paths, progress)
            with self._write_lock:
                self._record_points()
            marker.unlink()
        report.repaired = repaired
        return report

    @opened_once
    def audit(self) -> AuditLog:
        """The audit log, in the state store (shared by every worker)."""
        return AuditLog(self.settings.index_dir, self.state)

    def ingest_upload(self, saved: Sequence[Path], who: Principal, groups: tuple[str, ...] | None = None,
                      progress: Progress | None = None) -> IngestReport:
        """Index files an upload saved (API, background job, web UI): first the groups that may read them are written
        into their sidecars (`groups` chosen for this upload, else those in force for each doc_id, so a new version
        never widens who reads a document), then the ingestion, audited under `who` with its result or its error."""
        names = [Path(path).name for path in saved]
        try:
            record_groups(list(saved), groups, self.groups_in_force([Path(path).stem for path in saved]))
            report = self.ingest(saved, progress)
        except AssistantError as error:
            self.audit_upload_failed(who, names, groups, error.message)
            raise
        self.audit.write("ingest", who.name, who.role, files=names, **ingest_result(report))
        return report

    def audit_upload_failed(self, who: Principal, names: Sequence[str], groups: tuple[str, ...] | None,
                            message: str) -> None:
        """An upload refused or failed before anything was indexed, audited with the groups it asked for."""
        self.audit.write("ingest", who.name, who.role, files=list(names), error=message,
                         **({} if groups is None else {"requested_groups": list(groups)}))

    def groups_in_force(self, doc_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """doc_id → the groups that may read it now, for those of `doc_ids` that are indexed (() : everyone)."""
        if not doc_ids or not self.settings.qdrant_url and not (self.settings.index_dir / "index.json").exists():
            return {}
        return {doc_id: head.groups for doc_id, head in self.store.heads(doc_ids, filters=OPERATOR).items()}

    def indexer(self) -> Indexer:
        """The ingestion pipeline over this assistant's store, model, vector cache, OCR and write lock."""
        return Indexer(self.store, self.embedder, self._cache, self.encoder, self.settings.chunk_chars,
                       self.settings.embedding_batch, self.settings.max_file_mb * 2**20, self.progress,
                       self._write_lock, self.ocr)

    def present(self, doc_ids: Sequence[str]) -> list[str]:
        """Those of `doc_ids` whose writing finished (their head is indexed), in the order given (whatever their
        groups: for the ingestion's own bookkeeping, never shown to a reader)."""
        heads = self.store.heads(list(doc_ids), filters=OPERATOR) if doc_ids else {}
        return [doc_id for doc_id in doc_ids if doc_id in heads]

    def search(self, query: Query) -> list[Hit]:
        """The best passages for a question, among the documents `query.filters.access` may read."""
        self._check_question(query.text)
        if query.k < 1:
            raise BadInput("Số kết quả (k) phải từ 1 trở lên.")
        self._require_index()
        self._require_documents(query.filters.doc_ids, Filters(access=query.filters.access))
        return self._searcher.search(query)

    def ask(self, question: str, *, conversation_id: str | None = None, history: Sequence[Turn] = (),
            filters: Filters, on_token: Callable[[str], None] | None = None) -> Answer:
        """A cited Vietnamese answer. Follow-ups are resolved against `history`, or against the turns stored
        under `conversation_id` (a new id is made when it is None; held under `filters.access`, so it never
        crosses access scopes); the answer carries that id. With an LLM,
        `on_token` is told its text as it is produced (unchecked: the returned answer is the verified one)."""
        self._check_question(question)
        self._require_index()
        conversation_id, known = conversation_id or uuid.uuid4().hex, conversation_id
        scope = scope_key(filters.access)  # a conversation never crosses access scopes
        turns = list(history) or self.state.turns(conversation_id, scope)
        if known and not turns:
            raise UnknownConversation(
                f"Không tìm thấy cuộc hội thoại '{known}': mã không đúng, đã hết hạn hoặc thuộc người dùng khác. "
                f"Hãy bỏ trống conversation_id để bắt đầu cuộc hội thoại mới.")
        phraser = Tapped(self._phraser, on_token) if self._phraser and on_token else self._phraser
        answer = answer_question(question, turns, filters, self._searcher, phraser, self.settings.min_support)
        answer = replace(answer, conversation_id=conversation_id, answer_id=uuid.uuid4().hex)
        self.state.add_turn(conversation_id, scope, Turn(question, answer))
        return answer

    def ask_stream(self, question: str, **kwargs: Any) -> Iterator[str | Answer]:
        """`ask` as it happens: each piece of the LLM's text (str) as it is produced, then the verified Answer.
        Without an LLM the Answer comes alone, as soon as it is composed. An error is raised by the first
        `next()` when it comes before any text (a bad question, no index), so a caller can still refuse."""
        out: queue.Queue[str | Answer | BaseException] = queue.Queue()

        def work() -> None:
            try:
                out.put(self.ask(question, on_token=out.put, **kwargs))
            except BaseException as error:  # handed to the reader, raised there
                out.put(error)

        threading.Thread(target=work, daemon=True, name="ask-stream").start()
        while True:
            item = out.get()
            if isinstance(item, BaseException):
                raise item
            yield item
            if isinstance(item, Answer):
                return

    def obligations(self, *, agency: str | None = None, doc_ids: Sequence[str] = (), due_from: date | None = None,
                    due_to: date | None = None, overdue_on: date | None = None,
                    filters: Filters) -> list[ObligationView]:
        """Extracted obligations, filtered; `overdue_on` keeps those whose due date has passed by that day."""
        self._require_index()
        self._require_documents(doc_ids, filters)
        if overdue_on:
            due_to = min(due_to or overdue_on, overdue_on - timedelta(days=1))
        filters = replace(filters, doc_ids=tuple(doc_ids), lead_keys=(agency_key(agency),) if agency else (),
                          due_from=due_from, due_to=due_to)
        return list_obligations(self.store.scroll(filters), agency, due_from, due_to, overdue_on)

    def quiz(self, *, doc_ids: Sequence[str] = (), topic: str | None = None, n: int = 10, seed: int = 0,
             kinds: Sequence[str] = KINDS, filters: Filters) -> Quiz:
        """A quiz on the obligations of the chosen documents (all when none), or of the passages a topic finds."""
        self._require_index()
        if not 1 <= n <= 100:
            raise BadInput("Số câu hỏi phải từ 1 đến 100.")
        self._require_documents(doc_ids, filters)
        chosen = replace(filters, doc_ids=tuple(doc_ids))
        payloads = list(self.store.scroll(chosen))
        if topic:
            self._check_question(topic)
            found = {h.chunk_id for h in self._searcher.search(Query(topic, 30, "hybrid", filters=chosen))}
            payloads = [p for p in payloads if p.chunk_id in found]
        # The other documents the caller may read give wrong answers of the same kind (issuers, document numbers).
        siblings = [head for doc_id, head in sorted(self.store.heads(filters=filters).items())
                    if doc_id not in {p.doc_id for p in payloads}]
        title = f"Bài kiểm tra: {topic}" if topic else "Bài kiểm tra"
        try:
            return build_quiz(list_obligations(payloads), n=n, seed=seed, kinds=kinds, title=title,
                              payloads=payloads, siblings=siblings)
        except ValueError as error:
            raise BadInput(f"Loại câu hỏi không hợp lệ: {error}") from None

    def documents(self, filters: Filters) -> list[DocumentHead]:
        """The head of every indexed document that passes the filters (its metadata: `document_fields()`),
        newest first."""
        self._require_index()
        heads = self.store.heads(filters=filters).values()
        return sorted(heads, key=lambda d: (d.issued_on or "", d.doc_id), reverse=True)

    def document(self, doc_id: str, filters: Filters) -> DocumentText:
        """One document's metadata and its chunks in order; a document the filters hide is not found."""
        self._require_index()
        chunks = sorted(self.store.scroll(replace(filters, doc_ids=(doc_id,))), key=lambda p: p.ordinal)
        if not chunks:
            raise NotFound(f"Không có văn bản '{doc_id}' trong chỉ mục.")
        return DocumentText(chunks[0], tuple(chunks))

    def relations(self, doc_id: str, filters: Filters) -> Relations:
        """What a document cites (legal basis, what it implements, replaces, amends, repeals) and what cites it,
        resolved against the documents the filters let the caller see, with whether one replaced it."""
        self._require_index()
        return relations.relations(self.store, doc_id, filters)

    def page_image(self, doc_id: str, page: int, filters: Filters) -> bytes:
        """PNG of one page of an indexed PDF, rendered from the file the document was read from (never a path
        given), so a passage read by OCR can be checked against the scan."""
        self._require_index()
        head = self.store.heads([doc_id], filters=filters).get(doc_id)
        if head is None:
            raise NotFound(f"Không có văn bản '{doc_id}' trong chỉ mục.")
        source = Path(head.source)
        if head.fmt != "pdf" or not source.is_file():
            raise NotFound(f"Văn bản '{doc_id}' không có tệp PDF gốc trên máy chủ để hiển thị trang.")
        return page_png(source, page)

    def delete(self, doc_id: str) -> dict[str, Any]:
        """Remove one document from the index (and its uploaded file, which the server owns); others are kept.
        An admin's act (the API's and UI's delete require the admin role): it sees every document."""
        self._require_index()
        chunks = list(self.store.scroll(Filters(doc_ids=(doc_id,), access=Access.admin())))
        if not chunks:
            raise NotFound(f"Không có văn bản '{doc_id}' trong chỉ mục.")
        with self._write_lock:
            self.store.delete_document(doc_id)
            self._record_points()
        source = Path(chunks[0].source)
        if source.is_relative_to(self.settings.index_dir / "uploads"):
            for path in (source, source.with_name(source.name + META_SUFFIX)):
                path.unlink(missing_ok=True)
        return {"doc_id": doc_id, "chunks": len(chunks)}

    def feedback(self, feedback: Feedback) -> None:
        """Store a rating of an answer in the state store (read back with `feedback_records`)."""
        if feedback.rating not in (1, -1):
            raise BadInput("Đánh giá phải là 1 (hữu ích) hoặc -1 (chưa hữu ích).")
        self.state.add_record("feedback", {**asdict(feedback), "at": datetime.now(timezone.utc).isoformat()})

    def feedback_records(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest ratings, newest first."""
        return self.state.records("feedback", limit)

    def _check_question(self, text: str) -> None:
        if not text or not text.strip():
            raise BadInput("Câu hỏi trống: hãy nhập nội dung cần hỏi.")
        if len(text) > MAX_QUESTION_CHARS:
            raise BadInput(f"Câu hỏi quá dài ({len(text)} ký tự); tối đa {MAX_QUESTION_CHARS} ký tự.")

    def _require_documents(self, doc_ids: Sequence[str], filters: Filters) -> None:
        """NotFound for a named document the index does not hold or the caller may not read."""
        if doc_ids and (missing := [d for d in doc_ids if d not in self.store.heads(doc_ids, filters=filters)]):
            names = ", ".join(f"'{d}'" for d in missing)
            raise NotFound(f"Không có văn bản {names} trong chỉ mục.")

    def _require_index(self) -> None:
        if not self.settings.qdrant_url and not (self.settings.index_dir / "index.json").exists():
            raise NotFound(f"Chưa có chỉ mục tại '{self.settings.index_dir}'. Hãy chạy: python -m assistant ingest THƯ_MỤC")

    def close(self) -> None:
        with self._open_lock, self._write_lock:
            if getattr(self.__dict__.get("store"), "written", False):  # written outside ingest() (e.g. the bench)
                self._record_points()
            self.__dict__.pop("audit", None)  # it writes to the state store, closed below
            for name in ("state", "store", "_cache"):
                if name in self.__dict__:
                    self.__dict__.pop(name).close()
