"""Property-based tests (hypothesis) of the parsers and normalisers: on any text, Vietnamese-flavoured or not, they
raise nothing but AssistantError, normalisation is idempotent and every offset they return lies inside the text.
Bounded (max_examples) so that the suite stays fast; a failure prints the smallest example that breaks it."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.uploads import safe_name
from corpus.agencies import agency_key, canonical, find_agencies, split_agencies
from corpus.chunking import chunk
from corpus.deadlines import find_deadlines, parse_deadline
from corpus.errors import AssistantError, BadInput
from corpus.headers import parse_header
from corpus.loaders import load
from corpus.records import Document
from corpus.structure import parse_structure
from corpus.text import normalize, normalize_query, sentence_spans
from corpus.vn import typed_in_haste, typed_number_codes
from index.sparse import BM25Encoder, tokens

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of real administrative text, so that the parsers' rules fire, mixed with arbitrary characters.
FRAGMENTS = [
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "Số: 193/KH-UBND", "Ninh Bình, ngày 15 tháng 11 năm 2024", "KẾ HOẠCH", "CHỈ THỊ", "Về việc trồng cây xanh",
    "Điều 1.", "Chương II", "Mục 3", "I. MỤC ĐÍCH", "1.", "a)", "-", "| Nhiệm vụ | Cơ quan chủ trì | Thời hạn |",
    "|---|", "| 1 | Sở Tài chính | Quý II/2025 |", "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ",
    "UBND các huyện, thành phố", "hoàn thành trước ngày 30/6/2025", "trong thời hạn 15 ngày làm việc",
    "hằng năm", "tháng 12/2025", "thường xuyên", "Bộ Công Thương", "Ngân hàng Nhà nước Việt Nam",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Quang Ngọc", "Nơi nhận:", "hoà", "thuý", "khoẻ", "\r\n", "\u00a0", "\u200b",
]
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=VIETNAMESE + "0123456789 .,;:/()-\n", max_size=40),
                   st.text(max_size=20))
texts = st.lists(pieces, max_size=25).map(lambda parts: " ".join(parts) if len(parts) % 2 else "\n".join(parts))
days = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))


@BOUNDED
@given(texts)
def test_normalisation_is_idempotent_and_clean(text):
    once = normalize(text)
    assert normalize(once) == once and once == once.strip()
    assert "\r" not in once and "  " not in once and "\n\n\n" not in once
    query = normalize_query(text)
    assert normalize_query(query) == query and "\n" not in query
    # the question's shortcut reads as the documents' normalisation put on one line, with the two rewrites only a
    # question gets: a number code typed in lower case given its capitals, a chat shorthand written out ("j" → "gi")
    assert query == " ".join(typed_in_haste(typed_number_codes(" ".join(once.split()))).split())


@BOUNDED
@given(texts)
def test_sentences_are_ordered_trimmed_ranges_of_the_text(text):
    text = normalize(text)
    previous = 0
    for start, end in sentence_spans(text):
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end


@BOUNDED
@given(texts)
def test_header_and_structure_parse_any_text_within_its_bounds(text):
    text = normalize(text)
    header = parse_header(text)
    assert header.issued_on is None or isinstance(header.issued_on, date)
    for section in parse_structure(text):
        assert 0 <= section.start <= section.end <= len(text)


@BOUNDED
@given(texts, days)
def test_chunks_quote_the_document_exactly(text, issued_on):
    text = normalize(text) or "x"
    document = Document(doc_id="d", source="d.txt", fmt="txt", text=text, content_hash="h")
    pieces_ = chunk(document, 300)
    assert [p.ordinal for p in pieces_] == list(range(len(pieces_)))
    assert len({p.chunk_id for p in pieces_}) == len(pieces_)
    for piece in pieces_:
        assert 0 <= piece.span.start <= piece.span.end <= len(text)
        if not piece.table_header:
            assert text[piece.span.start:piece.span.end] == piece.text


@BOUNDED
@given(texts, days)
def test_deadlines_are_found_in_any_text(text, issued_on):
    for deadline in find_deadlines(normalize(text), issued_on):
        assert deadline.due is None or isinstance(deadline.due, date)
    parse_deadline(text[:80], issued_on)


@BOUNDED
@given(texts)
def test_agencies_are_found_inside_the_text_and_keys_are_stable(text):
    text = normalize(text)
    for name, start, end in find_agencies(text):
        assert 0 <= start < end <= len(text) and name
        assert agency_key(name) == agency_key(canonical(name))
    for name in split_agencies(text[:200]):
        assert isinstance(name, str)


@BOUNDED
@given(texts)
def test_sparse_vectors_are_well_formed(text):
    encoder = BM25Encoder()
    vector = encoder.encode_document(text)
    assert len(vector.indices) == len(vector.values) == len(set(vector.indices))
    assert all(value > 0 for value in vector.values)
    assert len(encoder.encode_query(text).indices) <= len(tokens(normalize_query(text)))


@BOUNDED
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(["..", ".", "/", "\\", "a", "C:", "\x00", "ệ"]))
                 .map("".join)))
def test_safe_name_keeps_one_plain_name_or_refuses(name):
    try:
        safe = safe_name(name)
    except BadInput:
        return
    assert safe not in ("", ".", "..") and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe_name(safe) == safe


@BOUNDED
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".pdf", ".docx", ".doc", ".html", ".json"]))
def test_any_bytes_load_as_documents_or_fail_with_a_vietnamese_error(tmp_path, data, suffix):
    path = tmp_path / f"tep{suffix}"
    path.write_bytes(data)
    try:
        documents = load(path)
    except AssistantError as error:
        assert error.message and error.status in (400, 404, 413, 415, 422, 500)
        return
    assert all(d.text and d.text == normalize(d.text) for d in documents)
