"""Per-answer signals on the development part (issue #15): what each answer looks like beside its judged outcome,
so rules that decline doubtful answers can be fitted on dev and checked on the test part's aggregate.

Run: `python -m evals.signals --index DIR --out FILE.jsonl [--part devdocs]` (development sets only:
evals/sets/questions_*.jsonl, or evals/sets/devdocs_*.jsonl on the index folder `DIR-devdocs` that
`python -m evals run --part devdocs --index DIR` builds).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.answering import RETRIEVE, _documents_text
from assistant.core import OPERATOR, Assistant
from assistant.draft import overlap
from assistant.intent import classify, content_words, named_documents, without_agencies
from assistant.precision import doubts
from assistant.settings import Settings
from corpus.agencies import agency_names, covers, find_agencies
from corpus.deadlines import find_deadlines
from corpus.vn import serial
from evals import dataset
from evals.__main__ import DEV_SETS, DEVDOCS_SETS
from evals.judge import judge
from index.records import Query


def _kind(answer) -> str:
    if answer.text.startswith("1. "):
        return "multi-part"
    if answer.intent == "agency_tasks":
        return "agency list"
    if answer.intent in ("metadata", "relation"):
        return "head"
    return "record" if answer.obligations else "passage"


def features(assistant: Assistant, item, answer) -> dict:
    question = answer.resolved_question or item.question
    intent = classify(question)
    hits = assistant.search(Query(question, 10, "hybrid", filters=OPERATOR))
    scores = [h.score for h in hits]
    cited = answer.citations
    first = cited[0] if cited else None
    span = " ".join(" ".join((c.quote, c.title or "", c.issuer or "")) for c in cited)
    named = named_documents(question)
    doc_match = None
    if named and first:
        doc_match = any(first.doc_number and serial(first.doc_number) == n and k in (None, first.doc_type)
                        for k, n, _ in named)
    agencies = [n for n, _, _ in find_agencies(question)]
    in_span = [any(covers(a, o) for o in agency_names(span)) for a in agencies] if cited else []
    return {
        "id": item.id, "category": item.category,
        "question": item.question, "answerable_gold": item.answerable,
        "outcome": judge(answer, item).outcome, "reasons": judge(answer, item).reasons,
        "answered": answer.answerable, "kind": _kind(answer), "intent": answer.intent, "slot": intent.slot,
        "support": round(answer.support, 3),
        "overlap_first": round(overlap(content_words(question), first.quote), 3) if first else None,
        "doc_match": doc_match, "n_named_docs": len(named),
        "agencies": agencies, "agency_in_span": in_span,
        "time_in_span": bool(find_deadlines(span)) if cited else None,
        "time_in_answer": bool(find_deadlines(answer.text)),
        "margin": round(scores[0] - scores[1], 4) if len(scores) > 1 else None,
        "top": round(scores[0], 4) if scores else None,
        "docs_top5": len({h.doc_id for h in hits[:5]}),
        "cited_rank": next((i for i, h in enumerate(hits) if first and h.doc_id == first.doc_id), -1),
        "cited_docs": len({c.doc_id for c in cited}), "n_citations": len(cited),
        "text": answer.text[:400], "quote": first.quote[:300] if first else None,
        "cited_title": (first.title or "")[:150] if first else None,
        "cited_number": first.doc_number if first else None, "agency": intent.agency, "role": intent.role,
        "other_agencies_in_span": [n for n in agency_names(" ".join(c.quote for c in cited))
                                   if not any(covers(a, n) or covers(n, a) for a in agencies)],
        "answer_times": sorted({d.normalized for d in find_deadlines(answer.text)}),
        "span_times": sorted({d.normalized for d in find_deadlines(" ".join(c.quote for c in cited))}),
        # `wide` as the answering weighs it for rows_elsewhere (here for every question not naming a document: the
        # document in focus of a follow-up is not known after the answer)
        "doubts": list(doubts(question, intent, answer.text, cited, answer.obligations, wide=None
                              if intent.names_document else assistant.search(Query(
                                  without_agencies(question), RETRIEVE, "hybrid", filters=OPERATOR)),
                              documents=_documents_text(assistant._searcher, question, cited, OPERATOR)))
        if answer.answerable else [],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--part", choices=("dev", "devdocs"), default="dev")
    args = parser.parse_args()
    sets, index = (DEV_SETS, args.index) if args.part == "dev" else \
        (DEVDOCS_SETS, args.index.with_name(args.index.name + "-devdocs"))
    items = [i for p in sets for i in dataset.read_set(p)]
    with Assistant(Settings(index_dir=index, llm_url=None)) as assistant, args.out.open("w") as out:
        for n, item in enumerate(items):
            conversation = None
            for earlier in item.history:
                conversation = assistant.ask(earlier, conversation_id=conversation, filters=OPERATOR).conversation_id
            answer = assistant.ask(item.question, conversation_id=conversation, filters=OPERATOR)
            out.write(json.dumps(features(assistant, item, answer), ensure_ascii=False) + "\n")
            print(n, file=sys.stderr, end=" ")


if __name__ == "__main__":
    main()
