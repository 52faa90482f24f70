"""Stored records survive the payload round trip, built from real bundled documents: a chunk with obligations, a
head with references, each obligation and reference, and the hit and document view made from them."""
import json

import pytest

from corpus.chunking import chunk
from corpus.loaders import load
from corpus.relations import find_references
from index.ingest import payload, reference_payloads, stored_chunk
from index.records import (DocumentHead, DocumentText, Hit, StoredChunk, StoredReference, obligation_from_payload,
                           obligation_payload)
from tests.data import SAMPLES

NQ03_TASKS = SAMPLES / "nq57" / "NQCP03_NQ03_PL2_Nhiem_vu.md"  # a table of tasks: obligations with deadlines
DIRECTIVE_30 = SAMPLES / "chinhphu" / "30-ttg.signed.txt"  # replaces an earlier directive: references


def stored(path) -> list[StoredChunk]:
    [document] = load(path)
    pieces = chunk(document)
    references = reference_payloads(find_references(document), pieces)
    return [stored_chunk(document, p, references if p.ordinal == 0 else ()) for p in pieces]


def through_json(data: dict) -> dict:
    """As the store hands a payload back: JSON values only."""
    return json.loads(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("path", [NQ03_TASKS, DIRECTIVE_30], ids=["nq03-tasks", "directive-30"])
def test_every_stored_chunk_survives_the_payload_round_trip(path):
    chunks = stored(path)
    assert chunks and any(c.obligations for c in chunks)
    for piece in chunks:
        assert StoredChunk.from_payload(through_json(piece.to_payload())) == piece


def test_the_head_keeps_its_references_and_their_keys():
    head = stored(DIRECTIVE_30)[0]
    assert head.references and head.ref_keys
    back = DocumentHead.from_payload(through_json(head.to_payload()))
    assert isinstance(back, DocumentHead) and back.references == head.references and back.ref_keys == head.ref_keys
    for reference in head.references:
        assert StoredReference.from_payload(through_json(reference.to_payload())) == reference
    assert {"replaces"} <= {r.kind for r in back.references}


def test_each_obligation_survives_the_payload_round_trip():
    obligations = [o for c in stored(NQ03_TASKS) + stored(DIRECTIVE_30) for o in c.obligations]
    assert any(o.deadline and o.deadline.due for o in obligations)
    for obligation in obligations:
        assert obligation_from_payload(through_json(obligation_payload(obligation))) == obligation


def test_stored_keys_are_those_ingestion_always_wrote():
    [document] = load(DIRECTIVE_30)
    piece = chunk(document)[1]
    assert set(payload(document, piece)) == {
        "obligations", "lead_keys", "agency_keys", "due", "pipeline", "chunk_id", "doc_id", "ordinal", "text",
        "heading_path", "article", "section", "table_header", "page", "start", "end", "ocr_confidence", "source",
        "fmt", "content_hash", "doc_number", "doc_serial", "doc_type", "issuer", "issued_on", "title", "signer", "signer_title",
        "place", "groups", "references", "ref_keys"}


def test_a_payload_of_an_older_pipeline_reads_with_defaults():
    old = StoredChunk.from_payload({"chunk_id": "c", "doc_id": "d", "text": "Nội dung", "start": 3, "end": 11})
    assert (old.heading_path, old.groups, old.obligations, old.references, old.ordinal) == ((), (), (), (), 0)


def test_hits_and_document_views_come_from_the_records():
    chunks = stored(NQ03_TASKS)
    hit = Hit.of(chunks[3], 0.5)
    assert hit == Hit.from_payload(through_json(chunks[3].to_payload()), 0.5)
    view = DocumentText(chunks[0], tuple(chunks)).to_dict()
    assert view["doc_id"] == chunks[0].doc_id and [c["chunk_id"] for c in view["chunks"]] == [c.chunk_id for c in chunks]
    json.dumps(view, ensure_ascii=False)  # JSON-ready
