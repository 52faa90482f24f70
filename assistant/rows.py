"""Answers from task rows (obligation records): the rows that fit the question's frame, the slot asked of them
(lead, partners, deadline), a row named by its number, and an agency's tasks document by document."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from assistant.draft import DATED_MIN, Draft, best_sentence, deadline_words, hit_label, join_names, overlap, record_line
from assistant.intent import Intent, content_words, named_documents, picked_period
from assistant.timed import item_time, timed_clauses
from corpus.agencies import (agency_key, council_levels, covers, find_agencies, minister_of, other_place_opens, same_agency,
                             same_group)
from corpus.deadlines import HORIZON, TIME_CUE, find_deadlines
from corpus.obligations import (CHAIR_OF_COMMITTEE, LEADS_WORD, LIST_MARKER, cooperate_jointly, cooperates_only,
                                partners_by_function,
                                directed_lead, helps_in_work, introduced_as_lead,
                                named_before_colon, opens_cooperating, opens_with_verb, subject_leads)
from corpus.records import Obligation
from corpus.text import clean_display, fold
from corpus.vn import EXECUTES_DOCUMENT, folded_flat, number_key, own_day, recounted, serial, type_covers
from index.records import Filters, Hit
from index.search import Searcher

TASKS_LISTED = 10
AGENCY_TASKS_LISTED = 20  # an agency's tasks listed in full up to this many (the ones nearest the topic beyond)
PARTNER_TASKS_LISTED = 5  # tasks it only takes part in, listed after its own (the ones nearest the topic beyond)
DOCS_LISTED = 3  # documents an agency's task list draws on when the question names none
DOC_MARGIN = 0.2  # documents whose share of the topic falls this far below the best one's are left out
RECORD_MIN = 0.35  # share of the question's topic words a task row (with its document's title) must carry
ROW_MIN = 0.25  # share of them the row itself must carry
RECORD_STRONG = 0.6  # a row that leaves the slot empty is said to leave it empty only when it matches this well
RECORD_MARGIN = 0.05  # rows scoring within this of the best are listed together, never one picked by chance
UNSTATED_MIN = 0.8  # share of the topic a row's own cells must carry for "the document gives no time for it"


def _named_as(agency: str, name: str, wide: bool = False) -> bool:
    """Whether a row's name is the agency asked: the same agency, or the same body of every unit of the same kinds
    written with or without "trực thuộc trung ương" (`same_group`: "Ủy ban nhân dân các tỉnh, thành phố" asked,
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" leading); `wide`, also the body of every unit of the
    kind asked without a place (`covers`: "Ủy ban nhân dân huyện" asked, "UBND các huyện, thị xã" leading)."""
    return same_agency(agency, name) or same_group(agency, name) or wide and covers(agency, name)


def _role(agency: str, obligation: Obligation, wide: bool = False) -> str | None:
    """"lead" when the agency leads the task, "partner" when it only takes part, None when it is not named."""
    if any(_named_as(agency, lead, wide) for lead in obligation.lead):
        return "lead"
    return "partner" if any(_named_as(agency, p, wide) for p in obligation.partners) else None


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
            if intent.kind in ("lead", "partners"):
                # asked who leads or who works with the lead, the row's directed body leads it (`directed`)
                o = directed(o)
                if helps_in_work(o.task) and not {"hỗ", "trợ"} <= topic:
                    # "cơ quan nào đứng ra rà soát, thống kê thiệt hại …?" is not answered by the bodies that only
                    # help another with that work ("… hỗ trợ địa phương trong công tác … rà soát, thống kê thiệt hại")
                    continue
            bonus = 0.0
            if intent.agency and intent.kind in ("deadline", "agency_tasks", "content"):
                role = _role(intent.agency, o)
                if role is None or role == "partner" and intent.role != "partner" and intent.kind != "deadline":
                    continue
                bonus = 0.1 if role == (intent.role or "lead") else 0.0
            elif intent.agency and (intent.kind == "lead" or intent.kind == "partners" and intent.works_with) \
                    and _role(intent.agency, o):
                # (so too "X phối hợp với ai để …?", X's own sentence before a row on the same work that does not name
                # X: Chỉ thị 44/2002/CT-UB's "4. Sở Kế hoạch và Đầu tư … phối hợp với cơ quan thuế để tổ chức quản lý thu
                # thuế thu nhập cá nhân …" before "5. … Cục thuế tỉnh … tổ chức thu thuế thu nhập cá nhân …")
                # "Bộ Tư pháp chủ trì hay phối hợp việc hoàn thiện hồ sơ dự án Luật …?": of a document's rows on the
                # work, the one naming the agency asked (Nghị quyết 320/NQ-CP, 1.3 "Tiếp tục phối hợp với Bộ Quốc
                # phòng, Bộ Tư pháp …") before one that does not ("Bộ Công an chịu trách nhiệm về nội dung tiếp thu,
                # hoàn thiện dự án Luật …")
                bonus = 0.1
            row = _row_text(o)
            if overlap(topic, row) < ROW_MIN:
                continue
            task = " ".join(re.findall(r"\w+", fold(o.task).casefold()))
            party = fold(intent.party or "").casefold()
            if party and party in task and (not (intent.party_act and intent.party_act in task) or re.search(
                    r"\b(?:cho|cua|voi|doi voi|toi|den)\s+" + re.escape(party) + r"\b", task)):
                # the party whose act is asked named in another body's task ("Kiểm tra, thanh tra việc kê khai thuế,
                # nộp thuế, quyết toán thuế của cơ sở kinh doanh", cơ quan thuế's duty in Luật 09/2003/QH11, for "cơ
                # sở kinh doanh phải nộp báo cáo quyết toán thuế trong thời hạn bao lâu?"; "Thông báo cho cơ sở kinh
                # doanh về việc chậm nộp tờ khai …", Nghị định 24/2007/NĐ-CP): after "cho", "của", "với", "đối với",
                # "tới", "đến", or without the party's act ("nộp báo cáo"), the row acts on it, its own act is stated
                # elsewhere; not a row stating that act of it ("… yêu cầu doanh nghiệp nộp chứng từ …", Thông tư
                # 205/2009/TT-BTC, for "doanh nghiệp phải nộp chứng từ …")
                continue
            # the document's title and issuer ("tỉnh Kon Tum") separate rows of like tasks in several documents
            scored.append((overlap(topic, _row_context(hit, o)) + bonus - 0.01 * rank, hit, o))
    return sorted(scored, key=lambda s: -s[0])


def best_obligation(intent: Intent, words: set[str], hits: Sequence[Hit], want=lambda o: True,
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
    chosen = _settled(intent, _distinct(intent, words, hits, _said_leading(intent, _named_partners(
        intent, _of_law_named(intent, _same_tasks(chosen))))))
    if intent.kind in ("deadline", "lead", "partners") and len({_answer_key(intent, o, h) for h, o in chosen}) == 1:
        # near ties that give the same answer: one row alone, the one whose own cells state most of the task asked
        # (its document's title and its passage's rank lend every row of the document alike: Công văn 9533/VPCP-CN's
        # item c) "Hoàn thiện Dự thảo Luật Đầu tư (thay thế) … lĩnh vực đường sắt", a short passage ranked first, is
        # not the task "đưa các nội dung sửa Luật Đường sắt vào dự thảo Luật Đầu tư" that item a) states); the best
        # one on a tie
        topic = intent.topic or words
        return [max(chosen, key=lambda pair: overlap(topic, _row_text(pair[1])))]
    return chosen


def _of_law_named(intent: Intent, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """Of near-equal rows for a question naming a law by its title (`Intent.laws_named`), those naming it: "… sửa Luật
    Ngân sách nhà nước cho nhiệm vụ khcn thì ai phối hợp?" is row 18 of Phụ lục II, Nghị quyết 03/NQ-CP ("Sửa đổi một
    số quy định trong Luật Ngân sách nhà nước …", Bộ Tài chính with Bộ Khoa học và Công nghệ), not row 14 ("Sửa đổi
    Luật Khoa học và Công nghệ (2013) … đầu tư từ ngân sách nhà nước …"), which shares its words but amends another
    law. All stay when none or every one names it. Read before `_named_partners`, whose converse rows (one row's
    partner the other's lead, Bộ Khoa học và Công nghệ here) are the same work seen from both sides, not two laws."""
    if len(chosen) < 2 or not intent.laws_named:
        return chosen
    laws = [folded_flat(law) for law in intent.laws_named]
    kept = [(hit, o) for hit, o in chosen
            if any(law in folded_flat(_row_text(o)) for law in laws)]
    return kept if kept and len(kept) < len(chosen) else chosen


def _said_leading(intent: Intent, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """Of near-equal rows for a question asking in so many words who leads ("Cơ quan nào chủ trì tuyên truyền Luật
    Thuế thu nhập cá nhân …?"), those whose text says their lead leads: the task opens "chủ trì" ("Cục Thuế chủ trì,
    phối hợp với Sở Tư pháp, … đẩy mạnh công tác tuyên truyền …", Chỉ thị 09/2008/CT-UBND of An Giang, 3.a), or the
    item stands under an introduction that has its lead "chủ trì" (`introduced_as_lead`: "Cục Thuế tỉnh chủ trì:" over
    "- Phối hợp với Sở Thông tin và Truyền thông để tuyên truyền …", Chỉ thị 01/2009/CT-UBND of Kon Tum, I.1); not a
    row whose subject only does a like thing ("Đài phát thanh và truyền hình tỉnh, Báo Kon Tum … có kế hoạch phổ biến
    …", "Thủ trưởng các Sở … có trách nhiệm chỉ đạo công tác … tuyên truyền"). A question naming an agency asks that
    agency's role, which other rules read."""
    if len(chosen) < 2 or intent.kind != "lead" or not intent.lead_said or intent.agency:
        return chosen
    return [(hit, o) for hit, o in chosen
            if LEADS_WORD.match(o.task.lstrip(" -–+•*.,;:)"))
            or led_by_intro(hit, o)] or chosen


def _answer_key(intent: Intent, obligation: Obligation, hit: Hit | None = None):
    """What a row answers to the slot asked: for "when", the last day its time allows ("12/2025" and "2025" are both
    due by 31/12/2025), else the slot's words."""
    if intent.kind == "deadline" and obligation.deadline and obligation.deadline.due:
        return obligation.deadline.due
    # a row that only works with the body it names is read as that body's (`worked_with`): "Các Bộ, ngành, Ủy ban nhân
    # dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng ký, quản lý …" (Nghị định 14/2016/NĐ-CP, Điều 20) answers who
    # leads as Điều 19's "Chủ trì, phối hợp các Bộ, ngành, …" under Bộ Quốc phòng does, no rival answer
    return slot_sentence(intent, worked_with(intent, obligation, hit))


def fills_slot(intent: Intent, words: set[str], obligation: Obligation) -> bool:
    """Whether the row fills the slot asked; a time only answers "when" from a row whose own cells (not its
    document's title) carry DATED_MIN of the topic: the row of the task asked, never a nearby task's time."""
    if slot_sentence(intent, obligation) is None:
        return False
    return intent.kind != "deadline" or overlap(intent.topic or words, _row_text(obligation)) >= DATED_MIN


def behind_undated(intent: Intent, words: set[str], hits: Sequence[Hit],
                   chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Whether the rows chosen to answer "when" trail, by more than RECORD_MARGIN, a row of another task that
    states no time: their time would be a nearby task's, not the one asked. A row of another document that matches
    better and states no time is enough: a like task in another document (a meeting's conclusions beside a plan's
    table) is no evidence of when the one asked is due. The same for "who takes part": rows naming partners that
    trail a row of another task whose partner cell is empty ("Xây dựng Đề án phát triển khoa học, công nghệ … phục
    vụ tự động hóa chỉ huy và hiện đại hóa quân đội | Bộ Quốc phòng | | …", Phụ lục II of Nghị quyết 03/NQ-CP) give
    another task's partners."""
    if intent.kind not in ("deadline", "partners") or not chosen:
        return False
    scored = _scored_records(intent, words, hits)
    if not scored or (scored[0][2].deadline if intent.kind == "deadline" else scored[0][2].partners):
        return False
    ours = {id(o) for _, o in chosen}
    best_ours = max((score for score, _, o in scored if id(o) in ours), default=0.0)
    elsewhere = scored[0][1].doc_id not in {hit.doc_id for hit, _ in chosen}
    return scored[0][0] - best_ours > RECORD_MARGIN or elsewhere and scored[0][0] > best_ours


def unstated_partners(intent: Intent, words: set[str], hits: Sequence[Hit],
                      chosen: Sequence[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """The row a "who takes part" question asks when its partner cell is empty and the rows naming partners trail it
    (`behind_undated`): composed, the answer says that the row names no partner and is not marked answered."""
    if intent.kind != "partners" or not behind_undated(intent, words, hits, chosen):
        return []
    _, hit, obligation = _scored_records(intent, words, hits)[0]
    return [(hit, obligation)]


PASSAGE_MARGIN = 0.25  # a passage of another document covering this much more of the topic than the row is the one asked


def behind_passage(intent: Intent, words: set[str], hits: Sequence[Hit],
                   chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Whether the rows chosen come from another document than a passage retrieved ahead of them whose sentence
    carries the topic (with its title: RECORD_STRONG of it, PASSAGE_MARGIN more than the rows with theirs): the task
    asked is written in that passage (a scanned table whose row was not read), and a row sharing some common words
    ("xây dựng", "mô hình") in another document is no answer. Not for the partners of an agency the question names:
    the sentence quoted instead names the lead or the time or the task's partners itself, where one listing an
    agency's partners seldom says whose they are."""
    if not chosen or intent.kind == "partners" and intent.agency:
        return False
    topic = intent.topic or words
    docs = {hit.doc_id for hit, _ in chosen}
    first = min(n for n, hit in enumerate(hits) if hit.doc_id in docs)
    rows = max(overlap(topic, _row_context(hit, o)) for hit, o in chosen)
    ahead = [hit for hit in hits[:first] if hit.doc_id not in docs]
    found = best_sentence(topic, ahead) if ahead else None
    if found is None:
        return False
    passage = overlap(topic, " ".join((found[3], found[0].title or "", found[0].issuer or "")))
    return passage >= max(RECORD_STRONG, rows + PASSAGE_MARGIN)


def behind_other_doer(intent: Intent, words: set[str], hits: Sequence[Hit],
                      obligations: Sequence[Obligation]) -> bool:
    """Whether the rows chosen for a question naming an agency and a task ("Ngân hàng Nhà nước chủ trì Đề án đột phá
    phát triển công nghiệp an ninh, hiện đại hóa lực lượng Công an nhân dân với thời hạn nào?") trail, by
    PASSAGE_MARGIN of the topic (and RECORD_STRONG at least), a retrieved row that names that agency nowhere: the
    task asked is that row's ("Đề án đột phá phát triển khoa học công nghệ, công nghiệp an ninh, … hiện đại hóa lực
    lượng Công an nhân dân | Bộ Công an", Phụ lục II of Nghị quyết 03/NQ-CP), and the agency's own row found (one
    of eight leads of "Hoàn thành việc triển khai các nhiệm vụ phục vụ chuyển đổi số, … Đề án 06") is another task,
    its time or cells no answer to a task the agency is not given."""
    if intent.kind not in ("deadline", "content") or not intent.agency or not obligations:
        return False
    free = _scored_records(replace(intent, agency=None), words, hits)
    if not free:
        return False
    best, _, row = free[0]
    if best < RECORD_STRONG or _role(intent.agency, row, wide=True) is not None:
        return False
    ours = {(o.task, o.lead) for o in obligations}
    theirs = max((score for score, _, o in free if (o.task, o.lead) in ours), default=0.0)
    return best - theirs > PASSAGE_MARGIN


TIMED_DEPTH = 3  # top passages whose sentences stating a time are weighed against the rows chosen to answer "when"
TIMED_SENTENCE_MARGIN = 0.15  # how much more of the topic such a sentence of the rows' own document must carry


def behind_timed(intent: Intent, words: set[str], hits: Sequence[Hit], chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Whether the rows chosen to answer "when" trail, by TIMED_SENTENCE_MARGIN of the topic (and RECORD_STRONG at
    least), a sentence of the same document's top passages that states a time: the task asked is written there but
    was not read as a row (its doer after its time: "- Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo, Ban
    Cơ yếu Chính phủ chuyển số thuế thu nhập cá nhân của các đơn vị đã nộp vào ngân sách Nhà nước.", Thông tư liên
    tịch 19/2009/TTLT-BTC-BNV), and the row found is a like task of the same article ("Hết năm, chậm nhất là ngày 30
    tháng 5 …, Ban Cơ yếu Chính phủ … nộp hết số còn phải nộp vào Ngân sách nhà nước"): the passage's clause
    answers."""
    if intent.kind != "deadline" or not chosen:
        return False
    topic = intent.topic or words
    docs = {hit.doc_id for hit, _ in chosen}
    rows = max(overlap(topic, _row_text(o)) for _, o in chosen)
    # naming the agency asked, when one is ("Còn Bộ Tài chính?" after another agency's time: the topic is that task's)
    named = (lambda s: any(_named_as(intent.agency, name) for name, _, _ in find_agencies(s))) if intent.agency \
        else (lambda s: True)
    found = best_sentence(topic, [hit for hit in hits[:TIMED_DEPTH] if hit.doc_id in docs],
                          lambda s: bool(find_deadlines(s)) and named(s))
    if found is None or any(hit.doc_id == found[0].doc_id and o.span.start < found[2] and found[1] < o.span.end
                            for hit, o in chosen):
        return False  # the best sentence is a chosen row's own: the row answers
    return overlap(topic, found[3]) >= max(RECORD_STRONG, rows + TIMED_SENTENCE_MARGIN)


UNSTATED_OWN = 0.5  # share of the topic a row's own cells must carry before its document's title may add the rest


def titled_overlap(topic: set[str], hit: Hit, obligation: Obligation) -> float:
    """The share of the topic asked that a task row carries, its document's title and its passage's lead-in lending
    the words that only place the task: a question naming the incident or subject of a whole Công điện ("Khi nào
    UBND thành phố Hà Nội phải điều tra nguyên nhân vụ cháy nhà dân ở phố Kim Hoa?") finds the row "… khẩn trương
    điều tra nguyên nhân vụ cháy …" of the Công điện titled "Về vụ cháy nhà dân tại phường Văn Miếu - Quốc Tử Giám,
    thành phố Hà Nội", whose lead-in before its first task says "… xảy ra vụ cháy nhà dân tại … phố Kim Hoa, … làm
    chết 05 người …"; the place is never said again in the row. Only when the row's own cells carry UNSTATED_OWN of
    the topic: the title never stands in for the task itself, and no other task's words are lent (the lead-in ends
    where the passage's first task row begins); nor to a row cut by its passage's end (`_runs_on`)."""
    own = overlap(topic, _row_text(obligation))
    if own < UNSTATED_OWN or _runs_on(hit, obligation):
        return own
    first = min((o.span.start for o in hit.obligations), default=obligation.span.start)
    lead_in = hit.text[:max(0, min(first, obligation.span.start) - hit.start)]
    return overlap(topic, f"{_row_text(obligation)} {hit.title or ''} {lead_in}")


def _runs_on(hit: Hit, obligation: Obligation) -> bool:
    """Whether a row runs on past its passage's end, its last words in the next passage ("… khẩn trương điều tra
    nguyên nhân vụ cháy, xử lý" | "nghiêm vi phạm (nếu có) theo quy định của pháp luật."): a time may close it there,
    and its quote shows it cut."""
    tail = " ".join(obligation.task.split()[-3:])
    start = max(obligation.span.start, hit.start) - hit.start
    return obligation.span.end >= hit.end and bool(tail) and tail not in " ".join(hit.text[start:].split())


def unstated_deadline(intent: Intent, words: set[str], hits: Sequence[Hit]) -> list[tuple[Hit, Obligation]]:
    """The task a "when" question asks, when it is clearly found and its row gives no time: the best row overall
    leaves the deadline empty, its own cells carry UNSTATED_MIN of the question's topic, it is ahead by
    RECORD_MARGIN of every row that states a time, and no sentence stating a time covers the question as well (a
    time from another task is never the answer, and a time the text does state is never said to be missing).
    Empty otherwise."""
    if intent.kind != "deadline":
        return []
    scored = _scored_records(intent, words, hits)
    if not scored or scored[0][2].deadline or scored[0][0] < RECORD_STRONG:
        return []
    row = titled_overlap(intent.topic or words, scored[0][1], scored[0][2])
    dated = [score for score, _, o in scored if o.deadline]
    if row < UNSTATED_MIN or dated and scored[0][0] - dated[0] <= RECORD_MARGIN:
        return []
    timed = best_sentence(words, hits, lambda s: bool(find_deadlines(s)))
    if timed and overlap(words, timed[3]) >= overlap(words, _row_text(scored[0][2])):
        return []
    # a time given in a "Việc <act> …" sentence after the sentence doing the act is read with that sentence
    restated = [c.context for hit in hits[:4] for c in timed_clauses(hit) if c.restated]
    if any(overlap(words, context) >= overlap(words, _row_text(scored[0][2])) for context in restated):
        return []
    chosen = best_obligation(intent, words, hits, least=RECORD_STRONG)
    if len(chosen) != 1 or chosen[0][1].deadline or item_time(chosen[0][0], chosen[0][1].span.end):
        return []  # a time closing the row's list item ("…; …, hoàn thành trong tháng 12") may be the task's own
    if TIME_CUE.search(chosen[0][1].task) or HORIZON.search(chosen[0][1].task):
        return []  # the task says a time in words not read as one ("Chậm nhất vào ngày 05 của tháng sau …", "… đến năm 2030")
    if own_day(chosen[0][1].task):
        return []  # a day of its own after a cue the scan misread ("… gửi Bộ Xây dựng trong này 10/10/2025", for "trong
        # ngày"; Công điện 190/CĐ-TTg, 6.): a time the text states is never said to be missing
    return chosen


def _same_tasks(chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """One task stated twice (in a resolution and in its appendix table) is one row: the one whose deadline is the
    more precise ("12/2025" over "2025") when the two deadlines agree."""
    kept: list[tuple[Hit, Obligation]] = []
    for hit, o in chosen:
        task = " ".join(content_words(o.task))
        twin = next((n for n, (_, k) in enumerate(kept) if " ".join(content_words(k.task)) == task
                     and k.lead == o.lead and deadlines_agree(k.deadline, o.deadline)), None)
        if twin is None:
            kept.append((hit, o))
        elif _precision(o.deadline) > _precision(kept[twin][1].deadline):
            kept[twin] = (hit, o)
    return kept


def _precision(deadline) -> int:
    """How precise a deadline is (the length of its normal form); no deadline at all is the least precise (two
    undated copies of one task, e.g. a resolution and a second copy of it, agree)."""
    return len(deadline.normalized or "") if deadline else 0


def deadlines_agree(one, other) -> bool:
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
    if ahead and (not intent.agency or intent.checks_lead
                  or _role(intent.agency, chosen[scored[0][1]][1]) == (intent.role or "lead")):
        return [chosen[scored[0][1]]]
    return chosen


def in_named_document(intent: Intent, hit: Hit) -> bool:
    """Whether the hit is from a document the question names (type, serial and year where given)."""
    number = serial(hit.doc_number)
    year = number_key(hit.doc_number)[2] if hit.doc_number else None
    year = str(year) if year else (hit.issued_on or "")[:4] or None
    return any(s == number and type_covers(kind, hit.doc_type) and (not y or not year or y == year)
               for kind, s, y in intent.documents)


def _settled(intent: Intent, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """Of near-equal rows, those in a document the question names, then those where the agency it names holds
    the role asked (the lead whose partners are asked, the agency whose deadline is asked): structure the question
    states, not word overlap. A task the question quotes is the row whose task holds those words."""
    if len(chosen) > 1 and intent.quoted:
        chosen = [(h, o) for h, o in chosen if any(_holds(o.task, phrase) for phrase in intent.quoted)] or chosen
    # the agency in the role the question gives it first: "Bộ KH&CN chủ trì chương trình tuyên truyền về Nghị quyết
    # 57; cơ quan nào phối hợp?" names the resolution as the topic, not as the document whose row (another lead's
    # "hướng dẫn tăng cường tuyên truyền các nội dung của Nghị quyết") answers
    if len(chosen) > 1 and intent.agency and intent.kind in ("lead", "partners", "deadline") and not intent.checks_lead:
        # (not for a yes-or-no check of its lead, "Bộ Tư pháp có phải là cơ quan chủ trì tiếp thu ý kiến … không?",
        # whose answer may be "no": its own row on a like task, Văn bản 9533/VPCP-CN's item 2 "Bộ Tư pháp khẩn trương
        # có ý kiến …", is no better than the row that gives the task asked to another, item 1.a)
        # none in that role: those naming the agency at all ("Sở Kế hoạch và Đầu tư chủ trì hay phối hợp việc tổ
        # chức quản lý thu thuế …?" asks of the Sở's own sentence, not of Cục Thuế's row on the same tax)
        chosen = [(h, o) for h, o in chosen if _role(intent.agency, o) == (intent.role or "lead")] or \
            [(h, o) for h, o in chosen if _role(intent.agency, o)] or chosen
    if len(chosen) > 1 and intent.documents:
        chosen = [(h, o) for h, o in chosen if in_named_document(intent, h)] or chosen
    if len(chosen) > 1 and intent.kind == "deadline" and intent.period:
        # "… mỗi quý … chậm nhất ngày nào?" of a body's quarterly and year-end rows: the row for the period asked
        chosen = [(h, o) for h, o in chosen if _for_period(o, intent.period)] or chosen
    levels = council_levels(" ".join(intent.agencies)) if intent.kind == "lead" else set()
    if len(chosen) > 1 and levels:
        # "… rà soát các văn bản của HĐND, UBND tỉnh": a task on the committees of another level ("… do HĐND và UBND
        # huyện, thị xã ban hành") is not the one asked
        chosen = [(h, o) for h, o in chosen if not council_levels(o.task) - levels
                  or council_levels(o.task) & levels] or chosen
    return _named_partners(intent, chosen)


def _for_period(obligation: Obligation, period: str) -> bool:
    """Whether the row's time comes back each `period` ("hằng quý"), or, of a year, is due in the year after the one
    it settles ("chậm nhất là ngày 30 tháng 6 của năm tiếp theo")."""
    deadline = obligation.deadline
    if deadline is None:
        return False
    if deadline.kind == "recurring" and deadline.normalized.startswith(f"hằng {period}"):
        return True
    return period == "năm" and deadline.normalized.startswith("--") and bool(_YEAR_AFTER.search(deadline.text))


_YEAR_AFTER = re.compile(r"(?<!\w)năm\s+(?:tiếp\s+theo|sau)(?!\w)", re.I)


def _named_partners(intent: Intent, chosen: list[tuple[Hit, Obligation]]) -> list[tuple[Hit, Obligation]]:
    """Of near-equal rows of one lead in one document, for "who takes part": partners written only as a group ("các
    cơ quan, đơn vị có liên quan") say less than the row that names them ("Cơ quan phối hợp: Ủy ban nhân dân các
    huyện: …"). Read before the rows' distinctive words (`_distinct`): the group row often repeats more of the
    question's words ("chủ trì, phối hợp với các cơ quan … lập Chương trình …") while naming nobody."""
    if len(chosen) > 1 and intent.kind == "partners":
        # (asked whom an agency works with, "Cục Thống kê tỉnh phối hợp với sở nào xây dựng cơ sở dữ liệu …?", its own
        # item "Phối hợp với Sở Văn hóa và Thể thao xây dựng cơ sở dữ liệu …" is the answer, not the converse dropped)
        chosen = [(h, o) for h, o in chosen if not _converse(h, o, chosen)
                  or intent.works_with and _role(intent.agency, o) == "lead"] or chosen
    if len(chosen) > 1 and intent.kind == "partners" and len({(h.doc_id, o.lead) for h, o in chosen}) == 1:
        chosen = [(h, o) for h, o in chosen if any(p[:1].isupper() for p in o.partners)] or chosen
    return chosen


def _converse(hit: Hit, row: Obligation, chosen: list[tuple[Hit, Obligation]]) -> bool:
    """Whether a row's only partners are the lead of another near-equal row of its document: the same work seen from
    the side of those who help ("Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố liên quan có trách nhiệm
    phối hợp, tham gia cùng Ủy ban nhân dân thành phố Tam Điệp …" beside "Ủy ban nhân dân thành phố Tam Điệp chủ trì,
    phối hợp với …", Quyết định 807/QĐ-UBND): its partner cell names that lead, not who works with it. A row naming
    that lead among other partners (Chỉ thị 09/2008/CT-UBND: "Cục Thuế chủ trì, phối hợp với Sở Tư pháp, …, Báo An
    Giang, …" beside "Báo An Giang, Đài Phát thanh - Truyền hình …") is the lead's own."""
    return bool(row.partners) and any(h.doc_id == hit.doc_id and o is not row and set(row.partners) <= set(o.lead)
                                      for h, o in chosen)


def _holds(text: str, phrase: str) -> bool:
    """Whether the text holds the phrase, read without case, marks, punctuation or line breaks."""
    def plain(value: str) -> str:
        return " ".join(re.findall(r"\w+", fold(value).casefold()))
    return plain(phrase) in plain(text)


def per_document(intent: Intent, chosen: Sequence[tuple[Hit, Obligation]]) -> bool:
    """Whether several rows answer a question naming several documents, one row from each (a comparison across
    documents), rather than being rival answers to one question."""
    docs = {hit.doc_id for hit, _ in chosen}
    return len(intent.documents) > 1 and len(docs) == len(chosen) and all(in_named_document(intent, h)
                                                                          for h, _ in chosen)


MISSING = {"deadline": "thời hạn", "lead": "cơ quan chủ trì", "partners": "cơ quan phối hợp"}


def time_in_words(obligation: Obligation) -> str | None:
    """The time a task's own text says in words the deadline rules do not read (`TIME_CUE`: "… vào đầu năm 2027, …",
    "Chậm nhất vào ngày 05 của tháng sau tổng hợp"), up to the clause's end: a "when" asked of that task is answered
    with these words, never with "không nêu thời hạn"."""
    said = TIME_CUE.search(obligation.task)
    if said is None:
        day = own_day(obligation.task)  # a day the task states after a cue the scan misread ("trong này 10/10/2025")
        return " ".join(day.group().split()) if day else None
    end = re.search(r"[,;.:()]|$", obligation.task[said.end():])
    return obligation.task[said.start():said.end() + end.start()].strip()


def unread_time_line(label: str, obligation: Obligation, marker: str) -> str:
    """The answer line for a task whose time is said in words (`time_in_words`)."""
    return (f"{label} không ghi thời hạn thành mục riêng cho nhiệm vụ này; nội dung nhiệm vụ nêu thời gian: "
            f"“{time_in_words(obligation)}” {marker}. {record_line(obligation)}")


def slot_sentence(intent: Intent, obligation: Obligation) -> str | None:
    """The direct answer to the slot asked, from the row's cell; None when the row leaves that cell empty."""
    if intent.kind == "deadline":
        return f"Thời hạn: {deadline_words(obligation)}" if obligation.deadline else None
    if intent.kind == "partners":
        return f"Cơ quan phối hợp: {join_names(obligation.partners)}" if obligation.partners else None
    if intent.kind == "lead":
        return f"{join_names(obligation.lead)} chủ trì nhiệm vụ này" if obligation.lead else None
    return f"{join_names(obligation.lead)} chủ trì" if obligation.lead else None


def chaired(hit: Hit, obligation: Obligation) -> Obligation:
    """The row with its lead as its sentence names it when that sentence opens with a committee's chair ("Chủ tịch
    UBND các huyện, thị xã chậm nhất đến ngày 25/10/2008 quyết định …"): the chair's task, not the committee's."""
    if not obligation.lead:
        return obligation
    at = obligation.span.start - hit.start
    opening = LIST_MARKER.match(hit.text, max(0, at)) if 0 <= at < len(hit.text) else None
    chair = opening and CHAIR_OF_COMMITTEE.match(hit.text, opening.end())
    if not chair:
        title = _chair_over(hit, at, obligation.lead[0]) if opening and not _names_subject(hit.text, opening.end()) \
            else None
        return replace(obligation, lead=(f"{title} {obligation.lead[0]}", *obligation.lead[1:])) if title else obligation
    named = find_agencies(hit.text[chair.end():chair.end() + 200])
    if not named or named[0][1] != 0 or not same_agency(named[0][0], obligation.lead[0]):
        return obligation
    title = " ".join(chair.group().split())
    return replace(obligation, lead=(f"{title} {obligation.lead[0]}", *obligation.lead[1:]))


def _names_subject(text: str, at: int) -> bool:
    """Whether the text at `at` opens with an agency's name (or its chair's): a sentence naming its own subject."""
    named = find_agencies(text[at:at + 200])
    chair = CHAIR_OF_COMMITTEE.match(text, at)
    return bool(named) and named[0][1] == (chair.end() - at if chair else 0)


def _chair_over(hit: Hit, at: int, lead: str) -> str | None:
    """The chair's title ("Chủ tịch") when a list item without a subject of its own ("(2) Hoàn thành việc chuyển
    dịch dữ liệu …") sits under an owner line naming the committee's chair ("e) Chủ tịch Ủy ban nhân dân tỉnh, thành
    phố trực thuộc trung ương", Công điện 187/CĐ-TTg): the nearest line above it in the passage, or else the
    innermost heading over the passage (the item went whole into a passage of its own), that opens with an agency's
    name decides; None when that line names another body or the committee without its chair."""
    lines = hit.text[:max(0, at)].split("\n")[::-1][1:] if at > 0 else []
    for line in [*lines, *reversed(hit.heading_path)]:
        line = line.strip()
        start = LIST_MARKER.match(line).end()
        if not _names_subject(line, start):
            continue
        chair = CHAIR_OF_COMMITTEE.match(line, start)
        named = find_agencies(line[chair.end():] if chair else "")
        if chair and named and same_agency(named[0][0], lead):
            return " ".join(chair.group().split())
        return None
    return None


def directed(obligation: Obligation) -> Obligation:
    """The row as a question on who leads reads it when its own words direct another body to lead ("1. Chủ tịch Ủy
    ban nhân dân các tỉnh, thành phố: / a) Chỉ đạo Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành khẩn
    trương rà soát …", Công điện 196/CĐ-TTg: `corpus.obligations.directed_lead`): the directed body leads, the
    partners stay; the heading's agency only directs and is not named as the lead."""
    name = directed_lead(obligation.task) if obligation.lead else None
    if name is None or any(same_agency(name, lead) for lead in obligation.lead):
        return obligation
    return replace(obligation, lead=(name,))


def worked_with(intent: Intent, obligation: Obligation, hit: Hit | None = None) -> Obligation:
    """The row as a question on the asked agency's role reads it ("Bộ Tài chính chủ trì hay phối hợp trong công tác lập
    … dự toán ngân sách?") when that agency is the subject of a row that only works with the bodies it names ("Bộ Tài
    chính có trách nhiệm phối hợp với Bộ Quốc phòng trong công tác lập và thực hiện dự toán ngân sách Nhà nước …",
    Nghị định 14/2016/NĐ-CP, Điều 20: `corpus.obligations.cooperates_only`): the bodies it works with lead, the agency
    asked takes part. A row naming no body by name ("… phối hợp với các cơ quan có liên quan hoàn thiện hồ sơ …")
    stays as it is: its subject does the work itself; so does a row whose sentence gives the work to its subject
    (`corpus.obligations.subject_leads`: "Bộ Công an phối hợp với Bộ Tài chính … phát hiện và xử lý nghiêm …"), asked
    of either body, and a list item under an introduction that has its agency "chủ trì" (`introduced_as_lead`: "Cục
    Thuế tỉnh chủ trì:" over "- Phối hợp với Sở Thông tin và Truyền thông để tuyên truyền …")."""
    if intent.kind not in ("lead", "partners") or not obligation.lead \
            or not cooperates_only(obligation.task) or subject_leads(obligation.task, obligation.lead) \
            or hit is not None and led_by_intro(hit, obligation):
        return obligation
    # who leads, asked of no agency ("Theo Nghị định 14/2016/NĐ-CP, ai chủ trì tổ chức đăng ký, quản lý công dân nữ …,
    # và ai phối hợp?", of Điều 20's "Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng ký
    # …"): the row is read the same way, its subject never given as the lead of work it only takes part in
    if intent.agency and (intent.kind == "partners" or not any(covers(intent.agency, name) or covers(name, intent.agency)
                                                              for name in obligation.lead)):
        # who takes part, asked of an agency ("X phối hợp với ai …?", "cơ quan nào phối hợp với Bộ Tài chính …?"),
        # keeps the row as its sentence reads: its subject with the bodies it names
        return obligation
    named = tuple(name for name in obligation.partners if name[:1].isupper())
    if not named:
        return obligation
    return replace(obligation, lead=named, partners=obligation.lead)


def led_by_intro(hit: Hit, obligation: Obligation) -> bool:
    """Whether a row's item stands under an introduction of the hit that has its lead "chủ trì" (`introduced_as_lead`:
    "Cục Thuế tỉnh chủ trì:" over "- Phối hợp với Sở Thông tin và Truyền thông …"), or its own line names its lead
    before a colon (`named_before_colon`: "5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương …")."""
    start = max(0, obligation.span.start - hit.start)
    return introduced_as_lead(hit.text[:start], obligation.lead) \
        or named_before_colon(hit.text[start:max(start, obligation.span.end - hit.start)], obligation.lead)


def unled(intent: Intent, obligation: Obligation, hit: Hit | None = None) -> Obligation | None:
    """The row as a question on the asked agency's role reads it when the agency is the row's subject and the row's
    item only works with bodies it does not name ("8. Sở Nông nghiệp và Phát triển nông thôn / - Phối hợp với các sở,
    ngành, địa phương thực hiện tốt các tiêu chí …", Kế hoạch 196/KH-UBND of Ninh Bình, V.8; "3. Bộ Tài chính / a) Phối
    hợp với các bộ, cơ quan ngang bộ ban hành theo bảng mã số HS …", Nghị định 259/2025/NĐ-CP, Điều 16): the agency
    takes part and the text names no lead; the agency goes to the partners, the lead is left empty. None for any other
    row (a sentence cut after its subject, "Bộ Tài chính phối hợp với các cơ quan có liên quan hoàn thiện …", has its
    subject do the work; so has an item under an introduction giving its agency "chủ trì")."""
    if intent.kind != "lead" or not intent.agency or not obligation.lead or not obligation.partners \
            or not opens_cooperating(obligation.task) or any(name[:1].isupper() for name in obligation.partners) \
            or subject_leads(obligation.task, obligation.lead) \
            or hit is not None and led_by_intro(hit, obligation):
        return None
    if not any(covers(intent.agency, name) or covers(name, intent.agency) for name in obligation.lead):
        return None
    return replace(obligation, lead=(), partners=(*obligation.lead, *obligation.partners))


def jointly(intent: Intent, obligation: Obligation, hit: Hit | None = None) -> Obligation | None:
    """The row as a question on the asked agency's role reads it when the agency is one of several bodies its own
    sentence has work together "phối hợp với" a body it names (`corpus.obligations.cooperate_jointly`: "Sở Văn hoá -
    Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế tổ chức tuyên truyền …",
    Chỉ thị 42/1998/CT-UBND): the sentence names no lead, so every body it names takes part and the lead is left
    empty; "X cùng chủ trì với …" would say what the text does not. None for any other row, and for an item under an
    introduction or its own line naming its leads ("5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp …",
    `led_by_intro`)."""
    if intent.kind != "lead" or not (intent.agency or intent.party) \
            or not cooperate_jointly(obligation.task, obligation.lead, obligation.partners) \
            or hit is not None and led_by_intro(hit, obligation):
        return None
    if not any(covers(intent.agency, name) or covers(name, intent.agency) for name in obligation.lead) \
            if intent.agency else not party_named(intent, obligation.lead):
        return None
    return replace(obligation, lead=(), partners=(*obligation.lead, *obligation.partners))


def party_named(intent: Intent, names: Sequence[str]) -> bool:
    """Whether the party a question asks about, a body no agency list knows ("Báo Quảng Bình chủ trì hay phối hợp
    …?", `intent.asked_party`), is one of the names a row gives, word for word with marks folded: the row's own
    reading of its list keeps such a body ("Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình
    tỉnh"), while the question's agency reading finds none."""
    if intent.agency or not intent.party:
        return False
    asked = folded_flat(intent.party)
    return any(folded_flat(name) == asked for name in names)


def _partner_asked(intent: Intent, obligation: Obligation) -> bool:
    """Whether the agency asked is one of the row's partners and not its lead."""
    def named(names: Sequence[str]) -> bool:
        return any(covers(intent.agency, name) or covers(name, intent.agency) for name in names)
    return bool(intent.agency) and named(obligation.partners) and not named(obligation.lead)


def _lead_shared(intent: Intent, obligation: Obligation) -> tuple[str, list[str]] | None:
    """(the asked agency as the row names it, the other leads) when a question on an agency's part ("… phối hợp
    hay …") is about one of a row's several leads; None otherwise."""
    if intent.role != "partner" or not intent.agency or len(obligation.lead) < 2:
        return None
    asked = [lead for lead in obligation.lead if covers(intent.agency, lead) or covers(lead, intent.agency)]
    return (asked[0], [lead for lead in obligation.lead if lead != asked[0]]) if len(asked) == 1 else None


# "phối hợp, hỗ trợ các địa phương", "hỗ trợ Nhân dân": an act of supporting others (group 1), and whom (group 2)
_SUPPORTS = re.compile(r"(?<!\w)((?:phối\s+hợp,?\s+)?hỗ\s+trợ)\s+((?:các\s+)?\w+(?:\s+\w+)?)", re.I)
_SUPPORT_ASKED = re.compile(r"(?<!\w)hay\s+(?:chỉ\s+)?" + _SUPPORTS.pattern[len(r"(?<!\w)"):], re.I)


def _helps_asked(question: str, task: str) -> str | None:
    """The row's words of support ("phối hợp, hỗ trợ các địa phương") where the question asks whether the agency
    leads or supports the same party ("… chủ trì hay phối hợp, hỗ trợ các địa phương …?"); None otherwise."""
    # the support asked as the other role ("… chủ trì hay phối hợp, hỗ trợ các địa phương"), never a support the task
    # asked of names ("… hay phối hợp việc chỉ đạo lực lượng … hỗ trợ Nhân dân …", Công điện 189/CĐ-TTg)
    asked = _SUPPORT_ASKED.search(question)
    if asked is None:
        return None
    for said in _SUPPORTS.finditer(task):
        if fold(said.group(2)).casefold() == fold(asked.group(2)).casefold():
            return " ".join(said.group(0).split())
    return None


# A row whose lead does one act alone and then, "phối hợp với" others, a second one: "Xây dựng chuyên mục … trên Trang
# thông tin điện tử của Sở, phối hợp với Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông … xây dựng nội dung chuyên
# mục … trên Cổng thông tin điện tử của tỉnh".
_THEN_WITH = re.compile(r",\s*(?:và\s+)?phối\s+hợp\s+với\s+", re.I)
JOINT_ACT_WORDS = 2  # the fewest words of the second act alone a question must name to ask of it


def _joint_act_asked(question: str, intent: Intent, obligation: Obligation) -> tuple[str, str] | None:
    """(the lead's own act, the act it does with others) where a lead question asks whether the row's lead leads the
    second act: the question names words of the second act only (at least `JOINT_ACT_WORDS`, the partners' names
    aside) and none of the first act only; None otherwise."""
    if intent.kind != "lead" or not question or not intent.agency or not obligation.lead \
            or not any(covers(intent.agency, lead) or covers(lead, intent.agency) for lead in obligation.lead):
        return None
    split = _THEN_WITH.search(obligation.task)
    if split is None:
        return None
    own, joint = obligation.task[:split.start()].strip(), obligation.task[split.end():].strip()
    if not opens_with_verb(own):
        # no act of its own before: "gắn với việc cấp giấy phép hành nghề cho các nhà thầu …, phối hợp với cơ quan thuế
        # để tổ chức quản lý thu thuế …" (Chỉ thị 44/2002/CT-UB of Bà Rịa - Vũng Tàu) says how the one act is done
        return None
    asked = content_words(question) - content_words(intent.agency) - content_words(" ".join(obligation.lead))
    own_words, joint_words = content_words(own), content_words(joint)
    partner_words = content_words(" ".join(obligation.partners))
    if len((asked & joint_words) - own_words - partner_words) >= JOINT_ACT_WORDS and not (asked & own_words) - joint_words:
        return own, joint
    return None


def compose_record(draft: Draft, intent: Intent, chosen: Sequence[tuple[Hit, Obligation]], question: str = "") -> bool:
    """Deadline, lead and partner questions answered from the chosen task rows; True when every row asked about
    fills the slot (False: the document found leaves it empty, which the answer says, or several rows are equally
    near and the question does not say which is meant)."""
    filled = True
    if len(chosen) > 1 and not per_document(intent, chosen):
        # near-equal rows that give different answers to a question asking one: no answer, never one picked by
        # chance; the rows are shown so the reader can say which task is meant
        what = MISSING.get(intent.kind, "nội dung")
        draft.lines.append(f"Chưa xác định được câu hỏi nói về nhiệm vụ nào: có {len(chosen)} nhiệm vụ gần với câu "
                           f"hỏi, {what} khác nhau. Hãy nêu rõ nhiệm vụ nào:")
        filled = False
    for hit, obligation in chosen:
        obligation = chaired(hit, obligation)
        if intent.works_with and (read := read_for_agency(intent, hit, obligation)).lead \
                and read.lead != obligation.lead:
            # "X phối hợp với ai …?" of an item under X's heading opening "Phối hợp với B …" ("4. Sở Khoa học và Công
            # nghệ / - Phối hợp với Sở Văn hóa và Thể thao và các cơ quan liên quan thực hiện …", Kế hoạch 196): X
            # works with B, who leads; never "X chủ trì, B phối hợp"
            marker = draft.cite_obligation(hit, read)
            draft.lines.append(f"{'- ' if len(chosen) > 1 else ''}{intent.agency} phối hợp với "
                               f"{join_names(read.lead)} (cơ quan chủ trì) ({hit_label(hit)}) {marker}. "
                               f"{record_line(read)}")
            continue
        obligation = worked_with(intent, obligation, hit)
        taking_part = unled(intent, obligation, hit) if len(chosen) == 1 else None
        if taking_part is not None:
            # "X chủ trì hay phối hợp …?" of an item under X's heading that only works with bodies it does not name:
            # X's part is the answer, and that the text names no lead is said with it
            marker = draft.cite_obligation(hit, taking_part)
            draft.lines.append(f"{intent.agency} phối hợp, không chủ trì nhiệm vụ này; văn bản không nêu cơ quan chủ "
                               f"trì ({hit_label(hit)}) {marker}. {record_line(taking_part)}")
            continue
        together = jointly(intent, obligation, hit) if taking_part is None else None
        if together is not None:
            # "X chủ trì hay chỉ phối hợp …?" of one of several bodies a sentence has work "phối hợp với" another: what
            # the sentence says, in its own words, and that it names no lead
            marker = draft.cite_obligation(hit, together)
            draft.lines.append(f"{intent.agency or intent.party} phối hợp, không chủ trì nhiệm vụ này: văn bản ghi "
                               f"{join_names(obligation.lead)} phối hợp với {join_names(obligation.partners)}, không "
                               f"nêu cơ quan chủ trì ({hit_label(hit)}) {marker}. {record_line(together)}")
            continue
        joint = _joint_act_asked(question, intent, obligation)
        if joint is not None:
            # "Sở Văn hóa và Thể thao có chủ trì việc xây dựng nội dung chuyên mục … trên Cổng thông tin điện tử của
            # tỉnh không?" of a row "Xây dựng chuyên mục … trên Trang thông tin điện tử của Sở, phối hợp với Văn phòng
            # UBND tỉnh, … xây dựng nội dung chuyên mục … trên Cổng thông tin điện tử của tỉnh" (Kế hoạch 196): the
            # agency leads the first act only; the act asked it does with others, and who leads that the row does not
            # say. The row is shown, not marked answered (another item of the plan may give that act its lead)
            filled = False
            marker = draft.cite_obligation(hit, obligation)
            draft.lines.append(f"{hit_label(hit)} giao {join_names(obligation.lead)} chủ trì: {joint[0]}; còn việc sau "
                               f"thì {join_names(obligation.lead)} phối hợp với {joint[1].rstrip('.;')}, văn bản không nêu "
                               f"ở đây cơ quan chủ trì việc này. Văn bản ghi: {record_line(obligation)} {marker}")
            continue
        if intent.kind == "partners" and not obligation.partners \
                and (by_function := partners_by_function(obligation.task, obligation.lead)) \
                and not any(fold(asked).casefold() in fold(function).casefold() for function in by_function
                            for asked in (*intent.agencies, *filter(None, [intent.agency]))):
            # the partner cell left empty where the task's own words name the body worked with by its function and
            # whose it is ("… phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi …"): that body
            # is the answer, never "không nêu cơ quan phối hợp"; not where the question names that body itself ("ai
            # phối hợp với cơ quan chức năng của Bộ NN&MT …?" asks the other side)
            obligation = replace(obligation, partners=by_function)
        marker = draft.cite_obligation(hit, obligation)
        label = hit_label(hit)
        answer = slot_sentence(intent, obligation)
        if answer and intent.kind == "lead" and _partner_asked(intent, obligation):
            # asked whether an agency the row has only working with leads ("Bộ Tài chính có chủ trì … không?"): its
            # part said first, then the lead
            answer = f"{intent.agency} phối hợp, không chủ trì nhiệm vụ này; chủ trì: {join_names(obligation.lead)}"
        elif answer and intent.kind == "lead" and _lead_shared(intent, obligation) \
                and (helped := _helps_asked(question, obligation.task)):
            # "X chủ trì hay phối hợp, hỗ trợ các địa phương …?" of a row whose leads' own act is to support them ("Bộ
            # trưởng các Bộ: Quốc phòng, Công an, … chủ động chỉ đạo, huy động các lực lượng … kịp thời phối hợp, hỗ
            # trợ các địa phương …", Công điện 188/CĐ-TTg): neither "cùng chủ trì" nor "chỉ phối hợp" is what the text
            # says; the row is shown, not marked answered
            filled = False
            draft.lines.append(f"{label} giao {join_names(obligation.lead)} {helped}; văn bản không nêu cơ quan chủ "
                               f"trì việc này. Văn bản ghi: {record_line(obligation)} {marker}")
            continue
        elif answer and intent.kind == "lead" and (shared := _lead_shared(intent, obligation)):
            # asked whether an agency that is one of the row's several leads only works with them ("Cục Tài chính -
            # Bộ Quốc phòng chỉ phối hợp hay cùng chịu trách nhiệm …?"): it leads with them, said in so many words
            answer = f"{shared[0]} cùng chủ trì (cùng chịu trách nhiệm) với {join_names(shared[1])}, không chỉ " \
                     f"phối hợp"
        elif answer and intent.kind == "lead" and len(obligation.lead) == 1 and (minister := minister_of(
                hit.text[max(0, obligation.span.start - hit.start):max(0, obligation.span.end - hit.start)],
                obligation.lead[0])):
            # the ministry read as the lead where the text charges its minister ("Bộ trưởng Bộ Tài chính hướng dẫn
            # thi hành Nghị định này"): the minister named, as written
            answer = f"{minister} chủ trì nhiệm vụ này"
        prefix = "- " if len(chosen) > 1 else ""
        later = item_time(hit, obligation.span.end) if answer is None and intent.kind == "deadline" else None
        if later and later.deadlines and later.start <= obligation.span.start:
            # the clause stating the time holds the task itself ("b) Khẩn trương hoàn thiện, trình Thủ tướng … kiện
            # toàn Ban Chỉ đạo …; hoàn thành trong tháng 10 năm 2025", Thông báo 541/TB-VPCP, 2.1): the task's own time
            timed_row = replace(obligation, deadline=later.deadlines[0])
            draft.lines.append(f"{prefix}{slot_sentence(intent, timed_row)} ({label}) "
                               f"{draft.cite(hit, later.start, later.end)}. {record_line(obligation)} {marker}")
        elif later:  # a time closing the task's list item: maybe the task's own, maybe only the last one's
            filled = False
            draft.lines.append(f"{prefix}{label} không ghi thời hạn ngay tại nhiệm vụ này; văn bản ghi: "
                               f"{record_line(obligation)} {marker}; cuối mục có thời hạn, có thể áp dụng chung cho "
                               f"cả mục: “{clean_display(later.text)}” {draft.cite(hit, later.start, later.end)}")
        elif answer is None and intent.kind == "deadline" and time_in_words(obligation):
            draft.lines.append(prefix + unread_time_line(label, obligation, marker))
        elif answer is None:
            filled = False
            draft.lines.append(f"{prefix}{label} không nêu {MISSING.get(intent.kind, 'nội dung này')} cho nhiệm vụ "
                               f"này; văn bản ghi: {record_line(obligation)} {marker}")
        else:
            draft.lines.append(f"{prefix}{answer} ({label}) {marker}. {record_line(obligation)}")
    return filled


def numbered_rows(intent: Intent, hits: Sequence[Hit], searcher: Searcher,
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


def only_row_led(intent: Intent, doc_id: str, searcher: Searcher, filters: Filters,
                 hits: Sequence[Hit]) -> list[tuple[Hit, Obligation]]:
    """The one task row the agency asked leads in a document ("Sở Nội vụ thì hạn khi nào?" of Kế hoạch 193, whose
    table gives Sở Nội vụ row 10 alone): the task a question naming the agency and no task means; none when it leads
    several (which one is meant is not said) or none."""
    led, _ = _agency_rows(intent, "lead", doc_id, searcher, filters, hits)
    return led if len(led) == 1 else []


def _agency_rows(intent: Intent, role: str, doc_id: str, searcher: Searcher, filters: Filters,
                 hits: Sequence[Hit]) -> tuple[list[tuple[Hit, Obligation]], list[tuple[Hit, Obligation]]]:
    """(rows where the agency holds the role asked, rows where it only takes part) of one document: every chunk
    of it assigning work to the agency, in the document's order (the retrieved ones when the store has none)."""
    keys = replace(filters, doc_ids=(doc_id,), agency_keys=(agency_key(intent.agency),))
    chunks = sorted((Hit.of(p, 1.0) for p in searcher.store.scroll(keys)), key=lambda h: h.start)
    seen: set[str] = set()
    listed, partner = [], []
    # with the passages found, in the document's order: a row of "UBND các huyện, thị xã" is keyed apart from
    # "Ủy ban nhân dân huyện" asked
    read = {hit.chunk_id: hit for hit in [*chunks, *(h for h in hits if h.doc_id == doc_id)]}
    for hit in sorted(read.values(), key=lambda h: h.start):
        for o in hit.obligations:
            o = read_for_agency(intent, hit, o)
            r, key = _role(intent.agency, o, wide=True), o.task.strip().casefold()
            if r is None or key in seen:
                continue
            at = max(0, o.span.start - hit.start)
            if r == "lead" and any(other_place_opens(intent.agency, lead, hit.text[hit.text.rfind("\n", 0, at) + 1:])
                                   for lead in o.lead if _named_as(intent.agency, lead, True)):
                continue  # a committee of another place, its place read where the row opens ("(ii) UBND tinh Phú Tho …")
            if recounted(_before_task(hit, o)):
                continue  # the subject line of a document cited ("… tại văn bản số 8576/VPCP-CN … về việc giao Bộ Tài
                # chính nghiên cứu …"): that document's assignment, not this one's
            seen.add(key)
            (listed if r == role else partner).append((hit, o))
    return listed, partner


def read_for_agency(intent: Intent, hit: Hit, obligation: Obligation) -> Obligation:
    """The row as the asked agency's part in it reads, whatever the question asks of that agency: an item under the
    agency's heading that opens "Phối hợp với B …" ("3. Sở Thông tin và Truyền thông / - Phối hợp với Sở Văn hóa và
    Thể thao, các sở, ngành có liên quan đẩy mạnh công tác chuyển đổi số …", Kế hoạch 196/KH-UBND of Ninh Bình) has
    B lead and the agency take part (`worked_with`), or, B naming no one (`unled`), no lead named; listed among the
    tasks the agency only takes part in, never among its own. Any other row as it is: a sentence going on "…; phối
    hợp chặt chẽ với Bộ Nông nghiệp và Môi trường … trong công tác vận hành liên hồ …" (Công điện 189/CĐ-TTg, lower
    case, `opens_cooperating`) keeps its subject's work, as the older readings have it."""
    if not opens_cooperating(obligation.task):
        return obligation  # a sentence's own "…; phối hợp chặt chẽ với B trong công tác …" is left as the row reads
    asked = intent if intent.kind == "lead" else replace(intent, kind="lead")
    return unled(asked, obligation, hit) or worked_with(asked, obligation, hit)


def _before_task(hit: Hit, o: Obligation) -> str:
    """The words before a row's task in its passage, the row's own opening included ("Thực hiện chỉ đạo … tại văn bản
    số 8576/VPCP-CN … về việc giao Bộ Tài chính" before "nghiên cứu điều chỉnh …"), whitespace joined."""
    at = max(0, o.span.start - hit.start)
    text = " ".join(hit.text[max(0, at - 200):max(at, o.span.end - hit.start)].split())
    cut = text.find(" ".join(o.task.split())[:30], len(" ".join(hit.text[max(0, at - 200):at].split())))
    return text[:cut] if cut >= 0 else " ".join(hit.text[max(0, at - 200):at].split())


def _due_in(obligation: Obligation, period: tuple[int, int | None]) -> bool:
    """Whether a row's time falls in a year (or a month of it): its last day there ("12/2025", "Quý II/2025", "2025")."""
    due = obligation.deadline.due if obligation.deadline else None
    return due is not None and due.year == period[0] and (period[1] is None or due.month == period[1])


def compose_agency_tasks(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters,
                         titled: frozenset[str] = frozenset(), question: str = "") -> bool:
    """The tasks the agency leads (or, asked about its part, takes part in), document by document: the documents
    of the best passages naming it in a row, each with all its rows for the agency (the rows closest to the
    question's topic when there are many), then apart the rows it only takes part in ("phối hợp"): never given as
    its own. `titled`: the documents found carrying a title the question names them by (`intent.named_titles`),
    each kept."""
    role = intent.role or "lead"
    docs = list(dict.fromkeys(hit.doc_id for hit in draft.hits for o in hit.obligations
                              if _role(intent.agency, o, wide=True) is not None))[:DOCS_LISTED]
    found = _topic_documents(intent, draft.hits, [
        (doc_id, *_agency_rows(intent, role, doc_id, searcher, filters, draft.hits)) for doc_id in docs], titled)
    own = [(doc_id, listed) for doc_id, listed, _ in found if listed]
    period = picked_period(question) if question else None
    if period and own:
        # "Những nhiệm vụ nào Bộ X chủ trì … có thời hạn trong năm 2025?": the rows due in that period, when some are
        # (a recurring time, or none, is no time in it)
        due = [(doc_id, [(hit, o) for hit, o in listed if _due_in(o, period)]) for doc_id, listed in own]
        due = [(doc_id, listed) for doc_id, listed in due if listed]
        own = due or own
        period = period if due else None
    taken_part = _task_named_taken_part(intent, own, found) if role == "lead" and not period \
        and _PART_IN_TASK.search(question) else None
    if taken_part is not None:
        # "Bộ Công an có trách nhiệm gì trong việc hoàn thiện, đưa vào khai thác sử dụng 114 Cơ sở dữ liệu quốc gia …?":
        # the task named is a row the agency only takes part in (Phụ lục II of Nghị quyết 03/NQ-CP, row 70), far nearer
        # than any it leads: its part in that task is the answer, never the list of tasks it leads
        hit, row = taken_part
        draft.lines.append(f"{intent.agency} phối hợp, không chủ trì nhiệm vụ này; chủ trì: {join_names(row.lead)} "
                           f"({hit_label(hit)}) {draft.cite_obligation(hit, row)}. {record_line(row)}")
        return True
    partner_only: list = []
    if not own and role == "lead":
        partner_only = [(doc_id, rows) for doc_id, _, rows in found if rows]
        if not partner_only or _heads_a_line(intent.agency, [h for h in draft.hits if h.doc_id in dict(partner_only)]):
            # (a passage opening a line or item with the agency may give it work no row was read from: "that it leads
            # nothing" would be a guess, the passages are quoted instead)
            return False
        count = sum(len(rows) for _, rows in partner_only)
        draft.lines.append(f"Trong các văn bản tìm thấy, {intent.agency} không được giao chủ trì nhiệm vụ nào; "
                           f"{intent.agency} là cơ quan phối hợp trong {count} nhiệm vụ:")
        own = partner_only
    elif not own:
        return False
    elif intent.topic and all(EXECUTES_DOCUMENT.fullmatch(o.task) and not overlap(intent.topic, o.task)
                              for _, rows in own for _, o in rows):
        # asked of a topic ("… nhiệm vụ gì về hoàn thuế thu nhập cá nhân?"), the agency's only rows make it answer for
        # carrying the document out: no task of that topic, which is said (and not given as an answer)
        hit, row = own[0][1][0]
        draft.lines.append(f"{hit_label(hit)} chỉ giao {intent.agency} trách nhiệm thi hành văn bản "
                           f"({record_line(row)}) {draft.cite_obligation(hit, row)}; văn bản không nêu nhiệm vụ nào "
                           f"của {intent.agency} về nội dung được hỏi.")
        return False
    else:
        doing = "chủ trì" if role == "lead" else "phối hợp thực hiện"
        count = sum(len(rows) for _, rows in own)
        where = "trong các văn bản tìm thấy" if len(own) > 1 else f"theo {hit_label(own[0][1][0][0])}"
        first = own[0][1][0][0]
        if len(own) == 1 and first.title and any(_ABOVE.search(o.task) for _, o in own[0][1]):
            # a task that names its subject only as "… của Bộ Quốc phòng tại Văn bản trên" (Công văn 706/UBND-VP7):
            # the letter's subject line says what it is about ("V/v tuyển chọn và gọi công dân nhập ngũ năm 2025")
            where += f" (về việc {first.title})"
        within = "" if not period else f" có thời hạn trong năm {period[0]}" if period[1] is None \
            else f" có thời hạn trong tháng {period[1]}/{period[0]}"
        draft.lines.append(f"{intent.agency} {doing} {count} nhiệm vụ{within} {where}:")
    _list_rows(draft, intent, own, max(AGENCY_TASKS_LISTED // len(own), 3))
    if period:
        return True  # the tasks due in the period asked: those it only takes part in are not asked
    if role == "lead" and own is not partner_only and not intent.lead_said:
        # the tasks it only takes part in, in the same documents (unless only those it leads are asked): said apart,
        # never given as its own
        # a document giving it no task of its own but a part in another's ("Giao UBND thành phố Hà Nội phối hợp chặt chẽ
        # với Bộ Công an chỉ đạo …" beside a document it leads in) is listed there too, never left out of the answer
        taking_part = [(doc_id, rows) for doc_id, _, rows in found if rows]
        if taking_part:
            count = sum(len(rows) for _, rows in taking_part)
            draft.lines.append(f"Ngoài ra, {intent.agency} là cơ quan phối hợp trong {count} nhiệm vụ:")
            # a document not listed above is named, never read as the one above
            _list_rows(draft, intent, taking_part, max(PARTNER_TASKS_LISTED // len(taking_part), 1),
                       labelled=any(doc_id not in dict(own) for doc_id, _ in taking_part))
    return True


# The agency's part in a task the question names after it: "X có trách nhiệm gì / làm gì / có nhiệm vụ gì trong việc
# <task>?" (not "giao X việc gì về <topic>?", which asks its own tasks on that topic: "Còn Bộ Tài chính?" after Bộ Xây
# dựng's task on the Trung tâm giao dịch bất động sản, Công điện 190/CĐ-TTg, is Bộ Tài chính's own report on it)
_PART_IN_TASK = re.compile(r"\b(?:trách nhiệm|nhiệm vụ|làm)\s+gì\s+trong\s+(?:việc|nhiệm vụ|công tác|đề án)\b", re.I)
TASK_NAMED = 0.9  # share of the question's topic a row the agency only takes part in must carry to be the task asked
TASK_NAMED_MARGIN = 0.25  # by how much more than any row the agency leads


def _task_named_taken_part(intent: Intent, own: list, found: list) -> tuple[Hit, Obligation] | None:
    """The row the agency only takes part in that a question on its tasks names ("X có trách nhiệm gì trong việc
    <task>?"): one carrying TASK_NAMED of the topic, TASK_NAMED_MARGIN more than every row the agency leads, with a
    lead of its own; None otherwise (the agency's tasks are listed)."""
    if not intent.topic or intent.lead_said:
        return None
    taking_part = [(hit, o) for _, _, rows in found for hit, o in rows if o.lead]
    if not taking_part:
        return None
    score = lambda o: overlap(intent.topic, _row_text(o))  # noqa: E731
    hit, row = max(taking_part, key=lambda pair: score(pair[1]))
    best_own = max((score(o) for _, rows in own for _, o in rows), default=0.0)
    return (hit, row) if score(row) >= TASK_NAMED and score(row) - best_own >= TASK_NAMED_MARGIN else None


# A task naming the document it carries out only as the one cited above: "… tại Văn bản trên", "văn bản nêu trên".
_ABOVE = re.compile(r"(?i)\b(?:văn bản|công văn|hướng dẫn|kế hoạch|chỉ thị|quyết định)\s+(?:nêu trên|nói trên|trên)\b")


# A sentence the agency (or its head, "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai") opens inside a paragraph: "…, không để bị
# động, bất ngờ. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiêm tra, chỉ đạo cơ quan chức năng …" (Công điện 186/CĐ-TTg, 3.).
_OPENS_SENTENCE = re.compile(r"[.;!]\s+(?:(?:Phó\s+)?(?:Chủ\s+tịch|Bộ\s+trưởng|Thủ\s+trưởng|Giám\s+đốc|Thống\s+đốc|"
                             r"Trưởng\s+ban|Cục\s+trưởng|Chánh\s+Văn\s+phòng)\s+)?$")


def _heads_a_line(agency: str, hits: Sequence[Hit]) -> bool:
    """Whether a passage names the agency at the head of a line or list item, as the subject of what follows ("4.
    Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa học và Công nghệ) có trách nhiệm là đầu mối …"), or opening a
    sentence inside a paragraph (`_OPENS_SENTENCE`)."""
    for hit in hits:
        for name, start, _ in find_agencies(hit.text):
            line = hit.text.rfind("\n", 0, start) + 1
            if (LIST_MARKER.fullmatch(hit.text, line, start)
                    or _OPENS_SENTENCE.search(hit.text, max(0, start - 40), start)) and _named_as(agency, name):
                return True
    return any(_misread_head(agency, line) for hit in hits for line in hit.text.splitlines())


# A list item opening with a ministry (or its minister) whose name OCR damaged: "2. Bộ trưởng Bộ] Néng: ngiiệp và Môi
# trường tổ chức theo dõi, dự báo …" (Công điện 189/CĐ-TTg), read by no agency list.
_MINISTRY_HEAD = re.compile(r"(?:Bộ\s+trưởng\s+)?Bộ\W*\s+(.{4,60})")
MISREAD_SHARE = 0.6  # of the asked name's words (folded, "Bộ" aside) an unread head must hold to be that ministry


def _misread_head(agency: str, line: str) -> bool:
    """Whether a list item opens with a ministry the agency list cannot read whose words, folded, are mostly the asked
    ministry's (`MISREAD_SHARE`), the last one among them: the asked ministry's own item, its name damaged by OCR."""
    marker = LIST_MARKER.match(line)
    head = _MINISTRY_HEAD.match(line, marker.end()) if marker and marker.end() else None
    if head is None or not agency.startswith("Bộ ") or find_agencies(line[marker.end():marker.end() + 80]):
        return False
    asked = [fold(w).casefold() for w in re.findall(r"\w+", agency)[1:]]
    said = {fold(w).casefold() for w in re.findall(r"\w+", head.group(1))}
    return bool(asked) and asked[-1] in said and sum(w in said for w in asked) >= MISREAD_SHARE * len(asked)


def _list_rows(draft: Draft, intent: Intent, found: list[tuple[str, list[tuple[Hit, Obligation]]]], share: int,
               labelled: bool = False) -> None:
    """Rows document by document, each cited: all of them up to `share` a document, else the ones nearest the topic
    (kept in the document's order), with the document's count (and its name: always when `labelled`)."""
    for _, rows in found:
        shown = rows
        if len(rows) > share:  # the rows nearest the topic, kept in the document's order
            best = sorted(range(len(rows)), key=lambda i: -overlap(intent.topic, rows[i][1].task))[:share]
            shown = [rows[i] for i in sorted(best)]
        if labelled or len(found) > 1 or len(rows) > len(shown):
            more = f", liệt kê {len(shown)}" if len(rows) > len(shown) else ""
            draft.lines.append(f"{hit_label(rows[0][0])} ({len(rows)} nhiệm vụ{more}):")
        for hit, obligation in shown:
            draft.lines.append(f"- {record_line(obligation)} {draft.cite_obligation(hit, obligation)}")


def _topic_documents(intent: Intent, hits: Sequence[Hit], found: list[tuple[str, list, list]],
                     titled: frozenset[str] = frozenset()) -> list:
    """The documents whose type the question names ("trong chỉ thị về …"), and of those the ones whose title and
    rows for the agency carry the question's topic ("… về quản lý ngành than"): a topic word that every candidate
    document has weighs little, one only a few have weighs much; a document well below the best one on those words
    is left out, the others kept in retrieval order."""
    if len(found) < 2:
        return found
    types = {hit.doc_id: hit.doc_type for hit in hits}
    # a document the question names by number is named whatever word it is named by ("Văn bản 9533/VPCP-CN và
    # Thông báo 537/TB-VPCP …": the Công văn with the Thông báo)
    numbered = {hit.doc_id for hit in hits if in_named_document(intent, hit)}
    typed = [entry for entry in found if types.get(entry[0]) in intent.types_named or entry[0] in numbered]
    found = typed or found  # "trong chỉ thị về …": the documents of the type named, when there are some
    if len(intent.documents) > 1 and intent.types_named and not intent.document_acted_on \
            and set(intent.types_named) <= {kind for kind, _, _ in intent.documents}:
        # every document asked is named by number ("… trong Công điện 187/CĐ-TTg và trong Văn bản 9533/VPCP-CN?"):
        # another whose number is read (Công điện 188, 189) is not asked; one whose number could not be read may be
        # (a document described beside a number, "chương trình hành động thực hiện NQ 57", is asked as well)
        numbers = {hit.doc_id: hit.doc_number for hit in hits}
        found = [entry for entry in found if entry[0] in numbered or not numbers.get(entry[0])] or found
    issued = {hit.doc_id: hit.issued_on or "" for hit in hits}
    dated = [entry for entry in found if any(issued.get(entry[0], "").endswith(f"-{month:02d}-{day:02d}")
                                             for day, month in intent.dates)]
    found = dated or found  # "Công điện … ngày 4/10": the documents issued on the day named, when there are some
    if intent.document_acted_on:
        # "… được giao những việc gì để thực hiện Chỉ thị 30 …": the documents whose title says they carry out the
        # document named ("Triển khai thực hiện Chỉ thị số 30/CT-TTg …"), when there are some
        acted_on = {(kind, serial) for kind, serial, _ in intent.documents}
        titles = {hit.doc_id: hit.title or "" for hit in hits}
        acting = [entry for entry in found
                  if acted_on & {(kind, serial) for kind, serial, _ in named_documents(titles.get(entry[0], ""))}]
        found = acting or found
    if len(found) < 2 or not intent.topic:
        return found
    titles = {hit.doc_id: " ".join((hit.title or "", hit.issuer or "")) for hit in hits}
    # documents the question names, one of them by its title ("… trong Quyết định đưa Trung tâm dữ liệu quốc gia số 1
    # vào Danh mục … và trong Công điện 195/CĐ-TTg?"): each is asked, whatever the other's title shares with the
    # question's topic words, which are here the titles themselves
    named = numbered | titled
    if named - numbered and len(asked := [entry for entry in found if entry[0] in named]) > 1:
        return asked
    words = [content_words(" ".join((titles.get(doc_id, ""), *(_row_text(o) for _, o in (*listed, *partner)))))
             for doc_id, listed, partner in found]
    weight = {w: 1.0 / max(1, sum(w in doc for doc in words)) for w in intent.topic if any(w in doc for doc in words)}
    total = sum(weight.values())
    if not total:
        return found
    scores = [sum(weight[w] for w in weight if w in doc) / total for doc in words]
    best = max(scores)
    return [entry for entry, score in zip(found, scores) if best - score <= DOC_MARGIN]
