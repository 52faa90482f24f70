"""Uploaded files land in one folder under safe names, size-checked before they are written in full."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from corpus.errors import BadInput, TooLarge

CHUNK = 2**20
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


def safe_name(client_name: str | None) -> str:
    """The last part of a client's file name, so that '../../etc/passwd' or 'C:\\x\\y.pdf' stay inside the folder."""
    name = PurePosixPath(_UNSAFE.sub("", client_name or "").replace("\\", "/")).name.strip()
    if name in ("", ".", ".."):
        raise BadInput(f"Tên tệp không hợp lệ: '{client_name or ''}'.")
    return name


def save(stream: BinaryIO, name: str, folder: Path, max_bytes: int) -> Path:
    """Copy `stream` to folder/name; over `max_bytes` nothing is kept and TooLarge is raised."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".upload-", suffix=".part", delete=False) as out:
        partial, written = Path(out.name), 0
        try:
            while block := stream.read(CHUNK):
                written += len(block)
                if written > max_bytes:
                    raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {max_bytes / 2**20:g} MB.")
                out.write(block)
        except BaseException:
            partial.unlink()
            raise
    os.replace(partial, folder / name)  # whole files only: a reader never sees a half-written upload
    return folder / name
