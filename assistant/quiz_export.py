"""Quizzes written out for trainers: JSON, Moodle GIFT and Aiken for import, a printable Word document."""
from __future__ import annotations

import io
import json
import re
from dataclasses import asdict
from typing import Any

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from assistant.quiz import BLANK, LEVELS, Quiz, QuizQuestion, QuizSource
from assistant.quiz_matching import LETTERS as MATCH_LETTERS

LETTERS = "ABCD"
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")


def to_json(quiz: Quiz) -> str:
    """The quiz as JSON, every field kept; `from_json` reads it back."""
    return json.dumps(asdict(quiz), ensure_ascii=False, indent=2)


def from_json(text: str) -> Quiz:
    """The quiz `to_json` wrote (lists read back as tuples)."""
    data: dict[str, Any] = json.loads(text)
    questions = tuple(
        QuizQuestion(q["kind"], q["stem"], tuple(q["options"]), q["answer"], q["explanation"],
                     QuizSource(**{**q["source"], "fact": tuple(q["source"]["fact"]),
                                   "quotes": tuple(q["source"].get("quotes", ()))}),
                     tuple(q.get("alternatives", ())), q.get("value", ""), q.get("stated", ""), q.get("level", ""),
                     tuple(tuple(pair) for pair in q.get("pairs", ())))
        for q in data["questions"])
    return Quiz(data["title"], data["seed"], questions, data.get("requested", 0), data.get("note", ""))


def _line(text: str) -> str:
    """One line of text: formats that separate items by line breaks allow none inside them."""
    return " ".join(text.split())


def gift_escape(text: str) -> str:
    """Text with GIFT's special characters (~ = # { } : and the backslash) escaped by a backslash."""
    return _GIFT_SPECIAL.sub(r"\\\1", _line(text))


def _gift_answers(question: QuizQuestion) -> str:
    feedback = f"####{gift_escape(question.explanation)}"
    if question.kind == "mcq":
        choices = " ".join(("=" if o == question.answer else "~") + gift_escape(o) for o in question.options)
        return f"{{{choices} {feedback}}}"
    if question.kind == "true_false":
        return f"{{{'T' if question.answer == 'Đúng' else 'F'}{feedback}}}"
    if question.kind == "matching":  # Moodle shuffles the right-hand side itself
        pairs = " ".join(f"={gift_escape(task)} -> {gift_escape(agency)}" for task, agency in question.pairs)
        return f"{{{pairs} {feedback}}}"
    accepted = " ".join(f"={gift_escape(a)}" for a in (question.answer, *question.alternatives))
    return f"{{{accepted} {feedback}}}"


def to_gift(quiz: Quiz) -> str:
    """Moodle GIFT: one question per block, preceded by a // line naming its source; a blank becomes a short
    answer placed where the blank stands."""
    blocks = [f"// {_line(quiz.title)} (seed {quiz.seed})"]
    for number, q in enumerate(quiz.questions, 1):
        comment = f"// Nguồn: {_line(q.source.label)}: “{_line(q.source.quote)}”"
        title = f"::Câu {number}::"
        if q.kind == "fill_blank" and BLANK in q.stem:
            before, after = q.stem.split(BLANK, 1)
            body = f"{gift_escape(before)}{_gift_answers(q)}{gift_escape(after)}"
        else:
            body = f"{gift_escape(q.stem)} {_gift_answers(q)}"
        blocks.append(f"{comment}\n{title}{body}")
    return "\n\n".join(blocks) + "\n"


def matching_as_mcqs(q: QuizQuestion) -> list[QuizQuestion]:
    """A matching as separate multiple-choice questions (for formats without matching, e.g. Aiken): one per task,
    the matching's agencies (3–5) as options, the task's own agency the answer and its own passage the source."""
    quotes = q.source.quotes or (q.source.quote,) * len(q.pairs)
    return [QuizQuestion("mcq", f"Cơ quan nào chủ trì nhiệm vụ “{task}”?", q.options, agency,
                         q.explanation, QuizSource(q.source.doc_id, q.source.label, quote, ("lead", task)),
                         value=agency, level=LEVELS["mcq"])
            for (task, agency), quote in zip(q.pairs, quotes)]


def to_aiken(quiz: Quiz) -> str:
    """Aiken: multiple-choice questions only (the format has no other kind), options A–D (A–E for a converted
    matching) and "ANSWER: X". A matching becomes one multiple-choice question per task (matching_as_mcqs);
    true/false and fill-in-the-blank questions are left out."""
    blocks = []
    for q in quiz.questions:
        for mcq in matching_as_mcqs(q) if q.kind == "matching" else [q] if q.kind == "mcq" else []:
            options = [f"{letter}. {_line(option)}" for letter, option in zip(MATCH_LETTERS, mcq.options)]
            answer = MATCH_LETTERS[mcq.options.index(mcq.answer)]
            blocks.append("\n".join((_line(mcq.stem), *options, f"ANSWER: {answer}")))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _answer_text(q: QuizQuestion) -> str:
    if q.kind == "matching":
        return f"{q.answer} ({'; '.join(f'{number}. {agency}' for number, (_, agency) in enumerate(q.pairs, 1))})"
    if q.kind == "mcq":
        return f"{LETTERS[q.options.index(q.answer)]}. {q.answer}"
    if q.kind == "fill_blank" and q.alternatives:
        return f"{q.answer} (chấp nhận cả: {', '.join(q.alternatives)})"
    return q.answer


def _matching_table(document, q: QuizQuestion) -> None:
    """Tasks numbered on the left, agencies lettered (in the shuffled order) on the right."""
    table = document.add_table(rows=1 + len(q.pairs), cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Nhiệm vụ", "Cơ quan"
    for row, (number, (task, _)) in zip(table.rows[1:], enumerate(q.pairs, 1)):
        row.cells[0].text = f"{number}. {task}"
    for row, letter, agency in zip(table.rows[1:], MATCH_LETTERS, q.options):
        row.cells[1].text = f"{letter}. {agency}"


def to_docx(quiz: Quiz) -> bytes:
    """A printable test: the questions, then on a new page the answer key ("Đáp án") with each answer's source."""
    document = new_docx()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    document.add_heading(quiz.title, level=0)
    document.add_paragraph(f"Số câu hỏi: {len(quiz.questions)}. Họ và tên: ..............................")
    for number, q in enumerate(quiz.questions, 1):
        stem = document.add_paragraph()
        stem.add_run(f"Câu {number}. ").bold = True
        stem.add_run(q.stem)
        if q.kind == "matching":
            _matching_table(document, q)
            lines = ["Trả lời: " + "; ".join(f"{number} – …" for number in range(1, len(q.pairs) + 1))]
        elif q.kind == "mcq":
            lines = [f"{letter}. {option}" for letter, option in zip(LETTERS, q.options)]
        elif q.kind == "true_false":
            lines = ["    ".join(f"☐ {option}" for option in q.options)]
        else:
            lines = ["Trả lời: ............................................................"]
        for line in lines:
            document.add_paragraph(line).paragraph_format.left_indent = Cm(1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Đáp án", level=1)
    for number, q in enumerate(quiz.questions, 1):
        answer = document.add_paragraph()
        answer.add_run(f"Câu {number}: ").bold = True
        answer.add_run(_answer_text(q))
        document.add_paragraph(q.explanation).paragraph_format.left_indent = Cm(1)
        source = document.add_paragraph()
        source.paragraph_format.left_indent = Cm(1)
        source.add_run(f"Nguồn: {q.source.label} — “{_line(q.source.quote)}”").italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
