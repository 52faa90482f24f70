"""A question that asks several things, often of several documents, read as its parts: each part is a question
that can be answered alone ("Chỉ tiêu … trong Công điện 190 là bao nhiêu căn, | và Nghị định 261/2025 quy định lãi
suất … ở mức nào?"). Pure text rules; the answering flow answers each part and composes the answers.

Shapes read (a question that fits none is one part, answered exactly as before):
- two clauses, each with its own question word and its own topic, joined by ", và", "và", ", còn", "; còn", ";",
  or a comma ("… ai làm trưởng ban …, và ở An Giang ai giữ vị trí phó trưởng ban thường trực?");
- one question asked of two documents: "… được giao cho ai theo Chỉ thị 22/2008 … và theo Chỉ thị 01/2009 …?";
- two things asked of two documents in order: "Hạn … X và hạn … Y (theo hai công điện 193 và 194) lần lượt là ngày
  nào?";
- a shared lead-in before a colon, given to each clause: "Việc sửa các luật thuế …: phía Chính phủ giao bộ nào,
  phía Quốc hội giao cơ quan nào rà soát?";
- a statement about a named document, then a question after ";": "… theo Quyết định 1544/QĐ-TTg; quyết định đó nay
  đã bị thay thế bởi quyết định nào?" (the statement is a part marked `premise`: shown with the passage stating it).
A later part may point at an earlier part's document ("công điện trước đó", "kế hoạch đó"): `Part.anaphora` holds
that phrase and the document type it names, so the flow can put the document the earlier answer names in its place;
or at the document implementing it ("kế hoạch thực hiện của Đảng đoàn", `Part.implementing`), which the flow looks
up in the relations index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.intent import (DOC_NUMBER, RELATIONS, classify, clauses, named_documents, topic_words, without_source_lead,
                              without_titles)
from corpus.agencies import find_agencies, find_places
from corpus.text import fix_tone_placement, normalize_query
from corpus.vn import CITED_TYPE_WORDS as _TYPES, CITED_TYPES, session_ordinals

# A part must carry at least this many topic words of its own to be asked alone ("và thực hiện theo chu kỳ nào?" is
# one more slot of the same task, not another question).
OWN_TOPIC = 3
# Leading words that only join a part to the one before it.
_LEAD_JOIN = re.compile(r"^\s*(?:[,;:]\s*)*(?:và|còn|thì|đồng thời)?\s*", re.I)
# "công điện trước đó", "kế hoạch đó", "chỉ thị này", "văn bản nói trên": a document pointed at, by its type.
ANAPHORA = re.compile(r"\b(" + _TYPES + r")\s+(?:(?:được\s+)?ban hành\s+)?(?:trước đó|đó|này|ấy|trên|nói trên|kể trên)\b",
                      re.I)
# "kế hoạch thực hiện của Đảng đoàn", "văn bản triển khai": the document of that type implementing an earlier part's
# document (read through the relations index), when the part names no document of its own.
IMPLEMENTING = re.compile(r"\b(" + _TYPES + r"|văn bản)\s+(?:triển khai|thực hiện|cụ thể hóa)\b(?!\s+(?:việc|nhiệm vụ|"
                          + _TYPES + r")\b)", re.I)
# Events whose time or content a part may ask: the passage answering it must be about the same event.
EVENT = re.compile(r"\b(?:báo cáo|sơ kết|tổng kết)\b")


def asked_events(question: str) -> set[str]:
    """The reports or reviews a question asks about ("… các huyện phải báo cáo UBND tỉnh … trước ngày nào?"): not a
    report its "Theo …," lead names as the document asked of ("Theo Phụ lục 1 báo cáo về Nghị quyết 57-NQ/TW, nhiệm
    vụ xây dựng Danh mục Công nghệ chiến lược có thời gian hoàn thành khi nào?" asks of no report), nor one in the
    description of a document named by number ("Phó Thủ tướng nào theo dõi Công điện 194 về báo cáo đầu tư 9 tháng?":
    the words after "về" say which dispatch, `intent.without_titles`)."""
    return set(EVENT.findall(without_titles(without_source_lead(question)).lower()))


# A periodic report named by its period: "báo cáo 6 tháng", "báo cáo định kỳ hằng quý", "báo cáo năm" (Thông tư
# 99/2020/TT-BTC, Điều 29: "2. Thời hạn nộp các báo cáo định kỳ … như sau: a) Đối với báo cáo tháng: …; b) Đối với
# báo cáo quý: …; c) Đối với báo cáo 6 tháng: …; d) Đối với báo cáo năm: …"). "6 tháng" is tried before "tháng";
# "báo cáo tài chính năm" is a financial statement, not the report of that period asked.
_REPORT_PERIOD = re.compile(r"\bbáo cáo\s+(?:định kỳ\s+)?(?:(?:hằng|hàng)\s+)?(0?6 tháng|sáu tháng|tháng|quý|năm)(?!\w)",
                            re.I)


def report_periods(text: str) -> set[str]:
    """The periods of the reports a text names ("báo cáo 6 tháng" → "6 tháng", "báo cáo định kỳ hằng quý" → "quý"):
    a "when" question asking of one is answered only by a clause naming a report of that period, never by a sibling
    clause on another report ("… phải báo cáo … trong thời hạn 48 giờ kể từ khi nhận được yêu cầu")."""
    return {"6 tháng" if m.group(1)[0] in "06s" else m.group(1) for m in _REPORT_PERIOD.finditer(text.lower())}


# A period said as a recurrence: "Định kỳ hằng quý, … báo cáo …", "định kỳ 6 tháng, hằng năm báo cáo Thủ tướng".
_RECURRING_PERIOD = re.compile(r"\b(?:định kỳ|hằng|hàng)\s+(?:(?:hằng|hàng)\s+)?(0?6 tháng|sáu tháng|tháng|quý|năm)(?!\w)", re.I)


def periods_stated(text: str) -> set[str]:
    """The report periods a clause states: those of the reports it names (`report_periods`) and those it says as a
    recurrence ("Định kỳ hằng quý, … báo cáo …" states the quarter's report as "báo cáo quý" does). What a question
    asks is read by `report_periods` alone: "hằng năm" in a question need not ask of a report."""
    recurring = {"6 tháng" if m.group(1)[0] in "06s" else m.group(1) for m in _RECURRING_PERIOD.finditer(text.lower())}
    return report_periods(text) | recurring


# How often the act asked recurs, said in a question: "tạm nộp thuế … từng quý", "hằng tháng", "mỗi năm", "định kỳ 6
# tháng". "từng"/"mỗi" say it as well as "hằng"/"hàng" do.
_RECURRENCE_ASKED = re.compile(r"\b(?:định kỳ|hằng|hàng|từng|mỗi)\s+(?:(?:hằng|hàng)\s+)?(0?6 tháng|sáu tháng|tháng|quý|năm)"
                               r"(?!\w)", re.I)


def other_recurrence(question: str, clause: str) -> bool:
    """Whether a clause states only a recurrence of another period than the one the question asks of (`_RECURRENCE_ASKED`):
    "Cơ sở kinh doanh … phải nộp thuế hàng tháng … . Thời hạn nộp thuế của tháng … chậm nhất không quá ngày 25 của
    tháng tiếp theo." times another sum than the one "tạm nộp thuế … từng quý chậm nhất là khi nào?" asks of
    (Nghị định 24/2007/NĐ-CP, Điều 24.2 beside 24.1). False when the question asks of none, or the clause states none."""
    period = lambda m: "6 tháng" if m.group(1)[0] in "06s" else m.group(1).lower()
    asked = {period(m) for m in _RECURRENCE_ASKED.finditer(question)}
    stated = {period(m) for m in _RECURRENCE_ASKED.finditer(clause)}
    return bool(asked and stated and not asked & stated)


# "theo Chỉ thị 22/2008 của Thủ tướng và theo Chỉ thị 01/2009 của Kon Tum": one question asked of two documents.
_SOURCE = re.compile(r"\b(?:theo|trong|tại)\s+(?=(?:" + _TYPES + r")\s+(?:số\s+)?\d|\d{1,5}(?:/\d{4})?[/-][A-ZĐ])", re.I)


def proper_names(text: str) -> set[str]:
    """The proper names a part gives besides agencies and document numbers (places, events): runs of two or more
    capitalised syllables, the question's own first word left out ("Ở An Giang ai …" → "An Giang")."""
    masked = DOC_NUMBER.sub(" , ", text)
    for _, start, end in sorted(find_agencies(masked), key=lambda a: -a[1]):
        masked = masked[:start] + " , " + masked[end:]
    names, run = set(), []
    for number, token in enumerate(re.findall(r"\w+|[^\w\s]", masked) + ["."]):
        if number and token[0].isupper():
            run.append(token)
            continue
        if len(run) >= 2:
            names.add(" ".join(run))
        run = []
    return names


def names_stated(names: set[str], text: str) -> bool:
    """Whether a text states every one of the names (tone marks placed alike, runs of spaces and line breaks
    folded)."""
    where = " ".join(fix_tone_placement(text).split())
    return all(fix_tone_placement(name) in where for name in names)


@dataclass(frozen=True)
class Part:
    text: str  # the part, as a question that can be asked alone
    anaphora: str | None = None  # the phrase pointing at an earlier part's document ("công điện trước đó")
    anaphora_type: str | None = None  # the document type it names ("Công điện")
    premise: bool = False  # a statement the question starts from ("Công điện 196 giao Bộ Tài chính …; …"), not asked
    implementing: bool = False  # the anaphora names a document implementing the earlier part's ("kế hoạch thực hiện")
    described: bool = False  # one of two documents described by kind and title (`_described_pair`), not the other

    @property
    def names_document(self) -> bool:
        return bool(named_documents(self.text))


# "…, mức nào cao hơn?", "…: hạn nào đến trước?": the two answers compared, which each part's answer, side by side,
# shows; asked of one document alone it asks nothing.
_COMPARED_TAIL = re.compile(r"\s*[,;:]\s*(?:(?:mức|hạn|thời hạn|số|số tiền|tỷ lệ|tỉ lệ|văn bản|bên)\s+)?nào\s+"
                            r"(?:(?:cao|thấp|sớm|muộn|nhiều|ít|lớn|nhỏ|dài|ngắn)\s+hơn|đến\s+trước|có\s+trước)\s*\??\s*$",
                            re.I)


def split(question: str) -> tuple[Part, ...]:
    """The parts of a question that asks several things; one part (the question itself) otherwise."""
    text = asked_by_date(normalize_query(question).strip())
    pieces = _which_of(text) or _same_as(text) or _then_other(text) or _respectively(text) or _document_list(text) or \
        _per_document(text) or _document_pair(text) or _compared_pair(text) or _qualified_pair(text) or \
        _session_pair(text) or _sources_for_each(text)
    described = [] if pieces else _described_pair(text) or _shared_kind_pair(text)
    pieces = pieces or described or _per_clause(text)
    if len(pieces) >= 2:
        pieces = [_COMPARED_TAIL.sub("?", piece) for piece in pieces]
        # "… mỗi văn bản giao cơ quan nào chủ trì?": each part is one document already; "mỗi văn bản" left in a
        # part would be a topic of its own ("mỗi") that no passage quotes
        pieces = [re.sub(r"[ \t]{2,}", " ", _EACH_SAID.sub(" ", piece)) for piece in pieces]
    found = tuple(replace(_part(piece), described=bool(described)) for piece in pieces)
    # described parts each say which document they are ("Nghị quyết 57 và chương trình hành động của Chính phủ giao
    # …"): the second, named by no number, does not lean on the first
    if len(found) >= 2 and (described or not _leans(found)):
        return tuple(_with_topic(part, found[number - 1]) if number else part for number, part in enumerate(found))
    premise = _premise(text)
    if premise:
        return (Part(premise[0].strip(" ,;"), premise=True), _part(premise[1]))
    return (Part(text),)


def _leans(found: tuple[Part, ...]) -> bool:
    """Whether a later part leans on the document an earlier part names: it names none and points at none ("Kế
    hoạch 193 giao … nhiệm vụ 5 cho ai, và thời hạn hoàn thành nhiệm vụ đó là khi nào?"). The question is then about
    that one document, answered whole (a task row answers with all its cells)."""
    named = False
    for part in found:
        if named and not part.names_document and not part.anaphora:
            return True
        named = named or part.names_document
    return False


# The words before a question word that only say what kind of answer is asked ("vào lúc nào", "trong thời hạn nào",
# "là ngày nào", "cho cơ quan nào"): not the topic an elliptical later part borrows.
_ASKED_TAIL = re.compile(r"(?:\s+(?:vào|lúc|là|trong|thời hạn|thời gian|trước|sau|ngày|khi|tháng|năm|quý|đến|mốc|hạn|"
                         r"chót|phải|được|do|bởi|cho|cơ quan|đơn vị|bộ|sở|ngành|những|các))*\s*$", re.I)
# The words a part uses to ask only for a time or "how" ("thì chậm nhất ngày nào?", "thì sao?", "hạn khi nào?"): no
# matter of its own.
_SLOT_WORDS = frozenset("chậm nhất hạn thời gian khi lúc ngày tháng năm quý sao thế nào bao giờ trước sau đâu".split())
_WH_WORD = re.compile(r"\b(?:ai|gì|nào|bao nhiêu|bao giờ|khi nào|ra sao|thế nào|mấy)\b", re.I)
# "theo Chỉ thị 22/2008/CT-TTg," opening or inside a part: the source it names, up to the next comma.
# "… trong công điện vụ cháy phố Kim Hoa và trong Nghị quyết 320 …": a question asked of two sources, each by its type
# (numbered or described), joined by "và" and the same preposition word.
TWO_SOURCES = re.compile(r"\b(?:theo|trong|tại)\s+(?:" + _TYPES + r")\b[^?;]*?\svà\s+(?:theo|trong|tại)\s+(?:" + _TYPES
                         + r")\b", re.I)
# "Quyết định ban hành danh mục văn bản quy định chi tiết Luật Đường bộ và văn bản 706 về gọi công dân nhập ngũ … do ai
# ký?": two documents opening the question, the first named by its title (no number the pair split reads), the
# second by its number, then one thing asked of both.
TITLED_PAIR = re.compile(r"^(?:" + _TYPES + r")\s+(?!(?:số\s+)?\d)[^?;]*?\svà\s+(?:văn bản|" + _TYPES
                         + r")\s+(?:số\s+)?\d", re.I)
_SOURCE_PHRASE = re.compile(_SOURCE.pattern + r"[^,?;]*,?\s*", re.I)


def _with_topic(part: Part, earlier: Part) -> Part:
    """A later part that names only its source and asks ("…, và theo Chỉ thị 19/2008 của Long An thì chậm nhất ngày
    nào?") asks the earlier part's question of that source: the earlier part's topic (before its question word,
    without its own source) is put before it. A part with a topic of its own, or one pointing at an earlier
    document, is kept."""
    if part.premise or part.anaphora or not (part.names_document or proper_names(part.text)):
        return part
    named = " ".join(proper_names(part.text)).lower().split()
    if topic_words(part.text) - set(named) - _SLOT_WORDS:  # "thì trưởng ban là ai": a matter of its own
        return part
    asked = _WH_WORD.search(earlier.text)
    stem = _SOURCE_PHRASE.sub("", earlier.text[:asked.start()] if asked else "")
    stem = _ASKED_TAIL.sub("", stem).strip(" ,;")
    if len(topic_words(stem)) < OWN_TOPIC or named_documents(stem):  # the matter only, never another document
        return part
    if stem.casefold() in part.text.casefold():
        # the part already asks it: one question asked of each of two documents ("Ủy ban nhân dân các tỉnh Thái
        # Nguyên, … được giao gì trong Công điện 189 và Quyết định 2241?") is whole in each part
        return part
    return replace(part, text=f"{stem} {part.text[0].lower()}{part.text[1:]}")


def _premise(text: str) -> list[str]:
    """"<statement about a named document>; <question>": the statement, then the question it leads to."""
    cut = text.find(";")
    if cut < 0:
        return []
    left, right = text[:cut], text[cut + 1:]
    if _asks(left) or not _asks(right) or ";" in right or not named_documents(left) or \
            len(topic_words(right)) < OWN_TOPIC:
        return []
    return [left, right]


def _part(text: str) -> Part:
    text = _LEAD_JOIN.sub("", text.strip(" ,;"), count=1).strip(" ,;")
    text = text[0].upper() + text[1:] if text else text
    if not text.endswith("?"):
        text += "?"
    pointed = ANAPHORA.search(text)
    if pointed and not named_documents(text):
        return Part(text, pointed.group(0), CITED_TYPES[pointed.group(1).lower()])
    implementing = IMPLEMENTING.search(text)
    if implementing and not named_documents(text):
        return Part(text, implementing.group(0), CITED_TYPES.get(implementing.group(1).lower()), implementing=True)
    return Part(text)


# "… X và Y (theo hai công điện 193 và 194) lần lượt là ngày nào?": two things asked of two documents, in order.
_RESPECTIVELY = re.compile(r"\blần lượt\b", re.I)
_TWO_DOCS = re.compile(r"\(?\s*\b(?:theo|trong|tại|của)\s+(?:hai\s+|các\s+)?(" + _TYPES + r")\s+(?:số\s+)?(\d{1,5})\s+và\s+"
                       r"(?:số\s+)?(\d{1,5})\b\s*\)?", re.I)


def _respectively(text: str) -> list[str]:
    """"X và Y (theo hai công điện 193 và 194) lần lượt là …?": X asked of the first document, Y of the second."""
    said = _RESPECTIVELY.search(text)
    docs = _TWO_DOCS.search(text[:said.start()]) if said else None
    if not docs:
        return []
    subjects = re.split(r"\s+và\s+", (text[:docs.start()] + " " + text[docs.end():said.start()]).strip(" ,"))
    if len(subjects) != 2 or not all(topic_words(s) for s in subjects):
        return []
    kind = CITED_TYPES[docs.group(1).lower()]
    return [f"{subject.strip()} theo {kind} {number} {text[said.end():].strip()}"
            for subject, number in zip(subjects, docs.group(2, 3))]


def _per_document(text: str) -> list[str]:
    """"… theo <document A> … và theo <document B> …?": the question asked of each document in turn."""
    sources = list(_SOURCE.finditer(text))
    for first, second in zip(sources, sources[1:]):
        between = text[first.end():second.start()]
        join = re.search(r"\s+và\s*$", between)
        if not join or "," in between or len(named_documents(between)) != 1:
            continue
        tail = re.search(r"[,?;]|$", text[second.end():])
        end = second.end() + tail.start()
        if len(named_documents(text[second.start():end])) != 1:
            continue
        head, rest = text[:first.start()], text[end:]
        return [head + text[first.start():first.end() + join.start()] + rest,
                head + text[second.start():end] + rest]
    return []


# "Công điện 188 và 189 giao …?", "… trong Công điện 191 và Quyết định 2179?": one question asked of two documents
# named side by side, the second by its number alone when it is of the same type.
# A document's number: "193", "12/2010/QĐ-TTg", and a Party document's "57-NQ/TW", "3260-KH/ĐĐQH15" (its kind after
# a hyphen, then its issuer after "/").
_NUMBER = r"\d{1,5}(?:-[^\W\d_]+(?=/))?(?:/[\w.-]+)*"
# A document named "Văn bản" is one only with its whole number ("Văn bản 9533/VPCP-CN", a công văn of the VPCP).
_NAMED_TYPES = _TYPES + r"|văn bản(?=\s+(?:số\s+)?\d{1,5}/)"
# The second may be named through a part of it: "Nghị quyết 57-NQ/TW và Phụ lục II của Nghị quyết 03/NQ-CP …" (the
# appendix is that resolution's own task table); the part stays with it.
_PART_OF = r"phụ lục\s+(?:[IVX]+|\d{1,2})\s+(?:của|kèm theo)\s+"
# a number whose code names its kind or issuer ("22/2008/CT-TTg", "57-NQ/TW"), not one with a year only ("59/2003")
_CODED = re.compile(r"[^\W\d_]")
_PAIR = re.compile(r"\b(" + _NAMED_TYPES + r")\s+(?:số\s+)?(" + _NUMBER + r")\s+và\s+(?:" + _PART_OF + r")?(?:(" +
                   _NAMED_TYPES + r")\s+)?(?:số\s+)?(" + _NUMBER + r")(?![\w/-])", re.I)
# What two documents named together are compared or related by: asked of both at once, never of each in turn.
_BETWEEN = re.compile(r"\b(?:so sánh|khác nhau|giống nhau|khác gì|điểm chung|điểm khác|thay thế|sửa đổi|bãi bỏ|"
                      r"hướng dẫn|triển khai|căn cứ|liên quan|lần lượt)\b", re.I)
# "… mỗi kế hoạch / từng văn bản …": the question says outright that it is asked of each document in turn, so a
# relation word ("Kế hoạch 193 và Kế hoạch 196, mỗi kế hoạch triển khai chỉ thị nào?") relates each to a third
# document, not the two to each other.
_EACH = re.compile(r"\b(?:mỗi|từng)\s+(?:văn bản|" + _TYPES + r")\b", re.I)
_EACH_SAID = re.compile(r"(?:,\s*)?\s+(?:theo\s+|trong\s+)?(?:mỗi|từng)\s+(?:văn bản|" + _TYPES + r")\b(?:\s*,)?", re.I)


# "… chủ trì hướng dẫn việc xác định …", "… phối hợp triển khai …": the work a role is asked of, not a relation
# between the two documents.
# So is the work given to the body asked: "… cùng giao ai hướng dẫn quy chế quản lý lao động?", "… giao bộ nào hướng
# dẫn thi hành?".
_ROLE_WORK = re.compile(r"\b(?:chủ trì|phối hợp|giao\s+(?:cho\s+)?(?:ai|(?:cơ quan|đơn vị|bộ|sở|ngành)\s+nào))\s+"
                        r"(?:hướng dẫn|triển khai)\b", re.I)


def _related(text: str) -> bool:
    """Whether two documents named together are related or compared to each other (`_BETWEEN`), not each asked.
    A relation asked outward, to documents the question does not name ("Quyết định 2298/2002/QĐ-UB và Quyết định
    1730/2003/QĐ-UB thay thế những quyết định nào?", "… căn cứ văn bản nào?"), relates each to others of its own,
    as "mỗi …" says outright (`_EACH`): asked of each in turn; not when the two are said to share it ("… cùng căn cứ
    quyết định nào …", `_TOGETHER`) or to be answered in turn ("lần lượt", read whole by `_respectively`)."""
    return bool(_BETWEEN.search(_ROLE_WORK.sub(" ", text))) and not _EACH.search(text) \
        and not (any(direction == "out" and pattern.search(text) for direction, _, pattern in RELATIONS)
                 and not _TOGETHER.search(text) and not _RESPECTIVELY.search(text))


# "Hai quyết định …", "Cả hai quyết định …": the count of the pair, said once of both
_BOTH_COUNTED = re.compile(r"(?:^|(?<=\s))(?:cả\s+)?hai\s+$", re.I)


def _code(number: str) -> str:
    """A document number's code, its serial and year left out: "2298/2002/QĐ-UB" → "QĐ-UB"; "" for "807"."""
    return re.sub(r"^[\d/.-]+", "", number).upper()


# the first words of what a question asks after the documents it names: never part of a place's name
_VERB_WORDS = frozenset("giao yêu chỉ quy đề có được cùng đều về của do ban hướng triển phân nói nêu".split())


def _document_pair(text: str) -> list[str]:
    """"<question> … Công điện 188 và 189 …": the question asked of each document in turn."""
    pair = _PAIR.search(text)
    if not pair or _related(text):
        return []
    if "văn bản" in f"{pair.group(1)} {pair.group(3)}".lower() and classify(text).kind != "metadata":
        # "Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao Bộ Tài chính những việc gì?": an agency's tasks are
        # listed document by document when asked whole (`answering._each_named`, which also finds a scan whose
        # number is unread); only a slot of each document's head ("… được ban hành ngày nào?") is asked of each
        return []
    if _CODED.search(pair.group(2)) and _code(pair.group(2)) != _code(pair.group(4)) \
            and _qualifier_end(text, pair.end()) > pair.end():
        # "Chỉ thị 22/2008/CT-TTg và Chỉ thị 19/2008/CT-UBND của Long An": the first document's number names its issuer,
        # so what names the second further is the second's own (`_qualified_pair` reads it); "Quyết định 807 và Quyết
        # định 963 của UBND tỉnh Ninh Bình", "Quyết định 59/2003 và 60/2003 của UBND tỉnh Nghệ An" give both numbers,
        # bare or with a year only, one issuer; so do "2298/2002/QĐ-UB và 839/QĐ-UB của tỉnh Bến Tre", of one code
        return []
    first = f"{pair.group(1)} {pair.group(2)}"
    part = re.match(r"\s+và\s+(" + _PART_OF + ")", text[pair.end(2):], re.I)
    second = f"{part.group(1) if part else ''}{pair.group(3) or pair.group(1)} {pair.group(4)}"
    end = pair.end()
    if _CODED.search(pair.group(4)):
        # "22/2008/CT-TTg và 09/2008/CT-UBND An Giang": the place written after the second number, its issuer's,
        # names the second only
        # (a verb written with a capital, as a restored question may have it, "… 194/CĐ-TTg Giao Phó Thủ tướng …",
        # is none)
        while (word := re.match(r"\s+([^\W\d_][\w-]*)", text[end:])) and word.group(1)[0].isupper() \
                and word.group(1).lower() not in _VERB_WORDS:
            end += word.end()
    second += text[pair.end():end]
    head = _BOTH_COUNTED.sub("", text[:pair.start()])  # "Hai quyết định A và B …": each part names one
    if not head:
        first, second = first[:1].upper() + first[1:], second[:1].upper() + second[1:]
    return [head + first + text[end:], head + second + text[end:]]


# Which of two named documents does something: "Văn bản nào giao Bộ Y tế chủ trì hướng dẫn …: Chỉ thị 22/2008/CT-TTg
# hay Chỉ thị 19/2008/CT-UBND?", "Trong (hai văn bản) Công điện 193 và Công điện 194, công điện nào giao …?".
_WHICH = r"(?:văn bản|" + _TYPES + r")\s+nào\s+"
_REF = r"(?:" + _NAMED_TYPES + r")\s+(?:số\s+)?" + _NUMBER + r"(?![\w/-])"
_WHICH_THEN_CHOICES = re.compile(r"^" + _WHICH + r"(?P<ask>[^:?]+?)\s*[:,]\s*(?P<a>" + _REF + r")\s+hay\s+(?P<b>" + _REF +
                                 r")\s*\??$", re.I)
_CHOICES_THEN_WHICH = re.compile(r"^(?:trong|giữa)\s+(?:hai\s+(?:văn bản\s+)?)?(?P<a>" + _REF + r")\s+(?:và|với)\s+(?P<b>" +
                                 _REF + r")\s*,\s*" + _WHICH + r"(?P<ask>[^?]+?)\s*\??$", re.I)
# The same without "trong" ("Công điện 190 và Công điện 192, văn bản nào yêu cầu …?"), and the choice first, what is
# asked right after it ("Công điện 188 hay Công điện 189 cho phép … học trực tuyến?", "Thông tư 27/2009/TT-BTC hay
# Thông tư 12/2009/TT-BTC hướng dẫn giãn thời hạn nộp thuế thu nhập cá nhân?"); never which came first or takes
# effect first (`ORDER_ASKED`, `_EFFECT_ORDER`: each one's date is asked, and both are needed)
_PAIR_THEN_WHICH = re.compile(r"^(?P<a>" + _REF + r")\s+(?:và|hay)\s+(?P<b>" + _REF + r")\s*,\s*" + _WHICH +
                              r"(?P<ask>[^?]+?)\s*\??$", re.I)
_CHOICE_THEN_ASKED = re.compile(r"^(?:theo\s+)?(?P<a>" + _REF + r")\s+hay\s+(?P<b>" + _REF + r")\s+(?P<ask>[^\s,?][^?]*?)\s*\??$",
                                re.I)


def _which_match(text: str) -> re.Match[str] | None:
    found = _WHICH_THEN_CHOICES.match(text) or _CHOICES_THEN_WHICH.match(text)
    if found or ORDER_ASKED.search(text) or _EFFECT_ORDER.search(text) or _COMPARED_TAIL.search(text):
        return found
    return _PAIR_THEN_WHICH.match(text) or _CHOICE_THEN_ASKED.match(text)


def asks_which_of(question: str) -> bool:
    """Whether a question asks which of the two documents it names does something (`_which_of`), or which of the
    three or more it lists ("Trong các Nghị định 259, 260 và 261 năm 2025, nghị định nào quy định …?", asked of each
    by `_document_list`): a part its document does not answer is then an answer too ("… không tìm thấy …" of the
    other document), not half a question left."""
    text = normalize_query(question).strip()
    listed = _LISTED.search(text)
    return _which_match(text) is not None or bool(listed) and re.search(
        r"^[^?]{0,80}?,\s*" + _WHICH, text[listed.end():], re.I) is not None


def which_of_documents(question: str) -> list[str]:
    """The two documents a which-of question names, as it names them ("Thông báo 537/TB-VPCP", "Văn bản
    9533/VPCP-CN"); none when it asks no such thing."""
    which = _which_match(normalize_query(question).strip())
    return [which.group(side) for side in ("a", "b")] if which else []


# "<question of document A>, có giống Công điện 188 không?", "…, Chỉ thị 19/2008 có khác không?": the same question
# asked of a second document, to be set beside the first's answer.
_SAME_AS = re.compile(r"\s*,\s*(?:(?P<b1>" + _REF + r")\s+)?(?:có\s+)?(?:giống|khác|như)\s+(?:với\s+|như\s+)?(?:(?P<b2>" +
                      _REF + r")\s+)?(?:hay\s+)?không\s*\??$", re.I)
# the verbs a question's matter starts with after a document and its "về …" subject
_ASKED_VERB = re.compile(r"\s+(?:giao|yêu cầu|chỉ đạo|quy định|đề nghị|có|được)\s", re.I)


def _same_as(text: str) -> list[str]:
    """"<question of A>, có giống <B> không?": the question asked of A, then of B in A's place (A's "về …" subject
    left out, it names A only)."""
    same = _SAME_AS.search(text)
    other = same and (same.group("b1") or same.group("b2"))
    if not other or (same.group("b1") and same.group("b2")):
        return []
    asked = text[:same.start()]
    refs = [ref for ref in _DOC_REF.finditer(asked)]
    if len(refs) != 1 or len(named_documents(asked)) != 1 or not _WH_WORD.search(asked):
        return []
    return _in_place(asked, refs[0], other, capital=True)


def _in_place(asked: str, ref: re.Match[str], other: str, capital: bool) -> list[str]:
    """The question asked of A (named at `ref`), then of B (`other`) in A's place, with A's "về …" subject left out
    (it names A only: the question is then read from its verb on); B's first letter made upper case when `capital`.
    Nothing when A's subject is not followed by an asking verb."""
    rest = asked[ref.end():]
    if _SUBJECT.match(rest):
        verb = _ASKED_VERB.search(rest)
        if not verb:
            return []
        rest = rest[verb.start():]
    other = other[:1].upper() + other[1:] if capital else other
    return [asked + "?", asked[:ref.start()] + other + rest + "?"]


# "<question of A>, còn Công điện 192 thì sao?", "…, còn phiên họp thứ hai thì thế nào?": the same question asked of
# a second document (a meeting named by its ordinal is one), put in the first's place.
_MEETING_REF = (r"(?:phiên họp|kỳ họp|hội nghị|cuộc họp)(?:\s+lần)?\s+thứ\s+(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|"
                r"mười)(?!\w)")
_THEN_OTHER = re.compile(r"\s*[,;]\s*còn\s+(?:(?:theo|trong|tại|ở)\s+)?(?P<b>" + _REF + "|" + _MEETING_REF +
                         r")\s+(?:thì\s+)?(?:sao|thế nào|như thế nào|ra sao)\s*\??$", re.I)


def _then_other(text: str) -> list[str]:
    """"<question of A>, còn <B> thì sao?": the question asked of A, then of B in A's place (A's "về …" subject left
    out, it names A only). A is the one document (or meeting) the question names before the clause."""
    then = _THEN_OTHER.search(text)
    if not then:
        return []
    asked, other = text[:then.start()], then.group("b")
    refs = list(_DOC_REF.finditer(asked)) + list(re.finditer(_MEETING_REF, asked, re.I))
    if len(refs) != 1 or len(named_documents(asked)) + len(session_ordinals(asked)) != 1 or \
            not _WH_WORD.search(asked):
        return []
    return _in_place(asked, refs[0], other, capital=not refs[0].start())


# "Theo phiên họp thứ nhất và phiên họp thứ hai của Ban Chỉ đạo …, Bộ chỉ số … phải đưa vào sử dụng khi nào?": two
# meetings named by their ordinals, each a document of its own; the question is asked of each in turn.
_SESSION_PAIR = re.compile(r"\b(?P<kind>phiên họp|kỳ họp|hội nghị|cuộc họp)(?P<lan>\s+lần)?\s+thứ\s+(?P<a>\w+)\s+và\s+"
                           r"(?:(?:phiên họp|phiên|kỳ họp|hội nghị|cuộc họp)(?:\s+lần)?\s+)?thứ\s+(?P<b>\w+)(?!\w)", re.I)


def _session_pair(text: str) -> list[str]:
    """"… phiên họp thứ nhất và (phiên họp) thứ hai …": the question asked of each meeting in turn; not when the two
    are compared or what they share is asked (`_COMPARING`, `_TOGETHER`), nor when the question asks nothing."""
    pair = _SESSION_PAIR.search(text)
    if not pair or len(session_ordinals(pair.group(0))) != 2 or _COMPARING.search(text) or _together(text) or \
            not _WH_WORD.search(text[pair.end():]):
        return []
    head, tail = text[:pair.start()], text[pair.end():]
    kind = pair.group("kind")
    kind = kind[:1].upper() + kind[1:] if not head else kind
    return [f"{head}{kind}{pair.group('lan') or ''} thứ {pair.group(side)}{tail}" for side in ("a", "b")]


def _which_of(text: str) -> list[str]:
    """Which of two documents the question names does what it asks: asked of each in turn, the document in the place
    of "văn bản nào" ("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế chủ trì hướng dẫn …?"), so each part is anchored in its
    own document and the answer says which of them does it (a part the document does not answer says so)."""
    which = _which_match(text)
    if not which:
        return []
    return [f"{which.group(side)} {which.group('ask').strip()}?" for side in ("a", "b")]


# A comparison of two documents named side by side: "Nhiệm vụ của Bộ Quốc phòng theo Nghị định 13/2016/NĐ-CP và Nghị
# định 14/2016/NĐ-CP khác nhau thế nào?", "… có hiệu lực thi hành từ ngày nào, khác nhau ở điểm nào?". What each
# document says, side by side and each cited, is the comparison: the question without its comparing words is asked
# of each document in turn ("… là gì?" where no question word is left).
_COMPARED = re.compile(r",?\s*(?:có\s+)?(?:gì\s+|điểm\s+)?(?:khác nhau|giống nhau)(?:\s+(?:như\s+)?(?:thế nào|ra sao|"
                       r"ở điểm nào|ở những điểm nào|điểm nào|gì|không))?(?=\s*[?.]?\s*$)", re.I)


# A question opening with a noun for an amount: "Mức …", "Số tiền …", "Tỷ lệ …", "Thuế suất …", "Hạn mức …".
_AMOUNT_HEAD = re.compile(r"^(?:mức|số tiền|tỷ lệ|tỉ lệ|thuế suất|hạn mức)(?!\w)", re.I)


def _compared_pair(text: str) -> list[str]:
    """"<what> theo <document A> và <document B> khác nhau thế nào?": what is asked, of each document in turn."""
    compared = _COMPARED.search(text)
    if not compared:
        return []
    rest = (text[:compared.start()] + text[compared.end():]).strip()
    if not _WH_WORD.search(rest):
        # what the head noun names is what is asked: "Mức tiền lương … theo A và B khác nhau thế nào?" asks an amount
        asked = rest.rstrip(" ?.") + (" là bao nhiêu?" if _AMOUNT_HEAD.match(rest) else " là gì?")
        said = classify(asked)
        # nothing named but the documents ("Quyết định 59/2003/QĐ-UB và Quyết định 60/2003/QĐ-UB của UBND tỉnh Nghệ An
        # khác nhau ở điểm nào?"): the documents themselves are compared, what each is about ("… về việc gì?", its
        # title), never a passage that merely names the document
        rest = rest.rstrip(" ?.") + " về việc gì?" if said.kind == "content" and not said.topic else asked
    return _document_pair(rest) or _qualified_pair(rest)


# "Chỉ thị 42/1998/CT-UBND của tỉnh Quảng Bình và Chỉ thị 44/2002/CT-UB của tỉnh Bà Rịa - Vũng Tàu", "Quyết định
# 839/QĐ-UB năm 1999 và Quyết định 1730/2003/QĐ-UB", "Nghị định 258/2025/NĐ-CP về quản lý công viên, cây xanh và Quyết
# định 2229/QĐ-TTg": two documents, each by its type and number, each with what names it further (its issuer after
# "của", its year after "năm", a note in brackets; the first also a "về …" subject), joined by "và".
# A law is named as a document only with its whole number ("Luật 26/2012/QH13 và Luật 32/2013/QH13 …"): "luật" alone
# is also the subject matter ("luật thuế nào", "theo luật"); typed without marks too ("luat 26/2012/qh13").
_REF_TYPES = _TYPES + r"|lu[ậa]t(?=\s+(?:số\s+)?\d{1,5}/\d{4}/)"
_DOC_REF = re.compile(r"\b(?:" + _REF_TYPES + r")\s+(?:số\s+)?" + _NUMBER + r"(?![\w/-])", re.I)
# the second of two documents may be named by its whole number alone, whose code says its type ("Hai quyết định
# 2298/2002/QĐ-UB của Bến Tre và 59/2003/QĐ-UB của Nghệ An …")
_CODED_REF = re.compile(r"(?<![\w/-])\d{1,5}/\d{4}/[A-ZĐ][\w.-]*-[\w.-]+(?![\w/-])")
_QUALIFIER = re.compile(r"\s+năm\s+\d{4}\b|\s*\([^()?]{1,60}\)", re.I)
_OWNER_LEAD = re.compile(r"\s+của\s+", re.I)
# the unit words an issuer's name runs through besides its capitalised words ("của UBND tỉnh Bà Rịa - Vũng Tàu")
_OWNER_WORD = re.compile(r"\s*(?:-|–|tỉnh|thành phố|huyện|\w+)(?!\w)")
_SUBJECT = re.compile(r"\s+về\s+")
# an issuer named by its office ("Quyết định 41/2002/QĐ-TTg của Thủ tướng và Quyết định 60/2003/QĐ-UB của Nghệ An",
# "… của Chủ tịch Ủy ban nhân dân tỉnh …"), which no agency list reads alone
_OWNER_OFFICE = re.compile(r"(?:Phó\s+)?(?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chủ\s+tịch|Bộ\s+trưởng)(?!\w)", re.I)
# "đều", "cả hai", "cùng", "chung": what the two documents share is asked, once, of both together.
_TOGETHER = re.compile(r"\b(?:đều|cả hai|cùng|chung)\b", re.I)
# "… có cùng giao Cục Thuế tỉnh … không?", "… đều yêu cầu …", "… cùng nói đến việc …: ngân hàng nào …?": what each
# document assigns (or says of the matter) is asked of each in turn, as `_document_pair` asks "Cả Công điện 193 và
# Công điện 194 đều giao …?"; the answer of each, side by side, says whether they share it.
_SHARED_ASSIGNED = re.compile(r"\b(?:đều|cùng)\s+(?:được\s+)?(?:giao|yêu cầu|chỉ đạo|phân công|nói đến|đề cập)\b", re.I)


def _together(text: str) -> bool:
    """Whether what two documents share is asked once of both (`_TOGETHER`), not what each assigns."""
    return bool(_TOGETHER.search(_SHARED_ASSIGNED.sub(" ", text)))
# "… lần lượt do ai ký?", "… lần lượt là bao nhiêu?": one thing asked of each document in turn.
_IN_TURN = re.compile(r"\s*\blần lượt\b", re.I)


def _qualifier_end(text: str, at: int, subject_to: int | None = None) -> int:
    """Where what names a document further ends: its year, a bracketed note, its issuer after "của" (an agency
    `find_agencies` reads there, then unit words and capitalised words), and — for the first of two documents, up
    to where the second begins (`subject_to`) — a "về …" subject."""
    while True:
        year = _QUALIFIER.match(text, at)
        if year:
            at = year.end()
            continue
        owner = _OWNER_LEAD.match(text, at)
        if owner:
            start = owner.end()
            agency = next((end for _, begin, end in find_agencies(text[start:start + 120]) if begin == 0), 0)
            end = start + agency
            office = _OWNER_OFFICE.match(text, start) if not agency else None
            if office:  # "của Thủ tướng", "của Chủ tịch Ủy ban nhân dân tỉnh …": the office that issued it
                end = office.end()
                after = re.match(r"\s+", text[end:])
                if after:
                    held = next((e for _, b, e in find_agencies(text[end + after.end():end + after.end() + 120])
                                 if b == 0), 0)
                    end += after.end() + held if held else 0
            while (word := _OWNER_WORD.match(text, end)) and (word.group(0).strip()[0] in "-–" or word.group(0).strip()[
                    0].isupper() or word.group(0).strip() in ("tỉnh", "thành phố", "huyện")):
                end = word.end()
            if end == start:
                return at
            at = end
            continue
        subject = _SUBJECT.match(text, at)
        if subject and subject_to is not None and not _WH_WORD.search(text[at:subject_to]):
            return subject_to
        return at


# What joins two documents named side by side: "và", perhaps a preposition, perhaps a part of the second document
# ("Nghị quyết 57-NQ/TW và Phụ lục II của Nghị quyết 03/NQ-CP …": the appendix is the document's own task table).
_JOIN_PAIR = re.compile(r"\s+và\s+(?:(?:theo|trong|tại)\s+)?(?P<part>" + _PART_OF + ")?", re.I)


def _qualified_pair(text: str) -> list[str]:
    """"<question> … <document A> của X và <document B> của Y …": the question asked of each document in turn, each
    with what names it further. Not when the documents are related or compared to each other (`_BETWEEN`), or what
    they share is asked ("đều", "cùng"); "lần lượt" before the asked slot only says each is asked in turn."""
    refs = list(_DOC_REF.finditer(text))
    if len(refs) == 1:  # the second by its coded number alone, after the first
        refs += [m for m in _CODED_REF.finditer(text, refs[0].end())][:1]
    if len(refs) != 2 or len(named_documents(text)) != 2 or _together(text):
        return []
    first, second = refs
    joined = None
    for stop in range(first.end(), second.start() + 1):
        if (join := _JOIN_PAIR.fullmatch(text, stop, second.start())):
            joined = stop
            # the second named through a part of it ("… và Phụ lục II của Nghị quyết 03/NQ-CP …"): the part kept
            second_start = join.start("part") if join.group("part") else second.start()
            break
    if joined is None or _qualifier_end(text, first.end(), joined) != joined:
        return []
    end = _qualifier_end(text, second.end())
    rest = text[end:]
    if _SUBJECT.match(rest) and not _WH_WORD.search(rest):  # "… và Quyết định 2229/QĐ-TTg về Chiến lược …?"
        end = len(text.rstrip(" ?.")) if text.rstrip().endswith("?") else len(text)
    head, tail = text[:first.start()], text[end:]
    if second.group(0)[:1].isdigit():  # named by its number alone: the first's type named for it
        kind = re.match(r"(?:" + _REF_TYPES + r")", text[first.start():], re.I).group(0)
        if kind.lower() in ("luật", "luat"):  # "Luật 14/2008/QH12 và 124/2008/NĐ-CP": the second's code is no law's
            return []
        second_text = f"{kind[:1].upper()}{kind[1:]} {text[second_start:end]}"
        head = _BOTH_COUNTED.sub("", head)
        first_text = text[first.start():joined]
        first_text = first_text[:1].upper() + first_text[1:]
        in_turn = _IN_TURN.search(tail)
        if in_turn or _related(head + " " + tail):
            return []
        return [head + first_text + tail, head + second_text + tail]
    in_turn = _IN_TURN.search(tail)
    if in_turn:
        if " và " in head or " và " in tail:
            return []
        tail = tail[:in_turn.start()] + tail[in_turn.end():]
    if _related(head + " " + tail):
        return []
    return [head + text[first.start():joined] + tail, head + text[second_start:end] + tail]


# Two documents each asked for its own scope, the scope said after the same preposition: "Ai có thẩm quyền quyết định
# giảm thuế … trong Quân đội theo Thông tư 122/2008 và trong Công an theo Thông tư 123/2008?", "Theo Thông tư liên tịch
# 122/2008 đối với Quân đội và 123/2008 đối với Công an, hết năm … chậm nhất ngày nào?" (the second by its number alone,
# of the first's type). Each scope goes with its document.
_SCOPE_WORD = r"(?:trong|ở|tại|đối với)"
_SERIAL = r"\d{1,5}(?:/\d{4})?(?:/[\w.-]+)?"
_DOC_OR_SERIAL = r"(?:(?:" + _TYPES + r")\s+(?:số\s+)?)?" + _SERIAL
_SCOPES_THEN_SOURCES = re.compile(r"^(?P<head>.*?)\s+(?P<p>" + _SCOPE_WORD + r")\s+(?P<x1>[^,;:?]{2,40}?)\s+theo\s+(?P<a>(?:"
                                  + _TYPES + r")\s+(?:số\s+)?" + _SERIAL + r")\s+và\s+(?P=p)\s+(?P<x2>[^,;:?]{2,40}?)\s+theo\s+"
                                  r"(?P<b>" + _DOC_OR_SERIAL + r")(?![\w/-])(?P<tail>\s*\??\s*)$", re.I)
_SOURCES_THEN_SCOPES = re.compile(r"^(?P<lead>theo|trong)\s+(?P<a>(?:" + _TYPES + r")\s+(?:số\s+)?" + _SERIAL + r")\s+(?P<p>"
                                  + _SCOPE_WORD + r")\s+(?P<x1>[^,;:?]{2,40}?)\s+và\s+(?:(?P=lead)\s+)?(?P<b>" + _DOC_OR_SERIAL +
                                  r")(?![\w/-])\s+(?P=p)\s+(?P<x2>[^,;:?]{2,40}?)\s*,\s*(?P<ask>[^?]+\??)$", re.I)


def _typed_like(first: str, second: str) -> str:
    """The second document named by its number alone gets the first's type ("… 122/2008 … và 123/2008 …")."""
    if not second[:1].isdigit():
        return second
    kind = re.match(r"(?:" + _TYPES + r")", first, re.I)
    return f"{kind.group(0)} {second}" if kind else second


def _sources_for_each(text: str) -> list[str]:
    """Two documents, each with its own scope after the same preposition (`_SCOPES_THEN_SOURCES`,
    `_SOURCES_THEN_SCOPES`): the question asked of each with its scope."""
    found = _SCOPES_THEN_SOURCES.match(text)
    if found and _WH_WORD.search(found.group("head")) and not _related(text):
        head, p, tail = found.group("head"), found.group("p"), found.group("tail") or "?"
        return [f"{head} {p} {found.group('x1')} theo {found.group('a')}{tail}",
                f"{head} {p} {found.group('x2')} theo {_typed_like(found.group('a'), found.group('b'))}{tail}"]
    found = _SOURCES_THEN_SCOPES.match(text)
    if found and _WH_WORD.search(found.group("ask")) and not _related(text) and not _TOGETHER.search(found.group("ask")):
        lead, p, ask = found.group("lead"), found.group("p"), found.group("ask")
        return [f"{lead} {found.group('a')} {p} {found.group('x1')}, {ask}",
                f"{lead} {_typed_like(found.group('a'), found.group('b'))} {p} {found.group('x2')}, {ask}"]
    return []


def _per_clause(text: str) -> list[str]:
    """Clauses with their own question word and topic; a lead-in before a colon that asks nothing is given to
    each clause."""
    lead, body = "", text
    colon = text.find(":")
    if colon > 0 and len(clauses(text[:colon])) == 1 and not _asks(text[:colon]):
        lead, body = text[:colon + 1] + " ", text[colon + 1:]
    read = body.replace(";", ",")  # a ";" joins clauses as a comma does; same length, so positions hold
    found = clauses(read)
    if len(found) < 2:
        return []
    pieces, at = [], 0
    for clause in found:
        start = read.find(clause, at)
        pieces.append(body[start:start + len(clause)])
        at = start + len(clause)
    pieces = [_LEAD_JOIN.sub("", p, count=1).strip(" ,;") for p in pieces]
    bare = [p for p in pieces if _BARE_ROLE.match(p)]
    if bare and any(_OTHER_ROLE[_BARE_ROLE.match(one).group(1).lower()].search(p) for one in bare for p in pieces
                    if p is not one):
        # "đơn vị nào chủ trì, đơn vị nào phối hợp nghiên cứu, đề nghị …?": the role asked alone has the other
        # clause's task; both roles of that one task are asked, which its row answers whole
        return []
    pieces = _bare_sources_typed(pieces)
    if not _distinct([lead + p for p in pieces]):
        return []
    return [lead + p for p in pieces]


# A clause asking only who has a role, with no task of its own: "đơn vị nào chủ trì", "cơ quan nào phối hợp", "ai chủ
# trì".
_BARE_ROLE = re.compile(r"^(?:và\s+)?(?:(?:cơ quan|đơn vị|bộ|sở|ngành)\s+nào|ai)\s+(chủ trì|phối hợp)\s*\??$", re.I)
# the other role, asked in another clause of the same question
_OTHER_ROLE = {"chủ trì": re.compile(r"(?<!\w)phối hợp(?!\w)", re.I), "phối hợp": re.compile(r"(?<!\w)chủ trì(?!\w)", re.I)}

# A later clause naming its source by number and year alone ("…, còn theo 122/2008 Cục Tài chính/Bộ Quốc phòng …"),
# after a clause naming a document of a type with its number ("Theo Thông tư liên tịch 123/2008, …"): the same type.
_BARE_SOURCE = re.compile(r"(?<!\w)(theo|trong|tại)\s+(?=\d{1,5}/(?:19|20)\d\d(?![\w/-]))", re.I)
_TYPED_NUMBER = re.compile(r"\b(" + _TYPES + r")\s+(?:số\s+)?\d{1,5}/(?:19|20)\d\d\b", re.I)


def _bare_sources_typed(pieces: list[str]) -> list[str]:
    """Each later piece's source named by "N/YYYY" alone given the type the first piece names its source with."""
    typed = _TYPED_NUMBER.search(pieces[0]) if pieces else None
    if typed is None:
        return pieces
    kind = typed.group(1)
    return [pieces[0], *(_BARE_SOURCE.sub(lambda m: f"{m.group(1)} {kind} ", piece) for piece in pieces[1:])]


def _asks(text: str) -> bool:
    return bool(_WH_WORD.search(text))


def _distinct(pieces: list[str]) -> bool:
    """Whether every piece is a question of its own: a question word, and a topic (or a document, agency or place)
    the pieces before it do not already give."""
    seen: set[str] = set()
    named: set[str] = set()
    for number, piece in enumerate(pieces):
        if not _asks(piece):
            return False
        words = topic_words(piece)
        # a meeting named by its ordinal is a document of its own ("…, còn phiên họp thứ hai nhắc Bộ Công an …")
        things = {*(f"{t}:{s}" for t, s, _ in named_documents(piece)), *(f"phiên:{n}" for n in session_ordinals(piece)),
                  *(n for n, _, _ in find_agencies(DOC_NUMBER.sub(" ", piece))), *find_places(piece)}
        new_words, new_things = words - seen, things - named
        # the first piece may ask of the document and agency it names alone ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ
        # gì": an agency's name is not a topic word); a later one needs topic words besides what it names
        if len(new_words) < OWN_TOPIC and not (new_things and (not number or len(words) >= 2 or ANAPHORA.search(piece))):
            return False
        seen |= words
        named |= things
    return True


# "Công điện 188 và Công điện 196, văn bản nào được ban hành trước?", "Nghị quyết 03/NQ-CP ban hành trước hay sau
# Kế hoạch 3260?": which of two documents came first is read from the date each was issued, so each document's date
# is asked ("… được ban hành ngày nào?") and the answer puts them in order (`answering`).
ORDER_ASKED = re.compile(r",?\s*(?:(?:văn bản|" + _TYPES + r")\s+nào\s+)(?:được\s+)?(?:ban hành|ký|ra đời)\s+"
                         r"(?:trước|sau)(?:\s+nhất)?(?:\s+hay\s+(?:trước|sau))?(?=\s*[?.]?\s*$)", re.I)
# "Hai quyết định 2298/2002/QĐ-UB và 839/QĐ-UB …, quyết định nào áp dụng trước, từ ngày nào?": which takes effect
# first is read from the day each takes effect, so that day is asked of each ("… có hiệu lực từ ngày nào?")
_EFFECT_ORDER = re.compile(r",?\s*(?:(?:văn bản|" + _TYPES + r")\s+nào\s+)(?:được\s+)?(?:áp dụng|có hiệu lực(?:\s+thi hành)?)"
                           r"\s+trước(?:\s+hay\s+sau)?(?:\s*,\s*(?:(?:kể\s+)?từ\s+)?(?:ngày|khi)\s+nào)?(?=\s*[?.]?\s*$)", re.I)
_BY_EFFECT = " có hiệu lực từ ngày nào"
_BEFORE_AFTER = re.compile(r"\s+(?:được\s+)?(?:ban hành|ký|ra đời)\s+trước\s+hay\s+sau\s+", re.I)
_BY_DATE = " được ban hành ngày nào"


def asks_order(question: str) -> bool:
    """Whether a question asks which of the documents it names was issued first (or last)."""
    text = normalize_query(question)
    return bool(ORDER_ASKED.search(text) or _BEFORE_AFTER.search(text))


def asked_by_date(text: str) -> str:
    """An order question asked as the date of each document: "A và B, văn bản nào ban hành trước?" → "A và B được
    ban hành ngày nào?"; "A ban hành trước hay sau B?" → "A và B được ban hành ngày nào?"; "A và B, quyết định nào áp
    dụng trước, từ ngày nào?" → "A và B có hiệu lực từ ngày nào?" (each answer gives its day)."""
    order = ORDER_ASKED.search(text)
    if order:
        return text[:order.start()].rstrip(" ,") + _BY_DATE + text[order.end():]
    effect = _EFFECT_ORDER.search(text)
    if effect:
        return text[:effect.start()].rstrip(" ,") + _BY_EFFECT + text[effect.end():]
    between = _BEFORE_AFTER.search(text)
    if between:
        return text[:between.start()] + " và " + text[between.end():].rstrip(" ?.") + _BY_DATE + "?"
    return text


# "Công điện 193, Công điện 194 và Công điện 196 …", "Kế hoạch 193, Công văn 706 và Quyết định 963 của UBND tỉnh Ninh
# Bình": three or more documents listed, each by its type (or the type before it) and number.
_LISTED = re.compile(r"\b(?:" + _TYPES + r")\s+(?:số\s+)?" + _NUMBER + r"(?:\s*,\s*(?:(?:" + _TYPES + r")\s+)?(?:số\s+)?"
                     + _NUMBER + r")+\s*,?\s+và\s+(?:(?:" + _TYPES + r")\s+)?(?:số\s+)?" + _NUMBER + r"(?![\w/-])", re.I)
_LISTED_ONE = re.compile(r"(?:(" + _TYPES + r")\s+)?(?:số\s+)?(" + _NUMBER + r")(?![\w/-])", re.I)


def _document_list(text: str) -> list[str]:
    """"<question> … A, B và C …": the question asked of each listed document in turn (three or more); not when
    the documents are related or compared to each other (`_BETWEEN`) or what they share is asked (`_TOGETHER`)."""
    listed = _LISTED.search(text)
    if not listed or _related(text) or _TOGETHER.search(text):
        return []
    pieces, kind = [], None
    for one in _LISTED_ONE.finditer(re.sub(r"\s+và\s+", ", ", listed.group(0))):
        kind = one.group(1) or kind
        pieces.append(f"{kind} {one.group(2)}")
    if len(pieces) < 3 or kind is None:
        return []
    return [text[:listed.start()] + piece + text[listed.end():] for piece in pieces]


# Two documents described by kind and title, not by number ("… công điện về chủ động ứng phó … bão số 11 và công
# điện về công tác nâng hạng thị trường chứng khoán?", "Quyết định kiện toàn Ủy ban … và quyết định ban hành Quy chế
# hoạt động … thay thế những quyết định nào?"): the first runs from its kind to "và", the second from its kind to the
# verb that asks of both (`_ASKED_OF`), or to the end.
_KINDS = _TYPES + r"|chương trình|đề án|chiến lược|quy chế|quy hoạch"
_KIND = re.compile(r"\b(?:" + _KINDS + r")\b", re.I)
_AND_KIND = re.compile(r"\s+và\s+(?=(?:" + _KINDS + r")\b)", re.I)
_ASKED_OF = re.compile(r"\s+(?:do\s+(?:ai|cơ quan nào|người nào)|được\s|có hiệu lực|thay thế|giao\s|quy định|yêu cầu|"
                       r"nêu\s|là\s|có\s)|,\s*(?:\w+\s+){0,2}?(?:ai|gì|nào|bao nhiêu|khi nào|mấy)\b", re.I)


# Words that compare two documents: what they are compared by is asked of both at once. (Unlike `_BETWEEN`, a
# relation word may be inside a described title, "Chỉ thị … về việc triển khai thực hiện Luật …", or be what is asked
# of each, "… thay thế những quyết định nào?".)
_COMPARING = re.compile(r"\b(?:so sánh|khác nhau|giống nhau|khác gì|điểm chung|điểm khác)\b", re.I)


def _described_pair(text: str) -> list[str]:
    """"<question> … <kind> <title A> và <kind> <title B> <what is asked>": the question asked of each in turn. The
    second is described, never numbered; the first may be numbered ("Nghị quyết 57 của Bộ Chính trị và chương trình
    hành động của Chính phủ …"); each must carry its own words besides its kind."""
    joins = list(_AND_KIND.finditer(text))
    if len(joins) != 1 or _COMPARING.search(text) or len(named_documents(text)) > 1:
        return []
    join = joins[0]
    first = next((k for k in _KIND.finditer(text, 0, join.start()) if not _WH_WORD.search(text, k.end(), join.start())),
                 None)
    if first is None:
        return []
    second_kind = _KIND.match(text, join.end())
    asked = _ASKED_OF.search(text, second_kind.end() + 1)
    end = asked.start() if asked else len(text.rstrip(" ?.")) if text.rstrip().endswith("?") else len(text)
    head, tail = text[:first.start()], text[end:]
    one, two = text[first.start():join.start()], text[join.end():end]
    # what both share is asked once ("… đều giao …"); "cùng" inside a description ("về cùng việc đó") is its own
    if named_documents(two) or not (named_documents(one) or _described(one)) or not _described(two) or \
            not (_WH_WORD.search(head) or _WH_WORD.search(tail)) or _TOGETHER.search(head + " " + tail):
        return []
    return [head + one + tail, head + two + tail]


# Two documents of one kind named together in the plural, each by its subject: "Các kế hoạch năm 2024 của UBND tỉnh
# Ninh Bình về cây xanh và về công nghiệp văn hóa do ai ký?" → "Kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây
# xanh do ai ký?", "… về công nghiệp văn hóa do ai ký?". The second subject runs to the verb that asks of both.
_SHARED_KIND = re.compile(r"\b(?:các|hai|những)\s+(" + _KINDS + r")\b((?:(?!\bvề\b)[^?])*?)\s+về\s+([^?]+?)\s+và\s+về\s+",
                          re.I)


# what is asked of each document's head after the pair: its signer, its date, its force
_HEAD_ASKED = re.compile(r"\b(?:(?:do\s+)?ai\s+ký|ký\s+(?:ngày|khi)\s+nào|ban\s+hành\s+(?:ngày|khi)\s+nào|"
                         r"có\s+hiệu\s+lực)\b", re.I)


def _shared_kind_pair(text: str) -> list[str]:
    """"<các|hai> <kind> … về A và về B <head slot asked>": the question asked of each document in turn. Only its head
    (signer, date, force: what each has one of); not when both are asked of together ("đều", "cùng") or compared, or
    when a document is named by its number."""
    pair = _SHARED_KIND.search(text)
    if pair is None or named_documents(text) or _COMPARING.search(text):
        return []
    asked = _ASKED_OF.search(text, pair.end())
    end = asked.start() if asked else len(text.rstrip(" ?.")) if text.rstrip().endswith("?") else len(text)
    head, tail = text[:pair.start()], text[end:]
    if not _HEAD_ASKED.search(tail) or _TOGETHER.search(text):
        return []
    kind = pair.group(1)[:1].upper() + pair.group(1)[1:] if not head else pair.group(1)
    first, second = pair.group(3), text[pair.end():end]
    if not (_described(first) and _described(second)):
        return []
    return [f"{head}{kind}{pair.group(2)} về {first}{tail}", f"{head}{kind}{pair.group(2)} về {second}{tail}"]


def _described(text: str) -> bool:
    """Whether a document's description says which one it is: two words of its own besides its kind, or its issuer
    or another name ("chỉ thị của UBND tỉnh Long An về cùng việc đó")."""
    return len(topic_words(text)) >= 2 or bool(find_agencies(text)) or bool(proper_names(text))


# "…; ở trung ương, Chỉ thị 22/2008/CT-TTg giao việc ban hành danh mục này cho bộ nào?": a thing of two words pointed
# back to ("danh mục này", "chính sách đó", "hồ sơ nêu trên") after a statement that names it in full ("… công bố
# danh mục bệnh hiểm nghèo"). Never a document, a body, a place or a time pointed back to: those are read elsewhere.
_POINTED_THING = re.compile(r"\b([^\W\d]+ [^\W\d]+)\s+(?:này|đó|ấy|nói trên|nêu trên)\b", re.I)
_NOT_THINGS = re.compile(r"^(?:" + _TYPES + r"|văn bản|bộ|sở|cơ quan|đơn vị|ban|ủy ban|tỉnh|thành phố|địa phương|ngành|"
                         r"năm|ngày|tháng|quý|kỳ|lần|đợt|thời|giai đoạn|phụ lục|điều|khoản|cuộc|phiên|hội nghị)\b", re.I)


def filled_from_premise(part: str, premise: str) -> str:
    """The part with a thing it points back to written out as the statement before it names it ("danh mục này" →
    "danh mục bệnh hiểm nghèo": the words after the thing's name, up to six, to the statement's next stop); the part
    as it is when it points back to nothing the statement names."""
    def filled(found: re.Match) -> str:
        thing = found.group(1)
        last = thing.split()[-1]
        if _NOT_THINGS.match(thing) or _NOT_THINGS.match(last):
            return found.group(0)
        named = re.search(r"\b" + re.escape(thing) + r"((?:\s+[^\s,;:.?!()]+){1,6})", premise, re.I)
        return thing + named.group(1) if named else found.group(0)
    return _POINTED_THING.sub(filled, part)
