"""Admin only: DELETE /documents/{doc_id} (audited) and GET /audit, the latest ingestions and deletions."""
from typing import Annotated, Any

from fastapi import APIRouter
from fastapi import Query as Param

from assistant.api.deps import AssistantDep, AuditDep, CallerDep
from assistant.api.models import DeletedOut
from corpus.errors import AssistantError

router = APIRouter(tags=["quản trị"])


@router.delete("/documents/{doc_id:path}", response_model=DeletedOut)
def delete_document(doc_id: str, assistant: AssistantDep, caller: CallerDep, audit: AuditDep):
    try:
        deleted = assistant.delete(doc_id)
    except AssistantError as error:
        audit.write("delete", caller.name, caller.role, doc_id=doc_id, error=error.message)
        raise
    audit.write("delete", caller.name, caller.role, doc_id=doc_id, chunks=deleted["chunks"])
    return deleted


@router.get("/audit", response_model=list[dict[str, Any]])
def audit_log(audit: AuditDep, limit: Annotated[int, Param(ge=1, le=10_000)] = 100):
    return audit.read(limit)
