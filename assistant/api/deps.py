"""FastAPI dependencies: the app's one Assistant (thread-safe: requests run concurrently), its settings, its
background ingestion jobs, its audit log, the caller and role checks."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.access import ROLE_NAMES, Principal
from assistant.api.jobs import Jobs
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.settings import Settings
from corpus.errors import Forbidden


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
    """The authenticated caller (401 without a valid key, 429 over its rate); run once per request."""
    principal = request.app.state.keyring.authenticate(api_key or (bearer.credentials if bearer else None))
    request.app.state.limiter.take(principal)
    return principal


CallerDep = Annotated[Principal, Depends(caller)]


def require(role: str):
    """A dependency refusing (403) callers whose role is below `role`."""
    def check(principal: CallerDep) -> Principal:
        if not principal.may(role):
            raise Forbidden(f"Khóa '{principal.name}' (vai trò {ROLE_NAMES[principal.role]}) không được phép thực hiện "
                            f"thao tác này; cần vai trò {ROLE_NAMES[role]}.")
        return principal
    return check
