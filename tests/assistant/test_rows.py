"""Task rows chosen for a question (assistant.rows), on the real rows of a bundled document."""
from __future__ import annotations

import pytest

from assistant.intent import classify, content_words
from assistant.rows import best_obligation
from corpus.chunking import chunk
from corpus.loaders import load
from corpus.obligations import extract_obligations
from index.records import Hit, obligation_payload
from tests.data import SAMPLES


def _hits(relative: str, doc_type: str, number: str, phrase: str) -> list[Hit]:
    """The passages of a bundled document holding a task row whose task has `phrase`, with their rows, as hits."""
    [document] = load(SAMPLES / relative)
    hits = []
    for piece in chunk(document):
        rows = extract_obligations(piece, document.header.issued_on)
        if any(phrase in o.task for o in rows):
            hits.append(Hit.from_payload({
                "chunk_id": piece.chunk_id, "doc_id": piece.doc_id, "doc_type": doc_type, "doc_number": number,
                "heading_path": list(piece.heading_path), "text": piece.text, "start": piece.span.start,
                "end": piece.span.end, "obligations": [obligation_payload(o) for o in rows]}, 1.0))
    return hits


@pytest.mark.parametrize("level, lead", [
    ("tỉnh", ("Cục Thuế tỉnh",)),
    ("huyện, thị xã", ("Ủy ban nhân dân các huyện, thị xã",)),
])
def test_a_near_tie_is_broken_by_the_level_of_the_committees_the_question_names(level, lead):
    # Chỉ thị 19/2008/CT-UBND (Long An): the province's tax department reviews the documents of the provincial
    # council and committee, the district committees those of their own; the two rows score alike
    hits = _hits("thue/19_2008_CT-UBND.md", "Chỉ thị", "19/2008/CT-UBND", "rà soát các văn bản do")
    assert len({o.lead for h in hits for o in h.obligations}) == 2
    question = f"Ở Long An, ai chủ trì rà soát các văn bản của HĐND, UBND {level} cho phù hợp Luật Thuế TNCN?"
    chosen = best_obligation(classify(question), content_words(question), hits)
    assert [o.lead for _, o in chosen] == [lead]
