"""The answer judge on hand-made answers to gold items of the test part: right, declined, and the ways an answer is
wrong (the lead named only as partner, a partner as lead, another deadline beside the gold one, the wrong document
or row, an answer to an unanswerable question, a time stated where the document gives none)."""
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.records import Answer, Citation
from corpus.deadlines import parse_deadline
from corpus.records import Obligation
from evals.dataset import CATEGORIES, NO_DIACRITICS, Gold, Item, read_set, strip_marks, without_diacritics
from evals.judge import DECLINED, RIGHT, WRONG, deadlines_in, judge

SETS = Path(__file__).resolve().parents[2] / "evals" / "sets"
ITEMS = {item.id: item for path in SETS.glob("test_*.jsonl") for item in read_set(path)}
ROW_33 = ("| 33. | Xây dựng Nghị định quy định chính sách học bổng cho người học các ngành khoa học cơ bản, kỹ "
          "thuật then chốt và công nghệ chiến lược. | Bộ Giáo dục và Đào tạo | Các bộ, ngành, địa phương | "
          "Nghị định của Chính phủ | 2025 |")
ROW_32 = ("| 32. | Sửa đổi, bổ sung Nghị định số 109/2022/NĐ-CP quy định hoạt động khoa học và công nghệ trong các "
          "cơ sở giáo dục đại học | Bộ Giáo dục và Đào tạo | Bộ Khoa học và Công nghệ | Nghị định của Chính phủ | "
          "2026 |")
ROW_31 = ("| 31. | Xây dựng Nghị định quy định về việc người nước ngoài vào làm quản lý, giảng dạy | Bộ Giáo dục và "
          "Đào tạo | Bộ Nội vụ | Nghị định của Chính phủ | 2027 |")
ANNEX = "NQCP03_NQ03_PL2_Nhiem_vu"


def cite(doc_id: str, quote: str, number: int = 1) -> Citation:
    return Citation(number, f"{doc_id}#{number}", doc_id, None, None, None, None, None, "Phụ lục II", None, None,
                    quote, 0, len(quote), doc_id)


def answer(text: str, citations=(), obligations=(), answerable: bool = True) -> Answer:
    return Answer(question="", text=text, answerable=answerable, citations=tuple(citations),
                  obligations=tuple(obligations))


def task(lead, partners=(), deadline: str | None = None, doc_id: str = ANNEX) -> Obligation:
    return Obligation(doc_id, f"{doc_id}#1", "nhiệm vụ", tuple(lead), tuple(partners),
                      deadline=parse_deadline(deadline) if deadline else None)


def test_the_test_part_is_large_enough_and_well_formed():
    singles = [i for i in ITEMS.values() if not i.conversation]
    conversations = {i.conversation for i in ITEMS.values() if i.conversation}
    assert len(singles) + sum(1 for i in ITEMS.values() if i.history) >= 80
    assert len(conversations) >= 15
    assert all(3 <= sum(i.conversation == c for i in ITEMS.values()) <= 4 for c in conversations)
    assert {i.category for i in ITEMS.values()} <= set(CATEGORIES)
    for category in ("table_row", "partner_vs_lead", "no_deadline", "effective_date", "signer", "implements",
                     "agency_tasks", "multi_doc", "unanswerable", "follow_up"):
        assert any(i.category == category for i in ITEMS.values()), category


def test_a_row_answer_with_the_lead_and_deadline_of_that_row_is_right():
    item = ITEMS["t01"]
    text = "Bộ Giáo dục và Đào tạo chủ trì nhiệm vụ “Xây dựng Nghị định …”; thời hạn: 2025 (Nghị quyết 03/NQ-CP) [1]."
    verdict = judge(answer(text, [cite(ANNEX, ROW_33)], [task(["Bộ Giáo dục và Đào tạo"], deadline="2025")]), item)
    assert verdict.outcome == RIGHT, verdict.reasons


def test_the_same_answer_read_from_text_only_is_right():
    text = f"Theo Nghị quyết 03/NQ-CP, Phụ lục II, nhiệm vụ 33: “{ROW_33}” [1]"
    assert judge(answer(text, [cite(ANNEX, ROW_33)]), ITEMS["t01"]).outcome == RIGHT


def test_a_refusal_is_declined_and_is_right_for_an_unanswerable_question():
    refusal = answer("Không tìm thấy nội dung trả lời câu hỏi này trong các văn bản đã lập chỉ mục.", answerable=False)
    assert judge(refusal, ITEMS["t01"]).outcome == DECLINED
    assert judge(refusal, ITEMS["u03"]).outcome == RIGHT


def test_an_answer_to_an_unanswerable_question_is_wrong():
    given = answer("Bộ Y tế chủ trì … [1]", [cite(ANNEX, ROW_33)], [task(["Bộ Y tế"])])
    assert judge(given, ITEMS["u03"]).outcome == WRONG


def test_the_asked_agency_named_as_lead_when_it_only_partners_is_wrong():
    item = ITEMS["p03"]  # Bộ Giáo dục và Đào tạo leads, Bộ Khoa học và Công nghệ partners
    swapped = answer("Bộ Khoa học và Công nghệ chủ trì nhiệm vụ sửa đổi Nghị định 109/2022/NĐ-CP [1].",
                     [cite(ANNEX, ROW_32)], [task(["Bộ Khoa học và Công nghệ"], ["Bộ Giáo dục và Đào tạo"])])
    verdict = judge(swapped, item)
    assert verdict.outcome == WRONG and "lead only as partner" in verdict.reasons
    in_text = answer("Nhiệm vụ sửa đổi Nghị định 109 do Bộ Khoa học và Công nghệ chủ trì; phối hợp với Bộ Giáo dục và "
                     "Đào tạo [1].", [cite(ANNEX, ROW_32)])
    assert judge(in_text, item).outcome == WRONG


def test_a_gold_partner_given_as_a_co_lead_beside_the_gold_lead_is_wrong():
    # Quyết định 2224/QĐ-TTg, 1.: "Bộ Công an chủ trì, phối hợp với các bộ, ngành liên quan và Ủy ban nhân dân thành
    # phố Hà Nội" builds the protection plan; the licensing row shown has all three bodies leading together
    quote = "1. Bộ Công an chủ trì, phối hợp với các bộ, ngành liên quan và Ủy ban"
    item = Item("x2", "partner_vs_lead", "Theo Quyết định 2224, Ủy ban nhân dân thành phố Hà Nội chủ trì hay phối hợp "
                "xây dựng kế hoạch bảo vệ công trình?", True,
                Gold(doc_ids=("2224",), quotes=(quote,), agency="Bộ Công an",
                     partners=("Ủy ban nhân dân thành phố Hà Nội",)))
    together = task(["Bộ Công an", "Bộ Quốc phòng", "Ủy ban nhân dân thành phố Hà Nội"], ["các bộ, ngành liên quan"],
                    doc_id="2224")
    verdict = judge(answer("Ủy ban nhân dân thành phố Hà Nội cùng chủ trì với Bộ Công an [1].", [cite("2224", quote)],
                           [together]), item)
    assert verdict.outcome == WRONG and verdict.reasons == ("partner as co-lead: Ủy ban nhân dân thành phố Hà Nội",)
    plan = task(["Bộ Công an"], ["các bộ, ngành liên quan", "Ủy ban nhân dân thành phố Hà Nội"], doc_id="2224")
    assert judge(answer("Bộ Công an chủ trì, Ủy ban nhân dân thành phố Hà Nội phối hợp [1].", [cite("2224", quote)],
                        [plan]), item).outcome == RIGHT


def test_an_asked_partner_given_as_the_lead_where_the_text_names_none_is_wrong():
    # Kế hoạch 196/KH-UBND of Ninh Bình, V.8: "8. Sở Nông nghiệp và Phát triển nông thôn" over "- Phối hợp với các sở,
    # ngành, địa phương thực hiện tốt các tiêu chí …": no lead is named, the Sở asked only works with others
    quote = "Phối hợp với các sở, ngành, địa phương thực hiện tốt các tiêu chí, nhiệm vụ về văn hóa trong xây dựng"
    item = Item("x1", "partner_vs_lead", "Theo Kế hoạch 196, Sở Nông nghiệp và Phát triển nông thôn chủ trì hay phối "
                "hợp việc thực hiện các tiêu chí về văn hóa trong xây dựng nông thôn mới?", True,
                Gold(doc_ids=("196",), quotes=(quote,), partners=("Sở Nông nghiệp và Phát triển nông thôn",)))
    as_lead = task(["Sở Nông nghiệp và Phát triển nông thôn"], ["các sở, ngành, địa phương"], doc_id="196")
    verdict = judge(answer("Sở Nông nghiệp và Phát triển nông thôn chủ trì nhiệm vụ này [1].", [cite("196", quote)],
                           [as_lead]), item)
    assert verdict.outcome == WRONG and verdict.reasons == ("asked partner as lead: Sở Nông nghiệp và Phát triển nông "
                                                            "thôn",)
    # a partner the question does not name (the body asked for) may lead its row
    asked_for = replace(item, question="Theo Kế hoạch 196, cơ quan nào được nêu trong việc thực hiện các tiêu chí về văn "
                                       "hóa trong xây dựng nông thôn mới?")
    assert judge(answer("Sở Nông nghiệp và Phát triển nông thôn chủ trì nhiệm vụ này [1].", [cite("196", quote)],
                        [as_lead]), asked_for).outcome == RIGHT


def test_the_gold_lead_given_only_as_partner_in_text_is_wrong():
    text = "Bộ Khoa học và Công nghệ thực hiện, phối hợp với Bộ Giáo dục và Đào tạo [1]."
    verdict = judge(answer(text, [cite(ANNEX, ROW_32)]), ITEMS["p03"])
    assert verdict.outcome == WRONG and verdict.reasons


def test_another_deadline_beside_the_gold_one_is_wrong():
    item = ITEMS["t01"]  # gold: 2025
    text = ("Bộ Giáo dục và Đào tạo chủ trì; thời hạn: 2025 [1]. Bộ Giáo dục và Đào tạo chủ trì nhiệm vụ “Xây dựng "
            "Nghị định … người nước ngoài …”; thời hạn: 2027 [2].")
    both = answer(text, [cite(ANNEX, ROW_33), cite(ANNEX, ROW_31, 2)],
                  [task(["Bộ Giáo dục và Đào tạo"], deadline="2025"),
                   task(["Bộ Giáo dục và Đào tạo"], deadline="2027")])
    verdict = judge(both, item)
    assert verdict.outcome == WRONG and "other deadline: 2027" in verdict.reasons


def test_a_missing_deadline_is_wrong():
    text = "Bộ Giáo dục và Đào tạo chủ trì nhiệm vụ xây dựng Nghị định về học bổng [1]."
    verdict = judge(answer(text, [cite(ANNEX, ROW_33)], [task(["Bộ Giáo dục và Đào tạo"])]), ITEMS["t01"])
    assert verdict.outcome == WRONG and "deadline missing: 2025" in verdict.reasons


def test_the_right_words_from_the_wrong_document_or_row_are_wrong():
    item = ITEMS["t01"]
    text = "Bộ Giáo dục và Đào tạo chủ trì; thời hạn: 2025 [1]."
    other_document = answer(text, [cite("NQCP03_NQ03", "Bộ Giáo dục và Đào tạo chủ trì xây dựng chính sách")],
                            [task(["Bộ Giáo dục và Đào tạo"], deadline="2025", doc_id="NQCP03_NQ03")])
    assert judge(other_document, item).reasons == ("wrong document: NQCP03_NQ03",)
    other_row = answer(text, [cite(ANNEX, ROW_31)], [task(["Bộ Giáo dục và Đào tạo"], deadline="2025")])
    assert judge(other_row, item).reasons == ("wrong passage",)


def test_a_when_question_the_document_gives_no_time_for():
    item = ITEMS["n01"]  # row 42 of the annex: no time in its cell
    row = ("Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ yêu cầu, nhiệm vụ quốc phòng, an ninh. | "
           "Bộ Công an | Bộ Quốc phòng | | |")
    honest = answer("Nghị quyết 03/NQ-CP không nêu thời hạn cho nhiệm vụ này; nhiệm vụ do Bộ Công an chủ trì [1].",
                    [cite(ANNEX, row)], [task(["Bộ Công an"], ["Bộ Quốc phòng"])])
    assert judge(honest, item).outcome == RIGHT
    silent = answer(f"Theo Nghị quyết 03/NQ-CP: “{row}” [1]", [cite(ANNEX, row)])
    assert judge(silent, item).reasons == ("no-time not said",)
    invented = answer("Thời hạn của nhiệm vụ là 2025 [1].", [cite(ANNEX, row)],
                      [task(["Bộ Công an"], deadline="2025")])
    assert judge(invented, item).outcome == WRONG


def test_facts_partners_and_tasks_must_all_be_there():
    item = ITEMS["t06"]  # Bộ Khoa học và Công nghệ leads, Bộ Tài chính partners, 2026
    row = ("Xây dựng Nghị định quy định về việc thành lập, tổ chức hoạt động của các quỹ đầu tư mạo hiểm cho khởi "
           "nghiệp sáng tạo, ươm tạo công nghệ và chuyển đổi số | Bộ Khoa học và Công nghệ | Bộ Tài chính | Nghị định "
           "của Chính phủ | 2026 |")
    no_partner = answer("Bộ Khoa học và Công nghệ chủ trì; thời hạn: 2026 [1].", [cite(ANNEX, row)],
                        [task(["Bộ Khoa học và Công nghệ"], deadline="2026")])
    assert judge(no_partner, item).reasons == ("partner missing: Bộ Tài chính",)
    whole = answer("Bộ Khoa học và Công nghệ chủ trì; phối hợp: Bộ Tài chính; thời hạn: 2026 [1].", [cite(ANNEX, row)],
                   [task(["Bộ Khoa học và Công nghệ"], ["Bộ Tài chính"], "2026")])
    assert judge(whole, item).outcome == RIGHT


@pytest.mark.parametrize("marked, bare", [("Ai ký Kế hoạch 193 về cây xanh?", "Ai ky Ke hoach 193 ve cay xanh?"),
                                          ("Đề án của Bộ Quốc phòng", "De an cua Bo Quoc phong")])
def test_no_diacritics_variants_strip_every_mark(marked, bare):
    assert strip_marks(marked) == bare


def test_no_diacritics_variants_cover_the_single_test_questions_only():
    items = list(ITEMS.values())
    variants = without_diacritics(items)
    assert len(variants) == sum(not i.conversation for i in items)
    assert all(v.category == NO_DIACRITICS and v.source in ITEMS and v.gold == ITEMS[v.source].gold for v in variants)


def test_a_signer_read_from_the_document_head_is_right_and_a_missing_one_wrong():
    item = ITEMS["s02"]
    head = "Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045"
    signed = answer(f"Quyết định 807/QĐ-UBND …; trích yếu: “{head}”; người ký: Nguyễn Cao Sơn [1].",
                    [cite("807", head)])
    assert judge(signed, item).outcome == RIGHT
    unsigned = answer(f"Quyết định 807/QĐ-UBND …; trích yếu: “{head}” [1].", [cite("807", head)])
    assert judge(unsigned, item).reasons == ("wrong passage", "fact missing: Nguyễn Cao Sơn")


def test_the_agency_assigning_a_task_is_not_read_as_its_lead():
    item = ITEMS["cv08.1"]  # Công văn 706: UBND tỉnh assigns, Bộ Chỉ huy Quân sự tỉnh leads
    quote = "UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với các cơ quan, đơn vị có liên quan"
    assert judge(answer(f"Theo Công văn 706/UBND-VP7: “{quote}” [1]", [cite("706", quote)]), item).outcome == RIGHT
    other = "Bộ Quốc phòng hướng dẫn về việc tuyển chọn và gọi công dân nhập ngũ năm 2025, UBND tỉnh giao"
    assert judge(answer(f"Theo Công văn 706/UBND-VP7: “{other}” [1]", [cite("706", other)]), item).outcome == WRONG


# The publisher's OCR of signed scans (Thông báo 537/TB-VPCP, Công văn 9757/VPCP-CN) drops or misreads marks:
# "hô sơ" for "hồ sơ", "chỉ trả" for "chi trả"; the gold tasks are written in correct Vietnamese.
OCR_537 = ("- Chỉ đạo Ban Quản lý dự án phối hợp với các nhà thầu khẩn trương,\ntập trung hoàn thiện hô sơ nghiệm thu "
           "phòng cháy, chữa cháy và gửi cơ quan\nphòng cháy, chữa cháy của Bộ Công an rước ngày 10 tháng 10 năm 2025.")
OTHER_537 = "giải quyết đứt điểm các vấn đề phát sinh, khẩn trương phê duyệt\ndự toán thiết kế bản vẽ thi công;"
OCR_9757 = ("- Rà soát, chủ động bố trí nguồn vốn để sẵn sàng chỉ trả các chỉ phí hợp lý,\nhợp pháp liên quan đến công "
            "tác bồi thường, hỗ trợ người dân trong quá trình triển\nkhai thi công dự án")
OTHER_9757 = ("- Kiểm soát chặt chẽ về tiến độ, chất lượng công trình, tô chức thi công đảm\nbảo khoa học, an toàn giao "
              "thông, an toàn lao động")


def ocr_item(doc_id: str, quote: str, task_words: str) -> Item:
    return Item("ocr", "agency_tasks", "Bộ phải làm gì?", True, Gold((doc_id,), (quote,), tasks=(task_words,)))


def ocr_cite(doc_id: str, quote: str, confidence: float | None = None) -> Citation:
    return replace(cite(doc_id, quote), ocr_confidence=confidence)


@pytest.mark.parametrize("doc_id, quote, other, gold_task", [
    ("537-tb.signed", OCR_537, OTHER_537, "hoàn thiện hồ sơ nghiệm thu phòng cháy, chữa cháy"),
    ("9757-cn.signed", OCR_9757, OTHER_9757, "bố trí vốn chi trả bồi thường, hỗ trợ người dân")])
def test_a_task_quoted_from_ocr_text_is_matched_with_marks_folded_only_there(doc_id, quote, other, gold_task):
    item = ocr_item(doc_id, quote, gold_task)
    text = f"Nhiệm vụ: {' '.join(quote.split())} [1]"
    # the document's text is OCR output, or the passage itself was read by OCR: the OCR spelling is tolerated
    assert judge(answer(text, [ocr_cite(doc_id, quote)]), item, {doc_id}).outcome == RIGHT
    assert judge(answer(text, [ocr_cite(doc_id, quote, 0.82)]), item).outcome == RIGHT
    # born-digital text is matched as written
    assert judge(answer(text, [ocr_cite(doc_id, quote)]), item).reasons == (f"task missing: {gold_task}",)
    # another task of the same OCR'd document is still caught
    both = answer(f"Nhiệm vụ: {' '.join(other.split())} [1]", [ocr_cite(doc_id, quote), ocr_cite(doc_id, other, 2)])
    assert judge(both, item, {doc_id}).reasons == (f"task missing: {gold_task}",)


def test_a_folded_word_counts_only_where_the_answer_quotes_it_from_the_ocr_passage():
    item = ocr_item("537-tb.signed", OCR_537, "hoàn thiện hồ sơ nghiệm thu phòng cháy, chữa cháy")
    # the answer's own unmarked wording ("ho so") is not OCR: it is not read as "hồ sơ"
    own = answer("Nhiệm vụ: hoàn thiện ho so nghiệm thu phòng cháy, chữa cháy [1]", [ocr_cite("537-tb.signed", OCR_537)])
    assert judge(own, item, {"537-tb.signed"}).outcome == WRONG


def test_a_labelled_time_is_read_to_the_end_of_its_last_word():
    # a row shown "· Thời hạn: hoàn thành trước ngày 12 tháng 10 năm 2025" (Công điện 194/CĐ-TTg): the label's value
    # is never cut inside "2025", which would read a day and month with no year as a second deadline
    row = "Chủ trì: Bộ Tài chính · Thời hạn: hoàn thành trước ngày 12 tháng 10 năm 2025"
    assert deadlines_in(row) == {"2025-10-12"}
    assert deadlines_in("Thời hạn: Quý II/2025; Chủ trì: Bộ Xây dựng") == {parse_deadline("Quý II/2025").normalized}


def test_an_asked_partner_the_agency_reading_does_not_know_given_as_a_lead_is_wrong():
    # Chỉ thị 42/1998/CT-UBND of Quảng Bình: "Sở Văn hóa - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình
    # tỉnh phối hợp với cơ quan Thuế": a newspaper, which no agency pattern names, asked as lead or partner
    quote = "Sở Văn hóa - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh phối hợp với cơ quan Thuế"
    item = Item("x3", "partner_vs_lead", "Theo Chỉ thị 42/1998/CT-UBND, Báo Quảng Bình chủ trì hay phối hợp việc tuyên "
                "truyền hai Luật thuế?", True, Gold(doc_ids=("42",), quotes=(quote,), partners=("Báo Quảng Bình",)))
    as_lead = task(["Sở Văn hóa - Thông tin, Báo Quảng Bình", "Đài Phát thanh - Truyền hình tỉnh"], ["cơ quan thuế"],
                   doc_id="42")
    verdict = judge(answer("Sở Văn hóa - Thông tin, Báo Quảng Bình và Đài Phát thanh - Truyền hình tỉnh chủ trì nhiệm "
                           "vụ này [1].", [cite("42", quote)], [as_lead]), item)
    assert verdict.outcome == WRONG and verdict.reasons == ("asked partner as lead: Báo Quảng Bình",)
    as_partner = task(["cơ quan thuế"], ["Sở Văn hóa - Thông tin", "Báo Quảng Bình"], doc_id="42")
    assert judge(answer("Báo Quảng Bình phối hợp, không chủ trì nhiệm vụ này; chủ trì: cơ quan thuế [1].",
                        [cite("42", quote)], [as_partner]), item).outcome == RIGHT
    # a body that merely contains the asked name's words is not it
    other = task(["Báo Quảng Bình Điện tử"], doc_id="42")
    assert judge(answer("Báo Quảng Bình Điện tử chủ trì [1].", [cite("42", quote)], [other]), item).outcome == RIGHT


def test_a_lead_cell_the_agency_reading_does_not_know_is_another_lead_in_text():
    quote = "Cục Thuế tỉnh chủ trì tuyên truyền hai Luật thuế"
    item = Item("x4", "lead", "Theo Chỉ thị 42, ai chủ trì tuyên truyền hai Luật thuế?", True,
                Gold(doc_ids=("42",), quotes=(quote,), agency="Cục Thuế tỉnh"))
    text = "Nhiệm vụ: tuyên truyền hai Luật thuế · Chủ trì: Báo Quảng Bình · Thời hạn: 1998. Cục Thuế tỉnh thực hiện [1]."
    verdict = judge(answer(text, [cite("42", quote)]), item)
    assert verdict.outcome == WRONG and verdict.reasons == ("other lead first: Báo Quảng Bình",)
    assert judge(answer("Nhiệm vụ: tuyên truyền hai Luật thuế · Chủ trì: Cục Thuế tỉnh [1].", [cite("42", quote)]),
                 item).outcome == RIGHT


def test_the_body_a_lead_signs_for_is_not_another_lead():
    # Nghị quyết 323/NQ-CP, Điều 2: "Giao Bộ trưởng Bộ Nội vụ … thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ
    # ký Tờ trình": the Prime Minister and the Government are those the minister signs for, not leads
    quote = "thay mặt Chính phủ ký Tờ trình của Chính phủ gửi Ủy ban"
    item = Item("x5", "lead", "Nghị quyết 323/NQ-CP giao ai thay mặt Chính phủ ký Tờ trình?", True,
                Gold(doc_ids=("323",), quotes=(quote,), agency="Bộ Nội vụ"))
    text = ("Theo Nghị quyết 323/NQ-CP, Điều 2: “thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của "
            "Chính phủ gửi Ủy ban Thường vụ Quốc hội.” [1] (chủ thể: Bộ Nội vụ)")
    assert judge(answer(text, [cite("323", quote)]), item).outcome == RIGHT
    wrong = "Theo Nghị quyết 323/NQ-CP: Văn phòng Chính phủ thay mặt Chính phủ ký Tờ trình [1]; Bộ Nội vụ trình."
    assert judge(answer(wrong, [cite("323", quote)]), item).outcome == WRONG


@pytest.mark.parametrize("named, tiers", [
    ("Các bộ, ngành, địa phương", {"bộ, ngành", "địa phương"}),
    ("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     {"bộ, ngành", "địa phương"}),
    ("các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành", {"bộ, ngành", "địa phương"}),
    ("Ủy ban nhân dân các tỉnh", {"địa phương"}),
    ("Bộ Công an", set()),
    ("các tỉnh Thái Nguyên, Cao Bằng", set()),
    ("các Bộ: Quốc phòng, Công an", set()),
    ("các sở, ngành", set()),
])
def test_a_group_of_kinds_of_body_is_read_by_its_tiers(named, tiers):
    from evals.judge import _group_tiers
    assert _group_tiers(named) == tiers


def test_a_group_lead_written_out_in_the_decrees_formula_is_the_gold_group():
    # Nghị quyết 03/NQ-CP, III.1: the ministries and provinces asked as "các bộ, ngành, địa phương" in the gold
    quote = ("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung "
             "ương theo chức năng, nhiệm vụ xây dựng và tổ chức thực hiện kế hoạch thực hiện Nghị quyết số 57-NQ/TW")
    item = Item("x6", "deadline", "Chính phủ yêu cầu các bộ và UBND cấp tỉnh ban hành kế hoạch thực hiện NQ 57 trong "
                "tháng nào?", True, Gold(doc_ids=("NQ03",), quotes=(quote,), agency="Các bộ, ngành, địa phương"))
    text = (f"Theo Nghị quyết 03/NQ-CP, Mục III.1: “Trên cơ sở nội dung Nghị quyết số 57-NQ/TW của Bộ Chính trị, "
            f"Chương trình hành động của Chính phủ, {quote} trong tháng 01 năm 2025.” [1]")
    assert judge(answer(text, [cite("NQ03", quote)]), item).outcome == RIGHT
    # only the provinces named: a tier of the gold missing
    provinces = "Theo Nghị quyết 03/NQ-CP: Ủy ban nhân dân các tỉnh xây dựng kế hoạch trong tháng 01 năm 2025 [1]."
    assert judge(answer(provinces, [cite("NQ03", quote)]), item).reasons == ("lead missing",)
    # another body leading before the group
    other = f"Theo Nghị quyết 03/NQ-CP: Bộ Khoa học và Công nghệ chủ trì; {quote} trong tháng 01 năm 2025 [1]."
    assert judge(answer(other, [cite("NQ03", quote)]), item).reasons == ("other lead first: Bộ Khoa học và Công nghệ",)
    # the group only working with another
    partner = f"Theo Nghị quyết 03/NQ-CP: Bộ Khoa học và Công nghệ phối hợp với {quote} trong tháng 01 năm 2025 [1]."
    assert judge(answer(partner, [cite("NQ03", quote)]), item).outcome == WRONG


def test_a_row_led_by_the_gold_group_marked_out_is_the_gold_group():
    # Phụ lục II of Nghị quyết 03/NQ-CP: "Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành" lead, Bộ
    # Công an a partner; the gold writes the group short
    quote = "Hoàn thiện triển khai xây dựng, đưa vào khai thác sử dụng 114 Cơ sở dữ liệu quốc gia"
    item = Item("x7", "partner_vs_lead", "Bộ Công an có trách nhiệm gì trong việc đưa vào khai thác 114 Cơ sở dữ liệu "
                "quốc gia?", True, Gold(doc_ids=(ANNEX,), quotes=(quote,), agency="Các bộ, ngành, địa phương",
                                         partners=("Bộ Công an",)))
    row = task(["các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành"], ["Bộ Công an"])
    text = ("Bộ Công an phối hợp, không chủ trì nhiệm vụ này; chủ trì: các bộ, ngành, địa phương là chủ quản CSDLQG, "
            "CSDL chuyên ngành [1].")
    assert judge(answer(text, [cite(ANNEX, quote)], [row]), item).outcome == RIGHT
    provinces = task(["Ủy ban nhân dân các tỉnh"], ["Bộ Công an"])
    assert judge(answer(text, [cite(ANNEX, quote)], [provinces]), item).outcome == WRONG
