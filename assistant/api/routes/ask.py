"""POST /ask: a cited answer, as JSON or as Server-Sent Events."""
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from assistant.api.deps import AssistantDep, CallerDep, audit_reads
from assistant.api.models import AnswerOut, AskIn
from assistant.api.sse import answer_events

router = APIRouter(tags=["hỏi đáp"])
STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post("/ask", response_model=AnswerOut,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "JSON, or SSE events `delta`, `answer`, `done` when streaming."}})
def ask(body: AskIn, assistant: AssistantDep, caller: CallerDep, request: Request, accept: Annotated[str, Header()] = ""):
    answer = assistant.ask(body.question, conversation_id=body.conversation_id,
                           history=[item.to_turn() for item in body.history],
                           filters=caller.filters(body.filters.to_filters()))
    audit_reads(request, caller, [citation.doc_id for citation in answer.citations])
    if body.stream or "text/event-stream" in accept:
        return StreamingResponse(answer_events(answer.to_dict()), media_type="text/event-stream",
                                 headers=STREAM_HEADERS)
    return answer.to_dict()
