"""FastAPI dependencies: the app's one Assistant (calls serialised), its settings, and the API-key check."""
from __future__ import annotations

import functools
import hmac
import threading
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from assistant.api.errors import Unauthorized
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


AssistantDep = Annotated[Assistant, Depends(_assistant)]
SettingsDep = Annotated[Settings, Depends(_settings)]


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
