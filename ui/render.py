"""HTML for the UI, from the Assistant's records: answers with clickable citation markers, the cited passage in
its section, obligation rows. Every piece of document or user text is escaped here, and nowhere else."""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import quote

from assistant.passages import surrounding
from assistant.public import DocumentText, StoredChunk, parse_date, vn_date
from assistant.records import Citation, Relation, Relations, document_label, ocr_note
from corpus.errors import BadInput

API = "/api/v1"
_MARKER = re.compile(r"\[(\d+)\]")
QUOTE_CHARS = 160

REFUSAL_HINT = "Không tìm thấy căn cứ trong văn bản"
UNGROUNDED_WARNING = ("⚠ Lưu ý: một số câu do mô hình ngôn ngữ viết không được đoạn văn bản trích dẫn xác nhận "
                      "nên đã bị lược bỏ. Hãy đối chiếu với văn bản gốc trước khi sử dụng.")
PANEL_EMPTY = ('<div class="tlvb-panel tlvb-panel-empty">Nhấn vào số trích dẫn, ví dụ <b>[1]</b>, trong câu trả lời '
               "để xem đoạn văn bản gốc và thông tin văn bản.</div>")


def _text(value: str) -> str:
    """Escaped, with line breaks kept: the chat renders Markdown, and one HTML block without blank lines is left
    alone by it (so '*', '_' and '|' in documents stay as written)."""
    return html.escape(value).replace("\r", "").replace("\n", "<br>")


def day(value: date | str | None) -> str:
    """"2024-11-01" → "01/11/2024", as dates are written in Vietnamese documents (assistant.public.vn_date)."""
    if not value:
        return ""
    return vn_date(value)


def parse_day(text: str | None, what: str) -> date | None:
    """A date typed by a user: "31/12/2025", "31-12-2025" or "2025-12-31" (assistant.public.parse_date); empty means
    none."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise BadInput(f"{what} '{text}' không hợp lệ: hãy nhập dạng ngày/tháng/năm, ví dụ 31/12/2025.") from None


def document_url(doc_id: str, part: str) -> str:
    return f"{API}/documents/{quote(doc_id, safe='/')}/{part}"


def cite_href(answer_id: str, number: int) -> str:
    return f"#cite-{answer_id}-{number}"


def _markers(text: str, answer_id: str, labels: dict[int, str]) -> str:
    """The escaped text with each known [n] turned into a link the page script opens in the side panel."""
    out, position = [], 0
    for match in _MARKER.finditer(text):
        number = int(match[1])
        if number not in labels:
            continue
        out.append(_text(text[position:match.start()]))
        out.append(f'<a class="tlvb-cite" href="{cite_href(answer_id, number)}" '
                   f'title="{html.escape(labels[number])}">[{number}]</a>')
        position = match.end()
    out.append(_text(text[position:]))
    return "".join(out)


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def answer_html(answer: dict[str, Any], shown: str | None = None) -> str:
    """An answer (Answer.to_dict()) as a chat message; `shown` is the part of its text streamed so far."""
    answer_id = answer.get("answer_id") or "x"
    citations = answer.get("citations") or []
    labels = {c["number"]: c["label"] for c in citations}
    text = answer["text"] if shown is None else shown
    parts = []
    if not answer.get("grounded", True):
        parts.append(f'<div class="tlvb-warning">{_text(UNGROUNDED_WARNING)}</div>')
    parts += [f'<div class="tlvb-warning tlvb-superseded">⚠ {_text(note)}</div>'
              for note in answer.get("warnings") or ()]
    if not answer.get("answerable", True):
        parts.append(f'<div class="tlvb-refusal"><b>{REFUSAL_HINT}.</b><br>{_text(text)}</div>')
    else:
        parts.append(f'<div class="tlvb-text">{_markers(text, answer_id, labels)}</div>')
    if shown is None or shown == answer["text"]:
        if citations:
            items = "".join(f'<li><a class="tlvb-cite" href="{cite_href(answer_id, c["number"])}">[{c["number"]}]</a> '
                            f'{html.escape(c["label"])}: <i>“{html.escape(_short(c.get("display") or c["quote"]))}”</i></li>'
                            for c in citations)
            parts.append(f'<div class="tlvb-sources"><b>Nguồn</b><ul>{items}</ul></div>')
        parts.append(f'<div class="tlvb-actions"><a class="tlvb-copy" href="#copy-{answer_id}">'
                     "Sao chép câu trả lời</a></div>")
    return f'<div class="tlvb-answer">{"".join(parts)}</div>'


def error_html(message: str) -> str:
    return f'<div class="tlvb-answer"><div class="tlvb-error">Lỗi: {_text(message)}</div></div>'


def _highlighted(chunk: StoredChunk, start: int, end: int) -> str:
    """The chunk's text with the part between document offsets `start` and `end` in <mark>."""
    text, offset = chunk.text, chunk.start
    a, b = max(start - offset, 0), min(end - offset, len(text))
    if a >= b:
        return _text(text)
    return f"{_text(text[:a])}<mark>{_text(text[a:b])}</mark>{_text(text[b:])}"


def citation_panel(citation: Citation, document: DocumentText, relations: Relations | None = None) -> str:
    """The cited passage highlighted inside its section, with the document's identity, links to it, and what it
    implements or replaces and what replaced it (`relations`: Assistant.relations)."""
    chunks = surrounding(document.chunks, citation.chunk_id)
    path = " › ".join(chunks[0].heading_path) if chunks else ""
    passage = "".join(
        f'<div class="tlvb-chunk{" tlvb-cited" if c.chunk_id == citation.chunk_id else ""}">'
        f'{_highlighted(c, citation.start, citation.end)}</div>' for c in chunks)
    if not passage:  # the document was re-indexed since the answer: show the quote itself
        passage = f'<div class="tlvb-chunk tlvb-cited"><mark>{_text(citation.quote)}</mark></div>'
    doc = document.head
    name = document_label(doc.doc_type, doc.doc_number, doc.doc_id, doc.title, doc.issued_on)
    meta = [("Số hiệu", doc.doc_number or "(chưa có số)"), ("Loại văn bản", doc.doc_type),
            ("Cơ quan ban hành", doc.issuer), ("Ngày ban hành", day(doc.issued_on)),
            ("Mục", citation.section), ("Trang", str(citation.page) if citation.page else None),
            ("Nhận dạng", ocr_note(citation.ocr_confidence))]
    rows = "".join(f"<dt>{label}</dt><dd>{html.escape(value)}</dd>" for label, value in meta if value)
    source = doc.source
    kind = source.rsplit(".", 1)[-1].upper() if "." in source else ""
    links = (f'<a href="{document_url(doc.doc_id, "text")}" target="_blank" rel="noopener">Xem toàn văn ↗</a>'
             f'<a href="{document_url(doc.doc_id, "source")}" target="_blank" rel="noopener">'
             f'Tệp gốc{f" ({kind})" if kind else ""} ↓</a>')
    title = f'<div class="tlvb-doc-title">{html.escape(doc.title)}</div>' if doc.title else ""
    head = (f'<div class="tlvb-panel-head"><span class="tlvb-badge">[{citation.number}]</span>'
            f'<span class="tlvb-doc-name">{html.escape(name)}</span></div>')
    body = f'<div class="tlvb-passage" id="tlvb-passage">{passage}</div>'
    if citation.ocr_confidence is not None and citation.page:
        body = f'<div class="tlvb-scan">{body}{_page_image(doc.doc_id, citation.page)}</div>'
    return (f'<div class="tlvb-panel">{head}{title}<dl class="tlvb-meta">{rows}</dl>'
            f'<div class="tlvb-path">{html.escape(path)}</div>{body}<div class="tlvb-links">{links}</div>'
            f'{relations_summary(relations) if relations else ""}</div>')


# Relation groups of a document, in the order a reader follows a chain: (direction, kind, heading).
RELATION_GROUPS = (("in", "replaces", "Được thay thế bởi"), ("in", "repeals", "Bị bãi bỏ bởi"),
                   ("in", "amends", "Được sửa đổi, bổ sung bởi"),
                   ("out", "implements", "Văn bản này triển khai thực hiện"),
                   ("in", "implements", "Được triển khai thực hiện bởi"), ("out", "replaces", "Văn bản này thay thế"),
                   ("out", "repeals", "Văn bản này bãi bỏ"), ("out", "amends", "Văn bản này sửa đổi, bổ sung"),
                   ("out", "can_cu", "Căn cứ ban hành"), ("in", "can_cu", "Là căn cứ của"),
                   ("out", "mentions", "Văn bản được nhắc đến"), ("in", "mentions", "Được nhắc đến trong"))
RELATIONS_EMPTY = '<div class="tlvb-panel tlvb-panel-empty">Chọn một văn bản để xem các văn bản liên quan.</div>'


def _related(relation: Relation) -> str:
    other = relation.other
    if other.doc_id:
        when = f" ({day(other.issued_on)})" if other.issued_on else ""
        name = (f'<a class="tlvb-related-doc" href="{document_url(other.doc_id, "text")}" target="_blank" '
                f'rel="noopener">{html.escape(other.label)}</a>{when}')
    else:
        name = f'{html.escape(other.label)} <span class="tlvb-stub">(chưa có trong chỉ mục)</span>'
    page = f"trang {relation.page}" if relation.page else ""
    where = ", ".join(filter(None, (relation.section, page)))
    quote = re.sub(r"[#*]+", "", relation.quote)  # Markdown sources: the marks, not the words
    return (f'<li>{name}<div class="tlvb-related-quote">“{html.escape(_short(quote, 240))}”'
            f'{f" <span class=tlvb-where>({html.escape(where)})</span>" if where else ""}</div></li>')


SUMMARY_KINDS = {("in", "replaces"), ("in", "repeals"), ("in", "amends"), ("out", "implements"), ("in", "implements"),
                 ("out", "replaces"), ("out", "repeals")}


def _groups(relations: Relations, wanted=lambda direction, kind: True, item=_related) -> list[str]:
    groups = []
    for direction, kind, heading in RELATION_GROUPS:
        items = [r for r in (relations.incoming if direction == "in" else relations.outgoing) if r.kind == kind]
        if items and wanted(direction, kind):
            groups.append(f'<div class="tlvb-relation-group" data-kind="{direction}-{kind}"><b>{heading}</b>'
                          f'<ul>{"".join(map(item, items))}</ul></div>')
    return groups


def relations_summary(relations: Relations) -> str:
    """Under a citation: whether the document was replaced, and the chain it stands in, without quotes."""
    groups = _groups(relations, lambda direction, kind: (direction, kind) in SUMMARY_KINDS,
                     lambda r: f"<li>{html.escape(r.other.label)}</li>")
    status = relations.status
    if status == "current" and not groups:
        return ""
    return (f'<div class="tlvb-relations-summary"><div class="tlvb-status tlvb-status-{status}">'
            f'{_text(relations.status_text)}</div>{"".join(groups)}</div>')


def relations_html(relations: Relations) -> str:
    """A document's relations (Assistant.relations): its status, then each group of related documents with the
    statement that relates them."""
    document = relations.document
    status = relations.status
    body = "".join(_groups(relations)) or '<p>Không tìm thấy văn bản liên quan nào trong nội dung văn bản này.</p>'
    title = f'<div class="tlvb-doc-title">{html.escape(document.title)}</div>' if document.title else ""
    return (f'<div class="tlvb-panel tlvb-relations"><div class="tlvb-panel-head"><span class="tlvb-doc-name">'
            f'{html.escape(document.label)}</span></div>{title}'
            f'<div class="tlvb-status tlvb-status-{status}">{_text(relations.status_text)}</div>{body}</div>')


def _page_image(doc_id: str, page: int) -> str:
    """The scanned page the OCR'd passage was read from, beside it, opening full size in a new tab."""
    url = document_url(doc_id, f"pages/{page}.png")
    return (f'<figure class="tlvb-page"><a href="{url}" target="_blank" rel="noopener"><img src="{url}" '
            f'alt="Trang {page} của bản quét" loading="lazy"></a><figcaption>Bản quét, trang {page}</figcaption>'
            '</figure>')


def message_html(text: str) -> str:
    """A user's message, escaped (the chat would otherwise render its Markdown and HTML)."""
    return f'<div class="tlvb-question">{_text(text)}</div>'


def table_rows(rows: Sequence[Sequence[Any]]) -> list[list[str]]:
    """Rows for a table widget: dates the Vietnamese way (30/06/2025), None as empty."""
    return [[vn_date(value) if isinstance(value, date) else ("" if value is None else str(value)) for value in row]
            for row in rows]
