"""A strict reading of the hand-written set (development aid for the answering stage; the evaluation set's own
judge lives in evals/): every answer is right, declined or wrong, per category, through a conversation id, through
history sent by the caller (follow-ups), and with the questions stripped of their diacritics.

Right: every gold field holds: the first cited row's lead (or the first agencies named) is the gold agency, the
first deadline stated is the gold one, all partners, task words and facts are there. A refusal of an answerable
question is "declined"; an answer to an unanswerable one is "wrong".

    PYTHONPATH=$PWD .venv/bin/python scripts/strict_answers.py OUT.jsonl [all|N] [INDEX_DIR]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from assistant.core import OPERATOR, Assistant
from assistant.intent import content_words
from assistant.records import Answer, Turn
from assistant.settings import PROJECT_ROOT, Settings
from corpus.agencies import find_agencies, same_agency
from corpus.deadlines import find_deadlines
from corpus.headers import fold
from evals.dataset import Item, read_set

MODES = ("conv", "hist", "fold")


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def judge(answer: Answer, item: Item) -> str:
    if not answer.answerable:
        return "right" if not item.answerable else "declined"
    if not item.answerable:
        return "wrong"
    gold, ok = item.gold, True
    if gold.deadline:
        stated = [o.deadline.normalized for o in answer.obligations[:1] if o.deadline] or \
                 [d.normalized for d in find_deadlines(answer.text)]
        ok &= bool(stated) and stated[0] == gold.deadline
    if gold.agency:
        if answer.obligations:
            ok &= any(same_agency(gold.agency, lead) for lead in answer.obligations[0].lead)
        else:
            names = [name for name, _, _ in find_agencies(answer.text)]
            ok &= any(same_agency(gold.agency, n) for n in names[:2]) or _flat(gold.agency) in _flat(answer.text)
    if gold.partners:
        named = [n for o in answer.obligations for n in o.partners]
        ok &= all(any(same_agency(p, n) for n in named) or _flat(p) in _flat(answer.text) for p in gold.partners)
    if gold.tasks:
        words = content_words(answer.text)
        ok &= all(content_words(t) <= words for t in gold.tasks)
    if gold.facts:
        ok &= all(_flat(f) in _flat(answer.text) for f in gold.facts)
    if not any((gold.deadline, gold.agency, gold.partners, gold.tasks, gold.facts)):
        ok &= any(c.doc_id in gold.doc_ids for c in answer.citations)
    return "right" if ok else "wrong"


def main() -> None:
    out = Path(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "all" else None
    index = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/tmp/answers_idx")
    items = [i for p in sorted((PROJECT_ROOT / "evals" / "sets").glob("questions_*.jsonl")) for i in read_set(p)]
    rows, latencies = [], []
    with Assistant(Settings(index_dir=index, llm_url=None)) as assistant:
        assistant.ingest([PROJECT_ROOT / "corpus" / "samples"])
        for mode in MODES:
            for item in items[:limit]:
                if mode == "hist" and not item.history or mode == "fold" and item.history:
                    continue
                question = fold(item.question) if mode == "fold" else item.question
                conversation, history = None, []
                for earlier in item.history:
                    reply = (assistant.ask(earlier, conversation_id=conversation, filters=OPERATOR) if mode == "conv"
                             else assistant.ask(earlier, history=history, filters=OPERATOR))
                    conversation = reply.conversation_id
                    history.append(Turn(earlier, Answer(earlier, reply.text, True)))  # what the API's history holds
                started = time.perf_counter()
                answer = (assistant.ask(question, history=history, filters=OPERATOR) if mode == "hist"
                          else assistant.ask(question, conversation_id=conversation, filters=OPERATOR))
                if mode == "conv":
                    latencies.append((time.perf_counter() - started) * 1000)
                rows.append({"mode": mode, "id": item.id, "cat": item.category, "q": question, "hist": item.history,
                             "verdict": judge(answer, item), "answer": answer.text,
                             "gold": {k: v for k, v in item.gold.__dict__.items() if v and k != "quotes"}})
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    latencies.sort()
    print(f"ask p50 {latencies[len(latencies) // 2]:.0f} ms, p95 {latencies[int(0.95 * len(latencies))]:.0f} ms")
    for mode in MODES:
        by_category: dict[str, list[str]] = {}
        for row in rows:
            if row["mode"] == mode:
                by_category.setdefault(row["cat"], []).append(row["verdict"])
        every = [v for vs in by_category.values() for v in vs]
        print(f"== {mode}: right {every.count('right')}/{len(every)}, declined {every.count('declined')}, "
              f"wrong {every.count('wrong')}")
        for category, verdicts in sorted(by_category.items()):
            print(f"  {category:14s} n={len(verdicts):3d} right={verdicts.count('right'):3d} "
                  f"declined={verdicts.count('declined'):3d} wrong={verdicts.count('wrong'):3d}")


if __name__ == "__main__":
    main()
