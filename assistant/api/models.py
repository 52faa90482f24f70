"""Request and response bodies of the HTTP API; the records of the lower layers are reused where they fit."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.core import MAX_QUESTION_CHARS
from assistant.public import Access, Filters, Hit, Obligation
from assistant.records import Answer, RelatedDocument, Relation, Turn

LIST_MAX = 50


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FiltersIn(Strict):
    doc_types: list[str] = Field(default_factory=list, max_length=LIST_MAX, examples=[["Kế hoạch"]])
    issuers: list[str] = Field(default_factory=list, max_length=LIST_MAX)
    doc_ids: list[str] = Field(default_factory=list, max_length=LIST_MAX)
    doc_numbers: list[str] = Field(default_factory=list, max_length=LIST_MAX, examples=[["193/KH-UBND"]])
    issued_from: date | None = None
    issued_to: date | None = None

    def to_filters(self, access: Access) -> Filters:
        """These filters, within what `access` (the caller's) may read."""
        return Filters(doc_types=tuple(self.doc_types), issuers=tuple(self.issuers), doc_ids=tuple(self.doc_ids),
                       doc_numbers=tuple(self.doc_numbers), issued_from=self.issued_from, issued_to=self.issued_to,
                       access=access)


class HistoryItem(Strict):
    question: str = Field(max_length=MAX_QUESTION_CHARS)
    answer: str = Field(max_length=20_000, description="The text of the earlier answer.")

    def to_turn(self) -> Turn:
        return Turn(self.question, Answer(question=self.question, text=self.answer, answerable=True))


class AskIn(Strict):
    question: str = Field(examples=["Ai chủ trì nhiệm vụ trồng cây xanh?"],
                          description=f"At most {MAX_QUESTION_CHARS} characters (longer: 400, Vietnamese message).",
                          json_schema_extra={"maxLength": MAX_QUESTION_CHARS})
    conversation_id: str | None = Field(
        None, max_length=100, description="Continue a conversation kept by the server (returned by each answer); an "
                                          "id the server does not hold for this caller is refused (404), never "
                                          "silently replaced by a new conversation.")
    history: list[HistoryItem] = Field(default_factory=list, max_length=LIST_MAX,
                                       description="Earlier turns given by the caller; they replace the stored ones.")
    filters: FiltersIn = Field(default_factory=FiltersIn)
    stream: bool = Field(False, description="Answer as Server-Sent Events: `delta` pieces of text as they are produced, "
                                            "then `answer` (verified; its text replaces the deltas), then `done`.")


class CitationOut(BaseModel):
    model_config = ConfigDict(extra="allow")

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
    quote: str
    text: str = Field(description="Same as quote: the supporting text exactly as in the document.")
    display: str = Field("", description="The quote for reading: no markdown escapes, a table row's cells joined by "
                                         "\" · \" without pipes or header rows.")
    label: str
    start: int
    end: int
    source: str
    ocr_confidence: float | None = Field(None, description="Set when the passage was read by OCR from a scanned page "
                                                           "(0–1); the label then says so.")
    table_header: list[str] = Field([], description="The column names when the passage is a row of a task table "
                                                    "(display shows each cell under its name).")


class AnswerOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    question: str
    text: str
    answerable: bool
    citations: list[CitationOut]
    intent: str
    resolved_question: str | None
    grounded: bool
    phrased_by: str
    obligations: list[Obligation]
    conversation_id: str | None
    answer_id: str | None
    warnings: list[str] = Field(default_factory=list,
                                description="Cited documents that an indexed document replaced or repealed, and a note "
                                            "when the configured LLM failed and the extractive answer was kept.")


class SearchOut(BaseModel):
    query: str
    hits: list[Hit]


class DocumentOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    doc_id: str
    doc_number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    issued_on: str | None = None
    title: str | None = None
    signer: str | None = None
    place: str | None = None
    source: str | None = None
    fmt: str | None = None
    content_hash: str | None = None


class ChunkOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    chunk_id: str
    ordinal: int
    text: str
    heading_path: list[str] = []
    article: str | None = None
    section: str | None = None
    page: int | None = None
    start: int
    end: int
    obligations: list[dict[str, Any]] | None = None
    ocr_confidence: float | None = None


class DocumentDetail(DocumentOut):
    chunks: list[ChunkOut]


class RelationsOut(BaseModel):
    document: RelatedDocument
    outgoing: list[Relation] = Field(description="What the document cites: căn cứ, triển khai, thay thế, sửa đổi, "
                                                 "bãi bỏ, nhắc đến; `other.doc_id` is null for a document not indexed.")
    incoming: list[Relation] = Field(description="What cites the document.")
    status: Literal["current", "replaced", "repealed", "amended"]
    status_text: str
    newer: list[RelatedDocument]


class FailureOut(BaseModel):
    source: str
    reason: str


class DocumentReportOut(BaseModel):
    doc_id: str
    fmt: str
    pages: int
    characters: int
    text_quality: float = Field(description="Share of valid Vietnamese syllables in the text.")
    ocr_pages: int
    tables: int
    table_rows: int
    obligations: int
    metadata: list[str] = Field(description="Header fields read (doc_number, doc_type, issuer, issued_on, title, "
                                            "signer, place).")
    warnings: list[str] = Field(description="What could not be read, in Vietnamese.")


class IngestOut(BaseModel):
    saved: list[str] = Field(description="Uploaded files as saved in the uploads folder.")
    indexed: list[str]
    chunks: int
    skipped: list[str]
    removed: list[str]
    failed: list[FailureOut]
    repaired: list[str] = Field(default_factory=list,
                                description="Documents left half-written by an interrupted ingestion, cleaned up.")
    groups: dict[str, list[str]] = Field(default_factory=dict, description="Groups in force after the ingestion for "
                                         "each document indexed or skipped (empty list: every user).")
    documents: list[DocumentReportOut] = Field(default_factory=list,
                                               description="How each indexed document was read.")


class DeletedOut(BaseModel):
    doc_id: str
    chunks: int = Field(description="Chunks removed from the index.")


class BackupOut(BaseModel):
    path: str = Field(description="Thư mục sao lưu trên máy chủ.")
    created: str
    points: int = Field(description="Số đoạn trong chỉ mục đã sao lưu.")
    documents: int


class FeedbackIn(Strict):
    answer_id: str | None = Field(None, max_length=100)
    question: str = Field(max_length=MAX_QUESTION_CHARS)
    rating: Literal[1, -1] = Field(description="1: hữu ích, -1: chưa hữu ích.")
    comment: str | None = Field(None, max_length=4000)


class StatusOut(BaseModel):
    status: str


class ReadyOut(StatusOut):
    documents: int


class ErrorBody(BaseModel):
    type: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


class JobOut(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed", "interrupted"] = Field(
        description="interrupted: máy chủ dừng (khởi động lại, bị tắt) khi tác vụ chưa xong.")
    stage: str = Field(description="Bước đang chạy: queued, parse, ocr, embed, index, done (interrupted).")
    done: int = Field(description="Số đã xong của bước hiện tại.")
    total: int = Field(description="Tổng số của bước hiện tại.")
    result: IngestOut | None = Field(None, description="Kết quả khi tác vụ xong.")
    error: str | None = Field(None, description="Lý do khi tác vụ lỗi hoặc bị gián đoạn.")
    indexed: list[str] | None = Field(None, description="Tác vụ bị gián đoạn: các văn bản đã lập chỉ mục xong.")
