"""What a question asks: its type, the agency and document it names, and its content words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Callable

from corpus.agencies import agency_names, find_agencies, question_bodies, written_out
from corpus.deadlines import find_deadlines
from corpus.headers import SIGNED_FOR
from corpus.obligations import PARTNERSHIP, opens_with_verb
from corpus.text import fold, normalize_query
from corpus.vn import (CITED_TYPES as DOC_TYPES, CODES, DOCUMENT_WORDS, HONORIFICS, LAW_TYPES, OWNER_BEFORE, ROLE_LABEL_ASKED, TYPES, NUMBER_QUERY as DOC_NUMBER, REPORTED_TO, YEAR, YEAR_SPAN,
                       documents_wording, number_key, term_keys, type_covers, without_short_terms)

# "căn cứ" asks the legal basis, except as the purpose of a task: "danh mục … làm căn cứ xét giảm thuế", as what a
# document rests on when that is a proposal ("… căn cứ đề nghị của Bộ Tài chính tại văn bản số mấy?" asks the "Xét đề
# nghị của …" line, the proposer slot), and as the
# verb of a body asked ("Theo Thông tư 68/2005/TT-BTC, cơ quan nào căn cứ chứng từ nộp thuế để điều tiết cho ngân
# sách các cấp?": "Kho bạc nhà nước căn cứ chứng từ nộp thuế … thực hiện điều tiết …" is a duty, who does it is asked),
# and as how an amount is set ("… thì giá tính truy thu thuế GTGT, TNDN xác định căn cứ vào đâu theo QĐ 41/2002?":
# "Giá bán làm căn cứ tính truy thu … được xác định trên cơ sở bảng giá tối thiểu …" is the content asked)
_BASIS = (r"(?<!làm )(?<!\bai )(?<!cơ quan nào )(?<!đơn vị nào )(?<!xác định )(?<!được tính )"
          r"căn cứ(?! (?:vào )?(?:đề nghị|đề xuất|tờ trình)\b)")
# "do cơ quan nào?" asks the issuer; "do cơ quan nào chủ trì?" the lead of a task
# ("… do cơ quan nào theo dõi, đánh giá?" asks who monitors a target)
# The type words a question calls a document by ("là nghị quyết của cơ quan nào"): corpus.vn.TYPES, or "văn bản".
_TYPE_WORDS = "|".join(["văn bản", *(name.lower() for name in TYPES)])
_ISSUED_WHAT = r"(?=\s*(?:[?.,;]|$|(?:" + _TYPE_WORDS + r"|nghị quyết|đề án)\b|\d))"
# "Theo Thông tư 69/2002/TT-BTC, cơ quan nào ban hành Quyết định truy thu thuế …?": with its source named before it, a
# document kind issued with no number nor "này/đó" after it is a thing the source speaks of (who issues it is asked),
# not the source itself (whose issuer "Cơ quan nào ban hành Thông tư liên tịch 19/2009/…?" asks)
_ISSUES_A_THING = re.compile(r"\bban hành\s+(?:" + _TYPE_WORDS + r")\b(?!\s*(?:số\s*)?\d|\s+(?:này|đó|trên|kia|ấy)\b)", re.I)
_BY_WHOM = (r"do cơ quan nào(?!\s+(?:chủ trì|thực hiện|phối hợp|xây dựng|soạn|lập|làm|theo dõi|đánh giá|phụ trách|"
            r"quản lý|giám sát|triển khai|tổ chức|hướng dẫn|kiểm tra))")


def _any(*phrases: str) -> str:
    """One alternation of whole phrases: r"\b(?:a|b|…)\b"."""
    return r"\b(?:" + "|".join(phrases) + r")\b"


# The words that ask which body: "ai", "cơ quan nào", "bộ nào", …
_WHO = "ai|cơ quan nào|đơn vị nào|bộ nào|sở nào|ngành nào|địa phương nào"
DEADLINE = re.compile(_any(
    "khi nào", "bao giờ", "thời hạn", "hạn chót", "hạn cuối", "hạn hoàn thành", "thời gian hoàn thành", "thời điểm nào",
    # "hạn nộp" asks a time, never inside "gia hạn nộp thuế" (the extension a decision grants is its topic: "Cơ quan
    # nào chịu trách nhiệm hướng dẫn thực hiện Quyết định 12/2010/QĐ-TTg về gia hạn nộp thuế …?")
    "ngày nào", "tháng nào", "năm nào", "trước ngày", "đến hạn", r"(?<!gia )hạn nộp", "hạn báo cáo", "mấy ngày",
    "thời gian thực hiện", "(?<!báo cáo )tiến độ", "lúc nào", "quý nào", "mốc nào", "(?:khoảng |trong |vào )thời gian nào",
    "(?:trong|vào) giai đoạn nào", "hạn nào",
    # as a chat box asks it: "… trình tháng mấy", "xong quý mấy", "ban hành ngày mấy" ("mấy tháng" is a span)
    "ngày mấy", "tháng mấy", "quý mấy", "năm mấy") +
    # a question opening with "Hạn" asks the time of what follows: "Hạn UBND tỉnh gửi báo cáo … cho Bộ NN&MT?"
    r"|^\W*hạn\s+(?!chế\b|mức\b|ngạch\b|hán\b)"
    # "Có hạn không?", "Việc đó có hạn chót chưa?": whether a time is set, answered as a time asked
    r"|\bcó\s+hạn(?:\s+(?:chót|cuối|hoàn thành))?\s+(?:không|chưa)\b", re.I)
# "trước ngày <event>" in a question asking how or what ("Quỹ bảo lãnh tín dụng thành lập trước ngày Thông tư có
# hiệu lực thi hành được hưởng ưu đãi thuế như thế nào?", Thông tư 82/2006/TT-BTC): a condition on whom it is asked
# of, not a time asked; the question is one of content when nothing else in it asks a time.
_CONDITION_DATE = re.compile(r"\btrước ngày\b(?!\s+(?:nào|mấy|bao))[^?]*\b(?:như thế nào|thế nào|ra sao|những gì|gì)\s*\??\s*$",
                             re.I)


# "trước ngày 14/10/2025", "trước ngày 15 tháng 10 năm 2025" in a question asking which document ("Văn bản nào yêu
# cầu … hoàn thành dứt điểm … trước ngày 14/10/2025?"): a time the question states itself, which says which task is
# meant; no time is asked by it ("Doanh nghiệp phải làm gì trước ngày 30/6?" still asks the tasks due by that day).
_STATED_DAY = re.compile(r"\s*\d{1,2}\s*(?:/|-|\s+tháng\b)")
# A time pointed back at, not asked: "Sau thời hạn nêu trên, Bộ Tài chính phải làm gì?", "Quá thời hạn đó thì sao?"
# (Công điện 193/CĐ-TTg: "b) Sau thời hạn nêu trên, Bộ Tài chính tổng hợp danh sách …"): what is done after or within
# a time already named is asked, not that time.
_POINTED_TIME = re.compile(r"\b(?:sau|quá|hết|trong|ngoài)\s+(?:thời hạn|hạn)\s+(?:đó|này|ấy|nêu trên|trên|nói trên|"
                           r"kể trên)\b", re.I)


# A span the question states as the whole of a period, not a time it asks: "… áp dụng thuế suất ưu đãi 10% trong suốt
# thời gian thực hiện dự án?" (Nghị định 152/2004/NĐ-CP) asks who decides, the period being the rate's reach; up to
# a comma, so that "Trong suốt thời gian đó, khi nào …?" still asks when.
_THROUGHOUT = re.compile(r"\bsuốt\s+(?:thời gian|thời hạn|giai đoạn|thời kỳ)\b[^?,;]*", re.I)


# "Những nhiệm vụ nào Bộ X chủ trì … có thời hạn trong năm 2025?": the tasks asked, their time a period the question
# states to pick them by ("có thời hạn trong năm 2025", "hạn vào tháng 6/2025"), not a time asked
_TASKS_WHICH = re.compile(r"\b(?:những\s+)?(?:nhiệm vụ|việc|đầu việc|công việc)\s+nào\b", re.I)
_TIME_PICKED = re.compile(r"\b(?:có\s+)?(?:thời\s+)?hạn(?:\s+hoàn\s+thành)?\s+(?:trong|vào)\s+(?:năm\s+\d{4}|"
                          r"tháng\s+\d{1,2}(?:\s*/\s*\d{4})?(?:\s+năm\s+\d{4})?|quý\s+[IV\d]+(?:\s*/\s*\d{4})?)", re.I)


# The period the tasks asked are picked by, where it is a year or a month: "… có thời hạn trong năm 2025", "… phải
# xong trong năm 2025", "… hạn vào tháng 6/2025" (group 1 the year; groups 2 and 3 a month and its year)
_PERIOD_PICKED = re.compile(r"\b(?:hạn|xong|hoàn thành)(?:\s+\w+){0,2}?\s+(?:trong|vào)\s+(?:năm\s+(\d{4})|"
                            r"tháng\s+(\d{1,2})\s*/\s*(\d{4}))\b", re.I)


def picked_period(text: str) -> tuple[int, int | None] | None:
    """(year, month or None) a question asking which tasks picks them by (`_TASKS_WHICH`, `_PERIOD_PICKED`); None when
    it picks none."""
    if not _TASKS_WHICH.search(text):
        return None
    found = _PERIOD_PICKED.search(text)
    if not found:
        return None
    return (int(found.group(1)), None) if found.group(1) else (int(found.group(3)), int(found.group(2)))


def time_asked(text: str) -> bool:
    """Whether a question asks a time (`DEADLINE`), a "trước ngày <event>" condition of a how-question, a
    "trước ngày <date>" the question states, a time pointed back at (`_POINTED_TIME`), a span stated as a whole
    period (`_THROUGHOUT`) and a period the tasks asked are picked by (`_TIME_PICKED`) aside."""
    bare = _THROUGHOUT.sub(" ", _POINTED_TIME.sub(" ", text))
    if _TASKS_WHICH.search(bare):
        bare = _TIME_PICKED.sub(" ", bare)
    found = [m.group(0).lower() for m in DEADLINE.finditer(bare)
             if not (m.group(0).lower() == "trước ngày" and _STATED_DAY.match(bare, m.end())
                     and _WHICH_DOCUMENT.search(text))]
    return bool(found) and not (set(found) == {"trước ngày"} and _CONDITION_DATE.search(text))


# What happens to an event on a day: it opens, closes, is inaugurated, takes place ("Hội chợ … khai mạc", "Phiên họp …
# diễn ra"). Asked "when" ("… diễn ra ngày nào?", "… khai mạc vào ngày nào?"), it is the day of the event, which a
# sentence reporting the event with its date answers; never a task's time to meet (the deadline of preparing it).
_EVENT_VERBS = r"khai mạc|bế mạc|khai giảng|khánh thành|khởi công|khai trương|thông xe|diễn ra"
HAPPENS = re.compile(rf"\b(?:{_EVENT_VERBS})\b", re.I)
EVENT_DATE = re.compile(rf"\b({_EVENT_VERBS})\s+(?:vào\s+)?(?:ngày nào|hôm nào|khi nào|lúc nào|bao giờ)\b", re.I)
# A meeting a question asks of, and a sentence saying who chaired one: "… diễn ra chiều 4/3/2025 …, do Tổng Bí thư Tô
# Lâm chủ trì", "Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì Phiên họp." (a person chairs, often no agency named).
MEETING = re.compile(r"\b(?:phiên họp|cuộc họp|hội nghị|buổi làm việc)\b", re.I)
CHAIRED = re.compile(r"\bdo\s+[^,.;:()]{3,80}?\s+chủ trì\b|\bchủ trì\s+(?:phiên họp|cuộc họp|hội nghị|buổi làm việc)\b",
                     re.I)
# "Phiên họp thứ nhất của Ban Chỉ đạo … do ai chủ trì?", "Ai chủ trì hội nghị …?": who chaired the meeting itself, not
# who leads a task the meeting assigned.
CHAIR_ASKED = re.compile(r"\b(?:phiên họp|cuộc họp|hội nghị|buổi làm việc)\b[^?;]*\bdo ai chủ trì\b|"
                         r"\bai chủ trì\s+(?:phiên họp|cuộc họp|hội nghị|buổi làm việc)\b", re.I)
# "<X> chủ trì hay (chỉ) phối hợp …?": which of the two roles a task gives X (the work may stand between); asked the
# other way round too: "<X> chỉ phối hợp hay cùng chịu trách nhiệm tổ chức triển khai …?", "… phối hợp hay chủ trì?"
# The same asked of a task named after it: "<X> có trách nhiệm gì / đóng vai trò gì trong nhiệm vụ <task>?", "<X> có
# vai trò gì trong việc <task>?" (X's part in one task, not the list of its tasks); "trách nhiệm gì trong việc …"
# stays a duty list ("Bộ Công an có trách nhiệm gì trong việc chống thất thu thuế …?"), and so does the part in carrying
# out a whole text ("Kho bạc nhà nước có vai trò gì trong việc thực hiện các quy định của Luật Thuế …?").
_ROLE_ASKED = (r"\b(?:chủ trì(?:\s+[^\s?,;:.]+,?){0,8}?\s+hay (?:chỉ |là )?(?:đơn vị |cơ quan )?phối hợp"
               r"|(?:chỉ\s+)?phối hợp(?:\s+[^\s?,;:.]+,?){0,8}?\s+hay (?:là |cùng )?(?:chủ trì|chịu trách nhiệm)"
               r"|(?:(?:có|đóng|giữ)\s+)?(?:vai trò|trách nhiệm)\s+gì\s+trong\s+nhiệm vụ"
               r"|(?:(?:có|đóng|giữ)\s+)?vai trò\s+gì\s+trong\s+(?:việc|đề án)"
               r"(?!\s+(?:tổ chức\s+)?(?:thực hiện|triển khai|thi hành)\b)"
               # "Vai trò của <X> trong <task> là gì?", "<X> tham gia … với vai trò gì?", "Trong <task>, <X> là cơ quan
               # gì?": the same part asked in other words ("Trong việc <task>, <X> giữ vai trò gì?" stays content: a
               # report's prose sentence answers it, devdocs db28)
               r"|vai trò của\b(?=[^?]*?\btrong\s+(?!(?:việc\s+)?(?:tổ chức\s+)?(?:thực hiện|triển khai|thi hành)\b))"
               r"|với vai trò\s+(?:gì|nào)|là cơ quan gì"
               # "<X> có tham gia <task> không?": whether, and how, X takes part
               r"|có tham gia(?=[^?]*\bkhông\s*\??\s*$))\b")
# "Trong nhiệm vụ <task>, <X> làm gì?", "Đối với đề án <task>, <X> có trách nhiệm gì?": the task named first, then the
# agency's part in it, which is "<X> có vai trò gì trong nhiệm vụ <task>?" (`_ROLE_ASKED`) in other words; not "Trong
# việc <task>, …" (a report's prose sentence answers it, devdocs db28), not "… những việc gì" (a list of tasks)
_TASK_FIRST = re.compile(r"^(?:trong|đối với|với)\s+(nhiệm vụ|đề án)\s+([^?]+)\s*,\s*([^,?]+?)\s+(?:phải\s+)?"
                         r"(?:làm gì|có trách nhiệm gì|giữ vai trò gì|đóng vai trò gì|"
                         r"tham gia (?:thế nào|ra sao|như thế nào|với vai trò gì))\s*\??\s*$", re.I)


# the document a question is of, bracketed after its question words: "Trong nhiệm vụ …, Bộ Tài chính làm gì (Nghị quyết
# 03/NQ-CP)?"
_SOURCE_CLOSING = re.compile(rf"\s*\(\s*((?:{DOCUMENT_WORDS})\b[^()]{{0,80}}?)\s*\)\s*\??\s*$", re.I)


def _source_named_first(text: str) -> tuple[str, str]:
    """A question without the document it brackets at its close, and that document as the opening naming it first
    ("…, Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?" → ("…, Bộ Tài chính làm gì?", "Theo Nghị quyết 03/NQ-CP, "));
    the question and "" when it brackets none."""
    closing = _SOURCE_CLOSING.search(text)
    if closing is None:
        return text, ""
    return text[:closing.start()] + "?", f"Theo {closing.group(1)}, "


def role_reworded(question: str) -> str:
    """A question naming its task first and then asking an agency's part in it (`_TASK_FIRST`), put as the role
    question it is ("Trong nhiệm vụ xây dựng cơ chế … bán dẫn, trí tuệ nhân tạo, Bộ Giáo dục và Đào tạo làm gì?" →
    "Bộ Giáo dục và Đào tạo có vai trò gì trong nhiệm vụ xây dựng cơ chế …?"), the document it may bracket at its
    close named first ("…, Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?" → "Theo Nghị quyết 03/NQ-CP, Bộ Tài chính có
    vai trò gì trong nhiệm vụ …?"); any other question unchanged."""
    text, source = _source_named_first(question.strip())
    found = _TASK_FIRST.match(text)
    if not found or not any(begin == 0 for _, begin, _ in find_agencies(found.group(3))):
        return question
    return f"{source}{found.group(3)} có vai trò gì trong {found.group(1).lower()} {found.group(2)}?"


# A yes-or-no particle closing the question: "…, đúng không?", "… phải không ạ?", "… có đúng không?"; typed
# without marks as restored ("dung khong" may come back "dụng không", never after "sử"), or cut short ("phai k")
_YES_NO_TAIL = re.compile(r"\s*,?\s*(?:có\s+)?(?:đúng|(?<!sử )dụng|dung|phải|phai)\s+(?:không|khong|ko|k)\s*(?:ạ|nhỉ)?"
                          r"\s*\??\s*$", re.I)
# where the doer of a sentence stands: the question's start, after a comma or a colon (the source named before:
# "Theo Công điện 186, …", "Công điện 191: …"), after "giao (cho)" ("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế …"), or
# right after the source named first without a comma, as a question typed in haste names it ("kh 193 so noi vu chu tri
# … phai ko", "nq 03 bo khcn chu tri … dung k", "Công điện 190 Bộ Tài chính chủ trì … đúng không?")
_SOURCE_FIRST = (rf"^(?:theo\s+)?(?:{DOCUMENT_WORDS}|{'|'.join(code.lower() for code in CODES)}|nd|qd|cd)\s+"
                 r"(?:số\s+)?\d[\w/.&-]*\s+")
_DOER_SLOT = re.compile(rf"(?:^|[,:]\s*|\bgiao\s+(?:cho\s+)?|{_SOURCE_FIRST})$", re.I)
_GIVEN_TO = re.compile(r"\s*\bgiao\s+(?:cho\s+)?$", re.I)
# a check that is not of the doer: a second role named ("…, phối hợp với Cục thuế phải không?"), a body said to be
# something ("… là Sở Xây dựng phải không?"), two bodies offered ("… hay …")
_NOT_DOER_CHECK = re.compile(r"\b(?:phối hợp|là|hay|hoặc)\b", re.I)


def check_reworded(question: str) -> str:
    """A yes-or-no check of who does a task or of its time, put as the question it checks (`doer_checked`,
    `time_checked`): what the document says answers it, confirming or correcting the detail checked, which is no
    premise the passages must hold. Read once, where a question comes in (`answering.answer_question`)."""
    for checked in (head_checked, relation_checked, amount_checked, recipient_checked, role_choice_checked):
        reworded = checked(question)
        if reworded != question:
            return reworded
    return time_checked(doer_checked(question))


# How a role question about a named task closes, the task standing between "<X> chủ trì" and the close: the other role
# offered ("… hay chỉ phối hợp?", "… hay là phối hợp thôi?"), another body offered as the lead ("… hay Bộ Tài chính
# chủ trì?", "… hay do Bộ Tài chính chủ trì?"), or a bare "… không?" (the "có" of "có chủ trì … không?" left out)
_PARTNER_OFFERED = re.compile(r"\s*,?\s+hay\s+(?:là\s+)?(?:chỉ\s+)?(?:là\s+)?(?:(?:đơn vị|cơ quan)\s+)?phối hợp"
                              r"(?:\s+thôi)?\s*\??\s*$", re.I)
_LEAD_OFFERED = re.compile(r"\s*,?\s+hay\s+(?:là\s+)?(?:do\s+)?(?P<other>[^,;:?]{3,80}?)\s+chủ trì\s*\??\s*$", re.I)
_BARE_NO = re.compile(r"\s*,?\s+không\s*\??\s*$", re.I)
# words of a time ("thời hạn" holds "hạn"): a check holding one checks the time, not the doer (`time_checked`)
_TIME_WORDS = re.compile(r"\b(?:hạn|ngày|tháng|quý)\b", re.I)
# an act that asks rather than names ("… chủ trì nhiệm vụ nào …?"), or names a second role ("chủ trì, phối hợp với …")
_NOT_AN_ACT = re.compile(rf"\b(?:{_WHO}|nào|gì|bao giờ|khi nào|phối hợp|hay|hoặc)\b", re.I)


def role_choice_checked(question: str) -> str:
    """"<X> chủ trì <task> hay chỉ phối hợp?", "<X> chủ trì <task> hay <Y> chủ trì?", "<X> chủ trì <task> không?": a
    question on X's part in a task it names between the role and the close, the task too long for the role readings
    (`_ROLE_ASKED`: up to eight words between "chủ trì" and "hay"; `offered_bodies`: two bodies side by side; the lead
    check `_LEAD_CHECKED`: "có chủ trì … không?"), put in the form they read: "<X> chủ trì hay phối hợp <task>?",
    "<task> do <X> chủ trì hay <Y> chủ trì?", "<X> có chủ trì <task> không?" ("Theo Nghị quyết 03/NQ-CP, Bộ Y tế chủ
    trì việc đề nghị doanh nghiệp cung cấp chữ ký số công cộng ưu đãi cho các cơ sở y tế hay chỉ phối hợp?"; Phụ lục II,
    row 100, has Bộ Khoa học và Công nghệ lead and Bộ Y tế take part). The document a question brackets at its close
    is named first. X stands where a doer stands (`_DOER_SLOT`); a question any of those readings already reads, a
    task holding a time (`time_checked` reads it), and an act that asks or names a second role are left as they are."""
    text, source = _source_named_first(question.strip())
    if re.search(_ROLE_ASKED, text, re.I) or re.search(_LEAD_CHECKED, text, re.I) or offered_bodies(text):
        return question
    close = _PARTNER_OFFERED.search(text) or _LEAD_OFFERED.search(text) \
        or (_BARE_NO.search(text) if not _YES_NO_TAIL.search(text) else None)
    if close is None:
        return question
    body = text[:close.start()]
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), body)
    found = [(name, start, end) for name, start, end in find_agencies(masked) if _DOER_SLOT.search(body[:start])]
    if not found:
        return question
    name, start, end = found[0]
    rest = body[end:].strip()
    if not rest.casefold().startswith("chủ trì "):
        return question
    act = rest[len("chủ trì "):].strip(" ,")
    if len(act.split()) < 3 or _NOT_AN_ACT.search(act) or find_deadlines(act):
        return question
    before = source + body[:start]
    doer = body[start:end]
    if close.re is _PARTNER_OFFERED:
        return f"{before}{doer} chủ trì hay phối hợp {act}?"
    if close.re is _LEAD_OFFERED:
        other = close.group("other").strip()
        if not any(begin == 0 and stop == len(other) for _, begin, stop in find_agencies(other)):
            return question
        return f"{before}{act} do {doer} chủ trì hay {other} chủ trì?"
    if _TIME_WORDS.search(act):
        return question
    return f"{before}{doer} có chủ trì {act} không?"


# A yes-or-no check of what a document's head or closing article states: its signer ("… do Thứ trưởng Đỗ Hoàng Anh
# Tuấn ký phải không?", "… do Chủ tịch UBND tỉnh trực tiếp ký …"; never "đăng ký", "thư ký"), the date it was issued,
# signed or passed ("… ban hành ngày 19/3/2009 phải không?", "… được Quốc hội thông qua ngày 26/6/2003 …"), who
# proposed it ("… được trình theo đề nghị của Cục trưởng Cục Thuế phải không?"), the time it takes effect or applies from ("… có hiệu lực sau 45
# ngày kể từ ngày ký đúng không?", "… áp dụng từ 01/7/2009 …", "… áp dụng cho kỳ tính thuế từ năm 2005 …")
_SIGNER_CHECKED = re.compile(r"\s+do\s+(?!ai\b)[^,;:?]{2,80}?(?<!\bđăng)(?<!\bthư)\s+ký$", re.I)
_ISSUED_CHECKED = re.compile(r"\s+(?:được\s+)?(ban hành|ký|ký ban hành|thông qua)\s+(?:vào\s+)?(?:ngày\s+)?"
                             r"\d{1,2}\s*(?:/|-|\s+tháng\s+)\d{1,2}\s*(?:(?:/|-|\s+năm\s+)(?:19|20)\d\d)?$", re.I)
_IN_FORCE_CHECKED = re.compile(r"\s+(có hiệu lực(?: thi hành)?|(?:được\s+)?áp dụng(?:\s+(?:cho|đối với)\s+[^,;:?]{2,60}?)?)"
                               r"\s+(?:từ|kể từ|sau|vào)\s+([^,;:?]{1,60})$", re.I)
_PROPOSER_CHECKED = re.compile(r"\s+((?:theo|xét)\s+(?:đề nghị|đề xuất|tờ trình)\s+của)\s+(?!(?:ai|cơ quan nào|bộ nào|sở nào|"
                               r"đơn vị nào)\b)[^,;:?]{2,80}$", re.I)
_FORCE_TIME = re.compile(r"\d|\bngày (?:ký|ban hành|đăng công báo)\b", re.I)


def _source_after_tail(question: str, reading: Callable[[str], str]) -> str:
    """A yes-or-no check with the document it is of bracketed after its tail ("<X> chủ trì <task> phải không (Nghị
    quyết 03/NQ-CP)?") is read as the check with that document named first ("Theo Nghị quyết 03/NQ-CP, <X> chủ trì
    <task> phải không?"); left as it is where the rest is no check."""
    body, source = _source_named_first(question)
    if not source or not _YES_NO_TAIL.search(body):
        return question
    reworded = reading(source + body)
    return question if reworded == source + body else reworded


def _yes_no_check(read: Callable[[str, str, re.Match], str]) -> Callable[[str], str]:
    """The opening every yes-or-no check reading shares: a question with no yes-or-no tail is left as it is; a task
    named first and its lead checked after it ("<task>: <X> chủ trì à?") is put as the lead check
    (`_task_first_checked`); a surprised "… à?" asks nothing else; any other check's body (the question without its
    tail) and tail go to `read`."""
    @wraps(read)
    def reading(question: str) -> str:
        tail = _YES_NO_TAIL.search(question) or _ASKING_TAIL.search(question)
        if not tail:
            return _source_after_tail(question, reading)
        body = question[:tail.start()].rstrip(" ,")
        if (first := _task_first_checked(body)) is not None:
            return first
        if tail.re is _ASKING_TAIL:
            return question
        return read(question, body, tail)
    return reading


# An amount a yes-or-no check states: a number (not part of a date, a document number or a section number) and its
# unit, a share, a length of time, a sum or a dose ("khấu trừ 10% thuế", "gia hạn … 6 tháng", "trong 30 năm", "2 triệu
# đồng/tháng", "1 mSv/năm"); the number after a date's day or month ("ngày 25 tháng 10 năm 2025") counts nothing
_AMOUNT_STATED = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)?)\s*(%|phần trăm|tháng|năm|ngày|quý|lần|tuổi|"
                            r"(?:triệu|tỷ|nghìn|ngàn)?\s*đồng(?:/[^\s,;?]+)?|triệu|tỷ|mSv(?:/năm)?|Sv)(?!\w)(?!\s*\d)"
                            r"(?!\s+(?:đầu|cuối)\b)",
                            re.I)
_AMOUNT_WORDS = {"%": "phần trăm", "phần trăm": "phần trăm"}
_DATED = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\b|\bngày\s+\d{1,2}\b", re.I)


@_yes_no_check
def amount_checked(question: str, body: str, tail: re.Match) -> str:
    """"Theo mẫu tờ khai …, đại lý xổ số thuộc diện khấu trừ 10% thuế thu nhập cá nhân đúng không?", "… gia hạn nộp thuế
    TNDN 6 tháng cho doanh nghiệp kinh doanh phân bón đúng không?": a yes-or-no check of an amount, put as the question
    of that amount, its last stated figure asked ("… khấu trừ bao nhiêu phần trăm thuế …?", "… bao nhiêu tháng …?"): the
    figure the document gives answers it, confirming or correcting the one checked (9 months, not 6), which is no
    premise a passage must hold. Not a check of who acts (`doer_checked`) nor of a time (`time_checked`): no agency
    named at the doer's place, no date."""
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), body)
    stated = [m for m in _AMOUNT_STATED.finditer(masked)
              if not re.search(r"\b(?:năm|ngày|tháng|quý|mục|điểm|khoản|điều|số)\s*$", masked[:m.start()], re.I)]
    if not stated or find_deadlines(masked) or _DATED.search(masked):
        return question  # a time is checked ("trong 30 ngày kể từ ngày nhận đơn", "… là ngày 25/10/2025"): `time_checked`
    last = stated[-1]
    return f"{body[:last.start()]}bao nhiêu {_AMOUNT_WORDS.get(last.group(2).lower(), last.group(2))}{body[last.end():]}?"


# "<document A> thay thế / sửa đổi / bãi bỏ / làm hết hiệu lực / hướng dẫn <type> <number B> phải không?": a check of
# which document A acts on, the document B named last
_RELATION_CHECKED = re.compile(r"\s+(thay thế(?: cho)?|sửa đổi(?:,? bổ sung)?|sửa|bãi bỏ|làm hết hiệu lực|hướng dẫn"
                               r"(?: thi hành| thực hiện)?)\s+(?:cho\s+)?(" + "|".join(sorted(DOC_TYPES, key=len, reverse=True))
                               + r")\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*(?:\s+ngày\s+[\d/]+)?$", re.I)


@_yes_no_check
def relation_checked(question: str, body: str, tail: re.Match) -> str:
    """"Thông tư 134/2008/TT-BTC thay thế Thông tư 05/2004/TT-BTC phải không?": a yes-or-no check of the document one
    replaces, amends, repeals or guides, put as the question of that document ("… thay thế thông tư nào?"): the closing
    article answers it, confirming or correcting the number checked ("thay thế cho Thông tư số 05/2005/TT-BTC"), which
    is no premise a passage must hold. Only where the acting document is named first, by its number or its type ("Dự
    thảo thông tư … làm hết hiệu lực Thông tư 195/2015/TT-BTC …?")."""
    checked = _RELATION_CHECKED.search(body)
    if not checked or not (named_documents(body[:checked.start()]) or _TYPE_WORD.search(body[:checked.start()])):
        return question
    return f"{body[:checked.start()]} {checked.group(1)} {checked.group(2).lower()} nào?"


# "Quyết định 2239/QĐ-TTg căn cứ Luật Tổ chức chính quyền địa phương ban hành ngày nào?": the date asked is the one of
# the law named after "căn cứ" (its basis line gives it: "Căn cứ Luật … ngày 16 tháng 6 năm 2025"), not this
# document's own issue date
_BASIS_DATE_ASKED = re.compile(_BASIS + r"(?:\s+vào)?\s+[^,;:?]{3,120}?\s+(?:được\s+)?ban hành\s+(?:ngày|khi)\s+(?:nào|bao giờ)",
                               re.I)


@_yes_no_check
def head_checked(question: str, body: str, tail: re.Match) -> str:
    """A yes-or-no check of a document's signer, issue date, proposer or start of force (`_SIGNER_CHECKED`,
    `_ISSUED_CHECKED`, `_PROPOSER_CHECKED`, `_IN_FORCE_CHECKED`), put as the question of that field with the checked
    value left out ("… do ai ký?", "… ban hành ngày nào?", "… theo đề nghị của ai?", "… có hiệu lực từ khi nào?"): the
    head or closing article answers it, confirming or correcting the value checked (Thông tư 50/2006/TT-BTC signed by
    Trương Chí Trung, not Đỗ Hoàng Anh Tuấn; Thông tư 134/2008/TT-BTC applied from 01/01/2009, not 01/7/2009), which
    is no premise a passage must hold nor a date that picks one."""
    signer = _SIGNER_CHECKED.search(body)
    if signer:
        return f"{body[:signer.start()]} do ai ký?"
    issued = _ISSUED_CHECKED.search(body)
    if issued:
        return f"{body[:issued.end(1)]} ngày nào?"
    proposer = _PROPOSER_CHECKED.search(body)
    if proposer:
        return f"{body[:proposer.end(1)]} ai?"
    force = _IN_FORCE_CHECKED.search(body)
    if force and _FORCE_TIME.search(force.group(2)):
        if force.group(1).lower().startswith("có"):
            return f"{body[:force.end(1)]} từ khi nào?"
        year = re.fullmatch(r"năm\s+(?:19|20)\d\d", force.group(2).strip(), re.I)
        return f"{body[:force.end(1)]} từ {'năm' if year else 'ngày'} nào?"
    return question


# the body a report or a file is sent to, checked: a sending verb, then up to twelve words of what is sent (no comma),
# then the preposition that names the receiver ("gửi báo cáo tình hình thực hiện về", "báo cáo kết quả … cho")
_SENT_TO_SLOT = re.compile(r"(?<!\w)(?:gửi|báo cáo|trình)(?:\s+[^\s,;:?]+){0,12}?\s+(?:về|cho|đến|tới|lên)\s+$", re.I)


@_yes_no_check
def recipient_checked(question: str, body: str, tail: re.Match) -> str:
    """"<các bộ, ngành> gửi báo cáo … về <X> trước ngày 15/01 hằng năm đúng không?": a yes-or-no check of the body a
    report is sent to, put as "… gửi báo cáo …, thời hạn là khi nào?" (`time_checked`, the body and its preposition
    left out) where a time is checked with it, else as "… gửi báo cáo … về cơ quan nào?": the document's row names its
    own receiver and time, confirming or correcting both (Chỉ thị 30/CT-TTg: "… gửi về Bộ Công Thương trước ngày 15
    tháng 01 hằng năm"; Công điện 196 for a right receiver and a wrong date); the checked body is no premise the
    passages must hold. A recurrence checked with it is left out (the answer's row states it; a headline time would
    drop its "hằng năm")."""
    if _NOT_DOER_CHECK.search(body):
        return question
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), body)
    for _, start, end in find_agencies(masked):
        slot = _SENT_TO_SLOT.search(body[:start])
        if slot:
            cut = body[:start][:slot.end()].rstrip()
            cut = cut[:cut.rfind(" ")]  # the preposition left out with the body
            timed = time_checked(f"{cut}{body[end:]}{question[tail.start():]}")
            if timed != f"{cut}{body[end:]}{question[tail.start():]}":
                return timed
            asked = f"{body[:start]}cơ quan nào{body[end:]}"
            for found in reversed(find_deadlines(asked)):  # a recurrence ("trước ngày 15/01 hằng năm") left out too
                asked = asked[:found.start].rstrip(" ,") + " " + asked[found.end:].lstrip(" ,")
            return f"{asked.strip()}?"
    return question


# "… à?", "… hả?": a surprised check ("Bộ Tài chính chủ trì à?"), read only where the task is named first
_ASKING_TAIL = re.compile(r"\s*,?\s*(?:à|hả)\s*\??\s*$", re.I)
# "(Theo <văn bản>,) <task>: <X> chủ trì": the task named first, then the body checked as its lead
_TASK_THEN_DOER = re.compile(r"^((?:theo\s+[^,:]+,\s*)?)(.+?)\s*[:,]\s*$", re.I)


def _task_first_checked(body: str) -> str | None:
    """"<task>: <X> chủ trì" (the check's body, its yes-or-no particle cut) put as "<X> có chủ trì <task> không?";
    None where the body does not end with one agency and "chủ trì" after a colon or comma ("Đề án đầu tư, nâng cấp
    Viện Hàn lâm …: Bộ Tài chính chủ trì à?", Phụ lục II of Nghị quyết 03/NQ-CP, row 83)."""
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), body)
    found = find_agencies(masked)
    if not found:
        return None
    name, start, end = found[-1]
    if body[end:].strip().casefold() != "chủ trì":
        return None
    head = _TASK_THEN_DOER.match(body[:start])
    if not head or len(head.group(2).split()) < 3:
        return None
    return f"{head.group(1)}{body[start:end]} có chủ trì {head.group(2)} không?"


@_yes_no_check
def doer_checked(question: str, body: str, tail: re.Match) -> str:
    """"<X> chủ trì <task>, đúng không?", "<văn bản> giao <X> <verb> <task> phải không?": a yes-or-no check of the body
    that does a task, with no time in it, put as the lead check "<X> có chủ trì <task> không?" (`_LEAD_CHECKED`), so
    that it is answered by naming the task's lead, which confirms X or corrects it ("Sở Xây dựng chủ trì việc tăng
    cường thanh tra, kiểm tra … cây xanh, đúng không?" — Kế hoạch 193 of Ninh Bình gives it to Thanh tra tỉnh). A date
    or a time in the check ("… trước ngày 30/10/2025 phải không?") leaves it as it is: the time is what is checked."""
    if _NOT_DOER_CHECK.search(body) or find_deadlines(body) or _TIME_WORDS.search(body):
        return question
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), body)
    for name, start, end in find_agencies(masked):
        rest = body[end:].strip()
        if not _DOER_SLOT.search(body[:start]) or not rest:
            continue
        act = rest[len("chủ trì"):].strip() if rest.lower().startswith("chủ trì") else rest
        if not act or not (rest is not act or opens_with_verb(rest)):
            return question
        before = _GIVEN_TO.sub(", ", body[:start]) if _GIVEN_TO.search(body[:start]) else body[:start]
        return f"{before}{body[start:end]} có chủ trì {act} không?"
    return question


@_yes_no_check
def time_checked(question: str, body: str, tail: re.Match) -> str:
    """"… gửi báo cáo … trước 15h00 ngày 20/10/2025 đúng không?", "…, hạn tháng 6/2025 phải không?": a yes-or-no check
    of a task's time, put as the question of that time ("…, thời hạn là khi nào?"), the time it states taken out: the
    time the document gives answers it, confirming or correcting the one checked, and the stated one is no premise a
    passage must hold nor a date that picks the passage. Only where the time is the one thing stated after the task
    ("… được gia hạn đến ngày 30/6/2011 phải không?" keeps its other words)."""
    found = find_deadlines(body)
    if len(found) != 1 or not re.search(r"\d", found[0].text):
        return question  # none, several, or a recurrence ("hằng quý"): no time of the task checked
    start, end = found[0].start, found[0].end
    rest = (body[:start].rstrip(" ,") + " " + body[end:].strip(" ,")).strip()
    if re.search(r"\blà$", rest, re.I):
        return question  # a length said of something ("thời gian … là 12 tháng …"): not a task's time
    return f"{rest}, thời hạn là khi nào?"


# "Thanh tra tỉnh có được giao tăng cường thanh tra, kiểm tra … không?": whether the task is the agency's, a lead
# question as "có chủ trì … không?" is (its lead named first); not "có được giao phối hợp …", nor its tasks asked ("có
# được giao nhiệm vụ gì không?")
_ASSIGNED_ASKED = r"\bcó được giao\s+(?!(?:phối hợp|tham gia|nhiệm vụ|việc|những|gì|quyền)\b)\w.*\bkhông\b"
# "Bộ Ngoại giao có phải (là) cơ quan chủ trì Phân ban … không?": whether it leads, the lead first; "Bộ Tài chính có chủ
# trì hoàn thiện Đề án … không?", "… có được giao chủ trì … không?": the same yes-or-no on the role, asked with the verb
# itself; answered by naming the task's lead first
# ("UBND các huyện có phải chủ trì rà soát quy hoạch … không?": the body word may be left out)
# "Việc … cũng do Bộ Y tế chủ trì à?", "… có phải do Sở X chủ trì không?", "… do Bộ Y tế chủ trì phải không?": the same
# check with the body after "do" and the particle that asks closing the question (`_CHECK_CLOSE`; typed without marks
# "à" stays "a", which the restored marks leave ambiguous)
_CHECK_CLOSE = r"chủ trì\s*(?:à|a|hả|ạ|phải không|đúng không|không)\s*\??\s*$"
_LEAD_CHECKED = (r"(?:\b(?:có phải (?:là )?(?:một (?:trong (?:các|những|số) )?)?(?:(?:cơ quan|đơn vị) )?(?:chủ trì|đầu mối|thường trực)|có (?:được giao )?chủ trì)"
                 r"\b.*\bkhông\b|\bdo\s+[^?]{2,80}?\s+" + _CHECK_CLOSE + ")")
_CHECKED_AFTER = re.compile(r"\s*(?:" + _LEAD_CHECKED + "|" + _CHECK_CLOSE + ")", re.I)


# Between two bodies a question offers as a choice: "A hay B chủ trì", "A chủ trì hay B chủ trì", "do A hay do B".
_CHOICE_GAP = re.compile(r"\s*(?:chủ trì|phụ trách|theo dõi|thực hiện)?\s*,?\s*(?:hay|hoặc)(?:\s+là)?\s*(?:do\s+)?", re.I)


def offered_bodies(question: str) -> list[str]:
    """The agencies a question offers as a choice ("… do Văn phòng Chính phủ chủ trì hay Ngân hàng Nhà nước chủ
    trì?"): one of them is the answer, and the one the document does not name is no premise of the question."""
    found = find_agencies(question)
    offered: list[str] = []
    for (a, _, a_end), (b, b_start, _) in zip(found, found[1:]):
        if _CHOICE_GAP.fullmatch(question[a_end:b_start]):
            offered += [name for name in (a, b) if name not in offered]
    return offered


def lead_checked(question: str, end: int) -> bool:
    """Whether the agency named up to `end` is the one a yes-or-no question asks whether it leads ("Bộ Ngoại giao có
    phải cơ quan chủ trì Phân ban Việt Nam … không?"): "không, <another body> chủ trì" answers it whether or not the
    document names it, so its name is no premise the passages must hold (`answering.support`). Not "X chủ trì hay
    phối hợp …?", which takes for granted that X has a part in the task."""
    return bool(_CHECKED_AFTER.match(question, end))


# the doer whose role is asked: the words of its clause before "chủ trì" ("…, cơ quan tài chính chủ trì hay phối hợp
# tổ chức giám định …?")
DOER_OF_ROLE = re.compile(r"([^,.;:?()]+?)\s+" + _ROLE_ASKED, re.I)
# The act whose part a role question asks: the words after "<X> chủ trì hay (chỉ) phối hợp" ("Ủy ban nhân dân thành
# phố Hà Nội chủ trì hay phối hợp xây dựng chương trình, kế hoạch bảo vệ công trình?" → "xây dựng chương trình, kế hoạch
# bảo vệ công trình"), or between the two roles ("Bộ Công an chủ trì điều tra hay chỉ phối hợp?" → "điều tra"); not the
# bodies worked with ("… hay phối hợp với Bộ Tài chính …": the act, if any, comes after them).
_ROLE_ACT = re.compile(
    r"\bchủ trì\s+hay\s+(?:chỉ\s+|là\s+)?(?:đơn vị\s+|cơ quan\s+)?phối hợp\s+(?!với\b)(?P<after>[^?]+)"
    r"|\bphối hợp\s+hay\s+(?:là\s+|cùng\s+)?(?:chủ trì|chịu trách nhiệm)\s+(?P<later>[^?]+)"
    r"|\bchủ trì\s+(?!hay\b)(?P<between>[^?,;:]+?)\s+hay\s+(?:chỉ\s+)?phối hợp\b"
    r"|\bphối hợp\s+(?!hay\b|với\b)(?P<inner>[^?,;:]+?)\s+hay\s+(?:là\s+|cùng\s+)?(?:chủ trì|chịu trách nhiệm)\b"
    # the lead check, as asked or as `check_reworded` puts it: "X có (phải) (là cơ quan) chủ trì <act> (hay chỉ phối
    # hợp) không?" ("Kiểm toán Nhà nước có chủ trì lập kế hoạch tiếp nhận công trình dự án BT không?", Nghị định
    # 257/2025/NĐ-CP, whose row of Kiểm toán Nhà nước is "thực hiện kiểm toán giá trị tài sản …": another act)
    r"|\bcó\s+(?:phải\s+(?:là\s+)?(?:một\s+(?:trong\s+(?:các|những|số)\s+)?)?(?:(?:cơ quan|đơn vị)\s+)?)?"
    r"(?:được giao\s+)?chủ trì\s+(?!hay\b|không\b|chưa\b)(?P<checked>[^?]+?)\s*,?\s*(?:hay\s+(?:chỉ\s+)?phối hợp\s*,?\s*)?"
    r"(?:không|chưa)\s*\??\s*$",
    re.I)
# the words that only frame an act ("việc", "thực hiện", "nhiệm vụ", "Đề án"): its verb is the word after them
# ("tham mưu" too: "Sở Du lịch có chủ trì tham mưu thu hút các nhà đầu tư … không?" asks of the attracting, which
# Kế hoạch 196's row "thực hiện các hoạt động thu hút nhà đầu tư …" states without the advising)
_ACT_FRAME = re.compile(r"^(?:(?:trong|về|đối với|việc|công tác|nhiệm vụ|đề án|thực hiện|triển khai|tổ chức thực hiện|"
                        r"tham mưu(?:\s+(?:cho|giúp))?)\s+)*", re.I)


def role_act_verb(question: str) -> str | None:
    """The verb of the act a role question asks the agency's part in (`_ROLE_ACT`), marks folded and lower-cased:
    its first content word past the words that only frame it (`_ACT_FRAME`) and any agency it names ("xây dựng chương
    trình, kế hoạch bảo vệ công trình" → "xay"). None when the question names no act."""
    found = _ROLE_ACT.search(question)
    if found is None:
        return None
    act = next(group for group in found.groups() if group is not None)
    for name, begin, end in reversed(find_agencies(act)):
        act = act[:begin] + " " + act[end:]
    act = _ACT_FRAME.sub("", act.strip())
    words = content_words(act)
    order = [word for word in re.findall(r"\w+", act.lower()) if word in words]
    return fold(order[0]) if order else None


def role_act_stated(question: str, task: str) -> bool:
    """Whether a task row states the act a role question asks of (`role_act_verb`): "Ủy ban nhân dân thành phố Hà Nội
    chủ trì hay phối hợp xây dựng chương trình, kế hoạch bảo vệ công trình?" is answered by Quyết định 2224/QĐ-TTg's row
    "Bộ Công an chủ trì, phối hợp với … Ủy ban nhân dân thành phố Hà Nội: Xây dựng chương trình, kế hoạch bảo vệ, …",
    not by the next one, "Bộ Công an, Bộ Quốc phòng, Ủy ban nhân dân thành phố Hà Nội phối hợp với … cấp giấy phép và
    quản lý các hoạt động … trong phạm vi bảo vệ công trình …", where Hà Nội leads another act. True when the question
    names no act."""
    verb = role_act_verb(question)
    return verb is None or states_verb(verb, task)


def states_verb(verb: str, task: str) -> bool:
    """Whether a task row holds a verb (folded, lower case) as one of its words: the test `role_act_stated` and
    `precision.act_not_in_row` make of the act a question asks."""
    return verb in {fold(word).casefold() for word in re.findall(r"\w+", task)}


LEAD = re.compile(r"\b(?:" + _WHO + r"|những ai|tỉnh nào|phó thủ tướng nào)\b.*" + _any(
                      "chủ trì", "chịu trách nhiệm", "thực hiện", "đầu mối", "được giao", "phụ trách", "tham mưu",
                      "giao", "lãnh đạo", "tổng hợp", "theo dõi", "đôn đốc", "thi hành",
                      # as a cadre says who takes charge: "cơ quan nào đứng ra rà soát …", "ai đảm nhiệm …"
                      "đứng ra", "đảm nhiệm", "đảm trách") +
                  # the body asked after the duty: "… thuộc trách nhiệm (chính) của đơn vị nào?", "trách nhiệm chính
                  # thuộc về ai?"
                  r"|\btrách nhiệm(?:\s+chính)?\s+(?:của|thuộc(?:\s+về)?)\s+(?:" + _WHO + r")\b"
                  r"|\b(?:" + _WHO + r"|tỉnh nào)\s+(?:phải|cần|có trách nhiệm|có nhiệm vụ)\b|"
                  # a body (never "ai", which may ask the person: "Ai quy định …?" — "Bộ trưởng Bộ Quốc phòng quy
                  # định …") asked right before "quy định" or "có thẩm quyền": "Cơ quan nào quy định nội dung, chương
                  # trình huấn luyện …?" (Nghị định 14/2016/NĐ-CP, Điều 19: "Bộ Quốc phòng: … 2. Quy định nội dung,
                  # chương trình …"), "cơ quan nào có thẩm quyền cấp giấy phép …?"
                  r"\b(?:cơ quan|đơn vị|bộ|sở|ngành) nào\s+(?:có thẩm quyền|quy định)\b|"
                  r"\b(?:chủ trì|phụ trách|đầu mối|cơ quan thường trực)\b.*\b(?:là ai|"
                  r"là cơ quan nào|là đơn vị nào)\b|\bgiao cho (?:ai|cơ quan nào|đơn vị nào)\b|"
                  # "<việc> giao ai và kết quả yêu cầu là gì?", "<đề án> giao bộ nào, sản phẩm đầu ra là gì?": the body
                  # a task is given to, a second thing of the same row asked after it (a bare "giao ai?" stays what it
                  # was: a sentence may say it, "Giao cho Cục thuế cùng Sở … hướng dẫn")
                  r"\bgiao (?:ai|cơ quan nào|đơn vị nào|bộ nào|sở nào)\s*(?:,|\bvà\b)|"
                  # "Trung tâm X chủ trì hay phối hợp việc …?": which role the task gives it, the task's lead first
                  # with the work between ("Bộ Công an chủ trì điều tra hay chỉ phối hợp?"), a list of acts too
                  # ("… chủ trì khắc phục hậu quả, điều tra hay chỉ phối hợp với Hà Nội?")
                  + _ROLE_ASKED + "|"
                  # "Bộ Ngoại giao có phải (là) cơ quan chủ trì Phân ban … không?", "Bộ Tài chính có chủ trì hoàn
                  # thiện Đề án … không?" (`_LEAD_CHECKED`)
                  + _LEAD_CHECKED + "|"
                  # "Thanh tra tỉnh có được giao tăng cường thanh tra …  không?" (`_ASSIGNED_ASKED`)
                  + _ASSIGNED_ASKED + "|"
                  # a task table's column named alone ("Cơ quan chủ trì?", "Đơn vị thực hiện là ai?"): its cell
                  r"^\W*(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|phụ trách|đầu mối)(?:\s+là\s+(?:ai|gì))?\W*$", re.I)
# "…, Sở Kế hoạch và Đầu tư chỉ phối hợp à?", "… chỉ phối hợp thôi phải không?": the role of the body named checked
# (the lead's question asked before it), not the bodies working with a lead asked
_NOT_ROLE_CHECK = r"(?!(?<=\bchỉ phối hợp)\s*(?:thôi\s*)?(?:à|a|hả|ư|phải không|đúng không)\s*\??\s*$)"
PARTNERS = re.compile(r"^\W*ngoài\s+[^,?]{3,80},\s*(?:thì\s+)?(?:còn\s+)?(?:những\s+)?(?:ai|cơ quan nào|đơn vị nào|bộ nào|sở nào|"
                      # "Ngoài Bộ X, còn cơ quan nào tham gia …?": the others who take part in Bộ X's task
                      r"ngành nào)\s+(?:cùng\s+)?tham gia\b|"
                      r"\bphối hợp\b.*" + _any(
                          "ai", "cơ quan nào", "đơn vị nào", "những cơ quan", "những đơn vị", "gồm", "bộ nào",
                          "những bộ", "sở nào", "những sở", "ngành nào") +
                      r"|\b(?:ai|cơ quan nào|đơn vị nào|những cơ quan nào|(?:những )?(?:bộ|sở|ngành) nào|bộ, ngành nào|"
                      r"địa phương nào)\b(?:(?!\bchủ trì\b).)*\bphối hợp\b" + _NOT_ROLE_CHECK + "|"
                      # the body acting together with the one named, before the act ("Cục thuế cùng cơ quan nào
                      # hướng dẫn quy chế …?": "Giao cho Cục thuế cùng Sở Lao động … hướng dẫn …", Quyết định 839/QĐ-UB)
                      r"\bcùng\s+(?:với\s+)?(?:ai|cơ quan nào|đơn vị nào|(?:bộ|sở|ngành) nào)\s+(?!\W|$)\w|"
                      # a task table's column named alone ("Đơn vị phối hợp?", "Cơ quan phối hợp là ai?"): its cell
                      r"^\W*(?:các\s+)?(?:cơ quan|đơn vị)\s+(?:tham gia\s+)?phối hợp(?:\s+là\s+(?:ai|gì|những ai))?\W*$",
                      re.I)
# "… chỉ tiêu nào" after an agency: the indicators an indicator table gives it to follow (its rows, as a task table's).
AGENCY_TASKS = re.compile(_any(
    "phải làm gì", "làm gì", "làm những gì", "làm những việc gì", "những việc nào", "nhiệm vụ gì", "những nhiệm vụ",
    "những việc gì", "việc gì", "có nhiệm vụ", "trách nhiệm gì", "cần làm", "được giao những", "được giao gì",
    "giao nhiệm vụ gì", "nhiệm vụ nào", "đầu việc", "công việc (?:nào|gì)", "trách nhiệm của", "nhiệm vụ của",
    "công việc của", "chỉ tiêu nào") +
    # "<văn bản> giao / yêu cầu <cơ quan> những gì?": what is asked of the body named between
    r"|\b(?:giao|yêu cầu|phân công)\s+(?:cho\s+)?[^?,;]{3,80}?\s+(?:làm\s+)?những gì\b", re.I)
# What an agency does in one task, asked beside the role asked ("Trong Đề án …, BQP làm gì, chủ trì hay phối hợp?"):
# its part in that task, not the tasks it has.
_ONE_ACT_ASKED = re.compile(r"^(?:phải\s+)?làm\s+gì$", re.I)


def _tasks_asked(text: str) -> bool:
    """Whether a question asks the tasks an agency has (`AGENCY_TASKS`), other than by a bare "làm gì" beside the role
    asked in so many words (`_ROLE_ASKED`: "…, Bộ Quốc phòng làm gì, chủ trì hay phối hợp?"), which asks the agency's
    part in the one task the question names."""
    found = [" ".join(m.group().split()) for m in AGENCY_TASKS.finditer(text)]
    if not found:
        return False
    return not (all(_ONE_ACT_ASKED.match(one) for one in found) and re.search(_ROLE_ASKED, text, re.I))


# "số mấy" asks the document's own number, not that of a thing it numbers: the submission a resolution considered ("tờ
# trình số mấy", Nghị quyết 32/2009/QH12), a form, an appendix, an article or an indicator ("… là mẫu số mấy?" of
# "Mẫu số: 04/TNDN", Thông tư 128/2004/TT-BTC)
_OWN_NUMBER_ASKED = r"(?<!tờ trình )(?<!mẫu )(?<!phụ lục )(?<!biểu )(?<!điều )(?<!khoản )(?<!chỉ tiêu )số mấy"
# "… được nêu tại công văn số mấy?", "… theo quyết định số mấy?": the number of a document this one cites (the
# preamble's "ý kiến của Sở Xây dựng tại Công văn số 3581/SXD-PTĐT", Quyết định 807 of Ninh Bình), read in the
# sentence citing it, not this document's own number
CITED_NUMBER = re.compile(r"\b(?:tại|theo|bằng|ở)\s+(" + _TYPE_WORDS + r")\s+số\s+(?:mấy|nào|bao nhiêu)\b", re.I)
METADATA = re.compile(r"\b(?:ai ban hành|cơ quan nào ban hành" + _ISSUED_WHAT + r"|do ai ban hành|" + _BY_WHOM + r"|ban hành ngày|ngày ban hành|"
                      r"ban hành khi nào|ký ngày|người ký|ai ký|số hiệu|" + _OWN_NUMBER_ASKED + r"|trích yếu|tên văn bản|"
                      r"loại văn bản|triển khai (?:thực hiện )?(?:chỉ thị|nghị quyết|văn bản|kế hoạch) nào|" + _BASIS + r")\b", re.I)
# "Văn bản hướng dẫn … có số và ngày nào?": the number and date of a document another one cites, read in the sentence
# citing it ("… Văn bản số 4705/HD-BQP ngày 31/10/2024 …"); no time to meet. Likewise "… bằng quyết định nào, ngày
# nào?": which document and its date are asked ("… đã ban hành Quyết định số 2482/QĐ-UBND ngày 01/10/2008 …").
CITED_DOCUMENT = re.compile(r"\bsố(?: hiệu)?\s*(?:và|,)\s*(?:ngày|ban hành ngày)\s+(?:nào|bao nhiêu|mấy)\b|"
                            r"\b(?:" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")\s+(?:số\s+)?(?:nào|mấy)"
                            r"\s*(?:,|và)\s*(?:ban hành\s+)?ngày\s+(?:nào|bao nhiêu|mấy)\b|"
                            # "thời hạn nộp hồ sơ … thực hiện theo quy định nào?": the provision a time is set by, read
                            # in the sentence referring to it ("… thời hạn … được thực hiện theo quy định tại khoản 2.4
                            # … Thông tư số 84/2008/TT-BTC"); no time to meet
                            r"\b(?:được\s+)?(?:thực hiện|áp dụng)\s+theo\s+(?:quy định|văn bản|điều|khoản)\s+nào\b",
                            re.I)
# "gồm những cơ quan nào", "những bộ, ngành nào": agencies are what is asked, whatever the question's type.
# A body asked for right before an action: "Bộ nào lập danh sách …?", "Cơ quan nào thẩm định …?".
# How often, between the body asked and its action: "cơ quan nào hằng năm xây dựng chỉ tiêu kế hoạch huấn luyện …?"
_HOW_OFTEN = re.compile(r"^(?:hằng|hàng)\s+(?:năm|quý|tháng|ngày)\s+|^định kỳ\s+", re.I)
_ASKS_WHO_ACTS = re.compile(r"\b(?:" + _WHO + r")\s+", re.I)
# The body asked as the subject of what the question says is done: "Theo Nghị định …, cơ quan nào quy định nội dung
# …?", "Ai làm Tổ trưởng Tổ Công tác …?" (the question opens with it, or it follows the lead naming the source).
# "Ai bị miễn nhiệm …?", "Ai được cử …?" ask the person an act is done to, answered by a name: no body acts there.
# A task's product asked: "Kết quả đầu ra của Đề án … là gì?", "Sản phẩm là gì?", "Kết quả của nhiệm vụ đó là văn bản
# gì?" (the "Kết quả" / "Sản phẩm" column of a task table).
PRODUCT_ASKED = re.compile(r"(?:^|[,:;]\s*)(?:kết quả|sản phẩm)(?:\s+đầu ra)?\b[^?]*\blà\s+(?:gì|văn bản gì|những gì)\b"
                           r"|\b(?:kết quả|sản phẩm)\s+đầu ra\b", re.I)
# The question word opens the question, a clause, or follows the number of the document asked with no comma ("Theo TT
# 24/2000/TT-BTC ai có thẩm quyền ra quyết định miễn, giảm thuế …?": the number's code ends the lead-in)
BODY_ASKED = re.compile(r"(?:^|[,:;]\s*|\d/[A-ZĐ][\w-]*\s+)(?:" + _WHO + r")\s+(?!(?:bị|được)\s)\w", re.I)
WHICH_AGENCIES = re.compile(r"\b(?:cơ quan|đơn vị|bộ|sở|ngành|địa phương)(?:,\s*(?:ngành|bộ|cơ quan))? nào\b", re.I)
# "Phó Thủ tướng nào làm Trưởng Ban Chỉ đạo …?": the person holding that office is asked; the sentence answering names
# the office before the person ("Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;").
# The office may name its ministry before "nào" ("Thứ trưởng Bộ Tài chính nào là Ủy viên …?": group 2), whose
# holder the answering sentence names after the body ("Thứ trưởng Bộ Tài chính Nguyễn Đức Chi"), never the body alone.
# The ministry's words hold no unit asked: "Bộ trưởng Bộ Y tế giao đơn vị nào làm đầu mối …?" asks a unit the minister
# charges, no office-holder (a ministry's name may hold common words: "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Quốc phòng").
OFFICE_ASKED = re.compile(r"\b(Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|Phó Chủ tịch|Chủ tịch)"
                          r"(\s+Bộ(?:\s+(?!(?:nào|cho|đơn|cơ|cục)\b)\w+){1,5}?)?\s+nào\b", re.I)
# "Ai làm Chủ tịch Ủy ban Quốc gia về người cao tuổi …?", "Ai giữ chức Trưởng ban …?", "Thư ký của Phân ban là ai?":
# the person holding an office of a body is asked (group 1 or 2: the office as asked); "Ai là Chủ tịch …?" too, and
# a body named at length before "là ai" ("Chủ tịch Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp định Thương mại
# Việt Nam - Cuba là ai?", Quyết định 2227/QĐ-TTg: 120 characters)
_OFFICES_HELD = ("Phó Chủ tịch", "Chủ tịch", "Phó Trưởng ban", "Trưởng ban", "Tổng Thư ký", "Thư ký", "Giám đốc",
                 "Phó Tổ trưởng", "Tổ trưởng", "Ủy viên")
# An office may be asked with its qualifier ("Ai là Phó Trưởng ban thường trực Ban Chỉ đạo …?", Quyết định 2222/QĐ-TTg:
# "-2. Đồng chí Thượng tướng Phạm Thế Tùng, …, Phó Truong ban thường trực;" beside "3. Đồng chí Đặng Hoàng Giang, …,
# Phó Trưởng ban;"): the qualifier is part of the office asked, and only its holder answers.
_OFFICE_QUALIFIER = r"(?:\s+thường\s+trực)?"
HOLDER_OFFICES = "|".join(r"\s+".join(office.split()) + _OFFICE_QUALIFIER for office in _OFFICES_HELD)
HOLDER_ASKED = re.compile(r"\bai\s+(?:là|làm|giữ(?:\s+chức(?:\s+vụ)?|\s+vị\s+trí)?)\s+(" + HOLDER_OFFICES + r")\b"
                          r"|\b(" + HOLDER_OFFICES + r")\b[^?]{0,120}\blà\s+ai\b", re.I)


def holder_said(office: str) -> "_HolderSaid":
    """What says who holds an office a `HOLDER_ASKED` question asks: "do X làm …" ("do Bí thư Tỉnh ủy, Thành ủy làm
    trưởng", the office shortened), "làm Trưởng ban", the office as a label ("Chủ tịch Ủy ban: Phó Thủ tướng …") or
    after the holder in a member list ("1. Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;", Quyết định
    2222/QĐ-TTg; never ", Phó Trưởng ban" for "Trưởng ban")."""
    asked = " ".join(office.split()).casefold()
    # "do X làm <another office>" names the holder of another office ("Ban Chỉ đạo … do một Phó Chủ tịch … làm Trưởng
    # ban" for "ai làm tổ trưởng?", Chỉ thị 09/2008/CT-UBND of An Giang, whose "Tổ thường trực do một Phó Cục trưởng
    # Cục Thuế làm Tổ trưởng" answers); an office holding the one asked ("Phó Trưởng ban") is left as before
    others = [r"\s+".join(o.split()) for o in _OFFICES_HELD if asked not in o.casefold()]
    written = r"\s+".join(office.split())
    # the office as a label or after the holder is also read with its marks folded: OCR drops them ("Phó\nTruong ban
    # thường trực;", Quyết định 2222/QĐ-TTg); "do"/"làm" are not ("đó"/"lâm" fold the same)
    folded = r"\s+".join(fold(office).split())
    return _HolderSaid(re.compile(r"\blàm\s+" + written + r"|\bdo\s+[^.;?]{2,120}?\blàm\s+(?!(?:" + "|".join(others)
                                  + r")\b)\w|" + written + r"[^.;:\n]{0,80}:\s*\S|,\s*" + written + r"\s*[;,.]", re.I),
                       re.compile(folded + r"[^.;:\n]{0,80}:\s*\S|,\s*" + folded + r"\s*[;,.]", re.I))


class _HolderSaid:
    """`holder_said`'s reading: the pattern on the text as written, else the office's on the text with marks folded."""

    def __init__(self, written: re.Pattern, folded: re.Pattern):
        self.written, self.folded = written, folded

    def search(self, text: str) -> re.Match | None:
        return self.written.search(text) or self.folded.search(fold(text))


COMPARE = re.compile(r"\b(?:so sánh|khác nhau|giống nhau|khác gì|điểm chung|điểm khác)\b", re.I)

# Question and function words that say nothing about the topic; never used to judge support.
STOPWORDS = frozenset("""
ai gì nào nào? khi bao giờ đâu sao thế nào như là của và các những cho với về theo trong được có không thì mà
để do tại từ đến này đó kia ấy nhé ạ vậy hay hoặc hãy xin cho biết phải làm việc cần nêu còn nữa gồm bởi một
nhiều ra rằng cũng đã sẽ đang vào trên dưới lúc ngày tháng năm số văn bản nhiệm vụ trách gồm những nhiêu mấy
chót
nhỉ à hả ư nhá đấy k ko
""".split())  # the last line: chat particles and "k"/"ko" (không) typed in haste ("… ai ký nhỉ", "bộ X chủ trì phải k")


# "Công điện 186", "Chỉ thị số 30", "Kế hoạch 193", "Chỉ thị 19/2008": a document named by its type and serial
# number only, perhaps with its year.
# The codes a cadre types for a type ("QĐ 963", "KH 193"). Not "TT" (a table's column), nor "NQ": "NQ 57" stands for
# Nghị quyết 57-NQ/TW in questions that also ask of the documents carrying it out, which a reference to one
# resolution would leave out (dev a085–a087 lost them)
_REFERENCE_CODES = ("QĐ", "KH", "CĐ", "CV")
DOC_REFERENCE = re.compile(r"\b(" + "|".join((*DOC_TYPES, *_REFERENCE_CODES)) + r")\s+(?:số\s+)?0*(\d{1,5})\b"
                           r"(?:/(?:19|20)\d\d\b)?(?![/-]\w)", re.I)


# Relation questions name a document and ask what it cites or what cites it: the document word before "nào"
# asks for the citing documents ("Những kế hoạch nào triển khai Chỉ thị 20-CT/TU?"), after the verb for the
# cited ones ("Chỉ thị 30/CT-TTg thay thế văn bản nào?"); a passive verb asks for the citing ones too.
# "hướng dẫn (thực hiện | thi hành)": a circular guiding a decision ("Thông tư 24/2000/TT-BTC hướng dẫn thực hiện
# quyết định nào?", "Văn bản nào hướng dẫn thực hiện Quyết định 08/2000/QĐ-TTg?") carries it out.
_RELATION_VERBS = {"implements": r"triển khai(?: thực hiện)?|hướng dẫn(?: thực hiện| thi hành)?|thực hiện|cụ thể hóa",
                   # "Luật 14/2008/QH12 thay cho luật nào?": "thay" alone too, never "thay đổi", "thay mặt"
                   "replaces": r"thay thế|thay(?!\s+(?:đổi|mặt)\b)",
                   "amends": r"sửa đổi(?:,? bổ sung)?", "repeals": r"bãi bỏ|hủy bỏ",
                   "can_cu": r"căn cứ(?: vào)?|dựa (?:vào|trên)",
                   # "Công điện nào nhắc lại Công điện 186/CĐ-TTg?", "Văn bản nào dẫn chiếu Chỉ thị 22/2008?": any
                   # citation, of whatever kind (`heads.compose_relation`); read last, after the kinds above
                   "mentions": r"nhắc (?:lại|đến|tới)|dẫn chiếu|viện dẫn|đề cập (?:đến|tới)"}
# The kinds a relation question names ("triển khai kế hoạch nào", "văn bản nào thay thế …"): corpus.vn.DOCUMENT_WORDS
# less "công điện", "thông báo" (added back below where the document itself is asked) and "thông tư liên tịch", with
# "chương trình", "đề án". Read as a relation, "công điện nào" took "Công điện 188 yêu cầu tiếp tục thực hiện công điện
# nào về bão số 11, và …?" for what 188 implements (dev b073, md30 right → declined): the narrower set stays.
_DOC_WORDS = "|".join([*(kind for kind in DOCUMENT_WORDS.split("|")
                         if kind not in ("công điện", "thông báo", "thông tư liên tịch")), "chương trình", "đề án"])
# "Văn bản nào …?", "Những công điện nào …?": which document is asked (see `time_asked`)
_WHICH_DOCUMENT = re.compile(r"\b(?:công điện|thông báo|" + _DOC_WORDS + r")\s+nào\b", re.I)
# A law is asked of by its kind too when amended, replaced or repealed ("Luật 26/2012/QH13 sửa đổi, bổ sung luật
# nào?"); "căn cứ / triển khai những luật nào" stay the legal-basis and implements slots, whose answers also read the
# basis lines and the trích yếu naming a law by name only.
_LAW_WORDS = r"|luật|pháp lệnh"
# The citing documents may be narrowed to their issuer between "nào" and the verb ("Văn bản nào của UBND tỉnh Long
# An triển khai Chỉ thị 22/2008?") or by a purpose "để" ("Chính phủ ban hành văn bản nào để thực hiện Nghị quyết
# 57?"); see `citing_issuer`.
# The purpose may follow the issuing and its period: "Những văn bản nào được ban hành trong tháng 01 năm 2025 để thực
# hiện Nghị quyết 57-NQ/TW?" (the period read by `issued_period`).
_INCOMING = (r"\b(?:{docs})(?: \w+){{0,2}} nào(?: của(?: [^\s,?;]+){{1,8}}?| để| (?:được |đã )?ban hành(?: (?:trong|vào) "
             r"(?:tháng \d{{1,2}} )?năm \d{{4}})? (?:để|nhằm))? (?:đã |được |sẽ )?(?:{verb})\b|"
              r"\b(?:được|bị) (?:{verb})(?: (?:bởi|bằng)\b| chưa\b| không\b)")
# "Văn bản triển khai Chỉ thị 22/2008 do ai ký?": a head slot asked of the unnamed document implementing the one
# named right after the verb (a document named by its number before the verb, "Kế hoạch 196 triển khai …", is asked
# itself). Read only when the question asks a head slot.
IMPLEMENTER_ASKED = re.compile(r"\b(?:" + _DOC_WORDS + r")\s+(?:nào\s+)?(?:triển khai(?: thực hiện)?|thực hiện|cụ thể hóa)\s+"
                               r"(?=(?:" + _DOC_WORDS + r")\b)", re.I)
# "… thay thế những nghị định nào?", and how many asked ("… thay thế bao nhiêu nghị định?"): the same documents
_OUTGOING = r"\b(?:{verb})\b(?: cho| vào| những| các){{0,2}} (?:(?:{docs})(?: \w+){{0,2}} nào|bao nhiêu (?:{docs}))\b"
# A citation is asked of telegrams and notices too ("Những công điện nào nhắc lại Công điện 186?"): no other relation
# verb reads "công điện nào" (see `_DOC_WORDS`).
_CITING_WORDS = "|công điện|thông báo"
RELATIONS = tuple((direction, kind, re.compile(pattern.format(docs=_DOC_WORDS + (_LAW_WORDS if kind in ("amends", "replaces", "repeals") else "")
                                                              + (_CITING_WORDS if kind == "mentions" else ""),
                                                                verb=verb), re.I))
                  for direction, pattern in (("in", _INCOMING), ("out", _OUTGOING))
                  for kind, verb in _RELATION_VERBS.items())
# The documents a person signed, asked by the person's name before "ký … nào": "Thứ trưởng Đỗ Hoàng Anh Tuấn đã ký
# những thông tư liên tịch nào?", "Ông Nguyễn Văn Được ký những văn bản nào?" (the reverse of "ai ký …?"). The name is
# the run of capitalized words right before the verb, after any title ("Thứ trưởng", "Thượng tướng") or "Ông"/"Bà".
_SIGNED_WHICH = re.compile(r"\s+(?:đã\s+|từng\s+)?(?:ký|ký ban hành)\s+(?:những\s+|các\s+)?((?:" + _DOC_WORDS +
                           r"|công điện|thông báo" + _LAW_WORDS + r")(?:\s+[^\s,?;]+){0,2}?)\s+nào\b", re.I)
# The same asked the other way round, the documents first: "Những quyết định nào của UBND tỉnh Ninh Bình do ông
# Nguyễn Cao Sơn ký?" (the name is the capitalized run right before "ký"; an issuer named there is no person).
_SIGNED_BY_WHICH = re.compile(r"\b(?:những\s+|các\s+)?((?:" + _DOC_WORDS + r"|công điện|thông báo" + _LAW_WORDS +
                              r")(?:\s+[^\s,?;]+){0,2}?)\s+nào\b[^?]*?\sdo\s+([^?]+?)\s+(?:đã\s+)?ký"
                              r"(?:\s+(?:trong\s+)?năm\s+\d{4})?\s*\??\s*$", re.I)
# The documents issued on a body's proposal, asked the documents first: "Những quyết định nào của Thủ tướng được ban
# hành theo đề nghị của Bộ trưởng Bộ Công an?", "Văn bản nào … được ban hành theo tờ trình của Chủ tịch Ủy ban nhân dân
# thành phố Tam Điệp?" (the reverse of "… theo đề nghị của ai?", which is the proposer slot: an asking word there
# names no proposer).
_PROPOSED_WHICH = re.compile(r"\b(?:những\s+|các\s+)?((?:" + _DOC_WORDS + r"|công điện|thông báo" + _LAW_WORDS +
                             r")(?:\s+[^\s,?;]+){0,2}?)\s+nào\b([^?]*?)\s(?:được\s+)?(?:ban hành\s+)?(?:theo|xét)\s+"
                             r"(?:đề nghị|đề xuất|tờ trình)\s+(?:của\s+)?([^?]+?)\s*\??\s*$", re.I)
_ASKING = re.compile(r"\b(?:ai|nào|gì|đâu)\b", re.I)


def proposer_asked(text: str) -> tuple[str, str | None, str] | None:
    """The body whose proposals a question lists documents by, with the document type asked and the words between
    the two (an issuer, a year, "về …" the subject): "Những quyết định nào của Thủ tướng được ban hành theo đề nghị của
    Bộ trưởng Bộ Công an?" → ("Bộ trưởng Bộ Công an", "Quyết định", " của Thủ tướng"); None when no body is named
    there (an asking word: the proposer slot) or the question is not of that shape."""
    asked = _PROPOSED_WHICH.search(normalize_query(text))
    if asked is None or _ASKING.search(asked.group(3)) or not find_agencies(asked.group(3)):
        return None
    kinds = _types_named(asked.group(1)) or tuple(kind for kind in ("Luật", "Pháp lệnh")
                                                  if re.match(kind + r"\b", asked.group(1), re.I))
    return asked.group(3), kinds[0] if kinds else None, asked.group(2)


_HONORIFIC = re.compile(rf"^{HONORIFICS}$", re.I)
PERSON_WORDS = (2, 5)  # the fewest and the most words of a Vietnamese personal name
# "Phó Thủ tướng Hồ Đức Phớc", "Phó Thủ tướng Chính phủ Trần Hồng Hà", "Bộ trưởng Nguyễn Văn A": an office, then its
# holder's name (capitalised words)
_HOLDER = re.compile(r"\b(?:Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|Phó Chủ tịch|Chủ tịch|Tổng Bí thư)"
                     r"(?:\s+Thường trực)?(?:\s+Chính phủ)?(?=((?:\s+[^\W\d_]+){1,5}))")


def office_holders(text: str) -> set[str]:
    """The people a text names by their office ("… giao Phó Thủ tướng Hồ Đức Phớc chỉ đạo …" → {"Hồ Đức Phớc"}); an
    office with no name after it ("Phó Thủ tướng nào", "Bộ trưởng Bộ Tài chính") names none."""
    names = set()
    for found in _HOLDER.finditer(normalize_query(text)):
        words = found.group(1).split()
        words = words[:next((n for n, w in enumerate(words) if not w[0].isupper()), len(words))]
        if PERSON_WORDS[0] <= len(words) <= PERSON_WORDS[1] and not find_agencies(" ".join(words)):
            names.add(" ".join(words))
    return names


def signer_asked(text: str) -> tuple[str, str | None] | None:
    """The person whose signed documents a question asks for, with the document type asked ("Thứ trưởng Đỗ Hoàng Anh
    Tuấn đã ký những thông tư liên tịch nào?" → ("Đỗ Hoàng Anh Tuấn", "Thông tư liên tịch"); "văn bản" asks any type:
    None); None when none is asked, or the words before the verb are an agency ("UBND tỉnh Long An đã ký văn bản
    nào?")."""
    text = normalize_query(text)
    asked = _SIGNED_WHICH.search(text)
    if asked:
        before = text[:asked.start()]
    elif (asked := _SIGNED_BY_WHICH.search(text)):
        before = text[:asked.end(2)]
    else:
        return None
    run: list[str] = []
    for word in reversed(before.split()):
        if not word[:1].isupper() or _HONORIFIC.match(word) or not word.isalpha():
            break
        run.insert(0, word)
    name = " ".join(run)
    # an agency's name ends in capitalized words too ("UBND tỉnh Long An"): no person
    if not PERSON_WORDS[0] <= len(run) <= PERSON_WORDS[1] \
            or any(end > len(before) - len(name) for _, _, end in find_agencies(before)):
        return None
    kinds = _types_named(asked.group(1)) or tuple(kind for kind in ("Luật", "Pháp lệnh")
                                                  if re.match(kind + r"\b", asked.group(1), re.I))
    return name, kinds[0] if kinds else None


IN_FORCE = re.compile(r"\b(?:còn hiệu lực|hết hiệu lực|còn giá trị)\b", re.I)


# The one fact a question asks for, beyond its type: answered from the document head or text, or a record's cell.
# "Theo Nghị định 13/2016/NĐ-CP, ai ký quyết định gọi đăng ký nghĩa vụ quân sự …?": after a lead naming the source, a
# kind of document described in lower case (no number, not "này"/"đó") is one the source has someone sign (a task of
# "Chủ tịch Ủy ban nhân dân cấp xã"), not the source document's own signer.
# So is a paper no administrative document is ("ai ký tờ trình Quốc hội", "ai thay mặt Chính phủ ký Tờ trình …", Nghị
# quyết 306/NQ-CP, Điều 3: "Bộ trưởng Bộ Tài chính … thay mặt Chính phủ ký Tờ trình Quốc hội …"; "ai ký hợp đồng",
# "ai ký biên bản"), wherever the question names it, unless it is pointed at as the document itself ("tờ trình này",
# "tờ trình số 620/TTr-BTC").
TASK_SIGNED = re.compile(r"^\s*theo [^,?]+,\s*(?:ai|người nào|cơ quan nào|cấp nào) (?:có thẩm quyền |được )?ký "
                         r"(?:các |những )?(?:" + _TYPE_WORDS + r")\s+(?!số\b|này\b|đó\b|trên\b)[a-zà-ỹđ]"
                         r"|(?<!\w)(?:ai|người nào|cơ quan nào)\s+(?:(?:sẽ|phải|được|thay mặt\s+[^,?]{3,40}?)\s+)?ký\s+"
                         r"(?:các |những )?(?:tờ trình|hợp đồng|biên bản|thỏa thuận|bản ghi nhớ)(?!\w)"
                         r"(?!\s+(?:số|này|đó|trên)(?!\w))(?!\s*\d)", re.I)
# The signer's position is asked, not only the name: "Người ký … giữ chức vụ gì?", "ký với cương vị gì", "chức danh".
# "… ký thay ai?" asks the capacity the signer signed in (for whom, as a deputy): a signature that names only the person
# does not tell it either.
SIGNER_TITLE_ASKED = re.compile(r"\b(?:chức vụ|cương vị|chức danh|ký thay (?:cho )?ai)\b", re.I)
SLOTS = (
    # also a signer asked by title: "Thứ trưởng Bộ Tài chính nào ký …?", "Phó Chủ tịch nào đã ký …?"
    ("signer", r"\b(?:ai ký|người ký|do ai ký|ký bởi|ai là người ký|ai đã ký)\b|"
               r"\b(?:thứ trưởng|bộ trưởng|phó chủ tịch|chủ tịch|phó thủ tướng|thủ tướng|lãnh đạo|giám đốc)"
               r"(?:\s+[^\s,?;]+){0,5}?\s+nào\s+(?:đã\s+)?ký\b|"
               # the signer's position ("giữ chức vụ gì khi ký", "ký với tư cách gì"), whether one signed himself ("Bộ
               # trưởng có trực tiếp ký … không?", never "có ký kết"), for whom the signers signed ("được ký thay
               # những Bộ trưởng nào", "ký thay ai")
               r"\b(?:chức vụ gì khi ký|ký với (?:chức vụ|cương vị|tư cách) gì|"
               r"có (?:trực tiếp |tự )?ký\b(?! kết)[^?]*\bkhông|ký thay (?:cho )?(?:ai|(?:những |các )?[^\s,?;]+"
               r"(?: [^\s,?;]+){0,3}? nào))\b"),
    # what the document is about, read from its title: "Quyết định 807 phê duyệt nội dung gì?", "ban hành cái gì và …"
    # a notice asked whose conclusion it gives, which its title says ("Kết luận của Phó Thủ tướng Chính phủ Lê Thành
    # Long tại cuộc họp …", Thông báo 537/TB-VPCP): "… là kết luận của lãnh đạo nào và ai ký thông báo?"
    ("title", r"\b(?:ban hành|phê duyệt|nói về|về)\s+(?:cái gì|nội dung gì|việc gì|vấn đề gì|gì)(?=\s*(?:\?|,|và\b|$))|"
              r"\bkết luận của (?:ai|lãnh đạo nào|(?:phó )?thủ tướng nào|đồng chí nào)(?=\s*(?:\?|,|và\b|tại\b|$))"),
    ("effective", r"\b(?:(?:có|bắt đầu có) hiệu lực (?:thi hành )?(?:từ|kể từ|vào|khi nào|ngày nào|từ khi nào)|"
                  # "Hiệu lực từ bao giờ?" (a follow-up without "có")
                  # (never the end of force: "… hết hiệu lực từ lúc nào?" asks when another text ends, `_relation`)
                  r"(?<!hết )hiệu lực (?:thi hành )?(?:từ|kể từ) (?:(?:ngày|khi|lúc) nào|bao giờ)|"
                  # the day a time is counted from is no day asked ("trong 6 tháng kể từ ngày có hiệu lực, các cơ
                  # quan cấp phép phải phối hợp với bộ nào …?"), as "(?<!từ )ngày ký" below
                  r"(?<!từ )ngày có hiệu lực|"
                  r"(?<!hết )hiệu lực (?:khi nào|bao giờ)|"
                  # "… có hiệu lực sau bao nhiêu ngày kể từ ngày ký?" (Thông tư 03/2009/TT-BTC: "… có hiệu lực thi hành
                  # sau 45 ngày, kể từ ngày ký")
                  r"(?<!hết )hiệu lực (?:thi hành )?sau bao (?:nhiêu|lâu)|"
                  r"(?:được )?áp dụng(?: đối với [^?]{1,80}?)? (?:từ|kể từ) (?:ngày|khi) nào)\b"),
    ("implements", r"\b(?:triển khai|thực hiện|cụ thể hóa)(?: thực hiện)? (?:văn bản|chỉ thị|nghị quyết|kế hoạch|"
                   r"quyết định|chương trình|kết luận|nghị định)(?: \w+){0,2} nào\b|\bnhằm triển khai\b|"
                   # "Chỉ thị 42/1998/CT-UBND triển khai thực hiện những luật nào?"
                   r"\btriển khai(?: thực hiện)? (?:những |các )?(?:luật|pháp lệnh|thông tư|nghị định|văn bản|chỉ thị|"
                   r"nghị quyết|quyết định)(?: \w+){0,2} nào\b"),
    ("legal_basis", r"\b(?:" + _BASIS + r"|dựa trên|dựa vào)\b"),
    # (never the day an effect is counted from: "… có hiệu lực sau bao nhiêu ngày kể từ ngày ký?")
    # ("… được ban hành cùng ngày nào?", two documents' one day asked: each one's)
    ("issue_date", r"\b(?:ban hành (?:cùng (?:một )?)?ngày|ngày ban hành|ban hành khi nào|ban hành vào|ký (?:cùng (?:một )?)?ngày|"
                   r"(?<!từ )ngày ký|ký khi nào)\b"),
    # where it was signed: the place before the date line ("Hà Nội, ngày 02 tháng 02 năm 2009"), asked "được ký tại
    # đâu", "ban hành ở đâu", "nơi ban hành"
    ("place", r"\b(?:(?<!đăng )(?:ký|ban hành)(?: tại| ở)? (?:đâu|nơi nào|địa phương nào)|nơi (?:ký|ban hành)|địa (?:danh|điểm) "
              r"(?:ký|ban hành))\b"),
    # also the ministries of a joint document: "do Bộ nào ban hành", "những bộ nào ban hành", "bộ, ngành nào cùng ban
    # hành"; and the document asked of by its type: "Nghị quyết 57-NQ/TW là nghị quyết của cơ quan nào?"
    # "Cơ quan nào ban hành cơ chế, chính sách …?" asks who issues a thing a document assigns (a task), not who
    # issued the document: what follows "ban hành" must be nothing, a document ("Thông tư liên tịch 19/2009…", "văn
    # bản này") or a document number
    ("issuer", r"\b(?:ai ban hành|(?:cơ quan|đơn vị|bộ|bộ, ngành) nào (?:cùng |đã )?ban hành" + _ISSUED_WHAT +
               r"|do ai ban hành|" + _BY_WHOM +
               r"|là (?:" + _TYPE_WORDS + r") (?:của|do) (?:cơ quan nào|ai|đơn vị nào))\b"),
    ("number", r"\bsố hiệu\b"),
    # the texts a consolidated text merges: "Văn bản hợp nhất 40/VBHN-BTC (được) hợp nhất (từ) những thông tư nào?"
    ("consolidated_from", r"\bhợp nhất (?:từ )?(?:những |các )?(?:văn bản|thông tư|nghị định|quyết định|nghị quyết|luật|"
                          r"pháp lệnh)(?: \w+){0,2} nào\b"),  # the document's number, which its label gives
    # whom the document is addressed to ("Công văn 706 gửi cho cơ quan nào?", "gửi những ai", "kính gửi ai"): never
    # where a report goes ("báo cáo gửi về đâu" is report_to), nor where a task sends what it draws up ("lập kế hoạch
    # thu, nộp thuế … gửi cơ quan nào?", "tờ khai … gửi cơ quan nào?"), nor where an application goes ("Đơn đề nghị
    # miễn giảm thì gửi cho ai?": "đơn", not "đơn vị")
    ("recipients", r"^(?!.*\b(?:báo cáo|lập|tờ khai|hồ sơ|đơn(?! vị| giá))\b).*\b(?:gửi|kính gửi)\s+(?:cho |đến |tới )?(?:cơ quan nào|đơn vị nào|những ai|ai|"
                   r"những (?:bộ|cơ quan|đơn vị|địa phương|nơi)(?: nào)?|bộ nào|các cơ quan nào|đâu)\b|\bnơi nhận\b|"
                   # the notice itself named between ("Bên Việt Nam gửi thông báo về nhà thầu nước ngoài … cho những cơ
                   # quan nào?", Phụ lục 01-NTNN: its "Nơi nhận: - Cục thuế tỉnh, TP…")
                   r"^(?!.*\b(?:báo cáo|lập|tờ khai|hồ sơ|đơn(?! vị| giá))\b).*\bgửi (?:thông báo|văn bản|công văn)\b[^?]{0,80}?"
                   r"\b(?:cho|đến|tới) (?:những |các )?(?:cơ quan|đơn vị|bộ|nơi) nào\b"),
    # who proposed the document ("ban hành theo đề nghị của cơ quan nào?", "do bộ nào trình?")
    # also the submission it was issued on, asked by its number ("… ban hành theo tờ trình số mấy?", "… bằng tờ trình
    # nào?"): the preamble line that names it ("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 56/TTr-STP …")
    # the proposer asked by its head's title too ("… theo đề nghị của bộ trưởng bộ nào?", "… của giám đốc sở nào?")
    ("proposer", r"\b(?:theo|xét) (?:đề nghị|đề xuất|tờ trình) của (?:những |các )?(?:(?:bộ trưởng|thủ trưởng|giám đốc|"
                 r"chủ tịch|cục trưởng|chánh văn phòng) )?(?:ai|cơ quan nào|bộ nào|sở nào|đơn vị nào|ngành nào)\b|"
                 r"\btờ trình (?:số (?:mấy|bao nhiêu)|nào)\b|"
                 # the proposal asked by the paper it came in ("… ban hành theo đề nghị tại văn bản số mấy?", "… căn cứ
                 # đề nghị của Bộ Tài chính tại văn bản số mấy?", "… do Bộ Công an trình tại công văn số mấy?"): the
                 # same preamble line ("Xét đề nghị của … tại Công văn số 497CVLN/STC-CT …")
                 r"\b(?:đề nghị|đề xuất|trình)(?: của [^?]{1,60}?)? (?:tại|ở|bằng|trong) (?:văn bản|công văn|tờ trình) "
                 r"(?:số (?:mấy|bao nhiêu)|nào)\b|"
                 r"\bdo (?:ai|cơ quan nào|bộ nào|sở nào|đơn vị nào) (?:đề nghị|trình)\b|"
                 # the proposer as the subject asked: "Ai đề nghị ban hành quyết định này?", "Cơ quan nào trình ban hành
                 # …?" (not "Ai đề nghị bổ sung dự toán?", an act of the body)
                 r"\b(?:ai|cơ quan nào|bộ nào|sở nào|đơn vị nào|ngành nào) (?:đề nghị|đề xuất|trình) ban hành\b"),
    # also the report named by what it reports ("Còn báo cáo tiến độ gửi ai?", "báo cáo kết quả thực hiện gửi cơ quan
    # nào?")
    ("report_to", r"\bbáo cáo (?:cho|về|lên|gửi)?\s?(?:ai|cơ quan nào|đơn vị nào)\b|\bgửi (?:báo cáo )?(?:cho|về) "
                  r"(?:ai|cơ quan nào|đơn vị nào)\b|"
                  r"\bbáo cáo(?: (?!gửi\b|cho\b|về\b|lên\b)[^\W\d]+){1,4} (?:gửi|lên|cho)(?: cho| về| đến| tới)? "
                  r"(?:ai|cơ quan nào|đơn vị nào)\b"),
    ("recurrence", r"\b(?:bao lâu một lần|mấy lần|định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng)\b.*\?"),
)
_SLOTS = tuple((slot, re.compile(pattern, re.I)) for slot, pattern in SLOTS)
HEAD_SLOTS = ("signer", "title", "number", "recipients", "proposer", "effective", "implements", "legal_basis", "issue_date", "issuer",
              "place", "consolidated_from")
_KIND_SLOTS = {"deadline": "deadline", "lead": "lead", "partners": "partners", "agency_tasks": "task"}
# "kế hoạch này", "văn bản đó": the document in focus; not an act named by the same word after "việc" ("việc thông
# báo đó" is the notifying a task does, not a Thông báo)
DOC_ANAPHORA = re.compile(rf"\b(?<!việc )(?:{DOCUMENT_WORDS}|chương trình)\s+(?:đó|này|ấy|trên|nói trên|vừa rồi)\b", re.I)
_LEAD_ROLE = re.compile(r"\bchủ trì\b", re.I)
# "Bộ Công an phối hợp với cơ quan nào để làm gì …?": whom the agency works with is asked, not only its tasks
_PARTNERS_OF_AGENCY = re.compile(r"\bphối hợp với\s+(?:những\s+)?(?:ai|cơ quan nào|đơn vị nào|bộ nào|sở nào|ngành nào)\b",
                                 re.I)
# The agency asked right before "phối hợp với ai / cơ quan nào": it is the one working with others ("Sở Khoa học và
# Công nghệ phối hợp với ai?"), not the body others work with ("Ai phối hợp với Sở Văn hóa và Thể thao …?").
_WORKS_WITH_WHOM = re.compile(r"\s*(?:(?:cần|sẽ|phải|được giao|có trách nhiệm|chịu trách nhiệm)\s+)?(?:chỉ\s+)?"
                              + _PARTNERS_OF_AGENCY.pattern, re.I)


def works_with_whom(text: str, agency: str | None, agencies) -> bool:
    """Whether the question asks whom the agency itself works with: its name stands right before "phối hợp với ai /
    cơ quan nào / …" (`_WORKS_WITH_WHOM`)."""
    return bool(agency) and any(name == agency and _WORKS_WITH_WHOM.match(text, end) for name, _, end in agencies)



@dataclass(frozen=True)
class Intent:
    kind: str  # "deadline", "lead", "partners", "agency_tasks", "metadata", "compare", "relation", "content"
    agency: str | None = None
    doc_number: str | None = None
    doc_reference: tuple[str, str] | None = None  # (document type, serial number) when only those are given
    relation: tuple[str, str] | None = None  # ("in" | "out", reference kind) for relation questions
    doc_type_named: str | None = None  # the type word before the number: "Chỉ thị" in "Chỉ thị 20-CT/TU"
    # The question frame: every agency named (lists expanded), the role asked of the agency ("lead" or
    # "partner"), the slot asked (see SLOTS and _KIND_SLOTS), whether it points at the document in focus, and the
    # topic words (content words without agency, document and slot words).
    agencies: tuple[str, ...] = ()
    role: str | None = None
    slot: str | None = None
    doc_anaphora: bool = False
    topic: frozenset[str] = frozenset()
    slots: tuple[str, ...] = ()  # every slot asked, when a question asks several ("ban hành ngày nào, ai ký?")
    quantity: str | None = None  # an amount is asked ("bao nhiêu tỷ đồng"): the unit's first word, or ""

    asks: int = 1  # how many things it asks ("… bao nhiêu % GDP và cần bao nhiêu doanh nghiệp?": 2)
    row: str | None = None  # a task-table row named by its number: "nhiệm vụ 5", "nhiệm vụ số 12", "dòng 3"
    # every document the question names, as (type or None, serial, year or None): "193/KH-UBND" → ("Kế hoạch",
    # "193", None), "NQ 57" → ("Nghị quyết", "57", None), "Chỉ thị 22/2008" → ("Chỉ thị", "22", "2008")
    documents: tuple[tuple[str | None, str, str | None], ...] = ()
    types_named: tuple[str, ...] = ()  # document types the question names ("trong chỉ thị về …"), numbered or not
    dates: tuple[tuple[int, int], ...] = ()  # (day, month) of each date it names: "ngày 4/10", "ngày 04 tháng 10"
    lead_said: bool = False  # the lead role is asked in so many words ("Bộ Tài chính chủ trì những nhiệm vụ nào?")
    quoted: tuple[str, ...] = ()  # phrases the question quotes: a task named by its words ("nhiệm vụ “Trình …”")
    # the one document named is what a task acts on ("kết quả thực hiện Nghị quyết số 57-NQ/TW"), which other
    # documents may assign: it need not be the document that answers
    document_acted_on: bool = False
    # the issuer the citing documents of an incoming relation must have: "Văn bản nào của UBND tỉnh Long An triển
    # khai …", "Chính phủ ban hành văn bản nào để thực hiện …" (an agency named before the relation's verb)
    citing_issuer: str | None = None
    # agencies the question names only as reported, sent or submitted to ("báo cáo Bộ Tài chính …"): never the doer
    recipients: tuple[str, ...] = ()
    owner: str | None = None  # the agency whose unit is asked: "đơn vị nào của Bộ Y tế làm đầu mối giúp việc?"
    # (kind, issuer) of the document asked for: "căn cứ Quyết định nào của Thủ tướng Chính phủ" (`asked_document`)
    document_asked: tuple[str | None, str | None] = (None, None)
    # bodies whose signer is asked: "Thứ trưởng Bộ Nội vụ nào ký", "ai ký thay Bộ trưởng Bộ Tài chính"
    # (`corpus.headers.SIGNED_FOR`); of a document several bodies signed, the answer names their signers only
    signed_for: tuple[str, ...] = ()
    signer_title_asked: bool = False  # the signer's position is asked (`SIGNER_TITLE_ASKED`), not only the name
    # the doer named before "phải" that no agency list knows ("cơ sở kinh doanh phải nộp báo cáo quyết toán thuế trong
    # thời hạn bao lâu?"): a party whose own act is asked (`asked_party`)
    party: str | None = None
    party_act: str | None = None  # the first two words of that party's act ("nộp báo cáo" → "nop bao"), marks folded
    # the agency asked is checked as the lead in a yes-or-no question (`lead_checked`): "no, another body" answers it
    checks_lead: bool = False
    # laws the question asks to amend, by title ("sửa Luật Ngân sách nhà nước cho …" → "Luật Ngân sách nhà nước"): a
    # task row naming one is about that law, a near-equal row amending another law is not (`rows._of_law_named`)
    laws_named: tuple[str, ...] = ()
    # the period a recurring time is asked for (`PERIOD_ASKED`): "mỗi quý … chậm nhất ngày nào" → "quý", "hết năm" → "năm"
    period: str | None = None
    # the agency asked is the one working with others, whom it works with is asked (`works_with_whom`): "Sở Khoa học và
    # Công nghệ phối hợp với ai?"
    works_with: bool = False
    # the type the citing documents of an incoming relation must have: "Chỉ thị nào … để thực hiện … Nghị quyết
    # 57-NQ/TW?" asks directives only (`citing_kind`)
    citing_kind: str | None = None

    @property
    def names_document(self) -> bool:
        return bool(self.doc_number or self.doc_reference)


@lru_cache(maxsize=1024)  # one answer classifies its question (and the question as resolved) more than once
def classify(question: str) -> Intent:
    """The question's type, with the agency and the document number it names (a frozen record, shared by every
    caller that classifies the same text)."""
    text = role_reworded(normalize_query(question))
    # a document number is no agency: "CT-UBND" in "Chỉ thị 01/2009/CT-UBND" names none
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    bodies = question_bodies(masked)  # "…, Bộ Thủy sản tham gia với vai trò gì?" names "Bộ Thủy sản"
    agencies = find_agencies(bodies)
    names = agency_names(bodies)
    # an agency in the lead that names the source ("Theo Phiên họp thứ hai của Ban Chỉ đạo, …") is not the one asked
    source = _SOURCE_LEAD.match(masked)
    after = source.end() if source else 0
    asked = [found for found in agencies if found[1] >= after]
    asked_names = agency_names(bodies[after:]) if source else names
    # an agency reported or sent to ("… phải báo cáo Bộ Tài chính kết quả kinh doanh 9 tháng trước ngày nào?") is not
    # the one asked: the doer is another, named or not
    recipients = {name for name, start, _ in asked if REPORTED_TO.search(masked[:start])}
    # "đơn vị nào của Bộ Y tế làm đầu mối …": the ministry owns the unit asked, it is not the one asked either
    # so too the ministry (or its head) that gives a unit the task: "Bộ trưởng Bộ Y tế giao đơn vị nào làm đầu mối …?"
    owner = next((name for name, start, end in asked if _OWNER_ASKED.search(masked[:start])
                  or _UNIT_GIVEN.match(masked, end)), None)
    # "… thông báo của cơ quan thuế": the sender of what the act follows, never the doer (unless named as one too)
    senders = {name for name, start, _ in asked if _SENDER_BEFORE.search(masked[:start])} \
        - {name for name, start, _ in asked if not _SENDER_BEFORE.search(masked[:start])}
    # "… thành lập Ban Chỉ đạo Trung ương … trình trong tháng mấy?": the body set up is what the act makes, not its doer
    founded = {name for name, start, _ in asked if _FOUNDED_BEFORE.search(masked[:start])} \
        - {name for name, start, _ in asked if not _FOUNDED_BEFORE.search(masked[:start])}
    # "dự thảo Nghị quyết HĐND tỉnh về … phải trình khi nào": the body named right after a document's type issues it
    founded |= {name for name, start, _ in asked if _ISSUER_AFTER_TYPE.search(masked[:start])} \
        - {name for name, start, _ in asked if not _ISSUER_AFTER_TYPE.search(masked[:start])}
    # "… theo chương trình hành động của Chính phủ về Nghị quyết 57, xong năm nào?": the source's issuer
    founded |= {name for name, start, _ in asked if _ISSUER_OF_SOURCE.search(masked[:start])} \
        - {name for name, start, _ in asked if not _ISSUER_OF_SOURCE.search(masked[:start])}
    # "giao các Thành viên Chính phủ … những nhiệm vụ gì": a member of a body is not the body (a party of its own)
    founded |= {name for name, start, _ in asked if _MEMBER_BEFORE.search(masked[:start])} \
        - {name for name, start, _ in asked if not _MEMBER_BEFORE.search(masked[:start])}
    asked = [found for found in asked if found[0] not in recipients | senders | founded and found[0] != owner]
    asked_names = [name for name in asked_names if name not in recipients | senders | founded and name != owner]
    agency = _asked_agency(masked, asked) or (asked_names[0] if asked_names else None)
    number = DOC_NUMBER.search(text)
    reference = None if number else DOC_REFERENCE.search(text)
    law = None if number or reference else _NAMED_LAW.search(text)
    relation = _relation(text) if number or reference else None
    issued_thing = bool(source and _ISSUES_A_THING.search(text, source.end()))
    head_asked = any(pattern.search(text) for name, pattern in _SLOTS if name in HEAD_SLOTS
                     and not (name == "issuer" and issued_thing))
    implementer = IMPLEMENTER_ASKED.search(text)
    # "Nghị quyết 318/NQ-CP về kế hoạch triển khai Nghị quyết 188/2025/QH15 có hiệu lực từ ngày nào?": a document named
    # by its number before "… kế hoạch triển khai …" is the one asked, the words after it its title (also by its
    # code and serial: "NQ 318 kế hoạch triển khai nghị quyết 188 … có hiệu lực khi nào")
    first = min((found.start() for found in (number, reference, _NAMED.search(text)) if found), default=None)
    if not relation and (number or reference) and head_asked and implementer \
            and not (first is not None and first < implementer.start()):
        relation = ("in", "implements")
    if relation:
        kind = "relation"
    elif METADATA.search(CITED_NUMBER.sub(" ", text)) and not TASK_SIGNED.search(text) and not issued_thing:
        kind = "metadata"
    elif COMPARE.search(text):
        kind = "compare"
    elif PARTNERS.search(text):
        kind = "partners"
    elif LEAD.search(text) or _asks(text) == 1 and (label := ROLE_LABEL_ASKED.search(text)) and (label.group(2) or label.group(3)):
        # (a plan's labelled role asked by its label, one thing asked: "cơ quan thẩm định … là ai",
        # `vn.ROLE_LABEL_ASKED`)
        kind = "lead"
    elif time_asked(text) and not CITED_DOCUMENT.search(text) and not EVENT_DATE.search(text):
        kind = "deadline"
    elif agency and AGENCY_TASKS.search(text):
        kind = "agency_tasks"
    elif _asks(text) == 1 and any(opens_with_verb(_HOW_OFTEN.sub("", text[asked.end():], count=1))
                                  for asked in _ASKS_WHO_ACTS.finditer(text)):
        kind = "lead"  # "bộ nào lập danh sách …": the body asked stands before the action it does (one thing asked)
    else:
        kind = "content"
    slots = tuple(name for name, pattern in _SLOTS if pattern.search(text)
                  and not (name == "signer" and TASK_SIGNED.search(text)) and not (name == "issuer" and issued_thing)
                  and not (name == "issue_date" and _BASIS_DATE_ASKED.search(text)))
    slot = slots[0] if slots else None
    if slot in HEAD_SLOTS and kind != "relation":
        kind = "metadata"
    elif kind == "metadata":
        slot = "metadata"
    elif slot not in ("report_to", "recurrence"):
        slot = _KIND_SLOTS.get(kind)
    role = "partner" if agency and PARTNERSHIP.search(text) and kind != "partners" else "lead" if agency else None
    # the role asked either way round ("… chỉ phối hợp hay cùng chịu trách nhiệm …?") asks the lead role in words
    lead_said = bool(_LEAD_ROLE.search(text) or re.search(_ROLE_ASKED, text, re.I) or re.search(_ASSIGNED_ASKED, text, re.I))
    if kind in ("lead", "partners") and agency and PARTNERSHIP.search(text) and _tasks_asked(text) \
            and not _PARTNERS_OF_AGENCY.search(text):
        # the tasks an agency takes part in are asked, with its part in each ("Bộ Tư pháp phối hợp trong những việc
        # gì và ai chủ trì những việc đó?", "Bộ Nội vụ tham gia những việc gì, với vai trò chủ trì hay phối hợp?"):
        # its task rows, each with its lead, never one row picked among several; asked both ways, the rows it leads
        # and, apart, those it only takes part in
        kind, slot = "agency_tasks", _KIND_SLOTS.get("agency_tasks")
        role = "lead" if lead_said else "partner"
        lead_said = False
    return Intent(kind, agency, number.group(0) if number else None,
                  (DOC_TYPES.get(reference.group(1).lower()) or CODES[reference.group(1).upper()], reference.group(2))
                  if reference else (_law_type(law.group(1)), law.group(2)) if law else None, relation,
                  _type_before(text, number.start()) if number else None,
                  tuple(names), role, slot, bool(DOC_ANAPHORA.search(text)),
                  frozenset(topic_words(text, agencies)), slots, _quantity(text),
                  _asks(text), _row(text), named_documents(text), _types_named(text), _dates(text),
                  lead_said, _quoted(text), _acted_on(text),
                  _citing_issuer(text, asked) if relation and relation[0] == "in" else None, tuple(sorted(recipients)),
                  owner, asked_document(text),
                  tuple(name for name, start, _ in agencies if SIGNED_FOR.search(masked[:start])),
                  bool(SIGNER_TITLE_ASKED.search(text)), *asked_party(masked[after:]),
                  kind == "lead" and any(name == agency and lead_checked(text, end) for name, _, end in agencies),
                  laws_named(text), period=period_asked(text),
                  works_with=kind == "partners" and works_with_whom(text, agency, agencies),
                  citing_kind=citing_kind(text) if relation and relation[0] == "in" else None)


# The period whose time is asked: "mỗi quý", "hàng quý", "hằng tháng"; "hết năm", "cuối năm" (the year's settling,
# due in the year after: "Hết năm, chậm nhất là ngày 30 tháng 6 của năm tiếp theo", Thông tư liên tịch
# 122/2008/TTLT-BTC-BQP). Of rows of one body that differ in time ("Hàng quý, chậm nhất ngày 30 …" and "Hết năm, chậm
# nhất …"), the one for that period answers (`assistant.rows`).
PERIOD_ASKED = re.compile(r"(?<!\w)(?:(?:mỗi|hàng|hằng)\s+(quý|tháng|tuần|năm)|(?:hết|cuối)\s+(năm))(?!\w)", re.I)


def period_asked(text: str) -> str | None:
    """The period the question asks a time of (`PERIOD_ASKED`), or None."""
    m = PERIOD_ASKED.search(text)
    return (m[1] or m[2]).lower() if m else None


# A law the question asks to amend, named by its title right after "sửa (đổi)": "Luật" and capitalised words, up to a
# word that closes the title ("cho", "để", "thì", "về", "của", "theo", "trong", "năm", "số") or a stop: "sửa Luật Ngân
# sách nhà nước cho nhiệm vụ khcn thì ai phối hợp?" → "Luật Ngân sách nhà nước". Not a law named otherwise ("tuyên
# truyền Luật Thuế thu nhập cá nhân", "phù hợp với Luật …"): rows of that work may name it short or not at all.
_LAW_TITLE = re.compile(r"\b(?i:sửa(?:\s+đổi)?(?:,?\s+bổ\s+sung)?)\s+Luật\s+([A-ZĐ][^\s,.;:?()]*(?:\s+(?!(?:cho|để|thì|về|của|"
                        r"theo|trong|năm|số|đối|tại|khi|nào|gì|có|do|đã|được|sẽ|phải)\b)[^\s,.;:?()\d]+)*)")


def laws_named(text: str) -> tuple[str, ...]:
    """The laws a question asks to amend, by title (`_LAW_TITLE`), "Luật" included: ("Luật Ngân sách nhà nước",)."""
    return tuple("Luật " + m.group(1) for m in _LAW_TITLE.finditer(text))


# The doer of the act asked: the question's opening words before "phải", past the source it names ("Theo Luật
# 09/2003/QH11, cơ sở kinh doanh phải nộp …"); never words after a comma ("Dự án sửa Luật Chất lượng sản phẩm, hàng hóa
# phải xong …", "Ở Long An, các huyện, thị xã phải lập xong …": the subject is longer than what the comma leaves).
_PARTY_BEFORE = re.compile(r"\s*([^,.;:?()]+?)\s+phải\s", re.I)


# Words that stand before a verb and belong to the act, not to its doer: negation, tense, and "tạm" of a provisional act
# ("cơ sở kinh doanh tạm nộp thuế …": the doer is "cơ sở kinh doanh", its act "tạm nộp").
_BEFORE_VERB = re.compile(r"\s+(?:chưa|không|đã|đang|sẽ|tạm)$", re.I)


def _party_before_verb(text: str) -> re.Match[str] | None:
    """The opening words before the first verb of a question with no "phải" ("cơ sở kinh doanh nộp tờ khai …", "cơ sở
    kinh doanh chưa thực hiện chế độ kế toán …"), a negation before the verb left out; None when no verb opens within
    six words."""
    for word in list(re.finditer(r"\w+", text))[1:7]:
        if opens_with_verb(text[word.start():]):
            head = text[:word.start()].rstrip()
            before = _BEFORE_VERB.search(head)
            return re.match(r"\s*(.+)", head[:before.start()] if before else head)
    return None


def asked_party(text: str) -> tuple[str | None, str | None]:
    """(party, act) when a question asks the act of a party no agency list knows: the question's opening words before
    "phải" or before its first verb ("cơ sở kinh doanh phải nộp báo cáo quyết toán thuế trong thời hạn bao lâu?", "cơ sở
    kinh doanh nộp tờ khai …" → "cơ sở kinh doanh"), two to six words, no agency, no "ai"/"nào"; and the first two
    words of its act, marks folded ("nop bao"). (None, None) otherwise."""
    found = _PARTY_BEFORE.match(text) or _party_before_verb(text)
    if not found:
        return None, None
    party = " ".join(found.group(1).split())
    words = party.split()
    if not 2 <= len(words) <= 6 or re.search(r"(?<!\w)(?:ai|nào|gì)(?!\w)", party, re.I) or find_agencies(party):
        return None, None
    act = [w for w in re.findall(r"\w+", text[found.end(1):]) if w.casefold() not in ("phải", "chưa", "không")][:2]
    return party, fold(" ".join(act)).casefold() if len(act) == 2 else None


def slot_before_relation(text: str) -> bool:
    """Whether a head slot is asked before the relation verb, of the document named first ("Thông tư liên tịch
    122/2008 có hiệu lực từ ngày nào và được văn bản nào thay thế?": the date is 122/2008's own), not of the
    documents the relation finds ("Văn bản nào thay thế Thông tư 122/2008 và có hiệu lực từ ngày nào?")."""
    verb = next((m for _, _, pattern in RELATIONS if (m := pattern.search(text))), None)
    return bool(verb) and any((m := pattern.search(text)) and m.start() < verb.start()
                              for name, pattern in _SLOTS if name in HEAD_SLOTS)


# "đơn vị nào của Bộ Y tế", "cơ quan nào thuộc Bộ Tài chính", "cục nào trực thuộc …": the agency after it owns the
# unit asked.
_OWNER_ASKED = re.compile(r"\b(?:đơn vị|cơ quan|cục|vụ|bộ phận|tổ chức|phòng)\s+nào\s+(?:của|thuộc|trực thuộc)\s+$", re.I)
# "Bộ trưởng Bộ Y tế giao đơn vị nào làm đầu mối …": the agency before it gives one of its units the task asked
_UNIT_GIVEN = re.compile(r"\s+giao\s+(?:cho\s+)?(?:đơn vị|cục|vụ|bộ phận|phòng)\s+nào\b", re.I)
# "… kể từ ngày nhận được thông báo của cơ quan thuế", "theo hướng dẫn của Bộ Tài chính": the agency after it only
# sent the notice or guidance the question's act follows; it is not the doer asked (the doer is another, named or not).
# Only a notice received or followed ("nhận được …", "theo …"), written with single spaces: a document named by its
# number ("Quyết định 59/2000/QĐ-UB của UBND thành phố Đà Nẵng", the number masked to spaces) names its issuer.
# "thành lập Ban Chỉ đạo …", "kiện toàn Hội đồng …": the body after it is set up (or renewed, dissolved) by the act
_FOUNDED_BEFORE = re.compile(r"\b(?:thành lập|kiện toàn|giải thể)\s+$", re.I)
# "Thành viên Chính phủ", "các thành viên Ủy ban …": the body after it is the one its members belong to, not the doer
_MEMBER_BEFORE = re.compile(r"(?<!\w)thành\s+viên\s+$", re.I)
# "dự thảo Nghị quyết HĐND tỉnh", "Nghị quyết của HĐND tỉnh": a body named right after a type word (no number between)
# issues that document; it is not the doer asked
_ISSUER_AFTER_TYPE = re.compile(r"\bdự thảo\s+(?:" + _TYPE_WORDS + r")\s+(?:của\s+)?$", re.I)
_SENDER_BEFORE = re.compile(r"\b(?:nhận được|theo) (?:thông báo|hướng dẫn|ý kiến|yêu cầu) của $", re.I)
# "trong phụ lục báo cáo của Đảng ủy Chính phủ về Nghị quyết 57", "theo chương trình hành động của Chính phủ về …",
# "Trong phụ lục báo cáo NQ 57 của Đảng ủy Chính phủ, …": the body after "của" issued the document the question is
# asked in (named where it is read: "theo", "trong", "tại", "kèm theo"), not the doer asked; a few words may stand
# between the document's kind and "của" ("hành động", "NQ 57"), never a comma
# Only a plan, a programme, a report or its appendix (the documents that carry task tables), never a notice, a
# guidance or a submission (whose sender may be what is asked: "theo tờ trình số mấy của …"), nor one named by its
# number (masked to spaces: "Quyết định 59/2003/QĐ-UB của UBND tỉnh Nghệ An" names whose decision is asked).
_ISSUER_OF_SOURCE = re.compile(r"\b(?:theo|trong|tại|kèm theo)\s+(?:(?:phụ lục|danh mục)(?: [\dIVX]+)?\s+)?"
                               r"(?:báo cáo|chương trình(?: hành động)?|kế hoạch|phụ lục|danh mục)\b"
                               r"(?: (?!số\b)[^\s,;:?()]+){0,4}? của\s+$", re.I)


def source_issuers(text: str) -> list[str]:
    """The agencies a question names as the issuer of the document it is asked in, mid-question ("… trong phụ lục
    báo cáo của Đảng ủy Chính phủ về Nghị quyết 57 …", `_ISSUER_OF_SOURCE`)."""
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    return [name for name, start, _ in find_agencies(masked) if _ISSUER_OF_SOURCE.search(masked[:start])]


def _citing_issuer(text: str, agencies: list[tuple[str, int, int]]) -> str | None:
    """The agency named before the verb of an incoming relation ("Văn bản nào của UBND tỉnh Long An triển khai Chỉ
    thị 22/2008", "Chính phủ ban hành văn bản nào để thực hiện Nghị quyết 57"): the issuer of the documents asked.
    One named after the verb is the cited document's ("… triển khai Chỉ thị 20-CT/TU của Ban Thường vụ Tỉnh ủy")."""
    verb = next((m for direction, _, pattern in RELATIONS if direction == "in" and (m := pattern.search(text))), None) or \
        IMPLEMENTER_ASKED.search(text)
    if not verb:
        return None
    return next((name for name, start, _ in agencies if start < verb.end() and name[:1].isupper()), None)


_ISSUED_PERIOD = re.compile(r"\bban hành\s+(?:trong\s+|vào\s+)?(?:tháng\s+(\d{1,2})\s+)?năm\s+(\d{4})\b", re.I)


def issued_period(text: str) -> str | None:
    """The month or year a question asks its documents issued in ("… được ban hành trong tháng 01 năm 2025 …" →
    "2025-01", "… ban hành năm 2008 …" → "2008"), as the start of an ISO date; None when none is asked."""
    asked = _ISSUED_PERIOD.search(text)
    if asked is None:
        return None
    return f"{asked.group(2)}-{int(asked.group(1)):02d}" if asked.group(1) else asked.group(2)


def citing_kind(text: str) -> str | None:
    """The document type an incoming relation asks for, named before its "nào" ("Chỉ thị nào của Thủ tướng … để thực
    hiện … Nghị quyết 57-NQ/TW?" → "Chỉ thị"); None for "văn bản nào" (any type)."""
    verb = next((m for direction, _, pattern in RELATIONS if direction == "in" and (m := pattern.search(text))), None)
    asked = verb and re.match(r"(.+?)\s+nào\b", verb.group(0), re.I)
    kinds = _types_named(asked.group(1)) if asked else ()
    return kinds[0] if len(kinds) == 1 else None


# An action done to a document, before its name: "thực hiện Nghị quyết số 57-NQ/TW", "triển khai Chỉ thị 30".
_ACTED_ON = re.compile(r"\b(?:thực hiện|triển khai|thi hành|cụ thể hóa|(?:tuyên truyền|phổ biến|quán triệt)(?:\s+về)?)"
                       r"\s+(?:các\s+)?$", re.I)


# A report named by what it reports on, before that document's name, in a question's "Theo …," lead: "Theo báo cáo
# của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW, …", "Theo Phụ lục 1 báo cáo về kết quả …": the document named is the
# report's subject, not the source asked of.
_REPORTED_ON = re.compile(r"\bbáo cáo\b[^,?;:]{0,80}?\s(?:về|đối với)\s+(?:(?:kết quả|tình hình)\s+)?$", re.I)
# The same mid-question, the report (or a programme of action) named as where the question is read ("theo", "trong",
# "tại", "của" before it, or opening it): "Nhiệm vụ số 7 trong phụ lục báo cáo của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW là gì
# …?", "… theo chương trình hành động của Chính phủ về Nghị quyết 57, xong năm nào?", "Trong phần đề xuất, kiến nghị
# của báo cáo về Nghị quyết 57-NQ/TW, …"; not a report that is what is done ("… tham gia dự thảo báo cáo của Đảng ủy
# Chính phủ về Nghị quyết 57-NQ/TW với vai trò gì?": the drafting is asked, of the covering letter that says it).
_READ_IN_REPORT_ON = re.compile(r"(?:^\W*|\b(?:theo|trong|tại|của)\s+)(?:phụ lục(?: [\dIVX]+)? )?(?:báo cáo|chương trình "
                                r"hành động)\b[^,?;:]{0,80}?\s(?:về|đối với)\s+(?:(?:kết quả|tình hình)\s+)?$", re.I)


def _acted_on(text: str) -> bool:
    """Whether the question names one document, and names it as what a task acts on ("… đánh giá kết quả thực hiện
    Nghị quyết số 57-NQ/TW phải đưa vào sử dụng khi nào?") or what a report reports on ("Theo báo cáo của Đảng ủy
    Chính phủ về Nghị quyết 57-NQ/TW, …"), not as its source ("Theo Nghị quyết 57, …")."""
    named = list(DOC_NUMBER.finditer(text)) or list(DOC_REFERENCE.finditer(text))
    if len(named_documents(text)) != 1 or not named:
        return False
    start = named[0].start()
    before = text[:start]
    typed = re.search(r"\b(?:" + "|".join(DOC_TYPES) + r")\s+(?:số\s+)?$", before, re.I)
    before = before[:typed.start()] if typed else before
    lead = _SOURCE_LEAD.match(text)
    if lead:  # "Theo báo cáo … về Nghị quyết 57-NQ/TW, …": a report about the document named is the source
        return start < lead.end() and bool(_REPORTED_ON.search(before))
    return bool(_ACTED_ON.search(before) or _READ_IN_REPORT_ON.search(before))


# The document a question asks for by its kind, and by its issuer after "của": "căn cứ Quyết định nào của Thủ tướng
# Chính phủ …", "được ban hành để thực hiện văn bản nào của Văn phòng Trung ương Đảng?" ("văn bản" names no kind).
# A law is asked by its kind too ("căn cứ những luật nào?"), though questions never name one by a bare serial.
_ASKED_DOCUMENT = re.compile(r"\b(" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r"|luật|pháp lệnh|văn bản)\s+nào"
                             r"(?:\s+của\s+([^?,;]+))?", re.I)


def asked_document(text: str) -> tuple[str | None, str | None]:
    """(kind, issuer) of the document the question asks for ("… căn cứ Quyết định nào của Thủ tướng Chính phủ …" →
    ("Quyết định", "Thủ tướng Chính phủ")); None for what it does not say."""
    match = _ASKED_DOCUMENT.search(text)
    if not match:
        return None, None
    word = match.group(1).lower()
    kind = DOC_TYPES.get(word) or (word.capitalize() if word in ("luật", "pháp lệnh") else None)
    issuer = find_agencies(match.group(2))[0][0] if match.group(2) and find_agencies(match.group(2)) else None
    return kind, issuer


# A phrase in quotes, long enough to name a task or a title rather than one word: “…”, "…", «…».
_QUOTED = re.compile(r"[“\"«]([^“”\"«»]{12,})[”\"»]")


def _quoted(text: str) -> tuple[str, ...]:
    return tuple(" ".join(phrase.split()) for phrase in _QUOTED.findall(text))


_DATE = re.compile(r"\bngày\s+(\d{1,2})\s*(?:/|-|tháng\s+)(\d{1,2})\b", re.I)


def _dates(text: str) -> tuple[tuple[int, int], ...]:
    """(day, month) of the dates a question names ("ngày 4/10", "ngày 04 tháng 10 năm 2025")."""
    return tuple((int(day), int(month)) for day, month in _DATE.findall(text) if 1 <= int(month) <= 12)


# A document named by type (or its code) and serial, with or without its year: "Chỉ thị 22/2008", "NQ 57",
# "Kế hoạch số 193"; a full number ("193/KH-UBND") is read by DOC_NUMBER.
_NAMED = re.compile(r"\b(" + "|".join(DOC_TYPES) + r"|" + "|".join(c for c in CODES if len(c) > 1) +
                    r")\s+(?:số\s+)?0*(\d{1,5})(?:/((?:19|20)\d\d))?\b(?![/-]\w)", re.I)
# A law named by its kind and its serial with the year, its title words between or not: "Luật 14/2008", "Luật thuế
# TNDN 09/2003", "Bộ luật Dân sự số 91/2015" (not in CITED_TYPES: "Luật 2" alone is rarely a law's name, but a
# serial with its year is one; a number with its code, "09/2003/QH11", is read by DOC_NUMBER).
_NAMED_LAW = re.compile(r"\b(" + "|".join(LAW_TYPES) + r")(?:\s+[^\W\d]+){0,6}?\s+(?:số\s+)?0*(\d{1,5})/((?:19|20)\d\d)"
                        r"\b(?![/-]\w)", re.I)


def _law_type(word: str) -> str:
    return next(t for t in LAW_TYPES if t.lower() == word.lower())


def asked_years(text: str) -> set[str]:
    """The years a question names outside the numbers of the documents it names ("giai đoạn 2025 - 2035", "năm
    2035", "giai đoạn 2026-2030"; not the 2025 of "Nghị định 258/2025/NĐ-CP")."""
    plain = DOC_NUMBER.sub(" ", text)
    spans = {year for span in YEAR_SPAN.findall(plain) for year in span}
    return (set(YEAR.findall(plain)) | spans) - {year for _, _, year in named_documents(text)}


# A year that dates the document a question describes by its type ("thông tư sửa đổi năm 2025 của Bộ KH&CN", "Quyết
# định của UBND tỉnh Ninh Bình năm 2024", "dự thảo thông tư TTĐB năm 2025"): the year right after the type and up to
# six words, no comma between
_DOCUMENT_YEAR = re.compile(r"\b(?:" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")\b(?:\s+[^\s,;:?]+){0,6}?"
                            r"\s+năm\s+((?:19|20)\d\d)\b", re.I)


def document_years(text: str) -> set[str]:
    """The years a question gives as the date of a document it describes by type (`_DOCUMENT_YEAR`), among
    `asked_years`: that document's number or date states them."""
    return {m.group(1) for m in _DOCUMENT_YEAR.finditer(DOC_NUMBER.sub(" ", text))} & asked_years(text)


@lru_cache(maxsize=4096)  # a pure function of the text, read again by a dozen rules of one answer
def named_documents(text: str) -> tuple[tuple[str | None, str, str | None], ...]:
    """(type or None, serial, year or None) of every document the question names."""
    found = []
    for number in DOC_NUMBER.finditer(text):
        _, serial, year = number_key(number.group(0))
        code = re.match(r"\d+(?:/\d{4})?[/-]([A-ZĐ][A-Za-zĐ]*)", number.group(0))
        found.append((CODES.get(code.group(1)) if code else None, serial, str(year) if year else None))
    for named in _NAMED.finditer(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)):
        word = named.group(1)
        kind = DOC_TYPES.get(word.lower()) or next((t for c, t in CODES.items() if c.lower() == word.lower()), None)
        found.append((kind, named.group(2).lstrip("0") or "0", named.group(3)))
    for law in _NAMED_LAW.finditer(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)):
        found.append((_law_type(law.group(1)), law.group(2).lstrip("0") or "0", law.group(3)))
    return tuple(dict.fromkeys(found))



# The day a question dates a document by, right after its number ("Chỉ thị 30/CT-TTg ngày 29/8/2024", "Nghị định
# 164/2003/NĐ-CP ngày 22 tháng 12 năm 2003", "Kế hoạch 193, ban hành ngày 05/11/2024")
_DATED_AFTER = re.compile(r"\s*,?\s*(?:(?:được\s+)?ban hành\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*"
                          r"(?:[/.-]|\s+năm\s+)\s*((?:19|20)\d\d)\b", re.I)


def dated_documents(text: str) -> tuple[tuple[str | None, str, str | None, str], ...]:
    """(type or None, serial, year or None, "YYYY-MM-DD") of every document the question names with its date right
    after its number, as `named_documents` reads the number."""
    found = []
    for number in DOC_NUMBER.finditer(text):
        day = _DATED_AFTER.match(text, number.end())
        if day:
            _, serial, year = number_key(number.group(0))
            code = re.match(r"\d+(?:/\d{4})?[/-]([A-ZĐ][A-Za-zĐ]*)", number.group(0))
            found.append((CODES.get(code.group(1)) if code else None, serial, str(year) if year else None, day))
    masked = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    for named in _NAMED.finditer(masked):
        day = _DATED_AFTER.match(masked, named.end())
        if day:
            word = named.group(1)
            kind = DOC_TYPES.get(word.lower()) or next((t for c, t in CODES.items() if c.lower() == word.lower()), None)
            found.append((kind, named.group(2).lstrip("0") or "0", named.group(3), day))
    return tuple(dict.fromkeys((kind, serial, year, f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}")
                               for kind, serial, year, d in found))


# "… được công bố bằng lệnh nào, ai ký lệnh đó?": a document pointed back to by its kind ("lệnh đó", "quyết định này")
_POINTED_KIND = re.compile(r"\b(" + "|".join(sorted((t.lower() for t in TYPES), key=len, reverse=True)) +
                           r")\s+(?:đó|này|ấy|trên)\b", re.I)


def other_kind_pointed(text: str) -> str | None:
    """The kind of a document a question points back to ("ai ký lệnh đó?") when none of the documents it names by
    number is of that kind, nor written with that kind before its number ("Luật Thuế thu nhập doanh nghiệp số
    09/2003/QH11 … luật đó"): a slot asked of another document than the one named (the law's signer is not the
    order's). None when the question names no document, or points at one of a kind it names."""
    named = named_documents(text)
    if not named:
        return None
    for pointed in _POINTED_KIND.finditer(text):
        kind = next(t for t in TYPES if t.lower() == pointed.group(1).lower())
        if any(k and (type_covers(kind, k) or type_covers(k, kind)) for k, _, _ in named):
            continue
        if re.search(r"\b" + re.escape(kind) + r"(?:\s+[^\W\d]+){0,8}?\s+(?:số\s+)?\d", text[:pointed.start()], re.I):
            continue
        return kind
    return None


# "Khu vực hạn chế dân cư … được xác định thế nào …?", "Nhà thầu phụ được hiểu là gì?": a term's definition asked
_DEFINITION_ASKED = re.compile(r"^\W*(?:(?:theo|trong)\s+[^,?]{3,120},\s*)?(?P<term>[^,?]{3,120}?)\s+(?:được\s+(?:xác định|hiểu|"
                               r"định nghĩa)\s+(?:(?:như\s+)?thế nào|ra sao|là gì)|là gì)(?!\w)", re.I)
# a sentence defining a term: "- Khu vực hạn chế dân cư là khu vực bao quanh …", "b) Nhà thầu phụ là …"
_DEFINING = re.compile(r"^\W*(?:[a-zđ0-9]{1,2}[.)]\s*)?(?P<term>[^\W\d][^,;:.]{2,100}?)\s+là(?!\w)", re.I)


def defined_term(text: str) -> str | None:
    """The term whose definition a question asks ("Khu vực hạn chế dân cư quanh nhà máy điện hạt nhân được xác định
    thế nào?"), marks folded and lower case; None when it asks no definition."""
    found = _DEFINITION_ASKED.match(normalize_query(text))
    return " ".join(fold(found.group("term")).lower().split()) if found else None


def defines(term: str, sentence: str) -> bool:
    """Whether a sentence defines the term asked (`defined_term`): its subject before "là" is the term or the term's
    first words, two or more ("Khu vực hạn chế dân cư là khu vực bao quanh …" for "Khu vực hạn chế dân cư quanh nhà
    máy điện hạt nhân")."""
    found = _DEFINING.match(sentence)
    if not found:
        return False
    subject = fold(found.group("term")).lower().split()
    return len(subject) >= 2 and term.split()[:len(subject)] == subject


# A question that opens with the document it asks of ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì", "Theo Chỉ thị
# 22/2008/CT-TTg, …"): what that document itself says is asked, not what a plan carrying it out says.
_OPENING = re.compile(r"^\W*(?:(?:theo|trong|tại)\s+)?((?:(?:" + "|".join(DOC_TYPES) + r"|" +
                      "|".join(c for c in CODES if len(c) > 1) + r")\s+(?:số\s+)?)?[^\s,;:?]+)", re.I)


# A second document joined to the opening one ("Công điện 193 và Công điện 194 …", "Văn bản 9533/VPCP-CN, Thông báo
# 537/TB-VPCP …"): the question opens with both.
_JOINED = re.compile(r"\s*(?:,|và|hoặc|hay|cùng)\s*(?:(?:với|trong|theo|tại)\s+)?(?=\w)", re.I)


# "… được ban hành bằng văn bản nào?", "… theo nghị quyết nào?": another document is what is asked. Not a time
# asked after a document's name ("… triển khai Công điện đến hạn nào?", "… Công văn trước ngày nào?"): the "nào" is
# the time's.
_TIME_NOUNS = r"(?:hạn|ngày|tháng|năm|quý|lúc|khi|thời|giờ|kỳ|lần|bao)"
DOCUMENT_ASKED = re.compile(r"\b(?:" + _DOC_WORDS + r"|công điện|thông báo)(?: (?!" + _TIME_NOUNS + r"\b)\w+){0,2} nào\b",
                            re.I)
# "(Những) văn bản nào giao Bộ Công Thương chủ trì …?", "Công điện nào yêu cầu …?": the document asked is the one
# that says it, the subject of the verb, so the document quoted is the one asked, named by its citation (by number,
# or by its date where the scan's number is unread).
SAYING_DOCUMENT_ASKED = re.compile(r"^\s*(?:những\s+|các\s+)?(?:" + _DOC_WORDS + r"|công điện|thông báo)\s+nào\s+"
                                   r"(?:đã\s+)?(?:giao|yêu cầu|phân công)\b", re.I)


def opening_document(text: str) -> tuple[str | None, str, str | None] | None:
    """(type or None, serial, year or None) of the document a question opens with, as `named_documents` reads it;
    None when it opens with anything else, or goes on to ask for another document ("NQ 57 yêu cầu …; chương trình
    đó được Chính phủ ban hành bằng văn bản nào?")."""
    text = normalize_query(text)
    if ";" in text or DOCUMENT_ASKED.search(text):  # a statement of it, then a question about another document
        return None
    opening = _OPENING.match(text)
    named = named_documents(opening.group(1)) if opening else ()
    if len(named) != 1:
        return None
    joined = _JOINED.match(text, opening.end())
    second = _OPENING.match(text[joined.end():]) if joined else None
    # "Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao …": it opens with two documents, asked alike
    return None if second and named_documents(second.group(1)) else named[0]


# The document's own type word, just before its number ("Thông tư 42/2009/TT-BTC", "Chỉ thị số 20").
_TYPE_CLOSING = re.compile(r"\b(?:" + "|".join(DOC_TYPES) + r")\s+(?:số\s+)?$", re.I)
# Words before a document's name that make the document asked another one, described through it: "Thông tư … sửa
# đổi Thông tư 13/2009/TT-BKHCN", "Văn bản triển khai Chỉ thị 20", "Văn bản hợp nhất 40/VBHN-BTC".
_THROUGH = re.compile(r"\b(?:sửa đổi|bổ sung|thay thế|hướng dẫn|thực hiện|triển khai|thi hành|cụ thể hóa|hợp nhất|bãi bỏ|"
                      r"căn cứ|văn bản)\b", re.I)


def sole_document(text: str) -> tuple[str | None, str, str | None] | None:
    """(type or None, serial, year or None) of the one document a question asks about by number wherever it names it
    ("Ai ký Thông tư 42/2009/TT-BTC?"), as `opening_document` reads one it opens with; None when it names none or
    several, asks for another document ("văn bản nào"), or describes the one asked through it: another document's
    type, or a verb relating to it, before its name ("Thông tư … sửa đổi Thông tư 13/2009/TT-BKHCN có hiệu lực từ
    khi nào?", "Văn bản hợp nhất 40/VBHN-BTC …")."""
    text = normalize_query(text)
    named = named_documents(text)
    found = DOC_NUMBER.search(text) or DOC_REFERENCE.search(text)
    if len(named) != 1 or not found or DOCUMENT_ASKED.search(text):
        return None
    before = text[:found.start()]
    typed = _TYPE_CLOSING.search(before)
    before = before[:typed.start()] if typed else before
    return None if _TYPE_WORD.search(before) or _THROUGH.search(before) else named[0]


_TYPE_WORD = re.compile(r"\b(" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")\b", re.I)


def _types_named(text: str) -> tuple[str, ...]:
    """The document types a question names: "Trong chỉ thị về quản lý ngành than …" → ("Chỉ thị",)."""
    return tuple(dict.fromkeys(DOC_TYPES[m.group(1).lower()] for m in _TYPE_WORD.finditer(text)))


# The agency a question asks about stands as the subject of its duty ("…, Bộ Công Thương được giao những việc gì?")
# or as the object of an assignment ("Chỉ thị 22 yêu cầu Bộ Tài chính …"); other agencies name the setting
# ("Sau phiên họp Ban Chỉ đạo …").
_SUBJECT_AFTER = re.compile(r"\s*(?:được giao|phải|cần|có trách nhiệm|có nhiệm vụ|chủ trì|có những)\b", re.I)
# A head's title may stand before the agency assigned: "… giao Bộ trưởng Bộ Khoa học và Công nghệ nhiệm vụ gì?".
_SUBJECT_BEFORE = re.compile(r"\b(?:giao|giao cho|yêu cầu|đề nghị)\s+(?:(?:đồng chí\s+)?(?:Bộ trưởng|Thủ trưởng|"
                             r"Chủ tịch|Giám đốc|Trưởng ban|Thống đốc|Người đứng đầu)\s+)?$", re.I)
# "Tổ đảng ở Thường trực Ủy ban … của Quốc hội được giao …": the body after "của" owns the one asked, it is not asked
# (`corpus.vn.OWNER_BEFORE`).


def _asked_agency(text: str, agencies: list[tuple[str, int, int]]) -> str | None:
    """The agency in subject (or assigned) position when a question names several; None when it names fewer or
    none stands there."""
    if len(agencies) < 2:
        return None
    return next((name for name, start, end in agencies
                 if (_SUBJECT_AFTER.match(text, end) or _SUBJECT_BEFORE.search(text[:start]))
                 and not OWNER_BEFORE.search(text[:start])), None)


# A task-table row named by its TT number ("Ai chủ trì nhiệm vụ 5 trong Phụ lục?", "nhiệm vụ số 12", "dòng 3"); a
# year or a date ("nhiệm vụ 2025", "nhiệm vụ 5/2025") is no row number.
ROW = re.compile(r"\b(?:nhiệm vụ|dòng|stt)\s+(?:số\s+|thứ\s+)?(\d{1,3})\b(?![/.,-]?\d)", re.I)


def _row(text: str) -> str | None:
    named = ROW.search(text)
    return named.group(1).lstrip("0") or "0" if named else None


# Question words; two of them joined by "và", a comma or "còn" ask two things.
_WH = re.compile(r"\b(?:ai|gì|nào|bao nhiêu|bao giờ|đâu|khi nào|bao lâu|ra sao|thế nào|mấy)\b", re.I)
_JOIN = re.compile(r"\b(?:và|còn)\b|,")
# ", và" / ", còn" join two clauses wherever a comma before them only lists ("Bộ nào chủ trì … khoa học cơ bản, kỹ thuật
# then chốt trong Chương trình hành động của Chính phủ, | và Nghị quyết 57 nói gì về học bổng?"): that join is the cut
_CLAUSE_JOIN = re.compile(r"[,;]\s*(?:và|còn)\b")


_COMMA = re.compile(r",")


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _asks(text: str) -> int:
    """How many things a question asks: question words in clauses joined by "và", "còn" or a comma ("bộ nào,
    ngành nào" is one list, not two clauses)."""
    return len(clauses(text))


def clauses(text: str) -> list[str]:
    """The parts of a question that each ask one thing, cut at the "và", "còn" or comma that joins two clauses
    with their own question words ("… ban hành ngày nào | và gửi những ai?")."""
    found = list(_WH.finditer(text))
    cuts = []
    for a, b in zip(found, found[1:]):
        gap = text[a.end():b.start()]
        # the join nearest the second question word: a comma before it may only list the acts of the first clause
        # ("Ai lập Đề án phát hiện, ngăn chặn sớm tấn công mạng, gián điệp mạng …, | xong năm nào?"); a bare "và"
        # the first one (the second clause may list its own bodies: "…, phối hợp với Bộ Tài chính và Bộ Công an ra sao?")
        join = _last(_CLAUSE_JOIN, gap) or _last(_COMMA, gap) or _JOIN.search(gap)
        # ", và" / ", còn" cut however short the gap ("… có hiệu lực khi nào, | và ai làm Tổ trưởng …?"); a bare comma or
        # "và" needs words of its own between the two question words ("bộ nào, ngành nào" is one list)
        if join and (len(re.findall(r"\w+", gap)) >= 3 or _CLAUSE_JOIN.search(gap)):
            cuts.append(a.end() + join.start())
    return [text[i:j].strip(" ,;") for i, j in zip([0, *cuts], [*cuts, len(text)])]


QUANTITY = re.compile(r"\b(?:bao nhiêu|mấy|là mấy|số lượng|mức nào)\b(?:\s+(\w+))?", re.I)
# words after "bao nhiêu" that name no unit ("bao nhiêu một người một tháng" asks an amount per person; a preposition
# opens what follows: "hỗ trợ bao nhiêu từ dự phòng ngân sách", "tăng bao nhiêu so với năm 2024")
_NOT_UNITS = frozenset("là được có thì phải người ngày tháng năm lần tiền một mỗi cho trên từ so với tại trong và "
                       "để khi của đối đến".split())
# time units after "bao nhiêu": a span is asked even where the question names money ("báo cáo về việc sử dụng lợi
# nhuận được chia chậm nhất bao nhiêu ngày", Thông tư 18/2002/TT-BTC), so it is not read as a sum in đồng
_SPAN_UNITS = frozenset("ngày tháng năm quý".split())


# What an amount is of, when the question gives no unit: a sum of money ("mức phạt tiền là bao nhiêu?") is in
# đồng, a rate ("thuế suất là bao nhiêu?") in per cent; an enterprise's profit or revenue ("chỉ tiêu lợi nhuận năm
# 2025 là bao nhiêu?") is a sum of money too.
MONEY = re.compile(r"\b(?:tiền|mức phạt|kinh phí|lệ phí|mức phí|giá bán|giá mua|mức lương|lợi nhuận|doanh thu)\b",
                   re.I)
_RATE = re.compile(r"\b(?:thuế suất|tỷ lệ|lãi suất)\b", re.I)
# A rate asked right before the question word ("… bị tạm khấu trừ thuế theo tỷ lệ bao nhiêu?", "thuế suất là bao
# nhiêu?"): a share, even where the question names the money it is taken of ("tiền công").
_RATE_ASKED = re.compile(_RATE.pattern + r"(?:\s+[^\s,;?]+){0,2}?\s+(?:là\s+)?(?:bao nhiêu|mấy)\b", re.I)
# The act whose time a "when" question asks: what follows "phải" up to the words that ask the time ("… cơ quan chủ
# quản phải cử người thay thế trong thời hạn nào?" → "cử người thay thế"; "… phải hoàn thành việc đưa vào vận hành
# nền tảng số …" keeps "đưa vào", a time is asked only by "vào ngày/thời điểm/…").
ACT_ASKED = re.compile(r"\bphải\s+(.+?)(?=\s+(?:trước\s+(?:ngày|thời|khi|tháng|năm)|trong\s+(?:thời|bao|vòng|tháng|năm|quý)|"
                       r"vào\s+(?:ngày|thời|lúc|khi|tháng|năm|quý|những)|khi nào|bao giờ|bao lâu|đến\s+(?:khi|ngày|bao)|"
                       r"tới\s+(?:khi|ngày)|hạn\b|lúc nào|chậm nhất)|\?|$)", re.I)
# A question asking which place ("được phân công theo dõi địa phương nào?", "tỉnh nào phải …"): a locality is the
# answer, named in administrative prose with its unit ("tỉnh Bắc Ninh", `corpus.agencies.find_places`).
PLACE_ASKED = re.compile(r"\b(?:địa phương|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+nào\b", re.I)
# A question asking what something is made of ("hồ sơ … gồm những gì?", "bao gồm những nội dung nào?").
PARTS_ASKED = re.compile(r"\b(?:bao\s+)?gồm\s+(?:những|các)?\s*(?:gì|(?:\w+\s+){1,2}(?:nào|gì))(?=\W|$)", re.I)


def _quantity(text: str) -> str | None:
    """The unit of the amount a question asks for ("bao nhiêu tỷ đồng" → "tỷ"; a sum of money with no unit →
    "đồng", a rate → "%"); "" with no unit; None when no amount is asked. Dates ("ngày bao nhiêu", "tháng mấy")
    are deadlines, not amounts."""
    found = QUANTITY.search(text)
    if not found or re.search(r"\b(?:ngày|tháng|năm|quý|thứ)\s+(?:bao nhiêu|mấy)\b", text, re.I):
        return None
    unit = (found.group(1) or "").lower()
    if unit in _SPAN_UNITS:
        return ""  # "chậm nhất bao nhiêu ngày kể từ …": a span of time, never a sum of money or a rate
    if not unit or unit in _NOT_UNITS:
        return "%" if _RATE_ASKED.search(text) else "đồng" if MONEY.search(text) else "%" if _RATE.search(text) else ""
    return unit


# Words that only say which slot is asked or how the document asks it: "Công điện 189 yêu cầu Bộ Công Thương phải
# hoàn thành … trước ngày nào?" is about the dams' safety, not about requesting or "before" ("yêu cầu" is the
# document's act, as "giao" is; "trước", "xong" ask the time).
_FRAME_WORDS = frozenset("""chủ trì phối hợp thời hạn hạn chót thực hiện hoàn thành ký ban hành hiệu lực triển khai
căn cứ báo cáo giao được đơn vị cơ quan kế hoạch chỉ thị nghị quyết quyết định công điện nghị định thông tư quan
thông báo công văn kết luận chương trình người thời gian hạn lực yêu cầu trước xong""".split())


def without_agencies(text: str, agencies: list[tuple[str, int, int]] | None = None) -> str:
    """The text with the agencies it names (`find_agencies`, or those given) blanked out."""
    agencies = find_agencies(text) if agencies is None else agencies
    for name, start, end in sorted(agencies, key=lambda a: -a[1]):
        # "Ngân hàng Nhà nước Việt Nam": the name read ends before "Việt Nam", which its canonical name holds; left in,
        # "việt nam" would be a topic and weigh for a row naming any "… Việt Nam" body among its leads
        tail = _COUNTRY_AFTER.match(text, end) if name.endswith("Việt Nam") else None
        text = text[:start] + " " + text[tail.end() if tail else end:]
    return text


_COUNTRY_AFTER = re.compile(r"[ \t]+Việt[ \t]+Nam(?!\w)", re.I)


def topic_words(text: str, agencies: list[tuple[str, int, int]] | None = None) -> set[str]:
    """What the question is about: its content words without the agencies it names, document numbers and the
    words that only say which slot is asked. The numbers are masked first (their length kept, so the agencies'
    offsets hold): "UBND" read as an agency inside "706/UBND-VP7" would break the number and leave "vp7" a topic."""
    text = DOC_NUMBER.sub(" ", without_agencies(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text), agencies))
    return content_words(text) - _FRAME_WORDS


# A task's scope named after a scope noun: "Đề án chuyển đổi số trong lĩnh vực Thể thao", "kết cấu hạ tầng hàng
# không", "cây xanh đô thị Tam Điệp": the topic words right after it say which field or place the task is about.
# "ngành" is left out (most often one of a list of bodies: "các bộ, ngành liên quan", "sở, ban ngành có liên quan"), and
# so is a level ("cấp tỉnh", "cấp huyện").
_SCOPE = re.compile(r"\b(?:lĩnh\s+vực|hạ\s+tầng|đô\s+thị|(?<!cấp\s)(?:thành\s+phố|tỉnh|huyện))\s+", re.I)
SCOPE_WORDS = 4  # the most words a scope runs to


def scoped_terms(text: str) -> list[set[str]]:
    """The words of each scope the question names after a scope noun (`_SCOPE`), agencies left out ("Bộ Văn hóa, Thể
    thao và Du lịch" is no field): the run of topic words that follows it, up to SCOPE_WORDS."""
    bare = without_agencies(text)
    topic = topic_words(text)
    scopes = []
    for found in _SCOPE.finditer(bare):
        run: list[str] = []
        for token in re.findall(r"\w+|[^\w\s]", bare[found.end():]):
            if token.lower() not in topic or len(run) >= SCOPE_WORDS:
                break
            run.append(token.lower())
        if run:
            scopes.append(set(run))
    return scopes


# A document described by its kind and title, without a number: "Chiến lược phát triển dịch vụ logistics", "Nghị định
# về quản lý công viên, cây xanh". The title runs to the first word that starts the question's own part (its issuer,
# a pointer, a verb or a question word) or to a punctuation mark.
_DESCRIBED = re.compile(r"\b(chiến lược|chương trình|đề án|quy hoạch|kế hoạch|quy chế|nghị quyết|chỉ thị|công điện|"
                        r"nghị định|thông tư)\s+(?!(?:số|này|đó|kia|trên|nào|của|nói trên)\b|\d)([^,?;:.()“”\"]+)", re.I)
# A Quyết định or a Thông báo named by its title, the kind capitalised as a document's name and followed by the words
# such titles open with ("Quyết định thành lập Phân ban Việt Nam …", "Quyết định đưa Trung tâm dữ liệu quốc gia số 1
# vào Danh mục …", "Thông báo kết luận cuộc họp Ban Chỉ đạo Hội chợ Mùa Thu 2025"): in lower case, or followed by
# anything else, the words are a verb ("Ai quyết định thành lập …?", "thông báo cho …").
_DESCRIBED_NAMED = re.compile(r"\b(Quyết định|Thông báo)\s+(?=(?i:về việc|về|thành lập|đưa|phê duyệt|kiện toàn|hỗ trợ|"
                              r"phân công|phê chuẩn|kết luận)\b)([^,?;:.()“”\"]+)")
_TITLE_ENDS = re.compile(r"\b(?:này|đó|kia|trên|nào|của|thì|có|phải|được|giao|là|yêu cầu|quy định|và|cho|do|ban hành|"
                         r"đã|sẽ|trong|gì|ai|khi|nêu|đề ra|hướng dẫn|tại|với|đối với|theo|ngày|năm|số|về|trước|sau|để|dự kiến)\b", re.I)
DESCRIBED_WORDS = 2  # the fewest title words that describe a document rather than a kind of document
# A described title stops before "ban hành" (`_TITLE_ENDS`), so "hành" inside one is a word of the title, not of the
# frame ("Chương trình hành động của Chính phủ", "cải cách hành chính"): only the other frame words are left out.
_TITLE_FRAME = _FRAME_WORDS - {"hành"}


# A described document the question reads from ("theo dự thảo Nghị định về …"), not one it asks about as work to do
# ("trình dự thảo nghị quyết HĐND tỉnh về …", "chủ trì xây dựng kế hoạch …"): also the one whose signer is asked ("Ai
# ký dự thảo Nghị định về …?"), whose drafting board is ("Ban soạn thảo dự thảo Nghị định về … được thành lập theo
# quyết định nào?"), or whose submission is ("Tờ trình về dự thảo Nghị định về … nêu …?"). Not one the question
# opens with: "Dự thảo nghị quyết HĐND tỉnh về chính sách trồng cây xanh phải trình khi nào?" is work to do, and
# "Nghị định về người nước ngoài …: Bộ Nội vụ giữ vai trò gì?" is answered by the plan that assigns its drafting.
_SOURCE_BEFORE = re.compile(r"(?:\btheo\s+|\bký\s+|\b(?:ban|tổ)\s+(?:soạn thảo|biên tập)\s+|\btờ trình\s+(?:về\s+)?)"
                            r"(?:(?:bản\s+)?dự thảo\s+)?$", re.I)


def described_documents(text: str, sources: bool = False) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """(type, title words) of each document the question describes by kind and title, not by number: "Theo dự thảo
    Nghị định về người nước ngoài vào làm quản lý, …" → ("Nghị định", {nước, ngoài, quản, lý}); the type is None for a
    kind that is no document type ("Chiến lược phát triển dịch vụ logistics", often approved by a Quyết định). A kind
    followed by its issuer, a pointer or a question word ("kế hoạch của Đảng đoàn", "nghị quyết nào") describes
    none. With `sources`, only those the question reads from ("theo …": `_SOURCE_BEFORE`)."""
    return _titles(text, (_DESCRIBED, _DESCRIBED_NAMED), sources)


def named_titles(text: str) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """(type, title words) of each Quyết định or Thông báo the question names by its title (`_DESCRIBED_NAMED`):
    the kind is capitalised as a document's name, so the document meant is of that type."""
    return _titles(text, (_DESCRIBED_NAMED,))


def _titles(text: str, patterns: tuple[re.Pattern[str], ...],
            sources: bool = False) -> tuple[tuple[str | None, frozenset[str]], ...]:
    found = []
    text = DOC_NUMBER.sub(",", normalize_query(text))
    for match in sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start()):
        if sources and not _SOURCE_BEFORE.search(match.string[:match.start()]):
            continue
        title = re.sub(r"^về\s+(?:việc\s+)?", "", match.group(2), flags=re.I)
        end = _TITLE_ENDS.search(title)
        title = title[:end.start()] if end else title
        words = frozenset(content_words(" ".join(title.split()[:10])) - _TITLE_FRAME)
        if len(words) >= DESCRIBED_WORDS:
            found.append((DOC_TYPES.get(match.group(1).lower()), words))
    return tuple(dict.fromkeys(found))


def described_titles(text: str) -> tuple[frozenset[str], ...]:
    """The title words of each document the question describes by kind and title, not by number (`described_documents`):
    "Ủy ban nhân dân các tỉnh có nhiệm vụ gì trong thực hiện Chiến lược phát triển dịch vụ logistics?" → {phát, triển,
    dịch, vụ, logistics}."""
    return tuple(dict.fromkeys(words for _, words in described_documents(text)))


# A document named by its number and then by what it is about ("Công điện 189 về phòng, chống lũ ở Bắc Bộ", "Quyết
# định 2241 về hỗ trợ khẩn cấp kinh phí …"): the words after "về", up to the next document named (" và Công điện …"),
# a ";" or the question mark; also cut at the first comma, for a question going on after it.
_NUMBERED_ABOUT = re.compile(r"\b(?:" + "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")\s+(?:số\s+)?\d{1,5}"
                             r"(?:[/-][\w.-]+)*\s+về\s+(?:việc\s+)?([^?;]+?)(?=\s+và\s+(?:" +
                             "|".join(sorted(DOC_TYPES, key=len, reverse=True)) + r")\b|\s*[?;]|$)", re.I)


def numbered_titles(text: str) -> tuple[frozenset[str], ...]:
    """The words describing each document a question names by number and then by its subject ("Bộ Công Thương được
    giao gì trong Công điện 189 về phòng, chống lũ ở Bắc Bộ?" → {phòng, chống, lũ, ở, bắc, bộ}), whole and cut at the
    first comma: they say which document, as its title does, not what is asked of it."""
    found = []
    for about in _NUMBERED_ABOUT.finditer(normalize_query(text)):
        span = about.group(1)
        found += [frozenset(content_words(span)), frozenset(content_words(span.split(",")[0]))]
    return tuple(dict.fromkeys(words for words in found if words))


# A document described by its kind and issuer, not by number: "chỉ thị của UBND tỉnh Long An về cùng việc đó",
# "Hướng dẫn của Bộ Quốc phòng về tuyển chọn …" (any type of TYPES but "quy định": "theo quy định của Bộ Tài chính"
# names a rule's source, not a document).
_KINDS = {name.lower(): name for name in TYPES if name != "Quy định"}
# the year may stand between ("Kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây xanh …")
_KIND_OF = re.compile(r"\b(" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")(?:\s+năm\s+\d{4})?\s+của\s+", re.I)


def described_issuers(text: str) -> tuple[tuple[str, str], ...]:
    """(type, issuer) of each document the question describes by its kind and the agency issuing it, with no number
    ("Chỉ thị của UBND tỉnh Long An về cùng việc đó được ban hành ngày nào?" → ("Chỉ thị", "Ủy ban nhân dân tỉnh Long
    An"))."""
    found = []
    for kind in _KIND_OF.finditer(DOC_NUMBER.sub(",", normalize_query(text))):
        issuer = next((name for name, start, _ in find_agencies(kind.string[kind.end():kind.end() + 120]) if start == 0),
                      None)
        if issuer:
            found.append((_KINDS[kind.group(1).lower()], issuer))
    return tuple(dict.fromkeys(found))


_KIND_OF_BEFORE = re.compile(_KIND_OF.pattern + r"$", re.I)


def issuing_agencies(text: str) -> list[tuple[str, int, int]]:
    """The agencies (`find_agencies`) a question names as the issuer of documents it describes by kind ("… trong các
    chỉ thị của UBND tỉnh về triển khai Luật Thuế thu nhập cá nhân?"): which documents are meant, not who is asked."""
    return [found for found in find_agencies(text) if _KIND_OF_BEFORE.search(text[:found[1]])]


_ABOUT = re.compile(r"\s+về\s+(?:việc\s+)?", re.I)
_TITLE_CUT = re.compile(r"[,?;:.()“”\"]")


# A title's list goes on over commas: "Nghị định 258 về quản lý công viên, cây xanh, mặt nước, Bộ Tài chính có trách
# nhiệm gì?": "cây xanh" and "mặt nước" are short noun phrases followed by another comma, so title words; the part
# after the last comma is the question's own.
_LISTED_ITEM = re.compile(r",\s*([^,?;:.()“”\"\d]+?)(?=\s*,)")
LISTED_ITEM_WORDS = 3  # the most words of one item of a title's list
# The issuer right after a document's number: "Chỉ thị 44/2002/CT-UB của UBND tỉnh Bà Rịa - Vũng Tàu do ai ký?"
_OF = re.compile(r"\s+của\s+", re.I)


def _listed_title(text: str, end: int) -> int:
    """Where a document's title ends when it lists items after its first comma (see _LISTED_ITEM)."""
    while (item := _LISTED_ITEM.match(text, end)) and len(item.group(1).split()) <= LISTED_ITEM_WORDS \
            and not _TITLE_ENDS.search(item.group(1)) and not find_agencies(item.group(1)):
        end = item.end()
    return end


def _issued_by(text: str, end: int) -> int:
    """Where a document's naming ends when its issuer follows it ("… của UBND tỉnh Quảng Bình"): the issuer says
    which document, so it goes with it when another document takes its place."""
    of = _OF.match(text, end)
    issuer = next((stop for _, start, stop in find_agencies(text[of.end():]) if start == 0), None) if of else None
    return of.end() + issuer if issuer else end


def named_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each document the question names, its type word and its description included: "Kế hoạch 193
    về cây xanh của Ninh Bình giao …" → the span of "Kế hoạch 193 về cây xanh", "Chỉ thị số 30/CT-TTg", "Công điện
    189 về phòng chống lũ"; a pointer to the document in focus ("văn bản đó") too. A description after a number
    ("về <title>", up to the question's own part, as `described_titles` reads one) only says which document."""
    spans = []
    for named in [*DOC_NUMBER.finditer(text), *DOC_REFERENCE.finditer(text), *DOC_ANAPHORA.finditer(text)]:
        start, end = named.span()
        typed = re.search(r"\b(?:" + "|".join(DOC_TYPES) + r")\s+(?:số\s+)?$", text[:start], re.I)
        start = typed.start() if typed and named.re is DOC_NUMBER else start
        about = _ABOUT.match(text, end) if named.re is not DOC_ANAPHORA else None
        if about:
            title = text[about.end():]
            stops = [m.start() for m in (_TITLE_ENDS.search(title), _TITLE_CUT.search(title)) if m]
            end = _listed_title(text, about.end() + len(title[:min(stops) if stops else len(title)].rstrip()))
        if named.re is not DOC_ANAPHORA:
            end = _issued_by(text, end)
        if not any(s <= start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def without_titles(text: str) -> str:
    """The question without the descriptions of the documents it names by number ("Công điện 189 về phòng chống lũ
    giao Bộ Công Thương việc gì?" → "Công điện 189 giao Bộ Công Thương việc gì?"): title words are no topic of what
    is asked once the number says which document."""
    for start, end in reversed(named_spans(text)):
        document = DOC_NUMBER.search(text, start, end) or DOC_REFERENCE.search(text, start, end)
        if document:
            about = _ABOUT.match(text, document.end())
            if about and about.start() < end:
                text = text[:document.end()] + " " + text[end:].lstrip()
    return text


# "Theo Phiên họp thứ hai, …", "Theo Thông tư sửa đổi Thông tư 13/2009/TT-BKHCN, …": the lead names the source the
# question is asked of, not what it asks.
# Joins a follow-up to the topic it leans on in a resolved question ("Còn quý IV năm 2009 thì hạn khi nào – <topic>"):
# `conversation` writes it, readers of the resolved question split on it
LEANED = "– "
_SOURCE_LEAD = re.compile(r"^\W*theo\s+([^,?]{3,160}),", re.I)


def without_source_lead(text: str) -> str:
    """The question without its lead naming the source it is asked of ("Theo báo cáo của Đảng ủy Chính phủ, khi nào
    …?" → "khi nào …?"): what the lead names says which document, never what is asked of it."""
    lead = _SOURCE_LEAD.match(text)
    return text[lead.end():] if lead else text


def source_words(text: str) -> set[str]:
    """The words of a question's lead that only name its source ("Theo Phiên họp thứ hai, …" → phiên, họp, thứ,
    hai) and that the rest of the question does not repeat: they say which document, never which sentence of it."""
    lead = _SOURCE_LEAD.match(text)
    if not lead:
        return set()
    return content_words(lead.group(1)) - content_words(text[lead.end():])


def _type_before(text: str, at: int) -> str | None:
    named = re.search(r"\b(" + "|".join(DOC_TYPES) + r")\s+(?:số\s+)?$", text[:at], re.I)
    return DOC_TYPES[named.group(1).lower()] if named else None


# "<những> nghị định nào (…) hết hiệu lực": the documents asked are the subject of "hết hiệu lực"
_ENDS_ASKED = re.compile(r"\b(?:" + _DOC_WORDS + _LAW_WORDS + r")\b(?:\s+[^\s?,]+){0,6}?\s+nào\b[^?]*\bhết hiệu lực\b"
                         # the document named makes another end: "Luật 09/2003/QH11 làm hết hiệu lực luật … nào?"
                         r"|\b(?:làm|khiến)\s+(?:cho\s+)?hết hiệu lực\b", re.I)


def relation_asked(question: str) -> tuple[str, str] | None:
    """How the document a question is about relates to others, as `_relation` reads it, whether or not the question
    names that document by number ("Dự thảo thông tư thuế tiêu thụ đặc biệt làm hết hiệu lực những thông tư nào?")."""
    return _relation(normalize_query(question))


# "… hết hiệu lực khi nào?", "… hết hiệu lực (thi hành) từ ngày nào?": the time an end takes effect is asked, which the
# sentence ending them states ("Các Nghị định số 30/1998/NĐ-CP … hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm
# 2004"), not which document replaced the one named
END_TIME_ASKED = re.compile(r"\bhết hiệu lực(?:\s+thi hành)?\s+(?:(?:từ|kể từ|vào)\s+)?"
                             r"(?:khi nào|bao giờ|lúc nào|(?:ngày|năm|thời điểm|thời gian) nào)\b", re.I)


def _relation(text: str) -> tuple[str, str] | None:
    """("in" | "out", kind) when the question asks how the document it names relates to others."""
    if END_TIME_ASKED.search(text):
        return None
    if IN_FORCE.search(text):
        # the documents asked are those that end ("Theo Nghị định 164/2003/NĐ-CP, những nghị định nào hết hiệu lực
        # …?"): which the one named replaces, not what replaced it
        return ("out" if _ENDS_ASKED.search(text) else "in"), "replaces"
    return next(((direction, kind) for direction, kind, pattern in RELATIONS if pattern.search(text)), None)


def content_words(text: str) -> set[str]:
    """Lower-cased syllables that carry the topic of a question or passage (a fresh set the caller may change)."""
    return set(_content_words(text))


@lru_cache(maxsize=2048)
def _content_words(text: str) -> frozenset[str]:
    # a type's code before a serial ("QĐ 2241", "CĐ 194") names the document, as "Quyết định" does; the
    # passages of that document never write it, so it is no topic they must cover
    found = list(_CODE_BEFORE_SERIAL.finditer(text))
    codes = {fold(code.group(1).lower()) for code in found}
    # an agency's short form ("UBND các tỉnh") is read as the documents write it ("Ủy ban nhân dân các tỉnh")
    words = passage_words(normalize_query(written_out(text)))
    kept = frozenset(w for w in words if fold(w.lower()) not in codes) if codes else words
    if found and len(kept) <= 1:
        # only a slot of the document asked ("KH 193 ai ký?", "QĐ 807 ai ký nhỉ"): its type is a topic word, as it
        # is of "Kế hoạch 193 ai ký?"
        kept |= passage_words(" ".join(CODES[code.group(1).upper()] for code in found))
    return kept


# (the codes read as a reference, `_REFERENCE_CODES`: "NQ 57" stays a word, which the documents carrying out Nghị
# quyết 57-NQ/TW write in their numbers)
_CODE_BEFORE_SERIAL = re.compile(r"\b(" + "|".join(_REFERENCE_CODES) + r")\s+(?:số\s+)?\d", re.I)


@lru_cache(maxsize=8192)
def passage_words(text: str) -> frozenset[str]:
    """`content_words` of stored text: a passage, a sentence of one, a task row's cells. Loading normalised it
    (corpus.loaders: every format goes through corpus.text.normalize), so it is read as is: one answer reads
    hundreds of such sentences (every rule that weighs overlap), and normalising each again was a fifth of its
    time. Kept, as one answer reads the same sentences many times over."""
    plain = documents_wording(without_short_terms(text)).lower()
    words = {w for w in re.findall(r"\w+", plain) if w not in STOPWORDS and not w.isdigit()}
    return frozenset(words | term_keys(text))
