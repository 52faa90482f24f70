"""References between documents, read from a document's text: which documents it names, and how it relates to
each (legal basis, implements, replaces, amends, repeals, or a plain mention), with the statement that says so."""
from __future__ import annotations

import re
from datetime import date

from corpus.headers import day_or_month
from corpus.records import Document, Reference, Span
from corpus.vn import CODES, NUMBER_REFERENCE as _NUMBER, NUMBER_SEP as _SEP, TYPES, fold, number_key, weak_key
from corpus.vn import fold_ocr as _fold, serial as serial_of

KINDS = ("can_cu", "implements", "replaces", "amends", "repeals", "mentions")
QUOTE_CHARS = 400  # a longer statement is quoted around the reference only

_TYPE_NAMES = {fold(name).lower(): name for name in TYPES}
_TYPE = "|".join(sorted(map(re.escape, _TYPE_NAMES), key=len, reverse=True))
# All matched on fold(text): same offsets, no marks (OCR drops or garbles them: "sô", "sỐ", "thang-12").
_CODE_TYPES = {fold(code).upper(): name for code, name in CODES.items()}
# "Chỉ thị số 20-CT/TU", "Nghị quyết số 57", and a number alone after "số" in a list ("các Nghị quyết số 57-NQ/TW;
# số 59-NQ/TW"), typed by its code.
_REFERENCE = re.compile(rf"(?i)(?:\b(?P<type>{_TYPE})\b[ \t]*(?:\n[ \t]*)?(?:(?P<so>s[o0]\b)\s*:?\s*)?"
                        rf"|\bs[o0]\s*:?\s*(?=\d+{_SEP}))"
                        rf"(?P<number>{_NUMBER}|(?P<serial>\d{{1,5}})\b(?!{_SEP}\w))")
_DATE = re.compile(r"(?i)\s*,?\s*ngay\s*(?P<d>\d{1,2})\s*(?:[/.-]|th\w{2,3}g\W{0,2})\s*(?P<m>\d{1,2})\s*"
                   r"(?:[/.-]|,?\s*n\w{1,2}m)\s*(?P<y>(?:19|20)\d\d)")
# Where a statement ends: a sentence end, a line ending a clause, a blank line, or a new list item or basis line.
_BREAK = re.compile(r"[.!?](?=\s)|:[ \t*_]*\n|\n[ \t]*\n|\n(?=[\W_]*(?:[-+•]|\d+[.)]\s|[a-z]\)|can cu|dieu \d))|"
                    r";[ \t*_]*\n(?=[\W_]*(?:theo|xet|thuc hien|trien khai)\b)", re.I)
_SPLIT_LINE = re.compile(r"[^\W\d_][ \t]*\n[ \t]*\n[ \t]*[a-z]")
# "Căn cứ Nghị định số …"; "Căn cứ quy định tại …" is read as the type "Quy định", but the old spelling "qui" is not:
# "Căn cứ qui đinh tại Nghị định số 164/2003/NĐ-CP …" (Thông tư 26/2004/TT-BTC, a mark lost as typed)
_CAN_CU = re.compile(rf"(?i)^[\W\d_]*can cu\s+(?:vao\s+)?(?:(?:{_TYPE}|hien phap)\b|qui dinh tai\s+(?:{_TYPE})\b(?!\s+nay\b))")
_STARTS_TYPE = re.compile(rf"(?i)^[\W\d_]*(?:{_TYPE})\b")
# A basis line naming the articles it rests on first: "Căn cứ vào Điều 103 và Điều 106 của Hiến pháp …", "Căn cứ vào
# Điều 50 của Luật Ban hành các văn bản quy phạm pháp luật," (Lệnh 18/2003/L-CTN). Read where an answer looks for the
# preamble's basis lines (`is_legal_basis`), not in the references read at ingestion (`_CAN_CU` there).
_CAN_CU_ARTICLES = re.compile(rf"(?i)^[\W\d_]*can cu\s+(?:vao\s+)?(?:cac\s+)?(?:dieu|khoan)\s+\d[^;:]{{0,60}}?\s+cua\s+"
                              rf"(?:{_TYPE}|hien phap)\b(?!\s+(?:nay|do|tren)\b)")
_CUES = (("replaces", r"thay the(?: cho)?"), ("repeals", r"bai bo|huy bo"),
         ("amends", r"sua doi,? bo sung|sua doi|bo sung|dinh chinh"),
         ("implements", r"trien khai(?: thuc hien)?|to chuc thuc hien|thuc hien|(?<!hieu luc )thi hanh|cu the hoa|"
                        r"quan triet(?: thuc hien)?"))
_CUE = re.compile("|".join(rf"(?P<{kind}>\b(?:{pattern})\b)" for kind, pattern in _CUES), re.I)
# (a law "có hiệu lực thi hành kể từ …" is in force, no "thi hành" of this document's: the cue is the force's word)
# The second of two documents a cue names, the first without a number: "Để triển khai thực hiện Luật Thuế thu nhập cá
# nhân đã được Quốc hội khóa XII … thông qua ngày 21/11/2007 có hiệu lực thi hành kể từ ngày 01/01/2009 và Chỉ thị số
# 22/2008/CT-TTg …" (Chỉ thị 01/2009/CT-UBND of Kon Tum): the gap is the first document, named by its type, and "và".
_FIRST_LISTED = re.compile(rf"(?i)[\s,:*_]*(?:{_TYPE})\b[^;:]{{0,300}}?\s+va\s*$")
# "… ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết 57": the programme implements it; this
# document does only when the noun is its own title or what it issues ("ban hành Kế hoạch triển khai …").
_IMPLEMENTER = re.compile(rf"(?i)\b(?:{_TYPE})(?: hanh dong)?(?: cua [^,;]{{0,40}}?)?[\s,]*$")
_CLAUSE = re.compile(r"(?i)\b(?:de nghi|to trinh)\b")  # a new clause ("xét đề nghị của …"): a list after a cue ends
_FILLER = re.compile(r"(?i)[\s,:*_]*(?:(?:cho|cac|toan bo|co hieu qua|hieu qua)\s+)?")
# "bãi bỏ khoản 5 Điều 6 và khoản 8 Điều 50 Nghị định số …": part of a document only, so it amends it.
_PART = re.compile(r"(?i)[\s,:*_]*(?:mot so )?(?:diem|khoan|dieu|chuong|muc|phan|phu luc|noi dung)\b[^;]{0,80}?"
                   r"(?:\b(?:cua|tai)\b)?\s*")
_ITEM_START = re.compile(r"(?i)^[\W\d_]*(?:dieu \d+\W*)?")
_SELF = re.compile(rf"(?i)\b(?:{_TYPE}) nay\b")
# The enacting formula names the document itself by its type: "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều
# của Luật Thuế thu nhập cá nhân số 04/2007/QH12", "Chính phủ ban hành Nghị định sửa đổi …": the cue after it is
# this document's own act.
_ENACTS = re.compile(rf"(?i)\bban hanh (?:{_TYPE})[\s*_]*$")
# A title that opens with the guiding verb names this document's own act: "Hướng dẫn sửa đổi Thông tư số
# 18/2002/TT-BTC …" (Thông tư 75/2003/TT-BTC), as a bare "Sửa đổi, bổ sung …" title does.
_GUIDES = re.compile(r"(?i)^[\W\d_]*huong dan\s*$")
_PASSIVE = re.compile(rf"(?i)[^;]{{0,300}}?\b(?:(?:duoc|bi) (?P<replaces>thay the)|(?:duoc|bi) (?P<repeals>bai bo)|"
                      rf"(?P<expires>het hieu luc))\b[^;.]{{0,80}}?\b(?:{_TYPE}) nay\b")
# "Các Nghị định số 30/1998/NĐ-CP …, số 26/2001/NĐ-CP … của Chính phủ quy định chi tiết thi hành Luật Thuế thu nhập
# doanh nghiệp hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004" (Nghị định 164/2003/NĐ-CP, its closing article):
# the documents are the statement's subject and it says they cease to apply, so this document repeals them, as
# "… hết hiệu lực kể từ ngày Nghị định này có hiệu lực" does (`_PASSIVE`). Not what already happened ("đã hết hiệu
# lực"), nor a condition ("khi … hết hiệu lực").
_SUBJECT = re.compile(rf"(?i)[\W\d_]*(?:dieu \d+\W*)?(?:cac |toan bo )?(?:{_TYPE})\b")
_EXPIRES = re.compile(r"(?i)[^;]{0,300}?(?<!\bda )(?<!\bse )(?<!\bbi )\bhet hieu luc\b")
# the documents as the subject: not one named where another was amended ("Thông tư số 195/2015/TT-BTC … đã được sửa
# đổi, bổ sung một số điều tại Thông tư số 130/2016/TT-BTC … hết hiệu lực …")
_OBJECT = re.compile(r"(?i)\b(?:tai|boi)\b")
_CONDITION = re.compile(r"(?i)\b(?:khi|neu|truong hop|sau khi)\b")
# "… thay thế Nghị định số 164/2003/NĐ-CP … của Chính phủ quy định chi tiết thi hành Luật Thuế thu nhập doanh nghiệp
# và Nghị định số 152/2004/NĐ-CP …" (Nghị định 24/2007/NĐ-CP): "thi hành" after "quy định chi tiết" is the title of
# the document named before it, not a cue of this statement.
_TITLE_VERB = re.compile(r"(?i)\b(?:quy dinh chi tiet(?: va huong dan)?|huong dan)(?: mot so dieu(?: cua)?)?\s*$")
_AND = re.compile(r"(?i)(?:\bva|;)\s")  # the list the title verb interrupted goes on
_STRENGTH = {"replaces": 0, "repeals": 0, "amends": 1, "implements": 2, "can_cu": 3, "mentions": 4}
# A document named by its type and title before its number: "thay thế Luật Thuế thu nhập doanh nghiệp số
# 09/2003/QH11" (Luật 14/2008/QH12), "hướng dẫn thi hành một số điều của Luật Thuế thu nhập doanh nghiệp số
# 14/2008/QH12" (Thông tư 130/2008/TT-BTC): the words between the cue and the number are its name (no punctuation, no
# digits, no "tại"), no other clause.
_TITLED = re.compile(rf"(?i)[\s,:*_]*(?:mot so dieu (?:cua|tai)\s+)?(?:cac\s+)?(?:{_TYPE})\b"
                     r"(?:(?!\btai\b)[^;:,.!?()\d]){0,120}?\s*")
# A lead-in stating this document's act and closing on a colon, its documents listed below it: "8. Thông tư này
# thay thế:" then "- Thông tư số 134/2007/TT-BTC …" (Thông tư 130/2008/TT-BTC), "2. Bãi bỏ các văn bản hướng dẫn về
# thuế thu nhập doanh nghiệp:" then "- Thông tư số 13/2001/TT-BTC …" (Thông tư 128/2003/TT-BTC).
_LEAD_IN_END = re.compile(r":[\s*_]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-+•]|[a-z]\))\s*")


def is_legal_basis(sentence: str) -> bool:
    """Whether a sentence is a "Căn cứ …" line of a document's preamble (its legal basis)."""
    folded = fold(sentence)
    return _CAN_CU.match(folded) is not None or _CAN_CU_ARTICLES.match(folded) is not None


# What a sentence must say to state that documents end or are replaced, repealed or amended: its cue (`_CUES`), and
# "hết hiệu lực" for an end ("Thông tư số 195/2015/TT-BTC … hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành").
_ENDS = re.compile(r"(?i)\bhet hieu luc\b")


def states_relation(sentence: str, kind: str) -> bool:
    """Whether a sentence states a relation of the kind asked ("replaces", "repeals", "amends"): its cue, or an end
    of force ("hết hiệu lực") for a replacement or repeal."""
    folded = fold(sentence)
    if kind in ("replaces", "repeals") and _ENDS.search(folded):
        return True
    return any(found.lastgroup == kind for found in _CUE.finditer(folded))


_PROPOSAL = re.compile(r"(?i)^[\W\d_]*(?:theo|xet)\s+(?:de nghi|de xuat|to trinh)\b")


def is_proposal(sentence: str) -> bool:
    """Whether a sentence is the preamble's proposal line ("Theo đề nghị của Giám đốc Trung tâm …", "Xét đề nghị
    của Cục trưởng Cục Thuế …"): it names who proposed the document, never a task of that agency."""
    return _PROPOSAL.match(fold(sentence)) is not None


def document_keys(doc_number: str | None, doc_type: str | None) -> tuple[str, ...]:
    """Every key a reference to this document may carry: its number's key and its type-and-serial key."""
    if not doc_number or not re.match(r"\d", doc_number):
        return ()
    key, serial, _ = number_key(doc_number)
    return (key, weak_key(doc_type, serial)) if doc_type else (key,)


def reference_keys(reference: Reference) -> tuple[str, ...]:
    """The keys a reference (or a stored one: anything with its doc_type, serial and key) is found by: its own,
    and its type-and-serial key ("Chỉ thị 20"), so that a question naming "Chỉ thị số 20" finds a text that wrote
    "Chỉ thị số 20-CT/TU"."""
    weak = weak_key(reference.doc_type, reference.serial) if reference.doc_type else None
    return tuple(dict.fromkeys(filter(None, (reference.key, weak))))


def _statements(folded: str) -> list[tuple[int, int]]:
    """[start, end) of each statement; a blank line between a word and a lower-case word is OCR layout inside a
    sentence ("… thay thế Quyết định số 910/QĐ-TTg …; Quyết định\n\nsố 707/QĐ-TTg …"), not a break."""
    breaks = (m for m in _BREAK.finditer(folded) if not _SPLIT_LINE.match(folded, max(m.start() - 1, 0)))
    bounds = [0, *(m.end() for m in breaks), len(folded)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _quote_span(text: str, start: int, end: int, ref_start: int, ref_end: int) -> tuple[int, int]:
    """The statement trimmed of spaces and list marks, or a window of it around the reference when long."""
    if end - start > QUOTE_CHARS:
        start = max(start, text.rfind(" ", start, max(start, ref_start - QUOTE_CHARS // 3)) + 1)
        stop = text.find(" ", ref_end + QUOTE_CHARS // 2)
        end = min(end, stop) if stop != -1 else end
    while start < end and (text[start].isspace() or text[start] in "-+•*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_"):
        end -= 1
    return start, end


def _kind(folded: str, start: int, end: int, ref_start: int, ref_end: int, prior: dict[int, str],
          earlier: list[tuple[int, str]], bare: bool = False) -> str:
    """How the statement [start, end) relates this document to the one named at [ref_start, ref_end); `prior`
    holds the kind each cue of the statement gave, `earlier` the (end, key) of the references before this one;
    `bare`: the reference is a number after "số" with no type of its own (its type and title may precede it)."""
    before = folded[start:ref_start]
    if _SUBJECT.match(folded, start, end) and not _OBJECT.search(before):
        passive = _PASSIVE.match(folded, ref_end, end)
        if passive:
            return "replaces" if passive["replaces"] else "repeals"
        expires = _EXPIRES.match(folded, ref_end, end)
        if expires and not _CONDITION.search(folded, start, expires.end()) and not _CUE.search(before):
            return "repeals"
    last_ref = max((e - start for e, _ in earlier), default=None)
    cues = [c for c in _CUE.finditer(before)
            if last_ref is None or c.start() < last_ref or not _TITLE_VERB.search(before, last_ref, c.start())
            or not _AND.search(before, c.end())]
    if not cues:
        return "mentions"
    cue = cues[-1]
    gap = before[cue.end():]
    kind = cue.lastgroup
    if (bare or kind != "implements") and _TITLED.fullmatch(gap):
        gap = ""  # the document's type and title before its number; an implementing cue only before a bare "số N"
    if not _FILLER.fullmatch(gap):
        if kind in ("repeals", "amends") and _PART.fullmatch(gap):
            kind = "amends"  # a part of the document repealed or amended ("bãi bỏ khoản 2 Điều 3 …"): an amendment
        elif kind == "implements" and not earlier and _FIRST_LISTED.fullmatch(gap) and not _CUE.search(gap):
            pass  # "triển khai thực hiện Luật … và Chỉ thị số 22/2008/CT-TTg": both implemented
        elif prior.get(start + cue.start()) is None or not earlier or _CLAUSE.search(folded, earlier[-1][0], ref_start):
            return "mentions"
        else:  # a list after the cue: "thay thế A; B và C"
            kind = prior[start + cue.start()]
    if kind == "implements" and not _own_implementation(before[:cue.start()], start, earlier):
        return "mentions"
    if kind != "implements":
        acts = _SELF.search(before[:cue.start()]) or _ENACTS.search(before[:cue.start()]) or (
            (not _ITEM_START.sub("", before[:cue.start()]).strip() or _GUIDES.match(before[:cue.start()]))
            and "|" not in folded[start:end])
        if not acts:  # the statement says what other documents did ("Nghị định 26 thay thế Nghị định 149")
            return "mentions"
    prior[start + cue.start()] = kind
    return kind


def _lead_in(statement: str) -> str | None:
    """The kind a lead-in gives the documents listed below it ("Thông tư này thay thế:", "Bãi bỏ các văn bản …:"):
    a statement closing on a colon, naming no document itself, whose last cue is this document's own replacing,
    repealing or amending act (after "<type> này", or opening the statement)."""
    if not _LEAD_IN_END.search(statement) or _REFERENCE.search(statement):
        return None
    cues = [c for c in _CUE.finditer(statement) if c.lastgroup != "implements"]
    if not cues:
        return None
    before = statement[:cues[-1].start()]
    return cues[-1].lastgroup if _SELF.search(before) or not _ITEM_START.sub("", before).strip() else None


def _own_implementation(before: str, start: int, earlier: list[tuple[int, str]]) -> bool:
    """Whether an implementing cue speaks of this document, not of a document named just before it."""
    cue = start + len(before)
    if _GUIDES_TOO.match(before):
        return True  # a title's second guiding verb: "Hướng dẫn thi hành … Luật … và hướng dẫn thi hành Nghị định …"
    if any(cue - 200 <= ref_end <= cue for ref_end, _ in earlier):
        return False
    noun = _IMPLEMENTER.search(before)
    return (not noun or not re.sub(r"[\W\d_]", "", before[:noun.start()]) or "ban hanh" in before[:noun.start()]
            or _DATED_GUIDE.search(before))


# A title opening with the guiding verb and repeating it before the second document it guides (Thông tư
# 130/2008/TT-BTC: "Hướng dẫn thi hành một số điều của Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 và hướng dẫn thi
# hành Nghị định số 124/2008/NĐ-CP …"; 84/2008/TT-BTC the same for the Luật Thuế thu nhập cá nhân and Nghị định
# 100/2008/NĐ-CP): both are this document's own act.
_GUIDES_TOO = re.compile(r"(?i)^[\W\d_]*huong dan\b[^.;:]*\bva huong dan\s*$")
# An old-style title in capitals: the document's own number and date, then "HƯỚNG DẪN THỰC HIỆN …" ("BỘ TÀI CHÍNH SỐ
# 24/2000/TT-BTC NGÀY 30 THÁNG 3 NĂM 2000 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 08/2000/QĐ-TTG"): "hướng dẫn" is its verb,
# not another document (a Hướng dẫn) carrying the cue.
_DATED_GUIDE = re.compile(r"(?i)\bngay \d{1,2}(?: thang |/)\d{1,2}(?: nam |/)(?:19|20)\d\d\s+huong dan\s*$")


def _name(written: str, doc_type: str | None) -> str:
    """How the text names the document, on one line; a bare "số 59-NQ/TW" gets the type its code gives."""
    name = " ".join(written.replace("\\", "").split())
    return f"{doc_type} {name}" if doc_type else name


def _date_after(folded: str, at: int) -> tuple[date | None, int]:
    found = _DATE.match(folded, at)
    if not found:
        return None, at
    day, month = day_or_month(found["d"], 31), day_or_month(found["m"], 12)
    try:
        return (date(int(found["y"]), month, day) if day and month else None), found.end()
    except ValueError:
        return None, found.end()


def find_references(document: Document) -> tuple[Reference, ...]:
    """The documents `document` names, one reference per document and kind (its first statement), strongest
    kind first kept: a document is not said to implement or merely mention what it replaces or repeals; its
    own number is not a reference."""
    text, folded = document.text, _fold(document.text)
    own = set(document_keys(document.header.doc_number, document.header.doc_type))
    found: dict[str, list[Reference]] = {}
    basis = False
    listed = None  # the kind of the lead-in whose list is being read
    for start, end in _statements(folded):
        statement = folded[start:end]
        if not statement.strip(" \t\n*_"):
            continue
        item = _LIST_ITEM.match(statement)
        listed = listed if item else None
        basis = bool(_CAN_CU.match(statement) or basis and _STARTS_TYPE.match(statement))
        prior: dict[int, str] = {}
        earlier: list[tuple[int, str]] = []
        for match in _REFERENCE.finditer(folded, start, end):
            if match["serial"] and not match["so"]:
                continue  # "Kế hoạch 5 năm": a bare count, not a document
            if match["serial"]:
                doc_type = _TYPE_NAMES[match["type"].lower()]
                serial, year = serial_of(match["serial"]), None
                key, number = weak_key(doc_type, serial), None
            else:
                key, serial, year = number_key(match["number"])
                code = key.split("/")[1].split("-")[0]
                doc_type = _TYPE_NAMES[match["type"].lower()] if match["type"] else _CODE_TYPES.get(code)
                number = re.sub(r"\s+|\\", "", text[match.start("number"):match.end("number")])
            issued_on, name_end = _date_after(folded, match.end())
            if key in own:
                continue
            if basis:
                kind = "can_cu"
            elif listed and not re.sub(r"[\W_]", "", folded[start + item.end():match.start()]):
                kind = listed  # a list item opening with the document's name, below a lead-in
            else:
                kind = _kind(folded, start, end, match.start(), match.end(), prior,
                             [(e, k) for e, k in earlier if k != key], bare=not match["type"])
            earlier.append((match.end(), key))
            quote_start, quote_end = _quote_span(text, start, end, match.start(), match.end())
            found.setdefault(key, []).append(Reference(
                kind=kind, doc_type=doc_type, number=number, key=key, serial=serial,
                name=_name(text[match.start():name_end], None if match["type"] else doc_type), issued_on=issued_on,
                year=issued_on.year if issued_on else year, quote=text[quote_start:quote_end],
                span=Span(quote_start, quote_end, document.page_at(quote_start))))
        listed = listed or _lead_in(statement)
    references = []
    for refs in found.values():
        kinds = {r.kind for r in refs}
        strongest = min(_STRENGTH[k] for k in kinds)
        keep = [k for k in KINDS if k in kinds and not (k == "mentions" and len(kinds) > 1)
                and not (strongest == 0 and k in ("implements", "can_cu"))]
        references += [next(r for r in refs if r.kind == k) for k in keep]
    return tuple(sorted(references, key=lambda r: r.span.start))
