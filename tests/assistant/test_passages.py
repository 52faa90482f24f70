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


def test_a_time_answers_when_only_from_a_sentence_about_the_task_asked():
    """Chỉ thị 30/CT-TTg's reporting sentence states a time: it answers a "when" question about that report, not
    one that shares only a third of its words (another task's time is no answer)."""
    from assistant.draft import Draft, overlap
    from assistant.intent import classify, content_words
    from assistant.quotes import compose_passages
    from index.records import Hit
    text = ("- Các bộ, ngành, địa phương và doanh nghiệp liên quan báo cáo việc thực hiện các nhiệm vụ được giao tại "
            "Chỉ thị này, gửi về Bộ Công Thương trước ngày 15 tháng 01 hằng năm để tổng hợp và báo cáo Thủ tướng "
            "Chính phủ.")
    hit = Hit("30#9", "30-ttg.signed", "30/CT-TTg", None, "Chỉ thị", "Thủ tướng Chính phủ", "2025-05-19", None, "",
              (), text, None, 0, len(text), "30-ttg.signed.txt", 1.0)
    asked = "Doanh nghiệp báo cáo việc thực hiện nhiệm vụ được giao tại Chỉ thị gửi về đâu, trước ngày nào?"
    other = "Khi nào doanh nghiệp phải báo cáo kết quả kiểm tra chất lượng than nhập khẩu cho Thủ tướng?"
    assert 0.3 <= overlap(content_words(other), text) < 0.45  # near enough to be quoted before
    draft = Draft([hit])
    assert compose_passages(draft, classify(asked), content_words(asked)) and "15 tháng 01 hằng năm" in draft.lines[0]
    assert not compose_passages(Draft([hit]), classify(other), content_words(other))


def test_the_documents_header_block_is_never_quoted_as_an_answer():
    """706/UBND-VP7's header block (issuer, national motto, number, place and date, subject) names the document;
    the answer is the body sentence, even when the header shares more words with the question."""
    from assistant.draft import best_sentence
    from assistant.intent import content_words
    from corpus.headers import has_motto
    from index.records import Hit
    header = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc "
              "Số: /UBND-VP7 Ninh Bình, ngày tháng 11 năm 2024 V/v tuyển chọn và gọi công dân nhập ngũ năm 2025\n\n")
    body = ("UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với các cơ quan, đơn vị có liên quan nghiên "
            "cứu, triển khai thực hiện.")
    hit = Hit("706#0", "706", "706/UBND-VP7", None, "Công văn", "Ủy ban nhân dân tỉnh Ninh Bình", None, None, "", (),
              header + body, None, 0, len(header + body), "706.pdf", 1.0)
    assert has_motto(header) and has_motto("DOC LAP - TU DO - HANH PHUC") and not has_motto(body)
    question = content_words("Công văn của UBND tỉnh Ninh Bình về tuyển chọn và gọi công dân nhập ngũ năm 2025 giao ai?")
    assert best_sentence(question, [hit])[3] == body


def test_a_legal_basis_line_is_never_quoted_as_the_content_asked():
    """Quyết định 807/QĐ-UBND: "what does it approve" is answered by its subject line, never by a "Căn cứ …" line
    of the preamble that shares the words "phê duyệt", "Ninh Bình"."""
    from assistant.draft import Draft
    from assistant.intent import classify, content_words
    from assistant.quotes import compose_passages
    from corpus.relations import is_legal_basis
    from index.records import Hit
    basis = ("Căn cứ Quyết định số 218/QĐ-TTg ngày 04 tháng 3 năm 2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch "
             "tỉnh Ninh Bình giai đoạn 2021-2030, tầm nhìn đến năm 2050;\n\n")
    subject = "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045"
    hit = Hit("807#0", "807", "807/QĐ-UBND", None, "Quyết định", "Ủy ban nhân dân tỉnh Ninh Bình", None, None, "", (),
              basis + subject, None, 0, len(basis + subject), "807.pdf", 1.0)
    assert is_legal_basis(basis) and is_legal_basis("- Căn cứ Luật Tổ chức chính quyền địa phương") \
        and not is_legal_basis(subject)
    question = "Quyết định 807/QĐ-UBND của tỉnh Ninh Bình phê duyệt quy hoạch gì?"
    draft = Draft([hit])
    assert compose_passages(draft, classify(question), content_words(question))
    assert "Căn cứ" not in "\n".join(draft.lines) and "Tam Điệp" in draft.lines[0]
