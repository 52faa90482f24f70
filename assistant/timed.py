"""The times a passage states, each with the clause it is bound to: a "when" question is answered with the time of
the clause that holds the task asked, never a date of another clause of the same sentence ("… bàn giao mặt bằng
trong tháng 10 năm 2025, trong đó ưu tiên các vị trí … trước ngày 15 tháng 10 năm 2025"), and with the agency its
list item opens with ("(iii) UBND tỉnh Ninh Bình khẩn trương …; hoàn thành phê duyệt … trước ngày 15 …").

Rules (Vietnamese administrative prose):
- a sentence stating several different times is cut between them, at "; ", ", trong đó", ", đồng thời",
  ", sau đó", ", riêng" or else the first comma after the earlier time (the last before the later one when the
  earlier time opens its clause): each time ends (or opens) its own clause; a recurrence and its day are one time;
- a clause that is only a time ("hoàn thành trước ngày 15 tháng 10 năm 2025.") completes the clause before it in
  the same list item, which holds the task;
- a list item ("(iii) …", "a) …", "- …", "2. …") runs over clauses joined by ";" up to a full stop; the agency
  named at its opening is the subject of every clause in it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from assistant.draft import Draft, best_sentence, hit_label, joined_hits, overlap
from assistant.intent import LEANED, content_words, named_documents
from corpus.agencies import covers, find_agencies, find_places, same_agency
from corpus.deadlines import find_deadlines
from corpus.obligations import LEADER_TITLE, PARTNERSHIP, chair_named, states_action
from corpus.records import Deadline
from corpus.text import clean_display
from corpus.vn import (
    REPORTED_TO,
    mentions_number,
    named_quarters,
    names_day,
    quarter_other,
    restated_act,
    sentence_spans,
    since_read,
)
from index.records import Hit

_ITEM = re.compile(r"^\s*(?:\(?[ivx]{1,4}\)|\(?[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•*])\s", re.IGNORECASE)
_BREAK = re.compile(r";|,\s*(?:trong đó|đồng thời|sau đó|riêng|còn)\b", re.IGNORECASE)
# "hoàn thành trước ngày 15/10.", "thực hiện cơ bản hoàn thành trong năm 2025.": a clause that is only a time
_TAIL = re.compile(r"^\s*(?:(?:và|đồng thời|phải|để|thực hiện|phấn đấu|cơ bản|bảo đảm|đảm bảo)\s+)*"
                   r"(?:hoàn thành|xong|chậm nhất|trước|thời hạn|hạn)\b", re.IGNORECASE)
_TAIL_WORDS = "hoàn thành xong chậm nhất trước thời hạn thực hiện cơ bản phấn đấu bảo đảm"
TAIL_VERBS = _TAIL_WORDS  # the words that only say an act is done, and when: no act of their own
# An item opening with its lead's direction to another body ("a) Chỉ đạo Sở Giáo dục và Đào tạo …" under "1. Chủ tịch
# Ủy ban nhân dân các tỉnh:"): the time is the lead's and the body's both.
_DIRECTS = re.compile(r"^\s*(?:chỉ đạo|đôn đốc|giao)\s", re.IGNORECASE)
TAIL_WORDS = 3  # content words besides the time a clause may have and still be only a time
OPENING = 80  # characters of a list item's opening where its subject is named
_TITLE = re.compile(r"[a-zđ]\)\s")  # a lettered item's title (the chunker carries it over the passages under it)


@dataclass(frozen=True)
class Timed:
    """A clause stating a time: its span in the document, its text, the times it states, the sentence (or the
    clause it completes with it) it is read in, and the agencies its list item opens with."""

    hit: Hit
    start: int
    end: int
    text: str
    deadlines: tuple[Deadline, ...]
    context: str
    subject: tuple[str, ...]
    restated: bool = False  # a "Việc <act> …" sentence read with the sentence before it, which does the act
    recurs: str = ""  # a "Thời hạn <act> …" sentence read with the one before, whose act recurs by this period


def _issued(hit: Hit) -> date | None:
    try:
        return date.fromisoformat(hit.issued_on) if hit.issued_on else None
    except ValueError:
        return None


def _flat(text: str) -> str:
    return " ".join(text.split())


# Before an agency named as no doer: "Trên cơ sở Nghị quyết … của Bộ Chính trị", "phối hợp với …".
_NOT_DOER = re.compile(r"\b(?:của|theo|với|cho|từ|cơ sở|căn cứ|phối hợp|báo cáo|trình|gửi)\b", re.IGNORECASE)
# Between two agencies of one subject: a comma or "và", and titles ("Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân …").
_JOINED = re.compile(r"[\s,]*(?:và\s+)?(?:" + LEADER_TITLE.pattern + r"|Bí thư\s+)?")


def _subject(text: str, opening: int = OPENING) -> tuple[str, ...]:
    """The agencies a list item opens with ("(iii) UBND tỉnh Ninh Bình khẩn trương …", "Về Dự án …: PVN …",
    "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi nghiên cứu …")."""
    body = _ITEM.sub("", text, count=1)
    names, previous = [], None
    for name, start, end in find_agencies(body):
        if previous is None:
            if start > opening or _NOT_DOER.search(body[:start]):
                break
        elif not _JOINED.fullmatch(body[previous:start]):
            break
        names.append(name)
        previous = end
    return tuple(names)


def _only_time(text: str, deadlines: list[Deadline]) -> bool:
    if len(deadlines) != 1 or not _TAIL.match(_ITEM.sub("", text, count=1)):
        return False
    rest = text[:deadlines[0].start] + " " + text[deadlines[0].end:]
    return len(content_words(rest) - content_words(_TAIL_WORDS)) <= TAIL_WORDS


def _cuts(text: str, deadlines: list[Deadline]) -> list[int]:
    """Where a sentence stating several different times is cut: one place between each two times. A recurrence and
    its day ("trước ngày 15 tháng 01 hằng năm") are one time; a time opening its clause ("Trước ngày 12/10, Bộ A
    …, trước ngày 15/10 …") keeps the words after it, so the cut is the last comma before the next time."""
    cuts, last = [], 0
    for one, other in pairwise(deadlines):
        if one.normalized == other.normalized or "recurring" in (one.kind, other.kind):
            continue
        between = text[one.end:other.start]
        found = _BREAK.search(between)
        commas = [m.start() for m in re.finditer(",", between)]
        if found:
            cut = one.end + found.start()
        elif commas:
            opens = not content_words(_ITEM.sub("", text[last:one.start]))
            cut = one.end + (commas[-1] if opens else commas[0])
        else:
            continue
        cuts.append(cut)
        last = cut
    return cuts


def timed_clauses(hit: Hit) -> list[Timed]:
    """Every clause of a passage that states a time, in order. A list item runs to the next item marker; one
    opening with no agency of its own takes that of the line introducing it ("1. Bộ Tài chính: a) …; b) …")."""
    issued = _issued(hit)
    found: list[Timed] = []
    subject: tuple[str, ...] = ()
    parent: tuple[str, ...] = ()
    previous = None  # the item's last clause stating no time
    recurring = None  # the sentence just before, where it states only how often, no day
    chain = 0  # where the run of clauses joined by ";" that this one ends (its list item) starts
    untimed = 0  # where the clauses of that run since its last time start: what the next time is read with
    # a passage that goes on under a lettered item's title naming only its doer ("c) Bộ trưởng Bộ Tài chính", a
    # heading over it once the item went whole into a passage of its own, Công điện 187/CĐ-TTg): its first sentence,
    # no item of its own, is the title's doer's, as it is when the title line stands in the passage; not under a
    # numbered paragraph's first line ("2. Ủy ban nhân dân các tỉnh, … khẩn trương rà soát …", Công điện 191)
    heading = hit.heading_path[-1] if hit.heading_path else ""
    title = _subject(heading) if _TITLE.match(heading) and not states_action(heading) else ()
    for n, (start, end) in enumerate(sentence_spans(hit.text)):
        raw = hit.text[start:end]
        item = _ITEM.match(raw)
        own = _subject(raw) if item or n == 0 else ()
        if item and re.match(r"\s*\d", raw) and not own:
            parent = ()
        if own and parent and _DIRECTS.match(_ITEM.sub("", raw, count=1)):
            own = (*parent, *own)
        if item or n == 0 or not hit.text[:start].rstrip().endswith(";"):
            chain = untimed = start
        if item or n == 0:
            subject, previous = own or parent or (() if item else title), None
        elif own := _subject(raw, opening=2):
            subject = own  # a sentence naming its own doer
        if raw.rstrip().endswith(":") and subject:
            parent = subject
        deadlines = find_deadlines(since_read(raw), issued)  # "10 ngày ké từ ngày …" as OCR reads "kể từ"
        if not deadlines:
            previous, recurring = (start, end), None
            continue
        # (the sentence before read as recurring, or saying so in words no time reading reads: "… từng quý, …")
        recurring = recurring or previous
        if _TIME_OPENING.match(raw) and not item and recurring and len(deadlines) == 1 \
                and not hit.text[recurring[1]:start].strip() and _restates(raw, hit.text[recurring[0]:recurring[1]]) \
                and (period := _same_period(hit.text[recurring[0]:recurring[1]], deadlines[0].text)):
            # "… tạm nộp số thuế hàng quý … . Thời hạn nộp thuế được ghi trong thông báo chậm nhất không quá ngày cuối
            # quý." (Nghị định 30/1998/NĐ-CP, Điều 17): the day is that of the act recurring by the period it names,
            # read with that sentence too (`recurs`: only for a question asking of that recurrence, `compose_timed`);
            # the time sentence is read on its own as well, as before. Not "Trường hợp hàng tháng … được khai, nộp tờ
            # khai thuế theo quý. Thời hạn nộp tờ khai thuế theo quý …": the month is the case's, the quarter the act's
            text = _flat(hit.text[recurring[0]:end])
            found.append(Timed(hit, hit.start + recurring[0], hit.start + end, text, tuple(deadlines), text, subject,
                               recurs=period))
        if not item and previous and not _TIME_OPENING.match(raw) and _restates(raw, hit.text[previous[0]:previous[1]]) \
                and not hit.text[previous[1]:start].strip() and len(deadlines) == 1:
            # "Việc kê khai, nộp thuế, … được thực hiện trong vòng 30 ngày …" after the sentence saying who does it:
            # quoted and read with that sentence, whose doer and object the act is
            text = _flat(hit.text[previous[0]:end])
            found.append(Timed(hit, hit.start + previous[0], hit.start + end, text, tuple(deadlines), text, subject, True))
            previous, recurring, untimed = None, None, end
            continue
        if _only_time(raw, deadlines) and previous:
            # the time closes its item: quoted with the clause before it, read with the whole item
            begin = previous[0]
            text = _flat(hit.text[begin:end])
            found.append(Timed(hit, hit.start + begin, hit.start + end, text, tuple(deadlines),
                               _flat(hit.text[chain:end]), subject))
            previous, recurring, untimed = None, None, end
            continue
        recurring = (start, end) if all(d.kind == "recurring" and not names_day(d.text) for d in deadlines) else None
        bounds = [0, *_cuts(raw, deadlines), len(raw)]
        # a sentence the ";" of an enumeration cut ("Thời hạn nộp thuế TNCN đối với hoạt động chuyển nhượng bất
        # động sản, nhận thừa kế, quà tặng; chuyển nhượng vốn góp, … là ngày ghi trên thông báo nộp thuế … nhưng
        # chậm nhất không quá 30 ngày kể từ …"): its first time is read with the clauses before it that state none
        read = _flat(hit.text[untimed:start] + raw)
        # and quoted with them when they name no agency (so that whose time it is reads as before)
        before = hit.text[untimed:start]
        opening = untimed + len(before) - len(before.lstrip(" ;,\n"))
        opening = opening if opening < start and not find_agencies(before) else start
        for a, b in pairwise(bounds):
            piece = raw[a:b]
            lead = len(piece) - len(piece.lstrip(" ,;"))
            piece = piece.strip(" ,;")
            times = tuple(d for d in deadlines if a <= d.start < b)
            if piece and times and a == 0 and opening < start:
                found.append(Timed(hit, hit.start + opening, hit.start + start + len(piece) + lead,
                                   _flat(hit.text[opening:start + lead + len(piece)]), times, read, subject))
            elif piece and times:
                found.append(Timed(hit, hit.start + start + a + lead, hit.start + start + a + lead + len(piece),
                                   _flat(piece), times, read if a == 0 else _flat(raw), subject))
        previous = None
        untimed = end
    return found


_TIME_OPENING = re.compile(r"\s*Thời\s+hạn\s", re.I)
_PERIOD_WORD = re.compile(r"(?<!\w)(quý|tháng|năm)(?!\w)", re.I)
_RECURS = re.compile(r"(?<!\w)(?:hằng|hàng|từng|mỗi)\s+(quý|tháng|năm)(?!\w)", re.I)


def _same_period(before: str, time: str) -> str:
    """The period a time is counted in (the last it names: "ngày cuối quý" → quý, "ngày 30 của tháng đầu quý sau" →
    quý, "ngày 25 của tháng tiếp theo" → tháng), where the sentence before recurs by it ("… hàng quý …"), else ""."""
    named = [m.group(1).lower() for m in _PERIOD_WORD.finditer(time)]
    return named[-1] if named and named[-1] in recurrences(before) else ""


def recurrences(text: str) -> set[str]:
    """The periods a text says something recurs by: "hàng quý", "hằng tháng", "từng quý", "mỗi năm"."""
    return {m.group(1).lower() for m in _RECURS.finditer(text)}


def _restates(sentence: str, before: str) -> bool:
    """Whether the sentence names as "Việc <act> …" (`vn.restated_act`) the act the sentence before it does: every
    word of that act is among its words ("Việc kê khai, nộp thuế, quyết toán thuế …" after "… thực hiện kê khai,
    quyết toán thuế … và nộp thuế …"), not only a word of the topic ("thuế")."""
    act = restated_act(sentence)
    return bool(act) and content_words(act) <= content_words(before)


def names_agency(agency: str, text: str) -> bool:
    """Whether the text names the agency itself, or the group of every unit of its kind ("Ủy ban nhân dân các tỉnh,
    thành phố" for "UBND tỉnh"): a bare "Ủy ban nhân dân" names no province's."""
    places = find_places(agency)
    return any(covers(agency, name) and (not places or find_places(name)) for name, _, _ in find_agencies(text))


TIMED_DEPTH = 5  # how many top hits are read for a clause stating a time (each rank costs 0.02 of its score)
TIMED_MARGIN = 0.05  # clauses scoring within this of the best one that state another time are listed, not picked
CLAUSE_WEIGHT = 0.5  # how much the clause's own words count beside its sentence's in choosing a clause
UNTIMED_MARGIN = 0.15  # how much more of the question a sentence with no readable time must carry to outdo a clause
INTRO_PENALTY = 0.2  # a time in the sentence introducing a list ranks this far behind its items' times


def _agency_of(clause: Timed, question: str) -> str | None:
    """The agency a clause's time binds: its list item's opening agency, else the one its heading names (of several,
    the one in the place the question names); a heading naming the committee's chair names the chair."""
    texts = (clause.text, *reversed(clause.hit.heading_path))
    as_written = {n: chair_named(t, n, s) for t in reversed(texts) for n, s, _ in find_agencies(t)}
    for names in (clause.subject, *([n for n, _, _ in find_agencies(h)] for h in reversed(clause.hit.heading_path))):
        names = [as_written.get(name, name) for name in names]
        if len(names) > 1:  # of several, the one in the place the question names ("Quảng Ngãi phải …")
            names = [name for name in names if any(place in question for place in find_places(name))] or names
        if names:
            return " và ".join(dict.fromkeys(names))
    return None


def _before_partners(text: str) -> str:
    """The part of a clause before its "phối hợp": where its doer, not its partners, is named."""
    return PARTNERSHIP.split(text, maxsplit=1)[0]


def _elsewhere(clause: Timed, places: set[str]) -> bool:
    """Whether the clause's doer is in another province or district than the ones the question names."""
    own = _before_partners(clause.text)
    doers = clause.subject or tuple(name for name, _, _ in find_agencies(own))
    found = {place for name in doers for place in find_places(name)}
    return bool(places and found and not found & places)


def _bound_to(agency: str, clause: Timed) -> bool:
    """Whether the clause's time is the agency's: its list item opens with the agency, or (in an item opening with
    none) the clause names it before any "phối hợp", or the clause names no agency under a heading naming it."""
    if clause.subject:
        return any(names_agency(agency, name) for name in clause.subject)
    own = _before_partners(clause.text)
    if names_agency(agency, own):
        return True
    return not find_agencies(clause.text) and any(names_agency(agency, h) for h in clause.hit.heading_path)


def best_timed(words: set[str], hits, agency: str | None, least: float, want=lambda c: True) -> list[Timed]:
    """The clause whose time answers a "when" question: the one of the top hits whose sentence, and then whose
    own words, carry most of the question (at least `least` of it), bound to the agency asked when one is. Every
    clause as near that states another time is returned with it (a tie the question does not settle); empty when
    none fits."""
    scored, seen = [], set()
    for rank, hit in enumerate(hits[:TIMED_DEPTH]):
        for clause in timed_clauses(hit):
            key = (hit.doc_id, clause.start, clause.end)
            if key in seen or not want(clause) or agency and not _bound_to(agency, clause):
                continue
            seen.add(key)
            context = overlap(words, clause.context)
            if context >= least:
                # a sentence introducing a list ("…, trong đó lưu ý:") frames its items: their times come first
                intro = INTRO_PENALTY if clause.context.endswith(":") else 0.0
                scored.append((context - 0.02 * rank - intro + CLAUSE_WEIGHT * overlap(words, clause.text), clause))
    if not scored:
        return []
    scored.sort(key=lambda s: -s[0])
    best = scored[0]
    times = {d.normalized for d in best[1].deadlines}
    rivals = [c for score, c in scored[1:] if best[0] - score <= TIMED_MARGIN
              and {d.normalized for d in c.deadlines} != times]
    return [best[1], *rivals]


def _doers(clause: Timed) -> list[str]:
    """The bodies a clause has act: its list item's subject, or those its own words name before any "phối hợp" that
    no report verb sends something to ("… báo cáo Bộ Tài chính": Bộ Tài chính is reported to)."""
    if clause.subject:
        return list(clause.subject)
    own = _before_partners(clause.text)
    return [name for name, start, _ in find_agencies(own) if not REPORTED_TO.search(own[:start])]


def _not_led_by_recipient(found: list[Timed], question: str) -> list[Timed]:
    """The clauses as near as each other, less those done by a body the question names only as the one reported to
    ("Các doanh nghiệp nhà nước phải báo cáo Bộ Tài chính trước ngày nào?" against Công điện 191/CĐ-TTg: the
    enterprises' report, "Trước ngày 25 tháng 10 năm 2025, báo cáo Bộ Tài chính …", not "Bộ Tài chính chủ trì … xây
    dựng báo cáo tổng hợp … trước ngày 30 tháng 10 năm 2025"); empty when the question names none so."""
    text = question.partition(LEANED)[0]
    reported = [name for name, start, _ in find_agencies(text) if REPORTED_TO.search(text[:start])]
    if not reported:
        return []
    return [c for c in found if not any(covers(r, d) or covers(d, r) for r in reported for d in _doers(c))]


def compose_timed(draft: Draft, words: set[str], agency: str | None, question: str, least: float,
                  want=lambda c: True) -> bool:
    """A "when" question answered with the clause whose time is bound to the task asked (and to the agency asked),
    the agency named when the clause itself does not; several clauses as near stating different times are listed
    for the reader to choose (False: not an answer). False with no line when no clause fits."""
    places = find_places(question)
    # a clause a chunk boundary cuts is read whole, with the opening that names its doer
    hits = joined_hits(draft.hits, TIMED_DEPTH)
    # a clause of another quarter than the one asked ("… tạm nộp quý II năm 2010 …" against "… quý III năm 2010 được
    # gia hạn … đến ngày 31 tháng 01 năm 2011") times another sum
    # (of a follow-up leaning on an earlier topic, "Còn quý IV năm 2009 thì hạn khi nào – … quý I …", its own quarter)
    quarters = named_quarters(question.partition(LEANED)[0]) or named_quarters(question)
    asked = recurrences(question)  # a clause read across two sentences by a recurrence only for a question asking it
    found = best_timed(words, hits, agency, least, lambda c: want(c) and not _elsewhere(c, places)
                       and not quarter_other(quarters, c.context) and (not c.recurs or c.recurs in asked))
    if len(found) > 1:
        found = _not_led_by_recipient(found, question) or found
    if len(found) == 1 and _outdone_untimed(words, hits, found[0], question):
        return False
    if len(found) > 1:
        draft.lines.append(f"Chưa xác định được câu hỏi nói về nhiệm vụ nào: có {len(found)} thời hạn khác nhau gần "
                           "với câu hỏi. Hãy nêu rõ nhiệm vụ nào:")
    for clause in found:
        owner = agency if agency and not names_agency(agency, clause.text) else None
        if agency is None:
            owner = _agency_of(clause, question)
            owner = owner if owner and not any(same_agency(owner, n) for n, _, _ in find_agencies(clause.text)) else None
        note = f" ({owner})" if owner else ""
        where = ", ".join(filter(None, (hit_label(clause.hit), clause.hit.section)))
        prefix = "- " if len(found) > 1 else ""
        draft.lines.append(f"{prefix}Theo {where}{note}: “{clean_display(clause.text)}” "
                           f"{draft.cite(clause.hit, clause.start, clause.end)}")
    return len(found) == 1


def _outdone_untimed(words: set[str], hits, clause: Timed, question: str) -> bool:
    """Whether the question names a document (by its number) that the timed clause's passage never mentions, while a
    sentence of another passage that cites it states the task asked far better, with no time read from it ("… được
    dùng đề thi theo Thông tư 27/2017/TT-BGDĐT đến khi nào?": "Các đơn vị … được phép sử dụng đề thi … theo quy định
    Thông tư 27/2017/TT-BGDĐT … cho đến hết ngày 31/12/2027" against an appendix's "Trước ngày 31/12 hằng năm, phải
    bổ sung đề thi …"): the clause is a like task's, and the time asked is not one the rules read."""
    named = named_documents(question)
    cites = lambda text: any(mentions_number(text, number, kind, year) for kind, number, year in named)
    if not named or cites(clause.hit.text):
        return False
    untimed = best_sentence(words, hits[:TIMED_DEPTH], lambda s: cites(s) and not find_deadlines(s))
    return bool(untimed) and untimed[0].chunk_id != clause.hit.chunk_id and \
        overlap(words, untimed[3]) >= overlap(words, clause.context) + UNTIMED_MARGIN


def item_time(hit: Hit, end: int) -> Timed | None:
    """The first clause stating a time in the list item running on after document offset `end` (up to the next
    item marker): a time closing an item of several tasks may be theirs too, so a task of it is never said to have
    none. None when the item states no time after it."""
    for clause in timed_clauses(hit):
        if clause.end <= end:
            continue
        if clause.start >= end and _ITEM.match(clause.text):
            return None
        return clause if not _item_between(hit, end, clause.start) else None
    return None


def item_between(hit: Hit, start: int, end: int) -> bool:
    """Whether a new list item opens between two document offsets of a passage: a sentence opening with its marker
    (`_item_between`), or a marker alone on the line before `end` ("…kinh doanh.\n\n7. Chi nhánh …", where the
    sentence read after it starts past "7.")."""
    gap = hit.text[max(0, start - hit.start):max(0, end - hit.start)]
    return _item_between(hit, start, end) or "\n" in gap and bool(_ITEM.match(gap.rsplit("\n", 1)[-1]))


def _item_between(hit: Hit, start: int, end: int) -> bool:
    """Whether a new list item opens between two document offsets of a passage."""
    return any(start <= hit.start + s < end and _ITEM.match(hit.text[s:e]) for s, e in sentence_spans(hit.text))


# A time labelled for the whole plan or decision, on a line or list item of its own: "9. Thời gian thực hiện: Trong
# thời hạn 09 tháng, kể từ ngày ban hành Quyết định này.", "Tiến độ thực hiện: hoàn thành trong Quý II/2025",
# "Thời hạn hoàn thành: …". A task of that document with no time of its own may be bound by it.
_PLAN_TIME = re.compile(r"(?:^|\n|[.;:]\s+|\d[.)]\s*|[a-zđ]\)\s*|[-+•*]\s*)(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)"
                        r"(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?\s*:\s*([^\n]{1,200})", re.IGNORECASE)


def plan_time(texts) -> bool:
    """Whether any of the texts (a document's passages) states a time under a label of the whole plan
    ("Thời gian thực hiện: …"): a task of that document is then never said to have no time."""
    return any(find_deadlines(m.group(1)) for text in texts for m in _PLAN_TIME.finditer(text))
