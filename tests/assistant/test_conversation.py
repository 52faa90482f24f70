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
