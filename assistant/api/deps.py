"""FastAPI dependencies: the app's one Assistant (thread-safe: requests run concurrently), its settings, its
background ingestion jobs, its audit log, the caller and role checks."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.access import ROLE_NAMES, Principal
from assistant.api.jobs import Jobs
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.records import Answer
from assistant.settings import Settings
from corpus.errors import Forbidden, Unauthorized


def _assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def _jobs(request: Request) -> Jobs:
    return request.app.state.jobs


def _settings(request: Request) -> Settings:
    return request.app.state.settings


def _audit(request: Request) -> AuditLog:
    return request.app.state.audit


AssistantDep = Annotated[Assistant, Depends(_assistant)]
SettingsDep = Annotated[Settings, Depends(_settings)]
JobsDep = Annotated[Jobs, Depends(_jobs)]
AuditDep = Annotated[AuditLog, Depends(_audit)]


def caller(request: Request,
           api_key: Annotated[str | None, Depends(APIKeyHeader(name="X-API-Key", auto_error=False))],
           bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))]) -> Principal:
    """The authenticated caller (401 without a valid key, audited; 429 over its rate); run once per request. A GET
    without a key may also come from the web UI's signed-in session (its citation panel links a document's text,
    file and page images): that session's key, when the UI is mounted (`app.state.ui_session`)."""
    key = api_key or (bearer.credentials if bearer else None)
    signed_in = getattr(request.app.state, "ui_session", None)
    session = request.app.state.keyring.named(signed_in(request)) if signed_in and not key and \
        request.method == "GET" else None
    try:
        principal = session or request.app.state.keyring.authenticate(key)
    except Unauthorized as error:
        _audit(request).refused("?", "", error.status, request.url.path, error.message, _client(request))
        raise
    request.app.state.limiter.take(principal)
    return principal


def audit_reads(request: Request, principal: Principal, doc_ids) -> None:
    """Audit a read that returned these documents, if any of them is restricted to groups (looked up only for a
    caller who may see restricted documents at all: an admin key, or a key with groups)."""
    _audit(request).read_by(principal, request.url.path, doc_ids, _assistant(request).groups_in_force)


def audited(request: Request, principal: Principal, answer: Answer) -> Answer:
    """The answer, its cited documents audited as a read (audit_reads)."""
    audit_reads(request, principal, [citation.doc_id for citation in answer.citations])
    return answer


def audited_stream(request: Request, principal: Principal, items: Iterable[str | Answer]) -> Iterator[str | Answer]:
    """An answer stream (text pieces, then the Answer) with the answer audited as it passes."""
    for item in items:
        yield audited(request, principal, item) if isinstance(item, Answer) else item


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


CallerDep = Annotated[Principal, Depends(caller)]


def require(role: str):
    """A dependency refusing (403) callers whose role is below `role`."""
    def check(principal: CallerDep, request: Request) -> Principal:
        if not principal.may(role):
            error = Forbidden(f"Khóa '{principal.name}' (vai trò {ROLE_NAMES[principal.role]}) không được phép thực "
                              f"hiện thao tác này; cần vai trò {ROLE_NAMES[role]}.")
            _audit(request).refused(principal.name, principal.role, error.status, request.url.path, error.message,
                                    _client(request))
            raise error
        return principal
    return check
