"""A slice of the development part of the evaluation set, run through the real assistant on the bundled corpus, as
a regression guard: retrieval, the judge's right rate and wrong share, citations, refusals. Thresholds are the
slice's measured scores less a margin; raise them when the system improves. The test part is never used here (it
is report-only: python -m evals run)."""
import statistics

import pytest

from assistant.core import Assistant
from assistant.settings import Settings
from evals import harness
from evals.__main__ import DEV_SETS
from evals.dataset import read_set
from tests.data import SAMPLES

# Measured on this slice (then 53 questions) on 2026-12-04 at c40cc33 (judge: evals/judge.py); see evals/reports/latest.md.
# Citation precision, right rate, wrong share and refusal recall re-measured at e7cbb4a (branch precision: near ties
# and broken premises declined); citation precision is now the report's measure, over the answers given (was 0.693
# with declines counted as 0; 0.764 over the answers given at the branch's base f662b24).
# Re-measured on 2026-12-06 (evening) at 596f5b7, the slice now 159 questions as the development sets grew: the
# questions of questions_mq (two documents asked together) and questions_pv added then rank lower (mrr 0.829 on
# the slice without them, 0.820 with them); right rate, wrong share and citation precision raised to what it is now.
MEASURED = {"hybrid_recall_10": 0.887, "hybrid_mrr_10": 0.820, "citation_precision": 0.926,
            "refusal_recall": 1.0, "right": 0.881, "wrong_share": 0.018}
MARGIN = 0.08


class Counted:
    """The real embedder, counting the passages it embeds (queries are embedded as usual)."""

    def __init__(self, real):
        self.real, self.model_id, self.dim, self.passages = real, real.model_id, real.dim, 0

    def embed_passages(self, texts):
        self.passages += len(texts)
        return self.real.embed_passages(texts)

    def embed_query(self, text):
        return self.real.embed_query(text)


@pytest.fixture(scope="module")
def indexed(module_folder):
    """The bundled corpus indexed once for the module (by the real model, counting the passages it embeds): the
    ingestion report, the passages embedded, and the open assistant."""
    with Assistant(Settings(index_dir=module_folder("samples"))) as assistant:
        counted = Counted(assistant.embedder)
        assistant.__dict__["embedder"] = counted
        report = assistant.ingest([SAMPLES])
        assert not report.failed
        yield report, counted.passages, assistant


@pytest.fixture(scope="module")
def results(indexed):
    items = [item for path in DEV_SETS for item in read_set(path)][::5]  # every fifth question, all categories
    return harness.run(indexed[2], items, "slice", modes=("hybrid",))


def test_hybrid_retrieval_does_not_regress(results):
    assert results.by_mode["hybrid"]["recall_10"] >= MEASURED["hybrid_recall_10"] - MARGIN
    assert results.by_mode["hybrid"]["mrr_10"] >= MEASURED["hybrid_mrr_10"] - MARGIN


def test_citations_do_not_regress(results):
    """Citation precision over the answers given, as the report measures it: an honest decline cites nothing and
    is not counted as imprecise (the older partial-credit score is not guarded either: it counts an honest
    decline as a wrong answer; the judge's right rate and wrong share below are the measure that matters)."""
    given = [j.precision for j in results.judged if j.precision is not None]
    assert statistics.mean(given) >= MEASURED["citation_precision"] - MARGIN


def test_judged_answers_do_not_regress(results):
    """Right/declined/wrong by the judge: fewer right answers, or more wrong ones among those given, fails."""
    wrong, given = results.wrong_share()
    assert results.right_rate() >= MEASURED["right"] - MARGIN
    assert wrong / given <= MEASURED["wrong_share"] + MARGIN


def test_refusals_do_not_regress(results):
    assert results.refusal()[1] >= MEASURED["refusal_recall"] - MARGIN


def test_bundled_corpus_indexes_from_shipped_vectors(indexed):
    """The seed vectors cover the whole bundled corpus: indexing it (into a new index) computes no embedding."""
    report, passages, _ = indexed
    assert report.chunks > 500
    assert passages == 0, f"computed {passages} vectors the seed cache should hold"


def test_the_slices_outcomes_are_written_and_compared_item_by_item(results, tmp_path):
    """`python -m evals run --outcomes F` and `python -m evals compare OLD NEW`: each item's verdict and answer kept,
    a moved item named with its move, the test part's items never written."""
    from dataclasses import replace

    from evals import outcomes

    rows = outcomes.outcomes("dev", results.judged)
    path = tmp_path / "old.jsonl"
    outcomes.write(path, outcomes.kept([*rows, *outcomes.outcomes("test", results.judged[:3])]))
    old = outcomes.read(path)
    assert len(old) == len(results.judged) and {part for part, _ in old} == {"dev"}
    answered = next(row for row in rows if row.outcome == "right" and row.answer)
    assert old[("dev", answered.id)] == answered
    assert outcomes.compare(old, old) == ["no outcome changed"]
    moved = {**old, ("dev", answered.id): replace(answered, outcome="wrong", reasons=("wrong passage",))}
    lines = outcomes.compare(old, moved)
    assert lines[0].startswith(f"dev {answered.id} ({answered.category}): right → wrong")
    assert lines[-1] == "right → wrong: 1"
