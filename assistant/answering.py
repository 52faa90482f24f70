"""Cited answers composed from retrieved passages and the obligations extracted from them (no LLM needed).

Every sentence of an answer ends with [n] markers; citation n quotes the exact span of the passage (document
offsets), so the UI can highlight it and a reader can check it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from assistant.conversation import Resolved, resolve
from assistant.intent import HEAD_SLOTS, Intent, classify, content_words
from assistant.phrasing import LLM_FAILED, LLM_UNVERIFIED, Phraser, verify
from assistant.records import Answer, Citation, Turn, document_label
from assistant.relations import (KIND_WORDS, citing, describe, indexed, refers_to, resolve_references, superseded,
                                 target_keys)
from corpus.agencies import agency_key, agency_names, find_agencies, find_places, same_agency
from corpus.deadlines import find_deadlines
from corpus.obligations import LEADER_TITLE
from corpus.display import vn_date as _date
from corpus.records import Obligation
from corpus.text import clean_display, fix_tone_placement, sentence_spans
from index.records import DocumentHead, Filters, Hit, Query, StoredReference
from index.search import Searcher

RETRIEVE = 8
TASKS_LISTED = 10
DOCS_LISTED = 3  # documents an agency's task list draws on when the question names none
RECORD_MIN = 0.35  # share of the question's topic words a task row (with its document's title) must carry
ROW_MIN = 0.25  # share of them the row itself must carry
RECORD_STRONG = 0.6  # a row that leaves the slot empty is said to leave it empty only when it matches this well
RECORD_MARGIN = 0.05  # rows scoring within this of the best are listed together, never one picked by chance
SENTENCE_MIN = 0.3  # share of the question's words the quoted sentence must carry
_ROLE_WORDS = re.compile(r"\b(?:chủ trì|giao|trách nhiệm|phối hợp|đầu mối|thực hiện)\b", re.I)
REFUSAL = ("Không tìm thấy nội dung trả lời câu hỏi này trong các văn bản đã lập chỉ mục. "
           "Hãy hỏi cụ thể hơn (tên văn bản, số hiệu, cơ quan) hoặc bổ sung văn bản liên quan.")

PARTIAL = "(Câu hỏi gồm nhiều ý; trên đây chỉ là phần tìm thấy cho một ý. Hãy hỏi riêng từng ý để có câu trả lời đầy đủ.)"


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
    mentioned = [name for text in top for name in agency_names(text)]
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


# A table's header line ("| TT | Nhiệm vụ | Cơ quan chủ trì |", "|---|"): it names the columns, it answers nothing
_TABLE_HEADER = re.compile(r"\|\s*:?-{3,}|\|\s*S?TT\s*\|", re.I)


def _addressee(text: str) -> bool:
    """Whether a sentence only names whom a Công điện or letter is sent to ("- Bộ trưởng Bộ Công an;"): one agency,
    under its head's title at most, and nothing else. It says nothing of what anyone must do."""
    found = find_agencies(text)
    if len(found) != 1:
        return False
    _, start, end = found[0]
    before, after = text[:start].strip(" -+•*"), text[end:].strip(" .,;:")
    return not after and (not before or bool(LEADER_TITLE.fullmatch(before)))


def _best_sentence(words: set[str], hits: Sequence[Hit], want=lambda s: True) -> tuple[Hit, int, int, str] | None:
    """The sentence of the top hits that covers the question best among those `want` accepts (rank breaks ties);
    never a table's header line, nor an addressee line."""
    scored = [(_overlap(words, text) - 0.02 * rank, hit, start, end, text)
              for rank, hit in enumerate(hits[:4]) for start, end, text in _sentences(hit)
              if want(text) and not _TABLE_HEADER.search(text) and not _addressee(text)]
    if not scored:
        return None
    _, hit, start, end, text = max(scored, key=lambda s: s[0])
    return hit, start, end, text


def _role(agency: str, obligation: Obligation) -> str | None:
    """"lead" when the agency leads the task, "partner" when it only takes part, None when it is not named."""
    if any(same_agency(agency, lead) for lead in obligation.lead):
        return "lead"
    return "partner" if any(same_agency(agency, p) for p in obligation.partners) else None


def _record_words(obligation: Obligation) -> str:
    return " ".join((obligation.task, obligation.product or ""))


def _row_text(obligation: Obligation) -> str:
    """A row's task, product and leads: what its topic is matched on."""
    return " ".join((_record_words(obligation), " ".join(obligation.lead)))


def _row_context(hit: Hit, obligation: Obligation) -> str:
    return " ".join((_row_text(obligation), hit.title or "", hit.issuer or ""))


def _scored_records(intent: Intent, words: set[str], hits: Sequence[Hit],
                    want=lambda o: True) -> list[tuple[float, Hit, Obligation]]:
    """Every extracted task row of the retrieved passages that fits the frame, best first: its task covers the
    topic, the agency named holds the role asked (a partner row is never taken for the agency's own), the
    retrieval rank breaks near ties."""
    topic = intent.topic or words
    scored = []
    for rank, hit in enumerate(hits):
        for o in hit.obligations:
            if not want(o):
                continue
            bonus = 0.0
            if intent.agency and intent.kind in ("deadline", "agency_tasks", "content"):
                role = _role(intent.agency, o)
                if role is None or role == "partner" and intent.role != "partner" and intent.kind != "deadline":
                    continue
                bonus = 0.1 if role == (intent.role or "lead") else 0.0
            row = _row_text(o)
            if _overlap(topic, row) < ROW_MIN:
                continue
            # the document's title and issuer ("tỉnh Kon Tum") separate rows of like tasks in several documents
            scored.append((_overlap(topic, _row_context(hit, o)) + bonus - 0.01 * rank, hit, o))
    return sorted(scored, key=lambda s: -s[0])


def _best_obligation(intent: Intent, words: set[str], hits: Sequence[Hit], want=lambda o: True,
                     least: float = 0.0) -> list[tuple[Hit, Obligation]]:
    """The task rows that answer the question: the best one when it clears RECORD_MIN by a margin over any
    runner-up with a different answer; all near-equal ones (listed, never glued) otherwise; none when none fits."""
    scored = _scored_records(intent, words, hits, want)
    if not scored or scored[0][0] < max(RECORD_MIN, least):
        return []
    best = scored[0][0]
    chosen, seen = [], set()
    for score, hit, o in scored:
        if best - score > RECORD_MARGIN or len(chosen) >= TASKS_LISTED:
            break
        key = (o.task.strip().casefold(), o.lead, o.deadline.text if o.deadline else "")
        if key not in seen:
            seen.add(key)
            chosen.append((hit, o))
    chosen = _distinct(intent, words, hits, _same_tasks(chosen))
    if intent.kind in ("deadline", "lead", "partners") and len({_slot_sentence(intent, o) for _, o in chosen}) == 1:
        return chosen[:1]  # near ties that give the same answer: the best row alone
    return chosen


def _same_tasks(chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """One task stated twice (in a resolution and in its appendix table) is one row: the one whose deadline is the
    more precise ("12/2025" over "2025") when the two deadlines agree."""
    kept: list[tuple[Hit, Obligation]] = []
    for hit, o in chosen:
        task = " ".join(content_words(o.task))
        twin = next((n for n, (_, k) in enumerate(kept) if " ".join(content_words(k.task)) == task
                     and k.lead == o.lead and _agree(k.deadline, o.deadline)), None)
        if twin is None:
            kept.append((hit, o))
        elif len(o.deadline.normalized or "") > len(kept[twin][1].deadline.normalized or ""):
            kept[twin] = (hit, o)
    return kept


def _agree(one, other) -> bool:
    """Two deadlines of which one refines the other ("2025" and "2025-12"); both absent agree too."""
    if not one or not other:
        return not one and not other
    a, b = sorted((one.normalized or one.text, other.normalized or other.text), key=len)
    return b.startswith(a)


DISTINCT_MARGIN = 0.15  # a near tie is broken when one row carries this much more of the rarer topic words


def _distinct(intent: Intent, words: set[str], hits: Sequence[Hit],
              chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """The rows that carry the question's distinctive topic words: a word most retrieved rows share ("luật",
    "dự án", "xây dựng") weighs little, one only a few rows have weighs much, and one no row has weighs most (no
    row speaks of it). Of near-equal rows, the one clearly ahead on those
    words (and holding the role asked of the agency named) is the answer alone; otherwise all stay (a tie)."""
    if len(chosen) < 2:
        return chosen
    topic = intent.topic or words
    rows = [content_words(_row_text(o)) for hit in hits for o in hit.obligations]
    weight = {w: 1.0 / max(1, sum(w in row for row in rows)) for w in topic}
    total = sum(weight.values())
    if not total:
        return chosen
    scored = sorted(((sum(weight[w] for w in topic & content_words(_row_text(o))) / total, n)
                     for n, (_, o) in enumerate(chosen)), reverse=True)
    ahead = scored[0][0] - scored[1][0] >= DISTINCT_MARGIN
    if ahead and (not intent.agency or _role(intent.agency, chosen[scored[0][1]][1]) == (intent.role or "lead")):
        return [chosen[scored[0][1]]]
    return chosen


def _deadline_words(obligation: Obligation) -> str:
    deadline = obligation.deadline
    resolved = f" (tức {_date(deadline.due)})" if deadline.due and deadline.kind not in ("date",) else ""
    return f"{deadline.text}{resolved}"


def record_line(obligation: Obligation) -> str:
    """A task row as clean text: "Nhiệm vụ: … · Chủ trì: … · Phối hợp: … · Thời hạn: …"."""
    cells = [f"Nhiệm vụ: {clean_display(obligation.task).rstrip('. ;')}"]
    if obligation.lead:
        cells.append(f"Chủ trì: {_names(obligation.lead)}")
    if obligation.partners:
        cells.append(f"Phối hợp: {_names(obligation.partners)}")
    if obligation.product:
        cells.append(f"Sản phẩm: {clean_display(obligation.product)}")
    if obligation.deadline:
        cells.append(f"Thời hạn: {clean_display(obligation.deadline.text)}")
    return " · ".join(cells)


def _quote_line(draft: _Draft, found: tuple[Hit, int, int, str], lead: str = "Theo") -> None:
    hit, start, end, text = found
    where = ", ".join(filter(None, (_doc_label(hit), hit.section)))
    draft.lines.append(f"{lead} {where}: “{clean_display(text)}” {draft.cite(hit, start, end)}")


_MISSING = {"deadline": "thời hạn", "lead": "cơ quan chủ trì", "partners": "cơ quan phối hợp"}


def _slot_sentence(intent: Intent, obligation: Obligation) -> str | None:
    """The direct answer to the slot asked, from the row's cell; None when the row leaves that cell empty."""
    if intent.kind == "deadline":
        return f"Thời hạn: {_deadline_words(obligation)}" if obligation.deadline else None
    if intent.kind == "partners":
        return f"Cơ quan phối hợp: {_names(obligation.partners)}" if obligation.partners else None
    if intent.kind == "lead":
        return f"{_names(obligation.lead)} chủ trì nhiệm vụ này" if obligation.lead else None
    return f"{_names(obligation.lead)} chủ trì" if obligation.lead else None


def _compose_record(draft: _Draft, intent: Intent, chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Deadline, lead and partner questions answered from the chosen task rows; True when every row asked about
    fills the slot (False: the document found leaves it empty, which the answer says)."""
    # near-equal rows that give different answers to a question asking one: listed with a count, never one
    # picked by chance (the reader says which task is meant)
    filled = True
    if len(chosen) > 1:
        what = _MISSING.get(intent.kind, "nội dung")
        draft.lines.append(f"Có {len(chosen)} nhiệm vụ gần với câu hỏi, {what} khác nhau; hãy nêu rõ nhiệm vụ nào:")
    for hit, obligation in chosen:
        marker = draft.cite_obligation(hit, obligation)
        label = _doc_label(hit)
        answer = _slot_sentence(intent, obligation)
        prefix = "- " if len(chosen) > 1 else ""
        if answer is None:
            filled = False
            draft.lines.append(f"{prefix}{label} không nêu {_MISSING.get(intent.kind, 'nội dung này')} cho nhiệm vụ "
                               f"này; văn bản ghi: {record_line(obligation)} {marker}")
        else:
            draft.lines.append(f"{prefix}{answer} ({label}) {marker}. {record_line(obligation)}")
    return filled


def _numbered_rows(intent: Intent, hits: Sequence[Hit], searcher: Searcher,
                   filters: Filters) -> list[tuple[Hit, Obligation]]:
    """The task rows whose TT number the question names ("nhiệm vụ 5"), in the top retrieved document: from the
    retrieved passages, else from every passage of that document (a row's section is "Phụ lục, nhiệm vụ 5")."""
    if not hits:
        return []
    numbered = re.compile(rf"\b(?:nhiệm vụ|dòng)\s+0*{intent.row}$")
    doc_id = hits[0].doc_id

    def rows(candidates: Iterable[Hit]) -> list[tuple[Hit, Obligation]]:
        return [(h, o) for h in candidates if h.doc_id == doc_id and numbered.search(h.section or "")
                for o in h.obligations]

    return rows(hits) or rows(Hit.of(p, 1.0) for p in searcher.store.scroll(replace(filters, doc_ids=(doc_id,))))


def _agency_rows(intent: Intent, role: str, doc_id: str, searcher: Searcher, filters: Filters,
                 hits: Sequence[Hit]) -> tuple[list[tuple[Hit, Obligation]], list[tuple[Hit, Obligation]]]:
    """(rows where the agency holds the role asked, rows where it only takes part) of one document: every chunk
    of it assigning work to the agency, in the document's order (the retrieved ones when the store has none)."""
    keys = replace(filters, doc_ids=(doc_id,), **{"lead_keys" if role == "lead" else "agency_keys":
                                                  (agency_key(intent.agency),)})
    chunks = sorted((Hit.of(p, 1.0) for p in searcher.store.scroll(keys)), key=lambda h: h.start)
    seen: set[str] = set()
    listed, partner = [], []
    for hit in chunks or [h for h in hits if h.doc_id == doc_id]:
        for o in hit.obligations:
            r, key = _role(intent.agency, o), o.task.strip().casefold()
            if r is None or key in seen:
                continue
            seen.add(key)
            (listed if r == role else partner).append((hit, o))
    return listed, partner


def _compose_agency_tasks(draft: _Draft, intent: Intent, searcher: Searcher, filters: Filters) -> bool:
    """The tasks the agency leads (or, asked about its part, takes part in), document by document: the documents
    of the best passages naming it in a row, each with all its rows for the agency (the rows closest to the
    question's topic when there are many). Its partner rows are said to be partner rows, never given as its own."""
    role = intent.role or "lead"
    docs = list(dict.fromkeys(hit.doc_id for hit in draft.hits for o in hit.obligations
                              if _role(intent.agency, o) is not None))[:DOCS_LISTED]
    found = [(doc_id, *_agency_rows(intent, role, doc_id, searcher, filters, draft.hits)) for doc_id in docs]
    own = [(doc_id, listed) for doc_id, listed, _ in found if listed]
    if not own and role == "lead":
        partner = [(doc_id, rows) for doc_id, _, rows in found if rows]
        if not partner:
            return False
        count = sum(len(rows) for _, rows in partner)
        draft.lines.append(f"Trong các văn bản tìm thấy, {intent.agency} không được giao chủ trì nhiệm vụ nào; "
                           f"{intent.agency} là cơ quan phối hợp trong {count} nhiệm vụ:")
        own = partner
    elif not own:
        return False
    else:
        doing = "chủ trì" if role == "lead" else "phối hợp thực hiện"
        count = sum(len(rows) for _, rows in own)
        where = "trong các văn bản tìm thấy" if len(own) > 1 else f"theo {_doc_label(own[0][1][0][0])}"
        draft.lines.append(f"{intent.agency} {doing} {count} nhiệm vụ {where}:")
    share = max(TASKS_LISTED // len(own), 3)
    for _, rows in own:
        shown = rows
        if len(rows) > share:  # the rows nearest the topic, kept in the document's order
            best = sorted(range(len(rows)), key=lambda i: -_overlap(intent.topic, rows[i][1].task))[:share]
            shown = [rows[i] for i in sorted(best)]
        if len(own) > 1 or len(rows) > len(shown):
            more = f", liệt kê {len(shown)}" if len(rows) > len(shown) else ""
            draft.lines.append(f"{_doc_label(rows[0][0])} ({len(rows)} nhiệm vụ{more}):")
        for hit, obligation in shown:
            draft.lines.append(f"- {record_line(obligation)} {draft.cite_obligation(hit, obligation)}")
    return True


_EFFECTIVE = re.compile(r"\b(?:có hiệu lực|hiệu lực thi hành|hiệu lực (?:kể )?từ)\b", re.I)
_SELF_EFFECTIVE = re.compile(r"(?:^|[.:]\s*)\W*(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Luật|Quy chế|Quy định|Kế hoạch|"
                             r"Công văn|văn bản) này có hiệu lực\b", re.I)
_WHEN = re.compile(r"\b(?:từ ngày|kể từ|ngày \d|\d{1,2}/\d{1,2}/\d{4}|ngày ký)\b", re.I)
_DATED = re.compile(r"\d{1,2}\s*(?:/|-|tháng)\s*\d{1,2}\s*(?:/|-|năm)\s*\d{4}")
_IMPLEMENTS_TITLE = re.compile(r"\b(?:triển khai|thực hiện|cụ thể hóa)\b.*\b(?:Chỉ thị|Nghị quyết|Kết luận|Quyết định|"
                               r"Kế hoạch|Nghị định|Luật|Chương trình|Thông báo|Công điện|Đề án)\b", re.I)


def _head(searcher: Searcher, hit: Hit, filters: Filters) -> tuple[DocumentHead, Hit]:
    first = searcher.store.heads((hit.doc_id,), Filters(groups=filters.groups))[hit.doc_id]
    return first, Hit.of(first, hit.score)


def _compose_metadata(draft: _Draft, intent: Intent, searcher: Searcher, filters: Filters) -> bool:
    """Facts of the top document's head (issuer, date, title, signer), or the one slot asked: signer, issue date,
    effective date, implemented document, legal basis. False when the document does not state the slot asked,
    which the answer then says."""
    first, head = _head(searcher, draft.hits[0], filters)
    label = _doc_label(head)
    slot = intent.slot if len([s for s in intent.slots if s in HEAD_SLOTS]) <= 1 else "metadata"
    missing = {"signer": (not first.signer, "tên người ký"), "issue_date": (not head.issued_on, "ngày ban hành"),
               "issuer": (not head.issuer, "cơ quan ban hành")}
    if slot in missing:  # the head's facts answer it, or say what the head does give
        empty, what = missing[slot]
        if empty:
            draft.lines.append(f"{label} không ghi {what} trong văn bản đã lập chỉ mục.")
        _head_facts(draft, first, head)
        return not empty
    if slot == "effective":
        return _compose_effective(draft, searcher, head, filters)
    if slot in ("implements", "legal_basis"):
        kinds = ("implements",) if slot == "implements" else ("can_cu",)
        refs = [r for r in first.references if r.kind in kinds]
        if refs:
            verb = "triển khai" if slot == "implements" else "căn cứ"
            draft.lines.append(f"{label} {verb}:")
            for ref in refs[:TASKS_LISTED]:
                quote = clean_display(ref.quote)
                draft.lines.append(f"- {ref.name}: “{quote}” {draft.cite(_reference_hit(first, ref))}")
            return True
        if slot == "implements" and head.title and _IMPLEMENTS_TITLE.search(head.title):
            draft.lines.append(f"{label} có trích yếu: “{clean_display(head.title)}” {draft.cite(head)}.")
            return True
        what = "văn bản được triển khai" if slot == "implements" else "căn cứ ban hành"
        draft.lines.append(f"{label} không nêu {what} trong văn bản đã lập chỉ mục {draft.cite(head)}.")
        return False
    _head_facts(draft, first, head)
    # several slots asked ("ban hành ngày nào và ai ký?"): each must be filled, or the answer says which is not
    empty = [what for slot, (blank, what) in missing.items() if slot in intent.slots and blank]
    if empty:
        draft.lines.append(f"{label} không ghi {_names(empty)} trong văn bản đã lập chỉ mục.")
    if "effective" in intent.slots:
        return _compose_effective(draft, searcher, head, filters) and not empty
    return not empty


def _head_facts(draft: _Draft, first: DocumentHead, head: Hit) -> None:
    """Issuer, date, title and signer of a document, cited to its head."""
    facts = [_doc_label(head)]
    if head.issuer:
        facts.append(f"do {head.issuer} ban hành")
    if head.issued_on:
        facts.append(f"ngày {_date(head.issued_on)}")
    title = f"; trích yếu: “{clean_display(head.title)}”" if head.title else ""
    signer = f"; người ký: {first.signer}" if first.signer else ""
    draft.lines.append(f"{' '.join(facts)}{title}{signer} {draft.cite(head)}.")


def _compose_effective(draft: _Draft, searcher: Searcher, head: Hit, filters: Filters) -> bool:
    """The sentence of the document that says from when it takes effect; never a task deadline."""
    payloads = searcher.store.scroll(replace(filters.unnarrowed(), doc_ids=(head.doc_id,)))
    found = [(not _SELF_EFFECTIVE.search(text), not _DATED.search(text), hit.start, start, hit, end, text)
             for hit in (Hit.of(p, 1.0) for p in payloads)
             for start, end, text in _sentences(hit) if _EFFECTIVE.search(text) and _WHEN.search(text)]
    if not found:
        draft.lines.append(f"{_doc_label(head)} không nêu thời điểm có hiệu lực trong văn bản đã lập chỉ mục "
                           f"{draft.cite(head)}.")
        return False
    *_, start, hit, end, text = min(found, key=lambda f: f[:4])
    _quote_line(draft, (hit, start, end, text))
    return True


def _reference_hit(head: DocumentHead, ref: StoredReference) -> Hit:
    """The citing statement of a stored reference as a hit of its document, so that it is cited like a passage."""
    return Hit.of(replace(head, chunk_id=ref.chunk_id, section=ref.section, article=None, heading_path=(),
                          table_header=(), obligations=(), page=ref.page, text=ref.quote, start=ref.start,
                          end=ref.end), 1.0)


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
        found = [(head, ref) for head, ref in citing(searcher.store, keys, filters) if ref.kind in kinds]
        if not found:
            return False
        if kind == "replaces":  # also "… còn hiệu lực không?": say first that it no longer stands alone
            done = " và ".join(KIND_WORDS[k] for k in kinds if any(r.kind == k for _, r in found))
            draft.lines.append(f"{_named(intent)} đã được {done} bởi văn bản sau trong chỉ mục:")
        else:
            draft.lines.append(f"Các văn bản trong chỉ mục {KIND_WORDS[kind]} {_named(intent)}:")
        for head, ref in found:
            quote = " ".join(ref.quote.split())
            draft.lines.append(f"- {describe(indexed(head))} {KIND_WORDS[ref.kind]} {ref.name}: “{quote}” "
                               f"{draft.cite(_reference_hit(head, ref))}")
        return True
    serial = intent.doc_reference[1] if intent.doc_reference else keys[0].split("/")[0] if keys else None
    heads = searcher.store.heads(filters=replace(filters, doc_serials=(serial,))) if serial else {}
    probe = StoredReference(keys[0] if keys else "")
    # one number may be several indexed files (a resolution and its appendix): the first that says it
    found = [(h, [r for r in h.references if r.kind in kinds]) for h in heads.values()
             if refers_to(probe, h)]
    head, refs = next(((h, refs) for h, refs in found if refs), (None, []))
    if not refs:
        return False
    draft.lines.append(f"{describe(indexed(head))} {KIND_WORDS[kind]}:")
    for ref, target in zip(refs, resolve_references(searcher.store, refs, filters)):
        where = f"có trong chỉ mục: {describe(indexed(target))}" if target else "chưa có trong chỉ mục"
        quote = " ".join(ref.quote.split())
        draft.lines.append(f"- {ref.name} ({where}): “{quote}” {draft.cite(_reference_hit(head, ref))}")
    return True


def _compose_passages(draft: _Draft, intent: Intent, words: set[str]) -> bool:
    """Content and comparison questions, and the fallback: the best sentences, quoted. A "when" question is only
    answered with a sentence that states a time, a "who" question with one naming an agency (in the role asked);
    False when no sentence does, and the answer says what the best passage does say."""
    if intent.kind == "compare":
        seen: set[str] = set()
        for hit in draft.hits:
            if hit.doc_id not in seen and len(seen) < 3:
                seen.add(hit.doc_id)
                found = _best_sentence(words, [hit])
                if found:
                    _quote_line(draft, found, "-")
        return bool(draft.lines)
    if intent.kind == "deadline" and intent.agency:
        # the agency the question names must be the one the sentence (or its heading) speaks of: never another's time
        headed = [h for h in draft.hits if _names_agency(intent.agency, " ".join(h.heading_path))]
        found = _best_sentence(words, draft.hits, lambda s: bool(find_deadlines(s)) and _names_agency(intent.agency, s)) \
            or _best_sentence(
            words, headed, lambda s: bool(find_deadlines(s)) and not find_agencies(s))
        if found is None or _overlap(words, found[3]) < SENTENCE_MIN:
            return False
        hit = found[0]
        heading = "" if _names_agency(intent.agency, found[3]) else f" ({intent.agency})"
        where = ", ".join(filter(None, (_doc_label(hit), hit.section)))
        draft.lines.append(f"Theo {where}{heading}: “{clean_display(found[3])}” {draft.cite(hit, found[1], found[2])}")
        return True
    if intent.kind == "deadline":
        want = lambda s: bool(find_deadlines(s))
    elif intent.kind in ("lead", "partners"):
        # a named agency, not a bare group word ("cơ quan đầu mối", "các đơn vị")
        want = lambda s: any(name[:1].isupper() for name, _, _ in find_agencies(s)) and bool(_ROLE_WORDS.search(s))
    elif intent.kind == "agency_tasks" and intent.agency:
        want = lambda s: _leads_in(intent.agency, s, intent.role or "lead")
    elif intent.quantity is not None:
        want = lambda s: _states_quantity(s, intent.quantity)
    else:
        want = lambda s: True
    found = _best_sentence(words, draft.hits, want)
    if found is None or _overlap(words, found[3]) < SENTENCE_MIN:
        return False
    _quote_line(draft, found)
    second = _best_sentence(words, [h for h in draft.hits[:3] if h.chunk_id != found[0].chunk_id], want)
    if intent.kind == "content" and second and _overlap(words, second[3]) >= 0.5:
        _quote_line(draft, second, "Ngoài ra, theo")
    return True


# Numbers that are no amount: dates, years, serials, articles ("năm 2025", "ngày 15", "6/2025", "Điều 4").
_NOT_AMOUNT = re.compile(r"\b(?:năm|ngày|tháng|quý|số|Điều|khoản|điểm|mục|lần thứ|giai đoạn)\s+\d+|\d+\s*[/-]\s*\d+", re.I)


_MEASURES = frozenset("tỷ triệu nghìn ngàn đồng tiền ha héc m2 mét km ki tấn lít".split())


def _states_quantity(sentence: str, unit: str) -> bool:
    """Whether a sentence states an amount (a number that is no date, year or serial), in the unit asked when the
    question names one ("bao nhiêu tỷ đồng" → "400 tỷ đồng", "bao nhiêu phần trăm" → "5%")."""
    if unit not in _MEASURES and ("%" in sentence or "phần trăm" in sentence.casefold()):
        return True  # a share answers "bao nhiêu phần trăm", "tỷ lệ … bao nhiêu cán bộ", never "bao nhiêu tỷ đồng"
    text = _NOT_AMOUNT.sub(" ", sentence)
    if unit:
        return re.search(rf"\d[\d.,]*\s*(?:\w+\s+)?{re.escape(unit)}(?!\w)", text, re.I) is not None
    return re.search(r"\d", text) is not None


def _names_agency(agency: str, text: str) -> bool:
    return any(same_agency(agency, name) for name, _, _ in find_agencies(text))


def _leads_in(agency: str, sentence: str, role: str) -> bool:
    """Whether the sentence names the agency in the role asked: as lead when it is named before any "phối hợp"
    (or with none), as partner when named after it."""
    cut = re.search(r"\bphối hợp\b", sentence, re.I)
    for name, start, _ in find_agencies(sentence):
        if same_agency(agency, name):
            after = cut is not None and start > cut.start()
            return after if role == "partner" else not after
    return False


def _retrieve(searcher: Searcher, resolved: Resolved, intent: Intent, filters: Filters,
              min_support: float) -> list[Hit]:
    """Hits for the question, narrowed to what it names (a document, the document in focus, an agency's tasks):
    all of those together first, then each alone, then none."""
    narrow: dict[str, tuple[str, ...]] = {}
    if intent.doc_number:
        narrow["doc_numbers"] = (intent.doc_number,)
    if intent.doc_reference:
        narrow["doc_types"], narrow["doc_serials"] = ((intent.doc_reference[0],), (intent.doc_reference[1],))
    if resolved.focus_doc:
        narrow["doc_ids"] = (resolved.focus_doc,)
    elif resolved.prefer_doc and not intent.names_document:
        # the document the conversation is on, kept while it covers the question
        hits = searcher.search(Query(resolved.question, RETRIEVE, "hybrid", replace(filters,
                                                                                 doc_ids=(resolved.prefer_doc,))))
        if hits and support(resolved.question, hits) >= min_support:
            return hits
    if intent.kind == "agency_tasks" and intent.agency:
        narrow.update(lead_keys=(agency_key(intent.agency),))
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
    """The cited answer to a question, or a plain statement that the documents do not answer it (or that the
    document found leaves the asked slot empty, with what it does say)."""
    text = searcher.restore_marks(question, filters)
    turns = _replayed(turns, filters, searcher, min_support)
    resolved = resolve(text, turns)
    own = classify(resolved.own_question)
    found = classify(resolved.question)
    intent = replace(found, kind=own.kind if own.kind != "content" else found.kind, slot=own.slot or found.slot)
    if resolved.record and resolved.record_citation and intent.kind in ("deadline", "lead", "partners"):
        return _finish(_from_record(question, resolved, intent), searcher, filters, phraser)
    if intent.kind == "relation":
        draft = _Draft([])
        if _compose_relation(draft, intent, searcher, filters.unnarrowed()):
            return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), intent.kind,
                                  resolved.question, support=1.0), searcher, filters, phraser)
        if intent.relation != ("out", "implements"):  # the relation asked is not in the index: never a guess
            return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
        intent = replace(intent, kind="metadata", slot="implements")
    implementing = _implementing(searcher, resolved, intent, filters)
    hits = implementing or _retrieve(searcher, resolved, intent, filters, min_support)
    # a row named by its number in a document the question names (or has in focus) is the row asked, whatever
    # words the question shares with it
    numbered = _numbered_rows(intent, hits, searcher, filters) if intent.row and not implementing else []
    named = bool(numbered) and (intent.names_document or resolved.focus_doc is not None)
    covered = 1.0 if implementing or named else support(resolved.question, hits)
    if not hits or covered < min_support:
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question,
                      support=covered)
    draft = _Draft(hits)
    words = content_words(resolved.question)
    if intent.agency and intent.kind in ("lead", "partners"):
        words -= content_words(intent.agency)
    if implementing:  # each implementing document's head, the slot asked of it
        if len(implementing) > 1:
            draft.lines.append(f"Có {len(implementing)} văn bản trong chỉ mục triển khai văn bản này:")
        answered = all([_compose_metadata(replace(draft, hits=[hit]), intent, searcher, filters) for hit in implementing])
    elif numbered and intent.kind not in ("metadata", "relation"):
        answered = _compose_record(draft, intent, numbered)
    elif intent.kind == "metadata":
        answered = _compose_metadata(draft, intent, searcher, filters)
    elif intent.kind in ("deadline", "lead", "partners"):
        # rows that fill the slot first, then a sentence that does, then a strongly matching row that leaves it
        # empty (the answer says so)
        chosen = _best_obligation(intent, words, hits, lambda o: _slot_sentence(intent, o) is not None)
        answered = (_compose_record(draft, intent, chosen) if chosen else _compose_passages(draft, intent, words)
                    or _compose_record(draft, intent, _best_obligation(intent, words, hits, least=RECORD_STRONG)))
    elif intent.kind == "agency_tasks" and intent.agency:
        answered = _compose_agency_tasks(draft, intent, searcher, filters) or _compose_passages(draft, intent, words)
    else:
        answered = _compose_passages(draft, intent, words)
    if not draft.lines:
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question,
                      support=covered)
    if own.asks > 1 and intent.kind not in ("metadata", "relation") and not implementing and not draft.obligations:
        # one quoted sentence answers one of the things asked: said, and not given as the whole answer (a task row
        # is shown with all its cells: lead, partners, deadline)
        draft.lines.append(PARTIAL)
        answered = False
    answer = Answer(question, "\n".join(draft.lines), answered, tuple(draft.citations), intent.kind,
                    resolved.question, obligations=tuple(draft.obligations), support=covered)
    return _finish(answer, searcher, filters, phraser)


# "Còn văn bản triển khai quyết định này thì ai ký?": a head slot asked of the documents implementing the one in focus
_IMPLEMENTING = re.compile(r"\b(?:văn bản|kế hoạch|quyết định|chỉ thị|công văn)\s+(?:triển khai|thực hiện|cụ thể hóa)\b", re.I)


def _implementing(searcher: Searcher, resolved: Resolved, intent: Intent, filters: Filters) -> list[Hit]:
    """The heads of the indexed documents that implement the document in focus, when a head slot is asked of
    "văn bản triển khai …"; empty otherwise."""
    if intent.kind != "metadata" or not resolved.focus_doc or not _IMPLEMENTING.search(resolved.own_question):
        return []
    head = searcher.store.heads((resolved.focus_doc,), Filters(groups=filters.groups)).get(resolved.focus_doc)
    if not head:
        return []
    keys = target_keys(head.doc_number, head.doc_type, head.doc_serial)
    found = [h for h, ref in citing(searcher.store, keys, filters.unnarrowed()) if ref.kind == "implements"
             and h.doc_id != resolved.focus_doc]
    return [Hit.of(h, 1.0) for h in {h.doc_id: h for h in found}.values()]


REPLAYED = 3  # earlier turns of a history sent by the caller that are answered again to recover their frames


def _replayed(turns: Sequence[Turn], filters: Filters, searcher: Searcher, min_support: float) -> Sequence[Turn]:
    """Turns whose answers carry their frame (document, record, citations). A history sent by the caller holds
    only questions and answer texts: its last turns are answered again, in order, exactly as they were when the
    conversation was kept here, so a follow-up resolves the same either way."""
    if not turns or turns[-1].answer.resolved_question is not None or turns[-1].answer.citations:
        return turns
    replayed: list[Turn] = []
    for turn in turns[-REPLAYED:]:
        replayed.append(Turn(turn.question, answer_question(turn.question, replayed, filters, searcher, None,
                                                            min_support)))
    return replayed


def _from_record(question: str, resolved: Resolved, intent: Intent) -> Answer:
    """A follow-up that names only a slot ("Thời gian thực hiện?"), answered from the task row in focus."""
    citation = replace(resolved.record_citation, number=1)
    label = document_label(citation.doc_type, citation.doc_number, citation.doc_id)
    answer = _slot_sentence(intent, resolved.record)
    line = record_line(resolved.record)
    text = (f"{answer} ({label}) [1]. {line}" if answer else
            f"{label} không nêu {_MISSING.get(intent.kind, 'nội dung này')} cho nhiệm vụ này; văn bản ghi: {line} [1]")
    return Answer(question, text, answer is not None, (citation,), intent.kind, resolved.question,
                  obligations=(resolved.record,), support=1.0)


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
