"""Agency names: one canonical form across abbreviations and spellings, lists split, mentions found in prose."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from corpus.text import fix_tone_placement, fold, normalize
from corpus.vn import TERMS, fold_ocr

# Specific parts of ministry and department names ("Bộ"/"Sở" + field) with their usual abbreviations.
# Written as in official names: "Công Thương" keeps two capitals, the others capitalise each joined part.
_FIELDS = {
    "Công an": "CA", "Công Thương": "CT", "Dân tộc và Tôn giáo": "DT&TG", "Du lịch": "DL",
    "Giáo dục và Đào tạo": "GD&ĐT GDĐT GD-ĐT", "Giao thông vận tải": "GTVT", "Kế hoạch và Đầu tư": "KH&ĐT KHĐT KH-ĐT",
    "Khoa học và Công nghệ": "KH&CN KHCN KH-CN", "Lao động - Thương binh và Xã hội": "LĐ-TB&XH LĐTB&XH LĐTBXH LĐ-TBXH LĐ-TB-XH",
    "Ngoại giao": "NG", "Ngoại vụ": "", "Nội vụ": "NV", "Nông nghiệp và Môi trường": "NN&MT NN-MT",
    "Nông nghiệp và Phát triển nông thôn": "NN&PTNT NNPTNT NN-PTNT", "Quốc phòng": "QP", "Quy hoạch - Kiến trúc": "",
    "Tài chính": "TC", "Tài nguyên và Môi trường": "TN&MT TNMT TN-MT", "Thông tin và Truyền thông": "TT&TT TTTT TT-TT",
    "Tư pháp": "TP", "Văn hóa và Thể thao": "VH&TT",
    # the provincial department of culture and information before 2008: "Sở Văn hoá - Thông tin" (Chỉ thị 42/1998/CT-UBND)
    # and as cadres type them: "Sở VH-TT", "Sở VHTT"; the later department "Sở VH-TT&DL", "Sở VH-TT-DL"
    "Văn hóa - Thông tin": "VH-TT VHTT", "Văn hóa, Thể thao và Du lịch": "VH,TT&DL VHTT&DL VHTTDL VH-TT&DL VH-TT-DL",
    "Xây dựng": "XD", "Y tế": "YT",
}
_FIELD_ABBREVIATIONS = {short: full for full, shorts in _FIELDS.items() for short in shorts.split()}
# Fields half written out: "Sở Nông nghiệp và PTNT" (the abbreviated part is expanded by _ABBREVIATIONS), or with a
# comma for the dash: "Sở Lao động, thương binh và xã hội", or with neither the dash nor "và": "Sở Lao động Thương binh
# Xã hội" (Quyết định 59/2000/QĐ-UB of Đà Nẵng, 839/QĐ-UB of Bến Tre).
_FIELD_VARIANTS = {"Nông nghiệp và PTNT": "Nông nghiệp và Phát triển nông thôn",
                   "Lao động, Thương binh và Xã hội": "Lao động - Thương binh và Xã hội",
                   "Lao động Thương binh Xã hội": "Lao động - Thương binh và Xã hội"}

# Abbreviations that stand on their own anywhere in a name.
_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQVN": "Mặt trận Tổ quốc", "MTTQ": "Mặt trận Tổ quốc",
    "VPCP": "Văn phòng Chính phủ", "NHNN": "Ngân hàng Nhà nước", "TTXVN": "Thông tấn xã Việt Nam",
    "VTV": "Đài Truyền hình Việt Nam", "VOV": "Đài Tiếng nói Việt Nam", "BCA": "Bộ Công an",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BCH": "Bộ Chỉ huy", "QS": "Quân sự", "VKSND": "Viện kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân", "BHXH": "Bảo hiểm xã hội", "KBNN": "Kho bạc Nhà nước", "LĐLĐ": "Liên đoàn Lao động",
    "BCĐ": "Ban Chỉ đạo", "KSND": "kiểm sát nhân dân", "THVN": "Truyền hình Việt Nam", "TNVN": "Tiếng nói Việt Nam",
    "TW": "Trung ương", "TƯ": "Trung ương", "CP": "Chính phủ", "VP": "Văn phòng", "TP": "thành phố",
    "TPHCM": "Thành phố Hồ Chí Minh", "TP.HCM": "Thành phố Hồ Chí Minh", "TP. HCM": "Thành phố Hồ Chí Minh",
    "TP HCM": "Thành phố Hồ Chí Minh", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "UBCKNN": "Ủy ban Chứng khoán Nhà nước",
    "PVN": "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "EVN": "Tập đoàn Điện lực Việt Nam",
    "TKV": "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "VNPT": "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "PTNT": "Phát triển nông thôn", "QG": "quốc gia",
    # the National Assembly's committee by its letters: "Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp
    # với …" (Kế hoạch 3260-KH/ĐĐQH15) is "Ủy ban Khoa học, Công nghệ và Môi trường"
    "KH,CN&MT": "Khoa học, Công nghệ và Môi trường", "KH,CN và MT": "Khoa học, Công nghệ và Môi trường",
}
# Ministries and the Front's committee by their letters, as questions, recipient lists ("Cục Pháp chế BQP") and
# reports write them: "huong dan so may cua bqp". Kept apart from `_ABBREVIATIONS` only so that their names are no
# marked phrases (`_MARKED_PHRASES`): restoring "BO QUOC PHONG" in OCR'd text to "BỘ QUỐC PHÒNG" changes the text of
# indexed passages, an extraction change that needs a re-index. "BTC" is left out: "Ban Tổ chức" too, and OCR splits
# codes as "TT- BTC".
_LETTERS = {"BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao", "BYT": "Bộ Y tế", "BGD&ĐT": "Bộ Giáo dục và Đào tạo",
            "BGDĐT": "Bộ Giáo dục và Đào tạo", "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc"}
# A province's broadcaster and military command by the short forms cadres and reports type: "Đài PT-TH tỉnh", "Đài
# PTTH", "Đài PT&TH" (the documents: "Đài Phát thanh - Truyền hình tỉnh", Chỉ thị 42/1998/CT-UBND; "Đài Phát thanh và
# Truyền hình Long An", Chỉ thị 19/2008/CT-UBND), "Bộ CHQS tỉnh", "BCHQS", "Ban CHQS huyện". "PTTH" alone is also the
# high school ("trường PTTH"): read only after "Đài". Unmarked, as `_LETTERS`.
_BROADCAST_MILITARY = {
    "Đài PT-TH": "Đài Phát thanh - Truyền hình", "Đài PTTH": "Đài Phát thanh - Truyền hình",
    "Đài PT&TH": "Đài Phát thanh và Truyền hình", "CHQS": "Chỉ huy Quân sự", "BCHQS": "Bộ Chỉ huy Quân sự",
}
_MARKED_ABBREVIATIONS = tuple(_ABBREVIATIONS.values())
_ABBREVIATIONS |= _LETTERS | _BROADCAST_MILITARY
_AGENCY_ABBREVIATIONS = (
    "UBND", "HĐND", "MTTQVN", "MTTQ", "VPCP", "NHNN", "TTXVN", "VTV", "VOV", "BCA", "BKHCN", "VKSND", "TAND", "BHXH",
    *_LETTERS,
    "KBNN", "LĐLĐ", "BCĐ", "BCH QS", "BCH Quân sự", *_BROADCAST_MILITARY, "UBTVQH", "UBCKNN", "PVN", "EVN", "TKV", "VNPT",
    # the city's usual short names in questions and reports: "Hà Nội và TP.HCM phải làm những việc gì"
    "TPHCM", "TP.HCM", "TP. HCM", "TP HCM",
)

# Official names and proper-name parts whose capitalisation is fixed whatever the input's.
_BODIES = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Văn phòng Chính phủ", "Thanh tra Chính phủ", "Ngân hàng Nhà nước",
    "Kiểm toán Nhà nước", "Kho bạc Nhà nước", "Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam", "Đài Phát thanh và Truyền hình", "Mặt trận Tổ quốc Việt Nam",
    # a province's broadcaster as many are named: "Đài Phát thanh - Truyền hình tỉnh" (Chỉ thị 42/1998/CT-UBND)
    "Đài Phát thanh - Truyền hình", "Mặt trận Tổ quốc",
    "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tổ chức Trung ương",
    "Ban Nội chính Trung ương", "Ban Chỉ đạo Trung ương", "Ban Chỉ đạo", "Bảo hiểm xã hội", "Chi cục Thuế",
    # "xã" would end the name as a level of local government does ("Ủy ban nhân dân cấp xã"): "giao Ngân hàng Chính sách
    # xã hội chủ trì, phối hợp với Bộ Xây dựng …" (Nghị định 261/2025/NĐ-CP) was read "Ngân hàng Chính sách xã"
    "Ngân hàng Chính sách xã hội",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam", "Tòa án nhân dân",
    "Viện kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Cục Thuế", "Tổng cục Thuế",
    "Cục Hải quan", "Tổng cục Hải quan", "Cục Thống kê", "Tỉnh đoàn", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
    "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ủy ban Chứng khoán Nhà nước", "Thủ tướng Chính phủ", "Bộ Chính trị",
    "Chính phủ", "Quốc hội", "Thành phố Hồ Chí Minh", "Ban Quản lý", "Ủy ban Thường vụ Quốc hội",
    "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Tập đoàn Điện lực Việt Nam",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam",
    # committees of the National Assembly whose names hold a comma
    "Ủy ban Tài chính, Ngân sách", "Ủy ban Văn hóa, Giáo dục", "Ủy ban Khoa học, Công nghệ và Môi trường",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại", "Hội đồng Dân tộc",
    # the committee's name before 2025, an "và" inside it (Kế hoạch 3260-KH/ĐĐQH15: "Tổ đảng ở Thường trực Ủy ban Quốc
    # phòng và An ninh")
    "Ủy ban Quốc phòng và An ninh",
    # the national standards body under Bộ Khoa học và Công nghệ (Nghị định 55/2025/NĐ-CP), and its forerunner
    "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", "Tổng cục Tiêu chuẩn Đo lường Chất lượng",
)
_PROPER = ("Việt Nam", "Trung ương", "Tổ quốc")
_HEADS = (
    "Bộ Chỉ huy", "Bộ", "Sở", "Ban", "Ủy ban", "Văn phòng", "VP", "Thanh tra", "Ngân hàng", "Kiểm toán", "Kho bạc",
    "Tòa án", "Viện", "Công an", "Tổng cục", "Chi cục", "Cục", "Vụ", "Đài", "Mặt trận", "Hội", "Liên đoàn",
    "Trung tâm", "Bảo hiểm xã hội",
)
_UNITS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã")
_GENERIC = (
    "ban ngành", "địa phương", "cơ quan", "đơn vị", "đoàn thể", "tổ chức", "doanh nghiệp", "tập đoàn", "cá nhân",
    "bộ", "sở", "ban", "ngành", "hội", *_UNITS,
)
GENERIC_BODIES = _GENERIC  # bodies named by their kind, not their name ("04 tỉnh", "các đơn vị")
# Words that end a name in running text: verbs of assignment and function words.
_STOP_WORDS = (
    "chủ trì", "phối hợp", "có", "thực hiện", "tổ chức", "xây dựng", "khẩn trương", "tham mưu", "chỉ đạo", "hướng dẫn",
    "báo cáo", "theo dõi", "triển khai", "tăng cường", "rà soát", "nghiên cứu", "đề xuất", "được", "là", "cần", "phải",
    "kiểm tra", "chịu", "giao", "với", "về", "để", "trong", "tại", "của", "cho", "và", "hoặc", "thường xuyên",
    "tiếp tục", "đôn đốc", "ban hành", "trình", "đẩy mạnh", "quản lý", "tổng hợp", "chủ động", "theo", "đã", "sẽ",
    "đang", "nhằm", "trên", "các", "những", "khi", "ngay", "không", "bảo đảm", "đảm bảo", "hỗ trợ", "cung cấp",
    "phổ biến", "gửi", "trực thuộc", "cấp", "ở",
    # acts written right after a body's name: "Bộ Thương mại duyệt danh mục …", "… đã được Bộ Thương mại xét duyệt"
    # (Thông tư 35/1998/TT-BTC), "Chủ tịch Ủy ban Quốc gia sử dụng con dấu …", "… thay mặt …", "… trực tiếp điều phối
    # …", "… xử lý công việc …", "… định kỳ họp …", "… ủy quyền" (Quyết định 143/QĐ-UBQGNCT), "do Ngân hàng Thế giới
    # công bố" (Quyết định 2229/QĐ-TTg), "từ Ngân hàng Thế giới thì lấy …" (Nghị định 03/VBHN-BKHCN). Not "làm việc"
    # nor "quyết định" ("Ủy ban Quốc gia làm việc theo chế độ …", "Chủ tịch Ủy ban Quốc gia quyết định việc mời …"):
    # with them ended there the task reader took the working rules for the committee's tasks (round ex19).
    "duyệt", "xét duyệt", "sử dụng", "thay mặt", "trực tiếp", "xử lý", "định kỳ", "ủy quyền", "công bố", "thì",
)
# Nation-wide bodies never take a province or district after them.
_NATIONAL = ("Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị")
# "Bộ" also opens a legal code or a set of criteria: "Bộ luật Lao động", "Bộ Chỉ số".
_NOT_AFTER_BO = ("Luật", "luật", "Chỉ số", "chỉ số", "Tiêu chí", "tiêu chí", "Quy tắc", "quy tắc")
_AGENCY_START = (
    *_HEADS, "Hội đồng", "Kiểm toán", "Thông tấn xã", "Tỉnh đoàn", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy", "Đoàn",
    "Học viện", "Trường", "Tổng công ty", "Công ty", "Quốc hội", "Chính phủ", "Thủ tướng", "Cảnh sát", "Bộ đội",
    "Lực lượng", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Thủ trưởng", "Người đứng đầu", "Bộ trưởng", "Trưởng",
    "Lãnh đạo", "Cấp ủy", "Chính quyền", "các", "một số", "những", *_GENERIC, *_AGENCY_ABBREVIATIONS,
)

# re has no \p{Lu}: letter classes spelled out over Latin, Latin Extended and Vietnamese (up to U+1EF9).
_UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper()) + "]"
_LOWER = "[" + "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower()) + "]"
_JOINERS = {",": r"(?:\s*,\s*|\s+)", "-": r"(?:\s*[-–]\s*|\s+)", None: r"\s+"}


def _pattern(phrase: str, *, loose_case: bool = False) -> str:
    """A phrase as a regex tolerant of spacing, of missing commas and dashes; with loose_case only the first letter
    must match exactly."""
    parts = re.split(r"\s*([,-])\s*|\s+", phrase)
    pattern = "".join(re.escape(p) if i % 2 == 0 else _JOINERS[p] for i, p in enumerate(parts))
    return f"{pattern[0]}(?i:{pattern[1:]})" if loose_case else pattern


def _alternatives(phrases: Iterable[str], *, loose_case: bool = False) -> str:
    """One regex alternation, longest phrase first."""
    return "|".join(_pattern(p, loose_case=loose_case) for p in sorted(phrases, key=len, reverse=True))


def _words(phrases: Iterable[str]) -> str:
    """Whole words or phrases in any case."""
    return rf"(?i:(?:{_alternatives(phrases)})(?!\w))"


def _key(text: str) -> str:
    """A name with case, spacing, commas and dashes folded away, for looking up its official spelling."""
    return re.sub(r"[\s,\-–]+", " ", text).casefold()


def _official(matched: str) -> str:
    """The official spelling of a known name matched in any case, spacing or punctuation."""
    return _OFFICIAL[_key(matched)]


_FIELD = rf"(?i:(?:{_alternatives((*_FIELDS, *_FIELD_VARIANTS))}))(?!\w)"
_FIELD_SHORT = rf"(?:{_alternatives(_FIELD_ABBREVIATIONS)})(?![\w&])"
_BODY = rf"(?:{_alternatives(_BODIES, loose_case=True)})(?!\w)"
# Units in lower case or capitals; "Tỉnh" only before a place name, so "Tỉnh ủy" and "Xã hội" are not units; nor is
# "xã" of "xã hội" (society: "Viện Khoa học xã hội Việt Nam", Công văn 15557/BTC-PTHT, was read "Viện Khoa học xã").
_UNIT = (
    rf"(?:(?:{_alternatives(_UNITS)}|{_alternatives(u.upper() for u in _UNITS)})(?!\w)(?![ \t]+hội(?!\w))"
    rf"|(?:{_alternatives(u.capitalize() for u in _UNITS)})(?=[ \t]+{_UPPER}))"
)
_NOT_PLACE = r"(?:Số|SỐ|Chủ|CHỦ|Về|TT)(?!\w)"
_PLACE = rf"(?!{_NOT_PLACE}){_UPPER}\w*(?:(?:[ \t]*[-–][ \t]*|[ \t]+)(?!{_NOT_PLACE}){_UPPER}\w*){{0,3}}"
_GROUP = rf"{_words(_GENERIC)}(?:\s*(?:,|và)\s*(?:các\s+)?{_words(_GENERIC)}(?!\s+{_UPPER}))+"
_STOP = rf"(?:{_words(_STOP_WORDS)}|{_UNIT})"

# A place named with its unit: "tỉnh Thanh Hóa", "thành phố Đà Nẵng", "TP Hồ Chí Minh", "TP. Huế".
_PLACE_RE = re.compile(rf"(?:{_UNIT}|(?<!\w)TP\.?)[ \t]+({_PLACE})")
_FIELD_SHORT_RE = re.compile(rf"(?<!\w)(?i:bộ|sở)\s+({_FIELD_SHORT})")
_ABBREVIATION_RE = re.compile(rf"(?<![\w&/-])({_alternatives(_ABBREVIATIONS)})(?![\w&])")
_ABBREVIATION_TOKENS = {t for a in (*_ABBREVIATIONS, *_FIELD_ABBREVIATIONS) for t in re.findall(r"\w+", a)}
_WORD_RE = re.compile(r"[^\W\d_]+")
_ASIDE_RE = re.compile(r"\s*\([^)]*(?:\)|$)")
_BULLET_RE = re.compile(r"^(?:[-+•*]|\d+[.)]|[a-zđ]\))\s*")
_FIELD_FIX_RE = re.compile(rf"(?<![Cc]án )(?<!\w)([Bb]ộ|[Ss]ở)\s+({_FIELD})")
_BODY_FIX_RE = re.compile(rf"(?i:(?<!\w)({_alternatives((*_BODIES, *_PROPER))})(?!\w))")
_OFFICIAL = {**{_key(p): p for p in (*_BODIES, *_PROPER, *_FIELDS)}, **{_key(v): f for v, f in _FIELD_VARIANTS.items()}}
_SHOUTED_HEAD_RE = re.compile(rf"^((?:{_alternatives(_HEADS)})\s+)(\w)", re.IGNORECASE)
_SHOUTED_PLACE_RE = re.compile(rf"(?<!\w)((?:{_alternatives(_UNITS)}))((?:\s+(?:-\s+)?(?!trực)\w+)+)$")
_MID_UNIT_RE = re.compile(rf"(?<=\s)({_alternatives(u.capitalize() for u in _UNITS)})(?!\w)(?!\s+{_LOWER})")
_GROUP_RUN_RE = re.compile(
    rf"(?:(?<!\w)(?i:các|những|một số)\s+{_words(_GENERIC)}|^{_words(_GENERIC)}(?=\s*,|\s+và\s|$)"
    rf"|^(?i:địa phương|cơ quan|đơn vị|tổ chức|doanh nghiệp|ngành)(?=\s+{_LOWER}))"
    rf"(?:\s*(?:,|và)\s*(?:các\s+)?{_words(_GENERIC)}(?!\s+{_UPPER}))*"
)
_SHARED_HEAD_RE = re.compile(r"^(?:các\s+)?(Bộ|Sở)\s*:\s*(.+)$", re.IGNORECASE)
_PROTECTED_RE = re.compile(
    rf"(?<!\w)(?:(?i:bộ|sở)\s+(?:{_FIELD}|{_FIELD_SHORT})|{_BODY}|(?:(?i:các|những|một số)\s+)?{_GROUP})"
)
_BARE_FIELD_RE = re.compile(rf"(?<!\w){_FIELD}")
# A line break separates items only before a bullet; elsewhere it is a wrapped table cell.
_HARD_SPLIT_RE = re.compile(r";|\n(?=\s*[-+•])")
_SOFT_SPLIT_RE = re.compile(r"(\s*,\s*|\s+và\s+)")
_AGENCY_START_RE = re.compile(rf"^(?i:{_alternatives(_AGENCY_START)})(?!\w)")
_QUALIFIED_RE = re.compile(rf"^(.+?)\s+({'|'.join(_UNITS)})(?:\s+({_PLACE}))?$")
_QUALIFIER = (
    rf"(?:\s+(?:(?i:các|cấp)\s+)?{_UNIT}(?:\s*,\s*{_UNIT})*(?:[ \t]+{_PLACE})?(?:\s+trực thuộc (?i:trung ương))?"
    rf"|\s+(?:TP\.?[ \t]?HCM|TPHCM)(?![\w&]))?"  # "UBND TP.HCM", "Sở Tư pháp TP HCM": the city's short name
)
# A committee known by its letters joined by "," and "&" ("Ủy ban KH,CN&MT") keeps them all.
# A national body's name may end in "quốc gia" past its first words: "Trung tâm Chứng thực điện tử quốc gia".
_NATIONAL_END = r"[ \t]+quốc[ \t]+gia(?!\w)"
# A ministry's name after a department's starts a name of its own: "Cục Tài chính Bộ Quốc phòng" (see _UNIT_OF).
_NAME = (rf"{_UPPER}\w*(?:[,&]{_UPPER}+(?!\w))*(?:\s+(?!{_STOP}|{_BODY}|quốc[ \t]+gia(?!\w)|Bộ\s+{_UPPER})\w+){{0,3}}"
         rf"(?:\s+{_BODY}|{_NATIONAL_END})?")
# A party body of an agency is named by the agency's name after it: "Đảng đoàn Quốc hội", "Ban cán sự đảng Chính
# phủ", "Tổ đảng ở Thường trực Ủy ban Kinh tế", "Đảng ủy cơ quan Văn phòng Quốc hội"; the body, not the agency, acts.
_PARTY = (r"(?:Tổ\s+đảng(?:\s+ở)?|Đảng\s+ủy(?:\s+cơ\s+quan)?|Đảng\s+đoàn|Ban\s+cán\s+sự\s+đảng|"
          r"Đảng\s+bộ(?:\s+cơ\s+quan)?|Chi\s+bộ)\s+(?:Thường\s+trực\s+)?")
_AGENCY_SHORT = rf"(?:{_alternatives(_AGENCY_ABBREVIATIONS)})(?![\w&])"
# A minister named by the field alone stands for the ministry: "Bộ trưởng Công an chỉ đạo …" → Bộ Công an.
_MINISTER = rf"Bộ\s+trưởng\s+{_FIELD}"
_MINISTER_RE = re.compile(r"^Bộ\s+trưởng\s+")
# The tax and customs administrations named by their function, in lower case, as circulars and directives do: "Cơ
# quan thuế có trách nhiệm cung cấp …" (Thông tư liên tịch 123/2008/TTLT-BTC-BCA), "phối hợp với cơ quan thuế" (Chỉ thị
# 44/2002/CT-UB), "cơ quan hải quan"; "cơ quan thuế các cấp" is the same body ("các cấp" is read no further).
_FUNCTION_BODY = r"(?i:cơ\s+quan\s+(?:thuế|hải\s+quan))(?!\w)"
_FUNCTION_BODY_RE = re.compile(_FUNCTION_BODY)
_MENTION_RE = re.compile(
    rf"(?<![\w&])(?:{_PARTY})?(?!Bộ\s+(?:{_alternatives(_NOT_AFTER_BO)})(?!\w))"
    rf"(?:(?:{_alternatives(_NATIONAL, loose_case=True)})(?!\w)|{_FUNCTION_BODY}"
    rf"|(?:(?:Bộ|Sở|BỘ|SỞ)\s+(?:{_FIELD}|{_FIELD_SHORT})|{_MINISTER}|{_BODY}|{_AGENCY_SHORT}"
    rf"|(?:{_alternatives(_HEADS)})(?:\s+(?:{_BODY}|{_AGENCY_SHORT}|{_NAME})|(?=\s+(?:(?i:các|cấp)\s+)?{_UNIT}))"
    rf"){_QUALIFIER})"
)
_MASK = {",": "\ue000", " và ": "\ue001"}


def _clean(text: str) -> str:
    """Normalised text on one line, without asides, bullets or trailing punctuation; dashes and "&" spaced alike.
    A leading apostrophe or backquote is an OCR speck of a scanned cell ("'Bộ Xây dựng"): no name begins with one."""
    s = " ".join(normalize(text).replace("–", "-").replace("—", "-").split())
    s = _BULLET_RE.sub("", _ASIDE_RE.sub("", s))
    return re.sub(r"\s+-\s*|\s*-\s+", " - ", re.sub(r"\s*&\s*", "&", s)).strip(" .,;:/-").lstrip("'‘`´ ")


def _abbreviation_key(short: str) -> str:
    """An abbreviation as matched, spaces, commas and dashes folded ("KH, CN&MT" is "KH,CN&MT", "PT - TH" "PT-TH")."""
    return re.sub(r"\s*[,\-–]\s*|\s+", " ", short)


_ABBREVIATION_KEYS = {_abbreviation_key(short): full for short, full in _ABBREVIATIONS.items()}


# A field's short form as matched, its joiners folded as an abbreviation's (`_abbreviation_key`): `_pattern` lets a
# dash or a comma be spaced or left out ("Sở LĐ - TB&XH", "Sở VH TT&DL"), which an exact look-up missed (a KeyError).
_FIELD_KEYS = {_abbreviation_key(short): full for short, full in _FIELD_ABBREVIATIONS.items()}


def _field_written_out(short: str) -> str:
    return _FIELD_ABBREVIATIONS.get(short) or _FIELD_KEYS[_abbreviation_key(short)]


def _expand(s: str) -> str:
    """Abbreviations written out: field abbreviations after Bộ/Sở first, where "TP" means Tư pháp, not thành phố."""
    s = _FIELD_SHORT_RE.sub(lambda m: m.group(0)[: -len(m.group(1))] + _field_written_out(m.group(1)), s)
    s = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS.get(m.group(1)) or _ABBREVIATION_KEYS[_abbreviation_key(m.group(1))], s)
    return s.replace("&", " và ")


def written_out(text: str) -> str:
    """A text with each agency's short form written out ("UBND các tỉnh" → "Ủy ban nhân dân các tỉnh", "BCĐ" → "Ban
    Chỉ đạo", a field's after "Bộ" or "Sở": "Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư", "Sở TC" → "Sở Tài chính"), as the
    documents write them; nothing else of the text is changed ("R&D" stays)."""
    text = _FIELD_SHORT_RE.sub(lambda m: m.group(0)[: -len(m.group(1))] + _field_written_out(m.group(1)), text)
    return _ABBREVIATION_RE.sub(
        lambda m: _ABBREVIATIONS.get(m.group(1)) or _ABBREVIATION_KEYS[_abbreviation_key(m.group(1))], text)


def _shouted(s: str) -> bool:
    """Written in capitals or Title Case, so the input's capitals say nothing about the official ones."""
    words = [w for w in _WORD_RE.findall(s) if w not in _ABBREVIATION_TOKENS]
    if words and all(w.isupper() for w in words):
        return True
    return len(words) >= 3 and all(w[0].isupper() or w in {"và", "các", "của"} for w in words)


def _fix_case(s: str, shouted: bool) -> str:
    """Official capitals: places after units, known names and proper names fixed, groups lower-cased."""
    if shouted:
        s = _SHOUTED_PLACE_RE.sub(lambda m: m.group(1) + m.group(2).title(), s)
        s = _SHOUTED_HEAD_RE.sub(lambda m: m.group(1) + m.group(2).upper(), s)
    s = s[:1].upper() + s[1:]
    s = _MID_UNIT_RE.sub(lambda m: m.group(1).lower(), s)
    s = _FIELD_FIX_RE.sub(lambda m: m.group(1).capitalize() + " " + _official(m.group(2)), s)
    s = _BODY_FIX_RE.sub(lambda m: _official(m.group(1)), s)
    s = re.sub(r"Mặt trận Tổ quốc(?! Việt Nam)", "Mặt trận Tổ quốc Việt Nam", s)
    # The central bank alone takes "Việt Nam"; its branches are "Ngân hàng Nhà nước chi nhánh tỉnh ...".
    s = re.sub(r"^Ngân hàng Nhà nước$", "Ngân hàng Nhà nước Việt Nam", s)
    s = re.sub(r"(?i)(?<!\w)ban ngành(?!\w)", "ban, ngành", s)
    return _GROUP_RUN_RE.sub(lambda m: m.group(0).lower(), s)


# canonical, _qualified and _unit_group are pure functions of the name, kept (bounded): an answer compares the same
# names again and again (each row's lead and partners with each agency asked, rule after rule), a third of its time
@lru_cache(maxsize=8192)
def canonical(name: str) -> str:
    """One written form of an agency, role or group name: abbreviations expanded, official capitals, asides
    and trailing punctuation dropped ("UBND các Huyện, Thành phố." → "Ủy ban nhân dân các huyện, thành phố"), and
    a known name that OCR read without some marks written with them (see _unfolded)."""
    s = _clean(name)
    shouted = _shouted(s)
    if shouted:
        s = _WORD_RE.sub(lambda m: m.group(0) if m.group(0) in _ABBREVIATION_TOKENS else m.group(0).lower(), s)
    s = _unfolded(_fix_case(_expand(s), shouted))
    if _FUNCTION_BODY_RE.fullmatch(s):
        return s.lower()  # "Cơ quan Thuế" → "cơ quan thuế", written as a group is
    return _UNIT_OF_MINISTRY_RE.sub(r"\1 - \2", s)  # "Cục Tài chính/Bộ Quốc phòng" → "Cục Tài chính - Bộ Quốc phòng"


def _known_names() -> tuple[str, ...]:
    """The agencies known by their full official names: the bodies, and Bộ/Sở with each field."""
    return (*_BODIES, *(f"{head} {field}" for head in ("Bộ", "Sở") for field in _FIELDS))


def _fold_key(text: str) -> str:
    return fold(text).lower()  # same length as text for Vietnamese letters


# A known name of three syllables or more whose letters OCR read without (some of) their marks: "Uy ban Tiêu chuẩn
# Do lường Chất lượng Quốc gia" is "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia". Only a fold that exactly one
# known name has, and only a name starting with a capital (a name, not the same letters as common words).
_BY_NAME_FOLD: dict[str, str | None] = {}
for _known in _known_names():
    if len(_WORD_RE.findall(_known)) >= 3:
        _k = _fold_key(_known)
        _BY_NAME_FOLD[_k] = _known if _BY_NAME_FOLD.get(_k, _known) == _known else None
_NAME_FOLD_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(k) for k in sorted(_BY_NAME_FOLD, key=len, reverse=True))})(?!\w)")


def _unfolded(s: str) -> str:
    """Known names in s (see _BY_NAME_FOLD) written as officially marked; fold keeps length, so the spans found in
    the folded copy are the spans in s."""
    parts, last = [], 0
    for m in _NAME_FOLD_RE.finditer(_fold_key(s)):
        known, written = _BY_NAME_FOLD[m.group(0)], s[m.start():m.end()]
        parts += [s[last:m.start()], known if known and written[0].isupper() else written]
        last = m.end()
    return "".join(parts) + s[last:]


def _masked(s: str, protected: re.Pattern) -> str:
    """Commas and "và" inside official names and group phrases hidden from the splitter."""
    def hide(m: re.Match) -> str:
        return m.group(0).replace(" và ", _MASK[" và "]).replace(",", _MASK[","])
    return protected.sub(hide, s)


def _unmasked(s: str) -> str:
    return s.replace(_MASK[","], ",").replace(_MASK[" và "], " và ")


def _soft_split(piece: str) -> list[str]:
    """Split on commas and "và"; a part that does not start like an agency belongs to the one before it."""
    parts = _SOFT_SPLIT_RE.split(_masked(piece, _PROTECTED_RE))
    items = [parts[0]]
    for separator, part in zip(parts[1::2], parts[2::2]):
        if _AGENCY_START_RE.match(_unmasked(part)):
            items.append(part)
        else:
            items[-1] += separator + part
    return [_unmasked(item) for item in items]


def _shared_head_split(head: str, fields: str) -> list[str]:
    """"Các Bộ: Quốc phòng, Văn hóa, Thể thao và Du lịch" → one name per field; an item that is a whole name of its
    own ("các Bộ: Quốc phòng, Ngoại giao và Ủy ban nhân dân các tỉnh") is not given the head."""
    parts = [_unmasked(p) for p in _SOFT_SPLIT_RE.split(_masked(fields, _BARE_FIELD_RE))[::2]]
    head = head.capitalize()
    return [p if p.startswith((*_BODIES, f"{head} ")) else f"{head} {p}" for p in parts]


# The separator of a list of names: "Hoa Lư, Nho Quan và Yên Mô", "Bộ Công an, và Bộ Quốc phòng" (also
# `corpus.obligations`, between the agencies of a lead or partner list).
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
# "Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô", "UBND các tỉnh Thái Nguyên, Cao Bằng": one body of
# several named units.
_UNIT_LIST_RE = re.compile(rf"^(.+?)\s+(?i:các)\s+({'|'.join(_UNITS)})\s*:?\s+({_PLACE}(?:\s*(?:,|và)\s*{_PLACE})+)$")


def _unit_list_split(name: str) -> list[str]:
    """"UBND các huyện: Hoa Lư, Nho Quan và Yên Mô" → one name per unit ("UBND huyện Hoa Lư", …); others as they
    are."""
    listed = _UNIT_LIST_RE.match(name)
    if not listed:
        return [name]
    head, unit, places = listed.groups()
    return [f"{head} {unit} {place}" for place in LIST_SEPARATOR.split(places) if place]


# The short forms known above and the field terms of corpus.vn.TERMS, folded, each with what it stands for, folded and
# lower-cased ("BCĐ" and "BCD" → "ban chi dao", "TNCN" → "thu nhap ca nhan"): text typed without marks or written short
# is compared word for word with a document's text by `spelled_words`.
_SPELLED = {**{fold(short): fold(full).lower() for full, shorts in TERMS.items() for short in shorts.split()},
            **{fold(short): fold(full).lower() for short, full in _ABBREVIATIONS.items()}}
_SPELLED_RE = re.compile(r"(?<![\w&/-])(" + "|".join(map(re.escape, sorted(_SPELLED, key=len, reverse=True)))
                         + r")(?![\w&/-])")


def spelled_words(text: str) -> str:
    """A text's words only, marks folded (OCR's "Ð" read as "Đ"), lower-cased, one space between them, with each known
    short form written out: "Luat Thue TNCN" and "Luật Thuế thu nhập cá nhân" both read "luat thue thu nhap ca nhan",
    "BCĐ Lễ mở ký" reads "ban chi dao le mo ky"."""
    return _spelled(fold_ocr(normalize(text)))


def _spelled(folded: str) -> str:
    folded = _SPELLED_RE.sub(lambda m: f" {_SPELLED[m.group(1)]} ", folded)
    return " ".join(re.findall(r"[^\W_]+", folded.lower()))


# What follows the first word of a short form of several words ("HCM" of "TP. HCM"): a piece opening with it may make
# one with the piece before it, once joined (`spelled_pieces`).
_SPELLED_TAILS = tuple(sorted({short[at + 1:] for short in _SPELLED for at, c in enumerate(short) if c == " "}))


def spelled_pieces(pieces: Iterable[str]) -> list[str]:
    """The words of `spelled_words` of the pieces joined by spaces, each piece read once for all the answers that read
    it (the passages of a cited document: every answer citing it reads them all, a law's hundreds). A piece is read
    alone as the join reads it (marks, spaces and tone placement are read within a word, a short form within a piece),
    except one opening with the rest of a short form of several words ("HCM" after a piece ending "TP."): the join is
    then read whole."""
    pieces = list(pieces)
    read = [_spelled_piece(piece) for piece in pieces]
    if any(opens for _, opens in read[1:]):
        return spelled_words(" ".join(pieces)).split()
    return [word for words, _ in read for word in words.split()]


@lru_cache(maxsize=4096)
def _spelled_piece(text: str) -> tuple[str, bool]:
    """`spelled_words` of one piece, and whether it opens with the rest of a short form of several words."""
    folded = fold_ocr(normalize(text))
    return _spelled(folded), folded.startswith(_SPELLED_TAILS)


def split_agencies(text: str) -> list[str]:
    """The canonical names listed in a cell or phrase, in order and once each; group phrases ("các sở, ban,
    ngành") and official names containing commas or "và" stay whole; "Các Bộ: Xây dựng, Công Thương" is expanded."""
    found: dict[str, str] = {}
    for piece in _HARD_SPLIT_RE.split(normalize(text)):
        piece = _clean(piece)
        shared = _SHARED_HEAD_RE.match(piece)
        names = _shared_head_split(*shared.groups()) if shared else _soft_split(piece)
        for name in map(canonical, (one for name in names for one in _unit_list_split(name))):
            if name:
                found.setdefault(name.casefold(), name)
    return list(found.values())


@lru_cache(maxsize=8192)
def _qualified(name: str) -> tuple[str, str | None, str | None]:
    """(name without its place, administrative unit, place name), casefolded, "Việt Nam" dropped."""
    s = re.sub(r"\s+Việt Nam$", "", canonical(name))
    if unit_of := _UNIT_OF_MINISTRY_RE.match(s):
        return unit_of.group(1).casefold(), "bộ", unit_of.group(2).casefold()
    m = _QUALIFIED_RE.match(s)
    if not m:
        return s.casefold(), None, None
    return m.group(1).casefold(), m.group(2), (m.group(3) or "").casefold() or None


# What may join the names of a cell that lists only agencies: "Bộ Tài chính, Bộ Xây dựng và các địa phương liên quan".
_NAME_JOINERS = re.compile(r"(?:\s|[,;.:_\-–]|(?<!\w)(?:và|các|có|liên quan)(?!\w))*", re.IGNORECASE)


def names_only(text: str) -> bool:
    """Whether a cell names agencies and nothing else ("Bộ Tài chính"; not "nạ Công Thương", "chính sách giữa
    Chính phủ, các bộ ngành"): a cell's known names, with only commas, "và", "các", "liên quan" between them."""
    found, rest, at = find_agencies(text), [], 0
    for _, start, end in found:
        rest.append(text[at:start])
        at = end
    rest.append(text[at:])
    return bool(found) and all(_NAME_JOINERS.fullmatch(piece) for piece in rest)


def agency_key(name: str) -> str:
    """A filter key shared by every mention `same_agency` could match: the casefolded name without its place."""
    return _qualified(name)[0]


def same_agency(a: str, b: str) -> bool:
    """Whether two mentions name the same agency: equal once canonical, ignoring case, where a name without its
    province or district ("Sở Tài chính") matches the qualified one ("Sở Tài chính tỉnh Ninh Bình")."""
    (base_a, unit_a, place_a), (base_b, unit_b, place_b) = _qualified(a), _qualified(b)
    if not base_a or base_a != base_b:
        return False
    return (unit_a is None or unit_b is None or unit_a == unit_b) and (
        place_a is None or place_b is None or place_a == place_b)


# A sentence opening with a local committee and its place, the unit word perhaps read by OCR with its marks lost
# ("(ii) UBND tinh Phú Tho tập trung giải quyết …", Thông báo 541/TB-VPCP): the place read, folded.
_OPENING_PLACE = re.compile(r"^[\s(]*(?:[ivx]+|\d+|[a-z])?[).]?\s*(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+"
                            r"(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong)\s+(\w+(?:\s+\w+)?)")


def other_place_opens(asked: str, name: str, text: str) -> bool:
    """Whether a row led by a body named without its place (`name`, "Ủy ban nhân dân") is, as its sentence opens
    (`text`), that body of another place than the one asked: "Ủy ban nhân dân thành phố Hà Nội" asked, "(ii) UBND tinh
    Phú Tho tập trung …" is Phú Thọ's row, not Hà Nội's. False where the row's name has its place, the question none, or
    the sentence names no place."""
    _, _, asked_place = _qualified(asked)
    _, _, place = _qualified(name)
    if not asked_place or place:
        return False
    opened = _OPENING_PLACE.match(fold(text[:80]).casefold())
    if not opened:
        return False
    asked_words = fold(asked_place).split()
    return opened.group(1).split()[:len(asked_words)] != asked_words[:len(opened.group(1).split())]


# The standing organs a body issues through: "Chỉ thị số 20-CT/TU … của Ban Thường vụ Tỉnh ủy" is a Tỉnh ủy document
_ORGANS = re.compile(r"^(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Ban Cán sự đảng)\s+", re.I)


def issued_by(issuer: str, named: str) -> bool:
    """Whether a body named as a document's issuer is the one asked or one of its standing organs ("Ban Thường vụ Tỉnh
    ủy" for "Tỉnh ủy"): asked "… triển khai văn bản nào của Tỉnh ủy?", the Ban Thường vụ's directive is one."""
    organ = _ORGANS.match(named)
    return same_agency(issuer, named) or bool(organ) and same_agency(issuer, named[organ.end():])


_UNITS_RE = re.compile(rf"(?<!\w)(?:{'|'.join(_UNITS)})(?!\w)")


def covers(asked: str, named: str) -> bool:
    """Whether a named agency answers for an asked one: the same agency (`same_agency`), or the group of every unit
    of the asked kind when the question names none ("Ủy ban nhân dân tỉnh" in a question, "Ủy ban nhân dân các
    tỉnh, thành phố trực thuộc trung ương" in the text)."""
    if same_agency(asked, named):
        return True
    base, unit, place = _qualified(asked)
    if not unit or place:
        return False
    group = re.match(rf"{re.escape(base)}\s+(?:các|những)\s+(.+)$", canonical(named).casefold())
    if group and unit in _UNITS_RE.findall(group.group(1)):
        return True
    asked_group, named_group = _unit_group(asked), _unit_group(named)
    return bool(asked_group and named_group and named_group[2] and asked_group[0] == named_group[0]
                and asked_group[1] <= named_group[1])


# The localities named as a group and nothing else ("các địa phương", "Địa phương được lựa chọn", "các địa phương có
# liên quan"): a group no ministry is in.
_LOCALITIES = re.compile(r"(?:các\s+|những\s+)?địa phương(?:\s+(?:có\s+)?liên quan|\s+được lựa chọn)?", re.I)


_GROUP_SUBJECT_RE = re.compile(rf"^\s*(?i:các|những)\s+{_words(_GENERIC)}(?!\s*:|\s+{_UPPER})")


def group_subject(text: str) -> bool:
    """Whether a sentence's subject is a group of bodies named by their kind, no one body ("Các đơn vị báo cáo về tỉnh
    trước ngày nào?", "Các sở, ngành phải làm gì?"), not one named ("Các Bộ: Tài chính, …" is a list of ministries)."""
    return _GROUP_SUBJECT_RE.match(text) is not None


def localities_only(name: str) -> bool:
    """Whether a name is the group of localities and nothing else ("các địa phương", Phụ lục II of Nghị quyết
    03/NQ-CP, row 100: "Bộ Khoa học và Công nghệ, các địa phương"): a ministry ("Bộ Công an") is never one of them."""
    return bool(_LOCALITIES.fullmatch(" ".join(name.split())))


# "Ủy ban nhân dân các tỉnh, thành phố", "UBND cấp tỉnh", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương": a
# body of every unit of one or more kinds, named by no place.
_UNIT_GROUP_RE = re.compile(rf"^(.+?)\s+(?:(các|những|cấp)\s+)?((?:{'|'.join(_UNITS)})(?:\s*(?:,|và)\s*(?:"
                            rf"{'|'.join(_UNITS)}))*)(\s+trực thuộc trung ương)?$")


def same_group(a: str, b: str) -> bool:
    """Whether two mentions name one body of every unit of the same kinds, written with or without "trực thuộc trung
    ương" ("Ủy ban nhân dân các tỉnh, thành phố" is "… các tỉnh, thành phố trực thuộc trung ương"), or by its level
    ("Ủy ban nhân dân cấp tỉnh": the provinces and the centrally-run cities, see _LEVEL_UNITS); a group of other kinds
    ("Ủy ban nhân dân các huyện") is not it."""
    group_a, group_b = _unit_group(a), _unit_group(b)
    return bool(group_a and group_b and group_a[2] and group_b[2] and group_a[:2] == group_b[:2])


@lru_cache(maxsize=4096)
def _unit_group(name: str) -> tuple[str, frozenset[str], bool] | None:
    """(body, the units it is of, whether it is every unit of the kinds: "các"/"cấp", several kinds, or "trực thuộc
    trung ương") for a name of a body by unit kind and no place; None for any other name."""
    m = _UNIT_GROUP_RE.match(canonical(name).casefold())
    if not m:
        return None
    units = frozenset(_UNITS_RE.findall(m.group(3)))
    if m.group(2) == "cấp":
        units = _LEVEL_UNITS.get(units, units)
    return m.group(1), units, bool(m.group(2) or m.group(4) or len(units) > 1)


# "cấp tỉnh" is the provincial level, whose units are the provinces and the cities under the central government
# ("Đơn vị hành chính cấp tỉnh gồm tỉnh, thành phố trực thuộc trung ương", Luật Tổ chức chính quyền địa phương): "Chủ
# tịch UBND cấp tỉnh" asked is "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương" (Công điện 187/CĐ-TTg).
_LEVEL_UNITS = {frozenset({"tỉnh"}): frozenset({"tỉnh", "thành phố"})}



# The level of local government a people's council or committee is of: "UBND tỉnh", "HĐND và UBND huyện, thị xã",
# "Ủy ban nhân dân các xã, phường".
_LEVELS = {"tỉnh": "tỉnh", "huyện": "huyện", "quận": "huyện", "thị xã": "huyện", "xã": "xã", "phường": "xã",
           "thị trấn": "xã"}
_COUNCIL_LEVEL = re.compile(r"\b(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\s+(?:các\s+)?"
                            r"(tỉnh|huyện|quận|thị xã|thị trấn|xã|phường)\b", re.IGNORECASE)


def council_levels(text: str) -> set[str]:
    """The levels ("tỉnh", "huyện", "xã") of the people's councils and committees a text names ("HĐND và UBND
    huyện, thị xã" → {"huyện"}); a committee named with no level adds none."""
    return {_LEVELS[m.group(1).lower()] for m in _COUNCIL_LEVEL.finditer(fix_tone_placement(text))}

def find_places(text: str) -> set[str]:
    """Names of the provinces, cities, districts and communes a text names with their unit ("tỉnh Thanh Hóa",
    "TP Hồ Chí Minh" → "Thanh Hóa", "Hồ Chí Minh")."""
    return {m.group(1) for m in _PLACE_RE.finditer(fix_tone_placement(text))}


# Foreign countries named in one word ("trao đổi với Lào", "hợp tác với Nga"): `assistant.parts.proper_names` reads
# names of two words or more only ("Trung Quốc", "Hàn Quốc"). A word that begins or continues a longer name is none:
# "Lào Cai", "Mỹ Tho", "Nhật Bản" (a capitalised word after it), "Thiên Nga" (one before it), nor a sentence's first
# word ("Pháp luật …", "Pháp lệnh …").
_COUNTRY_WORD = re.compile(r"\b(Lào|Campuchia|Nga|Mỹ|Pháp|Nhật|Úc|Cuba|Singapore|Indonesia|Malaysia|Myanmar|"
                           r"Philippines|Brunei|Canada)\b")


def countries_named(text: str) -> set[str]:
    """Foreign countries a text names in one word (`_COUNTRY_WORD`), never a word of a longer name or a sentence's
    first word."""
    text = fix_tone_placement(text)
    found = set()
    for m in _COUNTRY_WORD.finditer(text):
        before, after = text[:m.start()].rstrip(), text[m.end():].split(maxsplit=1)
        if not before or before[-1] in ".?!:;\n" or before.split()[-1][:1].isupper() \
                or after and after[0][:1].isupper():
            continue
        found.add(m.group(1))
    return found


def places_with_units(text: str) -> set[tuple[str, str]]:
    """The places a text names with their unit, the unit read in lower case ("thành phố Tam Điệp", "TP. Huế" →
    ("thành phố", "Huế")): a city and the province of the same name ("thành phố Ninh Bình", "tỉnh Ninh Bình") are two
    places."""
    found = set()
    for match in _PLACE_RE.finditer(fix_tone_placement(text)):
        unit = " ".join(match.group(0)[:match.start(1) - match.start()].split()).lower().rstrip(".")
        found.add(("thành phố" if unit == "tp" else unit, match.group(1)))
    return found


def may_be_place(name: str) -> bool:
    """Whether a capitalised run (`assistant.parts.proper_names`) may be a locality named without its unit, as lists
    and table cells give them ("trong đó: Thái Nguyên 250 tỷ đồng, Cao Bằng 50 tỷ đồng", "Bộ trưởng Bộ Y tế - Bắc
    Ninh"): it reads as a place name (`_PLACE`: no "Chủ", "Số" in it, so not "Phó Chủ" of "Phó Chủ tịch") and is not
    the country ("Hội Người cao tuổi Việt Nam")."""
    return bool(re.fullmatch(_PLACE, name)) and name != "Việt Nam"


def _place_key(text: str) -> str:
    """Text with its tone marks placed alike and dashes, line breaks and runs of spaces folded to one space."""
    return re.sub(r"\s*[-–—]\s*|\s+", " ", fix_tone_placement(text))


def names_place(text: str, place: str) -> bool:
    """Whether a text names a place found by find_places, however its dashes and line breaks are written
    ("Văn Miếu – Quốc Tử Giám" in a question, "Văn Miếu - Quốc\nTử Giám" in the document)."""
    return _place_key(place) in _place_key(text)


# "Các Bộ: Quốc phòng, Công an, Ngoại giao" in running text: one shared head before a list of fields.
_SHARED_LIST_RE = re.compile(rf"(?<!\w)(?:(?i:các)\s+)?(Bộ|Sở|BỘ|SỞ)\s*:\s*((?:{_FIELD})(?:\s*(?:,|và)\s*(?:{_FIELD}))*)")


# One answer reads the same sentences and passages under several rules (the support check, the best sentence, the
# addressee line, the timed clauses …): each distinct text up to a passage's size is read once. Longer texts (a whole
# document at ingestion) are not kept.
_READ_ONCE = 4096  # characters


# A minister's title written before the ministry's name ("Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định này",
# Nghị định 26/2001/NĐ-CP; "Bộ trưởng Bộ Tài chính có trách nhiệm tổ chức thực hiện … Luật này trong cả nước", Luật
# 09/2003/QH11): the mention read is the ministry, the one the text charges is its minister. Not "Các Bộ trưởng, Thủ
# trưởng …" (no ministry named) nor "Thứ trưởng" (a deputy signs, he is not charged).
_MINISTER_BEFORE = re.compile(r"(?<![\w,])\s*Bộ\s+trưởng\s+$")


def minister_of(text: str, ministry: str) -> str | None:
    """"Bộ trưởng <ministry>" when the text's first mention of that ministry is written with its minister's title
    before it (`_MINISTER_BEFORE`); None otherwise."""
    first = next(((name, start) for name, start, _ in find_agencies(text) if same_agency(name, ministry)), None)
    if first is None or not _MINISTRY_RE.match(first[0]) or not _MINISTER_BEFORE.search(text[max(0, first[1] - 24):first[1]]):
        return None
    return f"Bộ trưởng {first[0]}"


def find_agencies(text: str) -> list[tuple[str, int, int]]:
    """Agencies named in running text (NFC), as (canonical name, start, end) offsets into text; a name ends at the
    verb or function word after it ("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và UBND các huyện ...")."""
    return list(_mentions(text) if len(text) <= _READ_ONCE else _mentions.__wrapped__(text))


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    # Moving tone marks keeps the length of NFC text, so offsets found in the fixed copy hold in the original.
    found: list[tuple[str, int, int]] = []
    for m in _MENTION_RE.finditer(fix_tone_placement(text)):
        name = canonical(_MINISTER_RE.sub("Bộ ", m.group(0), count=1))
        if found and _UNIT_OF.fullmatch(text, found[-1][2], m.start()) and _UNIT_HEAD_RE.match(found[-1][0]) \
                and _MINISTRY_RE.match(name):
            # "Cục Tài chính/Bộ Quốc phòng", "Tổng cục Thuế - Bộ Tài chính": one unit, named with its ministry
            found[-1] = (f"{found[-1][0]} - {name}", found[-1][1], m.end())
            continue
        found.append((name, m.start(), m.end()))
    return tuple(found)


# A department of a ministry written with the ministry after a slash, a dash or a space: "Cục Tài chính/Bộ Quốc
# phòng" (Thông tư liên tịch 122/2008/TTLT-BTC-BQP), "Tổng cục Thuế - Bộ Tài chính, Cục Tài chính - Bộ Quốc phòng chịu
# trách nhiệm" (212/2013/TTLT-BTC-BQP), "Cục Tài chính Bộ Quốc phòng": one agency, not two. `_qualified` reads the
# ministry as where the unit is, so "Cục Tài chính" alone names it too. "Bộ Chỉ huy …", "Bộ Tư lệnh …" are commands,
# not ministries.
_UNIT_OF = re.compile(r"[ \t]*/[ \t]*|[ \t]+[-–][ \t]+|[-–]|[ \t]+")
_UNIT_HEAD = r"(?:Tổng [cC]ục|Chi [cC]ục|Cục|Vụ)\s"  # a unit that a ministry's name may follow
_UNIT_HEAD_RE = re.compile(_UNIT_HEAD)
_MINISTRY = r"Bộ\s(?!Chỉ\s+huy|Tư\s+lệnh)[A-ZĐ]"
_MINISTRY_RE = re.compile(_MINISTRY)


def is_ministry(name: str) -> bool:
    """Whether an agency's name is a ministry's ("Bộ Giáo dục và Đào tạo"), not a province's military command ("Bộ
    Chỉ huy Quân sự tỉnh") nor a unit of a ministry ("Cục Tài chính - Bộ Quốc phòng")."""
    return bool(_MINISTRY_RE.match(name))
_UNIT_OF_MINISTRY_RE = re.compile(rf"^({_UNIT_HEAD}.+?)(?:\s*/\s*|\s+-\s+|\s+)({_MINISTRY}.*)$")


# "<agency> của <agency>": the second names whose body the first is ("Ủy ban Tài chính, Ngân sách của Quốc hội",
# "Văn phòng của Bộ Y tế"), not another agency.
_OWNER_GAP = re.compile(r"\s+của\s+")


# A body whose part a question asks, named before "tham gia" ("…, Bộ Thủy sản tham gia với vai trò gì?"): the verb
# ends its name as "phối hợp" does. Read in questions only (`question_bodies`): the indexed rows were read with
# `_STOP_WORDS` as they are, and a stop word added there would change what a new index extracts.
_TAKING_PART = re.compile(r"\s(?=tham\s+gia\b)", re.I)


def question_bodies(text: str) -> str:
    """A question's text with each body's name ended before "tham gia" (a comma for the space, offsets kept), for
    `find_agencies` and `agency_names` to read its bodies by."""
    return _TAKING_PART.sub(",", text)


def asked_agencies(text: str) -> list[tuple[str, int, int]]:
    """The agencies a question names as doers (`find_agencies`), without one named only as the body the agency
    before it belongs to ("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách của Quốc hội": the Tổ đảng is asked;
    a passage naming it need not name the Quốc hội)."""
    found = find_agencies(question_bodies(text))
    return [mention for number, mention in enumerate(found)
            if not (number and _OWNER_GAP.fullmatch(text[found[number - 1][2]:mention[1]]))]


def agency_names(text: str) -> list[str]:
    """Every agency a text names, in order, once each: the mentions find_agencies finds, and each agency of a list
    under one head ("Các Bộ: Quốc phòng, Công an" → Bộ Quốc phòng, Bộ Công an)."""
    return list(_names(text) if len(text) <= _READ_ONCE else _names.__wrapped__(text))


# "Chủ tịch Ủy ban nhân dân các tỉnh: Thái Nguyên, Lạng Sơn, Bắc Ninh,\nCao Bằng và các địa phương khác …" (Công điện
# 189): a body of several units named after a colon, one agency per unit, as `split_agencies` reads a cell.
_UNIT_PLURAL_RE = re.compile(rf"^(.+?)\s+(?i:các)\s+({'|'.join(_UNITS)})$")
_PLACE_IN_LIST = re.compile(_PLACE.replace("[ \\t]", r"\s"))
_PLACES_AFTER_RE = re.compile(rf"[ \t]*:\s*({_PLACE}(?:\s*(?:,|và)\s*{_PLACE})*)")


@lru_cache(maxsize=2048)
def _names(text: str) -> tuple[str, ...]:
    fixed = fix_tone_placement(text)
    found = [(start, name) for name, start, _ in find_agencies(text)]
    for name, start, end in find_agencies(text):
        plural = _UNIT_PLURAL_RE.match(name)
        places = plural and _PLACES_AFTER_RE.match(fixed, end)
        if places:
            head, unit = plural.groups()
            found += [(places.start(1) + place.start(), canonical(f"{head} {unit} {' '.join(place.group(0).split())}"))
                      for place in re.finditer(_PLACE_IN_LIST, places.group(1))]
    for shared in _SHARED_LIST_RE.finditer(fixed):
        head = shared.group(1).capitalize()
        found += [(f.start(), canonical(f"{head} {f.group(0)}"))
                  for f in _BARE_FIELD_RE.finditer(fixed, shared.start(2), shared.end(2))]
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


_MARKED_PHRASES = (*_BODIES, *_PROPER, *_FIELDS, *_UNITS, *_GENERIC, *_HEADS, *_MARKED_ABBREVIATIONS)
_MARKED_WORDS = re.compile(r"[^\W\d_]+")


def _folded(words: Iterable[str]) -> str:
    return " ".join(fold(w).casefold() for w in words)


# names of two words or more: one word alone ("quan" for "quận", "so" for "sở") is too often another word
def _phrase_words(phrase: str) -> list[str]:
    """A known name's words without its commas and dashes ("Văn hóa, Thể thao và Du lịch")."""
    return phrase.replace(",", " ").replace(" - ", " ").split()


_BY_FOLD = {_folded(_phrase_words(p)): p for p in sorted(_MARKED_PHRASES, key=len) if len(p.split()) >= 2}
_LONGEST = max(len(_phrase_words(p)) for p in _MARKED_PHRASES)


def _a_name(text: str, span: list[re.Match], phrase: str) -> bool:
    """Whether the words matched stand as a name: written with a capital, or a unit before a capitalised place."""
    if span[0].group(0)[0].isupper():
        return True
    return phrase in _UNITS and bool(re.match(rf"[ \t]+{_UPPER}", text[span[-1].end():]))


def restore_marks(text: str, names_only: bool = False) -> str:
    """OCR'd text with the marks of agency-name words put back where the words equal a known name but for their
    marks ("Sở Nông nghiệp và Phát triên nông thôn" → "… Phát triển …", "thành phô" → "thành phố"); the first
    letter's case is kept. For text read by OCR only: written text is left as it is. With `names_only` (running
    text) only names are touched: phrases written with a capital ("Uy ban nhân dân", "Y tê") and units before a
    place name ("thành phô Hà Nội"), never common words ("cơ sở giáo dục, y tê")."""
    words = list(_MARKED_WORDS.finditer(text))
    folds = [_folded([w.group(0)]) for w in words]  # each word folded once, not once for every span it is in
    # only spaces, line breaks, commas and dashes between the words of a name: whether word j and j + 1 may join
    joins = [not text[a.end():b.start()].strip(" ,-–\n") for a, b in zip(words, words[1:])]
    out, last, i = [], 0, 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 1, -1):  # the known names are of two words or more
            if not all(joins[i:i + n - 1]):
                continue
            span = words[i:i + n]
            phrase = _BY_FOLD.get(" ".join(folds[i:i + n]))
            if phrase is None or names_only and not _a_name(text, span, phrase):
                continue
            for word, official in zip(span, _phrase_words(phrase)):
                written = word.group(0)
                fixed = official.upper() if written.isupper() and len(written) > 1 else official if \
                    written[0].isupper() == official[0].isupper() else (
                    official[0].upper() + official[1:] if written[0].isupper() else official[0].lower() + official[1:])
                out.append(text[last:word.start()] + (fixed if len(fixed) == len(written) else written))
                last = word.end()
            i += n
            break
        else:
            i += 1
    return "".join(out) + text[last:]


# A question typed all in lower case ("sở du lịch ninh bình được giao làm gì …?", "bộ công an chủ trì …?"): the
# agency readers want a capital on a body's head word, so such a name went unread and the question was taken for one
# about no agency. A head word is capitalised where the words from it then read as a known name of two words or more
# ("Sở Du lịch", "Bộ Công an", "Ủy ban nhân dân các huyện"); "ban hành", "bộ luật", "các sở, ngành" stay as typed.
_LOWER_HEADS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h.lower()) for h in sorted(
    {*_HEADS, "Hội đồng", "Tỉnh ủy", "Thành ủy", "Huyện ủy"} - {"VP"}, key=len, reverse=True)) + r")(?!\w)")
_LOWER_ABBREVIATIONS = re.compile(r"(?<!\w)(?:" + "|".join(a.lower() for a in _AGENCY_ABBREVIATIONS
                                                           if re.fullmatch(r"\w+", a)) + r")(?!\w)")


# A ministry or department typed in a chat box by its field's short form in lower case and without its đ ("bo
# kh&cn", "bo gd&dt", "so tc", "so kh&dt", "bo ldtbxh"; "so" read back as "số" when marks are restored): the head
# word and the short form as documents write them ("Bộ KH&CN", "Bộ GD&ĐT", "Sở TC", "Sở KH&ĐT", "Bộ LĐTBXH").
_FIELD_BY_FOLD = {fold(short).lower(): short for short in _FIELD_ABBREVIATIONS}
_TYPED_FIELD = re.compile(r"(?<!\w)(b[oộ]|s[oởố])\s+([a-zđ][a-zđ&-]{1,9})(?![\w&])", re.I)


def _typed_fields(text: str) -> str:
    def official(m: re.Match) -> str:
        short = _FIELD_BY_FOLD.get(fold(m.group(2)).lower())
        if short is None or not m.group(2).islower():
            return m.group(0)
        return ("Bộ" if fold(m.group(1)).lower() == "bo" else "Sở") + " " + short
    return _TYPED_FIELD.sub(official, text)


# An agency typed in a chat box by its letters in lower case and without its đ ("cv 706 … cua bqp", "thanh lap bcd
# trung uong", "hdnd tinh"): the letters as documents write them ("BQP", "BCĐ", "HĐND"), which `written_out` spells
# out. Only a short form of letters alone and of three letters or more ("cp", "tp", "vp" are too many other words).
_LETTERS_BY_FOLD = {fold(a).lower(): a for a in _AGENCY_ABBREVIATIONS if re.fullmatch(r"\w{3,}", a)}
_TYPED_LETTERS = re.compile(r"(?<![\w&/-])[^\W\d_]{3,}(?![\w&/-])")


def _typed_letters(text: str) -> str:
    def official(m: re.Match) -> str:
        word = m.group(0)
        return _LETTERS_BY_FOLD.get(fold(word).lower(), word) if word.islower() else word
    return _TYPED_LETTERS.sub(official, text)


# A one-word head typed without marks and given another word's marks when they were restored ("So Tai chinh" → "Sơ Tài
# chính", a word the documents' OCR holds): the head whose marks it lacks, where the words from it then read as a known
# name of two words or more ("Sở Tài chính"); "số", "bổ sung" stay as they are.
# Only "Bộ", "Sở", "Cục": "Vũ" is a surname ("Vũ Văn Ninh"), "Hỏi" a verb, "Viên" a word of its own ("Viên chức").
_ONE_WORD_HEADS = {fold(h).lower(): h for h in ("Bộ", "Sở", "Cục")}
_FIELD_AFTER = re.compile(rf"\s+(?=[A-ZĐÀ-Ỹ]){_FIELD}")
_HEAD_WORDS = re.compile(r"(?<!\w)\w+(?!\w)")


def remarked_heads(text: str) -> str:
    """A question whose marks were restored (`index.search.Searcher.restore_marks`) with its one-word heads' own marks
    put back where the words from them then read as a known name (above). A question typed in lower case has its
    head in lower case too, the field after it restored with the capitals the documents give it ("so cong an ba ria
    vung tau …" restored "số Công an Bà Rịa Vũng Tàu …": "Sở Công an"); "số lượng" stays."""
    for word in _HEAD_WORDS.finditer(text):
        head = _ONE_WORD_HEADS.get(fold(word.group(0)).lower())
        if head is None or word.group(0) == head:
            continue
        # (typed in lower case: a field of a ministry or department restored with the capital the documents give it,
        # "Công an"; never a short form typed in lower case and capitalised, "Nn&ptnt", which `_typed_fields` reads
        # after "sở" only, nor another name, "chuyển đổi sở Bệnh viện Bạch Mai" restored for "chuyen doi so …")
        if not word.group(0)[0].isupper() and not _FIELD_AFTER.match(text, word.end()):
            continue
        trial = text[:word.start()] + head + text[word.end():]
        if any(begin == word.start() and len(name.split()) >= 2 for name, begin, _ in find_agencies(trial)):
            text = trial
    return text

# A ministry or department named in speech by the first words of its field ("Bộ Giáo dục phải trình Thủ tướng …",
# "Sở Lao động"): its official name, where those words name one field only, whatever the year (not "Bộ Khoa học", once
# "Khoa học, Công nghệ và Môi trường"; not "Bộ Nông nghiệp", "Bộ Văn hóa", "Bộ Tài chính …").
_SPOKEN_FIELDS = {"Giáo dục": "Giáo dục và Đào tạo", "Lao động": "Lao động - Thương binh và Xã hội",
                  "Kế hoạch": "Kế hoạch và Đầu tư", "Tài nguyên": "Tài nguyên và Môi trường",
                  "Giao thông": "Giao thông vận tải"}
_SPOKEN_FIELD = re.compile(r"\b(Bộ|Sở)\s+(" + "|".join(_SPOKEN_FIELDS) + r")\b(?!\s*(?:và|-|–|,|vận|thương|Thương)\b)"
                           r"(?!\s*(?:-|–|,))")


def spoken_fields(text: str) -> str:
    """A question's ministries and departments named by the first words of their field written out (`_SPOKEN_FIELD`:
    "Bộ Giáo dục" → "Bộ Giáo dục và Đào tạo"); read in questions only, documents write the name whole."""
    return _SPOKEN_FIELD.sub(lambda m: f"{m.group(1)} {_SPOKEN_FIELDS[m.group(2)]}", text)


def capitalised_names(text: str) -> str:
    """A question written wholly in lower case with the agency names it holds capitalised as written officially
    (their head word, or an abbreviation such as "ubnd"); a question with any capital letter is returned as it is,
    but for a ministry or department typed by its field's short form in lower case (`_typed_fields`) and an agency
    typed by its letters in lower case (`_typed_letters`)."""
    text = _typed_fields(text)
    lower = not any(c.isupper() for c in text)
    text = _typed_letters(text)
    if not lower:
        return spoken_fields(text)
    text = _LOWER_ABBREVIATIONS.sub(lambda m: m.group(0).upper(), text)
    for head in _LOWER_HEADS.finditer(text):
        trial = text[:head.start()] + text[head.start()].upper() + text[head.start() + 1:]
        if any(begin == head.start() and len(name.split()) >= 2 for name, begin, _ in find_agencies(trial)):
            text = trial
    return spoken_fields(text)


# OCR of a scanned table cell often loses the spaces between syllables: "BộTàichính" for "Bộ Tài chính",
# "ỦybannhândântỉnhBắcNinh" for "Ủy ban nhân dân tỉnh Bắc Ninh". A run of letters equal (ignoring case) to a known
# name with its spaces and commas removed is that name; so is one that goes on with a unit and a capitalised place.
def _glued(phrase: str) -> str:
    return "".join(_WORD_RE.findall(phrase)).lower()


_BY_GLUED: dict[str, str | None] = {}
for _known in _known_names():
    if len(_WORD_RE.findall(_known)) >= 2:
        _BY_GLUED[_glued(_known)] = _known if _BY_GLUED.get(_glued(_known), _known) == _known else None
_GLUED_RE = re.compile(rf"(?<![\w])({'|'.join(sorted(_BY_GLUED, key=len, reverse=True))})"
                       rf"(?:({'|'.join(_glued(u) for u in _UNITS)})({_UPPER}\w*))?(?!\w)", re.IGNORECASE)
_UNIT_BY_GLUED = {_glued(u): u for u in _UNITS}
_CAMEL_RE = re.compile(rf"(?<=[^\W\d_])(?={_UPPER})")


def split_glued_names(text: str) -> str:
    """OCR'd text with known agency names whose syllables were read joined written apart again (see above);
    a name already spaced, or letters that only begin like one ("Bộtrưởng"), are left as they are."""
    def spaced(m: re.Match) -> str:
        known = _BY_GLUED[m.group(1).lower()]
        if known is None:
            return m.group(0)
        return known if m.group(2) is None else f"{known} {_UNIT_BY_GLUED[m.group(2).lower()]} {_CAMEL_RE.sub(' ', m.group(3))}"

    return _GLUED_RE.sub(spaced, text)
