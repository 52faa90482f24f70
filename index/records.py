"""Records of the index stage: what is stored per point, what a search asks, and what it returns."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from functools import cache
from typing import Any, Iterable, Literal

import numpy as np

from corpus.records import Deadline, Obligation, Span
from index.sparse import SparseVector

Mode = Literal["hybrid", "dense", "sparse"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "sparse")


@dataclass(frozen=True)
class Access:
    """Which documents a read may see: every document (`admin`, a deliberate choice), or the documents without
    groups plus those of `groups` (`of`; `anonymous` has none). Every store read carries one (`Filters.access`):
    there is no default that reads everything."""

    groups: tuple[str, ...] = ()
    every: bool = False  # every document, whatever its groups

    def __post_init__(self) -> None:
        if isinstance(self.groups, str) or not all(isinstance(g, str) for g in self.groups):
            raise TypeError("Access.groups must be a tuple of group names")
        object.__setattr__(self, "groups", tuple(sorted(set(self.groups))))

    @classmethod
    def admin(cls) -> "Access":
        """Every document, whatever its groups: for an admin key and the local operator (CLI, evaluations)."""
        return cls(every=True)

    @classmethod
    def anonymous(cls) -> "Access":
        """Only the documents without groups."""
        return cls()

    @classmethod
    def of(cls, groups: Iterable[str]) -> "Access":
        """The documents without groups and those of these groups."""
        if isinstance(groups, str):
            raise TypeError("Access.of takes a list of group names, not one string")
        return cls(tuple(groups))


@dataclass(frozen=True)
class Filters:
    """Payload filters; empty fields do not filter. `access` is required (keyword-only, no default): a read that
    forgets to say whose it is fails where it is written."""

    doc_types: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    doc_numbers: tuple[str, ...] = ()
    doc_serials: tuple[str, ...] = ()  # "186" matches 186/CĐ-TTg: documents cited by type and number alone
    issued_from: date | None = None
    issued_to: date | None = None
    lead_keys: tuple[str, ...] = ()  # chunks assigning work to one of these agencies (see corpus.agencies.agency_key)
    agency_keys: tuple[str, ...] = ()  # chunks naming one of these agencies as lead or partner
    due_from: date | None = None  # chunks holding an obligation due in this range
    due_to: date | None = None
    ref_keys: tuple[str, ...] = ()  # documents whose text refers to one of these keys (corpus.relations)
    access: Access = field(kw_only=True)  # who reads: never narrowed away (see `unnarrowed`)

    def __post_init__(self) -> None:
        if not isinstance(self.access, Access):
            raise TypeError(f"Filters.access must be an Access (Access.admin(), .anonymous() or .of(groups)), "
                            f"not {type(self.access).__name__}")

    def unnarrowed(self) -> "Filters":
        """These filters without the narrowing a user chose (types, issuers, documents, dates, agencies, references),
        for reads that must see past it, such as the newer document that replaced a cited one; any field that
        limits what the caller may see at all is kept."""
        return replace(self, doc_types=(), issuers=(), doc_ids=(), doc_numbers=(), doc_serials=(), issued_from=None,
                       issued_to=None, lead_keys=(), agency_keys=(), due_from=None, due_to=None, ref_keys=())

    def keyword_conditions(self) -> dict[str, tuple[str, ...]]:
        """Payload field → accepted values, for the fields that filter."""
        pairs = {"doc_type": self.doc_types, "issuer": self.issuers, "doc_id": self.doc_ids,
                 "doc_number": self.doc_numbers, "doc_serial": self.doc_serials, "lead_keys": self.lead_keys,
                 "agency_keys": self.agency_keys, "ref_keys": self.ref_keys}
        return {key: values for key, values in pairs.items() if values}


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 10
    mode: Mode = "hybrid"
    filters: Filters = field(kw_only=True)  # required: it carries the reader's access


@dataclass(frozen=True)
class Point:
    """One chunk as stored: id, both vectors and its payload."""

    id: str
    dense: np.ndarray
    sparse: SparseVector
    payload: dict[str, Any]


def obligation_payload(obligation: Obligation) -> dict[str, Any]:
    """An obligation as stored with its chunk: a JSON-ready dict (dates as ISO strings)."""
    data = asdict(obligation)
    if obligation.deadline and obligation.deadline.due:
        data["deadline"]["due"] = obligation.deadline.due.isoformat()
    return data


def obligation_from_payload(data: dict[str, Any]) -> Obligation:
    """The inverse of `obligation_payload`."""
    deadline = data.get("deadline")
    if deadline:
        due = deadline.get("due")
        deadline = Deadline(**{**deadline, "due": date.fromisoformat(due) if due else None})
    return Obligation(**{**data, "lead": tuple(data["lead"]), "partners": tuple(data.get("partners", ())),
                         "deadline": deadline, "span": Span(**data["span"])})


@cache
def field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names, in order (dataclasses.fields() builds them anew at every call: a search converts
    every hit's payload, a heads() read every head's)."""
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class StoredReference:
    """A document the head's document names (corpus.records.Reference) as stored: with the chunk (id, section,
    page) holding its statement, for citations; dates as ISO strings."""

    key: str  # corpus.relations.number_key of the number, or the weak key "Chỉ thị 24"
    kind: str = "mentions"
    doc_type: str | None = None
    number: str | None = None
    serial: str = ""
    name: str = ""
    year: int | None = None
    quote: str = ""
    issued_on: str | None = None
    start: int = 0
    end: int = 0
    page: int | None = None
    chunk_id: str = ""
    section: str = ""

    def to_payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> "StoredReference":
        return cls(**{name: data[name] for name in field_names(cls) if name in data})


@dataclass(frozen=True)
class StoredChunk:
    """One point's payload as a record: the passage, where it sits, its document's metadata, its obligations and
    the keys filters match on. The head point (ordinal 0, written last) also carries the document's references;
    see `DocumentHead`. `to_payload`/`from_payload` are the only place that knows the stored keys."""

    chunk_id: str
    doc_id: str
    ordinal: int = 0
    text: str = ""
    heading_path: tuple[str, ...] = ()
    article: str | None = None
    section: str = ""
    table_header: tuple[str, ...] = ()
    page: int | None = None
    start: int = 0
    end: int = 0
    ocr_confidence: float | None = None
    source: str = ""
    fmt: str = ""
    content_hash: str = ""
    doc_number: str | None = None
    doc_serial: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    issued_on: str | None = None  # ISO date
    title: str | None = None
    signer: str | None = None
    signer_title: str | None = None  # the signer's own title: "Phó Chủ tịch", "Thủ tướng"
    place: str | None = None
    groups: tuple[str, ...] = ()  # empty: everyone may read it
    references: tuple[StoredReference, ...] = ()  # head point only
    ref_keys: tuple[str, ...] = ()  # head point only: corpus.relations.reference_keys of the references
    obligations: tuple[Obligation, ...] = ()
    lead_keys: tuple[str, ...] = ()
    agency_keys: tuple[str, ...] = ()
    due: tuple[str, ...] = ()  # ISO due dates of the obligations
    pipeline: int = 0

    def to_payload(self) -> dict[str, Any]:
        """The stored dict: tuples as lists, obligations and references as dicts."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
        data["obligations"] = [obligation_payload(o) for o in self.obligations]
        data["references"] = [r.to_payload() for r in self.references]
        return data

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "StoredChunk":
        """The record of a stored payload; fields an older pipeline did not write take their defaults."""
        data = {name: value for name in field_names(cls) if (value := payload.get(name)) is not None}
        for name in ("heading_path", "table_header", "groups", "ref_keys", "lead_keys", "agency_keys", "due"):
            data[name] = tuple(data.get(name, ()))
        data["obligations"] = tuple(obligation_from_payload(o) for o in payload.get("obligations") or ())
        data["references"] = tuple(StoredReference.from_payload(r) for r in payload.get("references") or ())
        return cls(**data)

    def document_fields(self) -> dict[str, Any]:
        """The document's metadata as JSON-ready fields (what the documents listing shows)."""
        return {name: getattr(self, name) for name in DOCUMENT_FIELDS}

    def chunk_fields(self) -> dict[str, Any]:
        """The passage as JSON-ready fields (what a document's text shows)."""
        data = {name: getattr(self, name) for name in CHUNK_FIELDS}
        return {**data, "heading_path": list(self.heading_path),
                "obligations": [obligation_payload(o) for o in self.obligations]}


class DocumentHead(StoredChunk):
    """A document's head point (ordinal 0, written last, so it marks the document complete): its first chunk,
    which also carries the document's references and their keys. What `Store.heads()` returns."""


DOCUMENT_FIELDS = ("doc_id", "doc_number", "doc_type", "issuer", "issued_on", "title", "signer", "place", "source",
                   "fmt", "content_hash")
CHUNK_FIELDS = ("chunk_id", "ordinal", "text", "heading_path", "article", "section", "page", "start", "end",
                "obligations", "ocr_confidence")


@dataclass(frozen=True)
class DocumentText:
    """One document's metadata and its chunks in order, as `Assistant.document` returns it."""

    head: StoredChunk
    chunks: tuple[StoredChunk, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of the API's document route: the metadata fields with a list of chunk fields."""
        return {**self.head.document_fields(), "chunks": [c.chunk_fields() for c in self.chunks]}


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with everything a citation needs."""

    chunk_id: str
    doc_id: str
    doc_number: str | None
    title: str | None
    doc_type: str | None
    issuer: str | None
    issued_on: str | None
    article: str | None
    section: str
    heading_path: tuple[str, ...]
    text: str
    page: int | None
    start: int
    end: int
    source: str
    score: float
    table_header: tuple[str, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    ocr_confidence: float | None = None  # the passage was read by OCR from a scan, with this confidence (0–1)

    @classmethod
    def of(cls, chunk: StoredChunk, score: float) -> "Hit":
        """The hit of a stored chunk."""
        return cls(chunk.chunk_id, chunk.doc_id, chunk.doc_number, chunk.title, chunk.doc_type, chunk.issuer,
                   chunk.issued_on, chunk.article, chunk.section, chunk.heading_path, chunk.text, chunk.page,
                   chunk.start, chunk.end, chunk.source, float(score), chunk.table_header, chunk.obligations,
                   chunk.ocr_confidence)

    @classmethod
    def from_payload(cls, payload: dict[str, Any], score: float) -> "Hit":
        return cls(
            chunk_id=payload["chunk_id"], doc_id=payload["doc_id"], doc_number=payload.get("doc_number"),
            title=payload.get("title"), doc_type=payload.get("doc_type"), issuer=payload.get("issuer"),
            issued_on=payload.get("issued_on"), article=payload.get("article"), section=payload.get("section", ""),
            heading_path=tuple(payload.get("heading_path", ())), text=payload["text"], page=payload.get("page"),
            start=payload["start"], end=payload["end"], source=payload.get("source", ""), score=float(score),
            table_header=tuple(payload.get("table_header", ())),
            obligations=tuple(obligation_from_payload(o) for o in payload.get("obligations", ())),
            ocr_confidence=payload.get("ocr_confidence"))

    def contract(self) -> dict[str, Any]:
        """The fields of the CLI's JSON search contract."""
        return {"doc_id": self.doc_id, "doc_number": self.doc_number, "title": self.title, "article": self.article,
                "section": self.section, "text": self.text, "score": round(self.score, 6)}
