"""FastAPI dependencies: the app's one Assistant (calls serialised), its settings, the caller and role checks."""
from __future__ import annotations

import functools
import threading
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.access import ROLE_NAMES, Forbidden, Principal
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.settings import Settings


class SerialAssistant:
    """The app's one Assistant; its methods run one call at a time, since the Assistant is not thread-safe for
    writes and the embedded store admits one process."""

    def __init__(self, assistant: Assistant):
        self._assistant = assistant
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._assistant, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def serialised(*args, **kwargs):
            with self._lock:
                return attribute(*args, **kwargs)
        return serialised


def _assistant(request: Request) -> SerialAssistant:
    return request.app.state.assistant


def _settings(request: Request) -> Settings:
    return request.app.state.settings


def _audit(request: Request) -> AuditLog:
    return request.app.state.audit


AssistantDep = Annotated[Assistant, Depends(_assistant)]
SettingsDep = Annotated[Settings, Depends(_settings)]
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
