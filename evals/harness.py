"""The evaluation harness: runs a hand-written set through the Assistant and scores retrieval, answers (right,
declined or wrong, by evals.judge; the older partial credit too), citations, refusals and latency. A conversation's
turns are asked twice: through a conversation id kept by the assistant, and with the history sent by the caller
(as /api/v1/ask takes it)."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from assistant.api.models import HistoryItem
from assistant.core import OPERATOR, Assistant
from assistant.intent import content_words
from assistant.records import Answer, Turn
from corpus.agencies import same_agency
from corpus.marks import ocr_corrector
from corpus.deadlines import find_deadlines
from evals.dataset import Item
from evals.judge import OUTCOMES, RIGHT, WRONG, Verdict, judge, matches
from evals.metrics import dedupe, ndcg_at, recall_at, reciprocal_rank
from index.records import MODES, Hit, Query

K = 10


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def retrieval_scores(hits: Sequence[Hit], item: Item) -> dict[str, float]:
    """Passage-level scores: a hit is relevant when it holds one of the gold quotes of a gold document."""
    quotes = item.gold.quotes
    relevant = [h.doc_id in item.gold.doc_ids and any(matches(h.text, q) for q in quotes) for h in hits]
    # Ranked keys for the shared metric functions: the index of the first quote a hit holds, else a miss.
    keys = dedupe([next((i for i, q in enumerate(quotes) if rel and matches(h.text, q)), f"miss{r}")
                   for r, (h, rel) in enumerate(zip(hits, relevant))])
    gold = set(range(len(quotes)))
    return {"recall_1": recall_at(keys, gold, 1), "recall_5": recall_at(keys, gold, 5),
            "recall_10": recall_at(keys, gold, 10), "mrr_10": reciprocal_rank(keys, gold),
            "ndcg_10": ndcg_at(keys, gold)}


def _mentions(answer: Answer, agency: str) -> bool:
    leads = [name for o in answer.obligations for name in (*o.lead, *o.partners)]
    return any(same_agency(agency, name) for name in leads) or _flat(agency) in _flat(answer.text)


def _fraction(found: Sequence[bool]) -> float:
    return sum(found) / len(found) if found else 1.0


def answer_score(answer: Answer, item: Item) -> float:
    """How much of the expected answer is there (0–1), by the fields the item's gold gives."""
    gold, parts = item.gold, []
    if gold.deadline:
        written = {o.deadline.normalized for o in answer.obligations if o.deadline}
        written |= {d.normalized for d in find_deadlines(answer.text)}
        parts.append(float(gold.deadline in written))
    if gold.agency:
        first = answer.obligations[0].lead if answer.obligations else ()
        parts.append(float(any(same_agency(gold.agency, lead) for lead in first) or _mentions(answer, gold.agency)))
    if gold.partners:
        parts.append(_fraction([_mentions(answer, p) for p in gold.partners]))
    if gold.tasks:
        words = content_words(answer.text)
        parts.append(_fraction([content_words(t) <= words for t in gold.tasks]))
    if gold.facts:
        parts.append(_fraction([_flat(f) in _flat(answer.text) for f in gold.facts]))
    return statistics.mean(parts) if parts else float(bool(answer.citations))


def citation_scores(answer: Answer, item: Item) -> tuple[float, float]:
    """(precision: cited passages that hold a gold quote of a gold document, recall: gold quotes cited)."""
    good = [c.doc_id in item.gold.doc_ids and any(matches(c.quote, q) for q in item.gold.quotes)
            for c in answer.citations]
    covered = [any(c.doc_id in item.gold.doc_ids and matches(c.quote, q) for c in answer.citations)
               for q in item.gold.quotes]
    return (_fraction(good) if good else 0.0), _fraction(covered)


@dataclass(frozen=True)
class Judged:
    item: Item
    verdict: Verdict
    precision: float | None = None  # citation precision: an answerable question answered
    recall: float | None = None  # citation recall: an answerable question (0 when declined)
    answered: bool = True  # the assistant gave an answer (did not refuse)
    answer: str = ""  # the answer's text, for the development parts' outcome files (evals.outcomes)


@dataclass
class Results:
    """Every score of one run; `by_mode` holds mean retrieval scores per search mode, `judged` the verdict on each
    question (conversation turns asked through a conversation id), `by_history` the verdicts on follow-up turns
    asked with the history sent instead, `by_category` the older partial-credit scores."""

    label: str
    by_mode: dict[str, dict[str, float]] = field(default_factory=dict)
    judged: list[Judged] = field(default_factory=list)
    by_history: list[Judged] = field(default_factory=list)
    by_category: dict[str, list[float]] = field(default_factory=dict)
    citation_precision: list[float] = field(default_factory=list)
    citation_recall: list[float] = field(default_factory=list)
    refused: list[tuple[bool, bool]] = field(default_factory=list)  # (refused, should refuse)
    latencies_ms: list[float] = field(default_factory=list)

    def refusal(self) -> tuple[float, float]:
        refused = [should for did, should in self.refused if did]
        should = [did for did, should in self.refused if should]
        return _fraction(refused) if refused else 1.0, _fraction(should) if should else 1.0

    def latency(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0

    def accuracy(self) -> dict[str, float]:
        return {c: statistics.mean(v) for c, v in sorted(self.by_category.items())}

    def right_rate(self) -> float:
        return _fraction([j.verdict.outcome == RIGHT for j in self.judged])

    def wrong_share(self) -> tuple[int, int]:
        """(wrong answers, answers given): refusals are not answers."""
        given = [j for j in self.judged if j.answered]
        return sum(j.verdict.outcome == WRONG for j in given), len(given)

    def outcomes(self, judged: Sequence[Judged] | None = None) -> dict[str, dict[str, int]]:
        """{category: {"right": n, "declined": n, "wrong": n}}."""
        table: dict[str, dict[str, int]] = {}
        for j in self.judged if judged is None else judged:
            row = table.setdefault(j.item.category, dict.fromkeys(OUTCOMES, 0))
            row[j.verdict.outcome] += 1
        return dict(sorted(table.items()))


def _ask_with_history(assistant: Assistant, item: Item) -> Answer:
    """The question asked the way an API caller sends it: each earlier turn with the answer it got, no id."""
    turns: list[Turn] = []
    for earlier in item.history:
        answer = assistant.ask(earlier, history=turns, filters=OPERATOR)
        turns.append(HistoryItem.model_construct(question=earlier, answer=answer.text).to_turn())
    return assistant.ask(item.question, history=turns, filters=OPERATOR)


def ocr_documents(assistant: Assistant) -> frozenset[str]:
    """The indexed documents whose text reads as OCR output (marks the vocabulary does not know, as
    OcrCorrector.looks_misread tells the publisher's OCR of signed scans from written text): the judge matches the
    words quoted from them with marks folded."""
    corrector = ocr_corrector()
    return frozenset(head.doc_id for head in assistant.documents(OPERATOR) if corrector.looks_misread(
        "\n".join(chunk.text for chunk in assistant.document(head.doc_id, OPERATOR).chunks)))


def _judged(answer: Answer, item: Item, ocr_docs: frozenset[str] = frozenset()) -> Judged:
    verdict = judge(answer, item, ocr_docs)
    if item.answerable and answer.answerable:
        return Judged(item, verdict, *citation_scores(answer, item), answer=answer.text)
    # A refusal cites nothing: it counts against recall, not precision (precision is over the answers given).
    return Judged(item, verdict, None, 0.0 if item.answerable else None, answer.answerable, answer.text)


def run(assistant: Assistant, items: Sequence[Item], label: str, modes: Sequence[str] = MODES,
        progress: Callable[[int], None] | None = None, history: bool = True) -> Results:
    results = Results(label)
    ocr_docs = ocr_documents(assistant)
    retrieval: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
    for item in items:
        conversation = None
        for earlier in item.history:
            conversation = assistant.ask(earlier, conversation_id=conversation, filters=OPERATOR).conversation_id
        started = time.perf_counter()
        answer = assistant.ask(item.question, conversation_id=conversation, filters=OPERATOR)
        results.latencies_ms.append((time.perf_counter() - started) * 1000)
        results.refused.append((not answer.answerable, not item.answerable))
        results.judged.append(_judged(answer, item, ocr_docs))
        if item.history and history:
            results.by_history.append(_judged(_ask_with_history(assistant, item), item, ocr_docs))
        if item.answerable:
            score = answer_score(answer, item) if answer.answerable else 0.0
            results.by_category.setdefault(item.category, []).append(score)
            precision, recall = citation_scores(answer, item) if answer.answerable else (0.0, 0.0)
            results.citation_precision.append(precision)
            results.citation_recall.append(recall)
            question = answer.resolved_question or item.question
            for mode in modes:
                retrieval[mode].append(retrieval_scores(assistant.search(Query(question, K, mode, filters=OPERATOR)), item))
        else:
            results.by_category.setdefault(item.category, []).append(float(not answer.answerable))
        if progress:
            progress(1)
    results.by_mode = {mode: {k: statistics.mean(s[k] for s in rows) for k in rows[0]}
                       for mode, rows in retrieval.items() if rows}
    return results
