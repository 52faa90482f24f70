"""Agency names: canonical forms, list splitting, matching and mentions, by hand-written cases and on real tables."""
from __future__ import annotations

import re

import pytest

from corpus.agencies import (agency_names, capitalised_names, written_out, group_subject, places_with_units, canonical, council_levels, covers, find_agencies, find_places, issued_by, names_only, names_place, restore_marks,
                             same_agency, same_group, split_glued_names,
                             split_agencies)
from corpus.text import normalize
from tests.data import DATA, SAMPLES

NQ03_TASKS = "nq57_nq03_program/official_texts/NQCP03_NQ03_PL2_Nhiem_vu.md"


def read(relative: str) -> str:
    return normalize((DATA / relative).read_text(encoding="utf-8"))


def nq03_rows() -> list[list[str]]:
    """The numbered task rows of the NQ 03 appendix: TT | task | chủ trì | phối hợp | result | deadline."""
    lines = read(NQ03_TASKS).splitlines()
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines if re.match(r"\|\s*\d+\.", line)]


ABBREVIATIONS = [
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Bộ KH&CN", "Bộ Khoa học và Công nghệ"),
    ("Bộ KHCN", "Bộ Khoa học và Công nghệ"),
    ("Bộ KH & CN", "Bộ Khoa học và Công nghệ"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
    ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
    ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở GTVT", "Sở Giao thông vận tải"),
    ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("MTTQ", "Mặt trận Tổ quốc Việt Nam"),
    ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("TTXVN", "Thông tấn xã Việt Nam"),
    ("VTV", "Đài Truyền hình Việt Nam"),
    ("VOV", "Đài Tiếng nói Việt Nam"),
    ("Bộ CA", "Bộ Công an"),
    ("BCA", "Bộ Công an"),
    ("Bộ TC", "Bộ Tài chính"),
    ("Bộ CT", "Bộ Công Thương"),
    ("Bộ XD", "Bộ Xây dựng"),
    ("Bộ NV", "Bộ Nội vụ"),
    ("Bộ NG", "Bộ Ngoại giao"),
    ("Bộ QP", "Bộ Quốc phòng"),
    ("Bộ TP", "Bộ Tư pháp"),
    ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ VH,TT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ NN&MT", "Bộ Nông nghiệp và Môi trường"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Viện KSND tỉnh", "Viện kiểm sát nhân dân tỉnh"),
    ("UBND TP Ninh Bình", "Ủy ban nhân dân thành phố Ninh Bình"),
    ("Các tỉnh, thành phố trực thuộc TW", "các tỉnh, thành phố trực thuộc Trung ương"),
]

CAPITALISATION = [
    ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ủy ban nhân dân tỉnh Ninh Bình"),
    ("UBND TỈNH BÀ RỊA – VŨNG TÀU", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    ("Ủy Ban Nhân Dân Tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"),
    ("UBND Tỉnh Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"),
    ("sở tài chính", "Sở Tài chính"),
    ("SỞ TÀI CHÍNH", "Sở Tài chính"),
    ("Bộ Khoa Học và Công Nghệ", "Bộ Khoa học và Công nghệ"),
    ("BỘ CÔNG THƯƠNG", "Bộ Công Thương"),
    ("Bộ Công thương", "Bộ Công Thương"),
    ("Bộ Công An", "Bộ Công an"),
    ("Bộ Tài nguyên và môi trường", "Bộ Tài nguyên và Môi trường"),
    ("Sở Tài Nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),
    ("Ngân hàng nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
    ("Viện Kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"),
    ("Bảo hiểm Xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam"),
    ("CỤC THUẾ TỈNH KON TUM", "Cục Thuế tỉnh Kon Tum"),
    ("Cục thuế tỉnh", "Cục Thuế tỉnh"),
    ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
]

VARIANTS = [
    ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ Lao động – Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    # Chỉ thị 44/2002/CT-UB (evals/devdocs) writes a comma for the dash, in lower case
    ("Sở Lao động, thương binh và xã hội", "Sở Lao động - Thương binh và Xã hội"),
    # neither the dash nor "và" (Quyết định 59/2000/QĐ-UB of Đà Nẵng: "phối hợp với Sở Lao động Thương binh Xã hội")
    ("Sở Lao động Thương binh Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Lao động Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở Tài chính (cơ quan thường trực)", "Sở Tài chính"),
    ("- UBND các huyện, thành phố.", "Ủy ban nhân dân các huyện, thành phố"),
    ("Sở Văn hóa và Thể thao;", "Sở Văn hóa và Thể thao"),
    ("  Bộ   Tài chính  ", "Bộ Tài chính"),
]

GROUPS_AND_ROLES = [
    ("Các sở, ban, ngành", "các sở, ban, ngành"),
    ("Các bộ, ngành, địa phương", "các bộ, ngành, địa phương"),
    ("Các Bộ, các ngành", "các bộ, các ngành"),
    ("Bộ, ngành, địa phương", "bộ, ngành, địa phương"),
    ("Các sở, ban ngành có liên quan", "các sở, ban, ngành có liên quan"),
    ("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố"),
    ("Ủy ban nhân dân các Huyện, Thị xã", "Ủy ban nhân dân các huyện, thị xã"),
    ("Người đứng đầu các cơ quan, đơn vị", "Người đứng đầu các cơ quan, đơn vị"),
    ("Chủ tịch UBND các huyện", "Chủ tịch Ủy ban nhân dân các huyện"),
    ("Thủ trưởng các Sở, Ban, Ngành", "Thủ trưởng các sở, ban, ngành"),
]


@pytest.mark.parametrize(("name", "expected"), ABBREVIATIONS)
def test_abbreviation_is_written_out(name: str, expected: str) -> None:
    assert canonical(name) == expected


@pytest.mark.parametrize(("name", "expected"), CAPITALISATION)
def test_capitals_follow_the_official_name(name: str, expected: str) -> None:
    assert canonical(name) == expected


@pytest.mark.parametrize(("name", "expected"), VARIANTS)
def test_spelling_variants_and_asides_give_one_form(name: str, expected: str) -> None:
    assert canonical(name) == expected


@pytest.mark.parametrize(("name", "expected"), GROUPS_AND_ROLES)
def test_groups_are_lower_case_and_roles_kept_whole(name: str, expected: str) -> None:
    assert canonical(name) == expected


def test_canonical_form_is_stable() -> None:
    for name, _ in ABBREVIATIONS + CAPITALISATION + VARIANTS + GROUPS_AND_ROLES:
        assert canonical(canonical(name)) == canonical(name)


def test_empty_name_stays_empty() -> None:
    assert canonical("") == ""
    assert canonical(" ; ") == ""
    assert split_agencies("") == []


SPLITS = [
    ("Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN",
     ["Ban Tuyên giáo Trung ương", "các bộ, ngành, địa phương", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam",
      "Thông tấn xã Việt Nam"]),
    (("Bộ Công an, Bộ Nội vụ, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội, Thanh tra Chính phủ, "
      "các bộ, ngành và địa phương"),
     ["Bộ Công an", "Bộ Nội vụ", "Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội", "Thanh tra Chính phủ",
      "các bộ, ngành và địa phương"]),
    ("Sở Tài chính và Sở Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Bộ Khoa học và Công nghệ", ["Bộ Khoa học và Công nghệ"]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"]),
    ("Ủy ban nhân dân các huyện, thành phố", ["Ủy ban nhân dân các huyện, thành phố"]),
    ("Bộ Khoa học và Công nghệ và các địa phương", ["Bộ Khoa học và Công nghệ", "các địa phương"]),
    ("VTV, VOV, TTXVN, các địa phương",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các địa phương"]),
    ("Bộ Tài chính, bộ, ngành liên quan", ["Bộ Tài chính", "bộ, ngành liên quan"]),
    ("Bộ KH&CN, Bộ VH,TT&DL, UBND tỉnh",
     ["Bộ Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh"]),
    ("Các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao",
     ["các cơ quan Đảng", "Quốc hội", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"]),
    ("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã",
     ["Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện, thị xã"]),
    ("Người đứng đầu các cơ quan, đơn vị", ["Người đứng đầu các cơ quan, đơn vị"]),
    ("- Các sở, ban ngành có liên quan;\n- UBND các huyện, thành phố.",
     ["các sở, ban, ngành có liên quan", "Ủy ban nhân dân các huyện, thành phố"]),
    ("Sở Nông nghiệp và Phát\ntriển nông thôn", ["Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ Tài chính, Bộ Tài chính; Bộ TC", ["Bộ Tài chính"]),
    # a scanned cell (Phụ lục of 2230/QĐ-TTg, OCR): the speck before the first name is not part of it
    ("'Bộ Xây dựng, các bộ,\nngành, địa phương", ["Bộ Xây dựng", "các bộ, ngành, địa phương"]),
    ("Các Bộ: Quốc phòng, Công an, Văn hóa, Thể thao và Du lịch, Y tế",
     ["Bộ Quốc phòng", "Bộ Công an", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế"]),
    # an item that is a whole name of its own keeps it (never "Bộ Ủy ban nhân dân các tỉnh")
    ("các Bộ: Quốc phòng, Ngoại giao và Ủy ban nhân dân các tỉnh",
     ["Bộ Quốc phòng", "Bộ Ngoại giao", "Ủy ban nhân dân các tỉnh"]),
    ("Các Bộ: Xây dựng, Công Thương, Bộ Tài chính", ["Bộ Xây dựng", "Bộ Công Thương", "Bộ Tài chính"]),
    ("Bảo hiểm Xã hội Việt Nam, Bộ Công an và các địa phương Bắc Ninh, Bình Dương, An Giang",
     ["Bảo hiểm xã hội Việt Nam", "Bộ Công an", "các địa phương Bắc Ninh, Bình Dương, An Giang"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_list_splits_into_canonical_agencies(text: str, expected: list[str]) -> None:
    assert split_agencies(text) == expected


SAME = [
    ("Bộ KH&CN", "Bộ Khoa học và Công nghệ", True),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn", True),
    ("sở tài chính", "SỞ TÀI CHÍNH", True),
    ("Sở Tài chính tỉnh Ninh Bình", "Sở Tài chính", True),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh Ninh Bình", True),
    ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", True),
    ("NHNN", "Ngân hàng nhà nước", True),
    ("VTV", "Đài Truyền hình Việt Nam", True),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", True),
    ("Sở Tài chính tỉnh Ninh Bình", "Sở Tài chính tỉnh Kon Tum", False),
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện", False),
    ("Ủy ban nhân dân tỉnh Ninh Bình", "Sở Tài chính tỉnh Ninh Bình", False),
    ("Bộ NN&MT", "Bộ Nông nghiệp và Phát triển nông thôn", False),
    ("Bộ Công an", "Bộ Công Thương", False),
    ("Sở Tài chính", "Sở Nội vụ", False),
    ("Bộ Tài chính", "Sở Tài chính", False),
    ("", "", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME)
def test_same_agency_across_short_forms_and_places(a: str, b: str, expected: bool) -> None:
    assert same_agency(a, b) is expected
    assert same_agency(b, a) is expected


MENTIONS = [
    ("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và UBND các huyện xây dựng kế hoạch",
     [("Sở Tài chính", "Sở Tài chính"), ("Sở Nội vụ", "Sở Nội vụ"),
      ("Ủy ban nhân dân các huyện", "UBND các huyện")]),
    ("Bộ Công Thương chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính khẩn trương rà soát",
     [("Bộ Công Thương", "Bộ Công Thương"), ("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường"),
      ("Bộ Tài chính", "Bộ Tài chính")]),
    ("Sở NN&PTNT chủ trì; BCH Quân sự tỉnh, Công an tỉnh phối hợp",
     [("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"), ("Bộ Chỉ huy Quân sự tỉnh", "BCH Quân sự tỉnh"),
      ("Công an tỉnh", "Công an tỉnh")]),
    ("Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiểm tra, chỉ đạo",
     [("Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai")]),
    ("Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông và Sở Du lịch nâng cao chất lượng",
     [("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"),
      ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"), ("Sở Du lịch", "Sở Du lịch")]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("VTV, VOV, TTXVN mở chuyên mục",
     [("Đài Truyền hình Việt Nam", "VTV"), ("Đài Tiếng nói Việt Nam", "VOV"), ("Thông tấn xã Việt Nam", "TTXVN")]),
    ("Ban Thường vụ Tỉnh ủy lãnh đạo", [("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]),
    ("ỦY BAN NHÂN DÂN TỈNH KON TUM", [("Ủy ban nhân dân tỉnh Kon Tum", "ỦY BAN NHÂN DÂN TỈNH KON TUM")]),
    ("Uỷ ban nhân dân các huyện, thị xã tham mưu",
     [("Ủy ban nhân dân các huyện, thị xã", "Uỷ ban nhân dân các huyện, thị xã")]),
    ("Bộ Lao động – Thương binh và Xã hội chủ trì",
     [("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động – Thương binh và Xã hội")]),
    # the official name, its case fixed whatever the input's (`_BODIES`): "xã" inside it is no level of local government
    ("Ngân hàng Chính sách Xã hội cho vay", [("Ngân hàng Chính sách xã hội", "Ngân hàng Chính sách Xã hội")]),
    # "xã hội" (society) is no commune: a row of Công văn 15557/BTC-PTHT's Phụ lục (round tg29); "xã" before a
    # commune's name still is
    ("Viện Khoa học xã hội Việt Nam 216.868 56.676] 1 26,1% 26,1%",
     [("Viện Khoa học xã hội", "Viện Khoa học xã hội")]),
    ("Ủy ban nhân dân xã Yên Lâm báo cáo", [("Ủy ban nhân dân xã Yên Lâm", "Ủy ban nhân dân xã Yên Lâm")]),
    ("yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương thực hiện",
     [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
       "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")]),
    ("Ban Chỉ đạo Trung ương có trách nhiệm", [("Ban Chỉ đạo Trung ương", "Ban Chỉ đạo Trung ương")]),
    ("tăng cường thanh tra, kiểm tra công tác quy hoạch; khu vực Bắc Bộ và Bắc Trung Bộ", []),
    # party bodies of an agency (Kế hoạch 3260-KH/ĐĐQH15, Nghị quyết 57-NQ/TW), and a committee by its letters
    ("**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**",
     [("Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường", "Tổ đảng ở Thường trực Ủy ban KH,CN&MT")]),
    ("**m) Đảng ủy cơ quan Văn phòng Quốc hội**",
     [("Đảng ủy cơ quan Văn phòng Quốc hội", "Đảng ủy cơ quan Văn phòng Quốc hội")]),
    ("Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động",
     [("Ban cán sự đảng Chính phủ", "Ban cán sự đảng Chính phủ")]),
    ("2. Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát", [("Đảng đoàn Quốc hội", "Đảng đoàn Quốc hội")]),
    ("**g) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách**",
     [("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách", "Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách")]),
    # an act right after the name ends it (Thông tư 35/1998/TT-BTC, Quyết định 143/QĐ-UBQGNCT and 2229/QĐ-TTg)
    ("Bộ Thương mại duyệt danh mục vật tư, thiết bị", [("Bộ Thương mại", "Bộ Thương mại")]),
    ("nhiên liệu được miễn thuế nhập khẩu đã được Bộ Thương mại xét duyệt, Cục Hải quan",
     [("Bộ Thương mại", "Bộ Thương mại"), ("Cục Hải quan", "Cục Hải quan")]),
    ("Điều 3. Chủ tịch Ủy ban Quốc gia sử dụng con dấu của Thủ tướng Chính phủ",
     [("Ủy ban Quốc gia", "Ủy ban Quốc gia"), ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ")]),
    ("(LPI - do Ngân hàng Thế giới công bố)", [("Ngân hàng Thế giới", "Ngân hàng Thế giới")]),
    ("Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì",
     [("Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban KH,CN&MT"), ("Quốc hội", "Quốc hội")]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_mentions_end_where_the_verb_begins(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, text[start:end]) for name, start, end in find_agencies(text)] == expected


def test_mention_offsets_point_into_the_text() -> None:
    assert find_agencies("Giao Sở Tài chính chủ trì") == [("Sở Tài chính", 5, 17)]


def test_every_nq03_lead_cell_names_an_agency() -> None:
    rows = nq03_rows()
    assert len(rows) == 140
    for row in rows:
        lead = split_agencies(row[2])
        assert lead, row[:3]
        assert all(lead), row[:3]
        assert all(split_agencies(row[3])) and bool(split_agencies(row[3])) == bool(row[3]), row[3]


def test_nq03_lead_ministries_are_spelled_one_way() -> None:
    ministries = {name for row in nq03_rows() for name in split_agencies(row[2]) if name.startswith("Bộ ")}
    assert ministries == {
        "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Công an", "Bộ Nội vụ",
        "Bộ Ngoại giao", "Bộ Tài nguyên và Môi trường", "Bộ Quốc phòng", "Bộ Công Thương",
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế", "Bộ Xây dựng", "Bộ Giao thông vận tải",
        "Bộ Lao động - Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn",
    }


def test_nq03_row_with_two_leads_and_a_group() -> None:
    row = next(r for r in nq03_rows() if r[0] == "46.")
    assert split_agencies(row[2]) == ["Bộ Khoa học và Công nghệ", "các địa phương"]
    assert split_agencies(row[3]) == ["Bộ Khoa học và Công nghệ", "Bộ Ngoại giao"]


FOUND_IN_FILES = {
    "ninhbinh_ubnd_2024/193.txt": {
        "Sở Xây dựng", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa và Thể thao", "Thanh tra tỉnh",
        "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân các huyện, thành phố",
        "Ban Thường vụ Tỉnh ủy",
    },
    "ninhbinh_ubnd_2024/196.txt": {
        "Sở Văn hóa và Thể thao", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông",
        "Sở Khoa học và Công nghệ", "Sở Du lịch", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Ủy ban nhân dân các huyện, thành phố", "Bộ Văn hóa, Thể thao và Du lịch",
    },
    "chinhphu_2025/30-ttg.signed.txt": {
        "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Tài chính", "Bộ Quốc phòng", "Bộ Công an",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    },
    "chinhphu_2025/186-cd.signed.txt": {
        "Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Quốc phòng", "Bộ Công an",
        "Ủy ban nhân dân tỉnh Lào Cai",
    },
    "tax_vbpl/markdown_docs/01_2009_CT-UBND.md": {
        "Cục Thuế tỉnh", "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Sở Tài nguyên và Môi trường", "Sở Xây dựng",
        "Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh",
        "Ủy ban nhân dân tỉnh Kon Tum",
    },
    "tax_vbpl/markdown_docs/22_2008_CT-TTg.md": {
        "Bộ Tài chính", "Bộ Nội vụ", "Văn phòng Chính phủ", "Bộ Lao động - Thương binh và Xã hội", "Bộ Y tế",
        "Bộ Công Thương", "Ngân hàng Nhà nước Việt Nam", "Kho bạc Nhà nước",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    },
}


@pytest.mark.parametrize("relative", FOUND_IN_FILES)
def test_assigned_agencies_are_found_in_real_documents(relative: str) -> None:
    text = read(relative)
    found = find_agencies(text)
    assert FOUND_IN_FILES[relative] <= {name for name, _, _ in found}
    assert all(name and canonical(text[start:end]) == name for name, start, end in found)


@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch của tỉnh Thanh Hóa giao sở nào chủ trì?", {"Thanh Hóa"}),
    ("vụ cháy chung cư mini ở TP Hồ Chí Minh năm 2025", {"Hồ Chí Minh"}),
    ("UBND thành phố Đà Nẵng và Ủy ban nhân dân huyện Gia Viễn", {"Đà Nẵng", "Gia Viễn"}),
    ("Tỉnh ủy Ninh Bình chỉ đạo; Chương trình phát triển đô thị Tam Điệp", set()),  # no unit before a name
    ("Tỉnh Ninh Bình đặt chỉ tiêu", {"Ninh Bình"}),
])
def test_places_are_found_by_their_unit(text: str, expected: set[str]) -> None:
    assert find_places(text) == expected



# --- enterprises and committees known by their letters; OCR'd names with their marks put back -------------------------

def test_state_groups_and_committees_written_by_their_letters_are_agencies() -> None:
    # Thông báo 541/TB-VPCP: "Bộ Ngoại giao, PVN phối hợp với Bộ Tài chính và các cơ quan liên quan, trình …"
    text = "- Bộ Ngoại giao, PVN phối hợp với Bộ Tài chính và các cơ quan liên quan, trình Lãnh đạo Chính phủ xem xét"
    assert [name for name, _, _ in find_agencies(text)][:3] == [
        "Bộ Ngoại giao", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Bộ Tài chính"]
    assert canonical("EVN") == "Tập đoàn Điện lực Việt Nam"
    assert canonical("TKV") == "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
    assert canonical("UBTVQH") == "Ủy ban Thường vụ Quốc hội"


def test_marks_of_names_in_ocr_running_text_are_put_back_and_common_words_left() -> None:
    # Quyết định 2222/QĐ-TTg and Thông báo 536/TB-VPCP as the publisher's OCR gives them
    listed = ("lãnh đạo các Bộ: Công an, Ngoại giao, Tài chính, Y tê, Văn hóa, Thê thao và\n"
              "Du lịch và Uy ban nhân dân thành phô Hà Nội là thành viên.")
    assert restore_marks(listed, names_only=True) == (
        "lãnh đạo các Bộ: Công an, Ngoại giao, Tài chính, Y tế, Văn hóa, Thể thao và\n"
        "Du lịch và Ủy ban nhân dân thành phố Hà Nội là thành viên.")
    assert agency_names(restore_marks(listed, names_only=True))[3:] == [
        "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân thành phố Hà Nội"]
    common = "bảo vệ nhà cửa, kho tang, cơ sở giáo dục, y tê, đê điều"
    assert restore_marks(common, names_only=True) == common


def _sample_line(relative: str, start: str) -> str:
    """The line of a bundled sample that starts with `start`, with the line after it (a wrapped list)."""
    lines = normalize((SAMPLES / relative).read_text(encoding="utf-8")).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    return "\n".join(lines[at:at + 2])


@pytest.mark.parametrize(("text", "expected"), [
    # 807.pdf (OCR), item 4 of Điều 1: a body of several districts, then a group
    ("Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và\nYên Mô; các sở, ban, ngành liên quan.",
     ["Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan", "Ủy ban nhân dân huyện Yên Mô",
      "các sở, ban, ngành liên quan"]),
    ("UBND các huyện Hoa Lư, Nho Quan, Yên Mô và các sở, ban, ngành liên quan",
     ["Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan", "Ủy ban nhân dân huyện Yên Mô",
      "các sở, ban, ngành liên quan"]),
    ("Ủy ban nhân dân các huyện, thành phố", ["Ủy ban nhân dân các huyện, thành phố"]),  # no names: a group
    ("Sở Nông nghiệp và PTNT, Sở Y tế", ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"]),
])
def test_lists_of_named_units_are_spelled_out(text: str, expected: list[str]) -> None:
    assert split_agencies(text) == expected


def test_a_body_of_named_provinces_in_a_real_dispatch_is_spelled_out() -> None:
    line = _sample_line("chinhphu/2241ttg.signed.txt", "Điều 2. Ủy ban nhân dân các tỉnh: Thái Nguyên")
    listed = line[line.index("Ủy ban"):line.index("Ninh") + 4]  # "… Lạng Sơn, Bắc\nNinh"
    assert split_agencies(listed) == [
        "Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Ủy ban nhân dân tỉnh Bắc Ninh"]


@pytest.mark.parametrize(("asked", "named", "expected"), [
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", True),  # 194-ttg, item 3
    ("UBND tỉnh", "Ủy ban nhân dân các huyện, thành phố", False),  # another unit
    ("Ủy ban nhân dân tỉnh Ninh Bình", "Ủy ban nhân dân các tỉnh", False),  # one named province is no group
    ("Sở Tài chính", "Sở Tài chính tỉnh Ninh Bình", True),
    ("Sở Tài chính", "Sở Nội vụ", False),
    # a group asked is covered by a group of the same body over those units and more (196-ttg, 187-ttg)
    ("Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân các tỉnh, thành phố", True),
    ("UBND cấp tỉnh", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", True),
    ("Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh", False),  # the group named is narrower
    ("UBND cấp huyện", "Ủy ban nhân dân các tỉnh, thành phố", False),  # another unit
    ("Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân tỉnh", False),  # one province's is no group
    ("Sở Tài chính các tỉnh", "Ủy ban nhân dân các tỉnh, thành phố", False),  # another body
    ("Ủy ban Dữ liệu QG", "Ủy ban Dữ liệu quốc gia", True),  # 03/NQ-CP, task 75
])
def test_an_asked_agency_is_covered_by_its_group(asked: str, named: str, expected: bool) -> None:
    assert covers(asked, named) is expected


def test_a_place_is_found_however_its_dashes_and_line_breaks_are_written() -> None:
    text = _sample_line("chinhphu/195-ttg.signed.txt", "tại số nhà 9, hẻm 12")
    [place] = find_places("vụ cháy ở phường Văn Miếu – Quốc Tử Giám")
    assert names_place(text, place)
    assert not names_place(text, "Văn Chấn")


def test_a_half_abbreviated_department_is_one_agency() -> None:
    assert find_agencies("Còn Sở Nông nghiệp và PTNT thì sao?") == [("Sở Nông nghiệp và Phát triển nông thôn", 4, 26)]


@pytest.mark.parametrize("text, expected", [  # tasks of Chỉ thị 19/2008/CT-UBND (Long An) and question wordings
    ("Cục thuế tỉnh chủ trì, phối hợp với Sở Tư pháp và các sở, ngành chức năng có liên quan tổ chức rà soát các văn "
     "bản do mình ban hành, các văn bản do HĐND và UBND tỉnh ban hành", {"tỉnh"}),
    ("UBND các huyện, thị xã tổ chức rà soát các văn bản do HĐND và UBND huyện, thị xã ban hành", {"huyện"}),
    ("Ủy ban nhân dân các xã, phường", {"xã"}),
    ("UBND thị xã Tam Điệp", {"huyện"}),
    ("Cục Thuế tỉnh", set()),  # not a people's committee or council
    ("Ủy ban nhân dân", set()),  # no level named
])
def test_the_level_of_a_peoples_committee_or_council(text: str, expected: set[str]) -> None:
    assert council_levels(text) == expected


def test_a_minister_named_by_the_field_alone_is_the_ministry() -> None:
    # the Ban Chỉ đạo's first session (evals/devdocs/BCD_phien_1.md): "Bộ trưởng Công an chỉ đạo triển khai …"
    from corpus.agencies import find_agencies
    assert find_agencies("Bộ trưởng Công an chỉ đạo triển khai phát triển hệ sinh thái Đề án 06") == \
        [("Bộ Công an", 0, 17)]
    assert [n for n, _, _ in find_agencies("Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách")] == ["Bộ Tài chính"]
    assert find_agencies("Bộ trưởng chỉ đạo") == []


@pytest.mark.parametrize("text, ministry, expected", [
    # Nghị định 26/2001/NĐ-CP; Luật 09/2003/QH11, Điều 29
    ("Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định này.", "Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
    ("Bộ trưởng Bộ Tài chính có trách nhiệm tổ chức thực hiện và kiểm tra việc thực hiện Luật này trong cả nước.",
     "Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
    # the ministry itself, a deputy, or the minister only as the one who proposes
    ("Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan có liên quan xây dựng báo cáo tổng hợp", "Bộ Tài chính", None),
    ("Thứ trưởng Bộ Tài chính ký thay Bộ trưởng", "Bộ Tài chính", None),
    ("Bộ Tài chính trình Chính phủ theo đề nghị của Bộ trưởng Bộ Tài chính", "Bộ Tài chính", None),
])
def test_the_minister_charged_in_the_ministrys_place(text, ministry, expected) -> None:
    from corpus.agencies import minister_of
    assert minister_of(text, ministry) == expected


def test_a_list_found_is_the_callers_own():
    # mentions and names are read once per text: a caller changing the list it got changes no later read
    text = _sentence_with("chinhphu/30-ttg.signed.txt", "Bộ Công Thương")
    found, names = find_agencies(text), agency_names(text)
    assert found and names
    found.append(("Bộ Quốc phòng", 0, 1))
    names.clear()
    assert find_agencies(text) == found[:-1] and agency_names(text) and agency_names(text) != names
    assert find_agencies(text) is not find_agencies(text)


def _sentence_with(relative: str, name: str) -> str:
    text = " ".join(normalize((SAMPLES / relative).read_text(encoding="utf-8")).split())
    at = text.index(name)
    return text[text.rfind(".", 0, at) + 1:text.index(".", at) + 1].strip()

@pytest.mark.parametrize("a, b, same", [
    # the provinces and the centrally run cities, with or without "trực thuộc trung ương" (2229/QĐ-TTg, Điều 2)
    ("Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", True),
    ("Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", True),
    # the provincial level is the provinces and the centrally run cities (Luật Tổ chức chính quyền địa phương: "Đơn vị
    # hành chính cấp tỉnh gồm tỉnh, thành phố trực thuộc trung ương"; Công điện 187/CĐ-TTg, e)
    ("Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", True),
    ("Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân các tỉnh", False),  # the provinces only
    ("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân các huyện, thành phố", False),
    # one province is another body
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các tỉnh", False),
    ("Bộ Tài chính", "Bộ Tài chính", False),  # no group: `same_agency` says it
])
def test_one_group_of_units_written_two_ways(a, b, same):
    assert same_group(a, b) is same


@pytest.mark.parametrize("name, only", [
    # Phụ lục II of Nghị quyết 03/NQ-CP: partner cells "Bộ Khoa học và Công nghệ, các địa phương" (row 100), lead
    # cells "Các địa phương" (row 66) and "Địa phương được lựa chọn" (row 63)
    ("các địa phương", True), ("Các địa phương", True), ("Địa phương được lựa chọn", True),
    ("các địa phương có liên quan", True),
    ("các bộ, ngành, địa phương", False), ("Bộ Khoa học và Công nghệ", False), ("các bộ, ngành", False),
])
def test_the_localities_named_as_a_group(name, only):
    from corpus.agencies import localities_only
    assert localities_only(name) is only


@pytest.mark.parametrize("question, asked", [
    # "<agency> của <agency>": the body the first belongs to is not another agency asked (Kế hoạch 3260-KH/ĐĐQH15
    # heads the committee's tasks "g) Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách")
    ("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách của Quốc hội được giao những nhiệm vụ gì?",
     ["Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách"]),
    # agencies joined by a verb or "và" are each asked
    ("Bộ Tài chính phối hợp với Bộ Y tế làm gì?", ["Bộ Tài chính", "Bộ Y tế"]),
    ("Phiên họp thứ hai của Ban Chỉ đạo giao Bộ Khoa học và Công nghệ những nhiệm vụ gì?",
     ["Ban Chỉ đạo", "Bộ Khoa học và Công nghệ"]),
    # "tham gia" ends the name of a body no list knows whole (Nghị định 164/2003/NĐ-CP: "… phối hợp với Bộ Nông nghiệp
    # và Phát triển nông thôn, Bộ Thủy sản trình Chính phủ …"; rm34)
    ("Theo Nghị định 164/2003/NĐ-CP, ai chủ trì trình Chính phủ quy định việc nộp thuế thu nhập doanh nghiệp đối với hộ "
     "nông dân sản xuất hàng hoá lớn, Bộ Thủy sản tham gia với vai trò gì?", ["Chính phủ", "Bộ Thủy sản"]),
])
def test_an_agency_named_as_the_body_of_the_one_before_is_not_asked(question: str, asked: list[str]) -> None:
    from corpus.agencies import asked_agencies
    assert [name for name, _, _ in asked_agencies(question)] == asked


# Agency names OCR damaged, from the scanned tables and lists of real documents (Quyết định 2229/QĐ-TTg's task table,
# Thông tư 49/2025/TT-BKHCN Điều 3 read by OCR).
@pytest.mark.parametrize("line, expected", [
    ("Xây dựng và thúc đẩy mô hình hải quan số, hải quan thông minh | BộTàichính | Các bộ,ngànhvà | Pa trưởng | "
     "2025 - 2030",
     "Xây dựng và thúc đẩy mô hình hải quan số, hải quan thông minh | Bộ Tài chính | Các bộ,ngànhvà | Pa trưởng | "
     "2025 - 2030"),
    ("ỦybannhândântỉnhBắcNinh chủ trì", "Ủy ban nhân dân tỉnh Bắc Ninh chủ trì"),
    ("ỦybannhândânthànhphốHàNội", "Ủy ban nhân dân thành phố Hà Nội"),
    ("BỘTÀICHÍNH", "Bộ Tài chính"),
    ("Bộ Tài chính", "Bộ Tài chính"),  # already spaced
    ("Bộtrưởng", "Bộtrưởng"),  # not a known name
    ("BộTàichínhx", "BộTàichínhx"),  # a known name's letters and more
])
def test_split_glued_names(line, expected):
    assert split_glued_names(line) == expected


@pytest.mark.parametrize("name, expected", [
    ("Uy ban Tiêu chuẩn Do lường Chất lượng Quốc gia", "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"),
    ("Uy ban Tieu chuan Do luong Chat luong Quoc gia", "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"),
    ("So Tai chinh tinh Ninh Binh", "Sở Tài chính tinh Ninh Binh"),
    ("Sở Y tế", "Sở Y tế"),
])
def test_canonical_puts_back_marks_of_known_names(name, expected):
    assert canonical(name) == expected


def test_ocr_read_body_is_found():
    line = "3. Uy ban Tiêu chuẩn Do lường Chất lượng Quốc gia (Bộ Khoa học và Công"
    assert find_agencies(restore_marks(line, names_only=True))[0][0] == "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"


@pytest.mark.parametrize("cell, only", [
    ("Bộ Tài chính", True),  # lead cell of a row of 2229/QĐ-TTg's Phụ lục
    ("Bộ Công Thương", True),
    ("Bộ Công Thương, Bộ Xây dựng và các cơ quan liên quan", False),  # "các cơ quan" is a group, not a known name
    ("Bộ Tài chính, Bộ Xây dựng", True),
    ("nạ Công Thương", False),  # OCR's "Bộ" misread: no known name
    ("chính sách giữa Chính phủ, các bộ ngành, địa phương với hiệp", False),  # a task cell's middle line
    ("Bộ Công Thương của Chính phủ", False),
])
def test_a_cell_of_names_only(cell, only):
    assert names_only(cell) is only


@pytest.mark.parametrize("text, expected", [
    # dev b058: the city's short name in a question; alone it is the city, after a body it names the body's place
    ("Để phát triển đô thị theo mô hình TOD, Hà Nội và TP.HCM phải làm những việc gì theo Nghị quyết 318/NQ-CP?",
     [("Thành phố Hồ Chí Minh", "TP.HCM")]),
    ("UBND TP. HCM chủ trì", [("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP. HCM")]),
    ("Sở Tư pháp TP HCM phối hợp", [("Sở Tư pháp Thành phố Hồ Chí Minh", "Sở Tư pháp TP HCM")]),
    ("TP. Huế và TP Hà Nội", []),  # "TP" before another place is no agency
])
def test_the_short_name_of_ho_chi_minh_city_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, text[start:end]) for name, start, end in find_agencies(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # devdocs dc29 (Thông tư 49/2025/TT-BKHCN): the national body's name runs to "quốc gia"
    ("Thông tư 49/2025/TT-BKHCN giao Trung tâm Chứng thực điện tử quốc gia trách nhiệm gì?",
     ["Bộ Khoa học và Công nghệ", "Trung tâm Chứng thực điện tử quốc gia"]),
    ("Cục Chuyển đổi số quốc gia chủ trì", ["Cục Chuyển đổi số quốc gia"]),
])
def test_a_name_ends_in_quoc_gia(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in find_agencies(text)] == expected


@pytest.mark.parametrize("name", ["UBND các Huyện, Thành phố.", "Sở Tài chính tỉnh Ninh Bình", "Cục Tài chính/Bộ Quốc phòng",
                                  "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Ủy ban nhân dân cấp tỉnh", "Cơ quan Thuế", "'Bộ Xây dựng"])
def test_names_read_once_read_as_anew(name):
    # canonical, _qualified and _unit_group are kept per name (bounded caches): the same reading as a first one,
    # values that cannot be changed by a caller
    from corpus import agencies
    for cached in (agencies.canonical, agencies._qualified, agencies._unit_group):
        first = cached(name)
        hits = cached.cache_info().hits
        assert cached(name) == first == cached.__wrapped__(name)
        assert cached.cache_info().hits == hits + 1
        assert isinstance(first, (str, tuple, type(None)))
        assert not isinstance(first, tuple) or all(isinstance(v, (str, frozenset, bool, type(None))) for v in first)
    assert agencies.same_agency(name, name)


@pytest.mark.parametrize("issuer, named, expected", [
    # Kế hoạch 193 of Ninh Bình: "Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy" is a Tỉnh ủy document
    ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", True),
    ("Tỉnh ủy", "Tỉnh ủy", True),
    ("Tỉnh ủy", "Ủy ban nhân dân tỉnh", False),
    # "Ủy ban Thường vụ Quốc hội" is a body of its own name, not an organ prefix on "Quốc hội"
    ("Quốc hội", "Ủy ban Thường vụ Quốc hội", False),
])
def test_a_document_of_a_bodys_standing_organ_is_that_bodys(issuer, named, expected):
    assert issued_by(issuer, named) is expected


@pytest.mark.parametrize("typed, read", [
    # a cadre's question typed all in lower case (ag23, od06): the names' head words capitalised, nothing else
    ("sở du lịch ninh bình được giao làm gì trong kế hoạch phát triển công nghiệp văn hóa?",
     "Sở du lịch ninh bình được giao làm gì trong kế hoạch phát triển công nghiệp văn hóa?"),
    ("bộ công an chủ trì hay phối hợp đề án huy động hạ tầng viễn thông?",
     "Bộ công an chủ trì hay phối hợp đề án huy động hạ tầng viễn thông?"),
    ("ubnd các huyện, thành phố có phải chủ trì không?", "UBND các huyện, thành phố có phải chủ trì không?"),
    ("thanh tra tỉnh và cục thống kê tỉnh làm gì?", "Thanh tra tỉnh và Cục thống kê tỉnh làm gì?"),
    # words that only look like a head: "ban hành", "bộ luật", the group "các sở, ngành"
    ("ban hành bộ luật lao động thì các sở, ngành phải làm gì?",
     "ban hành bộ luật lao động thì các sở, ngành phải làm gì?"),
    # any capital: written as the asker chose
    ("Sở tài chính và bộ công an làm gì?", "Sở tài chính và bộ công an làm gì?"),
])
def test_a_question_typed_in_lower_case_gets_its_agency_names_capitalised(typed, read):
    assert capitalised_names(typed) == read
    assert [name for name, _, _ in find_agencies(read)] or typed == read


@pytest.mark.parametrize("text, group", [
    ("Các đơn vị báo cáo về tỉnh trước ngày nào?", True),  # Kế hoạch 196 asked in a conversation
    ("Các sở, ngành phải làm gì?", True),
    ("các huyện, thành phố báo cáo khi nào", True),
    ("Các Bộ: Tài chính, Tư pháp, Công an", False),  # ministries listed by name
    ("Các Bộ Tài chính, Tư pháp", False),
    ("Sở Văn hóa và Thể thao báo cáo trước ngày nào?", False),
])
def test_a_group_named_by_its_kind_is_read_as_the_subject(text, group):
    assert group_subject(text) is group


def test_a_place_is_read_with_its_unit():
    # Quyết định 807/QĐ-UBND of Ninh Bình: a city and the province of another name; "TP." is "thành phố"
    assert places_with_units("Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp. ỦY BAN NHÂN DÂN tỉnh Ninh Bình"
                             ) == {("thành phố", "Tam Điệp"), ("tỉnh", "Ninh Bình")}
    assert places_with_units("UBND TP. Huế") == {("thành phố", "Huế")}


@pytest.mark.parametrize("typed, read, agency", [
    # questions_og (ty24): a ministry or department typed by its field's short form in lower case, without its đ,
    # its "so" read back as "số" by the marks restored; the other words as they were
    ("số tc được giao gì trong kh 193 ạ", "Sở TC được giao gì trong kh 193 ạ", "Sở Tài chính"),
    ("sở kh&dt trong kh196 làm những việc gì", "Sở KH&ĐT trong kh196 làm những việc gì", "Sở Kế hoạch và Đầu tư"),
    ("thì Bộ ldtbxh chủ trì hay Bộ Nội vụ", "thì Bộ LĐTBXH chủ trì hay Bộ Nội vụ",
     "Bộ Lao động - Thương binh và Xã hội"),
    ("bo kh&cn chu tri hay phoi hop", "Bộ KH&CN chu tri hay phoi hop", "Bộ Khoa học và Công nghệ"),
    ("bộ gd&dt chủ trì à", "Bộ GD&ĐT chủ trì à", "Bộ Giáo dục và Đào tạo"),
])
def test_a_field_short_form_typed_in_lower_case_is_read_as_the_agency(typed, read, agency):
    assert capitalised_names(typed) == read
    assert [name for name, _, _ in find_agencies(read)][0] == agency


@pytest.mark.parametrize("typed", ["số 15 của văn bản", "bộ luật dân sự", "so sánh hai kế hoạch", "Bộ XD"])
def test_words_after_so_or_bo_that_are_no_field_short_form_stay(typed):
    assert capitalised_names(typed) == capitalised_names(typed.replace("Bộ XD", "Bộ XD"))
    assert "Sở" not in capitalised_names(typed)


@pytest.mark.parametrize("name, expected", [
    # ministries and the Front's committee by their letters (dc25): recipient lists ("Cục Pháp chế BQP", Văn bản hợp
    # nhất 75/VBHN-BQP), questions ("hướng dẫn số mấy của BQP")
    ("BQP", "Bộ Quốc phòng"),
    ("BNG", "Bộ Ngoại giao"),
    ("BYT", "Bộ Y tế"),
    ("BGD&ĐT", "Bộ Giáo dục và Đào tạo"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
])
def test_a_ministry_by_its_letters_is_read_as_the_ministry(name, expected):
    assert canonical(name) == expected
    assert [found for found, _, _ in find_agencies(f"Theo hướng dẫn của {name}")] == [expected]


@pytest.mark.parametrize("typed, read", [
    # questions_og (dc25): an agency typed by its letters in lower case, without its đ
    ("cv 706 thuc hien theo huong dan so may cua bqp", "cv 706 thuc hien theo huong dan so may cua BQP"),
    ("ct 22 thanh lap bcd trung uong trien khai luat thue tncn",
     "ct 22 thanh lap BCĐ trung uong trien khai luat thue tncn"),
    ("hdnd tỉnh và Sở Tài chính", "HĐND tỉnh và Sở Tài chính"),
    # a question all in lower case still gets its head words capitalised
    ("ubnd tỉnh và sở tài chính làm gì", "UBND tỉnh và Sở tài chính làm gì"),
    # a code's letters, a word typed with a capital, and short words stay
    ("Văn bản 4705/hd-bqp", "Văn bản 4705/hd-bqp"),
    ("Bqp thì sao", "Bqp thì sao"),
    ("tp và cp", "tp và cp"),
])
def test_an_agency_typed_by_its_letters_in_lower_case_is_written_as_documents_do(typed, read):
    assert capitalised_names(typed) == read


def test_letters_of_a_ministry_restore_no_ocr_text():
    # their names are no marked phrases: the text of indexed OCR'd passages stays as it was (no re-index)
    assert restore_marks("BO QUỐC PHÒNG XÁC THUC VAN BẢN HỢP NHAT") == "BO QUỐC PHÒNG XÁC THUC VAN BẢN HỢP NHAT"


@pytest.mark.parametrize("text, read", [
    # questions_og og06, og11 (dc25): a field's short form after "Sở" or "Bộ" is written out for the topic words
    # (support), as the documents write the name
    ("Sở TC được giao gì trong kh 193 ạ?", "Sở Tài chính được giao gì trong kh 193 ạ?"),
    ("Sở KH&ĐT trong kh 196 làm những việc gì?", "Sở Kế hoạch và Đầu tư trong kh 196 làm những việc gì?"),
    ("Bộ TP và UBND TP Hà Nội", "Bộ Tư pháp và Ủy ban nhân dân thành phố Hà Nội"),
    ("R&D và TC", "R&D và TC"),
])
def test_a_field_short_form_after_its_head_is_written_out(text, read):
    assert written_out(text) == read


@pytest.mark.parametrize("text, listed", [
    # Công điện 189, item 1: one chairman's duty for each province listed after the colon
    ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Thái Nguyên, Lạng Sơn, Bắc Ninh,\nCao Bằng và các địa phương khác trên "
     "lưu vực sông Thái Bình, nhất là sông Cầu,\nsông Thương chủ động phối hợp với Bộ Quốc phòng, Bộ Công an",
     ["Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Lạng Sơn",
      "Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân tỉnh Cao Bằng", "Bộ Quốc phòng", "Bộ Công an"]),
    # Quyết định 807 of Ninh Bình
    ("Cơ quan phối hợp: Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô",
     ["Ủy ban nhân dân các huyện", "Ủy ban nhân dân huyện Hoa Lư", "Ủy ban nhân dân huyện Nho Quan",
      "Ủy ban nhân dân huyện Yên Mô"]),
    # no colon, no list: the group alone
    ("Ủy ban nhân dân các tỉnh chủ động triển khai", ["Ủy ban nhân dân các tỉnh"]),
])
def test_a_body_of_several_units_listed_after_a_colon_names_each(text, listed):
    assert agency_names(text) == listed



@pytest.mark.parametrize("asked, name, text, other", [
    # Thông báo 541/TB-VPCP, 2.3 d): "(ii) UBND tinh Phú Tho …" (OCR, marks lost) is read with the bare lead "Ủy ban nhân
    # dân": Phú Thọ's row, never Hà Nội's
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân", "(ii) UBND tinh Phú Tho tập trung giải quyết những vướng mắc", True),
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân", "() UBND thành phố Hà Nội sớm giải quyết dứt điểm vướng mắc", False),
    # every province's row, and a row whose lead has its place, are not read here
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân", "c) UBND các tinh/thanh phố phối hợp chặt chẽ", False),
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân tỉnh Phú Thọ", "(ii) UBND tinh Phú Tho tập trung", False),
    ("Ủy ban nhân dân thành phố Huế", "Ủy ban nhân dân", "UBND thành phố Huế tập trung chỉ đạo", False),
])
def test_a_committee_of_another_place_opening_the_row(asked, name, text, other):
    from corpus.agencies import other_place_opens
    assert other_place_opens(asked, name, text) is other


@pytest.mark.parametrize("name, ministry", [
    ("Bộ Giáo dục và Đào tạo", True),
    ("Bộ Chỉ huy Quân sự tỉnh", False),  # a province's military command
    ("Cục Tài chính - Bộ Quốc phòng", False),  # a unit of a ministry
    ("Sở Giáo dục và Đào tạo", False),
])
def test_a_ministry_s_name(name, ministry):
    from corpus.agencies import is_ministry
    assert is_ministry(name) is ministry


@pytest.mark.parametrize("restored, fixed", [
    # devdocs_qe qe51 typed without marks ("So Tai chinh"), restored from OCR'd vocabulary as "Sơ Tài chính"
    ("Theo Quyết định 59/2000/QĐ-UB của UBND thành phố Đà Nẵng, Sơ Tài chính chủ trì hướng dẫn",
     "Theo Quyết định 59/2000/QĐ-UB của UBND thành phố Đà Nẵng, Sở Tài chính chủ trì hướng dẫn"),
    ("Bô Y tế chủ trì", "Bộ Y tế chủ trì"),
    ("Cúc Thuế tỉnh", "Cục Thuế tỉnh"),
    # typed all in lower case (devdocs_rh rh89 "so cong an ba ria vung tau …"), the field restored with its capitals
    ("số Công an Bà Rịa Vũng Tàu được giao gì", "Sở Công an Bà Rịa Vũng Tàu được giao gì"),
    # a surname, a verb, a number, a common word: left
    ("Vũ Văn Ninh ký", None), ("Hỏi Bộ Tài chính", None), ("Số 12 Tài chính", None), ("Bổ sung Bộ Y tế", None),
    ("số lượng cán bộ là bao nhiêu", None), ("số 12 Công an", None),
    # a short form typed in lower case and capitalised (dev og03 "so nn&ptnt co chu tri …"): left to `_typed_fields`
    ("số Nn&ptnt có chủ trì việc bố sung chức năng", None),
    # a word restored wrong before another name (dev odc4.2 "chuyen doi so benh vien Bach Mai"): no field after it
    ("Nhiệm vụ chuyển đổi sở Bệnh viện Bạch Mai phối hợp với ai?", None),
    # a lower-case head before a field restored with its capital (devdocs_rl rl58, Chỉ thị 44/2002/CT-UB of Bà Rịa -
    # Vũng Tàu); "số" before a document's type or a number is no head
    ("số Công an Bà Rịa Vũng Tàu làm gì theo chỉ thị 44/2002?",
     "Sở Công an Bà Rịa Vũng Tàu làm gì theo chỉ thị 44/2002?"),
    ("giao số Nội vụ chủ trì", "giao Sở Nội vụ chủ trì"),
    ("theo số Công văn 15557 thì sao", None), ("số Kế hoạch 193", None), ("bổ sung Công an", None),
])
def test_a_head_restored_with_another_words_marks_gets_its_own(restored, fixed):
    from corpus.agencies import remarked_heads
    assert remarked_heads(restored) == (fixed or restored)


@pytest.mark.parametrize("text, countries", [
    # rh37: a foreign country named in one word, which `parts.proper_names` (two words or more) does not read
    ("Bộ Ngoại giao được giao trao đổi với Lào về xả lũ như thế nào?", {"Lào"}),
    ("hợp tác với Nga và Mỹ.", {"Nga", "Mỹ"}),
    # a word of a longer name (Công điện 186's "tỉnh Lào Cai"), a person's name, a sentence's first word: none
    ("di dời các hộ dân tại xã Bảo Hà, tỉnh Lào Cai", set()),
    ("ở Mỹ Tho", set()),
    ("Nhật Bản", set()),
    ("Pháp luật quy định", set()),
    ("Bộ Tư pháp", set()),
])
def test_a_foreign_country_named_in_one_word_is_read(text, countries):
    from corpus.agencies import countries_named
    assert countries_named(text) == countries


@pytest.mark.parametrize("text, read", [
    # rh42 ("… bo giao duc phai trinh thu tuong …", restored "Bộ Giáo dục"): the ministry Công điện 196 names in full
    ("Theo Công điện 196 Bộ Giáo dục phải trình Thủ tướng báo cáo thiệt hại trước ngày nào",
     "Theo Công điện 196 Bộ Giáo dục và Đào tạo phải trình Thủ tướng báo cáo thiệt hại trước ngày nào"),
    ("Bộ Lao động được giao gì trong Chỉ thị 22/2008/CT-TTg?",
     "Bộ Lao động - Thương binh và Xã hội được giao gì trong Chỉ thị 22/2008/CT-TTg?"),
    # written in full or half, or a field no spoken form names alone: left
    ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
    ("Sở Lao động, thương binh và xã hội", "Sở Lao động, thương binh và xã hội"),
    ("Sở Lao động Thương binh Xã hội", "Sở Lao động Thương binh Xã hội"),
    ("Bộ Giao thông vận tải", "Bộ Giao thông vận tải"),
    ("Bộ Khoa học chủ trì gì?", "Bộ Khoa học chủ trì gì?"),
    ("các cơ sở giáo dục", "các cơ sở giáo dục"),
])
def test_a_ministry_named_by_the_first_words_of_its_field_is_read_whole(text, read):
    from corpus.agencies import spoken_fields
    assert spoken_fields(text) == read


@pytest.mark.parametrize("question, asked", [
    # round ua32: short forms cadres type that the lists did not know (devdocs ts49: "Đài PT-TH tỉnh" was read "Đài
    # PT"), each as the documents write the body (Chỉ thị 42/1998/CT-UBND: "Sở Văn hoá - Thông tin, Báo Quảng Bình,
    # Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế …"; Chỉ thị 19/2008/CT-UBND: "Sở Thông tin và Truyền
    # thông"; Nghị định 13/2016/NĐ-CP: "Bộ Chỉ huy quân sự cấp tỉnh")
    ("Đài PT-TH tỉnh chủ trì hay phối hợp tuyên truyền hai Luật thuế trên phương tiện thông tin đại chúng?",
     ["Đài Phát thanh - Truyền hình tỉnh"]),
    ("Đài PTTH tỉnh phối hợp với ai?", ["Đài Phát thanh - Truyền hình tỉnh"]),
    ("Đài PT - TH tỉnh phối hợp với ai?", ["Đài Phát thanh - Truyền hình tỉnh"]),
    ("Đài PT&TH tỉnh làm gì?", ["Đài Phát thanh và Truyền hình tỉnh"]),
    ("Sở VH-TT phối hợp với cơ quan nào?", ["Sở Văn hóa - Thông tin"]),
    ("Sở VHTT phối hợp với cơ quan nào?", ["Sở Văn hóa - Thông tin"]),
    ("Sở VH-TT&DL chủ trì hay phối hợp?", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở VH-TT-DL chủ trì hay phối hợp?", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở TT-TT phối hợp với ai?", ["Sở Thông tin và Truyền thông"]),
    ("Sở LĐ-TBXH làm gì?", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở LĐ-TB-XH làm gì?", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở TN-MT làm gì?", ["Sở Tài nguyên và Môi trường"]),
    ("Sở NN-PTNT làm gì?", ["Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Sở GD-ĐT làm gì?", ["Sở Giáo dục và Đào tạo"]),
    ("Sở KH-CN làm gì?", ["Sở Khoa học và Công nghệ"]),
    ("Sở KH-ĐT làm gì?", ["Sở Kế hoạch và Đầu tư"]),
    ("Bộ CHQS tỉnh làm gì?", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("BCHQS tỉnh làm gì?", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("Ban CHQS huyện làm gì?", ["Ban Chỉ huy Quân sự huyện"]),
    # a dash spaced or a comma left out, as `_pattern` lets them be: read, where the exact look-up raised a KeyError
    ("Sở LĐ - TB&XH làm gì?", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở VH TT&DL làm gì?", ["Sở Văn hóa, Thể thao và Du lịch"]),
    # "PTTH" alone is the high school ("trường PTTH"): no agency
    ("Trường PTTH nào được nêu?", []),
])
def test_short_forms_cadres_type(question, asked):
    from corpus.agencies import asked_agencies
    assert [name for name, _, _ in asked_agencies(question)] == asked


@pytest.mark.parametrize("text, read", [
    ("Sở LĐ - TB&XH làm gì?", "Sở Lao động - Thương binh và Xã hội làm gì?"),
    ("Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh"),
    ("trường PTTH", "trường PTTH"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
])
def test_short_forms_written_out(text, read):
    assert written_out(text) == read
