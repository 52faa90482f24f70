"""Relation questions are told apart from the other question types, with their direction and kind."""
import pytest

from assistant.intent import classify


@pytest.mark.parametrize("question, relation", [
    ("Những kế hoạch nào triển khai Chỉ thị 20-CT/TU?", ("in", "implements")),
    ("Chỉ thị 20-CT/TU được triển khai bằng những kế hoạch nào?", ("in", "implements")),
    ("Văn bản nào thay thế Chỉ thị 29/CT-TTg?", ("in", "replaces")),
    ("Chỉ thị 29/CT-TTg đã bị thay thế chưa?", ("in", "replaces")),
    ("Chỉ thị 29/CT-TTg còn hiệu lực không?", ("in", "replaces")),
    ("Chỉ thị 30/CT-TTg thay thế văn bản nào?", ("out", "replaces")),
    ("Kế hoạch 193 căn cứ vào những văn bản nào?", ("out", "can_cu")),
    ("Kế hoạch 193/KH-UBND triển khai chỉ thị nào?", ("out", "implements")),
    ("Quyết định 2243/QĐ-TTg bãi bỏ những quyết định nào?", ("out", "repeals")),
])
def test_relation_questions_name_direction_and_kind(question, relation):
    intent = classify(question)
    assert (intent.kind, intent.relation) == ("relation", relation)


@pytest.mark.parametrize("question, kind", [
    ("Cơ quan nào thực hiện nhiệm vụ trồng cây theo Kế hoạch 193?", "lead"),
    ("Ai chủ trì triển khai Chỉ thị 30?", "lead"),
    ("Kế hoạch 196/KH-UBND do ai ban hành?", "metadata"),
    ("Văn bản nào thay thế các quy định về thuế?", "content"),  # names no document
])
def test_other_questions_that_share_the_verbs_are_not_relation_questions(question, kind):
    assert classify(question).kind == kind


def test_the_type_word_before_a_number_is_kept():
    assert classify("Văn bản nào thay thế Thông tư liên tịch 122/2008/TTLT-BTC-BQP?").doc_type_named == \
        "Thông tư liên tịch"


@pytest.mark.parametrize("question, row", [
    ("Ai chủ trì nhiệm vụ 5 trong Phụ lục Kế hoạch 193/KH-UBND?", "5"),
    ("Thời hạn của nhiệm vụ số 12 là khi nào?", "12"),
    ("Dòng 03 của bảng do ai chủ trì?", "3"),
    ("Các nhiệm vụ năm 2025 của Sở Tài chính?", None),  # a year is no row number
    ("Nhiệm vụ 5/2025 là gì?", None),  # nor a month
    ("Sở Xây dựng phải làm gì theo Kế hoạch 193/KH-UBND?", None),
])
def test_a_task_table_row_named_by_its_number(question, row):
    assert classify(question).row == row
