"""GET /obligations: extracted tasks (who, what, by when), filtered by agency, document and due date; and
GET /obligations/export: the same listing as a CSV, XLSX or iCalendar file."""
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from fastapi import Query as Param
from fastapi.responses import Response

from assistant import exports
from assistant.api.deps import AssistantDep, CallerDep, audit_reads
from assistant.api.files import attachment
from assistant.records import ObligationView

router = APIRouter(tags=["nhiệm vụ"])


def _listed(assistant: AssistantDep, caller: CallerDep, request: Request, agency: str | None = None,
            doc_id: Annotated[list[str] | None, Param()] = None, due_from: date | None = None,
            due_to: date | None = None, overdue_on: date | None = None) -> list[ObligationView]:
    listed = assistant.obligations(agency=agency, doc_ids=doc_id or (), due_from=due_from, due_to=due_to,
                                   overdue_on=overdue_on, filters=caller.filters())
    audit_reads(request, caller, [view.obligation.doc_id for view in listed])
    return listed


Listed = Annotated[list[ObligationView], Depends(_listed)]


@router.get("/obligations", response_model=list[ObligationView])
def obligations(listed: Listed):
    return listed


@router.get("/obligations/export", response_class=Response,
            responses={200: {"content": {media: {} for media in exports.MEDIA_TYPES.values()},
                             "description": "The listing as a file; the ICS holds those with a due date."}})
def export(listed: Listed, format: Literal["csv", "xlsx", "ics"] = "csv"):
    today = date.today()
    content = {"csv": lambda: exports.to_csv(listed, today), "xlsx": lambda: exports.to_xlsx(listed, today),
               "ics": lambda: exports.to_ics(listed)}[format]()
    return attachment(content, exports.MEDIA_TYPES[format], exports.FILE_NAMES[format])
