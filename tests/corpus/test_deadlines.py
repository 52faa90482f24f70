"""find_deadlines and parse_deadline on real phrasing from official documents (tests/fixtures/data) (expected values written by hand)."""
from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from corpus.deadlines import HORIZON, TIME_CUE, cell_deadline, find_deadlines, parse_deadline
from tests.data import DATA

OCT_6 = date(2025, 10, 6)  # a Monday, the date of 30/CT-TTg

# (text, issued_on, [(kind, matched text, normalized, due), ...])
PROSE = [
    # "không quá ngày …": the last day allowed (Quyết định 2216/QĐ-TTg, Điều 1, its OCR'd line break kept)
    ("cho đến khi có văn bản thay thế, bãi bỏ nhưng không quá ngày 31 tháng 12\nnăm 2025.", OCT_6,
     [("date", "không quá ngày 31 tháng 12\nnăm 2025", "2025-12-31", date(2025, 12, 31))]),
    ("trong thời hạn không quá 5 ngày làm việc kể từ ngày nhận", None,
     [("relative", "không quá 5 ngày làm việc kể từ ngày nhận", "5 ngày làm việc kể từ ngày nhận", None)]),
    # dates after a deadline cue
    ("a) Khẩn trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính sách thu", None,
     [("date", "trước ngày 15/10/2025", "2025-10-15", date(2025, 10, 15))]),
    ("trình Thủ tướng Chính phủ trước 15h00 ngày 15 tháng 10 năm 2025.", OCT_6,
     [("date", "trước 15h00 ngày 15 tháng 10 năm 2025", "2025-10-15", date(2025, 10, 15))]),
    ("đã xây dựng, hoàn thành trước ngày 12 tháng 10 năm 2025.", date(2025, 10, 10),
     [("date", "hoàn thành trước ngày 12 tháng 10 năm 2025", "2025-10-12", date(2025, 10, 12))]),
    ("phân khu để nhận mặt bằng chậm nhất trong ngày 06 tháng 10 năm 2025;", date(2025, 10, 5),
     [("date", "chậm nhất trong ngày 06 tháng 10 năm 2025", "2025-10-06", date(2025, 10, 6))]),
    # "không muộn hơn" says what "chậm nhất" does (Thông báo 541/TB-VPCP, item (i); 03/VBHN-BKHCN, Điều 11.3)
    ("đáp ứng yêu câu tiến độ có dòng khí đầu tiên không muộn hơn quý II năm 2027. (ii)", date(2025, 10, 8),
     [("quarter", "không muộn hơn quý II năm 2027", "2027-Q2", date(2027, 6, 30))]),
    ("tin điện tử của Bộ Thông tin và Truyền thông không muộn hơn 05 ngày làm việc \nkể từ ngày phê duyệt và chỉ",
     None, [("relative", "không muộn hơn 05 ngày làm việc \nkể từ ngày phê duyệt",
             "5 ngày làm việc kể từ ngày phê duyệt", None)]),
    # a day the act is due within, and OCR's forms of the cues: "rước ngày" for "trước ngày" (Thông báo 537/TB-VPCP),
    # "trong này" for "trong ngày" (Công điện 190/CĐ-TTg)
    ("đề xuất tiêu chí, mẫu hồ sơ nhà ở xã hội, gửi Bộ Xây dựng trong ngày 10/10/2025.", OCT_6,
     [("date", "trong ngày 10/10/2025", "2025-10-10", date(2025, 10, 10))]),
    ("nhà ở xã hội, gửi Bộ Xây dựng trong này 10/10/2025.", OCT_6,
     [("date", "trong này 10/10/2025", "2025-10-10", date(2025, 10, 10))]),
    ("dự toán thiết kế bản vẽ thi công; hoàn thành rước ngày 10 tháng 10 năm 2025.", date(2025, 10, 5),
     [("date", "hoàn thành rước ngày 10 tháng 10 năm 2025", "2025-10-10", date(2025, 10, 10))]),
    ("với các đơn vị liên quan giải quyết dứt điểm rước ngày 06 tháng 10 năm 2025.", date(2025, 10, 5),
     [("date", "rước ngày 06 tháng 10 năm 2025", "2025-10-06", date(2025, 10, 6))]),
    ("Luật Thuế TTĐB (thời hạn trình trước ngày 15/10/2025).", None,
     [("date", "trước ngày 15/10/2025", "2025-10-15", date(2025, 10, 15))]),
    ("xong trước 31/12/2025", None, [("date", "xong trước 31/12/2025", "2025-12-31", date(2025, 12, 31))]),
    ("Thời hạn: 30/11/2025", None, [("date", "Thời hạn: 30/11/2025", "2025-11-30", date(2025, 11, 30))]),
    ("số thuế được gia hạn nộp thuế chậm nhất đến hết ngày 30/01/2010;", date(2009, 1, 22),
     [("date", "chậm nhất đến hết ngày 30/01/2010", "2010-01-30", date(2010, 1, 30))]),
    ("a) Chậm nhất đến ngày 31 tháng 12 năm 2008 phải hoàn thành việc đăng ký thuế", date(2008, 7, 15),
     [("date", "Chậm nhất đến ngày 31 tháng 12 năm 2008", "2008-12-31", date(2008, 12, 31))]),
    # "ngày" left out before a date written in words
    ("trình cấp có thẩm quyền ban hành trước 31 tháng 12 năm 2025 (nếu có)", OCT_6,
     [("date", "trước 31 tháng 12 năm 2025", "2025-12-31", date(2025, 12, 31))]),
    # a date without a year takes the document's year, or the next one once it has passed
    ("Thủ tướng Chính phủ sẽ xem xét, ban hành trước ngày 28/5", date(2025, 5, 25),
     [("date", "trước ngày 28/5", "2025-05-28", date(2025, 5, 28))]),
    ("nộp cho cơ quan thuế trực tiếp quản lý chậm nhất là ngày 25 tháng 01; nếu", date(2003, 6, 17),
     [("date", "chậm nhất là ngày 25 tháng 01", "2004-01-25", date(2004, 1, 25))]),
    ("hoàn thành trước ngày 20/11", None, [("date", "hoàn thành trước ngày 20/11", "--11-20", None)]),
    # a recurrence with an anchor gives both
    ("việc được phân công phụ trách. Định kỳ hàng năm (trước ngày 31/12) báo cáo Chủ tịch UBND", date(2025, 10, 8),
     [("recurring", "Định kỳ hàng năm", "hằng năm", None),
      ("date", "trước ngày 31/12", "2025-12-31", date(2025, 12, 31))]),
    ("các hiệp hội định kỳ trước ngày 10 tháng 12 hằng năm có trách nhiệm gửi", None,
     [("date", "trước ngày 10 tháng 12", "--12-10", None), ("recurring", "hằng năm", "hằng năm", None)]),
    # months
    ("(hạn tháng 6/2025)", None, [("month", "hạn tháng 6/2025", "2025-06", date(2025, 6, 30))]),
    ("mục đích sử dụng rừng hoàn thành trong tháng 10 năm 2025; tổng hợp", OCT_6,
     [("month", "hoàn thành trong tháng 10 năm 2025", "2025-10", date(2025, 10, 31))]),
    ("quyết định thành lập trong tháng 8-2018", None, [("month", "trong tháng 8-2018", "2018-08", date(2018, 8, 31))]),
    ("đến hết tháng 2/2024", None, [("month", "đến hết tháng 2/2024", "2024-02", date(2024, 2, 29))]),
    # quarters
    ("LNG Cà Ná, LNG Quỳnh Lập..., hoàn thành trong quý IV năm 2025.", date(2025, 10, 8),
     [("quarter", "hoàn thành trong quý IV năm 2025", "2025-Q4", date(2025, 12, 31))]),
    ("khẩn trương hoàn thiện đưa vào sử dụng ngay trong quý 2/2025 để đánh giá", None,
     [("quarter", "ngay trong quý 2/2025", "2025-Q2", date(2025, 6, 30))]),
    ("1. Trong quý III năm 2008, Bộ Tài chính chủ trì", date(2008, 7, 15),
     [("quarter", "Trong quý III năm 2008", "2008-Q3", date(2008, 9, 30))]),
    # years and periods
    ("kế hoạch hành động thực hiện Nghị quyết này, hoàn thành trong năm 2025.", date(2025, 1, 9),
     [("year", "hoàn thành trong năm 2025", "2025", date(2025, 12, 31))]),
    ("Trước mắt, trong năm 2008 triển khai ngay một số", date(2008, 7, 15),
     [("year", "trong năm 2008", "2008", date(2008, 12, 31))]),
    ("xóa xong nhà tạm ngay trong năm 2018", None, [("year", "ngay trong năm 2018", "2018", date(2018, 12, 31))]),
    ("các tuyến đường sắt khởi công trong giai đoạn 2025 - 2028.", None,
     [("year", "trong giai đoạn 2025 - 2028", "2025-2028", date(2028, 12, 31))]),
    ("miễn thuế từ ngày 01/7/2009 đến hết năm 2009 đối với thu nhập", date(2009, 6, 19),
     [("year", "đến hết năm 2009", "2009", date(2009, 12, 31))]),
    # "trước" a month, quarter or year: the day before it begins
    ("hoàn thành trước tháng 7/2025", None,
     [("date", "hoàn thành trước tháng 7/2025", "2025-06-30", date(2025, 6, 30))]),
    ("Cập nhật khung chính phủ điện tử trước quý 2/2025, tập trung đất đai", None,
     [("date", "trước quý 2/2025", "2025-03-31", date(2025, 3, 31))]),
    ("vùng khó khăn và biên giới trước năm 2030.", OCT_6,
     [("date", "trước năm 2030", "2029-12-31", date(2029, 12, 31))]),
    # recurring and ongoing
    ("4. Định kỳ hàng tuần báo cáo Chủ tịch nước về tiến độ", None,
     [("recurring", "Định kỳ hàng tuần", "hằng tuần", None)]),
    ("tổ chức đoàn công tác làm việc với địa phương định kỳ hàng quý (hoặc khi cần thiết)", None,
     [("recurring", "định kỳ hàng quý", "hằng quý", None)]),
    # a report due each quarter, in its last month (Chỉ thị 22/2008/CT-TTg, Mục I.2.c)
    ("c) Vào tháng cuối của mỗi quý, tổng hợp, đánh giá tình hình thực hiện Chỉ thị này ở địa phương báo cáo Ban Chỉ "
     "đạo Trung ương;", None, [("recurring", "Vào tháng cuối của mỗi quý", "hằng quý", None)]),
    # Nghị định 13/2016/NĐ-CP (75/VBHN-BQP), Điều 17: a notice in the last days of each quarter
    ("a) Công an cấp xã, từ ngày 25 đến ngày 30 tháng cuối quý, thông báo cho Ban Chỉ huy quân sự cấp xã nơi công dân "
     "đã đăng ký nghĩa vụ quân sự", None,
     [("recurring", "từ ngày 25 đến ngày 30 tháng cuối quý", "hằng quý", None)]),
    ("Tối thiểu 01 tháng một lần, công ty quản lý quỹ", None, [("recurring", "01 tháng một lần", "hằng tháng", None)]),
    ("báo cáo định kỳ 6 tháng về kết quả", None, [("recurring", "định kỳ 6 tháng", "6 tháng một lần", None)]),
    ("- Thực hiện thường xuyên công tác kiểm tra", None, [("ongoing", "Thực hiện thường xuyên", "thường xuyên", None)]),
    ("bên cạnh các nhiệm vụ thường xuyên, các Bộ", None, [("ongoing", "nhiệm vụ thường xuyên", "thường xuyên", None)]),
    # relative periods: resolved only from the signing or issuing date
    ("trong 30 ngày kể từ ngày ký", OCT_6,
     [("relative", "trong 30 ngày kể từ ngày ký", "30 ngày kể từ ngày ký", date(2025, 11, 5))]),
    ("trong thời hạn 15 ngày làm việc kể từ ngày ký Quyết định này.", OCT_6,
     [("relative", "trong thời hạn 15 ngày làm việc kể từ ngày ký Quyết định này", "15 ngày làm việc kể từ ngày ký",
       date(2025, 10, 27))]),
    ("9. Thời gian thực hiện: Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết \nđịnh này.", date(2024, 11, 30),
     [("relative", "Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết \nđịnh này", "9 tháng kể từ ngày ban hành",
       date(2025, 8, 30))]),
    ("5. Trong thời hạn 14 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan cấp giấy phép", OCT_6,
     [("relative", "Trong thời hạn 14 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "14 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
       None)]),
    ("thì trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, cơ quan", None,
     [("relative", "trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ",
       "3 ngày làm việc kể từ ngày nhận được hồ sơ", None)]),
    ("sau 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành.", None,
     [("relative", "sau 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành",
       "6 tháng kể từ ngày có hiệu lực thi hành", None)]),
    ("Thông tư này có hiệu lực thi hành sau 15 ngày kể từ ngày đăng công báo và áp dụng", None,
     [("relative", "sau 15 ngày kể từ ngày đăng công báo", "15 ngày kể từ ngày đăng công báo", None)]),
]

# Real sentences whose dates, months and years are references, conditions, targets or past facts.
NOT_DEADLINES = [
    # "rước" (a procession) and "này" (this) are words of their own: a cue only before a day
    ("Lễ rước ngày hội văn hóa các dân tộc được tổ chức", OCT_6),
    ("Số cán bộ trong này 10 người đã được cử đi học", OCT_6),
    ("trong ngày 10/10 các đơn vị", OCT_6),
    ("Triển khai thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy", None),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", None),
    ("Ngày 15/10/2025, Thủ tướng Chính phủ đã chủ trì cuộc họp", None),
    ("mục tiêu tăng trưởng kinh tế năm 2025 và giai đoạn 2026 - 2030", None),
    ("2. Mục tiêu cụ thể giai đoạn 2025 - 2030", None),
    ("Rà soát quy hoạch hệ thống cây xanh đô thị Ninh Bình đến năm 2030, tầm nhìn đến năm 2035", None),
    ("Bố trí kế hoạch đầu tư công trung hạn 2026-2030", None),
    ("đơn vị sự nghiệp công tự bảo đảm chi thường xuyên", None),
    ("tốc độ tăng trưởng bình quân hằng năm đạt trên 10%", None),
    ("chứng chỉ viên hàng hải được cấp trước ngày 01 tháng 7 năm 2024 được gia hạn", None),
    ("băng tần mà hết hạn sử dụng trước ngày 06 tháng 9 năm 2023 và chưa được cấp lại", None),
    ("đất nhận thừa kế, cho, biếu, tặng trước năm 1994 thì giá vốn được xác định", None),
    ("số liệu tính đến hết ngày 30/9/2025", None),
    # an estimate's period in a report asked for (Công điện 191/CĐ-TTg), not the report's deadline
    ("về kết quả tình hình hoạt động sản xuất kinh doanh của doanh nghiệp 03 quý đầu năm 2025, ước thực hiện "
     "đến hết năm 2025 (tập trung vào một số chỉ tiêu", date(2025, 10, 17)),
    ("lũy kế đến hết tháng 9/2025", None),
    ("Trong năm 2024, toàn tỉnh đã trồng mới 1,2 triệu cây xanh", date(2025, 1, 9)),
    ("Nhiệm vụ này đã hoàn thành trong tháng 9/2025", None),
    ("các mặt hàng năm 2025 được miễn thuế", None),
]

# (a "Thời hạn"/"Thời gian hoàn thành" cell, issued_on, (kind, normalized, due) or None)
CELLS = [
    ("2025", None, ("year", "2025", date(2025, 12, 31))),
    ("Năm 2025", None, ("year", "2025", date(2025, 12, 31))),
    ("12/2025", None, ("month", "2025-12", date(2025, 12, 31))),
    ("06/2025", None, ("month", "2025-06", date(2025, 6, 30))),
    ("01/2025", None, ("month", "2025-01", date(2025, 1, 31))),
    ("Tháng 5/2025", None, ("month", "2025-05", date(2025, 5, 31))),
    ("Tháng 10/2025", None, ("month", "2025-10", date(2025, 10, 31))),
    ("Hoàn thành xong, \ntrình trong tháng \n6/2025 ", None, ("month", "2025-06", date(2025, 6, 30))),
    ("Quý II/2025", None, ("quarter", "2025-Q2", date(2025, 6, 30))),
    ("Quý I/2025", None, ("quarter", "2025-Q1", date(2025, 3, 31))),
    ("Quý 3 năm 2025", None, ("quarter", "2025-Q3", date(2025, 9, 30))),
    ("2025-2026", None, ("year", "2025-2026", date(2026, 12, 31))),
    ("2025 - 2026", None, ("year", "2025-2026", date(2026, 12, 31))),
    ("Năm 2025-2026", None, ("year", "2025-2026", date(2026, 12, 31))),
    ("2025 và những năm tiếp theo", None, ("year", "2025", date(2025, 12, 31))),
    ("05/01/2025", None, ("date", "2025-01-05", date(2025, 1, 5))),
    ("30 / 6 / 2025", None, ("date", "2025-06-30", date(2025, 6, 30))),
    ("Thường xuyên", None, ("ongoing", "thường xuyên", None)),
    ("Nhiệm vụ thường xuyên", None, ("ongoing", "thường xuyên", None)),
    ("Liên tục", None, ("ongoing", "thường xuyên", None)),
    ("Hằng năm", None, ("recurring", "hằng năm", None)),
    ("Hàng năm", None, ("recurring", "hằng năm", None)),
    ("Trước 15/12 hằng năm", date(2025, 1, 9), ("recurring", "hằng năm 15/12", date(2025, 12, 15))),
    ("15/01 hằng năm", None, ("recurring", "hằng năm 15/01", None)),
    ("Quý I/2025", None, ("quarter", "2025-Q1", date(2025, 3, 31))),
    ("2024 - 2025", None, ("year", "2024-2025", date(2025, 12, 31))),
    ("Trong 30 ngày kể từ ngày ký", date(2025, 1, 9), ("relative", "30 ngày kể từ ngày ký", date(2025, 2, 8))),
    ("6/2025", date(2025, 10, 6), ("month", "2025-06", date(2025, 6, 30))),  # a cell keeps what it says
    ("Ngay sau khi có \nNghị quyết của \nHĐND tỉnh", None,
     ("relative", "ngay sau khi có nghị quyết của hđnd tỉnh", None)),
    ("năm tiếp theo", None, None),
    ("", None, None),
    ("Nghị định số 12/2025/NĐ-CP", None, None),
]


@pytest.mark.parametrize(("text", "issued_on", "expected"), PROSE, ids=[case[0][:40] for case in PROSE])
def test_deadline_in_prose_is_found_and_normalised(text, issued_on, expected):
    found = find_deadlines(text, issued_on)
    assert [(d.kind, d.text, d.normalized, d.due) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


@pytest.mark.parametrize(("text", "issued_on"), NOT_DEADLINES, ids=[case[0][:40] for case in NOT_DEADLINES])
def test_reference_condition_or_target_is_not_a_deadline(text, issued_on):
    assert find_deadlines(text, issued_on) == []


@pytest.mark.parametrize(("cell", "issued_on", "expected"), CELLS, ids=[case[0][:30] or "empty" for case in CELLS])
def test_deadline_cell_is_read_without_a_cue(cell, issued_on, expected):
    found = parse_deadline(cell, issued_on)
    assert (found and (found.kind, found.normalized, found.due)) == expected
    assert found is None or cell[found.start:found.end] == found.text


def test_deadlines_come_in_order_without_overlap():
    text = ("Sở Tài chính hoàn thành trong quý I năm 2026; báo cáo định kỳ hằng quý và tổng kết "
            "trước ngày 15 tháng 12 năm 2026.")
    found = find_deadlines(text, date(2025, 12, 1))
    assert [d.normalized for d in found] == ["2026-Q1", "hằng quý", "2026-12-15"]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_relative_working_days_skip_weekends():
    [deadline] = find_deadlines("trong 5 ngày làm việc kể từ ngày ban hành", date(2025, 10, 10))  # a Friday
    assert deadline.due == date(2025, 10, 17)


def test_relative_months_clip_to_the_last_day_of_the_month():
    [deadline] = find_deadlines("trong 3 tháng kể từ ngày ký", date(2025, 11, 30))
    assert deadline.due == date(2026, 2, 28)


def test_program_task_table_deadline_column_is_read_cell_by_cell():
    path = DATA / "nq57_nq03_program" / "official_texts" / "NQCP03_NQ03_PL2_Nhiem_vu.md"
    rows = [line.split("|") for line in path.read_text(encoding="utf-8").splitlines() if line.count("|") > 6]
    cells = [row[-2].strip() for row in rows[2:] if row[-2].strip() and set(row[-2].strip()) != {"-"}]
    unread = [cell for cell in cells if parse_deadline(cell) is None]
    assert len(cells) > 100
    assert unread == ["năm tiếp theo"]


@pytest.mark.parametrize("cell, text, kind, normalized", [
    # Kế hoạch 193/KH-UBND, Phụ lục row 3: the whole cell is the deadline as written, read as its month
    ("Hoàn thành xong, trình\ntrong tháng 6/2025", "Hoàn thành xong, trình trong tháng 6/2025", "month", "2025-06"),
    # Quyết định 2230/QĐ-TTg, Phụ lục (scan): a period and a recurrence, the range wrapped at its hyphen
    ("Giai đoạn 2025-\n2030, các giai đoạn\n05 năm tiếp theo\nvà hằng năm",
     "Giai đoạn 2025-2030, các giai đoạn 05 năm tiếp theo và hằng năm", "recurring", "hằng năm"),
    ("2025 - 2026", "2025 - 2026", "year", "2025-2026"),  # spaced on both sides: written so
    ("° _ _\"-.{ Hàng năm", "Hàng năm", "recurring", "hằng năm"),  # specks of the scan before the first word
])
def test_a_table_cell_deadline_keeps_the_whole_cell_as_written(cell, text, kind, normalized):
    deadline = cell_deadline(cell)
    assert (deadline.text, deadline.kind, deadline.normalized) == (text, kind, normalized)


@pytest.mark.parametrize("task, cue", [
    # Chỉ thị 19/2008/CT-UBND (Long An), I.3.c: a monthly report said in words not read as a date
    ("Chậm nhất vào ngày 05 của tháng sau tổng hợp, đánh giá tình hình thực hiện chỉ thị này trên địa bàn quản lý, "
     "báo cáo về thường trực ban chỉ đạo cấp tỉnh", True),
    # Công điện 193/CĐ-TTg, 2.b: the time is the one set just before
    ("Sau thời hạn nêu trên, Bộ Tài chính tổng hợp danh sách các Bộ, ngành, địa phương chưa hoàn thành việc rà soát, "
     "cập nhật thông tin trên Hệ thống 751", True),
    # Chỉ thị 22/2008/CT-TTg, II.2: no time at all
    ("Bộ Kế hoạch và Đầu tư nghiên cứu sửa đổi, bổ sung quy định về đăng ký kinh doanh", False),
    # Công điện 192/CĐ-TTg, 4: a year with no cue word before it
    ("hạ tầng kỹ thuật để khẩn trương triển khai. cơ chế đối tác bù trừ trung tâm (CCP) cho thị trường chứng khoán cơ "
     "sở vào đầu năm 2027, bảo đảm vận hành an toàn", True),
    ("tổ chức hội nghị sơ kết vào quý IV", True),
    # "vào" before no time
    ("đưa vào năm học mới nội dung giáo dục pháp luật về thuế", False),
])
def test_a_time_said_in_words_is_told_from_none(task, cue):
    assert bool(TIME_CUE.search(task)) == cue


@pytest.mark.parametrize("task, said", [
    # Công điện 190/CĐ-TTg, 5.: a horizon year, read as no deadline, but a time the task's words say
    ("Chủ động phối hợp với các địa phương triển khai đầu tư xây dựng nhà ở cho lực lượng vũ trang nhân dân, đảm bảo "
     "hoàn thành chỉ tiêu được Thủ tướng Chính phủ giao hoàn thành nhà ở cho lực lượng vũ trang nhân dân đến năm 2030",
     "đến năm 2030"),
    # a year as a reference, no horizon
    ("Nghiên cứu, rà soát Chiến lược phát triển khoa học, công nghệ giai đoạn 2021-2030", None),
])
def test_a_horizon_year_is_read_apart_from_deadlines(task, said):
    found = HORIZON.search(task)
    assert (found.group() if found else None) == said
    assert find_deadlines(task) == []


@pytest.mark.parametrize("text, issued_on, expected", [
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV, Mục III.2.3: the settlement of each tax year, due in the year after it
    ("- Hết năm, chậm nhất là ngày 30 tháng 5 của năm tiếp theo, trên cơ sở quyết toán của các đơn vị chi trả thu "
     "nhập, Ban Cơ yếu Chính phủ có trách nhiệm xác định tổng số thuế", date(2009, 2, 2),
     ("chậm nhất là ngày 30 tháng 5 của năm tiếp theo", "--05-30")),
    # Thông tư liên tịch 123/2008/TTLT-BTC-BCA
    ("c) Hết năm chậm nhất là ngày 30 tháng 3 của năm sau, trên cơ sở quyết toán thu nộp thuế", date(2008, 12, 16),
     ("chậm nhất là ngày 30 tháng 3 của năm sau", "--03-30")),
])
def test_a_day_of_the_year_after_has_no_year_of_the_documents(text, issued_on, expected):
    # it comes back each year: neither the document's year nor the one after is its year
    found = find_deadlines(text, issued_on)
    assert [(d.text, d.normalized, d.due) for d in found] == [(*expected, None)]


def test_a_day_without_the_year_after_still_takes_the_documents_year():
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV: "Đầu năm, chậm nhất là ngày 30 tháng 01, …" (the next 30 January)
    found = find_deadlines("b) Đầu năm, chậm nhất là ngày 30 tháng 01, từng đối tượng hưởng lương kê khai",
                           date(2009, 2, 2))
    assert [d.normalized for d in found] == ["2010-01-30"]


@pytest.mark.parametrize("text, span", [
    # Thông tư 27/2009/TT-BTC (evals/devdocs), Điều 2: a period stated as a span of days
    ("1. Thời gian được giãn nộp thuế: từ ngày 01/01/2009 đến hết ngày 31/5/2009.", True),
    ("từ ngày 01 tháng 7 năm 2013 đến ngày 31 tháng 12 năm 2013", True),
    ("nghỉ kinh doanh liên tục từ ngày 20/02 đến hết ngày 20/6", False),  # no year: a span of no stated period
])
def test_a_span_of_days(text, span):
    from corpus.deadlines import SPAN
    assert bool(SPAN.search(text)) is span


@pytest.mark.parametrize("text, since", [
    # Thông tư 82/2006/TT-BTC (evals/devdocs), II.1 and II.2: a period counted from an event
    ("được áp dụng thuế suất 10% trong 15 năm, kể từ khi bắt đầu hoạt động bảo lãnh tín dụng", True),
    ("Thời gian miễn thuế, giảm thuế được tính từ năm dự án đầu tư hoàn thành bắt đầu đưa vào hoạt động.", True),
    ("Các Quỹ bảo lãnh tín dụng được thành lập trước ngày Thông tư này có hiệu lực thi hành", False),
])
def test_where_a_period_is_counted_from(text, since):
    from corpus.deadlines import SINCE
    assert bool(SINCE.search(text)) is since


@pytest.mark.parametrize("text, found", [
    ("trong phạm vi 20 ngày làm việc kể từ khi ký hợp đồng.", "trong phạm vi 20 ngày làm việc kể từ khi"),
    ("- Trong vòng ba ngày làm việc kể từ khi nhận được chứng từ nộp thuế GTGT hàng nhập khẩu",
     "Trong vòng ba ngày làm việc kể từ khi"),
    # Thông tư 82/2006/TT-BTC, II.2.1: how long an exemption lasts, no time limit
    ("được miễn thuế thu nhập doanh nghiệp 02 năm, kể từ khi có thu nhập chịu thuế", None),
    ("trong thời hạn 10 ngày kể từ ngày nhận được thông báo", None),  # a day: `_RELATIVE` reads it
    # 39/VBHN-BTC, Điều 21 (OCR): "ké từ khi"
    ("hoạt động của chi nhánh trong vòng\n03 ngày làm việc, ké từ khi xảy ra các sự kiện đó.",
     "trong vòng\n03 ngày làm việc, ké từ khi"),
])
def test_a_length_counted_from_an_event(text, found):
    from corpus.deadlines import SINCE_EVENT
    match = SINCE_EVENT.search(text)
    assert (match.group(0) if match else None) == found


@pytest.mark.parametrize("text, issued_on, expected", [
    # Luật 09/2003/QH11, Điều 13
    # a recurrence and its day said one after the other are one time: each quarter, by that day (`_with_period_days`)
    ("Thời hạn nộp thuế hàng quý chậm nhất là ngày cuối quý.", date(2003, 6, 17),
     [("hàng quý chậm nhất là ngày cuối quý", "hằng quý")]),
    ("Thời hạn nộp thuế hàng tháng được ghi trong thông báo chậm nhất là ngày 25 của tháng tiếp theo.",
     date(2003, 6, 17), [("hàng tháng", "hằng tháng"),
                         ("chậm nhất là ngày 25 của tháng tiếp theo", "ngày 25 của tháng tiếp theo")]),
    # Nghị định 24/2007/NĐ-CP, Điều 24
    ("Thời hạn nộp thuế chậm nhất không quá ngày cuối quý.", date(2007, 2, 14),
     [("chậm nhất không quá ngày cuối quý", "ngày cuối quý")]),
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV
    ("- Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo, Ban Cơ yếu Chính phủ chuyển số thuế", date(2009, 2, 2),
     [("Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo", "hằng quý")]),
    # Thông tư 48/2000/TT-BTC, Mục II: the part of the year after, with no day
    ("Việc cấp lại phần thuế thu nhập doanh nghiệp đã thực nộp vào ngân sách Trung ương cho các báo in được thực hiện "
     "vào đầu năm sau, sau khi quyết toán thuế thu nhập doanh nghiệp được duyệt", date(2000, 5, 29),
     [("vào đầu năm sau", "đầu năm sau")]),
    # not a time: no cue word, or one quarter named
    ("số thuế phát sinh của tháng sau được kê khai", date(2009, 2, 2), []),
    ("số thuế phát sinh vào tháng sau được kê khai", date(2009, 2, 2), []),
    ("trước ngày cuối quý III", date(2009, 2, 2), []),
])
def test_a_day_of_the_period_after_is_a_recurring_time(text, issued_on, expected):
    # a day of each quarter or month, or of the one after it: no date, the words as written
    found = find_deadlines(text, issued_on)
    assert [(d.text, d.normalized) for d in found] == expected
    assert all(d.kind == "recurring" and d.due is None for d in found)


@pytest.mark.parametrize("text, events", [
    # Nghị định 63/2023/NĐ-CP, Điều 11
    ("Trong thời hạn 38 ngày kể từ ngày nhận được văn bản đề nghị của cơ quan cấp giấy phép sử dụng tần số vô tuyến "
     "điện, cơ quan chuyên môn thuộc Bộ Giao thông vận tải thực hiện các công việc sau:",
     ["ngày nhận được văn bản đề nghị của cơ quan cấp giấy phép sử dụng tần số vô tuyến điện"]),
    # Thông tư 99/2020/TT-BTC (40/VBHN-BTC), OCR's "kê từ"
    ("Trong thời hạn 15 ngày kê từ ngày quyết định đình chỉ hoạt động có hiệu lực, công ty quản lý quỹ có trách nhiệm "
     "thông báo", ["ngày quyết định đình chỉ hoạt động có hiệu lực"]),
    ("Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.", ["ngày ký"]),
    ("trong thời hạn bao lâu kể từ khi kết thúc năm dương lịch?", ["khi kết thúc năm dương lịch"]),
    ("Thời hạn đình chỉ hoạt động tối đa là 60 ngày.", []),
])
def test_the_event_a_length_is_counted_from(text, events):
    from corpus.deadlines import counted_from
    assert counted_from(text) == events


@pytest.mark.parametrize("task, text, normalized, yearly", [
    # Chỉ thị 30/CT-TTg, Mục 10: the row kept the day, the task goes on with "hằng năm"
    ("báo cáo việc thực hiện các nhiệm vụ được giao tại Chỉ thị này, gửi về Bộ Công Thương trước\nngày 15 tháng 01 "
     "hằng năm để tổng hợp", "trước\nngày 15 tháng 01", "2026-01-15", "trước\nngày 15 tháng 01 hằng năm"),
    # a day with its year, nothing yearly after it: as stored (Văn bản 9533/VPCP-CN)
    ("Bộ Tư pháp khẩn trương có ý kiến …, gửi Bộ Tài chính trước ngày 05 tháng 10 năm 2025.",
     "trước ngày 05 tháng 10 năm 2025", "2025-10-05", None),
])
def test_a_day_the_task_says_is_yearly_is_read_as_yearly(task, text, normalized, yearly):
    from datetime import date

    from corpus.deadlines import yearly_after
    from corpus.records import Deadline
    stored = Deadline("date", text, normalized, date.fromisoformat(normalized), 100, 100 + len(text))
    read = yearly_after(stored, task)
    if yearly is None:
        assert read == stored
    else:
        assert (read.kind, read.text, read.normalized, read.due) == ("recurring", yearly, "hằng năm 15/01", stored.due)
