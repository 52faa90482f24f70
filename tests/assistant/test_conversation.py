import pytest

from assistant.conversation import apart_from_row, resolve
from assistant.records import Answer, Turn

PREVIOUS = [Turn("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế làm gì?",
                 Answer("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế làm gì?", "…", True))]


@pytest.mark.parametrize("follow_up", ["Còn Bộ LĐ-TB&XH thì được giao gì?", "còn Bộ LĐ-TB&XH thì sao?",
                                       "Vậy Bộ Lao động - Thương binh và Xã hội?", "Bộ LĐ-TB&XH thì sao?",
                                       "Bộ Lao động - Thương binh và Xã hội thì thế nào?"])
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


def test_an_agency_swapped_after_a_document_found_by_its_title_tries_that_document_first():
    # "Theo Chiến lược …" names no number: the document the answer cited is tried first for the new agency (its rows
    # there), never held to; a document named by number stays the focus
    asked = "Theo Chiến lược phát triển dịch vụ logistics, Bộ Công Thương phải làm gì?"
    turns = [Turn(asked, _cited(asked, "2229-ttg.signed")[0].answer)]
    resolved = resolve("Còn Bộ Tài chính thì sao?", turns)
    assert resolved.question == "Theo Chiến lược phát triển dịch vụ logistics, Bộ Tài chính phải làm gì?"
    assert (resolved.focus_doc, resolved.prefer_doc) == (None, "2229-ttg.signed")
    named = "Chỉ thị 30/CT-TTg giao Bộ Công Thương nhiệm vụ gì?"
    kept = resolve("Còn Bộ Tài chính thì sao?", [Turn(named, _cited(named, "30-ttg.signed")[0].answer)])
    assert (kept.focus_doc, kept.prefer_doc) == ("30-ttg.signed", None)


def _answered(question: str, chunk_id: str, rows: tuple = (), whole: str | None = None) -> Turn:
    """A turn whose answer cites one passage (`chunk_id`), read as the task rows given (none: quoted as text), the
    question made whole as `whole`."""
    from assistant.records import Citation
    citation = Citation(1, chunk_id, "NQCP03_NQ03_PL1_chi_tieu", None, None, None, None, None, "", None, None, "…", 0,
                        1, "")
    return Turn(question, Answer(question, "…", True, (citation,), obligations=rows, resolved_question=whole))


def test_the_row_in_focus_stays_while_the_answers_quote_its_passage():
    from corpus.records import Obligation
    row = Obligation("NQCP03_NQ03_PL1_chi_tieu", "r13", "Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
                     ("Bộ Khoa học và Công nghệ",), product="≥ 40")
    first = _answered("Ai chủ trì theo dõi chỉ tiêu tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo?", "r13", (row,))
    # "Mức phải đạt là bao nhiêu?", leaning on the row, answered by quoting its passage without reading it as a row
    leaned = "Mức phải đạt là bao nhiêu – Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"
    quoted = _answered("Mức phải đạt là bao nhiêu?", "r13", whole=leaned)
    when = resolve("Đến năm nào?", [first, quoted])
    assert when.record == row and when.record_citation.chunk_id == "r13"
    assert when.question.endswith("Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo")
    # an answer quoting another passage has left the row; so has a question of its own quoted from the same passage
    elsewhere = _answered("Mức phải đạt là bao nhiêu?", "r12", whole=leaned)
    assert resolve("Đến năm nào?", [first, elsewhere]).record is None
    own = _answered("Chỉ tiêu về doanh nghiệp đổi mới sáng tạo tính bằng đơn vị gì?", "r13")
    assert resolve("Đến năm nào?", [first, own]).record is None


@pytest.mark.parametrize("previous, follow_up, resolved", [
    # the same fact of another document: who signed it, when it was issued
    ("Chỉ thị 30/CT-TTg do ai ký?", "Còn Chỉ thị 29 thì sao?", "Chỉ thị 29 do ai ký?"),
    ("Kế hoạch 193 ban hành ngày nào?", "Thế còn Chỉ thị 30/CT-TTg?", "Chỉ thị 30/CT-TTg ban hành ngày nào?"),
])
def test_another_document_named_after_a_question_on_a_documents_head_asks_the_same_of_it(previous, follow_up,
                                                                                         resolved):
    assert resolve(follow_up, _turns((previous, previous))).question == resolved


def test_after_an_agencys_tasks_the_row_in_focus_is_the_one_on_the_topic_asked():
    # devdocs dacv01 (Nghị định 258/2025/NĐ-CP): the asset task comes first in the document, the database task is asked
    from assistant.records import Citation
    from corpus.records import Obligation
    question = ("Nghị định 258/2025/NĐ-CP giao Ủy ban nhân dân cấp xã trách nhiệm gì về cơ sở dữ liệu công viên, cây "
                "xanh, mặt nước?")
    rows = (Obligation("258", "c63", "quyết định giao quản lý, phê duyệt đề án khai thác tài sản kết cấu hạ tầng công "
                       "viên, cây xanh", ("Ủy ban nhân dân cấp xã",)),
            Obligation("258", "c80", "xây dựng, cập nhật cơ sở dữ liệu về công viên, cây xanh, mặt nước trên địa bàn "
                       "và báo cáo trước ngày 01 tháng 12 hàng năm", ("Ủy ban nhân dân cấp xã",)))
    citations = tuple(Citation(n, chunk, "258", None, None, None, None, None, "", None, None, "…", 0, 1, "")
                      for n, chunk in ((1, "c63"), (2, "c80")))
    turns = [Turn(question, Answer(question, "…", True, citations, "agency_tasks", question, obligations=rows))]
    resolved = resolve("Thời hạn?", turns)
    assert resolved.record is rows[1] and resolved.record_citation.chunk_id == "c80"


def test_the_follow_ups_own_words_say_which_of_an_agencys_tasks_it_is_on():
    # dev b087 (Công điện 190/CĐ-TTg): "báo cáo" names the first task, though the second shares more of the topic
    from assistant.records import Citation
    from corpus.records import Obligation
    question = "Công điện 190 giao Bộ Tài chính việc gì liên quan đến thuế bất động sản?"
    rows = (Obligation("190", "c1", "Khẩn trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính sách thuế "
                       "bất động sản", ("Bộ Tài chính",)),
            Obligation("190", "c2", "Phối hợp với Bộ Xây dựng nghiên cứu, thực hiện chuyển đổi số để liên thông các thủ "
                       "tục từ giao dịch bất động sản, công chứng, thuế", ("Bộ Tài chính",)))
    citations = tuple(Citation(n, chunk, "190", None, None, None, None, None, "", None, None, "…", 0, 1, "")
                      for n, chunk in ((1, "c1"), (2, "c2")))
    turns = [Turn(question, Answer(question, "…", True, citations, "agency_tasks", question, obligations=rows))]
    assert resolve("Thời hạn báo cáo việc đó là khi nào?", turns).record is rows[0]


def test_who_takes_part_after_an_agencys_tasks_is_asked_of_the_row_naming_partners():
    # devdocs dccv03 (Thông tư 49/2025/TT-BKHCN, Điều 14.3): item a) names no partner, item b) does
    from assistant.records import Citation
    from corpus.records import Obligation
    question = "Thông tư 49/2025/TT-BKHCN giao Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia trách nhiệm gì?"
    lead = ("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",)
    rows = (Obligation("19", "c19", "Là đầu mối tiếp nhận, xử lý hồ sơ đăng ký chỉ định tổ chức kiểm toán kỹ thuật", lead),
            Obligation("19", "c20", "Chủ trì, phối hợp với Trung tâm Chứng thực điện tử quốc gia rà soát, hoàn thiện hệ "
                       "thống quy chuẩn kỹ thuật", lead, ("Trung tâm Chứng thực điện tử quốc gia",)))
    citations = tuple(Citation(n, chunk, "19", None, None, None, None, None, "", None, None, "…", 0, 1, "")
                      for n, chunk in ((1, "c19"), (2, "c20")))
    turns = [Turn(question, Answer(question, "…", True, citations, "agency_tasks", question, obligations=rows))]
    assert resolve("Phối hợp với ai?", turns).record is rows[1]
    assert resolve("Thời hạn?", turns).record is rows[0]  # neither states a time: the first


@pytest.mark.parametrize("previous, follow_up, resolved", [
    # another document named alone keeps what the last question asked, and the agency it asked it of
    ("Kế hoạch 193 về cây xanh giao Sở Văn hóa và Thể thao việc gì?", "Còn kế hoạch 196 thì sao?",
     "kế hoạch 196 giao Sở Văn hóa và Thể thao việc gì?"),
    ("Công điện 189 giao Bộ Nông nghiệp và Môi trường việc gì?", "Còn Công điện 188 thì sao?",
     "Công điện 188 giao Bộ Nông nghiệp và Môi trường việc gì?"),
    ("Theo Chỉ thị số 22/2008/CT-TTg, Bộ Y tế làm gì?", "Thế còn Chỉ thị 01/2009/CT-UBND?",
     "Theo Chỉ thị 01/2009/CT-UBND, Bộ Y tế làm gì?"),
])
def test_another_document_named_alone_asks_the_last_question_of_it(previous, follow_up, resolved):
    assert resolve(follow_up, _turns((previous, previous))).question == resolved


def test_another_document_after_a_head_fact_leaves_the_topic_that_fact_leaned_on():
    asked = ("Có hiệu lực khi nào?", "Có hiệu lực khi nào – sửa đổi thuế suất thuế xuất khẩu mặt hàng Nghị định "
                                     "260/2025/NĐ-CP")
    assert resolve("Còn Nghị định 261 thì sao?", _turns(asked)).question == "Nghị định 261 Có hiệu lực khi nào"


def test_a_documents_description_is_no_topic_carried_to_a_follow_up():
    # "về phòng chống lũ" says which Công điện; "Phối hợp với ai?" asks of the ministry's task, not of floods
    asked = "Công điện 189 về phòng chống lũ giao Bộ Công Thương việc gì?"
    assert " ".join(resolve("Phối hợp với ai?", _turns((asked, asked))).question.split()) == \
        "Phối hợp với ai – Bộ Công Thương Công điện 189"


def test_agencies_listed_together_give_way_together():
    asked = "Theo Công điện 190, Bộ Quốc phòng và Bộ Công an phải làm gì?"
    assert resolve("Còn Ngân hàng Nhà nước?", _turns((asked, asked))).question == \
        "Theo Công điện 190, Ngân hàng Nhà nước Việt Nam phải làm gì?"


def test_a_declined_turn_naming_no_document_leaves_the_conversation_on_its_document():
    from assistant.records import Citation
    citation = Citation(1, "c1", "188-ttg.signed", None, None, None, None, None, "", None, None, "…", 0, 1, "")
    asked = "Công điện 188 giao Bộ Nông nghiệp và Môi trường việc gì?"
    answered = Turn(asked, Answer(asked, "…", True, (citation,), resolved_question=asked))
    declined = Turn("Phó Thủ tướng nào được giao chỉ đạo?", Answer("Phó Thủ tướng nào được giao chỉ đạo?", "…", False))
    resolved = resolve("Văn bản đó ai ký?", [answered, declined])
    assert resolved.focus_doc == "188-ttg.signed" and resolved.question.endswith("Công điện 188")


def test_the_row_in_focus_is_the_listed_row_the_question_asked_about():
    from assistant.records import Citation
    from corpus.records import Obligation
    asked = "Công điện 190 giao Bộ Xây dựng việc gì về Trung tâm giao dịch bất động sản?"
    rows = (Obligation("190-ttg.signed", "c7", "Chủ trì nghiên cứu, rà soát, hoàn thiện các văn bản quy phạm pháp luật "
                       "về nhà ở, kinh doanh bat động sản", ("Bộ Xây dựng",)),
            Obligation("190-ttg.signed", "c7", "Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính và "
                       "các cơ quan có liên quan khân trương hoàn thiện Đề án thí điểm mô hình “Trung tâm giao dịch "
                       "bất động sản và quyền sử dụng đất do Nhà nước quản lý”", ("Bộ Xây dựng",)))
    cited = tuple(Citation(n, "c7", "190-ttg.signed", None, None, None, None, None, "", None, None, row.task, 0, 1, "")
                  for n, row in enumerate(rows, 1))
    turn = Turn(asked, Answer(asked, "…", True, cited, obligations=rows, resolved_question=asked))
    resolved = resolve("Thời hạn?", [turn])
    assert resolved.record == rows[1] and resolved.record_citation.number == 2


def test_a_phrase_kept_whole_in_a_row_outweighs_words_found_apart():
    from corpus.records import Obligation
    from assistant.conversation import _asked_row
    rows = (Obligation("190-ttg.signed", "c9", "Khan trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính "
                       "_ sách thuế bất động sản", ("Bộ Tài chính",)),
            Obligation("190-ttg.signed", "c9", "Phối hợp với Bộ Xây dựng và các bộ liên quan nghiên cứu, thực hiện chuyên "
                       "đổi số để liên thông các thủ tục từ giao dịch bất động sản, công chứng, thuế", ("Bộ Tài chính",)))
    asked = "Công điện 190 giao Bộ Tài chính việc gì liên quan đến thuế bất động sản?"
    assert _asked_row(Answer(asked, "…", True, obligations=rows), asked) == rows[0]


def test_a_list_item_named_by_its_place_leans_on_no_row():
    asked = "Kế hoạch 196 giao Sở Văn hóa và Thể thao việc gì?"
    assert resolve("Nhiệm vụ thứ hai thì sao?", _turns((asked, asked))).question == "Nhiệm vụ thứ hai thì sao?"


def test_words_of_its_own_the_row_does_not_hold_may_ask_the_document_instead():
    from assistant.conversation import apart_from_row
    from assistant.records import Citation
    from corpus.records import Obligation
    task = ("chỉ đạo các lực lương quân đội, công an đóng trên địa bàn sẵn sàng lực lượng, phương tiện, vật tư, thiết "
            "bị, lương thực, thực › phẩm cần thiết, … khắc phục nhanh nhất có thể hậu quả thiên tai")
    row = Obligation("189-ttg.signed", "c4", task, ("Bộ Quốc phòng",))
    citation = Citation(1, "c4", "189-ttg.signed", None, None, None, None, None, "", None, None, task, 0, 1, "")
    asked = "Công điện 189 giao Bộ Quốc phòng việc gì?"
    turns = [Turn(asked, Answer(asked, "…", True, (citation,), obligations=(row,), resolved_question=asked))]
    assert apart_from_row("Báo cáo kết quả trước mấy giờ?", turns)
    document = resolve("Báo cáo kết quả trước mấy giờ?", turns, on_row=False)
    assert document.record is None and document.focus_doc == "189-ttg.signed"
    assert " ".join(document.question.split()) == "Báo cáo kết quả trước mấy giờ Công điện 189"
    # a slot alone, or a pointer at the row, stays on the row
    assert not apart_from_row("Thời hạn?", turns) and not apart_from_row("Thời hạn của việc đó?", turns)


@pytest.mark.parametrize("previous, follow_up, resolved", [
    # another task named alone, after who led, when, or with whom a task of the document: the same asked of it
    (("Hoàn thành khi nào?", "Hoàn thành khi nào – Dự thảo Nghị quyết của HĐND tỉnh quy định một số chính sách "
                             "trồng, chăm sóc và bảo vệ cây xanh Kế hoạch 193"),
     "Còn Đề án trồng, chăm sóc và bảo vệ cây xanh thì sao?",
     "Thời hạn của “Đề án trồng, chăm sóc và bảo vệ cây xanh” là khi nào? Kế hoạch 193"),
    (("Theo Chỉ thị 22/2008/CT-TTg, ai chủ trì hướng dẫn việc xác định các mức phụ cấp?",) * 2,
     "Còn việc xác nhận đối tượng bị tàn tật thì sao?",
     "Ai chủ trì “việc xác nhận đối tượng bị tàn tật”? Chỉ thị 22/2008/CT-TTg"),
    # "Còn <thing>?" in a few words, after a time asked (Thông tư 97/2020/TT-BTC, Điều 12: "a) Đối với báo cáo quý:
    # Trong thời hạn 20 ngày …; b) Đối với báo cáo năm: Trong thời hạn 90 ngày …"): the same time asked of it
    (("Theo Thông tư 97/2020/TT-BTC, văn phòng đại diện công ty chứng khoán nước ngoài phải nộp báo cáo năm trong "
      "thời hạn bao lâu?",) * 2,
     "Còn báo cáo quý?",
     "Thời hạn của “báo cáo quý” là khi nào? Thông tư 97/2020/TT-BTC"),
])
def test_another_task_named_alone_is_asked_what_the_last_question_asked(previous, follow_up, resolved):
    assert resolve(follow_up, _turns(previous)).question == resolved


def test_another_topic_named_alone_after_a_list_of_tasks_is_left_as_asked():
    asked = "Công điện 190 giao Bộ Xây dựng việc gì?"
    follow_up = "Còn nhà ở xã hội cho công nhân thì sao?"
    assert resolve(follow_up, _turns((asked, asked))).question == follow_up


# Follow-ups on unbundled documents (evals/sets/devdocs_conv.jsonl), sentences from evals/devdocs


@pytest.mark.parametrize("previous, follow_up, resolved", [
    # the issuer after the number says which document: it goes with it (Chỉ thị 42/1998 is Quảng Bình's)
    ("Chỉ thị 44/2002/CT-UB của UBND tỉnh Bà Rịa - Vũng Tàu do ai ký?", "Còn Chỉ thị 42/1998/CT-UBND thì sao?",
     "Chỉ thị 42/1998/CT-UBND do ai ký?"),
    # a title listing items over commas goes whole
    ("Theo Nghị định 258/2025/NĐ-CP về quản lý công viên, cây xanh, mặt nước, Bộ Tài chính có trách nhiệm gì?",
     "Còn Nghị định 257 thì sao?", "Theo Nghị định 257, Bộ Tài chính có trách nhiệm gì?"),
])
def test_another_document_takes_the_issuer_and_the_whole_title_of_the_one_before(previous, follow_up, resolved):
    assert resolve(follow_up, _turns((previous, previous))).question == resolved


@pytest.mark.parametrize("follow_up", ["Có hiệu lực khi nào?", "Theo đề nghị của bộ nào?"])
def test_a_fact_of_the_documents_head_asked_alone_is_asked_of_the_document_not_the_topic(follow_up):
    asked = ("Quyết định 41/2002/QĐ-TTg về chống thất thu thuế qua giá bán xe ôtô, xe hai bánh gắn máy giao ai hướng "
             "dẫn thi hành?")
    assert resolve(follow_up, _turns((asked, asked))).question == f"{follow_up.rstrip('?')} Quyết định 41/2002/QĐ-TTg"


def _on_row(question: str, task: str, agency: str, doc_id: str) -> Turn:
    from assistant.records import Citation
    from corpus.records import Obligation
    row = Obligation(doc_id, "c1", task, (agency,))
    citation = Citation(1, "c1", doc_id, None, None, None, None, None, "", None, None, task, 0, 1, "")
    return Turn(question, Answer(question, "…", True, (citation,), "agency_tasks", question, obligations=(row,)))


def test_a_meeting_pointed_at_is_not_the_task_in_focus():
    # BCD_phien_1: "Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách nhà nước …"; "phiên họp đó" is the meeting
    turn = _on_row("Còn Bộ trưởng Bộ Tài chính?", "chỉ đạo bố trí ngân sách nhà nước chi cho sự nghiệp khoa học phục vụ "
                   "các công nghệ chiến lược", "Bộ Tài chính", "BCD_phien_1")
    resolved = resolve("Ai chủ trì phiên họp đó?", [turn])
    assert resolved.record is None and resolved.focus_doc == "BCD_phien_1"
    assert resolve("Ai phối hợp việc đó?", [turn]).record is not None  # the task pointed at


def test_an_act_pointed_at_leans_on_the_passage_the_last_answer_quoted():
    from assistant.records import Citation
    quote = ("a) Công an cấp xã, từ ngày 25 đến ngày 30 tháng cuối quý, thông báo cho Ban Chỉ huy quân sự cấp xã nơi "
             "công dân đã đăng ký nghĩa vụ quân sự khi họ bị tạm giữ, tạm giam hoặc đã được trả tự do;")
    asked = ("Theo Nghị định 13/2016/NĐ-CP về đăng ký nghĩa vụ quân sự, Bộ Công an chỉ đạo Công an cấp xã thông báo "
             "gì cho Ban Chỉ huy quân sự cấp xã?")
    citation = Citation(1, "c1", "75-vbhn-bqp", None, None, None, None, None, "", None, None, quote, 0, 1, "")
    turns = [Turn(asked, Answer(asked, "…", True, (citation,), resolved_question=asked))]
    resolved = resolve("Việc thông báo đó làm vào lúc nào?", turns)
    assert quote in resolved.question and resolved.focus_doc == "75-vbhn-bqp"
    # a cell asked alone is asked of that passage too: it is what the answer was
    assert quote in resolve("Thời hạn?", turns).question


@pytest.mark.parametrize("asked, quote, follow_up, leans", [
    # Nghị định 24/2007/NĐ-CP, Điều 27: the sentence quoted holds the time asked next, which another sentence of the
    # article ("… trong thời hạn 10 ngày, kể từ ngày nộp báo cáo quyết toán") does not
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh phải nộp báo cáo quyết toán thuế cho cơ quan nào?",
     "Cơ sở kinh doanh phải nộp báo cáo quyết toán thuế cho cơ quan Thuế trong thời hạn 90 ngày, kể từ ngày kết thúc "
     "năm dương lịch hoặc năm tài chính.", "Thời hạn?", True),
    # Quyết định 1730/2003/QĐ-UB: the level is stated in Điều 1, who guides its use in Điều 2; a follow-up with words
    # of its own beside "mức đó" asks the other article, which the article quoted would hide
    ("Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre quy định mức tiền lương, tiền công tối đa được tính vào chi "
     "phí hợp lý là bao nhiêu?",
     "Điều 1: Nay tạm thời quy định mức tiền lương, tiền công tối đa là: 700.000 đồng/người/tháng (bảy trăm ngàn "
     "đồng) để đưa vào chi phí hợp lý được trừ khi tính thuế thu nhập doanh nghiệp",
     "Giao ai hướng dẫn việc áp dụng mức đó?", False),
])
def test_a_cell_asked_alone_leans_on_the_sentence_quoted_not_a_follow_up_with_words_of_its_own(asked, quote, follow_up,
                                                                                                leans):
    from assistant.records import Citation
    citation = Citation(1, "c1", "d1", None, None, None, None, None, "", None, None, quote, 0, 1, "")
    turns = [Turn(asked, Answer(asked, "…", True, (citation,), resolved_question=asked))]
    resolved = resolve(follow_up, turns)
    assert (quote in resolved.question) is leans
    assert "tiền lương" in resolved.question or leans  # the last question's topic, when not the quote


def test_a_head_fact_of_another_document_carries_no_task_topic():
    # devdocs_p: after the time of a task of Nghị định 24/2007/NĐ-CP, the effective date of the Luật asked is no task's
    asked = "Thời hạn – Cơ sở kinh doanh phải nộp báo cáo quyết toán thuế Nghị định 24/2007/NĐ-CP"
    resolved = resolve("Còn Luật 32/2013/QH13 thì có hiệu lực khi nào?", _turns(("Thời hạn?", asked)))
    assert "quyết toán" not in resolved.question and "32/2013/QH13" in resolved.question


@pytest.mark.parametrize("text, pointed", [
    ("Việc thông báo đó làm vào lúc nào?", True),
    ("Nhiệm vụ rà soát này do ai chủ trì?", True),
    ("Nhiệm vụ đó phải xong khi nào?", True),
    ("Nhiệm vụ của kế hoạch này là gì?", False),  # the document's tasks
    ("Ai chủ trì phiên họp đó?", False),
])
def test_a_task_pointed_at_with_its_act_named_between(text, pointed):
    from assistant.conversation import _RECORD_ANAPHORA
    assert bool(_RECORD_ANAPHORA.search(text)) is pointed


def test_a_slot_asked_alone_keeps_the_report_the_question_before_was_about():
    # Quyết định 2229/QĐ-TTg: "… trước ngày 10 tháng 12 hằng năm có trách nhiệm gửi báo cáo tình hình triển khai …"
    asked = ("Theo Quyết định 2229/QĐ-TTg, các bộ, ngành, địa phương gửi báo cáo tình hình triển khai Chiến lược phát "
             "triển dịch vụ logistics về cơ quan nào?")
    assert "gửi báo cáo tình hình" in resolve("Trước ngày nào?", _turns((asked, asked))).question


def test_who_led_after_a_question_on_a_meeting_asks_who_chaired_it():
    # BCD_phien_2: "… diễn ra chiều 4/3/2025 tại trụ sở Trung ương Đảng, do Tổng Bí thư Tô Lâm chủ trì."
    asked = ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
             "đổi số diễn ra ngày nào?")
    assert resolve("Ai chủ trì?", _turns((asked, asked))).question == (
        "Ai chủ trì Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
        "chuyển đổi số?")
    # after a task of the meeting, "Ai chủ trì?" stays on that task
    task = "Phiên họp thứ hai giao Bộ Khoa học và Công nghệ việc gì?"
    assert not resolve("Ai chủ trì?", _turns((task, task))).question.startswith("Ai chủ trì Phiên họp")


def test_another_agency_whose_swapped_topic_the_document_does_not_answer_is_asked_its_tasks():
    # Nghị định 13/2016/NĐ-CP: Công an cấp xã notifies (Điều 17); Bộ Y tế has tasks of its own (Điều 18)
    asked = ("Theo Nghị định 13/2016/NĐ-CP về đăng ký nghĩa vụ quân sự, Bộ Công an chỉ đạo Công an cấp xã thông báo "
             "gì cho Ban Chỉ huy quân sự cấp xã?")
    turns = _turns((asked, asked))
    assert resolve("Còn Bộ Y tế?", turns).question == asked.replace("Bộ Công an", "Bộ Y tế")
    assert resolve("Còn Bộ Y tế?", turns, on_row=False).question == "Nghị định 13/2016/NĐ-CP giao Bộ Y tế nhiệm vụ gì?"


@pytest.mark.parametrize("question, agency", [
    ("Còn Bộ Y tế?", "Bộ Y tế"),
    ("Bộ Y tế thì sao?", "Bộ Y tế"),
    ("Còn Bộ Y tế thì thời hạn là khi nào?", None),  # a cell asked with it
    ("Còn Chỉ thị 29 thì sao?", None),  # another document
    ("Thời hạn?", None),
])
def test_a_follow_up_naming_an_agency_and_nothing_else(question, agency):
    from assistant.conversation import agency_only
    assert agency_only(question) == agency


def test_a_task_found_without_the_cell_asked_stays_in_focus():
    # Chỉ thị 22/2008/CT-TTg: "Còn Bộ Y tế?" after a "when" question finds the ministry's one task, which gives no
    # time; "Thời hạn?" then is asked of that task
    from assistant.conversation import found_without_cell
    from assistant.records import Citation
    from corpus.records import Obligation
    row = Obligation("22_2008_CT-TTg", "c7", "nghiên cứu ban hành danh mục bệnh hiểm nghèo để làm căn cứ xét giảm thuế "
                     "thu nhập cá nhân", ("Bộ Y tế",))
    citation = Citation(1, "c7", "22_2008_CT-TTg", "22/2008/CT-TTg", None, "Chỉ thị", None, None, "", None, None,
                        "Bộ Y tế nghiên cứu ban hành danh mục bệnh hiểm nghèo", 0, 1, "")
    said = ("Chỉ thị 22/2008/CT-TTg không nêu thời hạn cho nhiệm vụ này; văn bản ghi: Nhiệm vụ: nghiên cứu ban hành danh "
            "mục bệnh hiểm nghèo để làm căn cứ xét giảm thuế thu nhập cá nhân · Chủ trì: Bộ Y tế [1]")
    declined = Answer("Còn Bộ Y tế?", said, False, (citation,), obligations=(row,),
                      resolved_question="Chỉ thị 22/2008/CT-TTg giao Bộ Y tế … khi nào?")
    assert found_without_cell(declined)
    resolved = resolve("Thời hạn?", [Turn("Còn Bộ Y tế?", declined)])
    assert resolved.record == row and resolved.record_citation is not None
    # a refusal that found no task leaves none in focus
    refused = Answer("Còn Bộ Y tế?", "Không tìm thấy nội dung trả lời câu hỏi này …", False)
    assert not found_without_cell(refused) and resolve("Thời hạn?", [Turn("Còn Bộ Y tế?", refused)]).record is None


def test_of_an_agencys_rows_the_one_it_leads_is_in_focus_when_its_lead_was_asked():
    # questions_x xc03 (Kế hoạch 196 of Ninh Bình, Mục V.2 "Văn phòng UBND tỉnh"): the first item only works with Sở
    # Văn hóa và Thể thao, the second is the office's own; "… chủ trì việc gì?" then "Phối hợp với ai?" asks the second
    from assistant.records import Citation
    from corpus.records import Obligation
    question = "Kế hoạch 196 về công nghiệp văn hóa giao Văn phòng UBND tỉnh chủ trì việc gì?"
    lead = ("Văn phòng Ủy ban nhân dân tỉnh",)
    rows = (Obligation("196", "c1", "Phối hợp với Sở Văn hóa và Thể thao tham mưu UBND tỉnh chỉ đạo thực hiện các nhiệm "
                       "vụ, giải pháp đã đề ra tại Kế hoạch này", lead, ("Sở Văn hóa và Thể thao",)),
            Obligation("196", "c1", "Chủ trì, phối hợp với Sở Văn hóa và Thể thao, Sở Thông tin và Truyền thông và các cơ "
                       "quan có liên quan tham mưu xây dựng và quản lý chuyên mục về công nghiệp văn hóa trên Cổng thông "
                       "tin điện tử của tỉnh", lead, ("Sở Văn hóa và Thể thao", "Sở Thông tin và Truyền thông")))
    citations = (Citation(1, "c1", "196", None, None, None, None, None, "", None, None, "…", 0, 1, ""),)
    turns = [Turn(question, Answer(question, "…", True, citations, "agency_tasks", question, obligations=rows))]
    assert resolve("Phối hợp với ai?", turns).record is rows[1]
    asked = "Kế hoạch 196 giao Văn phòng UBND tỉnh việc gì?"  # its lead not asked: the document's order
    turns = [Turn(asked, Answer(asked, "…", True, citations, "agency_tasks", asked, obligations=rows))]
    assert resolve("Thời hạn?", turns).record is rows[0]


def test_a_declined_turn_leaves_the_conversation_on_the_document_found_before():
    # questions_x xc14 (Quyết định 807 of Ninh Bình): the first answer cites the document though it could not choose
    # between two tasks; "Thời gian thực hiện?" is declined, its resolution carrying "Quyết định 807"; "Nguồn vốn lấy
    # từ đâu?" is still asked of 807 first, never of the whole store
    from assistant.records import Citation
    first = "Quyết định 807 của UBND tỉnh Ninh Bình giao cơ quan nào tổ chức lập Chương trình phát triển đô thị?"
    citation = Citation(1, "c1", "807", None, None, None, None, None, "", None, None, "…", 0, 1, "")
    turns = [Turn(first, Answer(first, "Chưa xác định được câu hỏi nói về nhiệm vụ nào: …", False, (citation,),
                                resolved_question=first)),
             Turn("Thời gian thực hiện?", Answer("Thời gian thực hiện?", "Không tìm thấy …", False,
                                                 resolved_question="Thời gian thực hiện – tổ chức lập Quyết định 807"))]
    resolved = resolve("Nguồn vốn lấy từ đâu?", turns)
    assert resolved.focus_doc == "807" or resolved.prefer_doc == "807"


def _on(question: str, answer: str, doc_type: str, doc_number: str, doc_id: str) -> Turn:
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, doc_number, None, doc_type, None, None, "", None, None, "…", 0, 1, "")
    return Turn(question, Answer(question, answer, True, (citation,), resolved_question=question))


def test_a_pointer_of_another_type_points_at_the_document_of_that_type_named_or_cited():
    # Kế hoạch 196/KH-UBND (Ninh Bình) carries out Chỉ thị 30/CT-TTg: "Chỉ thị đó" is the directive the answer names,
    # then "Kế hoạch đó" the plan cited before; "Kế hoạch này" on the plan stays on it
    first = _on("Kế hoạch 196 triển khai văn bản nào?", "Kế hoạch 196/KH-UBND (04/11/2024) triển khai thực hiện: - Chỉ "
                "thị 30/CT-TTg ngày 29/08/2024", "Kế hoạch", "196/KH-UBND", "196")
    assert resolve("Chỉ thị đó ai ký?", [first]).question.startswith("Chỉ thị 30/CT-TTg")
    second = _on("Chỉ thị đó ai ký?", "Chỉ thị 30/CT-TTg do Phó Thủ tướng Bùi Thanh Sơn ký [1].", "Chỉ thị", "30/CT-TTg",
                 "30-ttg.signed")
    assert resolve("Kế hoạch đó ai ký?", [first, second]).question.startswith("Kế hoạch 196/KH-UBND")
    assert "Chỉ thị 30" not in resolve("Kế hoạch này ai ký?", [first]).question
    assert "Chỉ thị 30" not in resolve("Văn bản đó ai ký?", [first]).question  # generic: the document in focus


def _from(question: str, doc_id: str, doc_type: str, doc_number: str, text: str = "…") -> Turn:
    """A turn answered from one passage of a document of that type and number."""
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, doc_number, None, doc_type, None, None, "", None, None, "…", 0, 1, "")
    return Turn(question, Answer(question, text, True, (citation,)))


def test_the_other_document_of_the_conversation_is_the_one_it_left():
    # Chỉ thị 19/2008/CT-UBND of Long An, then Chỉ thị 22/2008/CT-TTg: "Chỉ thị kia" is the one left
    turns = [_from("Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An do ai ký?", "19_2008_CT-UBND", "Chỉ thị",
                 "19/2008/CT-UBND"),
             _from("Còn Chỉ thị 22/2008/CT-TTg thì sao?", "22_2008_CT-TTg", "Chỉ thị", "22/2008/CT-TTg"),
             _from("Chỉ thị đó ban hành ngày nào?", "22_2008_CT-TTg", "Chỉ thị", "22/2008/CT-TTg")]
    turns[-1] = Turn(turns[-1].question, Answer(turns[-1].question, "…", True, turns[-1].answer.citations,
                                                resolved_question="Chỉ thị đó ban hành ngày nào Chỉ thị 22/2008/CT-TTg"))
    assert resolve("Còn Chỉ thị kia thì sao?", turns).question == "Chỉ thị 19/2008/CT-UBND ban hành ngày nào"
    assert resolve("Còn văn bản kia thì sao?", turns).question == "Chỉ thị 19/2008/CT-UBND ban hành ngày nào"
    # one document only: nothing is "kia", the words stay
    assert "kia" in resolve("Còn Chỉ thị kia thì sao?", turns[1:]).question


@pytest.mark.parametrize("asked, answer, pointer, agency", [
    # the agency the last question asked about (Thông tư 205/2009/TT-BTC)
    ("Theo Thông tư 205/2009/TT-BTC, cơ quan thuế phải thông báo kết quả kiểm tra hồ sơ hoàn thuế trong thời gian bao lâu?",
     "…", "Cơ quan đó còn phải làm gì nữa?", "cơ quan thuế"),
    # a who-question: the agency its answer named, not the one it named as what the task acts on (Chỉ thị 19/2008)
    ("Theo Chỉ thị 19/2008/CT-UBND, ai chủ trì rà soát các văn bản do HĐND và UBND tỉnh ban hành?",
     "Cục Thuế tỉnh chủ trì nhiệm vụ này (Chỉ thị 19/2008/CT-UBND) [1].", "Cơ quan đó còn phải làm gì nữa?",
     "Cục Thuế tỉnh"),
    # a ministry pointed at: the first ministry the last answer names (Nghị định 63/2023/NĐ-CP)
    ("Vậy báo cáo gửi ai?", "… gửi báo cáo … trực tiếp về Bộ Thông tin và Truyền thông (Cục Tần số vô tuyến điện) [1]",
     "Bộ đó có trách nhiệm gì?", "Bộ Thông tin và Truyền thông"),
])
def test_an_agency_pointed_at_is_the_one_the_last_turn_named(asked, answer, pointer, agency):
    turn = Turn(asked, Answer(asked, answer, True))
    assert resolve(pointer, [turn]).question.casefold().startswith(agency.casefold())


def test_another_article_is_asked_of_the_document_in_focus():
    turn = _from("Điều 3 Nghị định 259/2025/NĐ-CP quy định gì?", "259nd.signed", "Nghị định", "259/2025/NĐ-CP")
    resolved = resolve("Còn điều 5?", [turn])
    assert resolved.question == "Điều 5 Nghị định 259/2025/NĐ-CP quy định gì?"
    assert resolved.focus_doc == "259nd.signed"


def test_an_agency_a_who_question_names_as_what_its_task_acts_on_is_not_swapped():
    # Chỉ thị 19/2008/CT-UBND, Mục II: "Thế còn UBND huyện?" asks what the directive gives the districts on that topic
    asked = ("Theo Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An, ai chủ trì rà soát các văn bản do HĐND và UBND tỉnh "
             "ban hành cho phù hợp với Luật Thuế thu nhập cá nhân?")
    resolved = resolve("Thế còn Ủy ban nhân dân huyện?", [Turn(asked, Answer(asked, "…", True))])
    assert resolved.question.startswith("Chỉ thị 19/2008/CT-UBND giao Ủy ban nhân dân huyện nhiệm vụ gì về rà soát")


@pytest.mark.parametrize("asked, follow_up, whole", [
    # Thông tư 82/2006/TT-BTC, Mục II.1.2 and II.1.3
    ("Theo Thông tư 82/2006/TT-BTC, Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn thuộc Danh mục B được áp dụng "
     "thuế suất bao nhiêu?", "Còn Danh mục C?",
     "Theo Thông tư 82/2006/TT-BTC, Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn thuộc Danh mục C được áp dụng "
     "thuế suất bao nhiêu?"),
    # Thông tư 03/2009/TT-BTC, Mục III.2
    ("Hạn chót nộp số thuế tạm nộp quý II năm 2009 là ngày nào?", "Còn quý IV?",
     "Hạn chót nộp số thuế tạm nộp quý IV năm 2009 là ngày nào?"),
])
def test_another_item_of_a_series_is_asked_as_the_last_question(asked, follow_up, whole):
    assert resolve(follow_up, [Turn(asked, Answer(asked, "…", True))]).question == whole


def test_another_document_asked_for_leaves_out_the_one_in_focus():
    # Quyết định 839/QĐ-UB of Bến Tre, Điều 2; the same task is in 1730/2003/QĐ-UB and Đà Nẵng's 59/2000/QĐ-UB
    turn = _from("Theo Quyết định 839/QĐ-UB, việc hướng dẫn áp dụng mức đó giao cho ai?", "839_QĐ-UB", "Quyết định",
                 "839/QĐ-UB")
    resolved = resolve("Có văn bản nào khác giao việc này không?", [turn])
    assert resolved.other_than == "839_QĐ-UB" and resolved.focus_doc is None


def test_an_agency_pointer_with_nothing_to_point_at_stays():
    from assistant.conversation import agency_unpointed
    asked = "Vậy báo cáo gửi ai?"
    resolved = resolve("Bộ đó có trách nhiệm gì?", [Turn(asked, Answer(asked, "Không tìm thấy …", False))])
    assert agency_unpointed(resolved.own_question)


# A slot of the head asked alone after an answer quoting a sentence that states it: that sentence, not the head
# (Thông tư 35/1998/TT-BTC, Mục II; Thông tư liên tịch 89/2001/TTLT-BTC-BCA, Mục II.1); after a head answer, or a
# sentence that states no proposal or recipient, the document's head as before.
_PROPOSED = ("Theo đề nghị của Tổng công ty dầu khí Việt Nam, căn cứ vào quy mô hoạt động của từng hợp đồng dầu khí, "
             "Bộ Thương mại duyệt danh mục vật tư, thiết bị, nhiên liệu, thực phẩm và thuốc y tế các loại phục vụ ngoài "
             "giàn khoan được miễn thuế nhập khẩu cho từng hợp đồng dầu khí.")
_SENT = ("1- Hàng năm, căn cứ nhiệm vụ sản xuất - kinh doanh và kế hoạch do Bộ Công an giao, các doanh nghiệp Nhà nước "
         "hoạt động công ích lập kế hoạch thu, nộp thuế thu nhập doanh nghiệp gửi Bộ Công an để tổng hợp báo cáo Bộ Tài "
         "chính.")
_CHECKED = ("2- Bộ Tài chính chủ trì, phối hợp với Bộ Công an thường xuyên kiểm tra, đôn đốc các doanh nghiệp Nhà nước "
            "hoạt động công ích thuộc Bộ Công an thực hiện việc đăng ký, kê khai, nộp và quyết toán thuế thu nhập doanh "
            "nghiệp theo quy định tại Thông tư này.")


@pytest.mark.parametrize("asked, quote, intent, follow_up, on_sentence", [
    ("Theo Thông tư 35/1998/TT-BTC, cơ quan nào duyệt danh mục vật tư, thiết bị được miễn thuế nhập khẩu?", _PROPOSED,
     "lead", "Theo đề nghị của ai?", True),
    ("Theo Thông tư liên tịch 89/2001/TTLT-BTC-BCA, hàng năm các doanh nghiệp lập kế hoạch gì?", _SENT, "content",
     "Gửi cho ai?", True),
    ("Theo Thông tư liên tịch 89/2001/TTLT-BTC-BCA, hàng năm các doanh nghiệp lập kế hoạch gì?", _SENT, "content",
     "Theo đề nghị của ai?", False),
    ("Theo Thông tư liên tịch 89/2001/TTLT-BTC-BCA, ai kiểm tra, đôn đốc các doanh nghiệp?", _CHECKED, "lead",
     "Gửi cho ai?", False),
    ("Thông tư 35/1998/TT-BTC do ai ký?", _PROPOSED, "metadata", "Theo đề nghị của ai?", False),
    ("Theo Thông tư 35/1998/TT-BTC, cơ quan nào duyệt danh mục vật tư, thiết bị được miễn thuế nhập khẩu?", _PROPOSED,
     "lead", "Thông tư này được ban hành theo đề nghị của ai?", False),
])
def test_a_head_slot_asked_alone_after_a_quoted_sentence_stating_it_asks_that_sentence(asked, quote, intent, follow_up,
                                                                                       on_sentence):
    from assistant.records import Citation
    citation = Citation(1, "c1", "35_1998_TT-BTC", None, None, None, None, None, "", None, None, quote, 0, 1, "")
    turn = Turn(asked, Answer(asked, f"“{quote}” [1]", True, (citation,), intent, resolved_question=asked))
    resolved = resolve(follow_up, [turn])
    assert resolved.on_sentence is on_sentence
    assert (" ".join(quote.split()) in resolved.question) is on_sentence


def _on_plan_193(question: str, rows: tuple = ()) -> list[Turn]:
    """A turn answered from Kế hoạch 193/KH-UBND of Ninh Bình (its task table), with these rows."""
    from assistant.records import Citation
    citation = Citation(1, "c3", "193", "193/KH-UBND", None, "Kế hoạch", None, None, "", None, None, "…", 0, 1, "")
    return [Turn(question, Answer(question, "…", True, (citation,), "lead", question, obligations=rows))]


# Kế hoạch 193/KH-UBND, Phụ lục, row 3
ROW_3 = ("Dự thảo Nghị quyết của HĐND tỉnh quy định một số chính sách trồng, chăm sóc và bảo vệ cây xanh trên địa bàn "
         "tỉnh Ninh Bỉnh")
ROW_3_ASKED = "Ai chủ trì dự thảo Nghị quyết của HĐND tỉnh về chính sách trồng, chăm sóc và bảo vệ cây xanh?"


@pytest.mark.parametrize("follow_up, asked", [
    # round nb21 (questions_nb nbc1.3): a cell named alone after "còn" asks that cell of the row in focus
    ("Còn phối hợp?", "partners"),
    ("Còn cơ quan phối hợp thì sao?", "partners"),
    ("Còn thời hạn?", "deadline"),
])
def test_a_cell_named_alone_after_con_is_asked_of_the_row_in_focus(follow_up, asked):
    from assistant.intent import classify
    from corpus.records import Obligation
    row = Obligation("193", "c3", ROW_3, ("Sở Nông nghiệp và Phát triển nông thôn",), ("UBND các huyện, thành phố",))
    resolved = resolve(follow_up, _on_plan_193(ROW_3_ASKED, (row,)))
    assert resolved.record is row and classify(resolved.own_question).slot == asked


def test_an_agency_after_a_who_question_on_a_document_found_by_topic_asks_its_tasks_there():
    # round nb21 (questions_nb nbc1.4): the who-question names the council only as what the task acts on and no
    # document; the plan that answered is the one asked of Thanh tra tỉnh
    resolved = resolve("Thanh tra tỉnh thì sao?", _on_plan_193(ROW_3_ASKED))
    assert resolved.question.startswith("Kế hoạch 193/KH-UBND giao Thanh tra tỉnh nhiệm vụ gì")


def test_a_labelled_role_the_row_in_focus_does_not_do_is_asked_of_the_document():
    # round nb21 (questions_nb nbc3.2, Quyết định 807 of Ninh Bình): "Ai thẩm định?" after who draws up the programme
    from corpus.records import Obligation
    row = Obligation("807", "c3", "chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tập trung nguồn lực khẩn "
                     "trương tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045",
                     ("Ủy ban nhân dân thành phố Tam Điệp",))
    question = "QĐ 807 giao ai tổ chức lập Chương trình phát triển đô thị Tam Điệp đến năm 2045?"
    turns = [Turn(question, Answer(question, "…", True, _cited(question, "807")[0].answer.citations, "lead", question,
                                   obligations=(row,)))]
    assert resolve("Ai thẩm định?", turns).record is None
    assert resolve("Ai chủ trì?", turns).record is row  # the row's own cell


def test_an_agency_after_a_who_question_naming_no_agency_keeps_its_task_on_a_cited_document():
    # test_restart's conversation: "Còn Bộ Tư pháp thì sao?" asks of Bộ Tư pháp in the task just asked, even though
    # the answer cited a document
    asked = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?"
    resolved = resolve("Còn Bộ Tư pháp thì sao?", _cited(asked, "NQCP03_NQ03_PL2_Nhiem_vu"))
    assert "Năng lượng nguyên tử" in resolved.question


@pytest.mark.parametrize("follow_up", ["Còn Bộ Công an thì chủ trì hay chỉ phối hợp?",
                                       "Bộ Công an thì sao, có chủ trì không?"])
def test_an_agencys_role_asked_after_a_task_row_is_asked_of_that_row(follow_up):
    # Phụ lục II of Nghị quyết 03/NQ-CP, row 111 (ag23, odc4.3): Bộ Công an's part in the task in focus, not the rows
    # it leads elsewhere
    from assistant.records import Citation
    from corpus.records import Obligation
    question = "Nhiệm vụ chuyển đổi số bệnh viện Bạch Mai phối hợp với ai?"
    row = Obligation("NQCP03_NQ03_PL2_Nhiem_vu", "r111", "Triển khai Đề án chuyển đổi số của Bệnh viện Bạch Mai và "
                     "Bệnh viện Chợ Rẫy", ("Bộ Y tế",), ("Bảo hiểm xã hội Việt Nam", "Bộ Công an"))
    citation = Citation(1, "r111", "NQCP03_NQ03_PL2_Nhiem_vu", None, None, None, None, None, "", None, None, "…", 0, 1,
                        "")
    turns = [Turn(question, Answer(question, "…", True, (citation,), "partners", question, obligations=(row,)))]
    resolved = resolve(follow_up, turns)
    assert resolved.question.startswith("Bộ Công an chủ trì hay phối hợp “Triển khai Đề án chuyển đổi số của Bệnh viện "
                                        "Bạch Mai")
    assert resolved.focus_doc == "NQCP03_NQ03_PL2_Nhiem_vu"


def test_an_agencys_role_asked_after_a_who_question_left_between_rows_is_asked_of_that_task():
    # Phụ lục II of Nghị quyết 03/NQ-CP, rows 18 and 14 (ag23, odc1.2): "Ai chủ trì sửa đổi Luật Ngân sách nhà nước …?"
    # was left between two near rows; "Bộ Khoa học và Công nghệ thì sao, có chủ trì không?" asks its part in that task,
    # not what it leads elsewhere
    question = ("Trong phụ lục NQ 03, ai chủ trì sửa đổi Luật Ngân sách nhà nước cho phù hợp đặc thù nhiệm vụ khoa học "
                "và công nghệ?")
    turns = [Turn(question, Answer(question, "Chưa xác định được câu hỏi nói về nhiệm vụ nào: …", False))]
    resolved = resolve("Bộ Khoa học và Công nghệ thì sao, có chủ trì không?", turns)
    assert resolved.question.startswith("Bộ Khoa học và Công nghệ chủ trì hay phối hợp")
    assert "Ngân sách nhà nước" in resolved.question


# Phụ lục II of Nghị quyết 03/NQ-CP, rows 5 and 27
PL2_ROW_5 = ("Xây dựng, ban hành Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước, người "
             "đứng đầu và cán bộ, công chức, viên chức trong cơ quan nhà nước.")
PL2_ROW_27 = ("Xây dựng Nghị định quy định về việc thành lập, tổ chức hoạt động của các quỹ đầu tư mạo hiểm cho khởi "
              "nghiệp sáng tạo, ươm tạo công nghệ và chuyển đổi số")


def _on_pl2(question: str, row) -> list[Turn]:
    from assistant.records import Citation
    citation = Citation(1, "c5", "NQCP03_NQ03_PL2_Nhiem_vu", "03/NQ-CP", None, "Nghị quyết", None, None, "", None,
                        None, "…", 0, 1, "")
    return [Turn(question, Answer(question, "…", True, (citation,), "lead", question, obligations=(row,)))]


@pytest.mark.parametrize("follow_up, asked", [
    # round cv23 (questions_oc oc01.4): another row of the table by its TT number, never the row in focus
    ("Còn nhiệm vụ số 4 thì ai chủ trì?", "Còn nhiệm vụ số 4 thì ai chủ trì"),
    # a row named alone asks what the last question asked (who leads)
    ("Còn nhiệm vụ 4?", "Ai chủ trì nhiệm vụ 4"),
])
def test_a_row_named_by_its_number_is_asked_of_the_document_not_of_the_row_in_focus(follow_up, asked):
    from corpus.records import Obligation
    row = Obligation("NQCP03_NQ03_PL2_Nhiem_vu", "c5", PL2_ROW_5, ("Bộ Nội vụ",), ("Các bộ, ngành, địa phương",))
    resolved = resolve(follow_up, _on_pl2("Trong Phụ lục II của Nghị quyết 03/NQ-CP, ai chủ trì xây dựng Đề án đánh "
                                          "giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước?", row))
    assert resolved.question.startswith(asked) and resolved.record is None
    assert resolved.focus_doc == "NQCP03_NQ03_PL2_Nhiem_vu" and "Đề án đánh giá" not in resolved.question


@pytest.mark.parametrize("follow_up, rewritten", [
    # round cv23 (questions_oc oc11.2): Bộ Tài chính only takes part in row 27, and leads 17 other rows
    ("Bộ Tài chính làm gì trong việc này?", True),
    ("Bộ Tài chính làm gì trong nhiệm vụ đó?", True),
    ("Bộ Tư pháp làm gì trong việc này?", False),  # named nowhere in the row: not its part in it
])
def test_an_agencys_doing_in_the_task_in_focus_asks_its_part_in_that_row(follow_up, rewritten):
    from assistant.intent import classify
    from corpus.records import Obligation
    row = Obligation("NQCP03_NQ03_PL2_Nhiem_vu", "c27", PL2_ROW_27, ("Bộ Khoa học và Công nghệ",), ("Bộ Tài chính",))
    resolved = resolve(follow_up, _on_pl2("Phụ lục II Nghị quyết 03/NQ-CP giao bộ nào chủ trì xây dựng Nghị định về "
                                          "các quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo?", row))
    assert (f"chủ trì hay phối hợp “{PL2_ROW_27}”" in resolved.question) is rewritten
    if rewritten:
        assert classify(resolved.own_question).kind == "lead"


def test_a_group_of_units_asked_after_one_leads_row_is_asked_of_the_document():
    # Kế hoạch 196 (Ninh Bình): Sở Văn hóa và Thể thao's own duty to report gives no time; "Các đơn vị báo cáo về tỉnh
    # trước ngày nào?" asks what all the units do, stated in the plan's closing sentence ("… báo cáo tình hình, kết
    # quả thực hiện về UBND tỉnh (qua Sở Văn hóa và Thể thao) trước ngày 15/11 hằng năm"), not the row in focus
    from corpus.records import Obligation
    row = Obligation("196", "c1", "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh, Bộ Văn hóa, Thể thao và Du lịch theo "
                     "quy định.", ("Sở Văn hóa và Thể thao",))
    first = _answered("Trong KH 196 về công nghiệp văn hóa, sở nào tổng hợp kết quả báo cáo Bộ Văn hóa, Thể thao và "
                      "Du lịch?", "c1", (row,))
    assert apart_from_row("Các đơn vị báo cáo về tỉnh trước ngày nào?", [first])
    assert resolve("Các đơn vị báo cáo về tỉnh trước ngày nào?", [first], on_row=False).record is None
    # the lead's own report asked stays on its row
    assert not apart_from_row("Sở đó báo cáo trước ngày nào?", [first])


def _cited_head(question: str, doc_id: str, doc_type: str, number: str, issuer: str, title: str) -> Turn:
    """A turn whose answer cites a passage of `doc_id`, with the head fields a citation carries."""
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, number, title, doc_type, issuer, None, "", None, None, "…", 0, 1, "")
    return Turn(question, Answer(question, "…", True, (citation,), resolved_question=question))


_NGHE_AN_59 = ("Quyết định 59/2003/QĐ-UB của Nghệ An ban hành bảng giá tối thiểu cho loại xe nào?", "59_2003_QĐ-UB",
               "Quyết định", "59/2003/QĐ-UB", "Ủy ban nhân dân tỉnh Nghệ An",
               "Về việc ban hành bảng giá tối thiểu … trong hoạt động kinh doanh xe gắn máy trên địa bàn tỉnh Nghệ An")
_BEN_TRE_2298 = ("Quyết định 2298/2002/QĐ-UB của Bến Tre thay thế quyết định nào?", "2298_2002_QĐ-UB", "Quyết định",
                 "2298/2002/QĐ-UB", "Ủy ban nhân dân tỉnh Bến Tre",
                 "V/v ban hành bảng giá chuẩn tính thuế giá trị gia tăng … xe hai bánh gắn máy")


@pytest.mark.parametrize("follow_up, asked, other_than", [
    # round cv25 (devdocs_pc pcc10.2): the document the last answer cited is not the one meant; the one described is
    # sought by its words, that one left out, and "quyết định đó" is the one described
    ("Không, ý tôi là quyết định của Nghệ An về xe ô tô cơ, quyết định đó số mấy?",
     "quyết định của Nghệ An về xe ô tô, quyết định số mấy?", "59_2003_QĐ-UB"),
    ("Không phải, tôi hỏi Thông tư 75/2003 ai ký cơ.", "Thông tư 75/2003 ai ký", None),  # named: asked of it
    # a document named alone: the last question, asked of it ("Còn Kế hoạch 196 thì sao?")
    ("Không, ý tôi là Quyết định 60/2003", "Quyết định 60/2003 của Nghệ An ban hành bảng giá tối thiểu cho loại xe nào?",
     None),
])
def test_a_turn_correcting_the_last_asks_what_was_meant(follow_up, asked, other_than):
    resolved = resolve(follow_up, [_cited_head(*_NGHE_AN_59)])
    assert resolved.question.startswith(asked)
    assert resolved.other_than == other_than
    assert resolved.focus_doc != "59_2003_QĐ-UB"


@pytest.mark.parametrize("follow_up", ["Không, Bộ Tài chính có chủ trì không?",  # an answer and a question: no correction
                                       "Không quyết toán thuế thì bị phạt bao nhiêu?"])
def test_a_no_that_corrects_nothing_is_no_correction(follow_up):
    assert resolve(follow_up, [_cited_head(*_NGHE_AN_59)]).other_than is None


def test_a_document_asked_with_a_question_of_its_own_after_thi_is_no_swap():
    # round cv25 (questions_pc pcc3.3): "Còn X thì <question>?" asks its own question of X, not the last one
    turns = _turns(("Quyết định 2216/QĐ-TTg công bố quyết định nào tiếp tục có hiệu lực?",
                    "Nó còn hiệu lực đến bao giờ – … bởi Quyết định số 13/2025/QĐ-TTg … Quyết định 2216/QĐ-TTg"))
    assert resolve("Còn Quyết định 2239 thì miễn nhiệm ai?", turns).question == "Còn Quyết định 2239 thì miễn nhiệm ai?"
    assert "Quyết định 2239" in resolve("Còn Quyết định 2239 thì sao?", turns).question


@pytest.mark.parametrize("follow_up, named", [
    # round cv25 (devdocs_pc pcc11.4): back to a document the conversation was on, described by type and province
    ("Quay lại quyết định của Bến Tre, ai ký?", "Quyết định 2298/2002/QĐ-UB"),
    ("Trở lại quyết định của Nghệ An: có hiệu lực khi nào?", "Quyết định 59/2003/QĐ-UB"),
    ("Quay lại quyết định của Đà Nẵng, ai ký?", None),  # no earlier document fits: left as typed
])
def test_back_to_a_document_described_names_the_one_an_earlier_turn_cited(follow_up, named):
    turns = [_cited_head(*_BEN_TRE_2298), _cited_head(*_NGHE_AN_59)]
    question = resolve(follow_up, turns).question
    assert (named in question) if named else "2298" not in question and "59/2003" not in question


def test_a_document_asked_which_body_after_thi_keeps_the_swap():
    # questions_x xc17.2: "Còn Nghị quyết 320/NQ-CP thì giao bộ nào?" asks the last question's agency of 320
    turns = _turns(("Nghị quyết 323/NQ-CP giao Bộ trưởng Bộ Nội vụ việc gì?",
                    "Nghị quyết 323/NQ-CP giao Bộ trưởng Bộ Nội vụ việc gì?"))
    assert resolve("Còn Nghị quyết 320/NQ-CP thì giao bộ nào?", turns).question != "Còn Nghị quyết 320/NQ-CP thì giao bộ nào?"


def test_of_a_long_list_the_words_most_rows_hold_tell_no_row_apart():
    # questions_pb pbc1 (wr25, Chỉ thị 22/2008/CT-TTg): "thuế thu nhập cá nhân" is in most of Bộ Tài chính's tasks;
    # the one saying "đăng ký thuế" is asked, not the Ban Chỉ đạo's row that spells the law's name out
    from assistant.records import Citation
    from corpus.records import Obligation
    question = ("Theo Chỉ thị 22/2008/CT-TTg, Bộ Tài chính phải chỉ đạo cơ quan Thuế làm gì về đăng ký thuế thu nhập cá "
                "nhân?")
    tasks = ("chủ trì, phối hợp với Bộ Nội vụ và Văn phòng Chính phủ trình Thủ tướng Chính phủ quyết định thành lập Ban "
             "Chỉ đạo Trung ương triển khai thực hiện Luật Thuế thu nhập cá nhân",
             "chủ trì, phối hợp với Bộ Tư pháp và các cơ quan liên quan trình Chính phủ ban hành Nghị định quy định chi "
             "tiết thi hành Luật Thuế thu nhập cá nhân",
             "Chủ động triển khai hệ thống hỗ trợ, hướng dẫn về thuế.",
             "Chỉ đạo cơ quan Thuế phối hợp với các cơ quan, đơn vị tổ chức việc đăng ký thuế đến tất cả các đối tượng "
             "có thu nhập thuộc diện chịu thuế",
             "Đầu tư thiết bị và các phần mềm ứng dụng để quản lý đối tượng nộp thuế và thu nhập chịu thuế thu nhập cá "
             "nhân.",
             "Tổ chức tập huấn, học tập pháp luật, thủ tục hành chính thuế thu nhập cá nhân cho cán bộ, công chức thuế",
             "Kiện toàn bộ phận chuyên trách quản lý thuế thu nhập cá nhân trong hệ thống ngành thuế")
    rows = tuple(Obligation("22", f"c{n}", task, ("Bộ Tài chính",)) for n, task in enumerate(tasks))
    citations = tuple(Citation(n + 1, row.chunk_id, "22", None, None, None, None, None, "", None, None, "…", 0, 1, "")
                      for n, row in enumerate(rows))
    turns = [Turn(question, Answer(question, "…", True, citations, "agency_tasks", question, obligations=rows))]
    assert resolve("Hạn khi nào?", turns).record is rows[3]


@pytest.mark.parametrize("follow_up, leans", [
    # devdocs_qc qcc14.2 (Nghị định 124/2008/NĐ-CP, Điều 10): another case of the rate asked, named in many words
    ("Còn hoạt động thăm dò, khai thác dầu khí thì sao?", True),
    ("Thế còn hoạt động tìm kiếm, thăm dò, khai thác tài nguyên quý hiếm thì thế nào?", True),
    # a question of its own after "còn" is asked as typed
    ("Còn hoạt động thăm dò, khai thác dầu khí thì thu nhập xác định thế nào?", False),
])
def test_another_case_named_in_many_words_is_asked_what_the_last_content_question_asked(follow_up, leans):
    asked = "Nghị định 124/2008/NĐ-CP quy định thuế suất thuế thu nhập doanh nghiệp là bao nhiêu?"
    resolved = resolve(follow_up, _cited(asked, "124_2008_NĐ-CP"))
    assert ("thuế suất" in resolved.question) is leans
    assert resolved.question.startswith(follow_up.rstrip("?"))


@pytest.mark.parametrize("follow_up, resolved", [
    # questions_qc qcc1.5 (Công điện 186/CĐ-TTg): back to an agency, not a document; "bộ đó" is that agency
    ("Quay lại Bộ Nông nghiệp và Môi trường, khi đôn đốc các ngành ứng phó bão thì bộ đó báo cáo, đề xuất với ai?",
     "khi đôn đốc các ngành ứng phó bão thì Bộ Nông nghiệp và Môi trường báo cáo, đề xuất với ai?"),
    ("Trở lại Bộ Quốc phòng: phải làm gì?", "Bộ Quốc phòng, phải làm gì?"),
])
def test_back_to_an_agency_asks_of_it_in_the_conversations_document(follow_up, resolved):
    turns = _cited("Thế Bộ Ngoại giao được giao gì? – Công điện 186/CĐ-TTg", "186-cd.signed")
    found = resolve(follow_up, turns)
    assert found.question.startswith(resolved.rstrip("?"))
    assert found.prefer_doc == "186-cd.signed" or found.focus_doc == "186-cd.signed"


_GRDP = ("Theo Nghị quyết 306/NQ-CP điều chỉnh Quy hoạch tổng thể quốc gia, vùng Bắc Trung Bộ phấn đấu tốc độ tăng "
         "trưởng GRDP bình quân bao nhiêu giai đoạn 2026 - 2030?")


@pytest.mark.parametrize("follow_up, region", [
    # devdocs_ri ri17.2, ri17.3 (Nghị quyết 306/NQ-CP, Phụ lục, Mục II.1): "thì sao" or "còn" left unsaid
    ("Còn vùng Đông Nam Bộ?", "vùng Đông Nam Bộ phấn đấu"),
    ("Vùng Duyên hải Nam Trung Bộ và Tây Nguyên thì sao?", "vùng Duyên hải Nam Trung Bộ và Tây Nguyên phấn đấu"),
    ("Thế còn vùng Tây Nguyên thì sao?", "vùng Tây Nguyên phấn đấu"),
])
def test_another_region_is_put_in_place_of_the_one_the_last_question_named(follow_up, region):
    resolved = resolve(follow_up, _cited(_GRDP, "306-cp.signed"))
    assert region in resolved.question and "Bắc Trung Bộ" not in resolved.question
    assert "GRDP" in resolved.question and resolved.focus_doc == "306-cp.signed"


@pytest.mark.parametrize("follow_up, case", [
    ("Còn vùng Đông Nam Bộ?", "vùng Đông Nam Bộ"),
    ("Còn hoạt động thăm dò, khai thác dầu khí thì sao?", "hoạt động thăm dò, khai thác dầu khí"),
    ("Vùng Tây Nguyên thì sao?", "Vùng Tây Nguyên"),
    # a case that asks a question of its own is none
    ("Còn vùng Đông Nam Bộ có khu công nghệ cao nào không?", None),
    ("Còn hộ kinh doanh có được miễn không?", None),
    ("Còn ai phối hợp?", None),
])
def test_the_case_a_follow_up_names_and_asks_nothing_of(follow_up, case):
    from assistant.conversation import case_swapped
    assert case_swapped(follow_up) == case


def test_a_question_of_its_own_stays_on_the_document_the_conversation_described():
    # questions_ri ri4 (Nghị quyết 320/NQ-CP, described by its title): "Ai thay mặt Chính phủ ký Tờ trình?" is tried in
    # it first, not in Nghị quyết 323/NQ-CP, whose Bộ trưởng Bộ Nội vụ signs another Tờ trình
    first = ("Nghị quyết của Chính phủ về dự án Luật sửa đổi, bổ sung một số điều của Luật Công nghiệp quốc phòng, an "
             "ninh và động viên công nghiệp giao bộ nào chủ trì tiếp thu ý kiến Thành viên Chính phủ?")
    then = "Khi hoàn thiện hồ sơ dự án Luật thì tiếp tục phối hợp với những bộ nào?"
    turns = _cited(first, "320nq.signed") + _cited(then, "320nq.signed")
    assert resolve("Ai thay mặt Chính phủ ký Tờ trình?", turns).prefer_doc == "320nq.signed"
    # a turn answered from another document since: the conversation left it
    moved = _cited(first, "320nq.signed") + _cited(then, "323nq.signed")
    assert resolve("Ai thay mặt Chính phủ ký Tờ trình?", moved).prefer_doc is None
    # no turn named or described a document: none is kept
    plain = _cited(then, "320nq.signed")
    assert resolve("Ai thay mặt Chính phủ ký Tờ trình?", plain).prefer_doc is None


def test_a_slot_only_follow_up_asks_of_the_task_the_agency_asked_about_leads():
    from assistant.records import Citation
    from corpus.records import Obligation
    # questions_ri ri5 (Công văn 9533/VPCP-CN): "Thế Bộ Tư pháp phải làm gì?" (carrying the first turn's "tiếp thu ý
    # kiến") answered with the task it leads, then the ones it works in; "Thời hạn?" is its own task's
    led = Obligation("9533-cn.signed", "c2", "khẩn trương có ý kiến đối với nội dung đề nghị sửa Luật Đường sắt của Bộ "
                     "Xây dựng và nội dung Dự thảo Luật Đầu tư (thay thé) của Bộ Tài chính sau khi tiếp thu, hoàn thiện "
                     "theo ý kiến của Bộ Xây dựng gửi Bộ Tài chính trước ngày 05 tháng 10 năm 2025", ("Bộ Tư pháp",))
    partner = Obligation("9533-cn.signed", "c1", "Khẩn trương chủ trì, phối hợp với Bộ Xây dựng, Bộ Tư pháp tiếp thu ý "
                         "kiến của Bộ Xây dựng tại các văn bản đã gửi Bộ Tài chính", ("Bộ Tài chính",),
                         ("Bộ Xây dựng", "Bộ Tư pháp"))
    citations = tuple(Citation(n + 1, row.chunk_id, "9533-cn.signed", None, None, None, None, None, "", None, None,
                               "…", 0, 1, "") for n, row in enumerate((led, partner)))
    asked = "Thế Bộ Tư pháp phải làm gì bộ tiếp thu ý kiến Bộ 9533/VPCP-CN"
    turns = [Turn("Thế Bộ Tư pháp phải làm gì?", Answer("Thế Bộ Tư pháp phải làm gì?", "…", True, citations,
                                                        "agency_tasks", asked, obligations=(led, partner)))]
    assert resolve("Thời hạn?", turns).record is led


def test_another_agency_after_a_question_naming_none_asks_what_the_document_gives_it():
    # questions_ri ri1.4 (Công điện 193/CĐ-TTg): "Gặp vướng mắc … thì phản ánh về đâu?" (Bộ Tài chính), then "Còn Văn
    # phòng Chính phủ?": its task in the document, not the same passage again
    turn = _cited_head("Gặp vướng mắc khi thực hiện thì phản ánh về đâu?", "193-ttg.signed", "Công điện", "193/CĐ-TTg",
                       "Thủ tướng Chính phủ", "về khẩn trương hoàn thành việc rà soát toàn diện …")
    resolved = resolve("Còn Văn phòng Chính phủ?", [turn])
    assert resolved.question == "Công điện 193/CĐ-TTg giao Văn phòng Chính phủ nhiệm vụ gì?"


def _row_cited(question: str, section: str, rows: tuple = ()) -> list[Turn]:
    from assistant.records import Citation
    citation = Citation(1, "c1", "193", None, None, "Kế hoạch", None, None, section, None, None, "…", 0, 1, "")
    return [Turn(question, Answer(question, "…", True, (citation,), "agency_tasks", question, obligations=rows))]


@pytest.mark.parametrize("section, rows, asked", [
    # questions_ri ri7.3 (Kế hoạch 193 of Ninh Bình, Phụ lục): one row answered, the table's TT number is meant
    ("Phụ lục, nhiệm vụ 1", 1, "Nhiệm vụ thứ 3 do ai chủ trì?"),
    # several rows listed: the place may be the list's, left as typed
    ("Phụ lục, nhiệm vụ 1", 2, "Nhiệm vụ thứ ba do ai chủ trì?"),
    # a passage of no numbered table: left as typed
    ("Mục III.2", 1, "Nhiệm vụ thứ ba do ai chủ trì?"),
])
def test_a_task_named_by_its_place_after_one_row_of_a_numbered_table_is_that_row(section, rows, asked):
    from corpus.records import Obligation
    row = Obligation("193", "c1", "Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị Ninh Bình",
                     ("Sở Xây dựng",))
    turns = _row_cited("Kế hoạch … giao Sở Xây dựng nhiệm vụ gì?", section, (row,) * rows)
    assert resolve("Nhiệm vụ thứ ba do ai chủ trì?", turns).own_question == asked


def _doc_cited(question: str, doc_id: str, number: str, kind: str, whole: str | None = None) -> Turn:
    """A turn answered from one passage of `doc_id` (its number and type as the index reads them)."""
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, number, None, kind, None, None, "", None, None, "…", 0, 1, "")
    return Turn(question, Answer(question, "…", True, (citation,), resolved_question=whole))


# Chỉ thị 22/2008/CT-TTg, I.1: "Trong tháng 7 năm 2008, giao Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ và Văn phòng
# Chính phủ trình Thủ tướng Chính phủ quyết định thành lập Ban Chỉ đạo Trung ương …"
@pytest.mark.parametrize("first", [
    "Theo Chỉ thị 22/2008/CT-TTg, ai trình Thủ tướng quyết định thành lập Ban Chỉ đạo Trung ương triển khai thực hiện "
    "Luật Thuế thu nhập cá nhân?",
    "Theo Chỉ thị 22/2008/CT-TTg, ai tham mưu cho Thủ tướng về việc kiện toàn Ban Chỉ đạo Trung ương?",
])
def test_an_agency_a_who_question_founds_or_submits_to_gives_way_to_none(first):
    # neither Thủ tướng nor Ban Chỉ đạo Trung ương was asked about: "Còn Bộ Y tế?" asks what the directive gives Bộ Y
    # tế, not who founds "Bộ Y tế"
    resolved = resolve("Còn Bộ Y tế?", [_doc_cited(first, "22_2008_CT-TTg", "22/2008/CT-TTg", "Chỉ thị")])
    assert resolved.question.startswith("Chỉ thị 22/2008/CT-TTg giao Bộ Y tế nhiệm vụ gì")


def test_another_document_after_a_slot_asked_alone_keeps_the_slot_and_the_users_topic():
    # Chỉ thị 19/2008/CT-UBND (Long An), III.1: "Cục Thuế tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Thông tin và
    # Truyền thông tổ chức tốt công tác tuyên truyền …"; then "Ai phối hợp?" leaned on that row's words
    first = "Theo Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An, ai chủ trì tuyên truyền về Luật Thuế thu nhập cá nhân?"
    row = ("Ai phối hợp – chủ trì, phối hợp với Sở Tư pháp, Sở Thông tin và Truyền thông tổ chức tốt công tác tuyên "
           "truyền về mục đích, ý nghĩa. Chỉ thị 19/2008/CT-UBND")
    turns = [_doc_cited(first, "19_2008_CT-UBND", "19/2008/CT-UBND", "Chỉ thị"),
             _doc_cited("Ai phối hợp?", "19_2008_CT-UBND", "19/2008/CT-UBND", "Chỉ thị", row)]
    resolved = resolve("Thế còn Chỉ thị 22/2008/CT-TTg?", turns).question
    assert "Chỉ thị 22/2008/CT-TTg" in resolved and resolved.startswith("Chỉ thị 22/2008/CT-TTg Ai phối hợp")
    assert "tuyên truyền" in resolved and "Sở Tư pháp" not in resolved and "19/2008" not in resolved


def test_an_agency_after_the_conversation_went_on_to_another_document_is_asked_of_that_one():
    first = "Theo Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An, ai chủ trì tuyên truyền về Luật Thuế thu nhập cá nhân?"
    moved = "Chỉ thị 22/2008/CT-TTg Ai phối hợp tuyên truyền Luật Thuế thu nhập cá nhân?"
    turns = [_doc_cited(first, "19_2008_CT-UBND", "19/2008/CT-UBND", "Chỉ thị"),
             _doc_cited("Thế còn Chỉ thị 22/2008/CT-TTg?", "22_2008_CT-TTg", "22/2008/CT-TTg", "Chỉ thị", moved)]
    resolved = resolve("Đài truyền hình Việt Nam thì sao?", turns).question
    assert resolved.startswith("Chỉ thị 22/2008/CT-TTg giao Đài Truyền hình Việt Nam nhiệm vụ gì")


def test_a_follow_up_naming_a_report_and_asking_whom_is_no_other_task():
    # Chỉ thị 42/1998/CT-UBND (Quảng Bình): "… định kỳ cơ quan Thuế báo cáo tiến độ thực hiện về UBND tỉnh"
    first = "Theo Chỉ thị 42/1998/CT-UBND, ai phối hợp với cơ quan Thuế tổ chức tuyên truyền hai Luật thuế?"
    resolved = resolve("Còn báo cáo tiến độ gửi ai?", [_doc_cited(first, "42_1998_CT-UBND", "42/1998/CT-UBND",
                                                                   "Chỉ thị")])
    assert "“" not in resolved.question and "Ai phối hợp" not in resolved.question


def test_a_declined_turn_keeps_the_document_its_passages_came_from():
    # Nghị định 13/2016/NĐ-CP (consolidated, 75/VBHN-BQP): "ai ký quyết định gọi đăng ký …?" declined (the passage
    # found only passes the decision on); "Quyết định đó …" is still asked of that text
    first = ("Theo văn bản hợp nhất Nghị định về đăng ký nghĩa vụ quân sự, ai ký quyết định gọi đăng ký nghĩa vụ quân "
             "sự lần đầu?")
    declined = Turn(first, Answer(first, "Không tìm thấy …", False, focus_doc="75-vbhn-bqp"))
    resolved = resolve("Quyết định đó phải chuyển đến công dân trước mấy ngày?", [declined])
    assert resolved.focus_doc == "75-vbhn-bqp"
    # with nothing found, nothing is kept
    nothing = Turn(first, Answer(first, "Không tìm thấy …", False))
    assert resolve("Quyết định đó phải chuyển đến công dân trước mấy ngày?", [nothing]).focus_doc is None


@pytest.mark.parametrize("follow_up, pointing", [
    ("Ai hướng dẫn áp dụng mức đó?", True),  # Quyết định 1730/2003/QĐ-UB: the level the last answer quoted
    ("Nhiệm vụ này phối hợp với ai?", True),
    ("Còn thời hạn nộp thuế hàng tháng theo thông báo là khi nào?", False),  # Nghị định 24/2007/NĐ-CP: a kind of paper
    ("Sau đó báo cáo về đâu?", False),
])
def test_a_follow_up_pointing_at_what_was_said(follow_up, pointing):
    from assistant.conversation import points_back
    assert points_back(follow_up) is pointing


# Công điện 190/CĐ-TTg: "… tổng hợp tình hình, đề xuất các giải pháp đột phá … gửi Bộ Xây dựng trong này 10/10/2025"
# (the cities' task), then mục 8: "Bộ Xây dựng - Cơ quan Thường trực … chủ trì phối hợp với Văn phòng Chính phủ … đôn đốc
# các bộ, cơ quan, địa phương …"; mục 5: "Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương …"
def test_an_agency_after_a_who_question_naming_none_asks_what_the_document_gives_it():
    first = ("Theo Công điện 190/CĐ-TTg, các đô thị lớn gửi Bộ Xây dựng đề xuất giải pháp thúc đẩy phát triển nhà ở xã "
             "hội trong ngày nào?")
    who = "Ai đôn đốc các bộ, địa phương thực hiện công điện này?"
    turns = [_doc_cited(first, "190-ttg.signed", "190/CĐ-TTg", "Công điện"),
             _doc_cited(who, "190-ttg.signed", "190/CĐ-TTg", "Công điện", f"{who.rstrip('?')} Công điện 190/CĐ-TTg")]
    resolved = resolve("Còn Bộ Quốc phòng?", turns).question
    assert resolved.startswith("Công điện 190/CĐ-TTg giao Bộ Quốc phòng nhiệm vụ gì")
    assert "gửi Bộ Quốc phòng" not in resolved and "10/10" not in resolved
    # the agency-naming question stays the one swapped when the last one named an agency itself
    turns = [_doc_cited("Theo Công điện 190/CĐ-TTg, Bộ Xây dựng phải làm gì?", "190-ttg.signed", "190/CĐ-TTg",
                        "Công điện")]
    assert resolve("Còn Bộ Quốc phòng?", turns).question == "Theo Công điện 190/CĐ-TTg, Bộ Quốc phòng phải làm gì?"


def test_a_document_pointed_at_is_named_for_a_relation_asked_of_it():
    # Thông tư 08/2001/TT-BTC found by its topic ("Tờ khai thuế tạm nộp cả năm phải nộp chậm nhất vào ngày nào?"),
    # then "Thông tư này làm những thông tư nào hết hiệu lực?": what it ends is read by its number
    asked = "Tờ khai thuế tạm nộp cả năm phải nộp chậm nhất vào ngày nào?"
    turns = [_doc_cited(asked, "08_2001_TT-BTC", "08/2001/TT-BTC", "Thông tư")]
    resolved = resolve("Thông tư này làm những thông tư nào hết hiệu lực?", turns)
    assert resolved.question.endswith("Thông tư 08/2001/TT-BTC") and resolved.focus_doc == "08_2001_TT-BTC"
    # a fact of the head asked so stays read from the document in focus, its number not added
    assert "08/2001" not in resolve("Thông tư này ai ký?", turns).question


def test_an_agency_pointed_at_keeps_the_row_it_leads():
    from dataclasses import replace

    from corpus.records import Obligation
    # Chỉ thị 44/2002/CT-UB (Bà Rịa - Vũng Tàu), mục 3: one row of Sở Lao động - Thương binh và Xã hội; "Sở đó phối hợp
    # với ai?" asks that row's partners, not the title words of the question before ("Giám đốc …"), which find the
    # closing line "Giám đốc các Sở, Ngành … chịu trách nhiệm tổ chức thực hiện"
    from assistant.records import Citation
    row = Obligation("44_2002_CT-UB", "c3", "phối hợp với cơ quan thuế để tổ chức hướng dẫn cho người lao động nước "
                     "ngoài thực hiện các thủ tục về kê khai, đăng ký thuế", ("Sở Lao động - Thương binh và Xã hội",),
                     ("cơ quan thuế",))
    asked = ("Theo Chỉ thị 44/2002/CT-UB của UBND tỉnh Bà Rịa - Vũng Tàu, Giám đốc Sở Lao động - Thương binh và Xã hội "
             "có trách nhiệm gì?")
    citation = Citation(1, "c3", "44_2002_CT-UB", "44/2002/CT-UB", None, "Chỉ thị", None, None, "", None, None, "…", 0,
                        1, "")
    turns = [Turn("Còn Sở Lao động, Thương binh và Xã hội?",
                  Answer("Còn Sở Lao động, Thương binh và Xã hội?", "…", True, (citation,), obligations=(row,),
                         resolved_question=asked))]
    resolved = resolve("Sở đó phối hợp với ai?", turns)
    assert resolved.question == "Sở Lao động - Thương binh và Xã hội phối hợp với ai?"
    assert resolved.prefer_doc == "44_2002_CT-UB"  # the conversation's document tried first
    # an answer listing two of its rows leaves the topic carried to say which
    two = [Turn(turns[0].question, replace(turns[0].answer, obligations=(row, replace(row, chunk_id="c5"))))]
    assert "Giám đốc" in resolve("Sở đó phối hợp với ai?", two).question


@pytest.mark.parametrize("follow_up", ["Còn phần phối hợp của sở này?", "Còn những việc phối hợp của sở đó thì sao?"])
def test_the_partner_part_of_the_agency_in_focus_asks_the_tasks_it_only_takes_part_in(follow_up):
    # questions_nb nbc2.2 (Kế hoạch 196 of Ninh Bình): after "… Sở Thông tin và Truyền thông được giao những gì?", the
    # tasks that Sở only takes part in, not the same list again
    from assistant.intent import classify
    asked = "Trong Kế hoạch 196, Sở Thông tin và Truyền thông được giao những gì?"
    resolved = resolve(follow_up, _on_plan_193(asked))
    intent = classify(resolved.question)
    assert intent.kind == "agency_tasks" and intent.agency == "Sở Thông tin và Truyền thông" and intent.role == "partner"


# Round tm30: the last frame carried to another document, a bare who asked of it, an agency pointed at across a fact of
# the head (devdocs_tm, questions_tm)

_WHO_123 = ("Theo Thông tư liên tịch 123/2008/TTLT-BTC-BCA, ai hướng dẫn hệ thống mẫu biểu báo cáo kê khai thuế, hồ sơ "
            "khai quyết toán thuế trong Công an nhân dân?")


@pytest.mark.parametrize("follow_up", ["Còn Thông tư liên tịch 19/2009/TTLT-BTC-BNV thì giao ai?",
                                       "Còn Thông tư liên tịch 19/2009/TTLT-BTC-BNV thì ai?"])
def test_a_bare_who_after_another_document_asks_the_last_who_question_of_it(follow_up):
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV: "Vụ Kế hoạch Tài chính - Bộ Nội vụ hướng dẫn hệ thống mẫu biểu báo cáo
    # kê khai thuế …"; the words "giao ai" alone find any sentence giving anyone anything
    resolved = resolve(follow_up, _turns((_WHO_123, _WHO_123)))
    assert resolved.question == _WHO_123.replace("123/2008/TTLT-BTC-BCA", "19/2009/TTLT-BTC-BNV")


@pytest.mark.parametrize("asked, follow_up", [
    # a who-question of its own after a signer ("thì ai ký?"), and a bare who after a time asked: not the last question
    ("Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre do ai ký?", "Còn Quyết định 2298/2002/QĐ-UB thì ai ký?"),
    ("Theo Thông tư liên tịch 122/2008/TTLT-BTC-BQP, hết năm phải nộp hết số thuế còn phải nộp chậm nhất vào ngày nào?",
     "Còn Thông tư liên tịch 123/2008/TTLT-BTC-BCA thì giao ai?"),
])
def test_a_who_of_its_own_after_another_document_stays_as_typed(asked, follow_up):
    assert resolve(follow_up, _turns((asked, asked))).question == follow_up


_YEAR_END = ("Theo Thông tư liên tịch 122/2008/TTLT-BTC-BQP, hết năm Cục Tài chính/Bộ Quốc phòng phải nộp hết số thuế "
             "thu nhập cá nhân còn phải nộp chậm nhất vào ngày nào?")


def test_another_documents_time_is_asked_without_the_body_the_first_one_named_when_it_declined():
    # Thông tư liên tịch 123/2008/TTLT-BTC-BCA: "Hết năm chậm nhất là ngày 30 tháng 3 của năm sau, …, Công an các tỉnh,
    # thành phố trực thuộc Trung ương, các đơn vị dự toán cấp II có trách nhiệm …": not Cục Tài chính/Bộ Quốc phòng,
    # which is 122/2008's; first asked with it (the same body may act in both), then, declined, without it
    turns = _turns((_YEAR_END, _YEAR_END))
    follow_up = "Còn Thông tư liên tịch 123/2008/TTLT-BTC-BCA thì sao?"
    assert resolve(follow_up, turns).question == _YEAR_END.replace("122/2008/TTLT-BTC-BQP", "123/2008/TTLT-BTC-BCA")
    assert resolve(follow_up, turns, on_row=False).question == (
        "Theo Thông tư liên tịch 123/2008/TTLT-BTC-BCA, hết năm phải nộp hết số thuế thu nhập cá nhân còn phải nộp chậm "
        "nhất vào ngày nào?")
    assert apart_from_row(follow_up, turns)
    # an agency's tasks asked of another document keep the agency: it is what was asked
    tasks = "Chỉ thị 22/2008/CT-TTg giao Bộ Y tế việc gì?"
    assert "Bộ Y tế" in resolve("Còn Chỉ thị 19/2008/CT-UBND thì sao?", _turns((tasks, tasks)), on_row=False).question


def test_an_agency_pointed_at_after_a_fact_of_the_head_is_the_one_named_before_it():
    # Thông tư liên tịch 122/2008/TTLT-BTC-BQP: who organises it (Cục Tài chính - Bộ Quốc phòng), then when it takes
    # effect; "cơ quan đó" is still the body named first: the effective date names none
    from corpus.records import Obligation
    row = Obligation("122_2008_TTLT-BTC-BQP", "c9", "chịu trách nhiệm tổ chức triển khai thực hiện Thông tư này",
                     ("Cục Tài chính - Bộ Quốc phòng",))
    who = "Theo Thông tư liên tịch 122/2008/TTLT-BTC-BQP, ai chịu trách nhiệm tổ chức triển khai thực hiện thông tư?"
    when = "Thông tư này có hiệu lực từ ngày nào?"
    turns = [Turn(who, Answer(who, "Cục Tài chính - Bộ Quốc phòng chủ trì nhiệm vụ này …", True, obligations=(row,))),
             Turn(when, Answer(when, "Thông tư liên tịch 122/2008/TTLT-BTC-BQP có hiệu lực từ ngày 01/01/2009", True,
                               resolved_question=f"{when.rstrip('?')} Thông tư liên tịch 122/2008/TTLT-BTC-BQP"))]
    resolved = resolve("Hàng quý cơ quan đó phải chuyển số thuế đã nộp về vào ngân sách chậm nhất ngày nào?", turns)
    assert resolved.question.startswith("Hàng quý Cục Tài chính - Bộ Quốc phòng phải chuyển")
    # a turn that names agencies of its own is the one pointed back to
    asked = "Chỉ thị 22/2008/CT-TTg giao Bộ Y tế việc gì?"
    turns[1:] = [Turn(asked, Answer(asked, "Bộ Y tế chủ trì …", True))]
    assert resolve("Bộ đó phối hợp với ai?", turns).question.startswith("Bộ Y tế")


def test_another_document_after_a_slot_asked_of_a_row_keeps_the_topic_the_user_asked():
    # questions_tm tm18 (Chỉ thị 19/2008/CT-UBND of Long An, then Chỉ thị 22/2008/CT-TTg): the partners asked of the
    # row were made whole with the row's task; the other document is asked the user's topic, not the row's words
    first = ("Theo Chỉ thị 19/2008/CT-UBND của UBND tỉnh Long An, cơ quan nào chủ trì tổ chức tuyên truyền về Luật Thuế "
             "thu nhập cá nhân?")
    row = ("Phối hợp với những sở nào – chủ trì, phối hợp với Sở Tư pháp, Sở Thông tin và Truyền thông tổ chức tốt công "
           "tác tuyên truyền về mục đích, ý nghĩa, các nội dung cơ bản của Luật Thuế thu nhập cá nhân Chỉ thị 19/2008/CT-UBND")
    resolved = resolve("Còn Chỉ thị 22/2008/CT-TTg thì ai chủ trì việc đó?",
                       _turns((first, first), ("Phối hợp với những sở nào?", row)))
    assert resolved.question == ("Còn Chỉ thị 22/2008/CT-TTg thì ai chủ trì việc đó – tổ chức tuyên truyền Luật Thuế "
                                 "thu nhập cá nhân")


def test_a_body_left_out_for_another_document_keeps_what_the_task_acts_on_and_drops_its_office():
    # Chỉ thị 22/2008/CT-TTg, I.2 ("Giao Chủ tịch Ủy ban nhân dân các tỉnh … trong tháng 8 năm 2008 quyết định thành
    # lập Ban Chỉ đạo …"), then Chỉ thị 19/2008/CT-UBND of Long An (its districts' chairmen, by 25/10/2008): the steering
    # board is what is founded, not who founds it; "Chủ tịch" goes with the body it heads
    asked = ("Theo Chỉ thị 22/2008/CT-TTg, Chủ tịch UBND các tỉnh phải quyết định thành lập Ban Chỉ đạo địa phương "
             "trong thời gian nào?")
    resolved = resolve("Còn Chỉ thị 19/2008/CT-UBND thì sao?", _turns((asked, asked)), on_row=False)
    assert resolved.question == ("Theo Chỉ thị 19/2008/CT-UBND, phải quyết định thành lập Ban Chỉ đạo địa phương trong "
                                 "thời gian nào?")


@pytest.mark.parametrize("asked", [
    "Theo Chỉ thị 01/2009/CT-UBND của tỉnh Kon Tum, ai chủ trì tuyên truyền Luật Thuế thu nhập cá nhân?",
    "Theo Chỉ thị 01/2009/CT-UBND tỉnh Kon Tum, ai chủ trì tuyên truyền Luật Thuế thu nhập cá nhân?",
    "Theo Chỉ thị 01/2009/CT-UBND của UBND tỉnh Kon Tum, ai chủ trì tuyên truyền Luật Thuế thu nhập cá nhân?",
])
def test_another_document_takes_the_province_of_the_old_one_with_it(asked):
    # Chỉ thị 19/2008/CT-UBND is Long An's: asked "của tỉnh Kon Tum" it is no document
    resolved = resolve("Còn Chỉ thị 19/2008/CT-UBND thì giao ai?", _turns((asked, asked)))
    assert resolved.question == "Theo Chỉ thị 19/2008/CT-UBND, ai chủ trì tuyên truyền Luật Thuế thu nhập cá nhân?"


def test_a_fact_of_the_head_naming_the_issuer_does_not_take_the_pointer_from_the_agency_asked_before():
    # Chỉ thị 19/2008/CT-UBND (Long An): Cục Thuế tỉnh leads the review; the issue date's answer names the issuer,
    # which the user never asked about: "Cơ quan đó" is still Cục Thuế tỉnh
    from corpus.records import Obligation
    row = Obligation("19_2008_CT-UBND", "c4", "chủ trì, phối hợp với Sở Tư pháp và các sở, ngành chức năng có liên quan "
                     "tổ chức rà soát các văn bản", ("Cục Thuế tỉnh",), ("Sở Tư pháp",))
    who = "Theo Chỉ thị 19/2008/CT-UBND, cơ quan nào chủ trì rà soát các văn bản do HĐND và UBND tỉnh ban hành?"
    when = "Chỉ thị này ban hành ngày nào?"
    turns = [Turn(who, Answer(who, "Cục Thuế tỉnh chủ trì nhiệm vụ này …", True, obligations=(row,))),
             Turn(when, Answer(when, "Chỉ thị 19/2008/CT-UBND do Ủy ban nhân dân tỉnh Long An ban hành ngày 16/10/2008",
                               True, resolved_question="Chỉ thị này ban hành ngày nào Chỉ thị 19/2008/CT-UBND"))]
    assert resolve("Cơ quan đó phối hợp với ai?", turns).question.startswith("Cục Thuế tỉnh phối hợp với ai")
    # asked who issued it, the issuer is the one pointed at
    issuer = "Chỉ thị này do cơ quan nào ban hành?"
    turns[1] = Turn(issuer, Answer(issuer, "Chỉ thị 19/2008/CT-UBND do Ủy ban nhân dân tỉnh Long An ban hành", True))
    assert resolve("Cơ quan đó phối hợp với ai?", turns).question.startswith("Ủy ban nhân dân tỉnh Long An")


def test_a_labelled_item_with_thi_sao_and_no_con_is_the_last_question_of_that_item():
    # Quyết định 12/2010/QĐ-TTg, Điều 3: quý I → 30/7/2010, quý II → 30/10/2010, quý IV → 30/4/2011
    asked = "Theo Quyết định 12/2010/QĐ-TTg, số thuế tạm nộp quý II năm 2010 được gia hạn đến ngày nào?"
    for follow_up in ("Quý IV thì sao?", "Còn quý IV?"):
        assert resolve(follow_up, _turns((asked, asked))).question == asked.replace("quý II", "quý IV")


# Round tv31: a question of the user's own after "Còn <agency>", and "Gửi cho ai?" after a turn on what is sent


def _on_cited(question: str, whole: str, doc_id: str, doc_type: str, doc_number: str, quote: str = "…",
              answerable: bool = True) -> Turn:
    """A turn answered (or declined) from one passage of a document, the question made whole as `whole`."""
    from assistant.records import Citation
    citation = Citation(1, "c1", doc_id, doc_number, None, doc_type, None, None, "", None, None, quote, 0, 1, "")
    return Turn(question, Answer(question, "…" if answerable else "Không tìm thấy", answerable,
                                 (citation,) if answerable else (), resolved_question=whole))


@pytest.mark.parametrize("follow_up, resolved", [
    # questions_tv tv4.3: Quyết định 2179/QĐ-TTg (named by its title), Điều 3 khoản 4 "Giao Bộ Nội vụ tổng hợp …"
    ("Còn Bộ Nội vụ phải làm gì?", "Bộ Nội vụ phải làm gì Quyết định 2179/QĐ-TTg?"),
    ("Thế còn Bộ Tài chính thì có trách nhiệm gì?", "Bộ Tài chính có trách nhiệm gì Quyết định 2179/QĐ-TTg?"),
    ("Còn Văn phòng Chính phủ thì phối hợp với ai?", "Văn phòng Chính phủ phối hợp với ai Quyết định 2179/QĐ-TTg?"),
])
def test_a_question_of_its_own_after_another_agency_is_asked_of_it_in_the_document(follow_up, resolved):
    asked = ("Theo quyết định phân công Thành viên Chính phủ chủ trì làm việc với các địa phương, các bộ phải gửi báo "
             "cáo kết quả làm việc cho Thủ tướng trong bao lâu?")
    turns = [_on_cited(asked, asked, "2179-ttg.signed", "Quyết định", "2179/QĐ-TTg")]
    assert resolve(follow_up, turns).question == resolved


def test_another_agency_asking_nothing_or_the_same_slot_still_swaps_into_the_last_question():
    # "Còn X thì sao?" and "Còn X thì hạn khi nào?" ask what the last question asked, of X (questions_tcc, qcc3.3)
    asked = "Chỉ thị 01/2009/CT-UBND của UBND tỉnh Kon Tum giao Sở Tài chính nhiệm vụ gì?"
    assert resolve("Còn Cục Thuế tỉnh thì sao?", _turns((asked, asked))).question == \
        "Chỉ thị 01/2009/CT-UBND của UBND tỉnh Kon Tum giao Cục Thuế tỉnh nhiệm vụ gì?"
    from assistant.conversation import _asked_of_agency
    assert _asked_of_agency("Ủy ban nhân dân thành phố Hà Nội thì sao, hạn khi nào", "Ủy ban nhân dân thành phố Hà Nội") == ""
    assert _asked_of_agency("Sở Tài chính", "Sở Tài chính") == ""
    assert _asked_of_agency("Bộ Công Thương phải làm gì", "Bộ Công Thương") == "Bộ Công Thương phải làm gì"


def test_sent_to_whom_after_a_declined_turn_asks_where_its_subject_is_sent_not_the_documents_addressees():
    # devdocs fuc05.2, Thông tư 48/2000/TT-BTC Mục III.3: "… lập báo cáo thuế thu nhập doanh nghiệp của các báo in …
    # gửi Bộ Tài chính …"; the first turn declined, "Gửi cho ai?" is where that report goes
    asked = ("Theo Thông tư 48/2000/TT-BTC, ai có trách nhiệm lập báo cáo thuế thu nhập doanh nghiệp của các báo in "
             "được đầu tư trở lại?")
    turns = [_on_cited(asked, asked, "48_2000_TT-BTC", "Thông tư", "48/2000/TT-BTC", answerable=False)]
    resolved = resolve("Gửi cho ai?", turns)
    assert resolved.on_sentence and "lập báo cáo thuế thu nhập doanh nghiệp" in resolved.question
    # the document pointed at, or a turn on its head, asks the document's addressees
    assert not resolve("Văn bản này gửi cho ai?", turns).on_sentence
    signed = "Công văn 402-CV/VPĐU do ai ký?"
    head = [Turn(signed, Answer(signed, "Công văn 402-CV/VPĐU do Phạm Minh Chính ký", True,
                                resolved_question=signed, intent="metadata"))]
    assert not resolve("Gửi cho ai?", head).on_sentence



def test_a_question_of_its_own_after_a_declined_turn_naming_a_document_is_asked_of_it():
    # questions_x xc17: "Còn Nghị quyết 320/NQ-CP thì giao bộ nào?" found no passage; "Phó Thủ tướng nào chỉ đạo?" is
    # asked of Nghị quyết 320/NQ-CP ("Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo …")
    first = "Nghị quyết 323/NQ-CP giao Bộ trưởng Bộ Nội vụ việc gì?"
    second = "Còn Nghị quyết 320/NQ-CP thì giao bộ nào?"
    turns = [_on_cited(first, first, "323nq.signed", "Nghị quyết", "323/NQ-CP"),
             _on_cited(second, "Nghị quyết 320/NQ-CP giao Bộ trưởng Bộ Nội vụ việc gì?", "", "", "",
                       answerable=False)]
    assert resolve("Phó Thủ tướng nào chỉ đạo?", turns).question == "Phó Thủ tướng nào chỉ đạo Nghị quyết 320/NQ-CP?"
    # after a turn that found its passage, the question is tried there first, not narrowed
    answered = [_on_cited(first, first, "323nq.signed", "Nghị quyết", "323/NQ-CP")]
    assert resolve("Phó Thủ tướng nào chỉ đạo?", answered).question == "Phó Thủ tướng nào chỉ đạo?"


def test_a_document_named_as_what_another_amends_is_not_the_one_a_later_question_is_asked_of():
    # devdocs ri13: "Thông tư … sửa đổi Thông tư 13/2009/TT-BKHCN …" declined; the next question is not narrowed to
    # Thông tư 13/2009/TT-BKHCN, which the asked circular amends
    first = ("Thông tư của Bộ Khoa học và Công nghệ sửa đổi Thông tư 13/2009/TT-BKHCN quy định bán kính khu vực cấm dân "
             "cư quanh nhà máy điện hạt nhân là bao nhiêu ki-lô-mét?")
    turns = [_on_cited(first, first, "", "", "", answerable=False)]
    asked = "Vậy liều hiệu dụng toàn thân ở ranh giới ngoài khu vực cấm dân cư không vượt quá bao nhiêu?"
    assert "13/2009" not in resolve(asked, turns).question
