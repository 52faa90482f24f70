"""Relations between indexed documents, resolved when read: what a document cites (legal basis, what it
implements, replaces, amends, repeals), what cites it, and whether an indexed document replaced or repealed it.

References are stored on each document's head point (index.ingest); resolving them here, not at ingestion, means
a document indexed later resolves the stubs that earlier documents name. Every read passes the caller's Filters.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from assistant.records import RelatedDocument, Relation, Relations, document_label
from corpus.display import vn_date
from corpus.errors import NotFound
from corpus.relations import document_keys, reference_keys
from corpus.vn import number_key, weak_key
from index.records import DocumentHead, Filters, StoredReference
from index.store import Store

NEWER = {"replaces": "replaced", "repeals": "repealed", "amends": "amended"}  # incoming kind → status
STATUS_WORDS = {"replaced": "thay thế", "repealed": "bãi bỏ", "amended": "sửa đổi, bổ sung"}
KIND_WORDS = {"can_cu": "căn cứ", "implements": "triển khai thực hiện", "replaces": "thay thế",
              "amends": "sửa đổi, bổ sung", "repeals": "bãi bỏ", "mentions": "nhắc đến"}


def indexed(head: DocumentHead) -> RelatedDocument:
    return RelatedDocument(head.doc_id, document_label(head.doc_type, head.doc_number, head.doc_id, head.title,
                                                          head.issued_on),
                           head.doc_type, head.doc_number, head.issued_on, head.title)


def stub(reference: StoredReference) -> RelatedDocument:
    return RelatedDocument(None, reference.name, reference.doc_type, reference.number, reference.issued_on)


def describe(document: RelatedDocument) -> str:
    """"Chỉ thị 30/CT-TTg (06/10/2025)" for an indexed document; a stub as its citing text names it."""
    when = f" ({vn_date(document.issued_on)})" if document.doc_id and document.issued_on else ""
    return document.label + when


def refers_to(reference: StoredReference, head: DocumentHead) -> bool:
    """Whether a stored reference names this indexed document: same number key (or type and serial for a weak
    reference), and no conflicting date or year ("Chỉ thị 30/CT-TTg ngày 29/8/2024" is not the 2025 one)."""
    if reference.key not in document_keys(head.doc_number, head.doc_type):
        return False
    issued = head.issued_on
    if issued and reference.issued_on:
        return reference.issued_on == issued
    return not (issued and reference.year) or int(issued[:4]) == reference.year


def _relation(kind: str, direction: str, other: RelatedDocument, citing: str, ref: StoredReference) -> Relation:
    return Relation(kind, direction, other, citing, ref.quote, ref.start, ref.end, ref.page, ref.section,
                    ref.chunk_id)


def target_keys(doc_number: str | None, doc_type: str | None, serial: str | None = None) -> tuple[str, ...]:
    """The reference keys that name a document given by its number, or by its type and serial only."""
    if doc_number:
        return (number_key(doc_number)[0],)
    return (weak_key(doc_type, serial),) if doc_type and serial else ()


def citing(store: Store, keys: Sequence[str],
           filters: Filters) -> list[tuple[DocumentHead, StoredReference]]:
    """(citing head, reference) for every stored reference carrying one of the keys (a number's own key or a
    type-and-serial key); the caller checks dates where it knows the cited document."""
    if not keys:
        return []
    wanted = set(keys)
    heads = store.heads(filters=replace(filters, ref_keys=tuple(keys)))
    return [(head, ref) for head in heads.values() for ref in head.references
            if wanted & set(reference_keys(ref))]


def resolve_references(store: Store, references: Iterable[StoredReference],
                       filters: Filters) -> list[DocumentHead | None]:
    """The indexed head each reference names, or None (a stub); a weak reference resolves only when one
    indexed document fits it."""
    references = list(references)
    serials = tuple({r.serial for r in references})
    heads = list(store.heads(filters=replace(filters, doc_serials=serials)).values()) if serials else []
    resolved = []
    for ref in references:
        fits = [h for h in heads if refers_to(ref, h)]
        resolved.append(fits[0] if len(fits) == 1 or fits and ref.number else None)
    return resolved


def _cited_by(found: Iterable[tuple[DocumentHead, StoredReference]], head: DocumentHead) -> list[Relation]:
    """The relations pointing at `head` among (citing head, reference) pairs found by `citing`."""
    return [_relation(ref.kind, "in", indexed(other), other.doc_id, ref) for other, ref in found
            if other.doc_id != head.doc_id and refers_to(ref, head)]


def _incoming(store: Store, head: DocumentHead, filters: Filters) -> list[Relation]:
    return _cited_by(citing(store, document_keys(head.doc_number, head.doc_type), filters), head)


def status(incoming: Sequence[Relation]) -> tuple[str, str, tuple[RelatedDocument, ...]]:
    """(status, its Vietnamese wording, the newer documents) from the relations pointing at a document."""
    for kind, state in NEWER.items():
        newer = tuple({r.other.doc_id: r.other for r in incoming if r.kind == kind}.values())
        if newer:
            names = ", ".join(describe(d) for d in newer)
            return state, f"Đã được {STATUS_WORDS[state]} bởi {names}.", newer
    return "current", "Chưa thấy văn bản nào trong chỉ mục thay thế hoặc bãi bỏ văn bản này.", ()


def relations(store: Store, doc_id: str, filters: Filters) -> Relations:
    """What an indexed document cites and what cites it, with its status."""
    head = store.heads([doc_id], filters=filters).get(doc_id)
    if head is None:
        raise NotFound(f"Không có văn bản '{doc_id}' trong chỉ mục.")
    references = head.references
    outgoing = [_relation(ref.kind, "out", indexed(found) if found else stub(ref), doc_id, ref)
                for ref, found in zip(references, resolve_references(store, references, filters))]
    incoming = _incoming(store, head, filters)
    state, text, newer = status(incoming)
    return Relations(indexed(head), tuple(outgoing), tuple(incoming), state, text, newer)


def superseded(store: Store, doc_ids: Sequence[str], filters: Filters,
               numbers: Iterable[tuple[str | None, str | None]] | None = None) -> dict[str, tuple[str, str]]:
    """doc_id → (status, Vietnamese note naming the newer document) for those of the documents that an indexed
    document replaced or repealed. `numbers`: the (number, type) of each of the documents as a passage of it
    carries them (every point of a document holds its head's), when the caller has them: when no indexed document
    refers to any of them, as most often, the heads are not read."""
    if numbers is not None and not citing(store, tuple({k for number, kind in numbers
                                                        for k in document_keys(number, kind)}), filters):
        return {}
    heads = store.heads(doc_ids, filters=filters) if doc_ids else {}
    keys = tuple({k for h in heads.values() for k in document_keys(h.doc_number, h.doc_type)})
    found = citing(store, keys, filters)
    notes = {}
    for doc_id, head in heads.items():
        incoming = [r for r in _cited_by(found, head) if r.kind in ("replaces", "repeals")]
        state, text, _ = status(incoming)
        if state != "current":
            notes[doc_id] = (state, f"Lưu ý: {describe(indexed(head))} {text[0].lower()}{text[1:]}")
    return notes
