"""Uploaded files land in one folder under safe names, size-checked before they are written in full, with the
groups that may read them recorded in their sidecars (the Assistant core indexes and audits them: Assistant.ingest_upload)."""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from corpus.loaders import META_SUFFIX
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


def record_groups(saved: list[Path], chosen: tuple[str, ...] | None, in_force: dict[str, tuple[str, ...]]) -> None:
    """Before the saved files are indexed: write into each file's sidecar the groups `chosen` for this upload, or,
    when none were chosen, those `in_force` in the index for its doc_id (the file stem), so that neither a stale
    sidecar of an earlier upload nor a re-ingestion of the folder changes who may read it. A sidecar uploaded in
    the same request is merged (its groups count as chosen when the upload chose none)."""
    names = {path.name for path in saved}
    for path in saved:
        if path.name.endswith(META_SUFFIX):
            continue
        if chosen is not None:
            _set_groups(path, chosen, explicit=True)
        elif path.name + META_SUFFIX not in names and path.stem in in_force:
            _set_groups(path, in_force[path.stem], explicit=False)


def _set_groups(path: Path, groups: tuple[str, ...], explicit: bool) -> None:
    """Record the groups in the file's sidecar, keeping the metadata it already holds; a sidecar that already
    states them, or, unless they were chosen, a missing one where they are none, is left alone (its bytes count in
    the content hash, so an unchanged upload stays unchanged)."""
    sidecar = path.with_name(path.name + META_SUFFIX)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
    except ValueError:
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    if meta.get("groups") == list(groups) or not (groups or explicit or sidecar.is_file()):
        return
    sidecar.write_text(json.dumps({**meta, "groups": list(groups)}, ensure_ascii=False), encoding="utf-8")
