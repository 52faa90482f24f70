"""A document's text and a passage's section, rebuilt from stored chunks at the document's own offsets."""
from assistant.passages import document_text, surrounding
from index.records import StoredChunk

TEXT = "I. MỤC ĐÍCH\nTrồng cây xanh.\n\n1. Sở Nông nghiệp chủ trì.\n2. Sở Tài chính phối hợp.\nII. TỔ CHỨC\nBáo cáo."


def chunk(chunk_id: str, start: int, end: int, path: list[str]) -> StoredChunk:
    return StoredChunk(chunk_id, "kh", start=start, end=end, text=TEXT[start:end], heading_path=tuple(path))


CHUNKS = [chunk("a", 0, 27, ["I"]), chunk("b", 29, 54, ["I"]), chunk("c", 55, 80, ["I"]),
          chunk("d", 81, len(TEXT), ["II"])]


def test_rebuilt_text_keeps_every_document_offset():
    text = document_text(list(reversed(CHUNKS)))
    for piece in CHUNKS:
        assert text[piece.start:piece.end] == piece.text


def test_overlapping_chunks_are_not_repeated():
    overlapping = [chunk("a", 0, 30, ["I"]), chunk("b", 20, 54, ["I"])]
    assert document_text(overlapping) == TEXT[:54]


def test_surroundings_stay_inside_the_section_of_the_cited_chunk():
    assert [c.chunk_id for c in surrounding(CHUNKS, "b")] == ["a", "b", "c"]
    assert [c.chunk_id for c in surrounding(CHUNKS, "b", around=1)] == ["a", "b", "c"]
    assert [c.chunk_id for c in surrounding(CHUNKS, "a", around=1)] == ["a", "b"]
    assert [c.chunk_id for c in surrounding(CHUNKS, "d")] == ["d"]
    assert surrounding(CHUNKS, "gone") == []
