"""extract_obligations on real documents from corpus/samples (expectations written by hand from reading each document)
and on each assignment pattern in short synthetic passages."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

import pytest

from corpus.chunking import chunk
from corpus.loaders import load
from corpus.obligations import (PARTNERSHIP, _heading_owner, cooperate_jointly, cooperates_only, directed_lead,
                                 extract_obligations, group_deadline, helps_in_work, introduced_as_lead,
                                 opens_cooperating, own_subject, subject_leads)
from corpus.records import Chunk, Obligation, Span
from tests.data import ROOT, SAMPLES

NQ03_TASKS = "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"
PLAN_196 = "ninhbinh/196.pdf"
PLAN_193 = "ninhbinh/193.pdf"
LETTER_706 = "ninhbinh/706.pdf"
DIRECTIVE_30 = "chinhphu/30-ttg.signed.txt"
DISPATCH_186 = "chinhphu/186-cd.signed.txt"
TAX_22 = "thue/22_2008_CT-TTg.md"
TAX_01 = "thue/01_2009_CT-UBND.doc"


@cache
def extracted(relative: str) -> tuple[tuple[Chunk, Obligation], ...]:
    """Every obligation of a sample document, with the chunk it was read from."""
    [document] = load(SAMPLES / relative)
    pieces = chunk(document)
    return tuple((piece, obligation) for piece, before in zip(pieces, [None, *pieces])
                 for obligation in extract_obligations(piece, document.header.issued_on, before=before))


def obligations(relative: str) -> list[Obligation]:
    return [obligation for _, obligation in extracted(relative)]


def one(relative: str, lead: str, task_start: str) -> Obligation:
    """The single obligation of `lead` whose task starts with `task_start`."""
    found = [o for o in obligations(relative) if lead in o.lead and o.task.startswith(task_start)]
    assert len(found) == 1, (lead, task_start, [o.task[:60] for o in obligations(relative) if lead in o.lead])
    return found[0]


def tasks_of(relative: str, lead: tuple[str, ...]) -> list[str]:
    return [o.task for o in obligations(relative) if o.lead == lead]


def no_task_mentions(relative: str, *phrases: str) -> None:
    for obligation in obligations(relative):
        assert not any(phrase in obligation.task for phrase in phrases), obligation.task


def piece(text: str, heading_path: tuple[str, ...] = ("V. TỔ CHỨC THỰC HIỆN",), section: str = "Mục V") -> Chunk:
    return Chunk(chunk_id="c", doc_id="d", ordinal=0, text=text, heading_path=heading_path,
                 span=Span(0, len(text), 1), section=section)


def prose(text: str, heading_path: tuple[str, ...] = ("V. TỔ CHỨC THỰC HIỆN",),
          issued_on: date | None = date(2025, 1, 6)) -> list[Obligation]:
    return extract_obligations(piece(text, heading_path), issued_on)


# --- the task table of Nghị quyết 03/NQ-CP, Phụ lục II ---------------------------------------------------------------

def test_nq03_table_gives_one_obligation_per_numbered_task():
    found = extracted(NQ03_TASKS)
    assert len(found) == 140
    assert [p.section for p, _ in found] == [f"Phụ lục II, nhiệm vụ {n}" for n in range(1, 141)]
    assert all(o.span == p.span for p, o in found)  # a row's obligation cites the whole row


# (task number, lead, partners, product, deadline as normalised, due, first words of the task)
NQ03_ROWS = [
    (1, ("Bộ Khoa học và Công nghệ",),
     ("Ban Tuyên giáo Trung ương", "các bộ, ngành, địa phương", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam",
      "Thông tấn xã Việt Nam"),
     "Quyết định của Thủ tướng Chính phủ", "2025-06", date(2025, 6, 30),
     "Xây dựng, trình Thủ tướng Chính phủ ban hành"),
    (2, ("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các địa phương"),
     ("Bộ Khoa học và Công nghệ",), "Chương trình", "thường xuyên", None, "Xây dựng chương trình chuyên biệt"),
    (5, ("Bộ Nội vụ",), ("các bộ, ngành, địa phương",), "Đề án", "2025-06", date(2025, 6, 30),
     "Xây dựng, ban hành Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số"),
    (16, ("Bộ Khoa học và Công nghệ",), ("các bộ, ngành và địa phương",), "Luật của Quốc hội", "2025-10",
     date(2025, 10, 31), "Dự án Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa"),
    (30, ("Bộ Tài chính",), ("các bộ, ngành liên quan",), "Quyết định của Bộ trưởng", "2025", date(2025, 12, 31),
     "Xây dựng cơ chế, chính sách cho phép doanh nghiệp nhà nước"),
    (46, ("Bộ Khoa học và Công nghệ", "các địa phương"), ("Bộ Khoa học và Công nghệ", "Bộ Ngoại giao"),
     "Mạng lưới kết nối", "2030", date(2030, 12, 31), "Phát triển mạng lưới kết nối các trung tâm đổi mới sáng tạo"),
    (47, ("Bộ Khoa học và Công nghệ",), ("Bộ Tài chính", "các bộ, ngành"), "Quyết định của Thủ tướng Chính phủ",
     "2025-2026", date(2026, 12, 31), "Đề án đầu tư năng lực"),
    (61, ("Bộ Khoa học và Công nghệ",), ("các bộ, ngành",), None, "hằng năm", None,
     "Xây dựng, ban hành danh mục các chương trình, nhiệm vụ, dự án về hợp tác công tư"),
    (76, ("Bộ Tài chính",), ("Bộ Công an",), None, "2025", date(2025, 12, 31), "Bảo đảm nguồn lực phục vụ di chuyển"),
    (99, ("Bộ Văn hóa, Thể thao và Du lịch",), (), "Quyết định của Thủ tướng Chính phủ", "2025", date(2025, 12, 31),
     "Xây dựng, triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa"),
    (123, ("Bộ Khoa học và Công nghệ",), (), "Quyết định của Thủ tướng Chính phủ", "2025-Q2", date(2025, 6, 30),
     "Xây dựng bộ tiêu chí để xác định Doanh nghiệp công nghệ số"),
    (140, ("Bộ Khoa học và Công nghệ",), (), "Các hoạt động hợp tác", "thường xuyên", None,
     "Tích cực, chủ động tham gia định hình các khuôn khổ"),
]


@pytest.mark.parametrize(("number", "lead", "partners", "product", "normalized", "due", "task_start"), NQ03_ROWS)
def test_nq03_task_row_is_read_column_by_column(number, lead, partners, product, normalized, due, task_start):
    [obligation] = [o for p, o in extracted(NQ03_TASKS) if p.section == f"Phụ lục II, nhiệm vụ {number}"]
    assert obligation.lead == lead
    assert obligation.partners == partners
    assert obligation.product == product
    assert (obligation.deadline.normalized, obligation.deadline.due) == (normalized, due)
    assert obligation.task.startswith(task_start)


def test_nq03_task_with_blank_deadline_cell_has_no_deadline():
    [obligation] = [o for p, o in extracted(NQ03_TASKS) if p.section == "Phụ lục II, nhiệm vụ 42"]
    assert obligation.deadline is None



# --- Kế hoạch 196/KH-UBND Ninh Bình (công nghiệp văn hóa) --------------------------------------------------------

def test_196_culture_department_has_the_tasks_of_its_section_in_order():
    # V.1 "Sở Văn hóa và Thể thao": seven bullets, some holding several actions joined by ";" or ".".
    starts = ["Chủ trì, phối hợp với các sở, ngành liên quan", "Theo dõi, đôn đốc việc thực hiện Kế hoạch",
              "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh", "Chủ trì, phối hợp với các đơn vị liên quan tham mưu",
              "xây dựng, hoàn thiện Đề án", "tham mưu thực hiện Nghị quyết và Đề án",
              "Chủ trì, phối hợp với các đơn vị liên quan thực hiện và hoàn thành", "tiếp tục tham mưu thực hiện",
              "Chủ trì tham mưu UBND tỉnh chỉ đạo các cơ quan", "Chủ trì, phối hợp với các cơ quan liên quan xây dựng",
              "Xây dựng chuyên mục về công nghiệp văn hóa", "Thực hiện các nhiệm vụ có liên quan"]
    tasks = tasks_of(PLAN_196, ("Sở Văn hóa và Thể thao",))
    assert len(tasks) == len(starts)
    assert all(task.startswith(start) for task, start in zip(tasks, starts)), tasks


# (lead, first words of the task, partners, deadline as normalised)
PLAN_196_TASKS = [
    ("Sở Văn hóa và Thể thao", "Chủ trì, phối hợp với các sở, ngành liên quan và Ủy ban nhân dân các huyện",
     ("các sở, ngành liên quan", "Ủy ban nhân dân các huyện, thành phố"), None),
    # the clause after ";" of "Chủ trì, phối hợp với các đơn vị liên quan tham mưu …; xây dựng, hoàn thiện Đề án …"
    # has the same partners
    ("Sở Văn hóa và Thể thao", "xây dựng, hoàn thiện Đề án về phát triển các ngành công nghiệp",
     ("các đơn vị liên quan",), "2024"),
    ("Sở Văn hóa và Thể thao", "Chủ trì, phối hợp với các đơn vị liên quan thực hiện và hoàn thành trong năm 2024",
     ("các đơn vị liên quan",), "2024"),
    ("Sở Văn hóa và Thể thao", "Xây dựng chuyên mục về công nghiệp văn hóa trên Trang thông tin điện tử của Sở",
     ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông", "các cơ quan, địa phương"), None),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Phối hợp với Sở Văn hóa và Thể thao tham mưu UBND tỉnh",
     ("Sở Văn hóa và Thể thao",), None),
    ("Sở Thông tin và Truyền thông", "Phối hợp với Sở Văn hóa và Thể thao, các sở, ngành có liên quan đẩy mạnh",
     ("Sở Văn hóa và Thể thao", "các sở, ngành có liên quan"), None),
    ("Cục Thống kê tỉnh", "Phối hợp với Sở Văn hóa và Thể thao xây dựng cơ sở dữ liệu", ("Sở Văn hóa và Thể thao",),
     None),
    ("Sở Kế hoạch và Đầu tư", "Chủ trì, phối hợp với Sở Văn hóa và Thể thao và các sở, ngành thực hiện",
     ("Sở Văn hóa và Thể thao", "các sở, ngành"), None),
    ("Sở Tài chính", "Hằng năm, căn cứ khả năng cân đối ngân sách, tham mưu cho cấp có thẩm quyền", (), "hằng năm"),
    ("các sở, ban, ngành của tỉnh", "Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch", (),
     "hằng năm"),
    ("Ủy ban nhân dân các huyện, thành phố", "Chỉ đạo xây dựng kế hoạch và tổ chức thực hiện", (), None),
]


@pytest.mark.parametrize(("lead", "task_start", "partners", "normalized"), PLAN_196_TASKS)
def test_196_department_tasks_are_found(lead, task_start, partners, normalized):
    obligation = one(PLAN_196, lead, task_start)
    assert obligation.partners == partners
    assert (obligation.deadline.normalized if obligation.deadline else None) == normalized


def test_196_headings_that_list_several_bodies_give_them_all_as_leads():
    assert one(PLAN_196, "Báo Ninh Bình", "Tăng cường thông tin, tuyên truyền").lead == (
        "Báo Ninh Bình", "Đài Phát thanh và Truyền hình tỉnh")
    assert one(PLAN_196, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đẩy mạnh công tác phối hợp tuyên truyền").lead == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức đoàn thể")


def test_196_only_the_organisation_section_assigns_work():
    # I. MỤC ĐÍCH, YÊU CẦU states purposes, II. NHIỆM VỤ, GIẢI PHÁP names no agency, IV is about funding.
    assert {p.section.split(".")[0] for p, _ in extracted(PLAN_196)} == {"Mục V"}
    no_task_mentions(PLAN_196, "Nâng cao nhận thức của các cơ quan", "Tờ trình số 150", "Trên đây là Kế hoạch",
                     "Phát huy vai trò, trách nhiệm của người đứng đầu")
    assert not any(o.task.casefold() == "tổ chức thực hiện" for o in obligations(PLAN_196))  # the heading line


# --- Kế hoạch 193/KH-UBND Ninh Bình (cây xanh) -----------------------------------------------------------------------

def test_193_organisation_section_gives_six_obligations_then_the_ten_appendix_rows():
    # III.1 two sentences, III.2 Sở Tài chính one, III.3 Sở Kế hoạch và Đầu tư one, III.4 two; then the appendix
    # table, read by its ruling lines, one obligation per row.
    assert [p.section for p, _ in extracted(PLAN_193)] == ["Mục III.1"] * 2 + ["Mục III.2", "Mục III.3"] + \
        ["Mục III.4"] * 2 + [f"Phụ lục, nhiệm vụ {n}" for n in range(1, 11)]
    no_task_mentions(PLAN_193, "Triển khai kịp thời Chỉ thị số 20-CT/TU", "Phân công nhiệm vụ cho từng đơn vị")


def test_193_agriculture_task_starts_at_its_action_not_at_the_heading_name():
    # "4. Sở Nông nghiệp và Phát triển nông thôn\nChủ trì, phối hợp ..." reads as one sentence.
    obligation = one(PLAN_193, "Sở Nông nghiệp và Phát triển nông thôn",
                     "Chủ trì, phối hợp với các đơn vị có liên quan")
    assert obligation.lead == ("Sở Nông nghiệp và Phát triển nông thôn",)
    assert obligation.partners == ("các đơn vị có liên quan",)
    assert obligation.task.endswith("các nhiệm vụ đã được UBND tỉnh giao tại kế hoạch.")


def test_193_periodic_report_is_recurring():
    obligation = one(PLAN_193, "Sở Nông nghiệp và Phát triển nông thôn", "Định kỳ 06 tháng và hàng năm tổng hợp")
    assert (obligation.deadline.kind, obligation.deadline.normalized) == ("recurring", "6 tháng một lần")


def test_193_finance_and_planning_departments_fund_the_plan():
    finance = one(PLAN_193, "Sở Tài chính", "Hằng năm, trên cơ sở đề xuất của các cơ quan, đơn vị")
    assert "bố trí kinh phí chi thường xuyên" in finance.task
    assert finance.deadline.normalized == "2025"  # "trong năm 2025 và các năm tiếp theo"
    planning = one(PLAN_193, "Sở Kế hoạch và Đầu tư", "Hằng năm, trên cơ sở đề xuất")
    assert "nguồn vốn đầu tư phát triển" in planning.task and planning.deadline.normalized == "hằng năm"


def test_193_heading_listing_all_departments_leads_their_shared_tasks():
    obligation = one(PLAN_193, "các sở, ban, ngành", "Kịp thời báo cáo UBND tỉnh")
    assert obligation.lead == ("các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố", "các đơn vị có liên quan")


# --- Công văn 706/UBND-VP7 Ninh Bình ---------------------------------------------------------------------------------

def test_706_letter_assigns_one_task_by_giao():
    [obligation] = obligations(LETTER_706)  # "UBND tỉnh nhận được Văn bản số 4705/HD-BQP ..." is background
    assert obligation.lead == ("Bộ Chỉ huy Quân sự tỉnh",)
    assert obligation.partners == ("các cơ quan, đơn vị có liên quan",)
    assert obligation.task.startswith("chủ trì, phối hợp với các cơ quan")


# --- Chỉ thị 30/CT-TTg (noisy OCR) -----------------------------------------------------------------------------------

# (lead, first words of the task, partners, deadline as normalised)
DIRECTIVE_30_TASKS = [
    ("Bộ Công Thương", "Thường xuyên theo dõi tình hình cung cấp than cho sản xuất điện", (), None),
    ("Bộ Công Thương", "Tiếp tục rà soát, hoàn thiện các văn bản quy phạm pháp luật", (), "2025-12-31"),
    ("Bộ Công Thương", "Chủ trì, phối hợp với các bộ, ngành, địa phương liên quan tổ chức kiểm tra",
     ("các bộ, ngành, địa phương liên quan",), None),
    ("Bộ Nông nghiệp và Môi trường", "Chỉ đạo, hướng dẫn Các cơ quan, địa phương", (), "2025-10"),
    ("Bộ Nông nghiệp và Môi trường", "Chủ trì làm việc với các địa phương và doanh nghiệp", (), "2025-10"),
    # "...theo quy định; khai thác, sử dụng đất, đá thải mỏ ... hoàn thành trong tháng 10 năm 2025": one task
    ("Bộ Nông nghiệp và Môi trường", "Khan trương xây dựng, ban hành theo thẩm quyền", (), "2025-10"),
    ("Bộ Tài chính", "Chỉ đạo, giám sát, đôn đốc Tập đoàn Công nghiệp Than", (), None),
    ("Bộ Quốc phòng", "Chỉ đạo các lực lượng Cảnh sát biển Việt Nam, Bộ đội Biên phòng", (), None),
    ("Ủy ban nhân dân tỉnh Quảng Ninh", "chủ trì cùng với các đơn vị được phép khai thác than",
     ("các tỉnh, thành phố có liên quan",), None),
    # "… trước ngày 15 tháng 01 hằng năm để tổng hợp …": yearly, read at extraction (`_yearly`), no one day of 2026
    ("các bộ, ngành, địa phương và doanh nghiệp liên quan", "báo cáo việc thực hiện các nhiệm vụ được giao", (),
     "hằng năm 15/01"),
]


@pytest.mark.parametrize(("lead", "task_start", "partners", "normalized"), DIRECTIVE_30_TASKS)
def test_30_ministry_tasks_are_found(lead, task_start, partners, normalized):
    obligation = one(DIRECTIVE_30, lead, task_start)
    if partners:
        assert obligation.partners == partners
    assert (obligation.deadline.normalized if obligation.deadline else None) == normalized


def test_30_minister_sentence_leads_with_the_ministry_and_starts_at_the_verb():
    [obligation] = [o for o in obligations(DIRECTIVE_30) if o.lead == ("Bộ Công an",)]
    assert obligation.task.startswith("chỉ đạo lực lượng Công an các đơn vị, địa phương")
    assert "cường các biện pháp phòng ngừa" in obligation.task  # the page break inside "tăng\n\ncường" is joined


def test_30_closing_request_names_the_provinces():
    obligation = one(DIRECTIVE_30, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "thực hiện nghiêm")
    assert obligation.lead[0] == "các bộ, ngành, cơ quan, doanh nghiệp liên quan"


def test_30_background_and_common_tasks_give_no_obligation():
    # The preamble, "1. Các nhiệm vụ chung" (no agency named) and "Chỉ thị này thay thế ..." assign nothing.
    assert {p.section for p, _ in extracted(DIRECTIVE_30)} <= {"Mục 2", "Mục 3", "Mục 4", "Mục 5", "Mục 6", "Mục 7",
                                                              "Mục 8", "Mục 10"}
    # "8. Tap đoàn Công nghiệp Than - Khoáng sản Việt Nam, Binh đoàn 19" (OCR) addresses the state group by its full
    # name, marks put back, and the army corps
    assert {o.lead for p, o in extracted(DIRECTIVE_30) if p.section == "Mục 8"} == {
        ("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Binh đoàn 19")}
    no_task_mentions(DIRECTIVE_30, "tinh than nghiêm túc", "thay thế Chỉ thị số 29", "Tổ chức thực hiện thong nhất",
                     "mục tiêu cao hơn rất nhiều")


def test_30_industry_ministry_tasks_lead_with_that_ministry_alone():
    tasks = tasks_of(DIRECTIVE_30, ("Bộ Công Thương",))
    assert len(tasks) >= 6 and not any(task.startswith("Bộ") for task in tasks)


# --- Công điện 186/CĐ-TTg (noisy OCR) -------------------------------------------------------------------------------

# (leads, first words of the task, a partner that must be listed)
DISPATCH_186_TASKS = [
    (("Bộ Nông nghiệp và Môi trường",), "Chỉ đạo cơ quan dự báo khí tượng thủy văn theo dõi chặt chẽ", None),
    (("Bộ Nông nghiệp và Môi trường",), "Chủ trì, phối 'hợp với Bộ Công Thương", "Bộ Công Thương"),
    (("Bộ Nông nghiệp và Môi trường",), "Hướng dẫn, đôn đốc Ủy ban nhân dân các tỉnh, thành phố", None),
    (("Bộ Xây dựng", "Bộ Công Thương"), "chủ động chỉ đạo, triên khai các biện pháp ứng phó với bão", None),
    (("Bộ Quốc phòng", "Bộ Công an"), "chỉ đạo các đơn vị đóng trên địa bàn", None),
    (("Bộ Ngoại giao",), "chủ trì, phối hợp với các cơ quan, địa phương biên giới",
     "các cơ quan, địa phương biên giới"),
    (("Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia",), "phối hợp với cơ quan chức năng của Bộ Nông nghiệp", None),
    (("Văn phòng Chính phủ",), "theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này", None),
]


@pytest.mark.parametrize(("leads", "task_start", "partner"), DISPATCH_186_TASKS)
def test_186_dispatch_tasks_are_found(leads, task_start, partner):
    obligation = one(DISPATCH_186, leads[0], task_start)
    assert obligation.lead == leads
    assert partner is None or partner in obligation.partners


def test_186_storm_report_and_addressees_give_no_obligation():
    assert all(p.section.startswith("Mục ") for p, _ in extracted(DISPATCH_186))
    no_task_mentions(DISPATCH_186, "bão MATMO", "sẽ tiếp tục mạnh thêm", "thiên tai kép")
    assert all(o.task for o in obligations(DISPATCH_186))  # "4. Bộ Nông nghiệp và Môi trường:" alone is no task


# --- Chỉ thị 22/2008/CT-TTg (thuế thu nhập cá nhân) ----------------------------------------------------------------

def test_22_assignment_with_time_and_partners():
    obligation = one(TAX_22, "Bộ Tài chính", "chủ trì, phối hợp với Bộ Nội vụ và Văn phòng Chính phủ trình")
    assert obligation.lead == ("Bộ Tài chính",)
    assert obligation.partners == ("Bộ Nội vụ", "Văn phòng Chính phủ")
    assert (obligation.deadline.normalized, obligation.deadline.due) == ("2008-07", date(2008, 7, 31))


# (leads, first words of the task, partners, deadline as normalised)
TAX_22_TASKS = [
    (("Ban Chỉ đạo Trung ương",), "Xây dựng chương trình, kế hoạch, tiến độ", (), None),
    (("Ban Chỉ đạo Trung ương",), "quyết định cụ thể những chủ trương, biện pháp", (), None),
    (("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",), "trong tháng 8 năm 2008 quyết định thành lập",
     (), "2008-08"),
    (("Ban Chỉ đạo địa phương",), "Tham mưu, đề xuất với cấp ủy Đảng ở địa phương", (), None),
    (("Bộ Tài chính",), "chủ trì, phối hợp với Bộ Tư pháp và các cơ quan liên quan trình Chính phủ",
     ("Bộ Tư pháp", "các cơ quan liên quan"), "2008-Q3"),
    (("Bộ Y tế",), "nghiên cứu ban hành danh mục bệnh hiểm nghèo", (), None),
    (("Bộ Y tế",), "chủ trì, phối hợp với Bộ Lao động - Thương binh và Xã hội hướng dẫn",
     ("Bộ Lao động - Thương binh và Xã hội",), None),
    (("Bộ Tài chính",), "Chỉ đạo cơ quan Thuế phối hợp với các cơ quan, đơn vị tổ chức việc đăng ký thuế",
     ("các cơ quan, đơn vị",), "2008-12-31"),
    (("Bộ Tài chính",), "Phối hợp với Ngân hàng Nhà nước Việt Nam đề ra các biện pháp",
     ("Ngân hàng Nhà nước Việt Nam",), None),
    (("Ngân hàng Nhà nước Việt Nam",), "phối hợp với các Bộ, cơ quan liên quan đẩy mạnh triển khai Đề án",
     ("các bộ, cơ quan liên quan",), None),
    (("Bộ Tài nguyên và Môi trường", "Bộ Xây dựng"), "chỉ đạo các Sở Tài nguyên và Môi trường, Sở Xây dựng", None,
     None),
    (("Bộ Công an",), "phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện",
     ("Bộ Tài chính", "các cơ quan bảo vệ pháp luật"), None),
    (("Bộ Quốc phòng", "Bộ Công an"), "chỉ đạo các cơ quan, đơn vị và cán bộ, chiến sỹ", (), None),
]


@pytest.mark.parametrize(("leads", "task_start", "partners", "normalized"), TAX_22_TASKS)
def test_22_tasks_are_found(leads, task_start, partners, normalized):
    obligation = one(TAX_22, leads[0], task_start)
    assert obligation.lead == leads
    if partners is not None:
        assert obligation.partners == partners
    assert (obligation.deadline.normalized if obligation.deadline else None) == normalized


def test_22_duty_wording_is_left_out_of_the_task():
    obligation = one(TAX_22, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                     "chỉ đạo công tác tuyên truyền")
    assert len(obligation.lead) == 2  # "Bộ trưởng các Bộ" and the provinces' people's committees


def test_22_broadcasters_lead_together():
    obligation = one(TAX_22, "Đài Truyền hình Việt Nam", "dành thời lượng thỏa đáng")
    assert obligation.lead[:2] == ("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam") and len(obligation.lead) == 3


def test_22_partner_named_by_a_common_noun_is_kept():
    obligation = one(TAX_22, "Bộ Xây dựng", "chỉ đạo các Sở Tài nguyên và Môi trường")
    assert [p.casefold() for p in obligation.partners] == ["cơ quan thuế"]


def test_22_closing_responsibility_is_not_the_last_ministrys():
    obligation = one(TAX_22, "Ban Chỉ đạo Trung ương", "chịu trách nhiệm tổ chức thi hành Chỉ thị này")
    assert "Bộ Quốc phòng" not in obligation.lead
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in obligation.lead


def test_22_background_and_introductions_give_no_obligation():
    no_task_mentions(TAX_22, "đã được Quốc hội khóa XII", "Tổ Thường trực giúp việc",
                     "thực hiện ngay một số nhiệm vụ sau", "triển khai ngay một số việc sau", "Nơi nhận")


# --- Chỉ thị 01/2009/CT-UBND Kon Tum (.doc through antiword) -------------------------------------------------------

# (leads, first words of the task, partners, deadline as normalised)
TAX_01_TASKS = [
    (("Cục Thuế tỉnh",), "Phối hợp với Sở Thông tin và Truyền thông để tuyên truyền",
     ("Sở Thông tin và Truyền thông",), None),
    (("Cục Thuế tỉnh",), "Phối hợp với Sở Tư pháp và các cơ quan, đơn vị liên quan tổ chức tập huấn",
     ("Sở Tư pháp", "các cơ quan, đơn vị liên quan"), None),
    (("Cục Thuế tỉnh",), "Tập trung chỉ đạo hoàn thành việc đăng ký thuế", (), None),
    (("Sở Tài nguyên và Môi trường",), "chủ trì, phối hợp các sở, ban, ngành có liên quan",
     ("các sở, ban, ngành có liên quan", "Ủy ban nhân dân các huyện, thị xã"), "hằng năm"),
    (("Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Ủy ban nhân dân các huyện, thị xã"),
     "tăng cường quản lý các hoạt động đăng ký, chuyển nhượng bất động sản", None, None),
    (("Sở Kế hoạch và Đầu tư",), "chủ trì, phối hợp với Sở Công Thương tăng cường kiểm tra", ("Sở Công Thương",), None),
    (("Chi nhánh Ngân hàng Nhà nước tỉnh",), "chỉ đạo các ngân hàng, tổ chức tín dụng", (), None),
    (("Công an tỉnh",), "tăng cường kiểm tra, phát hiện và xử lý nghiêm", (), None),
]


@pytest.mark.parametrize(("leads", "task_start", "partners", "normalized"), TAX_01_TASKS)
def test_01_tasks_are_found(leads, task_start, partners, normalized):
    obligation = one(TAX_01, leads[0], task_start)
    assert obligation.lead == leads
    if partners is not None:
        assert obligation.partners == partners
    assert (obligation.deadline.normalized if obligation.deadline else None) == normalized


def test_01_list_of_broadcasters_and_newspaper_leads_together():
    obligation = one(TAX_01, "Báo Kon Tum", "có kế hoạch phổ biến pháp luật về Thuế thu nhập cá nhân")
    assert obligation.lead[:2] == ("Đài Phát thanh và Truyền hình tỉnh", "Báo Kon Tum")


def test_01_preamble_and_headings_give_no_obligation():
    assert all(p.section for p, _ in extracted(TAX_01))  # nothing from the text before "I."
    assert not any(o.task.startswith(("hành chính", "Trách nhiệm của")) for o in obligations(TAX_01))
    assert all(any(c.isalpha() for c in o.task) for o in obligations(TAX_01))


# --- each pattern on short passages ------------------------------------------------------------------------------

# (heading path, text, [(leads, task, partners, deadline as normalised), ...])
PATTERNS = [
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN",),
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và UBND các huyện xây dựng kế hoạch phân bổ kinh phí, "
        "hoàn thành trước ngày 30/6/2025.",
        [(("Sở Tài chính",), ("chủ trì, phối hợp với Sở Nội vụ và UBND các huyện xây dựng kế hoạch phân bổ kinh phí, "
          "hoàn thành trước ngày 30/6/2025."), ("Sở Nội vụ", "Ủy ban nhân dân các huyện"), "2025-06-30")],
        id="giao-X-chu-tri"),
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN",),
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân tham gia.",
        [(("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), "tuyên truyền, vận động Nhân dân tham gia.", (), None)],
        id="de-nghi-X"),
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN",),
        "Sở Y tế có trách nhiệm hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện Kế hoạch này.",
        [(("Sở Y tế",), "hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện Kế hoạch này.", (), None)],
        id="X-co-trach-nhiem"),
    pytest.param(
        ("4. Nhiệm vụ cụ thể",),
        "Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính, Bộ Xây dựng rà soát giá điện trong quý III/2025.",
        [(("Bộ Công Thương",), "chủ trì, phối hợp với Bộ Tài chính, Bộ Xây dựng rà soát giá điện trong quý III/2025.",
          ("Bộ Tài chính", "Bộ Xây dựng"), "2025-Q3")],
        id="X-chu-tri-phoi-hop"),
    pytest.param(
        ("4. Nhiệm vụ cụ thể",),
        "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các cơ quan có liên quan thẩm định "
        "dự án.",
        [(("Sở Kế hoạch và Đầu tư",), ("chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các cơ quan có liên quan "
          "thẩm định dự án."), ("Sở Tài chính", "Sở Xây dựng", "các cơ quan có liên quan"), None)],
        id="partners-split-into-agencies"),
    pytest.param(
        ("6. Bộ trưởng Bộ Công an chỉ đạo…",),
        "6. Bộ trưởng Bộ Công an chỉ đạo lực lượng Cảnh sát giao thông tăng cường tuần tra, kiểm soát.",
        [(("Bộ Công an",), "chỉ đạo lực lượng Cảnh sát giao thông tăng cường tuần tra, kiểm soát.", (), None)],
        id="minister-title-stands-for-ministry"),
    pytest.param(
        ("II. NHIỆM VỤ",),
        "1. Trong tháng 8 năm 2025, Bộ Nội vụ trình Chính phủ dự thảo Nghị định.",
        [(("Bộ Nội vụ",), "trình Chính phủ dự thảo Nghị định.", (), "2025-08")],
        id="time-before-the-lead"),
    pytest.param(
        ("II. NHIỆM VỤ",),
        "5. Các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị sẵn sàng lực lượng ứng cứu.",
        [(("Bộ Quốc phòng", "Bộ Công an"), "chỉ đạo các đơn vị sẵn sàng lực lượng ứng cứu.", (), None)],
        id="shared-head-ministries"),
    pytest.param(
        ("III. TỔ CHỨC THỰC HIỆN",),
        "Các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 15/12/2025.",
        [(("các sở, ban, ngành",), "báo cáo kết quả thực hiện trước ngày 15/12/2025.", (), "2025-12-15")],
        id="group-as-lead"),
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN", "2. Sở Nông nghiệp và Phát triển nông thôn"),
        "2. Sở Nông nghiệp và Phát triển nông thôn\nChủ trì, phối hợp với Sở Tài chính tổng hợp kết quả thực hiện.",
        [(("Sở Nông nghiệp và Phát triển nông thôn",), "Chủ trì, phối hợp với Sở Tài chính tổng hợp kết quả thực hiện.",
          ("Sở Tài chính",), None)],
        id="heading-name-then-line-break-then-verb"),
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN", "10. Sở Tài chính"),
        "10. Sở Tài chính\nHằng năm, căn cứ khả năng ngân sách, tham mưu bố trí kinh phí thực hiện Kế hoạch.",
        [(("Sở Tài chính",), "Hằng năm, căn cứ khả năng ngân sách, tham mưu bố trí kinh phí thực hiện Kế hoạch.", (),
          "hằng năm")],
        id="heading-name-then-opening-phrase"),
    pytest.param(
        ("3. Bộ trưởng Bộ Nông nghiệp và Môi trường",),
        "3. Bộ trưởng Bộ Nông nghiệp và Môi trường\n- Chỉ đạo cơ quan khí tượng theo dõi sát diễn biến mưa lũ.\n"
        "- Hoàn thành rà soát quy hoạch đê điều trong tháng 10 năm 2025.",
        [(("Bộ Nông nghiệp và Môi trường",), "Chỉ đạo cơ quan khí tượng theo dõi sát diễn biến mưa lũ.", (), None),
         (("Bộ Nông nghiệp và Môi trường",), "Hoàn thành rà soát quy hoạch đê điều trong tháng 10 năm 2025.", (),
          "2025-10")],
        id="actions-under-a-titled-heading"),
    pytest.param(
        ("V. TỔ CHỨC THỰC HIỆN", "13. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể"),
        "Tăng cường tuyên truyền, vận động hội viên tham gia.",
        [(("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức đoàn thể"),
          "Tăng cường tuyên truyền, vận động hội viên tham gia.", (), None)],
        id="heading-de-nghi-several-bodies"),
    pytest.param(
        ("1. Sở Văn hóa và Thể thao",),
        "- Theo dõi việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
        [(("Sở Văn hóa và Thể thao",), "Theo dõi việc thực hiện Kế hoạch", (), None),
         (("Sở Văn hóa và Thể thao",), "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.", (), None)],
        id="action-after-semicolon-is-a-task"),
    pytest.param(
        ("1. Sở Văn hóa và Thể thao",),
        "- Tuyên truyền chủ trương của Đảng về văn hóa; về vai trò của công nghiệp văn hóa đối với sự phát triển "
        "kinh tế.",
        [(("Sở Văn hóa và Thể thao",), ("Tuyên truyền chủ trương của Đảng về văn hóa; về vai trò của công nghiệp văn "
          "hóa đối với sự phát triển kinh tế."), (), None)],
        id="verbless-fragment-after-semicolon-stays-with-its-task"),
    pytest.param(
        ("II. NHIỆM VỤ",),
        "Ban Chỉ đạo tỉnh có trách nhiệm:\na) Xây dựng kế hoạch kiểm tra.\nb) Tổng hợp kết quả, báo cáo Ủy ban nhân "
        "dân tỉnh.",
        [(("Ban Chỉ đạo tỉnh",), "Xây dựng kế hoạch kiểm tra.", (), None),
         (("Ban Chỉ đạo tỉnh",), "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.", (), None)],
        id="introduction-leads-its-list"),
    pytest.param(
        ("1. Bộ Tài chính",),
        "a) Chỉ đạo cơ quan Thuế tổ chức đăng ký thuế cho các đối tượng. Chậm nhất đến ngày 31 tháng 12 năm 2025 phải "
        "hoàn thành việc đăng ký thuế.",
        [(("Bộ Tài chính",), ("Chỉ đạo cơ quan Thuế tổ chức đăng ký thuế cho các đối tượng. Chậm nhất đến ngày 31 "
                              "tháng 12 năm 2025 phải hoàn thành việc đăng ký thuế."), (), "2025-12-31")],
        id="time-limit-sentence-joins-its-task"),
    pytest.param(
        ("3. Bộ Tài chính",),
        "- Chỉ đạo Kho bạc Nhà nước bảo đảm nguồn vốn phù hợp với các điều\n\nkiện thực tế, hoàn thành trong tháng 12 "
        "năm 2025.",
        [(("Bộ Tài chính",), ("Chỉ đạo Kho bạc Nhà nước bảo đảm nguồn vốn phù hợp với các điều kiện thực tế, hoàn "
          "thành trong tháng 12 năm 2025."), (), "2025-12")],
        id="page-break-inside-a-sentence"),
    pytest.param(
        ("4. Trách nhiệm của các sở, ban, ngành",),
        "a) Sở Tài chính kiểm tra các khoản chi trả cho cán bộ; đồng thời, phối hợp với các cơ quan liên quan tham mưu "
        "điều chỉnh giá đất.",
        [(("Sở Tài chính",), "kiểm tra các khoản chi trả cho cán bộ", (), None),
         (("Sở Tài chính",), "đồng thời, phối hợp với các cơ quan liên quan tham mưu điều chỉnh giá đất.",
          ("các cơ quan liên quan",), None)],
        id="clause-after-semicolon-keeps-the-sentence-lead"),
    pytest.param(
        ("4. Trách nhiệm của các sở, ban, ngành",),
        "i) Cục Thuế đẩy mạnh cải cách hành chính. Trước mắt, triển khai một số công việc sau:\n"
        "- Xây dựng quy chế phối hợp với Kho bạc Nhà nước.",
        [(("Cục Thuế",), "đẩy mạnh cải cách hành chính.", (), None),
         (("Cục Thuế",), "Xây dựng quy chế phối hợp với Kho bạc Nhà nước.", ("Kho bạc Nhà nước",), None)],
        id="unnamed-introduction-goes-on-with-the-sentence-before"),
    pytest.param(
        ("3. Các bộ ngành",),
        "3. Bộ trưởng các Bộ: Quốc phòng, Công an và các bộ, ngành liên quan chủ động chỉ đạo lực lượng hỗ trợ "
        "Nhân dân.",
        [(("Bộ Quốc phòng", "Bộ Công an", "các bộ, ngành liên quan"), "chủ động chỉ đạo lực lượng hỗ trợ Nhân dân.",
          (), None)],
        id="minister-title-before-shared-head"),
    pytest.param(
        ("II. TRÁCH NHIỆM",),
        "5. Chi nhánh Ngân hàng Nhà nước tỉnh chỉ đạo các tổ chức tín dụng đẩy mạnh thanh toán không dùng tiền mặt.",
        [(("Chi nhánh Ngân hàng Nhà nước tỉnh",),
          "chỉ đạo các tổ chức tín dụng đẩy mạnh thanh toán không dùng tiền mặt.", (), None)],
        id="branch-of-an-agency"),
    pytest.param(
        ("III. TỔ CHỨC THỰC HIỆN",),
        "Báo Kon Tum và Đài Phát thanh và Truyền hình tỉnh dành thời lượng tuyên truyền Luật.",
        [(("Báo Kon Tum", "Đài Phát thanh và Truyền hình tỉnh"), "dành thời lượng tuyên truyền Luật.", (), None)],
        id="newspaper-named-by-its-capitals"),
    pytest.param(
        ("1. Sở Du lịch",),
        "vào mạng lưới các thành phố sáng tạo của UNESCO.\n- Tổ chức xây dựng Đề án du lịch.",
        [(("Sở Du lịch",), "Tổ chức xây dựng Đề án du lịch.", (), None)],
        id="tail-of-a-sentence-from-the-chunk-before"),
    # Phiên họp thứ hai của Ban Chỉ đạo Trung ương (BCD_phien_2): passive assignments, and sentences that add work
    # to the subject of the sentence before
    pytest.param(
        ("Tuyên truyền và nhận thức",),
        "Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương được giao nhiệm vụ tăng cường tuyên truyền, nâng cao "
        "nhận thức về khoa học, công nghệ.",
        [(("Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương"),
          "tăng cường tuyên truyền, nâng cao nhận thức về khoa học, công nghệ.", (), None)],
        id="duoc-giao-nhiem-vu"),
    pytest.param(
        ("Vai trò của các cơ quan và địa phương",),
        "Bộ Khoa học và Công nghệ được giao nhiệm vụ cụ thể, bao gồm tiếp nhận, tổng hợp, và chọn lựa các giải "
        "pháp để áp dụng trong năm 2025.",
        [(("Bộ Khoa học và Công nghệ",), "tiếp nhận, tổng hợp, và chọn lựa các giải pháp để áp dụng trong năm 2025.",
          (), "2025")],
        id="duoc-giao-nhiem-vu-bao-gom"),
    pytest.param(
        ("Quản lý địa phương và pháp lý",),
        "Các tỉnh, thành phố được yêu cầu thành lập Ban Chỉ đạo do Bí thư Tỉnh ủy, Thành ủy làm trưởng ban. Đồng "
        "thời, xây dựng và sửa đổi luật pháp để đáp ứng yêu cầu của Nghị quyết 57.",
        [(("các tỉnh, thành phố",), "thành lập Ban Chỉ đạo do Bí thư Tỉnh ủy, Thành ủy làm trưởng ban.", (), None),
         (("các tỉnh, thành phố",), "xây dựng và sửa đổi luật pháp để đáp ứng yêu cầu của Nghị quyết 57.", (), None)],
        id="duoc-yeu-cau-then-dong-thoi"),
    pytest.param(
        ("Vai trò của Bộ Khoa học và Công nghệ",),
        "Bộ Khoa học và Công nghệ chịu trách nhiệm tiếp nhận, tổng hợp các giải pháp. Ngoài ra, xây dựng sàn giao "
        "dịch khoa học, công nghệ trực tuyến.",
        [(("Bộ Khoa học và Công nghệ",), "chịu trách nhiệm tiếp nhận, tổng hợp các giải pháp.", (), None),
         (("Bộ Khoa học và Công nghệ",), "xây dựng sàn giao dịch khoa học, công nghệ trực tuyến.", (), None)],
        id="ngoai-ra-same-subject"),
    pytest.param(  # Nghị định 13/2016/NĐ-CP (văn bản hợp nhất 75/VBHN-BQP), Chương IV
        ("Chương IV. TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC", "Điều 16. Bộ Tài chính"),
        "Điều 16. Bộ Tài chính\n\n1. Chỉ đạo, hướng dẫn cơ quan tài chính các địa phương và cơ quan, tổ chức thực hiện "
        "chế độ, chính sách cho công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự.",
        [(("Bộ Tài chính",), "Chỉ đạo, hướng dẫn cơ quan tài chính các địa phương và cơ quan, tổ chức thực hiện "
          "chế độ, chính sách cho công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự.", (), None)],
        id="article-titled-by-its-agency"),
    pytest.param(  # the same, OCR'd footnote marks after the name
        ("Chương IV. TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC", "Điều 18. Bộ Y tế”!"),
        "Điều 18. Bộ Y tế”!\n\n2. Chỉ đạo cơ sở y tế địa phương hướng dẫn công dân kê khai thông tin cá nhân vào "
        "Phiếu khám sức khỏe.",
        [(("Bộ Y tế",), "Chỉ đạo cơ sở y tế địa phương hướng dẫn công dân kê khai thông tin cá nhân vào "
          "Phiếu khám sức khỏe.", (), None)],
        id="article-titled-by-its-agency-footnote-marks"),
]


@pytest.mark.parametrize(("heading_path", "text", "expected"), PATTERNS)
def test_assignment_pattern_is_read(heading_path, text, expected):
    found = prose(text, heading_path)
    assert [(o.lead, o.task, o.partners, o.deadline.normalized if o.deadline else None) for o in found] == expected


# (heading path, text) that assign nothing
NOT_OBLIGATIONS = [
    # Nghị định 13/2016/NĐ-CP (75/VBHN-BQP, publisher's OCR): the consolidation's notes under an agency's article
    pytest.param(("Chương IV. TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC", "Điều 15. Bộ Quốc phòng"),
                 "'S Điểm này được sửa đổi, bổ sung theo quy định tại khoản 10 Điều 7 của Nghị định sé\n"
                 "220/2025/ND-CP sửa đổi, bổ sung một số điều của một số Nghị định trong lĩnh vực quốc\n"
                 "phòng, quân sự khi tổ chức chính quyền địa phương hai cấp, có hiệu lực thi hành từ ngày 07\n"
                 "tháng 8 năm 2025.\n\n5 Điểm này được bãi bỏ theo quy định tại khoản 17 Điều 7 của Nghị định sỐ\n"
                 "220/2025/NĐ-CP sửa đổi, bổ sung một sô điều của một số Nghị định trong lĩnh vực quốc\n"
                 "phòng, quân sự khi tổ chức chính quyền địa phương hai cấp, có hiệu lực thi hành từ ngày 07\n"
                 "tháng 8 năm 2025.", id="consolidation-notes"),
    pytest.param(("Chương IV. TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC", "Điều 15. Bộ Quốc phòng"),
                 "số 220/2025/NĐ-CP sửa đổi, bé sung một số điều của một số Nghị định trong lĩnh vực quốc\n"
                 "phòng. quân sự khi tổ chức chính quyền địa phương hai cấp, có hiệu lực thi hành từ ngày 07\n"
                 "tháng § năm 2025.", id="consolidation-note-carried-over"),
    pytest.param(("Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 3. Hồ sơ, mẫu biểu đăng ký nghĩa vụ quân sự"),
                 "Điều 3. Hồ sơ, mẫu biểu đăng ký nghĩa vụ quân sự\n\n1. Phiếu tự khai sức khỏe nghĩa vụ quân sự.",
                 id="article-titled-by-its-subject"),
    pytest.param(("V. TỔ CHỨC THỰC HIỆN", "10. Sở Tài chính"), "V. TỔ CHỨC THỰC HIỆN\n10. Sở Tài chính",
                 id="heading-lines-alone"),
    pytest.param(("4. Bộ Nông nghiệp và Môi trường",), "4. Bộ Nông nghiệp và Môi trường:", id="heading-with-colon"),
    pytest.param(("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"),
                 "- Nâng cao nhận thức của các cơ quan, đơn vị về phát triển công nghiệp văn hóa.\n"
                 "- Sở Văn hóa và Thể thao chủ trì triển khai các hoạt động.", id="purpose-section"),
    pytest.param((), "Thực hiện Chỉ thị số 20-CT/TU ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy; Ủy ban nhân dân tỉnh "
                     "ban hành Kế hoạch triển khai thực hiện như sau:", id="preamble-introduction"),
    pytest.param((), "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.",
                 id="preamble-background"),
    pytest.param(("2. Sở Tài chính",), "Sở Tài chính đã bố trí 5 tỷ đồng cho Kế hoạch năm 2024.",
                 id="report-of-what-was-done"),
    pytest.param(("14. Ủy ban nhân dân các huyện, thành phố",),
                 "Trên đây là Kế hoạch triển khai thực hiện Chỉ thị số 30/CT-TTg của Thủ tướng Chính phủ.",
                 id="closing-paragraph"),
    pytest.param(("V. TỔ CHỨC THỰC HIỆN",), "UBND tỉnh nhận được Văn bản số 4705/HD-BQP của Bộ Quốc phòng hướng dẫn "
                                            "tuyển chọn công dân nhập ngũ.", id="letter-received"),
    pytest.param(("II. NHIỆM VỤ",), "- Tăng cường công tác kiểm tra, giám sát việc thực hiện.",
                 id="action-with-nobody-named"),
    pytest.param(("3. Bộ Xây dựng",), "Ngày 30/9/2025, Bộ Xây dựng đã có văn bản số 10782/BXD-KHTC gửi Bộ Tài chính.",
                 id="what-happened-on-a-date"),
    pytest.param(("5. Tập đoàn Vingroup",), "Văn phòng Chính phủ thông báo để các bộ, cơ quan biết, thực hiện.",
                 id="closing-of-a-notice"),
    pytest.param(("3. Bộ Xây dựng",), "Bộ Xây dựng kính báo cáo Thủ tướng Chính phủ xem xét, chỉ đạo.",
                 id="closing-of-a-report"),
    pytest.param(("X. UBND thành phố Hà Nội",), "Tổng công ty Đầu tư và Phát triển Nhà Hà Nội 100% 34 Hai Bà Trưng",
                 id="company-list-in-an-appendix"),
]


@pytest.mark.parametrize(("heading_path", "text"), NOT_OBLIGATIONS)
def test_passage_assigns_nothing(heading_path, text):
    assert prose(text, heading_path) == []


def test_items_in_the_next_chunk_belong_to_the_introduction_the_chunk_before_left_open():
    # Nghị định 258/2025/NĐ-CP, Điều 44: "3. Bộ Nông nghiệp và Môi trường có trách nhiệm:" and item a) end one chunk,
    # items b), c) open the next
    heading = ("Chương V. TỔ CHỨC THỰC HIỆN", "Điều 44. Trách nhiệm của các bộ, ngành")
    first = piece("3. Bộ Nông nghiệp và Môi trường có trách nhiệm:\n\na) Quản lý nhà nước về đất có mặt nước và "
                  "nước mặt trong đô thị và khu", heading)
    second = piece("dân cư nông thôn theo quy định của pháp luật về đất đai, tài nguyên nước, đa\ndạng sinh học;\n\n"
                   "b) Kiểm tra, hướng dẫn chế độ quản lý, bảo vệ cây xanh thuộc danh mục\nloài thực vật nguy cấp, "
                   "quý, hiểm; kiểm dịch thực vật đối với cây xanh nhập khâu;\n\n4. Các bộ, cơ quan ngang bộ trong "
                   "phạm vi chức năng, nhiệm vụ và quyền\nhạn của mình có trách nhiệm phối hợp với Bộ Xây dựng.", heading)
    found = extract_obligations(second, before=first)
    assert [o.task[:29] for o in found if o.lead == ("Bộ Nông nghiệp và Môi trường",)] == [
        "Kiểm tra, hướng dẫn chế độ qu"]
    assert extract_obligations(second) == [o for o in found if o.lead != ("Bộ Nông nghiệp và Môi trường",)]
    # under another heading the introduction is closed
    other = piece(second.text, ("Chương V. TỔ CHỨC THỰC HIỆN", "Điều 45. Hiệu lực thi hành"))
    assert not any(o.lead == ("Bộ Nông nghiệp và Môi trường",) for o in extract_obligations(other, before=first))


def test_recipients_section_assigns_nothing():
    text = "Nơi nhận:\n- Bộ Văn hóa, Thể thao và Du lịch;\n- Sở Tài chính chủ trì thực hiện;"
    assert extract_obligations(piece(text, ("Nơi nhận",), section="Nơi nhận")) == []


def test_someone_else_named_under_a_heading_keeps_their_own_lead():
    [found] = prose("- Sở Tài chính thẩm định kinh phí.", ("1. Sở Du lịch",))
    assert found.lead == ("Sở Tài chính",) and found.task == "thẩm định kinh phí."


def test_obligation_span_points_at_its_sentence():
    text = "10. Sở Tài chính\nHằng năm, tham mưu bố trí kinh phí thực hiện Kế hoạch."
    chunk_ = Chunk(chunk_id="c", doc_id="d", ordinal=0, text=text, heading_path=("10. Sở Tài chính",),
                   span=Span(100, 100 + len(text), 3), section="Mục V.10")
    [found] = extract_obligations(chunk_, None)
    assert found.span.page == 3
    assert text[found.span.start - 100:found.span.end - 100].endswith("thực hiện Kế hoạch.")


_EVERYONE = ("các sở, ban, ngành có liên quan", "Ủy ban nhân dân các huyện, thành phố")
_ALL = ("các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố", "các tổ chức, cá nhân có liên quan")
_AGRICULTURE = ("Sở Nông nghiệp và Phát triển nông thôn",)
# Phụ lục of Kế hoạch 193/KH-UBND, read from the PDF by hand: TT, task start, lead, partners, deadline
# (kind, normalised). Rows 2, 5–10 have their task split over two columns and wrapped over continuation rows; the
# header repeats on page 5.
PLAN_193_ROWS = [
    (1, "Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh", ("Sở Xây dựng",), _EVERYONE, ("year", "2025")),
    (2, "Thực hiện hiệu quả Tết trồng cây “Đời đời nhớ ơn Bác Hồ”.", ("Ủy ban nhân dân các huyện, thành phố",),
     ("các sở, ban, ngành có liên quan",), ("recurring", "hằng năm")),
    (3, "Dự thảo Nghị quyết của HĐND tỉnh quy định một số chính sách", _AGRICULTURE, _EVERYONE, ("month", "2025-06")),
    (4, "Trình UBND tỉnh ban hành Đề án trồng", _AGRICULTURE, _EVERYONE,
     ("relative", "ngay sau khi có nghị quyết của hđnd tỉnh")),
    (5, "Nghiên cứu bổ sung chức năng, nhiệm vụ, nguồn lực cho Quỹ Bảo vệ và phát triển rừng tỉnh Ninh Bình để thực "
        "hiện nhiệm vụ của Chỉ thị.", _AGRICULTURE, _EVERYONE, ("quarter", "2025-Q1")),
    (6, "Tập trung công tác nghiên cứu, ứng dụng khoa học", None, _ALL, ("recurring", "hằng năm")),
    (7, "Giữ gìn, phát huy giá trị của các cây cổ thụ nằm trong khu vực", ("Sở Văn hóa và Thể thao",), _EVERYONE,
     ("recurring", "hằng năm")),
    (8, "Xây dựng, lồng ghép và triển khai thực hiện các quy định", None, _ALL, ("recurring", "hằng năm")),
    (9, "Tăng cường thanh tra, kiểm tra công tác quy hoạch", ("Thanh tra tỉnh",), _EVERYONE, ("recurring", "hằng năm")),
    (10, "Tăng cường công tác quản lý nhà nước; tập trung rà soát", ("Sở Nội vụ",), _EVERYONE,
     ("recurring", "hằng năm")),
]


@pytest.mark.parametrize(("number", "task_start", "lead", "partners", "deadline"), PLAN_193_ROWS,
                         ids=[str(row[0]) for row in PLAN_193_ROWS])
def test_193_appendix_row_has_its_lead_partners_and_deadline(number, task_start, lead, partners, deadline):
    rows = {p.section: o for p, o in extracted(PLAN_193) if p.table_header}
    obligation = rows[f"Phụ lục, nhiệm vụ {number}"]
    assert obligation.task.startswith(task_start)
    assert lead is None and obligation.lead[0].startswith("các cơ quan, đơn vị, tổ chức, cá nhân") \
        or obligation.lead == lead
    assert obligation.partners == partners
    assert (obligation.deadline.kind, obligation.deadline.normalized) == deadline


# --- an agency's tasks as list items under its name -------------------------------------------------------------------

DECREE_259 = "chinhphu/259nd.signed.txt"
DISPATCH_196 = "chinhphu/196cd.signed.txt"
DISPATCH_190 = "chinhphu/190-ttg.signed.txt"
TAX_19 = "thue/19_2008_CT-UBND.md"


def test_agency_named_alone_on_its_numbered_line_owns_the_items_below():
    # "3. Bộ Tài chính" (no colon) ends the list of "2. Bộ Khoa học và Công nghệ, Bộ Y tế, Bộ Xây dựng:" and opens its own
    assert [t[:40] for t in tasks_of(DECREE_259, ("Bộ Tài chính",))] == [
        "Phối hợp với các bộ, cơ quan ngang bộ ba", "Chỉ đạo Cục Hải quan kiểm soát hoạt động",
        "Chỉ đạo Cục Hải quan phối hợp với các bộ", "Chỉ đạo Cục Hải quan hợp tác Với các cơ "]
    science = ("Bộ Khoa học và Công nghệ", "Bộ Y tế", "Bộ Xây dựng")
    assert not any("Hải quan" in task for task in tasks_of(DECREE_259, science))
    # "6. Bộ Quốc phòng" over a paragraph, not a lettered item: "Chủ trì lập, công bố và cung cấp … Danh sách …"
    assert one(DECREE_259, "Bộ Quốc phòng", "Chủ trì lập, công bố và cung cấp cho cơ quan cấp phép").lead == (
        "Bộ Quốc phòng",)


def test_list_item_opening_with_a_duty_phrase_belongs_to_the_agency_introduced():
    # "2. Bộ Giáo dục và Đào tạo: … b) Làm đầu mối tổng hợp báo cáo thiệt hại …"
    found = one(DISPATCH_196, "Bộ Giáo dục và Đào tạo", "Làm đầu mối tổng hợp báo cáo thiệt hại")
    assert found.deadline is not None and found.deadline.normalized == "2025-10-15"
    # "b) Từng bước đầu tư thiết bị và các phần mềm ứng dụng" under "1. Cục Thuế tỉnh triển khai … một số việc sau:"
    one(TAX_19, "Cục Thuế tỉnh", "Từng bước đầu tư thiết bị và các phần mềm")


def test_governor_heading_names_the_central_bank_and_ocr_pipe_does_not_cut_the_task():
    # "6. Thống đốc Ngân hàng nhà nước Việt Nam" over its items; OCR's "tin dung | hỗ trợ" is one sentence
    tasks = tasks_of(DISPATCH_190, ("Ngân hàng Nhà nước Việt Nam",))
    assert len(tasks) == 3
    assert "cho vay ưu đất đối với người trẻ" in tasks[2]


DECISION_2222 = "chinhphu/2222ttg.signed.txt"


def test_the_lead_named_after_do_leads_the_body_or_work_before_it():
    # Quyết định 2222/QĐ-TTg, Điều 2: "c) Tiểu ban Tài chính và Hậu cần do Bộ Công an chủ trì, gồm …" and the item
    # OCR numbered "ø)": "Tiểu ban An ninh - Y tế do Bộ Công an chủ trì, gồm …"
    security = one(DECISION_2222, "Bộ Công an", "Tiểu ban An ninh - Y tế do Bộ Công an chủ trì")
    assert security.lead == ("Bộ Công an",)
    assert one(DECISION_2222, "Bộ Công an", "Tiểu ban Tài chính và Hậu cần").lead == ("Bộ Công an",)
    assert one(DECISION_2222, "Bộ Ngoại giao", "Tiểu ban Truyền thông - Văn hóa").lead == ("Bộ Ngoại giao",)


DECISION_807 = "ninhbinh/807.pdf"


def test_807_labelled_roles_give_the_lead_and_every_partner_of_the_list():
    # "3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp." "4. Cơ quan phối hợp: Ủy ban nhân dân các huyện:
    # Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan." (OCR'd scan)
    [found] = [o for o in obligations(DECISION_807) if "Ủy ban nhân dân huyện Hoa Lư" in o.partners]
    assert found.lead == ("Ủy ban nhân dân thành phố Tam Điệp",)
    assert found.partners == ("Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan",
                              "Ủy ban nhân dân huyện Yên Mô", "các sở, ban, ngành liên quan")
    assert found.task.startswith("Phê duyệt Kế hoạch tổ chức lập Chương trình")
    [document] = load(SAMPLES / DECISION_807)
    quoted = document.text[found.span.start:found.span.end]
    assert "Cơ quan phối hợp" in quoted and "Yên Mô" in quoted and "Cơ quan thẩm định" not in quoted


@pytest.mark.parametrize("relative, words, partners, only", [
    # Quyết định 807/QĐ-UBND of Ninh Bình, Điều 2: the partner's verbs before "cùng" and the body worked with
    (DECISION_807, "phối hợp, tham gia cùng Ủy ban nhân dân thành phố Tam Điệp", ("Ủy ban nhân dân thành phố Tam Điệp",),
     True),
    # Thông báo 541/TB-VPCP: "PVN phối hợp cùng EVN và Chủ đầu tư NMĐ Ô Môn II khan trương hoàn thành đàm phán …"
    ("chinhphu/541-tb.signed.txt", "phối hợp cùng EVN", ("Tập đoàn Điện lực Việt Nam",), True),
    # Công điện 188/CĐ-TTg, 3.: "hỗ trợ các địa phương" is the work itself, no body worked with
    ("chinhphu/188-ttg.signed.txt", "kịp thời phối hợp, hỗ trợ các địa phương", (), False),
])
def test_the_body_worked_with_is_read_after_the_partners_verbs(relative, words, partners, only):
    [found] = [o for o in obligations(relative) if words in o.task]
    assert found.partners == partners
    assert cooperates_only(found.task) is only


def test_partner_list_of_named_districts_is_read_whole():
    [found] = prose(("1. Ủy ban nhân dân thành phố Tam Điệp chủ trì, phối hợp với UBND các huyện "
                                        "Hoa Lư, Nho Quan, Yên Mô và các sở, ban, ngành liên quan lập Chương trình."))
    assert found.lead == ("Ủy ban nhân dân thành phố Tam Điệp",)
    assert found.partners == ("Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan",
                              "Ủy ban nhân dân huyện Yên Mô", "các sở, ban, ngành liên quan")


def test_a_lead_label_alone_gives_no_labelled_obligation():
    assert not [o for o in prose(("3. Cơ quan thẩm định: Sở Xây dựng.\n4. Cơ quan phê duyệt: "
                                                     "Ủy ban nhân dân tỉnh.")) if o.partners]


def test_195_directions_after_the_dispatch_formula_are_obligations():
    # "… Thủ tướng Chính phủ … có ý kiến chỉ đạo như sau: Ủy ban nhân dân Thành phố Hà Nội chỉ đạo …; phối hợp chặt
    # chẽ với Bộ Công an chỉ đạo các lực lượng chức năng …" (no heading: the whole dispatch is one block)
    found = one("chinhphu/195-ttg.signed.txt", "Ủy ban nhân dân thành phố Hà Nội", "phối hợp chặt chẽ với Bộ Công an")
    assert found.lead == ("Ủy ban nhân dân thành phố Hà Nội",) and found.partners == ("Bộ Công an",)
    # what the preamble tells (the fire, the Prime Minister's condolences) assigns nothing
    assert all(o.lead == ("Ủy ban nhân dân thành phố Hà Nội",) for o in obligations("chinhphu/195-ttg.signed.txt"))


def test_3260_item_titles_of_party_groups_own_the_bullets_below_them():
    # "**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**" then "* Là cơ quan đầu mối, …": the group's own tasks, even
    # where a chunk would have ended on the title line
    plan = "nq57/QH_CTHD.md"
    science = tasks_of(plan, ("Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường",))
    assert any(task.startswith("đầu mối theo dõi, đôn đốc các cơ quan của Quốc hội") for task in science)
    assert tasks_of(plan, ("Tổ đảng ở Thường trực Ủy ban Tư pháp",))
    assert tasks_of(plan, ("Tổ đảng ở Thường trực Hội đồng Dân tộc",))
    budget = tasks_of(plan, ("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách",))
    assert any("Luật Ngân sách nhà nước" in task for task in budget)
    # the bullets of "m) Đảng ủy cơ quan Văn phòng Quốc hội" go on in the next chunk, read under its title
    office = tasks_of(plan, ("Đảng ủy cơ quan Văn phòng Quốc hội",))
    assert any("vận hành Quốc hội số" in task for task in office) and len(office) >= 4


def test_3260_pieces_that_go_on_under_an_item_title_are_read_under_it():
    [document] = load(SAMPLES / "nq57/QH_CTHD.md")
    pieces = chunk(document)
    # a piece that ends on "**e) Tổ đảng ở Thường trực Ủy ban Kinh tế**": the next one is read under that title
    [at] = [n for n, piece in enumerate(pieces) if piece.text.rstrip().endswith("Ủy ban Kinh tế**")]
    assert pieces[at + 1].heading_path[-1] == "e) Tổ đảng ở Thường trực Ủy ban Kinh tế"
    # a piece that goes on with m)'s bullets carries m)'s title as its innermost heading
    going_on = [p for p in pieces if p.text.startswith("* Lãnh đạo việc tổ chức thực hiện Đề án chuyển đổi số")]
    assert [p.heading_path[-1] for p in going_on] == ["m) Đảng ủy cơ quan Văn phòng Quốc hội"]


def test_an_items_first_line_is_no_title_to_read_the_next_piece_under():
    # Thông báo 537/TB-VPCP (OCR): "a) Bộ Y tế chủ trì, phối hợp chặt chẽ với …" is a sentence wrapped over lines
    [document] = load(SAMPLES / "chinhphu/537-tb.signed.txt")
    assert not any(p.heading_path and p.heading_path[-1].startswith("a) Bộ Y tế") for p in chunk(document))


@pytest.mark.parametrize("name, lead, task", [
    # "Giao cho X …": the one the work is given to leads it, as after "Giao X …"
    ("44_2002_CT-UB.md", "Cục Thuế tỉnh", "chịu trách nhiệm phối hợp, hướng dẫn các ngành"),
    ("42_1998_CT-UBND.md", "Cục Thuế tỉnh", "tổ chức tiếp nhận bàn giao việc quản lý thu thuế"),
])
def test_work_given_to_an_agency_with_giao_cho_is_its_task(name, lead, task):
    from pathlib import Path
    document = load(Path(__file__).resolve().parents[2] / "evals" / "devdocs" / name)[0]
    found = [o for piece in chunk(document) for o in extract_obligations(piece, document.header.issued_on)]
    assert any(o.lead == (lead,) and o.task.startswith(task) for o in found)


@pytest.mark.parametrize("lead, task", [
    # "3. Sở Lao động, thương binh và xã hội gắn với việc cấp giấy phép lao động cho người nước ngoài, phối hợp với cơ
    # quan thuế để tổ chức hướng dẫn …": the work it is tied to stands between the lead and its verb, and is kept as
    # the task's own words (which of its work the cooperation goes with)
    ("Sở Lao động - Thương binh và Xã hội", "gắn với việc cấp giấy phép lao động cho người nước ngoài, phối hợp với cơ "
                                            "quan thuế để tổ chức hướng dẫn"),
    # "4. Sở Kế hoạch và Đầu tư gắn với việc cấp giấy phép hành nghề cho các nhà thầu, nhà thầu phụ nước ngoài, phối
    # hợp …": that work may hold a comma of its own
    ("Sở Kế hoạch và Đầu tư", "gắn với việc cấp giấy phép hành nghề cho các nhà thầu, nhà thầu phụ nước ngoài, phối "
                              "hợp với cơ quan thuế để tổ chức quản lý thu thuế"),
])
def test_the_work_a_lead_is_tied_to_stands_before_its_verb(lead, task):
    from pathlib import Path
    document = load(Path(__file__).resolve().parents[2] / "evals" / "devdocs" / "44_2002_CT-UB.md")[0]
    found = [o for piece in chunk(document) for o in extract_obligations(piece, document.header.issued_on)]
    row = next(o for o in found if o.lead == (lead,))
    assert row.task.startswith(task)
    assert row.partners == ("cơ quan thuế",)  # the partners end where the purpose ("để …") begins
    assert cooperates_only(row.task)  # past the work it is tied to, the row opens "phối hợp với …"


def test_a_steering_boards_standing_members_named_by_the_act_it_carries_out_lead_its_task():
    # Chỉ thị 01/2009/CT-UBND of Kon Tum, 9.: "Giao Thường trực Ban Chỉ đạo triển khai Luật Thuế thu nhập cá nhân của
    # tỉnh kiểm tra việc thực hiện và định kỳ báo cáo kết quả về UBND tỉnh xem xét, chỉ đạo."
    [row] = [o for o in obligations(TAX_01) if "Ban Chỉ đạo" in " ".join(o.lead)]
    assert row.lead == ("Thường trực Ban Chỉ đạo triển khai Luật Thuế thu nhập cá nhân của tỉnh",)
    assert row.task.startswith("kiểm tra việc thực hiện và định kỳ báo cáo kết quả về UBND tỉnh")


@pytest.mark.parametrize("text, lead, task", [
    # the board alone carries the act out: no verb after the act's name, so it is the task
    ("1. Ban Chỉ đạo triển khai Luật Thuế thu nhập cá nhân trên địa bàn tỉnh.", ("Ban Chỉ đạo",),
     "triển khai Luật Thuế thu nhập cá nhân"),
    ("1. Ban Chỉ đạo phòng thủ dân sự quốc gia phối hợp với các bộ tổ chức diễn tập.",
     ("Ban Chỉ đạo phòng thủ dân sự quốc gia",), "phối hợp với các bộ"),
])
def test_a_steering_boards_name_runs_on_only_before_a_verb_of_its_own(text, lead, task):
    [row] = extract_obligations(piece(text))
    assert row.lead == lead and row.task.startswith(task)


# --- unbundled development documents (evals/devdocs, expectations read from the files by hand) -----------------------


DEVDOCS = SAMPLES.parent.parent / "evals" / "devdocs"  # unbundled development documents (evals/devdocs/SOURCE.md)


def _devdoc_obligations(name: str) -> list[Obligation]:
    [document] = load(DEVDOCS / name)
    pieces = chunk(document)
    headed = any(piece.heading_path for piece in pieces)
    return [o for piece in pieces for o in extract_obligations(piece, document.header.issued_on, headed=headed)]


@pytest.mark.parametrize("task_start, lead", [
    ("Tỉ lệ giao dịch không dùng tiền mặt", ("Ngân hàng Nhà nước Việt Nam",)),
    ("Tỷ lệ người dân có hồ sơ sức khỏe điện tử", ("Bộ Y tế",)),
    ("Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình", ("Văn phòng Chính phủ",)),
])
def test_target_table_rows_are_led_by_the_agency_that_monitors_them(task_start, lead):
    """Phụ lục I of 03/NQ-CP: "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá"; the target is
    the row's task, the monitoring agency its lead, the result its product."""
    rows = [o for o in _devdoc_obligations("NQCP03_NQ03_PL1_chi_tieu.md") if o.task.startswith(task_start)]
    assert [o.lead for o in rows] == [lead]
    assert rows[0].product


def test_sentences_of_a_text_without_headings_assign_work():
    """The Ban Chỉ đạo's first session (no heading at all): "Bộ trưởng Bộ Tài chính chỉ đạo bố trí …" is the
    ministry's task, as a heading's body would be; with the preamble rule of a headed document nothing is read."""
    obligations = _devdoc_obligations("BCD_phien_1.md")
    finance = [o for o in obligations if o.lead == ("Bộ Tài chính",)]
    assert len(finance) == 1 and finance[0].task.startswith("chỉ đạo bố trí ngân sách nhà nước")
    assert finance[0].deadline is None
    assert {("Bộ Khoa học và Công nghệ",), ("Bộ Kế hoạch và Đầu tư",), ("Thủ tướng Chính phủ",)} <= \
        {o.lead for o in obligations}
    [document] = load(DEVDOCS / "BCD_phien_1.md")
    assert not [o for piece in chunk(document) for o in extract_obligations(piece, headed=True)]


def test_2229_agency_heading_ended_by_a_comma_owns_its_items():
    # "Điều 2. Tổ chức thực hiện / 1. Bộ Công Thương, / a) Chủ trì, phối hợp … tô chức thực hiện Chiến lược." (OCR)
    tasks = [o.task for o in _devdoc_obligations("2229-ttg.signed.txt") if o.lead == ("Bộ Công Thương",)]
    assert any(t.startswith("Chủ trì, phối hợp với các bộ, ngành, địa phương, hiệp hội liên quan tô chức thực hiện")
               for t in tasks)
    assert any("tổ chức sơ kết, tổng kết" in t for t in tasks)



# --- a group row that sets its rows' time (Nghị quyết 03/NQ-CP, Phụ lục I, an unbundled evaluation document) ---------

@pytest.mark.parametrize("section, normalized", [
    ("I. Đến năm 2030", "2030"),
    ("II. Đến năm 2045", "2045"),
    ("II. Trước ngày 30/6/2025", "2025-06-30"),
    ("III. Hết quý II/2025", "2025-Q2"),
    ("I. Năm 2025", None),  # when the work is done, not by when
    ("A. Nhiệm vụ năm 2025", None),
    ("I. Thể chế", None),
    ("I. Đến năm 2030, tầm nhìn đến năm 2045", None),  # more than a time
])
def test_a_group_row_that_is_only_a_time_sets_its_rows_deadline(section, normalized):
    found = group_deadline(section)
    assert (found.normalized if found else None) == normalized


def test_indicator_rows_are_due_when_their_group_row_says():
    [document] = load(ROOT / "evals" / "devdocs" / "NQCP03_NQ03_PL1_chi_tieu.md")
    rows = {o.task: o for piece in chunk(document) for o in extract_obligations(piece, document.header.issued_on)}
    assert rows["Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"].deadline.normalized == "2030"
    assert rows["Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"].section == "I. Đến năm 2030"
    assert {o.deadline.normalized for o in rows.values() if o.section.startswith("II.")} == {"2045"}


def test_a_target_row_is_due_by_its_group_when_the_group_is_a_time():
    """Phụ lục I of 03/NQ-CP groups its targets under "I. Đến năm 2030" and "II. Đến năm 2045" and has no time column:
    each target is due by its group's year ("Quy mô kinh tế số" ≥ 30 % GDP by 2030, ≥ 50 % by 2045)."""
    rows = _devdoc_obligations("NQCP03_NQ03_PL1_chi_tieu.md")
    assert {o.section: o.deadline.normalized for o in rows} == {"I. Đến năm 2030": "2030", "II. Đến năm 2045": "2045"}
    economy = {(o.product, o.deadline.normalized) for o in rows if o.task == "Quy mô kinh tế số"}
    assert economy == {("≥ 30", "2030"), ("≥ 50", "2045")}


@pytest.mark.parametrize("group, due", [
    ("II. Đến năm 2045", "2045"),  # Phụ lục I of 03/NQ-CP
    # Phụ lục II of 03/NQ-CP: a group of tasks, no time
    ("VII. Tăng cường hợp tác quốc tế trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", None),
    ("I. Nâng cao nhận thức, đột phá về đổi mới tư duy đến năm 2030", None),  # a time inside a title is none
])
def test_only_a_group_that_is_a_time_gives_its_rows_a_deadline(group, due):
    from corpus.obligations import group_deadline
    found = group_deadline(group, None)
    assert (found.normalized if found else None) == due


def test_ngoai_ra_after_a_paragraph_break_does_not_take_the_subject_before():
    found = prose("Bộ Khoa học và Công nghệ chịu trách nhiệm tiếp nhận các giải pháp.\n\nNgoài ra, xây dựng sàn giao "
                  "dịch khoa học.", ("Vai trò của Bộ Khoa học và Công nghệ",))
    assert [o.task for o in found] == ["chịu trách nhiệm tiếp nhận các giải pháp."]


def test_a_bold_title_line_does_not_hide_the_subject_of_the_sentence_below_it():
    # BCD_phien_2 (Phiên họp thứ hai của Ban Chỉ đạo Trung ương): a markdown bold title, then the sentence
    found = extract_obligations(piece(
        "**Vai trò của Bộ Khoa học và Công nghệ**  \nBộ Khoa học và Công nghệ chịu trách nhiệm tiếp nhận, tổng hợp, "
        "đánh giá, và chọn lựa các giải pháp khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số để áp dụng trong "
        "năm 2025. Ngoài ra, xây dựng sàn giao dịch khoa học, công nghệ trực tuyến.", ()), headed=False)
    assert [o.lead for o in found] == [("Bộ Khoa học và Công nghệ",)] * 2
    assert found[0].task.startswith("chịu trách nhiệm tiếp nhận") and found[1].task.startswith("xây dựng sàn giao")




def test_an_opening_may_run_a_time_and_a_condition_before_the_lead():
    # Quyết định 143/QĐ-UBQGNCT, Quy chế Điều 12 (a closing paragraph, so no task row: its lead is read when quoted)
    from corpus.obligations import OPENING
    sentence = ("Trong quá trình thực hiện Quy chế này, nếu có vướng mắc, Bộ Y tế tổng hợp ý kiến, đề xuất nội dung "
                "can bổ sung, sửa đôi trình Chủ tịch Uy ban xem xét, quyết định.")
    assert sentence[OPENING.match(sentence).end():].startswith("Bộ Y tế")


def test_318_a_city_named_as_subject_leads_the_items_of_its_introduction():
    """Nghị quyết 318/NQ-CP, II.3 (OCR of the signed scan): the two cities lead the lettered items; OCR's speck and
    doubled letter before "b)" ("_ db)") still mark an item; the heading in capitals after them ("Il. TỔ CHỨC THUC
    HIỆN", OCR for "II.") ends the list and is no task."""
    found = prose("Thành phố Hà Nội, Thành phố Hồ Chí Minh chủ trì, phối hợp với các bộ, ngành\nthực hiện một sô nhiệm "
                  "vụ sau:\n\na) Rà soát, điều chỉnh quy hoạch .vùng phụ cận ga, đề-pô đường, sắt.\n\n_ db) Tổ chức lập, "
                  "phê duyệt dự án khai thác quỹ đất theo mô hình TOD tại các ga,\nđề-pô đường sat đô thị.\nc) Bồ trí "
                  "nguồn vốn ngân sách địa phương dé triển khai dự án đầu tư công.\n\nd) Tổ chức đấu giá quỹ đất vùng "
                  "phụ cận ga, đề-pô đường sắt.\n\nIl. TỔ CHỨC THUC HIỆN\n",
                  ("II. NHIỆM VỤ CỤ THỂ", "3. Phát triển đô thị theo định hướng phát triển giao thông công cộng (TOD)"))
    assert {o.lead for o in found} == {("Thành phố Hà Nội", "Thành phố Hồ Chí Minh")}
    assert [o.task[:12] for o in found] == ["Rà soát, điề", "Tổ chức lập,", "Bồ trí nguồn", "Tổ chức đấu "]


@pytest.mark.parametrize("text, leads", [
    # Quyết định 2241/QĐ-TTg, Điều 2 (a place's name wrapped over a line)
    ("Ủy ban nhân dân các tỉnh: Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc\nNinh chịu trách nhiệm quản lý, sử dụng số kinh "
     "phí bổ sung nêu trên.", ("Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Cao Bằng",
                               "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Bắc Ninh")),
    ("UBND các huyện Hoa Lư, Nho Quan và Yên Mô chủ trì rà soát hồ sơ.",
     ("Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan", "Ủy ban nhân dân huyện Yên Mô")),
])
def test_a_body_of_several_named_units_leads_as_each_unit(text, leads):
    assert [o.lead for o in prose(text, ("Điều 2",))] == [leads]


def test_dong_thoi_before_a_verb_keeps_the_subject_and_its_objects_lead_nothing():
    """Quyết định 2241/QĐ-TTg, Điều 2: "…; đồng thời báo cáo kết quả sử dụng về Bộ Tài chính, Bộ Nông nghiệp và Môi
    trường …" is the provinces' report, not work of the ministries it is sent to."""
    found = prose("Ủy ban nhân dân các tỉnh: Thái Nguyên, Cao Bằng chịu trách nhiệm quản lý, sử dụng số kinh phí bổ sung "
                  "nêu trên; đồng thời báo cáo kết quả sử dụng về Bộ Tài\nchính, Bộ Nông nghiệp và Môi trường và các cơ "
                  "quan liên quan dé tong hợp báo\ncáo Thủ tướng Chính phủ.", ("Điều 2",))
    assert [o.lead for o in found] == [("Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Cao Bằng")] * 2
    assert found[1].task.startswith("đồng thời báo cáo kết quả sử dụng")
    # "Đồng thời, X chủ trì …" still opens with its time word before the lead
    assert [o.lead for o in prose("Đồng thời, Bộ Tài chính chủ trì tổng hợp báo cáo.", ("Điều 3",))] == [
        ("Bộ Tài chính",)]


def test_a_task_cut_by_the_chunker_is_read_whole_from_the_next_chunk():
    """Công điện 190/CĐ-TTg, 6c (OCR of the signed scan): the chunker cut the item at a line break; its last words,
    which open the next chunk, belong to the task, not to any other."""
    heading = ("6. Thống đốc Ngân hàng nhà nước Việt Nam",)
    first = Chunk(chunk_id="a", doc_id="d", ordinal=0, heading_path=heading, section="Mục 6", span=Span(0, 160, 1),
                  text="c) Day mạnh triển khai có hiệu quả các gói tin dung hỗ trợ chính sách nha ở xã\nhội, chương trình "
                       "cho vay ưu đất đối với người trẻ đưới 35 tuổi để mua nhà ở thương mại")
    second = Chunk(chunk_id="b", doc_id="d", ordinal=1, heading_path=heading, section="Mục 6", span=Span(160, 300, 1),
                   text="lần đầu với lãi suất và ky hạn phù hợp, bảo đảm giải ngân đúng tiễn độ, đúng đối tượng.\n\n"
                        "d) Tổ chức kiểm tra việc cho vay.")
    found = extract_obligations(first, after=second)
    assert [o.lead for o in found] == [("Ngân hàng Nhà nước Việt Nam",)]
    assert found[0].task.endswith("mua nhà ở thương mại lần đầu với lãi suất và ky hạn phù hợp, bảo đảm giải ngân "
                                  "đúng tiễn độ, đúng đối tượng.")
    # a chunk that ends its sentence takes nothing from the next one
    ended = replace(first, text=first.text + ".")
    assert extract_obligations(ended, after=second)[0].task.endswith("thương mại.")


def test_de_before_a_verb_says_how_easy_it_is_and_opens_no_task():
    # Công điện 194/CĐ-TTg, 2a): the clause after ";" describes the forms, it is no task of its own
    found = prose("Bộ Tài chính:\n\na) Nghiên cứu, xây dựng nội dung, biểu mẫu báo cáo đảm bảo thống nhất, đầy đủ thông "
                  "tin; dễ thực hiện và thuận tiện khai thác sử dụng.", ("2. Bộ Tài chính",))
    assert [o.task for o in found] == ["Nghiên cứu, xây dựng nội dung, biểu mẫu báo cáo đảm bảo thống nhất, đầy đủ thông "
                                       "tin; dễ thực hiện và thuận tiện khai thác sử dụng."]


def test_a_line_titling_the_duties_of_an_agency_owns_the_items_below_it():
    """A line naming whose duties follow, on its own line where the chunker read no heading ("1. Nhiệm vụ của Thành viên
    Chính phủ", Quyết định 2179/QĐ-TTg, Điều 2), owns the items below it."""
    found = prose("Điều 2. Nhiệm vụ và quyền hạn của Sở Tài chính được giao:\n\n"
                  "1. Nhiệm vụ của Sở Tài chính\n\na) Chủ động xây dựng kế hoạch, tổ chức đoàn công tác làm việc "
                  "với địa\nphương định kỳ hàng quý.\n\nb) Trực tiếp chỉ đạo xử lý những khó khăn, vướng mắc tại địa "
                  "phương được\nphân công làm việc.\n", ())
    assert [(o.lead, o.task[:14]) for o in found] == [(("Sở Tài chính",), "Chủ động xây d"),
                                                       (("Sở Tài chính",), "Trực tiếp chỉ ")]


def test_trong_do_details_the_task_before_it():
    # Kế hoạch 196/KH-UBND (Ninh Bình), V.14: "Trong đó …" says what the task before it is to stress
    found = prose("- Chỉ đạo xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ đề ra trong Kế hoạch này. Trong đó tập "
                  "trung chỉ đạo lựa chọn xây dựng các sản phẩm công nghiệp văn hóa có tiềm năng, lợi thế của địa phương.",
                  ("V. TỔ CHỨC THỰC HIỆN", "14. Ủy ban nhân dân các huyện, thành phố"))
    assert [o.task for o in found] == [
        "Chỉ đạo xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ đề ra trong Kế hoạch này. Trong đó tập trung chỉ "
        "đạo lựa chọn xây dựng các sản phẩm công nghiệp văn hóa có tiềm năng, lợi thế của địa phương."]
    # one naming its own lead is a task of its own
    found = prose("Sở Nội vụ chủ trì rà soát tổ chức bộ máy. Trong đó, Sở Tài chính chủ trì bố trí kinh phí.", ("Điều 2",))
    assert [o.lead for o in found] == [("Sở Nội vụ",), ("Sở Tài chính",)]


def test_a_body_described_by_what_it_was_given_to_do_leads_the_duty_after_it():
    # Nghị định 258/2025/NĐ-CP, Điều 6 (OCR "quan lý"): "được giao quản lý công viên, cây xanh" says which units
    found = prose("d) Ủy ban nhân dân cấp xã và các đơn vị được giao quan lý công viên, cây\nxanh có trách nhiệm xây dựng, "
                  "cập nhật cơ sở đữ liệu về công viên, cây xanh,\nmặt nước trên địa bàn được giao quản lý.", ("Điều 6",))
    assert [o.lead for o in found] == [("Ủy ban nhân dân cấp xã", "các đơn vị")]
    assert found[0].task.startswith("xây dựng, cập nhật cơ sở đữ liệu")
    # "được giao" before the work itself still reads as the assignment
    found = prose("Bộ Tài chính được giao chủ trì tổng hợp báo cáo.", ("Điều 3",))
    assert [(o.lead, o.task) for o in found] == [(("Bộ Tài chính",), "chủ trì tổng hợp báo cáo.")]


def test_the_body_an_agency_belongs_to_in_brackets_does_not_hide_its_verb():
    # Thông tư 49/2025/TT-BKHCN, Điều 14.3 (marks restored at load), its items below the introduction
    found = prose("3. Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia (Bộ Khoa học và Công\nnghệ) có trách nhiệm:\n\na) Là "
                  "đầu mối tiếp nhận, xử lý hồ sơ đăng ký chỉ định tổ chức kiểm toán kỹ\nthuật.", ("Điều 14",))
    assert [(o.lead, o.task[:22]) for o in found] == [(("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",),
                                                       "Là đầu mối tiếp nhận, ")]


def test_a_lower_case_end_of_a_name_before_its_parent_body_in_brackets():
    # Thông tư 49/2025/TT-BKHCN, Điều 14.4; a short name in brackets ("(VEC)") is no parent body
    found = prose("4. Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa học và Công nghệ) có\ntrách nhiệm là đầu mối tiếp "
                  "nhận báo cáo kiểm toán kỹ thuật.", ("Điều 14",))
    assert [o.task for o in found] == ["là đầu mối tiếp nhận báo cáo kiểm toán kỹ thuật."]
    assert prose("13 Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam\n(VEC)", ("Phụ lục",)) == []


@pytest.mark.parametrize(("heading", "owner"), [
    ("Điều 16. Bộ Tài chính", ("Bộ Tài chính",)),  # Nghị định 13/2016/NĐ-CP (75/VBHN-BQP), Chương IV
    ("Điều 18. Bộ Y tế”!", ("Bộ Y tế",)),  # the same, OCR'd footnote marks
    # Nghị quyết 318/NQ-CP: an article titled by a sentence is no owner of the plan appended under it
    ("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng các cơ quan thuộc Chính phủ chịu trách nhiệm "
     "thi hành Nghị quyết này ./.", ()),
    ("Điều 3. Hồ sơ, mẫu biểu đăng ký nghĩa vụ quân sự", ()),
])
def test_an_article_titled_by_an_agency_alone_owns_its_clauses(heading, owner):
    assert _heading_owner(piece("1. Chỉ đạo, hướng dẫn thực hiện.", (heading,)))[0] == owner


def test_ministers_and_chairmen_named_by_title_lead_their_bodies():
    # Công điện 193/CĐ-TTg, 1.: the office holders stand for the bodies they head, as "Bộ trưởng Bộ Tài chính:" does
    heading = ("1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ,\nChủ tịch Uỷ ban nhân dân các "
               "tỉnh, thành phố trực thuộc trung ương:")
    assert _heading_owner(piece("a) Khẩn trương rà soát toàn diện, cập nhật thông tin.", (heading,)))[0] == (
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")


@pytest.mark.parametrize("sentence, only", [
    # Nghị định 14/2016/NĐ-CP (76/VBHN-BQP), Điều 20: the subjects only work with Bộ Quốc phòng
    ("2. Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng ký, quản lý: Công dân nữ trong "
     "độ tuổi thực hiện nghĩa vụ quân sự", True),
    ("1. Bộ Tài chính có trách nhiệm phối hợp với Bộ Quốc phòng trong công tác lập và thực hiện dự toán ngân sách Nhà "
     "nước", True),
    # Công văn 9533/VPCP-CN, 3.: manner words before "phối hợp với"; the ministries after it lead
    ("3. Bộ Xây dựng chủ động, tích cực phối hợp với Bộ Tài chính, Bộ Tư pháp trong quá trình giải trình, tiếp thu ý "
     "kiến của Quốc hội về các nội dung liên quan đến lĩnh vực đường sắt", True),
    ("a) Bộ Tài chính khẩn trương chủ trì, phối hợp với Bộ Xây dựng, Bộ Tư pháp tiếp thu ý kiến của Bộ Xây dựng", False),
    # Điều 19: Bộ Quốc phòng leads ("Chủ trì, phối hợp …")
    ("1. Bộ Quốc phòng chủ trì, phối hợp các Bộ, ngành, Ủy ban nhân dân cấp tỉnh tổ chức đăng ký, quản lý", False),
])
def test_a_row_whose_subject_only_works_with_another_body_is_told(sentence, only):
    chunk = Chunk("c", "d", 0, sentence, ("Điều 20. Các Bộ, ngành, ủy ban nhân dân cấp tỉnh",), Span(0, len(sentence)))
    rows = extract_obligations(chunk)
    assert rows and cooperates_only(rows[0].task) is only


@pytest.mark.parametrize("sentence, leads", [
    # Chỉ thị 22/2008/CT-TTg, IV.7: the sentence gives the work to Bộ Công an, which works with Bộ Tài chính
    ("7. Bộ Công an phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện và xử lý nghiêm các trường "
     "hợp gian lận, trốn thuế hoặc không chấp hành pháp luật thuế thu nhập cá nhân.", True),
    # Kế hoạch 3260-KH/ĐĐQH15 (QH_CTHD), II.1
    ("Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức phổ biến, quán triệt nghiêm túc đến "
     "các tổ chức đảng trực thuộc.", True),
    # Công văn 9533/VPCP-CN, 3.: the process worked in is the ministries' named after "phối hợp với"
    ("3. Bộ Xây dựng chủ động, tích cực phối hợp với Bộ Tài chính, Bộ Tư pháp trong quá trình giải trình, tiếp thu ý "
     "kiến của Quốc hội về các nội dung liên quan đến lĩnh vực đường sắt.", False),
    # Nghị định 14/2016/NĐ-CP (76/VBHN-BQP), Điều 20: a group as the subject; work named as another's
    ("2. Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng ký, quản lý: Công dân nữ trong "
     "độ tuổi thực hiện nghĩa vụ quân sự.", False),
    ("1. Bộ Tài chính có trách nhiệm phối hợp với Bộ Quốc phòng trong công tác lập và thực hiện dự toán ngân sách Nhà "
     "nước.", False),
])
def test_a_subject_working_with_a_named_body_leads_its_own_sentence(sentence, leads):
    chunk = Chunk("c", "d", 0, sentence, ("Điều 20. Các Bộ, ngành, ủy ban nhân dân cấp tỉnh",), Span(0, len(sentence)))
    [row] = extract_obligations(chunk)
    assert cooperates_only(row.task) and subject_leads(row.task, row.lead) is leads


@pytest.mark.parametrize("sentence, together", [
    # Chỉ thị 42/1998/CT-UBND of Quảng Bình, 6.: three bodies work "phối hợp với" the tax office; none leads
    ("6. Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế tổ chức "
     "tuyên truyền sâu rộng hai Luật thuế trên mọi phương tiên thông tin đại chúng, trong thời gian triển khai thực "
     "hiện hai Luật thuế.", True),
    # Chỉ thị 09/2008/CT-UBND of An Giang: the same sentence, under item a)'s "Cục Thuế chủ trì, phối hợp với …"
    ("Báo An Giang, Đài Phát thanh Truyền hình An Giang phối hợp chặt chẽ với cơ quan thuế đẩy mạnh công tác tuyên "
     "truyền, dành thời lượng và chuyên mục để tuyên truyền, phổ biến.", True),
    # Quyết định 2224/QĐ-TTg: several bodies working with bodies named by no one do the work themselves
    ("3. Bộ Công an, Bộ Quốc phòng và Ủy ban nhân dân thành phố Hà Nội phối hợp với các bộ, ngành liên quan cấp giấy "
     "phép và quản lý các hoạt động của tổ chức, cá nhân trong phạm vi bảo vệ công trình.", False),
    # Chỉ thị 22/2008/CT-TTg, IV.7: one body as the subject leads its sentence (`subject_leads`)
    ("7. Bộ Công an phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện và xử lý nghiêm các trường "
     "hợp gian lận, trốn thuế hoặc không chấp hành pháp luật thuế thu nhập cá nhân.", False),
])
def test_several_bodies_working_with_a_named_body_name_no_lead(sentence, together):
    chunk = Chunk("c", "d", 0, sentence, ("Chỉ thị",), Span(0, len(sentence)))
    [row] = extract_obligations(chunk)
    assert cooperate_jointly(row.task, row.lead, row.partners) is together


@pytest.mark.parametrize("task, lead, subject", [
    # Thông tư 96/1999/TT-BTC, V.2.a under "2. Cơ quan thuế.": the sentence gives the duty to the Chi cục thuế
    ("Trường hợp hộ sản xuất nông nghiệp ở nhiều nơi (khác huyện, khác tỉnh) thì Chi cục thuế nơi hộ sản xuất có hộ "
     "khẩu thường trú có trách nhiệm tổng hợp tờ khai thuế và các tài liệu điều tra xác định thu nhập chịu thuế báo cáo "
     "về Cục thuế", ("cơ quan thuế",), ("Chi cục Thuế",)),
    # V.2.c: the heading's body is the sentence's own subject
    ("Cơ quan thuế có trách nhiệm thông báo công khai về hộ, doanh số, thu nhập và mức thuế TNDN phải nộp của từng hộ",
     ("cơ quan thuế",), ("cơ quan thuế",)),
    # a body named only as the one worked with is no subject; the row, opening in lower case, was read from its lead
    ("phối hợp với Chi cục thuế có trách nhiệm tổng hợp tờ khai thuế", ("Cục Thuế",), ("Cục Thuế",)),
    # Chỉ thị 22/2008/CT-TTg, IV.7: read from its subject on
    ("phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện và xử lý nghiêm các trường hợp gian lận",
     ("Bộ Công an",), ("Bộ Công an",)),
    # a group is no named subject (Nghị định 14/2016/NĐ-CP, Điều 20)
    ("phối hợp Bộ Quốc phòng tổ chức đăng ký, quản lý", ("các Bộ, ngành",), ()),
    # an item opening with its verb under a heading's body: the heading's lead, no subject of the sentence's own
    ("Thông báo công khai về hộ, doanh số, thu nhập", ("cơ quan thuế",), ()),
])
def test_the_subject_a_row_s_own_sentence_names(task, lead, subject):
    assert own_subject(task, lead) == subject


def test_a_sentence_giving_the_duty_to_another_body_than_its_heading_s_is_that_body_s_row():
    # Thông tư 96/1999/TT-BTC, V.2.a: under "2. Cơ quan thuế.", after item a.'s first paragraph
    sentence = ("Trường hợp hộ sản xuất nông nghiệp ở nhiều nơi (khác huyện, khác tỉnh) thì Chi cục thuế nơi hộ sản "
                "xuất có hộ khẩu thường trú có trách nhiệm tổng hợp tờ khai thuế và các tài liệu điều tra xác định thu "
                "nhập chịu thuế báo cáo về Cục thuế để có sự chỉ đạo và thu thuế theo đúng quy định.")
    chunk = Chunk("c", "96_1999_TT-BTC", 0, sentence, ("V. TỔ CHỨC THỰC HIỆN", "2. Cơ quan thuế."),
                  Span(0, len(sentence)))
    [row] = extract_obligations(chunk)
    assert row.lead == ("Chi cục Thuế",) and row.task.startswith("Trường hợp hộ sản xuất nông nghiệp")


def test_an_item_under_its_own_agency_heading_does_not_name_its_subject():
    # Kế hoạch 196 of Ninh Bình, V.7: "7. Cục Thống kê tỉnh" over "Phối hợp với Sở Văn hóa và Thể thao xây dựng …"
    [row] = [o for o in obligations(PLAN_196) if o.task.startswith("Phối hợp với Sở Văn hóa và Thể thao xây dựng")]
    assert row.lead == ("Cục Thống kê tỉnh",) and not subject_leads(row.task, row.lead)


@pytest.mark.parametrize("before, lead, leads", [
    # Chỉ thị 01/2009/CT-UBND of Kon Tum, I.1
    ("I. Đẩy mạnh công tác tuyên truyền:\n\n1. Trên cơ sở Kế hoạch tuyên truyền Thuế thu nhập cá nhân, Cục Thuế tỉnh "
     "chủ trì:\n\n", ("Cục Thuế tỉnh",), True),
    # Nghị quyết 320/NQ-CP, Điều 1, before its item 3
    ("Giao Bộ Công an\nchủ trì, phối hợp với các bộ, cơ quan ngang bộ và các cơ quan có liên quan nghiên cứu, tiếp thu "
     "tối đa ý kiến, bảo đảm một số yêu cầu sau:\n\n1. Thể chế hoá đầy đủ (như: Kết luận số 158-KL/TW).\n\n",
     ("Bộ Công an",), True),
    # Kế hoạch 196 of Ninh Bình, V.2: a heading, no introduction
    ("2. Văn phòng UBND tỉnh\n- ", ("Văn phòng UBND tỉnh",), False),
    # Công điện 186/CĐ-TTg, 4.: an introduction naming the agency without "chủ trì"
    ("4. Bộ Nông nghiệp và Môi trường:\n\n", ("Bộ Nông nghiệp và Môi trường",), False),
    # another agency leads the introduction
    ("Bộ Tài chính chủ trì:\n", ("Bộ Công an",), False),
])
def test_an_introduction_that_has_its_agency_lead_the_items(before, lead, leads):
    assert introduced_as_lead(before, lead) is leads


@pytest.mark.parametrize("task, lead", [
    # Công điện 196/CĐ-TTg, 1.a, under "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:"
    ("a) Chỉ đạo Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành khẩn trương rà soát, thóng Kế ìh\"hình "
     "thiệt hại của ngành Giáo dục", "Sở Giáo dục và Đào tạo"),
    ("Chỉ đạo Cục Thuế tỉnh chủ trì tổ chức tuyên truyền", "Cục Thuế tỉnh"),
    # Công điện 187/CĐ-TTg, 1.a: the bodies directed are not said to lead (OCR "Chi đạo", "Chí đạo")
    ("(3) Chi đạo các cơ quan, đơn vị chức năng thục thi nghiêm túc, chất lượng", None),
    ("(2) Chí đạo Văn phòng Bộ, Tổ chức pháp chế thuộc bộ, cơ quan ngang bộ, Văn phòng Ủy ban nhân dân, Trung tâm Phục "
     "vụ hành chính công, Sở Tư pháp thuộc Ủy ban nhân dân tỉnh", None),
    # Công điện 196/CĐ-TTg, 2.a: directing, no body named
    ("a) Chỉ đạo, đôn đốc ngành Giáo dục các địa phương rà soát", None),
    # Thông báo 537/TB-VPCP, 3.a, under "a) Bộ Y tế chủ trì, phối hợp chặt chẽ với các bộ, cơ quan liên quan:": the
    # unit's name ends in lower-case words the agency list does not read
    ("- Chỉ đạo Ban Quản lý dự án chủ trì, phối hợp chặt chẽ với các nhà thầu khan trương hoàn thành việc ky phụ lục",
     "Ban Quản lý dự án"),
    ("- Chỉ đạo Ban Quản lý dự án phối hợp với các nhà thầu khẩn trương, tập trung hoàn thiện hô sơ nghiệm thu", None),
    # Chỉ thị 22/2008/CT-TTg, IV.5: two bodies directed, none said to lead
    ("Bộ Tài nguyên và Môi trường, Bộ Xây dựng chỉ đạo các Sở Tài nguyên và Môi trường, Sở Xây dựng tăng cường quản lý",
     None),
])
def test_a_row_directing_a_body_to_lead_names_that_body(task, lead):
    assert directed_lead(task) == lead


@pytest.mark.parametrize("task, helps", [
    # Công điện 196/CĐ-TTg, 3.: the ministries' units help the provinces with the work the provinces do
    ("tiếp tục chỉ đạo các đơn vị đóng trên địa bàn hỗ trợ địa phương trong công tác dọn dep trường học, ra soát, "
     "thống kê thiệt hại theo dé nghị của Ủy ban nhân dân tỉnh, thành phó", True),
    ("- Hỗ trợ các địa phương trong việc khắc phục hậu quả thiên tai", True),
    # money given is no help with another's work (Công điện 196/CĐ-TTg, 4.)
    ("cân đối nguồn lực để hỗ trợ các địa phương khắc phục thiệt hai do Bão số 11 gây ra", False),
    ("Hỗ trợ kinh phí trong việc sửa chữa trường học", False),
    # a row whose subject leads (Kế hoạch 196/KH-UBND, V.4: "Tham mưu … hỗ trợ giới thiệu, chuyển giao công nghệ")
    ("- Tham mưu đẩy mạnh hoạt động đổi mới sáng tạo, ứng dụng những tiến bộ về khoa học công nghệ, hỗ trợ giới thiệu, "
     "chuyển giao công nghệ phục vụ phát triển các ngành công nghiệp văn hóa", False),
    ("Chủ trì, hỗ trợ các địa phương trong công tác tuyên truyền", False),
])
def test_a_row_helping_another_body_with_its_work(task, helps):
    assert helps_in_work(task) is helps


@pytest.mark.parametrize("task, opens", [
    # Kế hoạch 196/KH-UBND of Ninh Bình, V.8: an item under "8. Sở Nông nghiệp và Phát triển nông thôn"
    ("- Phối hợp với các sở, ngành, địa phương thực hiện tốt các tiêu chí, nhiệm vụ về văn hóa", True),
    # Công điện 190/CĐ-TTg, 6.b, under "6. Thống đốc Ngân hàng nhà nước Việt Nam": manner words before it
    ("b) Tiếp tục phối hợp với các Bộ, ngành liên quan sửa đôi tiêu chuẩn điều kiện", True),
    # Nghị quyết 306/NQ-CP: a sentence cut after its subject
    ("phối hợp với các cơ quan có liên quan hoàn thiện hồ sơ điều chỉnh Quy hoạch tổng thể quốc gia", False),
    # the lead's own role first
    ("Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính và các cơ quan có liên quan", False),
])
def test_an_item_opening_with_working_with_others(task, opens):
    assert opens_cooperating(task) is opens


def test_a_semicolon_set_apart_by_ocr_does_not_end_the_list_item():
    # Công điện 194/CĐ-TTg, 1.b: "… các Bộ, cơ quan Trung ương, và địa ; N" then "phương thực hiện …": the ';' after a
    # space is an OCR speck; the item goes on, and its time is the Ministry's guidance's own
    [guide] = [o for o in obligations("chinhphu/194-ttg.signed.txt") if o.task.startswith("Khan trương có văn ban")]
    assert "phương thực hiện báo cáo kết quả đầu tư" in guide.task
    assert guide.lead == ("Bộ Tài chính",)
    assert guide.deadline is not None and guide.deadline.normalized == "2025-10-12"
    assert not [o for o in obligations("chinhphu/194-ttg.signed.txt") if o.task.startswith("phương thực hiện")]


@pytest.mark.parametrize("heading, owner", [
    # Nghị định 14/2016/NĐ-CP (76/VBHN-BQP), Điều 7: the sectors whose workers are exempted, no acting body
    ("i) Các ngành: Điện, Than, Dầu mỏ, Khí đốt, Xăng dầu, Hóa chất", ()),
    ("5. Các Bộ: Xây dựng, Công Thương", ("Bộ Xây dựng", "Bộ Công Thương")),
    ("2. Các sở, ngành, địa phương:", ("các sở, ngành, địa phương",)),
    ("4. Các ngành:", ("các ngành",)),
])
def test_a_heading_listing_sectors_names_no_owner(heading, owner):
    text = "Người có trình độ kỹ năng nghề bậc 5 hoặc tương đương trở lên thuộc các doanh nghiệp có từ 350 lao động."
    chunk = Chunk("c", "d", 0, text, ("Điều 7. Công dân đang làm việc trong các đơn vị", heading), Span(0, len(text)))
    assert _heading_owner(chunk)[0] == owner


def test_an_agency_on_a_numbered_line_of_its_own_owns_its_items_in_the_next_chunk():
    """Quyết định 2229/QĐ-TTg, Điều 2 (OCR of the signed scan): "2. Bộ Tài chính" on its own line, item a) in one
    chunk, item b) in the next; "3. Cac bộ, ngành liên quan" (OCR for "Các") then names another owner the agency list
    cannot read, whose items are not Bộ Tài chính's."""
    heading = ("Điều 2. Tổ chức thực hiện",)
    first = Chunk(chunk_id="a", doc_id="d", ordinal=0, heading_path=heading, span=Span(0, 200, 1),
                  text="2. Bộ Tài chính\n\na) Căn cứ khả năng cân đối ngân sách, Bộ Tài chính tông hợp trình cấp có "
                       "thâm quyền bồ trí kinh phí thực hiện Chiến lược theo quy định\ncủa pháp luật về ngân sách nhà "
                       "nước.")
    second = Chunk(chunk_id="b", doc_id="d", ordinal=1, heading_path=heading, span=Span(200, 500, 1),
                   text="b) Chủ trì, phối hợp với các bộ, ngành, địa phương liên quan tham mưu,\ntông hợp về cơ chế, "
                        "chính sách thu hút các nguồn vốn đầu tư trong và ngoài\nnước tham gia thực hiện Chiến lược. "
                        "¬\n\not\n\n3. Cac bộ, ngành liên quan\na) Xây dựng, ban hành và tổ chức thực hiện Kê hoạch "
                        "hành động thực hiện Chiến lược này.\n")
    found = extract_obligations(second, before=first)
    assert [(o.lead, o.task[:29]) for o in found] == [(("Bộ Tài chính",), "Chủ trì, phối hợp với các bộ,")]
    # an introduction left open ("… có trách nhiệm:") still carries its items as before
    opened = replace(first, text="3. Bộ Tài chính có trách nhiệm:\n\na) Quy định chế độ quản lý tài sản.")
    assert [o.lead for o in extract_obligations(replace(second, text="b) Hướng dẫn kiểm kê tài sản."), before=opened)
            ] == [("Bộ Tài chính",)]


@pytest.mark.parametrize("text, before", [
    # Công văn 9533/VPCP-CN: the lead is named before the word, the partners after it
    ("a) Bộ Tài chính khẩn trương chủ trì, phối hợp với Bộ Xây dựng, Bộ Tư pháp", "a) Bộ Tài chính khẩn trương chủ trì, "),
    # Công điện 186/CĐ-TTg and Thông báo 541/TB-VPCP as stored: the OCR's quote mark and a line break inside the word
    ("b) Chủ trì, phối 'hợp với Bộ Công Thương", "b) Chủ trì, "),
    ("Công ty Điều hành Đường ống Tây Nam chủ động phối\nhợp với các địa phương",
     "Công ty Điều hành Đường ống Tây Nam chủ động "),
    ("Bộ Tài chính hướng dẫn hợp đồng phối trộn", None),
])
def test_the_word_partnership_is_read_where_it_stands(text, before):
    found = PARTNERSHIP.search(text)
    assert (text[:found.start()] if found else None) == before


@pytest.mark.parametrize("text, named", [
    # Công điện 187/CĐ-TTg, 2.e): the item's owner line names the committee's chair
    ("e) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
     "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"),
    # Chỉ thị 19/2008/CT-UBND: "Phó Chủ tịch" too
    ("Phó Chủ tịch UBND các huyện, thị xã chỉ đạo", "Phó Chủ tịch Ủy ban nhân dân các huyện, thị xã"),
    # Công điện 191/CĐ-TTg, 2.: the committee itself
    ("2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, các tập đoàn",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
])
def test_an_agency_is_named_with_its_chair_when_the_text_names_the_chair(text, named):
    from corpus.agencies import find_agencies
    from corpus.obligations import chair_named
    name, start, _ = find_agencies(text)[0]
    assert chair_named(text, name, start) == named


@pytest.mark.parametrize("heading_path, text, lead, task_start, partners", [
    # Công điện 190/CĐ-TTg, 5.: the bodies, a colon, their work on the same line (a one-paragraph item the chunker
    # also takes for its heading)
    (("5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với…",),
     "5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương triển\nkhai đầu tư xây dựng nhà ở cho lực "
     "lượng vũ trang nhân dân, đảm bảo hoàn thành\nchỉ tiêu được Thủ tướng Chính phủ giao.",
     ("Bộ Quốc phòng", "Bộ Công an"), "Chủ động phối hợp với các địa phương", ()),
    # Công điện 190/CĐ-TTg, 8.: an apposition between the ministry and "chủ trì" (OCR's "bất động. sản")
    (("8. Bộ Xây dựng - Cơ quan Thường trực Ban Chỉ đạo…",),
     "8. Bộ Xây dựng - Cơ quan Thường trực Ban Chỉ đạo Trung ương về chính\nsách nhà ở và thị trường bất động. sản "
     "chủ trì phối hợp với Văn phòng Chính phủ\ntheo chức năng nhiệm vụ đôn đốc các bộ, cơ quan, địa phương thực "
     "hiện nhiệm vụ\nđược giao tại Công điện này./.",
     ("Bộ Xây dựng",), "chủ trì phối hợp với Văn phòng Chính phủ", ("Văn phòng Chính phủ",)),
    # Kế hoạch 3260-KH/ĐĐQH15, III.3: "của Quốc hội" between the committee and its verb, after a time opening
    (("**III. TỔ CHỨC THỰC HIỆN**",),
     "3.  Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc, các Ủy ban của "
     "Quốc hội, Văn phòng Quốc hội giúp Đảng đoàn Quốc hội triển khai thực hiện Kế hoạch này.",
     ("Ủy ban Khoa học, Công nghệ và Môi trường",), "chủ trì, phối hợp với Hội đồng Dân tộc", ("Hội đồng Dân tộc",)),
    # Thông báo 541/TB-VPCP, 2.đ: a topic label before the sentence that assigns it
    (("2. Về các kiến nghị",),
     "đ) Về đề xuất khảo sát dự án điện gió ngoài khơi của PVN: Bộ Nông nghiệp và Môi trường chủ trì, phối hợp các "
     "Bộ, cơ quan liên quan xem xét triển khai ngay việc giao khảo sát dự án điện gió ngoài khơi theo quy định.",
     ("Bộ Nông nghiệp và Môi trường",), "chủ trì, phối hợp các Bộ, cơ quan liên quan xem xét", ()),
    # Quyết định 807/QĐ-UBND (Ninh Bình), Điều 1.8: a label without "Về" before the sentence naming its body
    (("Điều 1. Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045",),
     "8. Kế hoạch lựa chọn nhà thầu: Ủy ban nhân dân thành phố Tam Điệp có trách nhiệm tổ chức thẩm định, phê duyệt "
     "kế hoạch lựa chọn nhà thầu lập Chương trình theo quy định hiện hành.",
     ("Ủy ban nhân dân thành phố Tam Điệp",), "tổ chức thẩm định, phê duyệt kế hoạch lựa chọn nhà thầu", ()),
    # Thông báo 541/TB-VPCP, 2.c: a project's name as the label
    (("2. Về các dự án",),
     "- Dự án Duong dây 500kV Lào Cai - Vĩnh Yên: UBND tỉnh Phú Thọ chỉ đạo\nban hành chính sách ho trợ đôi với tài "
     "sản, cây côi trong hành lang an toàn theo\nquy định.",
     ("Ủy ban nhân dân tỉnh Phú Thọ",), "chỉ đạo", ()),
    # Thông báo 541/TB-VPCP, 2.a: the label numbers its first item, "(i)", before the body
    (("2. Về các dự án",),
     "- Dự án thượng nguôn: (i) PVN tập trung triển khai các công việc của chiên\ndịch lắp đặt công trình ngoài biển "
     "năm 2025, bảo đảm tiến độ hoàn thành theo kế\nhoạch.",
     ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",), "tập trung triển khai các công việc", ()),
    # the same, 2.c: the item's "(i)" that OCR read "()", its numeral lost
    (("2. Về các dự án",),
     "() UBND thành phố Hà Nội sớm giải quyết dứt điểm vướng mắc về bồi\nthường, giải phóng mặt bằng, hoàn thành "
     "trước ngày 15 tháng 10\nnăm 2025.",
     ("Ủy ban nhân dân thành phố Hà Nội",), "giải quyết dứt điểm vướng mắc về bồi thường, giải phóng mặt bằng", ()),
    # Kế hoạch 3260-KH/ĐĐQH15, II.2.2.n: a body's leadership as the heading over its items
    (("**2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội …**", "**n) Lãnh đạo Ban Dân nguyện**"),
     "**n) Lãnh đạo Ban Dân nguyện**\n\n*   Chủ trì giúp UBTVQH trong công tác tiếp công dân và giải quyết các "
     "khiếu nại, tố cáo, kiến nghị, phản ánh của cử tri.",
     ("Ban Dân nguyện",), "Chủ trì giúp UBTVQH trong công tác tiếp công dân", ()),
    # the same, h): the committee's name with "và" inside it
    (("**2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội …**",
      "**h) Tổ đảng ở Thường trực Ủy ban Quốc phòng và An ninh**"),
     "**h) Tổ đảng ở Thường trực Ủy ban Quốc phòng và An ninh**\n\n*   Tiếp tục tổ chức rà soát, kiến nghị sửa "
     "đổi, bổ sung, chủ trì thẩm tra các dự án: Luật An ninh mạng, Luật An toàn thông tin, Luật Cơ yếu.",
     ("Tổ đảng ở Thường trực Ủy ban Quốc phòng và An ninh",), "Tiếp tục tổ chức rà soát", ()),
    # Nghị định 259/2025/NĐ-CP, Điều 17.2: the licensing bodies, and where the decree names them, before their duty
    (("Điều 17. Tổ chức thực hiện",),
     "2. Trong thời hạn 6 tháng kê từ ngày Nghị định này có hiệu lực thi hành,\nCác cơ quan cấp phép quy định tại "
     "Nghị định này có trách nhiệm phối hợp với\nBộ Tài chính dé thực hiện cấp phép trên Cổng thông tin một cửa quốc "
     "gia.", ("các cơ quan cấp phép",), "phối hợp với Bộ Tài chính", ("Bộ Tài chính",)),
    # Nghị định 13/2016/NĐ-CP as consolidated (76/VBHN-BQP), Điều 9.1: "quy định tại điểm o khoản 2 Điều 7 của Nghị
    # định này" says which heads are meant
    (("Điều 9. Xác nhận số lượng công dân đang làm việc",),
     "1. Hằng năm, người đứng đầu các doanh nghiệp quy định tại điểm o khoản\n2 Điều 7 của Nghị định này báo cáo sô "
     "lượng công dân đang làm việc tại doanh\nnghiệp về Bộ Tư lệnh Thủ đô Hà Nội.",
     ("Người đứng đầu các doanh nghiệp",), "báo cáo sô lượng công dân", ()),
])
def test_prose_items_whose_agency_is_named_around_its_verb(heading_path, text, lead, task_start, partners):
    [found] = prose(text, heading_path)
    assert (found.lead, found.task[:len(task_start)]) == (lead, task_start)
    assert all(p in found.partners for p in partners), found.partners


@pytest.mark.parametrize("text", [
    # a label whose value names a body with no work after it, an addressee, a source of funds: no task
    "3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.",
    "5. Cơ quan thẩm định: Sở Xây dựng.",
    "- Nguồn vốn: Ngân sách thành phố Tam Điệp.",
    "Kính gửi: Ủy ban Chứng khoán Nhà nước\n\nI. Thông tin liên quan đến hoạt động kinh doanh của công ty quản lý quỹ",
])
def test_a_label_naming_a_body_without_its_work_is_no_task(text):
    assert not prose(text, ("Điều 1. Phê duyệt Kế hoạch",))


@pytest.mark.parametrize("unit, lead, named", [
    # Công điện 190/CĐ-TTg, 5.: the bodies before the colon are the sentence's subject
    ("5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương triển khai", ("Bộ Quốc phòng", "Bộ Công an"),
     True),
    # Kế hoạch 196/KH-UBND of Ninh Bình, V.8: an item under its agency's heading names none
    ("- Phối hợp với các sở, ngành, địa phương thực hiện tốt các tiêu chí", ("Sở Nông nghiệp và Phát triển nông thôn",),
     False),
    # another body before the colon
    ("5. Bộ Quốc phòng: Phối hợp với Bộ Công an triển khai", ("Bộ Công an",), False),
])
def test_a_row_naming_its_lead_before_a_colon_on_its_line(unit, lead, named):
    from corpus.obligations import named_before_colon
    assert named_before_colon(unit, lead) is named


def test_granting_permits_after_a_group_of_ministries_is_their_act_not_their_name():
    """Quyết định 2224/QĐ-TTg: "phối hợp với các bộ, ngành liên quan cấp giấy phép và quản lý …": "cấp giấy phép"
    names a body only after "cơ quan" ("các cơ quan cấp phép")."""
    [found] = prose("3. Bộ Công an chủ trì, phối hợp với các bộ, ngành liên quan cấp giấy phép và quản lý các hoạt "
                    "động của tổ chức.")
    assert found.partners == ("các bộ, ngành liên quan",)


# --- round cg21: central-government scans --------------------------------------------------------------------------

def test_a_letters_own_act_after_what_it_carries_out_is_its_task():
    """Công văn 15557/BTC-PTHT: the opening runs over commas of its own ("Thực hiện chỉ đạo …, trên cơ sở tình hình
    phân bổ, giải ngân …, Bộ Tài chính công khai …"); the letter's only headings are its "Nơi nhận" and its appendix,
    so its sentences are read as a document with no heading's are."""
    text = ("” Thực hiện chỉ đạo của Thủ tướng Chính phủ tại khoản 4 Điều 1 Quyết\nđịnh số 1544/QĐ-TTg ngày 16/7/2025 "
            "của Thủ tướng Chính phủ’, trên cơ sở\ntình hình phân bổ, giải ngân kế hoạch đầu tư công 9 tháng năm 2025”, "
            "Bộ Tài\nchính công khai danh sách 29/42 Bộ, cơ quan trung ương và 15/34 địa phương\ncó tỷ lệ giải ngân thực "
            "tế từ đầu năm đến hết ngày 30/9/2025 dưới mức bình\nquân chung của cả nước (50%) (Danh sách đính kèm).")
    [found] = extract_obligations(piece(text, ()), date(2025, 10, 9), headed=False)
    assert found.lead == ("Bộ Tài chính",) and found.task.startswith("công khai danh sách 29/42")
    [document] = load(SAMPLES / "chinhphu/15557btc.signed.txt")
    from corpus.structure import body_headed
    assert not body_headed(p.heading_path for p in chunk(document))


def test_groups_first_after_the_opening_are_the_subject_not_the_first_proper_name():
    """Nghị quyết 318/NQ-CP, III.1: "…, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh …
    tổ chức thực hiện": the groups lead too."""
    text = ("1. Trên cơ sở nội dung Nghị quyết số 188/2025/QH15 của Quốc hội, kế hoạch\ntriển khai của Chính phủ, các "
            "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy\nban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
            "theo chức năng, nhiệm vụ\ntổ chức thực hiện các nhiệm vụ được giao đáp ứng tiến độ yêu cầu.")
    assert all(o.lead[:1] != ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",) for o in prose(text))


def test_a_party_secretary_beside_the_chairman_leads_the_items_below():
    """Văn bản 9757/VPCP-CN, 1.: "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi nghiên cứu …, trong đó lưu
    ý:" over "- Quyết liệt chỉ đạo …"; the item's detail has a time of its own ("trong tháng 10 năm 2025, trong đó ưu
    tiên … trước ngày 15 tháng 10 năm 2025"): two tasks, each with its time."""
    found = [o for o in obligations("chinhphu/9757-cn.signed.txt") if "Ủy ban nhân dân tỉnh Quảng Ngãi" in o.lead]
    timed = {o.deadline.normalized: o.task for o in found if o.deadline}
    assert timed["2025-10"].endswith("bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025")
    assert timed["2025-10-15"].startswith("ưu tiên các vị trí thảm bê tông nhựa tuyến chính")


def test_a_time_alone_after_a_semicolon_is_the_time_of_the_task_before_it_ocr_cue_too():
    """Thông báo 537/TB-VPCP, 3.a: "…; khẩn trương phê duyệt dự toán thiết kế bản vẽ thi công; hoàn thành rước ngày 10
    tháng 10 năm 2025." (OCR for "trước ngày"): the time is the approval's, not a task of its own."""
    found = [o for o in obligations("chinhphu/537-tb.signed.txt") if o.lead == ("Bộ Y tế",)]
    [approval] = [o for o in found if "phê duyệt\ndự toán" in o.task or "phê duyệt dự toán" in o.task]
    assert approval.deadline.normalized == "2025-10-10"
    assert not any(o.task.startswith("hoàn thành") for o in found)


@pytest.mark.parametrize("text, lead", [
    # Nghị định 261/2025/NĐ-CP, Điều 1.4: "xã" inside the bank's name is no level of local government
    ("Trường hợp cần thiết phải thay đối mức lãi suất cho vay, giao Ngân hàng\nChính sách xã hội chủ trì, phối hợp "
     "với Bộ Xây dựng và các cơ quan có liên quan\ntrình Thủ tướng Chính phủ xem xét, quyết định.",
     ("Ngân hàng Chính sách xã hội",)),
])
def test_a_national_bank_named_with_xa_hoi_is_read_whole(text, lead):
    [found] = prose(text)
    assert found.lead == lead and found.partners[0] == "Bộ Xây dựng"


# --- a time said before the body, a point's sub-items (rp27) ------------------------------------------------------

@pytest.mark.parametrize("text, lead, task_start, deadline_text", [
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV, Mục 2: the time first, a comma, the body, "chuyển số thuế"
    ("- Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo, Ban Cơ yếu Chính phủ chuyển số thuế thu nhập cá nhân "
     "của các đơn vị đã nộp vào ngân sách Nhà nước.", "Ban Cơ yếu Chính phủ", "chuyển số thuế thu nhập cá nhân",
     "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo"),
    # Thông tư liên tịch 122/2008/TTLT-BTC-BQP: no comma after the time
    ("- Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo Cục Tài chính/Bộ Quốc phòng chuyển số thuế Thu nhập cá "
     "nhân của các đơn vị chi trả thu nhập đã nộp về vào Ngân sách Nhà nước;", "Cục Tài chính - Bộ Quốc phòng",
     "chuyển số thuế Thu nhập cá nhân", "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo"),
])
def test_a_time_said_before_the_body_leaves_the_body_its_task(text, lead, task_start, deadline_text):
    [row] = prose(text, issued_on=date(2009, 2, 2))
    assert row.lead == (lead,) and row.task.startswith(task_start)
    assert (row.deadline.kind, row.deadline.text, row.deadline.normalized) == ("recurring", deadline_text, "hằng quý")


def test_the_sub_items_of_a_point_are_items_of_their_own():
    # Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 7.2.c: "c.2)" is no lower-case sentence going on with "c.1)"
    rows = prose("c) Nộp thuế\n\nc.1) Hàng tháng, tổ chức trả thu nhập phải nộp số thuế đã khấu trừ lên cơ quan tài "
                 "chính cấp trên theo quy định;\n\nc.2) Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo Cục Tài "
                 "chính - Bộ Quốc phòng nộp vào Ngân sách Nhà nước số thuế thu nhập cá nhân của các tổ chức trả thu "
                 "nhập đã nộp về;\n\nc.3) Hết năm, chậm nhất là ngày 30 tháng 6 của năm tiếp theo, trên cơ sở quyết toán "
                 "của các tổ chức trả thu nhập, Cục Tài chính - Bộ Quốc phòng có trách nhiệm xác định tổng số thuế.",
                 issued_on=date(2013, 12, 17))
    assert [(r.lead, r.task[:30], r.deadline.normalized) for r in rows] == [
        (("Cục Tài chính - Bộ Quốc phòng",), "nộp vào Ngân sách Nhà nước số ", "hằng quý"),
        (("Cục Tài chính - Bộ Quốc phòng",), "xác định tổng số thuế.", "--06-30")]


@pytest.mark.parametrize("task, lead, partners", [
    # round ua32: a body worked with named by its function and whose it is, too long for the partner cell's six
    # words; the real sentences (Công điện 186/CĐ-TTg, 8.; Nghị định 13/2016/NĐ-CP as 75/VBHN-BQP, Điều 17 and 19)
    ("phối hợp với\ncơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi diễn biến tình\nhình, chủ động điêu phối",
     ("Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia",), ("cơ quan chức năng của Bộ Nông nghiệp và Môi trường",)),
    ("Chỉ đạo, hướng dẫn Công an địa phương phối hợp với cơ quan quân sự địa phương cùng cấp thực hiện các quy định "
     "trình tự, thủ tục đăng ký nghĩa vụ quân sự", ("Bộ Công an",), ("cơ quan quân sự địa phương cùng cấp",)),
    # a body by its name is the cell's (`_partners`), not this reading's; nor a group of no function
    ("chủ trì, phối hợp với Bộ Tư pháp, Bộ Thông tin và Truyền thông tổ chức tuyên truyền", ("Cục Thuế tỉnh",), ()),
    ("phối hợp với các bộ, ngành triển khai thực hiện quy hoạch", ("Ủy ban nhân dân các tỉnh",), ()),
])
def test_partners_named_by_function(task, lead, partners):
    from corpus.obligations import partners_by_function
    assert partners_by_function(task, lead) == partners
