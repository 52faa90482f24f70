"""The consistency checks that make the assistant decline an answer that does not say what was asked
(assistant.precision), table-tested on passages of real bundled documents."""
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.intent import classify
from assistant.precision import DECLINE_ON, doubts, time_unstated, who_unnamed
from assistant.records import Citation

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


def _line(path: str, starts: str) -> str:
    """The line of a bundled document that starts with these words (bullet and numbering stripped)."""
    for line in (SAMPLES / path).read_text(encoding="utf-8").splitlines():
        text = line.lstrip("*-0123456789. \t")
        if text.startswith(starts):
            return text
    raise AssertionError(f"{starts!r} not in {path}")


def _cite(quote: str, number: str) -> Citation:
    return Citation(1, "c1", "d1", number, None, None, None, None, "", None, None, quote, 0, len(quote), "")


# Kế hoạch 3260-KH/ĐĐQH15, its first clause (the span the answer quoted): the subject of this sentence is in the
# heading above it, not in the sentence, which names only the body it reports to.
HUB = _line("nq57/QH_CTHD.md", "Là cơ quan đầu mối, tham mưu").split(";")[0] + ";"
# Chỉ thị 19/2008/CT-UBND, Mục IV.2: a list of agencies, no time.
AGENCIES = _line("thue/19_2008_CT-UBND.md", "Thủ trưởng các cơ quan cấp giấy chứng nhận")


@pytest.mark.parametrize("question, quote, fires", [
    # "who" asked, the passage names nobody: it does not answer who
    ("Trong kế hoạch 3260 của Đảng đoàn Quốc hội, cơ quan nào làm đầu mối theo dõi, đôn đốc?", HUB, True),
    # the same question answered by a passage that names agencies: an answer to "who"
    ("Cơ quan nào chủ trì việc đăng ký thuế thu nhập cá nhân ở Long An?", AGENCIES, False),
])
def test_who_asked_needs_an_agency_in_the_quoted_passage(question, quote, fires):
    intent = classify(question)
    assert intent.kind == "lead"
    assert who_unnamed(intent, "", [_cite(quote, "3260-KH/ĐĐQH15")], []) is fires


@pytest.mark.parametrize("question, text, fires", [
    # a time asked, the answer a list of agencies
    ("Hạn hoàn thành đăng ký thuế TNCN theo chỉ thị của UBND tỉnh Long An là khi nào?", AGENCIES, True),
    # a date stated
    ("Số thuế tạm nộp quý II thì được gia hạn đến ngày nào?",
     "Đối với số thuế tính tạm nộp của quý II năm 2010 được gia hạn nộp thuế chậm nhất đến ngày 30 tháng 10 năm "
     "2010.", False),
    # "bao lâu": a length of time answers it
    ("Doanh nghiệp phải áp dụng chương trình tuân thủ nội bộ trong bao lâu?",
     "Thương nhân đã thực hiện Chương trình tuân thủ nội bộ từ 02 năm trở lên", False),
    # the answer says the document gives no time: that is the answer
    ("Khi nào Sở Xây dựng phải rà soát quy hoạch cây xanh?",
     "Kế hoạch 193/KH-UBND không nêu thời hạn cho nhiệm vụ này", False),
    # no time asked
    ("Ai ký Chỉ thị 19/2008/CT-UBND?", AGENCIES, False),
])
def test_time_asked_needs_a_time_in_the_answer(question, text, fires):
    assert time_unstated(question, classify(question), text) is fires


def test_doubts_names_the_checks_that_fire_and_those_decline():
    question = "Trong kế hoạch 3260 của Đảng đoàn Quốc hội, cơ quan nào làm đầu mối theo dõi, đôn đốc?"
    found = doubts(question, classify(question), "Theo Kế hoạch 3260: “" + HUB + "”",
                   [_cite(HUB, "3260-KH/ĐĐQH15")], [])
    assert "who_unnamed" in found and doubts(question, classify(question), "", [_cite(HUB, "3260-KH/ĐĐQH15")], [],
                                               DECLINE_ON) == ("who_unnamed",)


def _text(path: str, first: int, last: int) -> str:
    """Lines first..last (1-based) of a bundled document, joined."""
    return " ".join((SAMPLES / path).read_text(encoding="utf-8").splitlines()[first - 1:last])


def _hit(doc_id: str, number: str, text: str, score: float):
    from index.records import Hit
    return Hit(f"{doc_id}#0", doc_id, number, None, None, None, None, None, "", (), text, None, 0, len(text), "", score)


# Quyết định 2224/QĐ-TTg: the row that answers who leads the protection plan of the national data centre (Bộ Công an).
GUARD = _text("chinhphu/2224-ttg.signed.txt", 49, 55)
# Kế hoạch 3260-KH/ĐĐQH15: a task of the Tổ đảng that shares "trung tâm dữ liệu" with the question, nothing more.
DATA_CENTRES = next(part.strip() for part in _line("nq57/QH_CTHD.md", "Chủ trì thẩm tra các dự án luật").split(";")
                    if "trung tâm dữ liệu" in part)


def _row(doc_id: str, task: str, lead: str):
    from corpus.records import Obligation
    return Obligation(doc_id, f"{doc_id}#0", task, (lead,))


@pytest.mark.parametrize("scores, fires", [
    # the question's retrieval finds the decree first, the plan's passage far below it: the plan's row is another
    # matter's task
    ((2.76, 1.235), True),
    # the plan's passage about as close as the first: its row may be the one asked
    ((2.0, 1.9), False),
])
def test_rows_of_a_document_the_question_hardly_retrieves_are_doubted(scores, fires):
    from assistant.precision import rows_elsewhere
    wide = [_hit("2224-ttg.signed", "2224/QĐ-TTg", GUARD, scores[0]), _hit("QH_CTHD", "3260-KH/ĐĐQH15", DATA_CENTRES,
                                                                             scores[1])]
    cited = [replace(_cite(DATA_CENTRES, "3260-KH/ĐĐQH15"), doc_id="QH_CTHD")]
    rows = [_row("QH_CTHD", DATA_CENTRES, "Tổ đảng ở Thường trực Ủy ban KH,CN và MT")]
    assert rows_elsewhere(cited, rows, wide) is fires
    # no rows (a quoted passage), or no retrieval to weigh (a document named or in focus): not this check's
    assert not rows_elsewhere(cited, [], wide) and not rows_elsewhere(cited, rows, None)
    question = "Cơ quan nào chủ trì xây dựng kế hoạch bảo vệ công trình Trung tâm dữ liệu quốc gia số 1 ở Hòa Lạc?"
    assert ("rows_elsewhere" in doubts(question, classify(question), "", cited, rows, DECLINE_ON, wide)) is fires


# Chỉ thị 19/2008/CT-UBND: who sets up the steering committees, by when; nobody works with anybody.
ALONE = _line("thue/19_2008_CT-UBND.md", "Chủ tịch UBND các huyện, thị xã chậm nhất").split(". ")[0] + "."
# Quyết định 2224/QĐ-TTg: the lead with its partners ("phối hợp với các bộ, ngành liên quan …").
WITH_PARTNERS = _text("chinhphu/2224-ttg.signed.txt", 49, 50)


@pytest.mark.parametrize("quote, fires", [
    # who takes part asked, the passage an agency doing something alone: it does not say who takes part
    (ALONE, True),
    # a passage stating who works with whom
    (WITH_PARTNERS, False),
])
def test_partners_asked_need_a_passage_stating_who_works_together(quote, fires):
    from assistant.precision import partners_unstated
    question = "Những cơ quan nào phối hợp với Bộ Công an bảo vệ Trung tâm dữ liệu quốc gia?"
    intent = classify(question)
    assert intent.kind == "partners"
    assert partners_unstated(intent, [_cite(quote, "2224/QĐ-TTg")], []) is fires
    assert not partners_unstated(intent, [_cite(quote, "2224/QĐ-TTg")], [_row("2224-ttg.signed", quote, "Bộ Công an")])


# evals/devdocs/BCD_phien_2.md, its key points: the day a meeting took place and who chaired it (a person).
MEETING = ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
           "chuyển đổi số diễn ra chiều 4/3/2025 tại trụ sở Trung ương Đảng, do Tổng Bí thư Tô Lâm chủ trì.")


@pytest.mark.parametrize("question, text, fires", [
    # the day an event took place is a date, not a deadline
    ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương diễn ra ngày nào?", MEETING, False),
    ("Phiên họp thứ hai của Ban Chỉ đạo Trung ương diễn ra ngày nào?", AGENCIES, True),
])
def test_the_day_an_event_took_place_is_answered_by_a_date(question, text, fires):
    assert time_unstated(question, classify(question), text) is fires


def test_a_meeting_chaired_by_a_person_answers_who_chaired_it():
    question = "Phiên họp thứ hai của Ban Chỉ đạo Trung ương do ai chủ trì?"
    assert not who_unnamed(classify(question), "", [_cite(MEETING, "")], [])
