"""Lists the answerable dev questions the assistant declines, with why (which check refused) and whether a gold
passage was among the top 10 hits: `python scripts/declines.py --index /tmp/idx`. Dev part only."""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

from assistant.answering import REFUSAL, _passage, _premises_hold
from assistant.core import OPERATOR, Assistant
from assistant.draft import overlap
from assistant.intent import content_words
from assistant.settings import Settings
from corpus.agencies import agency_names, covers, find_agencies, find_places, names_place
from evals.__main__ import DEV_SETS, SAMPLES
from evals.dataset import read_set
from evals.judge import matches
from index.records import Query


def _cause(question: str, hits, answer, min_support: float) -> str:
    if answer.support < min_support:
        top = [_passage(h) for h in hits[:3]]
        if not _premises_hold(question, hits[:3], top):
            return "support: premise (year/document not in top 3)"
        mentioned = [n for t in top for n in agency_names(t)]
        missing = [n for n, _, _ in find_agencies(question) if not any(covers(n, o) for o in mentioned)]
        if missing:
            return f"support: agency not in top 3 ({'; '.join(missing)})"
        places = [p for p in find_places(question) if not any(names_place(t, p) for t in top)]
        if places:
            return f"support: place not in top 3 ({'; '.join(places)})"
        words = content_words(question)
        best = max(top, key=lambda t: overlap(words, t), default="")
        return (f"support: overlap {answer.support:.2f} < {min_support} (missing words: "
                f"{sorted(words - content_words(best))})")
    if answer.text == REFUSAL:
        return "no sentence/row composed (or year not cited)"
    if "Câu hỏi gồm nhiều ý" in answer.text:
        return "partial: multi-part"
    return "slot empty / not marked answered"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--category", default=None)
    args = parser.parse_args()
    items = [i for p in DEV_SETS for i in read_set(p)]
    causes: collections.Counter[str] = collections.Counter()
    with Assistant(Settings(index_dir=args.index, llm_url=None)) as assistant:
        assistant.ingest([SAMPLES])
        for item in items:
            if not item.answerable or args.category and item.category != args.category:
                continue
            conversation = None
            for earlier in item.history:
                conversation = assistant.ask(earlier, conversation_id=conversation, filters=OPERATOR).conversation_id
            answer = assistant.ask(item.question, conversation_id=conversation, filters=OPERATOR)
            if answer.answerable:
                continue
            question = answer.resolved_question or item.question
            hits = assistant.search(Query(question, 10, "hybrid", filters=OPERATOR))
            rank = next((r for r, h in enumerate(hits, 1) if h.doc_id in item.gold.doc_ids
                         and any(matches(h.text, q) for q in item.gold.quotes)), None)
            cause = _cause(question, hits, answer, assistant.settings.min_support)
            causes[f"{item.category}: {cause.split(' (')[0]}"] += 1
            print(f"## {item.id} [{item.category}] {item.question}")
            if question != item.question:
                print(f"   resolved: {question}")
            print(f"   intent: {answer.intent}  support: {answer.support:.2f}  gold rank: {rank}")
            print(f"   cause: {cause}")
            print(f"   answer: {answer.text[:400]}")
            for quote in item.gold.quotes:
                print(f"   gold: {quote[:300]}")
            print()
    for cause, n in causes.most_common():
        print(f"{n:3d}  {cause}")


if __name__ == "__main__":
    main()
