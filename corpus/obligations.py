"""Obligations read from chunks: task-table rows by their columns, prose by the sentences that assign work."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from corpus.agencies import LIST_SEPARATOR, canonical, find_agencies, same_agency, split_agencies
from corpus.deadlines import THIS_DOCUMENT, cell_deadline, find_deadlines, yearly_after
from corpus.records import Chunk, Deadline, Obligation, Span
from corpus.structure import table_cells
from corpus.vn import DUTIES_TITLE, DUTY_INTRO, DUTY_STATED, LEADER_TITLE, MARK_NUMBER, fold, sentence_spans  # LEADER_TITLE: imported from here by assistant/

# Column roles by header words; the first matching role wins, so "Cơ quan phối hợp" is not read as the lead nor
# "Thời gian thực hiện" as the one who does it.
_COLUMNS = (
    ("deadline", re.compile(r"thời gian|thời hạn|thời điểm|tiến độ|hạn hoàn thành", re.IGNORECASE)),
    ("note", re.compile(r"ghi chú", re.IGNORECASE)),
    ("partners", re.compile(r"phối hợp", re.IGNORECASE)),
    ("lead", re.compile(r"chủ trì|thực hiện$|cơ quan thực hiện|đơn vị thực hiện|trách nhiệm|đầu mối", re.IGNORECASE)),
    ("product", re.compile(r"sản phẩm|kết quả", re.IGNORECASE)),
    ("deadline", re.compile(r"hoàn thành", re.IGNORECASE)),
    ("task", re.compile(r"nhiệm vụ|nội dung|công việc|hoạt động|tên|chỉ tiêu", re.IGNORECASE)),
)


def _phrases(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, whose spaces also match the line breaks of PDF and OCR text."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Verbs that open an assigned action.
_VERBS = (
    "chủ trì", "phối hợp", "tổ chức", "xây dựng", "rà soát", "chỉ đạo", "hướng dẫn", "tham mưu", "triển khai",
    "nghiên cứu", "theo dõi", "báo cáo", "kiểm tra", "thực hiện", "đẩy mạnh", "đẩy nhanh", "tăng cường", "bảo đảm",
    "đảm bảo", "bố trí", "ban hành", "trình", "đề xuất", "thanh tra", "giám sát", "quản lý", "phát triển",
    "hoàn thiện", "hoàn thành", "tuyên truyền", "phổ biến", "chịu trách nhiệm", "cân đối", "sửa đổi", "nâng cao",
    "đôn đốc", "ưu tiên", "phân công", "thành lập", "lập", "cung cấp", "hỗ trợ", "tổng hợp", "đánh giá",
    "xử lý", "cập nhật", "quyết định", "dành", "chuẩn bị", "thông báo", "kiện toàn", "quán triệt", "phát động",
    "duy trì", "huy động", "điều phối", "đầu tư", "tuân thủ", "chấp hành", "khắc phục", "tiếp nhận", "giải quyết",
    "xem xét", "thẩm định", "phê duyệt", "công bố", "kiểm soát", "vận động", "tham gia", "cụ thể hóa",
    "tạo điều kiện", "phát hiện", "đề ra", "làm việc", "sắp xếp", "tập trung", "tháo gỡ", "ngăn chặn", "phòng ngừa",
    "dự báo", "ứng phó", "làm đầu mối",
    # making public what a ministry is charged to publish: "Bộ Tài chính công khai danh sách 29/42 Bộ, cơ quan trung
    # ương …" (Công văn 15557/BTC-PTHT)
    "công khai",
    # paying in is what tax circulars assign: "Công an các tỉnh … phải nộp số thuế thu nhập cá nhân … vào Ngân sách nhà
    # nước" (Thông tư liên tịch 123/2008/TTLT-BTC-BCA)
    "nộp",
    # and passing on what was paid in: "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo, Ban Cơ yếu Chính phủ
    # chuyển số thuế thu nhập cá nhân của các đơn vị đã nộp vào ngân sách Nhà nước" (Thông tư liên tịch
    # 19/2009/TTLT-BTC-BNV; 122/2008/TTLT-BTC-BQP); "chuyển" alone is as often "chuyển đổi", "chuyển giao"
    "chuyển số",
    # a Party body's pair of verbs: "Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật …; tăng cường
    # giám sát …" (Nghị quyết 57-NQ/TW); "lãnh đạo" alone is as often a noun ("Lãnh đạo Bộ")
    "lãnh đạo, chỉ đạo",
    # OCR drops the hook of "Chỉ": "2. Chi đạo, hướng dẫn các cơ sở giáo dục …" (hợp nhất 75/VBHN-BQP, Điều 19)
    "chi đạo",
)
# Adverbs and modal phrases that may stand between the agency and its verb ("Bộ Y tế khẩn trương xây dựng").
_MODALS = (
    "có trách nhiệm", "khẩn trương", "tiếp tục", "chủ động", "thường xuyên", "kịp thời", "tích cực", "cần", "phải",
    "có kế hoạch", "từng bước",
)
# A verb after "sự", "việc", "các" ... is a noun ("sự phát triển", "các tổ chức"), not an action; after "dễ", "khó" it
# says how easy a thing is ("…, đầy đủ thông tin; dễ thực hiện và thuận tiện khai thác sử dụng", Công điện 194/CĐ-TTg).
# Granting a licence or certificate: "Cục Tần số vô tuyến điện (Trung tâm Tần số vô tuyến điện khu vực) cấp, cấp đổi,
# gia hạn … giấy phép" (Nghị định 63/2023/NĐ-CP, hợp nhất 03/VBHN-BKHCN). "cấp" alone is also a level ("cấp tỉnh",
# "các cấp"), and after "cơ quan" it names the body ("Thủ trưởng các cơ quan cấp giấy chứng nhận đăng ký kinh doanh …
# có trách nhiệm phối hợp …", Chỉ thị 19/2008/CT-UBND).
_GRANT = (r"(?<!cơ quan )(?<!thẩm quyền )cấp(?:\s*,\s*cấp|\s+(?:giấy\s+phép|giấy\s+chứng\s+nhận|chứng\s+chỉ|"
          r"phép|lại|đổi)(?!\w))")
_NOMINAL = r"(?<!sự )(?<!việc )(?<!công tác )(?<!quá trình )(?<!các )(?<!những )(?<!dễ )(?<!khó )"
_ACTION = re.compile(rf"(?<!\w){_NOMINAL}(?:{_phrases(_VERBS + _MODALS)}|{_GRANT})(?!\w)", re.IGNORECASE)
# Past its first word a sentence writes its verbs in lower case; "Tổng công ty Đầu tư và Phát triển" is a name.
_LOWER_ACTION = re.compile(rf"(?<!\w){_NOMINAL}(?:{_phrases(_VERBS + _MODALS)}|{_GRANT})(?!\w)")
_VERB = re.compile(rf"(?<!\w){_NOMINAL}(?:{_phrases(_VERBS)}|{_GRANT})(?!\w)", re.IGNORECASE)
_LOWER_VERB = re.compile(rf"(?<!\w){_NOMINAL}(?:{_phrases(_VERBS)}|{_GRANT})(?!\w)")  # a modal alone is no task


def opens_with_verb(text: str) -> bool:
    """Whether the text opens with an assigned action ("lập danh sách …", "chủ trì …"), a modal alone not counting."""
    return bool(_VERB.match(text.lstrip()))
# re has no \p{Ll} or \p{Lu}: letters spelled out over Latin, Latin Extended and Vietnamese (up to U+1EF9).
_LOWER = "[" + "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower()) + "]"
_UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper()) + "]"
# Words between a name and its verb may finish the name or be adverbs ("Bộ Tài chính nhanh chóng xây dựng"); one of
# these function words there means that the sentence describes rather than assigns ("UBND tỉnh nhận được văn bản").
_STOP_WORDS = "đã|được|là|có|đang|sẽ|thì|mà|nếu|của|để|nhằm|với|tại|về|theo|căn|như|do|trong|trên|cho|đối|và"
_STOP_WORD = re.compile(_STOP_WORDS, re.IGNORECASE)
# Lower-case words between a group or a "Ban Chỉ đạo" and its verb belong to its name: "các cơ quan bảo vệ pháp luật
# phát hiện", "Ban Chỉ đạo phòng thủ dân sự quốc gia phối hợp".
_QUALIFIER = re.compile(rf"(?:\s+(?!(?:{_phrases(_VERBS + _MODALS)}|{_STOP_WORDS})(?!\w)){_LOWER}+(?!\w)){{1,6}}"
                        rf"(?=\s+(?:{_phrases(_VERBS + _MODALS)})(?!\w))")
_RUNS_ON = re.compile(r"Ban Chỉ đạo$")
# A steering board named by the act it was set up to carry out, up to whose it is, then its own verb: "Giao Thường trực
# Ban Chỉ đạo triển khai Luật Thuế thu nhập cá nhân của tỉnh kiểm tra việc thực hiện và định kỳ báo cáo kết quả về
# UBND tỉnh" (Chỉ thị 01/2009/CT-UBND of Kon Tum, 9.): the board's task is "kiểm tra …", not "triển khai Luật …". Read
# so only when a lower-case verb follows the act's name; "Ban Chỉ đạo triển khai Luật …" alone is the board's work.
_BOARD_PURPOSE = re.compile(rf"\s+(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?\s+(?:Luật|Nghị\s+quyết|Nghị\s+định|"
                            rf"Chỉ\s+thị|Chương\s+trình|Đề\s+án|Kế\s+hoạch|Quyết\s+định)(?:\s+[^\s,;:.()]+){{1,12}}?"
                            rf"(?:\s+của\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã))?(?=\s+(?:{_phrases(_VERBS)})(?!\w))")
# A steering board's standing members as the doer, not a person's title: "Giao Thường trực Ban Chỉ đạo … kiểm tra …"
# names them whole. (Before a committee, "Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì …", Kế hoạch 3260-KH/ĐĐQH15,
# the row stays the committee's, as the agency list and the questions asked of it name it.)
_STANDING = re.compile(r"Thường\s+trực\s+$")
_FIRST_WORD = re.compile(r"\W*(\w+)")
# What may stand before a task: a list marker ("-", "a)", "2.", "2.1.", "(2)": "(2) Hoàn thành việc chuyển dịch dữ
# liệu …", Công điện 187/CĐ-TTg); OCR of a scan may put a speck before it and double its letter ("_ db) Tổ chức lập,
# phê duyệt dự án …" for "b) Tổ chức lập …", Nghị quyết 318/NQ-CP).
# "(i)", "(ii)" number the items of a list in reports and conclusions: "Văn phòng Trung ương Đảng chủ trì, phối hợp
# với Bộ Khoa học và Công nghệ: (i) Nghiên cứu …; (ii) Rà soát …" (Ban Thường vụ Đảng ủy Chính phủ, báo cáo 5/2025).
# (a point's sub-items "c.1)", "c.2)": Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 7.2.c)
_MARKER = re.compile(r"[\s\-+•*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|\([ivx]{0,4}\)|[^\W\d_]{1,2}\)|[^\W\d_]\.\d{1,2}\)|"
                     r"[IVXLC]+\.)\s+)?")
LIST_MARKER = _MARKER  # the same reading, for the answer's side
# A line naming a body the agency list cannot read ("Cac bộ, ngành liên quan" OCR for "Các", "Tổ đảng ở Thường trực
# Ủy ban Quốc phòng và An ninh"): it opens with a capital, markdown bold marks aside.
_OWNER_NAME = re.compile(r"[*_\s]*[^\W\d_a-zà-ỹđ]")
# A numbered or lettered item's marker ("3.", "h)"), not a bullet ("*", "-").
_ITEM_MARK = re.compile(r"\d[.)]|[^\W\d_]\)")
# A list item's number or letter alone before it on its line ("5. ", "12. ", "b) "), the unit after it.
_LINE_MARK = re.compile(rf"{MARK_NUMBER}[.)]|[^\W\d_]\)")


def _listed_under(mark: str, intro_mark: str) -> bool:
    """Whether a line's marker makes it an item of the list an introduction opened: a number or letter, not of the
    introduction's own kind ("4." after "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm: a) … b) …" is its sibling,
    Nghị định 258/2025/NĐ-CP, Điều 6)."""
    if not _LINE_MARK.fullmatch(mark):
        return False
    return not (intro_mark and _LINE_MARK.fullmatch(intro_mark) and mark[0].isdigit() == intro_mark[0].isdigit())
# "Chủ tịch UBND các huyện, thị xã chậm nhất đến ngày 25/10/2008 quyết định thành lập …": the chair of a people's
# committee acts in his own right (he decides, the committee does not), so a task whose sentence opens with him is
# his, not the committee's.
CHAIR_OF_COMMITTEE = re.compile(r"(?:Phó\s+)?Chủ\s+tịch\s+(?=(?:UBND|Ủy\s+ban\s+nhân\s+dân)(?!\w))")
_CHAIR_BEFORE = re.compile(r"(?:Phó\s+)?Chủ\s+tịch\s+$")


def chair_named(text: str, name: str, start: int) -> str:
    """The agency named at `start` as the text names its doer: with the chair's title when the committee's chair is
    written before it ("e) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", Công điện 187/CĐ-TTg)."""
    chair = _CHAIR_BEFORE.search(text, 0, start)
    return f"{' '.join(chair.group().split())} {name}" if chair and CHAIR_OF_COMMITTEE.match(text, chair.start()) \
        else name
# "các Ban Chỉ đạo địa phương", "Chi nhánh Ngân hàng Nhà nước tỉnh": a name that keeps what stands before it.
_BEFORE_NAME = re.compile(r"(?:các|những|chi\s+nhánh)\s+", re.IGNORECASE)
# Lower-case words that finish a body's name: "Ban Chỉ đạo địa phương", "Hội đồng nhân dân cấp tỉnh".
_NAME_END = re.compile(r"\s+(?:địa\s+phương|cấp\s+(?:tỉnh|huyện|xã))(?!\w)")
# Newspapers, broadcasters and enterprises that the agency list does not know, by their capitalised names:
# "Báo Kon Tum", "Binh đoàn 19"; "cổ phần" is a company's form and stays in lower case.
_ORGANISATION = re.compile(r"(?:Báo|Đài|Trung tâm|Tập đoàn|Tổng công ty|Công ty|Binh đoàn|Quỹ)")
_ORGANISATION_WORD = re.compile(rf"\s+(?:{_UPPER}\w*|\d+(?!\w)|cổ\s+phần(?!\w))")
# A province or city named by its unit and name as the subject of its work, its authorities meant: "Thành phố Hà Nội,
# Thành phố Hồ Chí Minh chủ trì, phối hợp với các bộ, ngành thực hiện một số nhiệm vụ sau:" (Nghị quyết 318/NQ-CP).
# The unit is capitalised, as a subject is; "Tỉnh ủy" (lower-case word after it) is a party body, not a place.
_LOCALITY = re.compile(rf"(?:Thành\s+phố|Tỉnh)[ \t]+{_UPPER}\w*(?:[ \t]+{_UPPER}\w*){{0,3}}(?!\w)")
# Groups named without a proper name: "các sở, ban, ngành có liên quan", "các tỉnh, thành phố", "các cơ quan cấp phép"
# (Nghị định 259/2025/NĐ-CP; after "cơ quan" only: "phối hợp với các bộ, ngành liên quan cấp giấy phép và quản lý …",
# Quyết định 2224/QĐ-TTg, is the act).
_GROUP_NOUN = (r"(?:bộ|sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|đoàn\s+thể|doanh\s+nghiệp|hội|báo|tập\s+đoàn|"
               r"tổ\s+chức(?:\s+(?:chính\s+trị\s*-\s*xã\s+hội(?:\s*-\s*nghề\s+nghiệp)?|xã\s+hội\s*-\s*nghề\s+nghiệp|"
               r"kinh\s+tế|đoàn\s+thể|tín\s+dụng))?|"
               r"đài(?:\s+phát\s+thanh(?:\s+và\s+truyền\s+hình)?|\s+truyền\s+thanh)?|"
               r"lực\s+lượng|cá\s+nhân|tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường)(?!\w)")
# Nouns of a group are joined by commas or "và", and "ban ngành" often by a space alone.
_GROUP_TAIL = (rf"(?:\s*(?:,|và)\s*(?:các\s+)?{_GROUP_NOUN}|\s+ngành(?!\w))*"
               r"(?:\s+(?:ngang\s+bộ|thuộc\s+Chính\s+phủ|chức\s+năng|(?<=cơ\squan\s)cấp\s+(?:giấy\s+)?phép|(?:có\s+)?liên\s+quan|"
               r"(?:của|trong|thuộc|cấp)\s+tỉnh|(?:ở|tại)\s+địa\s+phương|trên\s+địa\s+bàn(?:\s+tỉnh)?|"
               r"(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)(?:\s*,\s*(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã))*))*")
_GROUP = re.compile(rf"(?:các|những|một\s+số)\s+{_GROUP_NOUN}{_GROUP_TAIL}", re.IGNORECASE)
# After a title the group may go without "các": "Thủ trưởng cơ quan, đơn vị", but not "Bộ trưởng Bộ" alone.
_TITLED_GROUP = re.compile(rf"(?:(?:các|những)\s+{_GROUP_NOUN}|(?:cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức)(?!\w))"
                           rf"{_GROUP_TAIL}", re.IGNORECASE)
# "Các Bộ: Quốc phòng, Công an", "Bộ trưởng các Bộ Công an, Quốc phòng" name several ministries after one shared head.
_SHARED_HEAD = re.compile(r"(?:các\s+(Bộ|Sở)\s*:?|(Bộ|Sở)\s*:)\s*", re.IGNORECASE)
# Assignment verbs whose object is the lead: "Giao Sở X ...", "Giao cho Cục Thuế tỉnh ...", "Đề nghị Ủy ban ...",
# "yêu cầu các bộ ..."; "được giao", "bàn giao" are not assignments.
_ASSIGN_VERBS = r"giao(?:\s+cho)?|đề nghị|yêu cầu"
_ASSIGN = re.compile(rf"(?<!\w)(?<!được )(?<!bàn )(?:{_ASSIGN_VERBS})\s+", re.IGNORECASE)
# The agency right before an assignment verb, or before "nhận được" (a document it received), assigns or reports:
# it is never the lead of the sentence ("UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì …", "UBND tỉnh nhận được
# Văn bản số 4705/HD-BQP …"); "được giao" after a name is the passive, the name's own task.
ASSIGNS_NEXT = re.compile(rf"\s*(?:{_ASSIGN_VERBS}|nhận\s+được)\s", re.IGNORECASE)
# Between the lead and its verb: "theo chức năng, nhiệm vụ, thẩm quyền" (OCR writes "thâm quyền"), or the work it is
# tied to ("Sở Lao động, thương binh và xã hội gắn với việc cấp giấy phép lao động cho người nước ngoài, phối hợp với
# cơ quan thuế …"); or where the document itself names them ("Các cơ quan cấp phép quy định tại Nghị định này có trách
# nhiệm phối hợp với Bộ Tài chính …", Nghị định 259/2025/NĐ-CP, Điều 17).
# The work a body's task is tied to, between its name and its verb: "gắn với việc cấp giấy phép lao động cho người nước
# ngoài, phối hợp với cơ quan thuế …" (Chỉ thị 44/2002/CT-UB of Bà Rịa - Vũng Tàu, 3. and 4.). It is skipped to find
# the verb, but it is the task's own words: which work of the body the cooperation goes with.
_TIED_TO = rf"gắn\s+với\s+(?:việc\s+)?[^;:.()]{{3,160}}?,(?=\s*(?:{_phrases(_VERBS)})(?!\w))"
_TIED = re.compile(_TIED_TO + r"\s*", re.IGNORECASE)
_FILLER = re.compile(r"(?:\s*,?\s*(?:theo|căn cứ)\s+chức\s+năng,?\s+nhiệm\s+vụ(?:,?\s+th[ẩâ]m\s+quyền)?"
                     r"(?:\s+được\s+giao)?\s*,?|\s+(?:được\s+)?(?:quy\s+định|nêu)\s+tại\s+[^,;:.()]{0,40}?\s+này(?!\w)|\s*,?\s*(?P<tied>"
                     rf"{_TIED_TO}))?\s*", re.IGNORECASE)
# A sentence may open with a time or a basis before its lead: "Trong quý III năm 2008, Bộ Tài chính chủ trì",
# "Trên cơ sở Kế hoạch tuyên truyền, Cục Thuế tỉnh chủ trì", "Hằng năm, ..."; or with a condition, perhaps after
# another opening: "Trong quá trình thực hiện Quy chế này, nếu có vướng mắc, Bộ Y tế tổng hợp ý kiến …",
# "Trường hợp cần thiết, Chủ tịch Ủy ban Quốc gia có thể triệu tập họp đột xuất"; "Hết năm, chậm nhất là ngày 30 tháng
# 6 của năm tiếp theo, …, Cục Tài chính/Bộ Quốc phòng có trách nhiệm …" (Thông tư liên tịch 122/2008/TTLT-BTC-BQP).
# "Đồng thời"/"Ngoài ra" before a verb add work to the subject before ("…; đồng thời báo cáo kết quả sử dụng về Bộ Tài
# chính, Bộ Nông nghiệp và Môi trường … để tổng hợp"): what follows is that work, whose objects are no lead.
OPENING = re.compile(r"(?:(?:(?:trong|trước|sau|từ|đến|chậm nhất|hằng|hàng|hết|định kỳ|trên cơ sở|căn cứ|theo|trước mắt|"
                     r"để|nhằm|khi|vào|nếu|trường hợp)|(?:ngoài ra|đồng thời)(?!\w)"
                     rf"(?!\s+(?:{_phrases(_VERBS)})(?!\w)))(?!\w)[^,;:()]{{0,80}}?,\s+)+", re.IGNORECASE)
_OPENING = OPENING
# A sentence that adds to the work of the one before, its subject left out: "Bộ Khoa học và Công nghệ chịu trách nhiệm
# tiếp nhận … Ngoài ra, xây dựng sàn giao dịch …", "Các tỉnh, thành phố được yêu cầu thành lập … Đồng thời, xây dựng
# …".
_CARRIES_ON = re.compile(r"(?:ngoài\s+ra|đồng\s+thời)\s*,\s*", re.IGNORECASE)
# The lead as the subject of a passive assignment: "Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương được giao
# nhiệm vụ tăng cường tuyên truyền", "Bộ Khoa học và Công nghệ được giao nhiệm vụ cụ thể, bao gồm tiếp nhận …", "Các
# tỉnh, thành phố được yêu cầu thành lập Ban Chỉ đạo", "Bộ Tài chính được giao chủ trì …".
_PASSIVE = re.compile(r"\s*(?:cũng\s+)?được\s+(?:giao|yêu\s+cầu|đề\s+nghị)(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm)"
                      r"(?:\s+cụ\s+thể)?(?:\s*,?\s*(?:bao\s+gồm|gồm)(?!\w))?)?\s*:?", re.IGNORECASE)
# "có trách nhiệm" only says that what follows is assigned.
_DUTY = re.compile(r"^có\s+trách\s+nhiệm\s*:?\s*", re.IGNORECASE)
# The words before the body a subject works with: "phối hợp (chặt chẽ) (cùng) với …". OCR splits "phối hợp" ("phối
# 'hợp") and misreads "chặt chẽ"; "với" is sometimes left out ("phối hợp Bộ Quốc phòng"), or "cùng" stands alone
# ("PVN phối hợp cùng EVN và Chủ đầu tư NMĐ Ô Môn II", Thông báo 541/TB-VPCP). The partner's verbs may follow "phối
# hợp" when "cùng" / "với" comes next: "phối hợp, tham gia cùng Ủy ban nhân dân thành phố Tam Điệp trong quá trình
# lập, thẩm định …" (Quyết định 807/QĐ-UBND of Ninh Bình, Điều 2), "phối hợp và hỗ trợ với …"; never "phối hợp, hỗ
# trợ các địa phương triển khai …" (Công điện 188/CĐ-TTg), where "hỗ trợ" is the work itself. Group 2: "với".
# PARTNERSHIP is the word alone, for the answer's side: where a clause's partners begin (its doer is named before
# it, `assistant.quotes.lead_named`, `assistant.timed`), a task that opens with it (its body assists, the quiz).
PARTNERSHIP = re.compile(r"(?<!\w)phối\W{1,3}hợp(?!\w)", re.IGNORECASE)
_PARTNER_CUE = re.compile(PARTNERSHIP.pattern + r"(?:\s*(?:,|và)\s*(?:tham\s+gia|hỗ\s+trợ|giúp)"
                          r"(?=(?:\s+chặt\s+ch\w+)?\s+(?:cùng|với)\s))?(?:\s+chặt\s+ch\w+)?\s+"
                          r"(?:(cùng\s+)?(với)\s+|cùng\s+)?", re.IGNORECASE)
_PARTNER_END = re.compile(r"[.;:()]")


def _opening(task: str) -> str:
    """A row's own words after its list marker ("- ", "a) ", "2. ") and the work it is tied to (`_TIED`: "gắn với
    việc cấp giấy phép lao động …, phối hợp với cơ quan thuế …" opens with its cooperation)."""
    opening = task[_MARKER.match(task).end():].lstrip()
    return opening[tied.end():] if (tied := _TIED.match(opening)) else opening


def cooperates_only(task: str) -> bool:
    """Whether a task row's own words open with "phối hợp (với) …": its subject only works with the body named after
    it, the wording names no lead of its own ("Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ
    chức đăng ký, quản lý …", Nghị định 14/2016/NĐ-CP, Điều 20); "chủ trì, phối hợp với …" opens with the lead's
    role and is not one. The manner words of `_MODALS` may stand before it ("Bộ Xây dựng chủ động, tích cực phối hợp
    với Bộ Tài chính, Bộ Tư pháp trong quá trình giải trình …", Công văn 9533/VPCP-CN, 3.): the subject still only
    works with them; so do the partner's verbs after it ("phối hợp, tham gia cùng Ủy ban nhân dân thành phố Tam Điệp
    …", Quyết định 807/QĐ-UBND of Ninh Bình): `_PARTNER_CUE` is the one reading of the body worked with, `_partners`'
    too."""
    opening = _opening(task)
    return bool(_PARTNER_CUE.match(opening, _MANNER_RUN.match(opening).end()))


# "hỗ trợ <body> trong công tác / việc / quá trình <work>": the work is the other body's, the row's subject only helps
# with it ("Bộ trưởng các Bộ: Công an, Quốc phòng, … tiếp tục chỉ đạo các đơn vị đóng trên địa bàn hỗ trợ địa phương
# trong công tác dọn dẹp trường học, rà soát, thống kê thiệt hại …", Công điện 196/CĐ-TTg, 3.); within the row's first
# clause, the body helped named in a few words. Money given ("hỗ trợ kinh phí …") is no help with another's work.
_HELPS_IN_WORK = re.compile(r"\bhỗ\s+trợ\s+(?!kinh\s+phí|ngân\s+sách|vốn\b|tiền\b)[^,;.:()]{1,60}?\s+trong\s+"
                            r"(?:công\s+tác|việc|quá\s+trình)\b", re.IGNORECASE)


def helps_in_work(task: str) -> bool:
    """Whether a row's own first clause gives its subject only help to another body with the work it names
    (`_HELPS_IN_WORK`): asked who leads that work, the row's subject is not the answer; a row that also says its
    subject "chủ trì" is not one."""
    clause = _opening(task).split(";")[0]
    return bool(_HELPS_IN_WORK.search(clause)) and not LEADS_WORD.search(clause)


def opens_cooperating(task: str) -> bool:
    """Whether a row that only works with the bodies it names (`cooperates_only`) opens with "Phối hợp" in its own
    words, capitalised: an item under its agency's heading ("8. Sở Nông nghiệp và Phát triển nông thôn / - Phối hợp
    với các sở, ngành, địa phương thực hiện tốt các tiêu chí …", Kế hoạch 196/KH-UBND of Ninh Bình, V.8), not a
    sentence cut after its subject ("Bộ Tài chính phối hợp với các cơ quan có liên quan hoàn thiện …", lower case)."""
    opening = _opening(task)
    return cooperates_only(task) and opening[:1].isupper()


# A run of manner words before the verb: "chủ động, tích cực ", "khẩn trương và kịp thời ".
_MANNER_RUN = re.compile(rf"(?:(?:{_phrases(_MODALS)})\s*(?:,|\bvà\b)?\s*)*", re.IGNORECASE)
# The work named after the bodies worked with as theirs: "… phối hợp với Bộ Tài chính, Bộ Tư pháp trong quá trình giải
# trình …", "… phối hợp với Bộ Quốc phòng trong công tác lập và thực hiện dự toán …", "… trong việc nhanh chóng hoàn
# thiện …".
_IN_WORK_OF = re.compile(r"\btrong\s+(?:quá\s+trình|công\s+tác|việc)\b", re.IGNORECASE)


# What may stand before the body a sentence makes its subject: nothing, a condition closed by "thì", a comma.
_SUBJECT_OPENS = re.compile(r"(?:^|(?<!\w)thì|[,;:])\s*$", re.IGNORECASE)


def own_subject(task: str, lead: Sequence[str]) -> tuple[str, ...]:
    """The body or bodies a row's own sentence makes its subject: the one named before the duty it states
    ("có/chịu trách nhiệm") after nothing, a condition closed by "thì" or a comma ("Trường hợp hộ sản xuất nông
    nghiệp ở nhiều nơi … thì Chi cục thuế nơi hộ sản xuất có hộ khẩu thường trú có trách nhiệm tổng hợp tờ khai thuế
    …", Thông tư 96/1999/TT-BTC, under the heading "2. Cơ quan thuế."); else the row's leads when the sentence was
    read from them on (the row, cut after its subject, opens in lower case: "Bộ Công an phối hợp với Bộ Tài chính …")
    and they are named bodies, not a group ("Các Bộ, ngành …"); else none: the lead is a heading's or an
    introduction's, not the sentence's. A body named only as the one worked with ("phối hợp với Chi cục thuế có
    trách nhiệm …") is no subject."""
    duty = DUTY_STATED.search(task)
    named = find_agencies(task[:duty.start()]) if duty else []
    if named and _SUBJECT_OPENS.search(task[:named[-1][1]]):
        return (named[-1][0],)
    opening = _opening(task)
    if opening[:1].islower() and lead and all(name[:1].isupper() for name in lead):
        return tuple(lead)
    return ()


def _with_own_subject(row: Obligation) -> Obligation:
    """The row led by the body its own sentence gives the duty to (`own_subject`) when that is another body than the
    heading's or introduction's it was read under: that body leads, not the heading's."""
    subject = own_subject(row.task, row.lead)
    if not row.lead or not subject or any(same_agency(name, lead) for name in subject for lead in row.lead):
        return row
    return replace(row, lead=subject)


def subject_leads(task: str, lead: Sequence[str]) -> bool:
    """Whether a row that only works with the bodies it names (`cooperates_only`) still gives its work to its own
    subject: the sentence names that subject before "phối hợp" (the row, cut after the subject, opens in lower case:
    "Bộ Công an phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện và xử lý nghiêm …", Chỉ thị
    22/2008/CT-TTg IV.7; "Ủy ban nhân dân Thành phố Hà Nội chỉ đạo …; phối hợp chặt chẽ với Bộ Công an chỉ đạo … điều
    tra nguyên nhân vụ cháy", Công điện 195/CĐ-TTg), the subject is a named body, not a group ("Các Bộ, ngành, Ủy ban
    nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng ký …", Nghị định 14/2016/NĐ-CP, Điều 20: Bộ Quốc phòng's
    work), and the work is not said to be the other body's ("… phối hợp với Bộ Tài chính, Bộ Tư pháp trong quá trình
    giải trình …", Công văn 9533/VPCP-CN). The subject then leads, with the bodies named as its partners, whichever
    of them a question asks about. A row opening "Phối hợp với B …" as an item under its agency's heading ("2. Văn
    phòng UBND tỉnh / - Phối hợp với Sở Văn hóa và Thể thao tham mưu …", Kế hoạch 196) is not one: B leads there."""
    opening = _opening(task)
    cue = _PARTNER_CUE.match(opening, _MANNER_RUN.match(opening).end())
    if cue is None or not lead or own_subject(task, lead) != tuple(lead):
        return False
    rest = opening[cue.end():]
    work = _IN_WORK_OF.search(rest, 0, 160)
    return work is None or _has_verb(rest[:work.start()])


# Bodies worked with that name no one in particular ("các bộ, ngành liên quan", "cơ quan chức năng"): a subject
# working only with them does the work itself (`cooperates_only`'s callers, `subject_leads`).
_UNNAMED_WORKED_WITH = re.compile(r"^(?:các|những|mọi)\s|(?:liên\s+quan|chức\s+năng)$", re.IGNORECASE)


def cooperate_jointly(task: str, lead: Sequence[str], partners: Sequence[str]) -> bool:
    """Whether a row's own sentence makes several bodies together its subject and gives them the work only in the
    words "phối hợp với" a body it names: "Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh
    phối hợp với cơ quan Thuế tổ chức tuyên truyền sâu rộng hai Luật thuế …" (Chỉ thị 42/1998/CT-UBND of Quảng Bình,
    6.). The sentence names no lead: none of the bodies is said to "chủ trì", and the same sentence in Chỉ thị
    09/2008/CT-UBND of An Giang ("Báo An Giang, Đài Phát thanh Truyền hình An Giang phối hợp chặt chẽ với cơ quan thuế
    đẩy mạnh công tác tuyên truyền …") stands under item a)'s "Cục Thuế chủ trì, phối hợp với …, Báo An Giang, Đài
    Phát thanh Truyền hình An Giang …" for that very work: the bodies listed take part, they do not lead together.
    Not one: a single body as the subject ("Bộ Công an phối hợp với Bộ Tài chính …", `subject_leads`: it does the
    work), several bodies working with bodies named by no one ("Bộ Công an, Bộ Quốc phòng, Ủy ban nhân dân thành phố
    Hà Nội … phối hợp với các bộ, ngành liên quan cấp giấy phép …", Quyết định 2224/QĐ-TTg: they do it themselves)."""
    return len(lead) >= 2 and subject_leads(task, lead) \
        and any(not _UNNAMED_WORKED_WITH.search(" ".join(partner.split())) for partner in partners)


# The end of an introduction over list items: a ":" closing its line.
_INTRO_END = re.compile(r":[ \t]*\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
LEADS_WORD = re.compile(r"\s*chủ\s+trì(?!\w)", re.IGNORECASE)


def introduced_as_lead(before: str, lead: Sequence[str]) -> bool:
    """Whether the introduction nearest above a list item (`before`: the text up to the item), the paragraph ending in
    ":" at the end of a line, has the item's lead "chủ trì": the items are that lead's own work, and the bodies an
    item only works with take part in it ("1. Trên cơ sở Kế hoạch tuyên truyền Thuế thu nhập cá nhân, Cục Thuế tỉnh
    chủ trì:" over "- Phối hợp với Sở Thông tin và Truyền thông để tuyên truyền …", Chỉ thị 01/2009/CT-UBND of Kon
    Tum, I.1; "Giao Bộ Công an chủ trì, phối hợp với các bộ, … bảo đảm một số yêu cầu sau:" over "3. Tiếp tục phối
    hợp với Bộ Quốc phòng, Bộ Tư pháp, … hoàn thiện hồ sơ dự án Luật …", Nghị quyết 320/NQ-CP, Điều 1)."""
    ends = list(_INTRO_END.finditer(before))
    if not ends or not lead:
        return False
    colon = ends[-1].start()
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(before, 0, colon)]
    intro = " ".join(before[breaks[-1] if breaks else 0:colon].split())
    return any(LEADS_WORD.match(intro, end) and any(same_agency(name, one) for one in lead)
               for name, _, end in find_agencies(intro))

def named_before_colon(unit: str, lead: Sequence[str]) -> bool:
    """Whether a row's own sentence (`unit`, from its list marker on) names its leads and then, after a colon on the
    same line, their work: "5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương triển khai đầu tư xây
    dựng nhà ở cho lực lượng vũ trang nhân dân …" (Công điện 190/CĐ-TTg). The bodies are the sentence's subject, as in
    "Bộ Công an phối hợp với Bộ Tài chính …" (`subject_leads`): the work is theirs, not an item under a heading."""
    at = _MARKER.match(unit).end()
    found = _leads_at(unit, at, find_agencies(unit)) if lead else None
    return bool(found) and bool(_NAMED_COLON.match(unit, found[1])) \
        and all(any(same_agency(name, one) for one in lead) for name in found[0])


# A row whose own words direct another body to lead: "Chỉ đạo Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở,
# ngành khẩn trương rà soát …" (Công điện 196/CĐ-TTg, 1.a, under "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:").
# OCR drops or turns the hook of "Chỉ" ("Chi đạo", "Chí đạo").
_DIRECTS = re.compile(r"ch[ỉiíì]\s+đạo\s+", re.IGNORECASE)
_THEN_LEADS = re.compile(r"\s*,?\s*chủ\s+trì(?!\w)", re.IGNORECASE)
# The lower-case end of a unit's name that the agency list does not read: "Ban Quản lý | dự án" (Thông báo
# 537/TB-VPCP, 3.a: "Chỉ đạo Ban Quản lý dự án chủ trì, phối hợp chặt chẽ với các nhà thầu …").
_NAME_TAIL = re.compile(rf"(?:[ \t]+(?!chủ\s+trì(?!\w)){_LOWER}+){{1,2}}(?=\s*,?\s*chủ\s+trì(?!\w))")


def directed_lead(task: str) -> str | None:
    """The body a row directs to lead its work, when the row opens "Chỉ đạo <body> chủ trì …": that body leads, the
    row's own subject (its heading's agency) only directs it, and the bodies after "phối hợp với" stay its partners.
    None for any other row ("Chỉ đạo các cơ quan, đơn vị chức năng thực thi …", "Chỉ đạo, đôn đốc ngành Giáo dục
    …": no body named before "chủ trì")."""
    opening = _opening(task)
    directs = _DIRECTS.match(opening)
    if directs is None:
        return None
    named = find_agencies(opening[directs.end():directs.end() + 160])
    if not named or named[0][1] != 0 or not named[0][0][:1].isupper():
        return None
    name, _, end = named[0]
    if tail := _NAME_TAIL.match(opening, directs.end() + end):
        name, end = f"{name}{tail.group()}", tail.end() - directs.end()
    return name if _THEN_LEADS.match(opening, directs.end() + end) else None


# Headings whose content is background, not assigned work: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích".
_BACKGROUND = re.compile(r"[\W\d]*(?:[IVXLC]+\.\s*)?(?:mục đích|yêu cầu|mục tiêu|quan điểm|căn cứ(?: pháp lý)?|"
                         r"sự cần thiết|thực trạng)(?:\s*(?:,|và)\s*(?:mục đích|yêu cầu|mục tiêu|quan điểm))*\W*",
                         re.IGNORECASE)
# Closing paragraphs fall under the last heading but are not its agency's tasks: "Trên đây là Kế hoạch ...", "Văn
# phòng Chính phủ thông báo để các bộ ... biết, thực hiện", "Bộ Xây dựng kính báo cáo Thủ tướng Chính phủ".
_CLOSING = re.compile(r"\W*(?:Trên đây\b|Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện\b[^,]{0,40},\s*nếu|"
                      r".{0,80}?\b(?:thông\s+báo\s+(?:để|dé|đê)\s.*\bbiết\b|kính\s+(?:báo\s+cáo|trình)\b))",
                      re.IGNORECASE | re.DOTALL)
# A sentence that tells what happened on a date, or what its subject did, assigns nothing: "Ngày 30/9/2025, Bộ Xây
# dựng đã có văn bản ...", "Bộ Tài chính đã ..."; agency names are masked as "#" when it is tested.
_NARRATIVE = re.compile(r"^\W*(?:(?:ngày|tháng)\s+\d|#+\s+(?:đã|vừa)(?!\w))", re.IGNORECASE)
# A consolidated text's note on where a part comes from assigns nothing: "¹⁵ Điểm này được sửa đổi, bổ sung theo quy
# định tại khoản 10 Điều 7 của Nghị định số 220/2025/NĐ-CP …", "Khoản này được bãi bỏ theo quy định tại …", "Tên Điều
# này được sửa đổi theo …" (matched on the fold: OCR reads the mark as letters, "'S Điểm", and "sửa đôi, b6 sung"), nor
# does the rest of such a note carried into the next passage, which opens with the amending document's number ("số
# 220/2025/NĐ-CP sửa đổi, bổ sung một số điều …").
_AMENDMENT_NOTE = re.compile(r"^\W*\S{0,3}\s*(?:ten\s+)?(?:dieu|khoan|diem|muc|chuong|phu luc)(?:\s+\d+\w*)?(?:\s+nay)?"
                             r"\s+duoc\s+(?:sua\s+doi|b\S{0,2}\s+sung|bai\s+bo|thay\s+the)", re.IGNORECASE)
_CITATION_TAIL = re.compile(r"^\W*s[ốo]\s+\d+/(?:19|20)\d\d/", re.IGNORECASE)
# A sentence that only states when the task above must be done ("Chậm nhất đến ngày 31/12/2008 phải hoàn thành"), also
# with OCR's "rước ngày" for "trước ngày" ("…, khẩn trương phê duyệt dự toán thiết kế bản vẽ thi công; hoàn thành rước
# ngày 10 tháng 10 năm 2025", Thông báo 537/TB-VPCP; see `corpus.deadlines`).
_DEADLINE_ONLY = re.compile(r"(?:chậm nhất|thời hạn|thời gian hoàn thành|hoàn thành t?rước|t?rước ngày)(?!\w)",
                            re.IGNORECASE)
# Numbering and an assignment word before the agencies a heading names: "13. Đề nghị ...", "II. Trách nhiệm của ...",
# "1. Nhiệm vụ của Thành viên Chính phủ" (Quyết định 2179/QĐ-TTg).
_HEADING_PREFIX = re.compile(r"[\W\d_]*(?:[IVXLC]+[.\-–/]\s*|[a-zđA-ZĐ][.)]\s+)?"
                             r"(?:(?:đề nghị|giao|trách nhiệm của|nhiệm vụ của)\s+)?", re.IGNORECASE)
# A line that titles the duties of the agencies after it: "1. Nhiệm vụ của Thành viên Chính phủ" (Quyết định
# 2179/QĐ-TTg, Điều 2), "II. Trách nhiệm của các sở, ngành".
_DUTIES_OF = re.compile(r"(?:nhiệm\s+vụ|trách\s+nhiệm)(?:\s+và\s+quyền\s+hạn)?\s+của\s+", re.IGNORECASE)
# A decree's article titled by the agency whose duties it lists, and by nothing else: "Điều 16. Bộ Tài chính" (its
# clauses "1. Chỉ đạo, hướng dẫn …" are that agency's tasks). Not an article whose title is a sentence ("Điều 3. Các
# Bộ trưởng, … chịu trách nhiệm thi hành Nghị quyết này"): its subject does that one thing, not what follows.
_ARTICLE_TITLE = re.compile(r"Điều\s+\d+[a-zđ]?\W*?[.:]\s*")
# "Các ngành" and, after its colon, the sectors it groups: "i) Các ngành: Điện, Than, Dầu mỏ, Khí đốt, Xăng dầu, Hóa
# chất" (Nghị định 14/2016/NĐ-CP, Điều 7: the sectors whose workers are exempted) titles a category of people, not
# the bodies that act ("2. Các sở, ngành, địa phương:" and "5. Các Bộ: Xây dựng, Công Thương" still name them).
_SECTOR_LIST = re.compile(r"\W*(?:các\s+)?(?:ngành|lĩnh\s+vực)\s*:\s*\S", re.IGNORECASE)
# What OCR leaves after a heading where a consolidated text put its footnote marks: "Điều 18. Bộ Y tế”!".
_FOOTNOTE_MARKS = " :*,”’'\"!?"
# After the agencies a heading names, a past or descriptive verb means the heading reports rather than assigns.
_DESCRIBES = re.compile(r"\s*(?:đã|được|là|đang)(?!\w)", re.IGNORECASE)
# End-of-document marks and the table debris after them ("chỉ đạo./. | |TM."); a lone "|" that OCR reads between two
# words of a sentence ("các gói tín dụng | hỗ trợ chính sách") is no debris.
_TAIL = re.compile(rf"\s*(?:\./\.|\s\|(?!\s*{_LOWER})).*$", re.DOTALL)


def _best_deadline(found: list[Deadline]) -> Deadline | None:
    """The deadline to report: a resolvable date beats a recurrence or an open-ended one."""
    return min(found, key=lambda d: (d.due is None, d.start)) if found else None


# How a row is spelled out, role by role, in reading order.
_ROLE_NAMES = {"task": "Nhiệm vụ", "lead": "Chủ trì", "partners": "Phối hợp", "product": "Sản phẩm",
               "deadline": "Thời hạn", "note": "Ghi chú"}


def column_role(name: str) -> str | None:
    """The role of a task-table column by its header text ("Cơ quan chủ trì" → lead), None for TT or another."""
    return next((r for r, pattern in _COLUMNS if pattern.search(name)), None)


def row_fields(table_header: tuple[str, ...], text: str) -> dict[str, str]:
    """A task-table row's cells by role (task, lead, partners, product, deadline, note), columns mapped by their
    header text; the first column of a role wins, and a column with an empty header joins the one before it."""
    fields: dict[str, str] = {}
    taken, role = set(), None
    for name, cell in zip(table_header, table_cells(text)):
        cell = cell.replace("**", "").strip()
        if name.strip():  # a column without a header of its own is the one before it, split (a merged header)
            role = column_role(name)
            role = None if role in taken else role
            taken.add(role)
        if role and cell:
            fields[role] = f"{fields[role]} {cell}" if role in fields else cell
    return fields


def render_row(fields: dict[str, str]) -> str:
    """"Nhiệm vụ: … · Chủ trì: … · Phối hợp: … · Thời hạn: …": a row as it reads aloud."""
    return " · ".join(f"{label}: {fields[role]}" for role, label in _ROLE_NAMES.items() if fields.get(role))


def _group(piece: Chunk) -> str:
    """The group row a table row sits under ("I. Nâng cao nhận thức…"), the last heading when it is one."""
    last = piece.heading_path[-1] if piece.heading_path else ""
    return last if re.match(r"(?:[IVXLC]+|[A-ZĐ])\. ", last) else ""


# A group row that is only a time by which its rows are due: "I. Đến năm 2030", "II. Trước ngày 30/6/2025",
# "Hết quý II/2025" (an indicator table's "Đến năm 2030" over the targets of that year). "Năm 2025" or "Nhiệm vụ
# năm 2025" says when work is done, not by when: no deadline.
_GROUP_TIME = re.compile(r"(?:[IVXLC]+|[A-ZĐ])\.\s+((?:đến|trước|hết)\s+(?:(?:ngày|tháng|quý|năm)\s+)?[\dIV][\d/\-.IV ]*"
                         r"(?:\s+năm\s+\d{4})?)\W*$", re.IGNORECASE)


def group_deadline(section: str, issued_on: date | None = None) -> Deadline | None:
    """The time a row's group row sets for it, when the group row is only that time ("I. Đến năm 2030" → 2030)."""
    found = _GROUP_TIME.fullmatch(section.strip())
    return cell_deadline(found.group(1), issued_on) if found else None


def _from_row(piece: Chunk, issued_on: date | None) -> list[Obligation]:
    fields = row_fields(piece.table_header, piece.text)
    leads = split_agencies(fields.get("lead", ""))
    task = fields.get("task", "").strip()
    if not leads or not task:
        return []
    section = _group(piece)
    # a row without a time of its own is due when its group row says ("I. Đến năm 2030")
    deadline = cell_deadline(fields.get("deadline", ""), issued_on) or group_deadline(section, issued_on)
    return [Obligation(
        doc_id=piece.doc_id, chunk_id=piece.chunk_id, task=task, lead=tuple(leads),
        partners=tuple(split_agencies(fields.get("partners", ""))), product=fields.get("product") or None,
        deadline=deadline, span=piece.span, quote=render_row(fields), section=section)]


# --- names at a position -------------------------------------------------------------------------------------------

_Mentions = list[tuple[str, int, int]]


def _masked(text: str, mentions: _Mentions) -> str:
    """The text with agency names blanked out, so that "Sở Xây dựng" or "Ban Chỉ đạo" hold no verb."""
    chars = list(text)
    for _, start, end in mentions:
        chars[start:end] = "#" * (end - start)
    return "".join(chars)


def _within(mentions: _Mentions, start: int, end: int) -> _Mentions:
    """The mentions inside [start, end), with offsets made relative to `start`."""
    return [(name, s - start, e - start) for name, s, e in mentions if start <= s and e <= end]


def _has_action(text: str, mentions: _Mentions, *, modal: bool = True) -> bool:
    """Whether the text holds an action, a modal counting as one or not: a verb in any case as its first word, in
    lower case after it."""
    anywhere, lower = (_ACTION, _LOWER_ACTION) if modal else (_VERB, _LOWER_VERB)
    masked = _MARKER.sub("", _masked(text, mentions), count=1)
    first = _FIRST_WORD.match(masked)
    return bool(first and anywhere.match(masked, first.start(1)) or lower.search(masked))


def _has_verb(text: str) -> bool:
    """Whether the text holds a verb, not only a modal ("cần nhận thức rõ")."""
    return _has_action(text, find_agencies(text), modal=False)


def states_action(text: str) -> bool:
    """Whether a line states an action (a verb, agency names masked): a sentence, not a title that only names."""
    return _has_verb(text)


def _verb_within(masked: str, at: int, words: int) -> int | None:
    """Where a verb starts among the first `words` words from `at`; punctuation or a function word ends the search."""
    for count, word in enumerate(re.finditer(r"\S+", masked[at:])):
        start = at + word.start()
        if _ACTION.match(masked, start):
            return start
        if count + 1 >= words or re.search(r"[,.;:()]", word.group()) or _STOP_WORD.fullmatch(word.group()):
            return None
    return None


def _opens_with_action(text: str, mentions: _Mentions, words: int = 3) -> bool:
    """Whether a piece starts with what is to be done: a verb within its first `words` words, perhaps after an
    opening phrase or a time limit ("trong tháng 8 năm 2008 quyết định thành lập ...")."""
    masked = _masked(text, mentions)
    start = len(masked) - len(masked.lstrip(" ,:;\n"))
    starts, at = {start}, start
    for deadline in find_deadlines(text):  # "Định kỳ 06 tháng và hàng năm tổng hợp ...": times, then the verb
        if not re.fullmatch(r"[\s,]*(?:(?:và|hoặc)\s+)?", text[at:deadline.start]):
            break
        at = deadline.end
        starts.add(at)
    if opening := _OPENING.match(masked, start):
        starts.add(opening.end())
    return any(_verb_within(masked, at, words) is not None for at in starts)


# A body's leadership named as the doer, capitalised as a heading or a sentence opens: "**n) Lãnh đạo Ban Dân
# nguyện**" over "Chủ trì giúp UBTVQH trong công tác tiếp công dân …" (Kế hoạch 3260-KH/ĐĐQH15, II.2.2); in lower
# case "lãnh đạo" is as often the verb.
_LEADERSHIP = re.compile(r"Lãnh\s+đạo\s+")
# A party committee's secretary named as the doer beside the people's committee's chairman: "1. Bí thư Tỉnh ủy, Chủ
# tịch Ủy ban nhân dân tỉnh Quảng Ngãi nghiên cứu kiến nghị của Bộ Xây dựng …" (Văn bản 9757/VPCP-CN).
_SECRETARY = re.compile(r"Bí\s+thư\s+")


# The heads of the ministries and ministerial agencies named as the doers, by their titles: "1. Bộ trưởng, Thủ trưởng
# cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương:
# a) …" (Công điện 193/CĐ-TTg): the bodies they head, as "Bộ trưởng Bộ Tài chính:" is Bộ Tài chính.
_MINISTERS = re.compile(r"(?:các\s+)?Bộ\s+trưởng\s*,\s*Thủ\s+trưởng\s+(?:các\s+)?cơ\s+quan\s+ngang\s+bộ"
                        r"(?:\s*,\s*(?:Thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan\s+(?:trực\s+)?thuộc\s+Chính\s+phủ)?(?!\w)",
                        re.IGNORECASE)


def _item(text: str, pos: int, mentions: _Mentions) -> tuple[str, int] | None:
    """The agency, role or group named at `pos`, as (canonical name, end)."""
    if ministers := _MINISTERS.match(text, pos):
        government = re.search(r"Chính\s+phủ$", ministers.group())
        return canonical("các bộ, cơ quan ngang bộ" + (", cơ quan thuộc Chính phủ" if government else "")), \
            ministers.end()
    for name, start, end in mentions:
        named_end = _NAME_END.match(text, end) or _RUNS_ON.search(name) and (_BOARD_PURPOSE.match(text, end)
                                                                            or _QUALIFIER.match(text, end))
        if named_end:
            name, end = f"{name} {' '.join(named_end.group().split())}", named_end.end()
        if start > pos and _STANDING.fullmatch(text, pos, start) and name.startswith("Ban Chỉ đạo"):
            return f"Thường trực {name}", end
        if start == pos or start > pos and (LEADER_TITLE.fullmatch(text, pos, start)
                                            or _LEADERSHIP.fullmatch(text, pos, start)
                                            or _SECRETARY.fullmatch(text, pos, start)):
            return name, end
        if start > pos and _BEFORE_NAME.fullmatch(text, pos, start):
            return canonical(text[pos:end]), end
    if organisation := _ORGANISATION.match(text, pos):
        end = organisation.end()
        while word := _ORGANISATION_WORD.match(text, end):
            end = word.end()
        if end > organisation.end():
            return " ".join(text[pos:end].split()), end
    if locality := _LOCALITY.match(text, pos):
        return canonical(locality.group()), locality.end()
    title = LEADER_TITLE.match(text, pos)
    group = (_TITLED_GROUP if title else _GROUP).match(text, title.end() if title else pos)
    if group:
        closed = re.search(r"liên\s+quan$", group.group(), re.IGNORECASE)  # "... có liên quan" ends a group's name
        end = group.end() if closed else (_QUALIFIER.match(text, group.end()) or group).end()
        return canonical(text[pos:end]), end
    if title and title.group(0).lower().startswith("các"):  # a plural role on its own: "Các Bộ trưởng"
        return canonical(title.group(0)), title.end()
    return None


def _shared_head(text: str, pos: int) -> tuple[list[str], int] | None:
    """"Các Bộ: Xây dựng, Công Thương" → (["Bộ Xây dựng", "Bộ Công Thương"], end); a minister's title may stand
    before it ("Bộ trưởng các Bộ: Quốc phòng, Công an")."""
    title = LEADER_TITLE.match(text, pos)
    head = _SHARED_HEAD.match(text, title.end() if title else pos)
    if not head:
        return None
    prefix = (head.group(1) or head.group(2)).capitalize() + " "
    names, end, at = [], head.end(), head.end()
    while found := [f for f in find_agencies(prefix + text[at:]) if f[1] == 0]:
        names.append(found[0][0])
        end = at + found[0][2] - len(prefix)
        separator = LIST_SEPARATOR.match(text, end)
        if not separator:
            break
        at = separator.end()
    return (names, end) if names else None


def _leads_at(text: str, pos: int, mentions: _Mentions) -> tuple[tuple[str, ...], int] | None:
    """The names listed from `pos` on ("Sở Tài chính, Sở Nội vụ và các sở, ngành liên quan"), with their end."""
    shared = _shared_head(text, pos)
    if shared:
        names, end = shared
    elif item := _item(text, pos, mentions):
        names, end = [item[0]], item[1]
    else:
        return None
    names, end = [*names[:-1], *(listed := _listed_units(text, names[-1], end))[0]], listed[1]
    while (separator := LIST_SEPARATOR.match(text, end)) and (more := _item(text, separator.end(), mentions)):
        names, end = [*names, *(listed := _listed_units(text, more[0], more[1]))[0]], listed[1]
    return tuple(dict.fromkeys(names)), end


# A body of several named units as the subject: "Ủy ban nhân dân các tỉnh: Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh
# chịu trách nhiệm quản lý, sử dụng số kinh phí …" (Quyết định 2241/QĐ-TTg), "UBND các huyện Hoa Lư, Nho Quan và Yên
# Mô chủ trì …": one lead per unit. A place's name may be wrapped over a line ("Bắc\nNinh").
_UNIT_GROUP_END = re.compile(r"\scác\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)$", re.IGNORECASE)
_WRAPPED_PLACE = rf"{_UPPER}\w*(?:[ \t]*\n?[ \t]*{_UPPER}\w*){{0,3}}(?!\w)"
_PLACES_LISTED = re.compile(rf"\s*:?\s*{_WRAPPED_PLACE}(?:\s*(?:,|và)\s*{_WRAPPED_PLACE})+")
_MORE_PLACES = re.compile(rf"(?:\s*(?:,|và)\s*{_WRAPPED_PLACE})+")


def _listed_units(text: str, name: str, end: int) -> tuple[list[str], int]:
    """The units a body of several named units lists after `name` (which ends at `end`), one name each; [name]
    for any other name."""
    if _UNIT_GROUP_END.search(name):
        places = _PLACES_LISTED.match(text, end)
    elif _UNIT_LIST_HEAD.search(name):
        places = _MORE_PLACES.match(text, end)
    else:
        return [name], end
    if not places:
        return [name], end
    return split_agencies(f"{name} {' '.join(places.group().split())}") or [name], places.end()


def _assigned(text: str, pos: int, mentions: _Mentions) -> tuple[tuple[str, ...], int] | None:
    """(leads, where their task starts) after an assignment verb: "Giao X chủ trì ...", "Đề nghị X ...",
    "Thủ tướng Chính phủ yêu cầu các bộ ... thực hiện ..."."""
    for assign in _ASSIGN.finditer(text, pos):
        found = _leads_at(text, assign.end(), mentions)
        if found:
            at = _FILLER.match(text, found[1]).end()
            if _opens_with_action(text[at:], _within(mentions, at, len(text))) or not text[at:].strip(" :"):
                return found[0], at
    return None


def _duty_intro(rest: str) -> bool:
    """Whether the words after an agency's name only introduce its list of duties ("có nhiệm vụ, quyền hạn và trách
    nhiệm sau đây:"), the colon kept or, in a heading, dropped."""
    rest = rest.strip(" *\n")
    return bool(rest) and bool(DUTY_INTRO.match(rest if rest.endswith(":") else rest + ":"))


# A letter's or decision's own act after what it carries out, the opening running over commas of its own: "Thực hiện
# chỉ đạo của Thủ tướng Chính phủ tại khoản 4 Điều 1 Quyết định số 1544/QĐ-TTg …, trên cơ sở tình hình phân bổ, giải
# ngân kế hoạch đầu tư công 9 tháng năm 2025, Bộ Tài chính công khai danh sách …" (Công văn 15557/BTC-PTHT): the
# bodies named first after a comma, within the sentence, are the subject ("…, các bộ, cơ quan ngang bộ, …, Ủy ban nhân
# dân các tỉnh … tổ chức thực hiện", Nghị quyết 318/NQ-CP: the groups too, not the first proper name).
_CITING_OPENING = re.compile(r"\W*(?:thực\s+hiện|trên\s+cơ\s+sở)(?!\w)", re.IGNORECASE)
_CITING_REACH = 320
_COMMA = re.compile(r",[\s”’\"']*")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|\n[ \t]*\n")


def _named(text: str, pos: int, mentions: _Mentions) -> tuple[tuple[str, ...], int] | None:
    """(leads, where their task starts) when the text opens with its agencies and their verb: "X chủ trì, phối hợp
    ...", "Bộ trưởng Bộ Y chỉ đạo ...", "Trong quý III năm 2008, X chủ trì ...", or names them and stops ("X:")."""
    masked = _masked(text, mentions)
    if about := _ABOUT.match(text, pos):
        pos = about.end()  # "đ) Về đề xuất khảo sát dự án điện gió ngoài khơi của PVN: Bộ Nông nghiệp … chủ trì, …"
    elif (label := _LABEL.match(text, pos)) and not any(pos <= start < label.end() for _, start, _ in mentions) \
            and any(start == label.end() for _, start, _ in mentions):
        pos = label.end()  # "8. Kế hoạch lựa chọn nhà thầu: Ủy ban nhân dân thành phố Tam Điệp có trách nhiệm …"
    starts = [pos, opening.end()] if (opening := _OPENING.match(text, pos)) else [pos]
    if _CITING_OPENING.match(text, pos):
        # "Thực hiện chỉ đạo của Thủ tướng … tại …, trên cơ sở tình hình phân bổ, giải ngân …, Bộ Tài chính công khai …"
        end = pos + _CITING_REACH
        if stop := _SENTENCE_END.search(text, pos, end):
            end = stop.start()
        starts += next(([comma.end()] for comma in _COMMA.finditer(text, pos, end)
                        if _leads_at(text, comma.end(), mentions)), [])
    if (first := next((m for m in mentions if m[1] >= starts[-1]), None)) \
            and _TIME_LEAD.fullmatch(text, starts[-1], first[1]) and not _has_verb(masked[starts[-1]:first[1]]):
        starts.append(first[1])  # "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo Cục Tài chính … chuyển"
    for start in starts:
        found = _leads_at(text, start, mentions)
        if not found:
            continue
        after = (filler := _FILLER.match(text, _PARENT.match(text, found[1]).end())).end()
        if aside := _ASIDE.match(text, after):
            after = aside.end()
        if passive := _PASSIVE.match(text, after):
            after = passive.end()
        if not text[after:].strip(_FOOTNOTE_MARKS):  # "1. Bộ Công Thương," alone: OCR or the drafter ended it with a comma
            return found[0], after
        verb = _verb_within(masked, after, 7)
        if verb is not None:
            return found[0], filler.start("tied") if filler.group("tied") else verb
        if (colon := _NAMED_COLON.match(text, after)) and (verb := _verb_within(masked, colon.end(), 3)) is not None:
            # "5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương triển khai …" (Công điện 190/CĐ-TTg):
            # the bodies, a colon, their work on the same line
            return found[0], verb
        if _duty_intro(text[after:]):
            # "Cơ quan thuế có nhiệm vụ, quyền hạn và trách nhiệm sau đây:" (Luật 09/2003/QH11, Điều 15): no verb,
            # its items below are the agency's duties (`corpus.vn.DUTY_INTRO`)
            return found[0], after
        if passive and (duty := _DUTY_AFTER.match(masked, after)):
            # "Ủy ban nhân dân cấp xã và các đơn vị được giao quản lý công viên, cây xanh có trách nhiệm xây dựng …"
            # (Nghị định 258/2025/NĐ-CP, Điều 6): "được giao …" says which units are meant; their duty follows
            return found[0], duty.start(1)
    return None




# A time limit written before the subject with no comma after it: "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp
# theo Cục Tài chính/Bộ Quốc phòng chuyển số thuế …" (Thông tư liên tịch 122/2008/TTLT-BTC-BQP).
_TIME_LEAD = re.compile(r"(?:chậm\s+nhất|trước|trong)(?:\s+(?:là|vào))?\s+(?:ngày|tháng|quý|năm)\s[^,;:()\n]{0,60}?\s",
                        re.IGNORECASE)


# The duty of a body described by what it was given to do: "… được giao quản lý công viên, cây xanh | có trách nhiệm";
# the description runs on without a stop, another agency or another verb of assignment.
_DUTY_AFTER = re.compile(r"[^.;:()#]{1,80}?\s((?:có|chịu)\s+trách\s+nhiệm)(?!\w)", re.IGNORECASE)


# The body an agency belongs to, in brackets after its name: "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia (Bộ Khoa
# học và Công nghệ) có trách nhiệm:", "Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa học và Công nghệ) có trách nhiệm
# là đầu mối …" (Thông tư 49/2025/TT-BKHCN, Điều 14; the lower-case end of a name the agency list reads no further);
# its verb follows the brackets. Only a body's name is such an aside, not a short name ("(TKV)", "(VEC)").
# A unit under it in brackets reads the same way: "Cục Tần số vô tuyến điện (Trung tâm Tần số vô tuyến điện khu vực)
# cấp, …" (hợp nhất 03/VBHN-BKHCN, Điều 30).
_PARENT = re.compile(rf"(?:(?:\s+{_LOWER}+){{0,3}}\s*\((?=(?:Bộ|Sở|Ủy\s+ban|UBND|Ban|Văn\s+phòng|Tổng\s+cục|Cục|"
                     rf"Chi\s+cục|Trung\s+tâm)\s)"
                     rf"[^()\n]{{1,80}}(?:\n[^()\n]{{1,80}})?\))?")


# What may stand between a body's name and its verb, saying whose body it is or what it also is: "Thường trực Ủy ban
# KH,CN&MT của Quốc hội chủ trì, phối hợp với …" (Kế hoạch 3260-KH/ĐĐQH15, III.3), "Bộ Xây dựng - Cơ quan Thường trực
# Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản chủ trì phối hợp với …" (Công điện 190/CĐ-TTg,
# 8.): the apposition runs to "chủ trì" on the same sentence.
_ASIDE = re.compile(r"\s*của\s+(?:Quốc\s+hội|Chính\s+phủ)(?!\w)|\s*[-–]\s+[Cc]ơ\s+quan\s+(?:[Tt]hường\s+trực|đầu\s+mối)"
                    rf"(?:[^.;:()]|\.(?=\s*{_LOWER})){{1,160}}?(?=\s+chủ\s+trì(?!\w))")  # OCR's "bất động. sản"
# A topic label before the sentence that assigns it: "đ) Về đề xuất khảo sát dự án điện gió ngoài khơi của PVN: Bộ Nông
# nghiệp và Môi trường chủ trì, phối hợp các Bộ, cơ quan liên quan xem xét …" (Thông báo 541/TB-VPCP, 2.đ).
_ABOUT = re.compile(r"Về\s+[^:;.\n]{1,200}?:[ \t]+(?=\S)")
# The same label without "Về", before a sentence that opens with a body (no body in the label itself): "8. Kế hoạch lựa
# chọn nhà thầu: Ủy ban nhân dân thành phố Tam Điệp có trách nhiệm tổ chức thẩm định, phê duyệt kế hoạch lựa chọn nhà
# thầu …" (Quyết định 807/QĐ-UBND of Ninh Bình, Điều 1.8). Never an addressee's label ("Kính gửi: Ủy ban …").
# The label may number its first item: "- Dự án thượng nguồn: (i) PVN tập trung triển khai các công việc của chiến dịch
# lắp đặt công trình ngoài biển năm 2025 …; (ii) PVN phối hợp cùng EVN …" (Thông báo 541/TB-VPCP, 2.a).
_LABEL = re.compile(r"(?!(?:Đồng\s+)?[Kk]ính\s+gửi|Nơi\s+nhận)[A-ZĐ][^:;.\n]{2,80}?:[ \t]+(?:\((?:[ivx]{1,4}|\d{1,2})\)[ \t]+)?"
                    r"(?=\S)")
# The bodies named, a colon, then their work on the same line.
_NAMED_COLON = re.compile(r"[ \t]*:[ \t]*(?=\S)")


# "Tiểu ban An ninh - Y tế do Bộ Công an chủ trì, gồm …", "Đề án … do Bộ Y tế chủ trì": the lead named after "do".
_LED_BY = re.compile(r"(?<!\w)do\s+", re.IGNORECASE)
_LEAD_VERB = re.compile(r"\s*(?:chủ\s+trì|phụ\s+trách|làm\s+đầu\s+mối)(?!\w)", re.IGNORECASE)


def _led_by(text: str, pos: int, mentions: _Mentions) -> tuple[tuple[str, ...], int] | None:
    """(leads, pos) for a sentence that names its work and then who leads it: "X do Bộ Công an chủ trì"."""
    for cue in _LED_BY.finditer(text, pos):
        found = _leads_at(text, cue.end(), mentions)
        if found and _LEAD_VERB.match(text, found[1]):
            return found[0], pos
    return None


# --- prose ---------------------------------------------------------------------------------------------------------

def heading_key(text: str) -> str:
    """Letters and digits only, for telling a heading line in the text from the heading path."""
    return re.sub(r"\W+", "", text.casefold())


def _heading_owner(piece: Chunk) -> tuple[tuple[str, ...], int]:
    """The agencies named by the innermost heading that names any ("2. Sở Tài chính", "3. Bộ trưởng Bộ Công an",
    "13. Đề nghị Ủy ban Mặt trận ...", "5. Các Bộ: Xây dựng, Công Thương ..."), with that heading's index."""
    for index in reversed(range(len(piece.heading_path))):
        heading = piece.heading_path[index].rstrip("…").strip()
        mentions = find_agencies(heading)
        if article := _ARTICLE_TITLE.match(heading):
            # "Điều 19. Trách nhiệm của Bộ Quốc phòng" (Nghị định 14/2016/NĐ-CP) titles that agency's duties as
            # "Điều 15. Bộ Quốc phòng" does; not "Điều 44. Trách nhiệm của các bộ, ngành", whose clauses each name
            # their ministry
            duties = _DUTIES_OF.match(heading, article.end())
            named = _named(heading, duties.end() if duties else article.end(), mentions)
            if named and duties and not all(name[:1].isupper() for name in named[0]):
                named = None
            if named and (not heading[named[1]:].strip(_FOOTNOTE_MARKS) or _duty_intro(heading[named[1]:])):
                # "Điều 31. Cơ quan Thuế có những nhiệm vụ, quyền hạn, trách nhiệm sau đây" (Nghị định 24/2007/NĐ-CP)
                # titles that agency's duties too
                return named[0], index
        start = _HEADING_PREFIX.match(heading).end()
        found = _assigned(heading, start, mentions) or _named(heading, start, mentions)
        if found:
            return found[0], index
        # "7. Chủ tịch Ủy ban nhân dân các tỉnh ... có hoạt động sản xuất than": the addressees, described.
        listed = _leads_at(heading, start, mentions)
        if listed and not _DESCRIBES.match(heading, listed[1]) and not _SECTOR_LIST.match(heading, start):
            return listed[0], index
        body, local = heading[start:], _within(mentions, start, len(heading))
        if _has_action(body, local) and not _opens_with_action(body, local):
            break  # a paragraph whose subject is not a known agency ("5. Chi nhánh Ngân hàng ... chỉ đạo ...")
    return (), -1


def _continues(text: str) -> bool:
    """Whether a piece goes on with the sentence before it: it starts in lower case (not as "a)") or with
    punctuation that cannot open a sentence."""
    text = text.lstrip()
    # a single letter before ")" opens a list item, whatever letter OCR made of it ("ø) Tiểu ban …" for "g)"), and so
    # does a point's sub-item ("c.2) Hàng quý, …", Thông tư liên tịch 212/2013/TTLT-BTC-BQP)
    return bool(text) and (text[0].islower() and not re.match(r"[^\W\d_](?:\.\d{1,2})?\)\s", text) or text[0] in ",;)…")


# A markdown bold line standing alone is a title over the sentence below it, though no stop ends it: "**Vai trò của Bộ
# Khoa học và Công nghệ**\nBộ Khoa học và Công nghệ chịu trách nhiệm tiếp nhận …".
_TITLE_LINE = re.compile(r"\*\*[^*\n]+\*\*[ \t]*\n\s*")


def _without_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with a bold title line that opens one split off as a span of its own; so is the rest of a
    markdown heading line ("#### VI. Đề xuất, kiến nghị\nVăn phòng Trung ương Đảng chủ trì, phối hợp với …:", where
    the splitter ended a sentence at "VI."): a heading is never part of the sentence below it."""
    split = []
    for start, end in spans:
        title = _TITLE_LINE.match(text, start)
        line = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start, end)
        if title and title.end() < end:
            split += [(start, len(text[:title.end()].rstrip())), (title.end(), end)]
        elif text.startswith("#", line) and line_end > 0 and text[line_end:end].strip():
            split += [(start, line_end), (line_end + 1, end)]
        else:
            split.append((start, end))
    return split


# A ';' set apart from the word before it by a space ("… các Bộ, cơ quan Trung ương, và địa ;\n\nphương thực hiện
# …", Công điện 194/CĐ-TTg) is an OCR speck at a line's end, not the end of a list item: written text puts ';' right
# after its word, so a lower-case piece after it goes on with the same item.
_OCR_SEMICOLON = re.compile(r"\s;$")


def _ends_item(before: str) -> bool:
    """Whether a piece ends a list item with its ';' (not an OCR speck, `_OCR_SEMICOLON`)."""
    return before.endswith(";") and not _OCR_SEMICOLON.search(before)


def _units(text: str, mentions: _Mentions) -> list[tuple[int, int]]:
    """Sentence spans, rejoined where a page break, an ellipsis or a ';' cut a sentence: a piece that goes on with
    the one before joins it, unless it follows a ';' and opens with an action of its own; a sentence that only gives
    a time limit ("Chậm nhất đến ngày 31/12/2008 phải hoàn thành ...") belongs to the task before it."""
    units: list[tuple[int, int]] = []
    for start, end in _without_titles(text, sentence_spans(text)):
        piece, local = text[start:end], _within(mentions, start, end)
        if units:
            before = text[units[-1][0]:units[-1][1]].rstrip()
            goes_on = _continues(piece) and not (_ends_item(before) and _opens_with_action(piece, local))
            # A page break before a year or a number: "... trước ngày 04 tháng 10 năm\n\n2025 báo cáo ...".
            goes_on = goes_on or piece[:1].isdigit() and before[-1:].isalnum() and not _MARKER.match(piece).end()
            # "Trong đó" details the task before it: "- Chỉ đạo xây dựng kế hoạch và tổ chức thực hiện … . Trong đó
            # tập trung chỉ đạo lựa chọn xây dựng các sản phẩm công nghiệp văn hóa …" (Kế hoạch 196/KH-UBND, V.14);
            # one that names its own agency ("Trong đó, Sở Tài chính chủ trì …") is a task of its own.
            details = _DETAILS.match(piece)
            goes_on = goes_on or bool(details) and not _leads_at(piece, details.end(), local) \
                and _opens_with_action(piece[details.end():], _within(local, details.end(), len(piece)))
            if goes_on or not local and _DEADLINE_ONLY.match(piece, _MARKER.match(piece).end()):
                units[-1] = (units[-1][0], end)
                continue
        units.append((start, end))
    return units


_DETAILS = re.compile(r"trong\s+đó\s*[,:]?\s*", re.IGNORECASE)

# A task whose detail has a time of its own: "… để bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025, trong đó
# ưu tiên các vị trí thảm bê tông nhựa tuyến chính trước ngày 15 tháng 10 năm 2025" (Văn bản 9757/VPCP-CN): two tasks,
# each with its own time, so that neither is given the other's.
_DETAIL_CUT = re.compile(r",\s*trong\s+đó\s*[,:]?\s+")


def _timed_parts(unit: str, task_at: int, issued_on: date | None) -> list[tuple[int, int, Deadline | None]]:
    """(start, end, deadline) of the task in `unit` from `task_at`: the whole, or its two parts around ", trong đó"
    when each states a time the other does not."""
    found = find_deadlines(unit, issued_on)
    cut = _DETAIL_CUT.search(unit, task_at)
    if cut:
        before = [d for d in found if d.end <= cut.start()]
        after = [d for d in found if d.start >= cut.end()]
        if before and after and not {d.normalized for d in before} & {d.normalized for d in after}:
            return [(task_at, cut.start(), _best_deadline(before)), (cut.end(), len(unit), _best_deadline(after))]
    return [(task_at, len(unit), _best_deadline(found))]


# A body of several named units ("UBND các huyện Hoa Lư"), whose list of place names goes on after its first one
# (", Nho Quan, Yên Mô"); a capitalised item after it that is an agency is split off by split_agencies.
_UNIT_LIST_HEAD = re.compile(r"\scác\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\s+" + _UPPER)
_MORE_NAMES = re.compile(rf"(?:\s*(?:,|và)\s*{_UPPER}\w*(?:[ \t]+{_UPPER}\w*){{0,3}}(?!\w))+")


# "phối hợp với cơ quan thuế để tổ chức …": the partners end where the purpose begins.
_PURPOSE = re.compile(r"\s(?:để|nhằm)(?!\w)", re.IGNORECASE)


def _partners(task: str, leads: tuple[str, ...], *, longest: int = 6) -> tuple[str, ...]:
    """The agencies named after "phối hợp (với)" in a task, other than its leads; a list of units under one body
    ("phối hợp với UBND các huyện Hoa Lư, Nho Quan, Yên Mô") is read whole; a body named by no name of the lists, up
    to the next verb, of `longest` words at most."""
    mentions = find_agencies(task)
    masked = _masked(task, mentions)
    names: list[str] = []
    for cue in _PARTNER_CUE.finditer(task):
        found = _leads_at(task, cue.end(), mentions)
        if found:
            listed, end = found
            more = _MORE_NAMES.match(task, end)
            if more and _UNIT_LIST_HEAD.search(listed[-1]):
                listed = (*listed[:-1], *split_agencies(listed[-1] + more.group(0)))
                rest = _leads_at(task, LIST_SEPARATOR.match(task, more.end()).end(), mentions) \
                    if LIST_SEPARATOR.match(task, more.end()) else None
                listed = (*listed, *(rest[0] if rest else ()))
            names += listed
        elif cue.group(2):  # "phối hợp với cơ quan Thuế quản lý": the words up to the next verb
            stops = [m for m in (_ACTION.search(masked, cue.end()), _PURPOSE.search(task, cue.end()),
                                 _PARTNER_END.search(task, cue.end())) if m]
            end = min(m.start() for m in stops) if stops else len(task)
            phrase = task[cue.end():end]
            if 0 < len(phrase.split()) <= longest:
                names += split_agencies(phrase)
    return tuple(n for n in dict.fromkeys(names) if n and n not in leads)


# A body worked with named by its function and whose it is: "cơ quan chức năng của Bộ Nông nghiệp và Môi trường",
# "cơ quan quân sự địa phương cùng cấp", "các cơ quan, đơn vị liên quan của địa phương".
_FUNCTION_NAMED = re.compile(r"^(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)(?!\w)", re.IGNORECASE)
_FUNCTION_NAMED_WORDS = 12


def partners_by_function(task: str, leads: Sequence[str]) -> tuple[str, ...]:
    """The bodies a task has its subject work with, named by their function and whose they are, too long for the
    partner cell's reading (`_partners`, six words): "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp
    với cơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi diễn biến tình hình …" (Công điện 186/CĐ-TTg, 8.),
    "Chỉ đạo, hướng dẫn Công an địa phương phối hợp với cơ quan quân sự địa phương cùng cấp thực hiện …" (Nghị định
    13/2016/NĐ-CP). Read when answering, for a row whose partner cell the index left empty: an extraction reading
    of `longest` would fill the cell itself, but needs a re-index."""
    return tuple(name for name in _partners(task, tuple(leads), longest=_FUNCTION_NAMED_WORDS)
                 if _FUNCTION_NAMED.match(name))


def _owned(unit: str, at: int, mentions: _Mentions, owner: tuple[str, ...], new_line: bool) -> int | None:
    """Where the task starts in a sentence that the heading's agencies own: one that opens a line or opens with an
    action, and names no other subject; None for anything else."""
    if not _has_action(unit[at:], _within(mentions, at, len(unit))) or _NARRATIVE.search(_masked(unit, mentions)):
        return None
    named = _leads_at(unit, at, mentions)
    if not named:
        return at if new_line or _opens_with_action(unit[at:], _within(mentions, at, len(unit))) else None
    # "Sở Tài chính\nHằng năm, ... tham mưu ...": the heading line's name, then its task on the next line.
    next_word = _FIRST_WORD.match(unit, named[1])
    if next_word and set(named[0]) <= set(owner) and "\n" in unit[named[1]:next_word.start(1)]:
        return _FILLER.match(unit, named[1]).end()
    return None


# Markdown bold and italic marks a converted document keeps inside a sentence ("hướng dẫn việc quán **triệt** thực
# hiện Nghị quyết", Nghị quyết 57-NQ/TW as markdown) and its escapes ("2\\."): no words of the task.
_MARKUP = re.compile(r"\*{1,3}|\\(?=[^\w\s])")
# OCR "Chi đạo" for "Chỉ đạo" opening a task (hợp nhất 75/VBHN-BQP, Điều 19): stored as the word it is.
_OCR_CHI = re.compile(r"^(\W*[Cc])hi(?=\s+đạo(?!\w))")


# A Party body's pair of verbs says how it acts, not what is done: "lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật …"
# is stored as the work, "rà soát, hoàn thiện pháp luật …" (its wording would otherwise answer who "lãnh đạo" anything).
_PARTY_ROLE = re.compile(r"^lãnh\s+đạo,\s*chỉ\s+đạo\s+(?=\w)", re.IGNORECASE)


def _tidy(task: str) -> str:
    """The task on one line, without "có trách nhiệm", end-of-document marks, markdown marks or dangling
    punctuation."""
    task = " ".join(_TAIL.sub("", _DUTY.sub("", _MARKUP.sub("", task))).split()).strip(" ,;:")
    return _OCR_CHI.sub(r"\1hỉ", _PARTY_ROLE.sub("", task))


# A sentence that opens with its lead's role and its partners: "X chủ trì, phối hợp với Y hướng dẫn A; hướng dẫn B"
# (Chỉ thị 22/2008/CT-TTg, Nghị quyết 57-NQ/TW): the clauses after ";" are led the same way, with the same partners.
_LEADS_WITH = re.compile(r"chủ\s+trì\s*,?\s*(?:và\s+)?phối\W{1,3}hợp", re.IGNORECASE)


# A sentence whose subject is the document itself, in the passive: "Nghị quyết này phổ biến đến chi bộ." (Nghị
# quyết 57-NQ/TW), "Quyết định này có hiệu lực …": no agency's task, not even the one of the sentence before.
_DOCUMENT_SUBJECT = re.compile(r"\W*" + THIS_DOCUMENT, re.IGNORECASE)


# The formula that ends a dispatch's preamble and opens its directions: "Thủ tướng Chính phủ … có ý kiến chỉ đạo như
# sau:", "… yêu cầu như sau:".
_DIRECTIONS = re.compile(r"(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị)\s+(?:[^\W\d]+\s+){0,4}?như\s+sau\s*:\s*$", re.IGNORECASE)


def _from_prose(piece: Chunk, issued_on: date | None, headed: bool,
                introduced: tuple[str, ...] = (), by_line: bool = False) -> tuple[list[Obligation], tuple[str, ...]]:
    """The obligations of a prose chunk, and the leads of an introduction still open at its end ("3. Bộ Nông nghiệp
    và Môi trường có trách nhiệm:" whose items run on into the next chunk); `introduced`: the one open before it."""
    if any(_BACKGROUND.fullmatch(heading) for heading in piece.heading_path):
        return [], ()
    # Before the first heading a document gives its grounds; only an explicit "giao"/"đề nghị"/"yêu cầu" assigns.
    # A document without any heading (a meeting's conclusions, a short notice) has no such preamble: its sentences
    # assign work as a heading's body does ("Bộ trưởng Bộ Tài chính chỉ đạo bố trí …").
    preamble = headed and not piece.heading_path
    owner, owner_at = _heading_owner(piece)
    # Headings down to the owner's are titles, not tasks; those below it ("1.1. Chủ trì ...") are its tasks.
    titles = {heading_key(h[_MARKER.match(h).end():]) for h in piece.heading_path[:owner_at + 1]
              if not h.endswith("…")}
    # `introduced`: leads of an introduction ("Ban Chỉ đạo có trách nhiệm:") over its list items
    previous: tuple[str, ...] = ()  # leads of the sentence before, which a clause after its ";" shares
    mentions = find_agencies(piece.text)
    obligations = []
    units = _units(piece.text, mentions)
    intro_partners: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # (leads, partners) of the last introduction
    orphaned = False  # under an introduction whose subject is no agency: its items are nobody's here
    led_partners: tuple[str, ...] = ()  # partners of the sentence before when it opened "chủ trì, phối hợp với Y"
    # the owner was named on a numbered line of its own ("2. Bộ Tài chính"), here or (`by_line`) in the chunk before
    owner_line = by_line
    # the list open is an agency's own duties, introduced so ("Cơ quan thuế có nhiệm vụ, quyền hạn và trách nhiệm sau
    # đây:") or titled so ("Điều 15. Nhiệm vụ, quyền hạn và trách nhiệm của cơ quan thuế"); the marker of the line
    # introducing it ("3." of "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm:"), whose next number is no item of it
    duty_list = any(DUTIES_TITLE.match(h) or DUTY_INTRO.search(h.rstrip(" :*…") + ":") for h in piece.heading_path)
    intro_mark = ""
    for number, (start, end) in enumerate(units):
        unit, local = piece.text[start:end], _within(mentions, start, end)
        shared_partners: tuple[str, ...] = ()
        units_end = units[number - 1][1] if number else 0
        at = _MARKER.match(unit).end()
        before = piece.text[:start].rstrip(" ")[-1:]
        line_start = before in ("", "\n")
        if at == 0 and not _continues(unit) and line_start:
            introduced, orphaned = (), False  # a paragraph that is not a list item ends the list under an introduction
        if _CLOSING.match(unit, at):
            owner, introduced, previous, owner_line = (), (), (), False
            continue
        if _AMENDMENT_NOTE.match(fold(unit[at:])) or _CITATION_TAIL.match(unit, at):
            continue
        if _DOCUMENT_SUBJECT.match(unit, at):
            previous = ()
            continue
        if re.search(r"[^\W\d_]", unit[at:]) and unit[at:].isupper():
            # a line in capitals is a heading the chunker did not see ("Il. TỔ CHỨC THỰC HIỆN", OCR for "II."): it
            # ends the list under an introduction and is no task
            introduced, previous, orphaned = (), (), False
            continue
        if number == 0 and _continues(unit) and not _opens_with_action(unit, local):
            continue  # the tail of a sentence that began in the chunk before
        if preamble and _DIRECTIONS.search(unit):
            preamble = False  # "… có ý kiến chỉ đạo như sau:": the directions follow, each agency named with its work
            continue
        found = _assigned(unit, at, local) or (None if preamble else _named(unit, at, local) or _led_by(unit, at, local))
        # "3. Bộ Tài chính" alone on its numbered line is a heading the chunker did not see: it owns the paragraphs
        # and items below it, as a heading's agency does
        own_line = _MARKER.fullmatch(piece.text[piece.text.rfind("\n", 0, start) + 1:start])
        if not found and own_line and (duties := _DUTIES_OF.match(unit, at)):
            found = _leads_at(unit, duties.end(), local)  # "1. Nhiệm vụ của Thành viên Chính phủ" on its own line
        if found and own_line and not unit[found[1]:].strip(" .,\n*"):
            owner, introduced, previous = found[0], (), ()
            owner_line = True
            titles.add(heading_key(unit[at:]))
            continue
        line_head = piece.text[piece.text.rfind("\n", 0, start) + 1:start]  # the marker before the unit
        if not found and own_line and owner_line and _ITEM_MARK.search(line_head + unit[:at]) \
                and _OWNER_NAME.match(unit[at:]) \
                and not _has_verb(unit[at:]) and len(unit[at:].split()) <= 15 and not unit.rstrip().endswith(":"):
            # "3. Các bộ, ngành liên quan" (OCR "Cac bộ") on its numbered line after "2. Bộ Tài chính" and its items
            # (Quyết định 2229/QĐ-TTg, Điều 2): a heading of another owner the agency list cannot read; the items
            # below it are not the agency's above
            owner, introduced, previous, owner_line = (), (), (), False
            continue
        if unit.rstrip().endswith(":"):
            # An introduction: its list items carry the work. One that names nobody ("Trước mắt, triển khai ngay
            # một số việc sau:") goes on with the sentence before it on the same line; one whose subject is no
            # agency ("2. Tổ chức được công nhận đủ điều kiện … có trách nhiệm:", Nghị định 63/2023/NĐ-CP) ends the
            # list before it: its items are that subject's, not the agency's above.
            if found:
                introduced, orphaned, owner_line = found[0], False, False
                duty_list, intro_mark = _duty_intro(unit[found[1]:]), line_head.strip()
                # "X chủ trì, phối hợp với Y: (i) …; (ii) …": each item is X's task with Y as partner
                intro_partners = (introduced, _partners(_tidy(unit[found[1]:]), introduced))
            else:
                orphaned = bool(DUTY_INTRO.search(unit))
                introduced = () if orphaned else introduced if line_start else previous
            continue
        if not found and previous and before == ";" and _continues(unit):
            found = previous, at  # "Sở Tài chính triển khai ...; đồng thời, phối hợp ...": the same subject
            shared_partners = led_partners  # "X chủ trì, phối hợp với Y hướng dẫn A; hướng dẫn B": Y in B too
        elif not found and previous and (carried := _CARRIES_ON.match(unit, at)) \
                and "\n\n" not in piece.text[units_end:start] \
                and _opens_with_action(unit[carried.end():], _within(local, carried.end(), len(unit))):
            found = previous, carried.end()  # "… . Ngoài ra, xây dựng …": the subject of the sentence before
        elif not found and introduced and (_opens_with_action(unit[at:], _within(local, at, len(unit)), words=2)
                                           or (at > 0 or duty_list and _listed_under(line_head.strip(), intro_mark))
                                           and _has_verb(unit[at:]) and not _leads_at(unit, at, local)):
            # the items under "X có trách nhiệm:" start with their verb, or are marked list items holding one (the
            # marker on their line before the unit: "5. Yêu cầu cơ sở kinh doanh cung cấp sổ kế toán …", "6. Lưu giữ
            # và sử dụng số liệu …" under "Cơ quan thuế có những nhiệm vụ, quyền hạn, trách nhiệm sau đây:",
            # Nghị định 30/1998/NĐ-CP, Điều 24)
            found = introduced, at
            shared_partners = intro_partners[1] if intro_partners[0] == introduced else ()
        elif not found and owner and not introduced and not orphaned and heading_key(unit[at:]) not in titles:
            # a list item whose number the sentence splitter cut off ("1. Chịu trách nhiệm trước Chính phủ, chủ trì,
            # …" under "Điều 15. Bộ Quốc phòng") opens its line as a marked item does
            task_at = _owned(unit, at, local, owner, line_start or at > 0 or bool(own_line))
            found = (owner, task_at) if task_at is not None else None
        leads, task_at = found or ((), 0)
        task = _tidy(unit[task_at:])
        # "X có trách nhiệm xác định tổng số thuế …" states X's duty whatever verb follows
        duty = bool(found) and bool(_DUTY.match(unit[task_at:])) and len(task.split()) >= 3
        previous = leads if leads and (_has_verb(task) or duty) else ()
        if not previous:
            led_partners = ()
        if previous:
            partners = tuple(p for p in dict.fromkeys((*_partners(task, leads), *shared_partners)) if p not in leads)
            led_partners = partners if _LEADS_WITH.match(task) else ()
            for part_at, part_end, deadline in _timed_parts(unit, task_at, issued_on):
                whole = part_at == task_at and part_end == len(unit)
                part = task if whole else _tidy(unit[part_at:part_end])
                obligations.append(Obligation(
                    doc_id=piece.doc_id, chunk_id=piece.chunk_id, task=part, lead=leads,
                    partners=partners if whole else tuple(p for p in _partners(part, leads) if p not in leads),
                    deadline=deadline,
                    span=Span(piece.span.start + start + (0 if whole else part_at),
                              piece.span.start + (end if whole else start + part_end), piece.span.page)))
    # "2. Bộ Tài chính" on its own line, its items a), b) running on into the next chunk: the owner is left open to
    # them as an introduction is
    if introduced and not (owner_line and introduced == owner):
        return obligations, introduced
    return obligations, owner if owner_line and not orphaned else ()


# A plan's roles given as labelled items ("3. Cơ quan tổ chức lập: UBND thành phố Tam Điệp." "4. Cơ quan phối hợp:
# Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan."): each value runs to the
# next numbered or bulleted line.
_ROLE_LABEL = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])?[ \t]*(?:cơ quan|đơn vị)[ \t]+"
                         r"(?:(phối hợp)|chủ trì|tổ chức lập|tổ chức thực hiện|thực hiện|đầu mối)[ \t]*:[ \t]*"
                         r"(.+?)(?=\n[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])|\Z)",
                         re.IGNORECASE | re.MULTILINE | re.DOTALL)


def _from_labels(piece: Chunk, issued_on: date | None) -> list[Obligation]:
    """One obligation from a lead label and a partner label in the same passage, the task being what the heading
    above them organises."""
    labels = {bool(m.group(1)): m for m in _ROLE_LABEL.finditer(piece.text)}
    lead, partner = labels.get(False), labels.get(True)
    if not lead or not partner or not piece.heading_path:
        return []
    leads = tuple(split_agencies(lead.group(2)))
    partners = tuple(p for p in split_agencies(partner.group(2)) if p not in leads)
    task = _tidy(piece.heading_path[-1][_MARKER.match(piece.heading_path[-1]).end():].rstrip("…"))
    task = re.sub(r"^(?:Điều|Mục|Phần|Chương)\s+[\dIVXLC]+\.?\s*", "", task)
    if not leads or not partners or not task:
        return []
    start, end = min(lead.start(), partner.start()), max(lead.end(), partner.end())
    return [Obligation(doc_id=piece.doc_id, chunk_id=piece.chunk_id, task=task, lead=leads, partners=partners,
                       span=Span(piece.span.start + start, piece.span.start + end, piece.span.page))]


def _open_introduction(before: Chunk | None, piece: Chunk, issued_on: date | None, headed: bool) -> tuple[str, ...]:
    """The leads of an introduction that the chunk before leaves open over the same heading ("3. Bộ Nông nghiệp và
    Môi trường có trách nhiệm:" and item a) in one chunk, items b), c) in the next): its items here are theirs."""
    if before is None or before.table_header or before.section == "Nơi nhận" \
            or tuple(before.heading_path) != tuple(piece.heading_path):
        return ()
    return _from_prose(before, issued_on, headed)[1]


def _owner_line_open(before: Chunk | None) -> bool:
    """Whether what the chunk before leaves open is an owner named on a numbered line of its own ("2. Bộ Tài chính")
    rather than an introduction ending in ":" (whose list a later numbered line does not end)."""
    return before is not None and not before.text.rstrip().endswith(":") and not _OPEN_INTRO_END.search(before.text)


# The last line of a chunk that is an introduction ("3. Bộ Nông nghiệp và Môi trường có trách nhiệm:").
_OPEN_INTRO_END = re.compile(r":\s*$")


def _tail(piece: Chunk, after: Chunk | None) -> str:
    """The rest of a sentence the chunk ends in the middle of, which opens the chunk after it: "… chương trình cho vay
    ưu đãi đối với người trẻ dưới 35 tuổi để mua nhà ở thương mại" | "lần đầu với lãi suất và kỳ hạn phù hợp, bảo
    đảm giải ngân đúng tiến độ, đúng đối tượng." (Công điện 190/CĐ-TTg, 6c, cut by the chunker at a line break).
    Empty when the chunk ends its sentence or the next chunk does not go on with it."""
    if after is None or after.table_header or after.section == "Nơi nhận" or piece.text.rstrip()[-1:] in ".;:!?" \
            or tuple(after.heading_path) != tuple(piece.heading_path) or not _continues(after.text):
        return ""
    spans = sentence_spans(after.text)
    return after.text[:spans[0][1]] if spans and spans[0][1] <= _TAIL_CHARS else ""


_TAIL_CHARS = 400  # a longer first piece in the next chunk is no tail of a cut sentence


def extract_obligations(piece: Chunk, issued_on: date | None = None, *, headed: bool = True,
                        before: Chunk | None = None, after: Chunk | None = None) -> list[Obligation]:
    """The obligations a chunk states; deadlines are resolved against the document's date. `headed`: whether the
    chunk's document has headings at all (one without any has no preamble of grounds before its first heading);
    `before`: the chunk before it in the document, whose open introduction its first list items may continue;
    `after`: the chunk after it, whose first words may end the chunk's last sentence (the task is read whole)."""
    if piece.section == "Nơi nhận":
        return []
    if piece.table_header:
        return [_yearly(_with_own_subject(row)) for row in _from_row(piece, issued_on)]
    introduced = _open_introduction(before, piece, issued_on, headed)
    found = _from_prose(piece, issued_on, headed, introduced, by_line=bool(introduced) and _owner_line_open(before))[0]
    tail = _tail(piece, after) if found else ""
    if tail and found[-1].span.end >= piece.span.start + len(piece.text.rstrip()):
        # the last task runs on into the next chunk: its words are read whole, its time too
        last = found[-1]
        task = _tidy(f"{last.task} {tail}")
        found[-1] = replace(last, task=task, partners=_partners(task, last.lead), deadline=last.deadline or
                            _best_deadline(find_deadlines(tail, issued_on)))
    return [_yearly(_with_own_subject(row)) for row in found + _from_labels(piece, issued_on)]


def _yearly(row: Obligation) -> Obligation:
    """The row with a day its task goes on to say is yearly read as yearly (`corpus.deadlines.yearly_after`: Chỉ thị
    30/CT-TTg's "… trước ngày 15 tháng 01 hằng năm để tổng hợp …" is no one day of 2026)."""
    return replace(row, deadline=yearly_after(row.deadline, row.task)) if row.deadline else row
