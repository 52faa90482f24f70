"""Admin only: DELETE /documents/{doc_id} (audited), GET /audit, the latest ingestions and deletions, and
POST /backup, a consistent backup of the index and its state taken while the server serves (audited)."""
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from fastapi import Query as Param

from assistant import backup as backups
from assistant.api.deps import AssistantDep, AuditDep, CallerDep
from assistant.api.models import BackupOut, DeletedOut
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


@router.post("/backup", response_model=BackupOut, status_code=201)
def backup(assistant: AssistantDep, caller: CallerDep, audit: AuditDep):
    folder = backups.backup_folder(assistant.settings) / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    made = backups.backup(assistant, folder)
    audit.write("backup", caller.name, caller.role, path=made["path"], points=made["points"])
    return made
