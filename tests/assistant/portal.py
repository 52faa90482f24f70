"""For access tests: a keys file (TLVB_API_KEYS_FILE) where each key is its own short word, the API served
in-process over a copy of an index, and a real server process with such keys."""
import hashlib
import json
import shutil
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import AsyncIterator, Iterator

import httpx
import pytest

from assistant.api import create_app
from assistant.core import Assistant
from assistant.settings import Settings
from tests.server import serving


def keys_file(folder: Path, keys: dict[str, tuple[str, str, list[str]]], **extra: dict) -> Path:
    """Write folder/keys.json for `keys` (key → (name, role, groups)); `extra` adds fields to a key's entry."""
    entries = [{"name": name, "sha256": hashlib.sha256(key.encode()).hexdigest(), "role": role, "groups": groups,
                **extra.get(key, {})} for key, (name, role, groups) in keys.items()]
    path = folder / "keys.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


@asynccontextmanager
async def portal(index: Path, folder: Path, **settings) -> AsyncIterator[tuple[httpx.AsyncClient, Assistant, Settings]]:
    """(client, assistant, settings) of an app served in-process over a copy of `index` in `folder`."""
    shutil.copytree(index, folder / "index")
    settings = Settings(index_dir=folder / "index", **settings)
    with Assistant(settings) as assistant:
        transport = httpx.ASGITransport(app=create_app(assistant, settings), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://portal/api/v1", timeout=300) as client:
            yield client, assistant, settings


@contextmanager
def keyed_server(index: Path, folder: Path, keys: dict[str, tuple[str, str, list[str]]]) -> Iterator[str]:
    """The URL of a real `python -m assistant serve` process over a copy of `index`, with `keys` (no rate limit)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TLVB_API_KEYS_FILE", str(keys_file(folder, keys)))
        patch.setenv("TLVB_RATE_LIMIT", "0")
        with serving(index, folder) as url:
            yield url
