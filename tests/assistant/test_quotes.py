"""Passage answers: a second quoted sentence is cited only when it carries something the question asks that the
first does not, or when the question asks for several items of a kind."""
from __future__ import annotations

import re

import pytest

from assistant.draft import Draft
from assistant.intent import classify, content_words
from assistant.quotes import (_enacts, DURATION_ASKED, PERMISSION_ASKED, _days_in_words, _permits, _states_task, compose_passages, lead_named,
                             with_subject_lists)
from corpus.text import normalize
from index.records import Hit
from tests.data import DATA, ROOT, SAMPLES


def _lines(relative: str, first: int, last: int) -> str:
    lines = normalize((SAMPLES / relative).read_text(encoding="utf-8")).splitlines()
    return "\n".join(lines[first - 1:last])


def _hit(doc_id: str, text: str, chunk: str) -> Hit:
    return Hit.from_payload({"chunk_id": chunk, "doc_id": doc_id, "doc_type": "Quyết định", "text": text,
                             "start": 0, "end": len(text)}, 1.0)


def _answer(question: str, hits: list[Hit]) -> Draft:
    draft = Draft(hits)
    assert compose_passages(draft, classify(question), content_words(question), question)
    return draft


def test_another_passage_repeating_the_same_fact_is_not_cited():
    # the Prime Minister's decision and the committee's own rules say the same of the committee's funding
    hits = [_hit("2219-ttg.signed", _lines("chinhphu/2219-ttg.signed.txt", 88, 90), "c1"),
            _hit("143-qd.signed", _lines("chinhphu/143-qd.signed.txt", 212, 214), "c2")]
    draft = _answer("Kinh phí hoạt động của Ủy ban Quốc gia về người cao tuổi lấy từ đâu?", hits)
    assert len(draft.citations) == 1


@pytest.mark.parametrize("question, cited", [
    ("Mỗi loại giấy phép có hiệu lực mấy tháng?", 2),  # several items asked: both kinds
    ("Giấy phép theo lô hàng có hiệu lực mấy tháng?", 1),
])
def test_a_second_item_is_cited_when_several_are_asked(question, cited):
    hits = [_hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 212, 212), "c1"),
            _hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 207, 210), "c2")]
    draft = _answer(question, hits)
    assert len(draft.citations) == cited


def test_a_second_thing_asked_is_quoted_from_the_same_passage():
    # "Chủ tịch … ; Thư ký …" of one list: each asked, each quoted
    hits = [_hit("2227-ttg.signed", _lines("chinhphu/2227-ttg.signed.txt", 46, 53), "c1")]
    draft = _answer("Ai làm Chủ tịch và Thư ký của Phân ban Việt Nam?", hits)
    assert [c.quote.split(":")[0] for c in draft.citations] == ["- Chủ tịch Phân ban Việt Nam",
                                                                "- Thư ký Phân ban Việt Nam"]


def test_a_how_long_question_is_answered_with_a_length_of_time():
    # the heading "Hiệu lực của giấy phép" shares the most words, and states no length of time
    hits = [_hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 205, 212), "c1")]
    draft = _answer("Hiệu lực của giấy phép là bao lâu?", hits)
    assert "12 tháng" in draft.citations[0].quote


def test_a_sentence_introducing_a_list_is_quoted_with_its_items():
    from assistant.quotes import with_items
    from assistant.draft import hit_sentences
    hit = _hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 44, 56), "c1")
    intro = hit_sentences(hit)[0]
    start, end, text = with_items((hit, *intro))[1:]
    assert text.startswith("Trong Nghị định này, các thuật ngữ dưới đây được hiểu như sau: 1. Hàng hóa thương mại")
    assert "3. Người sử dụng cuối cùng" in text and hit.text[start:end].endswith("thương mại chiến lược.")
    item = hit_sentences(hit)[1]
    assert with_items((hit, *item)) == (hit, *item)  # a sentence that introduces nothing stays as it is


def test_a_partner_clause_is_quoted_with_its_lead():
    # Công điện 195: "Ủy ban nhân dân Thành phố Hà Nội chỉ đạo …; phối hợp chặt chẽ với Bộ Công an …"
    hits = [_hit("195-ttg.signed", _lines("chinhphu/195-ttg.signed.txt", 29, 33), "c1")]
    draft = _answer("UBND Hà Nội phải phối hợp với bộ nào khi điều tra nguyên nhân vụ cháy?", hits)
    [citation] = draft.citations
    assert citation.quote.startswith("Ủy ban nhân dân Thành phố Hà Nội chỉ đạo")
    assert "phối hợp chặt chẽ với Bộ Công an" in " ".join(citation.quote.split())


def test_a_sentence_giving_the_asked_lead_as_a_partner_does_not_answer_who_its_partners_are():
    # Công điện 192, item 3: "Các Bộ, ngành liên quan phối hợp với Bộ Tài chính rà soát danh mục …": Bộ Tài chính is
    # named after "phối hợp"; quoted for "who works with Bộ Tài chính", it would show the lead as a partner
    hits = [_hit("192-ttg.signed", _lines("chinhphu/192-ttg.signed.txt", 81, 84), "c1")]
    question = "Bộ Tài chính rà soát danh mục ngành, nghề đầu tư kinh doanh có điều kiện, bộ nào phối hợp?"
    draft = Draft(hits)
    assert not compose_passages(draft, classify(question), content_words(question), question)
    assert not draft.citations


@pytest.mark.parametrize("question, listed", [
    ("Quyết định thành lập Ban Quản lý các KCN và KKT tỉnh Tuyên Quang bãi bỏ những quyết định nào?", True),
    ("Quyết định thành lập Ban Quản lý các KCN và KKT tỉnh Tuyên Quang bãi bỏ quyết định nào?", False),
])
def test_an_item_ending_in_a_semicolon_is_quoted_with_the_rest_of_its_list_when_several_are_asked(question, listed):
    # "bãi bỏ Quyết định số 599/…; Quyết định số 239/… ." : the list goes on after the ";"
    hit = _hit("2243ttg.signed", _lines("chinhphu/2243ttg.signed.txt", 61, 67), "c1")
    quote = " ".join(_answer(question, [hit]).citations[0].quote.split())
    assert "599/QĐ-TTg" in quote
    assert ("239/QĐ-TTg" in quote) is listed
    assert "Hà Giang" not in quote or listed  # the list ends at the item closed by "."


def test_a_share_of_a_whole_is_an_amount_and_a_day_of_a_month_is_not():
    from assistant.quotes import _states_quantity
    assert _states_quantity("công khai danh sách 29/42 Bộ, cơ quan trung ương và 15/34 địa phương", "bộ")
    assert not _states_quantity("báo cáo trước 15/11 hằng năm về Bộ Tài chính", "bộ")
    assert not _states_quantity("theo Quyết định 12/2010/QĐ-TTg của Thủ tướng", "")


def test_a_sum_in_dong_may_be_written_with_its_short_form():
    # provincial tax decisions (Bến Tre 1999, Hà Nội 2013): "450.000đ/người/tháng", "8.551.000đ/m2"
    from assistant.quotes import _states_quantity
    assert _states_quantity("chỉ được tính trừ tối đa là 450.000đ/người/tháng (bốn trăm năm chục ngàn đồng)", "đồng")
    assert _states_quantity("giá 1m2 sàn xây dựng là 8.551.000đ/m2.", "đồng")
    assert not _states_quantity("Quyết định số 1418/2001/QĐ-UB ngày 03/3/2001 về đăng ký", "đồng")


@pytest.mark.parametrize("question, item, cited", [
    # the tax year asked is 2010 (the decision's title): item 6 (real estate sales) holds no year and is about it
    ("Thuế TNDN năm 2010 của doanh nghiệp nhỏ và vừa chuyển nhượng bất động sản được gia hạn bao lâu?", "chuyển nhượng bất động sản", True),
    # 2011 is only a deadline of items 3–5 beside it: item 6 says nothing of 2011
    ("Thuế TNDN năm 2011 của doanh nghiệp nhỏ và vừa chuyển nhượng bất động sản được gia hạn bao lâu?", "chuyển nhượng bất động sản", False),
    ("Thuế TNDN năm 2011 của doanh nghiệp nhỏ và vừa chuyển nhượng bất động sản được gia hạn bao lâu?", "theo quyết toán năm 2010", True),
])
def test_a_year_asked_must_be_stated_where_the_answer_cites(question, item, cited):
    from assistant.precision import years_uncited
    from assistant.draft import hit_sentences
    text = _lines("thue/12_2010_QĐ-TTg.md", 43, 55)
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "12_2010_QĐ-TTg", "doc_type": "Quyết định", "text": text,
                            "title": "Về việc gia hạn nộp thuế thu nhập doanh nghiệp nhằm tiếp tục tháo gỡ khó khăn "
                                     "cho doanh nghiệp, góp phần thúc đẩy phát triển kinh tế năm 2010",
                            "start": 0, "end": len(text)}, 1.0)
    draft = Draft([hit])
    start, end, _ = next(s for s in hit_sentences(hit) if item in s[2])
    draft.cite(hit, start, end)
    assert years_uncited(question, draft.citations, draft.hits) is not cited


def test_a_how_long_question_asked_as_a_when_is_answered_with_a_length_of_time():
    # "thời hạn" makes it a when question naming Bộ Công Thương; "bao lâu" asks a length: "02 năm", not the
    # ministry's own "07 ngày làm việc" to confirm, which shares as many words
    hits = [_hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 333, 337), "c1"),
            _hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 133, 136), "c2")]
    question = ("Doanh nghiệp phải áp dụng chương trình tuân thủ nội bộ trong bao lâu thì mới được Bộ Công Thương "
                "xác nhận để xin giấy phép theo thời hạn?")
    assert classify(question).kind == "deadline"
    assert "từ 02 năm trở" in _answer(question, hits).citations[0].quote


@pytest.mark.parametrize("question, dated", [
    ("Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam được ban hành kèm theo quyết định nào?", True),
    ("Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam được ban hành như thế nào?", False),
])
def test_a_question_asking_which_document_is_answered_with_its_number_and_date(question, dated):
    line = next(i for i, text in enumerate(normalize((SAMPLES / "chinhphu/143-qd.signed.txt").read_text(
        encoding="utf-8")).splitlines(), 1) if "Ban hành kèm theo Quyết định này" in text)
    text = _lines("chinhphu/143-qd.signed.txt", line, line + 1)
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "143-qd.signed", "doc_type": "Quyết định",
                            "doc_number": "143/QĐ-UBQGNCT", "issued_on": "2025-10-08", "text": text, "start": 0,
                            "end": len(text)}, 1.0)
    line = _answer(question, [hit]).lines[0]
    assert line.startswith("Theo Quyết định 143/QĐ-UBQGNCT")
    assert ("ngày 08/10/2025" in line) is dated


@pytest.mark.parametrize("question, relative, first, last, lead", [
    # Công điện 195/CĐ-TTg: the city's committee opens the sentence that assigns the visits
    ("Ai được giao tổ chức thăm hỏi, hỗ trợ gia đình các nạn nhân vụ cháy?", "chinhphu/195-ttg.signed.txt", 29, 32,
     "Ủy ban nhân dân thành phố Hà Nội"),
    # Quyết định 2219/QĐ-TTg: "X là cơ quan thường trực của …" names the standing body
    ("Cơ quan thường trực của Ủy ban Quốc gia về người cao tuổi Việt Nam là cơ quan nào?",
     "chinhphu/2219-ttg.signed.txt", 83, 85, "Bộ Y tế"),
])
def test_a_who_question_answered_from_a_sentence_states_the_lead_first(question, relative, first, last, lead):
    draft = _answer(question, [_hit("d", _lines(relative, first, last), "c1")])
    assert draft.lines[0] == f"Cơ quan được giao: {lead} [1]."
    assert lead.split()[-1] in draft.citations[0].quote


def test_a_sentence_naming_agencies_only_as_those_reported_to_answers_no_who_question():
    # Kế hoạch 3260-KH/ĐĐQH15: the item's body names the party group it reports to, not the one it is about
    hits = [_hit("QH_CTHD", _lines("nq57/QH_CTHD.md", 56, 56), "c1")]
    question = "Cơ quan nào làm đầu mối theo dõi, đôn đốc các cơ quan của Quốc hội thực hiện nhiệm vụ?"
    draft = Draft(hits)
    assert not compose_passages(draft, classify(question), content_words(question), question)
    assert not draft.lines


def test_the_words_naming_the_source_do_not_choose_the_sentence():
    # the Ban Chỉ đạo's second session (unbundled, evals/devdocs): "Phiên họp thứ hai" only says which meeting;
    # the background sentence repeating it ("Phiên họp này là lần thứ hai …") answers nothing of who leads
    text = normalize((SAMPLES.parent.parent / "evals" / "devdocs" / "BCD_phien_2.md").read_text(encoding="utf-8"))
    lines = text.splitlines()
    background = next(i for i, line in enumerate(lines) if line.startswith("Phiên họp này là lần thứ hai"))
    answer = next(i for i, line in enumerate(lines) if line.startswith("Các tỉnh, thành phố được yêu cầu"))
    hits = [_hit("BCD_phien_2", "\n".join(lines[background - 1:background + 1]), "c1"),
            _hit("BCD_phien_2", lines[answer], "c2")]
    question = "Theo Phiên họp thứ hai, Ban Chỉ đạo ở các tỉnh, thành phố do ai làm trưởng ban?"
    draft = _answer(question, hits)
    assert "Bí thư Tỉnh ủy" in draft.citations[0].quote
    assert len(draft.citations) == 1


def test_a_sentence_cut_by_a_chunk_boundary_is_quoted_whole():
    # the Thông tư amending Thông tư 13/2009/TT-BKHCN (unbundled, scanned): the limit in normal operation is cut in
    # two by a chunk boundary; neither half answers, and the next bullet (an accident's limit) would be quoted
    text = normalize((SAMPLES.parent.parent / "evals" / "devdocs" / "20-bkhcn.txt").read_text(encoding="utf-8"))
    first = text.index("+ Liều hiệu dụng toàn thân")
    cut = text.index("vực cam dân cư không vượt quá 0,1", first)
    last = text.index("- Khu vực hạn chế dân cư", cut)

    def hit(chunk: str, start: int, end: int) -> Hit:
        return Hit.from_payload({"chunk_id": chunk, "doc_id": "20-bkhcn", "doc_type": "Thông tư",
                                 "text": text[start:end], "start": start, "end": end}, 1.0)

    hits = [hit("c2", cut, last), hit("c1", first, cut - 1)]  # the boundary's line break between them
    question = ("Liều hiệu dụng toàn thân tại ranh giới ngoài khu vực cấm dân cư trong vận hành bình thường không "
                "được vượt quá bao nhiêu?")
    draft = _answer(question, hits)
    quote = draft.citations[0]
    assert "0,1 mSv/năm" in quote.quote and quote.quote.startswith("+ Liều hiệu dụng")
    assert text[quote.start:quote.end] == quote.quote


def test_a_sentence_naming_only_partners_is_quoted_with_the_lead_before_it():
    # the Ban Chỉ đạo's second session: the movement on VNeID is launched "phối hợp với Bộ Công an"; who launches it
    # is the sentence before, in the same paragraph
    text = normalize((SAMPLES.parent.parent / "evals" / "devdocs" / "BCD_phien_2.md").read_text(encoding="utf-8"))
    paragraph = next(line for line in text.splitlines() if "phong trào trên VNeID" in line)
    hits = [_hit("BCD_phien_2", paragraph, "c1")]
    draft = _answer("Trong việc phát động phong trào trên VNeID về kiến thức số cơ bản, Bộ Công an giữ vai trò gì?",
                    hits)
    assert draft.citations[0].quote.startswith("Ban Tuyên giáo Trung ương")
    assert "phối hợp với Bộ Công an" in draft.citations[0].quote


def test_a_question_naming_its_source_is_covered_by_the_source_and_the_passage_asked():
    # the Ban Chỉ đạo's second session: one passage names the session, another states the time asked; the words of
    # "Theo Phiên họp thứ hai của Ban Chỉ đạo," need not be repeated by the passage answering, and the Ban Chỉ đạo
    # they name is not the agency whose time is asked
    from assistant.answering import support
    text = normalize((SAMPLES.parent.parent / "evals" / "devdocs" / "BCD_phien_2.md").read_text(encoding="utf-8"))
    lines = text.splitlines()
    session = next(line for line in lines if line.startswith("Phiên họp thứ hai của Ban Chỉ đạo Trung ương"))
    row = next(line for line in lines if "Cập nhật khung chính phủ điện tử" in line)
    budget = next(line for line in lines if line.startswith("Ban Chỉ đạo yêu cầu điều chỉnh ngân sách"))
    hits = [_hit("BCD_phien_2", session, "c1"), _hit("BCD_phien_2", row, "c2"), _hit("BCD_phien_2", budget, "c3")]
    question = "Theo Phiên họp thứ hai của Ban Chỉ đạo, khung chính phủ điện tử phải được cập nhật trước thời điểm nào?"
    assert classify(question).agency is None
    assert support(question, hits) >= 0.65
    draft = _answer(question, hits)
    assert "trước quý 2/2025" in draft.citations[0].quote
    # a source the passages do not name still counts against the question
    assert support("Theo Phiên họp thứ ba của Hội đồng, khung chính phủ điện tử phải được cập nhật trước thời điểm "
                   "nào?", hits) < 0.65

def _devdocs_lines(name: str, first: int, last: int) -> str:
    lines = normalize((SAMPLES.parent.parent / "evals" / "devdocs" / name).read_text(encoding="utf-8")).splitlines()
    return "\n".join(lines[first - 1:last])


def test_an_agencys_task_is_a_sentence_saying_what_it_does_not_a_cell_naming_it():
    # the logistics strategy (2229/QĐ-TTg, unbundled, scanned): a task table's lead cell "Ủy ban nhân dân các tỉnh,
    # thành phố trực thuộc" names the body and no task; Điều 2 says what it does, naming it "… trực thuộc trung
    # ương", the body the question's "Ủy ban nhân dân các tỉnh, thành phố" is
    cell = _hit("2229-ttg.signed", "Ủy ban nhân dân\ncác tỉnh, thành\nphố trực thuộc", "c1")  # as indexed
    article = _hit("2229-ttg.signed", _devdocs_lines("2229-ttg.signed.txt", 630, 636), "c2")
    question = "Ủy ban nhân dân các tỉnh, thành phố có nhiệm vụ gì trong thực hiện Chiến lược này?"
    draft = _answer(question, [cell, article])
    assert draft.citations[0].chunk_id == "c2"
    assert "Kế hoạch hành động" in draft.citations[0].quote
    assert not _states_task(cell.text) and _states_task(article.text)


def _first_with_items(doc_id: str, text: str) -> str:
    """The quote of a passage's first sentence with the list items it introduces (`with_items`)."""
    from assistant.draft import hit_sentences
    from assistant.quotes import with_items
    hit = _hit(doc_id, text, "c1")
    return with_items((hit, *hit_sentences(hit)[0]))[3]


def test_a_list_of_sub_numbered_items_is_quoted_with_its_items():
    # Thông tư 48/2000/TT-BTC, III.1: items "1.1.", "1.2.", "1.3." under "… theo các nội dung:"
    text = ("1.Các báo in sử dụng số thuế thu nhập doanh nghiệp được cấp lại để đầu tư xây dựng cơ sở vật chất kỹ "
            "thuật của ngành theo các nội dung:\n\n1.1. Xây dựng trụ sở làm việc.\n\n1.2. Đầu tư cơ sở vật chất kỹ "
            "thuật cho hoạt động xuất bản báo.\n\n1.3. Đầu tư nâng cấp hoặc bổ sung các trang thiết bị phục vụ cho "
            "các hoạt động dịch vụ quảng cáo trên báo in.\n\n2. Các đơn vị báo in được cấp lại số thuế thu nhập doanh "
            "nghiệp chịu trách nhiệm quản lý, sử dụng có hiệu quả.")
    quoted = _first_with_items("48_2000_TT-BTC", text)
    assert "1.1. Xây dựng trụ sở làm việc." in quoted and "1.3. Đầu tư nâng cấp" in quoted
    assert "chịu trách nhiệm quản lý" not in quoted
    # Nghị định 63/2023/NĐ-CP (03-vbhn-bkhcn): lettered items of point 1 are read on into point 2, as before
    lettered = ("1. Tổ chức bị đình chỉ một phần quyền sử dụng tần số vô tuyến điện đối với băng tần trong trường hợp vi "
                "phạm một trong các nội dung cam kết triển khai mạng viễn thông đối với băng tần đó như sau:\n\na) Tổng "
                "số vốn đầu tư vào mạng lưới;\n\nb) Số lượng trạm phát sóng vô tuyến điện phải triển khai;\n\n2. Căn cứ "
                "thông báo kết quả kiểm tra, Cục trưởng Cục Tần số vô tuyến điện ra quyết định đình chỉ.")
    assert "Cục trưởng Cục Tần số" in _first_with_items("03-vbhn-bkhcn", lettered)


def test_a_list_item_that_goes_on_after_its_semicolon_is_quoted_with_the_items_after_it():
    # du-thao-thong-tu-btc-2025, Điều 3: item a) runs on after its ";" in lower case; b) and c) are still items
    text = ("thì tổ chức, cá nhân nhập khẩu xuất trình cho cơ quan hải quan nơi mở tờ khai nhập khẩu hồ sơ như sau:\n"
            "a) Hợp đồng nhập khẩu (trường hợp ủy thác nhập khẩu phải có thêm hợp\nđồng ủy thác nhập khẩu); trong "
            "hợp đồng phải thể hiện đây là thiết bị đồng bộ có\ncông suất trên 90.000 BTU.\n"
            "b) Sơ đồ kết nối hệ thống điều hòa trung tâm có xác nhận của đơn vị nhập\nkhẩu.\n"
            "c) Chứng thư giám định về công suất và tính đồng bộ của thiết bị nhập\nkhẩu.\n\n"
            "Căn cứ vào các chứng từ, hồ sơ của tổ chức, cá nhân nhập khẩu.")
    quoted = _first_with_items("du-thao-thong-tu-btc-2025", text)
    assert "b) Sơ đồ kết nối" in quoted and "c) Chứng thư giám định" in quoted and "Căn cứ vào" not in quoted


@pytest.mark.parametrize("question, asked", [
    ("Theo Nghị định về quản lý công viên, cây xanh, mặt nước, giấy phép chặt hạ, dịch chuyển cây xanh có hiệu lực "
     "trong bao lâu?", {"hiệu", "lực"}),
    ("Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng?", {"quy", "mô"}),
    ("Cơ quan nào là cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ?", {"thường", "trực"}),
    # an agency named before the question word is who acts, not what is measured
    ("Tổ chức phải gửi kết quả đến Bộ Khoa học và Công nghệ trong bao lâu?", set()),
    ("Đến hết 30/9/2025 có bao nhiêu bộ giải ngân dưới mức bình quân?", set()),
])
def test_the_words_a_question_word_is_attached_to(question, asked):
    from assistant.quotes import asked_words
    assert asked_words(question) == asked


def test_a_length_asked_of_a_licence_is_quoted_from_the_sentence_about_its_validity():
    # 258/2025/NĐ-CP (evals/devdocs): the exempt case's report "chậm nhất 10 ngày" shares more of the question's words
    # (chặt hạ, dịch chuyển cây xanh) than the licence form's "Thời gian có hiệu lực của giấy phép là 30 ngày"
    lines = (ROOT / "evals" / "devdocs" / "258-cp.signed.txt").read_text(encoding="utf-8").splitlines()
    hits = [_hit("258-cp.signed", "\n".join(lines[1893:1896]), "c1"),
            _hit("258-cp.signed", "\n".join(lines[985:992]), "c2")]
    question = ("Theo Nghị định về quản lý công viên, cây xanh, mặt nước, giấy phép chặt hạ, dịch chuyển cây xanh có "
                "hiệu lực trong bao lâu?")
    draft = _answer(question, hits)
    assert "30 ngày" in draft.citations[0].quote


def test_one_syllable_before_the_question_word_is_no_measure():
    from assistant.quotes import asked_words
    # "mức" alone would pick any row reading "Đạt mức …" (NQ 03/NQ-CP Phụ lục I) over the row in focus
    assert asked_words("Mức phải đạt là bao nhiêu?") == set()


def _parts_answered(question: str, hits: list[Hit]) -> tuple[bool, Draft]:
    from assistant.quotes import answers_each_part
    draft = _answer(question, hits)
    return answers_each_part(draft, question), draft


def test_one_sentence_stating_both_amounts_asked_answers_both_parts():
    hits = [_hit("536-tb.signed", _lines("chinhphu/536-tb.signed.txt", 40, 45), "c1")]
    answered, draft = _parts_answered("Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng và diện tích bao nhiêu?",
                                      hits)
    assert answered and len(draft.citations) == 1


def test_a_second_amount_asked_is_quoted_from_the_passage_of_the_year_it_names():
    # NQ 57: "Quy mô kinh tế số đạt tối thiểu 30% GDP" is the 2030 target; the 2045 one is under "Tầm nhìn đến năm 2045"
    hits = [_hit("NQ57_bangoc", _lines("nq57/NQ57_bangoc.md", 31, 31), "c2"),
            _hit("NQ57_bangoc", _lines("nq57/NQ57_bangoc.md", 39, 41), "c1")]
    answered, draft = _parts_answered("Theo NQ 57, tầm nhìn 2045 kinh tế số chiếm bao nhiêu % GDP và cần bao nhiêu "
                                      "doanh nghiệp công nghệ số tầm cỡ các nước tiên tiến?", hits)
    assert answered and all(c.chunk_id == "c1" for c in draft.citations)
    assert "50% GDP" in " ".join(c.quote for c in draft.citations)


def test_a_part_asking_who_is_not_taken_as_answered_by_a_quoted_sentence():
    hits = [_hit("536-tb.signed", _lines("chinhphu/536-tb.signed.txt", 40, 45), "c1")]
    answered, _ = _parts_answered("Hội chợ Mùa Thu 2025 có khoảng bao nhiêu gian hàng và cơ quan nào tổ chức?", hits)
    assert not answered


def _devdocs(name: str, first: int, last: int) -> str:
    return "\n".join((ROOT / "evals" / "devdocs" / name).read_text(encoding="utf-8").splitlines()[first - 1:last])


def test_a_target_is_quoted_from_under_the_period_asked():
    # 2229/QĐ-TTg (evals/devdocs): the same target reads "đạt 5% - 7%" under "Giai đoạn 2025 - 2035" and
    # "đạt 7% - 9%" under "Giai đoạn đến năm 2050"
    from assistant.draft import hit_sentences, period_of
    hit = _hit("2229-ttg.signed", _devdocs("2229-ttg.signed.txt", 84, 117), "c1")
    sentences = [s for s in hit_sentences(hit) if s[2].startswith("- Tỷ trọng giá trị tăng thêm")]
    assert [period_of(hit, start) for start, _, _ in sentences] == ["Mục tiêu cụ thể Giai đoạn 2025 - 2035",
                                                                    "Giai đoạn đến năm 2050"]
    draft = _answer("Chiến lược logistics đặt mục tiêu tỷ trọng giá trị tăng thêm của dịch vụ logistics trong GDP "
                    "giai đoạn 2025 - 2035 là bao nhiêu?", [hit])
    assert [" ".join(c.quote.split()) for c in draft.citations] == [
            "- Tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm trong nước đạt 5% - 7%."]


@pytest.mark.parametrize("name, line, lead", [
    # Quyết định 1730/2003/QĐ-UB, Điều 3: the closing article addresses "Các ông (bà)" and the office's head
    ("1730_2003_QĐ-UB.md", 43, "Văn phòng Hội đồng nhân dân"),
    # Quyết định 2298/2002/QĐ-UB, Điều 3: the same, marked "**Điều 3.**"
    ("2298_2002_QĐ-UB.md", 29, "Văn phòng Hội đồng nhân dân"),
    # Quyết định 08/2013/QĐ-UBND: the first official charged is the city's office, under "Chánh"
    ("08_2013_QĐ-UBND.md", 48, "Văn phòng Ủy ban nhân dân thành phố"),
])
def test_the_officials_charged_with_carrying_out_a_decision_are_its_leads_under_their_titles(name, line, lead):
    assert lead_named(_devdocs_lines(name, line, line)) == (lead, True)


def test_a_sentence_listing_its_subjects_in_clauses_before_its_verb_is_read_whole():
    # Quyết định 08/2013/QĐ-UBND: "Chánh Văn phòng UBND thành phố; Giám đốc các sở, ban, ngành; …; các tổ chức, cá
    # nhân có liên quan chịu trách nhiệm thi hành Quyết định này" is one sentence cut by ";"
    text = _devdocs_lines("08_2013_QĐ-UBND.md", 48, 48)
    hit = _hit("08_2013_QĐ-UBND", text, "c1")
    [(_, _, whole), *rest] = with_subject_lists(hit)
    assert whole.startswith("Chánh Văn phòng UBND thành phố;") and "chịu trách nhiệm thi hành" in whole
    question = "Những ai chịu trách nhiệm thi hành?"
    draft = _answer(question, [hit])
    assert "Chánh Văn phòng UBND thành phố" in draft.citations[0].quote
    # a list of addressees that never reaches a verb stays item by item
    listed = _hit("d", "Nơi nhận:\n- Bộ Công an;\n- Bộ Quốc phòng;\n- Lưu: VT.", "c2")
    assert [t for _, _, t in with_subject_lists(listed)] == ["Nơi nhận:", "- Bộ Công an;", "- Bộ Quốc phòng;",
                                                               "- Lưu: VT."]


def _amounts(question: str, hits: list[Hit]) -> tuple[bool, Draft]:
    from assistant.quotes import answers_each_part
    draft = _answer(question, hits)
    return answers_each_part(draft, question), draft


def test_two_amounts_one_sentence_states_are_both_answered():
    # "(với khoảng 3.000 gian hàng) … (diện tích khoảng 100.000 m2)": one sentence states both amounts asked
    hits = [_hit("536-tb.signed", _lines("chinhphu/536-tb.signed.txt", 40, 45), "c1")]
    quoted, draft = _amounts("Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng và diện tích bao nhiêu?", hits)
    assert quoted and len(draft.citations) == 1


def test_an_amount_another_sentence_states_is_quoted_after_the_first():
    # "… đạt tối thiểu 50% GDP; … tối thiểu có 10 doanh nghiệp công nghệ số …": each clause's amount, each quoted
    hits = [_hit("NQ57_bangoc", _lines("nq57/NQ57_bangoc.md", 39, 41), "c1")]
    quoted, draft = _amounts("Theo NQ 57, tầm nhìn 2045 kinh tế số chiếm bao nhiêu % GDP và cần bao nhiêu doanh "
                             "nghiệp công nghệ số tầm cỡ các nước tiên tiến?", hits)
    assert quoted
    assert any("50% GDP" in c.quote for c in draft.citations) and any("10 doanh nghiệp" in c.quote
                                                                        for c in draft.citations)


@pytest.mark.parametrize("question", [
    # the second clause asks no amount: one quoted amount is not the whole answer
    "Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng và do ai tổ chức?",
    # no sentence states the second amount asked
    "Hội chợ Mùa Thu 2025 có quy mô khoảng bao nhiêu gian hàng và thu hút bao nhiêu lượt khách?",
])
def test_a_clause_no_quoted_amount_answers_leaves_the_answer_partial(question):
    hits = [_hit("536-tb.signed", _lines("chinhphu/536-tb.signed.txt", 40, 45), "c1")]
    quoted, draft = _amounts(question, hits)
    assert not quoted and len(draft.citations) == 1


def test_the_day_an_event_took_place_is_quoted_from_the_sentence_reporting_it():
    # Thông báo 536/TB-VPCP speaks of the fair's size and its preparation, never of the day it opens
    meeting = ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
               "chuyển đổi số diễn ra chiều 4/3/2025 tại trụ sở Trung ương Đảng, do Tổng Bí thư Tô Lâm chủ trì.")
    draft = _answer("Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                    "và chuyển đổi số diễn ra ngày nào?", [_hit("BCD_phien_2", meeting, "c1")])
    assert "4/3/2025" in draft.citations[0].quote
    question = "Hội chợ Mùa Thu 2025 khai mạc vào ngày nào?"
    hits = [_hit("536-tb.signed", _lines("chinhphu/536-tb.signed.txt", 1, 80), "c1")]
    assert not compose_passages(Draft(hits), classify(question), content_words(question), question)


def test_who_chaired_a_meeting_is_quoted_from_the_sentence_naming_the_chair():
    text = ("NDO - Chiều 20/1, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
            "đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã họp Phiên thứ nhất. Tổng Bí thư Tô Lâm, Trưởng Ban "
            "Chỉ đạo chủ trì Phiên họp. Tham dự có các thành viên Ban Chỉ đạo và đại diện lãnh đạo các bộ, ngành.")
    draft = _answer("Phiên họp thứ nhất của Ban Chỉ đạo Trung ương do ai chủ trì?", [_hit("BCD_phien_1", text, "c1")])
    assert "Tô Lâm" in draft.citations[0].quote


def _strategy_goals() -> Hit:
    """Quyết định 2229/QĐ-TTg (evals/devdocs), Mục II.2: the same goals listed under "Giai đoạn 2025 - 2035" and
    again, with other figures, under "Giai đoạn đến năm 2050"."""
    from corpus.loaders import load
    text = load(SAMPLES.parent.parent / "evals" / "devdocs" / "2229-ttg.signed.txt")[0].text
    start = text.index("2. Mục tiêu cụ thể")
    end = text.index("ĐỊNH HUONG CHỦ YEU", start)
    return Hit.from_payload({"chunk_id": "c1", "doc_id": "2229-ttg", "doc_type": "Quyết định", "text": text[start:end],
                             "start": start, "end": end, "heading_path": ["2. Mục tiêu cụ thể"]}, 1.0)


def test_the_line_heading_a_list_names_the_period_its_items_are_of():
    from assistant.draft import hit_sentences, period_of
    hit = _strategy_goals()
    headed = [period_of(hit, start) for start, _, text in hit_sentences(hit) if "trung tâm" in text]
    assert [h.split("Giai đoạn")[-1].strip() for h in headed] == ["2025 - 2035", "đến năm 2050"]


@pytest.mark.parametrize("question, figure", [
    ("Chiến lược logistics đặt mục tiêu tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm trong "
     "nước giai đoạn 2025 - 2035 là bao nhiêu?", "5% - 7%"),
    ("Đến năm 2050, tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm trong nước đạt bao nhiêu?",
     "7% - 9%"),
])
def test_a_year_asked_picks_the_item_listed_under_that_period(question, figure):
    draft = _answer(question, [_strategy_goals()])
    assert figure in draft.citations[0].quote


def test_a_length_of_time_spelled_out_in_brackets_answers_how_long():
    # Thông tư 49/2025/TT-BKHCN (evals/devdocs 19-bkhcn), Điều 14: "05 (năm) ngày làm việc" is five working days
    text = ("a) Trong thời gian tối đa 05 (năm) ngày làm việc ké từ ngày nhận được kết quả kiểm toán kỹ thuật, gửi kết "
            "quả kiểm toán kỹ thuật đến Bộ Khoa học và Công nghệ (Trung tâm Chứng thực điện tử quốc gia) để phục vụ công "
            "tác quản lý;")
    draft = _answer("Tổ chức được kiểm toán kỹ thuật phải gửi kết quả kiểm toán kỹ thuật đến Bộ Khoa học và Công nghệ "
                    "trong bao lâu?", [_hit("19-bkhcn", text, "c1")])
    assert "05 (năm) ngày làm việc" in draft.citations[0].quote


@pytest.mark.parametrize("text, length", [
    ("Trong thời hạn 03 (ba) năm kể từ ngày Nghị định có hiệu lực", True),
    ("trong thời hạn 30 (ba mươi) ngày", True),
    ("Điều 5 (sửa đổi) năm 2025", False),  # brackets that spell no number
])
def test_a_number_spelled_out_in_brackets_keeps_its_unit(text, length):
    from corpus.vn import LENGTH
    assert bool(LENGTH.search(text)) is length


def test_partners_asked_are_quoted_from_a_sentence_saying_agencies_work_together():
    # Nghị định 258/2025/NĐ-CP, Điều 44 (evals/devdocs): "Bộ Xây dựng có trách nhiệm: a) Quản lý nhà nước về công viên,
    # cây xanh …" says who leads, not with whom; clause 4 names the ministries the others work with
    from corpus.loaders import load
    text = load(SAMPLES.parent.parent / "evals" / "devdocs" / "258-cp.signed.txt")[0].text
    def hit(chunk: str, first: str, last: str) -> Hit:
        start = text.index(first)
        end = text.index(last, start)
        return Hit.from_payload({"chunk_id": chunk, "doc_id": "258-cp", "doc_type": "Nghị định",
                                 "text": text[start:end], "start": start, "end": end}, 1.0)

    # Điều 43 d) (a commune's duty, no partner) shares more of the question's words than Điều 44's clause 4
    hits = [hit("c1", "d) Ủy ban nhân dân cấp xã và các đơn vị", "d) Các tổ chức"),
            hit("c2", "4. Các bộ, cơ quan ngang bộ", "Điều 45")]
    draft = _answer("Các bộ, cơ quan ngang bộ phối hợp với những bộ nào để quản lý nhà nước về công viên, cây xanh, "
                    "mặt nước?", hits)
    assert "phối hợp với Bộ Xây dựng, Bộ Tài chính" in " ".join(draft.citations[0].quote.split())


def test_the_holder_of_the_office_asked_is_quoted_from_the_sentence_naming_them():
    # Quyết định 2219/QĐ-TTg, Điều 1: the chair is a Phó Thủ tướng named; Điều 3 speaks of the chair's seal, no name
    hits = [_hit("2219-ttg.signed", "Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam sử dụng con dấu của Thủ tướng "
                 "Chính phủ;", "c1"),
            _hit("2219-ttg.signed", _lines("chinhphu/2219-ttg.signed.txt", 31, 33), "c2")]
    draft = _answer("Phó Thủ tướng nào làm Chủ tịch Ủy ban Quốc gia về người cao tuổi?", hits)
    assert draft.citations[0].quote.endswith("Phó Thủ tướng Chính phủ Lê Thành Long.")


@pytest.mark.parametrize("question", [
    "Ai là Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam?",
    "Ai làm Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam?",
])
def test_the_holder_asked_with_ai_la_is_quoted_from_the_sentence_naming_them(question):
    # "Ai là <office> …?" asks the holder as "Ai làm …?" does: Điều 1's label line, not Điều 3's seal
    hits = [_hit("2219-ttg.signed", "Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam sử dụng con dấu của Thủ tướng "
                 "Chính phủ;", "c1"),
            _hit("2219-ttg.signed", _lines("chinhphu/2219-ttg.signed.txt", 31, 33), "c2")]
    assert _answer(question, hits).citations[0].quote.endswith("Phó Thủ tướng Chính phủ Lê Thành Long.")


@pytest.mark.parametrize("question, person", [
    ("Ai là Ủy viên thuộc Bộ Tư pháp trong Ủy ban Quốc gia về người cao tuổi Việt Nam?",
     "Đặng Hoàng Oanh"),
    ("Ủy viên của Bộ Ngoại giao trong Ủy ban Quốc gia về người cao tuổi Việt Nam là ai?", "Đặng Hoàng Giang"),
])
def test_the_member_a_ministry_sends_is_quoted_from_its_roster_line(question, person):
    # Quyết định 2219/QĐ-TTg, Điều 1 (round tr30): the members are listed under "3. Các Ủy viên:", one line each
    # ("- Bà Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp;"); Điều 5 ("các thành viên Ủy ban … chịu trách nhiệm thi hành")
    # names no member
    titled = lambda text, chunk: Hit.from_payload({
        "chunk_id": chunk, "doc_id": "2219-ttg.signed", "doc_type": "Quyết định", "text": text, "start": 0,
        "end": len(text), "title": "kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam"}, 1.0)
    hits = [titled(_lines("chinhphu/2219-ttg.signed.txt", 116, 120), "c1"),
            titled(_lines("chinhphu/2219-ttg.signed.txt", 31, 49), "c2")]
    draft = _answer(question, hits)
    assert draft.citations and person in " ".join(draft.citations[0].quote.split())


def test_the_holder_of_an_office_of_a_body_named_at_length_is_quoted():
    # Quyết định 2227/QĐ-TTg: the body's name runs 85 characters before "là ai"; Điều 3 names the chair's seal only
    hits = [_hit("2227-ttg.signed", _lines("chinhphu/2227-ttg.signed.txt", 76, 77), "c1"),
            _hit("2227-ttg.signed", _lines("chinhphu/2227-ttg.signed.txt", 48, 48), "c2")]
    draft = _answer("Chủ tịch Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp định Thương mại Việt Nam - Cuba là ai?",
                    hits)
    assert "Thứ trưởng Bộ Công Thương" in draft.citations[0].quote


def test_two_office_holders_asked_are_each_quoted():
    hits = [_hit("2219-ttg.signed", _lines("chinhphu/2219-ttg.signed.txt", 31, 33), "c1"),
            _hit("2222ttg.signed", _lines("chinhphu/2222ttg.signed.txt", 40, 45), "c2")]
    quoted, draft = _amounts("Phó Thủ tướng nào làm Trưởng Ban Chỉ đạo Lễ mở ký Công ước, và Phó Thủ tướng nào làm Chủ "
                             "tịch Ủy ban Quốc gia về người cao tuổi?", hits)
    assert quoted
    assert any("Bùi Thanh Sơn" in c.quote for c in draft.citations) and any("Lê Thành Long" in c.quote
                                                                             for c in draft.citations)


def test_an_office_holder_is_read_with_the_headings_of_the_list_naming_them():
    # Quyết định 2222/QĐ-TTg, Điều 1: the member list's item names the holder and the role, its heading the body
    text = "1. Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;"
    item = Hit.from_payload({"chunk_id": "c2", "doc_id": "2222ttg.signed", "doc_type": "Quyết định", "text": text,
                             "start": 0, "end": len(text), "heading_path": [
        "Điều 1. Thành lập Ban Chỉ đạo Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng tại Hà Nội"]}, 1.0)
    hits = [_hit("2219-ttg.signed", _lines("chinhphu/2219-ttg.signed.txt", 31, 33), "c1"), item]
    quoted, draft = _amounts("Phó Thủ tướng nào làm Chủ tịch Ủy ban Quốc gia về người cao tuổi, và Phó Thủ tướng nào "
                             "làm Trưởng Ban Chỉ đạo Lễ mở ký Công ước Hà Nội?", hits)
    assert quoted and any("Bùi Thanh Sơn" in c.quote for c in draft.citations)


@pytest.mark.parametrize("sentence, named", [
    ("Đồng chí Phó Thủ tướng Chính phủ Bùi Thanh Sơn, Trưởng ban;", True),
    ("Giao Phó Thủ tướng Chính phủ theo dõi, đôn đốc các Bộ, ngành", False),  # the office, no one named
    ("- Thủ tướng, các Phó Thủ tướng Chính phủ;", False),
])
def test_an_office_holder_is_the_office_followed_by_a_name(sentence, named):
    from assistant.quotes import _office_holder
    assert _office_holder("Phó Thủ tướng nào làm Trưởng ban?")(sentence) is named


@pytest.mark.parametrize("sentence, named", [
    # Quyết định 2219/QĐ-TTg, Điều 1: the members, the name before the office; one line leaves the name blank
    ("- Bà Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp;", True),
    ("- Ông/Bà, Thứ trưởng Bộ Tài chính;", False),
    # Quyết định 2222/QĐ-TTg: "Đồng chí <name>, <office>, <role>"
    ("3. Đồng chí Đặng Hoàng Giang, Thứ trưởng Bộ Ngoại giao, Phó Trưởng ban;", True),
    ("Thứ trưởng Bộ Tài chính Nguyễn Đức Chi", True),  # the name after the ministry
    ("Giao Thứ trưởng Bộ Tài chính chỉ đạo", False),  # the ministry is no name
    ("- Ông Đặng Hoàng Giang, Thứ trưởng Bộ Ngoại giao;", False),  # another ministry's officer
])
def test_a_ministry_officer_asked_is_named_beside_the_ministry(sentence, named):
    from assistant.quotes import _office_holder
    ministry = re.search(r"Bộ (Tư pháp|Tài chính|Ngoại giao)", sentence)
    asked = "Bộ Tài chính" if "Ông Đặng" in sentence else ministry.group(0)
    assert _office_holder(f"Thứ trưởng {asked} nào là Ủy viên Ủy ban Quốc gia về người cao tuổi Việt Nam?")(sentence) \
        is named


@pytest.mark.parametrize("question, sentence, named", [
    # Nghị quyết 320/NQ-CP, Điều 3: "Phân công" assigns as "giao" does
    ("Nghị quyết 320/NQ-CP giao Phó Thủ tướng nào chỉ đạo?",
     "Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo Bộ Công an và các bộ, cơ quan liên quan",
     True),
    ("Công điện 192 giao Phó Thủ tướng nào chỉ đạo?",
     "Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo thực hiện Công điện này", True),
    # an earlier instruction recalled is no assignment (Công điện 190/CĐ-TTg, 3.a)
    ("Công điện 190 giao Phó Thủ tướng nào chỉ đạo?",
     "theo chỉ đạo của Phó Thủ tướng Hồ Đức Phớc tại văn bản số 3642/VPCP-KTTH", False),
])
def test_an_office_assigned_is_named_where_it_is_assigned(question, sentence, named):
    from assistant.quotes import _office_holder
    assert _office_holder(question)(sentence) is named


def test_two_bodies_asked_are_each_quoted_from_their_labelled_lines():
    # Quyết định 807/QĐ-UBND (Ninh Bình), Điều 1: the plan's items label who appraises and who approves
    text = ("- Xác định các nhiệm vụ, trình tự, trách nhiệm của các cơ quan, đơn vị có liên quan và tiến độ triển khai "
            "lập, thẩm định và phê duyệt lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045.\n"
            "5. Cơ quan thẩm định: Sở Xây dựng.\n6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.")
    quoted, draft = _amounts("Cơ quan nào thẩm định chương trình đó, và ai phê duyệt?",
                             [_hit("807", text, "c1")])
    assert quoted
    quotes = [c.quote for c in draft.citations]
    assert any("Sở Xây dựng" in q for q in quotes) and any("Ủy ban nhân dân tỉnh" in q for q in quotes)


@pytest.mark.parametrize("sentence, lead", [
    # Công văn 706/UBND-VP7 Ninh Bình: the province assigns, the military command leads; the document it received
    # names no lead
    ("UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với các cơ quan, đơn vị có liên quan nghiên cứu, "
     "triển khai thực hiện", ("Bộ Chỉ huy Quân sự tỉnh", False)),
    ("UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng hướng dẫn về việc tuyển chọn và "
     "gọi công dân nhập ngũ năm 2025.", None),
    # Quyết định 143/QĐ-UBQGNCT, Quy chế Điều 12: the lead after a time and a condition opening the sentence
    ("Trong quá trình thực hiện Quy chế này, nếu có vướng mắc, Bộ Y tế tổng hợp ý kiến, đề xuất nội dung can bổ sung, "
     "sửa đôi trình Chủ tịch Uy ban xem xét, quyết định.", ("Bộ Y tế", False)),
    # Quyết định 2216/QĐ-TTg, Điều 3: reported to the ministry for it to lead the guidance
    ("Trong quá trình thực hiện, trường hợp có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo Bộ Tài chính để chủ trì, "
     "phối hợp với các Bộ, ngành có liên quan hướng dẫn, xử lý", ("Bộ Tài chính", False)),
])
def test_the_lead_is_neither_the_one_assigning_nor_the_one_receiving(sentence, lead):
    assert lead_named(sentence) == lead


def test_a_run_in_list_of_tasks_asked_is_quoted_to_its_end():
    # Quyết định 143/QĐ-UBQGNCT, Quy chế Điều 8: "… thực hiện các nhiệm vụ: tuyên truyền …; tập huấn …; tổ chức các
    # đoàn kiểm tra liên ngành …" (an agency's tasks asked with "những … gì")
    from corpus.loaders import load
    [document] = load(SAMPLES / "chinhphu/143-qd.signed.txt")  # as ingested: its OCR marks restored ("Ủy ban")
    text = document.text[document.text.index("Đơn vị đầu mối có trách nhiệm"):document.text.index("Điều 9.")]
    hits = [_hit("143-qd.signed", text, "c1")]
    draft = _answer("Đơn vị đầu mối giúp việc Ủy ban Quốc gia về người cao tuổi có những nhiệm vụ gì?", hits)
    assert "tổ chức các đoàn kiểm tra liên ngành" in draft.citations[0].quote


def test_a_report_on_profits_states_no_amount_of_money():
    # Công điện 191/CĐ-TTg, item 1: what to report ("doanh thu, lợi nhuận sau thuế …"), no sum
    from assistant.quotes import _states_quantity
    sentence = " ".join(_lines("chinhphu/191-ttg.signed.txt", 34, 45).split())
    assert "lợi nhuận sau thuế" in sentence and not _states_quantity(sentence, "đồng")


@pytest.mark.parametrize("question, sentence", [
    # Nghị quyết 320/NQ-CP, Điều 3: the standing deputy's office
    ("Phó Thủ tướng nào chỉ đạo việc chỉnh lý, hoàn thiện dự án Luật?",
     "Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo Bộ Công an và các bộ, cơ quan liên quan"),
    # Công điện 188/CĐ-TTg, item 6: a three-syllable name followed by the work
    ("Công điện 188 giao Phó Thủ tướng nào tiếp tục chỉ đạo phòng, chống mưa lũ?",
     "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành có liên quan và các địa phương"),
])
def test_the_office_asked_is_read_with_its_holders_name(question, sentence):
    from assistant.quotes import _office_holder
    assert _office_holder(question)(sentence)
    assert not _office_holder(question)("Phó Thủ tướng chỉ đạo các bộ, ngành liên quan")


@pytest.mark.parametrize("name, start, stop, question, said", [
    # Quyết định 2179/QĐ-TTg, Điều 2: a recurrence answers how often, not the first sentence sharing the topic
    ("2179-ttg.signed.txt", "Điều 2. Nhiệm vụ", "b) Trực tiếp",
     "Thành viên Chính phủ phải tổ chức đoàn làm việc với địa phương được phân công bao lâu một lần?", "hàng quý"),
    # Quyết định 143/QĐ-UBQGNCT, Quy chế Điều 9
    ("143-qd.signed.txt", "Điều 9. Chế độ họp", "2. Chủ tịch",
     "Ủy ban Quốc gia về người cao tuổi họp mấy lần một năm?", "01 lần/năm"),
])
def test_how_often_is_answered_with_a_recurrence(name, start, stop, question, said):
    from corpus.loaders import load
    [document] = load(SAMPLES / "chinhphu" / name)
    text = document.text[document.text.index(start):document.text.index(stop)]
    draft = _answer(question, [_hit(name, text, "c1")])
    assert said in draft.citations[0].quote


@pytest.mark.parametrize("question, often", [
    ("Thành viên Chính phủ phải tổ chức đoàn làm việc với địa phương bao lâu một lần?", True),
    ("Ủy ban Quốc gia về người cao tuổi họp mấy lần một năm?", True),
    ("Sản lượng khai thác than tăng gấp bao nhiêu lần?", False),  # a ratio
])
def test_how_often_is_asked(question, often):
    from assistant.quotes import HOW_OFTEN
    assert bool(HOW_OFTEN.search(question)) == often


# Quyết định 08/2000/QĐ-TTg, Điều 1 (evals/devdocs): the brackets of damage, each with its cut
TAX_BRACKETS = (
    "Điều 1. Miễn, giảm thuế thu nhập doanh nghiệp cho các hộ kinh doanh công thương nghiệp và dịch vụ bị thiên tai, "
    "hỏa hoạn, tai nạn bất ngờ làm thiệt hại tài sản, hàng hóa sản xuất, kinh doanh.\n\n"
    "3. Giảm 50% thuế thu nhập doanh nghiệp trong thời hạn 6 tháng, nếu thiệt hại từ 30% đến 60% giá trị tài sản, "
    "hàng hóa sản xuất, kinh doanh.\n\n"
    "4. Giảm 50% thuế thu nhập doanh nghiệp trong thời hạn 3 tháng, nếu thiệt hại dưới 30% giá trị tài sản, hàng hóa "
    "sản xuất, kinh doanh.\n\n"
    "5. Đối với hộ kinh doanh công thương nghiệp và dịch vụ thực hiện đầy đủ chế độ kế toán, nếu xác định được cụ thể "
    "giá trị tài sản, hàng hóa thiệt hại do thiên tai, hỏa hoạn, tai nạn bất ngờ làm kết quả kinh doanh bị lỗ, sẽ "
    "được chuyển lỗ.")


@pytest.mark.parametrize("question, bracket", [
    ("Theo Quyết định 08/2000/QĐ-TTg, hộ kinh doanh bị hỏa hoạn thiệt hại dưới 30% giá trị tài sản được giảm thuế thu "
     "nhập doanh nghiệp thế nào?", "dưới 30%"),
    ("Hộ kinh doanh bị thiên tai thiệt hại từ 30% đến 60% giá trị tài sản được giảm thuế thu nhập doanh nghiệp thế "
     "nào?", "từ 30% đến 60%"),
])
def test_the_bracket_a_question_puts_a_figure_in_is_the_one_quoted(question, bracket):
    draft = _answer(question, [_hit("08_2000_QĐ-TTg", TAX_BRACKETS, "c1")])
    assert bracket in draft.citations[0].quote


@pytest.mark.parametrize("question, path, sentence, cited", [
    # Thông tư liên tịch 122/2008 states no 20% rate: its sentence on withholding for enterprises is another provision
    ("Thông tư liên tịch 122/2008/TTLT-BTC-BQP quy định khấu trừ 20% đối với cá nhân không có mã số thuế như thế nào?",
     DATA / "tax_vbpl/markdown_docs/122_2008_TTLT-BTC-BQP.md", "2.1. Thực hiện khai thuế, khấu trừ thuế, nộp thuế", False),
    # Thông tư liên tịch 123/2008 states it
    ("Thông tư liên tịch 123/2008/TTLT-BTC-BCA quy định khấu trừ 20% đối với cá nhân không có mã số thuế như thế nào?",
     ROOT / "evals/devdocs/123_2008_TTLT-BTC-BCA.md", "- Khấu trừ 20% trên thu nhập", True),
    # no rate stated in the question: nothing to hold
    ("Cá nhân không có mã số thuế bị khấu trừ thuế theo mức nào?",
     DATA / "tax_vbpl/markdown_docs/122_2008_TTLT-BTC-BQP.md", "2.1. Thực hiện khai thuế, khấu trừ thuế, nộp thuế", True),
])
def test_a_rate_the_question_states_must_be_stated_where_the_answer_cites(question, path, sentence, cited):
    from assistant.precision import rates_uncited
    from assistant.draft import hit_sentences
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(sentence))
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": path.stem, "doc_type": "Thông tư liên tịch", "text": line,
                            "start": 0, "end": len(line)}, 1.0)
    draft = Draft([hit])
    start, end, _ = hit_sentences(hit)[0]
    draft.cite(hit, start, end)
    assert rates_uncited(question, draft.citations, draft.hits) is not cited


@pytest.mark.parametrize("question, sentence, back", [
    ("Doanh nghiệp nhà nước hoạt động công ích thuộc Bộ Công an nộp thuế thu nhập doanh nghiệp vào tài khoản nào?",
     "Số tiền thuế thu nhập doanh nghiệp do các doanh nghiệp", True),
    ("Doanh nghiệp nhà nước hoạt động công ích thuộc Bộ Công an nộp thuế thu nhập doanh nghiệp vào tài khoản nào?",
     "2- Hàng quý, các doanh nghiệp Nhà nước hoạt động công ích có trách nhiệm lập tờ khai", False),
])
def test_a_which_question_is_not_answered_by_a_sentence_naming_the_thing_only_as_above(question, sentence, back):
    from assistant.precision import asked_named_back
    from assistant.draft import hit_sentences
    path = ROOT / "evals/devdocs/89_2001_TTLT.md"
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(sentence))
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": path.stem, "doc_type": "Thông tư liên tịch", "text": line,
                            "start": 0, "end": len(line)}, 1.0)
    draft = Draft([hit])
    start, end, _ = next(s for s in hit_sentences(hit) if "tài khoản" in s[2])
    draft.cite(hit, start, end)
    assert asked_named_back(question, draft.citations) is back


def _cited(relative: str, first: int, last: int) -> Draft:
    """A draft citing lines first..last of a bundled document, whole."""
    text = " ".join(_lines(relative, first, last).split())
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "537-tb.signed", "doc_type": "Thông báo", "text": text,
                            "start": 0, "end": len(text)}, 1.0)
    draft = Draft([hit])
    draft.cite(hit, 0, len(text))
    return draft


@pytest.mark.parametrize("question, lines, uncited", [
    # Thông báo 537: the Deputy Prime Minister chairs the meeting; Bộ Y tế leads nothing in that sentence
    ("Những văn bản nào giao Bộ Y tế chủ trì nhiệm vụ liên quan đến Bệnh viện Bạch Mai?", (25, 28), True),
    # "a) Bộ Y tế chủ trì, phối hợp chặt chẽ với các bộ, cơ quan liên quan:" names it as the one leading
    ("Những văn bản nào giao Bộ Y tế chủ trì nhiệm vụ liên quan đến Bệnh viện Bạch Mai?", (72, 72), False),
    # whether it leads is asked, not what it leads: the answer may name another lead
    ("Bộ Y tế chủ trì hay phối hợp việc họp về Bệnh viện Bạch Mai?", (25, 28), False),
])
def test_what_an_agency_is_assigned_to_lead_is_answered_by_a_task_it_leads(question, lines, uncited):
    from assistant.precision import lead_asked_uncited
    draft = _cited("chinhphu/537-tb.signed.txt", *lines)
    assert lead_asked_uncited(question, classify(question), draft.citations, draft.obligations) is uncited


def test_an_item_whose_record_has_the_agency_lead_shows_a_task_it_leads():
    # Chỉ thị 30/CT-TTg, "2. Bộ trưởng Bộ Công Thương / … / - Chủ trì, phối hợp với các bộ, ngành, địa phương liên quan
    # tổ chức kiểm tra …": the item names its lead only in the heading, which the record read at ingest carries
    from dataclasses import replace as with_fields
    from assistant.precision import lead_asked_uncited
    from corpus.records import Obligation
    text = " ".join(_lines("chinhphu/30-ttg.signed.txt", 119, 122).split())
    assert text.startswith("- Chủ trì, phối hợp với các bộ, ngành")
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "30-ttg.signed", "doc_type": "Chỉ thị", "text": text,
                            "start": 0, "end": len(text)}, 1.0)
    question = ("Văn bản nào giao Bộ Công Thương chủ trì tổ chức kiểm tra hoạt động chế biến và cung cấp than cho sản "
                "xuất điện?")
    draft = Draft([hit])
    draft.cite(hit, 0, len(text))
    # the quote alone names no lead
    assert lead_asked_uncited(question, classify(question), draft.citations, draft.obligations, [hit]) is True
    recorded = with_fields(hit, obligations=(Obligation("30-ttg.signed", "c1", text[2:], ("Bộ Công Thương",)),))
    assert lead_asked_uncited(question, classify(question), draft.citations, draft.obligations, [recorded]) is False
    # the record of another agency's task says nothing of what the one asked leads
    other = with_fields(hit, obligations=(Obligation("30-ttg.signed", "c1", text[2:], ("Bộ Tài chính",)),))
    assert lead_asked_uncited(question, classify(question), draft.citations, draft.obligations, [other]) is True


def test_a_document_pointing_at_itself_is_named_by_the_citation():
    # Quyết định 143/QĐ-UBQGNCT, Điều 1: "Ban hành kèm theo Quyết định này …" answers "kèm theo quyết định nào?"
    from assistant.precision import asked_named_back
    draft = _cited("chinhphu/143-qd.signed.txt", 30, 31)
    assert not asked_named_back("Quy chế hoạt động của Ủy ban Quốc gia về người cao tuổi Việt Nam được ban hành kèm "
                                 "theo quyết định nào?", draft.citations)


@pytest.mark.parametrize("question, one_side", [
    ("Bộ Công an làm gì trong công điện vụ cháy phố Kim Hoa và trong Nghị quyết 320 về Luật Công nghiệp quốc phòng, "
     "an ninh?", True),
    ("Việc quản lý chuyển nhượng bất động sản để chống thất thu thuế TNCN được giao cho ai theo Chỉ thị 22/2008 của "
     "Thủ tướng và theo Chỉ thị 01/2009 của Kon Tum?", True),
    # one document asked: citing it alone is the whole answer
    ("Những văn bản nào giao Bộ Y tế chủ trì nhiệm vụ liên quan đến Bệnh viện Bạch Mai?", False),
])
def test_two_documents_asked_side_by_side_are_not_answered_by_one(question, one_side):
    from assistant.answering import _one_side_cited
    assert _one_side_cited(question, _cited("chinhphu/537-tb.signed.txt", 72, 72)) is one_side


@pytest.mark.parametrize("question, answered", [
    # Thông tư liên tịch 123/2008, Mục III.1.2: the tax authority ("Cơ quan thuế", a doer the reader does not name)
    # provides the withholding vouchers; Công an các tỉnh collects the tax: not the task asked
    ("Theo Thông tư liên tịch 123/2008, cơ quan nào có trách nhiệm cung cấp chứng từ khấu trừ thuế thu nhập cá nhân "
     "cho đơn vị trả thu nhập?", False),
    ("Theo Thông tư liên tịch 123/2008, cơ quan nào trực tiếp thu và tổng hợp số thuế thu nhập cá nhân của các đơn vị "
     "trực thuộc?", True),
])
def test_a_who_sentence_outdone_by_one_stating_the_task_asked_is_no_answer(question, answered):
    lines = (ROOT / "evals/devdocs/123_2008_TTLT-BTC-BCA.md").read_text(encoding="utf-8").splitlines()
    text = "\n\n".join((lines[153], lines[165]))
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "123_2008_TTLT-BTC-BCA", "doc_type": "Thông tư liên tịch",
                            "text": text, "start": 0, "end": len(text)}, 1.0)
    intent = classify(question)
    draft = Draft([hit])
    assert compose_passages(draft, intent, content_words(question), question) is answered
    if answered:
        assert "Công an các tỉnh" in "\n".join(draft.lines)
# Nghị định 14/2016/NĐ-CP (76/VBHN-BQP), Điều 17, khoản 3: whose budget pays is said by the list's introduction
BUDGETS = ("3. Ngân sách địa phương chi cho các nhiệm vụ sau:\na) Chi tổ chức tuyên chọn và gọi binh sĩ dự bị hang hai "
           "tập trung huấn luyện;\n\nb) Chi trả trợ cấp gia đình binh sĩ dự bị hạng hai trong thời gian tập trung\n"
           "huấn luyện;")


def test_a_list_item_is_quoted_from_the_sentence_introducing_its_list():
    hits = [_hit("76-vbhn-bqp", BUDGETS, "c1")]
    draft = _answer("Theo Nghị định 14/2016/NĐ-CP, khoản chi trả trợ cấp gia đình binh sĩ dự bị hạng hai trong thời "
                    "gian tập trung huấn luyện do ngân sách nào chi?", hits)
    quote = " ".join(draft.citations[0].quote.split())
    assert quote.startswith("Ngân sách địa phương chi cho các nhiệm vụ sau:") and quote.endswith("huấn luyện;")


def test_an_item_whose_introduction_is_not_in_the_passage_is_quoted_alone():
    item = "b) Chi trả trợ cấp gia đình binh sĩ dự bị hạng hai trong thời gian tập trung huấn luyện;"
    draft = _answer("Chi trả trợ cấp gia đình binh sĩ dự bị hạng hai trong thời gian tập trung huấn luyện là gì?",
                    [_hit("76-vbhn-bqp", item, "c1")])
    assert draft.citations[0].quote == item


def test_the_two_spellings_of_a_closing_i_are_one_word():
    # Nghị định 14/2016/NĐ-CP, Điều 14: the clause on women soldiers spells "sỹ"
    hits = [_hit("76-vbhn-bqp", "1. Nam binh sĩ dự bị hạng hai đến hết 35 tuổi; nữ binh sỹ dự bị hạng hai\nđến hết 30 "
                 "tuổi.", "c1")]
    draft = _answer("Nữ binh sĩ dự bị hạng hai được gọi huấn luyện đến bao nhiêu tuổi?", hits)
    assert "30 tuổi" in draft.citations[0].quote


@pytest.mark.parametrize("question, sentence, answers", [
    # the Bộ Giáo dục và Đào tạo draft Thông tư on thi năng lực ngoại ngữ (evals/devdocs), Điều 6 and Điều 2
    ("Đơn vị liên kết tổ chức thi có được cấp chứng chỉ không?", "Đơn vị liên kết không được cấp chứng chỉ.", True),
    ("Đơn vị liên kết tổ chức thi có được cấp chứng chỉ không?",
     "Đơn vị tổ chức thi đánh giá năng lực tiếng Việt là các cơ sở giáo dục đại học … thực hiện tổ chức thi và cấp "
     "chứng chỉ tiếng Việt theo khung năng lực tiếng Việt dùng cho người nước ngoài.", False),
    ("Các đơn vị có được phép tiếp tục tổ chức thi hay không?",
     "Các đơn vị đang thực hiện tổ chức thi … được phép tiếp tục tô chức thi và cấp chứng chỉ cho đến hết ngày "
     "31/12/2026.", True),
])
def test_whether_something_is_allowed_is_answered_by_a_sentence_saying_it_is_or_is_not(question, sentence, answers):
    asked = PERMISSION_ASKED.search(question)
    assert asked and _permits(asked["act"])(sentence) == answers


def test_a_question_asking_no_permission_reads_none():
    assert PERMISSION_ASKED.search("Đơn vị tổ chức thi có trách nhiệm gì?") is None


@pytest.mark.parametrize("question, length", [
    # the Bộ Giáo dục và Đào tạo draft Thông tư (evals/devdocs), Điều 5: "… trước ngày tổ chức thi tối thiểu 30 ngày"
    ("Đơn vị tổ chức thi phải công khai đề án tổ chức thi trước ngày thi tối thiểu bao nhiêu ngày?", True),
    ("Văn phòng đại diện phải thông báo trong thời hạn bao lâu?", True),
    ("Thông báo hoạt động phải gửi trong mấy ngày?", True),
    # a date, or a count with no limit word: not a length asked this way
    ("Hạn nộp báo cáo là ngày bao nhiêu?", False),
    ("Ủy ban Chứng khoán Nhà nước phải cấp Giấy chứng nhận trong thời hạn bao nhiêu ngày?", False),
    # Thông tư 82/2006/TT-BTC (evals/devdocs), II.2: how many years an exemption lasts
    ("Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn thuộc Danh mục B được miễn thuế thu nhập doanh nghiệp bao "
     "nhiêu năm, kể từ khi nào?", True),
    ("Doanh nghiệp phải nộp hồ sơ trong thời hạn bao nhiêu tháng?", False),  # a time limit, read as "when"
])
def test_a_count_of_days_bounded_by_a_limit_word_asks_a_length(question, length):
    assert bool(DURATION_ASKED.search(question)) == length


@pytest.mark.parametrize("question, sentence, carried", [
    # Thông tư 97/2020/TT-BTC (39/VBHN-BTC, Điều 20, khoản 6 and 7): the act asked, and another act of its subject
    ("Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành quy trình nghiệp vụ, thiết lập hệ thống "
     "quản trị rủi ro trong thời hạn nào?",
     "Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành các quy trình nghiệp vụ, thiết lập và vận "
     "hành hệ thống quản trị rủi ro theo hướng dẫn của Ủy ban Chứng khoán Nhà nước", True),
    ("Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành quy trình nghiệp vụ, thiết lập hệ thống "
     "quản trị rủi ro trong thời hạn nào?",
     "Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam có trách nhiệm hằng năm tô chức dao tạo, tập huân cho "
     "nhân viên, bảo đảm đội ngũ nhân viên được cập nhật kỹ năng, chuyên môn, nghiệp vụ, kiến thức về pháp luật.",
     False),
    # the same act read by OCR without its marks ("tuyên dụng" for "tuyển dụng", Điều 10)
    ("Văn phòng đại diện phải thông báo cho Ủy ban Chứng khoán Nhà nước về việc tuyển dụng người lao động nước ngoài "
     "trong thời hạn bao lâu?",
     "Trong thời han 30 ngày ké từ ngày tuyên dụng người lao động nước ngoài làm việc tại văn phòng đại diện, công ty "
     "mẹ hoặc văn phòng đại diện phải thông báo cho Uy ban Chứng khoán Nhà nước", True),
    # Thông tư 10/2009/TT-BTC: the same object (thuế khấu trừ, đại lý) with another verb is another act
    ("Cơ sở giao đại lý phải cấp chứng từ khấu trừ thuế cho cá nhân làm đại lý bảo hiểm trong thời hạn nào?",
     "Hàng tháng căn cứ vào số thuế thu nhập cá nhân đã khấu trừ, cơ sở giao đại lý khai thuế theo mẫu số 01/KK-BH "
     "ban hành kèm theo Thông tư này và nộp tờ khai cho cơ quan thuế quản lý cơ sở giao đại lý.", False),
    ("Cơ sở giao đại lý phải cấp chứng từ khấu trừ thuế cho cá nhân làm đại lý bảo hiểm trong thời hạn nào?",
     "Cơ sở giao đại lý đã khấu trừ thuế theo hướng dẫn trên phải cấp chứng từ khấu trừ thuế theo yêu cầu của cá "
     "nhân làm đại lý để đại lý có căn cứ quyết toán thuế hoặc hoàn thuế.", True),
    ("Khi nào Thông tư có hiệu lực?", "Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.", True),  # no act
])
def test_a_time_is_read_only_from_a_sentence_carrying_the_act_asked(question, sentence, carried):
    from assistant.quotes import carries_act
    assert carries_act(question)(normalize(sentence)) is carried


def _devdocs_between(name: str, first: str, last: str) -> str:
    """The text of a development document from the line that opens with `first` to the end of the one holding `last`."""
    text = normalize((ROOT / "evals" / "devdocs" / name).read_text(encoding="utf-8"))
    start = text.index(first)
    end = text.index("\n", text.index(last, start))
    return text[start:end]


def test_a_partys_duties_are_read_from_the_list_introduced_with_it():
    # Thông tư 49/2025/TT-BKHCN: Điều 9 states one duty of the auditor; Điều 14 lists its duties, then the audited
    # body's ("2. Tổ chức được kiểm toán kỹ thuật có trách nhiệm:"), which are not the auditor's
    hits = [_hit("19-bkhcn", _devdocs_between("19-bkhcn.txt", "Điều 9. Chuẩn bị", "Các thông tin này bao gồm:"), "c1"),
            _hit("19-bkhcn", _devdocs_between("19-bkhcn.txt", "1. Tổ chức kiểm toán kỹ thuật có trách nhiệm:", "b) Bảo đảm tính liên tục"), "c2")]
    draft = _answer("Theo Thông tư 49/2025/TT-BKHCN, tổ chức kiểm toán kỹ thuật có trách nhiệm gì?", hits)
    text = " ".join(draft.lines)
    assert "Đảm bảo quy trình kiểm toán kỹ thuật tuân thủ" in text
    assert "thu thập thông tin" not in text and "gửi kết quả kiểm toán" not in text


def test_a_partys_duties_are_read_under_the_article_titled_with_them():
    # Nghị định 258/2025/NĐ-CP, Điều 46; the passage before it under the same heading path is the tail of Điều 47,
    # whose closing clause answers for the decree and states no duty of citizens
    titled = ("Chương V. TỔ CHỨC THỰC HIỆN", "Điều 46. Trách nhiệm của công dân, cộng đồng")
    hits = [Hit.from_payload({"chunk_id": "c1", "doc_id": "258-cp.signed", "doc_type": "Nghị định", "start": 0,
                              "end": 80, "text": _devdocs_between("258-cp.signed.txt", "ương và tổ chức, cá nhân có liên quan chịu", "thi hành Nghị định này."), "heading_path": titled},
                             1.0),
            Hit.from_payload({"chunk_id": "c2", "doc_id": "258-cp.signed", "doc_type": "Nghị định", "start": 100,
                              "end": 1000, "text": _devdocs_between("258-cp.signed.txt", "Điều 46. Trách nhiệm của công dân", "3. Tạo điều kiện"), "heading_path": titled},
                             1.0)]
    draft = _answer("Nghị định 258/2025/NĐ-CP quy định công dân, cộng đồng có trách nhiệm gì đối với công viên, "
                    "cây xanh, mặt nước?", hits)
    assert "Tham gia đóng góp, phản biện, giám sát" in draft.lines[0]


def test_the_party_asked_is_told_from_a_similar_one():
    # dự thảo Thông tư, Bộ GDĐT 2025: the titles of Điều 6 and Điều 5, and the subject of Điều 7, khoản 2
    from assistant.quotes import _party_share, duty_party
    party = duty_party("Đơn vị liên kết tổ chức thi có trách nhiệm gì theo dự thảo Thông tư về thi đánh giá năng lực "
                       "ngoại ngữ?")
    assert _party_share(party, "đơn vị liên kết tổ chức thi") > _party_share(party, "đơn vị tổ chức thi") > 0
    assert _party_share(party, "Đơn vị thuộc Bộ Giáo dục và Đào tạo được giao nhiệm vụ") == 0


# dự thảo Thông tư về thi đánh giá năng lực ngoại ngữ (Bộ GDĐT 2025, evals/devdocs): Điều 5 and Điều 6
DUTIES_5 = ("Điều 5. Trách nhiệm của đơn vị tổ chức thi",)
DUTIES_6 = ("Điều 6. Trách nhiệm đơn vị liên kết tổ chức thi",)
ASKED_5 = ("Theo dự thảo Thông tư về tổ chức thi đánh giá năng lực ngoại ngữ và năng lực tiếng Việt, đơn vị tổ chức "
           "thi có trách nhiệm gì?")
ASKED_6 = "Đơn vị liên kết tổ chức thi có trách nhiệm gì theo dự thảo Thông tư về thi đánh giá năng lực ngoại ngữ?"


@pytest.mark.parametrize("question, path, text, titled", [
    # the article titled with the duties of the party asked, in the passage's heading path or on a line of its text
    (ASKED_5, DUTIES_5, "1. Xây dựng đề án tổ chức thi", True),
    (ASKED_5, ("Điều 4. Tiêu chuẩn đơn vị tỗ chức thi",), "Điều 5. Trách nhiệm của đơn vị tổ chức thi\n\n1. Xây "
     "dựng đề án tổ chức thi", True),
    (ASKED_6, DUTIES_6, "1. Đơn vị liên kết tô chức thi phải bảo đảm về cơ sở vật chat", True),
    # another party's article, however like it is named
    (ASKED_6, DUTIES_5, "1. Xây dựng đề án tổ chức thi", False),
    (ASKED_5, DUTIES_6, "1. Đơn vị liên kết tô chức thi phải bảo đảm về cơ sở vật chat", False),
    # no article titled with duties; no duties asked
    (ASKED_5, ("Điều 4. Tiêu chuẩn đơn vị tỗ chức thi",), "Don vị tô chức thi đánh giá năng lực ngoại ngữ, đơn vị tổ "
     "chức thi đánh giá", False),
    ("Ai ký dự thảo Thông tư về thi đánh giá năng lực ngoại ngữ?", DUTIES_5, "1. Xây dựng đề án tổ chức thi", False),
])
def test_the_article_titled_with_the_duties_of_the_party_asked_is_told_among_the_passages(question, path, text,
                                                                                          titled):
    # (answering skips its search for "Trách nhiệm của <party>" when the first passages found hold that article)
    from assistant.quotes import duties_titled, duty_party
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "du-thao", "start": 0, "end": len(text), "text": text,
                            "heading_path": path}, 1.0)
    assert duties_titled(duty_party(question), [hit]) is titled


@pytest.mark.parametrize("question, party", [
    ("Theo dự thảo Thông tư về tổ chức thi đánh giá năng lực ngoại ngữ và năng lực tiếng Việt, đơn vị tổ chức thi có "
     "trách nhiệm gì?", "đơn vị tổ chức thi"),
    ("Hội đồng thi có nhiệm vụ gì?", "Hội đồng thi"),
    ("Ai ký Thông tư 100/2004/TT-BTC?", ""),
])
def test_the_party_whose_duties_are_asked_as_written(question, party):
    from assistant.quotes import duty_party_named
    assert duty_party_named(question) == party


# Thông tư 27/2009/TT-BTC and 82/2006/TT-BTC (evals/devdocs): a period stated as a span of days, and one counted from
# an event, answer "when" though no rule reads a time due in them
def test_a_period_stated_as_a_span_of_days_answers_when():
    text = ("**Điều 2. Giãn thời hạn nộp thuế:**\n\n1. Thời gian được giãn nộp thuế: từ ngày 01/01/2009 đến hết ngày "
            "31/5/2009.\n\n2. Xác định số thuế giãn nộp:")
    draft = _answer("Theo Thông tư 27/2009/TT-BTC, thời gian được giãn nộp thuế là từ ngày nào đến ngày nào?",
                    [_hit("27_2009_TT-BTC", text, "c1")])
    assert "đến hết ngày 31/5/2009" in draft.citations[0].quote


def test_the_event_a_period_is_counted_from_answers_since_when():
    text = ("c) Được miễn thuế 04 năm và giảm 50% số thuế phải nộp trong 07 năm tiếp theo nếu dự án đầu tư thực hiện tại "
            "địa bàn thuộc Danh mục C.\n\nThời gian miễn thuế, giảm thuế được tính từ năm dự án đầu tư hoàn thành bắt "
            "đầu đưa vào hoạt động.")
    draft = _answer("Thời gian miễn thuế, giảm thuế cho dự án đầu tư mở rộng được tính từ khi nào?",
                    [_hit("82_2006_TT-BTC", text, "c1")])
    assert "được tính từ năm dự án đầu tư hoàn thành" in draft.citations[0].quote


def test_a_recurrence_asked_is_read_with_the_clause_naming_the_act():
    # Thông tư 27/2009/TT-BTC, Điều 2.3.1: the time opens the clause after the ";", the act's doer is before it
    text = ("3.1. Đối với các khoản thu nhập phải khấu trừ thuế: tổ chức, cá nhân trả các khoản thu nhập phải khấu trừ "
            "thuế thu nhập cá nhân cho các đối tượng được giãn nộp thuế, khi trả thu nhập vẫn tính số thuế phải khấu "
            "trừ và thông báo cho cá nhân nhận thu nhập biết số thuế khấu trừ được tạm giãn nộp; hàng tháng vẫn phải "
            "lập tờ khai số thuế đã khấu trừ theo quy định hiện hành và nộp tờ khai cho cơ quan thuế.\n\n"
            "d) Đối với cá nhân nhận đại lý bán hàng hoá hưởng hoa hồng: số thuế thu nhập cá nhân được giãn nộp là số "
            "thuế đơn vị chi trả hoa hồng tạm khấu trừ hàng tháng.")
    draft = _answer("Tổ chức trả thu nhập cho đối tượng được giãn nộp thuế lập tờ khai số thuế đã khấu trừ theo định kỳ "
                    "nào?", [_hit("27_2009_TT-BTC", text, "c1")])
    assert "hàng tháng vẫn phải lập tờ khai" in draft.citations[0].quote


def test_a_length_in_a_list_item_is_read_with_its_introduction():
    # 39/VBHN-BTC (Thông tư 97/2020/TT-BTC), Điều 21.3: the item names the report, the introduction the time limit
    text = ("3. Thời hạn nộp các báo cáo:\n\na) Đối với báo cáo tháng: Trong thời han 05 ngày làm việc kể từ ngày kết "
            "thúc tháng;\n\nb) Đối với báo cáo quý: Trong thời hạn 20 ngày kể từ ngày kết thúc quý;")
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "39-vbhn-btc", "doc_type": "Thông tư", "text": text,
                            "start": 0, "end": len(text),
                            "heading_path": ["Điều 21. Chế độ báo cáo của chi nhánh công ty chứng khoán nước ngoài"]},
                           1.0)
    draft = _answer("Chi nhánh công ty chứng khoán nước ngoài nộp báo cáo tháng trong thời hạn bao lâu?", [hit])
    assert "05 ngày làm việc" in draft.citations[0].quote and "Thời hạn nộp các báo cáo" in draft.citations[0].quote


def test_a_length_counted_from_an_event_answers_the_time_limit_of_its_act():
    # Thông tư 134/2008/TT-BTC (evals/devdocs), Phần B, III.1: "kể từ khi ký hợp đồng", not "kể từ ngày …"
    text = ("1. Bên Việt Nam có trách nhiệm đăng ký thuế với cơ quan thuế để thực hiện nộp thay thuế cho Nhà thầu nước "
            "ngoài, Nhà thầu phụ nước ngoài trong phạm vi 20 ngày làm việc kể từ khi ký hợp đồng.")
    draft = _answer("Bên Việt Nam phải đăng ký thuế với cơ quan thuế để nộp thay thuế cho Nhà thầu nước ngoài trong "
                    "thời hạn nào?", [_hit("134_2008_TT-BTC", text, "c1")])
    assert "20 ngày làm việc kể từ khi ký hợp đồng" in draft.citations[0].quote


@pytest.mark.parametrize("question, limit", [
    ("Bên Việt Nam phải đăng ký thuế với cơ quan thuế trong thời hạn nào?", True),
    ("Cơ quan thuế phải ra quyết định hoàn thuế chậm nhất khi nào?", True),
    # Thông tư 134/2008/TT-BTC, Phần B, II.1 (ii): a threshold the period must reach, not a time limit
    ("Thời hạn kinh doanh tại Việt Nam theo hợp đồng nhà thầu phải từ bao nhiêu ngày để nộp thuế theo phương pháp "
     "khấu trừ?", False),
])
def test_a_time_limit_is_asked(question, limit):
    from assistant.quotes import LIMIT_ASKED
    assert bool(LIMIT_ASKED.search(question)) is limit


@pytest.mark.parametrize("question, sentence, states", [
    # Nghị quyết 320/NQ-CP (bundled), Điều 2: the same law and ministry, another act than "trình"
    ("Khi nào Bộ Công an phải trình Quốc hội dự án Luật sửa đổi Luật Công nghiệp quốc phòng, an ninh và động viên công "
     "nghiệp?", "Bộ Công an chịu trách nhiệm về nội dung tiếp thu, hoàn thiện dự án Luật sửa đổi, bổ sung một số điều "
     "của Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp", False),
    # Nghị định 13/2016/NĐ-CP (75/VBHN-BQP): "chỉ đạo" leads the act, "tổ chức" is it
    ("Bộ Y tế phải chỉ đạo tổ chức khám, kiểm tra sức khỏe cho công dân sẵn sàng nhập ngũ trong thời hạn nào?",
     "tổ chức khám, kiểm tra sức khỏe cho công dân san sàng nhập ngũ", True),
    # Thông tư 205/2009/TT-BTC, Điều 2.2
    ("Cơ sở kinh doanh phải gửi hồ sơ hoàn thuế GTGT đến cơ quan thuế trong thời hạn nào?",
     "- Cơ sở kinh doanh lập và gửi hồ sơ hoàn thuế GTGT đến cơ quan thuế, trong hồ sơ chưa có chứng từ nộp thuế GTGT "
     "khâu nhập khẩu.", True),
    ("Cơ sở kinh doanh phải gửi hồ sơ hoàn thuế GTGT đến cơ quan thuế trong thời hạn nào?",
     "- Trong vòng ba ngày làm việc kể từ khi nhận được chứng từ nộp thuế GTGT hàng nhập khẩu, cơ quan thuế có trách "
     "nhiệm kiểm tra đối chiếu chứng từ nộp thuế … và ra quyết định hoàn thuế.", False),
])
def test_the_act_asked_is_stated_by_its_verb(question, sentence, states):
    from assistant.quotes import states_act_verb
    assert states_act_verb(question)(sentence) is states


def test_an_act_given_no_time_is_read_past_another_acts_time():
    # Thông tư 205/2009/TT-BTC, Điều 2.2: the best sentence is the tax office's 15-day notice, another act; the act
    # asked (sending the file) is stated with no time
    text = ("- Cơ sở kinh doanh lập và gửi hồ sơ hoàn thuế GTGT đến cơ quan thuế, trong hồ sơ chưa có chứng từ nộp thuế "
            "GTGT khâu nhập khẩu.\n\n- Cơ quan thuế có trách nhiệm tiếp nhận, xem xét, kiểm tra hồ sơ đề nghị hoàn thuế "
            "của cơ sở kinh doanh theo đúng quy trình hoàn thuế GTGT. Trong thời gian tối đa mười lăm ngày kể từ ngày "
            "nhận đủ hồ sơ, cơ quan thuế thông báo cho cơ sở kinh doanh biết kết quả kiểm tra xác định hồ sơ hoàn thuế "
            "GTGT đã đủ điều kiện hoàn và yêu cầu doanh nghiệp nộp chứng từ nộp thuế GTGT khâu nhập khẩu.")
    draft = _answer("Cơ sở kinh doanh phải gửi hồ sơ hoàn thuế GTGT đến cơ quan thuế trong thời hạn nào?",
                    [_hit("205_2009_TT-BTC", text, "c1")])
    assert "không nêu thời hạn" in draft.lines[0] and "lập và gửi hồ sơ" in draft.citations[0].quote


def test_an_office_holder_asked_with_a_task_verb_is_quoted_not_a_ministry_doing_the_like():
    # questions_x xc11 (Công điện 196/CĐ-TTg): "Phó Thủ tướng nào theo dõi, đôn đốc …?" reads as a lead question; the
    # ministry's item "Chỉ đạo, đôn đốc ngành Giáo dục …" shares its verb but names no Phó Thủ tướng; item 5 does
    hits = [_hit("196cd.signed", _lines("chinhphu/196cd.signed.txt", 67, 72), "c1"),
            _hit("196cd.signed", _lines("chinhphu/196cd.signed.txt", 89, 90), "c2")]
    draft = _answer("Phó Thủ tướng nào theo dõi, đôn đốc thực hiện công điện này?", hits)
    assert "Lê Thành Long" in draft.citations[0].quote


@pytest.mark.parametrize("question, label_line, answers", [
    # Quyết định 807/QĐ-UBND (Ninh Bình), Điều 1: the plan labels each role on a line of its own
    ("Cơ quan nào phê duyệt?", "6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.", True),
    ("Quyết định 807 giao cơ quan nào tổ chức lập Chương trình?", "3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố "
     "Tam Điệp.", True),
    ("Cơ quan nào thẩm định?", "6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.", False),  # another role's label
    ("Cơ quan nào thẩm định?", "- Trình Sở Xây dựng thẩm định Chương trình;", False),  # a step, no label
    ("Ai chủ trì nhiệm vụ này?", "5. Cơ quan thẩm định: Sở Xây dựng.", False),  # no labelled role asked
    # the label named first, its body asked after it (questions_pa pa62, typed without marks and restored)
    ("QĐ 807 cơ quan thẩm định chương trình phát triển đô thị Tam Điệp là ai", "5. Cơ quan thẩm định: Sở Xây dựng.",
     True),
    ("Cơ quan phê duyệt Chương trình phát triển đô thị Tam Điệp là cơ quan nào?",
     "6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.", True),
    ("Cơ quan ban hành Quyết định 807 là ai?", "Cơ quan ban hành: Ủy ban nhân dân tỉnh.", False),  # the issuer
    # the body checked in a yes-or-no question (questions_qe qe38): the label line confirms or corrects it
    ("Quyết định 807 của Ninh Bình: cơ quan thẩm định chương trình phát triển đô thị Tam Điệp là Sở Xây dựng phải "
     "không?", "5. Cơ quan thẩm định: Sở Xây dựng.", True),
    ("Cơ quan phê duyệt chương trình là Ủy ban nhân dân thành phố Tam Điệp đúng không?",
     "6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.", True),
    ("Cơ quan ban hành Quyết định 807 là Ủy ban nhân dân tỉnh phải không?", "Cơ quan ban hành: Ủy ban nhân dân tỉnh.",
     False),  # the issuer, a head slot
])
def test_a_role_asked_is_read_from_its_label_line(question, label_line, answers):
    from corpus.vn import role_label
    label = role_label(question)
    assert bool(label and label.search(label_line)) is answers


@pytest.mark.parametrize("sentence, names", [
    # Công điện 196/CĐ-TTg, 1.a, and 193/CĐ-TTg, 2: where the report goes, or where problems are raised
    ("Tổng hợp báo cáo thiệt hại và nhu cầu hỗ trợ bổ sung sách vở, thiết bị giảng day cho dau năm học 2025-2026 gửi về "
     "Bộ Giáo dục và Đào tạo trước 15h00 ngày 14 tháng 10 năm 2025;", True),
    ("nếu có khó khăn vướng mắc, kịp thời phản ánh về Bộ Tài chính (là Cơ quan thường trực Ban chỉ đạo 751) dé được "
     "hướng dẫn.", True),
    # Thông tư 100/2004/TT-BTC, Mục V: an adverb between the verb and "về"
    ("Trong quá trình thực hiện nếu có vướng mắc đề nghị các đơn vị phản ánh kịp thời về Bộ Tài chính để nghiên cứu giải "
     "quyết.", True),
    # 196/CĐ-TTg, 2.b: the ministry gathers the provinces' reports; it is the doer, nothing is sent to it
    ("b) Làm đầu mối tổng hợp báo cáo thiệt hại từ các tỉnh, thành phố; bổ sung thông tin, số liệu về thiệt hại của các "
     "cơ sở giáo dục và đào tạo trực thuộc (nếu có), hoàn thiện báo cáo tổng thê thiệt hại do Bão số 11 gây ra đối với "
     "ngành Giáo dục, trình Thủ tướng Chính phủ trước 15h00 ngày 15 tháng 10 năm 2025.", False),
])
def test_a_destination_is_an_agency_named_after_the_sending_verb(sentence, names):
    from assistant.quotes import _names_destination
    assert any(_names_destination(sentence, verb) for verb in ("gửi", "phản ánh")) is names


def test_a_file_lodged_at_an_agency_names_its_destination():
    # a sentence of the bundled tax texts: "nộp hồ sơ tại Chi cục Thuế"; "nộp" with another preposition names none
    from assistant.quotes import _names_destination
    assert _names_destination("3.4. Các cá nhân có các khoản thu nhập chịu thuế khác nộp hồ sơ tại Chi cục Thuế nơi cá "
                              "nhân cư trú.", "nộp")
    assert not _names_destination("Chuyên gia nước ngoài được miễn thuế thu nhập cá nhân đối với thu nhập từ việc thực "
                                  "hiện chương trình, dự án viện trợ PCP tại Việt Nam.", "nộp")


@pytest.mark.parametrize("question, asks", [
    ("Công điện 196 yêu cầu các tỉnh gửi báo cáo thiệt hại về đâu?", True),
    ("Nếu có khó khăn, vướng mắc thì phản ánh về đâu?", True),
    ("Kinh phí hoạt động lấy từ đâu?", False),
    # devdocs ob34 (Thông tư 55/2007/TT-BTC): where a file is lodged
    ("Chuyên gia nước ngoài làm dự án viện trợ phi chính phủ nộp hồ sơ miễn thuế TNCN ở đâu theo TT 55/2007?", True),
    ("Tổ thường trực giúp việc Ban Chỉ đạo cấp tỉnh đặt ở đâu?", False),
])
def test_where_something_is_sent_is_asked(question, asks):
    from corpus.vn import DESTINATION_ASKED
    assert bool(DESTINATION_ASKED.search(question)) is asks


def test_the_sending_verb_asked_is_the_one_before_where():
    # devdocs dt11 (Thông tư 100/2004/TT-BTC): "quá trình" holds no verb "trình"
    from corpus.vn import DESTINATION_ASKED
    asked = DESTINATION_ASKED.search("Trong quá trình thực hiện Thông tư 100/2004/TT-BTC về thuế đối với lĩnh vực chứng "
                                     "khoán, nếu có vướng mắc thì các đơn vị phản ánh về đâu?")
    assert asked.group(1) == "phản ánh"


@pytest.mark.parametrize("task, undone", [
    # Công điện 193/CĐ-TTg, 1.b: Bộ Tài chính lists those who have not finished; the finishing is the others' act
    ("tổng hợp danh sách các Bộ, ngành, địa phương chưa hoàn thành việc rà soát, cập nhật thông tin trên Hệ thống 751 "
     "theo yêu cầu tại Công điện này", True),
    ("Khẩn trương rà soát toàn diện, cập nhật thông tin, hoàn thành dứt điểm trước ngày 14 tháng 10 năm 2025", False),
    ("xử lý các trường hợp không thực hiện đúng quy định", False),  # "không thực hiện": not the act asked
])
def test_a_row_speaking_of_the_act_asked_as_not_done_is_another_act(task, undone):
    from assistant.quotes import speaks_of_undone
    question = ("Công điện 193 yêu cầu các bộ, địa phương hoàn thành dứt điểm việc rà soát các dự án tồn đọng trên Hệ "
                "thống 751 trước ngày nào?")
    assert speaks_of_undone(question, task) is undone


@pytest.mark.parametrize("question, asks", [
    ("Ai chịu trách nhiệm thi hành Quyết định 963 của Ninh Bình?", True),
    ("Những ai chịu trách nhiệm thi hành Nghị quyết 323/NQ-CP?", True),
    ("Quyết định ban hành danh mục văn bản hướng dẫn Luật Đường bộ của Ninh Bình giao những cơ quan nào thi hành?", True),
    ("Nghị định 258/2025/NĐ-CP có hiệu lực thi hành khi nào?", False),
    ("Ai hướng dẫn thi hành Quyết định 41/2002/QĐ-TTg?", False),  # who guides, not who is bound
])
def test_who_is_bound_by_the_closing_clause_is_asked(question, asks):
    from corpus.vn import EXECUTION_ASKED
    assert bool(EXECUTION_ASKED.search(question)) is asks


def test_who_is_bound_is_quoted_from_the_closing_clause_with_all_its_subjects():
    # Nghị quyết 323/NQ-CP, Điều 2 gives Bộ Nội vụ a duty ("Chịu trách nhiệm về việc tiếp thu …"); Điều 3 binds
    hits = [_hit("323nq.signed", "1. Chịu trách nhiệm về việc tiếp thu ý kiến thành viên Chính phủ; thừa ủy quyền Thủ "
                 "tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của Chính phủ gửi Ủy ban Thường vụ Quốc hội.", "c1"),
            _hit("323nq.signed", "Điều 3. Bộ trưởng Bộ Nội vụ và Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan có liên "
                 "quan chịu trách nhiệm thi hành Nghị quyết này./,", "c2")]
    draft = _answer("Những ai chịu trách nhiệm thi hành Nghị quyết 323/NQ-CP?", hits)
    assert "chịu trách nhiệm thi hành Nghị quyết này" in draft.citations[0].quote


@pytest.mark.parametrize("sentence, binds", [
    # Nghị định 124/2008/NĐ-CP, Điều 21: the ministry guides; the closing sentence binds the ministers and chairs
    ("Bộ Tài chính hướng dẫn thi hành Nghị định này.", False),
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, "
     "thành phố trực thuộc Trung ương và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Nghị định này./.", True),
])
def test_the_clause_that_binds_is_not_the_one_that_guides(sentence, binds):
    from corpus.vn import BINDS_TO_EXECUTE
    assert bool(BINDS_TO_EXECUTE.search(sentence)) is binds


@pytest.mark.parametrize("question, due", [
    ("Theo Thông tư 99/2020/TT-BTC, công ty quản lý quỹ phải nộp báo cáo 6 tháng cho Ủy ban Chứng khoán Nhà nước "
     "trong thời hạn bao lâu?", "45 ngày"),
    ("Theo Thông tư 99/2020/TT-BTC, báo cáo năm của công ty quản lý quỹ phải nộp trong thời hạn bao lâu?", "90 ngày"),
])
def test_a_periodic_report_asked_is_answered_by_its_item_with_the_lists_introduction(question, due):
    # hợp nhất 40/VBHN-BTC (evals/devdocs), Điều 29: the 48-hour clause on a report the UBCKNN asks for shares more of
    # the question's words ("công ty quản lý quỹ phải báo cáo Ủy ban …") than "c) Đối với báo cáo 6 tháng: Trong thời
    # hạn 45 ngày …", which says nothing of who files it; the item answers, read with "2. Thời hạn nộp các báo cáo
    # định kỳ … như sau:" and the clause before it
    hits = [_hit("40-vbhn-btc", _devdocs_lines("40-vbhn-btc.txt", 2252, 2256), "c1"),
            _hit("40-vbhn-btc", _devdocs_lines("40-vbhn-btc.txt", 2137, 2174), "c2")]
    quote = _answer(question, hits).citations[0].quote
    assert due in quote and "Thời hạn nộp các báo cáo" in quote and "48 giờ" not in quote


@pytest.mark.parametrize("question, sentence, holds", [
    # Công điện 192/CĐ-TTg, 4 assigns the Phó Thủ tướng; Công điện 190/CĐ-TTg, 3.a only recalls an earlier instruction
    ("Công điện 192 giao Phó Thủ tướng nào chỉ đạo thực hiện?",
     "4. Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc trực tiếp chỉ đạo thực hiện Công điện này./", True),
    ("Công điện 190 giao Phó Thủ tướng nào chỉ đạo thực hiện?",
     "a) Khan trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính _ sách thuế bất động sản theo chỉ đạo "
     "của Phó Thủ tướng Hồ Đức Phớc tại văn bản số 3642/VPCP-KTTH ngày 14/08/2025.", False),
    # asked without "giao", the office followed by its holder is enough, as before (Văn bản 9533/VPCP-CN)
    ("Phó Thủ tướng nào có ý kiến trong Văn bản 9533/VPCP-CN?",
     "… đường sắt (sao gửi kèm theo), Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:", True),
])
def test_an_office_the_document_assigns_is_named_where_it_is_assigned(question, sentence, holds):
    from assistant.quotes import _office_holder
    assert _office_holder(question)(sentence) is holds


# Nghị định 26/2001/NĐ-CP (evals/devdocs), Điều 1, khoản 5: two lists of rates whose items differ only by the sum
TRANSFER = ("1. Mức thuế suất 3% áp dụng đối với:\n\na) Người Việt Nam định cư ở nước ngoài đầu tư về nước theo Luật Đầu "
            "tư nước ngoài tại Việt Nam;\n\nb) Nhà đầu tư nước ngoài đầu tư vào Khu công nghiệp, Khu chế xuất, Khu công "
            "nghệ cao;\n\nc) Nhà đầu tư nước ngoài góp vốn pháp định hoặc vốn để thực hiện hợp đồng hợp tác kinh doanh "
            "từ 10 triệu USD trở lên;\n\n2. Mức thuế suất 5% áp dụng đối với:\n\na) Nhà đầu tư nước ngoài góp vốn pháp "
            "định hoặc vốn để thực hiện hợp đồng hợp tác kinh doanh từ 5 triệu USD đến dưới 10 triệu USD;\n\nb) Nhà đầu "
            "tư nước ngoài đầu tư vào các dự án thuộc lĩnh vực khám chữa bệnh, giáo dục đào tạo, nghiên cứu khoa học.")


def test_the_bracket_of_a_sum_asked_chooses_the_item_of_its_list():
    from assistant.quotes import asked_conditions
    assert asked_conditions("góp vốn từ 5 triệu USD đến dưới 10 triệu USD") == {"từ5triệuusd", "dưới10triệuusd"}
    draft = _answer("Theo Nghị định 26/2001/NĐ-CP, nhà đầu tư nước ngoài góp vốn pháp định từ 5 triệu USD đến dưới 10 "
                    "triệu USD thì chịu thuế chuyển thu nhập ra nước ngoài bao nhiêu %?",
                    [_hit("26_2001_NĐ-CP", TRANSFER, "26:1")])
    text = "\n".join(draft.lines)
    assert "5% áp dụng đối với" in text and "từ 5 triệu USD đến dưới 10 triệu USD" in text
    assert "10 triệu USD trở lên" not in text


# Thông tư 82/2006/TT-BTC, Mục II.2
FUND_FREE = ("2.1. Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn không thuộc Danh mục B hoặc Danh mục C được miễn thuế "
             "thu nhập doanh nghiệp 02 năm, kể từ khi có thu nhập chịu thuế và giảm 50% số thuế phải nộp trong 03 năm "
             "tiếp theo.\n2.2. Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn thuộc Danh mục B được miễn thuế 03 năm, "
             "kể từ khi có thu nhập chịu thuế và giảm 50% số thuế phải nộp trong 07 năm tiếp theo.")


def test_a_list_asked_is_never_answered_by_the_case_outside_it():
    from assistant.quotes import asked_conditions
    assert asked_conditions("tại địa bàn không thuộc Danh mục B hoặc Danh mục C được miễn thuế") == \
        {"khôngdanhmụcb", "khôngdanhmụcc"}
    assert asked_conditions("Quỹ bảo lãnh tín dụng mới thành lập tại địa bàn thuộc Danh mục B") == {"danhmụcb"}
    assert asked_conditions("Danh mục C Phụ lục ban hành kèm theo Nghị định số 164/2003/NĐ-CP") == {"danhmụcc"}
    draft = _answer("Quỹ bảo lãnh tín dụng mới lập ở địa bàn Danh mục B được miễn thuế TNDN mấy năm, giảm 50% mấy năm "
                    "tiếp theo?", [_hit("82_2006_TT-BTC", FUND_FREE, "82:1")])
    text = "\n".join(draft.lines)
    assert "07 năm" in text and "02 năm" not in text


# Thông tư 205/2009/TT-BTC, Điều 2.2: two time limits of one procedure, counted from two events
REFUND_STEPS = ("2. Trình tự hoàn thuế GTGT:\n- Cơ quan thuế có trách nhiệm tiếp nhận, xem xét, kiểm tra hồ sơ đề nghị "
                "hoàn thuế của cơ sở kinh doanh theo đúng quy trình hoàn thuế GTGT. Trong thời gian tối đa mười lăm ngày "
                "kể từ ngày nhận đủ hồ sơ, cơ quan thuế thông báo cho cơ sở kinh doanh biết kết quả kiểm tra xác định hồ "
                "sơ hoàn thuế đã đủ điều kiện hoàn và yêu cầu doanh nghiệp nộp chứng từ nộp thuế GTGT khâu nhập khẩu để "
                "cơ quan thuế ra quyết định hoàn thuế.\n- Trong vòng ba ngày làm việc kể từ khi nhận được chứng từ nộp "
                "thuế GTGT hàng nhập khẩu, cơ quan thuế có trách nhiệm kiểm tra đối chiếu chứng từ nộp thuế với số liệu "
                "đã kê khai trong hồ sơ hoàn thuế đã duyệt của cơ sở kinh doanh và ra quyết định hoàn thuế.")


@pytest.mark.parametrize("question, limit, other", [
    ("Nhận được chứng từ nộp thuế GTGT khâu nhập khẩu rồi thì cơ quan thuế phải ra quyết định hoàn trong bao lâu "
     "(TT 205/2009/TT-BTC)?", "ba ngày làm việc", "mười lăm ngày"),
    ("TT 205/2009 thì cơ quan thuế kiểm tra hồ sơ hoàn thuế GTGT tối đa trong mấy ngày kể từ ngày nhận đủ hồ sơ?",
     "mười lăm ngày", "ba ngày làm việc"),
])
def test_a_time_limit_is_the_one_counted_from_the_event_asked(question, limit, other):
    draft = _answer(question, [_hit("205_2009_TT-BTC", REFUND_STEPS, "205:1")])
    first = draft.lines[0]
    assert limit in first and other not in first


def test_the_event_a_question_counts_from_is_carried_by_the_sentence_s():
    # Thông tư 128/2003/TT-BTC, Phần C, VII.2.1 (devdocs uf18): "ngày nhận được số liệu địa chính" is the first item's
    # event, "ngày nhận được thông báo kê khai thuế" the second's, whose words the question also says
    lines = (ROOT / "evals" / "devdocs" / "128_2003_TT-BTC.md").read_text(encoding="utf-8").splitlines()
    question = ("Theo Thông tư 128/2003/TT-BTC, trong thời hạn bao lâu kể từ ngày nhận được số liệu địa chính, cơ quan "
                "thuế phải thông báo cho tổ chức kinh doanh có hoạt động chuyển quyền sử dụng đất kê khai thuế?")
    draft = _answer(question, [_hit("128_2003_TT-BTC", "\n\n".join(lines[611:614]), "128:1")])
    assert "5 ngày làm việc" in draft.lines[0] and "15 ngày làm việc" not in draft.lines[0]


# the draft Thông tư on thuế tiêu thụ đặc biệt (corpus/samples/chinhphu/du-thao-thong-tu-btc-2025.pdf)
DRAFT_SCOPE = ("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết về hồ sơ xác định đối tượng không chịu thuế "
               "tiêu thụ đặc biệt tại khoản 3 Điều 3, Điều 4 và hồ sơ hoàn thuế đối với xăng sinh học.")
DRAFT_FORCE = ("Điều 5. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.\n3. "
               "Thông tư số 195/2015/TT-BTC ngày 24 tháng 11 năm 2015 của Bộ Tài chính đã được sửa đổi, bổ sung một số "
               "điều tại Thông tư số 130/2016/TT-BTC ngày 12 tháng 8 năm 2016 và Thông tư số 20/2017/TT-BTC ngày 06 "
               "tháng 3 năm 2017 của Bộ Tài chính hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.")


def test_what_a_document_named_by_its_title_ends_is_a_sentence_stating_it():
    draft = _answer("Dự thảo thông tư thuế tiêu thụ đặc biệt làm hết hiệu lực những thông tư nào?",
                    [_hit("du-thao", DRAFT_SCOPE, "d:1"), _hit("du-thao", DRAFT_FORCE, "d:2")])
    text = "\n".join(draft.lines)
    assert "195/2015/TT-BTC" in text and "Phạm vi điều chỉnh" not in text


# Thông tư 18/2002/TT-BTC (evals/devdocs), Phần C, Mục IV: the report's own time, and the tax's counted from it
REPORT = ("3. Cơ sở kinh doanh phải nộp báo cáo tài chính và báo cáo quyết toán thuế cho cơ quan thuế trực tiếp quản lý "
          "trong thời hạn 60 ngày, kể từ ngày kết thúc năm tài chính.\n\n4. Cơ sở kinh doanh phải nộp số thuế còn thiếu "
          "theo báo cáo quyết toán thuế trong thời hạn 10 ngày, kể từ ngày quy định phải nộp báo cáo quyết toán thuế cho "
          "cơ quan thuế.")


def test_a_time_counted_from_the_act_asked_is_not_its_own():
    from assistant.quotes import carries_act
    question = ("Theo Thông tư 18/2002/TT-BTC, cơ sở kinh doanh phải nộp báo cáo quyết toán thuế cho cơ quan thuế trong "
                "thời hạn bao lâu?")
    act = carries_act(question, head=False)
    assert act(REPORT.split("\n\n")[0]) and not act(REPORT.split("\n\n")[1])
    text = "\n".join(_answer(question, [_hit("18_2002_TT-BTC", REPORT, "18:1")]).lines)
    assert "60 ngày" in text and "10 ngày" not in text


def test_a_time_opening_its_sentence_is_the_acts_own_however_long_its_event_reads():
    # Nghị định 13/2016/NĐ-CP as 75/VBHN-BQP (evals/devdocs), Điều 5: no comma closes the event before the main clause
    from assistant.quotes import carries_act
    act = carries_act("Theo Nghị định 13/2016/NĐ-CP, quân nhân xuất ngũ về địa phương phải đăng ký phục vụ trong ngạch "
                      "dự bị trong thời hạn bao lâu?", head=False)
    assert act("Trong thời hạn 15 ngày làm việc, kể từ ngày công dân thuộc đối tượng quy định tại khoản 3 Điều 18 Luật "
               "Nghia vụ quân sự về địa phương cư trú có trách nhiệm đăng ký phục vụ trong ngạch dự bị trực tuyến hoặc "
               "đến đăng ký trực tiếp tại Ban Chỉ huy quân sự cấp xã")


def test_a_forms_line_naming_the_document_asked_of_is_no_answer():
    # Thông tư 42/2009/TT-BTC (evals/devdocs), Mẫu số 02A/BK-XS: what the list is attached to, not what issues it
    from corpus.structure import attachment_line
    form = ("Mẫu số: **02A/BK-XS**\n\n*(Ban hành kèm theo*\n\n*Thông tư số 42/2009/TT-BTC ngày 09/03/2009 của Bộ Tài "
            "chính)*\n\n**BẢNG KÊ THU NHẬP CHỊU THUẾ VÀ THUẾ THU NHẬP CÁ NHÂN**\n\n*(Kèm theo Tờ khai quyết toán thuế thu "
            "nhập cá nhân mẫu số 02/KK-XS)*")
    assert attachment_line("*(Kèm theo Tờ khai quyết toán thuế thu nhập cá nhân mẫu số 02/KK-XS)*")
    text = "\n".join(_answer("Mẫu 02A/BK-XS ban hành kèm Thông tư 42/2009/TT-BTC kèm theo tờ khai nào?",
                             [_hit("42_2009_TT-BTC", form, "42:1")]).lines)
    assert "02/KK-XS" in text and "09/03/2009" not in text


@pytest.mark.parametrize("question, answers", [
    # round nb21: "Ai thẩm định?" (a follow-up) opens with the role asked of the plan's label line
    ("Ai thẩm định?", True),
    ("ai phê duyệt chương trình?", False),  # another role's label
    ("Sở Xây dựng trình ai thẩm định?", False),  # "ai" not opening the question: the body acted on
])
def test_a_role_asked_by_ai_is_read_from_its_label_line(question, answers):
    from corpus.vn import role_label
    label = role_label(question)
    assert bool(label and label.search("5. Cơ quan thẩm định: Sở Xây dựng.")) is answers


# Quyết định 807/QĐ-UBND of Ninh Bình: its preamble cites the Sở's opinion by number; Điều 1 shares the topic's words
CITING = ("Theo đề nghị của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp tại Tờ trình số 333/TTr-UBND ngày 29 tháng 10 "
          "năm 2024; ý kiến của Sở Xây dựng tại Công văn số 3581/SXD-PTĐT ngày 25 tháng 10 năm 2024.")
SHARING = ("- Việc tổ chức triển khai lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045 được thực hiện "
           "đảm bảo theo các quy định tại Nghị định số 11/2013/NĐ-CP ngày 14 tháng 01 năm 2013 của Chính phủ về quản lý "
           "đầu tư phát triển đô thị;")


def test_the_number_of_a_cited_document_is_read_in_the_sentence_citing_it():
    hits = [_hit("807", SHARING, "c1"), _hit("807", CITING, "c2")]
    draft = _answer("Ý kiến của Sở Xây dựng về kế hoạch lập chương trình phát triển đô thị Tam Điệp được nêu tại công "
                    "văn số mấy?", hits)
    assert "3581/SXD-PTĐT" in draft.citations[0].quote


def test_the_holder_of_an_office_is_read_from_the_member_list():
    # Quyết định 2222/QĐ-TTg, Điều 1: the body set up, then its members, "…, Trưởng ban;" the first
    text = _lines("chinhphu/2222ttg.signed.txt", 38, 52)
    hits = [Hit.from_payload({"chunk_id": "c1", "doc_id": "2222ttg.signed", "doc_type": "Quyết định", "text": text,
                              "title": "Về việc thành lập Ban Chỉ đạo Lễ mở ký Công ước Liên hợp quốc về chống tội phạm "
                                       "mạng và các sự kiện liên quan tại Việt Nam", "start": 0, "end": len(text)}, 1.0)]
    draft = _answer("Trưởng Ban Chỉ đạo Lễ mở ký Công ước LHQ về chống tội phạm mạng là ai?", hits)
    assert "Bùi Thanh Sơn, Trưởng ban" in " ".join(draft.lines[0].split())


def test_a_round_in_brackets_and_a_count_the_question_gives_are_no_amount():
    # Quyết định 2241/QĐ-TTg: its title, "(lần 2)" read "(tần 2)" by the OCR, and the proposal's "04 tỉnh" (the question
    # says "cho 4 tỉnh") state no amount; Điều 1's "Hỗ trợ 400 tỷ đồng" does
    from assistant.quotes import _given, _states_quantity
    given = _given("QĐ 2241 hỗ trợ khẩn cấp tổng cộng bao nhiêu cho 4 tỉnh bị mưa lũ?")
    assert not _states_quantity("QUYẾT ĐỊNH về việc hỗ trợ khẩn cấp kinh phí cho các tỉnh Thái Nguyên, Cao Bằng, Lạng "
                                "Sơn, Bắc Ninh khắc phục hậu quả mưa lũ (tần 2)", "", given)
    assert not _states_quantity("Xét đề nghị của Bộ Tài chính tại Văn bản số 15854/BTC-NSNN ngày 12 tháng 10 năm 2025 "
                                "về việc hỗ trợ khẩn cấp 04 tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh", "", given)
    assert _states_quantity("Hỗ trợ 400 tỷ đồng (Bốn trăm tỷ đồng) từ nguồn dự phòng ngân sách trung ương năm 2025 "
                            "cho 04 địa phương", "", given)
    assert not _states_quantity("hỗ trợ khẩn cấp (đợt 1)", "")
    assert _given("Có hiệu lực khi nào?") is None


def test_a_count_of_bodies_is_no_amount_when_no_unit_is_asked():
    # "Cao Bằng được bao nhiêu?" after Quyết định 2241/QĐ-TTg's sum: the proposal's "04 tỉnh" counts provinces;
    # Điều 1's "Cao Bằng 50 tỷ đồng" is an amount; "bao nhiêu tỉnh" asks the count
    from assistant.quotes import _states_quantity
    proposal = ("Xét đề nghị của Bộ Tài chính tại Văn bản số 15854/BTC-NSNN ngày 12 tháng 10 năm 2025 về việc hỗ trợ "
                "khẩn cấp 04 tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh khắc phục thiệt hại do mưa lũ gây ra.")
    assert not _states_quantity(proposal, "")
    assert _states_quantity(proposal, "", bodies_asked=True)
    assert _states_quantity("trong đó: Thái Nguyên 250 tỷ đồng, Cao Bằng 50 tỷ đồng", "")


def test_a_part_asked_before_the_holder_is_quoted_too():
    # questions_ob ob64 (dc25), Chỉ thị 09/2008/CT-UBND of An Giang: "đặt ở đâu, ai làm tổ trưởng?" asks two things;
    # the holder's sentence answers the second, the sentence placing the body the first
    text = ("Ban Chỉ đạo cấp tỉnh có Tổ thường trực giúp việc đặt tại Cục Thuế. Tổ thường trực do một Phó Cục trưởng "
            "Cục Thuế làm Tổ trưởng và thành viên là đại diện Cục Thuế, Sở Tài chính, Văn phòng Ủy ban nhân dân tỉnh.")
    draft = _answer("CT 09/2008 An Giang: Tổ thường trực giúp việc Ban Chỉ đạo cấp tỉnh đặt ở đâu, ai làm tổ trưởng?",
                    [_hit("09_2008_CT-UBND", text, "c1")])
    said = " ".join(draft.lines)
    assert "Phó Cục trưởng Cục Thuế làm Tổ trưởng" in said and "đặt tại Cục Thuế" in said
    # the holder alone asked: the holder's sentence alone
    draft = _answer("Ai làm tổ trưởng Tổ thường trực giúp việc Ban Chỉ đạo cấp tỉnh?", [_hit("09_2008_CT-UBND", text, "c1")])
    assert "đặt tại Cục Thuế" not in " ".join(draft.lines)


def test_a_number_asked_of_a_type_is_read_in_the_code_of_a_number_cited():
    # questions_og og20 (dc25), Công văn 706/UBND-VP7 of Ninh Bình: the guidance is cited as "Văn bản số 4705/HD-BQP"
    text = ("UBND tỉnh nhận được Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng hướng dẫn về việc tuyển chọn "
            "và gọi công dân nhập ngũ năm 2025.")
    draft = _answer("Công văn 706 thực hiện theo hướng dẫn số mấy của Bộ Quốc phòng?", [_hit("706", text, "c1")])
    assert "4705/HD-BQP" in draft.lines[0]


def test_a_counted_list_goes_on_past_an_items_description():
    # devdocs_ob ob47 (dc25), Thông tư 100/1998/TT-BTC: the second account follows the first one's description
    text = ("Tài khoản 133 có 2 tài khoản cấp 2:\n\n+ Tài khoản 1331 - Thuế GTGT được khấu trừ của hàng hoá, dịch vụ\n\n"
            "Tài khoản 1331 dùng để phản ánh thuế GTGT đầu vào được khấu trừ của vật tư, hàng hoá, dịch vụ mua ngoài.\n\n"
            "+ Tài khoản 1332 - thuế GTGT được khấu trừ của tài sản cố định\n\n"
            "Tài khoản 1332 dùng để phản ánh thuế GTGT đầu vào của quá trình đầu tư, mua sắm tài sản cố định.\n\n"
            "c. Phương pháp hạch toán một số nghiệp vụ kinh tế chủ yếu")
    draft = _answer("Theo TT 100/1998/TT-BTC thì TK 133 có những tài khoản cấp 2 nào?", [_hit("100_1998_TT-BTC", text, "c1")])
    said = " ".join(draft.lines)
    assert "Tài khoản 1331" in said and "Tài khoản 1332" in said and "Phương pháp hạch toán" not in said


def test_a_share_with_no_figure_states_no_rate():
    # devdocs_ob ob49 (dc25), Thông tư 01/1999/TT-BXD: the sentence pointing to the appendix names the share, not its
    # figure
    from assistant.quotes import _states_quantity
    assert not _states_quantity("Trong dự toán xây lắp công trình, mức thu nhập chịu thuế tính trước bằng tỷ lệ phần "
                                "trăm (%) so với chi phí trực tiếp và chi phí chung theo từng loại công trình quy định "
                                "tại phụ lục 2.", "%")
    # nor does it with no unit read from the question ("là bao nhiêu %?"): "phụ lục 2" is a place, no amount
    assert not _states_quantity("Trong dự toán xây lắp công trình, mức thu nhập chịu thuế tính trước bằng tỷ lệ phần "
                                "trăm (%) so với chi phí trực tiếp và chi phí chung theo từng loại công trình quy định "
                                "tại phụ lục 2.", "")
    assert _states_quantity("Thuế suất thuế thu nhập doanh nghiệp là 28%.", "%")
    assert _states_quantity("mức chi không quá 2 phần trăm tổng doanh thu", "%")


def test_a_share_in_a_table_row_is_stated_by_its_figure():
    # devdocs db10: Phụ lục I of Nghị quyết 03/NQ-CP gives the unit in a cell of its own
    from assistant.quotes import _states_quantity
    assert _states_quantity("| 23.4 | Phủ sóng 5G cho người dân | % dân số | 99 | Bộ Thông tin và Truyền thông |", "phần")


@pytest.mark.parametrize("text, labelled", [
    # Phụ lục II of Nghị quyết 03/NQ-CP, row 131, as an answer shows it: its time cell "Thường xuyên"
    ("Chủ trì: Bộ Tài chính · Phối hợp: các bộ, ngành, địa phương · Thời hạn: Thường xuyên", True),
    ("Thời hạn: 12/2025 (tức 31/12/2025)", True),
    ("Văn bản không nêu thời hạn cho nhiệm vụ này.", False),
])
def test_a_rows_time_cell_shown_in_an_answer_states_a_time(text, labelled):
    from assistant.quotes import labelled_time, states_asked
    assert labelled_time(text) is labelled
    assert states_asked("thời gian thực hiện ra sao?")(text) is labelled


@pytest.mark.parametrize("question, cited", [
    # devdocs_rk rk71: how often is asked; c.2's "Hàng quý …" of Cục Tài chính - Bộ Quốc phòng is another doer's time
    ("Thông tư 212/2013 của Bộ Tài chính và Bộ Quốc phòng: tổ chức trả thu nhập nộp thuế đã khấu trừ lên cơ quan tài "
     "chính cấp trên bao lâu một lần?", 1),
    # (several asked — "Mỗi loại giấy phép có hiệu lực mấy tháng?" — each item is still quoted: the test above)
])
def test_one_time_asked_is_answered_without_another_items_time(question, cited):
    lines = normalize((ROOT / "evals/devdocs/212_2013_TTLT-BTC-BQP.md").read_text(encoding="utf-8")).splitlines()
    hits = [_hit("212_2013_TTLT-BTC-BQP", "\n\n".join(lines[269:276:2]), "c1")]
    draft = _answer(question, hits)
    assert len(draft.citations) == cited
    assert "Hàng tháng" in draft.citations[0].quote


@pytest.mark.parametrize("sentence, timed", [
    ("c.2) Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo Cục Tài chính - Bộ Quốc phòng nộp vào Ngân sách Nhà "
     "nước số thuế thu nhập cá nhân của các tổ chức trả thu nhập đã nộp về;", True),
    ("Trong thời hạn 15 ngày kể từ ngày chính thức hoạt động, văn phòng đại diện công ty chứng khoán, công ty quản lý "
     "quỹ nước ngoài tại Việt Nam gửi Ủy ban Chứng khoán Nhà nước thông báo hoạt động của mình", True),
    ("b.1) Việc khấu trừ thuế đối với thu nhập từ tiền lương, tiền công được thực hiện theo hướng dẫn tại Điều 3 "
     "Thông tư này.", False),
])
def test_a_sentence_states_a_time(sentence, timed):
    from assistant.quotes import _states_time
    assert _states_time(sentence) is timed


def test_the_kind_asked_picks_its_item():
    # questions_rk rk54: the words of the document ("xuất khẩu hàng hóa lưỡng dụng") rank item a) first; the kind asked
    # ("theo lô hàng") is item b)'s
    hits = [_hit("259nd.signed", _lines("chinhphu/259nd.signed.txt", 205, 212), "c1")]
    draft = _answer("Theo Nghị định 259/2025/NĐ-CP, giấy phép xuất khẩu hàng hóa lưỡng dụng theo lô hàng có hiệu lực "
                    "trong bao lâu?", hits)
    assert "03 tháng" in draft.citations[0].quote and "12 tháng" not in draft.citations[0].quote


@pytest.mark.parametrize("question, kind", [
    ("Theo Nghị định 259/2025/NĐ-CP, giấy phép xuất khẩu hàng hóa lưỡng dụng theo lô hàng có hiệu lực trong bao lâu?",
     "theo lô hàng"),
    ("DNNVV nộp thuế TNDN chuyển nhượng BĐS theo từng lần phát sinh thì được gia hạn tối đa bao lâu theo QĐ 12/2010?",
     "theo từng lần"),
    ("Báo cáo theo quy định gửi khi nào?", None),  # a rule followed
    ("Nộp theo Nghị định 259 thì sao?", None),  # a document
    ("Thông tư 62/2009/TT-BTC khấu trừ thuế TNCN theo tỷ lệ bao nhiêu khi trả tiền công dịch vụ cho cá nhân?", None),
    ("Cục Hải quan phải tiếp nhận và đóng dấu xác nhận Danh mục hàng hoá nhập khẩu và theo dõi trừ lùi trong bao lâu?",
     None),  # the verb "theo dõi"
])
def test_a_kind_is_named_after_theo(question, kind):
    from assistant.quotes import kind_named
    assert kind_named(question) == kind


def _titled(doc_id: str, title: str, text: str, chunk: str) -> Hit:
    return Hit.from_payload({"chunk_id": chunk, "doc_id": doc_id, "doc_type": "Công điện", "text": text, "title": title,
                             "start": 0, "end": len(text)}, 1.0)


@pytest.mark.parametrize("title, line, is_title", [
    # Công điện 192/CĐ-TTg: the head's type word and subject line
    ("Về công tác nâng hạng thị trường chứng khoán Việt Nam",
     "CÔNG ĐIỆN\nVề công tác nâng hạng thị trường chứng khoán Việt Nam", True),
    # Quyết định 2227/QĐ-TTg: the title read cut short, the rest of the line and the head's OCR debris after it
    ("Về việc thành lập Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp",
     "Về việc thành lập Phân ban Việt Nam trong Ủy ban Hỗn hợp thuộc Hiệp\nđịnh Thương mại Việt Nam — Cuba\n\n"
     "cove mew mi CHÍNH PHÙ", True),
    # a sentence of the body sharing the title's words is content
    ("Về công tác nâng hạng thị trường chứng khoán Việt Nam",
     "Việc được nâng hạng là một trong những đầu mối quan trọng để phát triển thị trường chứng khoán Việt Nam.", False),
    # a title that is no subject line "Về …" may be restated by Điều 1: left
    ("Phê duyệt Đề án phát triển công nghiệp văn hóa", "Phê duyệt Đề án phát triển công nghiệp văn hóa", False),
])
def test_a_documents_subject_line_is_never_the_content_quoted(title, line, is_title):
    from assistant.quotes import _not_title
    want = _not_title(lambda s: True, [_titled("x", title, line, "c1")])
    assert want(normalize(line)) is not is_title


def test_a_question_on_what_a_document_bans_is_not_answered_with_its_title():
    text192 = _lines("chinhphu/192-ttg.signed.txt", 12, 13)
    from corpus.ocr_fixes import fix_forbid_marks
    body = fix_forbid_marks(_lines("chinhphu/192-ttg.signed.txt", 60, 68))  # "Nghiêm cắm" read at indexing
    title = "Về công tác nâng hạng thị trường chứng khoán Việt Nam"
    hits = [_titled("192-ttg.signed", title, text192, "c1"), _titled("192-ttg.signed", title, body, "c2")]
    draft = _answer("Công điện 192 về thị trường chứng khoán nghiêm cấm những hành vi nào?", hits)
    assert all("Về công tác nâng hạng" not in c.quote for c in draft.citations)
    assert "méo mó thị trường" in draft.citations[0].quote


@pytest.mark.parametrize("question, asked", [
    ("Công điện 192 về thị trường chứng khoán nghiêm cấm những hành vi nào?", True),
    ("Luật này cấm những gì?", True),
    ("Những hành vi nào bị nghiêm cấm trong hoạt động kiểm toán?", True),
    ("Khu vực cấm bay được quy định ở đâu?", False),
    ("Công điện 192 giao Bộ Tài chính việc gì?", False),
])
def test_a_question_asking_what_is_banned(question, asked):
    from assistant.quotes import BAN_ASKED
    assert bool(BAN_ASKED.search(question)) is asked


def test_how_often_an_agency_acts_is_not_read_from_a_clause_reporting_to_it():
    # Chỉ thị 22/2008/CT-TTg: the local committees report to the central one each quarter (I.2.c); the central
    # committee's own quarterly review is its item I.1.c, which does not name it
    local = _hit("22_2008_CT-TTg", _lines("thue/22_2008_CT-TTg.md", 28, 34), "c1")
    central = _hit("22_2008_CT-TTg", _lines("thue/22_2008_CT-TTg.md", 18, 24), "c2")
    draft = _answer("Theo Chỉ thị 22/2008/CT-TTg, Ban Chỉ đạo Trung ương tổng hợp, đánh giá tình hình thực hiện Luật "
                    "Thuế thu nhập cá nhân của các Bộ, ngành và địa phương bao lâu một lần?", [local, central])
    assert "Hàng quý" in draft.citations[0].quote and "mỗi quý" not in draft.citations[0].quote


@pytest.mark.parametrize("question, title, kept", [
    # the title states the act asked: it answers
    ("Lệnh 18/2003/L-CTN công bố luật gì?", "Về việc công bố Luật Thuế thu nhập doanh nghiệp", True),
    ("Quyết định 08/2013/QĐ-UBND của UBND thành phố Hà Nội điều chỉnh bổ sung quyết định nào?",
     "Về việc điều chỉnh bổ sung quyết định số 05/2012/QĐ-UBND ngày 08/3/2012 của Ủy ban nhân dân Thành phố", True),
    # it does not: never the content quoted
    ("Công điện 192 về thị trường chứng khoán nghiêm cấm những hành vi nào?",
     "Về công tác nâng hạng thị trường chứng khoán Việt Nam", False),
])
def test_a_subject_line_stating_the_act_asked_answers_it(question, title, kept):
    from assistant.quotes import _not_title
    want = _not_title(lambda s: True, [_titled("x", title, title, "c1")], question)
    assert want(title) is kept


@pytest.mark.parametrize("text, per", [
    # Thông tư 99/2020/TT-BTC, Điều 5: every so many periods
    ("đ) Thực hiện kiêm toán toàn bộ hoạt động của tat cả các bộ phận trong công ty tối thiêu hai năm một lần;", True),
    ("kiểm tra 02 năm một lần", True),
    ("báo cáo 01 lần/năm", True),
    ("Kế hoạch kiểm toán nội bộ hằng năm phải được Hội đồng quản trị phê duyệt", False),
    ("trong năm một lần duy nhất", False),
])
def test_how_often_said_as_every_so_many_periods(text, per):
    from assistant.quotes import _TIMES_PER
    assert bool(_TIMES_PER.search(text)) is per


def test_a_documents_own_entry_into_force_times_no_act_asked():
    # Thông tư 12/2009/TT-BTC, Điều 4.1 and Điều 5 (evals/devdocs): the quarter's extended day, not the day it applies
    from assistant.quotes import OWN_EFFECT
    items = _devdocs_between("12_2009_TT-BTC.md", "1. Thời gian gia hạn chậm nộp thuế", "2. Kê khai số thuế")
    effect = "Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký và được áp dụng từ kỳ khai thuế thu nhập " \
        "doanh nghiệp quý I/2009."
    assert OWN_EFFECT.search(effect) and not OWN_EFFECT.search(items)
    assert OWN_EFFECT.search("Quyết định này được áp dụng để tính thuế thu nhập doanh nghiệp năm 2000.")
    hits = [_hit("12_2009_TT-BTC", effect, "c1"), _hit("12_2009_TT-BTC", items, "c2")]
    question = "Theo Thông tư 12/2009/TT-BTC, số thuế thu nhập doanh nghiệp quý I năm 2009 được gia hạn nộp đến ngày nào?"
    draft = Draft(hits)
    compose_passages(draft, classify(question), content_words(question), question)
    assert "45 ngày" not in "\n".join(draft.lines)


@pytest.mark.parametrize("question, party", [
    ("Quyết định 2179 giao các Thành viên Chính phủ được phân công làm việc với địa phương những nhiệm vụ gì?",
     {"thanh", "vien", "chinh", "phu", "giao"}),
    ("Hội đồng thi có nhiệm vụ gì?", {"hoi", "dong", "thi"}),
    ("Những nhiệm vụ nào đã hoàn thành?", set()),  # no "giao": no party asked
])
def test_the_party_given_tasks_is_read_before_the_question_word(question, party):
    from assistant.quotes import duty_party
    assert party <= duty_party(question) and (party or not duty_party(question))


def test_the_duties_article_whose_title_runs_on_lists_its_lettered_items():
    # Quyết định 2179/QĐ-TTg, Điều 2 (bundled): the title's lines run on, its items are lettered "a) …", "b) …"
    from assistant.quotes import _BARE_ARTICLE, _duty_list, _item_text
    assert _item_text("a) Chủ động xây dựng kế hoạch") == "Chủ động xây dựng kế hoạch"
    assert _item_text("tổng hợp các vướng mắc") == "tổng hợp các vướng mắc"
    assert _BARE_ARTICLE.fullmatch("Điều 2.") and not _BARE_ARTICLE.fullmatch("Điều 2. Nhiệm vụ")
    text = ("Điều 2. Nhiệm vụ và quyền hạn của Thành viên Chính phủ được giao\nchủ trì làm việc với địa phương:\n\n"
            "1. Nhiệm vụ của Thành viên Chính phủ\n\na) Chủ động xây dựng kế hoạch, tổ chức đoàn công tác làm việc với "
            "địa\nphương định kỳ hàng quý.\n\nb) Trực tiếp chỉ đạo xử lý những khó khăn, vướng mắc tại địa phương được"
            "\nphân công làm việc.")
    hit = Hit.from_payload({"chunk_id": "c1", "doc_id": "2179-ttg.signed", "start": 0, "end": len(text), "text": text,
                            "heading_path": ("Điều 2. Nhiệm vụ và quyền hạn của Thành viên Chính phủ được giao chủ trì "
                                             "làm việc với địa phương",)}, 1.0)
    found = _duty_list({"thanh", "vien", "chinh", "phu", "giao", "dia", "phuong"}, [hit], lambda s: True)
    assert found and "a) Chủ động xây dựng kế hoạch" in found[3] and "b) Trực tiếp chỉ đạo" in found[3]
    assert not found[3].startswith("Điều 2.")


@pytest.mark.parametrize("question, named", [
    ("Theo Thông tư 97/2020/TT-BTC, Trưởng văn phòng đại diện xuất cảnh khỏi Việt Nam được ủy quyền cho người khác với "
     "thời hạn ủy quyền tối đa là bao lâu?", "thoi han uy quyen"),
    ("Theo Thông tư 99/2020/TT-BTC, thời hạn đình chỉ hoạt động của công ty quản lý quỹ tối đa là bao lâu?",
     "thoi han dinh chi hoat dong"),
    ("Công ty chứng khoán phải kê khai, nộp thuế trong thời hạn bao lâu?", ""),  # no length named, only asked
    ("Giấy phép có hiệu lực trong bao lâu?", ""),
])
def test_a_length_asked_by_its_own_name(question, named):
    from assistant.quotes import length_named
    assert length_named(question) == named


def test_the_sentence_naming_the_length_asked_answers_with_the_act_before_it():
    # Thông tư 97/2020/TT-BTC (39/VBHN-BTC, Điều 6.2–6.3): the 90 days of the authorisation, not the 30 days the
    # authorised person's acts stay valid after the parent company's approval
    text = _devdocs_between("39-vbhn-btc.txt", "2. Trưởng văn phòng đại diện, Giám đốc chi nhánh công ty chứng khoán,\n"
                            "công ty quản lý quỹ nước ngoài tại Việt Nam phải", "phạm vi đã được ủy quyên, hiệu lực tối đa")
    text += " ty mẹ chấp thuận."
    question = ("Theo Thông tư 97/2020/TT-BTC, Trưởng văn phòng đại diện xuất cảnh khỏi Việt Nam được ủy quyền cho "
                "người khác với thời hạn ủy quyền tối đa là bao lâu?")
    draft = Draft([_hit("39-vbhn-btc", text, "c1")])
    compose_passages(draft, classify(question), content_words(question), question)
    assert "90 ngày" in "\n".join(draft.lines) and "30 ngày" not in "\n".join(draft.lines)


def test_a_sentence_names_another_document_than_the_question():
    from assistant.intent import named_documents
    from assistant.quotes import _names_other
    own = named_documents("Công điện 189 yêu cầu tiếp tục thực hiện công điện nào của Thủ tướng về bão số 11?")
    # Công điện 189/CĐ-TTg, Mục 5 (OCR'd "sô", "CD") names Công điện 186 and 188; its Mục 6 names none
    assert _names_other("theo chỉ đạo của Bộ Chính trị và các Công điện sô 186/CD-TTg ngày 04/10/2025, 188/CD-TTg "
                        "ngày 06/10/2025 của Thủ tướng Chính phủ", own)
    assert not _names_other("Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương", own)
    assert not _names_other("thực hiện nghiêm Công điện này", own)


def test_another_document_of_the_type_asked():
    from assistant.intent import named_documents
    from assistant.quotes import _kind_asked, _names_other
    own = named_documents("Quy hoạch … được điều chỉnh theo Nghị quyết 306/NQ-CP là quy hoạch ban hành theo Nghị quyết "
                          "nào của Quốc hội?")
    assert _kind_asked("Nghị quyết nào") == "Nghị quyết" and _kind_asked("văn bản nào") is None
    # Nghị quyết 306/NQ-CP: its proposal line names a Tờ trình, its basis the Quốc hội's resolution
    assert not _names_other("Theo dé nghị của Bộ trưởng Bộ Tài chính tại Tờ trinh số 620/TTr-BTC ngày 19 tháng 9 "
                            "năm 2025", own, "Nghị quyết")
    assert _names_other("Nghị quyết số 81/2023/QH15 ngày 09 tháng 01 năm 2023 của Quốc hội", own, "Nghị quyết")


def test_an_attachment_line_names_no_other_document():
    from assistant.intent import named_documents
    from assistant.quotes import _names_other
    own = named_documents("… theo Nghị quyết 306/NQ-CP là quy hoạch ban hành theo Nghị quyết nào của Quốc hội?")
    # Nghị quyết 306/NQ-CP's appendix heading, its own number OCR'd "30¢"
    assert not _names_other("(Kèm theo Nghị quyết số 30¢ /NQ-CP ngày 05 tháng 10 năm 2025 của Chính phủ)", own,
                            "Nghị quyết")


def test_a_document_attached_to_in_running_text_is_named():
    from assistant.intent import named_documents
    from assistant.quotes import _names_other
    # Nghị định 260/2025/NĐ-CP's preamble: the decree asked by "ban hành kèm theo nghị định nào?"
    own = named_documents("Nghị định 260/2025 sửa đổi biểu thuế xuất khẩu ban hành kèm theo nghị định nào?")
    assert _names_other("… tại Biểu thuế xuất khẩu theo Danh mục mặt hàng chịu thuế ban hành kèm theo Nghị định số "
                        "26/2023/NĐ-CP ngày 31 tháng 5 năm 2023 của Chính phủ", own, "Nghị định")


@pytest.mark.parametrize("question, serials", [
    ("Công điện 189 yêu cầu tiếp tục thực hiện công điện nào của Thủ tướng về bão số 11?", ["189"]),
    # a follow-up's carried topic (Công điện 190/CĐ-TTg, mục 3.a) names the very document asked for: not set aside
    ("Theo chỉ đạo tại văn bản nào – Khẩn trương báo cáo Thủ tướng Chính phủ trước ngày 15/10/2025 về chính sách thuế "
     "bất động sản theo chỉ đạo của Phó Thủ tướng Hồ Đức Phớc tại văn bản số 3642/VPCP-KTTH ngày 14/08/2025", []),
])
def test_the_documents_a_which_document_question_names_are_its_asked_part_s(question, serials):
    from assistant.quotes import _asked_documents
    assert [serial.split("/")[0] for _, serial, _ in _asked_documents(question)] == serials


def test_an_amount_of_a_body_is_read_from_its_row_of_the_table():
    # Công văn 15557/BTC-PTHT, Phụ lục (OCR'd rows, round tg29): "tỷ lệ giải ngân" is the column's heading; the line
    # holding those words is another body's (Ngân hàng Nhà nước), the row of the body asked holds only its figures
    text = _lines("chinhphu/15557btc.signed.txt", *_around("chinhphu/15557btc.signed.txt", "Viện Khoa học xã hội Việt Nam 216"))
    draft = _answer("Theo Công văn 15557/BTC-PTHT, Viện Khoa học xã hội Việt Nam có tỷ lệ giải ngân bao nhiêu?",
                    [_hit("15557btc.signed", text, "c1")])
    assert "26,1%" in draft.lines[0] and "Ngân hàng" not in "\n".join(draft.lines)


def test_a_sentence_of_prose_opening_with_the_body_is_no_row_of_it():
    # Quyết định 143/QĐ-UBQGNCT, Điều 9: "Ủy ban Quốc gia định kỳ họp ít nhất 01 lần/năm" states a figure after the
    # body's name, not at once: the notice's days are asked
    hits = [_hit("143-qd.signed", "Ủy ban Quốc gia định kỳ họp ít nhất 01 lần/năm; họp bất thường khi cần. Các cuộc "
                 "họp Ủy ban Quốc gia phải được thông báo bằng văn bản (kèm theo các tài liệu liên quan) về nội dung, "
                 "thời gian và địa điểm trước 05 ngày làm việc.", "c1")]
    draft = _answer("Họp Ủy ban Quốc gia về người cao tuổi phải thông báo bằng văn bản trước bao nhiêu ngày?", hits)
    assert "05 ngày làm việc" in draft.lines[0]


def _around(relative: str, starts: str) -> tuple[int, int]:
    lines = normalize((SAMPLES / relative).read_text(encoding="utf-8")).splitlines()
    at = next(n for n, line in enumerate(lines, 1) if line.startswith(starts))
    return at - 5, at + 2


@pytest.mark.parametrize("question, sentence, states", [
    # Công điện 187/CĐ-TTg (round tg29): the count is written with the short form of the things counted
    ("Theo Công điện 187/CĐ-TTg, hiện có bao nhiêu thủ tục hành chính đặc thù của địa phương?",
     "hiện có tong số 668 TTHC đặc thù của địa phương, trong đó có một số địa phương có số lượng TTHC đặc thu tăng lên",
     True),
    # a number of something else, the short form standing apart from it, states no such count
    ("Theo Công điện 187/CĐ-TTg, hiện có bao nhiêu thủ tục hành chính đặc thù của địa phương?",
     "34/34 địa phương đã công bố danh mục TTHC không phụ thuộc vào địa giới hành chính", False),
])
def test_a_count_of_things_is_stated_with_their_short_form(question, sentence, states):
    from assistant.quotes import _quantity_stated
    assert _quantity_stated(question, classify(question).quantity or "")(sentence) is states


@pytest.mark.parametrize("line, added", [
    # Quyết định 2216/QĐ-TTg, Điều 1 (OCR text): the day in words gets its date.
    ("“" + " ".join(_lines("chinhphu/2216-ttg.signed.txt", 47, 48).split()) + "”", " (tức 31/12/2025)"),
    # A day already written as a date gets nothing more.
    ("“… hoàn thành trước ngày 31/12/2025.”", ""),
    # A day in words outside the quote marks is not the quote's.
    ("Hạn: ngày 31 tháng 12 năm 2025 · “không nêu thời hạn.”", ""),
    # A month without a day is not a day.
    ("“… trong tháng 12 năm 2025.”", ""),
])
def test_a_quoted_day_written_in_words_is_also_given_as_a_date(line, added):
    assert _days_in_words(line) == added


def test_a_list_of_starred_items_is_quoted_with_its_items():
    # Round tl30: Quyết định 839/QĐ-UB of Bến Tre, Điều 1, whose markdown lists its conditions as "* " items: the
    # sentence "… không hội đủ các điều kiện sau:" alone answered "những điều kiện nào?" (devdocs tl36)
    text = ("Mức tiền lương, tiền công được trả theo thực tế công việc và chỉ được tính trừ tối đa là 450.000đ/người/tháng "
            "(bốn trăm năm chục ngàn đồng) cho tất cả các cơ sở sản xuất kinh doanh, các doanh nghiệp ngoài quốc doanh "
            "thực hiện nộp thuế theo phương pháp khấu trừ thuế không hội đủ các điều kiện sau:\n\n"
            "* Không chấp hành đúng và đầy đủ chế độ ghi sổ sách kế toán, hóa đơn chứng từ do Bộ Tài chính quy định.\n"
            "* Không thực hiện việc ký kết hợp đồng lao động, hoặc thỏa ước lao động tập thể không đúng quy định của "
            "Bộ luật Lao động.\n"
            "* Không thực hiện việc chấm công cho người lao động và sổ thanh toán lương hàng tháng.\n\n"
            "Mức tiền lương, tiền công nói trên áp dụng cho tất cả các ngành nghề, không phân biệt lao động nặng nhọc.")
    quoted = _first_with_items("839_QĐ-UB", text)
    assert "sổ sách kế toán" in quoted and "hợp đồng lao động" in quoted and "chấm công" in quoted
    assert "không phân biệt" not in quoted
    # emphasis marks opening a sentence ("*Căn cứ …*", no space after the star) are no item
    from assistant.draft import LIST_ITEM
    assert LIST_ITEM.match("* Không thực hiện việc chấm công") and not LIST_ITEM.match("*Căn cứ Luật thuế*")


@pytest.mark.parametrize("name, line, enacts", [
    # Thông tư 10/2009/TT-BTC: the issuer guides "việc đăng ký thuế, khấu trừ thuế, …" (who must withhold is line 47's)
    ("10_2009_TT-BTC.md", 17, True),
    # Thông tư 64/2010/TT-BTC and 55/2007/TT-BTC (in italics, ending "như sau."), 68/2005/TT-BTC
    ("64_2010_TT-BTC.md", 22, True),
    ("55_2007_TT-BTC.md", 22, True),
    ("68_2005_TT-BTC.md", 16, True),
    # Nghị định 124/2008/NĐ-CP, Điều 21 and a clause's last sentence: tasks given to the ministry, no formula
    ("124_2008_NĐ-CP.md", 511, False),
    ("124_2008_NĐ-CP.md", 48, False),
    # Thông tư 10/2009/TT-BTC: "Cơ sở kinh doanh bảo hiểm … có trách nhiệm khấu trừ thuế …" is the duty itself
    ("10_2009_TT-BTC.md", 47, False),
])
def test_the_issuers_enacting_formula_names_no_lead(name, line, enacts):
    assert _enacts(_devdocs_lines(name, line, line)) is enacts


# Round tw31: Công điện 193/CĐ-TTg, its recital (as the index holds it, OCR included) and item 2
RECITAL = ("Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CD- -TTg về tập trung thực hiện có "
           "hiệu quả các giải pháp dé kịp thời tháo gỡ vướng mac, khó khăn cho các dự án ton đọng kéo dài dé triển khai "
           "ngay các dự án. Theo đó, yêu cầu Bộ, ngành, địa phương tiếp tục rà soát toàn diện, cập nhật thông tin, đầy đủ "
           "danh mục các dự án có khó khăn, vướng mắc, tồn đọng kéo dài trong phạm vi quản lý.")
OWN_ITEM = ("2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
            "ương căn cứ chức năng, nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên. Theo đó, "
            "nếu có khó khăn vướng mắc, kịp thời phản ánh về Bộ Tài chính.")


@pytest.mark.parametrize("text, fires", [
    (RECITAL, True),
    # "Theo đó" after the document's own item, no earlier document recalled
    (OWN_ITEM, False),
])
def test_a_sentence_reporting_an_earlier_document_recites_it(text, fires):
    from assistant.quotes import recites
    assert recites(text, text.index("Theo đó")) is fires
    assert not recites(text, 0)
