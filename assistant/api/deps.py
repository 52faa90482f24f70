"""FastAPI dependencies: the app's one Assistant (thread-safe: requests run concurrently), its settings, its
background ingestion jobs, and the API-key check."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.api.errors import Unauthorized
from assistant.api.jobs import Jobs
from assistant.core import Assistant
from assistant.settings import Settings


def _assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def _jobs(request: Request) -> Jobs:
    return request.app.state.jobs


def _settings(request: Request) -> Settings:
    return request.app.state.settings


AssistantDep = Annotated[Assistant, Depends(_assistant)]
SettingsDep = Annotated[Settings, Depends(_settings)]
JobsDep = Annotated[Jobs, Depends(_jobs)]


def api_keys(settings: Settings) -> list[str]:
    """TLVB_API_KEYS is a comma-separated list; empty means no authentication."""
    return [key.strip() for key in settings.api_keys.split(",") if key.strip()]


def require_key(settings: SettingsDep,
                api_key: Annotated[str | None, Depends(APIKeyHeader(name="X-API-Key", auto_error=False))],
                bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))]) -> None:
    keys = api_keys(settings)
    if not keys:
        return
    given = (api_key or (bearer.credentials if bearer else "")).encode()
    matches = [hmac.compare_digest(given, key.encode()) for key in keys]  # every key compared: no early exit
    if not any(matches):
        raise Unauthorized("Thiếu hoặc sai khóa API: gửi tiêu đề 'X-API-Key: <khóa>' "
                           "hoặc 'Authorization: Bearer <khóa>'.")
