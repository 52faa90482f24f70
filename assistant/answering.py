"""Cited answers composed from retrieved passages and the obligations extracted from them (no LLM needed).

Every sentence of an answer ends with [n] markers; citation n quotes the exact span of the passage (document
offsets), so the UI can highlight it and a reader can check it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Sequence

from assistant.conversation import Resolved, resolve
from assistant.intent import Intent, classify, content_words
from assistant.phrasing import LLM_FAILED, LLM_UNVERIFIED, Phraser, verify
from assistant.records import Answer, Citation, Turn, document_label
from assistant.relations import (KIND_WORDS, citing, describe, indexed, refers_to, resolve_references, superseded,
                                 target_keys)
from corpus.agencies import agency_key, find_agencies, find_places, same_agency
from corpus.deadlines import find_deadlines
from corpus.records import Obligation
from corpus.text import fix_tone_placement, sentence_spans
from index.records import Filters, Hit, Query
from index.search import Searcher

RETRIEVE = 8
TASKS_LISTED = 10
_ROLE_WORDS = re.compile(r"\b(?:chủ trì|giao|trách nhiệm|phối hợp|đầu mối|thực hiện)\b", re.I)
REFUSAL = ("Không tìm thấy nội dung trả lời câu hỏi này trong các văn bản đã lập chỉ mục. "
           "Hãy hỏi cụ thể hơn (tên văn bản, số hiệu, cơ quan) hoặc bổ sung văn bản liên quan.")


@dataclass
class _Draft:
    """An answer being written: sentences and the citations they point to, numbered in order of first use."""

    hits: Sequence[Hit]
    lines: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)

    def cite(self, hit: Hit, start: int | None = None, end: int | None = None) -> str:
        start, end = (hit.start, hit.end) if start is None else (start, end)
        for citation in self.citations:
            if (citation.chunk_id, citation.start, citation.end) == (hit.chunk_id, start, end):
                return f"[{citation.number}]"
        quote = hit.text[start - hit.start:end - hit.start]
        self.citations.append(Citation.of(len(self.citations) + 1, hit, quote, start, end))
        return f"[{len(self.citations)}]"

    def cite_obligation(self, hit: Hit, obligation: Obligation) -> str:
        self.obligations.append(obligation)
        return self.cite(hit, max(obligation.span.start, hit.start), min(obligation.span.end, hit.end))


def _date(value: date | str | None) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y") if value else ""


def _names(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else "".join(names)


def _doc_label(hit: Hit) -> str:
    return document_label(hit.doc_type, hit.doc_number, hit.doc_id)


def _overlap(question: set[str], text: str) -> float:
    return len(question & content_words(text)) / len(question) if question else 0.0


def _passage(hit: Hit) -> str:
    """A hit's text with the identity and headings it is read under."""
    return " ".join((hit.text, hit.doc_type or "", hit.doc_number or "", hit.title or "", hit.issuer or "",
                     " ".join(hit.heading_path), " ".join(hit.table_header)))


def support(question: str, hits: Sequence[Hit], depth: int = 3) -> float:
    """How much of the question's topic the best of the top passages covers (0–1): the refusal signal. An agency
    or a place ("tỉnh Thanh Hóa") the question names that none of those passages mentions makes it 0: the
    documents do not speak of it."""
    top = [_passage(h) for h in hits[:depth]]
    named = [name for name, _, _ in find_agencies(question)]
    mentioned = [name for text in top for name, _, _ in find_agencies(text)]
    if any(not any(same_agency(name, other) for other in mentioned) for name in named):
        return 0.0
    if any(not any(place in fix_tone_placement(text) for text in top) for place in find_places(question)):
        return 0.0
    words = content_words(question)
    return max((_overlap(words, text) for text in top), default=0.0)


def _sentences(hit: Hit) -> list[tuple[int, int, str]]:
    """(document start, document end, text) of each sentence of a hit."""
    return [(hit.start + start, hit.start + end, " ".join(hit.text[start:end].split()))
            for start, end in sentence_spans(hit.text)]


def _best_sentence(words: set[str], hits: Sequence[Hit], want=lambda s: True) -> tuple[Hit, int, int, str] | None:
    """The sentence of the top hits that covers the question best among those `want` accepts (rank breaks ties)."""
    scored = [(_overlap(words, text) - 0.02 * rank, hit, start, end, text)
              for rank, hit in enumerate(hits[:4]) for start, end, text in _sentences(hit) if want(text)]
    if not scored:
        return None
    _, hit, start, end, text = max(scored, key=lambda s: s[0])
    return hit, start, end, text


def _best_obligation(words: set[str], hits: Sequence[Hit], want=lambda o: True) -> tuple[Hit, Obligation] | None:
    """The extracted obligation whose task matches the question best, if it matches well enough."""
    scored = [(_overlap(words, " ".join((o.task, " ".join(o.lead)))) - 0.03 * rank, hit, o)
              for rank, hit in enumerate(hits[:5]) for o in hit.obligations if want(o)]
    if not scored:
        return None
    score, hit, obligation = max(scored, key=lambda s: s[0])
    return (hit, obligation) if score >= 0.35 else None


def _deadline_words(obligation: Obligation) -> str:
    deadline = obligation.deadline
    resolved = f" (tức {_date(deadline.due)})" if deadline.due and deadline.kind not in ("date",) else ""
    return f"{deadline.text}{resolved}"


def _quote_line(draft: _Draft, found: tuple[Hit, int, int, str], lead: str = "Theo") -> None:
    hit, start, end, text = found
    where = ", ".join(filter(None, (_doc_label(hit), hit.section)))
    draft.lines.append(f"{lead} {where}: “{text}” {draft.cite(hit, start, end)}")


def _compose_obligation(draft: _Draft, intent: Intent, words: set[str]) -> bool:
    """Deadline, lead and partner questions, answered from the best matching extracted obligation."""
    want = (lambda o: o.deadline is not None) if intent.kind == "deadline" else (lambda o: True)
    best = _best_obligation(words, draft.hits, want)
    if not best:
        return False
    hit, obligation = best
    marker = draft.cite_obligation(hit, obligation)
    task, leads = obligation.task.rstrip(". "), _names(obligation.lead)
    if intent.kind == "deadline":
        draft.lines.append(f"Thời hạn của nhiệm vụ “{task}” là {_deadline_words(obligation)}; cơ quan chủ trì: "
                           f"{leads} ({_doc_label(hit)}) {marker}.")
    elif intent.kind == "partners":
        partners = _names(obligation.partners) if obligation.partners else "không được nêu"
        draft.lines.append(f"Nhiệm vụ “{task}” do {leads} chủ trì; cơ quan phối hợp: {partners} "
                           f"({_doc_label(hit)}) {marker}.")
    else:
        extra = f"; phối hợp: {_names(obligation.partners)}" if obligation.partners else ""
        due = f"; thời hạn: {_deadline_words(obligation)}" if obligation.deadline else ""
        draft.lines.append(f"{leads} chủ trì nhiệm vụ “{task}”{extra}{due} ({_doc_label(hit)}) {marker}.")
    return True


def _compose_agency_tasks(draft: _Draft, intent: Intent) -> bool:
    listed = [(hit, o) for hit in draft.hits for o in hit.obligations
              if any(same_agency(intent.agency, lead) for lead in o.lead)]
    if not listed:
        return False
    draft.lines.append(f"{intent.agency} được giao {len(listed)} nhiệm vụ trong các đoạn tìm thấy"
                       + (f" (liệt kê {TASKS_LISTED} nhiệm vụ đầu):" if len(listed) > TASKS_LISTED else ":"))
    for hit, obligation in listed[:TASKS_LISTED]:
        due = f" – thời hạn: {_deadline_words(obligation)}" if obligation.deadline else ""
        draft.lines.append(f"- {obligation.task.rstrip('. ')}{due} ({_doc_label(hit)}) "
                           f"{draft.cite_obligation(hit, obligation)}")
    return True


def _compose_metadata(draft: _Draft, searcher: Searcher, filters: Filters) -> None:
    """Who issued the top document, when, under what title, signed by whom: cited to its header passage."""
    top = draft.hits[0]
    first = searcher.store.heads((top.doc_id,), Filters(groups=filters.groups))[top.doc_id]
    head = Hit.from_payload(first, top.score)
    facts = [_doc_label(head)]
    if head.issuer:
        facts.append(f"do {head.issuer} ban hành")
    if head.issued_on:
        facts.append(f"ngày {_date(head.issued_on)}")
    title = f"; trích yếu: “{head.title}”" if head.title else ""
    signer = f"; người ký: {first['signer']}" if first.get("signer") else ""
    draft.lines.append(f"{' '.join(facts)}{title}{signer} {draft.cite(head)}.")


def _reference_hit(head: dict, ref: dict) -> Hit:
    """The citing statement of a stored reference as a hit of its document, so that it is cited like a passage."""
    return Hit.from_payload({**head, "chunk_id": ref["chunk_id"], "section": ref.get("section", ""), "article": None,
                             "heading_path": [], "table_header": [], "obligations": [], "page": ref.get("page"),
                             "text": ref["quote"], "start": ref["start"], "end": ref["end"]}, 1.0)


def _named(intent: Intent) -> str:
    """The document the question names: "Chỉ thị 20-CT/TU", "Kế hoạch 193"."""
    if intent.doc_reference:
        return " ".join(intent.doc_reference)
    return " ".join(filter(None, (intent.doc_type_named, intent.doc_number)))


def _compose_relation(draft: _Draft, intent: Intent, searcher: Searcher, filters: Filters) -> bool:
    """Which documents cite the one named in a given way, or which it cites that way, each with its citing
    statement quoted; False when the index holds no such relation."""
    direction, kind = intent.relation
    kinds = ("replaces", "repeals") if (direction, kind) == ("in", "replaces") else (kind,)
    keys = target_keys(intent.doc_number, *(intent.doc_reference or (intent.doc_type_named, None)))
    if direction == "in":
        found = [(head, ref) for head, ref in citing(searcher.store, keys, filters) if ref["kind"] in kinds]
        if not found:
            return False
        if kind == "replaces":  # also "… còn hiệu lực không?": say first that it no longer stands alone
            done = " và ".join(KIND_WORDS[k] for k in kinds if any(r["kind"] == k for _, r in found))
            draft.lines.append(f"{_named(intent)} đã được {done} bởi văn bản sau trong chỉ mục:")
        else:
            draft.lines.append(f"Các văn bản trong chỉ mục {KIND_WORDS[kind]} {_named(intent)}:")
        for head, ref in found:
            quote = " ".join(ref["quote"].split())
            draft.lines.append(f"- {describe(indexed(head))} {KIND_WORDS[ref['kind']]} {ref['name']}: “{quote}” "
                               f"{draft.cite(_reference_hit(head, ref))}")
        return True
    serial = intent.doc_reference[1] if intent.doc_reference else keys[0].split("/")[0] if keys else None
    heads = searcher.store.heads(filters=replace(filters, doc_serials=(serial,))) if serial else {}
    probe = {"key": keys[0] if keys else "", "issued_on": None, "year": None}
    # one number may be several indexed files (a resolution and its appendix): the first that says it
    found = [(h, [r for r in h.get("references", ()) if r["kind"] in kinds]) for h in heads.values()
             if refers_to(probe, h)]
    head, refs = next(((h, refs) for h, refs in found if refs), (None, []))
    if not refs:
        return False
    draft.lines.append(f"{describe(indexed(head))} {KIND_WORDS[kind]}:")
    for ref, target in zip(refs, resolve_references(searcher.store, refs, filters)):
        where = f"có trong chỉ mục: {describe(indexed(target))}" if target else "chưa có trong chỉ mục"
        quote = " ".join(ref["quote"].split())
        draft.lines.append(f"- {ref['name']} ({where}): “{quote}” {draft.cite(_reference_hit(head, ref))}")
    return True


def _compose_passages(draft: _Draft, intent: Intent, words: set[str]) -> None:
    """Content and comparison questions, and the fallback: the best sentences, quoted."""
    if intent.kind == "compare":
        seen: set[str] = set()
        for hit in draft.hits:
            if hit.doc_id not in seen and len(seen) < 3:
                seen.add(hit.doc_id)
                found = _best_sentence(words, [hit])
                if found:
                    _quote_line(draft, found, "-")
        return
    if intent.kind == "deadline":
        want = lambda s: bool(find_deadlines(s))
    elif intent.kind in ("lead", "partners", "agency_tasks"):
        want = lambda s: bool(_ROLE_WORDS.search(s))
    else:
        want = lambda s: True
    found = _best_sentence(words, draft.hits, want) or _best_sentence(words, draft.hits)
    _quote_line(draft, found)
    second = _best_sentence(words, [h for h in draft.hits[:3] if h.chunk_id != found[0].chunk_id])
    if intent.kind == "content" and second and _overlap(words, second[3]) >= 0.5:
        _quote_line(draft, second, "Ngoài ra, theo")


def _retrieve(searcher: Searcher, resolved: Resolved, intent: Intent, filters: Filters) -> list[Hit]:
    """Hits for the question, narrowed to what it names (a document, the document in focus, an agency's tasks):
    all of those together first, then each alone, then none."""
    narrow: dict[str, tuple[str, ...]] = {}
    if intent.doc_number:
        narrow["doc_numbers"] = (intent.doc_number,)
    if intent.doc_reference:
        narrow["doc_types"], narrow["doc_serials"] = ((intent.doc_reference[0],), (intent.doc_reference[1],))
    if resolved.focus_doc:
        narrow["doc_ids"] = (resolved.focus_doc,)
    if intent.kind == "agency_tasks" and intent.agency:
        narrow["lead_keys"] = (agency_key(intent.agency),)
    attempts = [replace(filters, **narrow)] if narrow else []
    if len(narrow) > 1:
        attempts += [replace(filters, **{key: value}) for key, value in narrow.items()]
    k = 20 if intent.kind == "agency_tasks" else RETRIEVE
    for attempt in [*attempts, filters]:
        hits = searcher.search(Query(resolved.question, k, "hybrid", attempt))
        if hits:
            return hits
    return []


def answer_question(question: str, turns: Sequence[Turn], filters: Filters, searcher: Searcher,
                    phraser: Phraser | None, min_support: float) -> Answer:
    """The cited answer to a question, or a plain statement that the documents do not answer it."""
    resolved = resolve(question, turns)
    own = classify(resolved.own_question)
    found = classify(resolved.question)
    intent = replace(found, kind=own.kind if own.kind != "content" else found.kind)
    if intent.kind == "relation":
        draft = _Draft([])
        if _compose_relation(draft, intent, searcher, filters.unnarrowed()):
            return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), intent.kind,
                                  resolved.question, support=1.0), searcher, filters, phraser)
    hits = _retrieve(searcher, resolved, intent, filters)
    covered = support(resolved.question, hits)
    if not hits or covered < min_support:
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question,
                      support=covered)
    draft = _Draft(hits)
    words = content_words(resolved.question)
    if intent.agency and intent.kind in ("lead", "deadline", "partners"):
        words -= content_words(intent.agency) if intent.kind != "deadline" else set()
    if intent.kind == "metadata":
        _compose_metadata(draft, searcher, filters)
    elif not (intent.kind in ("deadline", "lead", "partners") and _compose_obligation(draft, intent, words)
              or intent.kind == "agency_tasks" and _compose_agency_tasks(draft, intent)):
        _compose_passages(draft, intent, words)
    answer = Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), intent.kind, resolved.question,
                    obligations=tuple(draft.obligations), support=covered)
    return _finish(answer, searcher, filters, phraser)


def _finish(answer: Answer, searcher: Searcher, filters: Filters, phraser: Phraser | None) -> Answer:
    """The answer in the LLM's wording when one is configured, warned of cited documents that an indexed
    document replaced or repealed, and of cited passages read by OCR."""
    cited = tuple(dict.fromkeys(c.doc_id for c in answer.citations))
    notes = superseded(searcher.store, cited, filters.unnarrowed())
    answer = replace(answer, warnings=tuple(note for _, note in notes.values()))
    return _ocr_notice(_phrase(answer, phraser) if phraser else answer)


def _ocr_notice(answer: Answer) -> Answer:
    """A closing line when a cited passage was read by OCR from a scan: its words may be misread."""
    read = [c for c in answer.citations if c.ocr_confidence is not None]
    if not read:
        return answer
    which = _names([f"số {c.number}" for c in read])
    lowest = min(c.ocr_confidence for c in read)
    return replace(answer, text=f"{answer.text}\n(Lưu ý: nguồn {which} đọc từ văn bản quét bằng nhận dạng OCR, độ tin "
                                f"cậy ~{lowest:.0%}; chữ có thể bị nhận dạng sai, hãy đối chiếu ảnh trang gốc.)")


def _phrase(answer: Answer, phraser: Phraser) -> Answer:
    """The LLM's wording, keeping only sentences whose citations check out; the dropped ones are listed and the
    answer is then not marked grounded. When nothing checks out, the extractive answer stays."""
    text = phraser.phrase(answer)
    if text is None:
        return replace(answer, warnings=(*answer.warnings, LLM_FAILED))
    kept, dropped = verify(text, answer.citations)
    if not kept:
        return replace(answer, grounded=False, unsupported=tuple(dropped), warnings=(*answer.warnings, LLM_UNVERIFIED))
    return replace(answer, text=kept, grounded=not dropped, unsupported=tuple(dropped), phrased_by=phraser.name)
