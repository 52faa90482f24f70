"""An answer being written: its sentences and the exact spans they cite, and the sentence-level reading every
composer shares (overlap with the question, the best sentence, a task row as clean text)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Sequence

from assistant.intent import passage_words
from assistant.records import Citation
from corpus.agencies import find_agencies, same_agency
from corpus.display import vn_date as _date
from corpus.headers import has_motto
from corpus.obligations import LEADER_TITLE, heading_key
from corpus.records import Obligation
from corpus.text import clean_display, sentence_spans
from corpus.vn import DOCUMENT_WORDS, MARK_NUMBER, NUMBER_HEADER, YEAR, same_i, short_label
from index.records import Hit

SENTENCE_MIN = 0.3  # share of the question's words the quoted sentence must carry
DATED_MIN = 0.45  # share of the topic a row's own cells or a sentence must carry for its time to answer "when"


@dataclass
class Draft:
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
        """The task's own span; where that span does not name its lead, the line above it that does (`lead_line`)
        is quoted too, with the task as one span when a few lines part them (`MERGE_GAP`), else as a citation of
        its own: the quote then shows who leads."""
        self.obligations.append(obligation)
        start, end = max(obligation.span.start, hit.start), min(obligation.span.end, hit.end)
        line = lead_line(hit, obligation.lead, start, end)
        if line and start - line[1] <= MERGE_GAP:
            return self.cite(hit, line[0], end)  # the line and the task with the few lines between: one quote
        return self.cite(hit, start, end) + (self.cite_line(hit, *line[:2]) if line else "")

    def cite_line(self, hit: Hit, start: int, end: int) -> str:
        """A lead line's citation: one already made whose quote holds the line (the first item under it, quoted
        with it) is pointed to again; else a new one."""
        for citation in self.citations:
            if citation.doc_id == hit.doc_id and citation.start <= start and end <= citation.end:
                return f"[{citation.number}]"
        return self.cite(hit, start, end)

    def cite_quoted(self, hit: Hit, start: int, end: int) -> str:
        """The citation of a quoted sentence; where the sentence is (part of) a task whose lead it does not name,
        " (chủ thể: X, theo “line”)" after it, the line above that names X (`lead_line`) quoted with the sentence
        as one span when a few lines part them (`MERGE_GAP`), else cited on its own."""
        for obligation in hit.obligations:
            if obligation.lead and obligation.span.start <= start < obligation.span.end:
                line = lead_line(hit, obligation.lead, start, end)
                if not line:
                    break
                subject = f"chủ thể: {join_names(obligation.lead)}, theo “{line[2]}”"
                if start - line[1] <= MERGE_GAP:
                    return f"{self.cite(hit, line[0], end)} ({subject})"
                return f"{self.cite(hit, start, end)} ({subject} {self.cite_line(hit, *line[:2])})"
        return self.cite(hit, start, end)


MERGE_GAP = 700  # characters between a lead line and its task up to which both are quoted as one span (an item or two)
LEAD_LINE_CHARS = 160  # a longer line is a paragraph, not an introduction or a heading


def _names(text: str, leads: Sequence[str]) -> bool:
    """Whether a text names one of the leads (a role that is no agency, "Trưởng văn phòng đại diện", as written)."""
    named = [name for name, _, _ in find_agencies(text)]
    folded = " ".join(text.split()).casefold()
    return any(same_agency(lead, name) for lead in leads for name in named) \
        or any(lead.casefold() in folded for lead in leads)


def lead_line(hit: Hit, leads: Sequence[str], start: int, end: int) -> tuple[int, int, str] | None:
    """(document start, end, clean text) of the line above a task's span, in the same passage, that names its
    lead, when the span itself does not: the introduction its items stand under ("Văn phòng Trung ương Đảng chủ
    trì, phối hợp với Bộ Khoa học và Công nghệ:" over "(i) …; (ii) …", "2. Bộ Tài chính có trách nhiệm:" or
    "1. Bộ Tài chính:" over "a) …", both ending in ":") or the heading of a duty article ("Điều 19. Trách nhiệm
    của Bộ Quốc phòng" over its clauses, a line of the passage that is one of its headings). The nearest such line
    that names a lead; None when the span names it or no line above does."""
    if not leads or _names(hit.text[start - hit.start:end - hit.start], leads):
        return None
    headings = {heading_key(h) for h in hit.heading_path}
    before = hit.text[:max(0, start - hit.start)]
    at = len(before)
    for line in reversed(before.splitlines(keepends=True)):
        at -= len(line)
        text = line.strip()
        bare = clean_display(text).strip(" #*-•")
        if not bare or len(bare) > LEAD_LINE_CHARS:
            continue
        if (bare.endswith(":") or heading_key(bare) in headings) and _names(bare, leads):
            offset = at + line.index(text[0])
            return hit.start + offset, hit.start + offset + len(text), bare
    return None


def join_names(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else "".join(names)


def hit_label(hit: Hit) -> str:
    return short_label(hit.doc_type, hit.doc_number, hit.doc_id, hit.title, hit.issued_on)


def overlap(question: set[str], text: str) -> float:
    """The share of the words asked a text carries; "sỹ" and "sĩ", "kỹ" and "kĩ" count as one word
    (`corpus.vn.same_i`)."""
    if not question:
        return 0.0
    return len({same_i(w) for w in question} & _same_i_words(text)) / len(question)


@lru_cache(maxsize=8192)
def _same_i_words(text: str) -> frozenset[str]:
    return frozenset(map(same_i, passage_words(text)))


def hit_sentences(hit: Hit) -> list[tuple[int, int, str]]:
    """(document start, document end, text) of each sentence of a hit."""
    return [(hit.start + start, hit.start + end, text) for start, end, text in _sentences(hit.text)]


# Where one row of a '|' table ends and the next begins: a line closing with "|" and the next opening with it. A row
# states no closing stop, so the sentence reader runs it into the next row; each row is its own sentence here (one
# indicator's or one task's cells, never its neighbour's: "| 31 | Tỷ lệ dân số trưởng thành có chữ ký … | Bộ Thông tin
# và Truyền thông |" and "| 32 | Tỷ lệ người dân có hồ sơ sức khỏe điện tử | % | ≥ 95 | Bộ Y tế |", Phụ lục I of
# Nghị quyết 03/NQ-CP). Read at answer time only: the rows extracted at indexing are read by `corpus.obligations`.
_ROW_BREAK = re.compile(r"(?<=\|)[ \t]*\n[ \t]*(?=\|)")


def _rows_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for found in _ROW_BREAK.finditer(text, start, end):
        spans.append((begin, found.start()))
        begin = found.end()
    spans.append((begin, end))
    return [(s, e) for s, e in spans if e - s > 3]


@lru_cache(maxsize=2048)
def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    # the same passages' sentences are read by every composer an answer tries, and again by later questions
    return tuple((start, end, " ".join(text[start:end].split())) for first, last in sentence_spans(text)
                 for start, end in _rows_apart(text, first, last))


def joined_hits(hits: Sequence[Hit], top: int = 4) -> list[Hit]:
    """The top hits, each whose text a chunk boundary cuts mid-sentence (it ends with no stop: ". ; : ! ?") joined
    with the hit among them that continues it in its document (the next chunk, only line breaks between): the
    sentence cut in two ("… ranh giới ngoài khu | vực cấm dân cư không vượt quá 0,1 mSv/năm …") is read whole."""
    hits = list(hits)
    for at, hit in enumerate(hits[:top]):
        if re.search(r"[.;:!?…]\W*$", hit.text):
            continue
        after = next((h for h in hits[:top] if h.doc_id == hit.doc_id and hit.end <= h.start <= hit.end + 2
                      and not hit.text[-1:].isspace() and h.chunk_id != hit.chunk_id), None)
        if after is not None:
            text = hit.text + "\n" * (after.start - hit.end) + after.text
            hits[at] = replace(hit, text=text, end=hit.start + len(text))
    return hits


def period_of(hit: Hit, start: int) -> str:
    """The heading of the period a sentence falls under in its passage: the nearest sentence before it that is a
    heading (no closing stop: "Giai đoạn 2025 - 2035", "**2. Tầm nhìn đến năm 2045**", "Giai đoạn đến năm 2050")
    and states a year. A plan's targets are listed under such lines, period by period; the same target reads
    "đạt 5% - 7%" under one and "đạt 7% - 9%" under the next. Empty when none is found before it."""
    for sentence_start, _, text in reversed(hit_sentences(hit)):
        if sentence_start >= start:
            continue
        if not re.search(r"[.;!?…]\W*$", text.strip(" *")) and YEAR.search(text):
            return text
    return ""


def _other_period(period: str, years: set[str]) -> bool:
    """Whether a period heading names years and none of those asked ("Giai đoạn đến năm 2050" for "2025 - 2035")."""
    stated = set(YEAR.findall(period))
    return bool(stated) and not stated & years


# The horizon a sentence opens with ("Đến năm 2050, GDP bình quân đầu người … đạt khoảng 38.000 USD;", "Giai đoạn 2031 -
# 2050, phấn đấu …", Nghị quyết 306/NQ-CP): its figures are that period's, as an item's are its heading's
_HORIZON = re.compile(r"^[\s\-+•*]*(?:(?:đến|tới|vào)\s+)?(?:năm|giai\s+đoạn|thời\s+kỳ)\s+(?:đến\s+năm\s+)?\d{4}"
                      r"(?:\s*[-–]\s*\d{4})?", re.I)


def _horizon(text: str) -> str:
    found = _HORIZON.match(text)
    return found.group(0) if found else ""


# A table's header line ("| TT | Nhiệm vụ | Cơ quan chủ trì |", "|---|"): it names the columns, it answers nothing
_TABLE_HEADER = re.compile(r"\|\s*:?-{3,}|\|\s*S?TT\s*\|", re.I)
# a heading line that is only the document's type or its enacting word ("QUYẾT ĐỊNH:", "THÔNG TƯ", "NAY CÔNG BỐ:",
# "QUYẾT NGHỊ:"): it says nothing, though it shares the words "Quyết định 2239 miễn nhiệm ai?" names its document by
_BARE_HEADING = re.compile(rf"^\W*(?:{DOCUMENT_WORDS}|quyết nghị|nay công bố|quyết định)\W*$", re.I)
# nor one that only adds its issuer, in capitals ("CHỈ THỊ CỦA UBND TỈNH BÀ RỊA – VŨNG TÀU", "QUYẾT ĐỊNH CỦA ỦY BAN
# NHÂN DÂN TỈNH NGHỆ AN"): it names the document, not what it says
_ISSUER_HEADING = re.compile(rf"^\W*(?:{DOCUMENT_WORDS})\s+của\s+\S", re.I)


def _issuer_heading(text: str) -> bool:
    return bool(_ISSUER_HEADING.match(text)) and text == text.upper()


# The number an article's title follows on its heading line, set in bold: "**Điều 11. " of "**Điều 11. Trách nhiệm
# của cơ sở kinh doanh**". A scan's "Điều 1. Thành lập Ban Quản lý … trên cơ sở hợp nhất …" (no marks, its decision
# running on from the number with no stop, Quyết định 2243/QĐ-TTg) is the article's text, not its title.
_ARTICLE_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t#]*(?:\*\*|__)[ \t]*Điều\s+\d+[a-zđ]?\s*\.[ \t*_]*$", re.I)
_CLOSING_STOP = re.compile(r"[.;:!?…][\W]*$")


def _article_title(hit: Hit, start: int, text: str) -> bool:
    """Whether a sentence is an article's title on its heading line ("**Điều 11. Trách nhiệm của cơ sở kinh
    doanh**", Luật 09/2003/QH11): "Điều N." in bold before it on the line, no stop closing it. It names what the article is
    about and says none of it; the article's sentences below say it ("Cơ sở kinh doanh có trách nhiệm: 1. Chấp hành
    …"). An article whose sentence stands on its number's line ("Điều 5. Quyết định này có hiệu lực … ban hành.")
    closes with a stop: not one."""
    at = start - hit.start
    return 0 <= at <= len(hit.text) and not _CLOSING_STOP.search(text) \
        and bool(_ARTICLE_NUMBER_BEFORE.search(hit.text, 0, at))


# A preamble's clause: the opening of its line ("Căn cứ …", "Xét đề nghị …", "Theo đề nghị …").
_PREAMBLE_LINE = re.compile(r"(?:^|\n)[ \t*_]*(?:căn\s+cứ|xét|theo\s+đề\s+nghị)\b[^\n]*$", re.I)


def _preamble_tail(hit: Hit, start: int, text: str) -> bool:
    """Whether a sentence is the tail of a preamble clause's line, cut off by a comma: "Xét đề nghị của liên ngành: Sở
    Tài chính, … tại Tờ trình số 517/TTrLN:TC-XD-CT … nhà vườn, nhà biệt thự. Giá tính lệ phí trước bạ đối với nhà,
    đất được nhà nước giao theo hình thức đấu thầu, đấu giá trên địa bàn thành phố Hà Nội," (Quyết định
    08/2013/QĐ-UBND of Hà Nội). It restates what the proposal was about, the words a question on the rule uses, and
    states no rule: the rule is in the articles ("… thì giá tính lệ phí trước bạ là giá theo văn bản phê duyệt trúng
    đấu thầu, đấu giá …")."""
    at = start - hit.start
    return 0 < at <= len(hit.text) and text.rstrip(" *_").endswith(",") \
        and bool(_PREAMBLE_LINE.search(hit.text, 0, at)) and not hit.text[max(0, at - 1):at] == "\n"


def _addressee(text: str) -> bool:
    """Whether a sentence only names whom a Công điện or letter is sent to ("- Bộ trưởng Bộ Công an;"): one agency,
    under its head's title at most, and nothing else. It says nothing of what anyone must do."""
    found = find_agencies(text)
    if len(found) != 1:
        return False
    _, start, end = found[0]
    before, after = text[:start].strip(" -+•*"), text[end:].strip(" .,;:")
    return not after and (not before or bool(LEADER_TITLE.fullmatch(before)))


# "1.1. Xây dựng trụ sở làm việc." (Thông tư 48/2000/TT-BTC, III.1): a sub-numbered item is an item too; so is a
# Markdown list item ("* …")
LIST_ITEM = re.compile(rf"^(?:[a-zđ]\)|[-+•*]|{MARK_NUMBER}[.)])\s", re.I)


def list_intros(sentences: Sequence[tuple[int, int, str]]) -> list[str]:
    """For each sentence, the one introducing the list it is an item of ("Dự án Nhà máy lọc dầu Dung Quất được hưởng
    ưu đãi về thuế thu nhập doanh nghiệp như sau:" for "- Được miễn thuế thu nhập doanh nghiệp trong 04 năm, …;",
    Thông tư 50/2006/TT-BTC), or carries on after its ";" ("được giảm 50% số thuế phải nộp cho 09 năm tiếp theo."),
    "" for any other sentence."""
    intros, intro, previous = [], "", ""
    for _, _, text in sentences:
        inside = bool(intro) and bool(LIST_ITEM.match(text) or previous.rstrip().endswith(";"))
        intros.append(intro if inside else "")
        if text.rstrip().endswith(":") and not LIST_ITEM.match(text):
            intro = text
        elif not inside:
            intro = ""
        previous = text
    return intros


def best_sentence(words: set[str], hits: Sequence[Hit], want=lambda s: True,
                  years: set[str] = frozenset(), sentences=None) -> tuple[Hit, int, int, str] | None:
    """The sentence of the top hits that covers the question best among those `want` accepts (rank breaks ties);
    never a table's header line, an addressee line, nor the document's header block (its national motto); with the
    `years` a question names, never one standing under the heading of another period (`period_of`) or opening with
    another period's horizon ("Đến năm 2050, …" for "năm 2030"). The sentences
    are read by `sentences` (a hit's sentences, `hit_sentences`, unless told)."""
    sentences = sentences or hit_sentences
    # an item is read with its list's introduction: the words they share count for every item alike, so the item that
    # carries the words asked beside them is chosen, not the first ("… được miễn thuế TNDN trong bao nhiêu năm?" is
    # "- Được miễn thuế … trong 04 năm", not "- Áp dụng mức thuế suất … 10% trong thời hạn 15 năm, kể từ khi nhà máy lọc
    # dầu Dung Quất …", which names the project the introduction names)
    scored = [(overlap(words, text) - 0.02 * rank, hit, start, end, text)
              for rank, hit in enumerate(hits[:4]) for start, end, text in sentences(hit)]
    # best first (ties in reading order, as the sort is stable), the costlier tests only until one passes
    for _, hit, start, end, text in sorted(scored, key=lambda s: s[0], reverse=True):
        if want(text) and not _TABLE_HEADER.search(text) and not _addressee(text) and not has_motto(text) \
                and not _BARE_HEADING.match(text) and not _issuer_heading(text) and not _article_title(hit, start, text) \
                and not _preamble_tail(hit, start, text) and not _number_line(text) \
                and not (years and (_other_period(period_of(hit, start), years)
                                    or _other_period(_horizon(text), years))):
            return _sibling_asked(words, hit, (start, end, text), sentences, want)
    return None


def _number_line(text: str) -> bool:
    """Whether a sentence is the header's number line ("Số: 53/2010/NĐ-CP · Hà Nội, ngày 19 tháng 05 năm 2010"): it
    names the document, and a question naming the document by its number shares its words, but it says nothing the
    question asks of the content (a number or date asked is read from the document's head, not quoted)."""
    found = NUMBER_HEADER.match(text.lstrip("|*_ \t"))
    return found is not None and bool(found.group("colon"))


def _sibling_asked(words: set[str], hit: Hit, found: tuple[int, int, str], sentences, want) -> tuple[Hit, int, int, str]:
    """The item of the list the sentence found is an item of that carries most of the words asked once its list's
    introduction is read with each (`list_intros`): the words they share count for every item alike, so the item
    with the words asked beside them is chosen, not the first ("… được miễn thuế TNDN trong bao nhiêu năm?" is "- Được
    miễn thuế … trong 04 năm", not "- Áp dụng mức thuế suất … 10% trong thời hạn 15 năm, kể từ khi nhà máy lọc dầu
    Dung Quất …", which names the project as the introduction does). The sentence found when it is no item, or no
    sibling carries more."""
    read = list(sentences(hit))
    intros = list_intros(read)
    at = next((i for i, sentence in enumerate(read) if sentence[:2] == found[:2]), None)
    if at is None or not intros[at]:
        return hit, *found
    asked = {same_i(w) for w in words}
    # what the item found carries of the question beyond its introduction must be said by the sibling too: only an
    # item that is first for the introduction's words gives way ("d) … có trách nhiệm … báo cáo …" stays for "báo cáo ai?")
    own = asked & _same_i_words(read[at][2]) - _same_i_words(intros[at])
    best, score = at, overlap(words, f"{read[at][2]} {intros[at]}")
    for i in (i for i in range(len(read)) if intros[i] == intros[at]):
        other = overlap(words, f"{read[i][2]} {intros[i]}")
        if other > score and own <= _same_i_words(f"{read[i][2]} {intros[i]}") and want(read[i][2]):
            best, score = i, other
    return hit, *read[best]


def deadline_words(obligation: Obligation) -> str:
    deadline = obligation.deadline
    resolved = f" (tức {_date(deadline.due)})" if deadline.due and deadline.kind not in ("date",) else ""
    return f"{' '.join(deadline.text.split())}{resolved}"  # a time wrapped over a line ("15 tháng 10\nnăm 2025") on one


def record_line(obligation: Obligation) -> str:
    """A task row as clean text: "Nhiệm vụ: … · Chủ trì: … · Phối hợp: … · Thời hạn: …"."""
    cells = [f"Nhiệm vụ: {clean_display(obligation.task).rstrip('. ;')}"]
    if obligation.lead:
        cells.append(f"Chủ trì: {join_names(obligation.lead)}")
    if obligation.partners:
        cells.append(f"Phối hợp: {join_names(obligation.partners)}")
    if obligation.product:
        cells.append(f"Sản phẩm: {clean_display(obligation.product)}")
    if obligation.deadline:
        cells.append(f"Thời hạn: {clean_display(obligation.deadline.text)}")
    return " · ".join(cells)


def quote_line(draft: Draft, found: tuple[Hit, int, int, str], lead: str = "Theo", dated: bool = False) -> None:
    """The quoted sentence under its document and section; `dated` adds the document's date to its name, when a
    question asks which document says it ("… ban hành kèm theo quyết định nào?")."""
    hit, start, end, text = found
    label = hit_label(hit) + (f" ngày {_date(hit.issued_on)}" if dated and hit.issued_on else "")
    where = ", ".join(filter(None, (label, hit.section)))
    draft.lines.append(f"{lead} {where}: “{clean_display(text)}” {draft.cite_quoted(hit, start, end)}")
