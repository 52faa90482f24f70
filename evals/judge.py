"""The answer judge: each question's answer is right, declined or wrong, with the reason it is wrong.

A wrong answer is worse than a refusal (a cadre acts on it), so the judge looks for what makes an answer wrong,
not only for the words a right one holds:
- a refusal is `declined` (for a question the documents do not answer, declining is `right`);
- an answer to a question the documents do not answer is wrong;
- the cited passages must come from a gold document and one must hold a gold quote (else: wrong document/row); a
  question whose gold is only facts (a signer, a date, a document number) may cite the document's head instead,
  when every fact is in the answer;
- who leads: the gold lead must be named as the lead, first; named only as a partner, or another lead first, is
  wrong; a gold partner shown as the lead, or as a co-lead beside the gold lead, is wrong. A lead counts whether or
  not the agency reading knows its name (a newspaper, a radio station: a row's lead cell, a "Chủ trì: …" cell), and
  the body a signer signs for ("thừa ủy quyền Thủ tướng Chính phủ", "thay mặt Chính phủ") is no lead;
- when: every deadline the answer states must be the gold one (another row's date is wrong even when the right
  one is there too), and the gold one must be stated;
- "when" asked where the document states no time (`no_deadline`): the answer must say that no time is stated
  (or decline); stating a time, or answering with a passage and saying nothing about time, is wrong;
- facts, tasks and partners the gold lists must all be there. Where the answer quotes a passage read by OCR (the
  citation's OCR confidence is set, or its document's text reads as OCR output, see `evals.harness.ocr_documents`), a word it
  quotes from that passage counts with its marks folded away: the publisher's OCR of a signed scan drops or
  misreads marks ("hô sơ" for "hồ sơ", "chỉ trả" for "chi trả") while the gold is written in correct Vietnamese.
  Born-digital text is matched as written.
The judge reads the answer's structured obligations when it has them and its text otherwise, so it does not
depend on the wording of one answer layout.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from assistant.intent import STOPWORDS
from assistant.records import Answer
from corpus.agencies import find_agencies, same_agency, split_agencies
from corpus.deadlines import find_deadlines, parse_deadline
from corpus.text import normalize, normalize_query
from corpus.vn import fold
from evals.dataset import Item, quote_deadlines

RIGHT, DECLINED, WRONG = "right", "declined", "wrong"
OUTCOMES = (RIGHT, DECLINED, WRONG)
SUPPORTS = 0.6  # share of a gold quote's content words a passage must contain to count as that gold passage

# Labelled time slots in an answer ("thời hạn: Quý II/2025", "Thời gian thực hiện: Hàng năm"): a bare cell value
# after such a label is a deadline even where running-text rules need a verb before it. The value runs to the end
# of the word the 40th character falls in: "hoàn thành trước ngày 12 tháng 10 năm 2025" is never cut to "… năm 20"
# (read as a day and month with no year, another deadline).
_SLOT = re.compile(r"(?:thời hạn|thời gian thực hiện|thời gian hoàn thành|hạn chót|hạn hoàn thành)"
                   r"(?:\s+(?:của nhiệm vụ\s+“[^”]*”|là|:))*\s*:?\s*([^;·\n()“”]{1,40}[^\s;·\n()“”]*)", re.IGNORECASE)
# How an answer says the document gives no time for the task.
_NO_TIME = re.compile(r"không\s+(?:nêu|quy định|ghi|có|xác định|đề cập)[^.;\n]{0,30}?(?:thời hạn|thời gian|hạn)"
                      r"|chưa\s+(?:nêu|quy định|ghi|xác định)[^.;\n]{0,30}?(?:thời hạn|thời gian|hạn)"
                      r"|(?:thời hạn|thời gian)[^.;\n]{0,30}?(?:không được nêu|không nêu|chưa được nêu|không ghi)",
                      re.IGNORECASE)
_PARTNER_CUE = re.compile(r"phối\s+hợp", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;·\n.|]")
_LEAD_CELL = re.compile(r"(?<!\w)Chủ trì:\s*([^;·\n|()\[]{2,120})")
_ASSIGNS = re.compile(r"\s*(?:giao|yêu cầu|đề nghị|ban hành|chỉ đạo|nhận được|thông báo)\b", re.IGNORECASE)
# An agency named after these is not the one doing the task: the one it reports to or works for ("báo cáo UBND tỉnh",
# "của Bộ Quốc phòng"), or the one on whose behalf it signs ("thừa ủy quyền Thủ tướng Chính phủ", "thay mặt Chính
# phủ", "thừa lệnh Bộ trưởng": a signature line, Nghị quyết 323/NQ-CP's "Giao Bộ trưởng Bộ Nội vụ … thừa ủy quyền
# Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình").
_OBJECT_OF = re.compile(r"\b(?:của|báo cáo|gửi|về|cho|qua|tới|đến|trình|(?:thừa|theo)\s+(?:ủy|uỷ)\s+quyền(?:\s+của)?"
                        r"|thừa\s+lệnh|thay\s+mặt)\s*\(?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    outcome: str  # RIGHT, DECLINED or WRONG
    reasons: tuple[str, ...] = ()  # why it is wrong ("lead only as partner", "other deadline 2025-06", …)


def flat(text: str) -> str:
    return " ".join(normalize(text).split()).casefold()


def content_words(text: str) -> set[str]:
    """The judge's own content words (lower-cased syllables, stopwords and bare numbers aside): kept apart from the
    answering's word rules (short terms, wordings), so that a change to the system under test never changes how it
    is scored."""
    return {w for w in re.findall(r"\w+", normalize_query(text).lower()) if w not in STOPWORDS and not w.isdigit()}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normalize_query(text).lower()))


def _ocr_read(answer: Answer, ocr_docs: Collection[str]) -> list[str]:
    """The cited passages read by OCR: the passage's own OCR confidence, or a document whose text is OCR output."""
    return [c.quote for c in answer.citations if c.ocr_confidence is not None or c.doc_id in ocr_docs]


def _ocr_words(answer: Answer, ocr_docs: Collection[str]) -> set[str]:
    """Folded words the answer quotes from a passage read by OCR (in the answer and in such a passage both): the
    only words matched without their marks, so that "hô sơ" in an OCR'd quote stands for the gold "hồ sơ"."""
    read = _ocr_read(answer, ocr_docs)
    return {fold(w) for w in _words(answer.text) & _words(" ".join(read))} if read else set()


def _has_fact(answer: Answer, fact: str, ocr_docs: Collection[str]) -> bool:
    """A fact is in the answer as written, or, marks folded, in the answer and in one passage read by OCR."""
    if flat(fact) in flat(answer.text):
        return True
    folded = fold(flat(fact))
    return folded in fold(flat(answer.text)) and any(folded in fold(flat(q)) for q in _ocr_read(answer, ocr_docs))


def matches(passage: str, quote: str) -> bool:
    """Whether a retrieved or cited passage holds a gold quote (either contains the other, or it carries most of
    the quote's content words: chunk borders need not follow the quote's)."""
    a, b = flat(passage), flat(quote)
    if b in a or (len(a) > 40 and a in b):
        return True
    wanted = content_words(quote)
    return bool(wanted) and len(wanted & content_words(passage)) / len(wanted) >= SUPPORTS


def deadlines_in(text: str) -> set[str]:
    """Normalised deadlines a text states: running-text deadlines, values after a time label, and the cells of a
    table row the text quotes ("| … | Bộ Công an | | 2025 |")."""
    found = {d.normalized for d in find_deadlines(text)}
    for line in text.splitlines():
        if line.count("|") >= 2:
            found |= quote_deadlines(line)
    for m in _SLOT.finditer(text):
        parsed = parse_deadline(m.group(1).strip())
        if parsed:
            found.add(parsed.normalized)
    return found


def answer_deadlines(answer: Answer) -> set[str]:
    return {o.deadline.normalized for o in answer.obligations if o.deadline} | deadlines_in(answer.text)


def says_no_time(text: str) -> bool:
    return bool(_NO_TIME.search(normalize(text)))


def _mentions(text: str, cells: bool = False) -> list[tuple[str, str]]:
    """(agency, role) for each agency the text names, in order; the role is "partner" when "phối hợp" comes
    before the name within its clause, "other" for the one assigning ("UBND tỉnh giao …") or an object ("báo cáo
    UBND tỉnh", "của Bộ Quốc phòng"), else "lead". With `cells`, a row's lead cell ("· Chủ trì: Báo Quảng Bình ·")
    in which the agency reading finds no name is a lead too, so that a body it does not know (a newspaper, a radio
    station) still counts as the one leading."""
    return [(name, role) for name, role, _ in _placed_mentions(text, cells)]


def _placed_mentions(text: str, cells: bool = False) -> list[tuple[str, str, int]]:
    """`_mentions` with where each name starts in the text."""
    spans = list(find_agencies(text))
    if cells:
        for m in _LEAD_CELL.finditer(text):
            cell = m.group(1).strip()
            if cell and not find_agencies(cell):
                spans.append((cell, m.start(1), m.start(1) + len(cell)))
        spans.sort(key=lambda span: span[1])
    found = []
    for name, start, end in spans:
        clause = _CLAUSE_END.split(text[:start])[-1]
        if text[start - 1:start] in ("/", "-") or text[end:end + 1] in ("/", "-"):
            continue  # part of a document number: "706/UBND-VP7", "193/KH-UBND"
        if _PARTNER_CUE.search(clause):
            role = "partner"
        elif _ASSIGNS.match(text[end:]) or _OBJECT_OF.search(text[max(0, start - 20):start]):
            role = "other"
        else:
            role = "lead"
        found.append((name, role, start))
    return found


# A lead named as a group of kinds of body, no body by name ("Các bộ, ngành, địa phương"), is the same group written
# out in a decree's own formula ("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành
# phố trực thuộc Trung ương …", Nghị quyết 03/NQ-CP, III.1) or with what marks its members out ("các bộ, ngành, địa
# phương là chủ quản CSDLQG, CSDL chuyên ngành", a row's lead cell). Two tiers: the ministries and bodies of their rank,
# and the provinces. A group names every tier the gold does (a gold "các bộ, ngành" is not answered by "các địa
# phương"); a piece followed by a proper name is one body ("Bộ Công an", "tỉnh Ninh Bình"), no group.
_TIERS = (("bộ, ngành", r"bộ(?:\s*,?\s*ngành)?|ngành|cơ quan ngang bộ|cơ quan thuộc chính phủ"),
          ("địa phương", r"địa phương|(?:ủy ban nhân dân|ubnd)\s+(?:các|cấp)\s+tỉnh|tỉnh"
                         r"|thành phố(?:\s+trực thuộc trung ương)?"))
_TIER_RE = re.compile(rf"(?:(?:các|những)\s+)?(?:{'|'.join(f'(?P<t{i}>{p})' for i, (_, p) in enumerate(_TIERS))})(?!\w)",
                      re.IGNORECASE)
_GROUP_OPENS = re.compile(r"(?<!\w)(?:các|những)\s+", re.IGNORECASE)
_GROUP_GLUE = re.compile(r"\s*(?:,|\svà)\s*", re.IGNORECASE)
_GROUP_MARKED = re.compile(r"\s+(?:là|có liên quan|liên quan|được)(?!\w)", re.IGNORECASE)


def _group_run(text: str, at: int) -> tuple[set[str], int]:
    """The tiers a group named from `at` on holds, and where it ends (no group: an empty set)."""
    tiers: set[str] = set()
    end = at
    while (m := _TIER_RE.match(text, end if not tiers else end + len(glue.group(0)))) if (
            not tiers or (glue := _GROUP_GLUE.match(text, end))) else None:
        after = text[m.end():].lstrip()[:1]
        if after.isupper() or after == ":":
            break  # "Bộ Công an", "tỉnh Ninh Bình": one body; "các Bộ: Quốc phòng, Công an": bodies by name
        tiers |= {_TIERS[int(k[1:])][0] for k, v in m.groupdict().items() if v}
        end = m.end()
    return tiers, end


def _group_tiers(name: str) -> set[str]:
    """The tiers a gold lead or a lead cell names when it is a group of kinds of body and nothing else (what marks
    the members out may follow, "… là chủ quản …"); else an empty set."""
    name = name.strip()
    tiers, end = _group_run(name, 0)
    return tiers if tiers and (end == len(name) or _GROUP_MARKED.match(name, end)) else set()


def _group_covers(gold: str, named: str) -> bool:
    wanted = _group_tiers(gold)
    return bool(wanted) and wanted <= _group_tiers(named)


def _same_lead(gold: str, named: str) -> bool:
    return same_agency(gold, named) or _group_covers(gold, named)


def _named(answer: Answer, agency: str) -> bool:
    names = [n for o in answer.obligations for n in (*o.lead, *o.partners)] + [n for n, _ in _mentions(answer.text)]
    return any(same_agency(agency, n) for n in names) or flat(agency) in flat(answer.text)


def _lead_problems(answer: Answer, item: Item) -> list[str]:
    gold = item.gold
    if answer.obligations:
        first = answer.obligations[0]
        if any(_same_lead(gold.agency, lead) for lead in first.lead):
            # the gold lead among the row's leads, and beside it a body the gold has only working with it: the row
            # shown is another task's ("Bộ Công an, Bộ Quốc phòng và UBND thành phố Hà Nội" licensing, where the
            # plan asked is "Bộ Công an chủ trì, phối hợp với … Ủy ban nhân dân thành phố Hà Nội")
            shared = [p for p in gold.partners if any(same_agency(p, lead) for lead in first.lead)
                      and not same_agency(p, gold.agency)]
            return [f"partner as co-lead: {shared[0]}"] if shared else []
        if any(_same_lead(gold.agency, p) for o in answer.obligations for p in o.partners) and not any(
                _same_lead(gold.agency, lead) for o in answer.obligations for lead in o.lead):
            return ["lead only as partner"]
        if any(same_agency(p, lead) for p in gold.partners for lead in first.lead):
            return ["partner as lead"]
        return [f"other lead first: {', '.join(first.lead) or '—'}"]
    placed = _placed_mentions(answer.text, cells=True)
    mentions = [(name, role) for name, role, _ in placed]
    roles = [role for name, role in mentions if same_agency(gold.agency, name)]
    if not roles and _group_tiers(gold.agency):
        return _group_lead_problems(answer.text, gold.agency, placed)
    if not roles:
        return [] if flat(gold.agency) in flat(answer.text) else ["lead missing"]
    if "lead" not in roles:
        return ["lead only as partner"]
    leads = [name for name, role in mentions if role == "lead"]
    if leads and not same_agency(gold.agency, leads[0]):
        if any(same_agency(p, leads[0]) for p in gold.partners):
            return ["partner as lead"]
        return [f"other lead first: {leads[0]}"]
    return []


def _group_lead_problems(text: str, group: str, placed: list[tuple[str, str, int]]) -> list[str]:
    """A gold lead that is a group of kinds of body, in a text-only answer: the first group the text names holding
    every tier the gold names, as the lead (no "phối hợp" before it in its clause, no other lead before it; the bodies
    named inside the group, "cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh", are its members)."""
    wanted = _group_tiers(group)
    for opened in _GROUP_OPENS.finditer(text):
        tiers, end = _group_run(text, opened.start())
        if not wanted <= tiers:
            continue
        if _PARTNER_CUE.search(_CLAUSE_END.split(text[:opened.start()])[-1]):
            return ["lead only as partner"]
        before = [name for name, role, start in placed if role == "lead" and start < opened.start()]
        return [f"other lead first: {before[0]}"] if before else []
    return [] if flat(group) in flat(text) else ["lead missing"]


def _in_cell(agency: str, cell: str) -> bool:
    """Whether a row's lead or partner cell names the agency: the same agency, one of the names the cell lists, or one
    item of the cell's list word for word, so that a body the agency reading does not know ("Báo Quảng Bình", a
    newspaper, in the unsplit cell "Sở Văn hóa - Thông tin, Báo Quảng Bình") is still found, and a longer name that
    holds its words ("Báo Quảng Bình Điện tử") is not it."""
    if same_agency(agency, cell) or any(same_agency(agency, name) for name in split_agencies(cell)):
        return True
    return flat(agency) in {piece.strip() for piece in re.split(r"[,;]|\s(?:và|cùng)\s", flat(cell))}


def _asked(agency: str, question: str) -> bool:
    """Whether the question names the agency: as an agency mention, or word for word (a body the agency reading does
    not know)."""
    return any(same_agency(agency, name) for name, _, _ in find_agencies(question)) \
        or re.search(rf"(?<!\w){re.escape(flat(agency))}(?!\w)", flat(question)) is not None


def _asked_partner_leads(answer: Answer, item: Item) -> list[str]:
    """A gold that names no lead (the document leaves it unnamed) but lists as a partner an agency the question itself
    names ("Sở Nông nghiệp và Phát triển nông thôn chủ trì hay phối hợp việc …?" of an item "Phối hợp với các sở, ngành,
    địa phương thực hiện tốt …"): an answer whose first row gives that agency as the lead, and nowhere as a partner,
    is wrong. Read from the answer's structured rows only; a partner the question does not name (the body asked for in
    "X phối hợp với cơ quan nào …?") may lead its row."""
    gold = item.gold
    if gold.agency or not gold.partners or not answer.obligations:
        return []
    first = answer.obligations[0]
    for partner in gold.partners:
        if _asked(partner, item.question) and any(_in_cell(partner, lead) for lead in first.lead) \
                and not any(_in_cell(partner, p) for o in answer.obligations for p in o.partners):
            return [f"asked partner as lead: {partner}"]
    return []


def _allowed(item: Item) -> set[str]:
    """Deadlines an answer may state: the gold one, and those the gold passages or the question themselves name
    (a task called "Kế hoạch năm 2025", a row's own cells)."""
    gold = {item.gold.deadline} if item.gold.deadline else set()
    return gold | {d for q in item.gold.quotes for d in quote_deadlines(q)} | deadlines_in(item.question)


def _deadline_problems(answer: Answer, item: Item) -> list[str]:
    gold = item.gold
    stated = answer_deadlines(answer)
    problems = [f"other deadline: {d}" for d in sorted(stated - _allowed(item))]
    # A gold quote whose date OCR damaged ("10 tháng 10 tháng 2025") cannot be read back: citing it is enough.
    readable = any(gold.deadline in quote_deadlines(q) for q in gold.quotes)
    if gold.deadline not in stated and (readable or _citation_problems(answer, item)):
        problems.append(f"deadline missing: {gold.deadline}")
    return problems


def _citation_problems(answer: Answer, item: Item) -> list[str]:
    gold = item.gold
    if not answer.citations:
        return ["no citation"]
    if answer.citations[0].doc_id not in gold.doc_ids:
        return [f"wrong document: {answer.citations[0].doc_id}"]
    if _facts_only(item) and all(flat(f) in flat(answer.text) for f in gold.facts):
        return []  # a signer, a date, a document number: read from the document's head, which it may cite instead
    if gold.quotes and not any(c.doc_id in gold.doc_ids and matches(c.quote, q)
                               for c in answer.citations for q in gold.quotes):
        return ["wrong passage"]
    return []


def _facts_only(item: Item) -> bool:
    gold = item.gold
    return bool(gold.facts) and not (gold.agency or gold.partners or gold.deadline or gold.tasks or gold.no_deadline)


def judge(answer: Answer, item: Item, ocr_docs: Collection[str] = frozenset()) -> Verdict:
    """Right, declined or wrong, for one answer to one question; `ocr_docs`: the documents whose text is OCR output
    (see `evals.harness.ocr_documents`), whose quoted words are matched with their marks folded."""
    if not answer.answerable:
        return Verdict(RIGHT if not item.answerable else DECLINED)
    if not item.answerable:
        return Verdict(WRONG, ("answered unanswerable",))
    gold, reasons = item.gold, _citation_problems(answer, item)
    if gold.agency:
        reasons += _lead_problems(answer, item)
    reasons += _asked_partner_leads(answer, item)
    for partner in gold.partners:
        if not _named(answer, partner):
            reasons.append(f"partner missing: {partner}")
    if gold.no_deadline:
        stated = answer_deadlines(answer) - _allowed(item)
        if stated:
            reasons.append(f"deadline where none is stated: {', '.join(sorted(stated))}")
        elif not says_no_time(answer.text):
            reasons.append("no-time not said")
    elif gold.deadline:
        reasons += _deadline_problems(answer, item)
    words, ocr_words = content_words(answer.text), _ocr_words(answer, ocr_docs)
    reasons += [f"task missing: {t}" for t in gold.tasks
                if not all(w in words or fold(w) in ocr_words for w in content_words(t))]
    reasons += [f"fact missing: {f}" for f in gold.facts if not _has_fact(answer, f, ocr_docs)]
    return Verdict(WRONG, tuple(reasons)) if reasons else Verdict(RIGHT)
