"""Files the UI offers for download, written to a private temporary folder (the download buttons serve them)."""
from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from pathlib import Path

KEEP_SECONDS = 3600
ROOT = Path(tempfile.gettempdir()) / "tlvb-ui"


def write(name: str, content: bytes | str) -> str:
    """A fresh file `name` with `content`; folders older than an hour are removed on the way."""
    ROOT.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - KEEP_SECONDS
    for old in ROOT.iterdir():
        if old.is_dir() and old.stat().st_mtime < cutoff:
            shutil.rmtree(old, ignore_errors=True)
    folder = ROOT / uuid.uuid4().hex
    folder.mkdir()
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)
