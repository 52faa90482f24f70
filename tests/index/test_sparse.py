from index.sparse import BM25Encoder, tokens


def test_tokens_keep_diacritics_and_add_bigrams():
    terms = tokens("Hạn chót báo cáo")
    assert {"hạn", "chót", "hạn chót", "báo cáo"} <= set(terms)
    assert "han" not in terms


def test_tokens_keep_document_numbers_whole():
    assert "193/kh-ubnd" in tokens("Kế hoạch số 193/KH-UBND của tỉnh")
    assert "24-ct/tu" in tokens("Chỉ thị 24-CT/TU")


def test_query_tone_placement_matches_documents():
    assert tokens("hoà bình") == tokens("hòa bình")


def test_document_weights_saturate_with_term_frequency():
    encoder = BM25Encoder()
    once = encoder.encode_document("cây xanh")
    many = encoder.encode_document("cây cây cây cây cây cây xanh")
    weight = lambda v, term: dict(zip(v.indices, v.values))[encoder.encode_query(term).indices[0]]
    assert weight(once, "cây") < weight(many, "cây") < encoder.k1 + 1


def test_query_vector_has_unit_weights_and_sorted_unique_ids():
    vector = BM25Encoder().encode_query("báo cáo báo cáo")
    assert vector.indices == sorted(set(vector.indices))
    assert set(vector.values) == {1.0}


def test_loaded_passages_encode_the_same_without_normalising_again():
    from corpus.chunking import chunk
    from corpus.loaders import load
    from index.ingest import passage_text
    from tests.data import SAMPLES

    encoder = BM25Encoder()
    for path in (SAMPLES / "ninhbinh" / "193.pdf", SAMPLES / "nq57" / "NQCP03_NQ03_PL2_Nhiem_vu.md",
                 SAMPLES / "chinhphu" / "30-ttg.signed.txt"):
        document = load(path)[0]
        for piece in chunk(document):
            text = passage_text(document, piece)
            assert encoder.encode_document(text, normalized=True) == encoder.encode_document(text)
