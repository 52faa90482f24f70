"""Records that flow through the corpus stage: files become Documents, Documents become Sections and Chunks."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Page:
    """One source page as a character range of `Document.text` (1-based page number)."""

    number: int
    start: int
    end: int
    ocr_confidence: float | None = None  # set when the page was read by OCR (0–1, Tesseract's word confidence)


@dataclass(frozen=True)
class Span:
    """Where a passage sits in its document: the page it starts on and its character offsets in `Document.text`."""

    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Header:
    """Metadata read from the header block of an official document."""

    doc_number: str | None = None  # "193/KH-UBND", "24-CT/TU", "03/NQ-CP"
    doc_type: str | None = None  # "Kế hoạch", "Chỉ thị", "Nghị quyết", ...
    issuer: str | None = None  # "Ủy ban nhân dân tỉnh Ninh Bình"
    issued_on: date | None = None
    place: str | None = None  # "Ninh Bình", "Hà Nội"
    title: str | None = None  # trích yếu: "Triển khai thực hiện Chỉ thị số 20-CT/TU ..."
    signer: str | None = None  # "Phạm Quang Ngọc"
    signer_title: str | None = None  # the signer's own title: "Phó Chủ tịch" under "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


@dataclass(frozen=True)
class Section:
    """A run of body text under one heading path; `article` is the Điều number where the text sits in an article."""

    heading_path: tuple[str, ...]
    start: int
    end: int
    article: str | None = None
    label: str = ""  # short locator for citations: "Điều 31", "Mục II.2", "Phụ lục II, dòng 14"
    table_header: tuple[str, ...] = ()  # column names when the section is one row of a table


@dataclass(frozen=True)
class Document:
    """A loaded, normalised source document."""

    doc_id: str  # file stem, or the law id for ALQAC-shaped JSON
    source: str  # path of the source file
    fmt: str  # "pdf", "docx", "doc", "html", "txt", "md", "json"
    text: str  # NFC-normalised full text
    content_hash: str  # sha256 of the source bytes (plus the law id for multi-document files)
    header: Header = field(default_factory=Header)
    pages: tuple[Page, ...] = ()
    sections: tuple[Section, ...] = ()  # set by loaders that know the structure (JSON law corpora)
    # Who may read it, as its sidecar states: empty: everyone; None: not stated, so the groups the index already
    # holds for this doc_id stay in force (a new document: everyone). See index.ingest.Indexer.
    groups: tuple[str, ...] | None = None

    def ocr_confidence(self, start: int, end: int) -> float | None:
        """The lowest OCR confidence among the pages that characters `start`–`end` lie on; None when none was
        OCR'd."""
        read = [p.ocr_confidence for p in self.pages if p.ocr_confidence is not None and p.start < end and start < p.end]
        return min(read) if read else None

    def page_at(self, offset: int) -> int | None:
        """The page number holding character `offset`, if the source has pages."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages and offset >= self.pages[-1].end else None


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: body text plus the context it needs to stand alone."""

    chunk_id: str  # stable UUID derived from the document and the passage
    doc_id: str
    ordinal: int  # position of the chunk within its document
    text: str  # the passage itself, exactly as in `Document.text[span.start:span.end]` (tables: one row)
    heading_path: tuple[str, ...]
    span: Span
    article: str | None = None
    section: str = ""
    table_header: tuple[str, ...] = ()
    ocr_confidence: float | None = None  # lowest confidence of the OCR'd pages the passage spans; None: text layer

    @property
    def context(self) -> str:
        """Heading path joined for display and for embedding."""
        return " › ".join(self.heading_path)


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be ingested, with the user-facing reason (Vietnamese)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Deadline:
    """A time limit as written and in normalised form.

    kind: "date" (trước ngày 30/6/2025), "month" (trong tháng 8/2025, 6/2025), "quarter" (quý III/2025),
    "year" (năm 2025), "recurring" (hằng quý, định kỳ hằng năm), "ongoing" (thường xuyên), "relative" (trong 30
    ngày kể từ ngày ký). `due` is the last day the deadline allows when it can be resolved (a month → its last
    day; a relative period → counted from the document's date). `normalized` is the comparable form:
    "2025-06-30", "2025-08", "2025-Q3", "2025", "hằng quý", "thường xuyên", "30 ngày kể từ ngày ký".
    """

    kind: str
    text: str
    normalized: str
    due: date | None = None
    start: int = 0  # offsets of `text` in the string it was found in
    end: int = 0


@dataclass(frozen=True)
class Obligation:
    """Who must do what, with whom, producing what, by when; tied to the chunk it was read from."""

    doc_id: str
    chunk_id: str
    task: str
    lead: tuple[str, ...]  # canonical agency names or roles ("Sở Tài chính", "Người đứng đầu các sở, ngành")
    partners: tuple[str, ...] = ()
    product: str | None = None
    deadline: Deadline | None = None
    span: Span = field(default_factory=lambda: Span(0, 0))
    # Table rows only: the row spelled out by its columns ("Nhiệm vụ: … · Chủ trì: … · Phối hợp: … · Thời hạn: …"),
    # which reads cleanly where the '|' row in the text does not, and the group row it sits under ("I. Thể chế").
    quote: str = ""
    section: str = ""


@dataclass(frozen=True)
class Reference:
    """A document this one names, with how it relates to it and the passage that says so.

    kind: "can_cu" (legal basis: the "Căn cứ …" preamble), "implements" (triển khai/thực hiện …), "replaces"
    (thay thế …), "amends" (sửa đổi, bổ sung …; also a partial repeal), "repeals" (bãi bỏ …, … hết hiệu lực),
    "mentions" (any other citation). `key` makes the written forms of one number equal ("24-CT/TU", "24/CT-TU",
    "24 -CT/TU" → "24/CT-TU"); a document named by type and serial only ("Chỉ thị số 24") has the weak key
    "Chỉ thị 24". `span` locates `quote`, the statement that names it, in the citing document's text.
    """

    kind: str
    doc_type: str | None
    number: str | None  # as written, whitespace collapsed: "20-CT/TU", "11/2013/NĐ-CP"; None for "Chỉ thị số 24"
    key: str
    serial: str
    name: str  # how the text names it: "Chỉ thị số 20-CT/TU, ngày 10/10/2024"
    issued_on: date | None
    year: int | None  # from the date, or from the number ("11/2013/NĐ-CP")
    quote: str  # exactly `Document.text[span.start:span.end]`
    span: Span
