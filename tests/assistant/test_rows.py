"""Task rows chosen for a question (assistant.rows), on the real rows of a bundled document."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.intent import classify, content_words
from assistant.rows import (_named_partners, _same_tasks, _settled, behind_passage, behind_timed, behind_undated, best_obligation, chaired,
                            fills_slot, unstated_partners, worked_with)
from corpus.chunking import chunk
from corpus.loaders import load
from corpus.obligations import extract_obligations
from corpus.records import Obligation, Span
from index.records import Hit, obligation_payload
from tests.data import ROOT, SAMPLES


def _hits(relative: str, doc_type: str | None, number: str | None, phrase: str, root=SAMPLES,
          in_text: bool = False) -> list[Hit]:
    """The passages of a bundled document holding a task row whose task has `phrase` (or, `in_text`, whose text
    has it), with their rows, as hits."""
    [document] = load(root / relative)
    pieces = chunk(document)
    headed = any(piece.heading_path for piece in pieces)
    hits = []
    for piece in pieces:
        rows = extract_obligations(piece, document.header.issued_on, headed=headed)
        if any(phrase in o.task for o in rows) or in_text and phrase in piece.text:
            hits.append(Hit.from_payload({
                "chunk_id": piece.chunk_id, "doc_id": piece.doc_id, "doc_type": doc_type, "doc_number": number,
                "heading_path": list(piece.heading_path), "table_header": list(piece.table_header),
                "text": piece.text, "start": piece.span.start,
                "end": piece.span.end, "obligations": [obligation_payload(o) for o in rows]}, 1.0))
    return hits


@pytest.mark.parametrize("level, lead", [
    ("tỉnh", ("Cục Thuế tỉnh",)),
    ("huyện, thị xã", ("Ủy ban nhân dân các huyện, thị xã",)),
])
def test_a_near_tie_is_broken_by_the_level_of_the_committees_the_question_names(level, lead):
    # Chỉ thị 19/2008/CT-UBND (Long An): the province's tax department reviews the documents of the provincial
    # council and committee, the district committees those of their own; the two rows score alike
    hits = _hits("thue/19_2008_CT-UBND.md", "Chỉ thị", "19/2008/CT-UBND", "rà soát các văn bản do")
    assert len({o.lead for h in hits for o in h.obligations}) == 2
    question = f"Ở Long An, ai chủ trì rà soát các văn bản của HĐND, UBND {level} cho phù hợp Luật Thuế TNCN?"
    chosen = best_obligation(classify(question), content_words(question), hits)
    assert [o.lead for _, o in chosen] == [lead]


def test_a_time_from_a_like_task_of_another_document_is_not_the_answer():
    # the Ban Chỉ đạo's first session (unbundled, evals/devdocs) asks the science minister to have the strategic
    # technology programme issued, with no time; 03/NQ-CP's row 43 (a like programme, due 2025) scores just below
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    hits = (_hits("BCD_phien_1.md", None, None, "Chương trình phát triển công nghệ và công nghiệp chiến lược", devdocs)
            + _hits("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "Nghị quyết", "03/NQ-CP",
                    "Chương trình Quốc gia phát triển công nghệ và công nghiệp chiến lược"))
    question = ("Bộ Khoa học và Công nghệ phải trình ban hành Chương trình phát triển công nghệ và công nghiệp chiến "
                "lược trước thời hạn nào?")
    intent, words = classify(question), content_words(question)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert [h.doc_id for h, _ in chosen] == ["NQCP03_NQ03_PL2_Nhiem_vu"]
    assert behind_undated(intent, words, hits, chosen)
    # the same row alone (no undated task elsewhere) keeps its time
    own = [h for h in hits if h.doc_id == "NQCP03_NQ03_PL2_Nhiem_vu"]
    assert not behind_undated(intent, words, own, chosen)


def test_a_like_row_of_another_document_is_not_the_lead_of_a_task_a_passage_ahead_holds():
    # Chiến lược logistics (2229/QĐ-TTg, a scan in evals/devdocs): its table line "Xây dựng và thúc đẩy mô hình hải
    # quan số, hải quan thông minh | BộTàichính | …" is retrieved first; 03/NQ-CP's rows share only common words
    # ("xây dựng", "thúc đẩy", "mô hình") and must not answer who leads it
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    read = (_hits("2229-ttg.signed.txt", None, None, "hải quan thông minh", devdocs, in_text=True)
            + _hits("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "Nghị quyết", "03/NQ-CP", "Thúc đẩy nghiên cứu, chia sẻ các mô hình"))
    question = "Cơ quan nào chủ trì xây dựng và thúc đẩy mô hình hải quan số, hải quan thông minh?"
    intent, words = classify(question), content_words(question)
    # the bare OCR row is read as a row of its own (corpus.ocr_tables.bare_tables), and it answers
    assert read[0].doc_id == "2229-ttg.signed"
    chosen = best_obligation(intent, words, read, lambda o: fills_slot(intent, words, o))
    assert [(h.doc_id, o.lead) for h, o in chosen][:1] == [("2229-ttg.signed", ("Bộ Tài chính",))]
    # a passage whose line is not read as a row (a scan garbled worse) is not out-ranked by the like rows behind it
    hits = [replace(read[0], obligations=()), *read[1:]]
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert chosen and {h.doc_id for h, _ in chosen} == {"NQCP03_NQ03_PL2_Nhiem_vu"}
    assert behind_passage(intent, words, hits, chosen)
    # the same rows retrieved ahead of the passage, or alone, stay the answer
    assert not behind_passage(intent, words, hits[1:] + hits[:1], chosen)
    assert not behind_passage(intent, words, hits[1:], chosen)
    # the partners of an agency the question names: a sentence quoted instead seldom says whose partners they are
    partners = classify("Bộ Tài chính phối hợp với cơ quan nào để xây dựng và thúc đẩy mô hình hải quan số, hải quan thông minh?")
    assert partners.kind == "partners" and partners.agency
    assert not behind_passage(partners, words, hits, chosen)


def test_passages_of_another_meeting_are_dropped_as_near_misses():
    # evals/devdocs: the first session's text is titled "Phiên họp thứ nhất …" by its heading line; the second
    # session's has no title line, so it stays for a question about "Phiên họp thứ hai"
    from assistant.answering import _same_session
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    hits = []
    for name in ("BCD_phien_1.md", "BCD_phien_2.md"):
        [document] = load(devdocs / name)
        piece = chunk(document)[0]
        hits.append(Hit.from_payload({
            "chunk_id": piece.chunk_id, "doc_id": piece.doc_id, "title": document.header.title,
            "heading_path": [], "text": piece.text, "start": piece.span.start, "end": piece.span.end}, 1.0))
    assert [h.doc_id for h in _same_session("Phiên họp thứ hai giao Bộ Khoa học và Công nghệ việc gì?", hits)] == \
        ["BCD_phien_2"]
    assert [h.doc_id for h in _same_session("Phiên họp thứ nhất giao Bộ Tài chính việc gì?", hits)] == \
        ["BCD_phien_1", "BCD_phien_2"]
    assert len(_same_session("Bộ Tài chính được giao việc gì?", hits)) == 2


def test_an_agencys_tasks_asked_of_one_meeting_come_only_from_a_document_naming_it():
    # 03/NQ-CP's rows for the science ministry are no answer to "Phiên họp thứ hai … giao Bộ Khoa học và Công nghệ
    # những nhiệm vụ gì?"; Thông báo 541/TB-VPCP, titled "… Phiên họp lần thứ sáu …", is the one "phiên họp thứ sáu" asks
    from assistant.answering import _of_meeting
    nq03 = _hits("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "Nghị quyết", "03/NQ-CP", "Chương trình phát triển kinh tế số")
    assert nq03 and _of_meeting("Phiên họp thứ hai giao Bộ Khoa học và Công nghệ những nhiệm vụ gì?", nq03) == []
    assert _of_meeting("Bộ Khoa học và Công nghệ được giao những nhiệm vụ gì?", nq03) == nq03
    [document] = load(SAMPLES / "chinhphu/541-tb.signed.txt")
    piece = chunk(document)[-1]
    titled = [Hit.from_payload({"chunk_id": piece.chunk_id, "doc_id": piece.doc_id, "title": document.header.title,
                                "heading_path": [], "text": piece.text, "start": piece.span.start,
                                "end": piece.span.end}, 1.0)]
    assert _of_meeting("Sau phiên họp thứ sáu Ban Chỉ đạo, Bộ Công Thương được giao những việc gì?", titled) == titled


def test_partners_named_in_a_row_are_preferred_to_a_group_row_of_the_same_lead():
    # Quyết định 807/QĐ-UBND (Ninh Bình): "4. Cơ quan phối hợp: Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên
    # Mô; …" names the partners; Điều 2's "Ủy ban nhân dân thành phố Tam Điệp chủ trì, phối hợp với các cơ quan, đơn
    # vị có liên quan … lập Chương trình phát triển đô thị …" shares more of the question's words and names nobody
    from dataclasses import replace
    title = "Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045"
    hits = [replace(hit, title=title) for hit in _hits("ninhbinh/807.pdf", "Quyết định", "807/QĐ-UBND", "Phê duyệt Kế hoạch")
            + _hits("ninhbinh/807.pdf", "Quyết định", "807/QĐ-UBND", "tập trung nguồn lực")]
    question = "Những cơ quan nào phối hợp với UBND TP Tam Điệp khi xây dựng chương trình phát triển đô thị?"
    intent = classify(question)
    words = content_words(question) - content_words(intent.agency)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert [o.partners[0] for _, o in chosen] == ["Ủy ban nhân dân huyện Hoa Lư"]


def test_a_meeting_report_without_a_title_is_named_by_its_opening_passage():
    # BCD_phien_2 (markdown, no title read): its passage on the science ministry does not say which meeting; its
    # opening does ("* Phiên họp thứ hai của Ban Chỉ đạo Trung ương … diễn ra chiều 4/3/2025")
    from types import SimpleNamespace

    from assistant.answering import _of_meeting
    from assistant.core import OPERATOR
    [document] = load(ROOT / "evals" / "devdocs" / "BCD_phien_2.md")
    pieces = chunk(document)
    hits = _hits("BCD_phien_2.md", None, None, "xây dựng sàn giao dịch khoa học", ROOT / "evals" / "devdocs")
    assert hits and not any(h.title for h in hits)
    store = SimpleNamespace(heads=lambda doc_ids, filters: {d: pieces[0] for d in doc_ids})
    question = "Phiên họp thứ hai của Ban Chỉ đạo giao Bộ Khoa học và Công nghệ những nhiệm vụ gì?"
    assert _of_meeting(question, hits, SimpleNamespace(store=store), OPERATOR) == hits
    assert _of_meeting(question.replace("thứ hai", "thứ ba"), hits, SimpleNamespace(store=store), OPERATOR) == []


def test_a_group_of_every_unit_asked_without_its_tail_is_the_group_leading_the_row():
    # Công điện 187/CĐ-TTg: "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương … (1) Công khai kịp thời, đầy đủ
    # danh mục …"; asked as "Ủy ban nhân dân các tỉnh, thành phố" it is the same body (corpus.agencies.same_group)
    question = ("Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm gì trong công khai danh mục thủ tục hành chính "
                "không phụ thuộc vào địa giới hành chính?")
    intent = classify(question)
    hits = _hits("chinhphu/187-ttg.signed.txt", "Công điện", "187/CĐ-TTg", "Công khai kịp thời")
    [(_, row)] = best_obligation(intent, content_words(question), hits)
    assert row.lead == ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",)
    assert row.task.startswith("Công khai kịp thời")  # "(1)" is its list marker


@pytest.mark.parametrize("phrase, lead", [
    # "Chủ tịch UBND các huyện, thị xã chậm nhất đến ngày 25/10/2008 quyết định thành lập ban chỉ đạo …": the chair's
    ("quyết định thành lập ban chỉ đạo", "Chủ tịch Ủy ban nhân dân các huyện, thị xã"),
    # "Trong trường hợp cần thiết, UBND huyện, thị xã thành lập tổ …": the committee's own
    ("thành lập tổ", "Ủy ban nhân dân huyện, thị xã"),
])
def test_a_row_opened_by_a_committees_chair_is_the_chairs(phrase, lead):
    # Chỉ thị 19/2008/CT-UBND (Long An), mục 2 "Đối với cấp huyện, thị xã"
    [(hit, row)] = [(h, o) for h in _hits("thue/19_2008_CT-UBND.md", "Chỉ thị", "19/2008/CT-UBND", phrase)
                    for o in h.obligations if phrase in o.task]
    assert chaired(hit, row).lead[0] == lead


def test_tasks_asked_to_carry_out_a_named_document_come_from_the_plan_that_carries_it_out():
    # dev a046: both Ninh Bình plans give "Ủy ban nhân dân các huyện, thành phố" tasks; only Kế hoạch 196's title says
    # it carries out "Chỉ thị số 30/CT-TTg", the document the question names as acted on
    from dataclasses import replace

    from assistant.rows import _topic_documents
    question = ("UBND các huyện, thành phố của Ninh Bình được giao những việc gì để thực hiện Chỉ thị 30 về công nghiệp "
                "văn hóa?")
    intent = classify(question)
    assert intent.document_acted_on
    titles = {"196": "Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ về phát triển "
                     "các ngành công nghiệp văn hóa trên địa bàn tỉnh Ninh Bình",
              "193": "Triển khai thực hiện Chỉ thị số 20-CT/TU, ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy về tăng cường "
                     "công tác trồng, chăm sóc và bảo vệ cây xanh trên địa bàn tỉnh Ninh Bình"}
    hits = [replace(Hit.from_payload({"chunk_id": doc_id, "doc_id": doc_id, "text": "", "start": 0, "end": 0}, 1.0),
                    title=title, doc_type="Kế hoạch") for doc_id, title in titles.items()]
    found = [("193", [("row",)], []), ("196", [("row",)], [])]
    assert [doc_id for doc_id, _, _ in _topic_documents(intent, hits, found)] == ["196"]


def test_a_document_named_by_number_is_kept_beside_the_type_the_question_names():
    # "Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao Bộ Tài chính những việc gì?": "Văn bản" is no type, so the
    # type named is Thông báo alone; the Công văn named by its number is asked too ("1. Bộ Tài chính / a) Khẩn trương
    # chủ trì, phối hợp với Bộ Xây dựng, Bộ Tư pháp tiếp thu ý kiến …"), not left out for its type
    from dataclasses import replace

    from assistant.rows import _topic_documents
    intent = classify("Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao Bộ Tài chính những việc gì?")
    assert intent.types_named == ("Thông báo",)
    heads = {"9533-cn.signed": ("Công văn", "9533/VPCP-CN"), "537-tb.signed": ("Thông báo", None),
             "2216-ttg.signed": ("Quyết định", "2216/QĐ-TTg")}
    hits = [replace(Hit.from_payload({"chunk_id": doc_id, "doc_id": doc_id, "text": "", "start": 0, "end": 0}, 1.0),
                    doc_type=kind, doc_number=number) for doc_id, (kind, number) in heads.items()]
    found = [(doc_id, [("row",)], []) for doc_id in heads]
    assert [doc_id for doc_id, _, _ in _topic_documents(intent, hits, found)] == ["9533-cn.signed", "537-tb.signed"]


def test_a_document_whose_number_is_read_and_not_named_is_not_asked_when_every_document_asked_is_numbered():
    # "… trong Công điện 187/CĐ-TTg và trong Văn bản 9533/VPCP-CN?": Công điện 187 is a scan whose number reads "4#",
    # so it is the one unread Công điện; Công điện 188 and 189 ("3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực
    # hiện Công điện này") are read as 188/CĐ-TTg and 189/CĐ-TTg, never asked
    from dataclasses import replace

    from assistant.rows import _topic_documents
    intent = classify("Văn phòng Chính phủ được giao việc gì trong Công điện 187/CĐ-TTg và trong Văn bản 9533/VPCP-CN?")
    heads = {"188-ttg.signed": "188/CĐ-TTg", "187-ttg.signed": None, "189-ttg.signed": "189/CĐ-TTg"}
    hits = [replace(Hit.from_payload({"chunk_id": doc_id, "doc_id": doc_id, "text": "", "start": 0, "end": 0}, 1.0),
                    doc_type="Công điện", doc_number=number) for doc_id, number in heads.items()]
    found = [(doc_id, [("row",)], []) for doc_id in heads]
    assert [doc_id for doc_id, _, _ in _topic_documents(intent, hits, found)] == ["187-ttg.signed"]
    # a Công điện described, not numbered ("công điện vụ cháy … và Nghị quyết 320"): the read ones stay
    described = classify("Bộ Công an làm gì trong công điện về vụ cháy và trong Nghị quyết 320/NQ-CP?")
    assert len(_topic_documents(described, hits, [(doc_id, [], []) for doc_id in heads])) == 3
    # nor one document numbered inside the description of another ("… trong chương trình hành động thực hiện NQ 57?")
    program = classify("Văn phòng Chính phủ chủ trì những đầu việc nào trong chương trình hành động thực hiện NQ 57?")
    assert len(_topic_documents(program, hits, [(doc_id, [], []) for doc_id in heads])) == 3


def test_a_document_named_by_its_title_is_kept_beside_one_named_by_number():
    # "Bộ Nội vụ … trong Quyết định phân công Thành viên Chính phủ chủ trì làm việc với các địa phương và trong Nghị
    # quyết 323/NQ-CP?": Quyết định 2179/QĐ-TTg ("4. Giao Bộ Nội vụ tổng hợp các nội dung vướng mắc, kiến nghị …")
    # carries the title's words, Nghị quyết 323 is named by number; the topic words (the titles) weigh neither out,
    # and a third document found (Quyết định 2219, not of that title) is not asked
    from dataclasses import replace

    from assistant.intent import named_titles
    from assistant.rows import _topic_documents
    question = ("Bộ Nội vụ được giao những việc gì trong Quyết định phân công Thành viên Chính phủ chủ trì làm việc "
                "với các địa phương và trong Nghị quyết 323/NQ-CP?")
    intent = classify(question)
    heads = {"323nq.signed": ("Nghị quyết", "323/NQ-CP", "Về dự thảo Nghị quyết của Ủy ban Thường vụ Quốc hội quy "
                              "định số lượng Phó Chủ tịch Hội đồng nhân dân"),
             "2179-ttg.signed": ("Quyết định", "2179/QĐ-TTg", "Về việc phân công Thành viên Chính phủ chủ trì làm việc "
                                 "với các địa phương về tình hình sản xuất kinh doanh"),
             "2219-ttg.signed": ("Quyết định", "2219/QĐ-TTg", "kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam")}
    hits = [replace(Hit.from_payload({"chunk_id": doc_id, "doc_id": doc_id, "text": "", "start": 0, "end": 0}, 1.0),
                    doc_type=kind, doc_number=number, title=title) for doc_id, (kind, number, title) in heads.items()]
    found = [(doc_id, [("row",)], []) for doc_id in heads]
    from assistant.answering import _described
    titled = frozenset(hit.doc_id for kind, words in named_titles(question)
                       for hit in _described((words,), hits, ((kind, words),)))
    assert titled == {"2179-ttg.signed"}
    assert [doc_id for doc_id, _, _ in _topic_documents(intent, hits, found, titled)] == [
        "323nq.signed", "2179-ttg.signed"]


def test_an_agency_heading_a_line_of_a_passage_is_not_said_to_lead_nothing():
    # Thông tư 49/2025/TT-BKHCN, Điều 14: item 4 opens with the centre; a passage naming it only after "phối hợp với"
    # does not
    from assistant.rows import _heads_a_line
    [document] = load(ROOT / "evals" / "devdocs" / "19-bkhcn.txt")
    texts = {"own": "4. Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa học và Công nghệ) có\ntrách nhiệm là đầu mối "
                    "tiếp nhận báo cáo kiêm toán kỹ thuật",
             "partner": "b) Chủ trì, phối hợp với Trung tâm Chứng thực điện tử quốc gia (Bộ Khoa\nhọc và Công nghệ) và "
                        "các đơn vị liên quan trong việc rà soát"}
    assert all(" ".join(t.split()) in " ".join(document.text.split()) for t in texts.values())
    hits = {k: Hit.from_payload({"chunk_id": k, "doc_id": "19-bkhcn", "text": t, "start": 0, "end": len(t)}, 1.0)
            for k, t in texts.items()}
    assert _heads_a_line("Trung tâm Chứng thực điện tử quốc gia", [hits["own"]])
    assert not _heads_a_line("Trung tâm Chứng thực điện tử quốc gia", [hits["partner"]])


@pytest.mark.parametrize("task, said", [
    # Công điện 192/CĐ-TTg, 4: the year stands in the task's text with no cue the deadline rules read
    ("chủ động phối hợp chặt ché với Bộ Tài chính … để khẩn trương triển khai. cơ chế đối tác bù trừ trung tâm (CCP) cho "
     "thị trường chứng khoán cơ sở vào đầu năm 2027, bảo đảm vận hành an toàn", "vào đầu năm 2027"),
    # Chỉ thị 19/2008/CT-UBND (Long An), I.3.c
    ("Chậm nhất vào ngày 05 của tháng sau tổng hợp, đánh giá tình hình thực hiện chỉ thị này",
     "Chậm nhất vào ngày 05 của tháng sau tổng hợp"),
    ("Bộ Kế hoạch và Đầu tư nghiên cứu sửa đổi, bổ sung quy định về đăng ký kinh doanh", None),
])
def test_a_time_said_in_a_tasks_words_is_quoted_as_its_time(task, said):
    from assistant.rows import time_in_words
    assert time_in_words(Obligation("192", "c1", task, ("Ngân hàng Nhà nước Việt Nam",))) == said


@pytest.mark.parametrize("question, task, lead, partners, read_lead, read_partners", [
    # Nghị định 14/2016/NĐ-CP, Điều 20.1: the agency asked only works with the body it names, which leads
    ("Theo Nghị định 14/2016/NĐ-CP, Bộ Tài chính chủ trì hay phối hợp trong công tác lập dự toán ngân sách?",
     "phối hợp với Bộ Quốc phòng trong công tác lập và thực hiện dự toán ngân sách Nhà nước",
     ("Bộ Tài chính",), ("Bộ Quốc phòng",), ("Bộ Quốc phòng",), ("Bộ Tài chính",)),
    # Nghị quyết 306/NQ-CP, Điều 2: no body named to work with: its subject does the work itself
    ("Bộ Tài chính chủ trì hay phối hợp hoàn thiện hồ sơ điều chỉnh Quy hoạch tổng thể quốc gia?",
     "phối hợp với các cơ quan có liên quan hoàn thiện hồ sơ điều chỉnh Quy hoạch tổng thể quốc gia",
     ("Bộ Tài chính",), ("các cơ quan có liên quan",), ("Bộ Tài chính",), ("các cơ quan có liên quan",)),
    # Chỉ thị 22/2008/CT-TTg, IV.7: the sentence gives the work to its subject, asked of either body
    ("Theo Chỉ thị 22/2008/CT-TTg, Bộ Công an chủ trì hay phối hợp việc phát hiện và xử lý nghiêm các trường hợp "
     "gian lận, trốn thuế?",
     "phối hợp với Bộ Tài chính và các cơ quan bảo vệ pháp luật phát hiện và xử lý nghiêm các trường hợp gian lận, "
     "trốn thuế", ("Bộ Công an",), ("Bộ Tài chính",), ("Bộ Công an",), ("Bộ Tài chính",)),
    # Công điện 195/CĐ-TTg: "Ủy ban nhân dân Thành phố Hà Nội chỉ đạo …; phối hợp chặt chẽ với Bộ Công an chỉ đạo …"
    ("Theo Công điện 195, Ủy ban nhân dân thành phố Hà Nội chủ trì hay phối hợp việc điều tra nguyên nhân vụ cháy?",
     "phối hợp chặt chẽ với Bộ Công an chỉ đạo các lực lượng chức năng tập trung khắc phục hậu quả, khẩn trương điều "
     "tra nguyên nhân vụ cháy", ("Ủy ban nhân dân thành phố Hà Nội",), ("Bộ Công an",),
     ("Ủy ban nhân dân thành phố Hà Nội",), ("Bộ Công an",)),
    # Công văn 9533/VPCP-CN, 3.: the work named after the ministries worked with is theirs
    ("Bộ Xây dựng chủ trì hay phối hợp trong quá trình giải trình, tiếp thu ý kiến của Quốc hội về lĩnh vực đường sắt?",
     "chủ động, tích cực phối hợp với Bộ Tài chính, Bộ Tư pháp trong quá trình giải trình, tiếp thu ý kiến của Quốc hội",
     ("Bộ Xây dựng",), ("Bộ Tài chính", "Bộ Tư pháp"), ("Bộ Tài chính", "Bộ Tư pháp"), ("Bộ Xây dựng",)),
    # Công điện 186/CĐ-TTg, 4.b: the row opens with the lead's role, nothing to read again
    ("Bộ Công Thương chủ trì hay chỉ phối hợp việc vận hành hồ Thác Bà?",
     "Chủ trì, phối hợp với Bộ Công Thương, Ủy ban nhân dân tỉnh Lào Cai theo dõi chặt chẽ, quyết định vận hành",
     ("Bộ Nông nghiệp và Môi trường",), ("Bộ Công Thương",), ("Bộ Nông nghiệp và Môi trường",), ("Bộ Công Thương",)),
])
def test_the_row_an_asked_agency_only_works_in(question, task, lead, partners, read_lead, read_partners):
    read = worked_with(classify(question), Obligation("d", "c", task, lead, partners))
    assert (read.lead, read.partners) == (read_lead, read_partners)


@pytest.mark.parametrize("question, read_lead, read_partners", [
    # Nghị định 14/2016/NĐ-CP, Điều 20.2 ("Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh phối hợp Bộ Quốc phòng tổ chức đăng
    # ký, quản lý …"): who leads, or who takes part, asked of no agency or of the body worked with, is read off Bộ
    # Quốc phòng, the body the row's subject only works with
    ("Theo Nghị định 14/2016/NĐ-CP, ai chủ trì tổ chức đăng ký, quản lý công dân nữ trong độ tuổi thực hiện nghĩa vụ "
     "quân sự có ngành, nghề chuyên môn phù hợp?", ("Bộ Quốc phòng",), ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh")),
    ("Theo Nghị định 14/2016/NĐ-CP, cơ quan nào phối hợp tổ chức đăng ký, quản lý công dân thuộc diện miễn gọi nhập "
     "ngũ?", ("Bộ Quốc phòng",), ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh")),
    # who takes part, asked of an agency, keeps the row as its sentence reads (Công điện 192's "Ngân hàng Nhà nước Việt
    # Nam chủ động phối hợp chặt chẽ với Bộ Tài chính, Ủy ban Chứng khoán Nhà nước …", asked "cơ quan nào phải phối hợp
    # với Bộ Tài chính …?"), and "X phối hợp với ai …?" of X's own row keeps the body it names as X's partner
    ("Theo Nghị định 14/2016/NĐ-CP, những cơ quan nào phối hợp với Bộ Quốc phòng tổ chức đăng ký, quản lý công dân "
     "thuộc diện miễn gọi nhập ngũ?", ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh"), ("Bộ Quốc phòng",)),
    ("Theo Nghị định 14/2016/NĐ-CP, Ủy ban nhân dân cấp tỉnh phối hợp với cơ quan nào tổ chức đăng ký, quản lý công "
     "dân thuộc diện miễn gọi nhập ngũ?", ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh"), ("Bộ Quốc phòng",)),
    # a deadline asked reads nothing again
    ("Theo Nghị định 14/2016/NĐ-CP, việc tổ chức đăng ký, quản lý công dân thuộc diện miễn gọi nhập ngũ phải xong khi "
     "nào?", ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh"), ("Bộ Quốc phòng",)),
])
def test_a_row_that_only_works_with_a_body_it_names_is_that_body_s_when_no_agency_asked_leads(question, read_lead,
                                                                                              read_partners):
    row = Obligation("76-vbhn-bqp", "c", "phối hợp Bộ Quốc phòng tổ chức đăng ký, quản lý: Công dân nữ trong độ tuổi "
                     "thực hiện nghĩa vụ quân sự có ngành, nghề chuyên môn phù hợp yêu cầu của Quân đội nhân dân; công "
                     "dân thuộc diện miễn gọi nhập ngũ.", ("các bộ, ngành", "Ủy ban nhân dân cấp tỉnh"),
                     ("Bộ Quốc phòng",))
    read = worked_with(classify(question), row)
    assert (read.lead, read.partners) == (read_lead, read_partners)


@pytest.mark.parametrize("relative, number, phrase, question, lead", [
    # Chỉ thị 01/2009/CT-UBND of Kon Tum, I.1: "Cục Thuế tỉnh chủ trì:" over "- Phối hợp với Sở Thông tin và Truyền
    # thông để tuyên truyền …": the item is Cục Thuế's own
    ("thue/01_2009_CT-UBND.doc", "01/2009/CT-UBND", "Phối hợp với Sở Thông tin và Truyền thông",
     "Cục Thuế tỉnh Kon Tum chủ trì hay phối hợp việc tuyên truyền, phổ biến Luật Thuế thu nhập cá nhân?",
     ("Cục Thuế tỉnh",)),
    # Kế hoạch 196 of Ninh Bình, V.2: "2. Văn phòng UBND tỉnh" over "- Phối hợp với Sở Văn hóa và Thể thao tham mưu
    # …": no introduction says the office leads; the body it works with does
    ("ninhbinh/196.pdf", "196/KH-UBND", "Phối hợp với Sở Văn hóa và Thể thao tham mưu",
     "Văn phòng UBND tỉnh Ninh Bình chủ trì hay phối hợp việc tham mưu UBND tỉnh chỉ đạo thực hiện các nhiệm vụ, giải "
     "pháp của Kế hoạch 196 về công nghiệp văn hóa?",
     ("Sở Văn hóa và Thể thao",)),
])
def test_an_item_under_an_introduction_its_agency_leads_stays_its_own(relative, number, phrase, question, lead):
    [hit] = _hits(relative, None, number, phrase)
    row = next(o for o in hit.obligations if phrase in o.task)
    assert worked_with(classify(question), row, hit).lead == lead


def test_a_row_directing_a_body_to_lead_is_that_body_s_on_who_leads():
    # Công điện 196/CĐ-TTg, 1.a: "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:" over "a) Chỉ đạo Sở Giáo dục và Đào
    # tạo chủ trì, phối hợp với các sở, ngành khẩn trương rà soát …": the Sở leads, the province only directs it
    from assistant.rows import directed
    phrase = "Chỉ đạo Sở Giáo dục và Đào tạo chủ trì"
    [hit] = _hits("chinhphu/196cd.signed.txt", "Công điện", "196/CĐ-TTg", phrase)
    row = next(o for o in hit.obligations if phrase in o.task)
    assert directed(row).lead == ("Sở Giáo dục và Đào tạo",)
    assert directed(row).partners == row.partners
    question = ("Theo Công điện 196, Sở Giáo dục và Đào tạo chủ trì hay phối hợp việc rà soát, thống kê tình hình thiệt "
                "hại của ngành Giáo dục do Bão số 11 gây ra?")
    [(_, chosen)] = best_obligation(classify(question), content_words(question), [hit])
    assert chosen.lead == ("Sở Giáo dục và Đào tạo",)


def test_an_agency_asked_whether_it_leads_a_task_it_only_works_in():
    # Công điện 190/CĐ-TTg, 2.c: Bộ Xây dựng leads, Bộ Tài chính is named to work with it
    from assistant.draft import Draft
    from assistant.rows import compose_record
    task = ("Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính và các cơ quan có liên quan khân trương "
            "hoàn thiện Đề án thí điểm mô hình “Trung tâm giao dịch bất động sản và quyền sử dụng đất do Nhà nước quản lý”")
    row = Obligation("190", "c1", task, ("Bộ Xây dựng",), ("Bộ Nông nghiệp và Môi trường", "Bộ Tài chính"))
    hit = Hit("c1", "190", "190/CĐ-TTg", None, "Công điện", None, None, None, "", (), task, None, 0, len(task), "", 1.0,
              obligations=(row,))
    draft = Draft([hit])
    compose_record(draft, classify("Bộ Tài chính có chủ trì hoàn thiện Đề án thí điểm Trung tâm giao dịch bất động "
                                   "sản không?"), [(hit, row)])
    assert draft.lines[0].startswith("Bộ Tài chính phối hợp, không chủ trì nhiệm vụ này; chủ trì: Bộ Xây dựng")
    draft = Draft([hit])
    compose_record(draft, classify("Ai chủ trì hoàn thiện Đề án thí điểm Trung tâm giao dịch bất động sản?"),
                   [(hit, row)])
    assert draft.lines[0].startswith("Bộ Xây dựng chủ trì nhiệm vụ này")


def test_one_undated_task_stated_in_two_copies_of_a_resolution_is_one_row():
    # Nghị quyết 57-NQ/TW is bundled (NQ57_bangoc) and a second copy is in evals/devdocs (DHQG_cldhqg): the row
    # "Ban Tuyên giáo Trung ương chủ trì, phối hợp …" has no deadline in either copy; the two are one row (this
    # used to fail on the missing deadline)
    task = "chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc quán triệt thực hiện Nghị quyết"
    lead = ("Ban Tuyên giáo Trung ương",)
    copies = [("bundled", Obligation("NQ57_bangoc", "c1", task, lead)),
              ("devdocs", Obligation("DHQG_cldhqg", "c2", task, lead))]
    assert [where for where, _ in _same_tasks(copies)] == ["bundled"]


def test_an_agency_asked_whether_it_only_works_in_a_task_it_leads_with_another():
    # Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 6.2.a: two leads, no partner
    from assistant.draft import Draft
    from assistant.rows import compose_record
    text = ("a) Tổng cục Thuế - Bộ Tài chính, Cục Tài chính - Bộ Quốc phòng chịu trách nhiệm tổ chức triển khai thực "
            "hiện Thông tư này;")
    row = Obligation("212", "c1", "chịu trách nhiệm tổ chức triển khai thực hiện Thông tư này",
                     ("Tổng cục Thuế - Bộ Tài chính", "Cục Tài chính - Bộ Quốc phòng"), span=Span(0, len(text)))
    hit = Hit("c1", "212", "212/2013/TTLT-BTC-BQP", None, "Thông tư liên tịch", None, None, None, "", (), text, None,
              0, len(text), "", 1.0, obligations=(row,))
    draft = Draft([hit])
    compose_record(draft, classify("Theo Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Cục Tài chính - Bộ Quốc phòng chỉ "
                                   "phối hợp hay cùng chịu trách nhiệm tổ chức triển khai thực hiện Thông tư?"),
                   [(hit, row)])
    assert draft.lines[0].startswith("Cục Tài chính - Bộ Quốc phòng cùng chủ trì (cùng chịu trách nhiệm) với Tổng cục "
                                     "Thuế - Bộ Tài chính, không chỉ phối hợp")


def test_of_near_rows_the_one_naming_the_agency_asked_answers_whichever_role_it_holds():
    # Chỉ thị 44/2002/CT-UB (Bà Rịa - Vũng Tàu, unbundled): the Sở's own sentence and Cục Thuế's row on the same tax
    # score alike; "chủ trì hay phối hợp" asks of the Sở, named only in its own sentence
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    hits = _hits("44_2002_CT-UB.md", "Chỉ thị", "44/2002/CT-UB", "thu thuế thu nhập cá nhân", devdocs)
    question = ("Theo Chỉ thị 44/2002/CT-UB, Sở Kế hoạch và Đầu tư chủ trì hay phối hợp việc tổ chức quản lý thu thuế "
                "thu nhập cá nhân của người làm việc cho nhà thầu nước ngoài?")
    near = [(h, o) for h in hits for o in h.obligations if "thu thuế thu nhập cá nhân" in o.task]
    assert {o.lead for _, o in near} == {("Sở Kế hoạch và Đầu tư",), ("Cục Thuế tỉnh",)}
    assert [o.lead for _, o in _settled(classify(question), near)] == [("Sở Kế hoạch và Đầu tư",)]


def test_a_like_row_of_the_same_article_trails_the_sentence_stating_the_time_asked():
    # Thông tư liên tịch 19/2009/TTLT-BTC-BNV (evals/devdocs), III.2.3: "- Hàng quý, chậm nhất ngày 30 của tháng đầu
    # quý tiếp theo, Ban Cơ yếu Chính phủ chuyển số thuế …" is a row since PIPELINE_VERSION 32 (its doer after its
    # time, `corpus.obligations._named`, "chuyển số"), the row asked; the next line's ("Hết năm, chậm nhất là ngày 30
    # tháng 5 …") is a like task, not the one asked
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    hits = _hits("19_2009_TTLT-BTC-BNV.md", "Thông tư liên tịch", "19/2009/TTLT-BTC-BNV", "chuyển số thuế thu nhập cá nhân",
                 devdocs, in_text=True)
    question = ("Ban Cơ yếu Chính phủ chuyển số thuế thu nhập cá nhân của các đơn vị đã nộp vào ngân sách Nhà nước chậm "
                "nhất khi nào?")
    intent, words = classify(question), content_words(question)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert [(o.task[:6], o.deadline.normalized) for _, o in chosen] == [("chuyển", "hằng quý")]
    assert not behind_timed(intent, words, hits, chosen)
    # the question on that row's own task keeps it
    own = "Ban Cơ yếu Chính phủ nộp hết số thuế thu nhập cá nhân còn phải nộp vào Ngân sách chậm nhất là ngày nào?"
    intent, words = classify(own), content_words(own)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert chosen and not behind_timed(intent, words, hits, chosen)


def test_a_sentence_of_another_agency_does_not_outdo_the_row_of_the_agency_asked():
    # Chỉ thị 22/2008/CT-TTg (bundled), I.1 and I.3: asked of Bộ Tài chính with the topic of the provinces' task ("Còn
    # Bộ Tài chính?" after "Chủ tịch UBND tỉnh phải quyết định lập ban chỉ đạo … trong tháng nào?"), the provinces'
    # sentence covers the topic better, but it is not Bộ Tài chính's time
    hits = _hits("thue/22_2008_CT-TTg.md", "Chỉ thị", "22/2008/CT-TTg", "Ban Chỉ đạo", in_text=True)
    question = "Bộ Tài chính phải quyết định lập ban chỉ đạo về thuế TNCN ở địa phương trong tháng nào?"
    intent, words = classify(question), content_words(question)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert chosen and not behind_timed(intent, words, hits, chosen)
    assert behind_timed(replace(intent, agency=None), words, hits, chosen)  # no agency asked: the sentence wins


def test_a_row_whose_partner_cell_is_empty_is_said_to_name_none():
    # Nghị quyết 03/NQ-CP, Phụ lục II: row 107 (Bộ Quốc phòng, no partner) is the task asked; row 119, where Bộ Quốc
    # phòng is one of three leads with Bộ Tài chính as partner, shares only common words and must not answer
    hits = (_hits("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "Nghị quyết", "03/NQ-CP", "tự động hóa chỉ huy")
            + _hits("nq57/NQCP03_NQ03_PL2_Nhiem_vu.md", "Nghị quyết", "03/NQ-CP",
                    "doanh nghiệp công nghệ chiến lược quy mô lớn"))
    question = ("Cơ quan nào phối hợp với Bộ Quốc phòng xây dựng Đề án phát triển khoa học, công nghệ, đổi mới sáng "
                "tạo và chuyển đổi số phục vụ tự động hóa chỉ huy và hiện đại hóa quân đội?")
    intent, words = classify(question), content_words(question)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert chosen and all(o.partners for _, o in chosen)
    [(_, blank)] = unstated_partners(intent, words, hits, chosen)
    assert "tự động hóa chỉ huy" in blank.task and not blank.partners
    # asked of the row that names a partner, it answers
    question = "Cơ quan nào phối hợp xây dựng Đề án hình thành các doanh nghiệp công nghệ chiến lược quy mô lớn trong nước?"
    intent, words = classify(question), content_words(question)
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert chosen and not unstated_partners(intent, words, hits, chosen)


@pytest.mark.parametrize("question, phrase, lent", [
    # the row carries the act ("điều tra nguyên nhân vụ cháy"); the place is said only in the Công điện's title and
    # its lead-in ("… phố Kim Hoa, phường Văn Miếu - Quốc Tử Giám, … làm chết 05 người …")
    ("Khi nào UBND thành phố Hà Nội phải điều tra nguyên nhân vụ cháy nhà dân ở phố Kim Hoa?",
     "khẩn trương điều tra nguyên nhân vụ cháy", True),
    ("Hà Nội phải điều tra xong nguyên nhân vụ cháy làm chết 5 người ở phường Văn Miếu - Quốc Tử Giám trước khi nào?",
     "khẩn trương điều tra nguyên nhân vụ cháy", True),
    # a row carrying less than half the topic asked is lent nothing: the title never stands in for the task
    ("Khi nào UBND thành phố Hà Nội phải hoàn thành việc di dời các hộ dân trên phố Kim Hoa ra khỏi vùng nguy hiểm?",
     "khẩn trương điều tra nguyên nhân vụ cháy", False),
])
def test_a_rows_document_title_and_lead_in_lend_the_words_that_only_place_it(question, phrase, lent):
    from assistant.draft import overlap
    from assistant.rows import UNSTATED_MIN, _row_text, titled_overlap, unstated_deadline
    hits = [replace(h, title="Về vụ cháy nhà dân tại phường Văn Miếu - Quốc Tử Giám, thành phố Hà Nội")
            for h in _hits("chinhphu/195-ttg.signed.txt", "Công điện", "195/CĐ-TTg", phrase)]
    [(hit, row)] = [(h, o) for h in hits for o in h.obligations if phrase in o.task]
    intent = classify(question)
    topic = intent.topic or content_words(question)
    assert overlap(topic, _row_text(row)) < UNSTATED_MIN
    assert (titled_overlap(topic, hit, row) >= UNSTATED_MIN) == lent
    if lent:  # the task is found and gives no time: "Công điện 195 không nêu thời hạn cho nhiệm vụ này"
        assert [o.task for _, o in unstated_deadline(intent, content_words(question), hits)] == [row.task]


def test_a_row_cut_by_its_passages_end_is_lent_no_words():
    # Công điện 195 as indexed: the row's task runs on into the next chunk ("… xử lý" | "nghiêm vi phạm (nếu có) theo
    # quy định của pháp luật."); its time could close it there, so its title lends it nothing
    from assistant.rows import _row_text, titled_overlap
    from assistant.draft import overlap
    hits = [replace(h, title="Về vụ cháy nhà dân tại phường Văn Miếu - Quốc Tử Giám, thành phố Hà Nội")
            for h in _hits("chinhphu/195-ttg.signed.txt", "Công điện", "195/CĐ-TTg", "khẩn trương điều tra")]
    [(hit, row)] = [(h, o) for h in hits for o in h.obligations if "khẩn trương điều tra" in o.task]
    cut = replace(row, task=row.task + " nghiêm vi phạm (nếu có) theo quy định của pháp luật")
    topic = content_words("Khi nào UBND thành phố Hà Nội phải điều tra nguyên nhân vụ cháy nhà dân ở phố Kim Hoa?")
    assert titled_overlap(topic, hit, cut) == overlap(topic, _row_text(cut)) < titled_overlap(topic, hit, row)


def test_a_row_naming_a_lead_among_other_partners_is_still_its_own():
    # Chỉ thị 09/2008/CT-UBND (An Giang): "a) Cục Thuế chủ trì, phối hợp với Sở Tư pháp, …, Báo An Giang, Đài Phát thanh
    # Truyền hình An Giang, …" beside the row led by Báo An Giang and the radio: Cục Thuế's row names that lead among
    # seven partners, it is no row seen from the helpers' side (`rows._converse`, unlike 807's Điều 2 above)
    hits = _hits("thue/09_2008_CT-UBND.doc", "Chỉ thị", "09/2008/CT-UBND", "Cục Thuế", in_text=True)
    rows = [(hit, o) for hit in hits for o in hit.obligations]
    tax = [(h, o) for h, o in rows if o.lead == ("Cục Thuế",) and "Báo An Giang" in o.partners]
    press = [(h, o) for h, o in rows if "Báo An Giang" in o.lead]
    assert tax and press
    question = "Ở An Giang, Cục Thuế phối hợp với những đơn vị nào để tuyên truyền Luật Thuế TNCN?"
    assert _named_partners(classify(question), [*tax[:1], *press[:1]])[0] == tax[0]


def test_an_agency_asked_by_its_kind_reads_the_rows_of_every_unit_of_that_kind_only_when_listing_its_tasks():
    # Chỉ thị 19/2008/CT-UBND of Long An, Mục II.2: "UBND các huyện, thị xã tổ chức rà soát các văn bản …"
    from assistant.rows import _role
    from corpus.records import Obligation
    row = Obligation("19_2008_CT-UBND", "c1", "tổ chức rà soát các văn bản do HĐND và UBND huyện, thị xã ban hành",
                     ("Ủy ban nhân dân các huyện, thị xã",))
    assert _role("Ủy ban nhân dân huyện", row, wide=True) == "lead"
    assert _role("Ủy ban nhân dân huyện", row) is None  # who leads a row: the row's own name, as before
    assert _role("Ủy ban nhân dân tỉnh", row, wide=True) is None  # another kind of unit
    assert _role("Ủy ban nhân dân huyện Yên Khánh", row, wide=True) is None  # one named district


@pytest.mark.parametrize("phrase, lead", [
    # "e) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương" over "(1) Công khai kịp thời …" and "(2) Hoàn
    # thành việc chuyển dịch dữ liệu …" (the second in a passage of its own, its owner line a heading over it)
    ("Công khai kịp thời", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"),
    ("Hoàn thành việc chuyền dich", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"),
    # "c) Bộ trưởng Bộ Tài chính" over "Khẩn trương nghiên cứu, cải cách thủ tục cấp phép …": a minister, no chair
    ("Khan trương nghiên cứu, cải cách thủ tục cấp phép", None),
])
def test_an_item_under_a_committee_chairs_owner_line_is_the_chairs(phrase, lead):
    # Công điện 187/CĐ-TTg, mục 2
    [(hit, row)] = [(h, o) for h in _hits("chinhphu/187-ttg.signed.txt", "Công điện", "187/CĐ-TTg", phrase)
                    for o in h.obligations if phrase in o.task]
    assert chaired(hit, row).lead[0] == (lead or row.lead[0])


def test_of_near_tied_rows_giving_one_answer_the_one_stating_the_task_asked_is_cited():
    # Công văn 9533/VPCP-CN, "1. Bộ Tài chính": item a) "Khẩn trương chủ trì, … tiếp thu ý kiến của Bộ Xây dựng … để đưa
    # các nội dung đề xuất sửa đổi Luật Đường sắt … vào Dự thảo Luật Đầu tư (thay thế) …" and item c) "Hoàn thiện Dự
    # thảo Luật Đầu tư (thay thế), … các nội dung sửa đổi liên quan đến lĩnh vực đường sắt …", both Bộ Tài chính's;
    # retrieval ranks the passage of c) first (a short passage of its own once items are kept whole)
    question = ("Theo ý kiến Phó Thủ tướng Trần Hồng Hà, bộ nào chủ trì đưa các nội dung sửa Luật Đường sắt vào dự "
                "thảo Luật Đầu tư (thay thế)?")
    hits = _hits("chinhphu/9533-cn.signed.txt", "Công văn", "9533/VPCP-CN", "Bộ Tài chính", in_text=True)[::-1]
    [(_, row)] = best_obligation(classify(question), content_words(question), hits)
    assert row.lead == ("Bộ Tài chính",) and row.task.startswith("Khẩn trương chủ trì")


def test_a_row_acting_on_the_party_asked_is_no_answer_on_its_own_act():
    # Luật 09/2003/QH11, Điều 15: cơ quan thuế's duty names "cơ sở kinh doanh" as what it checks; the business's own
    # time to report is Điều 14's "Trong thời hạn chín mươi ngày …", a sentence, not this row
    hits = _hits("09_2003_QH11.md", "Luật", "09/2003/QH11", "Kiểm tra, thanh tra việc kê khai thuế",
                 root=ROOT / "evals" / "devdocs")
    assert any(o.lead == ("cơ quan thuế",) for h in hits for o in h.obligations)
    question = "Theo Luật 09/2003/QH11, cơ sở kinh doanh phải nộp báo cáo quyết toán thuế trong thời hạn bao lâu?"
    assert best_obligation(classify(question), content_words(question), hits) == []
    # the agency's own duty is still its answer
    asked = "Theo Luật 09/2003/QH11, cơ quan nào kiểm tra, thanh tra việc kê khai thuế, quyết toán thuế của cơ sở kinh doanh?"
    assert [o.lead for _, o in best_obligation(classify(asked), content_words(asked), hits)][:1] == [("cơ quan thuế",)]


def test_a_row_stating_the_partys_own_act_still_answers():
    # Thông tư 205/2009/TT-BTC, Điều 2: cơ quan thuế "yêu cầu doanh nghiệp nộp chứng từ nộp thuế GTGT khâu nhập khẩu":
    # the row states the act asked of the business, which the text gives no time for
    hits = _hits("205_2009_TT-BTC.md", "Thông tư", "205/2009/TT-BTC", "nộp chứng từ nộp thuế GTGT",
                 root=ROOT / "evals" / "devdocs")
    question = ("Theo Thông tư 205/2009/TT-BTC, doanh nghiệp phải nộp chứng từ nộp thuế GTGT khâu nhập khẩu cho cơ quan "
                "thuế trong thời hạn bao lâu?")
    assert classify(question).party == "doanh nghiệp"
    assert best_obligation(classify(question), content_words(question), hits)


@pytest.mark.parametrize("relative, kind, number, question, lead", [
    # Chỉ thị 22/2008/CT-TTg, III: "1. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp, … tổ chức tốt việc tuyên truyền
    # …" beside "2. Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh … chỉ đạo công tác tuyên truyền …" and the
    # broadcasters' "dành thời lượng thỏa đáng để tuyên truyền …"
    ("thue/22_2008_CT-TTg.md", "Chỉ thị", "22/2008/CT-TTg",
     "Cơ quan nào chủ trì tuyên truyền Luật Thuế thu nhập cá nhân theo Chỉ thị 22/2008/CT-TTg?", ("Bộ Tài chính",)),
])
def test_of_near_rows_on_who_leads_in_so_many_words_the_row_saying_its_lead_leads_answers(relative, kind, number,
                                                                                       question, lead):
    hits = _hits(relative, kind, number, "tuyên truyền", in_text=True)
    intent, words = classify(question), content_words(question)
    assert intent.kind == "lead" and intent.lead_said
    chosen = best_obligation(intent, words, hits, lambda o: fills_slot(intent, words, o))
    assert [o.lead for _, o in chosen] == [lead]


def test_rows_saying_their_lead_leads_are_kept_only_when_the_question_asks_who_leads():
    # Chỉ thị 01/2009/CT-UBND of Kon Tum, I: "1. …, Cục Thuế tỉnh chủ trì: / - Phối hợp với Sở Thông tin và Truyền
    # thông để tuyên truyền …" beside "2. Đài phát thanh và truyền hình tỉnh, Báo Kon Tum … có kế hoạch phổ biến …"
    # and "3. Các sở, ban, ngành … có trách nhiệm tuyên truyền …"; asked who does the work, not who leads it, no row
    # is preferred for saying "chủ trì"
    from assistant.rows import _said_leading
    hits = _hits("thue/01_2009_CT-UBND.doc", "Chỉ thị", "01/2009/CT-UBND", "tuyên truyền", in_text=True)
    rows = [(h, o) for h in hits for o in h.obligations if "tuyên truyền" in o.task or "phổ biến" in o.task]
    assert len(rows) > 2
    said = _said_leading(classify("Theo Chỉ thị 01/2009/CT-UBND, cơ quan nào chủ trì tuyên truyền Luật Thuế thu nhập "
                                  "cá nhân?"), rows)
    assert {o.lead for _, o in said} == {("Cục Thuế tỉnh",)}
    assert _said_leading(classify("Theo Chỉ thị 01/2009/CT-UBND, cơ quan nào tuyên truyền Luật Thuế thu nhập cá "
                                  "nhân?"), rows) == rows


def test_a_yes_or_no_check_of_the_lead_does_not_keep_only_the_agencys_own_rows():
    # Công văn 9533/VPCP-CN: item 1.a gives Bộ Tài chính "tiếp thu ý kiến của Bộ Xây dựng" with Bộ Tư pháp as partner;
    # item 2 gives Bộ Tư pháp its own "có ý kiến …" on the same draft. Asked whether Bộ Tư pháp leads the first, its
    # own row is no better an answer than the row that gives the task to another ("không")
    hits = _hits("chinhphu/9533-cn.signed.txt", "Công văn", "9533/VPCP-CN", "ý kiến", in_text=True)
    near = [(h, o) for h in hits for o in h.obligations
            if o.lead in (("Bộ Tư pháp",), ("Bộ Tài chính",)) and "ý kiến" in o.task and "Luật Đường sắt" in o.task]
    assert {o.lead for _, o in near} >= {("Bộ Tư pháp",), ("Bộ Tài chính",)}
    checked = ("Theo Văn bản 9533/VPCP-CN, Bộ Tư pháp có phải là cơ quan chủ trì tiếp thu ý kiến của Bộ Xây dựng về "
               "sửa đổi Luật Đường sắt không?")
    assert classify(checked).checks_lead
    assert {o.lead for _, o in _settled(classify(checked), near)} >= {("Bộ Tư pháp",), ("Bộ Tài chính",)}
    # asked which part it takes, its own row stays first, as before
    asked = ("Theo Văn bản 9533/VPCP-CN, Bộ Tư pháp chủ trì hay phối hợp việc có ý kiến đối với nội dung đề nghị sửa "
             "Luật Đường sắt?")
    assert not classify(asked).checks_lead


def test_an_item_that_only_works_with_unnamed_bodies_is_its_agencys_part_with_no_lead():
    from assistant.rows import unled
    # Nghị định 259/2025/NĐ-CP, Điều 16.3: "3. Bộ Tài chính / a) Phối hợp với các bộ, cơ quan ngang bộ ban hành …"
    hits = _hits("chinhphu/259nd.signed.txt", "Nghị định", "259/2025/NĐ-CP", "bảng mã số HS")
    [(hit, row)] = [(h, o) for h in hits for o in h.obligations if "bảng mã số HS" in o.task][:1]
    assert row.lead == ("Bộ Tài chính",)
    asked = ("Theo Nghị định 259/2025/NĐ-CP, Bộ Tài chính chủ trì hay phối hợp việc ban hành bảng mã số HS hàng hóa "
             "kèm theo Danh mục hàng hóa lưỡng dụng?")
    read = unled(classify(asked), row, hit)
    assert read is not None and read.lead == () and read.partners[0] == "Bộ Tài chính"
    # who leads, asked of no agency: not this reading (the text names none; declined by precision.lead_cooperates)
    assert unled(classify("Ai chủ trì việc ban hành bảng mã số HS hàng hóa lưỡng dụng?"), row, hit) is None
    # a row naming the body worked with is read by worked_with, not here
    named = replace(row, partners=("Bộ Công Thương",))
    assert unled(classify(asked), named, hit) is None


def test_an_agency_named_before_a_colon_on_its_item_s_line_keeps_the_lead_of_its_work():
    # Công điện 190/CĐ-TTg, 5.: "5. Bộ Quốc phòng, Bộ Công an: Chủ động phối hợp với các địa phương triển khai đầu tư
    # xây dựng nhà ở cho lực lượng vũ trang nhân dân …": the ministries are the sentence's subject, the work is theirs;
    # not "phối hợp, không chủ trì" as an item "- Phối hợp với các sở, ngành …" under its agency's heading reads
    from assistant.rows import led_by_intro, unled
    phrase = "Chủ động phối hợp với các địa phương"
    [hit] = _hits("chinhphu/190-ttg.signed.txt", "Công điện", "190/CĐ-TTg", phrase)
    row = next(o for o in hit.obligations if phrase in o.task)
    assert row.lead == ("Bộ Quốc phòng", "Bộ Công an")
    assert led_by_intro(hit, row)
    question = ("Theo Công điện 190, Bộ Quốc phòng chủ trì hay phối hợp việc triển khai đầu tư xây dựng nhà ở cho lực "
                "lượng vũ trang nhân dân?")
    assert unled(classify(question), row, hit) is None
    assert worked_with(classify(question), row, hit).lead == row.lead


def test_a_task_naming_its_subject_only_as_the_document_above_is_read():
    # Công văn 706/UBND-VP7 (Ninh Bình): the task says only "Văn bản trên"; its subject is in the V/v line
    from assistant.rows import _ABOVE
    assert _ABOVE.search("chủ trì, phối hợp với các cơ quan, đơn vị có liên quan nghiên cứu, triển khai thực hiện và "
                         "tham mưu chỉ đạo thực hiện các nội dung, yêu cầu của Bộ Quốc phòng tại Văn bản trên theo đúng "
                         "quy định, đảm bảo thời gian")
    assert _ABOVE.search("triển khai các nội dung tại văn bản nêu trên")
    assert not _ABOVE.search("tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trên cơ sở văn bản của Bộ")


def test_an_agency_opening_a_sentence_inside_a_paragraph_heads_its_work():
    # Công điện 186/CĐ-TTg, 3.: "… không để bị động, bất ngờ. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiêm tra, chỉ đạo cơ quan
    # chức năng …" (questions_qd qd17, qd26): the province is given work of its own, so "it leads nothing" is no answer
    from assistant.rows import _heads_a_line
    [hit] = _hits("chinhphu/186-cd.signed.txt", "Công điện", "186/CĐ-TTg", "Bảo Hà", in_text=True)
    assert _heads_a_line("Ủy ban nhân dân tỉnh Lào Cai", [hit])
    assert not _heads_a_line("Ủy ban nhân dân tỉnh Cao Bằng", [hit])


@pytest.mark.parametrize("agency, line, misread", [
    # Công điện 189/CĐ-TTg, 2. (OCR): the ministry's own item, its name damaged; "it leads nothing" is no answer
    ("Bộ Nông nghiệp và Môi trường", "2. Bộ trưởng Bộ] Néng: ngiiệp và Môi trường tổ chức theo dõi, dự báo, kịp thời",
     True),
    ("Bộ Tài chính", "2. Bộ trưởng Bộ] Néng: ngiiệp và Môi trường tổ chức theo dõi", False),
    # a name the list reads is read by `_heads_a_line` itself; a line with no list marker is no item
    ("Bộ Nông nghiệp và Môi trường", "3. Bộ trưởng Bộ Công Thương chủ động chỉ đạo công tác bảo đảm an toàn", False),
    ("Bộ Nông nghiệp và Môi trường", "Bộ] Néng: ngiiệp và Môi trường tổ chức", False),
])
def test_an_item_opened_by_a_ministry_ocr_misread_may_be_the_asked_ones(agency, line, misread):
    from assistant.rows import _misread_head
    assert _misread_head(agency, line) is misread


def test_one_of_several_bodies_working_with_a_named_body_takes_part_and_no_lead_is_named():
    # Chỉ thị 42/1998/CT-UBND of Quảng Bình, 6.: "Sở Văn hoá - Thông tin, Báo Quảng Bình, Đài Phát thanh - Truyền
    # hình tỉnh phối hợp với cơ quan Thuế tổ chức tuyên truyền sâu rộng hai Luật thuế …": the sentence names no lead,
    # so the Sở asked takes part; not "cùng chủ trì … với Báo Quảng Bình …"
    from assistant.rows import jointly
    phrase = "tổ chức tuyên truyền sâu rộng hai Luật thuế"
    [hit] = _hits("42_1998_CT-UBND.md", "Chỉ thị", "42/1998/CT-UBND", phrase, root=ROOT / "evals" / "devdocs")
    row = next(o for o in hit.obligations if phrase in o.task)
    assert len(row.lead) == 3
    asked = ("Chỉ thị 42/1998/CT-UBND của Quảng Bình: Sở Văn hoá - Thông tin chủ trì tuyên truyền hai Luật thuế hay "
             "chỉ phối hợp với cơ quan thuế?")
    read = jointly(classify(asked), row, hit)
    assert read is not None and read.lead == () and read.partners[:3] == row.lead
    # a body the question asks that the sentence names only as the one worked with: not this reading
    assert jointly(classify("Theo Chỉ thị 42/1998/CT-UBND, Cục Thuế chủ trì hay phối hợp tuyên truyền hai Luật thuế?"),
                   row, hit) is None
    # a body no agency list knows, asked by its name (`intent.asked_party`), is read the same way (devdocs ta65: it
    # was answered "Sở Văn hóa - Thông tin, Báo Quảng Bình và Đài Phát thanh - Truyền hình tỉnh chủ trì")
    newspaper = classify("Theo Chỉ thị 42/1998/CT-UBND của tỉnh Quảng Bình, Báo Quảng Bình chủ trì hay phối hợp việc "
                         "tuyên truyền hai Luật thuế giá trị gia tăng và thu nhập doanh nghiệp?")
    assert newspaper.agency is None and newspaper.party == "Báo Quảng Bình"
    read = jointly(newspaper, row, hit)
    assert read is not None and read.lead == () and "Báo Quảng Bình" in read.partners
    # a party the row does not name (the question's opening words before its verb) is no asked body
    assert jointly(replace(newspaper, party="Chiến lược"), row, hit) is None
    # Công điện 190/CĐ-TTg, 5.: the leads named before a colon on the item's line keep their work
    phrase = "Chủ động phối hợp với các địa phương"
    [hit] = _hits("chinhphu/190-ttg.signed.txt", "Công điện", "190/CĐ-TTg", phrase)
    row = next(o for o in hit.obligations if phrase in o.task)
    assert jointly(classify("Theo Công điện 190, Bộ Quốc phòng chủ trì hay phối hợp việc triển khai đầu tư xây dựng "
                            "nhà ở cho lực lượng vũ trang nhân dân?"), row, hit) is None


def test_time_in_words_reads_a_day_after_a_misread_cue():
    # Công điện 190/CĐ-TTg, 6.: "… gửi Bộ Xây dựng trong này 10/10/2025" (the scan's "trong ngày"): the task states its
    # day, which answers "when", never "không nêu thời hạn"
    from pathlib import Path
    from assistant.rows import time_in_words
    text = (Path(__file__).resolve().parents[2] / "corpus/samples/chinhphu/190-ttg.signed.txt").read_text(encoding="utf-8")
    assert "nhà ở xã hội, gửi Bộ Xây dựng trong này 10/10/2025" in text
    task = "đề xuất các giải pháp đột phá đề thúc đây phát triển nhà ở xã hội, gửi Bộ Xây dựng trong này 10/10/2025"
    assert time_in_words(Obligation("190", "c1", task, ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",))) == \
        "trong này 10/10/2025"
    # a cited document's date is no time of the task
    cited = "triển khai Quyết định số 201/2004/QĐ-TTg ngày 06 tháng 12 năm 2004 của Thủ tướng Chính phủ"
    assert time_in_words(Obligation("d", "c1", cited, ("Bộ Tài chính",))) is None


def test_a_time_in_the_clause_holding_the_task_is_its_own():
    # Thông báo 541/TB-VPCP, 2.1 b): "b) Khan truong hoàn thiện, trình … kiện toàn Ban Chỉ đạo …; hoàn thành trong
    # tháng 10 năm 2025, …" (OCR as read): the clause stating the time holds the task, so the time is the task's
    from assistant.draft import Draft
    from assistant.rows import compose_record
    from corpus.loaders import load as _load
    lines = _load(SAMPLES / "chinhphu/541-tb.signed.txt")[0].text.splitlines()
    text = "\n".join(lines[111:115])
    assert text.startswith("b) Khan truong hoàn thiện, trình Thủ tướng Chính phủ kiện toàn Ban Chỉ")
    end = text.index("ngành năng lượng") + len("ngành năng lượng")
    row = Obligation("541", "c1", " ".join(text[3:end].split()), ("Bộ Công Thương",), span=Span(3, end))
    hit = Hit("c1", "541", "541/TB-VPCP", None, "Thông báo", None, "2025-10-08", None, "", (), text, None, 0,
              len(text), "", 1.0, obligations=(row,))
    draft = Draft([hit])
    assert compose_record(draft, classify("Theo Thông báo 541/TB-VPCP, Bộ Công Thương phải trình kiện toàn Ban Chỉ "
                                          "đạo Nhà nước các dự án trọng điểm ngành năng lượng xong khi nào?"),
                          [(hit, row)])
    assert draft.lines[0].startswith("Thời hạn: hoàn thành trong tháng 10 năm 2025")


def test_an_agencys_row_of_another_task_trails_the_row_of_the_task_asked():
    """Phụ lục II of Nghị quyết 03/NQ-CP: Ngân hàng Nhà nước is one of eight leads of row 108 (the Đề án 06 tasks); the
    Đề án asked, row 116, is Bộ Công an's alone. The agency's row is no answer to a task it is not given."""
    from assistant.rows import behind_other_doer
    plan = "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"
    hits = (_hits(plan, "Nghị quyết", "03/NQ-CP", "Hoàn thành việc triển khai các nhiệm vụ phục vụ chuyển đổi số")
            + _hits(plan, "Nghị quyết", "03/NQ-CP", "Đề án đột phá phát triển khoa học công nghệ, công nghiệp an ninh"))
    question = ("Ngân hàng Nhà nước chủ trì Đề án đột phá phát triển công nghiệp an ninh, hiện đại hóa lực lượng Công an "
                "nhân dân với thời hạn nào?")
    intent = classify(question)
    theirs = [o for hit in hits for o in hit.obligations if "Ngân hàng" in " ".join(o.lead)]
    assert theirs and behind_other_doer(intent, content_words(question), hits, theirs[:1])
    # the agency that leads the task asked is no other doer
    asked = replace(intent, agency="Bộ Công an")
    own = [o for hit in hits for o in hit.obligations if o.task.startswith("Đề án đột phá")]
    assert own and not behind_other_doer(asked, content_words(question), hits, own[:1])


@pytest.mark.parametrize("deadline, period, due", [
    ("12/2025", (2025, None), True),
    ("Quý I/2025", (2025, None), True),
    ("Hoàn thành xong, trình trong tháng 6/2025", (2025, 6), True),
    ("Thường xuyên", (2025, None), False),
    ("2026", (2025, None), False),
    ("9/2025", (2025, 6), False),
])
def test_a_rows_time_falls_in_the_period_asked(deadline, period, due):
    from assistant.rows import _due_in
    from corpus.deadlines import parse_deadline
    row = Obligation("d", "c", "Xây dựng Kế hoạch phát triển hạ tầng số", ("Bộ Khoa học và Công nghệ",),
                     deadline=parse_deadline(deadline))
    assert _due_in(row, period) is due


def test_of_a_bodys_quarterly_and_year_end_rows_the_period_asked_answers():
    """Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 7.2.c: c.2) "Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp
    theo Cục Tài chính - Bộ Quốc phòng nộp …" and c.3) "Hết năm, chậm nhất là ngày 30 tháng 6 của năm tiếp theo, …
    Cục Tài chính - Bộ Quốc phòng có trách nhiệm xác định …": "mỗi quý" asks c.2, "hết năm" c.3, neither both."""
    from datetime import date

    from corpus.deadlines import find_deadlines
    lead = ("Cục Tài chính - Bộ Quốc phòng",)
    quarterly = Obligation("d", "c", "nộp vào Ngân sách Nhà nước số thuế thu nhập cá nhân", lead, (),
                           deadline=find_deadlines("Hàng quý, chậm nhất ngày 30 của tháng đầu quý tiếp theo")[0],
                           span=Span(0, 10, 1))
    year_end = Obligation("d", "c", "xác định tổng số thuế thu nhập cá nhân phải nộp", lead, (),
                          deadline=find_deadlines("chậm nhất là ngày 30 tháng 6 của năm tiếp theo",
                                                  date(2013, 12, 17))[0], span=Span(20, 30, 1))
    hit = Hit("c", "d", "212/2013/TTLT-BTC-BQP", None, "Thông tư liên tịch", None, None, None, "", (), "", None, 0, 30,
              "", 1.0)
    rows = [(hit, quarterly), (hit, year_end)]
    asked = "Theo Thông tư liên tịch 212/2013/TTLT-BTC-BQP, {} Cục Tài chính - Bộ Quốc phòng nộp thuế chậm nhất ngày nào?"
    assert [o for _, o in _settled(classify(asked.format("mỗi quý")), rows)] == [quarterly]
    assert [o for _, o in _settled(classify(asked.format("hết năm")), rows)] == [year_end]
    assert len(_settled(classify(asked.format("khi nào thì")), rows)) == 2


def test_of_near_rows_the_one_naming_the_law_asked_is_kept():
    """Phụ lục II of Nghị quyết 03/NQ-CP (rl41): row 18 amends Luật Ngân sách nhà nước (Bộ Tài chính, with Bộ Khoa học và
    Công nghệ); row 14 amends Luật Khoa học và Công nghệ, led by Bộ Khoa học và Công nghệ, and speaks of "ngân sách nhà
    nước" too. Row 18's partner is row 14's lead, which `_named_partners` reads as the same work from both sides."""
    from assistant.rows import _of_law_named
    plan = "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"
    hits = (_hits(plan, "Nghị quyết", "03/NQ-CP", "Sửa đổi một số quy định trong Luật Ngân sách nhà nước")
            + _hits(plan, "Nghị quyết", "03/NQ-CP", "Sửa đổi Luật Khoa học và Công nghệ (2013)"))
    chosen = [(hit, o) for hit in hits for o in hit.obligations
              if o.task.startswith(("Sửa đổi một số quy định trong Luật Ngân sách", "Sửa đổi Luật Khoa học và Công nghệ"))]
    assert len({o.task for _, o in chosen}) == 2
    question = "nq 03/NQ-CP sửa Luật Ngân sách nhà nước cho nhiệm vụ khcn thì ai phối hợp?"
    kept = _of_law_named(classify(question), chosen)
    assert {o.lead for _, o in kept} == {("Bộ Tài chính",)}
    # no law named, or one no row names: all stay
    assert _of_law_named(classify("Sửa luật cho nhiệm vụ khcn thì ai phối hợp?"), chosen) == chosen
    assert _of_law_named(classify("Sửa Luật Đất đai thì ai phối hợp?"), chosen) == chosen
    assert _of_law_named(classify("Tuyên truyền Luật Ngân sách nhà nước thì ai phối hợp?"), chosen) == chosen


@pytest.mark.parametrize("question, task, helped", [
    # Công điện 188/CĐ-TTg, item 3: the ministries' own act is to support the provinces
    ("Theo Công điện 188/CĐ-TTg, Bộ Quốc phòng chủ trì hay phối hợp, hỗ trợ các địa phương ứng phó mưa lũ?",
     "chủ động chỉ đạo, huy động các lực lượng quân đội, công an, cơ quan chức năng kịp thời phối hợp, hỗ trợ các địa "
     "phương và Nhân dân triển khai công tác phòng, chống, ứng phó mưa lũ", "phối hợp, hỗ trợ các địa phương"),
    # the question asks no support of a party
    ("Theo Công điện 188/CĐ-TTg, Bộ Quốc phòng chủ trì hay phối hợp?",
     "kịp thời phối hợp, hỗ trợ các địa phương và Nhân dân", None),
    # Công điện 189/CĐ-TTg: the support is in the task asked of, not the role asked
    ("Theo Công điện 189, Bộ Quốc phòng chủ trì hay phối hợp việc chỉ đạo lực lượng quân đội đóng trên địa bàn sẵn "
     "sàng lực lượng, phương tiện hỗ trợ Nhân dân phòng, chống lũ?",
     "chỉ đạo các lực lượng quân đội, công an đóng trên địa bàn sẵn sàng lực lượng, phương tiện, phối hợp với cơ quan "
     "chức năng, các lực lượng ở địa phương triển khai hỗ trợ Nhân dân phòng, chống lũ", None),
    # support of another party than the one asked
    ("Bộ Tài chính chủ trì hay hỗ trợ các doanh nghiệp?", "hỗ trợ các địa phương khắc phục hậu quả", None),
])
def test_a_row_whose_leads_support_the_party_asked_is_no_lead_answer(question, task, helped):
    from assistant.rows import _helps_asked
    assert _helps_asked(question, task) == helped


@pytest.mark.parametrize("question", [
    "Trong Kế hoạch 196, những nhiệm vụ nào Sở Thông tin và Truyền thông chỉ phối hợp thực hiện?",
    "Kế hoạch 196 giao Sở Thông tin và Truyền thông những nhiệm vụ gì?",
    "Sở Thông tin và Truyền thông phối hợp với ai đẩy mạnh chuyển đổi số cho các ngành công nghiệp văn hóa?",
])
def test_an_item_opening_phoi_hop_voi_under_an_agencys_heading_is_its_part_whatever_is_asked(question):
    # Kế hoạch 196/KH-UBND of Ninh Bình, V.3: "3. Sở Thông tin và Truyền thông / - Phối hợp với Sở Văn hóa và Thể
    # thao, các sở, ngành có liên quan đẩy mạnh công tác chuyển đổi số …": the row read at indexing has the heading's
    # agency lead; asked of its tasks (listed) or whom it works with, Sở Văn hóa và Thể thao leads, it takes part
    from assistant.rows import read_for_agency
    phrase = "đẩy mạnh công tác chuyển đổi số"
    [(hit, row)] = [(h, o) for h in _hits("ninhbinh/196.pdf", "Kế hoạch", "196/KH-UBND", phrase)
                    for o in h.obligations if phrase in o.task][:1]
    assert row.lead == ("Sở Thông tin và Truyền thông",)
    read = read_for_agency(classify(question), hit, row)
    assert read.lead == ("Sở Văn hóa và Thể thao",) and "Sở Thông tin và Truyền thông" in read.partners
    # its own item "Chủ trì phối hợp với các cơ quan, đơn vị có liên quan xuất bản …" stays its own
    own = next(o for h in _hits("ninhbinh/196.pdf", "Kế hoạch", "196/KH-UBND", "xuất bản các xuất")
               for o in h.obligations if "xuất bản các xuất" in o.task)
    assert read_for_agency(classify(question), hit, own) == own


def test_a_sentence_going_on_phoi_hop_voi_keeps_its_subjects_work_when_asked_whom_it_works_with():
    # Công điện 189/CĐ-TTg: "… Bộ trưởng Bộ Công Thương … phối hợp chặt chẽ với Bộ Nông nghiệp và Môi trường và các địa
    # phương có liên quan trong công tác vận hành liên hồ …": lower case, within the minister's sentence, not an item
    # opening "Phối hợp với …" under a heading: the row stays Bộ Công Thương's
    from assistant.rows import read_for_agency
    phrase = "trong công tác vận hành liên hồ"
    [(hit, row)] = [(h, o) for h in _hits("chinhphu/189-ttg.signed.txt", "Công điện", "189/CĐ-TTg", phrase)
                    for o in h.obligations if phrase in o.task][:1]
    question = "Trong Công điện 189, Bộ Công Thương phải phối hợp với ai khi vận hành liên hồ?"
    assert classify(question).works_with
    assert read_for_agency(classify(question), hit, row) == row


def test_asked_whom_an_agency_works_with_its_own_item_is_kept_beside_the_leads_converse_row():
    # Kế hoạch 196/KH-UBND of Ninh Bình: "7. Cục Thống kê tỉnh / Phối hợp với Sở Văn hóa và Thể thao xây dựng cơ sở dữ
    # liệu …" beside the Sở's own "Chủ trì, phối hợp với các cơ quan liên quan xây dựng cơ sở dữ liệu về văn hóa …":
    # asked whom Cục Thống kê tỉnh works with, its item answers; the converse rule no longer drops it
    hits = _hits("ninhbinh/196.pdf", "Kế hoạch", "196/KH-UBND", "xây dựng cơ sở dữ liệu")
    question = "Kế hoạch 196 Ninh Bình: Cục Thống kê tỉnh phối hợp với sở nào xây dựng cơ sở dữ liệu công nghiệp văn hóa?"
    intent = classify(question)
    assert intent.works_with
    chosen = best_obligation(intent, content_words(question) - content_words(intent.agency), hits)
    assert [o.lead for _, o in chosen] == [("Cục Thống kê tỉnh",)]


def test_a_task_named_that_the_agency_only_takes_part_in_is_answered_with_its_part():
    # Phụ lục II of Nghị quyết 03/NQ-CP, row 70 ("Hoàn thiện triển khai xây dựng, đưa vào khai thác sử dụng 114 Cơ sở dữ
    # liệu quốc gia …", led by "các bộ, ngành, địa phương là chủ quản …", Bộ Công an taking part) beside row 69, which
    # Bộ Công an leads ("Hoàn thành xây dựng Trung tâm dữ liệu quốc gia và đưa vào khai thác, sử dụng …")
    from assistant.rows import _task_named_taken_part
    doc = "nq57/NQCP03_NQ03_PL2_Nhiem_vu.md"
    part = [(h, o) for h in _hits(doc, "Nghị quyết", "03/NQ-CP", "114 Cơ sở dữ liệu") for o in h.obligations
            if "114 Cơ sở dữ liệu" in o.task][:1]
    led = [(h, o) for h in _hits(doc, "Nghị quyết", "03/NQ-CP", "Hoàn thành xây dựng Trung tâm dữ liệu quốc gia")
           for o in h.obligations if "Hoàn thành xây dựng Trung tâm dữ liệu quốc gia" in o.task][:1]
    assert part and led and "Bộ Công an" in part[0][1].partners and led[0][1].lead == ("Bộ Công an",)
    own, found = [("d", led)], [("d", led, part)]
    asked = ("Bộ Công an có trách nhiệm gì trong việc hoàn thiện, đưa vào khai thác sử dụng 114 Cơ sở dữ liệu quốc gia, "
             "cơ sở dữ liệu chuyên ngành?")
    assert _task_named_taken_part(classify(asked), own, found) == part[0]
    # the agency's tasks asked with no task named: listed as before
    assert _task_named_taken_part(classify("Bộ Công an có những nhiệm vụ gì theo Nghị quyết 03/NQ-CP?"), own, found) is None
    # read only of its part in a task named after "trách nhiệm / nhiệm vụ / làm gì trong việc …", not of its own tasks
    # on a topic ("Công điện 190 giao Bộ Tài chính việc gì về Trung tâm giao dịch bất động sản?", questions_conv v07.4)
    from assistant.rows import _PART_IN_TASK
    assert _PART_IN_TASK.search(asked)
    assert not _PART_IN_TASK.search("Công điện 190 giao Bộ Tài chính việc gì về Trung tâm giao dịch bất động sản?")


def test_whom_an_agency_works_with_is_read_off_its_own_sentence_first():
    # Chỉ thị 44/2002/CT-UB (unbundled, evals/devdocs): "4. Sở Kế hoạch và Đầu tư gắn với việc cấp giấy phép hành nghề
    # …, phối hợp với cơ quan thuế để tổ chức quản lý thu thuế thu nhập cá nhân …" before item 5's Cục thuế tỉnh row on
    # the same tax, which does not name the Sở and names no body to work with
    devdocs = SAMPLES.parent.parent / "evals" / "devdocs"
    title = ("V/v tăng cường quản lý thu thuế thu nhập cá nhân của người lao động nước ngoài làm việc trên địa bàn tỉnh "
             "Bà Rịa - Vũng Tàu")
    # item 5's passage retrieved first, as the question's words rank it, both read under the directive's title
    hits = [replace(hit, title=title) for hit in reversed(
        _hits("44_2002_CT-UB.md", "Chỉ thị", "44/2002/CT-UB", "thu thuế thu nhập cá nhân", devdocs))]
    question = ("Chỉ thị 44/2002/CT-UB: Sở Kế hoạch và Đầu tư phối hợp với ai để tổ chức quản lý thu thuế thu nhập cá "
                "nhân đối với người làm việc cho các nhà thầu, nhà thầu phụ nước ngoài?")
    intent, words = classify(question), content_words(question)
    # of every row, not only those with a partner cell: item 5 is no rival answer ("… không nêu cơ quan phối hợp")
    chosen = best_obligation(intent, words, hits)
    assert [o.lead for _, o in chosen] == [("Sở Kế hoạch và Đầu tư",)]
    assert chosen[0][1].partners == ("cơ quan thuế",)


def test_a_lead_asked_of_the_act_it_does_with_others_after_its_own():
    # Kế hoạch 196 of Ninh Bình, V.1: Sở Văn hóa và Thể thao builds the column on its own site, and "phối hợp với Văn
    # phòng UBND tỉnh, …" builds its content on the province's portal (led by Văn phòng UBND tỉnh, V.2)
    from assistant.intent import classify
    from assistant.rows import _joint_act_asked
    from corpus.records import Obligation
    task = ("Xây dựng chuyên mục về công nghiệp văn hóa trên Trang thông tin điện tử của Sở, phối hợp với Văn phòng "
            "UBND tỉnh, Sở Thông tin và Truyền thông và các cơ quan, địa phương xây dựng nội dung chuyên mục về công "
            "nghiệp văn hóa trên Cổng thông tin điện tử của tỉnh")
    row = Obligation("196", "196#1", task, ("Sở Văn hóa và Thể thao",),
                     ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông", "các cơ quan, địa phương"))
    portal = ("Sở Văn hóa và Thể thao có chủ trì việc xây dựng nội dung chuyên mục về công nghiệp văn hóa trên Cổng "
              "thông tin điện tử của tỉnh không (Kế hoạch 196)?")
    assert _joint_act_asked(portal, classify(portal), row)[0].endswith("Trang thông tin điện tử của Sở")
    own = ("Sở Văn hóa và Thể thao có chủ trì việc xây dựng chuyên mục về công nghiệp văn hóa trên Trang thông tin "
           "điện tử của Sở không (Kế hoạch 196)?")
    assert _joint_act_asked(own, classify(own), row) is None


def test_a_row_with_no_act_before_its_partners_is_one_act():
    # Chỉ thị 44/2002/CT-UB of Bà Rịa - Vũng Tàu: "Sở Kế hoạch và Đầu tư gắn với việc cấp giấy phép hành nghề cho các
    # nhà thầu …, phối hợp với cơ quan thuế để tổ chức quản lý thu thuế …": how its one act is done (devdocs dq26, rn36)
    from assistant.intent import classify
    from assistant.rows import _joint_act_asked
    from corpus.records import Obligation
    task = ("gắn với việc cấp giấy phép hành nghề cho các nhà thầu, nhà thầu phụ nước ngoài, phối hợp với cơ quan thuế "
            "để tổ chức quản lý thu thuế thu nhập cá nhân làm việc cho các nhà thầu, nhà thầu phụ nước ngoài")
    row = Obligation("44", "44#1", task, ("Sở Kế hoạch và Đầu tư",), ("cơ quan thuế",))
    question = ("Theo Chỉ thị 44/2002/CT-UB, Sở Kế hoạch và Đầu tư chủ trì hay phối hợp việc quản lý thu thuế thu nhập "
                "cá nhân làm việc cho các nhà thầu nước ngoài?")
    assert _joint_act_asked(question, classify(question), row) is None


def test_a_partner_named_by_function_in_the_task_when_the_cell_is_empty():
    # Công điện 186/CĐ-TTg, 8. (round ua32): the index left the partner cell empty; the task's own words name the body
    from assistant.draft import Draft
    from assistant.rows import compose_record
    task = ("phối hợp với\ncơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi diễn biến tình\nhình, chủ động "
            "điêu phối, huy động lực lượng, phương tiện triển khai ứng phó với\nbão và mưa lũ")
    row = Obligation("186-cd.signed", "c1", task, ("Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia",))
    hit = Hit("c1", "186-cd.signed", "186/CĐ-TTg", None, "Công điện", None, None, None, "", (), task, None, 0,
              len(task), "", 1.0, obligations=(row,))
    draft = Draft([hit])
    assert compose_record(draft, classify("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với cơ quan nào "
                                          "để theo dõi diễn biến tình hình bão theo Công điện 186?"), [(hit, row)])
    assert draft.lines[0].startswith("Cơ quan phối hợp: cơ quan chức năng của Bộ Nông nghiệp và Môi trường")
    # the question names that body itself: it asks the other side, the cell's emptiness is said as before
    draft = Draft([hit])
    assert not compose_record(draft, classify("Theo CĐ 186/CĐ-TTg, ai phối hợp với cơ quan chức năng của Bộ NN&MT theo "
                                              "dõi diễn biến tình hình bão?"), [(hit, row)])
    assert "không nêu cơ quan phối hợp" in draft.lines[0]
