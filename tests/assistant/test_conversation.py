import pytest

from assistant.conversation import resolve
from assistant.records import Answer, Turn

PREVIOUS = [Turn("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế làm gì?",
                 Answer("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế làm gì?", "…", True))]


@pytest.mark.parametrize("follow_up", ["Còn Bộ LĐ-TB&XH thì được giao gì?", "còn Bộ LĐ-TB&XH thì sao?",
                                       "Vậy Bộ Lao động - Thương binh và Xã hội?"])
def test_swapping_the_agency_keeps_the_rest_of_the_previous_question(follow_up):
    resolved = resolve(follow_up, PREVIOUS)
    assert resolved.question == "Chỉ thị 22/2008/CT-TTg giao Bộ Lao động - Thương binh và Xã hội làm gì?"


def test_a_self_contained_question_is_left_alone():
    question = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?"
    assert resolve(question, PREVIOUS).question == question


def test_without_history_nothing_changes():
    assert resolve("Thời hạn của nhiệm vụ đó?", []).question == "Thời hạn của nhiệm vụ đó?"


def _cited(question: str, doc_id: str) -> list[Turn]:
    """A turn whose answer cites one passage of `doc_id`: the document the conversation is on."""
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, None, None, None, None, None, "", None, None, "…", 0, 1, "")
    return [Turn(question, Answer(question, "…", True, (citation,)))]


@pytest.mark.parametrize("follow_up, kept", [
    ("Kinh phí hoạt động của Ủy ban này lấy từ đâu?", True),  # "Ủy ban này": the committee just spoken of
    ("Ai làm Chủ tịch và Thư ký của Phân ban đó?", True),
    ("Văn bản hướng dẫn của Bộ Quốc phòng được nhắc đến trong công văn có số và ngày nào?", True),
    ("Sau đó các địa phương báo cáo kết quả về cơ quan nào?", False),  # "sau đó" points at nothing
    ("Trong Nghị quyết 57 có bao nhiêu nhiệm vụ về chuyển đổi số?", False),  # another document, named
])
def test_a_thing_pointed_at_keeps_the_conversations_document_first(follow_up, kept):
    turns = _cited("Sau khi kiện toàn, ai làm Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam?", "2219-ttg.signed")
    assert (resolve(follow_up, turns).prefer_doc == "2219-ttg.signed") is kept


def test_an_agency_half_abbreviated_is_swapped_whole():
    # "Sở Nông nghiệp và PTNT" is one agency: the previous question keeps its document and topic with it
    previous = [Turn("Trong Kế hoạch 196 của Ninh Bình, Sở Văn hóa và Thể thao có trách nhiệm gì?",
                     Answer("Trong Kế hoạch 196 của Ninh Bình, Sở Văn hóa và Thể thao có trách nhiệm gì?", "…", True))]
    resolved = resolve("Còn Sở Nông nghiệp và PTNT thì sao?", previous)
    assert resolved.question == ("Trong Kế hoạch 196 của Ninh Bình, Sở Nông nghiệp và Phát triển nông thôn có trách "
                                 "nhiệm gì?")


def _turns(*asked: tuple[str, str]) -> list[Turn]:
    """Earlier turns, each with the question as the assistant made it whole."""
    return [Turn(question, Answer(question, "…", True, resolved_question=whole)) for question, whole in asked]


def test_an_agency_swapped_after_a_signer_question_goes_to_the_agency_question():
    # "Chỉ thị đó ai ký?" names no agency: "Còn Bộ Tài chính thì sao?" asks what the agency question asked
    turns = _turns(("Chỉ thị 30/CT-TTg giao Bộ Công Thương nhiệm vụ gì?", "Chỉ thị 30/CT-TTg giao Bộ Công Thương "
                    "nhiệm vụ gì?"), ("Chỉ thị đó ai ký?", "Chỉ thị đó ai ký Chỉ thị 30/CT-TTg"))
    assert resolve("Còn Bộ Tài chính thì sao?", turns).question == "Chỉ thị 30/CT-TTg giao Bộ Tài chính nhiệm vụ gì?"


def test_an_agency_swapped_after_a_question_naming_none_asks_its_tasks_in_the_document():
    # "who leads <task>" then "Còn Sở X thì sao?": Sở X's tasks in the document, not the task's lead again
    asked = "Theo Chỉ thị 30/CT-TTg, ai chịu trách nhiệm theo dõi tình hình cung cấp than cho sản xuất điện?"
    turns = _turns((asked, asked), ("Chỉ thị đó ai ký?", "Chỉ thị đó ai ký Chỉ thị 30/CT-TTg"))
    assert resolve("Còn Bộ Tài chính thì sao?", turns).question == "Chỉ thị 30/CT-TTg giao Bộ Tài chính nhiệm vụ gì?"


def test_the_agency_asked_about_is_swapped_not_the_issuer_the_question_names():
    asked = "Chỉ thị 01/2009/CT-UBND của UBND tỉnh Kon Tum giao Sở Tài chính nhiệm vụ gì?"
    resolved = resolve("Còn Cục Thuế tỉnh thì sao?", _turns((asked, asked)))
    assert resolved.question == "Chỉ thị 01/2009/CT-UBND của UBND tỉnh Kon Tum giao Cục Thuế tỉnh nhiệm vụ gì?"


def test_an_agency_swapped_after_a_question_naming_no_agency_nor_document_keeps_that_question():
    # no document to ask the agency's tasks of: the question with the agency, whose topic finds the document
    asked = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?"
    resolved = resolve("Còn Bộ Tài chính thì sao?", _turns((asked, asked)))
    assert resolved.question == "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi? Bộ Tài chính"


def test_the_agency_asked_gives_way_not_the_body_that_assigns():
    # "Ban Chỉ đạo" sets the scene; the ministry after "giao" is the one asked, so it is the one swapped
    question = "Phiên họp thứ nhất của Ban Chỉ đạo giao Bộ trưởng Bộ Khoa học và Công nghệ nhiệm vụ gì?"
    resolved = resolve("Còn Bộ Tài chính thì sao?", [Turn(question, Answer(question, "…", True))])
    assert resolved.question == "Phiên họp thứ nhất của Ban Chỉ đạo giao Bộ trưởng Bộ Tài chính nhiệm vụ gì?"
