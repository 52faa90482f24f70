"""The state store: conversations, background jobs, feedback, audit records and rate-limit buckets, kept across
restarts and shared by every API worker that opens the same store.

Two back ends behind one interface (`StateStore`):
- `SqliteState`: one SQLite file in WAL mode (default INDEX_DIR/state.sqlite), for the embedded index; several
  processes on one machine may open the same file.
- `QdrantState`: Qdrant collections without vectors (`<collection>_state_*`), used when QDRANT_URL is set, so
  that every worker on every host reaches the same state; tested here through qdrant-client's local mode.

Conversation policy: a conversation keeps its last `MAX_TURNS` turns and expires `ttl` seconds after its last
turn (TLVB_CONVERSATION_TTL_HOURS, default 7 days); beyond `max_conversations` the least recently used ones go
first. A restart expires nothing.
"""
from __future__ import annotations

import dataclasses
import json
import math
import sqlite3
import threading
import time
import types
import typing
import uuid
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, Protocol

from assistant.records import Turn
from corpus.errors import BadInput
from index.records import Access, field_names

MAX_TURNS = 20  # turns of one conversation kept for follow-ups
PRUNE_EVERY = 100  # writes of turns between two sweeps of expired conversations
JOB_STATES = ("queued", "running", "done", "failed", "interrupted")
KEPT_JOBS = 1000  # finished jobs remembered (SQLite store), the least recently changed forgotten first


@dataclass(frozen=True)
class Job:
    """A background ingestion: its state (queued → running → done | failed; interrupted when the process that ran
    it stopped first), the stage now running and its counts, the result or error; `owner` names the process."""

    id: str
    state: str = "queued"
    stage: str = "queued"  # the ingestion stage now running: parse, embed, index (ocr where OCR reports)
    done: int = 0
    total: int = 0
    result: dict[str, Any] | None = None
    error: str | None = None
    files: tuple[str, ...] = ()  # the files it ingests (paths on the server)
    indexed: tuple[str, ...] | None = None  # for an interrupted job: the documents it had written
    owner: str = ""
    updated: float = 0.0  # time.time() of the last change (the owner's heartbeat while it runs)


def scope_key(access: Access) -> str:
    """The access scope a conversation is held under: "*" for the admin's (every document), else its groups."""
    return "*" if access.every else json.dumps(list(access.groups), ensure_ascii=False)


# ---- records as JSON, generically (new fields of Turn/Answer survive; unknown stored fields are ignored) ----

def to_json(record: Any) -> str:
    return json.dumps(_jsonable(record), ensure_ascii=False, default=_plain)


def _jsonable(value: Any) -> Any:
    """What dataclasses.asdict makes of a record, as JSON writes it (asdict deep-copies every leaf first: a kept turn
    holds its answer's citations and rows, written after every question)."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _jsonable(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {_jsonable(key): _jsonable(item) for key, item in value.items()}
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def from_json(cls: type, text: str) -> Any:
    return _build(cls, json.loads(text))


def _build(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis or not args:
            return tuple(_build(args[0] if args else Any, v) for v in value)
        return tuple(_build(a, v) for a, v in zip(args, value))
    if origin is list:
        return [_build(args[0] if args else Any, v) for v in value]
    if dataclasses.is_dataclass(kind) and isinstance(value, dict):
        hints = typing.get_type_hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        return kind(**{k: _build(hints[k], v) for k, v in value.items() if k in known})
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


class StateStore(Protocol):
    def turns(self, conversation: str, scope: str) -> list[Turn]: ...
    def add_turn(self, conversation: str, scope: str, turn: Turn) -> None: ...
    def put_job(self, job: Job) -> None: ...
    def job(self, job_id: str) -> Job | None: ...
    def jobs(self, states: tuple[str, ...]) -> list[Job]: ...
    def add_record(self, kind: str, record: dict[str, Any]) -> None: ...
    def records(self, kind: str, limit: int) -> list[dict[str, Any]]: ...
    def take(self, name: str, rate: float, burst: int) -> float: ...
    def backup(self, path: Path) -> None: ...
    def close(self) -> None: ...


def _bucket(tokens: float | None, then: float | None, now: float, rate: float, burst: int) -> tuple[float, float]:
    """A token bucket after `now`: (tokens left, seconds to wait; 0 when one was taken)."""
    tokens = float(burst) if tokens is None else min(float(burst), tokens + (now - then) * rate)
    if tokens < 1:
        return tokens, max(1, math.ceil((1 - tokens) / rate))
    return tokens - 1, 0.0


class SqliteState:
    """The state in one SQLite file (WAL; readers never wait for the writer); safe between threads and between
    processes on one machine. ":memory:" gives a private, unshared store."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS turns (conversation TEXT, scope TEXT, seq INTEGER, at REAL, turn TEXT,
                                      PRIMARY KEY (conversation, scope, seq));
    CREATE TABLE IF NOT EXISTS conversations (conversation TEXT, scope TEXT, last REAL,
                                              PRIMARY KEY (conversation, scope));
    CREATE INDEX IF NOT EXISTS conversations_last ON conversations (last);
    CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, state TEXT, job TEXT);
    CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, record TEXT);
    CREATE INDEX IF NOT EXISTS records_kind ON records (kind, seq);
    CREATE TABLE IF NOT EXISTS buckets (name TEXT PRIMARY KEY, tokens REAL, at REAL);
    """

    def __init__(self, path: Path | str, *, ttl: float = 7 * 86400, max_conversations: int = 10_000):
        self.path, self.ttl, self.max_conversations = path, ttl, max_conversations
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._writes = 0
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(self.SCHEMA)

    def _write(self, *statements: tuple[str, tuple]) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    self._db.execute(sql, args)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def turns(self, conversation: str, scope: str) -> list[Turn]:
        rows = self._read("SELECT t.turn FROM turns t JOIN conversations c USING (conversation, scope) "
                          "WHERE t.conversation = ? AND t.scope = ? AND c.last >= ? ORDER BY t.seq",
                          (conversation, scope, time.time() - self.ttl))
        return [from_json(Turn, text) for (text,) in rows]

    def add_turn(self, conversation: str, scope: str, turn: Turn) -> None:
        now, key = time.time(), (conversation, scope)
        self._write(("INSERT INTO turns SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM turns "
                     "WHERE conversation = ? AND scope = ?", (*key, now, to_json(turn), *key)),
                    ("DELETE FROM turns WHERE conversation = ? AND scope = ? AND seq <= "
                     "(SELECT MAX(seq) FROM turns WHERE conversation = ? AND scope = ?) - ?", (*key, *key, MAX_TURNS)),
                    ("INSERT INTO conversations VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET last = excluded.last",
                     (*key, now)))
        self._writes += 1
        if self._writes % PRUNE_EVERY == 0:
            self.prune()

    def prune(self, now: float | None = None) -> None:
        """Drop conversations past their age, then the least recently used beyond the count."""
        now = time.time() if now is None else now
        self._write(("DELETE FROM conversations WHERE last < ?", (now - self.ttl,)),
                    ("DELETE FROM conversations WHERE rowid IN (SELECT rowid FROM conversations ORDER BY last DESC "
                     "LIMIT -1 OFFSET ?)", (self.max_conversations,)),
                    ("DELETE FROM turns WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE "
                     "c.conversation = turns.conversation AND c.scope = turns.scope)", ()))

    def put_job(self, job: Job) -> None:
        """Store a job's state; beyond KEPT_JOBS finished jobs, the least recently changed are forgotten."""
        statements = [("INSERT OR REPLACE INTO jobs VALUES (?, ?, ?)", (job.id, job.state, to_json(job)))]
        if job.state not in ("queued", "running"):
            statements.append(("DELETE FROM jobs WHERE state NOT IN ('queued', 'running') AND rowid NOT IN (SELECT "
                               "rowid FROM jobs WHERE state NOT IN ('queued', 'running') ORDER BY rowid DESC LIMIT ?)",
                               (KEPT_JOBS,)))
        self._write(*statements)

    def job(self, job_id: str) -> Job | None:
        rows = self._read("SELECT job FROM jobs WHERE id = ?", (job_id,))
        return from_json(Job, rows[0][0]) if rows else None

    def jobs(self, states: tuple[str, ...]) -> list[Job]:
        marks = ",".join("?" * len(states))
        rows = self._read(f"SELECT job FROM jobs WHERE state IN ({marks})", states)
        return [from_json(Job, text) for (text,) in rows]

    def add_record(self, kind: str, record: dict[str, Any]) -> None:
        self._write(("INSERT INTO records (kind, record) VALUES (?, ?)",
                     (kind, json.dumps(record, ensure_ascii=False, default=_plain))))

    def records(self, kind: str, limit: int) -> list[dict[str, Any]]:
        rows = self._read("SELECT record FROM records WHERE kind = ? ORDER BY seq DESC LIMIT ?", (kind, limit))
        return [json.loads(text) for (text,) in rows]

    def take(self, name: str, rate: float, burst: int) -> float:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT tokens, at FROM buckets WHERE name = ?", (name,)).fetchone()
                now = time.time()
                tokens, wait = _bucket(*(row or (None, None)), now, rate, burst)
                self._db.execute("INSERT OR REPLACE INTO buckets VALUES (?, ?, ?)", (name, tokens, now))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return wait

    def backup(self, path: Path) -> None:
        """A consistent copy of the whole state (SQLite's online backup), while others keep writing."""
        target = sqlite3.connect(str(path))
        try:
            with self._lock:
                self._db.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()


class QdrantState:
    """The state in Qdrant collections without vectors, reachable by every worker of a deployment. Qdrant has no
    transactions: a rate-limit bucket is read and written back (two workers may both admit the last token), and
    turn numbers come from the clock (ns), which orders the turns of one conversation (one user at a time)."""

    KINDS = ("turns", "conversations", "jobs", "records", "buckets")

    def __init__(self, client: Any, prefix: str, *, ttl: float = 7 * 86400, max_conversations: int = 10_000):
        from qdrant_client import models

        self._client, self._m, self.ttl, self.max_conversations = client, models, ttl, max_conversations
        self._names = {kind: f"{prefix}_state_{kind}" for kind in self.KINDS}
        self._lock, self._writes = threading.Lock(), 0
        for name in self._names.values():
            if not client.collection_exists(name):
                client.create_collection(name, vectors_config={})
                for key, schema in (("conversation", "keyword"), ("scope", "keyword"), ("kind", "keyword"),
                                    ("state", "keyword"), ("seq", "integer"), ("last", "float")):
                    with warnings.catch_warnings():  # local mode keeps no payload indexes (and warns)
                        warnings.simplefilter("ignore")
                        client.create_payload_index(name, key, field_schema=schema)

    @staticmethod
    def _id(*parts: str) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "\x1f".join(parts)))

    def _match(self, **values: str) -> Any:
        m = self._m
        return m.Filter(must=[m.FieldCondition(key=k, match=m.MatchValue(value=v)) for k, v in values.items()])

    def _put(self, kind: str, point_id: str, payload: dict[str, Any]) -> None:
        self._client.upsert(self._names[kind], points=[self._m.PointStruct(id=point_id, vector={}, payload=payload)])

    def _get(self, kind: str, point_id: str) -> dict[str, Any] | None:
        found = self._client.retrieve(self._names[kind], [point_id], with_payload=True)
        return found[0].payload if found else None

    def _scroll(self, kind: str, query_filter: Any, limit: int | None = None, order: str | None = None,
                ) -> Iterator[dict[str, Any]]:
        m, offset, seen = self._m, None, 0
        while True:
            page = limit if order else 256 if limit is None else min(256, limit - seen)
            order_by = m.OrderBy(key=order, direction="desc") if order else None
            records, offset = self._client.scroll(self._names[kind], scroll_filter=query_filter, limit=page,
                                                  with_payload=True, order_by=order_by,
                                                  offset=None if order else offset)
            yield from (r.payload for r in records)
            seen += len(records)
            if order or offset is None or (limit is not None and seen >= limit):  # ordered: one page
                return

    def turns(self, conversation: str, scope: str) -> list[Turn]:
        head = self._get("conversations", self._id(conversation, scope))
        if not head or head["last"] < time.time() - self.ttl:
            return []
        found = self._scroll("turns", self._match(conversation=conversation, scope=scope), MAX_TURNS, "seq")
        return [from_json(Turn, p["turn"]) for p in sorted(found, key=lambda p: p["seq"])]

    def add_turn(self, conversation: str, scope: str, turn: Turn) -> None:
        now = time.time()
        seq = time.time_ns()
        self._put("turns", self._id(conversation, scope, str(seq)),
                  {"conversation": conversation, "scope": scope, "seq": seq, "turn": to_json(turn)})
        self._put("conversations", self._id(conversation, scope), {"conversation": conversation, "scope": scope,
                                                                    "last": now})
        with self._lock:
            self._writes += 1
            due = self._writes % PRUNE_EVERY == 0
        if due:
            self.prune()

    def prune(self, now: float | None = None) -> None:
        m, now = self._m, time.time() if now is None else now
        heads = sorted(self._scroll("conversations", None), key=lambda p: p["last"], reverse=True)
        for rank, head in enumerate(heads):
            if head["last"] < now - self.ttl or rank >= self.max_conversations:
                key = {"conversation": head["conversation"], "scope": head["scope"]}
                self._client.delete(self._names["turns"], points_selector=m.FilterSelector(filter=self._match(**key)))
                self._client.delete(self._names["conversations"],
                                    points_selector=m.PointIdsList(points=[self._id(*key.values())]))
        for head in heads[:self.max_conversations]:  # turns beyond MAX_TURNS of the conversations kept
            key = {"conversation": head["conversation"], "scope": head["scope"]}
            old = list(self._scroll("turns", self._match(**key)))
            old.sort(key=lambda p: p["seq"], reverse=True)
            ids = [self._id(p["conversation"], p["scope"], str(p["seq"])) for p in old[MAX_TURNS:]]
            if ids:
                self._client.delete(self._names["turns"], points_selector=m.PointIdsList(points=ids))

    def put_job(self, job: Job) -> None:
        self._put("jobs", self._id(job.id), {"id": job.id, "state": job.state, "job": to_json(job)})

    def job(self, job_id: str) -> Job | None:
        payload = self._get("jobs", self._id(job_id))
        return from_json(Job, payload["job"]) if payload else None

    def jobs(self, states: tuple[str, ...]) -> list[Job]:
        m = self._m
        query_filter = m.Filter(must=[m.FieldCondition(key="state", match=m.MatchAny(any=list(states)))])
        return [from_json(Job, p["job"]) for p in self._scroll("jobs", query_filter)]

    def add_record(self, kind: str, record: dict[str, Any]) -> None:
        seq = time.time_ns()
        self._put("records", self._id(kind, str(seq), uuid.uuid4().hex),
                  {"kind": kind, "seq": seq, "record": json.dumps(record, ensure_ascii=False, default=_plain)})

    def records(self, kind: str, limit: int) -> list[dict[str, Any]]:
        return [json.loads(p["record"]) for p in self._scroll("records", self._match(kind=kind), limit, "seq")]

    def take(self, name: str, rate: float, burst: int) -> float:
        with self._lock:  # atomic within a worker; between workers, see the class note
            head = self._get("buckets", self._id(name)) or {}
            now = time.time()
            tokens, wait = _bucket(head.get("tokens"), head.get("at"), now, rate, burst)
            self._put("buckets", self._id(name), {"tokens": tokens, "at": now})
        return wait

    def backup(self, path: Path) -> None:
        raise BadInput("Với máy chủ Qdrant (QDRANT_URL), trạng thái nằm trong các bộ sưu tập "
                       f"'{next(iter(self._names.values())).rsplit('_', 1)[0]}_*' của máy chủ: hãy sao lưu bằng "
                       "snapshot của Qdrant (xem docs/readme-state.md).")

    def close(self) -> None:
        pass  # the client belongs to whoever made it


LEGACY_FILES = {"feedback": "feedback.jsonl", "audit": "audit.jsonl"}  # where earlier versions kept them


def import_legacy(index_dir: Path, state: StateStore) -> None:
    """Move the feedback and audit lines an earlier version wrote into INDEX_DIR into the state store, oldest first;
    each file is renamed *.imported once its lines are in."""
    for kind, name in LEGACY_FILES.items():
        path = Path(index_dir) / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                state.add_record(kind, record)
        path.rename(path.with_name(name + ".imported"))


def open_state(index_dir: Path, state_path: Path | None, qdrant_client: Any | None, collection: str,
               ttl_hours: float, max_conversations: int) -> StateStore:
    """QdrantState over the index's Qdrant client when it serves a Qdrant server (shared by all workers); else
    SqliteState at `state_path` (default INDEX_DIR/state.sqlite). Feedback and audit files of earlier versions
    found in the index folder are imported."""
    ttl = ttl_hours * 3600
    if qdrant_client is not None:
        state: StateStore = QdrantState(qdrant_client, collection, ttl=ttl, max_conversations=max_conversations)
    else:
        state = SqliteState(state_path or Path(index_dir) / "state.sqlite", ttl=ttl,
                            max_conversations=max_conversations)
    import_legacy(index_dir, state)
    return state
