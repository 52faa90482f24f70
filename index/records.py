"""Records of the index stage: what is stored per point, what a search asks, and what it returns."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

import numpy as np

from corpus.obligations import from_payload
from corpus.records import Obligation
from index.sparse import SparseVector

Mode = Literal["hybrid", "dense", "sparse"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "sparse")


@dataclass(frozen=True)
class Filters:
    """Payload filters; empty fields do not filter."""

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
    # Access: None reads every document; a tuple reads the documents with no groups or one of these groups.
    groups: tuple[str, ...] | None = None
    ref_keys: tuple[str, ...] = ()  # documents whose text refers to one of these keys (corpus.relations)

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
    filters: Filters = field(default_factory=Filters)


@dataclass(frozen=True)
class Point:
    """One chunk as stored: id, both vectors and its payload."""

    id: str
    dense: np.ndarray
    sparse: SparseVector
    payload: dict[str, Any]


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
    def from_payload(cls, payload: dict[str, Any], score: float) -> "Hit":
        return cls(
            chunk_id=payload["chunk_id"], doc_id=payload["doc_id"], doc_number=payload.get("doc_number"),
            title=payload.get("title"), doc_type=payload.get("doc_type"), issuer=payload.get("issuer"),
            issued_on=payload.get("issued_on"), article=payload.get("article"), section=payload.get("section", ""),
            heading_path=tuple(payload.get("heading_path", ())), text=payload["text"], page=payload.get("page"),
            start=payload["start"], end=payload["end"], source=payload.get("source", ""), score=float(score),
            table_header=tuple(payload.get("table_header", ())),
            obligations=tuple(from_payload(o) for o in payload.get("obligations", ())),
            ocr_confidence=payload.get("ocr_confidence"))

    def contract(self) -> dict[str, Any]:
        """The fields of the CLI's JSON search contract."""
        return {"doc_id": self.doc_id, "doc_number": self.doc_number, "title": self.title, "article": self.article,
                "section": self.section, "text": self.text, "score": round(self.score, 6)}
