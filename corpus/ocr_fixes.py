"""Corrections of the frequent OCR misreadings in the header block of Vietnamese official documents, so that the
number, date and issuer read right and show right: "S6:" → "Số:", "ngày TÌ tháng 1Ô" → "ngày 11 tháng 10",
"tháng 40" → "tháng 10", "CONG HOA XA HOI CHU NGHIA VIET NAM" → "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/QĐÐ-TTg" →
"/QĐ-TTg". Only forms that are wrong are rewritten, so clean text passes through unchanged."""
from __future__ import annotations

import re
import unicodedata

from corpus.marks import correct_ocr, ocr_corrector
from corpus.text import is_syllable
from corpus.vn import fold

HEADER_LINES = 20  # the header block sits in the first lines of page 1
MARK_LINES = 40  # lines of a plain-text file whose misread marks are put back: the header block and the title

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO_LINE = re.compile(r"C[O0]NG\s*H[O0]A\s*X[A]\s*H[O0]I\s*CH[U]\s*NGH[I1l]A\s*VI[E]T\s*NAM", re.I)
_MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
_MOTTO_2_LINE = re.compile(r"D[o0]c\s*l[a]p\s*\W{1,3}\s*T[u]\s*d[o0]\s*\W{1,3}\s*H[a]nh\s*ph[u]c", re.I)
# "S6:", "Sé:", "S&:", "S0:", "Sô:", "Sỏ:" at the start of a line, before a number or a blank for one.
_NUMBER_LABEL = re.compile(r"^(?P<lead>[^\w\n]{0,3})S[ố6éèê&0oOôòỏọõÔ]\s*:\s*", re.M)
_DIGIT_LIKE = {"I": "1", "l": "1", "Ì": "1", "Í": "1", "|": "1", "!": "1", "T": "1", "†": "1", "i": "1",
               "O": "0", "o": "0", "Ô": "0", "Ơ": "0", "Q": "0", "D": "0"}
_DIGITISH = "0-9" + "".join(map(re.escape, _DIGIT_LIKE))
_DATE = re.compile(rf"(?P<a>ngày\s*)(?P<d>[{_DIGITISH}]{{1,2}})(?P<b>\s*tháng\s*)(?P<m>[{_DIGITISH}]{{1,2}})"
                   rf"(?P<c>\s*năm\s*(?:19|20)\d\d)")


def _fold(text: str) -> str:
    return "".join("D" if c in "đĐÐ" else unicodedata.normalize("NFD", c)[0] for c in text)


def _digits(text: str, limit: int) -> str:
    """A day or month misread with letters for digits, made numeric; a leading '4' read for '1' ("tháng 40")
    becomes '1' when the value is impossible."""
    digits = "".join(_DIGIT_LIKE.get(c, c) for c in text)
    if int(digits) > limit and len(digits) == 2 and digits[0] in "42":
        digits = "1" + digits[1]
    return digits


def _date(match: re.Match) -> str:
    day, month = _digits(match["d"], 31), _digits(match["m"], 12)
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match[0]
    return f"{match['a']}{day}{match['b']}{month}{match['c']}"


def _line(line: str) -> str:
    folded = _fold(line)
    for pattern, canonical in ((_MOTTO_LINE, _MOTTO), (_MOTTO_2_LINE, _MOTTO_2)):
        m = pattern.search(folded)
        if m:
            line = line[:m.start()] + canonical + line[m.end():]
            folded = _fold(line)
    line = _NUMBER_LABEL.sub(lambda m: f"{m['lead']}Số: ", line)
    if line.lstrip(" -–—|").startswith("Số:"):
        line = re.sub(r"[ĐÐ]{2,}", "Đ", line.replace("Ð", "Đ"))  # "QĐÐ-TTg": a doubled bar letter
        line = re.sub(r"(?<=Số: )([\dOoIl]+)(?=\s*/)", lambda m: "".join(_DIGIT_LIKE.get(c, c) for c in m[1]), line)
    return _DATE.sub(_date, line)


def fix_ocr_header(text: str) -> str:
    """The text with its header lines corrected (see the module docstring); the body is left as it is."""
    lines = text.split("\n")
    return "\n".join([_line(line) for line in lines[:HEADER_LINES]] + lines[HEADER_LINES:])


# "Quý I/2025" read as "Quý 1/2025", "Quý II" as "Quý 11", "Quý IV" as "Quý 1V": the strokes of a Roman numeral
# read as ones. A quarter is I to IV, so such a run always stands for one.
_QUARTER = re.compile(r"(?<!\w)(?P<q>[Qq]u[ýÝ]|QUÝ)\s+(?P<n>[1Il|]{1,3}V?|[1Il|]?V)(?=\s*(?:/|-|năm)\s*(?:19|20)\d\d)")


def _quarters(text: str) -> str:
    def roman(m: re.Match) -> str:
        numeral = re.sub(r"[1l|]", "I", m["n"])
        return f"{m['q']} {numeral}" if numeral in ("I", "II", "III", "IV") else m[0]

    return _QUARTER.sub(roman, text)


def fix_ocr_marks(text: str, lines: int | None = None) -> str:
    """The text (its first `lines` lines; all when None) with the marks OCR misread put back ("khan trương" →
    "khẩn trương", "một sô chính sách" → "một số chính sách"; see corpus.marks.OcrCorrector), and a quarter's
    Roman numeral that OCR read as digits ("Quý 1/2025", "Quý 11/2025") written as the Roman numeral again."""
    if lines is None:
        return _quarters(correct_ocr(text))
    parts = text.split("\n")
    return "\n".join([_quarters(correct_ocr("\n".join(parts[:lines])))] + parts[lines:])


def fix_plain_text_marks(text: str) -> str:
    """A plain text's header block with misread marks put back when the text reads as OCR output (enough words
    whose marks the vocabulary does not know: see OcrCorrector.looks_misread); written text is left as it is."""
    return fix_ocr_marks(text, MARK_LINES) if ocr_corrector().looks_misread(text) else text


def reconcile_number(number: str | None, file_name: str, unread: str | None = None) -> str | None:
    """A hand-written serial that OCR misread in one digit ("495/CĐ-TTg", the scan says 195) or lost one digit of
    ("179/QĐ-TTg" for 2179), put right from the publisher's file name when it carries the same serial but for that
    digit ("195-ttg.signed.pdf", "2179-ttg.signed.txt"). A serial of one or two digits is kept as read: a file name's
    number is often the publisher's place in a listing ("19-bkhcn.txt" for Thông tư 49/2025/TT-BKHCN), and two
    short numbers one digit apart are as likely two numbers as one misread.

    A header whose serial OCR could not read at all (`unread`, corpus.headers.unread_number: "4#/CĐ-TTp", the scan
    says 187; "4555+/BTC-PTHT", 15557) takes the file name's serial only where the file name supports it as the same
    document: see _serial_from_file_name."""
    if number is None and unread:
        return _serial_from_file_name(unread, file_name)
    m = re.match(r"(\d+)(\D.*)", number or "")
    if not m or len(m[1]) < 3:
        return number
    for candidate in re.findall(r"(?<!\d)\d+(?!\d)", file_name):
        if len(candidate) == len(m[1]) and sum(a != b for a, b in zip(candidate, m[1])) == 1:
            return candidate + m[2]
        if len(candidate) == len(m[1]) + 1 >= 3 and any(candidate[:i] + candidate[i + 1:] == m[1]
                                                        for i in range(len(candidate))):
            return candidate + m[2]
    return number


def _serial_from_file_name(unread: str, file_name: str) -> str | None:
    """The number of a header whose hand-written serial OCR read as junk ("4#", "4555+", "222%", "22H", "#©“⁄"),
    written with the serial of the publisher's file name ("187-ttg.signed", "15557btc.signed", "2222ttg.signed"),
    when that serial has 3 digits or more, is not the symbol's year, agrees with what was read (its length give or
    take one, at most one digit read otherwise), and the file name's letters are a part of the symbol ("ttg" of
    "CĐ-TTg", "btc" of "BTC-PTHT"). A part of the symbol that OCR read one letter off the file name's ("CĐ-TTp",
    "187-ttg") is written as the file name has it. None when anything of that fails: nothing supports a number."""
    read, symbol = unread.split("/", 1)
    letters = [w for w in re.findall(r"[a-z]+", fold(file_name).lower()) if w not in _FILE_WORDS]
    parts = re.split(r"([-/])", symbol)
    for i, part in enumerate(parts):
        mended = next((w for w in letters if len(w) >= 3 and len(w) == len(part)
                       and sum(a != b for a, b in zip(w, fold(part).lower())) == 1), None)
        if mended:  # "TTp" → "TTg": the letter OCR misread takes the case it was read in
            parts[i] = "".join(a if a.lower() == b else (b.upper() if a.isupper() else b)
                               for a, b in zip(part, mended))
    symbol = "".join(parts)
    if not any(fold(p).lower() in letters for p in parts[::2]):
        return None
    digits_read = [(i, c) for i, c in enumerate(read) if c.isdigit()]
    for candidate in re.findall(r"(?<!\d)\d+(?!\d)", file_name):
        if (len(candidate) >= 3 and candidate not in symbol.split("/") and abs(len(candidate) - len(read)) <= 1
                and (sum(i >= len(candidate) or candidate[i] != c for i, c in digits_read) <= 1
                     # a digit lost at the front ("37/TB-VPCP" for 537, "Số: 5" gone with it)
                     or read.isdigit() and any(candidate[:i] + candidate[i + 1:] == read
                                               for i in range(len(candidate))))):
            return f"{candidate}/{symbol}"
    return None


_FILE_WORDS = {"signed", "pdf", "txt", "md", "doc", "docx", "ban", "goc", "du", "thao"}


# A date whose "tháng" and "năm" lost their marks: "trước ngày 15 thang 10 nam 2025".
_UNMARKED_DATE = re.compile(r"(?<!\w)(\d{1,2}\s+)(?:thang|tháng)(\s+\d{1,2}\s+)(?:nam|năm)(\s+(?:19|20)\d\d)(?!\w)",
                            re.IGNORECASE)


def fix_date_marks(text: str) -> str:
    """Dates in the body whose month and year words OCR read without marks, written with them again (same length,
    so offsets into the text hold): "15 thang 10 nam 2025" → "15 tháng 10 năm 2025"."""
    return _UNMARKED_DATE.sub(lambda m: f"{m[1]}tháng{m[2]}năm{m[3]}", text)


# "cấm" (to forbid) that OCR read as "cắm" (to plant): where a ban is meant, by the word before ("Nghiêm cắm và thanh
# tra, xử lý nghiêm …", Công điện 192/CĐ-TTg; "chủ sở hữu … bị Tòa án cắm hành nghề", 40/VBHN-BTC) or the act banned
# after it ("khu vực cắm bay", Nghị quyết 306/NQ-CP; "hủy kết quả, cắm thi 02 năm", a draft of Bộ Giáo dục và Đào
# tạo). "cắm" is a word of its own: "phải được cắm mốc", "cắm biển báo", "cắm trại" stay.
_FORBID_MISREAD = re.compile(r"(?<!\w)(?P<before>(?:[Nn]ghiêm|NGHIÊM|bị|án) )cắm(?!\w)|(?<!\w)(?P<c>[Cc])ắm(?= (?:bay|thi|"
                             r"hành nghề|thành lập|đảm nhiệm|dam nhiệm|kinh doanh|hoạt động|xuất khẩu|nhập khẩu|"
                             r"lưu hành|dân cư)(?!\w))")


def fix_forbid_marks(text: str) -> str:
    """"cắm" written "cấm" again where a ban is meant (`_FORBID_MISREAD`); the same length, so offsets into the text
    hold: "Nghiêm cắm và thanh tra" → "Nghiêm cấm và thanh tra"."""
    return _FORBID_MISREAD.sub(lambda m: m["before"] + "cấm" if m["before"] else m["c"] + "ấm", text)


# Specks a seal or stamp leaves in the cells of a scanned table: tokens without a letter or a digit ("°", '_"-.{',
# "~'"), an empty pair of quotes, punctuation run together after a word ('các bộ,"": ngành').
_CELL_KEPT = set("-–—&+%()/•✓✔×")  # tokens without letters or digits that a cell may hold
_EMPTY_QUOTES = re.compile(r"\"\"|“”|''|‘’")
_PUNCTUATION_RUN = re.compile(r"(?<=\w)([,;:.])[,;:.]+(?=\s|$)")


def clean_cell(cell: str) -> str:
    """A table cell read from a scan without a stamp's specks: '° _ _"-.{ Hàng năm' → "Hàng năm", 'các bộ,"":
    ngành' → "các bộ, ngành"; dashes, "&", "%", "/", brackets, bullets and ticks stay, and so does an ellipsis."""
    cell = _PUNCTUATION_RUN.sub(lambda m: m[0] if m[0].endswith("...") else m[0][0], _EMPTY_QUOTES.sub("", cell))
    return " ".join(t for t in cell.split(" ") if t in _CELL_KEPT or any(c.isalnum() for c in t))


# OCR glues a cell's "và" onto the word before it ("Các bộ,ngànhvà", "Bộ Xây dựngvà"): no Vietnamese syllable ends in
# "và" (a "v" only opens a syllable), so a token that does, with a syllable before it, is the two words.
_GLUED_AND = re.compile(r"(?<![^\s,;])(\w+)(và)(?![^\s,;])")


def split_glued_and(cell: str) -> str:
    """A cell with the "và" OCR glued to the word before it written apart: "Bộ Xây dựngvà" → "Bộ Xây dựng và"."""
    return _GLUED_AND.sub(lambda m: f"{m[1]} {m[2]}" if is_syllable(m[1]) else m[0], cell)


def fix_table_specks(text: str) -> str:
    """OCR'd text whose '|' table rows (corpus.ocr_tables writes a scanned table so) have their cells cleaned of
    specks (see clean_cell); every other line stays as it is."""
    def row(line: str) -> str:
        if not (line.startswith("|") and line.endswith("|") and len(line) > 2) or line == "|---|":
            return line
        cells = [c.strip() for c in line[1:-1].split("|")]
        cleaned = [clean_cell(c) for c in cells]
        return line if cleaned == cells else "| " + " | ".join(cleaned) + " |"

    return "\n".join(map(row, text.split("\n")))
