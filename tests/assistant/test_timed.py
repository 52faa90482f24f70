"""Times bound to their clause (assistant.timed), on real passages of the bundled documents: a sentence stating two
times is cut between them, a time-only clause completes the task before it, a list item's opening agency is the
doer of its clauses, and a "when" answer quotes only the clause of the task asked."""
from __future__ import annotations

import pytest

from assistant.draft import Draft
from assistant.intent import classify, content_words
from assistant.quotes import compose_passages
from assistant.timed import item_time, plan_time, timed_clauses
from corpus.loaders import load
from index.records import Hit
from tests.data import SAMPLES


def _hit(relative: str, first: int, last: int, doc_type: str, number: str, issued: str) -> Hit:
    """Lines of a bundled document as the real loader reads it (marks put back on OCR'd dates), as a passage."""
    lines = load(SAMPLES / relative)[0].text.splitlines()
    text = "\n".join(lines[first - 1:last])
    return Hit.from_payload({"chunk_id": f"{relative}:{first}", "doc_id": relative, "doc_type": doc_type,
                             "doc_number": number, "issued_on": issued, "text": text, "start": 0,
                             "end": len(text)}, 1.0)


QUANG_NGAI = ("chinhphu/9757-cn.signed.txt", 31, 41, "Công văn", "9757/VPCP-CN", "2025-10-06")
NINH_BINH = ("chinhphu/541-tb.signed.txt", 253, 261, "Thông báo", "541/TB-VPCP", "2025-10-08")
O_MON = ("chinhphu/541-tb.signed.txt", 163, 165, "Thông báo", "541/TB-VPCP", "2025-10-08")
FINANCE = ("chinhphu/187-ttg.signed.txt", 153, 164, "Công điện", "187/CĐ-TTg", "2025-10-06")


def _answer(question: str, hit: Hit) -> tuple[bool, Draft]:
    draft = Draft([hit])
    answered = compose_passages(draft, classify(question), content_words(question), question)
    return answered, draft


def test_a_sentence_with_two_times_is_cut_between_them():
    clauses = timed_clauses(_hit(*QUANG_NGAI))
    times = {c.deadlines[0].normalized: c.text for c in clauses}
    assert times["2025-10"].endswith("bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025")
    assert times["2025-10-15"] == ("trong đó ưu tiên các vị trí thảm bê tông nhựa tuyến chính trước ngày 15 "
                                   "tháng 10 năm 2025")
    # the items under "1. Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi …, trong đó lưu ý:" are theirs
    assert "Ủy ban nhân dân tỉnh Quảng Ngãi" in clauses[-1].subject


def test_the_time_of_the_clause_asked_and_its_agency():
    answered, draft = _answer("Tỉnh Quảng Ngãi phải bàn giao các vị trí thảm bê tông nhựa tuyến chính trước "
                              "ngày nào?", _hit(*QUANG_NGAI))
    assert answered
    text = "\n".join(draft.lines)
    assert "15 tháng 10 năm 2025" in text and "trong tháng 10 năm 2025" not in text  # not the other clause's month
    assert "(Ủy ban nhân dân tỉnh Quảng Ngãi)" in text


def test_a_list_item_opening_with_an_agency_binds_its_clauses():
    clauses = timed_clauses(_hit(*NINH_BINH))
    ninh_binh = [c for c in clauses if "móng" in c.text]
    assert [c.subject for c in ninh_binh] == [("Ủy ban nhân dân tỉnh Ninh Bình",)]
    answered, draft = _answer("Ủy ban nhân dân tỉnh Ninh Bình phải phê duyệt phương án bồi thường các vị trí móng "
                              "cột trước ngày nào?", _hit(*NINH_BINH))
    assert answered
    assert draft.citations[0].quote.startswith("hoàn thành phê duyệt phương án bồi thường")
    assert "(Ủy ban nhân dân tỉnh Ninh Bình)" in draft.lines[0]


def test_another_provinces_time_is_not_given():
    # "(ii) UBND tinh Phú Tho …" (OCR lost the marks): a bare "Ủy ban nhân dân" names no province, Ninh Bình's
    # least of all
    _, draft = _answer("Ủy ban nhân dân tỉnh Ninh Bình phải giải quyết vướng mắc về bồi thường GPMB hành "
                              "lang tuyến các khoảng cột, khoảng néo còn lại trước ngày nào?", _hit(*NINH_BINH))
    assert all("Phú Tho" not in c.quote for c in draft.citations)


def test_a_time_only_clause_completes_the_task_before_it():
    clauses = timed_clauses(_hit(*O_MON))
    assert clauses[0].text.startswith("- Dự án hạ nguồn: (i) Về Dự án NMD O Môn III: PVN khan truong")
    assert clauses[0].text.endswith("hoàn thành trước ngày 15 tháng 10 năm 2025.")
    assert clauses[0].subject == ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",)


def test_a_time_closing_a_list_item_is_found_after_its_tasks():
    hit = _hit(*FINANCE)
    row_end = hit.text.index("hạn chế dau tu") + len("hạn chế dau tu")
    later = item_time(hit, row_end)
    assert later is not None and later.deadlines[0].normalized == "2025-12"
    assert item_time(hit, hit.text.index("2. Để thực hiện")) is None  # the next item states none


DONG_NAI = ("chinhphu/541-tb.signed.txt", 216, 220, "Thông báo", "541/TB-VPCP", "2025-10-08")


def test_a_list_items_time_comes_before_its_introductions_and_never_another_provinces():
    # the introduction "…, trong đó lưu ý:" states a target of another directive ("trong năm 2025"); Đồng Nai's
    # passage shares the words of the question but is another province's
    draft = Draft([_hit(*DONG_NAI), _hit(*QUANG_NGAI)])
    question = "Tỉnh Quảng Ngãi phải bàn giao toàn bộ mặt bằng dự án trong thời gian nào?"
    assert compose_passages(draft, classify(question), content_words(question), question)
    quotes = [" ".join(c.quote.split()) for c in draft.citations]
    assert [q.endswith("bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025") for q in quotes] == [True]


def _sentence(text: str) -> Hit:
    return Hit.from_payload({"chunk_id": "s", "doc_id": "s", "doc_type": "Chỉ thị", "text": text, "start": 0,
                             "end": len(text)}, 1.0)


@pytest.mark.parametrize("sentence, clauses", [
    # a recurrence and its day are one time (Chỉ thị 30/CT-TTg, Nghị định 259/2025/NĐ-CP, Quyết định 143/QĐ-UBQG)
    ("- Các bộ, ngành, địa phương và doanh nghiệp liên quan báo cáo việc thực hiện các nhiệm vụ được giao tại Chỉ thị "
     "này, gửi về Bộ Công Thương trước ngày 15 tháng 01 hằng năm để tổng hợp và báo cáo Thủ tướng Chính phủ.", 1),
    ("Trước ngày 30 tháng 01 hàng năm, báo cáo Bộ Công Thương bằng văn bản theo phương thức gửi trực tiếp", 1),
    ("Định kỳ hàng năm (trước ngày 31/12) báo cáo Chủ tịch Ủy ban Quôc gia về tiên độ, kêt quả thực hiện", 1),
    # two report dates of one task (Nghị quyết 03/NQ-CP): no comma parts them
    ("định kỳ 6 tháng báo cáo kết quả thực hiện về Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông trước ngày "
     "15 tháng 6 và trước ngày 01 tháng 12 để tổng hợp, báo cáo Chính phủ.", 1),
    # two tasks, two times (Công văn 9757/VPCP-CN)
    ("- Quyết liệt chỉ đạo các cơ quan chức năng và chính quyền địa phương các cấp tập trung giải quyết đứt điểm các "
     "khó khăn, vướng mắc để bàn giao toàn bộ mặt bằng dự án trong tháng 10 năm 2025, trong đó ưu tiên các vị trí "
     "thảm bê tông nhựa tuyến chính trước ngày 15 tháng 10 năm 2025;", 2),
])
def test_times_of_one_task_stay_together(sentence, clauses):
    assert len(timed_clauses(_sentence(sentence))) == clauses


INVESTMENT = ("chinhphu/194-ttg.signed.txt", 80, 84, "Công điện", "194/CĐ-TTg", "2025-10-04")


def test_a_group_of_every_province_binds_the_time_asked_of_one():
    # "3. Các bộ, cơ quan, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương: … báo cáo Thủ tướng Chính phủ
    # trước ngày 15 tháng 10 năm 2025": the time asked of "UBND tỉnh"
    answered, draft = _answer("UBND tỉnh phải báo cáo kết quả đầu tư 9 tháng trước ngày nào?", _hit(*INVESTMENT))
    assert answered and "15 tháng 10 năm 2025" in draft.citations[0].quote
    # a district's committee is in no such group
    answered, draft = _answer("UBND huyện phải báo cáo kết quả đầu tư 9 tháng trước ngày nào?", _hit(*INVESTMENT))
    assert not answered


def test_the_clause_of_the_time_asked_is_read_in_the_fifth_passage():
    # four passages of the same directive come first (other doers, other times); the provinces' chairmen's month
    # is in the fifth
    directive = ("thue/22_2008_CT-TTg.md", "Chỉ thị", "22/2008/CT-TTg", "2008-07-15")
    parts = [(16, 26), (40, 46), (50, 54), (58, 66), (28, 36)]
    hits = [_hit(directive[0], first, last, *directive[1:]) for first, last in parts]
    question = "Chủ tịch UBND tỉnh phải quyết định lập ban chỉ đạo về thuế TNCN ở địa phương trong tháng nào?"
    draft = Draft(hits)
    assert compose_passages(draft, classify(question), content_words(question), question)
    text = "\n".join(draft.lines)
    assert "trong tháng 8 năm 2008 quyết định thành lập Ban Chỉ đạo" in text and "tháng 7 năm 2008" not in text


ASSEMBLY = ("nq57/QH_CTHD.md", 46, 49, "Kế hoạch", "3260-KH/ĐĐQH15", "2025-03-10")


def test_a_time_closing_a_list_item_is_read_with_the_whole_item():
    # "* Khẩn trương … rà soát, … rào cản về pháp luật …; hoàn thiện thể chế …; thực hiện cơ bản hoàn thành trong năm
    # 2025.": the time-only clause closes the item, whose first clause holds the task asked
    clauses = timed_clauses(_hit(*ASSEMBLY))
    closing = next(c for c in clauses if c.deadlines[0].normalized == "2025")
    assert closing.text.startswith("hoàn thiện thể chế") and closing.text.endswith("cơ bản hoàn thành trong năm 2025.")
    assert closing.context.startswith("* Khẩn trương, quyết liệt tổ chức rà soát")
    question = "Cơ bản xong việc rà soát, tháo gỡ rào cản pháp luật đối với KHCN, ĐMST và chuyển đổi số vào năm nào?"
    answered, draft = _answer(question, _hit(*ASSEMBLY))
    assert answered and draft.citations[0].quote.endswith("trong năm 2025.")


STORM = ("chinhphu/196cd.signed.txt", 41, 57, "Công điện", "196/CĐ-TTg", "2025-10-12")


def test_an_item_directing_another_body_is_its_leads_too():
    # "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: a) Chỉ đạo Sở Giáo dục và Đào tạo … Tổng hợp báo cáo … gửi
    # về Bộ Giáo dục và Đào tạo trước 15h00 ngày 14 tháng 10 năm 2025": the provinces' time and the department's
    clause = next(c for c in timed_clauses(_hit(*STORM)) if c.deadlines[0].normalized == "2025-10-14")
    assert "Sở Giáo dục và Đào tạo" in clause.subject and any("Ủy ban nhân dân" in name for name in clause.subject)
    answered, draft = _answer("UBND các tỉnh bị ảnh hưởng bão số 11 phải gửi báo cáo thiệt hại của ngành giáo dục "
                              "về Bộ GD&ĐT trước thời điểm nào?", _hit(*STORM))
    assert answered and "15h00 ngày 14 tháng 10 năm 2025" in " ".join(draft.citations[0].quote.split())


def test_a_clause_cut_by_a_chunk_boundary_is_read_whole():
    # Nghị định 258/2025/NĐ-CP, Điều 43 (evals/devdocs): item c) runs over two chunks; the time of item d) (another
    # doer, another day) shares more of the question's words with the second chunk alone
    text = load(SAMPLES.parent.parent / "evals" / "devdocs" / "258-cp.signed.txt")[0].text
    first = text.index("c) Cơ quan chuyên môn về công viên")
    cut = text.index("cấp tỉnh và Bộ Xây dựng", first)
    last = text.index("lưu trữ hồ sơ", cut)
    end = len(text[:cut].rstrip())  # a chunk ends on its last word, the line break between the two is no one's
    hits = [Hit.from_payload({"chunk_id": name, "doc_id": "258-cp", "doc_type": "Nghị định",
                              "doc_number": "258/2025/NĐ-CP", "issued_on": "2025-10-03", "text": text[a:b],
                              "start": a, "end": b}, 1.0) for name, a, b in (("c2", cut, last), ("c1", first, end))]
    question = ("Cơ quan chuyên môn về công viên, cây xanh thuộc Ủy ban nhân dân cấp tỉnh phải báo cáo Bộ Xây dựng định "
                "kỳ trước ngày nào?")
    draft = Draft(hits)
    assert compose_passages(draft, classify(question), content_words(question), question)
    quote = " ".join(draft.citations[0].quote.split())
    assert "trước ngày 15 tháng 12 hàng năm" in quote and "01 tháng 12" not in "\n".join(draft.lines)


@pytest.mark.parametrize("text, labelled", [
    # Quyết định phê duyệt Kế hoạch lập Chương trình phát triển đô thị thành phố Tam Điệp (807/QĐ-UBND), Điều 1
    ("trình theo quy định hiện hành.\n9. Thời gian thực hiện: Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết\n"
     "định này.\nĐiều 2. Tổ chức thực hiện", True),
    ("- Tiến độ thực hiện: hoàn thành trong Quý II/2025.", True),
    # a label with no time after it, and the words in running text, are no plan's time
    ("9. Thời gian thực hiện: theo tiến độ của dự án.", False),
    ("Các sở, ngành bảo đảm thời gian thực hiện nhiệm vụ được giao trước ngày 15/10/2025.", False),
])
def test_plan_time_reads_a_labelled_time_of_the_whole_plan(text, labelled):
    assert plan_time([text]) is labelled


def test_a_timed_clause_outdone_by_a_sentence_stating_the_task_is_no_answer():
    # the Bộ Giáo dục và Đào tạo draft Thông tư (evals/devdocs): Điều 9's "… được phép sử dụng đề thi … theo quy định
    # Thông tư 27/2017/TT-BGDĐT … cho đến hết ngày 31/12/2027" is the task asked, its time the end of the transition
    # ("đến hết ngày …", corpus.deadlines); the appendix's "Trước ngày 31/12 hằng năm, phải bổ sung đề thi …" is a like
    # task's time, never the answer
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    relative = "../../evals/devdocs/20251006011846298.-du-thao.txt"
    assert (SAMPLES / relative).resolve() == (devdocs / "20251006011846298.-du-thao.txt").resolve()
    transition = _hit(relative, 188, 198, "Thông tư", None, None)
    appendix = _hit(relative, 488, 492, "Thông tư", None, None)
    question = ("Theo dự thảo Thông tư, đơn vị đang tổ chức thi đánh giá năng lực tiếng Việt được dùng đề thi theo "
                "Thông tư 27/2017/TT-BGDĐT đến khi nào?")
    draft = Draft([transition, appendix])
    answered = compose_passages(draft, classify(question), content_words(question), question)
    assert answered and "cho đến hết ngày 31/12/2027" in draft.lines[0]
    assert not any("hằng năm" in line for line in draft.lines)


def _devdoc(name: str, first: int, last: int, doc_type: str, number: str, issued: str) -> Hit:
    """Lines of an unbundled development document (evals/devdocs), as a passage."""
    from tests.data import ROOT
    lines = load(ROOT / "evals" / "devdocs" / name)[0].text.splitlines()
    text = "\n".join(lines[first - 1:last])
    return Hit.from_payload({"chunk_id": f"{name}:{first}", "doc_id": name, "doc_type": doc_type,
                             "doc_number": number, "issued_on": issued, "text": text, "start": 0,
                             "end": len(text)}, 1.0)


def _line_of(name: str, words: str) -> int:
    from tests.data import ROOT
    lines = load(ROOT / "evals" / "devdocs" / name)[0].text.splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


def test_a_time_after_the_semicolon_of_an_enumeration_is_read_with_the_clauses_before_it():
    # Thông tư 62/2009/TT-BTC, Điều 10: "Thời hạn nộp thuế TNCN đối với hoạt động chuyển nhượng bất động sản, nhận
    # thừa kế, quà tặng; chuyển nhượng vốn góp, … chậm nhất không quá 30 ngày kể từ ngày nhận được thông báo thuế."
    at = _line_of("62_2009_TT-BTC.md", "Thời hạn nộp thuế TNCN đối với hoạt động chuyển nhượng")
    hit = _devdoc("62_2009_TT-BTC.md", at, at, "Thông tư", "62/2009/TT-BTC", "2009-03-27")
    [clause] = timed_clauses(hit)
    assert clause.text.startswith("Thời hạn nộp thuế TNCN đối với hoạt động chuyển nhượng bất động sản")  # quoted whole
    assert "chuyển nhượng bất động sản" in clause.context and clause.context.startswith("Thời hạn nộp thuế")
    answered, draft = _answer("Theo Thông tư 62/2009/TT-BTC, thời hạn nộp thuế thu nhập cá nhân đối với hoạt động "
                              "chuyển nhượng bất động sản là khi nào?", hit)
    assert answered and "30 ngày kể từ ngày nhận được thông báo thuế" in "\n".join(draft.lines)


def test_the_time_of_another_act_of_the_same_subject_is_not_the_time_asked():
    # Thông tư 97/2020/TT-BTC (39/VBHN-BTC, Điều 20): khoản 6 "… phải ban hành các quy trình nghiệp vụ, thiết lập và
    # vận hành hệ thống quản trị rủi ro …" states no time; khoản 7 "… có trách nhiệm hằng năm tổ chức đào tạo …"
    at = _line_of("39-vbhn-btc.txt", "6. Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành")
    hit = _devdoc("39-vbhn-btc.txt", at, at + 12, "Văn bản hợp nhất", "39/VBHN-BTC", "2025-10-01")
    answered, draft = _answer("Theo Thông tư 97/2020/TT-BTC, chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam "
                              "phải ban hành quy trình nghiệp vụ, thiết lập hệ thống quản trị rủi ro trong thời hạn "
                              "nào?", hit)
    # khoản 7 opens a list item of its own: its "hằng năm" neither answers nor blocks saying khoản 6 states no time
    assert answered and "không nêu thời hạn" in "\n".join(draft.lines) and "hằng năm" not in "\n".join(draft.lines)


def test_an_act_found_with_no_time_is_said_to_have_none_and_another_acts_time_is_not_given():
    # Thông tư 10/2009/TT-BTC, 3.1 and 3.2: "Hàng tháng … cơ sở giao đại lý khai thuế …" (another act, monthly);
    # "Cơ sở giao đại lý … phải cấp chứng từ khấu trừ thuế theo yêu cầu của cá nhân làm đại lý …" (no time)
    first = _line_of("10_2009_TT-BTC.md", "- Hàng tháng căn cứ vào số thuế")
    last = _line_of("10_2009_TT-BTC.md", "Cơ sở giao đại lý đã khấu trừ thuế theo hướng dẫn trên")
    hit = _devdoc("10_2009_TT-BTC.md", first, last, "Thông tư", "10/2009/TT-BTC", "2009-01-21")
    answered, draft = _answer("Theo Thông tư 10/2009/TT-BTC, cơ sở giao đại lý phải cấp chứng từ khấu trừ thuế cho cá "
                              "nhân làm đại lý bảo hiểm trong thời hạn nào?", hit)
    text = "\n".join(draft.lines)
    assert answered and "không nêu thời hạn" in text and "phải cấp chứng từ khấu trừ thuế" in text
    assert "Hàng tháng" not in text
    # the monthly return itself is still answered with its time
    answered, draft = _answer("Theo Thông tư 10/2009/TT-BTC, cơ sở giao đại lý phải khai thuế thu nhập cá nhân đã "
                              "khấu trừ vào lúc nào?", hit)
    assert "không nêu thời hạn" not in "\n".join(draft.lines)


def test_a_sentence_saying_a_time_in_words_is_never_said_to_have_none():
    # Thông tư 62/2009/TT-BTC, Điều 6: "… hết năm cá nhân, nhóm cá nhân kinh doanh phải khai báo để tính lại …"
    at = _line_of("62_2009_TT-BTC.md", "3. Bổ sung vào tiết 2.2.3")
    hit = _devdoc("62_2009_TT-BTC.md", at, at, "Thông tư", "62/2009/TT-BTC", "2009-03-27")
    _, draft = _answer("Theo Thông tư 62/2009/TT-BTC, cá nhân kinh doanh nộp thuế khoán có doanh thu thực tế lớn hơn "
                       "doanh thu đã khoán phải khai báo để tính lại số thuế trong thời hạn nào?", hit)
    assert "không nêu thời hạn" not in "\n".join(draft.lines)


def test_a_period_running_from_a_day_that_ocr_read_as_ke_tu_is_a_time():
    # 39/VBHN-BTC (Thông tư 97/2020/TT-BTC, Điều 6), the publisher's OCR: "… trong thời hạn 10 ngày ké từ ngày giấy ủy
    # quyền có hiệu lực."
    at = _line_of("39-vbhn-btc.txt", "quyền này trong thời hạn 10 ngày ké từ ngày giấy ủy quyền có hiệu lực")
    hit = _devdoc("39-vbhn-btc.txt", at - 1, at, "Văn bản hợp nhất", "39/VBHN-BTC", "2025-10-01")
    [clause] = [c for c in timed_clauses(hit) if "10 ngày" in c.text]
    assert clause.deadlines[0].normalized == "10 ngày kể từ ngày giấy ủy quyền có hiệu lực"
    assert "ké từ" in clause.text  # quoted as the document reads


@pytest.mark.parametrize("text, after, opens", [
    # Thông tư 97/2020/TT-BTC as consolidated (39/VBHN-BTC, Điều 20): item 7 opens on its own line; its "hằng năm" is
    # another provision's time, not item 6's
    ("Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành các quy trình nghiệp vụ, thiết lập và vận "
     "hành hệ thống quản trị rủi ro theo hướng dẫn của Ủy ban Chứng khoán Nhà nước.\n\n7. Chi nhánh công ty quản lý "
     "quỹ nước ngoài tại Việt Nam có trách nhiệm hằng năm tô chức dao tạo, tập huân cho nhân viên.", "Chi nhánh công ty "
     "quản lý quỹ nước ngoài tại Việt Nam có", True),
    # the next sentence of the same item
    ("Chi nhánh công ty quản lý quỹ nước ngoài tại Việt Nam phải ban hành các quy trình nghiệp vụ. Thời hạn hoàn "
     "thành chậm nhất là 30 ngày kể từ ngày được cấp giấy phép.", "Thời hạn", False),
    # a line break that opens no item
    ("Các bộ, cơ quan báo cáo kết quả giải ngân.\nThời hạn gửi báo cáo trước ngày 15 hằng tháng.", "Thời hạn", False),
])
def test_a_list_item_opening_between_two_sentences_is_read(text, after, opens):
    from assistant.timed import item_between
    hit = Hit.from_payload({"chunk_id": "c", "doc_id": "d", "text": text, "start": 100, "end": 100 + len(text)}, 1.0)
    assert item_between(hit, 100 + text.index(".") + 1, 100 + text.index(after)) == opens


def test_a_passage_going_on_under_an_item_title_takes_its_doer():
    # Công điện 187/CĐ-TTg, 1.c): "c) Bộ trưởng Bộ Tài chính" / "Khan trương nghiên cứu, cải cách thủ tục cấp phép …;
    # báo cáo … hoàn thành trong tháng 12 năm 2025." once the item goes whole into a passage of its own: the title is
    # a heading over it, and the time is still the ministry's
    from dataclasses import replace
    hit = replace(_hit("chinhphu/187-ttg.signed.txt", 155, 161, "Công điện", "187/CĐ-TTg", "2025-10-06"),
                  heading_path=("1. Để cắt giảm tối đa các điều kiện kinh doanh và TTHC, Thủ tướng Chính phủ yêu cầu",
                                "c) Bộ trưởng Bộ Tài chính"))
    assert hit.text.startswith("Khan trương")
    [clause] = timed_clauses(hit)
    assert clause.subject == ("Bộ Tài chính",) and clause.deadlines[0].normalized == "2025-12"
    question = ("Bộ Tài chính phải hoàn thành việc cải cách thủ tục cấp giấy chứng nhận đăng ký đầu tư, rút ngắn thời "
                "gian gia nhập thị trường trong thời hạn nào?")
    answered, draft = _answer(question, hit)
    assert answered and "Bộ Tài chính" in draft.lines[0]


def test_a_passage_under_a_numbered_paragraphs_first_line_takes_no_doer_from_it():
    # Công điện 191/CĐ-TTg, mục 2: "Trên cơ sở các báo cáo nêu trên, Bộ Nông nghiệp và Môi trường chủ trì, … trình Thủ
    # tướng Chính phủ trước ngày 30 tháng 10 năm 2025" in a passage under "2. Ủy ban nhân dân các tỉnh, …" (the
    # paragraph's first line, a heading): the time is not the committees'
    from dataclasses import replace
    hit = replace(_hit("chinhphu/191-ttg.signed.txt", 67, 72, "Công điện", "191/CĐ-TTg", "2025-10-15"),
                  heading_path=("2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, các tập' -…",))
    assert hit.text.startswith("Trên cơ sở")
    assert [c.subject for c in timed_clauses(hit)] == [()]


def _plain_hit(text: str, doc_type: str, number: str) -> Hit:
    return Hit.from_payload({"chunk_id": f"{number}:1", "doc_id": number, "doc_type": doc_type, "doc_number": number,
                             "text": text, "start": 0, "end": len(text)}, 1.0)


# Thông tư 100/2004/TT-BTC (evals/devdocs), Mục IV.1: the time is given in a sentence naming the act as "Việc …"
SECURITIES = ("1. Việc đăng ký, kê khai, nộp thuế, quyết toán thuế và xử lý vi phạm về thuế đối với tổ chức, cá nhân "
              "hoạt động trong lĩnh vực chứng khoán thực hiện theo quy định hiện hành của pháp luật về thuế giá trị gia "
              "tăng và thuế thu nhập doanh nghiệp.\n\nRiêng Công ty chứng khoán, Công ty quản lý Quỹ đầu tư chứng "
              "khoán, Công ty cổ phần thực hiện khấu trừ tiền thuế thu nhập doanh nghiệp và nộp thuế thay cho tổ chức "
              "đầu tư thì thực hiện kê khai, quyết toán thuế với cơ quan thuế trực tiếp quản lý Công ty (theo mẫu số 01 "
              "kèm theo thông tư này) và nộp thuế vào Kho bạc Nhà nước. Việc kê khai, nộp thuế, quyết toán thuế được "
              "thực hiện trong vòng 30 ngày, kể từ ngày phát sinh thu nhập chịu thuế của tổ chức đầu tư.")


def test_a_time_given_to_an_act_named_as_viec_is_read_with_the_sentence_doing_it():
    clauses = timed_clauses(_plain_hit(SECURITIES, "Thông tư", "100/2004/TT-BTC"))
    [clause] = [c for c in clauses if "30 ngày" in c.text]
    assert clause.restated and clause.text.startswith("Riêng Công ty chứng khoán")
    assert "nộp thuế thay cho tổ chức đầu tư" in clause.context


def test_a_viec_sentence_about_another_act_stands_alone():
    text = ("Cơ sở kinh doanh phải đăng ký thuế với cơ quan thuế. Việc quyết toán thuế được thực hiện trong vòng 90 "
            "ngày, kể từ ngày kết thúc năm tài chính.")
    [clause] = timed_clauses(_plain_hit(text, "Thông tư", "1/2004/TT-BTC"))
    assert not clause.restated and clause.text.startswith("Việc quyết toán thuế")


STEERING = ("chinhphu/541-tb.signed.txt", 112, 120, "Thông báo", "541/TB-VPCP", "2025-10-08")


def test_a_time_closing_a_lettered_item_after_its_task_is_that_tasks():
    # Thông báo 541/TB-VPCP, 2.1 b): the task row ends at "ngành năng lượng"; its item goes on "; hoàn thành trong
    # tháng 10 năm 2025" (devdocs_qc qcc4.2: "Việc kiện toàn Ban Chỉ đạo đó phải xong khi nào?" is answered with it,
    # `answering._record_item_time`); item c) after it has a time of its own, never this one's
    hit = _hit(*STEERING)
    row_end = hit.text.index("ngành năng lượng;") + len("ngành năng lượng")
    later = item_time(hit, row_end)
    assert later is not None and later.deadlines[0].normalized == "2025-10"
    assert later.end <= hit.text.index("c) Ra soát")


def test_a_time_sentence_is_read_with_the_recurring_act_before_it_for_that_recurrence():
    # Nghị định 30/1998/NĐ-CP, Điều 17.1: "… tạm nộp số thuế hàng quý … . Thời hạn nộp thuế được ghi trong thông báo
    # chậm nhất không quá ngày cuối quý."
    at = _line_of("30_1998_NĐ-CP.md", "Cơ sở kinh doanh tạm nộp số thuế hàng quý")
    hit = _devdoc("30_1998_NĐ-CP.md", at, at, "Nghị định", "30/1998/NĐ-CP", "1998-05-13")
    [read] = [c for c in timed_clauses(hit) if c.recurs]
    assert read.recurs == "quý"
    assert "hàng quý" in read.text and read.text.endswith("ngày cuối quý.")
    answered, draft = _answer("Theo Nghị định 30/1998/NĐ-CP, thời hạn tạm nộp thuế hàng quý ghi trong thông báo của "
                              "cơ quan thuế chậm nhất là khi nào?", hit)
    assert answered and "ngày cuối quý" in "\n".join(draft.lines) and "hàng quý" in "\n".join(draft.lines)
    # not read so for a question asking no recurrence (`compose_timed` reads the ones asked)
    from assistant.timed import recurrences
    assert recurrences("… tạm nộp thuế từng quý chậm nhất là khi nào?") == {"quý"}
    assert recurrences("… nộp tờ khai thuế cả năm chậm nhất là ngày nào?") == set()


def test_a_time_sentence_after_a_case_recurring_by_another_period_is_not_read_with_it():
    # Thông tư 84/2008/TT-BTC: "Trường hợp hàng tháng … được khai, nộp tờ khai thuế theo quý. Thời hạn nộp tờ khai thuế
    # theo quý chậm nhất là ngày 30 của tháng đầu quý sau." (the month is the case's)
    at = _line_of("84_2008_TT-BTC.md", "Trường hợp hàng tháng tổ chức, cá nhân trả thu nhập có tổng số thuế")
    hit = _devdoc("84_2008_TT-BTC.md", at, at, "Thông tư", "84/2008/TT-BTC", "2008-09-30")
    assert not [c for c in timed_clauses(hit) if c.recurs or c.restated]


# Công điện 191/CĐ-TTg, mục 1: the enterprises report to Bộ Tài chính before 25/10; Bộ Tài chính then leads the summary
# report due before 30/10. Asked who reports to Bộ Tài chính, the ministry's own clause is no rival.
ENTERPRISES = ("Các tập đoàn, tổng công ty, doanh nghiệp nhà nước: Trước ngày 25 tháng 10 năm 2025, báo cáo Bộ Tài chính "
               "về kết quả tình hình hoạt động sản xuất kinh doanh của doanh nghiệp 03 quý đầu năm 2025")
MINISTRY = ("Trên cơ sở các báo cáo nêu trên, Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan có liên quan xây dựng "
            "báo cáo tổng hợp, trình Thủ tướng Chính phủ trước ngày 30 tháng 10 năm 2025.")


@pytest.mark.parametrize("question, kept", [
    ("Các doanh nghiệp nhà nước phải báo cáo Bộ Tài chính trước ngày nào?", [ENTERPRISES]),
    # the ministry asked as the doer, or no body asked as the one reported to: the tie stays for the reader
    ("Bộ Tài chính phải trình Thủ tướng báo cáo tổng hợp trước ngày nào?", []),
    ("Báo cáo về doanh nghiệp nhà nước phải xong trước ngày nào?", []),
])
def test_a_body_asked_as_the_one_reported_to_does_not_lead_the_clause(question, kept):
    from assistant.timed import Timed, _not_led_by_recipient
    from corpus.deadlines import find_deadlines
    clauses = [Timed(None, 0, len(t), t, tuple(find_deadlines(t)), t, ()) for t in (ENTERPRISES, MINISTRY)]
    assert [c.text for c in _not_led_by_recipient(clauses, question)] == kept
