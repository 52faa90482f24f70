"""Header metadata of Vietnamese official documents: number, type, issuer, date, place, title and signer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corpus.agencies import restore_marks
from corpus.records import Header
from corpus.text import syllable_share
from corpus.vn import CODES, TYPES, fold  # noqa: F401 (re-exported: corpus.relations, marks, evals)
from corpus.vn import NUMBER_HEADER as _NUMBER

_WINDOW = 80  # lines searched for the header; pypdf sometimes emits page 1's body before its header block
_KNOWN_ISSUERS = ("Thủ tướng Chính phủ", "Chính phủ", "Văn phòng Chính phủ", "Quốc hội", "Chủ tịch nước",
                  "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ủy ban Thường vụ Quốc hội",
                  "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
                  "Bộ Công Thương", "Bộ Xây dựng", "Bộ Y tế", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
                  "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo",
                  "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông", "Bộ Tài nguyên và Môi trường",
                  "Bộ Lao động - Thương binh và Xã hội", "Bộ Giao thông vận tải", "Ngân hàng Nhà nước Việt Nam")
# Fixed capitalisation inside issuer names, applied after the word-level rules.
_PROPER = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Thường vụ Quốc hội", "Trung ương Đảng", "Trung ương",
           "Chính phủ", "Quốc hội", "Chủ tịch nước", "Công Thương", "Ngân hàng Nhà nước", "Việt Nam", "Tỉnh ủy",
           "Thành ủy", "Huyện ủy", "Mặt trận Tổ quốc")
_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lâm Lương Mai Trịnh "
    "Trương Tô Tống Tạ Hà Cao Chu Châu Thái Lưu Quách Kiều Phùng Triệu Đàm Hứa La Lại Nghiêm Khúc Giang Từ Mạc "
    "Thân Ninh Tăng Âu Doãn Bạch Khổng Lò Lục Đồng Quan Vi Nông Hầu Kim Ông Tôn Vương Văn Diệp Thạch Lạc Cù Chử "
    "Nhữ Giáp Phí Đậu Lường Cấn Trình Nhan Mẫn Sầm Tòng Ung Hoa Ngọ Khuất Đới Đường Vòng Quản".split())

# Matched on fold(line): OCR often drops the marks ("CONG HOA XA HOI", "Độc lap").
_MOTTO = re.compile(r"C[O0]NG\W{0,2}H[O0]A\b|DANG CONG SAN|D(?i:[o0]c\W{0,2}lap)\b")
_MOTTO_END = re.compile(r"(?i:hanh\W{0,2}phuc)")
# On the fold; OCR writes "ngay06", "thang10", "thing", "ndm", and "OF" or "4O" for the day (judged later).
_DATE = re.compile(r"ngay\s*(?P<d>\S{0,3}?)\s*th\w{2,3}g\s*(?P<m>\S{0,3}?)\s*n\S{0,2}m\s*(?P<y>(?:19|20)\d\d)", re.I)
# Where the place name starts in a lower-cased issuer; "xã hội" is not a commune.
_ADMIN = re.compile(r"(?<!\S)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|thị xã|thị trấn|thành phố|tỉnh|huyện|quận"
                    r"|phường|xã)(?= (?!hội\b))")
_LOCALITY = r"TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN"  # matched on the upper-case fold
# Last word of a unit noun: the next word starts the unit's own name (Bộ Tài chính, Văn phòng Chính phủ).
_UNITS = ("bộ", "sở", "cục", "vụ", "ban", "viện", "phòng", "tâm", "đồng", "đài", "trường")
# Openings of the body (or of a numbered part) that end the title.
_BODY = re.compile(r"(Căn c|Thực hiện|Kính gửi|Theo đề nghị|Xét đề nghị|Để |Trên cơ sở|Ngày \d|Hôm nay|Sau khi|"
                   r"Vừa qua|Thời gian qua|Điều \d|Chương [IVX\d]|Phần [IVX\d]|(?:[IVXLC]+|\d+)[.)]\s|\d+ [A-ZĐ])")
# "V/v" (về việc) opening a subject line, also as OCR reads it: "Viv", "Vlv", "V/V".
_VV = re.compile(r"^[“\"]?[Vv](?:/[Vv]?|[iIl1|!][Vv])\.?\s+")
# Stamp noise: dot leaders ("Ngày.....", "Giờ....."), rules, stray symbols.
_JUNK = re.compile(r"\.{3}|[—_-]{2}|[=~#<>©®€@!]")
_STAMP = re.compile(r"C[O0]NG\W+TH[OA0]NG\b")  # the chinhphu.vn "CỔNG THÔNG TIN ĐIỆN TỬ" seal, read into the text
# Signing roles, matched on the fold of a line's upper-case words.
_ROLE = re.compile(r"\b(?:TM|KT|TL|TUQ)\.|\b[TK]/[MTL]\b|CHU TICH|THU TUONG|BO TRUONG|THU TRUONG|GIAM DOC|BI THU|"
                   r"CHU NHIEM|TRUONG BAN|CUC TRUONG|VU TRUONG|VIEN TRUONG|HIEU TRUONG|CHANH AN|CHANH VAN PHONG|"
                   r"THANH TRA|TONG KIEM TOAN|THONG DOC|TRUONG PHONG|TRUONG DOAN")


# A signing role whose words OCR ran together ("Nơi nhận: THỦTƯỚNG", Quyết định 2241/QĐ-TTg).
_GLUED_ROLE = re.compile(r"\b(?:THUTUONG|BOTRUONG|CHUTICH|THUTRUONG|PHOTHUTUONG|PHOCHUTICH)\b")
_MOTTO_LINE = re.compile(r"(?i)d[o0]c\W{0,2}lap\W{0,4}tu\W{0,2}do\W{0,4}hanh\W{0,2}phuc")


def has_motto(text: str) -> bool:
    """Whether a text holds the national motto ("Độc lập - Tự do - Hạnh phúc"): it is a document's header block,
    which names the document and answers no question about its content."""
    return _MOTTO_LINE.search(fold(text)) is not None


def _key(name: str) -> str:
    """Issuer lookup key that survives lost marks and OCR-split words ("BO KHOA HỌC VA CÔNG NGHE", "ĐÀO T ẠO")."""
    return fold(name).upper().replace(" ", "")


_KNOWN = {_key(name): name for name in _KNOWN_ISSUERS}


def _plausible(text: str, threshold: float) -> bool:
    """Whether most words are Vietnamese syllables (short all-caps codes aside): false for garbage OCR layers."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not (w.isupper() and len(w) <= 4)]
    return not words or syllable_share(" ".join(words), lenient=True) >= threshold


def _is_upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _clean(line: str) -> str:
    """One line without markdown emphasis or escapes; a table row ('|' cells) becomes its cells side by side."""
    line = re.sub(r"\\[*_]", " ", line)
    # a run of stars standing for the rule under a head cell's lines: "BỘ TÀI CHÍNH*******Số: 111/2005/TT-BTC"
    # (Thông tư 111/2005/TT-BTC, its escapes read): the lines apart, not one glued word
    line = re.sub(r"(?<=[^\W_])\*{4,}(?=[^\W_])", " ", line)
    line = re.sub(r"\\(.)", r"\1", line).replace("*", "").lstrip("#> ")
    if line.startswith("|"):
        cells = (c.strip() for c in line.strip("|").split("|"))
        line = " ".join(c for c in cells if c and not re.fullmatch(r"[-: ]+", c))
    return " ".join(line.split())


def _split(line: str) -> list[str]:
    """Cut a line where extraction glued the header columns together: before the national motto, after
    'Hạnh phúc', and before 'Số:' when only the upper-case issuer precedes it."""
    folded = fold(line)
    cuts = {m.start() for m in _MOTTO.finditer(folded)} | {m.end() for m in _MOTTO_END.finditer(folded)}
    number = _NUMBER.search(line)
    if number and number["colon"] and _is_upper(line[:number.start()]) and len(line[:number.start()].split()) <= 10:
        cuts.add(number.start())
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(line)), len(line)]
    return [p for p in (line[a:b].strip() for a, b in zip(bounds, bounds[1:])) if p] or [""]


def _number(line: str) -> tuple[str | None, str | None] | None:
    """(number, type code) from a 'Số:' line; None when the line is not one, (None, code) when the number is blank."""
    m = _NUMBER.match(re.sub(r"^[\W_]+", "", line))
    if not m or m[0][0] == "L" and not m["colon"]:  # "Luật số 56/2024/QH15," wrapped from a citation
        return None
    rest = _symbol(m["rest"])
    party = re.fullmatch(r"\d+-([A-Za-zĐđ]+)", m["n"])  # Party style: 24-CT/TU, 57-NQ/TW
    code = party[1] if party else rest.split("/")[-1].split("-")[0]
    return (f"{m['n']}/{rest}" if party or m["n"].isdigit() else None), code


def _symbol(rest: str) -> str:
    """The part of a number after its serial, as a header writes it: "CD - TTg" → "CĐ-TTg"."""
    rest = re.sub(r"\s", "", rest).replace("Ð", "Đ").replace("–", "-").rstrip(".")
    return re.sub(r"(?<![^/])([QNC])D(?=-|$)", r"\1Đ", rest)  # OCR drops the bar of Đ: "QD-TTg", "CD-TTg"


def unread_number(text: str) -> str | None:
    """The number of a header whose serial OCR could not read, as it was read: "4#/CĐ-TTp" ("Số: 4# /CĐ-TTp",
    Công điện 187/CĐ-TTg), "4555+/BTC-PTHT"; None when the serial was read, left blank (a draft's "Số: /KH-UBND"), or
    there is no "Số:" line. What the serial was is for corpus.ocr_fixes.reconcile_number to judge."""
    lines = [part for raw in text.split("\n") for part in _split(_clean(raw))][:_WINDOW]
    for line in lines:
        read = _number(line)
        if read is None:
            continue
        m = _NUMBER.match(re.sub(r"^[\W_]+", "", line))
        return f"{m['n']}/{_symbol(m['rest'])}" if read[0] is None and m["n"] else None
    # no "Số:" line at all: a number OCR read at the head of the date line, its "Số:" and perhaps a digit lost with it
    # ("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", Thông báo 537/TB-VPCP): as unsure as an unread serial
    for line in lines:
        if (m := _DATED_NUMBER.match(line)) and _date_line(line[m.end(1):]) is not None:
            return f"{m[1]}/{_symbol(m[2])}"
    return None


_DATED_NUMBER = re.compile(r"[\W_]*(\d{1,5})/((?:[A-ZĐ][A-Za-zĐ]*-)+[A-ZĐ][A-Za-zĐ]*)(?=\s+[A-ZĐ])")


def day_or_month(text: str, limit: int) -> int | None:
    digits = text.replace("O", "0").replace("o", "0")
    if not digits.isdigit():
        return None
    value = int(digits)
    if value > limit and len(digits) == 2 and (limit == 12 or digits[0] == "4"):
        value = 10 + int(digits[1])  # OCR reads a leading 1 as 4 or 2: "tháng 40", "ngày 42"
    return value if 1 <= value <= limit else None


def _place(prefix: str) -> tuple[str | None, str]:
    """(place, the text after any number) from what precedes ', ngày' on a date line."""
    words = prefix.replace("|", " ").split()
    numbered = [i for i, w in enumerate(words) if re.search(r"[\d/]", w)]
    rest = re.sub(r"^[\W_]+|[\s,.]+$", "", " ".join(words[numbered[-1] + 1 if numbered else 0:]))
    return (rest if rest and rest[0].isupper() and len(rest.split()) <= 6 else None), rest


def _date_line(line: str) -> tuple[date | None, str | None] | None:
    """(issued_on, place) from a '<Place>, ngày .. tháng .. năm ..' line; None when the line is not one."""
    m = _DATE.search(fold(line))
    if not m or _BODY.match(line):
        return None
    place, rest = _place(line[:m.start()])
    if place is None and (rest or line[m.end():].strip(" .,")):
        return None
    day, month = day_or_month(m["d"], 31), day_or_month(m["m"], 12)
    try:
        return (date(int(m["y"]), month, day) if day and month else None), place
    except ValueError:
        return None, place


def _capitalise(name: str) -> str:
    """Upper-case issuer name in Vietnamese capitalisation: 'Ủy ban nhân dân tỉnh Ninh Bình', 'Bộ Tài chính'."""
    lowered = " ".join({"UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân"}.get(w, w)
                       for w in re.sub(r"(?<=\w)\s*-\s*(?=\w)", " - ", name).split()).lower()
    admin = _ADMIN.search(lowered)
    head, tail = (lowered[:admin.end()], lowered[admin.end():]) if admin else (lowered, "")
    words, out, start = head.split(), [], 0
    for i, word in enumerate(words):
        if i and (words[i - 1] == "-" or words[i - 1].endswith(",")):
            start = i
        unit_named = 0 < i - start <= 2 and words[i - 1] in _UNITS
        ministry_part = i and words[i - 1] == "và" and words[0] in ("bộ", "sở")
        out.append(word[:1].upper() + word[1:] if i == start or unit_named or ministry_part else word)
    text = " ".join(out + [w[:1].upper() + w[1:] for w in tail.split()])
    for proper in _PROPER:
        text = re.sub(rf"(?<!\w){re.escape(proper)}(?!\w)", proper, text, flags=re.I)
    return text[:1].upper() + text[1:]


def _issuer(lines: list[str], anchor: int) -> str | None:
    """The left header column above the number line: the issuing body under its parent, in proper case."""
    rows: list[str] = []
    for line in reversed(lines[max(0, anchor - 12):anchor]):
        row = re.sub(r"^[\W_]+|[\W_]+$", "", line)
        folded = fold(line)
        if not re.search(r"[^\W\d_]{3}", row) or _MOTTO.search(folded) or _DATE.search(folded) or "DU THAO" in folded:
            continue  # blank, separator or stamp speck, the right column (motto, date), a "DỰ THẢO" mark
        if not _is_upper(row) or len(row.split()) < 2 or ":" in row or len(rows) == 3:
            break
        rows.insert(0, row)
    if not rows:
        return None
    name = rows[0]
    for row in rows[1:]:  # the issuing body is the lower row unless that row only continues the one above
        if re.match(rf"(?:{_LOCALITY}|VE|VA|CUA) (?!UY|HOI)", fold(row)):
            name = f"{name} {row}"
        elif row == "VĂN PHÒNG":
            name = f"{row} {name}"
        else:  # "UBND TỈNH NINH BÌNH / SỞ TÀI CHÍNH": the department keeps its province
            locality = re.search(rf"\b(?:{_LOCALITY}) (?!UY|HOI).*", fold(name))
            own = re.search(rf"\b(?:{_LOCALITY})\b", fold(row))
            name = row if not locality or own else f"{row} {name[locality.start():]}"
    return _KNOWN.get(_key(name)) or _capitalise(name)


def _type_line(line: str) -> str | None:
    folded = fold(line).upper().rstrip(".! ")
    for name in TYPES:
        key = fold(name).upper()
        if re.fullmatch(rf"{key}(?: CUA .*)?", folded):
            return name
        # OCR noise before an upper-case type name: "cn THONG BAO", "li 2. NGHỊ ĐỊNH"
        if " " in key and folded.endswith(" " + key) and _is_upper(line.rstrip(".! ")[-len(key):]):
            return name
    return None


# The issuing body under a Party document's type: "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ" under the letterhead "BAN CHẤP HÀNH
# TRUNG ƯƠNG / ĐẢNG CỘNG SẢN VIỆT NAM" (Nghị quyết 57-NQ/TW); "CHỈ THỊ CỦA BAN BÍ THƯ" on one line. The body named
# there issued it, not the letterhead's.
_OF_BODY = re.compile(r"(?:^|\s)CUA\s+((?:BO CHINH TRI|BAN BI THU|BAN CHAP HANH TRUNG UONG)(?:\s+DANG(?:\s+CONG SAN VIET NAM)?)?)$")


def _issuer_under_type(lines: list[str], type_idx: int) -> str | None:
    """The body named on the type line or the line under it ("CỦA BỘ CHÍNH TRỊ"), in proper case."""
    for line in [line for line in lines[type_idx:type_idx + 4] if line.strip()][:2]:
        row = re.sub(r"^[\W_]+|[\W_]+$", "", line)
        if row and _is_upper(row) and (found := _OF_BODY.search(fold(row).upper())):
            name = row[len(row) - len(found.group(1)):]
            return _KNOWN.get(_key(name)) or _capitalise(name)
    return None


def _title_line(line: str) -> str:
    if "|" in line:
        parts = [p for p in line.split("|") if p.strip()]
        line = next((p for p in reversed(parts) if _plausible(p, 0.75)), parts[0] if parts else "")
    stamp = _STAMP.search(fold(line))
    line = re.sub(r"[`~^]", "", line[:stamp.start()] if stamp else line)
    return _VV.sub("", " ".join(line.split())).strip(" —_\"'")


def _after_stamp(line: str) -> str:
    """A first title line without the stamp noise that OCR read before it ("MA... Ban hành Quy chế hoạt động"):
    the text after the last dot leader or rule when that text is a legible lower-case phrase of 3 words or more."""
    junk = list(_JUNK.finditer(line))
    tail = line[junk[-1].end():].strip(" .") if junk else ""
    legible = len(tail.split()) >= 3 and not _is_upper(tail) and _plausible(tail, 0.75) and not _JUNK.search(tail)
    return tail if legible else line


def _ends_title(line: str) -> bool:
    words = [w.strip(",.;:") for w in line.split()]
    caps = sum(len(w) > 1 and w.isalpha() and w.isupper() for w in words)  # stamp text reads as caps runs
    return bool(_BODY.match(line) or _JUNK.search(line) or _is_upper(line) or line.endswith(":") or caps >= 2
                or len(re.findall(r"[^\W\d_]{2,}", line)) < 2 or not _plausible(line, 0.75))


def _sentence_case(caps: str) -> str:
    """An upper-case title as a sentence: "HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 08/2000/QĐ-TTG" → "Hướng dẫn thực hiện
    quyết định số 08/2000/QĐ-TTG" (a word with a digit, a number, is kept as written)."""
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in caps.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


# A notice's title "Kết luận của <title> <name> tại …", its first word OCR'd with a stray letter ("kcết") after the
# seal's debris ("igi. C401 1025. kcết luận của Phó Thủ tướng Chính phủ Lê Thành Long", Thông báo 537/TB-VPCP).
_CONCLUSION = re.compile(r"(?<![^\W\d_])k[^\W\d_]?et\s+luan\s+cua(?![^\W\d_])", re.I)


def _conclusion(line: str) -> str:
    """The first title line from its "Kết luận của …" on when what stands before it is OCR debris (no plausible
    words), the first word written as it is meant; the line as it is otherwise."""
    m = _CONCLUSION.search(fold(line))
    if not m or (m.start() and _plausible(line[:m.start()], 0.75)):
        return line
    rest = line[m.start():]
    return "Kết" + rest[len(rest.split()[0]):]


def _title(lines: list[str], start: int) -> str | None:
    """Trích yếu: the lines after the type line, joined; a blank line ends it unless text continues in lower case."""
    parts: list[str] = []
    gap = False
    for raw in lines[start:start + 16]:
        line = _title_line(raw)
        if not parts:
            line = re.sub(r"^(?:[^\w(“\"]|\d+\W)+", "", line)  # OCR specks before the first line
            line = _after_stamp(line)
            line = _conclusion(line)
        if not line:
            gap = gap or bool(parts)
        elif not parts and (_is_upper(line) or _JUNK.search(line) or not _plausible(line, 0.75)):
            caps_title = _CAPS_TITLE.search(fold(line)) if _is_upper(line) else None
            rest = line[caps_title.start("rest"):].strip(" .,") if caps_title else ""
            if len(rest.split()) >= 4:  # "… SỐ 24/2000/TT-BTC NGÀY 30 THÁNG 3 NĂM 2000 HƯỚNG DẪN THỰC HIỆN …"
                return _sentence_case(rest)
            continue  # "CỦA ỦY BAN NHÂN DÂN TỈNH ...", "DỰ THẢO 1", stamp noise before the title
        elif _ends_title(line) or gap and not (line[0].islower() or len(line) <= 60) or len(parts) == 8:
            break
        elif parts and _legible(line) is None:
            break  # an OCR-garbled continuation line: the title is kept up to it
        else:
            parts.append(line)
            gap = False
    title = " ".join(parts)
    return (title.strip("“”") if title.count("“") != title.count("”") else title) or None


def _is_surname(word: str) -> bool:
    """A common family name, also without its marks when OCR dropped them all ("Pham Minh Chinh")."""
    # OCR also misreads a mark ("Đồ Ngọc Huỳnh" for Đỗ): a word whose fold is one family name's only is that name
    return word in _SURNAMES or sum(fold(s) == fold(word) for s in _SURNAMES) == 1


def _misread_surname(word: str) -> bool:
    """A word OCR misread from a family name by one letter, on the fold, four letters or more, and close so to one
    family name only: "Nếuyên" (Nguyễn, Thông báo 541/TB-VPCP), "PHTạm" (Phạm, Quyết định 2239/QĐ-TTg); "Tân" is
    close to Trần, Tăng and Tôn, so no name. Read only as the first word of a line that is a name alone."""
    key = fold(word).lower()
    if len(key) < 4 or not word[:1].isupper() or _is_surname(word):
        return False
    return sum(_one_edit(key, fold(s).lower()) for s in _SURNAMES) == 1


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def names_person(text: str) -> bool:
    """Whether the text names a person: a family name followed by one to three capitalised words ("Phó Thủ tướng
    Chính phủ Lê Thành Long", "Nguyễn Sỹ Hiệp"; `_is_surname`)."""
    words = re.findall(r"\w+", text)
    return any(w[:1].isupper() and _is_surname(w) and i + 1 < len(words) and words[i + 1][:1].isupper()
               for i, w in enumerate(words))


# The typist's filing code a scan prints beside the signer's name ("LQ_VP7_NV.2024 Phạm Quang Ngọc"): capitals and
# digits, no lower-case letter.
_FILING_CODE = re.compile(r"(?=[^a-z]*[A-Z])(?=[^a-z]*\d)[A-Z\d_.\-/]{4,}")


_FILED = re.compile(r"(?i)\bluu\s*:")
# "(Đã ký)", "(đã ký và đóng dấu)" written after the signer's name ("Phạm Văn Trọng (Đã ký)"): no part of the name.
_SIGNED_MARK = re.compile(r"\s*[(\[]\s*(?:đã|Đã|ĐÃ|da|Da|DA)\s+(?:ký|Ký|KÝ|ky)[^)\]]{0,20}[)\]]\s*$")


def _trailing_name(line: str) -> str | None:
    """A personal name closing the line, alone or after ';', ',', ')', an upper-case role or a filing code."""
    m = re.search(r"(?<!\w)(?:[^\W\d_]+ ){1,4}[^\W\d_]+(?=\.?$)", line)
    if not m:
        return None
    words = m[0].split()
    for k in range(len(words) - 1):
        run = words[k:]
        prefix = line[:m.start()] + " ".join(words[:k])
        tail = prefix.split()[-1] if prefix.strip() else ""
        after_role = _is_upper(tail) and _ROLE.search(fold(" ".join(prefix.split()[-3:])))
        # the filing line "- Lưu: VT, Vụ PC, Cục QLCL. Phạm Ngọc Thưởng": the OCR glued the signer's name after its end
        filed = tail.endswith(".") and _FILED.search(fold(prefix))
        if all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in run) and (
                not tail or tail[-1] in ";,:)]" or after_role or filed or _FILING_CODE.fullmatch(tail)) and _is_surname(run[0]):
            return " ".join(run)
    if m.start() == 0 and _is_upper(line) and 2 <= len(words) <= 4 and _is_surname(words[0].title()):
        return m[0].title()  # the whole line is a name in capitals: "TRẦN VĂN CỒN"
    if m.start() == 0 and _whole_name(words, misread=True):
        return m[0]  # the whole line is a name whose family name OCR misread by a letter: "Nếuyên Sỹ Hiệp"
    return None


def _whole_name(words: list[str], misread: bool = False) -> bool:
    """Whether the words are a personal name of three or four words: a family name (or, with `misread`, one OCR
    misread by a letter: `_misread_surname`), then capitalised words."""
    return (3 <= len(words) <= 4 and all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words[1:])
            and (_misread_surname(words[0]) if misread else _is_surname(words[0])
                 and (len(words[0]) == 1 or words[0][1:].islower())))


# Signers' titles, on the upper-case fold of a role line, with the way an answer writes them; "PHÓ" (deputy) and
# "QUYỀN"/"Q." (acting) are read as a prefix. The principal a deputy signs for ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
# "TL. BỘ TRƯỞNG") is no title of the signer.
_TITLES = {"TONG BI THU": "Tổng Bí thư", "BI THU": "Bí thư", "THU TUONG": "Thủ tướng", "CHU TICH": "Chủ tịch",
           "BO TRUONG": "Bộ trưởng", "THU TRUONG": "Thứ trưởng", "GIAM DOC": "Giám đốc", "CHU NHIEM": "Chủ nhiệm",
           "TRUONG BAN": "Trưởng ban", "CUC TRUONG": "Cục trưởng", "VU TRUONG": "Vụ trưởng",
           "VIEN TRUONG": "Viện trưởng", "CHANH VAN PHONG": "Chánh Văn phòng", "CHANH AN": "Chánh án",
           "CHANH THANH TRA": "Chánh Thanh tra", "TONG KIEM TOAN NHA NUOC": "Tổng Kiểm toán Nhà nước",
           "THONG DOC": "Thống đốc", "TRUONG PHONG": "Trưởng phòng", "TRUONG DOAN": "Trưởng đoàn",
           "TONG CUC TRUONG": "Tổng cục trưởng", "HIEU TRUONG": "Hiệu trưởng"}
_TITLE = re.compile(r"(?<![A-Z])(?:(?P<principal>TM|KT|TL|TUQ)\.\s*)?(?P<acting>(?:Q|QUYEN)\.?\s+)?(?P<deputy>PH[O0]\s+)?"
                    r"(?P<title>" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")(?![A-Z])")


# What stands before a body whose signer a question asks ("Thứ trưởng Bộ Nội vụ nào ký", "ai ký thay Bộ trưởng Bộ
# Tài chính", "phía Bộ Nội vụ thì ai ký", "đại diện Bộ Công an"): a signer's title, or "phía", "bên", "đại diện"; the
# body follows at the end of the matched text. Matched on the text before the body, cased as typed.
SIGNED_FOR = re.compile(r"(?i:\b(?:" + "|".join(sorted(_TITLES.values(), key=len, reverse=True)) +
                        r"|phía|bên|đại diện)\s*)$")


_GARBLED = re.compile(r"[\[\]{}`|¢]")  # OCR debris: a role line holding it may have lost its "KT." or "PHÓ"


def _signer_title(caps: str) -> str | None:
    """The signer's own title on a role line's upper-case words: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "THỦ TƯỚNG" →
    "Thủ tướng"; None for the principal a deputy signs for ("KT. CHỦ TỊCH"), no title, or a garbled line."""
    found, principal_end = None, None
    if _GARBLED.search(caps):
        return None
    folded = fold(caps).upper()
    for m in _TITLE.finditer(folded):
        # "KT. BỘ TRƯỞNG, CHỦ NHIỆM" (Văn phòng Chính phủ's minister): the title after the comma is the principal's too
        joined = principal_end is not None and re.fullmatch(r"\s*,\s*", folded[principal_end:m.start()])
        principal_end = m.end() if m["principal"] or joined else None
        if not (m["principal"] or joined):
            found = ("Quyền " if m["acting"] else "") + ("Phó " if m["deputy"] else "") + _TITLES[m["title"]]
    return found


_SIGNED_STAMP = re.compile(r"[(\[]\s*da ky[^)\]]{0,20}[)\]]")  # "(Đã ký)", "[đã ký]" on the fold
_STAMP_BEFORE = 15  # lines above its anchor a signature block is read from (a stamp further up is another's)


def _signer(lines: list[str], stamped: bool = True) -> tuple[str | None, str | None]:
    """(name, title) of the signer: the personal name under the role block ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tống
    Quang Thìn') near 'Nơi nhận', and the last title above it that is the signer's own ("Phó Chủ tịch"). With
    `stamped`, when none is found there, the name under a "(Đã ký)" stamp well before that "Nơi nhận": the first
    "Nơi nhận" was a sample form's, in the appendix after the signature (Thông tư 69/2002/TT-BTC: its Mẫu 02 and 03, a
    Cục trưởng's Quyết định with its own "Nơi nhận")."""
    folded = [fold(line).lower() for line in lines]
    anchor = next((i for i in range(5, len(lines)) if "noi nhan" in folded[i]), None)
    if anchor is None:
        # the principal's line, after at most two OCR specks ("A a KT. BO TRUONG" in a draft's scan)
        anchor = next((i for i in range(5, len(lines)) if re.match(r"(?:\w{1,2} ){0,2}(?:(tm|kt|tl|tuq)\.|[tk]/[mtl]\b)", folded[i])),
                      None)
    if anchor is None:
        # a signature with no title nor recipients, its appendices after it: "(Đã ký) / Đặng Nghiêm Chính" in a table
        # of its own (Thông tư 01/1999/TT-BXD as antiword reads it, Phụ lục 1 and 2 below)
        anchor = next((i for i in range(5, len(lines)) if _SIGNED_STAMP.fullmatch(folded[i])),
                      max(0, len(lines) - 40))
    found = _signer_near(lines, folded, anchor)
    stamp = next((i for i in range(5, len(lines)) if _SIGNED_STAMP.search(folded[i])), None)
    if found == (None, None) and stamped and stamp is not None and stamp < anchor - _STAMP_BEFORE:
        return _signer_near(lines, folded, stamp)
    return found


def _signer_near(lines: list[str], folded: list[str], anchor: int) -> tuple[str | None, str | None]:
    """(name, title) of the signature block around the line `anchor` ("Nơi nhận", a principal's line, a stamp)."""
    seen_role, title = False, None
    for i in range(max(0, anchor - _STAMP_BEFORE), min(len(lines), anchor + 40)):
        if i > anchor and folded[i].startswith("phu luc"):
            break
        caps = " ".join(t for t in lines[i].split() if not any(c.islower() for c in t))
        if _CAPS_TITLE.search(fold(caps)):  # an old-style title in capitals, no role line (see _CAPS_TITLE)
            caps = ""
        seen_role = seen_role or bool(_ROLE.search(fold(caps)) or _GLUED_ROLE.search(fold(caps))
                                      or re.search(r"[(\[]\s*da ky", folded[i])
                                      or i > anchor and _RANK.match(lines[i]))  # "Đại tướng Nguyễn …" under "Nơi nhận"
        title = (_signer_title(caps) or title) if seen_role else None
        # a military rank before the name ("Đại tướng Nguyễn Tân Cương", văn bản hợp nhất 75/VBHN-BQP) is no part of it
        name = _trailing_name(_RANK.sub(";", _SIGNED_MARK.sub("", lines[i]))) if seen_role else None
        if name:
            return name, title
    # No role line read at all (the scan lost it: "Nơi nhận: BHU TƯỚNG"): a line after "Nơi nhận" that is a personal
    # name of three or four words alone, its family name as written ("Pham Minh Chính") or misread by a letter
    # ("PHTạm Minh Chính", Quyết định 2239/QĐ-TTg); two words may be a place ("Cao Bằng", "Hà Giang") and are not read.
    for i in range(anchor + 1, min(len(lines), anchor + 40)):
        if folded[i].startswith("phu luc"):
            break
        words = lines[i].strip().rstrip(".").split()
        if _whole_name(words) or _whole_name(words, misread=True) and not _is_surname(words[0]):
            return " ".join(words), None
    return None, None


# An old-style title in capitals names the document by number and date, then what it does: "BỘ TÀI CHÍNH SỐ
# 24/2000/TT-BTC NGÀY 30 THÁNG 3 NĂM 2000 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 08/2000/QĐ-TTG … CỦA THỦ TƯỚNG CHÍNH PHỦ
# …" (matched on the fold): the "THỦ TƯỚNG" in it is no signer's role.
_CAPS_TITLE = re.compile(r"\bSO \d+/\S+ NGAY \d{1,2}(?: THANG |/)\d{1,2}(?: NAM |/)(?:19|20)\d\d\b(?P<rest>.*)")


SIGNATURE_LINES = 4  # lines above the signer's name that a signature block's role lines may take


def signature_span(text: str, name: str) -> tuple[int, int] | None:
    """(start, end) in `text` of the signature block that closes with the signer's name: the role lines just above
    its last occurrence ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / [đã ký]") through the name; None when the name is not there."""
    at = text.rfind(name)
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    begin = start
    for _ in range(SIGNATURE_LINES):
        if begin <= 0:
            break
        above = text.rfind("\n", 0, begin - 1) + 1
        line = text[above:begin]
        caps = " ".join(t for t in line.split() if not any(c.islower() for c in t))
        if line.strip() and not (_ROLE.search(fold(caps)) or re.search(r"[(\[]\s*(?:đã|da) ký", line, re.I)):
            break
        begin = above
        if line.strip():
            start = above
    return start, at + len(name)


# A military or police rank before a signer's name ("Thượng tướng Lê Hữu Đức", "Trung tướng Đặng Văn Hiếu"): it is
# no part of the name.
_RANK = re.compile(r"(?<!\w)(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)(?=\s+[A-ZĐ])")
_DEPUTISED = {"KT": "ký thay", "TM": "thay mặt", "TL": "thừa lệnh", "TUQ": "thừa ủy quyền"}


@dataclass(frozen=True)
class Signature:
    """One signature block of a document signed by several: "KT. BỘ TRƯỞNG BỘ CÔNG AN / THỨ TRƯỞNG / Đặng Văn Hiếu"
    → name "Đặng Văn Hiếu", title "Thứ trưởng", principal "Bộ trưởng", body "Bộ Công an", how "ký thay"; (start,
    end) in the text read, from the block's first character through the name."""

    name: str
    title: str | None
    principal: str | None
    body: str | None
    how: str | None
    start: int
    end: int


def _principal(caps: str) -> tuple[str | None, str | None, str | None]:
    """(how, principal, body) of a role line's "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH": ("ký thay", "Bộ trưởng", "Bộ Tài
    chính"); the body is what stands between the principal's title and the signer's own."""
    folded = fold(caps).upper()
    found = list(_TITLE.finditer(folded))
    first = next((k for k, m in enumerate(found) if m["principal"]), None)
    if first is None:
        return None, None, None
    m = found[first]
    until = found[first + 1].start() if first + 1 < len(found) else len(caps)
    words = re.sub(r"^[\W_]+|[\W_]+$", "", caps[m.end():until])
    body = (_KNOWN.get(_key(words)) or _capitalise(words)) if len(words.split()) >= 2 else None
    return _DEPUTISED[m["principal"]], _TITLES[m["title"]], body


def joint_signatures(text: str) -> list[Signature]:
    """The signature blocks of a document signed side by side by several bodies (a Thông tư liên tịch: "| KT. BỘ
    TRƯỞNG BỘ CÔNG AN THỨ TRƯỞNG (Đã ký) Đặng Văn Hiếu | KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG (Đã ký) Đỗ Hoàng Anh
    Tuấn |"): the cells of one table row that each hold a signing role and a personal name after it. Empty when no
    row holds two such blocks (a document signed by one)."""
    offset = 0
    for line in text.split("\n"):
        at, found = offset, []
        offset += len(line) + 1
        if not line.lstrip().startswith("|"):
            continue
        for cell in line.split("|"):
            start, at = at, at + len(cell) + 1
            clean = _clean(cell)
            caps = " ".join(t for t in clean.split() if not any(c.islower() for c in t))
            if not _ROLE.search(fold(caps)):
                continue
            name = _trailing_name(_RANK.sub(";", clean))
            raw_at = cell.rfind(name) if name else -1
            if raw_at < 0:
                continue
            how, principal, body = _principal(caps)
            lead = len(cell) - len(cell.lstrip())
            found.append(Signature(name, _signer_title(caps), principal, body, how, start + lead,
                                   start + raw_at + len(name)))
        if len(found) >= 2:
            return found
    return []


# The addressee line of a letter or a dispatch: "Kính gửi: Bộ Chỉ huy Quân sự tỉnh" (OCR "Kính gửi."), "Đồng kính
# gửi: …", "THỦ TƯỚNG CHÍNH PHỦ điện:" followed by "- Bộ trưởng …;" items.
# Matched on the fold (same length): OCR reads "dién:".
_ADDRESSED = re.compile(r"^\W{0,3}(?:dong\s+)?kinh\s+gui\s*[:.]?|\bdien\s*:\s*$", re.I)
_ITEM = re.compile(r"^\s*[-–+•]\s*\S")
ADDRESS_LINES = 60  # lines from the top where a document's addressees stand


def recipients_span(text: str) -> tuple[int, int] | None:
    """(start, end) in `text` of the addressee block near the top of a document: "Kính gửi: …" with any "Đồng kính
    gửi" line, or a dispatch's "… điện:" with its "- …" items; None when the document has none."""
    offset, lines = 0, []
    for line in text.split("\n")[:ADDRESS_LINES]:
        lines.append((offset, line))
        offset += len(line) + 1
    first = next((k for k, (_, line) in enumerate(lines) if _ADDRESSED.search(fold(line))), None)
    if first is None:
        return None
    start, line = lines[first]
    end, label_end = start + len(line.rstrip()), start + _ADDRESSED.search(fold(line)).end()
    in_item = False
    for at, line in lines[first + 1:]:
        if not line.strip():
            continue
        wrapped = in_item and not text[:end].rstrip().endswith((";", ".", ":"))  # an item going on over this line
        if not (_ITEM.match(line) or _ADDRESSED.search(fold(line)) or wrapped):
            break
        in_item = in_item or bool(_ITEM.match(line))
        end = at + len(line.rstrip())
    return (start, end) if text[label_end:end].strip(" -–:.\n") else None


def addressees(block: str) -> str:
    """An addressee block without its label: "Kính gửi: Bộ Chỉ huy Quân sự tỉnh" → "Bộ Chỉ huy Quân sự tỉnh"."""
    label = _ADDRESSED.search(fold(block.split("\n", 1)[0]))
    names = block[label.end():] if label else block
    return re.sub(r"\s*\n\s*[-–+•]\s*", " ", names).strip(" -–:.\n")  # items already end with ";"


def _date_near(lines: list[str], near: int | None) -> tuple[int | None, tuple[date | None, str | None]]:
    """The date line just around the number (or the motto), else the first one that names a place."""
    for i, line in enumerate(lines):
        found = _date_line(line)
        if found and (near - 3 <= i <= near + 8 if near is not None else found[1] is not None):
            return i, found
    return None, (None, None)


def _type_near(lines: list[str], base: int) -> tuple[int | None, str | None]:
    """The type line after the number, or above the whole header when pypdf put page 1's body first."""
    types = [(i, t) for i, line in enumerate(lines) if not line.endswith(":") and (t := _type_line(line))]
    return next(((i, t) for i, t in types if base <= i <= base + 15),
                next(((i, t) for i, t in types if i < base), (None, None)))


# a dot between two lower-case words: a speck read as a full stop ("ban.hành", "xuất khẩu. theo"), never "TP.HCM"
_GLUED_DOT = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZĐ]+\. ?[^\W\d_A-ZĐ]")
LEGIBLE = 0.97  # share of well-formed syllables (marks and all) a shown title or issuer needs: the clean bundled
# documents score 1.00; OCR'd ones with lost or stray marks ("Viv chủ động ứng pho", "ve người cao tuoi") less


def _legible(value: str | None) -> str | None:
    """A title or issuer as read, or None ("chưa rõ") when OCR garbled it: fewer than LEGIBLE of its words are
    well-formed syllables, a word mixes letters and digits, a straight quote has no partner (a speck: 'phòng,
    chong lũ, "6 lũ ống'), or a dot stands between two lower-case words (a speck read as a full stop: "ban.hành", "xuất khẩu. theo")."""
    if not value:
        return None
    garbled = syllable_share(value) < LEGIBLE or re.search(r"(?<!\S)(?=\S*[^\W\d_])(?=\S*\d)[^\W_]+(?!\S)", value) \
        or value.count('"') % 2 or _GLUED_DOT.search(value)
    return None if garbled else value


def parse_header(text: str) -> Header:
    """Number, type, issuer, date, place, title and signer of a document's text (after `corpus.text.normalize`);
    each field is None where the text does not show it clearly."""
    lines = [part for raw in text.split("\n") for part in _split(_clean(raw))]
    head = lines[:_WINDOW]
    if not _plausible(" ".join(head), 0.85):
        return Header()
    motto = next((i for i, line in enumerate(head) if _MOTTO.match(fold(line))), None)
    so_idx, (number, code) = next(((i, n) for i, line in enumerate(head) if (n := _number(line))), (None, (None, None)))
    heading = re.match(rf"(?i)(?:{'|'.join(TYPES)}) số (.+)", next((line for line in head if line), ""))
    intro = (None, None, None)
    if so_idx is None and heading:  # a web copy titled "Nghị quyết số 57-NQ/TW" instead of a header block
        number, code = _number(f"Số {heading[1]}") or (None, None)
        intro = _introduced(head, number) if number else intro
    consolidated_on = None
    if number is None:  # a consolidated text: its "Số: …/VBHN-…" line is at the end, often OCR-garbled
        consolidated, consolidated_code, consolidated_on = _consolidated(head)
        number, code = (consolidated, consolidated_code) if consolidated else (number, code)
    annex = _annexed_to(head[:_ANNEX_LINES]) if number is None else None
    if annex:  # a form or annex whose own "Số:" is a blank to fill: the document it is issued with is its number
        number, code = annex[0], None
    date_idx, (issued_on, place) = _date_near(head, so_idx if so_idx is not None else motto)
    anchor = next((i for i in (so_idx, date_idx, motto) if i is not None), None)
    base = anchor if anchor is not None else 0
    type_idx, doc_type = _type_near(head, base)
    vv = next((i for i in range(base, min(len(head), base + 10)) if _VV.match(head[i])), None)
    title_start = type_idx + 1 if type_idx is not None else vv
    # a web copy ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành …") says who signed in its introduction: a
    # stamp further down may be another text's on the page
    signer, signer_title = _signer(lines, stamped=not (so_idx is None and heading))
    headline = None
    if anchor is None and doc_type is None and title_start is None and not heading:
        headline = _headline(head)  # no header block at all (a meeting's report, an annex): its first heading line
    if signer is None and so_idx is None and heading:  # a web copy: "… Tổng Bí thư Tô Lâm đã ký ban hành …"
        signer_title, signer = _introduced_signer(head)
    if annex:
        doc_type, issued_on, issuer = annex[1], annex[2], annex[3]
    else:
        issuer = _legible((type_idx is not None and _issuer_under_type(head, type_idx))
                          or (_issuer(head, anchor) if anchor is not None else intro[1]))
    return Header(
        doc_number=number,
        doc_type=doc_type or CODES.get(code or "") or ("Công văn" if vv is not None else None),
        issuer=issuer,
        issued_on=issued_on or intro[0] or consolidated_on,
        place=place,
        title=_legible(restore_marks(_title(head, title_start) or "") if title_start is not None else
                       intro[2] or headline),
        signer=signer,
        signer_title=signer_title,
    )


# A form or annex opening with the document it is issued with: "*(Ban hành kèm theo Thông tư số 57/2009/TT-BTC
# ngày24 tháng 3 năm 2009 của Bộ Tài chính)*" (the form of Thông tư 57/2009/TT-BTC, its own "Số: ……" a blank to
# fill), "(Ban hành kèm theo Thông tư số 42/2009/TT-BTC ngày 09/03/2009 của Bộ Tài chính)": it is part of that
# document and carries its number, type, date and issuer. A blank number ("Nghị quyết số /NQ-CP") is none; "Kèm theo
# công văn số /BTC-CST" neither. Matched on the fold, in the first lines only.
_ANNEXED = re.compile(r"\(?\W*(?:ban hanh )?kem theo (?P<type>" + "|".join(fold(t) for t in TYPES) + r") so\s*"
                      r"(?P<n>\d+/(?:19|20)\d\d/[A-Z0-9Đ\-]+)\s*,?\s*ngay\s*(?P<d>\d{1,2})\s*(?:/|thang)\s*(?P<m>\d{1,2})"
                      r"\s*(?:/|nam)\s*(?P<y>(?:19|20)\d\d)\s+cua\s+(?P<issuer>[^)*]{3,60}?)\W*$", re.I)
_ANNEX_LINES = 8


def _annexed_to(lines: list[str]) -> tuple[str, str, date | None, str | None] | None:
    """(number, type, date, issuer) of the document a form or annex is issued with (`_ANNEXED`), or None."""
    for line in lines:
        line = line.strip(" *_")
        m = _ANNEXED.match(fold(line))  # the fold keeps offsets: the number is read from the line as written
        if m:
            number = line[m.start("n"):m.end("n")]
            issuer = next((name for name in _KNOWN_ISSUERS if fold(name).lower() == m["issuer"].strip().lower()), None)
            doc_type = next(t for t in TYPES if fold(t).lower() == m["type"].lower())
            return number, doc_type, _safe_date(m["y"], m["m"], m["d"]), issuer
    return None


def _headline(lines: list[str]) -> str | None:
    """The first line of four words or more that reads as a heading, not a sentence: what a text without a header
    block is about ("Phiên họp thứ nhất Ban Chỉ đạo Trung ương về …", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ")."""
    for line in lines[:3]:
        if len(line.split()) >= 4:
            fits = len(line) <= 200 and line[:1].isupper() and not re.search(r"[.:;!?]$|\.\s", line)
            return restore_marks(line) if fits else None
    return None


def _introduced(lines: list[str], number: str) -> tuple[date | None, str | None, str | None]:
    """(date, issuer, title) from the sentence that introduces a web copy of a document: "... ban hành Nghị quyết
    số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học ..." (issuers the list knows)."""
    issuers = "|".join(re.escape(name) for name in sorted(_KNOWN_ISSUERS, key=len, reverse=True))
    pattern = re.compile(rf"{re.escape(number)}\W{{0,3}}(?:ngày\s+(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d\d)\W{{0,3}})?"
                         rf"của\s+({issuers})\s+(về\s+[^.]{{10,300}})")
    for line in lines[1:8]:
        m = pattern.search(re.sub(r"\*+", "", line))
        if m:
            day = _safe_date(m[3], m[2], m[1]) if m[1] else None
            return day, m[4], m[5][0].upper() + m[5][1:]
    return None, None, None


# "Tổng Bí thư Tô Lâm đã ký ban hành", "Thủ tướng Phạm Minh Chính đã ký": a title, a personal name, "đã ký"
_SIGNED_BY = re.compile(r"(?P<title>(?:Phó |Quyền )?(?:" + "|".join(sorted(_TITLES.values(), key=len, reverse=True)) +
                        r"))(?: Chính phủ| Quốc hội| nước)?\s+(?P<name>(?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*)\s+đã\s+ký\b")


def _introduced_signer(lines: list[str]) -> tuple[str | None, str | None]:
    """(title, name) of the signer a web copy's introduction names ("Tổng Bí thư Tô Lâm đã ký ban hành …")."""
    for line in lines[1:8]:
        m = _SIGNED_BY.search(re.sub(r"\*+", "", line))
        if m and _is_surname(m["name"].split()[0]):
            return m["title"], m["name"]
    return None, None


# The opening of a consolidated text (văn bản hợp nhất): the document it consolidates, named with its number and date,
# then "được sửa đổi, bổ sung bởi:" ("Nghị định số 13/2016/NĐ-CP ngày 19 tháng 02 năm 2016 của Chính phủ quy định …,
# có hiệu lực thi hành từ ngày 08 tháng 4 năm 2016, được sửa đổi, bổ sung bởi:"). Matched on the fold, as OCR reads
# "ké từ", "b6 sung", "bd sung".
AMENDED_BY = re.compile(r"\bduoc sua doi,? b\S{0,2} sung boi\b", re.I)  # "được sửa đổi, bổ sung bởi", "b6 sung"
# Its note of the texts it merges ("Văn bản được hợp nhất từ 02 Thông tư sau:", each then on a "- " line), up to the
# sentence after the list ("Văn bản hợp nhất này không thay thế 02 Thông tư nêu trên.") or the next "Căn cứ"; on the fold.
CONSOLIDATED_FROM = re.compile(r"\bduoc hop nhat tu\b[^:\n]{0,40}:", re.I)
CONSOLIDATED_LIST_END = re.compile(r"\bvan ban hop nhat nay\b|\bcan cu\b", re.I)
_CONSOLIDATES = re.compile(r"^(?P<type>" + "|".join(fold(t) for t in TYPES) + r") so (?P<n>\d+/\S+?),? ngay "
                           r"(?P<d>\d{1,2}) thang (?P<m>\d{1,2}) nam (?P<y>(?:19|20)\d\d)\b(?P<rest>.{0,600}?)"
                           + AMENDED_BY.pattern, re.I)


# The signing stamp a published file carries above its text ("Ký bởi: BỘ TÀI CHÍNH / Cơ quan: … / Thời gian ký:
# 09/10/2025 14:31:52 +07:00", hợp nhất 40/VBHN-BTC; "Ký bởi: BỘ QUỐC PHÒNG / Ngày ký: 07-10-2025", 75/VBHN-BQP): when
# that file was signed. Of a consolidated text it is the consolidation's own signing, never the date of the document
# it reproduces, which its head reads (`_consolidated`).
_SIGNING_STAMP = re.compile(r"(?i:th[ờo]i gian k[ýy]|ng[àa]y k[ýy])\s*:\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*"
                            r"(?P<y>(?:19|20)\d\d)\b")
_STAMP_LINES = 8  # the stamp stands in the first lines, above the motto


def signing_stamp(text: str) -> tuple[date, int, int] | None:
    """(date, start, end) of the signing stamp in the first lines of a text ("Thời gian ký: 09/10/2025 …", "Ngày ký:
    07-10-2025"); None when the text shows none, or its date is no date."""
    top = "\n".join(text.split("\n")[:_STAMP_LINES])
    m = _SIGNING_STAMP.search(top)
    day = _safe_date(m["y"], m["m"], m["d"]) if m else None
    return (day, m.start(), m.end()) if day else None


def _consolidated(lines: list[str]) -> tuple[str | None, str | None, date | None]:
    """(number, type code, date) of the document a consolidated text reproduces, read from its opening paragraph
    (`_CONSOLIDATES`); the first such paragraph names the consolidated document, later ones its amendments."""
    for i, line in enumerate(lines):
        m = _CONSOLIDATES.match(fold(" ".join(lines[i:i + 8])))
        if m:
            number, code = _number(f"Số {line.split()[len(m['type'].split()) + 1]}") or (None, None)
            return number, code, _safe_date(m["y"], m["m"], m["d"]) if number else None
    return None, None, None


def _safe_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
