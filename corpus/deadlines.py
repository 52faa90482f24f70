"""Deadlines in Vietnamese administrative text: found in prose or read from a "Thời hạn" cell, and normalised.

Rules for the ambiguous cases:
- In prose a date, month, quarter or year counts only after a deadline cue; a date needs a strong one (trước,
  chậm nhất, hạn, hoàn thành, xong), the others also take trong, ngay trong, đến hết. "Chỉ thị số 20-CT/TU ngày
  10/10/2024" and "mục tiêu năm 2025" are references, and "đến năm 2030" is a horizon, not a deadline.
- In prose a time just after an estimate or a figure's cut-off ("ước thực hiện đến hết năm 2025", "lũy kế đến hết
  tháng 9") is the period a report covers, not a deadline.
- In prose a time just after đã/được/hết hạn ("được cấp trước ngày 01/7") or before mà/đang/thì/được ("trước năm
  1994 thì giá vốn") is a condition, and one that ends before the document's own date is a past fact; neither
  is reported. A cell needs no cue; its deadline is the first one with a `due` ("2025 và những năm tiếp theo"
  → 2025), else the first one.
- "trước" + a month, quarter or year means the day before it starts: "trước tháng 7/2025" and "trước quý
  III/2025" are dates (2025-06-30), and so is "trước năm 2030" (2029-12-31).
- A date without a year takes the document's year, or the next one when it would fall before the document's
  date; with no document date it stays "--11-20" with no `due`.
- "thường xuyên"/"liên tục" count in prose only after thực hiện/triển khai/tiến hành or as "nhiệm vụ thường
  xuyên" ("chi thường xuyên" is a budget line); "bình quân hằng năm" is a rate, not a recurrence.
- A relative period is resolved only from the signing or issuing date, working days counting Monday to Friday.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from corpus.records import Deadline
from corpus.vn import NUMBER_IN_WORDS


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_Y = r"(?P<y>(?:19|20)\d\d)"
# One or more cue words before the time expression ("hoàn thành trước", "chậm nhất trong", "chậm nhất đến ngày",
# "Thời hạn:");
# "trung hạn 2026-2030" is a planning term, not a cue.
# "không muộn hơn quý II năm 2027" (Thông báo 541/TB-VPCP) says what "chậm nhất" does; "trong ngày 10/10/2025" a day the
# act is due within. OCR's forms of the cues: "rước ngày 10 tháng 10 năm 2025" (Thông báo 537/TB-VPCP, for "trước
# ngày"), "trong này 10/10/2025" (Công điện 190/CĐ-TTg, for "trong ngày"), only before a day: "rước" (a procession)
# and "này" (this) are words of their own. "không quá ngày 31 tháng 12 năm 2025" (Quyết định 2216/QĐ-TTg: "tiếp tục có
# hiệu lực thi hành … nhưng không quá ngày 31 tháng 12 năm 2025"), "chậm nhất không quá ngày 30 tháng 7 hàng năm": the
# last day allowed, only before a day ("không quá 5 ngày" is a length, read by `_RELATIVE`).
_CUE = (r"(?P<cue>(?<!\w)(?:(?:trong\s+ng[àa]y(?=\s+\d)|trong\s+này(?=\s+\d)|rước(?=\s+ngày\s+\d)|"
        r"không\s+quá(?=\s+ngày\s+\d)|"
        r"không\s+(?:muộn|chậm)\s+hơn|trước|chậm nhất(?: là)?(?: vào| đến)?|thời hạn|hạn chót|"
        r"(?<!trung )(?<!dài )(?<!ngắn )(?<!gia )(?<!giới )(?<!quyền )hạn|hoàn thành|xong|trong|ngay|đến hết)"
        r"\s*:?\s+)+)?")
_TIME = r"(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{2}\s*(?:phút)?)?\s*,?\s*)?"  # "trước 15h00 ngày 15 tháng 10"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# The event a relative period runs from: up to the next punctuation or joining word, else its first four words.
_STOP = r"(?:và|hoặc|của|thì|để|theo|đến)\b"
_WORD = rf"\s+(?!{_STOP})[^\s,.;:()]+"
_ANCHOR = (rf"ngày(?:(?:{_WORD}){{1,6}}?(?:\s+này(?:\s+có hiệu lực(?:\s+thi hành)?)?"
           rf"|(?=\s*[,.;:()]|\s*$|\s+{_STOP}))|(?:{_WORD}){{1,4}})")
# The document itself: "Thông tư này", "Nghị quyết này" (the kinds a text names itself by).
THIS_DOCUMENT = (r"(?:văn bản|quyết định|nghị định|nghị quyết|thông tư|chỉ thị|kế hoạch|luật|công văn|công điện|"
                 r"quy định|quy chế|hướng dẫn|chương trình|đề án)\s+này\b")
_THIS_DOC = _re(r"\s+" + THIS_DOCUMENT)
_SIGNING = _re(r"ngày (?:ký(?: ban hành)?|ban hành)")
_RECURRENCE = {"năm": "hằng năm", "quý": "hằng quý", "tháng": "hằng tháng", "tuần": "hằng tuần"}
_EVERY_N_MONTHS = {1: "hằng tháng", 3: "hằng quý", 12: "hằng năm"}

# "đến hết ngày 31/12/2026" ends a transition period: "được phép tiếp tục tổ chức thi và cấp chứng chỉ cho đến hết
# ngày 31/12/2026" (Dự thảo Thông tư of Bộ Giáo dục và Đào tạo, Điều 9), "có hiệu lực thi hành đến hết ngày 31 tháng 5
# năm 2030" (Nghị định 261/2025/NĐ-CP): the time the permitted task runs to.
_STRONG = _re(r"trước|(?<!\w)rước|chậm nhất|không\s+quá|không (?:muộn|chậm) hơn|trong ng[àa]y|trong này|hạn|hoàn thành|xong|đến hết")
# A time said in words the rules above may not read ("Chậm nhất vào ngày 05 của tháng sau tổng hợp, … báo cáo …",
# "trước ngày làm việc cuối cùng của tháng"), or one set by the text before ("Sau thời hạn nêu trên, Bộ Tài chính
# tổng hợp …"), or a time with no cue word before it ("triển khai cơ chế … vào đầu năm 2027", Công điện 192/CĐ-TTg;
# "vào cuối năm 2025", "vào quý IV"): a task whose text says one is never said to give no time.
TIME_CUE = re.compile(r"(?<!\w)(?:chậm nhất|không (?:muộn|chậm) hơn|trước ngày|không quá ngày|sau thời hạn"
                      r"|vào\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+(?:19|20)\d\d|tháng\s+\d|quý\s+(?:[IV]+|\d)))(?!\w)", re.I)
# A horizon year, which the rules above do not read as a deadline ("… hoàn thành chỉ tiêu … nhà ở cho lực lượng vũ trang
# nhân dân đến năm 2030", Công điện 190/CĐ-TTg, 5.): still a time the task's text says, so the task is never said to
# give none.
HORIZON = re.compile(r"(?<!\w)(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?!\w)", re.I)
_ANY = _re(r"\S")
# A span of days stated as a period ("Thời gian được giãn nộp thuế: từ ngày 01/01/2009 đến hết ngày 31/5/2009",
# Thông tư 27/2009/TT-BTC; "từ ngày 01 tháng 7 năm 2013 đến ngày 31 tháng 12 năm 2013"): no time anything is due by
# (`_SPAN_FROM` leaves its end out), but the answer to a question asking when that period runs ("từ ngày nào đến
# ngày nào", "đến hết ngày nào").
_FULL_DAY = r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*(?:19|20)\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+(?:19|20)\d\d"
SPAN = re.compile(rf"(?<!\w)từ\s+(?:ngày\s+)?(?:{_FULL_DAY})\s*,?\s*(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:{_FULL_DAY})",
                  re.IGNORECASE)
_BEFORE = _re(r"trước\W*$")
_AVERAGE = _re(r"(?:bình quân|trung bình)\s*$")
# An estimate or a figure's cut-off ("ước thực hiện đến hết năm 2025", "lũy kế đến hết tháng 9/2025"): the period a
# report covers, not a time anything is due by.
_PERIOD = _re(r"(?<!\w)(?:ước(?:\s+(?:thực hiện|tính|đạt|cả))?|lũy kế|luỹ kế|tính)\s*$")
# Before a cue (40 characters): a past fact, a condition, an average or a report's period; "phải được hoàn thành" is
# still an order.
# A span's start just before ("nghỉ kinh doanh liên tục từ ngày 20/02 đến hết ngày 20/6", Thông tư 62/2009/TT-BTC) makes
# its end a period described, not a time due.
_SPAN_FROM = r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/-]\s*\d{1,4}){0,2}\s*$"
_CONDITION = _re(r"(?<!phải )(?<!cần )(?<!sẽ )\b(?:đã|được|hết hạn)(?:\s+\w+){0,2}\s*$|" + _AVERAGE.pattern
                 + "|" + _PERIOD.pattern)
_DAY_CONDITION = _re(_CONDITION.pattern + "|" + _SPAN_FROM)  # a day's date only: "từ ngày 01/7/2009 đến hết năm 2009"
# stays the year it runs to
# After a time expression: a clause that makes it a condition ("trước ngày 1/1/2009 mà đang áp dụng").
_CLAUSE = _re(r"\s+(?:mà|đang|đã|thì|được)\b")
# Where a period starts, said by the event it runs from ("được miễn thuế 03 năm, kể từ khi có thu nhập chịu thuế",
# "Thời gian miễn thuế, giảm thuế được tính từ năm dự án đầu tư hoàn thành bắt đầu đưa vào hoạt động", Thông tư
# 82/2006/TT-BTC): the answer to "… được tính từ khi nào?", though no date is stated.
SINCE = re.compile(r"(?<!\w)(?:kể|tính)\s+từ\s+(?:khi|ngày|năm|tháng|thời điểm|lúc)(?!\w)", re.IGNORECASE)
# The event a length is counted from, as written after "kể từ" / "tính từ" up to the clause's end: "Trong thời hạn 38
# ngày kể từ ngày nhận được văn bản đề nghị của cơ quan cấp giấy phép …, cơ quan chuyên môn thuộc Bộ Giao thông vận
# tải thực hiện …" (Nghị định 63/2023/NĐ-CP, Điều 11) → "ngày nhận được văn bản đề nghị của cơ quan cấp giấy phép …";
# OCR's "kê từ", "ké từ" too.
_COUNTED_FROM = re.compile(r"(?<!\w)(?:k[ểéếêề]|tính)\s+từ\s+((?:sau\s+)?(?:khi|ngày|thời điểm|lúc)\s[^,.;:?()]+)", re.I)


def counted_from(text: str) -> list[str]:
    """The events the lengths of a text are counted from (`_COUNTED_FROM`), in order."""
    return [event for _, event in counted_from_at(text)]


def counted_from_at(text: str) -> list[tuple[int, str]]:
    """(where its "kể từ" stands, the event) for each event a length of the text is counted from, in order."""
    return [(m.start(), " ".join(m.group(1).split())) for m in _COUNTED_FROM.finditer(text)]


# A length counted from an event rather than a day ("trong phạm vi 20 ngày làm việc kể từ khi ký hợp đồng", Thông
# tư 134/2008/TT-BTC; "Trong vòng ba ngày làm việc kể từ khi nhận được chứng từ …", 205/2009/TT-BTC): `_RELATIVE`
# reads only "kể từ ngày …"; this states the time limit of the act it is bound to all the same.
# Only after a limit word: "được miễn thuế 02 năm, kể từ khi có thu nhập chịu thuế" is how long a benefit lasts.
SINCE_EVENT = re.compile(r"(?<!\w)(?:trong|chậm nhất|không quá|tối đa)(?:\s+(?:phạm vi|vòng|thời hạn|thời gian|là|tối đa|"
                         r"không quá))*\s+(?:\d{1,3}|" + NUMBER_IN_WORDS + r")\s+(?:ngày làm việc|ngày|tuần|tháng|năm),?\s+"
                         r"k[ểéếêề] từ\s+(?:khi|sau khi)(?!\w)", re.IGNORECASE)  # OCR's "ké từ khi" too

_DATE_NUM = _re(_CUE + _TIME + r"(?P<w>ngày\s+)?(?<![\d/.])(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})"
                r"(?:\s*[/-]\s*" + _Y + r")?(?![\d/])")
# "ngày" may be left out when the year is written: "trước 31 tháng 12 năm 2025".
_DATE_WORDS = _re(_CUE + _TIME + r"(?:(?P<w>ngày)\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
                  r"(?:\s*,?\s*năm\s+" + _Y + r")?(?!\d)")
_MONTH = _re(_CUE + r"(?:tháng\s+(?P<m>\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)|(?<![\w/.-])(?P<mb>\d{1,2})\s*[/-]\s*)"
             + _Y + r"(?![\d/]|\s*/\s*\w)")
_QUARTER = _re(_CUE + r"quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*[/-]\s*|\s+năm\s+)" + _Y + r"(?!\d)")
_YEAR = _re(_CUE + r"(?:(?:năm|giai đoạn)\s+|(?<![\w/.,-]))" + _Y
            + r"(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?![\w/]|[.,]\d|\s*/\s*\d)")
# "hằng quý", "định kỳ hàng năm"; "vào tháng cuối của mỗi quý" (a report due each quarter, in its last month); "từ
# ngày 25 đến ngày 30 tháng cuối quý" (Nghị định 13/2016/NĐ-CP: a notice each quarter, in its last days), though not
# "tháng cuối quý III" (one quarter named)
_EVERY = _re(r"(?<!\w)(?:định kỳ\s+)?(?:(?:vào\s+)?(?:tháng|tuần|ngày)\s+cuối\s+(?:của\s+)?(?:mỗi|hằng|hàng)|hằng|hàng)"
             r"\s+(?P<every>năm|quý|tháng|tuần)(?!\w|\s+\d)"
             r"|(?<!\w)(?:từ\s+ngày\s+\d{1,2}\s+đến\s+ngày\s+\d{1,2}\s+)?tháng\s+cuối\s+(?P<quarter>quý)"
             r"(?!\w|\s+(?:[IVX]+\b|\d))")
# A day of the period a payment or report is for, said by its place in that period or the one after: "Thời hạn nộp
# thuế hàng quý chậm nhất là ngày cuối quý", "chậm nhất là ngày 25 của tháng tiếp theo" (Luật 09/2003/QH11, Điều 13),
# "chậm nhất không quá ngày cuối quý" (Nghị định 24/2007/NĐ-CP, Điều 24), "Hàng quý, chậm nhất ngày 30 của tháng đầu
# quý tiếp theo" (Thông tư liên tịch 19/2009/TTLT-BTC-BNV). It comes back each period: no date, the words as written.
# Only after a strong cue word: "số thuế phát sinh của tháng sau" is no time.
_PERIOD_DAY = _re(r"(?P<cue>(?<!\w)(?:chậm nhất|trước|hạn chót|thời hạn)(?:\s+(?:là|vào|không quá|đến))*\s+)"
                  r"(?P<day>ngày\s+(?:cuối(?:\s+cùng)?(?:\s+của)?\s+(?:quý|tháng|năm)"
                  r"|\d{1,2}\s+(?:của\s+)?(?:tháng\s+đầu\s+)?(?:tháng|quý|năm)\s+(?:tiếp\s+theo|sau|kế\s+tiếp)))"
                  r"(?!\w|\s+(?:[IVX]+\b|\d))")
# The part of the period after the one an act is for, with no day: "Việc cấp lại phần thuế … cho các báo in được thực
# hiện vào đầu năm sau, sau khi quyết toán thuế … được duyệt" (Thông tư 48/2000/TT-BTC, Mục II), "vào cuối quý tiếp
# theo". It comes back each period: no date, the words as written. Only after "vào": "số thuế phát sinh của tháng sau"
# is no time.
_PERIOD_PART = _re(r"(?<!\w)vào\s+(?P<day>(?:đầu|cuối|giữa)\s+(?:năm|quý|tháng)\s+(?:tiếp\s+theo|sau|kế\s+tiếp))(?!\w)")
_EVERY_N = _re(r"(?<!\w)(?:định kỳ\s+(?P<n>\d{1,2})\s+tháng(?:\s+(?:một|1)\s+lần)?"
               r"|(?P<n2>\d{1,2})\s+tháng\s+(?:một|1)\s+lần)(?!\w)")
_ONGOING = _re(r"(?P<cue>(?<!\w)(?:thực hiện|triển khai|tiến hành|nhiệm vụ)\s+)?"
               r"(?<!\w)(?:thường xuyên|liên tục)(?:\s*,\s*(?:thường xuyên|liên tục))?(?!\w)")
_RELATIVE = _re(r"(?<!\w)(?:(?:trong|chậm nhất|không quá|không (?:muộn|chậm) hơn|tối đa|sau)(?:\s+(?:là|cũng|không quá|vòng|sau))*\s+)?"
                r"(?:thời hạn\s+)?(?P<n>\d{1,3})\s+(?P<unit>ngày làm việc|ngày|tuần|tháng|năm),?\s+kể từ\s+"
                r"(?P<anchor>" + _ANCHOR + ")")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(start: date, months: int) -> date:
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _add_working_days(start: date, days: int) -> date:
    day = start
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


def _found(m: re.Match[str], kind: str, normalized: str, due: date | None) -> Deadline:
    return Deadline(kind=kind, text=m.group(0), normalized=normalized, due=due, start=m.start(), end=m.end())


# A day and month "của năm tiếp theo", "năm sau": the year after the one a duty is for ("Hết năm, chậm nhất là ngày 30
# tháng 5 của năm tiếp theo, … Ban Cơ yếu Chính phủ có trách nhiệm xác định tổng số thuế …", Thông tư liên tịch
# 19/2009/TTLT-BTC-BNV; "Hết năm chậm nhất là ngày 30 tháng 3 của năm sau", 123/2008/TTLT-BTC-BCA). It comes back each
# year: the document's year, or the one after, is not its year, and the words stay with the date read.
_NEXT_YEAR = _re(r"\s*,?\s*(?:của\s+)?năm\s+(?:tiếp\s+theo|sau)(?!\w)")


def _date(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    day, month = int(m["d"]), int(m["m"])
    if not (m["y"] or m["w"] or cell) or _safe_date(2000, month, day) is None:  # bare "2-3" in prose is no date
        return None
    following = None if m["y"] else _NEXT_YEAR.match(m.string, m.end())
    if following:
        return Deadline(kind="date", text=m.string[m.start():following.end()], normalized=f"--{month:02}-{day:02}",
                        due=None, start=m.start(), end=following.end())
    if m["y"]:
        due = _safe_date(int(m["y"]), month, day)
    elif issued_on:
        due = _safe_date(issued_on.year, month, day)
        if due is None or due < issued_on:
            due = _safe_date(issued_on.year + 1, month, day)
    else:
        return _found(m, "date", f"--{month:02}-{day:02}", None)
    return _found(m, "date", due.isoformat(), due) if due else None


def _period(m: re.Match[str], kind: str, first: date, last: date, normalized: str) -> Deadline:
    """A month, quarter or year; "trước" one means the day before it begins."""
    if m["cue"] and _BEFORE.search(m["cue"]):
        return _found(m, "date", (first - timedelta(days=1)).isoformat(), first - timedelta(days=1))
    return _found(m, kind, normalized, last)


def _month(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    year, month = int(m["y"]), int(m["m"] or m["mb"])
    if not 1 <= month <= 12:
        return None
    return _period(m, "month", date(year, month, 1), _month_end(year, month), f"{year}-{month:02}")


def _quarter(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    year, quarter = int(m["y"]), _ROMAN.get(m["q"].upper()) or int(m["q"])
    first = date(year, 3 * quarter - 2, 1)
    return _period(m, "quarter", first, _month_end(year, 3 * quarter), f"{year}-Q{quarter}")


def _year(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    year, until = int(m["y"]), int(m["y2"] or m["y"])
    if until < year:
        return None
    normalized = f"{year}-{until}" if until > year else str(year)
    return _period(m, "year", date(year, 1, 1), date(until, 12, 31), normalized)


def _recurring(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    if m.re is _EVERY:
        return _found(m, "recurring", _RECURRENCE[(m["every"] or m["quarter"]).lower()], None)
    months = int(m["n"] or m["n2"])
    return _found(m, "recurring", _EVERY_N_MONTHS.get(months, f"{months} tháng một lần"), None)


def _period_day(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    return Deadline(kind="recurring", text=m.group(0), normalized=" ".join(m["day"].lower().split()), due=None,
                    start=m.start(), end=m.end())


def _ongoing(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    return _found(m, "ongoing", "thường xuyên", None)


def _relative(m: re.Match[str], issued_on: date | None, cell: bool) -> Deadline | None:
    count, unit = int(m["n"]), " ".join(m["unit"].lower().split())
    anchor = _THIS_DOC.sub("", " ".join(m["anchor"].split()))
    due = None
    if issued_on and _SIGNING.fullmatch(anchor):
        due = {"ngày": issued_on + timedelta(days=count), "ngày làm việc": _add_working_days(issued_on, count),
               "tuần": issued_on + timedelta(weeks=count), "tháng": _add_months(issued_on, count),
               "năm": _add_months(issued_on, 12 * count)}[unit]
    return _found(m, "relative", f"{count} {unit} kể từ {anchor}", due)


@dataclass(frozen=True)
class _Rule:
    """One kind of expression; in prose it needs a `cue` inside the match and no `before`/`after` context."""

    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], date | None, bool], Deadline | None]
    cue: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None


_RULES = (
    _Rule(_DATE_WORDS, _date, _STRONG, _DAY_CONDITION, _CLAUSE),
    _Rule(_DATE_NUM, _date, _STRONG, _DAY_CONDITION, _CLAUSE),
    _Rule(_MONTH, _month, _ANY, _CONDITION, _CLAUSE),
    _Rule(_QUARTER, _quarter, _ANY, _CONDITION, _CLAUSE),
    _Rule(_YEAR, _year, _ANY, _CONDITION, _CLAUSE),
    _Rule(_PERIOD_DAY, _period_day),
    _Rule(_PERIOD_PART, _period_day),
    _Rule(_EVERY, _recurring, before=_AVERAGE),
    _Rule(_EVERY_N, _recurring),
    _Rule(_ONGOING, _ongoing, _ANY),
    _Rule(_RELATIVE, _relative),
)


def _reads_as_deadline(rule: _Rule, m: re.Match[str], text: str) -> bool:
    """Whether a match in running text is a deadline rather than a reference, a condition or a past fact."""
    if rule.cue and not rule.cue.search(m.groupdict().get("cue") or ""):
        return False
    if rule.before and rule.before.search(text[max(0, m.start() - 40):m.start()]):
        return False
    return not (rule.after and rule.after.match(text, m.end()))


def _is_past(deadline: Deadline, issued_on: date | None) -> bool:
    """A stated time that ended before the document was issued reports what was done, not what is due."""
    return bool(issued_on and deadline.due and deadline.kind != "relative" and deadline.due < issued_on)


def _scan(text: str, issued_on: date | None, cell: bool) -> list[Deadline]:
    found = []
    for rule in _RULES:
        for m in rule.pattern.finditer(text):
            if not cell and not _reads_as_deadline(rule, m, text):
                continue
            deadline = rule.build(m, issued_on, cell)
            if deadline and (cell or not _is_past(deadline, issued_on)):
                found.append(deadline)
    kept: list[Deadline] = []
    for deadline in sorted(found, key=lambda d: (d.start, -d.end)):
        if not kept or deadline.start >= kept[-1].end:
            kept.append(deadline)
    return _with_period_days(kept, text)


# A recurrence and the day of each period it falls on, said one after the other: "Hàng quý, chậm nhất ngày 30 của
# tháng đầu quý tiếp theo" (Thông tư liên tịch 19/2009/TTLT-BTC-BNV, 122/2008/TTLT-BTC-BQP). One time: each quarter,
# by that day.
_THEN = re.compile(r"\s*,?\s*")


def _with_period_days(found: list[Deadline], text: str) -> list[Deadline]:
    """The deadlines with a recurrence ("hằng quý") and the period day right after it (`_PERIOD_DAY`) made one: the
    recurrence's kind and normalized value, the text of both."""
    merged: list[Deadline] = []
    for deadline in found:
        last = merged[-1] if merged else None
        if last and last.kind == deadline.kind == "recurring" and last.normalized.startswith("hằng ") \
                and deadline.normalized.startswith("ngày ") and _THEN.fullmatch(text, last.end, deadline.start):
            merged[-1] = Deadline("recurring", text[last.start:deadline.end], last.normalized, None, last.start,
                                  deadline.end)
        else:
            merged.append(deadline)
    return merged


def find_deadlines(text: str, issued_on: date | None = None) -> list[Deadline]:
    """Every deadline expression in `text`, in order and non-overlapping; `issued_on` resolves years and periods."""
    return list(_sentence_deadlines(text, issued_on) if len(text) <= _READ_ONCE else _scan(text, issued_on, False))


# One answer asks the deadlines of the same sentences under several rules (timed clauses, the precision checks):
# a text up to a passage's size is read once. A whole document at ingestion is not kept.
_READ_ONCE = 4096  # characters


@lru_cache(maxsize=4096)
def _sentence_deadlines(text: str, issued_on: date | None) -> tuple[Deadline, ...]:
    return tuple(_scan(text, issued_on, cell=False))


# In a cell, a time tied to an event: "Ngay sau khi có Nghị quyết của HĐND tỉnh", "Khi có hướng dẫn của Bộ".
_EVENT = _re(r"(?<!\w)(?:(?:ngay|chậm nhất)\s+)?(?:sau khi|ngay khi|khi)\s+[^.;]{3,120}")


# A range of years broken at its hyphen by a cell's line wrap ("2025-\n2030", "2025 -2030": space on one side only):
# one range as written; "2025 - 2026" is written so and stays.
_RANGE_BREAK = re.compile(r"((?:19|20)\d\d)-\s+(?=(?:19|20)\d\d)|((?:19|20)\d\d)\s+-(?=(?:19|20)\d\d)")


_CELL_NOISE = re.compile(r"^(?:[^\w(]|_)+")


def cell_deadline(cell: str, issued_on: date | None = None) -> Deadline | None:
    """The deadline of a task table's "Thời hạn" cell, its text the whole cell as written ("Giai đoạn 2025-2030, các
    giai đoạn 05 năm tiếp theo và hằng năm" stays whole, read as yearly): the cell is the deadline, not only the part
    of it that parses."""
    written = " ".join(_RANGE_BREAK.sub(lambda m: (m.group(1) or m.group(2)) + "-", cell).split())
    written = _CELL_NOISE.sub("", written)  # specks a scan leaves before the cell's first word ("° _ _"-.{ Hàng năm")
    parsed = parse_deadline(written, issued_on)
    return Deadline(parsed.kind, written, parsed.normalized, parsed.due, 0, len(written)) if parsed else None


def yearly_after(deadline: Deadline, task: str) -> Deadline:
    """A day-and-month deadline that the task's text goes on with "hằng năm" ("… gửi về Bộ Công Thương trước ngày 15
    tháng 01 hằng năm để tổng hợp …", Chỉ thị 30/CT-TTg, whose row kept only "trước ngày 15 tháng 01"): yearly, as
    `parse_deadline` reads a cell "15/01 hằng năm", its first due day kept; any other deadline as it is. Read when
    rows are extracted (`corpus.obligations.extract_obligations`), so a stored row never gives a yearly time as one
    date."""
    if deadline.kind != "date" or not deadline.text.split() or not deadline.normalized[-5:-3].isdigit():
        return deadline
    words = r"\s+".join(map(re.escape, deadline.text.split()))
    after = re.search(words + r"\s+(?:hằng|hàng)\s+năm(?!\w)", task, re.I)
    if after is None:
        return deadline
    return Deadline("recurring", after.group(0), f"hằng năm {deadline.normalized[-2:]}/{deadline.normalized[-5:-3]}",
                    deadline.due, deadline.start, deadline.start + len(after.group(0)))


def parse_deadline(cell: str, issued_on: date | None = None) -> Deadline | None:
    """The deadline of a short "Thời hạn" cell ("6/2025", "Quý II/2025", "Thường xuyên", "Ngay sau khi có Nghị
    quyết ..."); a resolvable one first, but a recurrence stays one ("15/01 hằng năm" is yearly, not one date)."""
    found = _scan(cell, issued_on, cell=True)
    recurring = next((d for d in found if d.kind == "recurring"), None)
    if recurring:  # "Trước 15/12 hằng năm": yearly, first due on the next 15/12
        day = next((d for d in found if d.kind == "date" and d.normalized[-5:-3].isdigit()), None)
        if day is None or recurring.normalized != "hằng năm":
            return recurring
        start, end = min(day.start, recurring.start), max(day.end, recurring.end)
        return Deadline("recurring", cell[start:end], f"hằng năm {day.normalized[-2:]}/{day.normalized[-5:-3]}",
                        day.due, start, end)
    if not found and (event := _EVENT.search(cell)):
        text = event.group(0).strip()
        end = event.start() + len(text)
        return Deadline("relative", text, " ".join(text.split()).lower(), None, event.start(), end)
    return next((d for d in found if d.due), found[0] if found else None)
