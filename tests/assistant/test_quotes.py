"""Passage answers: a second quoted sentence is cited only when it carries something the question asks that the
first does not, or when the question asks for several items of a kind."""
from __future__ import annotations

import pytest

from assistant.draft import Draft
from assistant.intent import classify, content_words
from assistant.quotes import compose_passages
from corpus.text import normalize
from index.records import Hit
from tests.data import SAMPLES


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
