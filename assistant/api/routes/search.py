"""GET /search: the best passages for a query, with everything a citation needs."""
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi import Query as Param

from assistant.api.deps import AssistantDep, CallerDep, audit_reads
from assistant.api.models import SearchOut
from assistant.public import Filters, Mode, Query

router = APIRouter(tags=["tìm kiếm"])
Many = Annotated[list[str] | None, Param()]


@router.get("/search", response_model=SearchOut)
def search(assistant: AssistantDep, caller: CallerDep, request: Request, q: str, k: Annotated[int, Param(ge=1, le=100)] = 10, mode: Mode = "hybrid",
           doc_type: Many = None, issuer: Many = None, doc_id: Many = None, doc_number: Many = None,
           issued_from: date | None = None, issued_to: date | None = None):
    filters = Filters(doc_types=tuple(doc_type or ()), issuers=tuple(issuer or ()), doc_ids=tuple(doc_id or ()),
                      doc_numbers=tuple(doc_number or ()), issued_from=issued_from, issued_to=issued_to,
                      access=caller.access)
    hits = assistant.search(Query(q, k, mode, filters=filters))
    audit_reads(request, caller, [hit.doc_id for hit in hits])
    return {"query": q, "hits": hits}
