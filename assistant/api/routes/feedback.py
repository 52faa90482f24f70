"""POST /feedback: a rating of an answer, stored by the Assistant."""
from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.api.models import FeedbackIn, StatusOut
from assistant.records import Feedback

router = APIRouter(tags=["phản hồi"])


@router.post("/feedback", status_code=201, response_model=StatusOut)
def feedback(body: FeedbackIn, assistant: AssistantDep):
    assistant.feedback(Feedback(body.answer_id, body.question, body.rating, body.comment or ""))
    return {"status": "stored"}
