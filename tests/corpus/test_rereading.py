"""OCR'd titles put right from a second reading of the same title in the document (corpus.rereading) over the
bundled counts: on the header and body lines of the publisher's OCR of signed scans (corpus/samples/chinhphu), on
titles a second reading must not change, and on every bundled document's title as the loaders read it."""
from __future__ import annotations

import pytest

from corpus.loaders import load
from corpus.rereading import reread_title
from tests.data import SAMPLES

# Lines as the publisher's OCR reads them: the title under the type line, then where the body restates it.
QD_143 = """QUYET ĐỊNH
MA... Ban hành Quy chế hoạt động
dia Ủy ban Quốc gia về người cao tuôi Việt Nam

CHỦ TỊCH ỦY BAN QUÓC GIA VẺ NGƯỜI CAO TUOI VIET NAM

Điều 1. Ban hành kèm theo Quyết định này “Quy chế hoạt động của Ủy
ban Quốc gia về người cao tuổi Việt Nam”."""
QD_2222 = """QUYET ĐỊNH
Về việc thành lập Ban Chi đạo Lễ mé ký Công ước Liên hợp quốc
về chống tội phạm mạng và các sự kiện liên quan tại Việt Nam
(Ban Chỉ đạo Lễ mở ký Công ước Hà Nội)

Điều 1. Thành lập Ban Chỉ đạo Lễ mở ký Công ước của Liên hợp quốc về
chống tội phạm mạng và các sự kiện liên quan tại Việt Nam (sau đây gọi tắt là"""
ND_260 = """bán, Hgày.43l4n1.2026... NGHỊ ĐỊNH

đối mức thuế suất thuế xuất khẩu đối với một số mặt hàng thuộc
nhóm 71.13, 71.14 và 71.15 tại Biểu thuế xuất khẩu. theo Danh mục mặt

Chính phủ ban hành Nghị định sửa đổi mức thuế suất thuế xuất khẩu
đối với một sô mặt hàng thuộc nhóm 71.13, 71.14 và 71.15 tại Biểu thuế

Điều 1. Sửa déi mức thuế suất thuế xuất khẩu đối với một số mặt hàng"""
CD_193 = """CÔNG ĐIỆN

về khẩn trương hoàn thành việc rà soát toàn điện, cập nhật thông tin, danh mục

dự án. Theo đó, yêu cầu Bộ, ngành, địa phương tiếp tục rà soát toàn diện, cập nhật
thông tin, danh mục đầy đủ"""


@pytest.mark.parametrize("read, text, doc_type, right", [
    # a letter misread between words the body repeats ("dia" for "của", "mé" for "mở")
    ("Ban hành Quy chế hoạt động địa Ủy ban Quốc gia về người cao tuổi Việt Nam", QD_143, "Quyết định",
     "Ban hành Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam"),
    (("Về việc thành lập Ban Chỉ đạo Lễ mé ký Công ước Liên hợp quốc về chống tội phạm mạng và các sự kiện liên quan "
      "tại Việt Nam (Ban Chỉ đạo Lễ mở ký Công ước Hà Nội)"), QD_2222, "Quyết định",
     ("Về việc thành lập Ban Chỉ đạo Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng và các sự kiện liên quan "
      "tại Việt Nam (Ban Chỉ đạo Lễ mở ký Công ước Hà Nội)")),
    # the opening word lost under the stamp, given back by the promulgation formula, and the mark of the next one
    ("đối mức thuế suất thuế xuất khẩu đối với một số mặt hàng thuộc", ND_260, "Nghị định",
     "Sửa đổi mức thuế suất thuế xuất khẩu đối với một số mặt hàng thuộc"),
    # a mark misread that the mark corrector left ("toàn điện" is a phrase too)
    ("về khẩn trương hoàn thành việc rà soát toàn điện, cập nhật thông tin, danh mục", CD_193, "Công điện",
     "về khẩn trương hoàn thành việc rà soát toàn diện, cập nhật thông tin, danh mục"),
])
def test_a_title_misread_is_put_right_from_its_second_reading(read, text, doc_type, right):
    assert reread_title(read, text, doc_type) == right


@pytest.mark.parametrize("title, text, doc_type", [
    # the body's reading is the misread one: the title's word fits its neighbours and stays
    ("Ban hành Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam",
     QD_143.replace("dia Ủy", "của Ủy").replace("động của Ủy\nban", "động địa Ủy\nban"), "Quyết định"),
    # a body that says something else about the same subject is no reading of the title
    ("Ban hành Quy chế làm việc của Ủy ban Quốc gia về người cao tuổi Việt Nam",
     ("QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Ủy ban Quốc gia về người cao tuổi Việt Nam\n\n"
      "Điều 2. Quyết định này thay thế Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam."),
     "Quyết định"),
    # "Điều 1" restating a title after other words gives nothing back before it: only the promulgation formula does
    ("quy định chi tiết một số điều của Luật Đầu tư",
     ("NGHỊ ĐỊNH\nquy định chi tiết một số điều của Luật Đầu tư\n\nĐiều 1. Sửa đổi quy định chi tiết một số điều của "
      "Luật Đầu tư"), "Nghị định"),
    # a title that starts with its capital keeps its start
    ("Quy định chi tiết một số điều của Luật Đầu tư",
     ("NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Đầu tư\n\nChính phủ ban hành Nghị định sửa đổi quy định chi "
      "tiết một số điều của Luật Đầu tư"), "Nghị định"),
    # no second reading at all
    ("Về kiểm soát thương mại chiến lược",
     "NGHỊ ĐỊNH\nVề kiểm soát thương mại chiến lược\n\nĐiều 1. Phạm vi điều chỉnh", "Nghị định"),
])
def test_a_right_title_stays(title, text, doc_type):
    assert reread_title(title, text, doc_type) == title


@pytest.mark.parametrize("name, right", [
    ("143-qd.signed.txt", "Ban hành Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam"),
    ("2222ttg.signed.txt", "Về việc thành lập Ban Chỉ đạo Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng"),
    ("260nd.signed.txt", "Sửa đổi mức thuế suất thuế xuất khẩu đối với một số mặt hàng thuộc"),
])
def test_the_loader_gives_the_bundled_ocr_titles_misread_in_their_letters_right(name, right):
    """All 49 bundled titles are checked against evals/metadata_gold.json in tests/corpus/test_tables.py."""
    [document] = load(SAMPLES / "chinhphu" / name)
    assert document.header.title.startswith(right)


def test_the_body_text_is_left_as_read():
    [decree] = load(SAMPLES / "chinhphu" / "260nd.signed.txt")
    assert decree.header.title.startswith("Sửa đổi mức thuế suất thuế xuất khẩu")
    assert "Sửa déi" in decree.text  # the body text is not changed
