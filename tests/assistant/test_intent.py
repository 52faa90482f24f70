"""Relation questions are told apart from the other question types, with their direction and kind."""
import pytest

from assistant.intent import (PRODUCT_ASKED, role_reworded, WHICH_AGENCIES, classify, scoped_terms, content_words, described_documents, described_issuers, described_titles, opening_document, source_words,
                             without_titles)


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
    # a law asked by its kind, a circular "hướng dẫn thực hiện" a decision (Luật 26/2012/QH13, Thông tư 24/2000/TT-BTC)
    ("Luật số 26/2012/QH13 sửa đổi, bổ sung luật nào?", ("out", "amends")),
    ("Thông tư 24/2000/TT-BTC hướng dẫn thực hiện quyết định nào?", ("out", "implements")),
    ("Văn bản nào hướng dẫn thực hiện Quyết định 08/2000/QĐ-TTg?", ("in", "implements")),
    # the documents asked are those that end (Nghị định 164/2003/NĐ-CP, Điều 50: "Các Nghị định số 30/1998/NĐ-CP …,
    # số 26/2001/NĐ-CP … hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004"): which the one named replaces
    ("Theo Nghị định 164/2003/NĐ-CP, những nghị định nào hết hiệu lực thi hành kể từ ngày 01/01/2004?",
     ("out", "replaces")),
    ("Khi Nghị định 14/2016/NĐ-CP có hiệu lực, những văn bản nào hết hiệu lực?", ("out", "replaces")),
    # whether the one named still stands: what replaced it
    ("Nghị định 164/2003/NĐ-CP đã hết hiệu lực chưa?", ("in", "replaces")),
    # the one named makes another end (Luật 09/2003/QH11, Điều 31: "Luật thuế thu nhập doanh nghiệp ngày 10 tháng 5
    # năm 1997 hết hiệu lực thi hành kể từ ngày Luật này có hiệu lực"): what it ends, not what replaced it
    ("Luật 09/2003/QH11 làm hết hiệu lực luật thuế thu nhập doanh nghiệp ban hành ngày nào?", ("out", "replaces")),
    # any citation (rh17: Công điện 188 and 189 both cite "Công điện số 186/CD-TTg ngày 04/10/2025"), telegrams asked
    # by their kind too; a relation verb of its own is read first
    ("Công điện nào nhắc lại Công điện 186/CĐ-TTg về ứng phó bão số 11?", ("in", "mentions")),
    ("Văn bản nào đề cập đến Chỉ thị 22/2008/CT-TTg?", ("in", "mentions")),
    ("Công điện 189 nhắc lại những công điện nào?", ("out", "mentions")),
])
def test_relation_questions_name_direction_and_kind(question, relation):
    intent = classify(question)
    assert (intent.kind, intent.relation) == ("relation", relation)


@pytest.mark.parametrize("question", [
    # Nghị định 164/2003/NĐ-CP, Điều 50 ("… hết hiệu lực thi hành kể từ ngày 01 tháng 01  năm 2004") and Luật
    # 09/2003/QH11, Điều 31: when the end takes effect is asked, not which text replaced the one named
    "Theo Nghị định 164/2003/NĐ-CP, Nghị định 30/1998/NĐ-CP và 26/2001/NĐ-CP về thuế TNDN hết hiệu lực khi nào?",
    "Luật thuế thu nhập doanh nghiệp ngày 10 tháng 5 năm 1997 hết hiệu lực từ lúc nào theo Luật 09/2003/QH11?",
    "Thông tư 130/2008/TT-BTC hết hiệu lực thi hành từ ngày nào?",
])
def test_the_time_a_text_ends_is_asked_as_a_time(question):
    intent = classify(question)
    assert (intent.kind, intent.slot) == ("deadline", "deadline")


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


@pytest.mark.parametrize("question, reference", [
    ("Sở Tài chính phải làm gì theo Chỉ thị 09/2008?", ("Chỉ thị", "9")),
    ("Nghị định 261/2025 giao Bộ Xây dựng việc gì?", ("Nghị định", "261")),
    ("Công điện 186 yêu cầu gì?", ("Công điện", "186")),
])
def test_a_document_named_by_type_serial_and_year_is_a_reference(question, reference):
    assert classify(question).doc_reference == reference


def test_a_full_number_is_no_bare_reference():
    intent = classify("Nghị định 261/2025/NĐ-CP giao Bộ Xây dựng việc gì?")
    assert intent.doc_reference is None and intent.doc_number == "261/2025/NĐ-CP"


@pytest.mark.parametrize("question, kind, agency", [
    ("Bộ Công an chủ trì những đầu việc nào trong Nghị quyết 03?", "agency_tasks", "Bộ Công an"),
    ("Sở Y tế có những công việc gì theo kế hoạch này?", "agency_tasks", "Sở Y tế"),
    # the agency asked is the subject of the duty, not the body whose meeting sets the scene
    ("Sau cuộc họp của Ban Chỉ đạo, Bộ Tài chính được giao những việc gì?", "agency_tasks", "Bộ Tài chính"),
    ("Thủ tướng yêu cầu Bộ Xây dựng làm gì sau khi Bộ Tài chính báo cáo?", "agency_tasks", "Bộ Xây dựng"),
    # the head's title before the agency assigned: the ministry, not the body that assigns
    ("Phiên họp thứ nhất của Ban Chỉ đạo giao Bộ trưởng Bộ Khoa học và Công nghệ nhiệm vụ gì?", "agency_tasks",
     "Bộ Khoa học và Công nghệ"),
    # the first named stays when none stands as the subject
    ("Bộ Tài chính phối hợp với Bộ Tư pháp làm những việc gì?", "agency_tasks", "Bộ Tài chính"),
    # an indicator table's rows are the agency's to follow ("Chỉ tiêu | … | Cơ quan chủ trì theo dõi, đánh giá")
    ("Ngân hàng Nhà nước chủ trì theo dõi những chỉ tiêu nào?", "agency_tasks", "Ngân hàng Nhà nước Việt Nam"),
])
def test_agency_tasks_questions_and_the_agency_asked(question, kind, agency):
    intent = classify(question)
    assert (intent.kind, intent.agency) == (kind, agency)


@pytest.mark.parametrize("question", [
    "Bộ nào phải ban hành danh mục thuốc thiết yếu làm căn cứ thanh toán bảo hiểm?",
    "Theo Chỉ thị 19/2008, cơ quan nào có trách nhiệm kiểm tra việc khấu trừ thuế?",
])
def test_which_body_must_do_a_task_is_a_lead_question(question):
    intent = classify(question)
    assert intent.kind == "lead" and intent.slot == "lead"


@pytest.mark.parametrize("question", [
    "Hiệu lực từ bao giờ?",  # devdocs_ob obc1.3, after "Ai ký?" of Thông tư 205/2009/TT-BTC
    "TT 205/2009 hiệu lực từ bao giờ?",
    "Thông tư 64/2010/TT-BTC hiệu lực bao giờ?",
    "TT 205/2009 hiệu lực từ lúc nào?",
])
def test_an_effective_date_asked_without_co(question):
    assert classify(question).slot == "effective"


def test_a_basis_asked_of_a_document_is_still_its_legal_basis():
    assert classify("Quyết định 807/QĐ-UBND căn cứ những luật nào?").slot == "legal_basis"


@pytest.mark.parametrize("question, basis", [
    # Thông tư 68/2005/TT-BTC, II.4: "Kho bạc nhà nước căn cứ chứng từ nộp thuế … thực hiện điều tiết …": a duty
    ("Theo Thông tư 68/2005/TT-BTC, cơ quan nào căn cứ chứng từ nộp thuế để điều tiết cho ngân sách các cấp?", False),
    ("Theo Thông tư 35/1998/TT-BTC, ai căn cứ danh mục được duyệt để theo dõi việc nhập khẩu miễn thuế?", False),
    ("Đơn vị nào căn cứ chứng từ nộp thuế để điều tiết?", False),
    # the document's own basis
    ("Thông tư 68/2005/TT-BTC căn cứ Luật Ngân sách nhà nước số mấy?", True),
    ("Thông tư 35/1998/TT-BTC căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ tại công văn nào?", True),
    ("Luật 26/2012/QH13 được ban hành căn cứ vào đâu?", True),
    # how an amount is set (Quyết định 41/2002/QĐ-TTg, Điều 2: "Giá bán làm căn cứ tính truy thu … được xác định trên
    # cơ sở bảng giá tối thiểu …"), not what the decision rests on
    ("Cơ sở bán xe máy ghi giá trên hóa đơn thấp hơn giá thực tế thì giá tính truy thu thuế GTGT, TNDN xác định căn cứ "
     "vào đâu theo QĐ 41/2002?", False),
    ("Thuế được tính căn cứ vào giá nào theo Quyết định 41/2002/QĐ-TTg?", False),
])
def test_a_body_asked_before_can_cu_asks_who_not_the_basis(question, basis):
    assert ("legal_basis" in classify(question).slots) is basis


@pytest.mark.parametrize("question", [
    # Thông tư 35/1998/TT-BTC, IV: "Thông tư này áp dụng đối với các tờ khai hải quan kể từ ngày 01/01/1998."
    "Thông tư 35/1998/TT-BTC áp dụng đối với các tờ khai hải quan kể từ ngày nào?",
    "Quyết định này được áp dụng từ ngày nào?",
])
def test_applied_to_something_from_which_day_asks_the_start(question):
    assert classify(question).slot == "effective"


@pytest.mark.parametrize("question, types", [
    ("Trong chỉ thị về quản lý ngành than, Bộ Tài chính được giao làm gì?", ("Chỉ thị",)),
    ("Công điện về bão và Quyết định 2241 giao gì cho các tỉnh?", ("Công điện", "Quyết định")),
    ("Bộ Tài chính phải làm những việc gì?", ()),
])
def test_document_types_named_without_a_number(question, types):
    assert classify(question).types_named == types


@pytest.mark.parametrize("question, asks", [
    ("Tiểu ban Hậu cần gồm đại diện những cơ quan nào?", True),
    ("Những bộ, ngành nào cử đại diện vào Phân ban?", True),
    ("Kế hoạch 193 có hiệu lực từ ngày nào?", False),
])
def test_questions_that_ask_which_agencies(question, asks):
    assert bool(WHICH_AGENCIES.search(question)) == asks


@pytest.mark.parametrize("question, kind, agency", [
    # who takes part, asked with "bộ nào / ngành nào … phối hợp": the partners of the agency named
    ("Khi Bộ Tài chính rà soát sửa các luật thuế, bộ nào phối hợp?", "partners", "Bộ Tài chính"),
    ("Ngành nào phối hợp với Bộ Công an?", "partners", "Bộ Công an"),
    ("Những sở nào phối hợp với Sở Y tế?", "partners", "Sở Y tế"),
    # "… nào chủ trì, phối hợp với X": the lead is asked, X is a partner
    ("Bộ nào chủ trì, phối hợp với Bộ Công an?", "lead", "Bộ Công an"),
    ("Cơ quan nào chủ trì, phối hợp với Bộ Công an xây dựng đề án?", "lead", "Bộ Công an"),
])
def test_who_takes_part_is_told_from_who_leads(question, kind, agency):
    intent = classify(question)
    assert (intent.kind, intent.agency) == (kind, agency)


@pytest.mark.parametrize("question, kind", [
    ("Theo Nghị định 259/2025, bộ nào lập danh sách những đối tượng bị chỉ định?", "lead"),
    ("Cơ quan nào thẩm định hồ sơ đề nghị cấp phép?", "lead"),
    ("Cơ quan thường trực của Ủy ban Quốc gia về người cao tuổi Việt Nam là cơ quan nào?", "lead"),
    ("Cơ quan nào ban hành Chỉ thị 30?", "metadata"),
    ("Bộ nào có nhiều nhiệm vụ nhất?", "content"),
])
def test_a_body_asked_right_before_its_action_asks_the_lead(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, kind", [
    # an inspector's words for who takes charge
    ("Giữ gìn, phát huy giá trị cây cổ thụ trong khu vực bảo vệ di tích theo Kế hoạch 193 thuộc trách nhiệm chính của "
     "đơn vị nào?", "lead"),
    ("Trách nhiệm chính thuộc về ai?", "lead"),
    ("Công điện 196: ở tỉnh thì cơ quan nào đứng ra rà soát, thống kê thiệt hại của ngành giáo dục?", "lead"),
    ("Đơn vị nào đảm nhiệm việc xây dựng chuyên mục công nghiệp văn hóa?", "lead"),
    # a plan's labelled role asked by its label (Quyết định 807/QĐ-UBND of Ninh Bình: "5. Cơ quan thẩm định: Sở Xây dựng.")
    ("QĐ 807 cơ quan thẩm định chương trình phát triển đô thị Tam Điệp là ai", "lead"),
    ("Cơ quan ban hành Quyết định 807 là ai?", "content"),
    # a duty asked, not its holder
    ("Bộ Tài chính có trách nhiệm gì?", "agency_tasks"),
    ("Trách nhiệm của Sở Tài chính trong Kế hoạch 193 là gì?", "agency_tasks"),
])
def test_who_takes_charge_in_a_cadres_words(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, agency", [
    # Chỉ thị 22/2008/CT-TTg, I.1: the body set up is no doer; the one asked whether it takes part is
    ("Theo Chỉ thị 22/2008/CT-TTg, cơ quan đầu mối trình Thủ tướng thành lập Ban Chỉ đạo Trung ương triển khai Luật Thuế "
     "TNCN là ai, Văn phòng Chính phủ có tham gia không?", "Văn phòng Chính phủ"),
    ("Cơ quan nào tham mưu trình Chủ tịch UBND tỉnh thành lập Ban Chỉ đạo triển khai Luật Thuế TNCN cấp tỉnh?", None),
    ("Ban Chỉ đạo Trung ương có trách nhiệm gì?", "Ban Chỉ đạo Trung ương"),
])
def test_a_body_set_up_is_not_the_one_asked(question, agency):
    assert classify(question).agency == agency


@pytest.mark.parametrize("question, agency", [
    # Quyết định 2179/QĐ-TTg: a member of the Government is no Government; the party is asked by its own words
    ("Quyết định 2179 giao các Thành viên Chính phủ được phân công làm việc với địa phương những nhiệm vụ gì?", None),
    ("Theo Nghị quyết 323/NQ-CP, ai chịu trách nhiệm tiếp thu ý kiến thành viên Chính phủ?", None),
    ("Chính phủ giao Bộ Tài chính những nhiệm vụ gì?", "Bộ Tài chính"),
    ("Thủ tướng giao Bộ Công an và thành viên Chính phủ làm gì?", "Bộ Công an"),
])
def test_a_member_of_a_body_is_not_the_body(question, agency):
    assert classify(question).agency == agency


@pytest.mark.parametrize("question, dates", [
    ("Công điện ứng phó bão số 11 ngày 4/10 giao Bộ Nông nghiệp và Môi trường những nhiệm vụ gì?", ((4, 10),)),
    ("Văn bản ký ngày 04 tháng 10 năm 2025 giao gì?", ((4, 10),)),
    ("Bộ Tài chính phải làm những việc gì?", ()),
])
def test_dates_a_question_names(question, dates):
    assert classify(question).dates == dates


def test_a_compound_question_is_not_read_as_asking_one_lead():
    # Quyết định 807/QĐ-UBND names its appraising and its approving body in its head: two things asked
    assert classify("Vậy cơ quan nào thẩm định chương trình đó, và ai phê duyệt?").kind == "content"


def test_the_body_after_cua_owns_the_agency_asked_and_is_not_asked():
    intent = classify("Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách của Quốc hội được giao những nhiệm vụ gì?")
    assert intent.kind == "agency_tasks" and intent.agency == "Tổ đảng ở Thường trực Ủy ban Tài chính, Ngân sách"


def test_the_pieces_of_a_short_term_are_no_words_of_their_own():
    # "Bộ KH&CN", "tổ chức R&D", "Ủy ban Dữ liệu QG": the term is read whole, as the documents write it out
    words = content_words("Bộ KH&CN chủ trì; các tổ chức R&D công lập; Ủy ban Dữ liệu QG")
    assert not {"kh", "cn", "r", "d"} & words and {"khcn", "r&d", "qg"} <= words
    assert {"khcn", "r&d", "qg"} <= content_words("Bộ Khoa học và Công nghệ; tổ chức nghiên cứu và phát triển công "
                                                  "lập; Ủy ban Dữ liệu quốc gia")


def test_a_period_asked_is_a_time_question():
    assert classify("Đề án này dự kiến hoàn thành trong giai đoạn nào?").kind == "deadline"


def test_everyday_wordings_are_read_as_the_documents_write_them():
    # "mỗi năm … tối thiểu bao nhiêu phần trăm" asks what 57-NQ/TW writes "ít nhất 3% … hằng năm"
    asked = content_words("mỗi năm dành tối thiểu bao nhiêu phần trăm tổng chi ngân sách")
    written = content_words("bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ")
    assert asked - written == {"dành"}


@pytest.mark.parametrize("question, quoted", [
    ("Nhiệm vụ “Trình UBND tỉnh ban hành Đề án trồng, chăm sóc” do ai chủ trì?",
     ("Trình UBND tỉnh ban hành Đề án trồng, chăm sóc",)),
    ('Ai chủ trì nhiệm vụ "Rà soát quy hoạch   xây dựng"?', ("Rà soát quy hoạch xây dựng",)),
    ("Theo «Chiến lược phát triển dịch vụ logistics», ai chủ trì?", ("Chiến lược phát triển dịch vụ logistics",)),
    ("Ai chủ trì nhiệm vụ “số hóa” theo Kế hoạch 193?", ()),  # one word names no task
    ("Ai chủ trì rà soát quy hoạch xây dựng?", ()),
])
def test_a_quoted_phrase_is_kept_to_name_the_task(question, quoted):
    assert classify(question).quoted == quoted


@pytest.mark.parametrize("question", [
    "Quyết định 839/QĐ-UB của UBND tỉnh Bến Tre được áp dụng kể từ ngày nào?",
    "Quyết định 12/2010/QĐ-TTg áp dụng từ khi nào?",
])
def test_from_when_a_document_applies_asks_its_effective_date(question):
    intent = classify(question)
    assert intent.kind == "metadata" and intent.slot == "effective"


def test_an_amount_asked_per_person_is_a_sum_of_money_not_a_unit_called_mot():
    question = "Quyết định 839/QĐ-UB cho tính trừ tối đa tiền lương, tiền công bao nhiêu một người một tháng?"
    assert classify(question).quantity == "đồng"


def test_whether_an_agency_leads_or_partners_a_task_is_a_lead_question():
    intent = classify("Theo Thông tư 49/2025/TT-BKHCN, Trung tâm Chứng thực điện tử quốc gia chủ trì hay phối hợp "
                      "việc rà soát hệ thống quy chuẩn kỹ thuật trong lĩnh vực dịch vụ tin cậy?")
    assert intent.kind == "lead"
    # asked the other way round (Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 6: "a) Tổng cục Thuế - Bộ Tài chính,
    # Cục Tài chính - Bộ Quốc phòng chịu trách nhiệm tổ chức triển khai thực hiện Thông tư này;")
    intent = classify("Theo Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Cục Tài chính - Bộ Quốc phòng chỉ phối hợp hay "
                      "cùng chịu trách nhiệm tổ chức triển khai thực hiện Thông tư?")
    assert (intent.kind, intent.agency, intent.role, intent.lead_said) == (
        "lead", "Cục Tài chính - Bộ Quốc phòng", "partner", True)


@pytest.mark.parametrize("question, slot", [
    ("Chỉ thị 42/1998/CT-UBND của UBND tỉnh Quảng Bình triển khai thực hiện những luật nào?", "implements"),
    ("Phải thực hiện thông tư nào khi kê khai thuế?", None),  # which rule to follow, not what a document implements
])
def test_which_laws_a_document_carries_out_is_the_implements_slot(question, slot):
    assert classify(question).slot == slot


@pytest.mark.parametrize("question, kind", [
    # a target table's monitoring agency (evals/devdocs, Phụ lục I of 03/NQ-CP), not the issuer
    ("Chỉ tiêu chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia do "
     "cơ quan nào theo dõi, đánh giá?", "lead"),
    ("Nghị quyết 03/NQ-CP do cơ quan nào ban hành?", "metadata"),
    # the document asked of by its type word (Nghị quyết 57-NQ/TW, evals/devdocs); a task's owner is no issuer
    ("Nghị quyết 57-NQ/TW là nghị quyết của cơ quan nào?", "metadata"),
    ("Quyết định 41/2002/QĐ-TTg là văn bản của ai?", "metadata"),
    # the source named first, a kind issued with no number after it: a thing the source speaks of (Thông tư
    # 69/2002/TT-BTC: "cơ quan thuế ban hành Quyết định truy thu thuế theo mẫu số 02/XOT-XM …"), not the source
    ("Theo Thông tư 69/2002/TT-BTC, cơ quan nào ban hành Quyết định truy thu thuế đối với cơ sở kinh doanh xe?", "lead"),
    ("Theo Thông tư 69/2002/TT-BTC, cơ quan nào ban hành Thông tư này?", "metadata"),
    ("Theo Nghị quyết 57, cơ quan nào ban hành Nghị quyết 57-NQ/TW?", "metadata"),
    ("Cơ quan nào ban hành Quyết định kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam?", "metadata"),
])
def test_by_which_agency_asks_the_issuer_unless_an_action_follows(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, words", [
    # the lead names the meeting or document asked of; a word the rest of the question repeats is still asked
    ("Theo Phiên họp thứ hai, Ban Chỉ đạo ở các tỉnh, thành phố do ai làm trưởng ban?", {"phiên", "họp", "thứ", "hai"}),
    ("Theo kết luận Phiên họp thứ nhất của Ban Chỉ đạo, Ban Chỉ đạo giao nhiệm vụ gì?", {"kết", "luận", "phiên", "họp",
                                                                                         "thứ", "nhất"}),
    ("Ban Chỉ đạo ở các tỉnh do ai làm trưởng ban?", set()),  # no source named
])
def test_the_words_of_a_question_naming_its_source(question, words):
    assert source_words(question) == words


@pytest.mark.parametrize("question, acted_on", [
    # a meeting's conclusions (evals/devdocs BCD_phien_1) set the time of a task on the resolution it names
    ("Bộ chỉ số theo dõi, giám sát, đánh giá kết quả thực hiện Nghị quyết số 57-NQ/TW phải đưa vào sử dụng khi nào?",
     True),
    ("Kế hoạch triển khai Chỉ thị 30/CT-TTg về công nghiệp văn hóa của tỉnh Thanh Hóa giao sở nào chủ trì?", True),
    ("Theo Nghị quyết 57-NQ/TW, ai thực hiện việc theo dõi, đánh giá kết quả?", False),  # the source named
    ("Ai chủ trì rà soát, sửa đổi hoặc thay thế Nghị định 163/2017/NĐ-CP quy định về kinh doanh dịch vụ logistics?",
     False),  # a document to amend is the task's own topic, found in the plan that names it
    ("Theo Kế hoạch 3260, Đoàn ĐBQH tỉnh Ninh Bình phải giám sát việc thực hiện NQ 57 vào quý mấy?", False),  # two
    # a task of making the document known (Nghị quyết 03/NQ-CP, Phụ lục II: "chương trình tuyên truyền … về nội dung
    # Nghị quyết 57-NQ/TW"; NQ 57: "hướng dẫn việc quán triệt thực hiện Nghị quyết") acts on it
    ("Bộ KH&CN chủ trì chương trình tuyên truyền về Nghị quyết 57; cơ quan nào phối hợp?", True),
    ("Ai chủ trì việc phổ biến, quán triệt Chỉ thị 30/CT-TTg cho cán bộ, đảng viên?", True),
    # a report named in the "Theo …," lead by what it reports on (Công văn 402-CV/VPĐU, evals/devdocs CPbaocaot5:
    # "dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW"): the resolution is the report's subject
    ("Theo Phụ lục 1 báo cáo của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW, ai thực hiện nhiệm vụ tham mưu Chính phủ "
     "thành lập Ủy ban dữ liệu quốc gia?", True),
    ("Theo báo cáo về kết quả Nghị quyết 57-NQ/TW, Bộ Công an có nhiệm vụ gì?", True),
    # outside the lead, a report about the document is the task asked of, not its source
    ("Bộ Khoa học và Công nghệ tham gia dự thảo báo cáo của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW với vai trò gì, "
     "ai chủ trì?", False),
])
def test_a_document_named_as_what_a_task_acts_on(question, acted_on):
    assert classify(question).document_acted_on is acted_on

@pytest.mark.parametrize("question, titles", [
    # a document described by its kind and title, not by number (2229/QĐ-TTg, evals/devdocs): its title words
    ("Ủy ban nhân dân các tỉnh, thành phố có nhiệm vụ gì trong thực hiện Chiến lược phát triển dịch vụ logistics?",
     [{"phát", "dịch", "logistics"}]),
    ("Theo Chiến lược phát triển dịch vụ logistics, Bộ Công Thương phải làm gì?", [{"phát", "dịch", "logistics"}]),
    ("Bộ Xây dựng có trách nhiệm gì theo Nghị định về quản lý công viên, cây xanh, mặt nước?",
     [{"quản", "lý", "viên"}]),
    # "hành" inside a described title is a title word (the title stops before "ban hành"): Nghị quyết 03/NQ-CP "Ban
    # hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"
    ("Bộ nào chủ trì xây dựng Nghị định về chính sách học bổng cho người học các ngành khoa học cơ bản, kỹ thuật then "
     "chốt trong Chương trình hành động của Chính phủ?", [{"chính", "sách", "học", "bổng"}, {"hành", "động"}]),
    # a kind followed by its number, its issuer, a pointer or a question word describes none
    ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì, và trong kế hoạch thực hiện của Đảng đoàn thì cơ quan nào làm đầu "
     "mối tham mưu?", []),
    ("Kế hoạch 193/KH-UBND do ai ký?", []),
    ("Kế hoạch này giao Sở Tài chính việc gì?", []),
    ("Mục tiêu được nhắc trong những công điện nào của Thủ tướng, theo nghị quyết nào của Chính phủ?", []),
])
def test_a_document_described_by_its_kind_and_title(question, titles):
    assert [set(words) for words in described_titles(question)] == titles


@pytest.mark.parametrize("question, described", [
    ("Theo dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, nghiên cứu khoa học tại các cơ sở giáo "
     "dục của Việt Nam, Bộ Giáo dục và Đào tạo có trách nhiệm gì?", [("Nghị định", {"nước", "ngoài", "quản", "lý"})]),
    ("Theo Chiến lược phát triển dịch vụ logistics, Bộ Công Thương phải làm gì?", [(None, {"phát", "dịch", "logistics"})]),
    ("Kế hoạch 193/KH-UBND do ai ký?", []),
    # a Quyết định or Thông báo named by its title (Quyết định 2227/QĐ-TTg, 2222/QĐ-TTg; Thông báo 536/TB-VPCP)
    ("Quyết định thành lập Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp định Thương mại Việt Nam – Cuba có hiệu "
     "lực khi nào?", [("Quyết định", {"phân", "lập", "việt", "nam"})]),
    ("Bộ Công an được giao những việc gì trong Quyết định đưa Trung tâm dữ liệu quốc gia số 1 vào Danh mục công trình "
     "quan trọng liên quan đến an ninh quốc gia?", [("Quyết định", {"đưa", "trung", "tâm", "dữ", "liệu", "quốc", "gia",
                                                                   "qg"})]),
    ("Thông báo kết luận cuộc họp Ban Chỉ đạo Hội chợ Mùa Thu 2025 giao Bộ Tài chính việc gì?",
     [("Thông báo", {"cuộc", "họp", "đạo", "hội", "chợ", "mùa"})]),
    # the same words as a verb, in lower case or followed by anything else: no document
    ("Ai quyết định thành lập Ban Chỉ đạo Hội chợ Mùa Thu 2025?", []),
    ("Bộ Công Thương thông báo kết luận cuộc họp cho các địa phương khi nào?", []),
    ("Quyết định đầu tư dự án do cơ quan nào ban hành?", []),
])
def test_a_described_document_keeps_its_type(question, described):
    assert [(kind, set(words)) for kind, words in described_documents(question)] == described


def test_only_a_document_named_by_its_title_is_typed_for_narrowing():
    from assistant.intent import named_titles
    # "Quyết định thành lập …" names a Quyết định; "dự thảo Nghị định về …" describes a draft that a Tờ trình or a
    # Công văn may carry, so its type is not imposed on the passages kept (devdocs xa48)
    assert [kind for kind, _ in named_titles("Quyết định thành lập Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp "
                                             "định Thương mại Việt Nam – Cuba có hiệu lực khi nào?")] == ["Quyết định"]
    assert named_titles("dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, nghiên cứu khoa học tại các "
                        "cơ sở giáo dục của Việt Nam có hiệu lực từ ngày nào?") == ()
    # Quyết định 2241/QĐ-TTg's title "về việc hỗ trợ khẩn cấp kinh phí cho các tỉnh Thái Nguyên, Cao Bằng, …" named
    # without "về việc"; "hỗ trợ" in lower case after an agency is its act, no document
    assert [(kind, words >= {"khẩn", "cấp", "kinh", "phí"}) for kind, words in named_titles(
        "Ủy ban nhân dân tỉnh Thái Nguyên được giao những việc gì trong Quyết định hỗ trợ khẩn cấp kinh phí cho các "
        "tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh và trong Công điện 189/CĐ-TTg?")] == [("Quyết định", True)]
    assert named_titles("Bộ Tài chính quyết định hỗ trợ khẩn cấp kinh phí cho tỉnh nào?") == ()


@pytest.mark.parametrize("question, sources", [
    ("Theo dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, Bộ Giáo dục và Đào tạo có trách nhiệm "
     "gì?", ["Nghị định"]),
    ("Bộ Xây dựng có trách nhiệm gì theo Nghị định về quản lý công viên, cây xanh, mặt nước?", ["Nghị định"]),
    # the described document is work to do, not where the question reads
    ("Sở NN&PTNT Ninh Bình phải trình dự thảo nghị quyết HĐND tỉnh về chính sách trồng và chăm sóc cây xanh vào lúc "
     "nào?", []),
    ("Cơ quan nào chủ trì xây dựng kế hoạch bảo vệ công trình Trung tâm dữ liệu quốc gia số 1 ở Hòa Lạc?", []),
    # its signer, its drafting board, its submission asked (devdocs xa49, xa46, xa47); or the question opens with it
    ("Ai ký dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, nghiên cứu khoa học tại các cơ sở giáo "
     "dục của Việt Nam?", ["Nghị định"]),
    ("Ban soạn thảo dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, nghiên cứu khoa học tại các cơ "
     "sở giáo dục của Việt Nam được thành lập theo quyết định nào?", ["Nghị định"]),
    ("Tờ trình về dự thảo Nghị định về người nước ngoài vào làm quản lý, giảng dạy, nghiên cứu khoa học tại các cơ sở "
     "giáo dục của Việt Nam nêu việc xây dựng Nghị định nhằm thực hiện nghị quyết nào của Bộ Chính trị?",
     ["Nghị định"]),
    # opened with, it may be the work to do
    ("Dự thảo nghị quyết HĐND tỉnh về chính sách trồng và chăm sóc cây xanh phải trình khi nào?", []),
])
def test_a_described_document_read_from(question, sources):
    assert [kind for kind, _ in described_documents(question, sources=True)] == sources


@pytest.mark.parametrize("question, issuers", [
    ("Chỉ thị của UBND tỉnh Long An về cùng việc đó được ban hành ngày nào?",
     [("Chỉ thị", "Ủy ban nhân dân tỉnh Long An")]),
    ("Thông báo của Văn phòng Chính phủ về kết luận của Phó Thủ tướng do ai ký?",
     [("Thông báo", "Văn phòng Chính phủ")]),
    # Công văn 706/UBND-VP7 (Ninh Bình) answers on the Bộ Quốc phòng's guidance: "Hướng dẫn" is a kind too
    ("Hướng dẫn của Bộ Quốc phòng về tuyển chọn và gọi công dân nhập ngũ năm 2025 mà UBND tỉnh Ninh Bình nhận được là "
     "văn bản số mấy, ngày nào?", [("Hướng dẫn", "Bộ Quốc phòng")]),
    # "theo quy định của …" names a rule's source, not a document
    ("Theo quy định của Bộ Tài chính, tờ khai nộp trước ngày nào?", []),
    # a kind with its number, or followed by no agency, describes no issuer
    ("Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An do ai ký?", []),
    ("Kế hoạch của tỉnh về cây xanh giao Sở Tài chính việc gì?", []),
])
def test_a_document_described_by_its_kind_and_issuer(question, issuers):
    assert list(described_issuers(question)) == issuers


@pytest.mark.parametrize("question, opening", [
    ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì?", ("Nghị quyết", "57", None)),
    ("Theo Chỉ thị 22/2008/CT-TTg, ai làm trưởng ban chỉ đạo cấp tỉnh?", ("Chỉ thị", "22", "2008")),
    ("Kế hoạch 193/KH-UBND do ai ký?", ("Kế hoạch", "193", None)),
    # a document named further on is not the one the question is asked of
    ("Văn phòng Chính phủ chủ trì những đầu việc nào trong chương trình hành động thực hiện NQ 57?", None),
    ("Bộ Tài chính có nhiệm vụ gì?", None),
    # two documents joined at the opening are both asked of, neither alone (Công văn 9533/VPCP-CN, Thông báo 537)
    ("Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao Bộ Tài chính những việc gì?", None),
    ("Công điện 193 và Công điện 194 giao Văn phòng Chính phủ việc gì?", None),
    ("Theo Công điện 191 và Công điện 194, Bộ Tài chính phải trình hoặc báo cáo Thủ tướng Chính phủ trước ngày nào?",
     None),
    # a document named further on, after the question's own words, does not join the opening one
    ("Theo Chỉ thị 22/2008/CT-TTg, Bộ Tài chính phối hợp với ai theo Quyết định 12/2010/QĐ-TTg?",
     ("Chỉ thị", "22", "2008")),
    # a statement of the document, then a question about another one
    ("NQ 57 yêu cầu Ban cán sự đảng Chính phủ xây dựng chương trình hành động; chương trình đó được Chính phủ ban "
     "hành bằng văn bản nào?", None),
])
def test_the_document_a_question_opens_with(question, opening):
    assert opening_document(question) == opening


@pytest.mark.parametrize("question, sole", [
    ("Ai ký Thông tư 42/2009/TT-BTC?", ("Thông tư", "42", "2009")),  # devdocs ue67
    ("Ngày ban hành của Nghị định 258/2025/NĐ-CP là ngày nào?", ("Nghị định", "258", "2025")),
    ("Theo Thông tư 42/2009/TT-BTC, ai ký?", ("Thông tư", "42", "2009")),
    # the document asked is another one, described through the one named (devdocs dc30, dc32; xa05)
    ("Thông tư sửa đổi Thông tư 13/2009/TT-BKHCN được ban hành theo đề nghị của ai?", None),
    ("Thông tư của Bộ Khoa học và Công nghệ sửa đổi Thông tư 13/2009/TT-BKHCN có hiệu lực từ khi nào?", None),
    ("Văn bản hợp nhất 40/VBHN-BTC về hoạt động của công ty quản lý quỹ được ký ngày nào?", None),
    ("Kế hoạch thực hiện Chỉ thị 20-CT/TU do ai ký?", None),
    ("Văn bản nào thay thế Chỉ thị 29/CT-TTg?", None),  # another document asked for
    ("Chỉ thị 22/2008/CT-TTg và Quyết định 12/2010/QĐ-TTg do ai ký?", None),  # two named
])
def test_the_one_document_a_question_asks_about_by_number(question, sole):
    from assistant.intent import sole_document
    assert sole_document(question) == sole


@pytest.mark.parametrize("question, unit", [
    # 2241/QĐ-TTg: "Hỗ trợ 400 tỷ đồng … từ nguồn dự phòng ngân sách trung ương": "từ" opens where it comes from
    ("Thủ tướng đã quyết định hỗ trợ bao nhiêu từ dự phòng ngân sách trung ương cho các tỉnh bị mưa lũ?", ""),
    ("TKV phải tăng sản lượng khai thác than bao nhiêu so với năm 2024?", ""),
    ("Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng?", "gian"),
])
def test_a_preposition_after_bao_nhieu_names_no_unit(question, unit):
    assert classify(question).quantity == unit


@pytest.mark.parametrize("question, unit", [
    # Nghị định 100/2008/NĐ-CP, Điều 30 (evals/devdocs): "tạm khấu trừ thuế theo tỷ lệ 10% số thu nhập"
    ("Theo Nghị định 100/2008/NĐ-CP, tiền công trả cho cá nhân không ký hợp đồng lao động có mã số thuế bị tạm khấu "
     "trừ thuế theo tỷ lệ bao nhiêu?", "%"),
    ("Thuế suất đối với thu nhập từ chuyển nhượng vốn góp là bao nhiêu?", "%"),
    # money asked, a rate only named further back
    ("Tỷ lệ giải ngân đạt yêu cầu thì mỗi tỉnh được hỗ trợ bao nhiêu tiền?", "đồng"),
])
def test_a_rate_asked_right_before_bao_nhieu_is_a_share(question, unit):
    assert classify(question).quantity == unit


@pytest.mark.parametrize("question, kind", [
    # a task table's columns named alone ask their cells: "| Cơ quan chủ trì | Cơ quan phối hợp |" (Nghị quyết
    # 03/NQ-CP, Phụ lục II), "Đơn vị thực hiện" (Nghị định 258/2025/NĐ-CP's tables)
    ("Cơ quan chủ trì?", "lead"),
    ("Đơn vị thực hiện là ai?", "lead"),
    ("Cơ quan phối hợp?", "partners"),
    ("Các đơn vị phối hợp là những ai?", "partners"),
    ("Cơ quan chủ trì xây dựng đề án là ai?", "lead"),  # as before
    ("Cơ quan thực hiện chính sách có trách nhiệm gì?", "content"),  # no column named alone
])
def test_a_task_tables_column_named_alone_asks_its_cell(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, kind", [
    # the day an event takes place (evals/devdocs BCD_phien_2: "… diễn ra chiều 4/3/2025 …"): no task's time
    ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
     "diễn ra ngày nào?", "content"),
    ("Hội chợ Mùa Thu 2025 khai mạc vào ngày nào?", "content"),
    # a task's time stays a deadline
    ("Bộ Công Thương phải hoàn thành Đề án tổ chức Hội chợ Mùa Thu 2025 vào ngày nào?", "deadline"),
])
def test_the_day_an_event_takes_place_is_no_deadline(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, chair", [
    # who chaired the meeting itself (evals/devdocs BCD_phien_1: "Tổng Bí thư Tô Lâm, … chủ trì Phiên họp.")
    ("Phiên họp thứ nhất của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
     "số do ai chủ trì?", True),
    ("Ai chủ trì hội nghị sơ kết?", True),
    # who leads a task the meeting assigned
    ("Phiên họp thứ hai của Ban Chỉ đạo giao ai chủ trì xây dựng sàn giao dịch khoa học, công nghệ trực tuyến?", False),
])
def test_who_chaired_a_meeting_is_told_from_who_leads_its_tasks(question, chair):
    from assistant.intent import CHAIR_ASKED
    assert bool(CHAIR_ASKED.search(question)) is chair


@pytest.mark.parametrize("question, cited", [
    # which document, and its date, are asked: the sentence naming it answers ("Chủ tịch UBND tỉnh đã ban hành Quyết
    # định số 2482/QĐ-UBND ngày 01/10/2008 về việc thành lập Ban Chỉ đạo …", Chỉ thị 19/2008/CT-UBND, Mục I.1)
    ("Thực tế Long An lập ban chỉ đạo cấp tỉnh bằng quyết định nào, ngày nào?", True),
    ("Ban chỉ đạo được thành lập theo quyết định số mấy và ngày nào?", True),
    ("Văn bản hướng dẫn của Bộ Quốc phòng được nhắc đến trong công văn có số và ngày nào?", True),
    # a time to meet
    ("Báo cáo phải gửi trước ngày nào?", False),
    ("Quyết định nào giao Sở Tài chính thẩm định, hạn ngày nào?", False),
])
def test_a_document_asked_with_its_date_is_no_time_to_meet(question, cited):
    from assistant.intent import CITED_DOCUMENT
    assert bool(CITED_DOCUMENT.search(question)) == cited
    assert (classify(question).kind == "deadline") == (not cited)


@pytest.mark.parametrize("question, kind, agency", [
    # Phụ lục II of Nghị quyết 03/NQ-CP, row 3 ("… phong trào “học tập số” … | Các bộ, ngành, địa phương | Bộ Khoa
    # học và Công nghệ, Bộ Giáo dục và Đào tạo"): the agency's part in the one task named, as "chủ trì hay phối hợp"
    ("Bộ Giáo dục và Đào tạo có trách nhiệm gì trong nhiệm vụ xây dựng chương trình, kế hoạch phát động phong trào "
     "“học tập số”?", "lead", "Bộ Giáo dục và Đào tạo"),
    # row 112 ("… chữ ký số công cộng … | Bộ Khoa học và Công nghệ | Bộ Y tế")
    ("Bộ Y tế đóng vai trò gì trong nhiệm vụ nghiên cứu, đề nghị các doanh nghiệp cung cấp chữ ký số công cộng?",
     "lead", "Bộ Y tế"),
    # Công điện 190/CĐ-TTg, 3.b): "Phối hợp với Bộ Xây dựng và các bộ liên quan nghiên cứu, thực hiện chuyển đổi số …"
    ("Theo Công điện 190, Bộ Tài chính đóng vai trò gì trong việc chuyển đổi số để liên thông các thủ tục?", "lead",
     "Bộ Tài chính"),
    # the same asked in other words: "Vai trò của X trong … là gì?" (Chỉ thị 22/2008/CT-TTg, I.1: "giao Bộ Tài chính
    # chủ trì, phối hợp với Bộ Nội vụ và Văn phòng Chính phủ trình Thủ tướng …"), "X tham gia với vai trò gì?",
    # "Trong nhiệm vụ …, X là cơ quan gì?" (Phụ lục II of 03/NQ-CP, row 27: "Bộ Khoa học và Công nghệ | Bộ Tài chính")
    ("Vai trò của Văn phòng Chính phủ trong việc thành lập Ban Chỉ đạo Trung ương triển khai thực hiện Luật Thuế thu "
     "nhập cá nhân là gì?", "lead", "Văn phòng Chính phủ"),
    ("Ai chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật theo Chỉ thị 22/2008/CT-TTg, và Bộ Lao động - Thương binh "
     "và Xã hội tham gia với vai trò gì?", "lead", "Bộ Lao động - Thương binh và Xã hội"),
    ("Trong nhiệm vụ xây dựng Nghị định về quỹ đầu tư mạo hiểm, Bộ Tài chính là cơ quan gì?", "lead", "Bộ Tài chính"),
    # whether X takes part, and how (row 42: "Bộ Công an | Bộ Quốc phòng")
    ("Bộ Quốc phòng có tham gia Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ quốc phòng, an ninh "
     "không?", "lead", "Bộ Quốc phòng"),
    # the others taking part in X's task (row 60: "Bộ Khoa học và Công nghệ | Địa phương")
    ("Ngoài Bộ Khoa học và Công nghệ, còn cơ quan nào tham gia xây dựng Chương trình phát triển kinh tế số, xã hội số?",
     "partners", "Bộ Khoa học và Công nghệ"),
    # a report's prose sentence answers "Trong việc …, X giữ vai trò gì?" (devdocs db28): content
    ("Trong việc phát động phong trào trên VNeID về kiến thức số cơ bản, Bộ Công an giữ vai trò gì?", "content",
     "Bộ Công an"),
    # a duty list in a field, and the part in carrying out a whole text: still its tasks or their content
    ("Theo Thông tư 69/2002/TT-BTC, Bộ Công an có trách nhiệm gì trong việc chống thất thu thuế qua giá bán xe ôtô?",
     "agency_tasks", "Bộ Công an"),
    ("Kho bạc nhà nước có vai trò gì trong việc thực hiện các quy định của Luật Thuế thu nhập cá nhân theo Chỉ thị "
     "19/2008/CT-UBND tỉnh Long An?", "content", "Kho bạc Nhà nước"),
    ("Vai trò của Kho bạc nhà nước trong việc thực hiện Luật Thuế thu nhập cá nhân là gì?", "content", "Kho bạc Nhà nước"),
])
def test_an_agencys_part_in_one_named_task(question, kind, agency):
    intent = classify(question)
    assert (intent.kind, intent.agency) == (kind, agency)


@pytest.mark.parametrize("question, kind, agency", [
    # Nghị quyết 323/NQ-CP, Điều 2: "Giao Bộ trưởng Bộ Nội vụ: 1. Chịu trách nhiệm về việc tiếp thu …"; Quyết định
    # 2179/QĐ-TTg, Điều 3.4: "Giao Bộ Nội vụ tổng hợp …": the body's tasks
    ("Hai văn bản Quyết định 2179/QĐ-TTg và Nghị quyết 323/NQ-CP giao Bộ Nội vụ những gì?", "agency_tasks", "Bộ Nội vụ"),
    ("Công điện 188 yêu cầu Bộ Quốc phòng những gì?", "agency_tasks", "Bộ Quốc phòng"),
    # what a text provides about a body is no task list
    ("Nghị định 259 quy định những gì về Bộ Công Thương?", "content", "Bộ Công Thương"),
])
def test_what_a_document_asks_of_a_body_is_its_tasks(question, kind, agency):
    intent = classify(question)
    assert (intent.kind, intent.agency) == (kind, agency)


@pytest.mark.parametrize("question, agency, recipients", [
    # Công điện 191/CĐ-TTg: "Các tập đoàn, tổng công ty, doanh nghiệp nhà nước: Trước ngày 25 tháng 10 năm 2025, báo
    # cáo Bộ Tài chính về kết quả …": the ministry reported to is not the one asked
    ("Là doanh nghiệp nhà nước thì phải báo cáo Bộ Tài chính kết quả kinh doanh 9 tháng trước ngày nào?", None,
     ("Bộ Tài chính",)),
    # "trình Chính phủ": the government submitted to; the ministry asked stands first
    ("Bộ Tư pháp chủ trì hay phối hợp việc trình Chính phủ ban hành Nghị định quy định chi tiết thi hành Luật Thuế "
     "thu nhập cá nhân?", "Bộ Tư pháp", ("Chính phủ",)),
    # "hoàn thiện báo cáo gửi Bộ Nông nghiệp và Môi trường"
    ("Các tỉnh hoàn thiện báo cáo gửi về Bộ Nông nghiệp và Môi trường về đất nông lâm trường trước ngày nào?", None,
     ("Bộ Nông nghiệp và Môi trường",)),
    # the agency that reports is the one asked
    ("Bộ Tài chính phải báo cáo Thủ tướng Chính phủ kết quả tổng hợp trước ngày nào?", "Bộ Tài chính",
     ("Thủ tướng Chính phủ",)),
])
def test_an_agency_reported_or_submitted_to_is_not_the_one_asked(question, agency, recipients):
    intent = classify(question)
    assert intent.agency == agency
    assert intent.recipients == recipients


@pytest.mark.parametrize("question, issuer, slots", [
    # Chỉ thị 19/2008/CT-UBND of Long An carries out Chỉ thị 22/2008/CT-TTg: the issuer narrows the documents asked
    ("Văn bản nào của UBND tỉnh Long An triển khai Chỉ thị 22/2008/CT-TTg về thuế thu nhập cá nhân và ai ký văn bản "
     "đó?", "Ủy ban nhân dân tỉnh Long An", ("signer",)),
    # Nghị quyết 03/NQ-CP: "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW …"
    ("Chính phủ ban hành văn bản nào để thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị và ai ký văn bản đó?",
     "Chính phủ", ("signer",)),
    # the signer of the unnamed document implementing the one named, never the named one's own
    ("Văn bản triển khai Chỉ thị 22/2008/CT-TTg do ai ký?", None, ("signer",)),
    # an agency after the verb is the cited document's issuer, not the citing one's
    ("Những kế hoạch nào triển khai Chỉ thị 20-CT/TU của Ban Thường vụ Tỉnh ủy?", None, ()),
])
def test_the_documents_implementing_one_are_asked_with_their_issuer_and_head_slots(question, issuer, slots):
    intent = classify(question)
    assert (intent.kind, intent.relation) == ("relation", ("in", "implements"))
    assert intent.citing_issuer == issuer
    assert intent.slots == slots


@pytest.mark.parametrize("question, slot", [
    ("Kế hoạch 196 triển khai Chỉ thị 30 do ai ký?", "signer"),
    # Nghị quyết 318/NQ-CP "Ban hành kế hoạch triển khai Nghị quyết số 188/2025/QH15 …": its title after "về"
    ("Nghị quyết 318/NQ-CP về kế hoạch triển khai Nghị quyết 188/2025/QH15 có hiệu lực từ ngày nào?", "effective"),
    # named by its code and serial, the title after it with no "về"
    ("NQ 318 kế hoạch triển khai nghị quyết 188 về đường sắt đô thị có hiệu lực khi nào", "effective"),
])
def test_a_document_named_by_its_number_before_the_verb_is_asked_itself(question, slot):
    intent = classify(question)
    assert (intent.kind, intent.slot, intent.relation) == ("metadata", slot, None)


@pytest.mark.parametrize("question, slot", [
    # Thông tư 03/2009/TT-BTC, Mục IV: "Thông tư này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký" (rh67, j25): the
    # days to its effect are asked, the day of signing only counts them
    ("Thông tư 03/2009/TT-BTC có hiệu lực sau bao nhiêu ngày kể từ ngày ký?", "effective"),
    ("Thông tư 10/2009/TT-BTC có hiệu lực thi hành sau bao nhiêu ngày?", "effective"),
    ("Thông tư 03/2009/TT-BTC được ký ngày nào?", "issue_date"),
    ("Ngày ký Thông tư 03/2009/TT-BTC là ngày nào?", "issue_date"),
])
def test_days_to_effect_counted_from_the_signing_ask_the_effect(question, slot):
    assert classify(question).slot == slot


@pytest.mark.parametrize("question, owner", [
    # Quyết định 143/QĐ-UBQGNCT, Điều 8: "Bộ trưởng Bộ Y tế giao Cục Bảo trợ xã hội là đơn vị đầu mối …"
    ("Theo quy chế hoạt động thì đơn vị nào của Bộ Y tế làm đầu mối giúp việc?", "Bộ Y tế"),
    ("Cơ quan nào thuộc Bộ Khoa học và Công nghệ tiếp nhận báo cáo kiểm toán kỹ thuật?", "Bộ Khoa học và Công nghệ"),
    ("Bộ Y tế chủ trì những nhiệm vụ nào?", None),
])
def test_the_agency_owning_the_unit_asked_is_not_the_one_asked(question, owner):
    intent = classify(question)
    assert intent.owner == owner
    if owner:
        assert intent.agency is None


@pytest.mark.parametrize("question, kind, quantity", [
    # which role an agency has in a task, the work named between "chủ trì" and "hay" (Công điện 195/CĐ-TTg)
    ("Vụ cháy ở phố Kim Hoa: Bộ Công an chủ trì điều tra hay chỉ phối hợp?", "lead", None),
    # several acts listed between, with commas
    ("CĐ 195 vụ cháy ở phường Văn Miếu - Quốc Tử Giám: Bộ Công an chủ trì khắc phục hậu quả, điều tra hay chỉ phối hợp "
     "với Hà Nội?", "lead", None),
    # whether an agency leads a body (Quyết định 2227/QĐ-TTg: "Cơ quan chủ trì Phân ban: Bộ Công Thương")
    ("Bộ Ngoại giao có phải cơ quan chủ trì Phân ban Việt Nam trong Ủy ban Hỗn hợp Việt Nam – Cuba không?", "lead", None),
    # the same, asked with the verb (Công điện 190/CĐ-TTg, 2.c: "Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ
    # Tài chính và các cơ quan có liên quan khân trương hoàn thiện Đề án thí điểm …"); Công điện 186/CĐ-TTg, 4.b
    ("Bộ Tài chính có chủ trì hoàn thiện Đề án thí điểm Trung tâm giao dịch bất động sản không?", "lead", None),
    ("Ủy ban nhân dân tỉnh Lào Cai có được giao chủ trì vận hành hồ thủy điện Thác Bà không?", "lead", None),
    # a question opening with "Hạn" asks a time (Công điện 191/CĐ-TTg, item 2); "hạn chế", "hạn mức" do not
    ("Hạn UBND tỉnh gửi báo cáo rà soát đất có nguồn gốc nông lâm trường cho Bộ NN&MT?", "deadline", None),
    ("Hạn mức tín dụng ưu đãi là bao nhiêu?", "content", ""),
    # round cv23 (questions_oc oc07.2, after Công văn 706's task "… theo đúng quy định, đảm bảo thời gian"): whether a
    # time is set is a time asked; "có hạn chế" is not
    ("Có hạn không?", "deadline", None),
    ("Việc đó có hạn chót chưa?", "deadline", None),
    ("Sở Tài chính có hạn chế gì không?", "content", None),
    # an enterprise's profit is a sum of money
    ("Công điện 191 giao Tập đoàn Điện lực Việt Nam chỉ tiêu lợi nhuận năm 2025 là bao nhiêu?", "content", "đồng"),
    # who carries a decision out (Quyết định 963/QĐ-UBND Ninh Bình, Điều 3: "… chịu trách nhiệm thi hành")
    ("Quyết định ban hành danh mục văn bản hướng dẫn Luật Đường bộ của Ninh Bình giao những cơ quan nào thi hành?",
     "lead", None),
])
def test_role_time_and_money_questions(question, kind, quantity):
    intent = classify(question)
    assert (intent.kind, intent.quantity) == (kind, quantity)


def test_the_documents_act_and_the_time_asked_are_no_topic():
    # Công điện 189/CĐ-TTg, item 3 (evals/sets/questions_c.jsonl)
    intent = classify("Công điện 189 yêu cầu Bộ Công Thương phải hoàn thành việc bảo đảm an toàn hồ thủy điện trước "
                      "ngày nào?")
    assert intent.topic == {"bảo", "đảm", "an", "toàn", "hồ", "thủy"}


@pytest.mark.parametrize("question, plain", [
    ("Kế hoạch 193 về cây xanh của Ninh Bình giao Sở Nội vụ nhiệm vụ gì?",
     "Kế hoạch 193 của Ninh Bình giao Sở Nội vụ nhiệm vụ gì?"),
    ("Công điện 189 về phòng chống lũ giao Bộ Công Thương việc gì?", "Công điện 189 giao Bộ Công Thương việc gì?"),
    ("Chỉ thị 30/CT-TTg về quản lý sản xuất, kinh doanh than có những nhiệm vụ chung nào?",
     "Chỉ thị 30/CT-TTg , kinh doanh than có những nhiệm vụ chung nào?"),
    # a topic after the verb is what is asked; a document described without a number keeps its title
    ("Công điện 190 giao Bộ Xây dựng việc gì về Trung tâm giao dịch bất động sản?",
     "Công điện 190 giao Bộ Xây dựng việc gì về Trung tâm giao dịch bất động sản?"),
    ("Kế hoạch về cây xanh giao ai rà soát quy hoạch?", "Kế hoạch về cây xanh giao ai rà soát quy hoạch?"),
])
def test_a_numbered_documents_description_is_left_out(question, plain):
    assert without_titles(question) == plain


@pytest.mark.parametrize("question, signer", [
    # a signer asked by the title of the one who signed (joint circulars signed "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG")
    ("Thứ trưởng Bộ Tài chính nào ký cả Thông tư liên tịch 122/2008/TTLT-BTC-BQP và Thông tư liên tịch "
     "123/2008/TTLT-BTC-BCA?", True),
    ("Phó Chủ tịch nào đã ký Quyết định 968/QĐ-UBND?", True),
    # an agency that signs an agreement is no document's signer
    ("Cơ quan nào ký kết hợp đồng xây dựng - chuyển giao?", False),
])
def test_a_signer_asked_by_title_is_the_signer_slot(question, signer):
    assert (classify(question).slot == "signer") is signer


@pytest.mark.parametrize("question, own", [
    # the date asked before "được văn bản nào thay thế" is the named circular's own (Thông tư liên tịch 212/2013
    # replaces 122/2008 and has its own date)
    ("Thông tư liên tịch 122/2008/TTLT-BTC-BQP có hiệu lực từ ngày nào và được văn bản nào thay thế?", True),
    ("Văn bản nào thay thế Thông tư liên tịch 122/2008/TTLT-BTC-BQP và có hiệu lực từ ngày nào?", False),
    ("Văn bản nào triển khai Chỉ thị 22/2008/CT-TTg và ai ký?", False),
])
def test_a_head_slot_asked_before_the_relation_is_the_named_documents_own(question, own):
    from assistant.intent import slot_before_relation
    assert slot_before_relation(question) is own


@pytest.mark.parametrize("question, recipients", [
    ("Công văn 706/UBND-VP7 của tỉnh Ninh Bình gửi cho cơ quan nào?", True),
    # Thông tư liên tịch 89/2001, Mục II.1: a plan the enterprises draw up and send, not the circular's addressee
    ("Hàng năm, doanh nghiệp nhà nước hoạt động công ích thuộc Bộ Công an lập kế hoạch thu, nộp thuế thu nhập doanh "
     "nghiệp gửi cơ quan nào?", False),
    ("Hàng quý, doanh nghiệp công ích gửi tờ khai nộp thuế thu nhập doanh nghiệp cho những cơ quan nào?", False),
    # Thông tư 24/2000/TT-BTC, Mục 3.a: the household's application, sent to its tax office (devdocs_qc qcc6.4)
    ("Đơn đề nghị miễn giảm thì gửi cho ai?", False),
    ("Chủ hộ kinh doanh làm đơn xin miễn, giảm thuế gửi cơ quan nào?", False),
    ("Công văn này gửi cho đơn vị nào?", True),
])
def test_where_a_task_sends_what_it_draws_up_is_not_the_documents_addressee(question, recipients):
    assert (classify(question).slot == "recipients") is recipients
@pytest.mark.parametrize("question, asked", [
    # the kind and issuer of the document a question asks for (Quyết định 59/2003/QĐ-UB of Nghệ An cites "Quyết định
    # số 41/2002/QĐ-TTg … của Thủ tướng Chính phủ" beside a Thông tư and a Nghị định)
    ("Quyết định 59/2003/QĐ-UB của UBND tỉnh Nghệ An căn cứ Quyết định nào của Thủ tướng Chính phủ về chống thất thu "
     "thuế qua giá bán xe?", ("Quyết định", "Thủ tướng Chính phủ")),
    ("Chỉ thị 44/2002/CT-UB căn cứ Thông tư nào của Bộ Tài chính?", ("Thông tư", "Bộ Tài chính")),
    ("Công văn 402-CV/VPĐU được ban hành để thực hiện văn bản nào của Văn phòng Trung ương Đảng?",
     (None, "Văn phòng Trung ương Đảng")),
    ("Kế hoạch 196/KH-UBND triển khai chỉ thị nào?", ("Chỉ thị", None)),
    ("Nghị quyết 03/NQ-CP căn cứ vào những văn bản nào?", (None, None)),
])
def test_the_kind_and_issuer_of_the_document_asked(question, asked):
    assert classify(question).document_asked == asked
@pytest.mark.parametrize("text, pointed", [
    ("Việc thông báo đó làm vào lúc nào?", False),  # the notifying a task does (Nghị định 13/2016, Điều 17)
    ("Thông báo đó ai ký?", True),
    ("Kế hoạch này ai ký?", True),
])
def test_a_document_type_word_after_viec_is_an_act_not_a_document_pointed_at(text, pointed):
    assert classify(text).doc_anaphora is pointed


@pytest.mark.parametrize("question, signed_for", [
    # the body whose signer is asked stands after a signer's title or "phía"/"bên" (joint circulars)
    ("Thứ trưởng Bộ Nội vụ nào ký Thông tư liên tịch 19/2009/TTLT-BTC-BNV?", ("Bộ Nội vụ",)),
    ("Ai ký thay Bộ trưởng Bộ Tài chính Thông tư liên tịch 123/2008/TTLT-BTC-BCA?", ("Bộ Tài chính",)),
    ("Còn phía Bộ Công an thì ai ký?", ("Bộ Công an",)),
    # the issuers a question names are not whose signer it asks
    ("Thông tư liên tịch 19/2009 của Bộ Tài chính và Bộ Nội vụ do ai ký?", ()),
])
def test_the_body_whose_signer_is_asked(question, signed_for):
    assert classify(question).signed_for == signed_for


@pytest.mark.parametrize("question, place", [
    ("Thông tư liên tịch 19/2009/TTLT-BTC-BNV được ký tại đâu?", True),
    ("Quyết định 968/QĐ-UBND ban hành ở đâu?", True),
    # registering somewhere ("đăng ký … tại đâu") is no place of signing
    ("Người nộp thuế đăng ký tại đâu?", False),
    ("Tổ thường trực giúp việc của ban đó đặt ở đâu?", False),
])
def test_the_place_of_signing_is_a_head_slot(question, place):
    assert (classify(question).slot == "place") is place


@pytest.mark.parametrize("question", [
    # the ministries of a joint document asked
    "Thông tư liên tịch 122/2008/TTLT-BTC-BQP do Bộ nào ban hành?",
    "Những bộ nào ban hành Thông tư liên tịch 19/2009/TTLT-BTC-BNV?",
    "Cơ quan nào ban hành Thông tư liên tịch 123/2008/TTLT-BTC-BCA?",
])
def test_the_issuing_ministries_are_the_issuer_slot(question):
    assert classify(question).slot == "issuer"


@pytest.mark.parametrize("question, signer", [
    ("Ông Đặng Văn Hiếu giữ chức vụ gì khi ký Thông tư liên tịch 123/2008/TTLT-BTC-BCA?", True),
    ("Bộ trưởng Bộ Tài chính có trực tiếp ký Thông tư liên tịch 19/2009/TTLT-BTC-BNV không?", True),
    ("Thông tư liên tịch 19/2009/TTLT-BTC-BNV được ký thay những Bộ trưởng nào?", True),
    # signing a contract, or a position someone was elected to, is no document's signer
    ("Doanh nghiệp có ký kết hợp đồng với nhà thầu không?", False),
    ("Ông Nguyễn Quốc Hưng được phê chuẩn kết quả bầu giữ chức vụ gì?", False),
])
def test_the_signers_position_and_whom_he_signed_for_ask_the_signer(question, signer):
    assert (classify(question).slot == "signer") is signer


@pytest.mark.parametrize("question, asked", [
    ("Ông Đặng Văn Hiếu giữ chức vụ gì khi ký Thông tư liên tịch 123/2008/TTLT-BTC-BCA?", True),
    # for whom a deputy signed is the capacity he signed in (Thông báo 541/TB-VPCP: "KT. BỘ TRƯỞNG, CHỦ NHIỆM")
    ("Thông báo 541/TB-VPCP do ai ký, ký thay ai?", True),
    ("Ai ký thay Bộ trưởng Bộ Tài chính Thông tư liên tịch 19/2009/TTLT-BTC-BNV?", False),
    ("Thông báo 541/TB-VPCP do ai ký?", False),
])
def test_the_signers_capacity_is_asked_by_position_or_by_whom_he_signed_for(question, asked):
    assert classify(question).signer_title_asked is asked


@pytest.mark.parametrize("question, kind, role, lead_said", [
    # Chỉ thị 22/2008/CT-TTg: "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp và các cơ quan liên quan trình Chính phủ
    # ban hành Nghị định …", "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp, Bộ Thông tin và Truyền thông tổ chức tốt
    # việc tuyên truyền …": the tasks an agency takes part in, each with its lead
    ("Theo Chỉ thị 22/2008/CT-TTg, Bộ Tư pháp phối hợp trong những việc gì và ai chủ trì những việc đó?",
     "agency_tasks", "lead", False),
    ("Theo Chỉ thị 22/2008/CT-TTg, Bộ Nội vụ tham gia những việc gì, với vai trò chủ trì hay phối hợp?",
     "agency_tasks", "lead", False),
    ("Bộ Nội vụ phối hợp thực hiện những nhiệm vụ nào theo Chỉ thị 22/2008/CT-TTg?", "agency_tasks", "partner", False),
    # whom it works with is asked: still a partners question (Thông tư liên tịch 89/2001/TTLT-BTC-BCA)
    ("Bộ Công an phối hợp với cơ quan nào để làm gì theo Thông tư liên tịch 89/2001?", "partners", "lead", False),
])
def test_the_tasks_an_agency_takes_part_in(question, kind, role, lead_said):
    intent = classify(question)
    assert (intent.kind, intent.role, intent.lead_said) == (kind, role, lead_said)


@pytest.mark.parametrize("question, kind_is_deadline", [
    # Thông tư 10/2009/TT-BTC, 4.2: "Hồ sơ khai quyết toán thuế, thời hạn và nơi nộp hồ sơ khai quyết toán thuế được
    # thực hiện theo quy định tại khoản 2.4 … Thông tư số 84/2008/TT-BTC": the provision is asked, not a time
    ("Theo Thông tư 10/2009/TT-BTC, thời hạn nộp hồ sơ khai quyết toán thuế của cá nhân làm đại lý bảo hiểm thực hiện "
     "theo quy định nào?", False),
    ("Theo Thông tư 10/2009/TT-BTC, thời hạn nộp hồ sơ khai quyết toán thuế là bao lâu?", True),
])
def test_a_time_asked_by_the_provision_setting_it_is_no_time_question(question, kind_is_deadline):
    assert (classify(question).kind == "deadline") is kind_is_deadline


@pytest.mark.parametrize("question, asked", [
    # the documents a person signed (the joint circulars of evals/devdocs carry these signature blocks)
    ("Thứ trưởng Đỗ Hoàng Anh Tuấn đã ký những thông tư liên tịch nào?", ("Đỗ Hoàng Anh Tuấn", "Thông tư liên tịch")),
    ("Ông Nguyễn Văn Được ký những văn bản nào?", ("Nguyễn Văn Được", None)),
    ("Thượng tướng Lê Hữu Đức đã ký thông tư liên tịch nào?", ("Lê Hữu Đức", "Thông tư liên tịch")),
    # an agency before the verb is no person; who signed a named document is the other way round
    ("UBND tỉnh Long An đã ký văn bản nào?", None),
    ("Bộ Tài chính đã ký những văn bản nào?", None),
    ("Ai ký Thông tư liên tịch 19/2009/TTLT-BTC-BNV?", None),
])
def test_the_documents_a_person_signed_are_asked_by_the_name_before_ky(question, asked):
    from assistant.intent import signer_asked
    assert signer_asked(question) == asked


@pytest.mark.parametrize("question", [
    # Nghị định 14/2016/NĐ-CP, Điều 19: "Bộ Quốc phòng … 2. Quy định nội dung, chương trình, thời gian huấn luyện …"
    "Theo Nghị định 14/2016/NĐ-CP, cơ quan nào quy định nội dung, chương trình, thời gian huấn luyện cho binh sĩ dự bị "
    "hạng hai chuyển thành binh sĩ dự bị hạng một?",
    # Nghị định 63/2023/NĐ-CP: "Cục Tần số vô tuyến điện (Trung tâm Tần số vô tuyến điện khu vực) cấp, … giấy phép …"
    "Theo Nghị định 63/2023/NĐ-CP, cơ quan nào có thẩm quyền cấp giấy phép sử dụng tần số cho đài vô tuyến điện "
    "nghiệp dư?",
])
def test_the_body_asked_right_before_quy_dinh_or_co_tham_quyen_is_who_leads(question):
    assert classify(question).kind == "lead"


def test_how_often_may_stand_between_the_body_asked_and_its_action():
    # Nghị định 14/2016/NĐ-CP, Điều 19 (Bộ Quốc phòng): "Hằng năm xây dựng chỉ tiêu kế hoạch huấn luyện binh sĩ dự bị
    # hạng hai, trình Thủ tướng Chính phủ quyết định."
    assert classify("Theo Nghị định 14/2016/NĐ-CP, cơ quan nào hằng năm xây dựng chỉ tiêu kế hoạch huấn luyện binh sĩ "
                    "dự bị hạng hai, trình Thủ tướng Chính phủ quyết định?").kind == "lead"


def test_the_body_one_answers_to_is_not_the_one_asked():
    # Nghị định 13/2016/NĐ-CP, Điều 15: "Bộ Quốc phòng: 1. Chịu tránh nhiệm trước Chính phủ, chủ trì, …"
    intent = classify("Theo Nghị định 13/2016/NĐ-CP, cơ quan nào chịu trách nhiệm trước Chính phủ, chủ trì tổ chức "
                      "thực hiện Nghị định về đăng ký nghĩa vụ quân sự?")
    assert intent.kind == "lead" and intent.agency is None and intent.recipients == ("Chính phủ",)


@pytest.mark.parametrize("question, asked", [
    ("Nghị định 53/2010/NĐ-CP căn cứ những luật nào?", ("Luật", None)),
    ("Thông tư 03/2009/TT-BTC hướng dẫn thực hiện nghị quyết nào của Chính phủ?", ("Nghị quyết", "Chính phủ")),
])
def test_the_kind_of_document_asked_includes_a_law(question, asked):
    assert classify(question).document_asked == asked


@pytest.mark.parametrize("question, kind", [
    # Nghị định 258/2025/NĐ-CP, Điều 45: "Ban hành cơ chế, chính sách khuyến khích đầu tư …" is a task of the province
    ("Cơ quan nào ban hành cơ chế, chính sách khuyến khích đầu tư phát triển công viên, cây xanh, mặt nước trên địa bàn "
     "tỉnh theo Nghị định 258/2025/NĐ-CP?", "lead"),
    ("Cơ quan nào ban hành Thông tư liên tịch 19/2009/TTLT-BTC-BNV?", "metadata"),
    ("Thông tư liên tịch 122/2008/TTLT-BTC-BQP do cơ quan nào ban hành?", "metadata"),
    ("Cơ quan nào ban hành văn bản này?", "metadata"),
])
def test_who_issues_a_thing_the_document_assigns_is_a_task_not_its_issuer(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, kind", [
    # Nghị định 13/2016/NĐ-CP, Điều 5: "Chủ tịch Ủy ban nhân dân cấp xã ký quyết định gọi đăng ký nghĩa vụ quân sự …"
    ("Theo Nghị định 13/2016/NĐ-CP, ai ký quyết định gọi đăng ký nghĩa vụ quân sự để đăng ký phục vụ trong ngạch dự bị?",
     "content"),
    ("Theo Nghị định 13/2016/NĐ-CP, ai ký văn bản này?", "metadata"),
    ("Ai ký dự thảo Thông tư quy định tổ chức thi đánh giá năng lực ngoại ngữ?", "metadata"),
    # Nghị quyết 306/NQ-CP, Điều 3: "Bộ trưởng Bộ Tài chính … thay mặt Chính phủ ký Tờ trình Quốc hội …" (round tg29): a
    # paper the document has someone sign, typed with or without marks, asked alone in a conversation too
    ("nq 306 cp: ai ký tờ trình quốc hội về điều chỉnh quy hoạch tổng thể quốc gia", "content"),
    ("Ai ký tờ trình Quốc hội?", "content"),
    ("Ai ký hợp đồng với nhà thầu?", "content"),
    # the paper pointed at as the document itself
    ("Tờ trình này do ai ký?", "metadata"),
    ("Ai ký tờ trình số 620/TTr-BTC?", "metadata"),
])
def test_a_document_the_source_has_someone_sign_is_no_signer_question(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, kind", [
    # Thông tư 82/2006/TT-BTC (evals/devdocs), III.2: "trước ngày <event>" is a condition of a how-question
    ("Theo Thông tư 82/2006/TT-BTC, Quỹ bảo lãnh tín dụng thành lập trước ngày Thông tư có hiệu lực thi hành được "
     "hưởng ưu đãi thuế như thế nào?", "content"),
    ("Bộ Nội vụ phải gửi Tờ trình về số lượng Phó Chủ tịch HĐND lên Ủy ban Thường vụ Quốc hội trước ngày nào?",
     "deadline"),
    ("Doanh nghiệp phải làm gì trước ngày 30/6?", "deadline"),
    # Công điện 193/CĐ-TTg: the date the question states says which task, the document is what is asked
    ("Văn bản nào yêu cầu các bộ, địa phương hoàn thành dứt điểm việc rà soát dự án tồn đọng trên Hệ thống 751 trước "
     "ngày 14/10/2025?", "content"),
    ("Những công điện nào yêu cầu báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 10 năm 2025?", "content"),
])
def test_a_date_before_an_event_in_a_how_question_asks_no_time(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, asked", [
    ("Kết quả đầu ra của Đề án nghiên cứu, thử nghiệm, sản xuất, mua sắm các sản phẩm lưỡng dụng là gì?", True),
    ("Sản phẩm là gì?", True),
    ("Kết quả của nhiệm vụ đó là văn bản gì?", True),
    ("Kết quả đầu ra và hạn hoàn thành của nhiệm vụ này là gì?", True),
    # "sản phẩm" as the task's own object, and a result reported
    ("Ai chủ trì Đề án nghiên cứu, mua sắm các sản phẩm, dịch vụ lưỡng dụng?", False),
    ("Định kỳ 06 tháng Sở Nông nghiệp tổng hợp kết quả thực hiện báo cáo ai?", False),
])
def test_a_product_asked(question, asked):
    assert bool(PRODUCT_ASKED.search(question)) is asked


@pytest.mark.parametrize("question, scopes", [
    # the field after "lĩnh vực", the agency "Bộ Văn hóa, Thể thao và Du lịch" left out
    ("Nghị quyết 03/NQ-CP giao Bộ Văn hóa, Thể thao và Du lịch chủ trì Đề án chuyển đổi số trong lĩnh vực Thể thao "
     "hoàn thành năm nào?", [{"thể", "thao"}]),
    ("Bộ Tài nguyên và Môi trường chủ trì xây dựng nền tảng số giám sát, thu thập dữ liệu lĩnh vực khí tượng thủy văn "
     "đến năm nào?", [{"khí", "tượng", "thủy"}]),
    ("Theo Kế hoạch 193, ai chủ trì rà soát quy hoạch hệ thống cây xanh đô thị Tam Điệp?", [{"tam", "điệp"}]),
    # "thành phố" in a list of bodies, and a province inside the agency's name, scope nothing
    ("UBND các huyện, thành phố phải làm gì?", []),
    ("Các bộ, ngành liên quan chủ trì hay phối hợp việc này?", []),
    ("Ủy ban nhân dân cấp tỉnh chủ trì tổ chức đăng ký nghĩa vụ quân sự?", []),
    ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Bình chủ trì việc gì?", []),
])
def test_a_scope_named_after_its_noun(question, scopes):
    assert scoped_terms(question) == scopes


@pytest.mark.parametrize("question, kind, lead_said", [
    # Kế hoạch 193, row 9; Công điện 196, 3.: whether the task is the agency's, its lead named first
    ("Theo Kế hoạch 193, Thanh tra tỉnh có được giao tăng cường thanh tra, kiểm tra công tác quy hoạch, trồng, chăm "
     "sóc, bảo vệ cây xanh không?", "lead", True),
    ("Theo Công điện 196, Bộ Quốc phòng có được giao chỉ đạo các đơn vị đóng trên địa bàn hỗ trợ địa phương dọn dẹp "
     "trường học không?", "lead", True),
    # its tasks asked, not whether one is its own
    ("Sở Nội vụ có được giao nhiệm vụ gì không?", "agency_tasks", False),
])
def test_whether_an_agency_is_given_a_task(question, kind, lead_said):
    intent = classify(question)
    assert (intent.kind, intent.lead_said) == (kind, lead_said)


@pytest.mark.parametrize("question, asks_time", [
    # Công điện 193/CĐ-TTg, 1.b: "Sau thời hạn nêu trên, Bộ Tài chính tổng hợp danh sách …": what is done after a
    # time already named is asked, not that time
    ("Sau thời hạn đó, Bộ Tài chính phải làm gì?", False),
    ("Sau thời hạn nêu trên, Bộ Tài chính phải làm gì?", False),
    ("Quá thời hạn trên thì cơ quan nào tổng hợp danh sách?", False),
    ("Thời hạn đó là khi nào?", True),
    ("Bộ Tài chính phải tổng hợp danh sách trong thời hạn nào?", True),
    # Nghị định 152/2004/NĐ-CP, Điều 1.5: the period is the rate's reach, who submits is asked
    ("Theo Nghị định 152/2004/NĐ-CP, trường hợp cần đặc biệt khuyến khích cao hơn, cơ quan nào trình Thủ tướng Chính "
     "phủ quyết định áp dụng thuế suất ưu đãi 10% trong suốt thời gian thực hiện dự án?", False),
    ("Trong suốt thời gian thực hiện dự án, khi nào cơ sở kinh doanh phải báo cáo?", True),
    ("Thời gian thực hiện dự án là bao lâu?", True),
])
def test_a_time_pointed_back_at_is_not_asked(question, asks_time):
    from assistant.intent import time_asked
    assert time_asked(question) is asks_time


@pytest.mark.parametrize("question, asks_time", [
    # Quyết định 12/2010/QĐ-TTg is about "gia hạn nộp thuế": the extension is its topic, no time is asked
    ("Cơ quan nào chịu trách nhiệm hướng dẫn thực hiện Quyết định 12/2010/QĐ-TTg về gia hạn nộp thuế thu nhập doanh "
     "nghiệp?", False),
    ("Hạn nộp tờ khai thuế là ngày nào?", True),
    ("Số thuế thu nhập doanh nghiệp quý II được gia hạn nộp đến ngày nào?", True),
    ("Hạn nộp báo cáo quyết toán thuế?", True),
])
def test_an_extension_of_payment_is_no_time_asked(question, asks_time):
    from assistant.intent import time_asked
    assert time_asked(question) is asks_time


@pytest.mark.parametrize("question, agency", [
    # Thông tư 96/1999/TT-BTC, III.2: the tax office only sent the notice the household's payment follows
    ("Theo Thông tư 96/1999/TT-BTC, hộ sản xuất nông nghiệp phải nộp thuế TNDN trong thời hạn bao lâu kể từ ngày nhận "
     "được thông báo của cơ quan thuế?", None),
    ("Cơ sở kinh doanh khấu trừ thuế theo hướng dẫn của Bộ Tài chính trong thời hạn nào?", None),
    # a document named by its number with its issuer (Quyết định 59/2000/QĐ-UB): the issuer stays the agency named
    ("Quyết định 59/2000/QĐ-UB của UBND thành phố Đà Nẵng được áp dụng để tính thuế thu nhập doanh nghiệp năm nào?",
     "Ủy ban nhân dân thành phố Đà Nẵng"),
    # named as the doer as well: asked
    ("Cơ quan thuế phải gửi thông báo của cơ quan thuế cho hộ nộp thuế khi nào?", "cơ quan thuế"),
])
def test_an_agency_that_only_sent_the_notice_followed_is_not_the_one_asked(question, agency):
    assert classify(question).agency == agency


@pytest.mark.parametrize("question, head", [
    # Nghị quyết 32/2009/QH12: "Sau khi xem xét Tờ trình số 87/TTr-CP ngày 19 tháng 5 năm 2009 của Chính phủ …": the
    # number of the submission it considered, not its own (since round nb21 the proposer slot, which quotes that line)
    ("Nghị quyết 32/2009/QH12 được ban hành sau khi xem xét tờ trình số mấy của Chính phủ?", False),
    ("Nghị quyết về điều chỉnh mục tiêu tổng quát năm 2009 là nghị quyết số mấy?", True),
    # Thông tư 128/2004/TT-BTC: "Mẫu số: 04/TNDN", the form's number, asked of the form
    ("Theo Thông tư 128/2004/TT-BTC, tờ khai tự quyết toán thuế thu nhập doanh nghiệp là mẫu số mấy?", False),
    ("Theo Luật 14/2008/QH12, thuế suất ưu đãi quy định tại điều số mấy?", False),
])
def test_a_submissions_number_is_not_the_documents_own(question, head):
    asked = classify(question)
    assert (asked.kind == "metadata" and asked.slot in ("metadata", "number")) is head
@pytest.mark.parametrize(("question", "party"), [
    # Luật 09/2003/QH11, Điều 14: the business itself reports; no agency list knows it
    ("Theo Luật 09/2003/QH11, cơ sở kinh doanh phải nộp báo cáo quyết toán thuế trong thời hạn bao lâu?",
     "cơ sở kinh doanh"),
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh buôn chuyến phải kê khai và nộp thuế khi nào?",
     "cơ sở kinh doanh buôn chuyến"),
    # Nghị định 24/2007/NĐ-CP, Điều 24: "tạm" of a provisional act is the act's, not the doer's
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh tạm nộp thuế thu nhập doanh nghiệp từng quý chậm nhất là khi nào?",
     "cơ sở kinh doanh"),
    # an agency, "ai", or no "phải": no party
    ("Theo Nghị định 24/2007/NĐ-CP, cơ quan Thuế phải thông báo số thuế khi nào?", None),
    ("Ai phải báo cáo kết quả trước ngày 15/10?", None),
    ("Theo Luật 09/2003/QH11, cơ quan thuế có những nhiệm vụ gì?", None),
])
def test_the_party_whose_act_is_asked_is_read_before_phai(question, party):
    assert classify(question).party == party


@pytest.mark.parametrize("question, agency, checked", [
    # Nghị định 259/2025/NĐ-CP, Điều 16.6 gives the list to Bộ Quốc phòng: "không, Bộ Quốc phòng chủ trì" answers it
    ("Theo Nghị định 259/2025, Bộ Công an có phải là cơ quan chủ trì lập, công bố Danh sách tổ chức, cá nhân bị chỉ "
     "định có liên quan đến phổ biến vũ khí hủy diệt hàng loạt không?", "Bộ Công an", True),
    ("Bộ Tài chính có chủ trì hoàn thiện Đề án thí điểm Trung tâm giao dịch bất động sản không?", "Bộ Tài chính", True),
    # "X chủ trì hay phối hợp …?" takes for granted that X has a part: X stays a premise
    ("Bộ Tài chính chủ trì hay phối hợp Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung?", "Bộ Tài chính",
     False),
    ("Bộ Tài chính phối hợp với cơ quan nào?", "Bộ Tài chính", False),
    # round nb21 (Kế hoạch 193 of Ninh Bình, row 1): the body word left out, "có phải chủ trì … không?"
    ("UBND các huyện có phải chủ trì rà soát quy hoạch hệ thống cây xanh đô thị Ninh Bình không?",
     "Ủy ban nhân dân các huyện", True),
    # round cv23 (questions_oc oc02.4; Phụ lục II of Nghị quyết 03/NQ-CP, row 112: "Nghiên cứu, đề nghị các doanh
    # nghiệp cung cấp chữ ký số công cộng có chế độ ưu đãi cấp chữ ký số cho các cơ sở y tế … | Bộ Khoa học và Công
    # nghệ | Bộ Y tế"): the body after "do", the question closed by "à", "phải không", "không"
    ("Việc ưu đãi cấp chữ ký số cho cơ sở y tế cũng do Bộ Y tế chủ trì à?", "Bộ Y tế", True),
    ("Việc ưu đãi cấp chữ ký số cho cơ sở y tế do Bộ Y tế chủ trì phải không?", "Bộ Y tế", True),
    ("Việc ưu đãi cấp chữ ký số cho cơ sở y tế có phải do Bộ Y tế chủ trì không?", "Bộ Y tế", True),
    ("việc ưu đãi cấp chữ ký số cho cơ sở y tế cung do Bộ Y tế chủ trì a?", "Bộ Y tế", True),  # marks restored
])
def test_the_agency_a_yes_or_no_lead_question_checks_is_no_premise(question, agency, checked):
    from assistant.intent import lead_checked
    from corpus.agencies import find_agencies
    end = next(end for name, _, end in find_agencies(question) if name == agency)
    assert lead_checked(question, end) is checked
    assert classify(question).kind == ("lead" if checked or "chủ trì" in question else "partners")


@pytest.mark.parametrize("question, slot", [
    ("Văn bản hợp nhất 40/VBHN-BTC được hợp nhất từ những thông tư nào?", "consolidated_from"),
    ("Văn bản hợp nhất 40/VBHN-BTC hợp nhất những thông tư nào?", "consolidated_from"),
    ("Văn bản hợp nhất 03/VBHN-BKHCN hợp nhất các nghị định nào?", "consolidated_from"),
    # bodies merged by a decision are what it decides, not the texts a consolidation merges
    ("Quyết định 2219/QĐ-TTg hợp nhất những đơn vị nào?", None),
])
def test_the_texts_a_consolidation_merges_are_a_head_slot(question, slot):
    assert (classify(question).slot if classify(question).slot == "consolidated_from" else None) == slot


@pytest.mark.parametrize("text", ["Theo Nghị định 258/2025/NĐ-CP và Thông tư 96/2000/TT-BTC, ai chủ trì?",
                                  "Chỉ thị 22/2008 của Thủ tướng", "NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì?", "Ai ký?"])
def test_documents_named_are_read_once_as_anew(text):
    # kept per text (a bounded cache: a dozen rules of one answer read them): the same documents as a first reading,
    # a tuple of tuples no caller can change
    from assistant.intent import named_documents
    first = named_documents(text)
    assert named_documents(text) == first == named_documents.__wrapped__(text)
    assert isinstance(first, tuple) and all(isinstance(named, tuple) for named in first)


@pytest.mark.parametrize("question, unit", [
    # Thông tư 18/2002/TT-BTC, Phần C, Mục V.4 (evals/devdocs): "Hàng năm, chậm nhất là 90 ngày, kể từ khi kết thúc
    # năm tài chính, nhà đầu tư nước ngoài phải báo cáo … về việc sử dụng lợi nhuận được chia …": days, not money
    ("Theo Thông tư 18/2002/TT-BTC, nhà đầu tư nước ngoài phải báo cáo cơ quan thuế về việc sử dụng lợi nhuận được "
     "chia chậm nhất bao nhiêu ngày kể từ khi kết thúc năm tài chính?", ""),
    # Thông tư 130/2008/TT-BTC: "Thời gian chuyển lỗ tính liên tục không quá 5 năm"
    ("Theo Thông tư 130/2008/TT-BTC, doanh nghiệp bị lỗ được chuyển lỗ sang thu nhập chịu thuế của bao nhiêu năm "
     "sau?", ""),
    ("Theo Thông tư 128/2003/TT-BTC, thông báo nộp thuế phải gửi tới cơ sở kinh doanh trước ngày phải nộp tiền thuế "
     "tối thiểu bao nhiêu ngày?", ""),
])
def test_a_time_unit_after_bao_nhieu_asks_a_span_not_money(question, unit):
    assert classify(question).quantity == unit


@pytest.mark.parametrize("question, reference", [
    # round nb21: a type typed as its code before the serial names the document as the full type word does
    ("QĐ 963 về danh mục văn bản quy phạm pháp luật hướng dẫn Luật Đường bộ căn cứ những nghị định nào?",
     ("Quyết định", "963")),
    ("Trong KH 196, ai chủ trì xây dựng chuyên mục công nghiệp văn hóa?", ("Kế hoạch", "196")),
    ("cv 706 ve tuyen chon goi cong dan nhap ngu 2025 ai ky", ("Công văn", "706")),
    # "NQ 57" stays Nghị quyết 57-NQ/TW with the documents carrying it out (no one-resolution reference)
    ("NQ 57 giao cơ quan nào chủ trì hướng dẫn quán triệt và tuyên truyền nội dung nghị quyết?", None),
])
def test_a_document_named_by_its_type_code_and_serial(question, reference):
    assert classify(question).doc_reference == reference


@pytest.mark.parametrize("question, reworded", [
    # Phụ lục II of Nghị quyết 03/NQ-CP, row 28: the task named first, then the agency's part in it (ag23, od30)
    ("Trong nhiệm vụ xây dựng cơ chế thu hút nguồn lực phát triển nhân lực cho bán dẫn, trí tuệ nhân tạo, Bộ Giáo dục "
     "và Đào tạo làm gì?",
     "Bộ Giáo dục và Đào tạo có vai trò gì trong nhiệm vụ xây dựng cơ chế thu hút nguồn lực phát triển nhân lực cho bán "
     "dẫn, trí tuệ nhân tạo?"),
    ("Đối với đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung, Bộ Quốc phòng có trách nhiệm gì?",
     "Bộ Quốc phòng có vai trò gì trong đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung?"),
    # not "Trong việc …" (a report's prose sentence answers it, devdocs db28), not a list of the agency's tasks, not a
    # body no agency list knows
    ("Trong việc tuyên truyền hai Luật thuế, Sở Văn hoá - Thông tin làm gì?",
     "Trong việc tuyên truyền hai Luật thuế, Sở Văn hoá - Thông tin làm gì?"),
    ("Bộ Giáo dục và Đào tạo làm gì trong Phụ lục II?", "Bộ Giáo dục và Đào tạo làm gì trong Phụ lục II?"),
    ("Trong nhiệm vụ này, các bên làm gì?", "Trong nhiệm vụ này, các bên làm gì?"),
    # the document bracketed at the close is named first (Phụ lục II, rows 27 and 119: tj06, tk15)
    ("Trong nhiệm vụ xây dựng Nghị định về việc thành lập, tổ chức hoạt động của các quỹ đầu tư mạo hiểm cho khởi "
     "nghiệp sáng tạo, Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?",
     "Theo Nghị quyết 03/NQ-CP, Bộ Tài chính có vai trò gì trong nhiệm vụ xây dựng Nghị định về việc thành lập, tổ "
     "chức hoạt động của các quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo?"),
    ("Trong nhiệm vụ xây dựng Đề án hình thành các doanh nghiệp công nghệ chiến lược quy mô lớn trong nước để phát "
     "triển hạ tầng số, Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?",
     "Theo Nghị quyết 03/NQ-CP, Bộ Tài chính có vai trò gì trong nhiệm vụ xây dựng Đề án hình thành các doanh nghiệp "
     "công nghệ chiến lược quy mô lớn trong nước để phát triển hạ tầng số?"),
    # a bracket that names no document, or a question of another shape, stays as asked
    ("Trong nhiệm vụ xây dựng Luật Nhà giáo, Bộ Nội vụ làm gì (nếu có)?",
     "Trong nhiệm vụ xây dựng Luật Nhà giáo, Bộ Nội vụ làm gì (nếu có)?"),
    ("Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?", "Bộ Tài chính làm gì (Nghị quyết 03/NQ-CP)?"),
])
def test_a_task_named_first_then_an_agencys_part_in_it_is_a_role_question(question, reworded):
    assert role_reworded(question) == reworded


def test_a_task_named_first_asks_the_agencys_role_not_its_task_list():
    asked = classify("Trong nhiệm vụ xây dựng cơ chế thu hút nguồn lực phát triển nhân lực cho bán dẫn, trí tuệ nhân "
                     "tạo, Bộ Giáo dục và Đào tạo làm gì?")
    assert asked.kind == "lead" and asked.agency == "Bộ Giáo dục và Đào tạo" and asked.lead_said


@pytest.mark.parametrize("question", [
    # Quyết định 2298/2002/QĐ-UB of Bến Tre: "Xét đề nghị của Giám đốc Sở Tài chính Vật giá … tại Công văn số
    # 497CVLN/STC-CT …" (ag23, od44)
    "Quyết định 2298/2002 của Bến Tre được ban hành theo đề nghị tại văn bản số mấy?",
    "Quyết định 59/2003 của Nghệ An ban hành theo đề nghị tại tờ trình nào?",
])
def test_the_paper_a_proposal_came_in_asks_the_proposer_line(question):
    assert classify(question).slot == "proposer"


@pytest.mark.parametrize("question, slot", [
    # Quyết định 2241/QĐ-TTg: "Xét đề nghị của Bộ Tài chính tại Văn bản số 15854/BTC-NSNN …": what it rests on is a
    # proposal, whose line is the proposer slot, not the "Căn cứ …" lines of the legal basis
    ("Quyết định 2241 hỗ trợ khẩn cấp 4 tỉnh căn cứ đề nghị của Bộ Tài chính tại văn bản số mấy?", "proposer"),
    # Nghị quyết 320/NQ-CP: "Theo đề nghị của Bộ Công an tại Công văn số 4428/BCA-V03 …"
    ("Dự án luật trong NQ 320 do Bộ Công an trình tại công văn số mấy?", "proposer"),
    ("Quyết định 2241/QĐ-TTg căn cứ vào đâu?", "legal_basis"),
])
def test_what_a_document_rests_on_is_its_proposal_where_the_question_says_so(question, slot):
    assert classify(question).slot == slot


@pytest.mark.parametrize("question, words", [
    # a type's code before a serial names the document (Quyết định 2241/QĐ-TTg, whose passages never write "QĐ"),
    # and an agency's short form is read as the documents write it ("Điều 2. Ủy ban nhân dân các tỉnh: …")
    ("Theo QĐ 2241, UBND các tỉnh có trách nhiệm gì?", {"ủy", "ban", "nhân", "dân", "tỉnh"}),
    ("CĐ 194 giao Bộ Tài chính việc gì?", {"giao", "bộ", "tài", "chính"}),
    # … but a question left with one word besides (the act or slot asked) keeps the type, as written out (ty24)
    ("qđ 2241 giao ai?", {"giao", "quyết", "định"}),
    # "NQ 57" stays a word: the documents carrying out Nghị quyết 57-NQ/TW write it in their numbers
    ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì?", {"nq", "giao", "đảng", "đoàn", "quốc", "hội"}),
    # "R&D" is no agency's short form: it stays as written
    ("Đề án tăng năng lực cho các tổ chức R&D công lập", {"đề", "án", "tăng", "năng", "lực", "tổ", "chức", "r&d", "công",
                                                         "lập"}),
    # a code with no serial after it is a word of the topic
    ("Các TT hành chính nào được cắt giảm?", {"tt", "hành", "chính", "cắt", "giảm"}),
])
def test_a_documents_code_and_an_agencys_short_form_are_no_topic_words(question, words):
    assert content_words(question) == words


# Round ld23: a law named by its kind and its serial with the year (Luật 09/2003/QH11, 14/2008/QH12, 32/2013/QH13 of
# evals/devdocs), its title words between or not; a serial with no year, or a year alone, names no law.
@pytest.mark.parametrize("question, named", [
    ("Luật thuế TNDN 09/2003 bắt đầu áp dụng từ ngày nào vậy?", ("Luật", "9", "2003")),
    ("DN làm giáo dục, y tế thì theo Luật 14/2008 được hưởng thuế suất mấy %?", ("Luật", "14", "2008")),
    ("Chủ tịch QH nào ký Luật 32/2013?", ("Luật", "32", "2013")),
    ("Luật Thuế thu nhập doanh nghiệp số 14/2008 có hiệu lực khi nào?", ("Luật", "14", "2008")),
])
def test_a_law_named_by_its_serial_and_year_is_a_named_document(question, named):
    intent = classify(question)
    assert intent.documents == (named,) and intent.doc_reference == named[:2]


@pytest.mark.parametrize("question", [
    "Luật Đất đai 2013 quy định gì về thu hồi đất?",
    "Luật 2 chương gồm những gì?",
    "Theo luật thì thuế suất 25% áp dụng cho ai?",
])
def test_a_law_without_serial_and_year_names_no_document(question):
    assert classify(question).documents == ()


# "thay (cho) … nào" asks what the document replaces (Luật 14/2008/QH12, Điều 19: "Luật này thay thế Luật Thuế thu nhập
# doanh nghiệp số 09/2003/QH11"); "thay đổi", "thay mặt" do not
@pytest.mark.parametrize("question, relation", [
    ("Luật 14/2008/QH12 thay cho luật nào?", ("out", "replaces")),
    ("Quyết định 1730/2003/QĐ-UB thay quyết định nào?", ("out", "replaces")),
    ("Thông tư 84/2008/TT-BTC thay đổi quyết định nào?", None),
    # "nhắc đến" an agency, not a document: no relation (rh27's "mentions")
    ("Công điện 189 nhắc đến Bộ Công an trong việc gì?", None),
])
def test_thay_cho_asks_what_a_document_replaces(question, relation):
    assert classify(question).relation == relation


def test_hạn_chót_is_no_topic_word():
    # round ld23: "… kê khai đăng ký người phụ thuộc hạn chót ngày nào?" (Thông tư liên tịch 123/2008/TTLT-BTC-BCA:
    # "Đầu năm, chậm nhất là ngày 31/1, …"): "chót" only says a time is asked; the passage need not carry it
    from assistant.intent import content_words
    assert "chót" not in content_words("cán bộ chiến sĩ kê khai đăng ký người phụ thuộc hạn chót ngày nào?")
    assert {"kê", "khai", "phụ", "thuộc"} <= content_words("kê khai đăng ký người phụ thuộc hạn chót ngày nào?")


@pytest.mark.parametrize("question, asks_time", [
    # as a chat box asks a time (questions_og, ty24): "tháng mấy", "quý mấy"; "mấy tháng" asks a span
    ("dự án Luật sửa đổi Luật Chất lượng sản phẩm hàng hóa trình tháng mấy", True),
    ("nhiệm vụ này xong quý mấy", True),
    ("Quỹ Bảo vệ và phát triển rừng được bổ sung những nguồn lực gì?", False),
])
def test_a_time_asked_by_which_month_or_quarter(question, asks_time):
    from assistant.intent import time_asked
    assert time_asked(question) is asks_time


@pytest.mark.parametrize("question, words", [
    # a slot asked of a document named by its code only (questions_og): the type is a topic word, as when written out
    ("KH 193 ai ký vậy", {"ký", "kế", "hoạch"}),
    ("QĐ 807 ai ký nhỉ", {"ký", "quyết", "định"}),
    # a topic of its own: the code stays no topic word (the passages never write it)
    ("QĐ 2241 Thái Nguyên được hỗ trợ bao nhiêu", {"thái", "nguyên", "hỗ", "trợ", "bao"}),
])
def test_a_slot_asked_of_a_coded_document_keeps_its_type_as_topic(question, words):
    from assistant.intent import content_words
    assert content_words(question) >= words - {"bao"}
    assert not {"qđ", "kh", "nhỉ"} & content_words(question)


@pytest.mark.parametrize("question, agency", [
    # questions_og og32 (dc25), Chỉ thị 22/2008/CT-TTg: the body set up is what the act makes, never its doer
    ("ct 22 thành lập BCĐ Trung ương triển khai Luật Thuế tncn trình trong tháng mấy?", None),
    ("Ai trình Thủ tướng thành lập Ban Chỉ đạo Trung ương triển khai Luật Thuế TNCN?", None),
    ("Chủ tịch UBND cấp huyện quyết định kiện toàn Hội đồng tư vấn thuế khi nào?", "Ủy ban nhân dân cấp huyện"),
    # questions_og og02 (dc25), Kế hoạch 193 of Ninh Bình: the body after a draft's type issues it, never the doer
    ("dự thảo Nghị quyết HĐND tỉnh về chính sách trồng cây xanh phải trình khi nào vậy?", None),
    # the body named as the doer too, or named elsewhere, is still asked
    ("Ban Chỉ đạo Trung ương có nhiệm vụ gì?", "Ban Chỉ đạo Trung ương"),
    ("HĐND tỉnh phải thông qua dự thảo Nghị quyết khi nào?", "Hội đồng nhân dân tỉnh"),
])
def test_a_body_set_up_is_not_the_agency_asked(question, agency):
    assert classify(question).agency == agency


@pytest.mark.parametrize("question, slot", [
    # round cv25 (devdocs_pc pcc12.3): Quyết định 08/2013/QĐ-UBND of Hà Nội, "Xét đề nghị của liên ngành: Sở Tài chính,
    # Sở Xây dựng, Cục thuế Hà Nội tại Tờ trình số 517/TTrLN:TC-XD-CT …"
    ("Ai đề nghị ban hành quyết định này?", "proposer"),
    ("Cơ quan nào trình ban hành Quyết định 08/2013/QĐ-UBND?", "proposer"),
    ("Ai đề nghị bổ sung dự toán?", None),  # an act of the body, not who proposed the document
])
def test_the_proposer_asked_as_subject_asks_the_proposer_line(question, slot):
    assert classify(question).slot == slot


# A yes-or-no check of who does a task (round qe26): put as the lead check "<X> có chủ trì <task> không?", answered by
# naming the task's lead, which confirms or corrects X. Kế hoạch 193 of Ninh Bình, Phụ lục row 9: "Tăng cường thanh
# tra, kiểm tra công tác quy hoạch, trồng, chăm sóc, bảo vệ cây xanh. | Thanh tra tỉnh"; Chỉ thị 22/2008/CT-TTg: "4. Bộ
# Y tế nghiên cứu ban hành danh mục bệnh hiểm nghèo …"; Nghị định 259/2025/NĐ-CP: "6. Bộ Quốc phòng Chủ trì lập, công
# bố … Danh sách tổ chức, cá nhân bị chỉ định …".
@pytest.mark.parametrize("question, reworded", [
    ("Theo Kế hoạch 193 của UBND tỉnh Ninh Bình, Sở Xây dựng chủ trì việc tăng cường thanh tra, kiểm tra công tác quy "
     "hoạch, trồng, chăm sóc, bảo vệ cây xanh, đúng không?",
     "Theo Kế hoạch 193 của UBND tỉnh Ninh Bình, Sở Xây dựng có chủ trì việc tăng cường thanh tra, kiểm tra công tác quy "
     "hoạch, trồng, chăm sóc, bảo vệ cây xanh không?"),
    ("Chỉ thị 22/2008/CT-TTg giao Bộ Tài chính ban hành danh mục bệnh hiểm nghèo làm căn cứ xét giảm thuế thu nhập cá "
     "nhân đúng không?",
     "Chỉ thị 22/2008/CT-TTg, Bộ Tài chính có chủ trì ban hành danh mục bệnh hiểm nghèo làm căn cứ xét giảm thuế thu "
     "nhập cá nhân không?"),
    ("Công điện 191: Bộ Tài chính chủ trì xây dựng báo cáo tổng hợp về sắp xếp, đổi mới công ty nông, lâm nghiệp phải "
     "không?",
     "Công điện 191: Bộ Tài chính có chủ trì xây dựng báo cáo tổng hợp về sắp xếp, đổi mới công ty nông, lâm nghiệp "
     "không?"),
    # not a second role checked with it (devdocs qa66), not a body said to be something, not a doer after "do" (read
    # by `_CHECK_CLOSE` already), not a body no list knows, not a question that is no yes-or-no check
    ("Quyết định 59/2003/QĐ-UB Nghệ An giao Sở Giao thông vận tải chủ trì kiểm tra giá xe gắn máy, phối hợp với Cục "
     "thuế phải không?", None),
    ("Quyết định 807 của Ninh Bình: cơ quan thẩm định chương trình phát triển đô thị Tam Điệp là Sở Xây dựng phải "
     "không?", None),
    ("Vậy là phong trào trên VNeID về kiến thức số cơ bản do Bộ Công an chủ trì đúng không?", None),
    ("Theo Chỉ thị 30/CT-TTg, các đơn vị khai thác than chủ trì việc này đúng không?", None),
    ("Theo Nghị định 259/2025/NĐ-CP, Bộ Công an chủ trì lập danh sách nào?", None),
    # typed without marks and restored ("dung khong" may come back "dụng không"): Quyết định 2229/QĐ-TTg
    ("theo Quyết định 2229/QD-TTG, Bộ Công Thương chủ trì tổ chức thực hiện Chiến lược phát triển dịch vụ logistics "
     "dụng không?",
     "theo Quyết định 2229/QD-TTG, Bộ Công Thương có chủ trì tổ chức thực hiện Chiến lược phát triển dịch vụ logistics "
     "không?"),
    ("Nhà máy này có được sử dụng không?", None),
    # the source named first without a comma, as questions typed in haste name it (Kế hoạch 193's row 9 is Thanh tra
    # tỉnh's, Nghị quyết 03/NQ-CP's row 22 Bộ Giáo dục và Đào tạo's); a wrong signer checked is no doer
    ("kh 193 Sở Nội vụ chủ trì thanh tra kiểm tra công tác trồng cây xanh phải không?",
     "kh 193 Sở Nội vụ có chủ trì thanh tra kiểm tra công tác trồng cây xanh không?"),
    ("nq 03 Bộ KHCN chủ trì Xây dựng Luật Nhà giáo đúng không?",
     "nq 03 Bộ KHCN có chủ trì Xây dựng Luật Nhà giáo không?"),
    ("Công điện 190 Bộ Tài chính chủ trì hoàn thiện Đề án thí điểm mô hình Trung tâm giao dịch bất động sản đúng "
     "không?",
     "Công điện 190 Bộ Tài chính có chủ trì hoàn thiện Đề án thí điểm mô hình Trung tâm giao dịch bất động sản không?"),
    ("ct 30 do Phó Thủ tướng Trần Hồng Hà ký phải không", None),
    ("kh 193 năm 2025 Sở Nội vụ chủ trì việc gì phải không?", None),
    # the task named first, the body checked after a colon, "à?" as a surprised check (Nghị quyết 03/NQ-CP, Phụ lục
    # II, row 83: the two academies lead, Bộ Tài chính takes part); "à?" with no task before is left as asked
    ("Đề án đầu tư, nâng cấp Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Viện Hàn lâm Khoa học Xã hội Việt Nam: Bộ "
     "Tài chính chủ trì à?",
     "Bộ Tài chính có chủ trì Đề án đầu tư, nâng cấp Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Viện Hàn lâm Khoa "
     "học Xã hội Việt Nam không?"),
    ("Theo Nghị quyết 03, xây dựng Danh mục Công nghệ chiến lược: Bộ Tài chính chủ trì phải không?",
     "Theo Nghị quyết 03, Bộ Tài chính có chủ trì xây dựng Danh mục Công nghệ chiến lược không?"),
    ("Bộ Tài chính chủ trì à?", None),
    ("Danh mục: Bộ Tài chính chủ trì à?", None),
])
def test_a_yes_or_no_check_of_a_tasks_doer_is_the_lead_check(question, reworded):
    from assistant.intent import doer_checked
    assert doer_checked(question) == (reworded or question)


@pytest.mark.parametrize("question, reworded", [
    # the task between "<X> chủ trì" and the other role offered, too long for `_ROLE_ASKED` (Phụ lục II of Nghị quyết
    # 03/NQ-CP, rows 100, 50 and 73: Bộ Y tế, Bộ Khoa học và Công nghệ, Văn phòng Chính phủ only take part)
    ("Theo Nghị quyết 03/NQ-CP, Bộ Y tế chủ trì việc đề nghị doanh nghiệp cung cấp chữ ký số công cộng ưu đãi cho các "
     "cơ sở y tế hay chỉ phối hợp?",
     "Theo Nghị quyết 03/NQ-CP, Bộ Y tế chủ trì hay phối hợp việc đề nghị doanh nghiệp cung cấp chữ ký số công cộng "
     "ưu đãi cho các cơ sở y tế?"),
    ("Theo Nghị quyết 03/NQ-CP, Văn phòng Chính phủ chủ trì việc nâng cấp, hoàn thiện hạ tầng công nghệ thông tin đáp "
     "ứng yêu cầu tại văn bản số 1552/BTTTT-TTH hay chỉ phối hợp?",
     "Theo Nghị quyết 03/NQ-CP, Văn phòng Chính phủ chủ trì hay phối hợp việc nâng cấp, hoàn thiện hạ tầng công nghệ "
     "thông tin đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH?"),
    # a bare "… không?" with the document bracketed at the close (row 67: Bộ Công an leads, Bộ Quốc phòng takes part)
    ("Bộ Quốc phòng chủ trì Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ quốc phòng, an ninh "
     "không (Nghị quyết 03/NQ-CP)?",
     "Theo Nghị quyết 03/NQ-CP, Bộ Quốc phòng có chủ trì Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung "
     "phục vụ quốc phòng, an ninh không?"),
    # another body offered as the lead (Công điện 192/CĐ-TTg)
    ("Theo Công điện 192, Ngân hàng Nhà nước chủ trì triển khai các giải pháp tạo thuận lợi cho nhà đầu tư tiếp cận "
     "thị trường chứng khoán hay Bộ Tài chính chủ trì?",
     "Theo Công điện 192, triển khai các giải pháp tạo thuận lợi cho nhà đầu tư tiếp cận thị trường chứng khoán do "
     "Ngân hàng Nhà nước chủ trì hay Bộ Tài chính chủ trì?"),
    # what the role readings already read, a check with its own particle (`doer_checked`), an act that asks, a time
    ("Bộ Công an chủ trì điều tra hay chỉ phối hợp?", None),
    ("Bộ Tư pháp chủ trì rà soát các quy định pháp luật để tháo gỡ kịp thời các điểm nghẽn, đúng không?", None),
    ("Bộ Tài chính chủ trì những nhiệm vụ nào không?", None),
    ("Bộ Tài chính chủ trì báo cáo trước ngày 30/10/2025 không?", None),
    ("Bộ Tài chính có chủ trì xây dựng Danh mục Công nghệ chiến lược không?", None),
    ("Xây dựng Danh mục Công nghệ chiến lược do Bộ Tài chính chủ trì hay Bộ Khoa học và Công nghệ chủ trì?", None),
])
def test_a_role_asked_around_a_long_task_is_put_in_the_role_readings_form(question, reworded):
    from assistant.intent import role_choice_checked
    assert role_choice_checked(question) == (reworded or question)


def test_a_doer_checked_is_asked_as_the_lead_and_is_no_premise():
    from assistant.intent import check_reworded
    asked = classify(check_reworded("Theo Nghị định 259/2025/NĐ-CP, Bộ Công an chủ trì lập, công bố Danh sách tổ chức, cá nhân bị chỉ "
                     "định liên quan đến phổ biến vũ khí hủy diệt hàng loạt phải không?"))
    assert asked.kind == "lead" and asked.agency == "Bộ Công an" and asked.checks_lead


# A yes-or-no check of a task's time: the time question, the stated time taken out (Công điện 196/CĐ-TTg: "… gửi về Bộ
# Giáo dục và Đào tạo trước 15h00 ngày 14 tháng 10 năm 2025"; Phụ lục II of Nghị quyết 03/NQ-CP, row 75: "Tham mưu
# Chính phủ thành lập Ủy ban Dữ liệu quốc gia | Bộ Công an | … | 3/2025").
@pytest.mark.parametrize("question, reworded", [
    ("Theo Công điện 196, UBND các tỉnh gửi báo cáo thiệt hại của ngành giáo dục về Bộ Giáo dục và Đào tạo trước 15h00 "
     "ngày 20/10/2025 đúng không?",
     "Theo Công điện 196, UBND các tỉnh gửi báo cáo thiệt hại của ngành giáo dục về Bộ Giáo dục và Đào tạo, thời hạn là "
     "khi nào?"),
    ("Theo Phụ lục II Nghị quyết 03/NQ-CP, Bộ Công an tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia, hạn tháng "
     "6/2025 phải không?",
     "Theo Phụ lục II Nghị quyết 03/NQ-CP, Bộ Công an tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia, thời hạn là "
     "khi nào?"),
    # a length said of something, and a check with no time in it, stay as they are
    ("Theo Quyết định 807 của Ninh Bình, thời gian xây dựng chương trình phát triển đô thị thành phố Tam Điệp là 12 "
     "tháng kể từ ngày ban hành phải không?", None),
    ("Vậy là báo cáo theo hướng dẫn tại văn bản 14328/BTC-PTHT đúng không?", None),
    # a recurrence is no time of the task checked (Thông tư liên tịch 122/2008/TTLT-BTC-BQP: "Hàng quý, chậm nhất ngày
    # 30 của tháng đầu quý tiếp theo Cục Tài chính/Bộ Quốc phòng chuyển số thuế …", typed without marks, restored)
    ("theo ttlt 122/2008/TTLT-BTC-BQP, hàng quý Cục Tài chính Bộ Quốc phòng chuyển số thuế tncn của các đơn vị chi trả "
     "thu nhập vào ngân sách nhà nước dụng không?", None),
])
def test_a_yes_or_no_check_of_a_tasks_time_is_the_time_question(question, reworded):
    from assistant.intent import time_checked
    assert time_checked(question) == (reworded or question)
    if reworded:
        assert classify(reworded).kind == "deadline"


@pytest.mark.parametrize("question, verb", [
    # Quyết định 2224/QĐ-TTg, Điều 2.1: the act after the two roles, its first word the verb
    ("Theo Quyết định đưa công trình Trung tâm dữ liệu quốc gia số 1 vào Danh mục công trình quan trọng liên quan đến "
     "an ninh quốc gia, Ủy ban nhân dân thành phố Hà Nội chủ trì hay phối hợp xây dựng chương trình, kế hoạch bảo vệ "
     "công trình?", "xay"),
    # Nghị quyết 320/NQ-CP, 3.: "việc" only frames the act
    ("Theo Nghị quyết 320/NQ-CP, Bộ Tư pháp chủ trì hay phối hợp việc hoàn thiện hồ sơ dự án Luật?", "hoan"),
    # the act between the roles; "Đề án" only frames it
    ("Bộ Công an chủ trì điều tra hay chỉ phối hợp?", "dieu"),
    ("Bộ Tài chính chủ trì hay phối hợp Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung?", "huy"),
    # no act, or the bodies worked with first: none read
    ("Sở Tài chính chủ trì hay phối hợp?", None),
    ("Bộ Công an chủ trì hay phối hợp với Ủy ban nhân dân thành phố Hà Nội?", None),
    # the lead check, as asked or as `check_reworded` puts it (Nghị định 257/2025/NĐ-CP, Điều 30: Kiểm toán Nhà
    # nước's row is "thực hiện kiểm toán giá trị tài sản …", not the plan asked)
    ("Theo Nghị định 257/2025/NĐ-CP, Kiểm toán Nhà nước có chủ trì lập kế hoạch tiếp nhận công trình dự án BT không?",
     "lap"),
    ("Cơ quan tài chính có chủ trì việc lập danh mục tài sản chuyển giao của dự án BT theo Nghị định 257/2025/NĐ-CP "
     "không?", "lap"),
    ("Bộ Xây dựng có phải chủ trì trình Thủ tướng Chính phủ thay đổi mức lãi suất cho vay không?", "trinh"),
    ("Bộ Nội vụ có chủ trì tổng hợp chung kết quả làm việc của các đoàn công tác không?", "tong"),
    # "tham mưu" only frames the act (Kế hoạch 196 of Ninh Bình: "thực hiện các hoạt động thu hút nhà đầu tư …")
    ("Sở Du lịch có chủ trì tham mưu thu hút các nhà đầu tư trong nước và nước ngoài vào công nghiệp văn hóa không?",
     "thu"),
    # a check with no act, or the act only framed: none read
    ("Bộ Tài chính có chủ trì không?", None),
    ("Bộ Xây dựng có phải là một cơ quan chủ trì việc tổ chức triển khai các chiến lược phát triển hạ tầng năng "
     "lượng không, hay chỉ phối hợp?", None),
])
def test_the_act_a_role_question_asks_of(question, verb):
    from assistant.intent import role_act_verb
    assert role_act_verb(question) == verb


@pytest.mark.parametrize("question, reworded", [
    # Chỉ thị 30/CT-TTg, Mục 10: "… gửi về Bộ Công Thương trước ngày 15 tháng 01 hằng năm" (questions_qe qe41: the
    # receiver checked wrong; the recurrence, no time `time_checked` takes out, left out too)
    ("Theo Chỉ thị 30/CT-TTg, các bộ, ngành, địa phương gửi báo cáo tình hình thực hiện về Bộ Tài chính trước ngày "
     "15/01 hằng năm đúng không?",
     "Theo Chỉ thị 30/CT-TTg, các bộ, ngành, địa phương gửi báo cáo tình hình thực hiện về cơ quan nào?"),
    # Công điện 191, Mục 1: "Trước ngày 25 tháng 10 năm 2025, báo cáo Bộ Tài chính …" (qe28): a time checked with it,
    # the receiver left out and the time asked
    ("Theo Công điện 191, các tập đoàn, tổng công ty nhà nước báo cáo kết quả sản xuất kinh doanh 9 tháng đầu năm 2025 "
     "cho Bộ Kế hoạch và Đầu tư trước ngày 25/10/2025 phải không?",
     "Theo Công điện 191, các tập đoàn, tổng công ty nhà nước báo cáo kết quả sản xuất kinh doanh 9 tháng đầu năm "
     "2025, thời hạn là khi nào?"),
    # Công điện 196, Mục 1 (qe10): the right receiver and a wrong date — the time question answers both
    ("Theo Công điện 196, UBND các tỉnh gửi báo cáo thiệt hại của ngành giáo dục về Bộ Giáo dục và Đào tạo trước 15h00 "
     "ngày 20/10/2025 đúng không?",
     "Theo Công điện 196, UBND các tỉnh gửi báo cáo thiệt hại của ngành giáo dục, thời hạn là khi nào?"),
    ("Theo Chỉ thị 30/CT-TTg, các bộ, ngành, địa phương gửi báo cáo về Bộ Tài chính đúng không?",
     "Theo Chỉ thị 30/CT-TTg, các bộ, ngành, địa phương gửi báo cáo về cơ quan nào?"),
    # the receiver with no preposition (qe29), a body said to be, a doer checked: not a receiver checked
    ("Theo Công điện 191, hạn các tập đoàn, tổng công ty nhà nước báo cáo Bộ Tài chính kết quả sản xuất kinh doanh 9 "
     "tháng đầu năm 2025 là ngày 25/10/2025 đúng không?", None),
    ("Công điện 191: Bộ Tài chính chủ trì xây dựng báo cáo tổng hợp về sắp xếp, đổi mới công ty nông, lâm nghiệp phải "
     "không?", None),
    ("Các bộ gửi báo cáo về Bộ Công Thương à?", None),
])
def test_a_yes_or_no_check_of_a_reports_receiver_asks_the_receiver(question, reworded):
    from assistant.intent import recipient_checked
    assert recipient_checked(question) == (reworded or question)


# A yes-or-no check of a document's signer, issue date or start of force: the question of that field, the checked
# value left out (devdocs_rj: Thông tư 50/2006/TT-BTC "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Trương Chí Trung"; Thông tư
# 134/2008/TT-BTC "… áp dụng từ 01/01/2009"; Thông tư 88/2004/TT-BTC "… áp dụng cho kỳ tính thuế từ năm 2004"; Lệnh
# 18/2003/L-CTN "… kỳ họp thứ 3 thông qua ngày 17 tháng 6 năm 2003"; Quyết định 2298/2002/QĐ-UB of Bến Tre, signed by
# its Phó Chủ tịch Cao Tấn Khổng "KT. CHỦ TỊCH").
@pytest.mark.parametrize("question, reworded", [
    ("Thông tư 50/2006/TT-BTC về ưu đãi thuế cho lọc dầu Dung Quất do Thứ trưởng Đỗ Hoàng Anh Tuấn ký phải không?",
     "Thông tư 50/2006/TT-BTC về ưu đãi thuế cho lọc dầu Dung Quất do ai ký?"),
    ("Quyết định 2298/2002/QĐ-UB của tỉnh Bến Tre do Chủ tịch UBND tỉnh trực tiếp ký phải không?",
     "Quyết định 2298/2002/QĐ-UB của tỉnh Bến Tre do ai ký?"),
    ("Thông tư 42/2009 của Bộ Tài chính về tờ khai thuế TNCN cho đại lý xổ số ban hành ngày 19/3/2009 phải không?",
     "Thông tư 42/2009 của Bộ Tài chính về tờ khai thuế TNCN cho đại lý xổ số ban hành ngày nào?"),
    ("Luật thuế TNDN công bố theo Lệnh 18/2003/L-CTN được Quốc hội thông qua ngày 26/6/2003 đúng không?",
     "Luật thuế TNDN công bố theo Lệnh 18/2003/L-CTN được Quốc hội thông qua ngày nào?"),
    ("QĐ 2239 của Thủ tướng về miễn nhiệm chủ tịch Cần Thơ có hiệu lực sau 45 ngày kể từ ngày ký đúng không?",
     "QĐ 2239 của Thủ tướng về miễn nhiệm chủ tịch Cần Thơ có hiệu lực từ khi nào?"),
    ("Quyết định của UBND tỉnh Bến Tre về bảng giá xe gắn máy năm 2002 có hiệu lực từ ngày ký phải không?",
     "Quyết định của UBND tỉnh Bến Tre về bảng giá xe gắn máy năm 2002 có hiệu lực từ khi nào?"),
    ("Thông tư 134/2008/TT-BTC về thuế nhà thầu nước ngoài áp dụng từ 01/7/2009 phải không?",
     "Thông tư 134/2008/TT-BTC về thuế nhà thầu nước ngoài áp dụng từ ngày nào?"),
    ("Thông tư 88/2004/TT-BTC sửa Thông tư 128/2003 áp dụng cho kỳ tính thuế từ năm 2005 phải không?",
     "Thông tư 88/2004/TT-BTC sửa Thông tư 128/2003 áp dụng cho kỳ tính thuế từ năm nào?"),
    # the draft of Bộ Tài chính on thuế tiêu thụ đặc biệt: "Theo đề nghị của Cục trưởng Cục Quản lý, giám sát chính
    # sách thuế, phí và lệ phí;"
    ("Dự thảo thông tư TTĐB của Bộ Tài chính được trình theo đề nghị của Cục trưởng Cục Thuế phải không?",
     "Dự thảo thông tư TTĐB của Bộ Tài chính được trình theo đề nghị của ai?"),
    # not a signer checked: a registration ("đăng ký"), the signer already asked; no value checked; a task's time
    ("Doanh nghiệp do Sở Kế hoạch và Đầu tư đăng ký phải không?", None),
    ("Quyết định này do ai ký phải không?", None),
    ("Thông tư này có hiệu lực rồi phải không?", None),
    ("Theo Công điện 190, Bộ Tài chính phải báo cáo Thủ tướng về chính sách thuế bất động sản trước ngày 30/10/2025 "
     "phải không?", None),
])
def test_a_yes_or_no_check_of_a_documents_head_asks_that_field(question, reworded):
    from assistant.intent import check_reworded, head_checked
    assert head_checked(question) == (reworded or question)
    if reworded:
        assert check_reworded(question) == reworded
        assert classify(reworded).kind in ("metadata", "deadline")


# A yes-or-no check of an amount: the question of that amount, its last stated figure asked (Thông tư 12/2009/TT-BTC,
# Điều 1: "… trong thời gian 9 tháng đối với thu nhập từ các hoạt động kinh doanh sau: … Kinh doanh phân bón"; Thông
# tư 50/2006/TT-BTC: "Áp dụng mức thuế suất thuế thu nhập doanh nghiệp 10% trong thời hạn 15 năm"; the form of Thông
# tư 42/2009/TT-BTC: "… thuộc diện khấu trừ 5% thuế thu nhập cá nhân"; Thông tư 84/2008/TT-BTC: "Đối với mỗi người
# phụ thuộc … là 1,6 triệu đồng/tháng").
@pytest.mark.parametrize("question, reworded", [
    ("Thông tư 12/2009/TT-BTC gia hạn nộp thuế TNDN 6 tháng cho doanh nghiệp kinh doanh phân bón đúng không?",
     "Thông tư 12/2009/TT-BTC gia hạn nộp thuế TNDN bao nhiêu tháng cho doanh nghiệp kinh doanh phân bón?"),
    ("Theo thông tư ưu đãi thuế cho Nhà máy lọc dầu Dung Quất, dự án được hưởng thuế suất TNDN 10% trong 30 năm phải "
     "không?",
     "Theo thông tư ưu đãi thuế cho Nhà máy lọc dầu Dung Quất, dự án được hưởng thuế suất TNDN 10% trong bao nhiêu năm?"),
    ("Theo mẫu tờ khai kèm Thông tư 42/2009/TT-BTC, đại lý xổ số thuộc diện khấu trừ 10% thuế thu nhập cá nhân đúng "
     "không?",
     "Theo mẫu tờ khai kèm Thông tư 42/2009/TT-BTC, đại lý xổ số thuộc diện khấu trừ bao nhiêu phần trăm thuế thu nhập "
     "cá nhân?"),
    ("Theo TT 84/2008, mức giảm trừ gia cảnh cho mỗi người phụ thuộc là 2 triệu đồng/tháng phải không?",
     "Theo TT 84/2008, mức giảm trừ gia cảnh cho mỗi người phụ thuộc là bao nhiêu triệu đồng/tháng?"),
    # a time checked (`time_checked` reads it), a date, a period "9 tháng đầu năm", a number in a document's or a
    # section's name: no amount checked
    ("Theo Thông tư 99/1998/TT-BTC, cơ quan thuế phải giải quyết đơn khiếu nại về thuế TNDN trong 30 ngày kể từ ngày "
     "nhận đơn phải không?", None),
    ("Theo Công điện 191, hạn các tập đoàn, tổng công ty nhà nước báo cáo Bộ Tài chính kết quả sản xuất kinh doanh 9 "
     "tháng đầu năm 2025 là ngày 25/10/2025 đúng không?", None),
    ("Theo Công điện 191, các tập đoàn báo cáo kết quả 9 tháng đầu năm 2025 phải không?", None),
    ("Thông tư 12/2009/TT-BTC hướng dẫn tại Điều 4 phải không?", None),
])
def test_a_yes_or_no_check_of_an_amount_asks_the_amount(question, reworded):
    from assistant.intent import amount_checked
    assert amount_checked(question) == (reworded or question)


# A yes-or-no check of the document one replaces, amends or repeals: the question of that document (Thông tư
# 134/2008/TT-BTC: "… thay thế cho Thông tư số 05/2005/TT-BTC ngày 11/01/2005 …"; the draft of Bộ Tài chính on thuế
# tiêu thụ đặc biệt: "Thông tư số 195/2015/TT-BTC … hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành").
@pytest.mark.parametrize("question, reworded", [
    ("Thông tư 134/2008/TT-BTC thay thế Thông tư 05/2004/TT-BTC phải không?",
     "Thông tư 134/2008/TT-BTC thay thế thông tư nào?"),
    ("Dự thảo thông tư TTĐB năm 2025 làm hết hiệu lực Thông tư 195/2015/TT-BTC phải không?",
     "Dự thảo thông tư TTĐB năm 2025 làm hết hiệu lực thông tư nào?"),
    ("Thông tư 64/2010 sửa đổi, bổ sung Thông tư 134/2008/TT-BTC đúng không?",
     "Thông tư 64/2010 sửa đổi, bổ sung thông tư nào?"),
    # the acting document not named before the verb; a thing, not a document, amended
    ("Bộ Tài chính hướng dẫn Nghị định 124/2008/NĐ-CP phải không?", None),
    ("Nghị định 260/2025/NĐ-CP sửa Biểu thuế xuất khẩu ban hành kèm Nghị định 26/2016/NĐ-CP phải không?", None),
])
def test_a_yes_or_no_check_of_the_document_acted_on_asks_which(question, reworded):
    from assistant.intent import relation_checked
    assert relation_checked(question) == (reworded or question)


@pytest.mark.parametrize("question, slots", [
    # Quyết định 2239/QĐ-TTg: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;" gives the date asked
    ("Quyết định 2239/QĐ-TTg căn cứ Luật Tổ chức chính quyền địa phương ban hành ngày nào?", ("legal_basis",)),
    # the document's own date, asked alone or beside its basis
    ("Quyết định 2239/QĐ-TTg ban hành ngày nào?", ("issue_date",)),
    ("Quyết định 2239/QĐ-TTg căn cứ vào đâu, ban hành ngày nào?", ("legal_basis", "issue_date")),
])
def test_the_date_of_a_basis_named_is_no_issue_date_of_the_document(question, slots):
    assert classify(question).slots == slots


# Round rg27: task tables asked the way an outsider asks.
@pytest.mark.parametrize("question, checked", [
    ("Bộ Xây dựng có phải là một cơ quan chủ trì việc tổ chức triển khai các chiến lược phát triển hạ tầng năng "
     "lượng, an ninh năng lượng theo Phụ lục II Nghị quyết 03 không, hay chỉ phối hợp?", True),
    ("Bộ Xây dựng có phải là một trong các cơ quan chủ trì việc tổ chức triển khai các chiến lược phát triển hạ tầng "
     "năng lượng không?", True),
    ("Bộ Xây dựng có phải là cơ quan chủ trì việc tổ chức triển khai các chiến lược phát triển hạ tầng năng lượng "
     "không?", True),
])
def test_one_of_several_leads_checked_is_the_lead_check(question, checked):
    intent = classify(question)
    assert (intent.kind, intent.agency, intent.checks_lead) == ("lead", "Bộ Xây dựng", checked)


@pytest.mark.parametrize("question, agency, issuers", [
    # Phụ lục 1 of the Đảng ủy Chính phủ's report (CPbaocaot5): the report's author is no doer asked
    ("Trong phụ lục báo cáo của Đảng ủy Chính phủ về Nghị quyết 57, việc thu hút 100 chuyên gia giỏi về trí tuệ nhân "
     "tạo do cơ quan nào thực hiện, hạn khi nào?", None, ["Đảng ủy Chính phủ"]),
    ("Trong phụ lục báo cáo NQ 57 của Đảng ủy Chính phủ, việc rà soát điều chỉnh Chiến lược quốc gia về trí tuệ nhân "
     "tạo đến năm 2030 giao ai?", None, ["Đảng ủy Chính phủ"]),
    # Phụ lục II of Nghị quyết 03/NQ-CP: the Government's programme, row 106 led by Bộ Công an
    ("Ai lập Đề án phát hiện, ngăn chặn sớm tấn công mạng, gián điệp mạng theo chương trình hành động của Chính phủ "
     "về Nghị quyết 57, xong năm nào?", None, ["Chính phủ"]),
    # a decision named by its number, a submission's sender asked: the body after "của" is what the question names
    ("Giá tối thiểu tính lệ phí trước bạ của xe Honda Wave theo Quyết định 59/2003/QĐ-UB của UBND tỉnh Nghệ An là bao "
     "nhiêu?", "Ủy ban nhân dân tỉnh Nghệ An", []),
    ("Quyết định 807 của Ninh Bình được ban hành theo tờ trình số mấy của UBND thành phố Tam Điệp?",
     "Ủy ban nhân dân thành phố Tam Điệp", []),
])
def test_the_issuer_of_the_plan_or_report_asked_in_is_no_doer(question, agency, issuers):
    from assistant.intent import source_issuers
    assert classify(question).agency == agency
    assert source_issuers(question) == issuers


@pytest.mark.parametrize("question, acted_on", [
    ("Nhiệm vụ số 7 trong phụ lục báo cáo của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW là gì, cơ quan thực hiện và "
     "thời gian hoàn thành?", True),
    ("Ai lập Đề án phát hiện, ngăn chặn sớm tấn công mạng theo chương trình hành động của Chính phủ về Nghị quyết 57, "
     "xong năm nào?", True),
    ("Phụ lục 1 báo cáo về Nghị quyết 57: nhiệm vụ đẩy mạnh sản xuất thông minh do ai thực hiện?", True),
    ("Theo Nghị quyết 57, ai chủ trì xây dựng Chương trình phát triển kinh tế số?", False),
    # the report is what is done (drafted), not where the question is read (devdocs de04)
    ("Bộ Khoa học và Công nghệ tham gia dự thảo báo cáo của Đảng ủy Chính phủ về Nghị quyết 57-NQ/TW với vai trò gì, "
     "ai chủ trì?", False),
])
def test_a_report_or_programme_about_a_document_is_not_that_document(question, acted_on):
    assert classify(question).document_acted_on is acted_on


@pytest.mark.parametrize("question, parts", [
    # the acts of the first clause listed with commas: the cut is the comma before the second question
    ("Ai lập Đề án phát hiện, ngăn chặn sớm tấn công mạng, gián điệp mạng theo chương trình hành động của Chính phủ "
     "về Nghị quyết 57, xong năm nào?",
     ["Ai lập Đề án phát hiện, ngăn chặn sớm tấn công mạng, gián điệp mạng theo chương trình hành động của Chính phủ "
      "về Nghị quyết 57", "xong năm nào?"]),
    ("Ai chủ trì nghiên cứu bổ sung chức năng, nhiệm vụ, nguồn lực cho Quỹ Bảo vệ và phát triển rừng tỉnh, hạn khi "
     "nào?", ["Ai chủ trì nghiên cứu bổ sung chức năng, nhiệm vụ, nguồn lực cho Quỹ Bảo vệ và phát triển rừng tỉnh",
              "hạn khi nào?"]),
    ("Trong KH 196, ai chủ trì xây dựng và quản lý chuyên mục công nghiệp văn hóa trên Cổng thông tin điện tử của "
     "tỉnh, ai phối hợp?", ["Trong KH 196, ai chủ trì xây dựng và quản lý chuyên mục công nghiệp văn hóa trên Cổng "
                           "thông tin điện tử của tỉnh", "ai phối hợp?"]),
    # "; còn" joins two clauses as ", còn" does
    ("Theo Chỉ thị 30/CT-TTg, bộ nào chỉ đạo, giám sát, đôn đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam; còn "
     "Công điện 191 yêu cầu các tập đoàn báo cáo bộ nào?",
     ["Theo Chỉ thị 30/CT-TTg, bộ nào chỉ đạo, giám sát, đôn đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
      "còn Công điện 191 yêu cầu các tập đoàn báo cáo bộ nào?"]),
    # "bộ nào, ngành nào" is one list
    ("Bộ nào, ngành nào phối hợp với Bộ Công an?", ["Bộ nào, ngành nào phối hợp với Bộ Công an?"]),
])
def test_two_clauses_are_cut_at_the_join_nearest_the_second_question(question, parts):
    from assistant.intent import clauses
    assert clauses(question) == parts


@pytest.mark.parametrize("question, kind, period", [
    ("Những nhiệm vụ nào Bộ Văn hóa, Thể thao và Du lịch chủ trì trong Phụ lục II Nghị quyết 03/NQ-CP có thời hạn "
     "trong năm 2025?", "agency_tasks", (2025, None)),
    ("Trong Phụ lục II Nghị quyết 03/NQ-CP, Bộ Ngoại giao chủ trì những nhiệm vụ nào phải xong trong năm 2025?",
     "agency_tasks", (2025, None)),
    ("Những việc nào Sở Nông nghiệp và Phát triển nông thôn chủ trì có hạn vào tháng 6/2025?", "agency_tasks",
     (2025, 6)),
    # a time asked, no tasks picked by it
    ("Bộ Văn hóa, Thể thao và Du lịch phải xây dựng quy chế văn hóa số cộng đồng trong thời hạn nào?", "deadline",
     None),
])
def test_tasks_picked_by_a_period_are_an_agencys_tasks(question, kind, period):
    from assistant.intent import picked_period
    assert classify(question).kind == kind
    assert picked_period(question) == period


@pytest.mark.parametrize("question, offered", [
    ("Chỉ tiêu tỉ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính do Văn phòng Chính phủ chủ trì hay Ngân "
     "hàng Nhà nước chủ trì, mức bao nhiêu?", ["Văn phòng Chính phủ", "Ngân hàng Nhà nước Việt Nam"]),
    ("Chỉ tiêu tỷ lệ người dân có hồ sơ sức khỏe điện tử: Bộ Thông tin và Truyền thông hay Bộ Y tế chủ trì?",
     ["Bộ Thông tin và Truyền thông", "Bộ Y tế"]),
    ("Bộ Tài chính và Bộ Công an cùng làm gì?", []),
])
def test_bodies_offered_as_a_choice(question, offered):
    from assistant.intent import offered_bodies
    assert offered_bodies(question) == offered


@pytest.mark.parametrize("question, kind", [
    ("Trong phụ lục báo cáo NQ 57 của Đảng ủy Chính phủ, việc rà soát điều chỉnh Chiến lược quốc gia về trí tuệ nhân "
     "tạo đến năm 2030 giao ai và kết quả yêu cầu là gì?", "lead"),
    ("Đề án chuyển đổi số cho kết cấu hạ tầng giao thông trong Phụ lục II Nghị quyết 03/NQ-CP giao bộ nào, sản phẩm "
     "đầu ra là gì?", "lead"),
    # a bare "giao ai?", or an act after it, stays what it was: a sentence may say it
    ("Còn hướng dẫn áp dụng giao ai?", "content"),
    ("Quyết định 2239/QĐ-TTg giao ai tạm thời điều hành Ủy ban nhân dân thành phố Cần Thơ sau khi miễn nhiệm?",
     "content"),
])
def test_the_body_a_task_is_given_to_asked_before_another_cell(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, asked", [
    ("Quyết định này được ban hành bằng văn bản nào?", True),
    ("Việc này theo nghị quyết nào của Quốc hội?", True),
    # a time asked after a document's name: the "nào" is the time's (questions_rk rk10, questions_nb nb06, devdocs tx33)
    ("Công điện 193: Văn phòng Chính phủ phải đôn đốc các bộ, địa phương triển khai Công điện đến hạn nào?", False),
    ("Theo Quyết định 963 của tỉnh Ninh Bình, Sở Giao thông vận tải phải thi hành quyết định trước ngày nào?", False),
    ("Theo thuyết minh dự thảo thông tư thuế tiêu thụ đặc biệt, Quyết định 1526/QĐ-TTg giao thời hạn trình thông tư "
     "là khi nào?", False),
])
def test_a_document_asked_is_not_a_time_asked_after_a_documents_name(question, asked):
    from assistant.intent import DOCUMENT_ASKED
    assert bool(DOCUMENT_ASKED.search(question)) is asked


@pytest.mark.parametrize("question, kind, slot", [
    # Chỉ thị 42/1998/CT-UBND: "… định kỳ cơ quan Thuế báo cáo tiến độ thực hiện về UBND tỉnh": the report's recipient
    ("Còn báo cáo tiến độ gửi ai?", "content", "report_to"),
    ("Báo cáo kết quả thực hiện gửi cơ quan nào?", "content", "report_to"),
    ("Báo cáo tiến độ khi nào?", "deadline", "deadline"),  # a time asked of the report
    ("Tiến độ thế nào?", "deadline", "deadline"),
    # Quyết định 08/2013/QĐ-UBND (Hà Nội): "Xét đề nghị của liên ngành: Sở Tài chính, Sở Xây dựng, Cục thuế Hà Nội …"
    ("Quyết định 08/2013/QĐ-UBND được ban hành theo đề nghị của những cơ quan nào?", "metadata", "proposer"),
])
def test_a_reports_recipient_and_a_proposer_of_several_bodies(question, kind, slot):
    intent = classify(question)
    assert (intent.kind, intent.slot) == (kind, slot)


def test_a_notice_sent_to_whom_is_its_recipients():
    # Phụ lục 01-NTNN (PLTT05): "Nơi nhận: - Cục thuế tỉnh, TP……(nơi nhà thầu có văn phòng) …"
    question = ("Theo phụ lục 01-NTNN, Bên Việt Nam gửi thông báo về nhà thầu nước ngoài trực tiếp đăng ký, nộp thuế cho "
                "những cơ quan nào?")
    assert classify(question).slot == "recipients"
    # a report sent on is where the report goes, not the document's addressees
    assert classify("Bộ Tài chính gửi báo cáo tổng hợp cho những cơ quan nào?").slot != "recipients"


@pytest.mark.parametrize("question, period", [
    ("Theo Thông tư liên tịch 212/2013/TTLT-BTC-BQP, mỗi quý Cục Tài chính - Bộ Quốc phòng phải nộp số thuế thu nhập "
     "cá nhân đã thu về vào ngân sách chậm nhất ngày nào?", "quý"),
    ("Thông tư liên tịch 123/2008: hết năm, Công an các tỉnh phải nộp hết số thuế còn phải nộp chậm nhất ngày nào?", "năm"),
    ("Đơn vị chi trả thu nhập nộp thuế đã khấu trừ hàng tháng lên đâu?", "tháng"),
    ("Ban Chỉ đạo báo cáo Chủ tịch nước bao lâu một lần?", None),
])
def test_the_period_a_recurring_time_is_asked_for(question, period):
    assert classify(question).period == period


@pytest.mark.parametrize("question, laws", [
    ("nq 03/NQ-CP sửa Luật Ngân sách nhà nước cho nhiệm vụ khcn thì ai phối hợp?", ("Luật Ngân sách nhà nước",)),
    ("Sửa đổi Luật Khoa học và Công nghệ (2013) ai chủ trì?", ("Luật Khoa học và Công nghệ",)),
    # a law named otherwise than as the one amended: its work's rows may name it short (dev mq04, md15)
    ("Cơ quan nào chủ trì tuyên truyền Luật Thuế thu nhập cá nhân theo Chỉ thị 09/2008/CT-UBND?", ()),
    ("Bộ Tư pháp chủ trì hay phối hợp việc hoàn thiện hồ sơ dự án Luật sửa đổi, bổ sung một số điều của Luật Công "
     "nghiệp quốc phòng, an ninh và động viên công nghiệp?", ()),
    # a law by its number is a document named, not a title
    ("Theo Luật 09/2003/QH11, ai có trách nhiệm trích tiền từ tài khoản?", ()),
    ("Sửa luật cho nhiệm vụ khcn thì ai phối hợp?", ()),
])
def test_the_laws_a_question_names_by_title(question, laws):
    from assistant.intent import laws_named
    assert laws_named(question) == laws


@pytest.mark.parametrize("question, dated", [
    # questions_rq rq09: the date right after the number is the document's own
    ("Kế hoạch 196 của UBND tỉnh Ninh Bình triển khai Chỉ thị 30/CT-TTg ngày 29/8/2024; chỉ thị đó giao Bộ Công Thương "
     "những nhiệm vụ gì?", (("Chỉ thị", "30", None, "2024-08-29"),)),
    ("Nghị định 164/2003/NĐ-CP ngày 22 tháng 12 năm 2003 quy định gì?", (("Nghị định", "164", "2003", "2003-12-22"),)),
    # a time asked after a document is no date of it
    ("Công điện 194 yêu cầu báo cáo trước ngày 15/10/2025?", ()),
])
def test_a_document_named_with_its_date(question, dated):
    from assistant.intent import dated_documents
    assert dated_documents(question) == dated


@pytest.mark.parametrize("question, kind", [
    # devdocs_rq rq60: the order's signer is asked, the law is the document named
    ("Luật Thuế thu nhập doanh nghiệp số 09/2003/QH11 được công bố bằng lệnh nào, ai ký lệnh đó?", "Lệnh"),
    # the kind named with its number, or no document named: none
    ("Luật Thuế thu nhập doanh nghiệp số 09/2003/QH11 có hiệu lực từ ngày nào, luật đó do ai ký?", None),
    ("Nghị định 24/2007/NĐ-CP thay thế nghị định nào, nghị định đó do ai ký?", None),
    ("Quyết định đó do ai ký?", None),
])
def test_a_document_pointed_back_to_by_another_kind(question, kind):
    from assistant.intent import other_kind_pointed
    assert other_kind_pointed(question) == kind


@pytest.mark.parametrize("question, sentence, defines_it", [
    # devdocs_rj rj36 on Thông tư 20/2025/TT-BKHCN's text: the defining sentence, not the report listing the term
    ("Khu vực hạn chế dân cư quanh nhà máy điện hạt nhân được xác định thế nào theo thông tư sửa đổi Thông tư "
     "13/2009/TT-BKHCN?", "- Khu vực hạn chế dân cư là khu vực bao quanh khu vực cam dân cư mà một người ở ranh giới "
     "ngoài của khu vực này chịu tổng liều hiệu dụng toàn thân không vượt quá 0,25 Sv", True),
    ("Khu vực hạn chế dân cư quanh nhà máy điện hạt nhân được xác định thế nào?", "Chủ đầu tư lập báo cáo đầu tư xây "
     "dựng nhà máy điện hạt nhân gom cac nội dung về địa điểm xây dựng, khu vực câm dân cư, khu vực hạn chế dân cư", False),
    ("Nhà thầu phụ được hiểu là gì?", "b) Nhà thầu phụ là nhà thầu ký hợp đồng với nhà thầu chính", True),
])
def test_a_definition_asked_and_the_sentence_defining_it(question, sentence, defines_it):
    from assistant.intent import defined_term, defines
    term = defined_term(question)
    assert term and defines(term, sentence) is defines_it
    assert defined_term("Bộ Tài chính có nhiệm vụ gì?") is None


def test_how_many_documents_a_document_replaces_is_the_replaced_documents():
    # devdocs_rq rq63: "thay thế bao nhiêu nghị định" asks the documents "thay thế những nghị định nào" does, counted
    assert classify("Nghị định 24/2007/NĐ-CP thay thế bao nhiêu nghị định?").relation == ("out", "replaces")
    assert classify("Nghị định 24/2007/NĐ-CP thay thế những nghị định nào?").relation == ("out", "replaces")
    assert classify("Thuế suất bao nhiêu phần trăm?").relation is None


@pytest.mark.parametrize("question, line, holds", [
    # Quyết định 2222/QĐ-TTg's member list: the standing deputy (OCR dropped the marks of "Trưởng") is asked
    ("Ai là Phó Trưởng ban thường trực Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?",
     "-2. Đồng chí Thượng tướng Phạm Thế Tùng, Thứ trưởng Bộ Công an, Phó\nTruong ban thường trực;", True),
    ("Ai là Phó Trưởng ban thường trực Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?",
     "3. Đồng chí Đặng Hoàng Giang, Thứ trưởng Bộ Ngoại giao, Phó Trưởng ban;", False),
    ("Ai là Phó Trưởng ban Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?",
     "3. Đồng chí Đặng Hoàng Giang, Thứ trưởng Bộ Ngoại giao, Phó Trưởng ban;", True),
    ("Ai là Trưởng ban Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?",
     "1. Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;", True),
    ("Ai là Trưởng ban Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?",
     "3. Đồng chí Đặng Hoàng Giang, Thứ trưởng Bộ Ngoại giao, Phó Trưởng ban;", False),
    # "đó" folds to "do": "do … làm" is read with its marks only
    ("Ai làm Trưởng ban Ban Chỉ đạo?", "Ban đó lâm thời được lập.", False),
    # a member ("Ủy viên") is an office held too (Quyết định 2219/QĐ-TTg, Điều 1's list label; round tr30)
    ("Ai là Ủy viên thuộc Bộ Tư pháp của Ủy ban Quốc gia về người cao tuổi?", "3. Các Ủy viên:\n- Ông Lê Đức Luận, "
     "Thứ trưởng Bộ Y tế;", True),
    ("Ủy viên của Bộ Giáo dục và Đào tạo là ai?", "Các Ủy viên Ủy ban sử dụng con dấu của cơ quan nơi công tác.", False),
])
def test_an_office_asked_with_its_qualifier_is_held_by_the_one_named_so(question, line, holds):
    from assistant.intent import HOLDER_ASKED, holder_said
    asked = HOLDER_ASKED.search(question)
    assert (holder_said(asked.group(1) or asked.group(2)).search(line) is not None) is holds


@pytest.mark.parametrize("question, asked", [
    # a law's signer (Luật 26/2012/QH13, 32/2013/QH13: "CHỦ TỊCH QUỐC HỘI (Đã ký) Nguyễn Sinh Hùng"): the type "Luật"
    ("Chủ tịch Quốc hội Nguyễn Sinh Hùng đã ký những luật nào?", ("Nguyễn Sinh Hùng", "Luật")),
    ("Chủ tịch Quốc hội Nguyễn Sinh Hùng ký những luật thuế nào năm 2008?", ("Nguyễn Sinh Hùng", "Luật")),
    # the documents asked first, the person after "do … ký" (Quyết định 807, 963 of Ninh Bình: Nguyễn Cao Sơn)
    ("Những quyết định nào của UBND tỉnh Ninh Bình do ông Nguyễn Cao Sơn ký?", ("Nguyễn Cao Sơn", "Quyết định")),
    ("Những văn bản nào do ông Trần Song Tùng ký năm 2025?", ("Trần Song Tùng", None)),
    ("Trong hai kế hoạch năm 2024 của UBND tỉnh Ninh Bình, kế hoạch nào do Phó Chủ tịch Tống Quang Thìn ký?",
     ("Tống Quang Thìn", "Kế hoạch")),
    # an office or an agency after "do" is no person
    ("Văn bản nào do Thủ tướng ký?", None),
    ("Những văn bản nào do Phó Chủ tịch UBND tỉnh Ninh Bình ký?", None),
])
def test_the_documents_a_person_signed_asked_documents_first_or_of_laws(question, asked):
    from assistant.intent import signer_asked
    assert signer_asked(question) == asked


@pytest.mark.parametrize("question, described", [
    # Công điện 189/CĐ-TTg "V/v tập trung phòng, chong lũ, … sạt lở đất ở Bắc Bộ"
    ("Bộ Công Thương được giao gì trong Công điện 186 về bão số 11 và Công điện 189 về phòng, chống lũ ở Bắc Bộ?",
     ({"bão"}, {"phòng", "chống", "lũ", "ở", "bắc", "bộ"}, {"phòng"})),
    # the words after the first comma may be what is asked: the span cut there is read too
    ("Kế hoạch 193 về cây xanh, Sở Tài chính làm gì?", ({"cây", "xanh", "sở", "tài", "chính"}, {"cây", "xanh"})),
    # a document described with no number is `described_titles`'s
    ("Sở Tài chính làm gì trong kế hoạch về cây xanh?", ()),
])
def test_the_words_describing_a_numbered_document(question, described):
    from assistant.intent import numbered_titles
    assert numbered_titles(question) == tuple(frozenset(words) for words in described)


@pytest.mark.parametrize("question", [
    "Thông tư liên tịch 122/2008/TTLT-BTC-BQP và 123/2008/TTLT-BTC-BCA được ban hành cùng ngày nào?",
    "Hai quyết định này ký cùng một ngày nào?",
])
def test_one_day_asked_of_two_documents_is_their_issue_date(question):
    assert classify(question).slot == "issue_date"


@pytest.mark.parametrize("question, works_with", [
    ("Bảo vệ tài sản trí tuệ trong các ngành công nghiệp văn hóa: Sở Khoa học và Công nghệ phối hợp với ai?", True),
    ("Theo Kế hoạch 196, Cục Thống kê tỉnh phối hợp với cơ quan nào xây dựng cơ sở dữ liệu công nghiệp văn hóa?", True),
    ("Theo Kế hoạch 196, ai phối hợp với Sở Văn hóa và Thể thao xây dựng cơ sở dữ liệu công nghiệp văn hóa?", False),
    ("Cơ quan nào phối hợp với Bộ Tài chính rà soát danh mục ngành, nghề đầu tư kinh doanh có điều kiện?", False),
])
def test_the_agency_asked_as_the_one_working_with_others(question, works_with):
    # "X phối hợp với ai?": X is the one working with others (whom is asked); "Ai phối hợp với X?": X is worked with
    assert classify(question).works_with is works_with


@pytest.mark.parametrize("question, gone", [
    # Phụ lục II of Nghị quyết 03/NQ-CP: "việt nam" left as a topic weighed for row 108, whose leads name "Ngân hàng Nhà
    # nước Việt Nam", over row 114 ("Đẩy mạnh kết nối, chia sẻ dữ liệu … thương mại điện tử"), where it only takes part
    ("Ngân hàng Nhà nước Việt Nam có chủ trì việc đẩy mạnh kết nối, chia sẻ dữ liệu phục vụ phát triển thương mại điện "
     "tử theo Nghị quyết 03/NQ-CP không?", {"việt", "nam"}),
])
def test_the_country_closing_an_agencys_name_is_no_topic(question, gone):
    topic = classify(question).topic
    assert not topic & gone and {"thương", "mại", "chia", "sẻ"} <= topic


# Round tf29: the years of a span written with a dash and no spaces; the body acting together with the one named.
@pytest.mark.parametrize("question, years", [
    ("Theo Quyết định 2216/QĐ-TTg, tiêu chí phân loại doanh nghiệp nhà nước giai đoạn 2026-2030 là gì?", {"2026", "2030"}),
    ("giai đoạn 2021–2025", {"2021", "2025"}),
    ("Quyết định 1730/2003/QĐ-UB có hiệu lực từ 01-01-2003 không?", set()),
    ("Quyết định 2298/2002/QĐ-UB thay thế Quyết định 1418/2001/QĐ-UB", set()),
])
def test_years_of_a_dashed_span(question, years):
    from assistant.intent import asked_years
    assert asked_years(question) == years


@pytest.mark.parametrize("question, kind", [
    ("Theo Quyết định 839/QĐ-UB của tỉnh Bến Tre, Cục thuế cùng cơ quan nào hướng dẫn quy chế quản lý lao động?",
     "partners"),
    # "cùng sở nào?" closing the question: read as before
    ("Ở Kon Tum, Sở KH&ĐT kiểm tra việc chấp hành quy định đăng ký kinh doanh cùng sở nào?", "content"),
])
def test_the_body_acting_together_with_the_one_named(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, slots", [
    # questions_b b060 and devdocs do20: a notice's title says whose conclusion it gives (Thông báo 537/TB-VPCP:
    # "Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại cuộc họp …")
    ("Thông báo kết luận về tiến độ dự án Cơ sở 2 Bệnh viện Bạch Mai, Việt Đức là kết luận của lãnh đạo nào và ai ký "
     "thông báo?", ("signer", "title")),
    ("Thông báo 536 và Thông báo 541 là kết luận của Phó Thủ tướng nào?", ("title",)),
])
def test_whose_conclusion_a_notice_gives_is_asked_of_its_title(question, slots):
    assert set(classify(question).slots) == set(slots)


# A yes-or-no check with the document it is of bracketed after its tail is read with that document named first (Phụ
# lục II of Nghị quyết 03/NQ-CP, row 67: "Sửa đổi bổ sung quy hoạch phát triển điện lực quốc gia … | Bộ Công Thương |
# Bộ Khoa học và Công nghệ"): the agency heading it is checked, no lead taken as given (round tj29).
@pytest.mark.parametrize("question, reworded", [
    ("Bộ Khoa học và Công nghệ chủ trì việc sửa đổi, bổ sung quy hoạch phát triển điện lực quốc gia phải không (Nghị "
     "quyết 03/NQ-CP)?",
     "Theo Nghị quyết 03/NQ-CP, Bộ Khoa học và Công nghệ có chủ trì việc sửa đổi, bổ sung quy hoạch phát triển điện lực "
     "quốc gia không?"),
    ("Sở Xây dựng chủ trì việc tăng cường thanh tra, kiểm tra công tác quy hoạch cây xanh, đúng không (Kế hoạch 193)?",
     "Theo Kế hoạch 193, Sở Xây dựng có chủ trì việc tăng cường thanh tra, kiểm tra công tác quy hoạch cây xanh không?"),
    # no tail before the bracket, or a bracket naming no document: left as they are
    ("Sở Xây dựng chủ trì việc tăng cường thanh tra, kiểm tra công tác quy hoạch cây xanh (Kế hoạch 193)?", None),
    ("Sở Xây dựng chủ trì việc tăng cường thanh tra, kiểm tra cây xanh, đúng không (nếu có)?", None),
])
def test_a_check_with_its_document_bracketed_after_the_tail(question, reworded):
    from assistant.intent import check_reworded
    assert check_reworded(question) == (reworded or question)
    if reworded:
        asked = classify(reworded)
        assert asked.kind == "lead" and asked.checks_lead


@pytest.mark.parametrize("question", [
    # Nghị định 257/258/2025/NĐ-CP: "Theo đề nghị của Bộ trưởng Bộ Tài chính;", "… Bộ trưởng Bộ Xây dựng;"
    "Nghị định 257/2025/NĐ-CP và Nghị định 258/2025/NĐ-CP lần lượt được ban hành theo đề nghị của bộ trưởng bộ nào?",
    "Quyết định 963 được ban hành theo đề nghị của giám đốc sở nào?",
])
def test_the_proposer_asked_by_its_heads_title_is_the_proposer_slot(question):
    assert classify(question).slot == "proposer"


@pytest.mark.parametrize("question, asked", [
    ("Những quyết định nào của Thủ tướng được ban hành theo đề nghị của Bộ trưởng Bộ Công an?",
     ("Bộ trưởng Bộ Công an", "Quyết định", " của Thủ tướng")),
    ("Văn bản nào của UBND tỉnh Ninh Bình được ban hành theo tờ trình của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp?",
     ("Chủ tịch Ủy ban nhân dân thành phố Tam Điệp", None, " của UBND tỉnh Ninh Bình")),
    ("Nghị định nào năm 2025 về quản lý công viên, cây xanh, mặt nước được ban hành theo đề nghị của Bộ trưởng Bộ Xây dựng?",
     ("Bộ trưởng Bộ Xây dựng", "Nghị định", " năm 2025 về quản lý công viên, cây xanh, mặt nước")),
    # the proposer asked, not named: the proposer slot (dev b065)
    ("Nghị định 260/2025/NĐ-CP sửa đổi thuế suất xuất khẩu của những nhóm hàng nào và được ban hành theo đề nghị của ai?",
     None),
    ("Quyết định 963 được ban hành theo đề nghị của cơ quan nào?", None),
])
def test_documents_asked_by_the_body_that_proposed_them(question, asked):
    from assistant.intent import proposer_asked
    assert proposer_asked(question) == asked


@pytest.mark.parametrize("question, kind", [
    ("Chỉ thị nào của Thủ tướng về than được ban hành để thực hiện các nghị quyết của Bộ Chính trị, trong đó có Nghị "
     "quyết 57-NQ/TW?", "Chỉ thị"),
    ("Kế hoạch nào triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ?", "Kế hoạch"),
    ("Những văn bản nào triển khai Nghị quyết 57-NQ/TW?", None),
])
def test_the_type_of_the_citing_documents_asked(question, kind):
    assert classify(question).citing_kind == kind


def test_the_documents_issued_in_a_month_to_carry_out_another_are_an_incoming_relation():
    from assistant.intent import issued_period
    question = "Những văn bản nào được ban hành trong tháng 01 năm 2025 để thực hiện Nghị quyết 57-NQ/TW?"
    assert classify(question).relation == ("in", "implements")
    assert issued_period(question) == "2025-01"
    assert issued_period("Những chỉ thị nào về triển khai Luật Thuế thu nhập cá nhân được ban hành năm 2008?") == "2008"
    assert issued_period("Những văn bản nào triển khai Nghị quyết 57-NQ/TW?") is None


def test_a_kind_described_by_its_year_and_issuer():
    from assistant.intent import described_issuers
    assert described_issuers("Kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây xanh do ai ký?") == (
        ("Kế hoạch", "Ủy ban nhân dân tỉnh Ninh Bình"),)


@pytest.mark.parametrize("question, owner", [
    # round tw31: the ministry's head gives one of its units the task (Quyết định 143/QĐ-UBQGNCT, Điều 8)
    ("Bộ trưởng Bộ Y tế giao đơn vị nào làm đầu mối giúp việc?", "Bộ Y tế"),
    ("Bộ Tài chính giao cho cục nào hướng dẫn thủ tục hoàn thuế?", "Bộ Tài chính"),
    # a body the agency gives a task to, asked by "cơ quan nào": another body, not a unit
    ("Bộ Tài chính giao cơ quan nào hướng dẫn thủ tục hoàn thuế?", None),
])
def test_the_agency_giving_its_unit_the_task_is_not_the_one_asked(question, owner):
    intent = classify(question)
    assert intent.owner == owner
    if owner:
        assert intent.agency is None


@pytest.mark.parametrize("question, office", [
    ("Thứ trưởng Bộ Tài chính nào là Ủy viên Ủy ban Quốc gia?", True),
    ("Phó Thủ tướng nào được giao chỉ đạo thực hiện Công điện 192?", True),
    # round tw31: a unit the minister charges is asked, no office-holder
    ("Bộ trưởng Bộ Y tế giao đơn vị nào làm đầu mối giúp việc cho Ủy ban Quốc gia về người cao tuổi Việt Nam?", False),
])
def test_an_office_asked_names_no_act_before_nao(question, office):
    from assistant.intent import OFFICE_ASKED
    assert bool(OFFICE_ASKED.search(question)) is office


@pytest.mark.parametrize("question", [
    "Thứ trưởng Bộ Ngoại giao nào là Ủy viên Ủy ban Quốc gia?",
    "Thứ trưởng Bộ Nội vụ nào là Ủy viên?",
    "Thứ trưởng Bộ Quốc phòng nào là Ủy viên?",
])
def test_a_ministry_named_with_common_words_is_still_an_office_asked(question):
    from assistant.intent import OFFICE_ASKED
    assert OFFICE_ASKED.search(question)


@pytest.mark.parametrize("question, kind", [
    # Nghị định 259/2025/NĐ-CP, Điều 17.2: "Trong thời hạn 6 tháng kể từ ngày Nghị định này có hiệu lực thi hành, Các
    # cơ quan cấp phép … có trách nhiệm phối hợp với Bộ Tài chính …": the day counted from is no day asked
    ("NĐ 259/2025: trong 6 tháng kể từ ngày có hiệu lực, các cơ quan cấp phép phải phối hợp với bộ nào để cấp phép "
     "trên Cổng thông tin một cửa quốc gia?", "partners"),
    ("Ngày có hiệu lực của Nghị định 259/2025/NĐ-CP là ngày nào?", "metadata"),
    ("Nghị định 259/2025/NĐ-CP có hiệu lực từ ngày nào?", "metadata"),
])
def test_the_day_a_time_is_counted_from_is_no_effective_date_asked(question, kind):
    intent = classify(question)
    assert intent.kind == kind and (intent.slot == "effective") is (kind == "metadata")


@pytest.mark.parametrize("question, kind", [
    # Nghị quyết 03/NQ-CP, Phụ lục II row 42 ("Bộ Công an | Bộ Quốc phòng"): "làm gì" beside the role asked in so
    # many words asks the agency's part in the one task named, not its tasks (it was answered with Bộ Quốc phòng's 5
    # rows)
    ("Nghị quyết 03/NQ-CP: trong Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ quốc phòng, an ninh, "
     "BQP làm gì, chủ trì hay phối hợp?", "lead"),
    # the tasks an agency takes part in, with its part in each, are still its tasks
    ("Bộ Nội vụ tham gia những việc gì, với vai trò chủ trì hay phối hợp?", "agency_tasks"),
    ("Bộ Tư pháp phối hợp trong những việc gì và ai chủ trì những việc đó?", "agency_tasks"),
])
def test_what_an_agency_does_beside_the_role_asked_is_its_part_in_the_task(question, kind):
    assert classify(question).kind == kind


def test_the_issuer_of_documents_described_by_kind():
    from assistant.intent import issuing_agencies
    question = "Sở Y tế được giao việc gì trong các chỉ thị của UBND tỉnh về triển khai Luật Thuế thu nhập cá nhân?"
    assert [name for name, _, _ in issuing_agencies(question)] == ["Ủy ban nhân dân tỉnh"]
    assert issuing_agencies("Sở Y tế phối hợp với UBND tỉnh làm gì?") == []


@pytest.mark.parametrize("question, words", [
    # dev mw05: "UBND" read as an agency inside "706/UBND-VP7" broke the number and left "vp7" a topic
    ("Công văn 706/UBND-VP7 của UBND tỉnh Ninh Bình giao cơ quan nào chủ trì?", set()),
    ("Công văn 706/UBND-VP7 giao cơ quan nào về gọi công dân nhập ngũ?", {"gọi", "dân", "nhập", "ngũ"}),
])
def test_a_number_with_an_agency_code_is_no_topic(question, words):
    from assistant.intent import topic_words
    assert topic_words(question) == words
