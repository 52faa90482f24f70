"""Cited answers composed from retrieved passages and the obligations extracted from them (no LLM needed).

Every sentence of an answer ends with [n] markers; citation n quotes the exact span of the passage (document
offsets), so the UI can highlight it and a reader can check it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import product, zip_longest
from typing import Sequence

from assistant import parts
from assistant.conversation import Resolved, agency_only, agency_unpointed, apart_from_row, found_without_cell, points_back, resolve
from assistant.draft import Draft, hit_label, hit_sentences, join_names, overlap, quote_line, record_line
from assistant.heads import (by_title, compose_metadata, consolidations, compose_proposed_by, compose_relation,
                             compose_signed_by)
from assistant.intent import (numbered_titles, issuing_agencies, CHAIR_ASKED, DEADLINE, DOCUMENT_ASKED, END_TIME_ASKED, HEAD_SLOTS, OFFICE_ASKED, WHICH_AGENCIES, Intent, asked_years, role_act_stated, classify, clauses,
                              check_reworded, lead_checked,
                              content_words, dated_documents, described_documents, described_issuers, described_titles, named_documents, named_titles, opening_document, other_kind_pointed, sole_document, source_words, topic_words,
                              proposer_asked, signer_asked, slot_before_relation, source_issuers, offered_bodies, without_agencies, without_source_lead)
from assistant.quotes import (answers_each_part, compose_passages, states_asked, duties_titled, duty_party, duty_party_named,
                              speaks_of_undone, states_act_verb)
from assistant.precision import DECLINE_ON, UNCITED_PREMISE, details_asked, objects_asked, programmes_asked, sectors_asked, details_unstated, doubted, time_said_unstated, years_uncited
from assistant.phrasing import LLM_FAILED, LLM_UNVERIFIED, Phraser, verify
from assistant.records import Answer, Citation, Turn
from assistant.relations import citing, relations, superseded, target_keys
from assistant.timed import item_time, plan_time
from assistant.rows import (MISSING, RECORD_STRONG, behind_passage, behind_timed, behind_undated, best_obligation, compose_agency_tasks,
                            compose_record, fills_slot, in_named_document, numbered_rows, only_row_led, slot_sentence, time_in_words, unread_time_line,
                            unstated_deadline, unstated_partners)
from corpus.agencies import (group_subject, localities_only, agency_key, agency_names, asked_agencies, covers, find_agencies, find_places, issued_by, names_place,
                             same_agency)
from corpus.deadlines import HORIZON, TIME_CUE, find_deadlines
from corpus.display import vn_date
from corpus.records import Obligation
from corpus.text import clean_display, normalize
from corpus.vn import (numbers_marked, CITED_TYPES, TYPES, DAY_ASKED, DOCUMENT_WORDS, states_date, EXECUTION_ASKED, OWNER_BEFORE, appendix_numbers, attached_to, form_codes, article_content_asked, fold,
                       law_years_written_out,
                       listed_ordinal, mentions_number, names_day, number_key, role_label, serial, session_ordinals,
                       short_label, type_covers, covered_types)
from index.records import DocumentHead, Filters, Hit, Query
from index.search import Searcher

RETRIEVE = 8
_HOW_MANY = re.compile(r"\bbao nhiêu\s+(" + DOCUMENT_WORDS + r"|luật|pháp lệnh)\b", re.I)
REFUSAL = ("Không tìm thấy nội dung trả lời câu hỏi này trong các văn bản đã lập chỉ mục. "
           "Hãy hỏi cụ thể hơn (tên văn bản, số hiệu, cơ quan) hoặc bổ sung văn bản liên quan.")

PARTIAL = "(Câu hỏi gồm nhiều ý; trên đây chỉ là phần tìm thấy cho một ý. Hãy hỏi riêng từng ý để có câu trả lời đầy đủ.)"


def _passage(hit: Hit) -> str:
    """A hit's text with the identity and headings it is read under."""
    return " ".join((hit.text, hit.doc_type or "", hit.doc_number or "", hit.title or "", hit.issuer or "",
                     " ".join(hit.heading_path), " ".join(hit.table_header)))


def support(question: str, hits: Sequence[Hit], depth: int = 3, heads: Sequence[str] = ()) -> float:
    """How much of the question's topic the best of the top passages covers (0–1): the refusal signal. An agency
    or a place ("tỉnh Thanh Hóa") the question names that none of those passages mentions makes it 0: the
    documents do not speak of it. So does a year the question names ("năm 2035") that none of them states, and a
    document it names that none of them is or cites (a number no indexed document has). `heads`: the title and first
    passage of the top passages' documents, which hold the words a question describes a named document by."""
    top = [_passage(h) for h in hits[:depth]]
    if not _premises_hold(question, hits[:depth], top):
        return 0.0
    offered = offered_bodies(question)
    named = [name for name, _, end in asked_agencies(question) if not lead_checked(question, end) and name not in offered]
    mentioned = [name for text in top for name in agency_names(text)]
    if any(not any(covers(name, other) for other in mentioned) and not _issued_within(name, question, hits[:depth])
           for name in named):
        return 0.0
    if offered and not any(covers(name, other) for name in offered for other in mentioned):
        return 0.0  # of the bodies offered as a choice, one must be the passages'
    if any(not any(names_place(text, place) for text in top) for place in find_places(question)):
        return 0.0
    words = content_words(question)
    source = source_words(question)
    if source and any(overlap(source, text) == 1.0 for text in top):
        # "Theo Phiên họp thứ hai của Ban Chỉ đạo, …": a passage of the source named holds its words; what is asked
        # must be covered by one passage, which need not repeat them
        words = words - source or words
    covered = max((overlap(words, text) for text in top), default=0.0)
    for about in sorted(numbered_titles(question), key=len, reverse=True):
        # "… trong Công điện 189 về phòng, chống lũ ở Bắc Bộ?": the words describing a document named by number say
        # which document, as its title does (read, marks folded, from the title or the head of a passage's document
        # holding them all); the passage quoted need not repeat them. Never lower than with them (a passage holding
        # them and little else: "Người ký Kế hoạch 196/KH-UBND về công nghiệp văn hóa là ai …?")
        folded = {fold(w) for w in about}
        if words - about and any(folded <= {fold(w) for w in content_words(text)}
                                 for text in (*(h.title or "" for h in hits[:depth]), *heads)):
            return max(covered, max((overlap(words - about, text) for text in top), default=0.0))
    return covered


def _head_texts(searcher: Searcher, hits: Sequence[Hit], filters: Filters, question: str, depth: int = 3) -> list[str]:
    """The titles and first passages of the top passages' documents, read only where the question describes a document
    it names by number (`intent.numbered_titles`): what `support` reads those words in."""
    if not numbered_titles(question) or not hits:
        return []
    heads = searcher.store.heads(list(dict.fromkeys(h.doc_id for h in hits[:depth])), filters=filters.unnarrowed())
    return [f"{head.title or ''} {head.text}" for head in heads.values()]


def _source_authors(question: str) -> list[str]:
    """The agencies a question's "Theo …," lead names as its source's author, after "của" ("Theo Phụ lục 1 báo cáo
    của Đảng ủy Chính phủ về …, …" → Đảng ủy Chính phủ)."""
    lead = question[:len(question) - len(without_source_lead(question))]
    # mid-question too: "… trong phụ lục báo cáo của Đảng ủy Chính phủ về …" (`intent.source_issuers`)
    return list(dict.fromkeys([name for name, start, _ in find_agencies(lead) if OWNER_BEFORE.search(lead[:start])]
                              + source_issuers(question)))


def _issued_by(agency: str, hit: Hit) -> bool:
    """Whether a passage's document is the agency's: issued by it, or by one of its own units, whose name holds the
    agency's whole name ("Văn phòng Đảng ủy Chính phủ", issuer of Công văn 402-CV/VPĐU sending that body's report)."""
    if not hit.issuer:
        return False
    return same_agency(agency, hit.issuer) or bool(_whole_name(agency).search(fold(hit.issuer).lower()))


@lru_cache(maxsize=256)
def _whole_name(agency: str) -> re.Pattern[str]:
    """An agency's folded name as a whole phrase, compiled once per name (it is matched against every hit)."""
    return re.compile(r"(?<!\w)" + re.escape(fold(agency).lower()) + r"(?!\w)")


def _issued_within(agency: str, question: str, hits: Sequence[Hit]) -> bool:
    """Whether an agency the question's lead names as its source's author (`_source_authors`) issued a passage's
    document (`_issued_by`): the rows of that document need not name their author. Another body's document
    ("Ủy ban nhân dân tỉnh Ninh Bình" for "Theo Kế hoạch của UBND tỉnh Thanh Hóa") is not."""
    return any(same_agency(agency, name) for name in _source_authors(question)) and \
        any(_issued_by(agency, hit) for hit in hits)


def _of_source_author(question: str, hits: list[Hit]) -> list[Hit]:
    """The passages of the documents of the author the question's lead names ("Theo báo cáo của Đảng ủy Chính phủ,
    …"), when some are found: another body's document with a like task (the Government's own programme) is not the
    source asked of. All the hits when none is that author's."""
    authors = _source_authors(question)
    own = [h for h in hits if any(_issued_by(author, h) for author in authors)]
    return own or hits


def _premises_hold(question: str, hits: Sequence[Hit], texts: Sequence[str]) -> bool:
    """Whether every year and every document the question names is found in the passages (a passage's own
    document, its date, its text or headings). A passage of a document whose number could not be read (a scan)
    may be the one named: it is not held against the question."""
    for kind, number, year in named_documents(question):
        if not any(_may_be(h.doc_number, h.doc_type, kind, number) and _of_year(h, year) for h in hits) \
                and not any(mentions_number(text, number, kind, year) for text in texts):
            return False
    for year in asked_years(question):
        if not any(year in text or year in (h.issued_on or "") for h, text in zip(hits, texts)):
            return False
    return True


def _may_be(doc_number: str | None, doc_type: str | None, kind: str | None, number: str) -> bool:
    """Whether a document may be the one a question names by type and serial: its number has that serial (and its
    type that type, where one is named), or its number could not be read (a scan)."""
    return doc_number is None or serial(doc_number) == number and type_covers(kind, doc_type)


def _of_year(hit: Hit, year: str | None) -> bool:
    """Whether a document may be the one a question numbers with a year ("08/2014/QĐ-UBND"): its own number's year,
    or its date where its number has none, is that year. The same serial of another year is another document."""
    if not year or not hit.doc_number:
        return True
    own = number_key(hit.doc_number)[2]
    if own is not None:
        return str(own) == year
    return not hit.issued_on or hit.issued_on[:4] == year


def _near_missed(searcher: Searcher, question: str, hits: list[Hit], filters: Filters) -> list[Hit]:
    """The hits without the passages of documents whose number could not be read that do not cite it, where the
    question numbers a document with a year ("Thông tư 96/2000/TT-BTC") the index does not hold while it holds one of
    that type and serial of another year (Thông tư 96/1999/TT-BTC): the same serial of another year is another
    document, so the named one is a near miss of an indexed document, not an unnumbered draft (`_may_be` presumes a
    document with no number may be any one named)."""
    for kind, number, year in named_documents(question):
        if not year or kind is None:
            continue
        same = searcher.store.heads((), filters=Filters(access=filters.access, doc_types=covered_types(kind),
                                                         doc_serials=(number,)))
        if same and not any(_of_year(head, year) for head in same.values()):
            hits = [h for h in hits if h.doc_number or mentions_number(h.text, number, kind, year)]
    return _attached_elsewhere(question, hits)


def _misdated(searcher: Searcher, question: str, hits: list[Hit], filters: Filters) -> list[Hit]:
    """The hits without the passages of the documents of the type and serial a question names with a date ("Kế hoạch
    196 … triển khai Chỉ thị 30/CT-TTg ngày 29/8/2024") where every such document indexed is dated another day (the
    Chỉ thị 30/CT-TTg of 06/10/2025 on coal for power): another document of the same number, never the one asked. A
    document whose day is not read may be it, and keeps them."""
    for kind, number, year, day in dated_documents(question):
        if kind is None:
            continue
        same = searcher.store.heads((), filters=Filters(access=filters.access, doc_types=covered_types(kind),
                                                         doc_serials=(number,)))
        same = {doc_id: head for doc_id, head in same.items() if _of_year(head, year)}
        if same and all(head.issued_on and len(head.issued_on) == 10 and head.issued_on != day
                        for head in same.values()):
            hits = [hit for hit in hits if hit.doc_id not in same]
    return hits


def _of_form_named(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits of the documents whose passages found name the form the question names by its code ("Theo phụ lục
    01-NTNN, Bên Việt Nam gửi thông báo … cho những cơ quan nào?", `vn.form_codes`), when some do: another
    document's sentence on the same subject (Thông tư 134/2008/TT-BTC on the Vietnamese party's tax registration) says
    nothing of that form. All the hits when none names it."""
    asked = form_codes(question)
    if not asked:
        return hits
    naming = {hit.doc_id for hit in hits if asked & form_codes(hit.text)}
    return [hit for hit in hits if hit.doc_id in naming] if naming else hits


def _attached_elsewhere(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits without those of documents whose number could not be read that say they are issued with another
    document of the type the question names by number: a form "ban hành kèm theo Thông tư số 05 …" (PLTT05) is not
    the one asked of "Thông tư 42/2009/TT-BTC" (`_may_be` presumes a document with no number may be any one named)."""
    for kind, number, _ in named_documents(question):
        if kind is None:
            continue
        folded, wanted = fold(kind).lower(), number.lstrip("0")
        texts: dict[str, str] = {}
        for hit in hits:
            if not hit.doc_number:
                texts[hit.doc_id] = texts.get(hit.doc_id, "") + "\n" + hit.text
        other = {doc for doc, text in texts.items()
                 if any(t == folded and n != wanted for t, n in attached_to(text))
                 and not any(t == folded and n == wanted for t, n in attached_to(text))
                 and not mentions_number(text, number, kind)}
        hits = [hit for hit in hits if hit.doc_id not in other]
    return hits


# two documents asked side by side: "… trong công điện vụ cháy phố Kim Hoa và trong Nghị quyết 320 …", "… theo Chỉ thị
# 22/2008 của Thủ tướng và theo Chỉ thị 01/2009 của Kon Tum?"
# A citing sentence that ends another text: "… hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004".
_END_STATED = re.compile(r"\bhết hiệu lực\b", re.I)


def states_end_day(sentence: str) -> bool:
    """Whether a sentence says a text ends on a day it states after "hết hiệu lực" (Nghị định 164/2003/NĐ-CP, Điều
    50: "… hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004"); the dates of the texts it names come before."""
    end = _END_STATED.search(sentence)
    return end is not None and states_date(sentence[end.end():])

_SIDE_BY_SIDE = re.compile(rf"\b(?:trong|theo|tại)\s+(?:{DOCUMENT_WORDS})\b.*\bvà\s+(?:trong|theo|tại)\s+(?:các\s+)?"
                           rf"(?:{DOCUMENT_WORDS})\b", re.I)


def _taking_part_too(searcher: Searcher, question: str, intent: Intent, filters: Filters, hits: list[Hit]) -> list[Hit]:
    """An agency's tasks asked of two documents side by side ("Bộ Công an làm gì trong công điện vụ cháy phố Kim Hoa và
    trong Nghị quyết 320 …?"): the hits (narrowed to the rows it leads, `_retrieve`) with those naming it as lead or
    partner after them, so that a document giving it only a part in another's task ("Giao UBND thành phố Hà Nội phối
    hợp chặt chẽ với Bộ Công an chỉ đạo …") is answered too, as its part, never left out."""
    seen = {hit.chunk_id for hit in hits}
    more = searcher.search(Query(question, RETRIEVE, "hybrid",
                                 filters=replace(filters, agency_keys=(agency_key(intent.agency),))))
    # only of the documents asked: one the question numbers, or one of a type it names without a number ("công điện
    # vụ cháy …" beside "Nghị quyết 320"); never another of the numbered one's type
    numbered = {kind for kind, _, _ in intent.documents}
    described = set(intent.types_named) - numbered
    asked = [hit for hit in more if hit.chunk_id not in seen
             and (in_named_document(intent, hit) or hit.doc_type in described)]
    return [*hits, *asked]


def _one_side_cited(question: str, draft: Draft) -> bool:
    """Whether the question asks of two documents side by side and the answer cites one document only: what the
    other says is not answered (never given as the whole answer)."""
    return bool(_SIDE_BY_SIDE.search(question)) and len({c.doc_id for c in draft.citations}) == 1


def _documents_cited(question: str, draft: Draft) -> bool:
    """Whether a document the question names (one of them, when it names several) is where the answer cites: the
    cited passage's own document (or one whose number could not be read), or a cited passage, its headings or its
    document's title that name it (a plan "thực hiện Chỉ thị 20-CT/TU" answers of that directive). A passage of
    another document that only mentions the one named elsewhere ("bãi bỏ Nghị định 64/2010/NĐ-CP") answers nothing
    about what that one says."""
    hits = {h.chunk_id: h for h in draft.hits}
    texts = [" ".join((c.quote, c.title or "", *(hits[c.chunk_id].heading_path if c.chunk_id in hits else ()),
                       hits[c.chunk_id].text if c.chunk_id in hits else "")) for c in draft.citations]
    named = named_documents(question)
    return not named or any(
        any(_may_be(c.doc_number, c.doc_type, kind, number) for c in draft.citations)
        or any(mentions_number(text, number, kind) for text in texts)
        for kind, number, _ in named)


def _described_cited(question: str, draft: Draft) -> bool:
    """Whether a document the question reads from, described by its type and title, not by number ("Theo dự thảo Nghị định về
    người nước ngoài vào làm quản lý, giảng dạy … , Bộ Giáo dục và Đào tạo có trách nhiệm gì?"), may be where the
    answer cites: a cited document of that type (or of a type not read), or one whose title carries the title's words.
    A document of another type that names that title as work to do (Phụ lục II of Nghị quyết 03/NQ-CP: "Xây dựng Nghị
    định quy định về việc người nước ngoài vào làm quản lý …"; Công văn 402 on the drafting) says what is to be
    drafted, not what the described document says."""
    if named_documents(question):
        return True
    described = [(kind, words) for kind, words in described_documents(question, sources=True) if kind]
    return not described or any(not c.doc_type or type_covers(kind, c.doc_type) or words <= content_words(c.title or "")
                                for c in draft.citations for kind, words in described)


def _opening_answered(question: str, draft: Draft, own: str | None = None) -> bool:
    """Whether a head answer is of the document the question opens with ("Chỉ thị 29 do ai ký?"), or asks about by
    number anywhere ("Ai ký Thông tư 42/2009/TT-BTC?": not the signer of Thông tư 12/2009/TT-BTC found instead, when
    no indexed document carries that number; read in the asker's `own` words, a follow-up's document being the one
    the conversation is on), where it names one: the head of a document that only mentions it ("Chỉ thị này thay thế
    Chỉ thị số 29/CT-TTg …") says who signed that one, not the one asked. A quote that opens with the document asked is its own statement: the item
    of a consolidated text's opening listing an amending document ("Thông tư số 88/2025/TT-BTC ngày … , có hiệu lực
    kể từ ngày 20 tháng 10 năm 2025.")."""
    opening = opening_document(question) or sole_document(question if own is None else own)
    return opening is None or not draft.citations or any(
        _may_be(c.doc_number, c.doc_type, opening[0], opening[1]) or _opens_with(c.quote, opening[0], opening[1])
        for c in draft.citations)


def _opens_with(quote: str, kind: str | None, serial_asked: str) -> bool:
    """Whether a quote opens with the document asked, its type then its number ("Thông tư số 88/2025/TT- BTC ngày
    …"), on the fold; "Chỉ thị này thay thế Chỉ thị số 29/CT-TTg …" opens with another."""
    return bool(kind) and re.match(rf"(?i)\W*{re.escape(fold(kind))}\s+(?:so\s+)?0*{re.escape(serial_asked.lstrip('0'))}(?!\d)",
                                   fold(quote)) is not None


def _retrieve(searcher: Searcher, resolved: Resolved, intent: Intent, filters: Filters, min_support: float,
              described: Sequence[frozenset[str]], by_document: bool = True) -> tuple[list[Hit], bool]:
    """Hits for the question, narrowed to what it names (a document, the document in focus, an agency's tasks, the
    documents carrying the title words it `described`): all of those together first, then each alone, then none;
    and whether they are the rows the conversation's document gives the agency asked (the answer, whatever topic
    words the question carries from earlier turns)."""
    narrow: dict[str, tuple[str, ...]] = {}
    if intent.doc_number and by_document:
        narrow["doc_numbers"] = (intent.doc_number,)
        if not resolved.focus_doc and (consolidated := consolidations(searcher, intent.doc_number, filters)):
            # "Văn bản hợp nhất 40/VBHN-BTC …": the text that number authenticates, read under the number it reproduces
            del narrow["doc_numbers"]
            narrow["doc_ids"] = consolidated
    if intent.doc_reference and by_document:
        narrow["doc_types"], narrow["doc_serials"] = (covered_types(intent.doc_reference[0]), (intent.doc_reference[1],))
    if resolved.focus_doc:
        narrow["doc_ids"] = (resolved.focus_doc,)
    tasks_of = {"lead_keys": (agency_key(intent.agency),)} if intent.kind == "agency_tasks" and intent.agency else {}
    if not resolved.focus_doc and resolved.prefer_doc and not intent.names_document:
        # the document the conversation is on, kept while it covers the question; an agency's tasks: while it gives
        # that agency tasks ("Còn Bộ X thì sao?" asks what the same document asks of Bộ X)
        for keep in ([tasks_of] if tasks_of else []) + [{}]:
            hits = searcher.search(Query(resolved.question, RETRIEVE, "hybrid",
                                         filters=replace(filters, doc_ids=(resolved.prefer_doc,), **keep)))
            covered = support(resolved.question, hits) if hits else 0.0
            if covered > 0.0 if keep else covered >= min_support:
                return hits, bool(keep)
    narrow.update(tasks_of)
    attempts = [replace(filters, **narrow)] if narrow else []
    if len(narrow) > 1:
        # a document named by type, serial and year ("Thông tư liên tịch 122/2008 giao Tổng cục Thuế việc gì?") is
        # one narrowing: its type and serial are tried together before each alone, else the type alone finds another
        # document of that type giving the agency tasks (Thông tư liên tịch 212/2013) and answers for it. Named by
        # type and serial only ("Công điện 189", "Nghị quyết 57") it may be a scan whose number is misread, or a
        # document the index holds only through another's rows: each alone is tried as before (dev rh03, rh12)
        reference = {key: narrow[key] for key in ("doc_types", "doc_serials") if key in narrow}
        dated = bool(intent.doc_reference) and any(year and serial == intent.doc_reference[1]
                                                   for _, serial, year in intent.documents)
        if len(reference) == 2 and len(narrow) > 2 and dated:
            attempts.append(replace(filters, **reference))
        attempts += [replace(filters, **{key: value}) for key, value in narrow.items()]
    k = 20 if intent.kind == "agency_tasks" else RETRIEVE
    for attempt in [*attempts, filters]:
        hits = _of_source_author(resolved.question, _same_appendix(resolved.question, _same_session(
            resolved.question, searcher.search(Query(resolved.question, k, "hybrid", filters=attempt)))))
        hits = _opened_with(resolved.question, hits)
        if attempt is not filters and not _of_meeting(resolved.question, hits):
            # narrowed to an agency's rows, none of a document naming the meeting asked ("Phiên họp thứ hai … giao
            # Bộ X việc gì?"): the meeting's report states the agency's tasks in prose, found unnarrowed
            continue
        titled = _described(described, hits, named_titles(resolved.question))
        if titled:
            return titled, False
        if hits and attempt is filters:
            return hits, False
    return [], False


def _opened_with(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits of the document the question opens with ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì?") when some
    are found: a plan carrying that document out, which quotes its number, says what the plan assigns, not what the
    document does. All the hits when none of them is that document (by its read number)."""
    opening = opening_document(question)
    if opening is None:
        return hits
    kind, number, year = opening
    own = [h for h in hits if h.doc_number and _may_be(h.doc_number, h.doc_type, kind, number) and _of_year(h, year)]
    return own or hits


def _described(described: Sequence[frozenset[str]], hits: list[Hit],
               kinds: Sequence[tuple[str | None, frozenset[str]]] = ()) -> list[Hit]:
    """The hits of the documents that carry the title words of a document the question describes without a number
    ("Chiến lược phát triển dịch vụ logistics") in their title or in the passages found: another document's rows
    for the agency asked ("Ủy ban nhân dân các tỉnh" in a storm dispatch) answer nothing about the one described.
    All the hits when the question describes none. `kinds`: the type a title was named with (`intent.named_titles`:
    "Quyết định …", "Thông báo kết luận …"); a document of another type ("Quyết định đưa … Trung tâm dữ liệu quốc gia số 1
    …" described, Nghị quyết 03/NQ-CP's task rows on "Trung tâm dữ liệu quốc gia" found) carries no such title."""
    if not described:
        return hits
    texts: dict[str, list[str]] = {}
    types: dict[str, str | None] = {}
    for hit in hits:
        texts.setdefault(hit.doc_id, [hit.title or "", hit.issuer or ""]).append(_passage(hit))
        types[hit.doc_id] = hit.doc_type
    typed = {words: kind for kind, words in kinds if kind}
    carrying = {doc_id for doc_id, parts in texts.items()
                if any(words <= content_words(" ".join(parts))
                       and (words not in typed or not types[doc_id] or type_covers(typed[words], types[doc_id]))
                       for words in described)}
    return [hit for hit in hits if hit.doc_id in carrying]


def _of_meeting(question: str, hits: list[Hit], searcher: Searcher | None = None,
                filters: Filters | None = None) -> list[Hit]:
    """The passages of the documents that name the meeting the question names ("Phiên họp thứ hai …") in their title
    or a passage found: an agency's tasks from a document of another meeting, or of none, are not the ones asked. A
    document without a title read (a meeting's report in markdown) is named by its opening passage ("* Phiên họp thứ
    hai của Ban Chỉ đạo Trung ương … diễn ra chiều 4/3/2025"), read from the store when a searcher is given."""
    asked = session_ordinals(question)
    if not asked:
        return hits
    named = {h.doc_id for h in hits if session_ordinals(h.title or "") & asked or session_ordinals(h.text) & asked}
    untitled = tuple(dict.fromkeys(h.doc_id for h in hits if not h.title and h.doc_id not in named))
    if untitled and searcher is not None and filters is not None:
        heads = searcher.store.heads(untitled, filters=filters)
        named |= {doc_id for doc_id, head in heads.items() if session_ordinals(head.text) & asked}
    return [h for h in hits if h.doc_id in named]


def _same_appendix(question: str, hits: list[Hit]) -> list[Hit]:
    """Without the passages of a document whose title names another appendix than the one the question names
    ("Theo Phụ lục 1 báo cáo …" asked, "Phụ lục II: Danh mục các nhiệm vụ …" titled): the same task in another
    appendix, often with another time, is a near miss, never the answer."""
    asked = appendix_numbers(question)
    if not asked:
        return hits
    return [h for h in hits if not (titled := appendix_numbers(h.title or "")) or titled & asked]


def _same_session(question: str, hits: list[Hit]) -> list[Hit]:
    """Without the passages of a document whose title names another meeting than the one the question names
    ("Phiên họp thứ hai" asked, "Phiên họp thứ nhất …" titled): a near miss, never the answer."""
    asked = session_ordinals(question)
    if not asked:
        return hits
    return [h for h in hits if not (titled := session_ordinals(h.title or "")) or titled & asked]


def _each_found(intent: Intent, hits: Sequence[Hit]) -> bool:
    """Whether each document the question names is among the passages: by its number, as a passage's mention of it,
    or as a document of the type named whose number could not be read (a scan). A document named by its number
    alone ("Văn bản 9533/VPCP-CN") is not presumed to be any unnumbered scan (`_may_be` would)."""
    texts = [_passage(hit) for hit in hits]
    return all(any(in_named_document(replace(intent, documents=(named,)), hit)
                   or named[0] and hit.doc_number is None and type_covers(named[0], hit.doc_type) for hit in hits)
               or any(mentions_number(text, named[1], named[0], named[2]) for text in texts)
               for named in intent.documents)


def _each_named(searcher: Searcher, question: str, intent: Intent, filters: Filters,
                titled: Sequence[tuple[str | None, frozenset[str]]] = ()) -> list[Hit]:
    """The passages of each document a question names by number ("Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao
    Bộ Tài chính những việc gì?"), taken in turn from each (an agency's rows in it first, when it has some), so
    that the best passages hold every document asked, not the first one's alone; none when a named document gives
    nothing (the question is then read as before, and a document no passage is stays a refusal). `titled`: the
    documents it names by their title (`intent.named_titles`), each sought the same way."""
    tasks_of = {"lead_keys": (agency_key(intent.agency),)} if intent.kind == "agency_tasks" and intent.agency else {}
    found: list[list[Hit]] = []
    for kind, number, year in intent.documents:
        one = replace(intent, documents=((kind, number, year),))
        # by its number; else, of its type, one whose number could not be read (a scan: `_may_be`)
        ways = [({"doc_serials": (number,), "doc_types": covered_types(kind) if kind else ()},
                 lambda hit: in_named_document(one, hit))]
        if kind:
            ways.append(({"doc_types": covered_types(kind)}, lambda hit: hit.doc_number is None))
        hits: list[Hit] = []
        for (named, fits), keep in product(ways, ([tasks_of] if tasks_of else []) + [{}]):
            hits = [hit for hit in searcher.search(Query(question, RETRIEVE, "hybrid",
                                                         filters=replace(filters, **named, **keep))) if fits(hit)]
            if hits:
                break
        if not hits:
            return []
        found.append(hits)
    for kind, words in titled:
        # a document named by its title ("Quyết định đưa Trung tâm dữ liệu quốc gia số 1 vào Danh mục …"): the
        # passages of a document of that type carrying the title's words (`_described`)
        hits = []
        for keep in ([tasks_of] if tasks_of else []) + [{}]:
            hits = _described((words,), searcher.search(Query(question, RETRIEVE, "hybrid", filters=replace(
                filters, doc_types=covered_types(kind) if kind else (), **keep))), ((kind, words),))
            if hits:
                break
        if not hits:
            return []
        found.append(hits)
    merged = [hit for row in zip_longest(*found) for hit in row if hit is not None]
    return list({hit.chunk_id: hit for hit in merged}.values())


def _asked(text: str) -> str:
    """A question typed without its question mark, as those typed without marks often are ("co quan nao la co quan
    thuong truc cua uy ban quoc gia ve nguoi cao tuoi viet nam"), is read as the same question with it: what is asked
    is read from where the question ends."""
    stripped = text.rstrip()
    return stripped + "?" if stripped and stripped[-1] not in "?.!:;…)\"”" else text


# a consolidated text's own number as a question types it ("76/VBHN-BQP", "76 /VBHN-BQP"), and the words that may name
# it before ("văn bản hợp nhất (số)"), bracketed or not
_CONSOLIDATION_NAMED = re.compile(r"(?:\(\s*)?(?:văn bản hợp nhất\s+)?(?:số\s+)?(\d+\s*/\s*VBHN-[^\W_]+(?:-[^\W_]+)*)"
                                  r"(?:\s*\))?", re.I)


# what only the consolidated text itself answers: its authentication and signing, what it merges, when it took effect
_OF_CONSOLIDATION = re.compile(r"\b(?:xác thực|hợp nhất|(?<!đăng )(?<!thư )ký|ban hành|hiệu lực)\b", re.I)


def _reproduced_named(text: str, searcher: Searcher, filters: Filters) -> str:
    """A task question (who leads, who takes part, by when, an agency's tasks) naming a consolidated text by its own
    number ("Theo văn bản hợp nhất 76/VBHN-BQP, Ủy ban nhân dân cấp tỉnh có phải cơ quan chủ trì … không?") read as
    naming the document that text reproduces (Nghị định 14/2016/NĐ-CP), whose number its head carries: the
    consolidation's own number stands only in its authentication at the end ("BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP
    NHẤT / Số: 76 /VBHN-BQP", `heads.consolidations`), which no task passage cites, so the document named was never
    the one cited. Named beside that document already ("Theo Nghị định 14/2016/NĐ-CP (76/VBHN-BQP), …"), the number
    is left out. A question on the consolidated text itself (its date, its signer, what it merges) keeps it."""
    if classify(text).kind not in ("lead", "partners", "agency_tasks", "deadline") \
            or _OF_CONSOLIDATION.search(_CONSOLIDATION_NAMED.sub(" ", text)):
        return text
    for named in _CONSOLIDATION_NAMED.finditer(text):
        number = "".join(named.group(1).split())
        found = consolidations(searcher, number, filters)
        head = searcher.store.heads(found, filters=filters.unnarrowed()).get(found[0]) if len(found) == 1 else None
        if head is None or not head.doc_number or not head.doc_type or serial(head.doc_number) == serial(number):
            continue
        reproduced = f"{head.doc_type} {head.doc_number}"
        if any(serial(head.doc_number) == serial_named for _, serial_named, _ in named_documents(text)):
            reproduced = ""  # named beside it already
        return " ".join(f"{text[:named.start()]}{reproduced}{text[named.end():]}".split()).replace(" ,", ",") \
            .replace(" ?", "?").replace(" :", ":")
    return text


def answer_question(question: str, turns: Sequence[Turn], filters: Filters, searcher: Searcher,
                    phraser: Phraser | None, min_support: float) -> Answer:
    """The cited answer to a question, or a plain statement that the documents do not answer it (or that the
    document found leaves the asked slot empty, with what it does say). A question that asks several things
    (`assistant.parts`) is answered part by part."""
    # a yes-or-no check of a task's doer or time is asked as the question it checks (`intent.check_reworded`)
    # a number's code typed without its mark ("41/2002/QD-TTg") is read as the document writes it (`vn.numbers_marked`)
    text = check_reworded(_asked(law_years_written_out(numbers_marked(searcher.restore_marks(question, filters)))))
    text = _reproduced_named(text, searcher, filters)
    turns = _replayed(turns, filters, searcher, min_support)
    split = parts.split(text)
    if len(split) > 1:
        return _answer_parts(question, text, split, turns, filters, searcher, phraser, min_support)
    answer = _answer_one(question, text, turns, filters, searcher, phraser, min_support)
    if _strays(text, turns, answer) or _says_again(text, turns, answer):
        return Answer(question, REFUSAL, False, intent=answer.intent, resolved_question=answer.resolved_question,
                      support=answer.support)
    if (not answer.answerable and answer.text == REFUSAL or found_without_cell(answer)) \
            and apart_from_row(text, turns):
        # "Báo cáo kết quả trước mấy giờ?" leaned on a ministry's task whose passage does not say: the conversation's
        # document is asked instead; so too when the row leaves the cell empty ("Các đơn vị báo cáo về tỉnh trước ngày
        # nào?" after Sở Văn hóa và Thể thao's duty to report, which gives no time: the plan's closing sentence "…
        # báo cáo … về UBND tỉnh (qua Sở Văn hóa và Thể thao) trước ngày 15/11 hằng năm" does)
        document = _answer_one(question, text, turns, filters, searcher, phraser, min_support, on_row=False)
        answer = document if document.answerable else answer
    if answer.answerable or answer.text != REFUSAL \
            or answer.intent not in ("deadline", "lead", "partners", "agency_tasks") \
            or not classify(answer.resolved_question or text).document_acted_on:
        return answer
    # the document named is what the task acts on ("… thực hiện Nghị quyết số 57-NQ/TW …") and does not answer: the
    # task may be assigned by another document (a meeting's conclusions, a province's plan: "UBND các huyện, thành
    # phố của Ninh Bình được giao những việc gì để thực hiện Chỉ thị 30 …?"), which is read as well
    wider = _answer_one(question, text, turns, filters, searcher, phraser, min_support, by_document=False)
    return wider if wider.answerable else answer


def _strays(text: str, turns: Sequence[Turn], answer: Answer) -> bool:
    """A follow-up that names no document, asked in a conversation the user opened on a document named ("Theo Thông
    tư 97/2020/TT-BTC, …" then "Nếu không ủy quyền …?" then "Có bị xử phạt không?"), answered from a document no
    earlier turn was answered from: the subject left out is the conversation's, and another document's sentence
    that shares the follow-up's few words ("… bị xử phạt vi phạm …" of Quyết định 41/2002/QĐ-TTg) answers another
    question."""
    if not turns or not answer.answerable or not answer.citations:
        return False
    own = classify(text)
    if own.names_document or own.agency or own.doc_anaphora:
        return False
    if not any(classify(turn.question).names_document for turn in turns):
        return False
    answered = {turn.answer.citations[0].doc_id for turn in turns if turn.answer.answerable and turn.answer.citations}
    if not answered:
        # no earlier turn was answered ("Theo Thông tư 97/2020/TT-BTC, … báo cáo năm …?" and "Còn báo cáo quý?" both
        # declined, then "Gửi dưới hình thức nào?"): the documents the user named are the conversation's, and an
        # answer from one whose number is none of theirs ("… gửi báo cáo quyết toán …" of Nghị định 24/2007/NĐ-CP)
        # answers another question
        named = {number_key(found.doc_number)[::2] for turn in turns
                 if (found := classify(turn.question)).doc_number}
        cited = answer.citations[0].doc_number
        # a document named by the one it amends ("Thông tư … sửa đổi Thông tư 13/2009/TT-BKHCN …" declined, then "Vậy
        # liều hiệu dụng … không vượt quá bao nhiêu?"): the cited document's title names that number, and it is theirs
        title = answer.citations[0].title or ""
        amends = any(mentions_number(title, serial, kind, year) for turn in turns
                     for kind, serial, year in classify(turn.question).documents)
        return bool(named) and not (cited and number_key(cited)[::2] in named) and not amends
    # a turn that named a document and was declined from it ("Quyết định 2298/2002/QĐ-UB … ban hành bảng giá gì?"
    # declined, then "Căn cứ quyết định nào của Thủ tướng?") made that document the conversation's too
    named_found = {turn.answer.focus_doc for turn in turns if not turn.answer.answerable and turn.answer.focus_doc
                   and classify(turn.question).names_document}
    # so did one that named it by number and found no passage at all ("Còn Nghị quyết 320/NQ-CP thì giao bộ nào?"
    # declined, then "Phó Thủ tướng nào chỉ đạo?", answered from Nghị quyết 320/NQ-CP)
    named_declined = {number_key(found.doc_number)[::2] for turn in turns if not turn.answer.answerable
                      and (found := classify(turn.question)).names_document and found.doc_number}
    cited = answer.citations[0].doc_number
    if cited and number_key(cited)[::2] in named_declined:
        return False
    return answer.citations[0].doc_id not in answered | named_found


def _says_again(text: str, turns: Sequence[Turn], answer: Answer) -> bool:
    """A follow-up pointing back with words of its own ("Nhiệm vụ trên phải bảo đảm đúng khung quy định của cơ quan
    nào?" after the clause "Ngành Thuế cần phối hợp … theo phương pháp trực tiếp;" of Chỉ thị 42/1998/CT-UBND, Mục 5)
    answered with the very passages the last answer quoted, none of which holds any of those words: what it asks is
    not said there, and the same quote again answers nothing (the clause that does, "nhằm đảm bảo đúng theo khung quy
    định của Tổng cục Thuế …", was not found)."""
    if not turns or not answer.answerable or not answer.citations or not points_back(text):
        return False
    last = turns[-1].answer
    quoted = {" ".join(c.quote.split()) for c in last.citations} if last.answerable else set()
    if not quoted or any(" ".join(c.quote.split()) not in quoted for c in answer.citations):
        return False
    # (a slot asked of it, "Thời gian thực hiện việc đó quy định thế nào?", "Nó còn hiệu lực đến bao giờ?", is asked of
    # the same passage, whose row or sentence states it)
    own = classify(text)
    said = set(re.findall(r"\w+", fold(" ".join(quoted)).casefold()))
    return own.kind == "content" and not own.slot and bool(own.topic) \
        and not any(fold(word).casefold() in said for word in own.topic)


def _found_doc(draft: Draft) -> str | None:
    """The document a declined answer's passages came from (`Answer.focus_doc`)."""
    return draft.citations[0].doc_id if draft.citations else None


def _declined(question: str, intent: Intent, resolved: Resolved, covered: float, draft: Draft) -> Answer:
    """The honest "not found" for a question whose passages do not state what it asks; the document they came from
    stays the conversation's focus ("Quyết định đó …" after it still reads that document)."""
    return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question, support=covered,
                  focus_doc=_found_doc(draft))


def _answer_one(question: str, text: str, turns: Sequence[Turn], filters: Filters, searcher: Searcher,
                phraser: Phraser | None, min_support: float, by_document: bool = True, on_row: bool = True) -> Answer:
    """The answer to one question (one part of a question), its marks restored and earlier turns replayed; with
    `by_document` false, passages are not narrowed to the document the question names."""
    resolved = resolve(text, turns, on_row)
    own = classify(resolved.own_question)
    found = classify(resolved.question)
    intent = replace(found, kind=own.kind if own.kind != "content" else found.kind, slot=own.slot or found.slot)
    if resolved.on_sentence:
        # a slot asked alone of the sentence the last answer quoted: that slot only, never the other head facts the
        # sentence's words name ("căn cứ vào quy mô …"); "Gửi cho ai?" is where that sentence sends it, read as
        # "Báo cáo ai?" is
        if own.slot == "recipients":
            own = replace(own, kind="content", slot="report_to", slots=("report_to",))
        intent = replace(intent, kind=own.kind, slot=own.slot, slots=own.slots)
    if resolved.record and resolved.record_citation and intent.kind in ("deadline", "lead", "partners"):
        return _finish(_from_record(question, resolved, intent, _record_item_time(searcher, filters, resolved, intent)),
                       searcher, filters, phraser)
    if turns and own.doc_anaphora and not own.names_document and resolved.focus_doc is None \
            and not (resolved.previous and resolved.previous.names_document):
        # "Văn bản đó ai ký?" when no earlier turn found a document: no document is "that one", any other is a guess
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
    if turns and agency_unpointed(resolved.own_question):
        # "Bộ đó có trách nhiệm gì?" when no earlier turn named such an agency: any answer is about another subject
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
    if turns and listed_ordinal(resolved.own_question) and not own.names_document:
        # "Nhiệm vụ thứ hai thì sao?": an item of an earlier answer's list by its place, not read (see resolve)
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
    person = signer_asked(resolved.own_question)
    if person:  # the documents a person signed: each whose signature block names them, or none
        draft = Draft([])
        if not compose_signed_by(draft, *person, searcher, filters.unnarrowed(), asked_years(resolved.own_question)):
            return Answer(question, REFUSAL, False, intent="metadata", resolved_question=resolved.question)
        return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), "metadata",
                              resolved.question, support=1.0), searcher, filters, phraser)
    proposed = proposer_asked(resolved.own_question)
    if proposed:  # the documents issued on a body's proposal: each whose preamble line names it, or none
        draft = Draft([])
        if not compose_proposed_by(draft, *proposed, searcher, filters.unnarrowed()):
            return Answer(question, REFUSAL, False, intent="metadata", resolved_question=resolved.question)
        return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), "metadata",
                              resolved.question, support=1.0), searcher, filters, phraser)
    if intent.kind != "relation" and len(intent.documents) == 1 and END_TIME_ASKED.search(resolved.own_question):
        # "Nghị định 30/1998/NĐ-CP hết hiệu lực từ ngày nào?": the document that ends it says so ("Các Nghị định số
        # 30/1998/NĐ-CP …, số 26/2001/NĐ-CP … hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004", Nghị định
        # 164/2003/NĐ-CP), never the one named; answered with that sentence where it states the end and its day
        draft = Draft([])
        ended = replace(intent, kind="relation", relation=("in", "replaces"))
        if compose_relation(draft, ended, searcher, filters.unnarrowed()) and any(
                states_end_day(c.quote) for c in draft.citations):
            return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), "relation",
                                  resolved.question, support=1.0), searcher, filters, phraser)
    if intent.kind == "relation":
        draft = Draft([])
        if compose_relation(draft, intent, searcher, filters.unnarrowed(), resolved.own_question):
            if len(intent.documents) <= 1 and details_unstated(
                    resolved.own_question, draft.citations,
                    _documents_text(searcher, resolved.question, draft.citations, filters, resolved.own_question)):
                # "… bãi bỏ quyết định nào về việc thành lập Ban Quản lý Khu kinh tế cửa khẩu tỉnh Cao Bằng?" of a
                # document naming no Cao Bằng: what it replaces is about another province. Of two documents named
                # ("Quyết định 2298/2002/QĐ-UB của Bến Tre và Quyết định 59/2003/QĐ-UB của Nghệ An cùng căn cứ …?"),
                # each name may be the other's, whose passages the answer need not cite: not read
                return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
            if intent.relation[0] == "out" and (many := _HOW_MANY.search(resolved.own_question)):
                # "… thay thế bao nhiêu nghị định?": the count, in the kind asked, before the documents listed
                listed = sum(line.startswith("- ") for line in draft.lines)
                draft.lines[0] = f"{draft.lines[0].rstrip(':')} {listed} {many.group(1).lower()}:"
            own_slot = slot_before_relation(resolved.own_question)
            # another thing asked with the relation, a time or an amount stated nowhere in the answer ("Chỉ thị 30/CT-TTg
            # thay thế chỉ thị nào, | và các bộ, ngành gửi báo cáo … về bộ nào trước ngày nào?"): said, not answered,
            # as `_clause_unstated` reads a task row's answer
            unstated = own.asks > 1 and any(_clause_unstated(clause, "\n".join(draft.lines), draft.citations)
                                            for clause in clauses(resolved.own_question))
            # a later part asking which body does the work ("Kế hoạch nào thực hiện Nghị quyết 57 giao rà soát, thẩm
            # tra Luật Nhà giáo …, | và giao cho ai?"): the documents listed name no doer; a head slot ("| và ai ký
            # văn bản đó?", "| do cơ quan nào ban hành?") is the implementers' heads' to say
            unstated = unstated or own.asks > 1 and doer_asked_after(resolved.own_question)
            if own_slot or unstated:  # the named document's own date or signer is asked too: not the related one's
                draft.lines.append(PARTIAL)
            else:
                _implementers_heads(draft, intent, searcher, filters)
            return _finish(Answer(question, "\n".join(draft.lines), not (own_slot or unstated), tuple(draft.citations),
                                  intent.kind, resolved.question, support=1.0), searcher, filters, phraser)
        if intent.relation not in (("out", "implements"), ("out", "can_cu")):  # not in the index: never a guess
            return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
        # the document's head may still say it: its trích yếu, or a basis line naming a law by name and date only
        intent = replace(intent, kind="metadata", slot="implements" if intent.relation[1] == "implements" else "legal_basis")
    implementing = _implementing(searcher, resolved, intent, filters)
    if implementing is None:
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question)
    titled = named_titles(resolved.question) if intent.kind == "agency_tasks" and intent.agency else ()
    described = described_titles(resolved.question) if not intent.documents else ()
    hits, kept = (implementing, False) if implementing else _retrieve(searcher, resolved, intent, filters,
                                                                      min_support, described, by_document)
    if (intent.kind == "agency_tasks" and intent.agency or intent.kind == "compare") and not implementing \
            and by_document and not resolved.focus_doc and len(intent.documents) + len(titled) > 1 \
            and (titled or not _each_found(intent, hits[:3])):
        # an agency's tasks, or a comparison, asked of documents side by side, the passages found missing one of
        # them: each one's passages in turn (both answers are built document by document; a single quoted passage
        # would answer for one document only, so other kinds are left as they were); a document named by its title
        # beside another is sought in turn too
        hits = _each_named(searcher, resolved.question, intent, filters, titled) or hits
    hits = _near_missed(searcher, resolved.own_question, hits, filters) if by_document else hits
    hits = _misdated(searcher, resolved.question, hits, filters) if by_document else hits
    hits = _of_form_named(resolved.question, hits)
    hits = _cited_article_first(hits, turns, resolved)
    hits = _outside_recipients(intent, hits)
    hits = _asked_body_first(intent, resolved.question, hits)
    if resolved.other_than:  # "Có văn bản nào khác giao việc này không?": never the document in focus again
        hits = [hit for hit in hits if hit.doc_id != resolved.other_than]
    # a row named by its number in a document the question names (or has in focus) is the row asked, whatever
    # words the question shares with it
    numbered = numbered_rows(intent, hits, searcher, filters) if intent.row and not implementing else []
    named = bool(numbered) and (intent.names_document or resolved.focus_doc is not None)
    covered = 1.0 if implementing or named or kept else support(resolved.question, hits,
                                                                 heads=_head_texts(searcher, hits, filters, resolved.question))
    number = article_content_asked(resolved.question)
    in_doc = resolved.focus_doc or (hits[0].doc_id if hits and intent.names_document else None)
    if number and in_doc and not implementing:
        # "Điều 5 … quy định gì?", "Còn điều 5?": the article of that document, by its number, its heading quoted
        # with its opening, not a passage of another article that shares the question's few words
        draft = Draft([])
        if _compose_article(draft, number, in_doc, searcher, filters) and _documents_cited(resolved.question, draft):
            return _finish(Answer(question, "\n".join(draft.lines), True, tuple(draft.citations), "content",
                                  resolved.question, support=1.0), searcher, filters, phraser)
    if not hits or covered < min_support:
        return Answer(question, REFUSAL, False, intent=intent.kind, resolved_question=resolved.question,
                      support=covered)
    draft = Draft(hits)
    words = content_words(resolved.question)
    if intent.agency and intent.kind in ("lead", "partners"):
        words -= content_words(intent.agency)
    if described and intent.kind == "agency_tasks" and _described(described, hits) == hits \
            and words - set().union(*described):
        # every passage found is of the document described ("… trong thực hiện Chiến lược phát triển dịch vụ
        # logistics"): its title says which document, not which of its sentences ("Chiến lược này")
        words -= set().union(*described)
    if implementing:  # each implementing document's head, the slot asked of it
        if len(implementing) > 1:
            draft.lines.append(f"Có {len(implementing)} văn bản trong chỉ mục triển khai văn bản này:")
        answered = all([compose_metadata(replace(draft, hits=[hit]), intent, searcher, filters) for hit in implementing])
    elif numbered and intent.kind not in ("metadata", "relation"):
        answered = compose_record(draft, intent, numbered)
    elif intent.kind == "metadata":
        issuer = None
        if not (intent.names_document or resolved.focus_doc or resolved.prefer_doc):  # one described by its title
            draft = Draft(by_title(hits, intent))
            issuer = next((name for _, name in described_issuers(resolved.question)), None)
        top = draft.hits[0]
        if issuer and top.issuer and not any(issued_by(issuer, name) for name in agency_names(top.issuer)):
            # "Hướng dẫn của Bộ Quốc phòng về … là văn bản số mấy?" whose best match is a Công văn of the province
            # that received it: that document's head is not the one asked
            draft.lines.append(f"Chỉ mục không có văn bản của {issuer} mà câu hỏi mô tả; {hit_label(top)} do "
                               f"{top.issuer} ban hành {draft.cite(top)}.")
            answered = False
        else:
            answered = compose_metadata(draft, intent, searcher, filters)
    elif intent.kind in ("deadline", "lead", "partners"):
        if intent.kind == "deadline":
            draft = _with_report_items(searcher, resolved.question, draft, filters)
        # rows that fill the slot first, then a sentence that does, then a strongly matching row that leaves it
        # empty (the answer says so)
        # who chaired a meeting is no task's lead: the sentence naming the chair answers it, never a row
        chair = intent.kind == "lead" and bool(CHAIR_ASKED.search(resolved.question))
        office = _said_outside_rows(intent, resolved, hits)
        if chair:  # of the meeting named ("Phiên họp thứ nhất"), never another session's chair
            draft = replace(draft, hits=_of_meeting(resolved.question, draft.hits))
        # a row led by the agency the question names only as the one reported to is that agency's own task, not the
        # reporting asked ("… phải báo cáo Bộ Tài chính kết quả kinh doanh 9 tháng trước ngày nào?")
        # and a "when" question about a report or review is answered by a row whose task is that report
        # which unit of an agency ("đơn vị nào của Bộ Y tế làm đầu mối …") is told by the sentence assigning it ("Bộ
        # trưởng Bộ Y tế giao Cục Bảo trợ xã hội là đơn vị đầu mối …"), not by a task row naming the agency
        chosen = [] if chair or office or intent.owner else best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o)
                                                  and not led_by(o, (*intent.recipients, *filter(None, [intent.owner])))
                                                  and _of_report(intent, resolved.question, o)
                                                  # "X chủ trì hay phối hợp <act>?": a row stating that act, never
                                                  # another row of the document that names X as its lead
                                                  and role_act_stated(resolved.question, o.task))
        chosen = _of_event(intent, resolved.question, chosen)
        chosen = _of_group_asked(intent, resolved.own_question, chosen)
        if not chosen and intent.kind == "deadline" and intent.agency and not own.topic and not intent.owner \
                and in_doc and not office and not chair:
            # "Sở Nội vụ thì hạn khi nào?", "Thời hạn của Sở Nội vụ theo Kế hoạch 193?": no task named, the agency's
            # only row of the document is the one asked (several: which one is not said, no answer)
            chosen = only_row_led(intent, in_doc, searcher, filters, hits)
        if intent.kind == "deadline" and _no_day_named(resolved.question, chosen):
            chosen = []  # the sentence naming the day asked is the answer (`quotes.compose_passages`), or none
        blank = unstated_partners(intent, words, hits, chosen)
        if behind_undated(intent, words, hits, chosen) or behind_passage(intent, words, hits, chosen) \
                or behind_timed(intent, words, hits, chosen):
            # another task's time, or a like task of another document than the passage that holds the one asked:
            # the passages' clause of the task asked, or no answer
            chosen = []
        unstated, planned = unstated_deadline(intent, words, hits), False
        if unstated and (not states_act_verb(resolved.question)(unstated[0][1].task)
                         or speaks_of_undone(resolved.question, unstated[0][1].task)):
            unstated = []  # a row of another act of the same subject and object: its lack of a time is not the answer
        if unstated and plan_time(c.text for c in searcher.store.scroll(replace(filters,
                                                                         doc_ids=(unstated[0][0].doc_id,)))):
            # the document labels a time for its whole plan ("Thời gian thực hiện: Trong thời hạn 09 tháng …"):
            # the task may be bound by it, so it is never said to have none
            unstated, planned = [], True
        if unstated:  # the task asked is found and gives no time: saying so is the answer, with what it does say
            compose_record(draft, intent, unstated)
            answered = True
        elif blank:  # the row asked names no partner: said so, with the row, and not marked answered
            answered = compose_record(draft, intent, blank)
        else:
            answered = (compose_record(draft, intent, chosen, resolved.question) if chosen
                        else compose_passages(draft, intent, words, resolved.question)
                        # a tie the passages listed is the answer as it stands (the reader says which is meant)
                        or not draft.lines and not chair and not office and not intent.owner and not planned and compose_record(draft, intent,
                                                              _said_untimed(intent, resolved.question, best_obligation(
                                                                  intent, words, hits, least=RECORD_STRONG))))
    elif intent.kind == "agency_tasks" and intent.agency:
        meeting = replace(draft, hits=_of_meeting(resolved.question, draft.hits, searcher, filters))
        if _SIDE_BY_SIDE.search(resolved.question):
            meeting = replace(meeting, hits=_taking_part_too(searcher, resolved.question, intent, filters, meeting.hits))
        # quoted, a list of tasks asked ("có những nhiệm vụ gì?") runs on past the ";" of its first item
        # the documents found carrying a title the question names them by (their title or passages: a scan's title
        # may be misread, "Dua công trình Trung tâm đữ liệu quốc gia số 1 …")
        titled_ids = frozenset(hit.doc_id for kind, words in named_titles(resolved.question)
                               for hit in _described((words,), meeting.hits, ((kind, words),)))
        answered = compose_agency_tasks(meeting, intent, searcher, filters, titled_ids, resolved.question) \
            or not meeting.lines and compose_passages(
            meeting, intent, words, resolved.question)
    else:
        if intent.quantity is not None and intent.names_document:
            # an amount asked of the document the question names: the document's name and the words that only say
            # which slot is asked ("quy định … ở mức nào") are no topic the sentence stating the amount must carry
            words = topic_words(resolved.question)
        if intent.kind == "content" and not intent.agency:
            draft = _with_duties_titled(searcher, resolved.question, draft, filters)
        answered = compose_passages(draft, intent, words, resolved.question)
    if not draft.lines or intent.kind not in ("metadata", "relation") and not implementing and \
            (not _documents_cited(resolved.question, draft) or not _described_cited(resolved.question, draft)
             or _one_side_cited(resolved.own_question, draft)
             or doubted(resolved.question, intent, "\n".join(draft.lines), draft.citations, draft.obligations,
                        UNCITED_PREMISE, hits=draft.hits)):
        return _declined(question, intent, resolved, covered, draft)
    if intent.kind == "metadata" and not implementing and (
            not _opening_answered(resolved.question, draft, resolved.own_question)
            # "Luật … 09/2003/QH11 được công bố bằng lệnh nào, ai ký lệnh đó?": the head read is the law's, the slot
            # asked the order's; the law's signer would be given as the order's
            or other_kind_pointed(resolved.own_question)
            or not _described_cited(resolved.question, draft)
            # a document described, not numbered, with a year ("Thông tư liên tịch … năm 2013 về …", "Chiến lược …
            # thời kỳ 2025 - 2035"): one whose number, date, title and quoted span state none of those years is
            # another document
            or not intent.documents and years_uncited(resolved.question, draft.citations, draft.hits, every=False)):
        return _declined(question, intent, resolved, covered, draft)
    asks_agencies = intent.kind in ("lead", "partners", "agency_tasks") or WHICH_AGENCIES.search(resolved.own_question)
    if asks_agencies and not draft.obligations:
        _spell_out(draft)
    if own.asks > 1 and intent.kind not in ("metadata", "relation") and not implementing and not draft.obligations \
            and not (all(_clause_quoted(clause, draft.citations) for clause in clauses(resolved.own_question))
                     or intent.kind == "content" and answers_each_part(draft, resolved.own_question)):
        # one quoted sentence answers one of the things asked: said, and not given as the whole answer (a task row
        # is shown with all its cells: lead, partners, deadline); unless the sentence states each thing asked
        draft.lines.append(PARTIAL)
        answered = False
    elif own.asks > 1 and intent.slot in QUOTED_SLOTS and not implementing and answered and \
            not all(_clause_answered(clause, intent, "\n".join(draft.lines)) for clause in clauses(resolved.own_question)):
        # one quoted sentence answers the slot asked ("theo đề nghị của ai"), not the other thing asked with it
        draft.lines.append(PARTIAL)
        answered = False
    elif own.asks > 1 and answered and not implementing and \
            any(_clause_unstated(clause, "\n".join(draft.lines), draft.citations) for clause in clauses(resolved.own_question)):
        # a task row or a head answers one thing asked; another, an amount or a time ("…, và Ban Chỉ đạo đó có bao
        # nhiêu ủy viên?"), is stated nowhere in it: said, and not given as the whole answer
        draft.lines.append(PARTIAL)
        answered = False
    if answered:
        _own_part(draft, intent, words)
        _asked_columns(draft, resolved.own_question)
        _also_stating(searcher, resolved.own_question, draft, filters)
    text = "\n".join(draft.lines)
    swapped = agency_only(resolved.own_question) if turns and not answered else None
    if swapped and found_without_cell(Answer(question, text, False, obligations=tuple(draft.obligations))) \
            and any(covers(swapped, lead) or covers(lead, swapped) for lead in draft.obligations[0].lead):
        # "Còn Bộ Y tế?" after when (or with whom) another agency's task is done: the one task the document gives
        # that agency, which states no time, is what it asks; that no time is stated is said with it
        answered = True
    # fetched only when a check reached needs them (`doubted` stops at the first check that declines)
    wide = (lambda: _wide(searcher, resolved, intent, draft, filters)) if answered and not implementing else None
    documents = lambda: _documents_text(searcher, resolved.question, draft.citations, filters,  # noqa: E731
                                        resolved.own_question)
    if answered and (doubted(resolved.question, intent, text, draft.citations, draft.obligations, DECLINE_ON, wide,
                             documents, hits=draft.hits, own=resolved.own_question)
                     or _left_cited_article(turns, resolved, draft)):
        # the answer does not say what was asked (no agency for "who", no time for "when"): declined, not guessed
        return _declined(question, intent, resolved, covered, draft)
    answer = Answer(question, text, answered, tuple(draft.citations), intent.kind,
                    resolved.question, obligations=tuple(draft.obligations), support=covered)
    return _finish(answer, searcher, filters, phraser)


# "Những công điện nào yêu cầu … báo cáo … trước 15 giờ hằng ngày?", "Các văn bản nào đặt hạn … trước ngày
# 15/10/2025?": several documents are asked for, the time the question states is what they share
_PLURAL_WHICH = re.compile(r"^\W*(?:theo\s+[^,?]+,\s*)?(?:có\s+)?(?:những|các)\s+(" + DOCUMENT_WORDS + r")\s+nào\b", re.I)
_HOUR = re.compile(r"(?<![\d/])(\d{1,2})\s*(?:giờ|h)(?!\w)", re.I)
_DAILY = re.compile(r"\bhang\s+ngay\b")  # "hằng ngày", "hàng ngày", OCR "hang ngày", folded
PLURAL_ALSO_MIN = 0.3  # share of the question's words another document's sentence stating the same time must carry
PLURAL_YEAR_MIN = 0.5  # … and another document of the year asked, with no time to key on
# the year a question names is the documents' own: "… được ban hành năm 2008", "… ban hành trong năm 2024"
ISSUED_ASKED = re.compile(r"\b(?:được\s+)?ban hành\s+(?:trong\s+|vào\s+)?năm\s+\d{4}\b", re.I)


def time_anchors(text: str) -> frozenset[str]:
    """The times a text states, as one key each: a day or period (`find_deadlines`, "2025-10-15" for "15/10/2025" and
    "15 tháng 10 năm 2025" alike), an hour of the day ("15 giờ"), and "hằng ngày" with it ("15 giờ hằng ngày")."""
    daily = bool(_DAILY.search(fold(text).lower()))
    hours = {f"{int(h)} giờ" + (" hằng ngày" if daily else "") for h in _HOUR.findall(text)}
    return frozenset({d.normalized for d in find_deadlines(text) if d.normalized} | hours)


PLURAL_ISSUER_MIN = 0.75  # share of a plural question's words after the issuer another document's sentence must carry


def _issuer_opening(text: str) -> tuple[str, int] | None:
    """The agency a text opens with and where its name ends as typed ("UBND tỉnh Bến Tre quy định …": "Ủy ban nhân
    dân tỉnh Bến Tre", 17), or None: what follows the name is read from there, never from the canonical name's
    length."""
    return next(((name, end) for name, start, end in find_agencies(text) if start == 0), None)


def _also_stating(searcher: Searcher, question: str, draft: Draft, filters: Filters) -> None:
    """Where a question asks which documents ("những/các <loại> nào") state a time it names and the answer quotes one
    document only: the sentence of each other document (of the kind named) stating that same time and carrying the
    question's words, quoted after it ("Ngoài ra, theo …"). Word overlap alone ranks another sentence of the second
    document first (Công điện 189's forecasts over its "… trước 15 giờ hàng ngày" report line); the time is the key."""
    plural = _PLURAL_WHICH.match(normalize(question))
    anchors = time_anchors(question) if plural else frozenset()
    cited = {c.doc_id for c in draft.citations}
    # or the year the documents asked were issued in ("Những chỉ thị nào về triển khai Luật Thuế thu nhập cá nhân được
    # ban hành năm 2008?"): each other document of the kind named issued that year whose sentence carries most of the
    # question's words (`PLURAL_YEAR_MIN`), whatever the documents the answer already quotes
    years = asked_years(question) if plural and not anchors and ISSUED_ASKED.search(question) else set()
    # or the issuer named ("Những quyết định nào của UBND tỉnh Bến Tre quy định mức tiền lương, tiền công …?"): each
    # other document of the kind named by that issuer whose sentence carries most of the question's words
    owner = re.match(r"\s+của\s+", normalize(question)[plural.end():]) if plural and not anchors and not years else None
    issuer = _issuer_opening(normalize(question)[plural.end() + owner.end():]) if owner else None
    issuers = [issuer[0]] if issuer else []
    if not years and not issuers and (not anchors or len(cited) != 1):
        return
    kind = CITED_TYPES.get(plural.group(1).lower())
    narrowed = replace(filters, doc_types=covered_types(kind)) if kind in TYPES else filters
    words, best = content_words(question), {}
    least = PLURAL_YEAR_MIN if years else PLURAL_ISSUER_MIN if issuers else PLURAL_ALSO_MIN
    if issuers:  # the words after the issuer say what the documents do; the issuer's own name says nothing of it
        words = content_words(normalize(question)[plural.end() + owner.end() + issuer[1]:])
    for hit in searcher.search(Query(question, 20, "hybrid", filters=narrowed)):
        if hit.doc_id in cited or years and (hit.issued_on or "")[:4] not in years or issuers and not (
                hit.issuer and any(same_agency(issuer, hit.issuer) for issuer in issuers)):
            continue
        for start, end, text in hit_sentences(hit):
            score = overlap(words, text)
            if score >= least and (years or issuers or anchors <= time_anchors(text)) \
                    and score > best.get(hit.doc_id, (0.0,))[0]:
                best[hit.doc_id] = (score, (hit, start, end, text))
    for _, found in best.values():
        quote_line(draft, found, "Ngoài ra, theo")


OWN_PART_MIN = 0.1  # share of the question's words the sentence naming the asked agency must carry


def _own_part(draft: Draft, intent: Intent, words: set[str]) -> None:
    """"Does X lead …?" answered with another agency's lead, X named neither as its lead nor as a partner: the
    sentence of the same document that names X, the nearest to what is asked, is quoted after the lead, so that the
    answer says what X's part is where it neither leads nor takes part ("Các thành viên thường trực của Phân ban:
    đại diện cấp Cục/Vụ của các Bộ: Công Thương, Ngoại giao, …" for "Bộ Ngoại giao có chủ trì Phân ban … không?",
    Quyết định 2227/QĐ-TTg; "Cơ quan thẩm định: Sở Xây dựng" beside the city that leads, Quyết định 807)."""
    if not (intent.kind == "lead" and intent.checks_lead and intent.agency and draft.citations):
        return
    asked = intent.agency
    named = [name for line in draft.lines for name in agency_names(line)]
    named += [name for o in draft.obligations for name in (*o.lead, *o.partners)]
    if not named or any(covers(asked, name) or covers(name, asked) for name in named):
        return
    doc, cited = draft.citations[0].doc_id, [(c.chunk_id, c.start, c.end) for c in draft.citations]
    best = None
    for hit in draft.hits:
        if hit.doc_id != doc:
            continue
        for start, end, sentence in hit_sentences(hit):
            if any(chunk == hit.chunk_id and s < end and start < e for chunk, s, e in cited) \
                    or not any(covers(asked, name) for name in agency_names(sentence)) or find_deadlines(sentence):
                continue  # a time there would read as the answer's
            share = overlap(words, sentence)
            if share >= OWN_PART_MIN and (best is None or share > best[0]):
                best = (share, hit, start, end, sentence)
    if best:
        _, hit, start, end, sentence = best
        draft.lines.append(f"{asked} không được giao chủ trì; văn bản nêu {asked} ở đây: “{clean_display(sentence)}” "
                           f"{draft.cite(hit, start, end)}")


def _cited_article_first(hits: list[Hit], turns: Sequence[Turn], resolved: Resolved) -> list[Hit]:
    """A follow-up of a few words of its own (`FOLLOW_UP_WORDS`) read in the document the conversation is on
    (`prefer_doc`: "Gửi dưới hình thức nào?" after the report deadlines of Thông tư 97/2020/TT-BTC, Điều 12) with the
    passages of the article the last answer cited there first (a longer one finds its passages by its own words): it asks of what that article says ("4. Văn phòng đại diện … gửi … các báo cáo định kỳ dưới hình thức văn
    bản điện tử …"), not of a like clause of another article ("… gửi báo cáo qua hệ thống thư điện tử hoặc dưới hình
    thức văn bản giấy", Điều 22, when the system fails). The hits as they are otherwise; the order among each kept."""
    if len(topic_words(resolved.own_question)) > FOLLOW_UP_WORDS:
        return hits
    cited = _last_cited_articles(turns, resolved.prefer_doc)
    return sorted(hits, key=lambda hit: not (hit.doc_id == resolved.prefer_doc and hit.article in cited)) \
        if cited else hits


def _left_cited_article(turns: Sequence[Turn], resolved: Resolved, draft: Draft) -> bool:
    """A follow-up of a few words of its own (`FOLLOW_UP_WORDS`: "Gửi dưới hình thức nào?") read in the document the
    conversation is on, answered with a quoted passage of another article than the one the last answer cited there,
    though that article was read first (`_cited_article_first`): it asks of what that article says, and a like clause
    elsewhere answers another question (Thông tư 97/2020/TT-BTC: the report deadlines of Điều 12, then "… gửi báo cáo
    qua hệ thống thư điện tử hoặc dưới hình thức văn bản giấy" of the amending act's closing article, when the system
    fails; Thông tư 99/2020/TT-BTC: Điều 29's reports, then a shareholder's ballot "gửi thư, fax hoặc thư điện tử" of
    the sample charter in its appendix)."""
    if not draft.citations or draft.obligations or len(topic_words(resolved.own_question)) > FOLLOW_UP_WORDS:
        return False
    cited = _last_cited_articles(turns, resolved.prefer_doc)
    first = draft.citations[0]
    return bool(cited) and first.doc_id == resolved.prefer_doc and first.article not in cited \
        and any(hit.doc_id == resolved.prefer_doc and hit.article in cited for hit in draft.hits[:4])


def _last_cited_articles(turns: Sequence[Turn], doc_id: str | None) -> set[str]:
    """The articles of `doc_id` (the document the conversation is on) that the last answer with citations cited; empty
    without such a document or answer."""
    last = next((turn.answer for turn in reversed(turns) if turn.answer.answerable and turn.answer.citations), None)
    if not doc_id or last is None:
        return set()
    return {c.article for c in last.citations if c.doc_id == doc_id and c.article}


FOLLOW_UP_WORDS = 3  # topic words a follow-up may have and still ask only of what the last answer's article says


def _outside_recipients(intent: Intent, hits: Sequence[Hit]) -> list[Hit]:
    """The passages found less the recipients' list when an agency's duties or a content are asked: "Nơi nhận: … -
    Cục thuế các tỉnh, TP trực thuộc TW;" names who gets a copy, never what the agency must do ("Theo Thông tư
    64/2010/TT-BTC, Cục Thuế các tỉnh có trách nhiệm gì?": the Thông tư gives it no duty) nor what a text provides.
    Only then: a signed scan read side by side may put the closing clause's sentence under "Nơi nhận" ("Bộ Công an
    chịu trách nhiệm về nội dung tiếp thu …", Nghị quyết 320/NQ-CP), which a "who" question asks."""
    if intent.kind not in ("agency_tasks", "content") or "recipients" in intent.slots:
        return list(hits)
    return [hit for hit in hits if hit.section != "Nơi nhận"]


def _asked_body_first(intent: Intent, question: str, hits: Sequence[Hit], depth: int = 3) -> list[Hit]:
    """The passages found with those naming the agency a lead or partner question asks about brought before the
    others, kept in their order, when none of the top `depth` names it: a question describing its document by its
    title ("Chiến lược phát triển dịch vụ logistics Việt Nam thời kỳ 2025 - 2035: Bộ Công Thương chủ trì hay phối hợp
    tổ chức sơ kết, tổng kết …?") ranks that document's opening passages, which share the title's words, above the
    article giving the agency its work ("Điều 2. Tổ chức thực hiện / 1. Bộ Công Thương, / … c) Chủ trì, phối hợp …
    tổ chức sơ kết, tổng kết …"), and `support`, which reads the top three, finds no passage naming the agency.
    The passages are unchanged otherwise: whether one answers is still `support`'s to say."""
    if intent.kind not in ("lead", "partners") or not intent.agency or len(hits) <= depth:
        return list(hits)

    def names(hit: Hit) -> bool:
        return any(covers(intent.agency, name) for name in agency_names(_passage(hit)))
    if any(names(hit) for hit in hits[:depth]):
        return list(hits)
    # only a passage that shares the question's other words as much as the best of the top ones: never another task
    # that merely names the agency ("Bộ Tư pháp chủ trì hay phối hợp việc trình … thành lập Ban Chỉ đạo …?" of Chỉ thị
    # 22/2008/CT-TTg, whose Bộ Tư pháp works on the decree, not on the board)
    words = content_words(question) - content_words(intent.agency)
    best = max(overlap(words, _passage(hit)) for hit in hits[:depth])
    naming = [hit for hit in hits if names(hit) and overlap(words, _passage(hit)) >= best]
    return [*naming, *(hit for hit in hits if hit not in naming)] if naming else list(hits)


def _said_outside_rows(intent: Intent, resolved: Resolved, hits: Sequence[Hit]) -> bool:
    """Whether a "who" question asks of someone no task row answers, so that the passages found, never a row, are
    the answer (`_answer_one` then chooses no row and composes no record from one):
    - a person by office, whom no task row names (a row's lead is an agency): "Phó Thủ tướng nào được giao chỉ đạo
      thực hiện Công điện 192?" (`intent.OFFICE_ASKED`) is answered by the sentence naming the office and its holder
      ("Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo thực hiện Công điện này");
    - the body a plan labels with the role asked ("Cơ quan phê duyệt: Ủy ban nhân dân tỉnh."), when a passage found
      holds that label (`vn.role_label`);
    - those the closing clause binds ("… chịu trách nhiệm thi hành Quyết định này", `vn.EXECUTION_ASKED`): the
      clause itself lists them all."""
    if intent.kind != "lead":
        return False
    if OFFICE_ASKED.search(resolved.question) or EXECUTION_ASKED.search(resolved.question):
        return True
    label = role_label(resolved.own_question)
    return label is not None and any(label.search(hit.text) for hit in hits)


# "Thông báo 536/TB-VPCP: các địa phương phải …", "Theo Công điện 194, các bộ, ngành …": the question's subject after
# the document it names
_AFTER_SOURCE = re.compile(r"^\s*(?:theo\s+[^,:?]+,|[^,:?]+:)\s*", re.I)


def _of_group_asked(intent: Intent, question: str, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """Of the rows chosen for a question whose subject is a group of bodies named by their kind ("… các địa phương phải
    nhận mặt bằng … chậm nhất là ngày nào?", `group_subject`), none led by one named body: the task of "Tập đoàn
    Vingroup" (Thông báo 536/TB-VPCP, 1.a) is not the localities' (1.c, a sentence the passages answer with)."""
    subject = _AFTER_SOURCE.sub("", question, count=1)
    # only a "when" asked of the group; "Những cơ quan nào phối hợp …?" asks which bodies, not of a group
    if intent.kind != "deadline" or intent.agency or not chosen or not group_subject(subject) \
            or re.match(r"\s*\S+\s+\S+(?:\s+\S+)?\s+nào\b", subject, re.I):
        return chosen
    return [(hit, o) for hit, o in chosen if not o.lead or any(group_subject(lead) or localities_only(lead) for lead in o.lead)]


def _no_day_named(question: str, chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Whether a question asks a day ("… hộ sản xuất nông nghiệp phải nộp xong tổng số thuế … trước ngày nào?") and
    the rows chosen are timed by a bare recurrence only ("Chi cục thuế có trách nhiệm quyết toán thuế TNDN hàng năm
    …", Thông tư 96/1999/TT-BTC): they name no day, so they do not answer it."""
    return bool(chosen) and bool(DAY_ASKED.search(question)) and all(
        o.deadline is not None and o.deadline.kind == "recurring" and not names_day(f"{o.deadline.text} {o.task}")
        for _, o in chosen)


ARTICLE_OPENING = 400  # characters of an article quoted after its heading when its content is asked


def _compose_article(draft: Draft, number: str, doc_id: str, searcher: Searcher, filters: Filters) -> bool:
    """The article numbered `number` of the document: "Theo <văn bản>, Điều 5 (Trách nhiệm của đơn vị tổ chức thi):
    “Điều 5. Trách nhiệm … 1. Xây dựng đề án …” [1]", its heading and opening sentences quoted from its first
    passage; False when the document has no such article."""
    passages = sorted((Hit.of(p, 1.0) for p in searcher.store.scroll(replace(filters, doc_ids=(doc_id,)))
                       if p.article == number), key=lambda h: h.start)
    if not passages:
        return False
    hit = passages[0]
    sentences = hit_sentences(hit)
    if not sentences:
        return False
    start, end = sentences[0][0], sentences[0][1]
    for s_start, s_end, _ in sentences[1:]:
        if s_end - start > ARTICLE_OPENING:
            break
        end = s_end
    heading = next((h for h in reversed(hit.heading_path) if re.match(rf"(?i)điều\s+{number}\b", h)), "")
    title = re.sub(rf"(?i)^điều\s+{number}\s*[.:]?\s*", "", heading).strip()
    about = f" ({title})" if title else ""
    draft.lines.append(f"Theo {hit_label(hit)}, Điều {number}{about}: “{clean_display(hit.text[start - hit.start:end - hit.start])}” "
                       f"{draft.cite(hit, start, end)}")
    return True


def _of_event(intent: Intent, question: str, chosen: list) -> list:
    """Of near-equal task rows for a question asking when a report or review is made ("… ban chỉ đạo địa phương
    báo cáo vào lúc nào?", `parts.EVENT`), those whose task is that report ("Vào tháng cuối của mỗi quý, tổng hợp,
    đánh giá tình hình … báo cáo Ban Chỉ đạo Trung ương;"): another task's time is not the report's."""
    events = parts.asked_events(question)
    if intent.kind != "deadline" or len(chosen) < 2 or not events:
        return chosen
    return [(h, o) for h, o in chosen if events <= set(parts.EVENT.findall(o.task.lower()))] or chosen


def _documents_text(searcher: Searcher, question: str, citations: Sequence[Citation], filters: Filters,
                    own: str | None = None) -> list[str]:
    """The titles, headings and passages of the cited documents, when the question names a meeting's or a round's
    ordinal (`precision.ordinal_uncited`) or what the user typed insists on a name or a designating number
    (`precision.details_unstated`), a trade, a programme or a thing named after "đối với" (`precision.sector_unstated`,
    `programme_unstated`, `object_unstated`); empty otherwise."""
    if not citations or not (session_ordinals(question) or any(details_asked(own or question))
                             or sectors_asked(own or question) or programmes_asked(own or question)
                             or objects_asked(own or question)):
        return []
    wide = filters.unnarrowed()
    chunks = searcher.store.scroll(replace(wide, doc_ids=tuple(dict.fromkeys(c.doc_id for c in citations))))
    return [" ".join((chunk.title or "", " ".join(chunk.heading_path), chunk.text)) for chunk in chunks]


def _with_duties_titled(searcher: Searcher, question: str, draft: Draft, filters: Filters) -> Draft:
    """A party's duties asked ("… đơn vị tổ chức thi có trách nhiệm gì?"): the passages of the first document found
    that answer "Trách nhiệm của <party>" (the article titled so: "Điều 5. Trách nhiệm của đơn vị tổ chức thi") put
    after the first four, among those the list of its duties is looked for in (`quotes.DUTY_HITS`); the draft as it
    is for any other question."""
    party = duty_party_named(question)
    if not party or not draft.hits or duties_titled(duty_party(question), draft.hits[:4]):
        return draft  # (the first four passages found already stand under the article titled with its duties)
    titled = searcher.search(Query(f"Trách nhiệm của {party}", DUTY_TITLED, "hybrid",
                                   filters=replace(filters, doc_ids=(draft.hits[0].doc_id,))))
    seen = {hit.chunk_id for hit in draft.hits[:4]}
    extra = [hit for hit in titled if hit.chunk_id not in seen][:DUTY_TITLED]
    if not extra:
        return draft
    added = {hit.chunk_id for hit in extra}
    # the first four as they were (the sentences quoted otherwise are chosen from them), then the passages added
    return replace(draft, hits=[*draft.hits[:4], *extra, *(h for h in draft.hits[4:] if h.chunk_id not in added)])


DUTY_TITLED = 2  # passages found for "Trách nhiệm của <party>" added to those a party's duties are looked for in


def _with_report_items(searcher: Searcher, question: str, draft: Draft, filters: Filters) -> Draft:
    """A "when" question on a periodic report ("… phải nộp báo cáo 6 tháng … trong thời hạn bao lâu?",
    `parts.report_periods`): the passages naming that report, each read with the passage before it in its document
    where that one ends with the sentence introducing its list ("2. Thời hạn nộp các báo cáo định kỳ … như sau:"),
    which says what the items' times are of. Where none of the first four passages found names the report, those of
    the first document found that do are put after the first four: an item of a list of deadlines ("c) Đối với báo
    cáo 6 tháng: Trong thời hạn 45 ngày …", Thông tư 99/2020/TT-BTC, Điều 29) shares few words with the question
    beyond the report, and ranks below its article's other clauses ("… phải báo cáo … trong thời hạn 48 giờ kể từ
    khi nhận được yêu cầu"). The draft as it is for any other question."""
    periods = parts.report_periods(question)
    if not periods or not draft.hits:
        return draft
    names = lambda hit: periods <= parts.periods_stated(hit.text)
    hits, pool = list(draft.hits), list(draft.hits)
    if not any(names(hit) for hit in hits[:4]):
        found = searcher.search(Query(" ".join(f"báo cáo {period}" for period in sorted(periods)) + " thời hạn nộp",
                                      RETRIEVE, "hybrid", filters=replace(filters, doc_ids=(hits[0].doc_id,))))
        seen = {hit.chunk_id for hit in hits[:4]}
        extra = [hit for hit in found if hit.chunk_id not in seen and names(hit)][:REPORT_ITEMS]
        added = {hit.chunk_id for hit in extra}
        hits, pool = [*hits[:4], *extra, *(h for h in hits[4:] if h.chunk_id not in added)], [*pool, *found]

    def read_after_intro(hit: Hit) -> Hit:
        before = next((h for h in pool if h.doc_id == hit.doc_id and h.start < hit.start
                       and hit.start - 2 <= h.end <= hit.start and h.text.rstrip().endswith(":")), None)
        if before is None:
            return hit
        text = before.text + "\n" * (hit.start - before.end) + hit.text
        return replace(before, text=text, end=before.start + len(text))
    return replace(draft, hits=[read_after_intro(hit) if names(hit) else hit for hit in hits])


# "… trong các chỉ thị của UBND tỉnh về triển khai Luật Thuế thu nhập cá nhân?": the subject of documents described
# by kind and issuer, after "về"
_DESCRIBED_SUBJECT = re.compile(r"\s+về\s+(?:việc\s+)?([^?,;:]+)")
DESCRIBED_SUBJECT_MIN = 0.6  # share of the subject's content words the cited document's title must carry


def _of_described(question: str, citations: Sequence[Citation]) -> bool:
    """Whether every cited document is one the question describes by its kind, its issuer and its subject ("Sở Y tế
    được giao việc gì trong các chỉ thị của UBND tỉnh về triển khai Luật Thuế thu nhập cá nhân?": Chỉ thị
    09/2008/CT-UBND of An Giang, "Về việc triển khai thực hiện Luật Thuế thu nhập cá nhân"): the rows are of the
    documents asked, however little of the question's retrieval they draw beside the Prime Minister's directive."""
    described = described_issuers(question)
    issuing = issuing_agencies(question)
    if not described or not issuing or not citations:
        return False
    subject = _DESCRIBED_SUBJECT.match(question, issuing[-1][2])
    wanted = content_words(subject.group(1)) if subject else set()
    if not wanted:
        return False
    return all(c.doc_type and c.issuer and any(type_covers(kind, c.doc_type) and covers(issuer, c.issuer)
                                               for kind, issuer in described)
               and len(wanted & content_words(c.title or "")) >= DESCRIBED_SUBJECT_MIN * len(wanted)
               for c in citations)


REPORT_ITEMS = 2  # passages found for the periodic report a "when" question asks of, added to those read


def _wide(searcher: Searcher, resolved: Resolved, intent: Intent, draft: Draft, filters: Filters) -> list[Hit] | None:
    """The question's retrieval unnarrowed by the agency it names, for an answer built from task rows of documents
    the question neither names nor has in focus, when it names a matter beyond the agency and the slot asked
    (`precision.rows_elsewhere`); None for any other answer."""
    if not draft.obligations or intent.kind in ("metadata", "relation") or intent.names_document or \
            {resolved.focus_doc, resolved.prefer_doc if points_back(resolved.own_question) else None} \
            & {c.doc_id for c in draft.citations} - {None} or not topic_words(resolved.question):
        # (the conversation's document, tried first for a follow-up pointing at what it said, "Ai hướng dẫn áp dụng
        # mức đó?", is in focus as one kept is; not for one asking in words of its own, "Còn thời hạn nộp thuế hàng
        # tháng theo thông báo là khi nào?", whose rows there may be another task's)
        return None
    if _of_described(resolved.question, draft.citations):
        return None
    # the question without the agencies it names: what it is about, whoever is asked of it (an agency's name alone
    # draws the passages of its rows, whatever their matter)
    return searcher.search(Query(without_agencies(resolved.question), RETRIEVE, "hybrid", filters=filters))


NOT_FOUND_PART = "Không tìm thấy nội dung trả lời ý “{part}” trong các văn bản đã lập chỉ mục."


def _answer_parts(question: str, text: str, split: Sequence[parts.Part], turns: Sequence[Turn], filters: Filters,
                  searcher: Searcher, phraser: Phraser | None, min_support: float) -> Answer:
    """The parts of a question answered one by one and numbered ("1. … 2. …"), each with its own citations. A later
    part that names no document of its own is read after the earlier part, as a follow-up is (its document first,
    while it covers the part); one that points at "công điện trước đó" is asked of the document the earlier
    answer names. A part the documents do not answer is said to, and the whole is then not marked answered. The
    parts are given only when each is answered from what it names (`_anchored`) or not found at all; otherwise the
    question is answered whole, exactly as a question asking one thing."""
    answers: list[Answer] = []
    asked_parts: list[str] = []
    for number, part in enumerate(split):
        asked, earlier = part.text, list(turns)
        if number:
            asked = _pointed(part, split[number - 1], answers[-1], searcher, filters)
            if asked is None:  # which document the part points at cannot be told: the question is asked whole
                return _answer_one(question, text, turns, filters, searcher, phraser, min_support)
            if split[number - 1].premise:  # "…; … giao việc ban hành danh mục này cho bộ nào?": the statement's thing
                asked = parts.filled_from_premise(asked, split[number - 1].text)
            # a part giving a place or name of its own ("… ; thực tế Long An lập ban chỉ đạo … bằng quyết định nào?")
            # asks of that place's documents, not of the earlier part's: it is asked alone, and anchored in that name
            # as does one describing a document of its own by kind and title ("… và quyết định ban hành Quy chế …")
            if not part.described and not parts.proper_names(asked) - parts.proper_names(split[number - 1].text):
                earlier.append(Turn(split[number - 1].text, answers[-1]))
        asked_parts.append(asked)
        answers.append(_answer_one(asked, asked, earlier, filters, searcher, phraser, min_support))
    # a part answered only by saying that the task row or passage found leaves the asked cell empty ("… không nêu
    # thời hạn cho nhiệm vụ này; văn bản ghi: …", `precision.time_said_unstated`) is not firm: another passage of that
    # document may state it, and one side of a question asked of two documents is then not answered
    firm = [a.answerable and not found_without_cell(a) and not time_said_unstated(a.text) and _anchored(q, a, p.premise)
            for a, q, p in zip(answers, asked_parts, split)]
    if not any(firm) or not all(f or not a.citations for f, a in zip(firm, answers)) or \
            split[0].premise and not firm[-1]:
        # a part answered from a passage it does not name (or a statement without its question answered): the parts
        # are no surer than the whole, which is answered as before, and said to be partial when it leaves a part out
        whole = _answer_one(question, text, turns, filters, searcher, phraser, min_support)
        return _partial(whole, split, asked_parts, answers, searcher, filters)
    # "Sở Du lịch có nhiệm vụ gì trong Kế hoạch 193 và Kế hoạch 196?": a part not found whose document never names
    # the agency asked gives it no task, which is said so rather than "không tìm thấy". The whole stays not marked
    # answered, as the sets take it (dev mq12, wd29, rh36, ml26: counted as answering a question half unanswerable,
    # right → wrong in the first try)
    absent = [None if answer.citations else _agency_absent(part.text, searcher, filters)
              for part, answer in zip(split, answers)]
    lines: list[str] = []
    citations: list[Citation] = []
    # "Văn bản nào …: A hay B?": each part is answered from the document it names, said before its answer where the
    # citation names it otherwise (a scan whose number is unread is cited by its date: "Theo Thông báo ngày …")
    chosen = parts.which_of_documents(text)
    for number, (part, answer) in enumerate(zip(split, answers), 1):
        if not answer.citations:
            lines.append(f"{number}. " + (absent[number - 1] or NOT_FOUND_PART.format(part=part.text.rstrip("?"))))
            continue
        shift = len(citations)
        said = f"{chosen[number - 1]}: " if len(chosen) == len(split) and firm[number - 1] \
            and not answer.citations[0].doc_number else ""
        lines.append(f"{number}. {said}" + re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", answer.text))
        citations += [replace(c, number=c.number + shift) for c in answer.citations]
    if all(firm) and parts.asks_order(text):
        lines += _in_order(answers)
    first = answers[0]
    # "Văn bản nào …: A hay B?": the document whose part is not found is the one that does not do it
    answered = all(firm) or parts.asks_which_of(text) and any(firm)
    return replace(first, question=question, text="\n".join(lines), answerable=answered,
                   citations=tuple(citations), resolved_question=text,
                   obligations=tuple(o for a in answers for o in a.obligations),
                   support=min(a.support for a in answers), grounded=all(a.grounded for a in answers),
                   unsupported=tuple(u for a in answers for u in a.unsupported),
                   warnings=tuple(dict.fromkeys(w for a in answers for w in a.warnings)))


def _agency_absent(part: str, searcher: Searcher, filters: Filters) -> str | None:
    """What to say of a part asking an agency's tasks in the one document it names ("Sở Du lịch có nhiệm vụ gì trong
    Kế hoạch 193 …") where that document, indexed once, names the agency nowhere (in no form `same_agency` or
    `covers` matches, nor its name written out): it gives that agency no task. None otherwise: a part whose
    document does name the agency, or cannot be told, stays "không tìm thấy"."""
    intent = classify(part)
    named = named_documents(part)
    if intent.kind != "agency_tasks" or not intent.agency or len(named) != 1 or named[0][0] is None:
        return None
    kind, number, year = named[0]
    heads = {doc_id: head for doc_id, head in searcher.store.heads((), filters=replace(
        filters, doc_types=covered_types(kind), doc_serials=(number,))).items() if _of_year(head, year)}
    if len(heads) != 1:
        return None
    (doc_id, head), = heads.items()
    text = "\n".join(chunk.text for chunk in searcher.store.scroll(replace(filters, doc_ids=(doc_id,))))
    if not text or fold(intent.agency).casefold() in fold(text).casefold() or any(
            same_agency(intent.agency, name) or covers(intent.agency, name) for name, _, _ in find_agencies(text)):
        return None
    return f"{hit_label(head)} không nêu {intent.agency}: văn bản này không giao nhiệm vụ cho cơ quan này."


def _in_order(answers: Sequence[Answer]) -> list[str]:
    """Which of the documents the parts were answered from was issued first ("Công điện 188 và Công điện 196, văn
    bản nào được ban hành trước?"), read from each first citation's date of issue; nothing when a date is missing or
    two parts were answered from one document."""
    heads = [(a.citations[0].issued_on, f"{a.citations[0].doc_type or 'Văn bản'} {a.citations[0].doc_number}")
             for a in answers if a.citations and a.citations[0].doc_number]
    if len(heads) != len(answers) or not all(day for day, _ in heads) or len({name for _, name in heads}) != len(heads):
        return []
    ordered = sorted(heads)
    if len({day for day, _ in ordered}) == 1:
        return ["Các văn bản trên được ban hành cùng ngày " + vn_date(ordered[0][0]) + "."]
    named = [f"{name} (ngày {vn_date(day)})" for day, name in ordered]
    if len(named) == 2:
        return [f"{named[0]} được ban hành trước {named[1]}."]
    return ["Theo ngày ban hành: " + ", rồi đến ".join(named) + "."]


UNANSWERED_PART = "(Câu hỏi gồm nhiều ý; câu trả lời trên chưa trả lời ý “{part}”.)"


def _partial(whole: Answer, split: Sequence[parts.Part], asked: Sequence[str], answers: Sequence[Answer],
             searcher: Searcher, filters: Filters) -> Answer:
    """The whole question's answer, said to leave a part out when it covers one part (`_covers`) and not another
    part asked: the part left out is named and the answer is not marked answered — half of the answer is not given
    as the whole."""
    if not whole.answerable or not whole.citations:
        return whole
    covered = [_covers(whole, part, text, answer, searcher, filters) for part, text, answer in zip(split, asked, answers)]
    left = [part.text.rstrip("?") for part, done in zip(split, covered) if not part.premise and not done]
    if not left or not any(covered):
        return whole  # a whole answer these signs cannot place is judged as before
    notes = "\n".join(UNANSWERED_PART.format(part=part) for part in left)
    return replace(whole, text=f"{whole.text}\n{notes}", answerable=False)


def _covers(whole: Answer, part: parts.Part, asked: str, alone: Answer, searcher: Searcher, filters: Filters) -> bool:
    """Whether the whole question's answer covers one part: a passage it cites is anchored in what the part names
    (`_anchored`: the document named, or one implementing it; the place or event the part gives), and, when the part
    asked alone was answered from other documents only, it cites one of those too (a task row of one document
    answers the part about that document, not the part another document answered)."""
    if named_documents(asked) or parts.proper_names(asked) or parts.asked_events(asked):
        implementing = _implementing_named(asked, searcher, filters)
        if not any(_anchored(asked, replace(whole, citations=(citation,)), part.premise)
                   or citation.doc_id in implementing or citation.doc_number in implementing.values()
                   for citation in whole.citations):
            return False
    if alone.answerable and alone.citations:
        return bool({c.doc_id for c in alone.citations} & {c.doc_id for c in whole.citations})
    return True


def _implementing_named(text: str, searcher: Searcher, filters: Filters) -> dict[str, str | None]:
    """doc_id → number of the indexed documents that implement a document the text names, as the relations index
    records it: an indexed document's incoming relations (a dated reference to another document of the same number
    is not one), else the references to its type and serial."""
    found: dict[str, str | None] = {}
    wide = filters.unnarrowed()
    for kind, number, year in named_documents(text):
        if not kind:
            continue
        heads = [h for h in searcher.store.heads(filters=replace(wide, doc_serials=(number,))).values()
                 if type_covers(kind, h.doc_type) and (not year or year in (h.doc_number or "") + (h.issued_on or ""))]
        if len(heads) == 1:
            for relation in relations(searcher.store, heads[0].doc_id, wide).incoming:
                if relation.kind == "implements":
                    found[relation.other.doc_id] = relation.other.doc_number
            continue
        for head, ref in citing(searcher.store, target_keys(None, kind, number), wide):
            if ref.kind == "implements":
                found[head.doc_id] = head.doc_number
    return found


TITLE_ANCHOR = 0.6  # share of a part's words its cited document's title must carry to anchor a part naming nothing


def _anchored(asked: str, answer: Answer, premise: bool = False) -> bool:
    """Whether a part's answer comes from what the part names: a document it names (the first citation is of it),
    or, naming none, the proper names it gives (a place, an event), which the cited passage or its document's
    issuer must state. A part asked alone
    without either may be answered from a passage of another document that only shares its words. A part asking
    when a report is due must be answered by a passage about that report ("báo cáo", "sơ kết", "tổng kết")."""
    first = answer.citations[0]
    events = parts.asked_events(asked)
    if events - set(parts.EVENT.findall(" ".join(c.quote for c in answer.citations).lower())):
        return False
    # a meeting named by its ordinal ("Theo phiên họp thứ hai của Ban Chỉ đạo …, Bộ chỉ số … thực hiện Nghị quyết 57
    # …"): the part is asked of that meeting's report, whose title names the same meeting; a document the part names
    # besides (the resolution implemented) is its matter
    sessions = session_ordinals(asked)
    if sessions and session_ordinals(first.title or "") & sessions:
        return True
    named = named_documents(asked)
    if named:  # a statement the question starts from, or a relation, is stated by a passage citing the document named
        # a document of the type named whose number could not be read (a scan: Thông báo 537/TB-VPCP, its head read
        # as "37/TB-VPCP") may be the one named, as `_premises_hold` reads it for a question asked whole
        return any(first.doc_number and serial(first.doc_number) == number and type_covers(kind, first.doc_type)
                   or not first.doc_number and kind is not None and type_covers(kind, first.doc_type)
                   or (premise or answer.intent == "relation") and mentions_number(first.quote, number, kind)
                   for kind, number, _ in named)
    names = parts.proper_names(asked)
    if names:
        return parts.names_stated(names, " ".join((first.quote, first.issuer or "", first.title or "")))
    # naming neither, a part may name its document by the words of its title: "theo quy chế hoạt động thì …" (Quyết
    # định 143/QĐ-UBQGNCT "Ban hành Quy chế hoạt động của Ủy ban Quốc gia …"), "Ai làm Chủ tịch Ủy ban Quốc gia về
    # người cao tuổi sau khi kiện toàn?" (Quyết định 2219/QĐ-TTg "kiện toàn Ủy ban Quốc gia về người cao tuổi Việt
    # Nam"): the cited document's title carries them
    # "Chỉ thị của UBND tỉnh Long An về cùng việc đó …": a document of that kind, issued by that agency
    if any(type_covers(kind, first.doc_type) and first.issuer and same_agency(issuer, first.issuer)
           for kind, issuer in described_issuers(asked)):
        return True
    title = content_words(first.title or "")
    described = described_titles(asked)
    if described:
        return any(words <= title for words in described)
    return bool(title) and overlap(content_words(asked), first.title or "") >= TITLE_ANCHOR


def _pointed(part: parts.Part, earlier_part: parts.Part, earlier: Answer, searcher: Searcher,
             filters: Filters) -> str | None:
    """The part with the document it points at named: "quyết định đó" is the document of that type the earlier part
    names; "công điện trước đó" (or one the earlier part does not name) another document of that type the earlier
    answer names ("… Công điện số 186/CĐ-TTg …"), else the earlier answer's own document when it is of that type.
    None when it cannot be told: the question is then not split."""
    if not part.anaphora or part.described:
        # a pointer inside a described title ("chương trình hành động của Chính phủ thực hiện nghị quyết này") is part
        # of what describes the document asked, not the document asked
        return part.text
    kind = part.anaphora_type
    if part.implementing:
        return _implementing_part(part, earlier_part, earlier, searcher, filters)
    # "… căn cứ quyết định nào …, và quyết định đó giao …": where the earlier part asks which document, the pointer is
    # at the document its answer gives, not at the one it names
    if "trước" not in part.anaphora.lower() and not DOCUMENT_ASKED.search(earlier_part.text):
        named = [(k, n, y) for k, n, y in named_documents(earlier_part.text) if k == kind]
        if len(named) == 1:
            return part.text.replace(part.anaphora, _reference(*named[0]), 1)
    if not earlier.answerable or not earlier.citations:
        return None
    own = earlier.citations[0]
    own_serial = serial(own.doc_number) if own.doc_number else None
    for found, number, year in named_documents(earlier.text):
        if found in (None, kind) and number != own_serial:
            return part.text.replace(part.anaphora, _reference(kind, number, year), 1)
    if own.doc_number and own.doc_type == kind:
        return part.text.replace(part.anaphora, f"{own.doc_type} {own.doc_number}", 1)
    return None


def _implementing_part(part: parts.Part, earlier_part: parts.Part, earlier: Answer, searcher: Searcher,
                       filters: Filters) -> str | None:
    """The part with "kế hoạch thực hiện …" replaced by the one indexed document of that type implementing the
    document the earlier part names (else the one its answer cites), as the relations index records it; None when
    there is not exactly one."""
    found = _implementing_named(earlier_part.text, searcher, filters)
    if not named_documents(earlier_part.text) and earlier.answerable and earlier.citations:
        own = earlier.citations[0]
        found = _implementing_named(_reference(own.doc_type, serial(own.doc_number), None) if own.doc_number else "",
                                    searcher, filters)
    heads = searcher.store.heads(tuple(found), filters=Filters(access=filters.access)) if found else {}
    numbers = {(head.doc_type, head.doc_number) for head in heads.values()
               if head.doc_number and part.anaphora_type in (None, head.doc_type)}
    if len(numbers) != 1:
        return None
    kind, number = numbers.pop()
    return part.text.replace(part.anaphora, f"{kind} {number}", 1)


def _reference(kind: str | None, number: str, year: str | None) -> str:
    return f"{kind or ''} {number}{f'/{year}' if year else ''}".strip()


_TITLE_ASKED = re.compile(r"\bchức (?:vụ|danh)\b", re.I)
# Head slots answered with one quoted sentence or block, which says nothing else about the document (the head's facts
# — issuer, date, title, signer — say more).
QUOTED_SLOTS = ("proposer", "recipients", "effective", "implements", "legal_basis")


def _clause_answered(clause: str, intent: Intent, text: str) -> bool:
    """Whether one part of a question is answered by a head answer: it asks a head slot, the signer's title along
    with the signer ("là ai, giữ chức vụ gì?"), or most of its words are in the answer ("tại tờ trình số mấy")."""
    if set(classify(clause).slots) & set(HEAD_SLOTS) or _TITLE_ASKED.search(clause) and "signer" in intent.slots:
        return True
    words = content_words(clause)
    return not words or overlap(words, text) >= 0.5


def _clause_unstated(clause: str, text: str, citations: Sequence[Citation]) -> bool:
    """Whether one part of a question asks an amount, a length of time or a time (`quotes.states_asked`) that neither
    the answer nor the passages it quotes state: "Theo Chỉ thị 22/2008/CT-TTg, Bộ Tài chính phải trình … trong thời
    gian nào, | và Ban Chỉ đạo đó có bao nhiêu ủy viên?" answered by the row giving the time only; "… do ai ký, | và
    chỉ thị đó quy định mức phạt … là bao nhiêu?" by the signature only. A head slot ("có hiệu lực khi nào", "ban
    hành ngày nào") is the head's to answer, and a time the answer says is not stated ("không nêu thời hạn") is said."""
    if set(classify(clause).slots) & set(HEAD_SLOTS):
        return False
    want = states_asked(clause)
    if want is None or time_said_unstated(text) and DEADLINE.search(clause):
        return False
    text = re.sub(r"\[\d+\]", " ", text)  # the citation marks are no amount
    return not any(want(said) for said in (text, *(c.quote for c in citations)))


# A part of a question asking which body: "ai", "cơ quan nào", "bộ nào".
_WHO_ASKED = re.compile(r"\bai\b|" + WHICH_AGENCIES.pattern, re.I)


def doer_asked_after(question: str) -> bool:
    """Whether a part after the first asks which body does the work ("Kế hoạch nào thực hiện Nghị quyết 57 giao rà
    soát, thẩm tra Luật Nhà giáo …, | và giao cho ai?"), not a head slot of a document ("| và ai ký văn bản đó?", "|
    do cơ quan nào ban hành?"): a list of documents answers the first part only."""
    return any(_WHO_ASKED.search(clause) and classify(clause).kind in ("lead", "partners", "agency_tasks")
               for clause in clauses(question)[1:])


# A table column a part of a question asks by its name, in the words a cadre uses for it: "sản phẩm (đầu ra)" for a
# task table's "Kết quả" / "Sản phẩm" column, "tiến độ" for a report's "Tiến độ", "kết quả yêu cầu" for its own.
# The third: whether a task row's answer line shows that column already ("Sản phẩm: …"); one it does not is quoted
# after it from the row (`_asked_columns`).
_COLUMN_ASKED = ((re.compile(r"\b(?:sản phẩm|kết quả)(?:\s+(?:đầu ra|yêu cầu|phải có))?\b[^?]*\b(?:là gì|gì|nào)\b", re.I),
                  re.compile(r"^(?:kết quả|sản phẩm)", re.I), True),
                 (re.compile(r"\btiến độ\b", re.I), re.compile(r"^tiến độ", re.I), False))


def _row_cells(citation: Citation, column: re.Pattern) -> str | None:
    """The cell of a cited table row under the column matched, when the quote is the whole row (its cells line up
    with the table's header) and the cell is filled."""
    header = [name.strip(" *") for name in citation.table_header]
    cells = [cell.strip(" *") for cell in citation.quote.strip().strip("|").split("|")]
    if len(cells) != len(header):
        return None
    return next((cells[n] for n, name in enumerate(header) if column.match(name) and cells[n]), None)


def _asked_columns(draft: Draft, question: str) -> None:
    """A part of the question asking a column the answer's task line does not show ("… giao ai và tiến độ đến đâu?"
    of a report's table with a "Tiến độ" column): that cell of the row cited, quoted after the answer."""
    for clause in clauses(question):
        for asked, column, shown in _COLUMN_ASKED:
            if shown or not asked.search(clause):
                continue
            for citation in list(draft.citations):
                cell = _row_cells(citation, column)
                if cell:
                    name = next(n.strip(" *") for n in citation.table_header if column.match(n.strip(" *")))
                    draft.lines.append(f"{name[:1].upper()}{name[1:].lower()}: {cell} [{citation.number}]")
                    break


def _cell_asked(clause: str, citations: Sequence[Citation]) -> bool:
    """Whether one part of a question asks a column of the task table a cited row belongs to ("…, sản phẩm đầu ra là
    gì?" of Phụ lục II of Nghị quyết 03/NQ-CP, whose "Kết quả" column gives "Quyết định của Thủ tướng Chính phủ";
    "… và tiến độ đến đâu?" of a report's table with a "Tiến độ" column), that row's cell filled: the quoted row
    states it, whatever words the part shares with it."""
    return any(asked.search(clause) and _row_cells(citation, column)
               for asked, column, _ in _COLUMN_ASKED for citation in citations)


def _clause_quoted(clause: str, citations: Sequence[Citation]) -> bool:
    """Whether one part of a question is stated by the quoted sentences: most of its words are there, and what it
    asks is too — a time for "khi nào", "vào những mốc nào" (the time words themselves need not be), an agency by
    its name for "ai", "cơ quan nào". "… báo cáo kết quả về đâu, vào những mốc nào trong năm?" is answered whole by
    "… báo cáo kết quả thực hiện về Bộ Khoa học và Công nghệ … trước ngày 15 tháng 6 và trước ngày 01 tháng 12"."""
    text = " ".join(c.quote for c in citations)
    asked = classify(clause)
    if _cell_asked(clause, citations):
        return True
    words = content_words(DEADLINE.sub(" ", clause)) if asked.kind == "deadline" else content_words(clause)
    if words and overlap(words, text) < 0.5:
        return False
    if asked.kind == "deadline":
        return bool(find_deadlines(text))
    if asked.kind in ("lead", "partners") or _WHO_ASKED.search(clause):
        return any(name[:1].isupper() for name in agency_names(text))
    return True


def _spell_out(draft: Draft) -> None:
    """A quoted passage that lists agencies under one head ("các Bộ: Công an, Ngoại giao, Tài chính") names them
    only once the list is read: each agency is spelled out on a line of its own under the quote."""
    for citation in list(draft.citations):
        listed = agency_names(citation.quote)
        plain = {name for name, _, _ in find_agencies(citation.quote)}
        if any(name not in plain for name in listed):
            draft.lines.append(f"Các cơ quan được nêu: {'; '.join(listed)} [{citation.number}]")


# "Còn văn bản triển khai quyết định này thì ai ký?": a head slot asked of the documents implementing the one in focus
# "văn bản triển khai …", and a kind with its issuer between ("Kế hoạch của Đảng đoàn Quốc hội triển khai Nghị quyết
# 57-NQ/TW …"): the head asked is the implementing document's; the kind and issuer named narrow which one
_IMPLEMENTING = re.compile(r"\b(văn bản|kế hoạch|quyết định|chỉ thị|công văn|nghị quyết|thông tư)(?:\s+(?:của|do)\s+([^?,;:]{3,80}?))?"
                           r"(?:\s+(?:ban hành|được ban hành|để))?\s+(?:triển khai|thực hiện|cụ thể hóa)\b", re.I)


def _implementing(searcher: Searcher, resolved: Resolved, intent: Intent,
                  filters: Filters) -> list[Hit] | None:
    """The heads of the indexed documents that implement the document in focus, when a head slot is asked of
    "văn bản triển khai …"; empty otherwise. Asked with no document in focus, of the one document the question
    names as acted on, by the implementer's kind or issuer ("Kế hoạch của Đảng đoàn Quốc hội triển khai Nghị quyết
    57-NQ/TW được ban hành ngày nào?"): that document's implementers as the relations index records them. None when
    documents implement it and none is of the kind or issuer named: the head asked is none of theirs, nor the named
    document's own, and the question is declined."""
    said = _IMPLEMENTING.search(resolved.own_question) if intent.kind == "metadata" else None
    if not said:
        return []
    if resolved.focus_doc:
        head = searcher.store.heads((resolved.focus_doc,), filters=Filters(access=filters.access)).get(
            resolved.focus_doc)
        if not head:
            return []
        keys = target_keys(head.doc_number, head.doc_type, head.doc_serial)
        found = [h for h, ref in citing(searcher.store, keys, filters.unnarrowed()) if ref.kind == "implements"
                 and h.doc_id != resolved.focus_doc]
    elif intent.document_acted_on and (said.group(2) or said.group(1).lower() != "văn bản"):
        ids = tuple(_implementing_named(resolved.own_question, searcher, filters))
        found = list(searcher.store.heads(ids, filters=Filters(access=filters.access)).values()) if ids else []
    else:
        return []
    asked = [Hit.of(h, 1.0) for h in {h.doc_id: h for h in found}.values() if _implementer_asked(said, h)]
    return None if found and not asked else asked


def _implementer_asked(said: re.Match[str], head: DocumentHead) -> bool:
    """Whether an implementing document is of the kind and issuer the question names before "triển khai" ("Kế hoạch
    của Đảng đoàn Quốc hội triển khai Nghị quyết 57-NQ/TW …": the Kế hoạch 3260-KH/ĐĐQH15, not the Government's
    Nghị quyết 03/NQ-CP that also implements it); "văn bản" names any kind, and an issuer not read leaves it open."""
    kind = next((t for t in TYPES if t.lower() == said.group(1).lower()), None)
    if kind and not type_covers(kind, head.doc_type):
        return False
    issuers = agency_names(said.group(2) or "")
    return not issuers or not head.issuer or any(issued_by(name, own) for name in issuers
                                                  for own in agency_names(head.issuer) or [head.issuer])


def _implementers_heads(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters) -> None:
    """"Văn bản nào triển khai Chỉ thị 22/2008 và ai ký?", "Văn bản triển khai … do ai ký?": after the documents
    citing the one named, the head slots asked (signer, issue date …) of each of them, from its own head."""
    asked = tuple(slot for slot in intent.slots if slot in HEAD_SLOTS)
    if intent.relation is None or intent.relation[0] != "in" or not asked:
        return
    cited = list(dict.fromkeys(c.doc_id for c in draft.citations))
    heads = searcher.store.heads(tuple(cited), filters=Filters(access=filters.access))
    for doc_id in cited:
        if doc_id in heads:
            compose_metadata(replace(draft, hits=[Hit.of(heads[doc_id], 1.0)]),
                             replace(intent, kind="metadata", slot=asked[0], relation=None), searcher, filters)


def _said_untimed(intent: Intent, question: str, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """The strongly matching rows a "when" answer falls back on: never one whose task says a time in words the
    deadline rules do not read ("Chậm nhất vào ngày 05 của tháng sau …", "Sau thời hạn nêu trên, …": `TIME_CUE`),
    nor another task than the report asked (`_of_report`), nor one speaking of the act asked as not done by others
    (`quotes.speaks_of_undone`)."""
    if intent.kind != "deadline":
        return chosen
    return [(hit, o) for hit, o in chosen if not TIME_CUE.search(o.task) and _of_report(intent, question, o)
            and not speaks_of_undone(question, o.task)]


def _of_report(intent: Intent, question: str, obligation: Obligation) -> bool:
    """Whether a row may answer a "when" question about a report or review ("… các huyện phải báo cáo UBND tỉnh kết
    quả trồng cây xanh trước ngày nào?", `parts.EVENT`): its task is that report ("Định kỳ 06 tháng và hàng năm tổng
    hợp kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh"), never another task's time ("Thực hiện hiệu quả Tết trồng
    cây …: Hàng năm"). Any row answers a question about no report."""
    if intent.kind != "deadline":
        return True
    return parts.asked_events(question) <= set(parts.EVENT.findall(obligation.task.lower())) \
        and parts.report_periods(question) <= parts.periods_stated(obligation.task)


def led_by(obligation: Obligation, agencies: Sequence[str]) -> bool:
    """Whether a task row's lead is one of the agencies."""
    return any(same_agency(asked, lead) for asked in agencies for lead in obligation.lead)


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


def _record_item_time(searcher: Searcher, filters: Filters, resolved: Resolved, intent: Intent) -> Citation | None:
    """The row in focus with the time closing its list item, as one quote, where the row's deadline cell is empty
    and its item goes on past the task to a time ("b) Khẩn trương hoàn thiện, trình Thủ tướng Chính phủ kiện toàn Ban
    Chỉ đạo …; hoàn thành trong tháng 10 năm 2025, không được chậm trễ hơn.", Thông báo 541/TB-VPCP, 2.1): that time
    may be the task's own (`timed.item_time`, as `rows.unstated_deadline` reads it), so "when" is answered with it,
    never with "không nêu thời hạn". None otherwise."""
    record, cited = resolved.record, resolved.record_citation
    if intent.kind != "deadline" or record is None or cited is None or record.deadline or time_in_words(record) \
            or HORIZON.search(record.task):
        return None
    for chunk in searcher.store.scroll(replace(filters, doc_ids=(record.doc_id,))):
        if chunk.chunk_id != record.chunk_id:
            continue
        hit = Hit.of(chunk, 0.0)
        clause = item_time(hit, record.span.end)
        if clause is None or not clause.deadlines or not hit.start <= cited.start < clause.end <= hit.end:
            return None
        return Citation.of(1, hit, hit.text[cited.start - hit.start:clause.end - hit.start], cited.start, clause.end)
    return None


def _from_record(question: str, resolved: Resolved, intent: Intent, item: Citation | None = None) -> Answer:
    """A follow-up that names only a slot ("Thời gian thực hiện?"), answered from the task row in focus; `item`: the
    row quoted on to the time closing its list item (`_record_item_time`), the time given from it."""
    citation = replace(resolved.record_citation, number=1)
    label = short_label(citation.doc_type, citation.doc_number, citation.doc_id, citation.title, citation.issued_on)
    answer = slot_sentence(intent, resolved.record)
    line = record_line(resolved.record)
    if item is not None and answer is None:
        said = find_deadlines(item.quote[len(resolved.record_citation.quote):]) or find_deadlines(item.quote)
        if said:
            text = (f"Thời hạn: {said[0].text} ({label}) [1]. Thời hạn này ghi ở cuối mục của nhiệm vụ, sau nội dung "
                    f"nhiệm vụ. {line}")
            return Answer(question, text, True, (item,), intent.kind, resolved.question,
                          obligations=(resolved.record,), support=1.0)
    horizon = HORIZON.search(resolved.record.task) if intent.kind == "deadline" and answer is None \
        and not time_in_words(resolved.record) else None
    if horizon:
        # "… hoàn thành … nhà ở cho lực lượng vũ trang nhân dân đến năm 2030" (Công điện 190/CĐ-TTg, 5.): a horizon
        # the deadline rules do not read is no deadline, nor is the task without a time; the year is shown, not
        # given as the answer
        text = (f"{label} không ghi thời hạn thành mục riêng cho nhiệm vụ này; nội dung nhiệm vụ nêu mốc "
                f"“{horizon.group()}” [1]. {line}")
        return Answer(question, text, False, (citation,), intent.kind, resolved.question,
                      obligations=(resolved.record,), support=1.0)
    text = (f"{answer} ({label}) [1]. {line}" if answer else
            unread_time_line(label, resolved.record, "[1]") if intent.kind == "deadline" and time_in_words(
                resolved.record) else
            f"{label} không nêu {MISSING.get(intent.kind, 'nội dung này')} cho nhiệm vụ này; văn bản ghi: {line} [1]")
    # the task in focus was found: that it gives no time is the answer to "when"; an empty lead or partner cell
    # answers no "who"
    return Answer(question, text, answer is not None or intent.kind == "deadline", (citation,), intent.kind,
                  resolved.question, obligations=(resolved.record,), support=1.0)


def _finish(answer: Answer, searcher: Searcher, filters: Filters, phraser: Phraser | None) -> Answer:
    """The answer in the LLM's wording when one is configured, warned of cited documents that an indexed
    document replaced or repealed, and of cited passages read by OCR."""
    cited = tuple(dict.fromkeys(c.doc_id for c in answer.citations))
    numbers = [(c.doc_number, c.doc_type) for c in answer.citations]
    notes = superseded(searcher.store, cited, filters.unnarrowed(), numbers)
    answer = replace(answer, warnings=tuple(note for _, note in notes.values()))
    return _ocr_notice(_phrase(answer, phraser) if phraser else answer)


def _ocr_notice(answer: Answer) -> Answer:
    """A closing line when a cited passage was read by OCR from a scan: its words may be misread."""
    read = [c for c in answer.citations if c.ocr_confidence is not None]
    if not read:
        return answer
    which = join_names([f"số {c.number}" for c in read])
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
