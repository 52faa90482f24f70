"""Answers from a document's head and closing: the effective date as a date a cadre can act on."""
from __future__ import annotations

from unittest.mock import patch

import pytest

from assistant.heads import _BLANK_AT, effective_since, other_document, reference_name
from corpus.text import normalize
from index.records import StoredReference
from tests.data import SAMPLES


def _sentence(relative: str, start: str) -> str:
    """The sentence of a bundled document that begins with `start`, its wrapped lines joined."""
    text = " ".join(normalize((SAMPLES / relative).read_text(encoding="utf-8")).split())
    at = text.index(start)
    return text[at:text.index(".", at + len(start)) + 1]


@pytest.mark.parametrize("relative, start, issued_on, since", [
    ("chinhphu/261nd.signed.txt", "Nghị định này có hiệu lực thi hành từ", None, "ngày 10/10/2025"),
    # OCR "ké từ ngày ky": the signing day, which the document's date gives
    ("chinhphu/2219-ttg.signed.txt", "Quyết định này có hiệu lực thi hành ké", "2025-10-09", "ngày ký (09/10/2025)"),
    ("chinhphu/2219-ttg.signed.txt", "Quyết định này có hiệu lực thi hành ké", None, None),
])
def test_the_effective_date_is_read_from_the_sentence_that_states_it(relative, start, issued_on, since):
    assert effective_since(_sentence(relative, start), issued_on) == since


@pytest.mark.parametrize("relative, start, other", [
    # Chỉ thị 19/2008/CT-UBND carries out a law and says when the law takes effect: not when the directive does
    ("thue/19_2008_CT-UBND.md", "Luật Thuế thu nhập cá nhân đã được Quốc hội", "Luật"),
    ("chinhphu/261nd.signed.txt", "Nghị định này có hiệu lực thi hành từ", None),
    # its own effect, then the document it replaces
    ("chinhphu/2219-ttg.signed.txt", "Quyết định này có hiệu lực thi hành ké", None),
])
def test_an_effective_date_of_another_document_is_not_the_documents_own(relative, start, other):
    assert other_document(_sentence(relative, start)) == other


@pytest.mark.parametrize("sentence", [
    # Quyết định 1730/2003/QĐ-UB: the decision replaces another and takes effect, in one sentence
    "Quyết định này thay thế cho Quyết định số 1160/2001/QĐ-UB ngày 13-3-2001 của UBND tỉnh và có hiệu lực kể từ "
    "ngày 01-01-2003.",
    # Thông tư 49/2025/TT-BKHCN, without "này"
    "Thông tư có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.",
    # Nghị định 13/2016/NĐ-CP (văn bản hợp nhất 75/VBHN-BQP, publisher's OCR): "này" read without its mark
    "Nghị định nay có hiệu lực thi hành ké từ ngày 08 tháng 4 năm 2016.",
])
def test_a_documents_own_effective_sentence_is_its_own(sentence):
    assert other_document(sentence) is None


@pytest.mark.parametrize("sentence, since", [
    ("Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.", "ngày 01/01/2026"),
    ("Quyết định này có hiệu lực từ 01/7/2025.", "ngày 01/07/2025"),
    ("Quyết định này có hiệu lực từ ngày 31/02/2025.", None),  # no such day: nothing rather than a wrong date
    # the older provincial wording (Quyết định 839/QĐ-UB of Bến Tre, 1999): "được áp dụng kể từ ngày"
    ("Quyết định này được áp dụng kể từ ngày 01-01-1999.", "ngày 01/01/1999"),
    # 75/VBHN-BQP, the publisher's OCR of "kể": "kế"
    ("Nghị định này có hiệu lực thi hành kế từ ngày 07 tháng 8 năm 2025.", "ngày 07/08/2025"),
    # Thông tư 01/1999/TT-BXD, III: the older ministry wording, its only statement of a start
    ("Cách lập dự toán công trình xây dựng cơ bản theo hướng dẫn trên đây áp dụng thống nhất trong cả nước từ ngày "
     "01/01/1999.", "ngày 01/01/1999"),
    # the same Thông tư: a price list applied from a day is no statement of the document's start
    ("Để có căn cứ lập lại bộ đơn giá xây dựng cơ bản mới áp dụng từ ngày 01/01/1999 đề nghị Uỷ ban nhân dân các "
     "tỉnh, thành phố chỉ đạo Liên Sở xây dựng - Tài chính - Vật giá xác định giá", None),
    # Thông tư 35/1998/TT-BTC, IV: what it applies to between "áp dụng" and "kể từ", its only statement of a start
    ("Thông tư này áp dụng đối với các tờ khai hải quan kể từ ngày 01/01/1998.", "ngày 01/01/1998"),
])
def test_effective_since_writes_the_day_as_dd_mm_yyyy(sentence, since):
    assert effective_since(sentence, None) == since


@pytest.mark.parametrize("sentence, blank", [
    # the Bộ Giáo dục và Đào tạo draft Thông tư on thi năng lực ngoại ngữ (evals/devdocs, publisher's OCR)
    ("Thông tư này có hiệu lực thi hành ké từ ngày tháng nam 2025", True),
    ("Quyết định này có hiệu lực kể từ ngày … tháng … năm …", True),
    ("Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.", False),
    ("Quyết định này có hiệu lực thi hành kể từ ngày ký.", False),
])
def test_a_drafts_blank_effective_date_is_read_as_blank(sentence, blank):
    assert effective_since(sentence, None) is None or not blank
    assert bool(_BLANK_AT.search(sentence)) == blank


@pytest.mark.parametrize("ref, name", [
    (StoredReference("707/QD-TTG", "replaces", "Quyết định", "707/QD-TTg", "707",
                     "Quyết định sô 707/QD-TTg ngày 16 tháng 6 nam 2023", issued_on="2023-06-16"),
     "Quyết định 707/QĐ-TTg ngày 16/06/2023"),
    (StoredReference("Chỉ thị 24", "implements", "Chỉ thị", None, "24", "Chỉ thị số 24"), "Chỉ thị số 24"),
])
def test_a_cited_document_is_named_as_officially_written(ref, name):
    assert reference_name(ref) == name


def _head_hit(relative: str, chunk: str):
    from corpus.loaders import load
    from index.records import Hit
    header = load(SAMPLES / relative)[0].header
    return Hit.from_payload({"chunk_id": chunk, "doc_id": relative, "doc_type": header.doc_type,
                             "title": header.title, "text": "", "start": 0, "end": 0}, 1.0)


@pytest.mark.parametrize("question, first", [
    # two dispatches on the same storm: the one whose title is the storm itself, not the floods it brings
    ("Công điện của Thủ tướng về chủ động ứng phó bão số 11 (Matmo) có số hiệu và ngày ban hành như thế nào?",
     "chinhphu/186-cd.signed.txt"),
    ("Công điện về ứng phó nguy cơ mưa lũ, lũ quét, sạt lở đất do bão số 11 ban hành ngày nào?",
     "chinhphu/188-ttg.signed.txt"),
])
def test_a_document_described_by_its_title_is_the_one_answered(question, first):
    from assistant.heads import by_title
    from assistant.intent import classify
    hits = [_head_hit("chinhphu/188-ttg.signed.txt", "a"), _head_hit("chinhphu/186-cd.signed.txt", "b"),
            _head_hit("chinhphu/188-ttg.signed.txt", "c")]
    assert by_title(hits, classify(question))[0].doc_id == first


def test_the_best_ranked_document_stays_first_when_no_title_fits_better():
    from assistant.heads import by_title
    from assistant.intent import classify
    hits = [_head_hit("chinhphu/188-ttg.signed.txt", "a"), _head_hit("chinhphu/186-cd.signed.txt", "b")]
    assert by_title(hits, classify("Công điện về bảo vệ đê điều do ai ký?")) == hits



def test_a_passage_holding_an_effective_date_sentence_says_both_in_its_own_text():
    # the effective-date answer skips a passage unsplit unless its own text (spaces collapsed) says both: every
    # sentence that says both, in every passage of the vendored text documents, must be in a passage that does
    from assistant.draft import hit_sentences
    from assistant.heads import _EFFECTIVE, _WHEN
    from corpus.chunking import chunk
    from corpus.loaders import load
    from index.records import Hit
    from tests.data import DATA

    found = 0
    for path in sorted(p for root in (SAMPLES, DATA) for p in root.rglob("*") if p.suffix in (".md", ".txt")):
        for document in load(path):
            for piece in chunk(document, 1200):
                hit = Hit("c", document.doc_id, None, None, None, None, None, None, "", (), piece.text, None,
                          piece.span.start, piece.span.end, "", 1.0)
                flat = " ".join(piece.text.split())
                for _, _, text in hit_sentences(hit):
                    if _EFFECTIVE.search(text) and _WHEN.search(text):
                        found += 1
                        assert _EFFECTIVE.search(flat) and _WHEN.search(flat), text
    assert found >= 40


@pytest.mark.parametrize("line, proposed", [
    # Quyết định 59/2003/QĐ-UB of Nghệ An (tax_vbpl), "của" left out before the bodies proposing
    ("*Xét đề nghị Liên ngành Tài chính - Vật giá* - *Cục thuế Nghệ An tại Tờ trình số 2814/LN-TCVG-CT ngày 19 tháng 6 "
     "năm 2003.*", True),
    ("Theo đề nghị của Giám đốc Sở Tài chính.", True),
    ("theo đề nghị của bộ trưởng", True),
    ("Xét đề nghị tại Tờ trình số 5", False),  # no body named
])
def test_a_preamble_line_naming_who_proposed(line, proposed):
    from assistant.heads import _PROPOSED
    from corpus.vn import fold
    assert bool(_PROPOSED.search(fold(line))) is proposed


def _joint_blocks():
    """The two signature blocks of Thông tư liên tịch 19/2009/TTLT-BTC-BNV, as one passage holds them."""
    from corpus.headers import joint_signatures
    from index.records import Hit
    text = normalize("| **KT. BỘ TRƯỞNG BỘ NỘI VỤ THỨ TRƯỞNG *(Đã ký)***  **Nguyễn Duy Thăng** | **KT. BỘ TRƯỞNG BỘ TÀI "
                     "CHÍNH THỨ TRƯỞNG *(Đã ký)***  **Đỗ Hoàng Anh Tuấn** |\n")
    hit = Hit.from_payload({"chunk_id": "c", "doc_id": "19_2009_TTLT-BTC-BNV", "text": text, "start": 0,
                            "end": len(text)}, 1.0)
    return [(hit, b.start, b.end, b) for b in joint_signatures(text)]


@pytest.mark.parametrize("signed_for, line, answered", [
    ((), "X do Thứ trưởng Nguyễn Duy Thăng (ký thay Bộ trưởng Bộ Nội vụ) [1] và Thứ trưởng Đỗ Hoàng Anh Tuấn (ký "
         "thay Bộ trưởng Bộ Tài chính) [2] ký.", True),
    (("Bộ Nội vụ",), "X do Thứ trưởng Nguyễn Duy Thăng (ký thay Bộ trưởng Bộ Nội vụ) [1] ký.", True),
    # a ministry that signed no block: said, and not given as answered
    (("Bộ Quốc phòng",), "X không có chữ ký của Bộ Quốc phòng; văn bản do Thứ trưởng Nguyễn Duy Thăng (ký thay Bộ "
                         "trưởng Bộ Nội vụ) và Thứ trưởng Đỗ Hoàng Anh Tuấn (ký thay Bộ trưởng Bộ Tài chính) ký.", False),
])
def test_a_jointly_signed_document_names_each_signer_or_the_one_asked(signed_for, line, answered):
    from assistant.draft import Draft
    from assistant.heads import _compose_joint
    draft = Draft(hits=[])
    assert _compose_joint(draft, "X", _joint_blocks(), signed_for) is answered
    assert draft.lines == [line]


def test_a_joint_document_is_found_by_the_ministries_that_issued_it():
    # two joint circulars on thuế thu nhập cá nhân (evals/devdocs): the question names the ministries of 123/2008
    from assistant.heads import by_title
    from assistant.intent import classify
    from index.records import Hit

    def head(doc_id: str, issuer: str, title: str) -> Hit:
        return Hit.from_payload({"chunk_id": doc_id, "doc_id": doc_id, "doc_type": "Thông tư liên tịch",
                                 "issuer": issuer, "title": title, "text": "", "start": 0, "end": 0}, 1.0)

    hits = [head("19_2009_TTLT-BTC-BNV", "Bộ Tài chính - Bộ Nội vụ", "Hướng dẫn chế độ thu nộp thuế thu nhập cá nhân "
                 "đối với người làm việc trong tổ chức cơ yếu."),
            head("123_2008_TTLT-BTC-BCA", "Bộ Tài chính - Bộ Công an", "Hướng dẫn chế độ thu nộp thuế thu nhập cá "
                 "nhân đối với sỹ quan, hạ sỹ quan, công nhân, viên chức hưởng lương thuộc Bộ Công an")]
    question = ("Thông tư liên tịch về thu nộp thuế thu nhập cá nhân của Bộ Tài chính và Bộ Công an do Thứ trưởng Bộ "
                "Công an nào ký?")
    assert by_title(hits, classify(question))[0].doc_id == "123_2008_TTLT-BTC-BCA"


class _Signed:
    """A searcher over the one passage holding the two signature blocks of Thông tư liên tịch 19/2009/TTLT-BTC-BNV,
    whose head names the first signer, and a passage of Quyết định 2219/QĐ-TTg naming a person in its member list."""

    def __init__(self):
        from index.records import DocumentHead, Hit
        from dataclasses import replace
        blocks = replace(_joint_blocks()[0][0], doc_type="Thông tư liên tịch", doc_number="19/2009/TTLT-BTC-BNV")
        members = normalize("Điều 1. Thành lập Hội đồng gồm: - Ông Nguyễn Thanh Bình, Chủ tịch Hội Người cao tuổi Việt "
                            "Nam.\n")
        self.hits = [blocks, Hit.from_payload({"chunk_id": "m", "doc_id": "2219-ttg", "text": members, "start": 0,
                                               "end": len(members)}, 0.5)]
        heads = {"19_2009_TTLT-BTC-BNV": {"signer": "Nguyễn Duy Thăng", "doc_type": "Thông tư liên tịch",
                                          "doc_number": "19/2009/TTLT-BTC-BNV"},
                 "2219-ttg": {"signer": "Trần Hồng Hà", "doc_type": "Quyết định", "doc_number": "2219/QĐ-TTg"}}
        self.store = self
        self._heads = {doc: DocumentHead.from_payload({"chunk_id": doc, "doc_id": doc, **fields})
                       for doc, fields in heads.items()}

    def search(self, query):
        return list(self.hits)

    def heads(self, doc_ids, filters=None):
        return {doc: self._heads[doc] for doc in doc_ids}

    def scroll(self, filters):
        return []


@pytest.mark.parametrize("person, kind, line", [
    # "Thứ trưởng Đỗ Hoàng Anh Tuấn đã ký những thông tư liên tịch nào?": the second block, not the head's signer
    ("Đỗ Hoàng Anh Tuấn", "Thông tư liên tịch", "- Thông tư liên tịch 19/2009/TTLT-BTC-BNV: Thứ trưởng Đỗ Hoàng Anh "
                                                "Tuấn (ký thay Bộ trưởng Bộ Tài chính) [1]"),
    # typed without marks: matched folded, shown as the block spells it
    ("Do Hoang Anh Tuan", None, "- Thông tư liên tịch 19/2009/TTLT-BTC-BNV: Thứ trưởng Đỗ Hoàng Anh Tuấn (ký thay Bộ "
                                "trưởng Bộ Tài chính) [1]"),
    # a name in a member list signed nothing; another type than the one asked is not listed
    ("Nguyễn Thanh Bình", None, None),
    ("Đỗ Hoàng Anh Tuấn", "Quyết định", None),
])
def test_the_documents_a_person_signed_are_those_whose_signature_block_names_him(person, kind, line):
    from assistant.draft import Draft
    from assistant.core import OPERATOR
    from assistant.heads import compose_signed_by
    draft = Draft(hits=[])
    assert compose_signed_by(draft, person, kind, _Signed(), OPERATOR) is (line is not None)
    assert draft.lines[1:] == ([line] if line else [])


# Luật 26/2012/QH13: the law it amends is cited by a bare number, its type and name written before it
_AMENDED_LAW = StoredReference("4/QH12", "amends", None, "04/2007/QH12", "4",
                               "số 04/2007/QH12", quote="Quốc hội ban hành Luật Sửa đổi, bổ sung một số điều của Luật "
                                                        "Thuế thu nhập cá nhân số 04/2007/QH12,")


def test_a_bare_number_is_named_with_the_type_written_before_it():
    assert reference_name(_AMENDED_LAW) == "Luật Thuế thu nhập cá nhân số 04/2007/QH12"


@pytest.mark.parametrize("question, kept", [
    ("Luật số 26/2012/QH13 sửa đổi, bổ sung luật nào?", True),
    ("Luật số 26/2012/QH13 sửa đổi, bổ sung nghị định nào?", False),
])
def test_the_kind_asked_may_stand_before_a_bare_number(question, kept):
    from assistant.heads import _asked_references
    from assistant.intent import classify
    assert bool(_asked_references(classify(question), [_AMENDED_LAW])) is kept


# Thông tư 03/2009/TT-BTC's trích yếu carries out a Government resolution, named with its issuer
_GUIDES = ("Hướng dẫn thực hiện giảm, gia hạn nộp thuế thu nhập doanh nghiệp theo Nghị quyết số 30/2008/NQ-CP ngày "
           "11/12/2008 của Chính phủ về những giải pháp cấp bách nhằm ngăn chặn suy giảm kinh tế")


@pytest.mark.parametrize("question, named", [
    ("Thông tư 03/2009/TT-BTC hướng dẫn thực hiện nghị quyết nào của Chính phủ?", True),
    ("Thông tư 03/2009/TT-BTC hướng dẫn thực hiện nghị quyết nào của Quốc hội?", False),
    ("Thông tư 03/2009/TT-BTC hướng dẫn thực hiện chỉ thị nào?", False),
])
def test_an_implementing_title_answers_only_the_kind_and_issuer_it_names(question, named):
    from assistant.heads import _title_names_asked
    from assistant.intent import classify
    assert _title_names_asked(_GUIDES, classify(question)) is named


@pytest.mark.parametrize("question, asked", [
    ("Người ký Thông tư 24/2000/TT-BTC giữ chức vụ gì?", True),
    ("Ai ký Thông tư 24/2000/TT-BTC?", False),
])
def test_the_signers_position_asked_is_told_from_the_name(question, asked):
    from assistant.intent import classify
    assert classify(question).signer_title_asked is asked


def test_every_basis_line_of_the_preamble_is_read_with_its_span():
    # Quyết định 59/2003/QĐ-UB of Nghệ An (evals/devdocs): laws named without a number, and a number the emphasis
    # marks break ("41/2002*/*QĐ-TTg"), are bases as much as the numbered ones; the proposal line is none
    from pathlib import Path

    from assistant.heads import _basis_lines_in
    from index.records import Hit
    text = (Path(__file__).resolve().parents[2] / "evals" / "devdocs" / "59_2003_QĐ-UB.md").read_text(encoding="utf-8")
    head = text[:text.index("**QUYẾT ĐỊNH**\n\n**Điều 1")]
    hit = Hit("c", "59_2003_QĐ-UB", None, None, None, None, None, None, "", (), head, None, 100, 100 + len(head), "", 1.0)
    lines = _basis_lines_in(hit)
    said = [line for _, _, line in lines]
    assert "Căn cứ Luật thuế giá trị gia tăng, Luật thuế thu nhập doanh nghiệp" in said
    assert any(line.startswith("Căn cứ Quyết định số 41/2002") for line in said)
    assert not any("Xét đề nghị" in line for line in said)
    for start, end, line in lines:  # each span is the line as written, at its place in the document
        assert " ".join(head[start - 100:end - 100].split()) == line


@pytest.mark.parametrize("line, read", [
    # Quyết định 59/2003/QĐ-UB of Nghệ An (evals/devdocs): a dash inside emphasis, the closing ";" or "." within it
    ("*- Căn cứ Luật thuế giá trị gia tăng, Luật thuế thu nhập doanh nghiệp;*",
     "Căn cứ Luật thuế giá trị gia tăng, Luật thuế thu nhập doanh nghiệp"),
    ("*- Căn cứ Nghị định số 176/1999*/*NĐ-CP ngày 21/12/1999 của Chính phủ về Lệ phí trước bạ; Thông tư số28 "
     "/2000/TT-BTC ngày 181412000 của Bộ Tài chính hướng dẫn thi hành Nghị định số 176/NĐ-CP.*",
     "Căn cứ Nghị định số 176/1999*/*NĐ-CP ngày 21/12/1999 của Chính phủ về Lệ phí trước bạ; Thông tư số28 "
     "/2000/TT-BTC ngày 181412000 của Bộ Tài chính hướng dẫn thi hành Nghị định số 176/NĐ-CP"),
    # Nghị định 24/2007/NĐ-CP (evals/devdocs): emphasis and a Windows line end
    ("*Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;*\r",
     "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001"),
    # 75/VBHN-BQP, as OCR left it: a bare line
    ("Căn cứ Luật Quốc phòng ngày 14 tháng 6 năm 2005;", "Căn cứ Luật Quốc phòng ngày 14 tháng 6 năm 2005"),
    # a bullet the markdown does not use
    ("• Căn cứ Luật Quốc phòng ngày 14 tháng 6 năm 2005;", "Căn cứ Luật Quốc phòng ngày 14 tháng 6 năm 2005"),
    # no basis: a ground that names no document, the proposal line, a rule of computing a tax (Thông tư 134/2008/TT-BTC)
    ("*- Căn cứ tình hình giá cả thị trường hiện nay;*", None),
    ("*Xét đề nghị Liên ngành Tài chính - Vật giá* - *Cục thuế Nghệ An tại Tờ trình số 2814/LN-TCVG-CT ngày 19 tháng 6 "
     "năm 2003.*", None),
    ("Căn cứ tính thuế là doanh thu tính thuế TNDN và tỷ lệ (%) thuế TNDN tính trên doanh thu tính thuế.", None),
    # Lệnh 18/2003/L-CTN (evals/devdocs): articles of a text cited before the text
    ("*Căn cứ vào Điều 103 và Điều 106 của Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 1992;*",
     "Căn cứ vào Điều 103 và Điều 106 của Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 1992"),
    ("*Căn cứ vào Điều 91 của Luật Tổ chức Quốc hội;*", "Căn cứ vào Điều 91 của Luật Tổ chức Quốc hội"),
    # an article of no text named: no basis line
    ("Căn cứ điều kiện thực tế của địa phương;", None),
])
def test_a_basis_line_is_read_without_its_marks_at_its_place(line, read):
    # the one reader of "Căn cứ …" lines, for the head passage and for the first passages of a document
    from assistant.heads import _basis_lines_in
    from index.records import Hit
    text = "QUYẾT ĐỊNH\n\n" + line + "\n"
    hit = Hit("c", "d", None, None, None, None, None, None, "", (), text, None, 40, 40 + len(text), "", 1.0)
    found = _basis_lines_in(hit)
    assert [said for _, _, said in found] == ([read] if read else [])
    for start, end, said in found:
        assert text[start - 40:end - 40] == said


# 75/VBHN-BQP (evals/devdocs), as the publisher's OCR left its close: the enforcement article, then the block that
# authenticates the consolidated text
VBHN_CLOSE = ("tô chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định nay./. y= _\n\n"
              "BO QUOC PHONG XAC THUC VAN BAN HOP NHAT\nSố: # /VBHN-BQP Hà Nội, ngày & tháng£Onăm 2025\n"
              "Nơi nhận: KT. BỘ TRƯỞNG\n- Lãnh đạo Bộ Quốc phòng; L TRƯỞNG\n\n- Lưu: VT, NCTH. Duong79.\n\n"
              "Đại tướng Nguyễn Tân Cương\n")


@pytest.mark.parametrize("close, authenticates", [(VBHN_CLOSE, True),
                                                  (VBHN_CLOSE.replace("XAC THUC VAN BAN HOP NHAT", "").replace(
                                                      "/VBHN-BQP", "/NĐ-CP"), False)])
def test_a_consolidated_texts_signature_is_read_once_for_the_signer_asked(close, authenticates):
    # the caller has read the signature block already (`_signature`): `_authenticated` takes it, and reads the
    # document's passages once (for the note that the text is consolidated), not twice
    from types import SimpleNamespace

    from assistant.heads import _authenticated, _signature
    from index.records import Access, DocumentHead, Filters, StoredChunk
    opening = "Điều 1. Phạm vi điều chỉnh\n"
    chunks = [StoredChunk("c1", "75-vbhn-bqp", 0, opening, start=0, end=len(opening)),
              StoredChunk("c2", "75-vbhn-bqp", 1, close, start=len(opening), end=len(opening) + len(close))]
    scrolls = []
    store = SimpleNamespace(scroll=lambda filters: scrolls.append(filters) or iter(chunks))
    searcher = SimpleNamespace(store=store)
    first = DocumentHead("c1", "75-vbhn-bqp", signer="Nguyễn Tân Cương", signer_title="Đại tướng")
    filters = Filters(access=Access.admin())
    signed = _signature(searcher, first, filters)
    assert signed is not None and "Nguyễn Tân Cương" in close[signed[1] - len(opening):signed[2] - len(opening)]
    scrolls.clear()
    assert _authenticated(searcher, first, filters, signed) == (signed if authenticates else None)
    assert len(scrolls) == 1
    # a caller that has not read it gets the same block
    assert _authenticated(searcher, first, filters) == (signed if authenticates else None)


@pytest.mark.parametrize("sentence, states", [
    ("Cách lập dự toán công trình xây dựng cơ bản theo hướng dẫn trên đây áp dụng thống nhất trong cả nước từ ngày "
     "01/01/1999.", True),
    ("Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký.", True),
    ("Để có căn cứ lập lại bộ đơn giá xây dựng cơ bản mới áp dụng từ ngày 01/01/1999 đề nghị Uỷ ban nhân dân các "
     "tỉnh, thành phố chỉ đạo Liên Sở xây dựng - Tài chính - Vật giá", False),
    # Thông tư 35/1998/TT-BTC: the document itself applied to what it covers from a day
    ("Thông tư này áp dụng đối với các tờ khai hải quan kể từ ngày 01/01/1998.", True),
    # the same Thông tư: goods taxed under a law, no start of the document
    ("Hàng hoá nhập khẩu theo quy định tại Điều 11 của Luật thuế xuất khẩu, thuế nhập khẩu hiện hành;", False),
])
def test_a_countrywide_application_from_a_day_states_the_start(sentence, states):
    from assistant.heads import _EFFECTIVE
    assert bool(_EFFECTIVE.search(sentence)) is states


# Nghị định 63/2023/NĐ-CP as its consolidated text 03/VBHN-BKHCN: the opening lists the amending Nghị định 229/2025
VBHN_OPENING = ("Nghị định số 63/2023/NĐ-CP ngày 18 tháng 8 năm 2023 của Chính phủ Quy định chi tiết một số điều của Luật "
                "Tần số vô tuyến điện, có hiệu lực kể từ ngày 18 tháng 8 năm 2023, được sửa đổi, bổ sung bởi:\n\n"
                "Nghị định số 229/2025/NĐ-CP ngày 19 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung khoản 3 Điều 87 "
                "của Nghị định số 63/2023/NĐ-CP, có hiệu lực kể từ ngày 19 tháng 8 năm 2025.\n\n"
                "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n")


@pytest.mark.parametrize("asked, listed", [
    ("229/2025/NĐ-CP", "229/2025/NĐ-CP"),  # an amending decree: the consolidated text's head is not its own
    ("63/2023/NĐ-CP", None),  # the document's own number
    ("230/2025/NĐ-CP", None),  # a number the opening does not list
])
def test_a_number_the_consolidated_text_only_lists_as_amending_is_not_its_own(asked, listed):
    from types import SimpleNamespace

    from assistant.heads import _only_amending
    from index.records import Access, DocumentHead, Filters, StoredChunk, StoredReference
    at = VBHN_OPENING.index("Nghị định số 229")
    ref = StoredReference("229/ND-CP", kind="amends", doc_type="Nghị định", number="229/2025/NĐ-CP", serial="229",
                          year=2025, quote=VBHN_OPENING[at:VBHN_OPENING.index("\n", at)], start=at, end=at + 40)
    head = DocumentHead("c1", "03-vbhn-bkhcn", doc_number="63/2023/NĐ-CP", references=(ref,))
    chunks = [StoredChunk("c1", "03-vbhn-bkhcn", 0, VBHN_OPENING, start=0, end=len(VBHN_OPENING))]
    searcher = SimpleNamespace(store=SimpleNamespace(scroll=lambda filters: iter(chunks)))
    found = _only_amending(searcher, head, asked, Filters(access=Access.admin()))
    assert (found.number if found else None) == listed


# Quyết định 2216/QĐ-TTg (round tg29): "được sửa đổi, bổ sung bởi" inside Điều 1, after the "Căn cứ" lines, speaks of
# the decision it announces (22/2021/QĐ-TTg), never of what amended 2216 itself
ANNOUNCING = ("QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nTheo đề nghị của Bộ trưởng Bộ Tài chính."
              "\nQUYẾT ĐỊNH:\nĐiều 1. Công bố Quyết định số 22/2021/QĐ-TTg ngày 02 tháng 7 năm 2021 (được sửa đổi, bổ sung "
              "bởi Quyết định số 13/2025/QĐ-TTg ngày 14 tháng 5 năm 2025) tiếp tục có hiệu lực.\nĐiều 2. Việc áp dụng "
              "Luật số 68/2025/QH15 …\n")


@pytest.mark.parametrize("text, listed", [(VBHN_OPENING, 1), (ANNOUNCING, 0)])
def test_only_a_consolidated_opening_lists_what_amended_the_document(text, listed):
    from types import SimpleNamespace

    from assistant.heads import amending
    from index.records import Access, DocumentHead, Filters, StoredChunk, StoredReference
    at = text.index("Nghị định số 229") if listed else text.index("Luật số 68")
    ref = StoredReference("x", kind="amends", doc_type="Nghị định", number="229/2025/NĐ-CP", serial="229", year=2025,
                          quote=text[at:at + 40], start=at, end=at + 40)
    head = DocumentHead("c1", "d1", doc_number="63/2023/NĐ-CP", references=(ref,))
    chunks = [StoredChunk("c1", "d1", 0, text, start=0, end=len(text))]
    searcher = SimpleNamespace(store=SimpleNamespace(scroll=lambda filters: iter(chunks)))
    assert len(amending(searcher, head, Filters(access=Access.admin()))) == listed


@pytest.mark.parametrize("asked, own, consolidation", [
    ("40/VBHN-BTC", "99/2020/TT-BTC", True),  # 40/VBHN-BTC's head is read as the Thông tư it reproduces
    ("40 /VBHN-BTC", "99/2020/TT-BTC", True),
    ("99/2020/TT-BTC", "99/2020/TT-BTC", False),
    ("76/VBHN-BQP", "76/VBHN-BQP", False),  # a head read as the consolidation itself is its own
    (None, "99/2020/TT-BTC", False),
])
def test_a_consolidation_asked_by_its_own_number_has_not_the_reproduced_documents_date(asked, own, consolidation):
    from assistant.heads import _reproduced_head
    assert _reproduced_head(asked, own) is consolidation


# Văn bản hợp nhất 39/VBHN-BTC (evals/devdocs), its note of the texts it merges as the publisher's OCR left it, cut
# into two passages as ingest may cut it: the third item runs on into the second passage
VBHN_MERGED = ("Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\n\n"
               "' Văn bản được hợp nhất từ 03 Thông tư sau:\n\n"
               "- Thông tư số 97/2020/TT-BTC ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Tài chính\nhướng dẫn hoạt động "
               "của văn phòng đại diện, chỉ nhánh công ty chứng khoán, công ty quản lý\nquỹ nước ngoài tại Việt Nam.\n\n"
               "- Thông tư sé 43/2023/TT- BTC ngày 27 thang 6 năm 2023 của Bộ trưởng Bộ Tài chính\nsửa đôi, bổ sung một "
               "số điều của các thông tư có quy định liên quan đến việc nộp, xuất trình.\n\n",
               "- Thông tư số 88/2025/TT-BTC ngày 03 tháng 9 năm 2025 của Bộ trưởng Bộ Tài chính\nsửa đôi, bô sung một "
               "số điều của các Thông tư quy định về chế độ báo cáo.\n\n"
               "Văn bản hợp nhất này không thay thế 03 Thông tư nêu trên.\n\nTheo đê nghị của Chủ tịch Ủy ban Chứng "
               "khoán Nhà nước;\n")


def _store_of(doc_id, *texts):
    from types import SimpleNamespace

    from index.records import DocumentHead, StoredChunk
    chunks, at = [], 0
    for ordinal, text in enumerate(texts):
        chunks.append(StoredChunk(f"c{ordinal}", doc_id, ordinal, text, start=at, end=at + len(text)))
        at += len(text)
    return SimpleNamespace(store=SimpleNamespace(scroll=lambda filters: iter(chunks))), DocumentHead("c0", doc_id)


@pytest.mark.parametrize("asked, named", [
    ("39/VBHN-BTC", "Văn bản hợp nhất 39/VBHN-BTC (của Thông tư 97/2020/TT-BTC)"),
    (None, "Thông tư 97/2020/TT-BTC (văn bản hợp nhất)"),
])
def test_the_texts_a_consolidation_merges_are_listed_from_its_note(asked, named):
    from assistant.draft import Draft
    from assistant.heads import _compose_consolidated_from
    from index.records import Access, Filters
    searcher, head = _store_of("39-vbhn-btc", *VBHN_MERGED)
    draft = Draft([])
    assert _compose_consolidated_from(draft, searcher, head, "Thông tư 97/2020/TT-BTC", asked, Filters(access=Access.admin()))
    assert draft.lines[0].startswith(f"{named} được hợp nhất từ 3 văn bản [1][2]")
    assert [line.split(" ngày ")[0] for line in draft.lines[1:]] == [
        "- Thông tư số 97/2020/TT-BTC", "- Thông tư sé 43/2023/TT- BTC", "- Thông tư số 88/2025/TT-BTC"]
    # the note's own words are quoted, from "Văn bản", past the footnote mark, to the list's last item
    assert draft.citations[0].quote.startswith("Văn bản được hợp nhất từ 03 Thông tư sau:")
    assert draft.citations[1].quote.endswith("quy định về chế độ báo cáo.")


def test_a_consolidation_without_that_note_merges_the_texts_its_opening_names():
    # Văn bản hợp nhất 03/VBHN-BKHCN (and 76/VBHN-BQP) have no note: the opening names the text reproduced, then
    # "được sửa đổi, bổ sung bởi:" the amending ones, up to the first "Căn cứ"
    from assistant.draft import Draft
    from assistant.heads import _compose_consolidated_from
    from index.records import Access, Filters
    searcher, head = _store_of("03-vbhn-bkhcn", VBHN_OPENING)
    draft = Draft([])
    assert _compose_consolidated_from(draft, searcher, head, "Nghị định 63/2023/NĐ-CP", "03/VBHN-BKHCN",
                                      Filters(access=Access.admin()))
    assert draft.lines[0].startswith("Văn bản hợp nhất 03/VBHN-BKHCN (của Nghị định 63/2023/NĐ-CP) hợp nhất 2 văn bản [1]")
    assert [line.split(" ngày ")[0] for line in draft.lines[1:]] == ["- Nghị định số 63/2023/NĐ-CP",
                                                                      "- Nghị định số 229/2025/NĐ-CP"]
    assert draft.citations[0].quote.endswith("có hiệu lực kể từ ngày 19 tháng 8 năm 2025.")


def test_a_document_that_merges_nothing_says_so():
    from assistant.draft import Draft
    from assistant.heads import _compose_consolidated_from
    from index.records import Access, Filters
    searcher, head = _store_of("99-tt", "Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n\nĐiều 1. Phạm vi\n")
    draft = Draft([])
    assert not _compose_consolidated_from(draft, searcher, head, "Thông tư 99", None, Filters(access=Access.admin()))
    assert draft.lines == ["Thông tư 99 không ghi văn bản được hợp nhất trong văn bản đã lập chỉ mục."]


def test_an_amending_documents_effective_day_is_read_from_the_consolidations_opening():
    # "Nghị định 229/2025/NĐ-CP … có hiệu lực kể từ ngày nào?": no indexed text is 229/2025's own; the opening of the
    # consolidated Nghị định 63/2023 states its day, in the item listing it (the stored quote may stop short of it)
    from assistant.draft import Draft
    from assistant.heads import _compose_listed_effective
    from index.records import Access, Filters, StoredReference
    at = VBHN_OPENING.index("Nghị định số 229")
    ref = StoredReference("229/ND-CP", kind="amends", doc_type="Nghị định", number="229/2025/NĐ-CP", serial="229",
                          year=2025, quote=VBHN_OPENING[at:at + 60], issued_on="2025-08-19", start=at, end=at + 60)
    searcher, head = _store_of("03-vbhn-bkhcn", VBHN_OPENING)
    draft = Draft([])
    assert _compose_listed_effective(draft, searcher, head, "Nghị định 63/2023/NĐ-CP", ref, Filters(access=Access.admin()))
    assert draft.lines[0].startswith("Nghị định 229/2025/NĐ-CP ngày 19/08/2025 có hiệu lực từ ngày 19/08/2025")
    assert draft.lines[0].endswith("“… có hiệu lực kể từ ngày 19 tháng 8 năm 2025.” [1]")
    assert draft.citations[0].quote.endswith("có hiệu lực kể từ ngày 19 tháng 8 năm 2025.")
    # an item that states no day: nothing is answered from it
    cut = VBHN_OPENING.replace(", có hiệu lực kể từ ngày 19 tháng 8 năm 2025", "")
    searcher, head = _store_of("03-vbhn-bkhcn", cut)
    assert not _compose_listed_effective(Draft([]), searcher, head, "Nghị định 63/2023/NĐ-CP", ref,
                                         Filters(access=Access.admin()))


@pytest.mark.parametrize("asked, found", [
    ("40/VBHN-BTC", ("40-vbhn-btc",)),  # the text its authentication block numbers, read as Thông tư 99/2020/TT-BTC
    ("41/VBHN-BTC", ()),
    ("99/2020/TT-BTC", ()),  # no consolidation's number: the usual narrowing by number stands
])
def test_a_consolidation_is_found_by_the_number_that_authenticates_it(asked, found):
    from types import SimpleNamespace

    from assistant.heads import consolidations
    from index.records import Access, DocumentHead, Filters, StoredReference
    vouched = StoredReference("40/VBHN-BTC", doc_type="Văn bản hợp nhất", number="40/VBHN-BTC", serial="40",
                              quote="BO TÀI CHÍNH XÁC THỰC VĂN BẢN HỢP NHÁT\nSố: 40 /VBHN-BTC Hà Nội, ngày OF tháng 10")
    cited = StoredReference("40/VBHN-BTC", doc_type="Văn bản hợp nhất", number="40/VBHN-BTC", serial="40",
                            quote="theo Văn bản hợp nhất số 40/VBHN-BTC của Bộ Tài chính")
    heads = {"40-vbhn-btc": DocumentHead("a", "40-vbhn-btc", doc_number="99/2020/TT-BTC", references=(vouched,)),
             "cv-123": DocumentHead("b", "cv-123", doc_number="123/BTC-QLCK", references=(cited,))}

    def read(filters):
        if filters.doc_numbers:
            return {k: h for k, h in heads.items() if h.doc_number in filters.doc_numbers}
        return {k: h for k, h in heads.items() if any(r.key in filters.ref_keys for r in h.references)}
    searcher = SimpleNamespace(store=SimpleNamespace(heads=lambda doc_ids=(), *, filters: read(filters)))
    assert consolidations(searcher, asked, Filters(access=Access.admin())) == found


# Thông tư 35/1998/TT-BTC (evals/devdocs), Mục II: an act of the body done on a proposal; the circular's preamble
# names no proposer
PROPOSED_ACT = ("II. THỦ TỤC MIỄN THUẾ\n\nTheo đề nghị của Tổng công ty dầu khí Việt Nam, căn cứ vào quy mô hoạt động "
                "của từng hợp đồng dầu khí, Bộ Thương mại duyệt danh mục vật tư, thiết bị, nhiên liệu, thực phẩm và "
                "thuốc y tế các loại phục vụ ngoài giàn khoan được miễn thuế nhập khẩu cho từng hợp đồng dầu khí.\n")


@pytest.mark.parametrize("question, said", [
    ("Theo Thông tư 35/1998/TT-BTC, Bộ Thương mại duyệt danh mục hàng hoá miễn thuế nhập khẩu theo đề nghị của đơn "
     "vị nào?", "Theo đề nghị của Tổng công ty dầu khí Việt Nam"),
    # another body asked doing the act: not this sentence's
    ("Theo Thông tư 35/1998/TT-BTC, Bộ Tài chính duyệt danh mục hàng hoá miễn thuế nhập khẩu theo đề nghị của đơn vị "
     "nào?", None),
    # the document's own proposer asked: the preamble, which names none
    ("Thông tư 35/1998/TT-BTC được ban hành theo đề nghị của ai?", None),
])
def test_an_act_done_on_a_proposal_is_answered_by_the_sentence_doing_it(question, said):
    from assistant.draft import Draft
    from assistant.heads import _compose_proposer
    from assistant.intent import classify
    from index.records import Access, Filters, Hit
    from assistant.heads import ADDRESS_CHUNKS
    opening = ["Căn cứ Luật thuế xuất khẩu, thuế nhập khẩu;\n"] * ADDRESS_CHUNKS  # the preamble: no proposer
    searcher, head = _store_of("35_1998_TT-BTC", *opening, PROPOSED_ACT)
    intent = classify(question)
    draft = Draft([])
    answered = _compose_proposer(draft, searcher, Hit.of(head, 1.0), Filters(access=Access.admin()), intent.topic,
                                 intent.agencies)
    assert answered is (said is not None)
    assert (said in draft.lines[0]) if said else "không ghi cơ quan đề nghị" in draft.lines[0]


@pytest.mark.parametrize("number, head_date, named", [
    # "Thông tư 99/2020/TT-BTC" asked: Thông tư 99/1998/TT-BTC (14/7/1998) has the same key, "99/TT-BTC", and is
    # another document; the consolidated text of 99/2020 (its head read as 99/2020/TT-BTC, 16/11/2020) is the one
    ("99/2020/TT-BTC", "1998-07-14", False),
    ("99/2020/TT-BTC", "2020-11-16", True),
    ("99/1998/TT-BTC", "1998-07-14", True),
])
def test_a_document_asked_by_number_and_year_is_not_one_of_another_year(number, head_date, named):
    from assistant.heads import _asked_probe
    from assistant.intent import classify
    from assistant.relations import refers_to, target_keys
    from index.records import DocumentHead
    intent = classify(f"Thông tư {number} căn cứ những nghị định nào?")
    keys = target_keys(intent.doc_number, None)
    head = DocumentHead("c1", "d", doc_number=number.replace("2020", head_date[:4]).replace("1998", head_date[:4]),
                        doc_type="Thông tư", issued_on=head_date)
    assert refers_to(_asked_probe(intent, keys), head) is named


def test_a_number_left_blank_is_said_missing_not_answered():
    # the explanatory note of a draft Thông tư (evals/devdocs, 2.-thuyet-minh-du-thao-tt): its head carries a type and
    # a title but no number ("Kèm theo công văn số       /BTC-CST …"); "… có số hiệu là gì?" is not answered by them
    from types import SimpleNamespace

    from assistant.draft import Draft
    from assistant.heads import compose_metadata
    from assistant.intent import classify
    from index.records import Access, DocumentHead, Filters, Hit
    head = DocumentHead("c0", "tm", 0, "THUYẾT MINH NỘI DUNG DỰ THẢO THÔNG TƯ", start=0, end=38, doc_type="Thông tư",
                        issuer="Bộ Tài chính", title="Quy định chi tiết một số điều của Nghị định số …/2025/NĐ-CP")
    searcher = SimpleNamespace(store=SimpleNamespace(heads=lambda ids, filters: {"tm": head}))
    draft = Draft([Hit.of(head, 1.0)])
    assert not compose_metadata(draft, classify("Thuyết minh dự thảo thông tư thuế TTĐB có số hiệu là gì?"), searcher,
                                Filters(access=Access.admin()))
    assert draft.lines[0] == "Thông tư (chưa rõ số hiệu, ngày) không ghi số hiệu trong văn bản đã lập chỉ mục."


# Nghị quyết 32/2009/QH12 (devdocs): a resolution names the submission it considered, no "Theo đề nghị" line
CONSIDERED = ("Sau khi xem xét Tờ trình số 87/TTr-CP ngày 19 tháng 5 năm 2009 của Chính phủ về điều chỉnh mục tiêu tổng "
              "quát, một số chỉ tiêu về kinh tế - xã hội, bội chi NSNN;\n")


@pytest.mark.parametrize("opening, said", [
    ((CONSIDERED,), "Nghị quyết X được ban hành sau khi xem xét Tờ trình số 87/TTr-CP ngày 19 tháng 5 năm 2009 của "
                    "Chính phủ"),
    # a "Theo đề nghị" line is read first, wherever the submission stands (Quyết định 807 of Ninh Bình)
    (("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\n", "Xét Tờ trình số 1 của Sở A;\n",
      "Theo đề nghị của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp tại Tờ trình số 333/TTr-UBND ngày 29 tháng 10 năm "
      "2024.\n"), "theo đề nghị của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp tại Tờ trình số 333/TTr-UBND"),
    (("Căn cứ Luật thuế xuất khẩu, thuế nhập khẩu;\n",), None),  # neither: not stated
])
def test_the_submission_a_document_considered_answers_who_proposed_it(opening, said):
    from assistant.draft import Draft
    from assistant.heads import _compose_proposer
    from index.records import Access, Filters, Hit
    searcher, head = _store_of("32.2009.QH12", *opening)
    draft = Draft([])
    with patch("assistant.heads.hit_label", lambda hit: "Nghị quyết X"):
        answered = _compose_proposer(draft, searcher, Hit.of(head, 1.0), Filters(access=Access.admin()))
    assert answered is (said is not None)
    assert (said in draft.lines[0]) if said else "không ghi cơ quan đề nghị" in draft.lines[0]


def test_a_preamble_line_a_passage_border_cuts_is_quoted_whole():
    # round cv25 (questions_pc pcc4.2): Quyết định 2239/QĐ-TTg, whose OCR text a passage border cuts after "Bộ
    # trưởng"; the proposal of Bộ Nội vụ and its Tờ trình are in the next passage
    from assistant.draft import Draft
    from assistant.heads import _compose_proposer
    from index.records import Access, Filters, Hit
    searcher, head = _store_of("2239ttg.signed", "Xét đề nghị của Thường trực Hội đồng nhân dân thành phố Cần Thơ tại\n"
                               "Tờ trình số 203/TTr-TT ngày 03 tháng 10 năm 2025 và đề nghị của Bộ trưởng",
                               "\nBộ Nội vụ tại Tờ trình số 611/TTr-BNV ngày 05 tháng 10 năm 2025.\n\nQUYẾT ĐỊNH:")
    draft = Draft([])
    assert _compose_proposer(draft, searcher, Hit.of(head, 1.0), Filters(access=Access.admin()))
    assert "đề nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số 611/TTr-BNV" in draft.lines[0]


def test_a_proposal_line_after_a_basis_line_closed_with_a_comma_is_quoted():
    # questions_qc qcc5.1 (qc26): Quyết định 2222/QĐ-TTg (the Trung tâm dữ liệu quốc gia số 1), whose OCR closed the
    # last basis line with "," so the sentence splitter reads the proposal line on with it
    from assistant.draft import Draft
    from assistant.heads import _compose_proposer
    from index.records import Access, Filters, Hit
    lines = (SAMPLES / "chinhphu" / "2224-ttg.signed.txt").read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("Căn cứ Quyết định số 18/2020/QĐ-TTg"))
    basis = "\n".join(lines[first:first + 4]) + "\n"
    assert basis.rstrip().endswith("Theo đề nghị của Bộ trưởng Bộ Công an.")
    searcher, head = _store_of("2224-ttg.signed", basis)
    draft = Draft([])
    assert _compose_proposer(draft, searcher, Hit.of(head, 1.0), Filters(access=Access.admin()))
    assert "được ban hành theo đề nghị của Bộ trưởng Bộ Công an" in draft.lines[0]
    assert "Căn cứ" not in draft.lines[0] and draft.citations[0].quote.startswith("Theo đề nghị")


DEVDOCS = SAMPLES.parent.parent / "evals" / "devdocs"


def _text(name: str) -> str:
    return normalize((DEVDOCS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, said", [
    # Quyết định 60/2003/QĐ-UB (Nghệ An), Điều 3: what it replaces, described, no number
    (_text("60_2003_QĐ-UB.md"), "Thay thế tất cả các Quyết định về giá tính Lệ phí trước bạ các loại xe do UBND tỉnh "
                                "Nghệ An ban hành trước Quyết định này"),
    ("Quyết định này có hiệu lực kể từ ngày ký. Quyết định này thay thế các văn bản sau: Quyết định về giá đất.",
     "Quyết định này thay thế các văn bản sau: Quyết định về giá đất"),
    # the boilerplate that ends whatever contradicts it names nothing: not read
    ("Điều 3. Quyết định này thay thế các quy định trước đây trái với Quyết định này.", None),
    ("Những quy định trước đây trái với Thông tư này đều bãi bỏ.", None),
])
def test_a_replacement_stated_by_description(text, said):
    from assistant.heads import _CONTRARY, _REPLACES_DESCRIBED
    found = next((m.group(0) for m in _REPLACES_DESCRIBED.finditer(text) if not _CONTRARY.search(m.group(0))), None)
    assert found == said


def test_documents_listed_as_no_longer_in_force():
    # Thông tư 08/2001/TT-BTC, Mục IV: old-style numbers ("Thông tư số 90 TC/TCT") no reference reading parses
    from assistant.heads import _ENDED_LISTED
    found = _ENDED_LISTED.search(_text("08_2001_TT-BTC.md"))
    assert found and found.group(0).startswith("Các Thông tư sau đây của Bộ Tài chính không còn hiệu lực thi hành:")
    items = [line.strip(" +") for line in found.group(1).splitlines() if line.strip()]
    assert [item.split(" ngày")[0] for item in items] == ["Thông tư số 90 TC/TCT", "Thông tư số 04 TC/TCT",
                                                          "Thông tư số 118 TC/TCT"]


@pytest.mark.parametrize("title, carries_out", [
    # Nghị quyết 318/NQ-CP's title; its references read Nghị quyết 188/2025/QH15 only as its basis ("Căn cứ …")
    ("Ban hành kế hoạch triển khai Nghị quyết số 188/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội", True),
    ("Hướng dẫn thi hành một số điều của Luật Thuế thu nhập doanh nghiệp số 14/2008/QH12", True),
    # a title naming the document after no such verb does not carry it out
    ("Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP", False),
])
def test_a_title_saying_it_carries_out_another_document(title, carries_out):
    from assistant.heads import _CARRIES_OUT
    from corpus.vn import mentions_number
    said = _CARRIES_OUT.search(title)
    number = {True: title.split("số ")[-1].split()[0]}.get(True)
    assert bool(said and mentions_number(title[said.end():], number.split("/")[0], None, None)) is carries_out


def test_a_citing_line_dating_the_number_otherwise_cites_another_document():
    # Kế hoạch 196 of Ninh Bình carries out "Chỉ thị số 30/CT-TTg ngày 29/8/2024" (cultural industries); Chỉ thị
    # 30/CT-TTg of 06/10/2025 (coal) is another directive of that number
    from assistant.heads import _dated_otherwise
    from assistant.intent import dated_documents
    line = "Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ về phát triển các ngành"
    assert _dated_otherwise(dated_documents("Văn bản nào triển khai Chỉ thị 30/CT-TTg ngày 06/10/2025 về than?"), line)
    assert not _dated_otherwise(dated_documents("Kế hoạch nào triển khai Chỉ thị số 30/CT-TTg ngày 29/8/2024?"), line)
    assert not _dated_otherwise(dated_documents("Văn bản nào triển khai Chỉ thị 30/CT-TTg?"), line)


@pytest.mark.parametrize("between, years, issuer, subject", [
    (" của UBND tỉnh Ninh Bình", set(), "Ủy ban nhân dân tỉnh Ninh Bình", set()),
    (" năm 2025 về quản lý công viên, cây xanh", {"2025"}, None, {"quản", "lý", "công", "viên", "cây", "xanh"}),
    # the year before the issuer: the issuer still filters (it was dropped with everything before "năm 2025")
    (" năm 2025 của UBND tỉnh Ninh Bình", {"2025"}, "Ủy ban nhân dân tỉnh Ninh Bình", set()),
    (" của UBND tỉnh Ninh Bình năm 2024 về giao thông", {"2024"}, "Ủy ban nhân dân tỉnh Ninh Bình", {"giao", "thông"}),
])
def test_what_a_question_on_proposed_documents_names_between_type_and_proposer(between, years, issuer, subject):
    from assistant.heads import proposal_filters
    assert proposal_filters(between) == (years, [issuer] if issuer else [], subject)
