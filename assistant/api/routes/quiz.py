"""POST /quiz: a quiz on the obligations of chosen documents or of a topic, as JSON or as a file to import or print."""
from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter
from fastapi import Query as Param
from pydantic import Field

from assistant import quiz_export
from assistant.api.deps import AssistantDep, CallerDep
from assistant.api.files import attachment
from assistant.api.models import LIST_MAX, Strict
from assistant.core import MAX_QUESTION_CHARS
from assistant.quiz import KINDS

router = APIRouter(tags=["trắc nghiệm"])

QuizFormat = Literal["json", "gift", "aiken", "docx"]
FILES = {  # format → (writer, media type, file name)
    "json": (quiz_export.to_json, "application/json", "trac-nghiem.json"),
    "gift": (quiz_export.to_gift, "text/plain; charset=utf-8", "trac-nghiem.gift.txt"),
    "aiken": (quiz_export.to_aiken, "text/plain; charset=utf-8", "trac-nghiem.aiken.txt"),
    "docx": (quiz_export.to_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "trac-nghiem.docx"),
}


class QuizIn(Strict):
    doc_ids: list[str] = Field(default_factory=list, max_length=LIST_MAX, examples=[["193"]])
    topic: str | None = Field(None, max_length=MAX_QUESTION_CHARS, examples=["chuyển đổi số"])
    n: int = Field(10, ge=1, le=100, description="Number of questions wanted (fewer when the facts run out).")
    seed: int = Field(0, ge=0, description="The same seed gives the same quiz.")
    kinds: list[Literal["mcq", "true_false", "fill_blank", "matching"]] = Field(
        default_factory=lambda: list(KINDS), min_length=1,
        description="Kinds of question (default: every kind): mcq (4 options), true_false, fill_blank, matching (agency ↔ task: 3–5 tasks "
                    "of one document, each led by exactly one of the listed agencies; the question has `pairs` "
                    "[task, agency] in the order the tasks are numbered, `options` the agencies in the order they "
                    "are lettered A–E, `answer` the key \"1 – C; 2 – A; …\", `source.quotes` one passage per pair). "
                    "Aiken has no matching: each matching becomes one multiple-choice question per task there.")
    format: QuizFormat | None = Field(None, description="Answer with a file instead of the quiz as JSON.")


@router.post("/quiz", responses={200: {"content": {media: {} for _, media, _ in FILES.values()},
                                       "description": "The quiz as JSON, or as a file when a format is asked."}})
def quiz(body: QuizIn, assistant: AssistantDep, caller: CallerDep,
         format: Annotated[QuizFormat | None, Param()] = None):
    made = assistant.quiz(doc_ids=tuple(body.doc_ids), topic=body.topic, n=body.n, seed=body.seed,
                          kinds=tuple(body.kinds), filters=caller.filters())
    chosen = format or body.format
    if chosen is None:
        return asdict(made)
    writer, media_type, filename = FILES[chosen]
    return attachment(writer(made), media_type, filename)
