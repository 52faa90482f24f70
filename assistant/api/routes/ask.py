"""POST /ask: a cited answer, as JSON or as Server-Sent Events."""
from itertools import chain
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from assistant.api.deps import AssistantDep, CallerDep, audited, audited_stream
from assistant.api.models import AnswerOut, AskIn
from assistant.api.sse import answer_events

router = APIRouter(tags=["hỏi đáp"])
STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post("/ask", response_model=AnswerOut,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "JSON, or SSE events `delta` (text as it is produced), `answer` (the "
                                             "verified answer, whose text replaces the deltas), `done` when streaming."}})
def ask(body: AskIn, assistant: AssistantDep, caller: CallerDep, request: Request, accept: Annotated[str, Header()] = ""):
    kwargs = dict(conversation_id=body.conversation_id, history=[item.to_turn() for item in body.history],
                  filters=body.filters.to_filters(caller.access))
    if body.stream or "text/event-stream" in accept:
        stream = assistant.ask_stream(body.question, **kwargs)
        first = next(stream)  # a bad question or a missing index is still a JSON error, not a broken stream
        items = audited_stream(request, caller, chain([first], stream))
        return StreamingResponse(answer_events(items), media_type="text/event-stream",
                                 headers=STREAM_HEADERS)
    return audited(request, caller, assistant.ask(body.question, **kwargs)).to_dict()
