import pytest

from evals.harness import matches
from evals.metrics import RetrievalScores, dedupe, ndcg_at, recall_at, reciprocal_rank


def test_ranked_metrics_on_a_hand_computed_list():
    ranked, gold = ["x", "a", "y", "b"], {"a", "b"}
    assert recall_at(ranked, gold, 1) == 0 and recall_at(ranked, gold, 2) == 0.5 and recall_at(ranked, gold, 4) == 1
    assert reciprocal_rank(ranked, gold) == 0.5
    assert ndcg_at(ranked, gold) == pytest.approx((1 / 1.585 + 1 / 2.322) / (1 + 1 / 1.585), rel=1e-3)


def test_chunks_of_one_article_count_once():
    assert dedupe([("law", "3"), ("law", "3"), ("law", "4")]) == [("law", "3"), ("law", "4")]
    scores = RetrievalScores.of([([("law", "9"), ("law", "9"), ("law", "3")], {("law", "3")})])
    assert scores.recall_1 == 0 and scores.mrr_10 == 0.5


def test_a_passage_holds_a_quote_across_whitespace_and_chunk_borders():
    passage = "Bộ Nội vụ chủ trì,\nphối hợp với các bộ xây dựng Đề án đánh giá mức độ chuyển đổi số"
    assert matches(passage, "phối hợp với các bộ xây dựng Đề án")
    assert matches("Bộ Nội vụ chủ trì phối hợp với các bộ xây dựng Đề án", passage)  # the chunk ends mid-quote
    assert not matches("đánh giá mức độ chuyển đổi số", passage + " của cơ quan nhà nước, người đứng đầu")
    assert not matches("Sở Tài chính bố trí kinh phí", passage)
