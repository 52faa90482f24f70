"""References between documents, checked against relations read by hand in real documents."""
from datetime import date

import pytest

from corpus.loaders import load
from corpus.relations import document_keys, find_references, is_legal_basis, number_key
from tests.data import DATA, SAMPLES


def _relations(path) -> set[tuple[str, str]]:
    return {(r.kind, r.key) for r in find_references(load(path)[0])}


@pytest.mark.parametrize("written", ["24-CT/TU", "24/CT-TU", "24 -CT/TU", "24/CT - TU", "024-CT/TU", "24\\-CT/TU"])
def test_written_forms_of_one_number_share_a_key(written):
    assert number_key(written) == ("24/CT-TU", "24", None)


def test_year_in_the_number_is_kept_apart_from_the_key():
    assert number_key("11/2013/NĐ-CP") == ("11/ND-CP", "11", 2013)
    assert number_key("30/CT-TTg")[0] == number_key("30/CT-TTG")[0] == "30/CT-TTG"


def test_document_is_found_by_number_and_by_type_and_serial():
    assert document_keys("193/KH-UBND", "Kế hoạch") == ("193/KH-UBND", "Kế hoạch 193")
    assert document_keys(None, "Kế hoạch") == ()


def test_ninh_binh_plan_implements_the_provincial_directive():
    [reference] = find_references(load(SAMPLES / "ninhbinh" / "193.pdf")[0])
    assert (reference.kind, reference.doc_type, reference.number) == ("implements", "Chỉ thị", "20-CT/TU")
    assert reference.issued_on == date(2024, 10, 10)
    assert "Triển khai thực hiện Chỉ thị số 20-CT/TU" in " ".join(reference.quote.split())


def test_kon_tum_directive_implements_the_law_and_the_prime_ministers_directive_it_names_second():
    # "Để triển khai thực hiện Luật Thuế thu nhập cá nhân đã được Quốc hội khóa XII, kỳ họp thứ hai thông qua ngày
    # 21/11/2007 có hiệu lực thi hành kể từ ngày 01/01/2009 và Chỉ thị số 22/2008/CT-TTg ngày 15/7/2008 của Thủ tướng
    # Chính phủ …" (Chỉ thị 01/2009/CT-UBND): the law has no number, the directive is the cue's second document, and
    # "có hiệu lực thi hành" is no cue of its own
    assert _relations(SAMPLES / "thue" / "01_2009_CT-UBND.doc") == {("implements", "22/CT-TTG")}


def test_a_document_in_force_is_no_implementing_cue_before_another_document():
    document = load(SAMPLES / "thue" / "01_2009_CT-UBND.doc")[0]
    text = ("Luật Thuế thu nhập cá nhân có hiệu lực thi hành kể từ ngày 01/01/2009, Nghị định số 100/2008/NĐ-CP ngày "
            "08/9/2008 của Chính phủ quy định chi tiết.")
    from dataclasses import replace
    [reference] = find_references(replace(document, text=text))
    assert reference.kind == "mentions"


def test_ninh_binh_plan_implements_the_prime_ministers_directive_and_only_mentions_the_rest():
    document = load(SAMPLES / "ninhbinh" / "196.pdf")[0]
    references = find_references(document)
    assert {(r.kind, r.key) for r in references} == {
        ("implements", "30/CT-TTG"), ("mentions", "150/TTR-SVHTT"), ("mentions", "134/KH-UBND")}
    directive = references[0]
    assert directive.issued_on == date(2024, 8, 29)  # not the 2025 coal directive of the same number
    assert document.text[directive.span.start:directive.span.end] == directive.quote


def test_directive_replaces_the_earlier_one_despite_ocr_noise():
    references = {r.key: r for r in find_references(load(SAMPLES / "chinhphu" / "30-ttg.signed.txt")[0])}
    replaced = references["29/CT-TTG"]
    assert replaced.kind == "replaces" and replaced.issued_on == date(2019, 12, 2)
    assert replaced.quote.startswith("Chỉ thị này thay thế Chỉ thị số 29/CT-TTg")
    # a list of resolutions the directive asks to carry out, one naming what another implements: mentions only
    assert references["57/NQ-TW"].kind == references["3/NQ-CP"].kind == "mentions"


def test_decision_repeals_a_list_of_decisions():
    assert {("repeals", "599/QD-TTG"), ("repeals", "239/QD-TTG")} <= _relations(
        DATA / "chinhphu_2025" / "2243ttg.signed.txt")


def test_decision_replaces_two_decisions_joined_by_a_semicolon_across_an_ocr_blank_line():
    relations = _relations(DATA / "chinhphu_2025" / "2219-ttg.signed.txt")
    assert {("replaces", "910/QD-TTG"), ("replaces", "707/QD-TTG")} <= relations


def test_circular_replaces_two_joint_circulars_in_one_sentence():
    relations = _relations(DATA / "tax_vbpl" / "markdown_docs" / "212_2013_TTLT-BTC-BQP.md")
    assert {("replaces", "122/TTLT-BTC-BQP"), ("replaces", "19/TTLT-BTC-BNV"), ("can_cu", "65/ND-CP")} <= relations


def test_basis_lines_are_legal_basis_even_when_they_speak_of_amendments():
    relations = _relations(DATA / "ninhbinh_ubnd_2024" / "807.pdf")
    assert {("can_cu", "1210/UBTVQH13"), ("can_cu", "26/UBTVQH15"), ("can_cu", "35/ND-CP"),
            ("can_cu", "16/NQ-TU")} <= relations
    assert not any(kind == "amends" for kind, _ in relations)


def test_what_other_documents_replaced_is_only_mentioned():
    """'Nghị định số 26/2009/NĐ-CP … thay thế cho Nghị định số 149/2003/NĐ-CP': not this document's act."""
    relations = _relations(DATA / "chinhphu_2025" / "2.-thuyet-minh-du-thao-tt.txt")
    assert ("mentions", "149/ND-CP") in relations and ("mentions", "26/ND-CP") in relations
    assert {kind for kind, _ in relations} == {"mentions"}


def test_government_programme_implements_the_party_resolution():
    relations = _relations(SAMPLES / "nq57" / "NQCP03_NQ03.md")
    assert {("implements", "57/NQ-TW"), ("can_cu", "57/NQ-TW")} <= relations
    assert ("mentions", "45/NQ-TW") in relations  # the programme of another resolution, named in passing
    assert ("implements", "57/NQ-TW") in _relations(SAMPLES / "nq57" / "QH_CTHD.md")


def test_tasks_to_amend_other_decrees_are_not_amendments_by_the_programme():
    relations = _relations(SAMPLES / "nq57" / "NQCP03_NQ03_PL2_Nhiem_vu.md")
    assert ("mentions", "109/ND-CP") in relations and not any(k == "amends" for k, _ in relations)


def test_a_document_is_not_a_reference_to_itself():
    assert not any(key == "30/CT-TTG" for _, key in _relations(SAMPLES / "chinhphu" / "30-ttg.signed.txt"))


@pytest.mark.parametrize("sentence, proposal", [
    ("Theo đề nghị của Giám đốc Trung tâm Chứng thực điện tử quốc gia;", True),  # Thông tư 49/2025/TT-BKHCN
    ("- Xét đề nghị của Cục trưởng Cục Thuế và Giám đốc Sở Lao động – Thương binh và Xã hội", True),
    ("Giao Cục Thuế cùng Sở Lao động – Thương binh và Xã hội hướng dẫn quy chế quản lý lao động", False),
])
def test_the_preambles_proposal_line_is_told_apart(sentence, proposal):
    from corpus.relations import is_proposal
    assert is_proposal(sentence) is proposal


def _document(text: str):
    from corpus.headers import parse_header
    from corpus.records import Document
    from corpus.text import normalize
    text = normalize(text)
    return Document(doc_id="t", source="t.md", fmt="md", text=text, content_hash="t", header=parse_header(text))


@pytest.mark.parametrize("text, relation", [
    # Luật 26/2012/QH13: the enacting formula names this law's own act
    ("| **QUỐC HỘI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc** |\n| Luật số: 26/2012/QH13 | "
     "*Hà Nội, ngày 22 tháng 11 năm 2012* |\n\n**LUẬT**\n\n*Quốc hội ban hành Luật Sửa đổi, bổ sung một số điều của "
     "Luật Thuế thu nhập cá nhân số 04/2007/QH12,*\n", ("amends", "4/QH12")),
    # Thông tư 24/2000/TT-BTC: the old-style title "… SỐ 24/2000/TT-BTC NGÀY … HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH …"
    ("| **BỘ TÀI CHÍNH** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| Số: 24/2000/TT-BTC | *Hà Nội, ngày 30 tháng 3 năm "
     "2000* |\n\n**THÔNG TƯ**\n\nBỘ TÀI CHÍNH SỐ 24/2000/TT-BTC NGÀY 30 THÁNG 3 NĂM 2000 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ "
     "08/2000/QĐ-TTG NGÀY 17/1/2000 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC MIỄN, GIẢM THUẾ\n", ("implements", "8/QD-TTG")),
    # Thông tư 75/2003/TT-BTC (evals/devdocs): a title opening with the guiding verb, "Hướng dẫn sửa đổi …"
    ("| **BỘ TÀI CHÍNH \\*\\*\\*** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| --- | --- |\n| Số: 75/2003/TT-BTC | "
     "*Hà Nội, ngày 04 tháng 8 năm 2003* |\n\n**THÔNG TƯ**\n\n**Hướng dẫn sửa đổi Thông tư số 18/2002/TT-BTC ngày "
     "20/02/2002 của Bộ Tài chính hướng dẫn thi hành Nghị định số 26/2001/NĐ-CP**\n", ("amends", "18/TT-BTC")),
])
def test_a_document_own_act_read_from_its_enacting_formula_or_old_title(text, relation):
    assert relation in {(r.kind, r.key) for r in find_references(_document(text))}


@pytest.mark.parametrize("text", [
    # what another document guided: the guiding verb after its subject is no title of this one
    "Căn cứ Thông tư số 60/2007/TT-BTC ngày 14/6/2007 của Bộ Tài chính hướng dẫn sửa đổi Thông tư số 18/2002/TT-BTC;\n",
    "Bộ Tài chính đã hướng dẫn sửa đổi Thông tư số 18/2002/TT-BTC tại văn bản khác.\n",
])
def test_a_guiding_verb_inside_a_sentence_is_not_this_documents_amendment(text):
    assert ("amends", "18/TT-BTC") not in {(r.kind, r.key) for r in find_references(_document(text))}


def test_a_basis_line_through_qui_dinh_tai_is_legal_basis():
    """Thông tư 26/2004/TT-BTC (evals/devdocs): "Căn cứ qui đinh tại Nghị định số 164/2003/NĐ-CP …" (the old spelling
    "qui", a mark lost) is a basis as "Căn cứ Nghị định số 24/2000/NĐ-CP …" is; "quy định" is read as the type."""
    relations = _relations(SAMPLES.parent.parent / "evals" / "devdocs" / "26_2004_TT-BTC.md")
    assert {("can_cu", "24/ND-CP"), ("can_cu", "9/QH11"), ("can_cu", "164/ND-CP")} <= relations
    assert is_legal_basis("Căn cứ qui đinh tại Nghị định số 164/2003/NĐ-CP ngày 22/12/2003 của Chính phủ")
    assert not is_legal_basis("Căn cứ doanh thu tính thuế TNDN nêu tại điểm 2, Mục II, Thông tư này cơ quan thuế yêu cầu")


DEVDOCS = SAMPLES.parent.parent / "evals" / "devdocs"


@pytest.mark.parametrize("relative, expected, mentioned", [
    # "2. Luật này thay thế Luật Thuế thu nhập doanh nghiệp số 09/2003/QH11.": the law replaced named by its title
    ("Luat14.2008.QH12.md", {("replaces", "9/QH11")}, set()),
    # "Các Nghị định số 30/1998/NĐ-CP …, số 26/2001/NĐ-CP … quy định chi tiết thi hành Luật Thuế thu nhập doanh
    # nghiệp hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2004." (its closing article): the subject ends
    ("164_2003_NĐ-CP.md", {("repeals", "30/ND-CP"), ("repeals", "26/ND-CP")}, set()),
    # "Nghị định này thay thế Nghị định số 164/2003/NĐ-CP … quy định chi tiết thi hành Luật Thuế thu nhập doanh nghiệp
    # và Nghị định số 152/2004/NĐ-CP …": "thi hành" belongs to the first decree's title, the list goes on
    ("24_2007_NĐ-CP.md", {("replaces", "164/ND-CP"), ("replaces", "152/ND-CP")}, set()),
    # "Nghị định số 83/2001/NĐ-CP … hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành."
    ("75-vbhn-bqp.txt", {("repeals", "83/ND-CP")}, set()),
    # "… Bãi bỏ quy định về hoàn thuế … quy định tại Nghị định số 24/2000/NĐ-CP …": a part of it, not the decree
    ("164_2003_NĐ-CP.md", set(), {"24/ND-CP", "27/ND-CP"}),
])
def test_a_closing_article_replaces_or_ends_the_documents_it_names(relative, expected, mentioned):
    relations = _relations(DEVDOCS / relative)
    assert expected <= relations
    assert {key for kind, key in relations if key in mentioned and kind != "mentions"} == set()


@pytest.mark.parametrize("text, relation", [
    # the draft circular's closing clause (corpus/samples/chinhphu/du-thao-thong-tu-btc-2025.pdf, Điều 5.2): the
    # circular named first ends; those named where it "đã được sửa đổi, bổ sung … tại" are not the subject
    ("Điều 5. Hiệu lực thi hành\n\n2. Thông tư số 195/2015/TT-BTC ngày 24 tháng 11 năm 2015 của Bộ Tài chính đã được "
     "sửa đổi, bổ sung một số điều tại Thông tư số 130/2016/TT-BTC ngày 12 tháng 8 năm 2016 và Thông tư số "
     "20/2017/TT-BTC ngày 06 tháng 3 năm 2017 của Bộ Tài chính hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi "
     "hành.\n", {("repeals", "195/TT-BTC"), ("mentions", "130/TT-BTC"), ("mentions", "20/TT-BTC")}),
    # what has ended already, or would end under a condition, is no act of this document
    ("Điều 10. Hiệu lực thi hành\n\nNghị định số 26/2001/NĐ-CP đã hết hiệu lực kể từ ngày 01 tháng 01 năm 2004.\n",
     {("mentions", "26/ND-CP")}),
    ("Điều 10. Hiệu lực thi hành\n\nKhi Nghị định số 26/2001/NĐ-CP hết hiệu lực thì áp dụng quy định mới.\n",
     {("mentions", "26/ND-CP")}),
])
def test_documents_that_end_are_the_subject_of_het_hieu_luc(text, relation):
    assert {(r.kind, r.key) for r in find_references(_document(text))} == relation
@pytest.mark.parametrize("text, relations", [
    # Thông tư 130/2008/TT-BTC (evals/devdocs): "8. Thông tư này thay thế:" and its list, one item a form of another
    # circular (named inside the item, not at its opening)
    ("8. Thông tư này thay thế:\n\n- Thông tư số 134/2007/TT-BTC ngày 23/11/2007 của Bộ Tài chính hướng dẫn thi hành "
     "Nghị định số 24/2007/NĐ-CP ngày 14/2/2007 của Chính phủ quy định chi tiết thi hành Luật thuế thu nhập doanh "
     "nghiệp.\n\n- Tờ khai thuế thu nhập doanh nghiệp dùng cho tổ chức kinh doanh khai thuế thu nhập doanh nghiệp từ "
     "chuyển quyền sử dụng đất, chuyển quyền thuê đất mẫu số 02/TNDN (ban hành kèm theo Thông tư số "
     "60/2007/TT-BTC).\n\n9. Bãi bỏ các nội dung hướng dẫn về thuế thu nhập doanh nghiệp do Bộ Tài chính và các ngành "
     "ban hành không phù hợp với hướng dẫn tại Thông tư này.\n",
     {("replaces", "134/TT-BTC"), ("mentions", "24/ND-CP"), ("mentions", "60/TT-BTC")}),
    # Thông tư 128/2003/TT-BTC (evals/devdocs): "2. Bãi bỏ các văn bản …:", the second item naming the decrees the
    # repealed circular guided
    ("2. Bãi bỏ các văn bản hướng dẫn về thuế thu nhập doanh nghiệp:\n\n- Thông tư số 13/2001/TT-BTC ngày 08/03/2001 "
     "của Bộ Tài chính hướng dẫn thực hiện quy định về thuế đối với các hình thức đầu tư theo Luật đầu tư nước "
     "ngoài.\n\n- Thông tư số 18/2002/TT-BTC ngày 20/02/2002 của Bộ Tài chính hướng dẫn thi hành Nghị định số "
     "26/2001/NĐ-CP ngày 04/06/2001 của Chính phủ và Nghị định số 30/1998/NĐ-CP ngày 13/08/1998 của Chính phủ quy "
     "định chi tiết thi hành Luật thuế thu nhập doanh nghiệp đều hết hiệu lực thi hành, kể từ ngày Thông tư này có "
     "hiệu lực thi hành.\n",
     {("repeals", "13/TT-BTC"), ("repeals", "18/TT-BTC"), ("mentions", "26/ND-CP"), ("mentions", "30/ND-CP")}),
    # Luật 14/2008/QH12 (evals/devdocs): the replaced law named by its type and title before its bare number
    ("Điều 20. Hiệu lực thi hành\n\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2009.\n\n"
     "2. Luật này thay thế Luật Thuế thu nhập doanh nghiệp số 09/2003/QH11.\n", {("replaces", "9/QH11")}),
    # Thông tư 130/2008/TT-BTC's title: "một số điều của Luật … số 14/2008/QH12"
    ("**THÔNG TƯ**\n\n**Hướng dẫn thi hành một số điều của Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 và hướng "
     "dẫn thi hành Nghị định số 124/2008/NĐ-CP ngày 11 tháng 12 năm 2008 của Chính phủ**\n",
     {("implements", "14/QH12"), ("implements", "124/ND-CP")}),
    # Thông tư 84/2008/TT-BTC's title: the law named without its number, then "và hướng dẫn thi hành Nghị định …"
    ("**THÔNG TƯ**\n\n**Hướng dẫn thi hành một số điều của Luật Thuế thu nhập cá nhân và hướng dẫn thi hành Nghị định "
     "số 100/2008/NĐ-CP ngày 08/9/2008 của Chính phủ quy định chi tiết một số điều của Luật Thuế thu nhập cá nhân**\n",
     {("implements", "100/ND-CP")}),
])
def test_what_a_document_replaces_repeals_or_guides_in_a_list_or_by_title(text, relations):
    assert relations <= {(r.kind, r.key) for r in find_references(_document(text))}


@pytest.mark.parametrize("text, key", [
    # a list below a colon that states no act of this document: its items are only named
    ("Thông tư này áp dụng đối với các đối tượng nêu tại các văn bản sau:\n\n- Thông tư số 13/2001/TT-BTC ngày "
     "08/03/2001 của Bộ Tài chính.\n", "13/TT-BTC"),
    # a lead-in naming the document it acts on: the list is that document's parts, not documents this one replaces
    ("Bãi bỏ một số điểm của Thông tư số 13/2001/TT-BTC như sau:\n\n- Thông tư số 18/2002/TT-BTC ngày 20/02/2002 "
     "được dẫn chiếu tại điểm 2.\n", "18/TT-BTC"),
    # a sentence whose subject is a body, not a title opening with the guiding verb
    ("Bộ Tài chính đã hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 và hướng dẫn thi hành Nghị "
     "định số 124/2008/NĐ-CP tại văn bản khác.\n", "124/ND-CP"),
    # what another law replaced, named by title: not this document's act
    ("Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12 đã thay thế Luật Thuế thu nhập doanh nghiệp số "
     "09/2003/QH11.\n", "9/QH11"),
])
def test_a_list_or_a_title_only_mentions_what_this_document_does_not_act_on(text, key):
    kinds = {r.kind for r in find_references(_document(text)) if r.key == key}
    assert kinds == {"mentions"}


@pytest.mark.parametrize("sentence, kind, stated", [
    # the draft Thông tư on thuế tiêu thụ đặc biệt (corpus/samples/chinhphu/du-thao-thong-tu-btc-2025.pdf), Điều 5
    ("3. Thông tư số 195/2015/TT-BTC ngày 24 tháng 11 năm 2015 của Bộ Tài chính đã được sửa đổi, bổ sung một số điều "
     "tại Thông tư số 130/2016/TT-BTC ngày 12 tháng 8 năm 2016 và Thông tư số 20/2017/TT-BTC ngày 06 tháng 3 năm 2017 "
     "của Bộ Tài chính hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.", "replaces", True),
    # its Điều 1 shares the title's words and states no relation
    ("Thông tư này quy định chi tiết về hồ sơ xác định đối tượng không chịu thuế tiêu thụ đặc biệt tại khoản 3 Điều 3, "
     "Điều 4 và hồ sơ hoàn thuế đối với xăng sinh học", "replaces", False),
    # Thông tư 18/2002/TT-BTC (evals/devdocs)
    ("Thông tư này thay thế Thông tư số 99/1998/TT-BTC ngày 14/7/1998 của Bộ Tài chính", "replaces", True),
    ("Bãi bỏ mẫu số 01/TNDN", "repeals", True),  # Thông tư 88/2004/TT-BTC
    ("Bãi bỏ mẫu số 01/TNDN", "amends", False),
])
def test_a_sentence_stating_a_relation(sentence, kind, stated):
    from corpus.relations import states_relation
    assert states_relation(sentence, kind) is stated


@pytest.mark.parametrize("line, basis", [
    # Lệnh 18/2003/L-CTN: the articles a basis line rests on named before their law
    ("*Căn cứ vào Điều 103 và Điều 106 của Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 1992 đã được sửa đổi, "
     "bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội Khóa X, kỳ họp thứ 10;*", True),
    ("*Căn cứ vào Điều 91 của Luật Tổ chức Quốc hội;*", True),
    ("*Căn cứ vào Điều 50 của Luật Ban hành các văn bản quy phạm pháp luật,*", True),
    # an article of this very document, a condition: no basis line
    ("Căn cứ Điều 4 của Quyết định này, các Sở, ngành triển khai thực hiện", False),
    ("Căn cứ vào điều kiện thực tế của địa phương, Ủy ban nhân dân cấp huyện quyết định", False),
])
def test_a_basis_line_naming_articles_first_is_legal_basis(line, basis):
    assert is_legal_basis(line) is basis
