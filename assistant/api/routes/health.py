"""GET /health (the process is alive) and GET /ready (the index opens and answers); no API key needed."""
import logging

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.api.models import ReadyOut, StatusOut
from assistant.public import Access, Filters
from corpus.errors import AssistantError, Unavailable

router = APIRouter(tags=["trạng thái"])
log = logging.getLogger("assistant.api")


@router.get("/health", response_model=StatusOut)
def health():
    return {"status": "ok"}


@router.get("/ready", response_model=ReadyOut, responses={503: {"description": "Chỉ mục chưa mở được."}})
def ready(assistant: AssistantDep):
    try:
        count = len(assistant.documents(Filters(access=Access.admin())))  # a count: no document is shown
    except AssistantError as error:
        raise Unavailable(f"Chưa sẵn sàng: {error.message}") from error
    except Exception as error:
        log.warning("Chỉ mục không trả lời: %r", error)
        raise Unavailable("Chưa sẵn sàng: không mở hoặc không truy vấn được chỉ mục.") from error
    return {"status": "ready", "documents": count}
