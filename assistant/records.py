"""Records of the answering stage: citations, answers, conversation turns, obligation listings, feedback."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from corpus.records import Obligation
from corpus.text import clean_display
from corpus.vn import document_label  # noqa: F401 (re-exported: answering, exports, quiz, relations, ui)
from index.records import Hit


def ocr_note(confidence: float | None) -> str:
    """"văn bản quét, nhận dạng OCR, độ tin cậy ~87%" for a passage read by OCR; empty for a text layer."""
    return "" if confidence is None else f"văn bản quét, nhận dạng OCR, độ tin cậy ~{confidence:.0%}"


@dataclass(frozen=True)
class Citation:
    """A numbered pointer to the exact passage that supports a sentence of an answer."""

    number: int
    chunk_id: str
    doc_id: str
    doc_number: str | None
    title: str | None
    doc_type: str | None
    issuer: str | None
    issued_on: str | None
    section: str
    article: str | None
    page: int | None
    quote: str  # the supporting text, exactly as in the document between `start` and `end`
    start: int
    end: int
    source: str
    ocr_confidence: float | None = None  # set when the passage was read by OCR from a scanned page
    table_header: tuple[str, ...] = ()  # the column names when the passage is a row of a table

    @classmethod
    def of(cls, number: int, hit: Hit, quote: str | None = None, start: int | None = None,
           end: int | None = None) -> "Citation":
        """A citation of a whole hit, or of a span inside it (`quote` with its document offsets)."""
        return cls(number, hit.chunk_id, hit.doc_id, hit.doc_number, hit.title, hit.doc_type, hit.issuer,
                   hit.issued_on, hit.section, hit.article, hit.page, quote if quote is not None else hit.text,
                   hit.start if start is None else start, hit.end if end is None else end, hit.source,
                   hit.ocr_confidence, tuple(hit.table_header))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        """A citation read back from `Answer.to_dict()` (a JSON answer kept by the UI or sent by the API)."""
        citation = cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})
        return replace(citation, table_header=tuple(citation.table_header or ()))  # a JSON list back to a tuple

    @property
    def display(self) -> str:
        """The quote as a reader sees it: no markdown escapes, no pipes, a table row's cells each under its
        column's name ("Nhiệm vụ: … · Cơ quan chủ trì: …")."""
        return clean_display(self.quote, self.table_header)

    @property
    def label(self) -> str:
        """"Kế hoạch 193/KH-UBND, Mục II.2, trang 3" for display, with the OCR note in brackets when it applies."""
        name = document_label(self.doc_type, self.doc_number, self.doc_id, self.title, self.issued_on)
        label = ", ".join(filter(None, (name, self.section, f"trang {self.page}" if self.page else "")))
        note = ocr_note(self.ocr_confidence)
        return f"{label} ({note})" if note else label


@dataclass(frozen=True)
class Answer:
    """An answer in Vietnamese whose sentences carry [n] markers into `citations`."""

    question: str
    text: str
    answerable: bool
    citations: tuple[Citation, ...] = ()
    intent: str = "content"
    resolved_question: str | None = None  # the question as understood after the conversation (follow-ups)
    grounded: bool = True  # False when an LLM wrote sentences its cited passages do not support
    unsupported: tuple[str, ...] = ()  # those sentences, dropped from `text`
    phrased_by: str = "extractive"  # "extractive" or the LLM model name
    obligations: tuple[Obligation, ...] = ()
    support: float = 0.0  # share of the question's content words found in the best passages
    conversation_id: str | None = None
    answer_id: str | None = None
    warnings: tuple[str, ...] = ()  # cited documents an indexed document replaced or repealed; an LLM that failed
    # a declined answer: the document its passages came from, which the answer could not be read from. It stays the
    # conversation's document ("… ai ký quyết định gọi đăng ký …?" declined, then "Quyết định đó phải chuyển đến công
    # dân trước mấy ngày?" is asked of it); None when answered (the citations say it) or nothing was found
    focus_doc: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["citations"] = [{**asdict(c), "text": c.quote, "display": c.display, "label": c.label}
                             for c in self.citations]
        return data


@dataclass(frozen=True)
class Turn:
    """One exchange of a conversation, kept to resolve follow-up questions."""

    question: str
    answer: Answer


@dataclass(frozen=True)
class ObligationView:
    """An obligation with the document it comes from, for listings and exports."""

    obligation: Obligation
    doc_number: str | None
    doc_type: str | None
    title: str | None
    issuer: str | None
    issued_on: str | None
    section: str
    quote: str
    overdue: bool = False
    deadline_text: str = ""  # for display (corpus.display): "ngày 30/06/2025", "Quý II/2025", "15/01 hằng năm"


@dataclass(frozen=True)
class Feedback:
    answer_id: str | None
    question: str
    rating: int  # +1 or -1
    comment: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RelatedDocument:
    """The document at the other end of a relation: an indexed one (`doc_id` set) or a stub named by the text."""

    doc_id: str | None
    label: str  # "Chỉ thị 30/CT-TTg"; a stub as the text names it: "Chỉ thị số 29/CT-TTg ngày 02 tháng 12 năm 2019"
    doc_type: str | None = None
    doc_number: str | None = None
    issued_on: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Relation:
    """One document citing another: `direction` "out" when the document asked about cites `other`, "in" when
    `other` cites it; the quote is the citing statement, at its offsets in the citing document."""

    kind: str  # corpus.relations.KINDS
    direction: str
    other: RelatedDocument
    citing_doc_id: str
    quote: str
    start: int
    end: int
    page: int | None
    section: str
    chunk_id: str


@dataclass(frozen=True)
class Relations:
    """What a document cites and what cites it, and whether an indexed document replaced or repealed it."""

    document: RelatedDocument
    outgoing: tuple[Relation, ...]
    incoming: tuple[Relation, ...]
    status: str  # "current" (nothing indexed replaces or repeals it), "replaced", "repealed", "amended"
    status_text: str  # the status in Vietnamese, naming the newer documents
    newer: tuple[RelatedDocument, ...] = ()  # the documents that replaced, repealed or amended it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
