"""Answers quoted from passages: content and comparison questions, and the fallback for the others, where a
"when" question is only answered by a sentence stating a time and a "who" question by one naming an agency."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from assistant.draft import (DATED_MIN, LIST_ITEM, MARK_NUMBER, SENTENCE_MIN, Draft, best_sentence, hit_label,
                             hit_sentences, joined_hits, overlap,
                             quote_line)
from assistant.intent import (ACT_ASKED, LEANED, HOLDER_ASKED, HOLDER_OFFICES, holder_said, CHAIR_ASKED, CHAIRED, CITED_NUMBER, DEADLINE, EVENT_DATE, MEETING, OFFICE_ASKED, Intent, asked_years,
                              classify, clauses, content_words, defined_term, defines, described_titles, named_documents, office_holders, passage_words,
                              relation_asked, source_words, topic_words,
                              without_agencies, without_source_lead)
from assistant.parts import EVENT, asked_events, names_stated, other_recurrence, periods_stated, proper_names, report_periods
from assistant.timed import TAIL_VERBS, compose_timed, item_between, plan_time
from corpus.agencies import GENERIC_BODIES, find_agencies, find_places, same_agency, same_group
from corpus.deadlines import SINCE, SINCE_EVENT, SPAN, TIME_CUE, counted_from, counted_from_at, find_deadlines, parse_deadline
from corpus.display import vn_date
from corpus.obligations import ASSIGNS_NEXT, LEADER_TITLE, OPENING, PARTNERSHIP, states_action
from corpus.relations import is_legal_basis, is_proposal, states_relation
from corpus.structure import attachment_line
from corpus.headers import names_person
from corpus.text import clean_display, fix_tone_placement, normalize
from corpus.vn import (ENACTING_AFTER, ENACTING_ASKED, HONORIFICS, NUMBER_IN_WORDS, folded_flat, CITED_TYPES, REPORTED_TO, states_own_date, BINDS_TO_EXECUTE, cites_numbered, DAY_ASKED, DESTINATION_ASKED, DOCUMENT_WORDS, SCOPE_ASKED, SCOPE_SAID, DUTIES_TITLE, EXECUTION_ASKED, DUTY_ASKED, DUTY_INTRO, DUTY_STATED, EXECUTES_DOCUMENT, LENGTH, TASKS_ASKED, GIVEN_TASKS,
                       TIME_IN_WORDS, TOGETHER, fold, mentions_number, names_day, role_label, sent_to, serial, states_date,
                       type_covers, without_thresholds)
from index.records import Hit

_ROLE_WORDS = re.compile(r"\b(?:chủ trì|giao|trách nhiệm|phối hợp|đầu mối|thực hiện)\b", re.I)


# "trong bao lâu", "có hiệu lực bao lâu": a length of time is asked, which only a sentence stating one answers; so
# is a count of days bounded by a limit word ("công khai đề án trước ngày thi tối thiểu bao nhiêu ngày?", "trong
# mấy tháng"), never "ngày bao nhiêu" (a date) nor "thời hạn bao nhiêu ngày" alone.
# So is a count of years or months an act lasts ("được miễn thuế bao nhiêu năm, kể từ khi nào?"), not "thời hạn bao
# nhiêu tháng" (a time limit, read as "when").
DURATION_ASKED = re.compile(r"\bbao lâu\b|\b(?:tối thiểu|ít nhất|tối đa|trước|trong)\s+(?:là\s+)?(?:bao nhiêu|mấy)\s+"
                            r"(?:ngày|tháng|năm|tuần|giờ)\b|(?<!thời hạn )\b(?:bao nhiêu|mấy)\s+(?:năm|tháng)\b(?!\s+\d)",
                            re.I)
# "… được tính từ khi nào?", "kể từ thời điểm nào?", "từ bao giờ?": where a period starts, which the event it is
# counted from answers (`corpus.deadlines.SINCE`: "… kể từ khi có thu nhập chịu thuế").
SINCE_ASKED = re.compile(r"\b(?:kể|tính)?\s*từ\s+(?:khi nào|bao giờ|thời điểm nào|lúc nào)", re.I)
# "… phải đăng ký thuế … trong thời hạn nào?", "… khi nào?": the time limit of an act, which a length counted from an
# event states ("trong phạm vi 20 ngày làm việc kể từ khi ký hợp đồng"); not "thời hạn kinh doanh … phải từ bao nhiêu
# ngày" (a threshold the period must reach, Thông tư 134/2008/TT-BTC).
LIMIT_ASKED = re.compile(r"\bthời hạn\s+(?:nào|bao lâu)|\bkhi nào\b|\bbao giờ\b|\bchậm nhất\b", re.I)
# "… bao lâu một lần?", "họp mấy lần một năm?": how often, which a recurrence answers ("định kỳ hàng quý", "ít nhất
# 01 lần/năm").
# ("gấp bao nhiêu lần", "tăng mấy lần" ask a ratio).
HOW_OFTEN = re.compile(r"\bbao lâu (?:một|1) lần\b|(?<!gấp )(?<!tăng )\b(?:mấy|bao nhiêu) lần\b", re.I)
# "… lập tờ khai số thuế đã khấu trừ theo định kỳ nào?", "khai thuế theo kỳ nào?": the recurrence bound to the act
# asked, read as a time is (`timed.compose_timed`), so that a ";" clause carrying it ("…; hàng tháng vẫn phải lập tờ
# khai số thuế đã khấu trừ …", Thông tư 27/2009/TT-BTC) is read with the clause before it that names the act.
PERIOD_ASKED = re.compile(r"\b(?:theo\s+)?(?:định\s+)?kỳ\s+nào\b", re.I)
# "Đơn vị liên kết tổ chức thi có được cấp chứng chỉ không?": whether something is allowed, which only a sentence
# saying it is or is not allowed ("… (không) được cấp chứng chỉ") answers; the first two syllables of the act asked.
PERMISSION_ASKED = re.compile(r"\bcó được\s+(?P<act>[^\W\d_]+(?:\s+[^\W\d_]+)?)[^?]*?\s+(?:hay\s+)?không\s*\??\s*$", re.I)


# A ministry as the body a member comes from ("Bộ Tư pháp"), and a roster line: "- Bà …", "- Ông …", "- Đồng chí …"
_MINISTRY = re.compile(r"Bộ\s+[A-ZĐ]")
_ROSTER_LINE = re.compile(rf"^[-–+•]?\s*{HONORIFICS}\b")

def _permits(act: str) -> Callable[[str], bool]:
    """Whether a sentence says the act asked is (or is not) allowed: "được <act>" in it."""
    said = re.compile(r"\bđược\s+" + r"\s+".join(map(re.escape, act.split())) + r"\b", re.I)
    return lambda s: bool(said.search(s))


# ("01 lần/năm"; or every so many periods, said "<N> <kỳ> một lần": "kiểm toán toàn bộ hoạt động … tối thiểu hai năm
# một lần", Thông tư 99/2020/TT-BTC, Điều 5, which no recurrence reading reads as "hằng năm" would be)
_TIMES_PER = re.compile(r"\d+\s*lần\s*(?:/|một|mỗi|trong)\s*(?:năm|quý|tháng|tuần|ngày)\b|(?<!\w)(?:\d+|"
                        + NUMBER_IN_WORDS + r")\s+(?:năm|quý|tháng|tuần|ngày)\s+(?:một|1)\s+lần(?!\w)", re.I)
# "ban hành kèm theo quyết định nào?", "được quy định tại văn bản nào?": the document itself is asked, which its
# number and date name.
WHICH_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_WORDS})\s+(?:nào|số mấy|số bao nhiêu)\b", re.I)
# A question that asks for several things of a kind ("những phiên họp nào", "mỗi loại giấy phép"): a second sentence
# like the first is a second item of the answer, not a repetition.
LIST_ASKED = re.compile(r"\b(?:mỗi|từng)\b|\bnhững\b.*\b(?:nào|gì)\b", re.I)


# the whole country, marks folded: "cả nước", "toàn quốc", OCR "ca nuoc"
_NATIONWIDE = re.compile(r"\b(?:ca nuoc|toan quoc)\b")


# A document's own entry into force or application: "Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký",
# "Quyết định này được áp dụng để tính thuế … năm 2000".
OWN_EFFECT = re.compile(rf"(?<!\w)(?:{DOCUMENT_WORDS})\s+này\s+(?:có\s+hiệu\s+lực|(?:được\s+)?áp\s+dụng)(?!\w)", re.I)
_EFFECT_ASKED = re.compile(r"(?<!\w)(?:hiệu\s+lực|áp\s+dụng)(?!\w)", re.I)


def compose_passages(draft: Draft, intent: Intent, words: set[str], question: str = "") -> bool:
    """Content and comparison questions, and the fallback: the best sentences, quoted. A "when" question is only
    answered with a sentence that states a time, a "who" question with one naming an agency (in the role asked);
    False when no sentence does, and the answer says what the best passage does say. A question asking a time has
    each day its quotes write in words given as a date too: "… nhưng không quá ngày 31 tháng 12 năm 2025."
    (Quyết định 2216/QĐ-TTg, Điều 1) → "(tức 31/12/2025)"."""
    first = len(draft.lines)
    answered = _compose_passages(draft, intent, words, question)
    if answered and intent.kind in ("content", "deadline") and DEADLINE.search(question):
        draft.lines[first:] = [line + _days_in_words(line) for line in draft.lines[first:]]
    return answered


_QUOTED = re.compile(r"“([^”]*)”")
_WORDS_DAY = re.compile(r"tháng\s+\d{1,2}\s*,?\s+năm\s+(?:19|20)\d\d")


def _days_in_words(line: str) -> str:
    """" (tức 31/12/2025)" for the days with a year that a quoted line writes in words ("ngày 31 tháng 12 năm
    2025"), each once; "" when it writes none."""
    days = [vn_date(d.due) for quoted in _QUOTED.findall(line) for d in find_deadlines(quoted)
            if d.kind == "date" and d.due and _WORDS_DAY.search(d.text)]
    days = [day for day in dict.fromkeys(days) if day not in line]
    return f" (tức {', '.join(days)})" if days else ""


def _compose_passages(draft: Draft, intent: Intent, words: set[str], question: str = "") -> bool:
    if intent.kind == "compare":
        seen: set[str] = set()
        for hit in draft.hits:
            if hit.doc_id not in seen and len(seen) < 3:
                seen.add(hit.doc_id)
                found = best_sentence(words, [hit])
                if found:
                    quote_line(draft, found, "-")
        return bool(draft.lines) and _compares_all(question, draft)
    # "phải áp dụng trong bao lâu": a length of time answers it, not a date
    duration = bool(DURATION_ASKED.search(question))
    # "báo cáo 6 tháng", "báo cáo năm": only the clause or item on that report answers, never a sibling's time
    periods = report_periods(question)
    if intent.kind == "deadline" and not duration:
        # the time of the clause that holds the task asked (and is the agency's, when one is named): never another
        # clause's date, nor another agency's time
        # a question asking when a report or review is due ("… báo cáo tình hình thực hiện chỉ thị chậm nhất ngày
        # nào?", `parts.EVENT`) is answered only by a clause about that report: another task's time ("… chậm nhất
        # đến ngày 25/10/2008 quyết định thành lập ban chỉ đạo …") is not the report's
        events = asked_events(question)
        act = carries_act(question)
        # a day asked ("… chậm nhất đến ngày nào?"): a clause whose only time is a bare recurrence ("số thuế … hàng quý
        # năm 2009") names none, and the clause naming the day is the answer
        # naming it, where one fits, before any other; only then another time (a quarter may be all a plan gives)
        day = bool(DAY_ASKED.search(question))
        least = SENTENCE_MIN if intent.agency else DATED_MIN
        # the document's own entry into force ("Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký và được áp
        # dụng từ kỳ khai thuế … quý I/2009", Thông tư 12/2009/TT-BTC, Điều 5) times no act the question asks, unless
        # it asks when something takes effect or applies
        effect_asked = bool(_EFFECT_ASKED.search(question))
        fits = lambda c: not is_legal_basis(c.context) \
            and events <= set(EVENT.findall(f"{c.context} {c.text}".lower())) and act(c.context) \
            and periods <= periods_stated(f"{c.context} {c.text}") \
            and not other_recurrence(question, f"{c.context} {c.text}") \
            and (effect_asked or not OWN_EFFECT.search(c.context))
        bare = lambda c: day and not names_day(c.text) and all(d.kind == "recurring" for d in c.deadlines)
        return day and compose_timed(draft, words, intent.agency, question, least,
                                     lambda c: fits(c) and names_day(c.text)) \
            or not draft.lines and compose_timed(draft, words, intent.agency, question, least,
                                                 lambda c: fits(c) and not bare(c)) \
            or not draft.lines and (compose_span(draft, words, question) or compose_untimed(draft, words, question))
    labelled = None  # the label line of the role asked, where a passage found holds one (`vn.role_label`)
    other = None  # the other part of a two-part question, where its sentence may be quoted after the first
    if intent.kind == "deadline":
        act = carries_act(question, head=False)
        want = lambda s: bool(LENGTH.search(s)) and act(s) and periods <= periods_stated(s)
    elif intent.kind == "lead":
        # a sentence that names who leads: never one that names agencies only as those reported to or helped, nor
        # the document's enacting formula, unless who guides or lays down is what is asked (`vn.ENACTING_AFTER`)
        skip_enacting = not ENACTING_ASKED.search(question)
        want = lambda s: names_lead(s) and not (skip_enacting and _enacts(s))
        if intent.owner:  # a unit of the agency named ("đơn vị nào của Bộ Y tế …"): one it names, not itself
            want = lambda s: lead_named(s, (intent.owner,)) is not None and _names_agency(intent.owner, s)
        if OFFICE_ASKED.search(question):  # "Phó Thủ tướng nào theo dõi …?": the office followed by its holder
            want = _office_holder(question)
        elif EXECUTION_ASKED.search(question):  # "Ai chịu trách nhiệm thi hành …?": the closing clause, read first
            labelled = BINDS_TO_EXECUTE
            # (its subjects are often titles no agency list knows: "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, …")
            want = lambda s: any(bound.start() > 0 for bound in BINDS_TO_EXECUTE.finditer(s))
        elif (label := role_label(question)) is not None and any(label.search(hit.text) for hit in draft.hits):
            # "Cơ quan nào thẩm định?": "Cơ quan thẩm định: Sở Xây dựng.", where a passage found holds that label
            labelled = label
            want = lambda s: bool(labelled.search(s)) and names_lead(s)
        elif CHAIR_ASKED.search(question):  # who chaired the meeting itself: only a sentence naming its chair
            want = lambda s: bool(CHAIRED.search(s))
        elif MEETING.search(question):  # who chaired the meeting asked: the sentence saying so names the chair
            want = lambda s: names_lead(s) or bool(CHAIRED.search(s))
    elif intent.kind == "partners":
        # a named agency, not a bare group word ("cơ quan đầu mối", "các đơn vị"), in a sentence that says agencies
        # work together ("phối hợp với Bộ Xây dựng, Bộ Tài chính"): one saying only who does something names no partner
        want = lambda s: any(name[:1].isupper() for name, _, _ in find_agencies(s)) and bool(_ROLE_WORDS.search(s)) \
            and bool(TOGETHER.search(normalize(s)))
        if intent.kind == "partners" and intent.agency and intent.role == "lead":
            # the partners of the agency named: a sentence where it is itself named only after "phối hợp" ("Các
            # Bộ phối hợp với Bộ Tài chính …") gives it as a partner, never the answer
            any_named = want
            want = lambda s: any_named(s) and (not _names_agency(intent.agency, s) or _leads_in(intent.agency, s, "lead"))
    elif intent.kind == "agency_tasks" and intent.agency:
        want = lambda s: _leads_in(intent.agency, s, intent.role or "lead") and _states_task(s)
    elif event := EVENT_DATE.search(question):
        # the day an event takes place: a sentence reporting that event ("… diễn ra chiều 4/3/2025 …") with its date
        want = lambda s: event.group(1).casefold() in s.casefold() and states_date(s)
    elif OFFICE_ASKED.search(question):
        # the office asked, followed by the holder's name ("Phó Thủ tướng Chính phủ Bùi Thanh Sơn")
        want = _office_holder(question)
    elif intent.kind == "content" and (holder := HOLDER_ASKED.search(question)):
        # who holds an office of a body ("Trưởng Ban Chỉ đạo … là ai?"): a sentence saying so, not the one setting the
        # body up ("Thành lập Ban Chỉ đạo …", which `precision.holder_unnamed` declines); each office asked ("Ai làm
        # Chủ tịch và Thư ký …?")
        holding = [holder_said(office) for office in dict.fromkeys(
            m.group(0) for m in re.finditer(HOLDER_OFFICES, question[holder.start():], re.I))]
        want = lambda s: any(pattern.search(s) for pattern in holding)
        if intent.agency and _MINISTRY.match(intent.agency):
            # the member a ministry sends ("Ai là Ủy viên thuộc Bộ Tư pháp …?"): a roster line naming a person of that
            # ministry ("- Bà Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp;" under "3. Các Ủy viên:", Quyết định
            # 2219/QĐ-TTg), the office being the list's label, not said on the line
            said_of = want
            want = lambda s: said_of(s) or (names_person(s) and _names_agency(intent.agency, s)
                                            and bool(_ROSTER_LINE.match(s.strip())))
        other = _other_part(question, holder.start())
    elif intent.kind == "content" and (cited := CITED_NUMBER.search(question)):
        # "… được nêu tại công văn số mấy?": a sentence citing a document of that type by its number ("ý kiến của Sở
        # Xây dựng tại Công văn số 3581/SXD-PTĐT …"), not one that only shares the topic
        numbered = cites_numbered(cited.group(1))
        want = lambda s: bool(numbered.search(s))
    elif intent.quantity is not None:
        want = _quantity_stated(question, intent.quantity)
        if _NATIONWIDE.search(fold(question).lower()):
            # an amount of the whole country ("tỷ lệ giải ngân bình quân cả nước …"): a sentence stating it of the
            # whole ("… dưới mức bình quân chung của cả nước (50%)"), never one unit's figure in a table's line
            stated = want
            want = lambda s: stated(s) and bool(_NATIONWIDE.search(fold(s).lower()))
    elif PERIOD_ASKED.search(question):
        return compose_timed(draft, words, intent.agency, question, DATED_MIN,
                             lambda c: any(d.kind == "recurring" for d in c.deadlines) and not is_legal_basis(c.context))
    elif HOW_OFTEN.search(question):
        # how often: a recurrence ("định kỳ hàng quý", "01 lần/năm"), never a length of time
        want = lambda s: any(d.kind == "recurring" for d in find_deadlines(s)) or bool(_TIMES_PER.search(s))
        if intent.agency:
            # how often the agency asked does something: never a sentence naming it only as the one reported to ("c) Vào
            # tháng cuối của mỗi quý, tổng hợp, đánh giá … ở địa phương báo cáo Ban Chỉ đạo Trung ương;", Chỉ thị
            # 22/2008/CT-TTg, the local committees' item, for "Ban Chỉ đạo Trung ương tổng hợp, đánh giá … bao lâu một
            # lần?", whose own item is "c) Hàng quý, tổng hợp, đánh giá …" under its heading)
            recurring = want
            want = lambda s: recurring(s) and not _reported_to_only(intent.agency, s)
    elif DURATION_ASKED.search(question):
        act = carries_act(question, head=False)
        want = lambda s: bool(LENGTH.search(s)) and act(s)
    elif intent.kind == "content" and (destination := DESTINATION_ASKED.search(question)):
        # where something is sent or reported ("… gửi báo cáo thiệt hại về đâu?"): a sentence naming the agency it
        # goes to after the same verb (`vn.sent_to`), not one that only shares the topic ("Làm đầu mối tổng hợp báo
        # cáo thiệt hại từ các tỉnh …, trình Thủ tướng …" is the ministry's own report)
        verb = destination.group(1)
        want = lambda s: _names_destination(s, verb)
    elif intent.kind == "content" and SCOPE_ASKED.search(question):
        # a document's scope ("Đối tượng áp dụng của … là ai?"): the sentence stating it, never a rule for one group
        want = lambda s: bool(SCOPE_SAID.search(s))
    elif intent.kind == "content" and (relation := relation_asked(question)) and relation[0] == "out" \
            and relation[1] in ("replaces", "repeals", "amends"):
        # which documents the one described ends, replaces, repeals or amends, where it is named by its title, not
        # its number (no relation record is looked up): only a sentence stating that act answers, never its scope
        # article that shares the title's words ("Điều 1. Phạm vi điều chỉnh Thông tư này quy định chi tiết về …")
        want = lambda s: states_relation(s, relation[1])
    elif intent.kind == "content" and (term := defined_term(question)) and any(
            defines(term, text) for hit in joined_hits(draft.hits) for _, _, text in hit_sentences(hit)):
        # a term's definition asked, and a passage found defines it ("Khu vực hạn chế dân cư là khu vực bao quanh …"):
        # that sentence, never one that lists the term among a report's contents; where none does, as before
        want = lambda s: defines(term, s)
    elif intent.kind == "content" and BAN_ASKED.search(question) and any(
            BANNED.search(text) for hit in joined_hits(draft.hits) for _, _, text in hit_sentences(hit)):
        # what a document bans ("Công điện 192 … nghiêm cấm những hành vi nào?"), and a passage found says "cấm": the
        # sentence saying so ("Nghiêm cấm và thanh tra, xử lý nghiêm các hiện tượng tiêu cực …"), never one that only
        # shares the document's topic; where none does (a banned list under an article's title), as before
        want = lambda s: bool(BANNED.search(s))
    elif intent.kind == "content" and (which := WHICH_DOCUMENT.search(question)) \
            and (own := _asked_documents(question)) and any(
            _names_other(text, own, _kind_asked(which.group(0))) for hit in joined_hits(draft.hits)
            for _, _, text in hit_sentences(hit)):
        # which other document a named one speaks of ("Công điện 189 yêu cầu tiếp tục thực hiện công điện nào …?"), and
        # a passage found names one by number: that sentence ("… theo chỉ đạo của Bộ Chính trị và các Công điện số
        # 186/CĐ-TTg ngày 04/10/2025, 188/CĐ-TTg …"), never one that only shares the verb ("Giao Phó Thủ tướng … tiếp
        # tục chỉ đạo …", which names no document and is declined as `precision.document_unnamed`); the documents named
        # are the asked part's: a follow-up's carried topic (after `LEANED`, "Theo chỉ đạo tại văn bản nào – Khẩn trương
        # báo cáo … tại văn bản số 3642/VPCP-KTTH …") names the very document asked for, never one to set aside
        want = lambda s: _names_other(s, own, _kind_asked(which.group(0)))
    else:
        want = lambda s: True
    want = _not_basis(want)  # a "Căn cứ …" line of the preamble states the legal basis, never the content asked
    if not SUBJECT_ASKED.search(question) and not WHICH_DOCUMENT.search(question):
        # nor does the document's title line ("CÔNG ĐIỆN Về công tác nâng hạng thị trường chứng khoán Việt Nam" for
        # "Công điện 192 … nghiêm cấm những hành vi nào?"): it shares the words naming the document, and says only what
        # it is about, which the question does not ask (a question asking which document says something is answered
        # by its title as well as by any line: "Văn bản nào quy định …?")
        want = _not_title(want, draft.hits, question)
    if duration or intent.kind == "deadline":
        want = _counted_from_named(question, draft.hits, want)
    cited = named_documents(question) if intent.kind == "content" and not WHICH_DOCUMENT.search(question) else ()
    if cited:
        # nor does a form's line naming the document the question names ("*(Ban hành kèm theo Thông tư số
        # 42/2009/TT-BTC …)*" for "Mẫu 02A/BK-XS ban hành kèm Thông tư 42/2009/TT-BTC kèm theo tờ khai nào?"): it says
        # which document, which the question already says
        unattached = want
        want = lambda s: unattached(s) and not (attachment_line(s) and any(
            mentions_number(s, number, kind, year) for kind, number, year in cited))
    if intent.kind in ("lead", "partners", "agency_tasks"):
        # nor does its "Theo đề nghị của …" line give the agency it names a task
        asked = want
        want = lambda s: asked(s) and not is_proposal(s)
    # the sentence is chosen by what is asked, not by the words naming the source ("Theo Phiên họp thứ hai, …" would
    # pick the sentence that only says which meeting it was); it must still cover the whole question
    ranking = words - source_words(question) or words
    hits = joined_hits(draft.hits)  # a sentence a chunk boundary cuts is read whole
    if labelled is not None:  # the passage holding the role's label line is read first, wherever it ranked
        hits = sorted(hits, key=lambda hit: not labelled.search(hit.text))
    years = asked_years(question)  # "giai đoạn 2025 - 2035": never a target listed under "Giai đoạn đến năm 2050"
    # "who" is read from a sentence whose subjects are listed in clauses of their own before its verb
    sentences = with_subject_lists if intent.kind in ("lead", "partners") else None
    least = DATED_MIN if intent.kind == "deadline" else SENTENCE_MIN  # share of the words asked a quote must carry
    chair = bool(CHAIR_ASKED.search(question))
    found = None
    measured = asked_words(question) if intent.kind not in ("lead", "partners", "agency_tasks") else set()
    party = duty_party(question) if intent.kind in ("content", "agency_tasks") and not intent.agency else set()
    if party:
        # "<party> có trách nhiệm gì …?" of a party no agency list knows ("Tổ chức kiểm toán kỹ thuật", "Hội đồng
        # thi"): the list of that party's own duties, under an article titled with them or a line introducing them
        # (from the later passages found too: a party's name is evidence enough where the question's other words
        # rank the passages of another party's duties first)
        found = _duty_list(party, joined_hits(draft.hits, DUTY_HITS), want)
    if found is None and party and DUTY_ASKED.search(question):
        # a sentence stating a duty ("… có trách nhiệm đăng ký thuế …") before one that only shares the topic ("Bên
        # Việt Nam nộp thay thuế …"): one whose subject is the party asked first, not one naming it as the object
        # ("Đơn vị thuộc Bộ … có trách nhiệm hướng dẫn … các đơn vị tổ chức thi")
        found = best_sentence(ranking, hits, lambda s: want(s) and _duty_of(party, s) > 0, years) or \
            best_sentence(ranking, hits, lambda s: want(s) and bool(DUTY_STATED.search(s)), years)
        if found is not None and overlap(ranking, found[3]) < least:
            found = None
    unit = _unit_asked(question, intent) if intent.quantity is not None and intent.kind == "content" else None
    if unit is not None and found is None:
        # an amount asked of one body or place the question names: a line naming it ("Viện Khoa học xã hội Việt Nam
        # 216.868 56.676] 1 26,1% 26,1%", a row of Công văn 15557/BTC-PTHT's Phụ lục, whose words "tỷ lệ giải ngân" are
        # the column's heading) before one holding the measured words that is another body's ("… Ngân hàng nhà nước …
        # 25,1% … ty lệ giải ngân cúa NHNN là 29,6%"); where no line names it, as before
        found = best_sentence(ranking, hits, lambda s: want(s) and unit(s), years)
        if found is not None and overlap(ranking, found[3]) < least:
            found = None
        if found is not None:  # nor is another body's line added after it
            stated_of = want
            want = lambda s: stated_of(s) and unit(s)
    if measured and found is None:
        # the words the amount, length or body is asked of ("có hiệu lực trong bao lâu", "cơ quan nào là cơ quan
        # thường trực"): a sentence that states them answers before one that only shares more of the topic (a
        # report due "chậm nhất 10 ngày" is no licence's validity), from the later passages found when none of the
        # first does
        # (matched with marks folded: OCR drops them, "Thời hạn uy quyên tối da là 90 ngày" states "thời hạn ủy quyền")
        folded = {fold(w) for w in measured}
        stating = lambda s: want(s) and folded <= {fold(w) for w in content_words(s)}
        # a length asked by its own name ("thời hạn ủy quyền tối đa là bao lâu", "thời hạn đình chỉ hoạt động của công
        # ty quản lý quỹ tối đa là bao lâu"): the sentence naming it so, word for word ("Thời hạn uy quyên tối da là 90
        # ngày", "2. Thời hạn đình chỉ hoạt động tối đa là 60 ngày …", Thông tư 97/2020 and 99/2020/TT-BTC), before
        # one that only holds its words apart ("… trong phạm vi đã được ủy quyền, hiệu lực tối đa trong vòng 30 ngày
        # …", "Trong thời hạn 15 ngày kể từ ngày quyết định đình chỉ hoạt động có hiệu lực, …")
        named = length_named(question)
        found = named and best_sentence(ranking, hits, lambda s: want(s) and named in _folded_flat(s), years)
        if found and overlap(ranking, found[3]) < least:
            # (a short one is read with the sentence before it, whose act it measures: "… phải ủy quyền bằng văn bản
            # cho người khác … khi xuất cảnh khỏi Việt Nam …. Thời hạn uy quyên tối da là 90 ngày.")
            found = _with_previous(found)
            found = found if found and overlap(ranking, found[3]) >= least else None
        found = found or best_sentence(ranking, hits, stating, years) or \
            best_sentence(ranking, joined_hits(draft.hits, len(draft.hits))[len(hits[:4]):], stating, years)
        kind = kind_named(question)
        if found is not None and kind and kind not in _flat(found[3]):
            # the kind asked ("giấy phép … theo lô hàng"): of the items stating the words measured ("a) Giấy phép theo
            # thời hạn có hiệu lực 12 tháng …", "b) Giấy phép theo lô hàng có hiệu lực 03 tháng …", Nghị định
            # 259/2025/NĐ-CP, Điều 8.5), the one naming that kind, where one does
            named = best_sentence(ranking, hits, lambda s: stating(s) and kind in _flat(s), years)
            found = named or found
        # the words naming the source say which document, not which sentence: the topic asked is what it must cover
        if found is not None and overlap(ranking, found[3]) < least and duration:
            # a length stated in a list item that completes its introduction ("2. Thời hạn nộp các báo cáo định kỳ …
            # như sau:" / "a) Đối với báo cáo quý: Trong thời hạn 20 ngày kể từ ngày kết thúc quý", 39/VBHN-BTC,
            # Điều 12): the item is read, and quoted, with that introduction, under its article's heading
            found = with_intro(found, ranking)
            said = " ".join((_read_to(found) if periods else found[3], *found[0].heading_path))
            found = found if LIST_ITEM.match(found[3]) is None and overlap(ranking, said) >= least else None
        if found is not None and overlap(ranking, found[3]) < least and not duration:
            found = None
    conditions = asked_conditions(question) if intent.kind == "content" else set()
    if conditions and (found is None or not conditions <= asked_conditions(found[3])):
        # "thiệt hại dưới 30%": of a list of brackets ("trên 80%", "từ 30% đến 60%", "dưới 30%"), the one asked, also
        # before a sentence the measured words chose ("… góp vốn … từ 5 triệu USD đến dưới 10 triệu USD thì chịu thuế
        # … bao nhiêu %?" is "a) … từ 5 triệu USD đến dưới 10 triệu USD;" under "2. Mức thuế suất 5% áp dụng đối
        # với:", not "c) … từ 10 triệu USD trở lên;" of the 3% list, Nghị định 26/2001/NĐ-CP)
        bracketed = best_sentence(ranking, hits, lambda s: want(s) and conditions <= asked_conditions(s), years)
        if bracketed is not None and overlap(ranking, bracketed[3]) >= least:
            found = bracketed
    permission = PERMISSION_ASKED.search(question) if intent.kind == "content" else None
    if found is None and permission:
        # "… có được cấp chứng chỉ không?": a sentence saying it is (not) allowed first; else one saying what is done
        permits = _permits(permission["act"])
        found = best_sentence(ranking, hits, lambda s: want(s) and permits(s), years)
        if found is not None and overlap(ranking, found[3]) < least:
            found = None
    if found is None:
        found = best_sentence(ranking, hits, want, years, sentences)
        if found is not None and intent.kind == "deadline" and periods:
            # the item on the report asked ("c) Đối với báo cáo 6 tháng: Trong thời hạn 45 ngày …") is read, and
            # quoted, with the sentence introducing its list ("2. Thời hạn nộp các báo cáo định kỳ … như sau:")
            found = with_intro(found, ranking)
        # a time answers "when" only from a sentence about the task asked, never from a nearby one's
        # the chair of a meeting is named in a short sentence under the meeting's title ("Tổng Bí thư Tô Lâm, Trưởng
        # Ban Chỉ đạo chủ trì Phiên họp."): read with that title
        # ("Theo quy chế hoạt động, đơn vị nào … làm đầu mối?": the words describing the document a "who" question
        # asks of are read in the title of the one quoted, "Ban hành Quy chế hoạt động của Ủy ban Quốc gia …")
        # so is the holder of a body's office, in a member list under the title setting the body up ("1. Đồng chí Phó
        # Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;")
        titled = chair or intent.kind in ("lead", "partners") and bool(described_titles(question)) \
            or intent.kind == "content" and HOLDER_ASKED.search(question) is not None
        said = f"{found[3]} {found[0].title or ''}" if found and titled else found and found[3]
        # a role's label line ("Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.") says what it is the role of in the
        # headings above it ("Điều 1. Phê duyệt Kế hoạch tổ chức lập Chương trình …") and the document's title
        role = intent.kind == "lead" and not chair and labelled is not None
        if found and role:
            said = " ".join((found[3], *found[0].heading_path, found[0].title or ""))
        if found and intent.kind == "deadline" and periods:
            # the item on the report asked, read in its article up to it (`_read_to`)
            said = " ".join((_read_to(found), *found[0].heading_path))
        if found is None or overlap(words, said) < least:
            return False
        if intent.kind == "lead" and not chair and not intent.owner and not role and _outdone(ranking, found, hits, years):
            return False
    listed = bool(LIST_ASKED.search(question))
    # (a meeting's chair is a person: the sentence itself names them, no agency line)
    named = lead_named(found[3], tuple(filter(None, (intent.owner,)))) if intent.kind == "lead" and not chair else None
    if intent.kind in ("lead", "partners") or intent.agency:
        found = with_lead(with_subject(found))
    quoted = with_items(with_intro(found, ranking) if intent.kind == "content" else found, listed)
    if named and not named[1]:  # the answer first, then the sentence it is read from (one citation for both)
        draft.lines.append(f"Cơ quan được giao: {named[0]} {draft.cite(*quoted[:3])}.")
    quote_line(draft, quoted, dated=intent.kind == "content" and bool(WHICH_DOCUMENT.search(question)))
    # another sentence of the top hits (the same passage's too: "Chủ tịch …; Thư ký …"), never one quoted
    # (a further sentence names every person the question names by office: "Những công điện nào … giao Phó Thủ tướng Hồ
    # Đức Phớc chỉ đạo …?" is never answered "ngoài ra" by "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo")
    holders = office_holders(question)
    # (nor one of another bracket or list than the one asked: "… không thuộc Danh mục B …" adds nothing to "Danh mục B")
    second = best_sentence(ranking, hits[:3], lambda s: (want(s) or other is not None and other(s))
                           and " ".join(s.split()) not in quoted[3]
                           and names_stated(holders, s) and conditions <= asked_conditions(s), years)
    # (nor, where one length or recurrence is asked — "… bao lâu (một lần)?" — one stating a time of its own: c.1 "Hàng
    # tháng, tổ chức trả thu nhập phải nộp số thuế đã khấu trừ …" answers how often, "Ngoài ra … c.2) Hàng quý, chậm nhất
    # ngày 30 … Cục Tài chính - Bộ Quốc phòng nộp …" gives another doer's time beside it, Thông tư liên tịch 212/2013)
    if second and duration and not listed and _states_time(second[3]):
        second = None
    if intent.kind == "content" and second and overlap(words, second[3]) >= 0.5 and (
            adds_to(ranking, found, second) or listed and second[0].chunk_id != found[0].chunk_id):
        quote_line(draft, with_items(second, listed), "Ngoài ra, theo")
    return True


# A part asked before the holder of an office, in a clause of its own: "Tổ thường trực … đặt ở đâu, ai làm tổ
# trưởng?" asks where the body sits, then who heads it.
_PART_ASKED = re.compile(r"(?<!\w)(?:ở|tại|về)\s+đâu|khi\s+nào|bao\s+(?:nhiêu|lâu)|(?:gì|nào|mấy)(?!\w)", re.I)
PART_MIN = 0.75  # share of that clause's topic words its sentence must carry


def _other_part(question: str, at: int):
    """What the sentence answering the part asked before `at` must hold (most of that clause's topic words, the
    source's left out), as a test on a sentence; None when the question asks nothing before it: the holder's
    sentence does not answer "đặt ở đâu", "Ban Chỉ đạo cấp tỉnh có Tổ thường trực giúp việc đặt tại Cục Thuế." does
    (Chỉ thị 09/2008/CT-UBND of An Giang)."""
    before = re.split(r"[:;]", question[:at])[-1]  # its own clause, past a source named before a colon
    if not _PART_ASKED.search(before):
        return None
    words = topic_words(_PART_ASKED.sub(" ", before)) - source_words(question)
    return (lambda s: overlap(words, s) >= PART_MIN) if words else None


def duty_party(question: str) -> set[str]:
    """The words naming the party whose duties a question asks ("Theo Thông tư 49/2025/TT-BKHCN, tổ chức kiểm toán
    kỹ thuật có trách nhiệm gì?" → tổ chức kiểm toán kỹ thuật), marks folded; empty when it asks no duties."""
    asked = DUTY_ASKED.search(question) or TASKS_ASKED.search(question) or _given_tasks(question)
    if not asked:
        return set()
    # the words before the verb, less those that only name the source ("Theo Thông tư 49/2025/TT-BKHCN, …")
    return {fold(w) for w in content_words(question[:asked.start()]) - source_words(question)}


def _given_tasks(question: str) -> re.Match | None:
    """"<văn bản> giao <party> những nhiệm vụ gì?" (`vn.GIVEN_TASKS` after "giao"): the tasks given a party, asked."""
    given = re.search(r"(?<!\w)giao(?!\w)", question, re.I)
    return GIVEN_TASKS.search(question, given.end()) if given else None


def duty_party_named(question: str) -> str:
    """The words of a question naming the party whose duties it asks, as written ("Theo dự thảo Thông tư …, đơn vị
    tổ chức thi có trách nhiệm gì?" → "đơn vị tổ chức thi"); empty when it asks no duties."""
    asked = DUTY_ASKED.search(question) or TASKS_ASKED.search(question)
    return " ".join(without_source_lead(question[:asked.start()]).split()) if asked else ""


def _party_share(party: set[str], subject: str) -> float:
    """How well a subject names the party asked: 0 unless (almost) all its words are the party's (a short subject,
    "Hội đồng thi", names the party "Hội đồng thi tốt nghiệp khóa đào tạo …"); then the share of both named by both,
    so that "đơn vị liên kết tổ chức thi" is told from "đơn vị tổ chức thi"."""
    words = {fold(w) for w in content_words(subject)}
    common = words & party
    if len(common) < 2 or len(common) < 0.75 * len(words):
        return 0.0
    return len(common) / len(words | party)


def _duty_of(party: set[str], sentence: str) -> float:
    """The share by which a sentence stating a duty ("X có trách nhiệm …") has the party asked as its subject X."""
    stated = DUTY_STATED.search(sentence)
    if not stated or _executes(sentence):
        return 0.0
    return _party_share(party, LIST_ITEM.sub("", sentence[:stated.start()]))


def _executes(sentence: str) -> bool:
    """"… chịu trách nhiệm thi hành Nghị định này": its subject answers for the document, no duty of its own."""
    stated = DUTY_STATED.search(sentence)
    return bool(stated and EXECUTES_DOCUMENT.fullmatch(sentence, stated.start()))


def _duty_titles(hit: Hit) -> list[tuple[re.Match, int]]:
    """(title, where its sentences start in the passage's text) of each article titled with a party's duties that a
    passage stands under or holds (`corpus.vn.DUTIES_TITLE`): the title in the passage's heading path, or on a line of
    its text (a passage that runs on into the next article), the sentences after it."""
    return [(t, 0) for h in hit.heading_path if (t := DUTIES_TITLE.match(h))] + \
        [(t, t.end()) for t in _TITLE_LINE.finditer(hit.text)]


def duties_titled(party: set[str], hits: Sequence[Hit]) -> bool:
    """Whether one of these passages stands under, or holds, the article titled with the duties of the party asked
    in the same words ("Điều 5. Trách nhiệm của đơn vị tổ chức thi" for "… đơn vị tổ chức thi có trách nhiệm gì?",
    `duty_party`)."""
    return bool(party) and any(_party_share(party, titled.group(1)) == 1.0 for hit in hits
                               for titled, _ in _duty_titles(hit))


def _item_text(text: str) -> str:
    """A list item's words after its marker ("a) Chủ động …" → "Chủ động …"): a lettered item is no cut sentence."""
    return LIST_ITEM.sub("", text, count=1) if re.match(r"\s*[a-zđ]\)\s", text) else text


_BARE_ARTICLE = re.compile(r"\W*Điều\s+\d+[a-zđ]?\s*[.:]?\W*", re.I)


def _opens_with(hit: Hit, title: str) -> bool:
    """Whether the passage's text opens with this title, its line breaks and bold marks aside."""
    flat = lambda text: " ".join(text.replace("*", " ").split())
    return bool(title.strip()) and flat(hit.text).startswith(flat(title))


def _duty_list(party: set[str], hits: Sequence[Hit], want) -> tuple[Hit, int, int, str] | None:
    """The duties of the party asked, as listed: the opening items of a passage under an article titled with them
    ("Điều 5. Trách nhiệm của đơn vị tổ chức thi": "1. Xây dựng đề án …"), or a line introducing them ("1. Tổ chức
    kiểm toán kỹ thuật có trách nhiệm:", "2. Hội đồng thi có nhiệm vụ sau đây:"; its items are added by `with_items`).
    The best-named party wins; None when no passage of the top hits lists its duties."""
    best: tuple[float, tuple[Hit, int, int, str]] | None = None
    for rank, hit in enumerate(hits[:DUTY_HITS]):
        sentences = hit_sentences(hit)
        for titled, after in _duty_titles(hit):
            share = _party_share(party, titled.group(1))
            # (nor its article's bare number, a sentence of its own where the title runs onto the next line)
            below = [(start, end, text) for start, end, text in sentences if end > hit.start + after
                     and not DUTIES_TITLE.fullmatch(" ".join(text.split())) and not _BARE_ARTICLE.fullmatch(text)]
            if not share or not below or DUTY_INTRO.search(below[0][2]):
                continue
            # not the tail of a sentence cut by the passage's start ("ương và tổ chức, cá nhân có liên quan chịu
            # trách nhiệm thi hành Nghị định này.", under a heading path the chunker carried on)
            kept = [(start, end, text) for start, end, text in below[:TITLED_ITEMS]
                    if want(text) and not _item_text(text)[:1].islower() and not _executes(text)]
            # a title on a line of the passage's own text says more than one carried in its heading path (so does the
            # title the passage's text opens with, its lines run on: "Điều 2. Nhiệm vụ và quyền hạn của Thành viên
            # Chính phủ được giao\nchủ trì làm việc với địa phương:", Quyết định 2179/QĐ-TTg, against a later passage
            # of the same article that opens in its item 2)
            share += TITLE_IN_TEXT if after or _opens_with(hit, titled.string) else 0.0
            if kept and (best is None or share - 0.02 * rank > best[0]):
                best = (share - 0.02 * rank, (hit, kept[0][0], kept[-1][1], " ".join(t for _, _, t in kept)))
        for start, end, text in sentences:
            intro = DUTY_INTRO.search(text)
            share = _party_share(party, LIST_ITEM.sub("", text[:intro.start()])) if intro else 0.0
            if share and want(text) and (best is None or share - 0.02 * rank > best[0]):
                best = (share - 0.02 * rank, (hit, start, end, text))
    return best[1] if best else None


def compose_span(draft: Draft, words: set[str], question: str) -> bool:
    """A "when" question on a period whose sentence states it as a span of days (`corpus.deadlines.SPAN`: "Thời gian
    được giãn nộp thuế: từ ngày 01/01/2009 đến hết ngày 31/5/2009"), which no rule reads as a time due, or a question
    asking where a period starts (`SINCE_ASKED`) whose sentence names the event it counts from
    (`corpus.deadlines.SINCE`: "… được tính từ năm dự án đầu tư hoàn thành …"), or a length counted from an event
    (`corpus.deadlines.SINCE_EVENT`: "trong phạm vi 20 ngày làm việc kể từ khi ký hợp đồng") when a time limit is
    asked (`LIMIT_ASKED`): that sentence, quoted, when with its document's title it carries DATED_MIN of the
    question's topic, the act asked (`carries_act`) and its verb (`states_act_verb`). False otherwise."""
    carried = carries_act(question)
    since, limit = bool(SINCE_ASKED.search(question)), bool(LIMIT_ASKED.search(question))
    topic = words - source_words(question) or words  # the words naming the document say which one, not which sentence
    found = best_sentence(topic, joined_hits(draft.hits),
                          lambda s: bool(SPAN.search(s) or limit and SINCE_EVENT.search(s) or since and SINCE.search(s))
                          and carried(s)
                          and not is_legal_basis(s))
    # the period's sentence under the document's title ("… giãn thời hạn nộp thuế thu nhập cá nhân"), stating the
    # act's verb: "Trong vòng ba ngày làm việc kể từ khi …, cơ quan thuế … ra quyết định hoàn thuế" is no time for
    # "cơ sở kinh doanh phải gửi hồ sơ hoàn thuế … trong thời hạn nào?"
    if found is None or overlap(topic, f"{found[3]} {found[0].title or ''}") < DATED_MIN \
            or not states_act_verb(question)(found[3]):
        return False
    quote_line(draft, found)
    return True


# An earlier document recalled ("Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CĐ-TTg …"),
# then a sentence reporting what it asked, opening "Theo đó" ("Theo đó, yêu cầu Bộ, ngành, địa phương tiếp tục rà soát
# toàn diện, …", Công điện 193/CĐ-TTg)
_RECALLED = re.compile(r"(?<!\w)đã\s+(?:ký\s+)?(?:ban\s+hành|có)\s+(?:" + "|".join(t.lower() for t in CITED_TYPES.values())
                       + r"|văn bản)(?!\w)", re.I)
_ACCORDINGLY = re.compile(r"\W*theo\s+đó\b", re.I)
RECALL_REACH = 400  # how far before the sentence the recalled document may be named


def recites(text: str, start: int) -> bool:
    """Whether the sentence at `start` of a passage reports what an earlier document asked: it opens "Theo đó" and
    the passage names a document issued before, just ahead of it (`_RECALLED`). The recital of Công điện 193/CĐ-TTg
    ("Theo đó, yêu cầu Bộ, ngành, địa phương tiếp tục rà soát toàn diện, … trên Hệ thống 751") sets no time, while its
    item 1.a does ("… hoàn thành dứt điểm trước ngày 14 tháng 10 năm 2025"): that it names none says nothing of the
    time asked."""
    return bool(_ACCORDINGLY.match(text, start)) and bool(_RECALLED.search(text[max(0, start - RECALL_REACH):start]))


UNTIMED_MIN = 0.6  # share of the question's words the sentence of an act given no time must carry


def compose_untimed(draft: Draft, words: set[str], question: str) -> bool:
    """A "when" question on an act (`intent.ACT_ASKED`: "… cơ quan thuế phải ra quyết định giảm thuế … trong thời
    hạn bao nhiêu ngày?") whose sentence is found and binds it to no time ("Căn cứ hồ sơ đề nghị giảm thuế, cơ quan
    thuế trực tiếp kiểm tra hồ sơ và ra quyết định giảm thuế."): the answer says the document states none, with that
    sentence, rather than another act's period. Only a sentence carrying most of the question, the act's head
    (`carries_act`), and neither it nor the sentence after it saying any time, in figures or in words
    (`TIME_IN_WORDS`: "ngay", "hết năm", "đồng thời với …", "khi …"); False otherwise (declined)."""
    act = ACT_ASKED.search(normalize(question))
    if not act or len(topic_words(act.group(1))) < 2:
        return False
    carried, verb = carries_act(question), states_act_verb(question)
    # a length bounding a condition ("đi công tác, học tập từ 06 tháng trở lên … thì …") is no time for the act
    # (a day the sentence states is a time, whatever word a scan misread before it: "rước ngày 06 tháng 10 năm 2025")
    timed = lambda s: bool(find_deadlines(t := without_thresholds(s)) or LENGTH.search(t) or TIME_CUE.search(t)
                           or TIME_IN_WORDS.search(t) or states_own_date(t))
    hits = joined_hits(draft.hits)
    found = best_sentence(words, hits, lambda s: carried(s) and not is_legal_basis(s))
    if found is not None and not verb(found[3]):
        # the best sentence is of another act of the same things (`states_act_verb`: "Trong thời gian tối đa mười lăm
        # ngày …, cơ quan thuế thông báo …" for "cơ sở kinh doanh phải gửi hồ sơ … trong thời hạn nào?"): its time
        # or lack of one is not the act's; the best sentence stating the act's verb is read instead
        found = best_sentence(words, hits, lambda s: carried(s) and verb(s) and not is_legal_basis(s))
        # unless a sentence stating the act's verb states a time too (a time the text gives is never said missing)
        dated = best_sentence(words, hits, lambda s: carried(s) and verb(s)
                              and bool(find_deadlines(s) or LENGTH.search(s) or TIME_CUE.search(s) or states_date(s)))
        if dated is not None and overlap(words, dated[3]) >= DATED_MIN:
            return False
    if found is None or overlap(words, found[3]) < UNTIMED_MIN or timed(found[3]):
        return False
    hit, start, end, _ = found
    if recites(hit.text, start):
        return False  # what an earlier document asked, reported: the time this one sets is elsewhere, if any
    after, opens = next(((text, s) for s, _, text in hit_sentences(hit) if s >= end), ("", end))
    if item_between(hit, end, opens):
        # the next sentence opens a list item of its own ("7. Chi nhánh … có trách nhiệm hằng năm tổ chức đào tạo …"
        # after "6. Chi nhánh … phải ban hành các quy trình nghiệp vụ …"): another provision, whose time is not the act's
        after = ""
    if timed(after) or plan_time([hit.text]):
        return False
    where = ", ".join(filter(None, (hit_label(hit), hit.section)))
    draft.lines.append(f"{where} không nêu thời hạn cho việc này; văn bản ghi: “{clean_display(found[3])}” "
                       f"{draft.cite(hit, start, end)}")
    return True


ACT_MIN = 0.5  # share of the asked act's topic words the sentence stating a time or length must carry


# Words that lead an act without being it: a direction ("chỉ đạo tổ chức khám …", "đôn đốc …") or a manner
# ("khẩn trương", "chủ động", "tiếp tục", "kịp thời").
_LEADING = frozenset(content_words("chỉ đạo đôn đốc khẩn trương chủ động tiếp tục kịp thời"))


def states_act_verb(question: str):
    """What a task row must state to be the act a "when" question asks of (`intent.ACT_ASKED`), before the answer says
    the document gives it no time: the act's first content word past the agencies it names and the words that only
    lead it (`_LEADING`, `TAIL_VERBS`), its verb ("… Bộ Công an phải trình Quốc hội dự án
    Luật … khi nào?" → trình), marks folded. A row of the same subject and object with another act ("Bộ Công an chịu
    trách nhiệm về nội dung tiếp thu, hoàn thiện dự án Luật …", Nghị quyết 320/NQ-CP) is not the one asked. Anything
    passes when the question names no act."""
    act = ACT_ASKED.search(normalize(question))
    if not act or len(topic_words(act.group(1))) < 2:
        return lambda text: True
    # the verb is a content word even where it is one a slot is asked by ("trình"); agencies named are no verb
    words = content_words(without_agencies(act.group(1))) - content_words(TAIL_VERBS) - _LEADING
    order = [w for w in re.findall(r"\w+", without_agencies(act.group(1)).lower()) if w in words]
    if not order:
        return lambda text: True
    verb = fold(order[0])
    return lambda text: verb in {fold(w) for w in passage_words(text)}


# "chưa hoàn thành", "không thực hiện": an act said as not done
_NOT_DONE = re.compile(r"\b(?:chưa|không)\s+(\w+)(?:\s+(\w+))?", re.I)


def speaks_of_undone(question: str, task: str) -> bool:
    """Whether a row speaks of the act a question asks only as not done by others: "tổng hợp danh sách các Bộ, ngành,
    địa phương chưa hoàn thành việc rà soát …" (Công điện 193/CĐ-TTg, 1.b, Bộ Tài chính's task after the time set
    for the others) for "… các bộ, địa phương hoàn thành dứt điểm việc rà soát … trước ngày nào?": listing those
    late is another act, and its lack of a time says nothing of the time asked."""
    asked = {fold(w) for w in re.findall(r"\w+", _NOT_DONE.sub(" ", question.lower()))}
    for found in _NOT_DONE.finditer(task.lower()):
        said = [fold(w) for w in found.groups() if w]
        if said and all(w in asked for w in said) and len(said) == 2:
            return True
    return False


def carries_act(question: str, head: bool = True):
    """What a sentence must carry to state the time of the act a question asks of (`intent.ACT_ASKED`: "… phải
    ban hành quy trình nghiệp vụ, thiết lập hệ thống quản trị rủi ro trong thời hạn nào?"): at least half of that
    act's topic words (marks folded: OCR drops them), so that the time of another act of the same subject in the
    same article ("… có trách nhiệm hằng năm tổ chức đào tạo, tập huấn …") is never given as its time. Anything
    passes when the question names no act of two topic words or more."""
    act = ACT_ASKED.search(normalize(question))
    topic = topic_words(act.group(1)) if act else set()
    words = {fold(w) for w in topic}
    if len(words) < 2:
        return lambda text: True
    # the time limit of an act ("trong thời hạn nào", not a length "bao lâu" that a state lasts, which any verb of
    # doing may state: "áp dụng … trong bao lâu" ← "đã thực hiện … từ 02 năm trở lên") is bound to its head, the
    # verb and the first word of its object ("cấp chứng từ khấu trừ thuế cho cá nhân …" → cấp, chứng), one of which
    # the sentence states (a light verb may go unsaid: "gửi Bộ Tài chính báo cáo …" ← "…, báo cáo Bộ Tài chính"):
    # a sentence on the rest of the act with neither ("Hàng tháng …, cơ sở giao đại lý khai thuế …") is another
    # act; a verb that only says the act is done ("hoàn thành", "thực hiện") is no head
    order = [fold(w) for w in re.findall(r"\w+", act.group(1).lower()) if w in topic - content_words(TAIL_VERBS)]
    heads = set(order[:2]) if head else set()
    verb = {fold(w) for w in re.findall(r"\w+", act.group(1).lower())[:1]}  # the act's first word: its verb

    def carried(text: str) -> bool:
        found = {fold(w) for w in passage_words(text)}
        # a time counted from the act asked itself ("… phải nộp số thuế còn thiếu theo báo cáo quyết toán thuế trong
        # thời hạn 10 ngày, kể từ ngày quy định phải nộp báo cáo quyết toán thuế cho cơ quan thuế", Thông tư
        # 18/2002/TT-BTC, for "… phải nộp báo cáo quyết toán thuế cho cơ quan thuế trong thời hạn bao lâu?") is the
        # time of the act that follows it, never its own
        # (the act stated before the time, so that the event ends where the sentence's main clause is not: "Trong
        # thời hạn 15 ngày làm việc, kể từ ngày công dân … về địa phương cư trú có trách nhiệm đăng ký phục vụ trong
        # ngạch dự bị …" reads no comma after the event; nor "Trong thời hạn 30 ngày kể từ ngày tuyển dụng người lao
        # động nước ngoài …, … phải thông báo cho Ủy ban Chứng khoán Nhà nước", whose verb is not in the event)
        return len(words & found) >= ACT_MIN * len(words) and (not heads or bool(heads & found)) \
            and not any(words | verb <= {fold(w) for w in passage_words(event)}
                        and verb <= {fold(w) for w in passage_words(text[:at])} for at, event in counted_from_at(text))
    return carried


EVENT_NAMED = 0.75  # share of the words of the event a length is counted from that the question must say
# A question saying where the length it asks starts: "kể từ ngày nhận đủ hồ sơ", "sau khi nhận được …", "từ khi …",
# "Nhận được chứng từ … rồi thì …" (never "khi nào", "từ bao giờ")
_START_SAID = re.compile(r"(?<!\w)(?:(?:kể|tính)\s+từ|sau\s+khi|từ\s+(?:khi|ngày|lúc)(?!\s+nào)|rồi\s+thì)(?!\w)", re.I)


def _counted_from_named(question: str, hits: Sequence[Hit], want):
    """A time limit asked of an act whose passages count lengths from different events: the sentence whose length
    is counted from the event the question names, however it names it ("Nhận được chứng từ nộp thuế GTGT khâu nhập
    khẩu rồi thì cơ quan thuế phải ra quyết định hoàn trong bao lâu?" is "Trong vòng ba ngày làm việc kể từ khi nhận
    được chứng từ nộp thuế GTGT hàng nhập khẩu, cơ quan thuế … ra quyết định hoàn thuế", never "Trong thời gian tối
    đa mười lăm ngày kể từ ngày nhận đủ hồ sơ, cơ quan thuế thông báo … để cơ quan thuế ra quyết định hoàn thuế",
    Thông tư 205/2009/TT-BTC, whose words are the question's too): `want` narrowed to such sentences where one of
    the first passages holds one, and only where the question says a start ("kể từ", "sau khi", "… rồi thì"): the
    words of "giấy phép chặt hạ, dịch chuyển cây xanh có hiệu lực trong bao lâu?" name the licence, not the event of
    "… chậm nhất 10 ngày kể từ ngày hoàn thành chặt hạ, dịch chuyển cây xanh" (Nghị định 258/2025/NĐ-CP); `want` as
    it is otherwise."""
    if not _START_SAID.search(question):
        return want
    # the event the question itself counts from, where it writes one after "kể từ": the sentence's must carry it ("…
    # kể từ ngày nhận được số liệu địa chính" is "… kể từ ngày nhận được số liệu địa chính do văn phòng đăng ký quyền
    # sử dụng đất gửi đến …", Thông tư 128/2003/TT-BTC, never a sentence counted from "ngày nhận được thông báo");
    # else the question's words must carry the sentence's event
    own = [{fold(w) for w in topic_words(event)} for event in counted_from(normalize(question))]
    asked = {fold(w) for w in topic_words(question)}

    def named(sentence: str) -> bool:
        for _, event in counted_from_at(sentence):
            said = {fold(w) for w in topic_words(event)}
            if own and any(len(ask & said) >= EVENT_NAMED * len(ask) for ask in own if ask) \
                    or not own and len(said) >= 2 and len(said & asked) >= EVENT_NAMED * len(said):
                return True
        return False

    if any(want(text) and named(text) for hit in hits[:4] for _, _, text in hit_sentences(hit)):
        return lambda s: want(s) and named(s)
    return want


def _outdone(words: set[str], found: tuple[Hit, int, int, str], hits: Sequence[Hit], years: set[str]) -> bool:
    """Whether a "who" question's sentence naming a lead is outdone by another sentence of the passages that states
    every word of the question it states and more, but names no agency the reader knows as its doer ("Cơ quan thuế
    có trách nhiệm cung cấp … Chứng từ khấu trừ thuế" for "cơ quan nào có trách nhiệm cung cấp chứng từ khấu trừ
    thuế?"): the task asked is that sentence's, and the one naming a lead is about another task."""
    rival = best_sentence(words, hits, _not_basis(lambda s: True), years)
    if rival is None or " ".join(rival[3].split()) == " ".join(found[3].split()):
        return False
    return words & content_words(found[3]) < words & content_words(rival[3])


def _compares_all(question: str, draft: Draft) -> bool:
    """Whether a comparison's quotes come from every side the question compares: each document it names is cited,
    and each place or proper name it gives ("… theo Chỉ thị 22/2008/CT-TTg và hạn Long An yêu cầu các huyện …
    khác nhau thế nào?") is stated by a quote or its document's issuer. One side alone is no comparison."""
    cited = draft.citations
    if any(not any(c.doc_number and serial(c.doc_number) == number and type_covers(kind, c.doc_type) for c in cited)
           for kind, number, _ in named_documents(question)):
        return False
    names = proper_names(question)
    return not names or names_stated(names, " ".join(f"{c.quote} {c.issuer or ''}" for c in cited))


# A bracket a figure is put in: "thiệt hại dưới 30%", "trên 80%", "không quá 5%", and a sum of money: "từ 5 triệu USD",
# "dưới 10 triệu USD", "trên 500 triệu đồng".
_CONDITION = re.compile(r"(?<!\w)(?:dưới|trên|từ|không quá|tối đa|tối thiểu|ít nhất)\s+\d+(?:[.,]\d+)*\s*"
                        r"(?:%|(?:(?:triệu|tỷ|nghìn|ngàn)\s*)?(?:USD|đồng)(?!\w))", re.I)


# A list of places or trades an incentive is tied to: "địa bàn thuộc Danh mục B", "Danh mục C Phụ lục ban hành kèm theo
# Nghị định số 164/2003/NĐ-CP"; "không thuộc Danh mục B hoặc Danh mục C" states the case outside both (Thông tư
# 82/2006/TT-BTC: "… tại địa bàn không thuộc Danh mục B hoặc Danh mục C được miễn thuế … 02 năm" is no answer for
# "… ở địa bàn Danh mục B được miễn thuế mấy năm?", whose sentence is "… tại địa bàn thuộc Danh mục B …").
_LISTED = re.compile(r"(?<!\w)Danh\s+mục\s+([A-ZĐ])(?!\w)", re.I)
_OUTSIDE = re.compile(r"(?<!\w)không\s+thuộc\s+(?:(?:Danh\s+mục\s+[A-ZĐ]|hoặc|và|,)\s*)*$", re.I)


def asked_conditions(text: str) -> set[str]:
    """The brackets a text puts figures in ("dưới 30%"), lower-cased, spaces collapsed, and the lists a case is in
    or outside ("danhmụcb", "khôngdanhmụcb"): a question's must all be stated by the clause quoted when one of the
    passages states them."""
    found = {re.sub(r"\s+", "", m.group(0).lower()) for m in _CONDITION.finditer(text)}
    for m in _LISTED.finditer(text):
        outside = _OUTSIDE.search(text, max(0, m.start() - 80), m.start())
        found.add(f"{'không' if outside else ''}danhmục{m.group(1).lower()}")
    return found


# "bao lâu", "bao nhiêu" and the words between them and what they measure ("có hiệu lực trong bao lâu", "có quy mô
# khoảng bao nhiêu"); "<cơ quan> nào là <vai trò>" ("Cơ quan nào là cơ quan Thường trực Ban Chỉ đạo …").
_HOW_MUCH = re.compile(r"\b(?:bao lâu|bao nhiêu)\b", re.I)
_MEASURE_FILLERS = frozenset("trong là khoảng mất tối đa thiểu ít nhất được có phải đạt vào chừng".split())
_WHICH_IS = re.compile(r"\b(?:(?:cơ quan|đơn vị|tổ chức|bộ|sở)\s+nào|ai)\s+là\s+(?:(?:cơ quan|đơn vị)\s+)?([^,?]+)", re.I)
ASKED_WORDS = 2  # the words next to the question word that say what it asks of


# A length asked by its own name: "thời hạn <what> (của <whose>) tối đa là bao lâu" → "thời hạn <what>".
_LENGTH_NAMED = re.compile(r"(?<!\w)(thời\s+(?:hạn|gian)(?:\s+(?!của\b|tối\b|là\b|bao\b|trong\b|kéo\b)\w+){1,4})"
                           r"(?:\s+của\s+[^?]*?)?\s+(?:tối\s+(?:đa|thiểu)\s+)?(?:là\s+|kéo\s+dài\s+)?(?:trong\s+)?bao\s+lâu",
                           re.I)


def length_named(question: str) -> str:
    """The length a question asks by its name (`_LENGTH_NAMED`), marks folded and spaces single; "" when none."""
    found = _LENGTH_NAMED.search(question)
    return _folded_flat(found.group(1)) if found else ""


def _with_previous(found: tuple[Hit, int, int, str]) -> tuple[Hit, int, int, str] | None:
    """The sentence found read with the sentence just before it in its passage; None when it opens the passage."""
    hit, start = found[0], found[1]
    before = [(s, e, t) for s, e, t in hit_sentences(hit) if e <= start]
    if not before:
        return None
    s, _, text = before[-1]
    return hit, s, found[2], f"{text} {found[3]}"


def _folded_flat(text: str) -> str:
    return " ".join(fold(text).lower().split())


def asked_words(question: str) -> set[str]:
    """The content words a question's question word is attached to: before "bao lâu"/"bao nhiêu" (past "trong",
    "khoảng", "tối đa" …: "giấy phép … có hiệu lực trong bao lâu" → hiệu, lực), or after "cơ quan nào là"
    ("… là cơ quan Thường trực Ban Chỉ đạo" → thường, trực). Empty when the question has no such words."""
    which = _WHICH_IS.search(question)
    if which:
        tokens = re.findall(r"\w+", which.group(1).lower())[:ASKED_WORDS]
        return set(tokens) if len(tokens) == ASKED_WORDS and all(content_words(t) for t in tokens) else set()
    found = _HOW_MUCH.search(question)
    if not found:
        return set()
    before = without_agencies(re.split(r"[,;:]", question[:found.start()])[-1])  # a body named is no measure
    tokens = re.findall(r"\w+", before.lower())
    while tokens and tokens[-1] in _MEASURE_FILLERS:
        tokens.pop()
    words = tokens[-ASKED_WORDS:]
    # a word of two syllables ("hiệu lực", "quy mô"): one syllable alone ("mức phải đạt") is too loose a reading
    return set(words) if len(words) == ASKED_WORDS and all(content_words(t) for t in words) else set()


CLAUSE_MIN = 0.5  # share of one part's own words a quoted sentence must carry to answer that part


def answers_each_part(draft: Draft, question: str) -> bool:
    """Whether every part of a question that asks several things ("… có quy mô khoảng bao nhiêu gian hàng | và diện
    tích bao nhiêu?") is answered by a quoted sentence: one carrying most of that part's own words (`CLAUSE_MIN`)
    and stating what it asks (an amount for "bao nhiêu", a length for "bao lâu", a time for "khi nào"; a part asking
    who or what is never taken as answered by these signs). A part no
    quoted sentence answers is quoted from the best sentence of the top passages that does, where one does and the
    passage states every year the part names ("tầm nhìn 2045 … bao nhiêu % GDP"); False (and nothing quoted) when one
    is left."""
    hits = joined_hits(draft.hits)
    source = source_words(question)
    headings = {hit.chunk_id: " ".join(hit.heading_path) for hit in (*draft.hits, *hits)}
    added: list[tuple[Hit, int, int, str]] = []
    for clause in clauses(question):
        want = states_asked(clause)
        holder = None if want else _holder_asked(clause)  # an amount or a time asked is what the part wants stated
        want = want or holder
        # a part asking who holds an office or leads ("Phó Thủ tướng nào làm Trưởng Ban Chỉ đạo Lễ …"): the words of
        # the role, read in the sentence naming the holder with the headings it stands under (a member list's item
        # "Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;" under the body it is of)
        words = (topic_words(clause) - source_words(clause) or topic_words(clause)) if holder else \
            content_words(clause) - source or content_words(clause)
        under = (lambda chunk_id: headings.get(chunk_id, "")) if holder else (lambda chunk_id: "")
        if want is None:  # "ai", "cơ quan nào", "gì": which words answer it these signs cannot tell
            return False
        if any(want(c.quote) and overlap(words, f"{c.quote} {under(c.chunk_id)}") >= CLAUSE_MIN
               for c in draft.citations):
            continue
        years = asked_years(clause)
        dated = [h for h in hits if all(year in " ".join((h.text, *h.heading_path)) for year in years)]
        found = best_sentence(words, dated, lambda s: want(s) and not is_legal_basis(s), years)
        if found is None or overlap(words, f"{found[3]} {under(found[0].chunk_id)}") < CLAUSE_MIN:
            return False
        if all(found[:3] != other[:3] for other in added):
            added.append(with_items(found))
    for found in added:  # quoted only when every part is answered: a half answer stays as it was
        quote_line(draft, found, "Ngoài ra, theo")
    return True


def states_asked(clause: str):
    """What a sentence must state to answer one part: an amount, a length of time, a time; None when the part asks
    anything else (who, what, which)."""
    quantity = classify(clause).quantity
    if quantity is not None:
        return _quantity_stated(clause, quantity)
    if DURATION_ASKED.search(clause):
        return lambda s: bool(LENGTH.search(s))
    if DEADLINE.search(clause):
        return lambda s: bool(find_deadlines(s) or labelled_time(s))
    return None


# A task row's time as an answer labels it ("… · Thời hạn: Thường xuyên"): a cell value ("Thường xuyên", "Nhiệm vụ
# thường xuyên") that running-text reading leaves aside, as a table's time column states it.
_TIME_LABEL = re.compile(r"\bThời hạn:\s*([^·\n\[(]{2,60})")


def labelled_time(text: str) -> bool:
    """Whether a text labels a time the way an answer shows a row's time cell ("Thời hạn: Thường xuyên")."""
    return any(parse_deadline(found.group(1).strip(" .;")) for found in _TIME_LABEL.finditer(text))


def _names_only(clause: str) -> bool:
    """Whether a clause only names who acts, with no verb: agencies, or officials by their titles ("Chánh Văn phòng
    UBND thành phố;", "Giám đốc các sở, ban, ngành;")."""
    return not states_action(clause) and bool(find_agencies(clause) or LEADER_TITLE.match(clause))


def with_subject_lists(hit: Hit) -> list[tuple[int, int, str]]:
    """A hit's sentences, each clause that only names who acts (`_names_only`) and ends in ";" read with the
    clauses after it, through the first that states an action: the subjects of one sentence listed before its verb
    ("Chánh Văn phòng UBND thành phố; Giám đốc các sở, ban, ngành; … các tổ chức, cá nhân có liên quan chịu trách
    nhiệm thi hành Quyết định này."). A list of names that never reaches a verb (addressees), or whose next clause
    is an item of a list ("- Bộ Công an;" then "- Bộ Tài chính chủ trì …"), stays as it is."""
    read = hit_sentences(hit)
    out: list[tuple[int, int, str]] = []
    at = 0
    while at < len(read):
        last = at
        while last + 1 < len(read) and read[last][2].endswith(";") and _names_only(read[last][2]) \
                and not LIST_ITEM.match(read[last + 1][2]):
            last += 1
        if last > at and states_action(read[last][2]):
            start, end = read[at][0], read[last][1]
            out.append((start, end, " ".join(hit.text[start - hit.start:end - hit.start].split())))
            at = last + 1
            continue
        out.append(read[at])
        at += 1
    return out


def _holder_asked(clause: str):
    """For a part asking who leads or holds an office: whether a sentence names them ("cơ quan nào thẩm định …, | và
    ai phê duyệt?": "Cơ quan thẩm định: Sở Xây dựng."; "Phó Thủ tướng nào làm …": "Phó Thủ tướng Chính phủ Bùi
    Thanh Sơn"); None when the part asks neither."""
    intent = classify(clause)
    if intent.quantity is None and intent.kind == "lead" and not intent.agencies:
        return names_lead
    return _office_holder(clause)


def _names_destination(sentence: str, verb: str) -> bool:
    """Whether a sentence names an agency as where something is sent with the verb asked ("gửi về Bộ Giáo dục và Đào
    tạo", "phản ánh về Bộ Tài chính", "báo cáo UBND tỉnh")."""
    before = sent_to(verb)
    return any(before.search(sentence[:start]) for _, start, _ in find_agencies(sentence))


def _office_holder(question: str):
    """For "Phó Thủ tướng nào …?": whether a sentence names that office followed by a person's name ("Phó Thủ tướng
    Chính phủ Bùi Thanh Sơn"); None when no office is asked."""
    office = OFFICE_ASKED.search(question)
    if office is None:
        return None
    # "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình"; the name is its capitalised words, however many words
    # follow it ("Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo")
    # the office the document assigns ("Công điện 190 giao Phó Thủ tướng nào chỉ đạo …?") is named where it is
    # assigned ("Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo …", Công điện 192/CĐ-TTg, 4), not where an
    # earlier instruction is recalled ("… theo chỉ đạo của Phó Thủ tướng Hồ Đức Phớc tại văn bản số 3642/VPCP-KTTH",
    # Công điện 190/CĐ-TTg, 3.a); "Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo …" (Nghị quyết
    # 320/NQ-CP, Điều 3) assigns as "giao" does
    assigned = r"\b(?:giao|phân công)\s+(?:cho\s+)?" \
        if re.search(r"\b(?:giao|phân công)\s+(?:cho\s+)?" + re.escape(office.group(0)), question, re.I) else ""
    body = r"\s+" + r"\s+".join(map(re.escape, office.group(2).split())) if office.group(2) else r"(?:\s+Chính phủ)?"
    holder = re.compile(assigned + re.escape(office.group(1)) + r"(?:\s+Thường trực)?" + body + r"((?:\s+\w+){2,4})",
                        re.I)
    if not office.group(2):
        return lambda s: any(_capitalised(found.group(1).split()) >= 2 for found in holder.finditer(s))
    # a ministry's officer is listed with the name first ("- Bà Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp;", Quyết định
    # 2219/QĐ-TTg); a line left blank for the name ("- Ông/Bà, Thứ trưởng Bộ Tài chính;") names no one
    named_first = re.compile(r"((?:[^\W\d_]+\s+){0,4}[^\W\d_]+),\s+" + re.escape(office.group(1)) + body + r"\b", re.I)
    return lambda s: any(_capitalised(found.group(1).split()) >= 2 for found in holder.finditer(s)) \
        or any(_capitalised(found.group(1).split()[::-1]) >= 2 for found in named_first.finditer(s))


def _capitalised(words: list[str]) -> int:
    """How many of the words, from the first, open with a capital."""
    return next((n for n, w in enumerate(words) if not w[:1].isupper()), len(words))


def _not_basis(want):
    return lambda s: want(s) and not is_legal_basis(s)


def _kind_asked(which: str) -> str | None:
    """The type a "<loại> nào" asks ("nghị quyết nào" → "Nghị quyết"); None for "văn bản nào" (any type)."""
    return CITED_TYPES.get(re.sub(r"\s+(?:nào|số mấy|số bao nhiêu)$", "", which.strip(), flags=re.I).lower())


def _asked_documents(question: str) -> list[tuple[str | None, str, str | None]]:
    """The documents a question names in what it asks, not in a follow-up's carried topic (after `LEANED`)."""
    return list(named_documents(question.split(LEANED)[0]))


def _names_other(sentence: str, own: Sequence[tuple[str | None, str, str | None]], kind: str | None = None) -> bool:
    """Whether a sentence names a document by its number other than the ones a question names (`own`), of the type
    asked where one is (a number with no type before it may be of any: "… các Công điện sô 186/CD-TTg …"; "Tờ trình
    số 620/TTr-BTC" is no resolution asked by "nghị quyết nào"). Never an appendix's "Kèm theo …" line."""
    # "(Kèm theo Nghị quyết số 30¢ /NQ-CP …)": an appendix's own document, its number misread
    sentence = _ATTACHED_TO.sub(" (", sentence)
    asked = {serial for _, serial, _ in own}
    return any(serial not in asked and (kind is None or named is None or named == kind)
               for named, serial, _ in named_documents(sentence))


# an appendix's heading "(Kèm theo …)", never "… ban hành kèm theo Nghị định số 26/2023/NĐ-CP" (a document asked)
_ATTACHED_TO = re.compile(r"\(\s*kèm theo\s+(?:" + DOCUMENT_WORDS + r")\s+(?:số\s+)?\S+(?:\s*/\s*\S+)?", re.I)


# A question asking what is banned ("… nghiêm cấm những hành vi nào?", "cấm làm gì?", "những việc gì bị cấm?") and a
# sentence saying something is ("Nghiêm cấm …", "bị cấm", "cấm …").
BAN_ASKED = re.compile(r"(?<!\w)(?:nghiêm\s+)?cấm\s+(?:(?:những|các)\s+)?(?:\w+\s+){0,2}?(?:nào|gì)(?!\w)"
                       r"|(?<!\w)(?:nào|gì)\s+(?:bị\s+)?(?:nghiêm\s+)?cấm(?!\w)", re.I)
BANNED = re.compile(r"(?<!\w)cấm(?!\w)", re.I)
# A question asking what a document is about, or its title: "Công điện 192 về việc gì?", "trích yếu", "tên văn bản".
SUBJECT_ASKED = re.compile(r"(?<!\w)(?:về\s+(?:việc|vấn\s+đề|nội\s+dung|lĩnh\s+vực)?\s*gì|nói\s+về|trích\s+yếu|tiêu\s+đề"
                           r"|tên\s+(?:gọi|đầy\s+đủ|văn\s+bản|của)|tên\s+là\s+gì|nội\s+dung\s+(?:chính|gì)|có\s+tên)(?!\w)", re.I)
TITLE_EXTRA = 40  # characters a title line may carry beside the title: its type word, OCR debris of the head
TYPE_WORD = 20  # characters before a title opening a sentence: a type word ("nghị quyết liên tịch ")


_WH = re.compile(r"(?<!\w)(?:gì|nào)(?!\w)", re.I)
TITLE_ASKED_WORDS = 3  # the content words before the question word that a title must hold to answer


def _asked_by(question: str) -> list[str]:
    """The last content words before the question's first "gì"/"nào", folded: what it asks ("… công bố luật gì?" →
    công, bố, luật; "… nghiêm cấm những hành vi nào?" → cấm, hành, vi); none when there is no such word."""
    wh = _WH.search(question)
    if wh is None:
        return []
    words = [w for w in re.findall(r"\w+", question[:wh.start()]) if w.isalpha() and content_words(w)]
    return [fold(w).casefold() for w in words[-TITLE_ASKED_WORDS:]]


def _not_title(want, hits: Sequence[Hit], question: str = ""):
    """`want`, and never a sentence that is only a passage's document title, a subject line "Về …" that does not state
    the act asked (`_asked_by`) (with its type word
    before it, or the rest of a title cut short and the head's OCR debris after it: "Về việc thành lập Phân ban Việt
    Nam … thuộc Hiệp định Thương mại Việt Nam — Cuba cove mew mi CHÍNH PHỦ", Quyết định 2227/QĐ-TTg). A title that
    is no subject line ("Phê duyệt Đề án …") may be restated by Điều 1, which is content: left."""
    titles = {folded_flat(hit.title) for hit in hits
              if hit.title and len(hit.title) >= 20 and fold(hit.title).casefold().startswith("ve ")}
    # a title stating the act asked answers it ("Lệnh 18/2003/L-CTN công bố luật gì?" ← "Về việc công bố Luật Thuế thu
    # nhập doanh nghiệp"; "… điều chỉnh bổ sung quyết định nào?" ← "Về việc điều chỉnh bổ sung quyết định số …")
    asked = _asked_by(question)
    titles = {title for title in titles
              if len(asked) < 2 or not set(asked) <= set(re.findall(r"\w+", title))}
    if not titles:
        return want

    def titled(s: str) -> bool:
        flat = folded_flat(s)
        # the title with little beside it, or opening the sentence after at most its type word ("công điện ")
        return any((at := flat.find(title)) >= 0 and (len(flat) - len(title) <= TITLE_EXTRA or at <= TYPE_WORD)
                   for title in titles)
    return lambda s: want(s) and not titled(s)


LIST_ITEMS = 6  # items of a list quoted after the sentence that introduces it
DUTY_HITS = 8  # passages searched for the list of a party's duties
TITLED_ITEMS = LIST_ITEMS  # sentences quoted from a passage under an article titled with a party's duties
_TITLE_LINE = re.compile(DUTIES_TITLE.pattern, re.I | re.M)
TITLE_IN_TEXT = 0.05  # bonus of a duties title on a line of the passage's text over one only in its heading path
_NUMBERED = re.compile(rf"(?:^|\n)\s*({MARK_NUMBER}[.)])\s*$")
_NUMBER_MARK = re.compile(rf"\s*({MARK_NUMBER})[.)]")


def _depth(item: str) -> int:
    """How deep a numbered item's mark is: "1." 1, "1.1." 2, "1.1.1." 3; 0 for a letter or a dash."""
    mark = _NUMBER_MARK.match(item)
    return mark.group(1).count(".") + 1 if mark else 0


# An introduction that counts its items: "Tài khoản 133 có 2 tài khoản cấp 2:", "Hồ sơ gồm 03 loại giấy tờ sau:"
_COUNTED_INTRO = re.compile(r"(?<!\w)(?:có|gồm|bao\s+gồm)\s+0*([2-9])\s+[^:]{1,60}:\s*$", re.I)
DESCRIBED_MAX = 3  # description sentences read past between the items of a counted list


def with_items(found: tuple[Hit, int, int, str], listed: bool = False) -> tuple[Hit, int, int, str]:
    """A sentence that introduces a list ("… hồ sơ như sau:") with the items that follow it in its passage (at most
    LIST_ITEMS): the introduction alone answers nothing. When several things are asked (`listed`), an item that
    ends in ";" with the items after it, to the one that closes the list ("bãi bỏ Quyết định số 599/…; Quyết định
    số 239/… ."). Any other sentence as it is."""
    hit, start, end, text = found
    if listed and text.rstrip().endswith(";"):
        return _with_rest(found)
    if not text.rstrip().endswith(":"):
        return found
    items, previous = [], end
    counted = _COUNTED_INTRO.search(text)
    described = 0  # sentences read past as an item's description, in a list whose count the introduction gives
    for item_start, item_end, item in hit_sentences(hit):
        if item_start < end or _NUMBERED.match(item):
            continue  # a mark read as a sentence of its own ("1.1.") is read from the gap with its item
        # "1." standing before its item is cut off as a sentence of its own: read it from the gap
        number = _NUMBERED.search(hit.text[previous - hit.start:item_start - hit.start])
        if items and not (LIST_ITEM.match(item) or number) and _continues(items[-1][1], item):
            # "a) Hợp đồng nhập khẩu (…); trong hợp đồng phải thể hiện …": the item goes on after its ";" until the
            # next item's mark; what follows is still that item, not the end of the list
            items[-1] = (item_end, f"{items[-1][1]} {item}", items[-1][2])
            previous = item_end
            continue
        if items and counted and len(items) < int(counted.group(1)) and not (LIST_ITEM.match(item) or number) \
                and described < DESCRIBED_MAX:
            # "Tài khoản 133 có 2 tài khoản cấp 2:" / "+ Tài khoản 1331 - …" / "Tài khoản 1331 dùng để phản ánh …" /
            # "+ Tài khoản 1332 - …" (Thông tư 100/1998/TT-BTC): a paragraph describing an item stands between the
            # items the introduction counts; the list goes on after it
            described += 1
            previous = item_end
            continue
        if not (LIST_ITEM.match(item) or number) or len(items) == LIST_ITEMS:
            break
        if DUTY_INTRO.search(item):
            break  # "2. Tổ chức được kiểm toán kỹ thuật có trách nhiệm:": another party's list begins
        depth = _depth(number.group(1) if number else item)
        if items and depth and items[0][2] and depth != items[0][2]:
            break  # "2. …" after the items "1.1.", "1.2.", "1.3." of "1. … theo các nội dung:": the next point
        items.append((item_end, f"{number.group(1)} {item}" if number else item, depth))
        previous = item_end
    if not items:
        return found
    return hit, start, items[-1][0], " ".join([text, *(item for _, item, _ in items)])


def _read_to(found: tuple[Hit, int, int, str]) -> str:
    """A sentence's passage up to its end: an item on a periodic report ("c) Đối với báo cáo 6 tháng: Trong thời hạn
    45 ngày …") is read in its article up to it, as who sends which reports to whom is said in the clause before the
    list of their times ("1. Công ty quản lý quỹ gửi Ủy ban Chứng khoán Nhà nước các báo cáo định kỳ như sau: …")."""
    return found[0].text[:found[2] - found[0].start]


def with_intro(found: tuple[Hit, int, int, str], words: set[str]) -> tuple[Hit, int, int, str]:
    """An item of a list ("b) Chi trả trợ cấp gia đình binh sĩ dự bị hạng hai …;") quoted from the sentence that
    introduces its list ("3. Ngân sách địa phương chi cho các nhiệm vụ sau:", Nghị định 14/2016/NĐ-CP, Điều 17),
    through the items before it (at most LIST_ITEMS), when that sentence carries words asked that the item lacks
    ("do ngân sách nào chi?"): the item alone does not say whose it is. Any other sentence, an item that says what is
    asked by itself ("- Chủ tịch Phân ban Việt Nam: Thứ trưởng Bộ Công Thương;"), or one whose introduction is not
    in its passage, as it is."""
    hit, start, end, text = found
    if not LIST_ITEM.match(text):
        return found
    before = [(s, t) for s, e, t in hit_sentences(hit) if e <= start]
    siblings = 0
    while before and LIST_ITEM.match(before[-1][1]) and siblings < LIST_ITEMS:
        before.pop()
        siblings += 1
    if not before or not before[-1][1].rstrip().endswith(":") or LIST_ITEM.match(before[-1][1]) \
            or not (words & content_words(before[-1][1])) - content_words(text):
        return found
    first = before[-1][0]
    return hit, first, end, " ".join(hit.text[first - hit.start:end - hit.start].split())


def _continues(item: str, sentence: str) -> bool:
    """Whether a sentence with no item mark goes on with the list item before it: that item stops at a ";" or ","
    (not a full stop) and the sentence opens in lower case ("…; trong hợp đồng phải thể hiện …")."""
    return item.rstrip().endswith((";", ",")) and sentence[:1].islower()


# A clause that opens with its verb of partnership has its subject in the clause before it: "Ủy ban nhân dân Thành
# phố Hà Nội chỉ đạo …; phối hợp chặt chẽ với Bộ Công an …".
_SUBJECTLESS = re.compile(r"^\W*(?:(?:đồng thời|và|cùng với đó)\s*,?\s*)?(?:tiếp tục\s+)?" + PARTNERSHIP.pattern, re.I)


def with_subject(found: tuple[Hit, int, int, str]) -> tuple[Hit, int, int, str]:
    """A clause that starts with "phối hợp" quoted with the clause before it in its sentence (after a ";"), which
    names who acts with the partners: a partner is never quoted without its lead. Any other sentence as it is."""
    hit, start, end, text = found
    if not _SUBJECTLESS.match(text):
        return found
    before = [(s, e) for s, e, _ in hit_sentences(hit) if e <= start]
    if not before:
        return found
    joined = hit.text[before[-1][0] - hit.start:start - hit.start].rstrip()
    if not joined.endswith(";") or ";" in joined[:-1] or "." in joined[-2:]:
        return found
    first = before[-1][0]
    return hit, first, end, " ".join(hit.text[first - hit.start:end - hit.start].split())


def with_lead(found: tuple[Hit, int, int, str]) -> tuple[Hit, int, int, str]:
    """A sentence that names agencies only as partners and no lead ("Một phong trào … sẽ được phát động, phối hợp
    với Bộ Công an …") quoted with the sentence before it in its paragraph when that one names who leads ("Ban
    Tuyên giáo Trung ương … được giao nhiệm vụ …"): a partner is never quoted without its lead. Any other as it is."""
    hit, start, end, text = found
    cut = PARTNERSHIP.search(text)
    if not cut or lead_named(text) or not any(s > cut.start() for _, s, _ in find_agencies(text)):
        return found
    before = [(s, e, t) for s, e, t in hit_sentences(hit) if e <= start]
    if not before or "\n\n" in hit.text[before[-1][1] - hit.start:start - hit.start] or not lead_named(before[-1][2]):
        return found
    first = before[-1][0]
    return hit, first, end, " ".join(hit.text[first - hit.start:end - hit.start].split())


def _with_rest(found: tuple[Hit, int, int, str]) -> tuple[Hit, int, int, str]:
    """An enumerated item ending in ";" with the items that follow it in its passage, through the one ending the
    enumeration (at most LIST_ITEMS)."""
    hit, start, end, text = found
    items: list[tuple[int, str]] = []
    for _, item_end, item in hit_sentences(hit):
        if item_end <= end:
            continue
        if len(items) == LIST_ITEMS or (items and not items[-1][1].rstrip().endswith(";")):
            break
        items.append((item_end, item))
    if not items:
        return found
    return hit, start, items[-1][0], " ".join([text, *(item for _, item in items)])


def adds_to(words: set[str], first: tuple[Hit, int, int, str], second: tuple[Hit, int, int, str]) -> bool:
    """Whether a second quoted sentence carries something asked that the first does not: question words the first
    lacks. One that only repeats the topic adds a citation that holds no fact of the answer."""
    return bool((words & content_words(second[3])) - content_words(first[3]))


# Numbers that are no amount: dates, years, serials, articles, appendices ("năm 2025", "ngày 15", "6/2025", "15/11",
# "Điều 4", "phụ lục 2").
# A share of a whole ("29/42 Bộ", "15/34 địa phương": a denominator over 12 that is no year) is an amount.
# A round or an item named in brackets ("… khắc phục hậu quả mưa lũ (lần 2)", which the OCR of Quyết định 2241/QĐ-TTg
# reads "(tần 2)"; "(đợt 1)"): one word and a small number, a label, never an amount ("(50 tỷ đồng)" opens with it).
_NOT_AMOUNT = re.compile(r"\b(?:năm|ngày|tháng|quý|số|Điều|khoản|điểm|mục|phụ lục|lần(?: thứ)?|đợt|giai đoạn)\s+\d+|"
                         r"\(\s*[^\W\d]+\s+\d{1,2}\s*\)|"
                         r"\d+\s*[/-]\s*(?:0?\d|1[0-2]|\d{4,})(?!\d)|\d+\s*[/-]\s*\d+\s*[/-]\s*\d+", re.I)
_MEASURES = frozenset("tỷ triệu nghìn ngàn đồng tiền ha héc m2 mét km ki tấn lít".split())


# A count of bodies the question states ("… bao nhiêu cho 4 tỉnh bị mưa lũ?"): given, not asked. A sum it names ("từ 5
# triệu USD") is a condition the sentence answering must hold.
# Also what a count of bodies in a sentence is ("hỗ trợ khẩn cấp 04 tỉnh …"), no amount unless such a count is asked.
_COUNTED = re.compile(rf"(?<![\w/.,-])0*(\d{{1,3}})\s+({'|'.join(GENERIC_BODIES)})(?!\w)", re.I)
_BODIES_ASKED = re.compile(rf"(?<!\w)(?:bao\s+nhiêu|mấy)\s+(?:{'|'.join(GENERIC_BODIES)})(?!\w)", re.I)


def _given(question: str) -> re.Pattern | None:
    """The counts a question states, as they may be written in a sentence ("4 tỉnh" → "04 tỉnh"); None when none."""
    counts = [rf"0*{number}\s+{re.escape(word)}" for number, word in _COUNTED.findall(question)]
    return re.compile(rf"(?<![\w/.,-])(?:{'|'.join(counts)})(?!\w)", re.I) if counts else None


# a share's sign or words, stated with a figure in the same sentence: "5,5%", "10 phần trăm", a table row "… · % dân số ·
# 99 · …" (Phụ lục I of Nghị quyết 03/NQ-CP)
_SHARE = re.compile(r"%|phần\s+trăm", re.I)


# The things counted after "bao nhiêu"/"mấy": "bao nhiêu thủ tục hành chính đặc thù …" → thủ, tục, hành, chính, …
# (on the fold: "bao nhieu thu tuc hanh chinh" typed without marks asks the same)
_COUNT_NOUN = re.compile(r"(?<!\w)(?:bao\s+nhieu|may)\s+((?:[^\W\d_]+\s+){1,5}[^\W\d_]+)", re.I)


def _count_short_forms(question: str) -> tuple[str, ...]:
    """The short forms a document writes the things a question counts with, the initials of their first three to
    six syllables in capitals ("bao nhiêu thủ tục hành chính đặc thù" → "TTHC", Công điện 187/CĐ-TTg: "668 TTHC đặc
    thù của địa phương"; "văn bản quy phạm pháp luật" → "VBQPPL"); none of fewer than three letters."""
    found = _COUNT_NOUN.search(fold(question))
    if not found:
        return ()
    initials = "".join(word[0] for word in found.group(1).split()).upper()
    return tuple(initials[:n] for n in range(3, len(initials) + 1))


def _quantity_stated(question: str, unit: str) -> Callable[[str], bool]:
    """Whether a sentence states the amount a question (or one part of it) asks, the counts it gives aside
    (`_given`), a count of bodies an amount only where the question asks one ("bao nhiêu tỉnh")."""
    given, bodies = _given(question), bool(_BODIES_ASKED.search(question))
    short = _count_short_forms(question) if unit and unit not in _MEASURES else ()
    return lambda s: _states_quantity(s, unit, given, bodies, short)


def _states_quantity(sentence: str, unit: str, given: re.Pattern | None = None, bodies_asked: bool = False,
                     short: Sequence[str] = ()) -> bool:
    """Whether a sentence states an amount (a number that is no date, year or serial, nor a count the question
    states itself, `given`), in the unit asked when the question names one ("bao nhiêu tỷ đồng" → "400 tỷ đồng",
    "bao nhiêu phần trăm" → "5%"), or in its short form (`short`, on the fold: "668 TTHC" for "bao nhiêu thủ tục hành
    chính")."""
    if short and re.search(rf"\d[\d.,]*\s*(?:{'|'.join(map(re.escape, short))})(?![^\W\d_])", fold(sentence)):
        return True
    if unit not in _MEASURES and _SHARE.search(sentence) and re.search(r"\d", _NOT_AMOUNT.sub(" ", sentence)):
        # a share answers "bao nhiêu phần trăm", "tỷ lệ … bao nhiêu cán bộ", never "bao nhiêu tỷ đồng"; a share with no
        # figure ("mức thu nhập chịu thuế tính trước bằng tỷ lệ phần trăm (%) … quy định tại phụ lục 2", Thông tư
        # 01/1999/TT-BXD) states none
        return True
    text = _NOT_AMOUNT.sub(" ", sentence)
    text = given.sub(" ", text) if given else text
    if not unit and not bodies_asked:
        # no unit asked ("Cao Bằng được bao nhiêu?"): a count of bodies ("hỗ trợ khẩn cấp 04 tỉnh Thái Nguyên, Cao Bằng
        # …") is no amount; "bao nhiêu tỉnh", "bao nhiêu doanh nghiệp" ask that count
        text = _COUNTED.sub(" ", text)
    if unit == "đồng" and re.search(r"\d[\d.,]*\s?đ(?![^\W\d_])", text):
        return True  # the written short form of đồng: "450.000đ/người/tháng", "8.551.000đ/m2"
    if unit:
        # a word or two of a larger unit between ("bao nhiêu vốn" → "20.000 tỷ đồng vốn trái phiếu", Nghị quyết
        # 32/2009/QH12)
        return re.search(rf"\d[\d.,]*\s*(?:\w+\s+){{0,2}}{re.escape(unit)}(?!\w)", text, re.I) is not None
    return re.search(r"\d", text) is not None


# Where a sentence names its lead: first in its clause ("Bộ Y tế chủ trì …", "- Bộ Quốc phòng: …"), after an
# assignment ("Giao Sở Tài chính …", "Đề nghị Ủy ban …"), or before a lead's role ("… là cơ quan thường trực").
_CLAUSE = re.compile(r"[;:.\n]")
# The closing article addresses the officials it charges: "Điều 3. Các ông (bà) Chánh Văn phòng …".
_OPENING = re.compile(r"[\s\-+•*]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)])?\s*(?:các\s+ông\s*\(bà\)\s*)?", re.I)
_ASSIGNED = re.compile(r"(?:^|\s)(?:giao(?: cho)?|đề nghị|yêu cầu)\s*$", re.I)
# "… báo cáo Bộ Tài chính để chủ trì, phối hợp … hướng dẫn, xử lý" (Quyết định 2216/QĐ-TTg): reported to it for it to
# lead the work.
_LEAD_ROLE = re.compile(r"\s*,?\s*(?:để\s+)?(?:chủ trì|là cơ quan (?:thường trực|đầu mối|chủ trì)|là đầu mối|làm đầu mối|"
                        r"(?:có|chịu) trách nhiệm|phụ trách)\b", re.I)


# A leader's title before the agency ("Giao Phó Thủ tướng …", "Bộ trưởng Bộ Công an chỉ đạo …", "Chánh Văn phòng Ủy
# ban nhân dân tỉnh, Giám đốc Sở Nội vụ … chịu trách nhiệm thi hành", "Giao cho Cục trưởng Cục Thuế tỉnh …").
_TITLE = re.compile(r"(?:Phó\s+|" + LEADER_TITLE.pattern + r")+$", re.I)


def lead_named(sentence: str, skip: Sequence[str] = ()) -> tuple[str, bool] | None:
    """(name, titled) of the agency a sentence names (by name, not a bare group word) as the one leading: first in
    its clause or assigned the work, never after "phối hợp" in it; titled when a leader's title stands before it
    ("Phó Thủ tướng Chính phủ Lê Thành Long": the name alone is not the one asked). None when it names none."""
    for name, start, end in find_agencies(sentence):
        if not name[:1].isupper() or any(same_agency(name, other) for other in skip):
            continue  # (`skip`: the agency owning the unit asked, "Bộ trưởng Bộ Y tế giao Cục Bảo trợ xã hội …")
        clause = _CLAUSE.split(sentence[:start])[-1]
        if PARTNERSHIP.search(clause) or ASSIGNS_NEXT.match(sentence, end):
            continue  # a partner, or the one assigning the work ("UBND tỉnh giao …") or receiving a document
        before = _TITLE.sub("", clause)
        opened = _OPENING.match(before)  # a list marker, then perhaps a time or a condition ("nếu có vướng mắc, ")
        if _OPENING.fullmatch(before) or OPENING.fullmatch(before, opened.end()) or _ASSIGNED.search(before) or _LEAD_ROLE.match(sentence, end):
            return name, before != clause
    return None


def names_lead(sentence: str) -> bool:
    return lead_named(sentence) is not None


def _enacts(sentence: str) -> bool:
    """The document's enacting formula: its first agency, opening the sentence, followed by its act of issuing what
    follows ("Bộ Tài chính hướng dẫn việc đăng ký thuế, khấu trừ thuế … như sau:", `vn.ENACTING_AFTER`)."""
    first = next(iter(find_agencies(sentence)), None)
    return first is not None and _OPENING.fullmatch(_TITLE.sub("", sentence[:first[1]])) is not None \
        and ENACTING_AFTER.match(sentence, first[2]) is not None


# a figure in the next cell: "Lai Châu 22,1%", "Bộ Y tế | 7242270 …", "Viện Khoa học xã hội Việt Nam 216.868 …"
_FIGURE_NEXT = re.compile(r"(?:[ \t]+(?:Việt Nam|VN)(?!\w))?[\s|\]\[)]*\d")


def _unit_asked(question: str, intent: Intent) -> Callable[[str], bool] | None:
    """The body or place an amount is asked of, as a test of a sentence holding its row in a table of bodies and their
    figures: its name followed at once by a figure ("Viện Khoa học xã hội Việt Nam 216.868 56.676] 1 26,1% 26,1%"; "…
    › Bộ Khoa học và Công nghệ 923.342 32.848 3,6% …", where an OCR'd table's rows are read as one sentence), never a
    sentence of prose that opens with it ("Ủy ban Quốc gia định kỳ họp ít nhất 01 lần/năm;" is no answer to how many
    days before a meeting it is announced). The body is the agency the question is about ("Viện Khoa học xã hội Việt
    Nam có tỷ lệ giải ngân bao nhiêu?"), else the one place it names with its unit ("tỉnh Sơn La giải ngân được bao
    nhiêu phần trăm …?"); None when it names neither, or several places."""
    if intent.agency:
        def spans(s: str) -> list[tuple[int, int]]:
            return [(start, end) for name, start, end in find_agencies(s) if same_agency(intent.agency, name)]
    else:
        places = find_places(question)
        if len(places) != 1:
            return None
        place = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, next(iter(places)).split())) + r"(?!\w)", re.I)

        def spans(s: str) -> list[tuple[int, int]]:
            return [m.span() for m in place.finditer(fix_tone_placement(s))]

    return lambda s: any(_FIGURE_NEXT.match(s, end) for _, end in spans(s))


def _names_agency(agency: str, text: str) -> bool:
    return any(same_agency(agency, name) for name, _, _ in find_agencies(text))


def _reported_to_only(agency: str, text: str) -> bool:
    """Whether a text names the agency, and only after a verb of reporting to it (`corpus.vn.REPORTED_TO`: "… báo cáo
    Ban Chỉ đạo Trung ương")."""
    named = [start for name, start, _ in find_agencies(text) if same_agency(agency, name)]
    return bool(named) and all(REPORTED_TO.search(text[:start]) for start in named)


TASK_WORDS = 3  # the fewest content words, besides the agencies named, of a sentence that states a task


def _states_task(sentence: str) -> bool:
    """Whether a sentence says more than the agencies it names: a table cell holding only "Ủy ban nhân dân các tỉnh,
    thành phố trực thuộc" names the lead of a row, not its task."""
    return len(content_words(without_agencies(sentence))) >= TASK_WORDS


def _leads_in(agency: str, sentence: str, role: str) -> bool:
    """Whether the sentence names the agency (or the same body of every unit of its kinds, `same_group`) in the role
    asked: as lead when it is named before any "phối hợp"
    (or with none), as partner when named after it."""
    cut = PARTNERSHIP.search(sentence)
    for name, start, _ in find_agencies(sentence):
        if same_agency(agency, name) or same_group(agency, name):
            after = cut is not None and start > cut.start()
            return after if role == "partner" else not after
    return False


def _states_time(sentence: str) -> bool:
    """Whether a sentence states a time of its own: a deadline or recurrence (`corpus.deadlines`) or a length
    ("trong thời hạn 05 ngày", `vn.LENGTH`)."""
    return bool(find_deadlines(sentence)) or bool(LENGTH.search(sentence))


# A kind named after "theo" ("giấy phép theo lô hàng", "nộp thuế theo từng lần phát sinh"): two words, never a source
# or a rule followed ("theo quy định", "theo Nghị định …", "theo đề nghị của …", "theo pháp luật"), the verb "theo dõi",
# nor the measure a question asks in ("theo tỷ lệ bao nhiêu", "theo mức ấn định", "theo thuế suất").
_KIND = re.compile(r"(?<=\s)theo\s+(?!(?:quy|hướng|đề|ý|chỉ|kế|yêu|sự|các|những|nội|mẫu|điều|khoản|mục|phụ|dõi|luật|pháp|tỷ|mức|thuế|giá|biểu|"
                   r"quyết)\b)"
                   r"([^\W\d]+\s+[^\W\d]+)", re.I)


def kind_named(question: str) -> str | None:
    """The kind of thing a question names after "theo" ("… giấy phép … theo lô hàng có hiệu lực trong bao lâu?" →
    "theo lô hàng"), lower case; None when it names none, or only a document or a rule followed."""
    found = _KIND.search(without_source_lead(normalize(question)))
    if found is None or found.group(1).lower() in CITED_TYPES:
        return None
    return "theo " + " ".join(found.group(1).lower().split())


def _flat(text: str) -> str:
    return " ".join(text.lower().split())
