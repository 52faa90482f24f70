"""The consistency checks that make the assistant decline an answer that does not say what was asked
(assistant.precision), table-tested on passages of real bundled documents."""
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
