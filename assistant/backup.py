"""Backup and restore of an embedded index with its state, and the recovery message of a damaged index.

A backup is a folder: the engine's files copied while the Assistant holds its write lock (the Edge shard flushed
first: Qdrant Edge has no snapshot-creating call, so a flushed copy under the lock is its consistent snapshot),
index.json, the state store (SQLite's online backup), the embedding cache and the uploaded files, plus
backup.json (what, when, how many points). It is taken by the process that holds the index: the CLI when no
server runs, else the server (POST /api/v1/backup). A restore replaces the index folder with the backup after
checking that the copy opens and holds the points the backup counted; the folder it replaces is kept aside.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import BadInput, IndexBusy, IndexDamaged, NotFound
from index.records import Access, Filters

if TYPE_CHECKING:
    from assistant.core import Assistant

MANIFEST = "backup.json"
ENGINE_FOLDERS = ("edge", "local")  # Qdrant Edge, qdrant-client local mode
FILES = ("index.json",)
FOLDERS = ("uploads",)
SQLITE = ("embeddings.sqlite",)  # copied with SQLite's backup (consistent while written); state: by its store
EVERY = Filters(access=Access.admin())  # a backup copies and counts every document, whatever its groups


def backup_folder(settings: Any) -> Path:
    """Where the server writes backups: TLVB_BACKUP_DIR, else INDEX_DIR's sibling '<name>-backups'."""
    index = Path(settings.index_dir)
    return Path(settings.backup_dir) if settings.backup_dir else index.with_name(index.name + "-backups")


def damaged_message(index_dir: Path, detail: str) -> str:
    """What the user reads when the index cannot be read: what broke and the two ways back."""
    return (f"Chỉ mục tại '{index_dir}' bị hỏng và không thể đọc ({detail}). Không có văn bản nào bị bỏ qua "
            f"trong im lặng: máy chủ không khởi động trên chỉ mục hỏng. Cách khôi phục: (1) từ bản sao lưu: "
            f"python -m assistant restore THƯ_MỤC_SAO_LƯU --index '{index_dir}'; hoặc (2) lập chỉ mục lại: đổi tên "
            f"thư mục '{index_dir}' (giữ lại thư mục con uploads/ chứa tệp đã tải lên), rồi chạy "
            f"python -m assistant ingest THƯ_MỤC_VĂN_BẢN --index '{index_dir}'.")


def _sqlite_copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def backup(assistant: "Assistant", target: Path) -> dict[str, Any]:
    """Write a backup of the assistant's embedded index and state into `target` (new or empty)."""
    settings = assistant.settings
    if settings.qdrant_url:
        raise BadInput("Với máy chủ Qdrant (QDRANT_URL), hãy sao lưu bằng snapshot của Qdrant "
                       "(POST /collections/<tên>/snapshots) cho bộ sưu tập chỉ mục và các bộ sưu tập trạng thái "
                       "(xem docs/readme-state.md).")
    assistant._require_index()
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BadInput(f"Thư mục sao lưu '{target}' đã có dữ liệu: hãy chọn một thư mục mới hoặc trống.")
    if target.resolve().is_relative_to(settings.index_dir.resolve()):
        raise BadInput("Thư mục sao lưu không được nằm trong thư mục chỉ mục.")
    target.mkdir(parents=True, exist_ok=True)
    index = settings.index_dir
    store = assistant.store
    with assistant._write_lock:  # no document is half-written while the files are copied
        if hasattr(store, "flush"):
            store.flush()
        points = store.count(EVERY)
        documents = len(store.heads(filters=EVERY))
        for name in ENGINE_FOLDERS + FOLDERS:
            if (index / name).is_dir():
                shutil.copytree(index / name, target / name)
        for name in FILES:
            if (index / name).is_file():
                shutil.copy2(index / name, target / name)
        for name in SQLITE:
            if (index / name).is_file():
                _sqlite_copy(index / name, target / name)
        assistant.state.backup(target / "state.sqlite")
    manifest = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"), "index_dir": str(index),
                "engine": settings.embedded_engine, "points": points, "documents": documents}
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return {**manifest, "path": str(target)}


def restore(source: Path, index_dir: Path, state_path: Path | None = None) -> dict[str, Any]:
    """Replace `index_dir` by the backup in `source` (no process may hold the index); the replaced folder is kept
    beside it as INDEX_DIR.truoc-khoi-phuc-<time>. The restored copy is opened and counted before it goes in. The
    state goes to `state_path` when the state lives outside the index (TLVB_STATE_PATH; the file replaced is kept
    beside it the same way)."""
    from assistant.core import Assistant  # the restored copy is opened as any index is
    from assistant.settings import Settings

    source, index_dir = Path(source), Path(index_dir)
    manifest_path = source / MANIFEST
    if not manifest_path.is_file():
        raise NotFound(f"'{source}' không phải một bản sao lưu (thiếu {MANIFEST}).")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if index_dir.exists():
        _refuse_if_held(index_dir)
    staging = index_dir.with_name(index_dir.name + ".dang-khoi-phuc")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    (staging / MANIFEST).unlink()
    with Assistant(Settings(index_dir=staging, embedded_engine=manifest["engine"])) as check:
        points = check.store.count(EVERY)
    if points != manifest["points"]:
        shutil.rmtree(staging, ignore_errors=True)
        raise IndexDamaged(f"Bản sao lưu '{source}' không đầy đủ: có {points} đoạn, cần {manifest['points']}.")
    kept = None
    if index_dir.exists():
        kept = index_dir.with_name(f"{index_dir.name}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S}")
        index_dir.rename(kept)
    staging.rename(index_dir)
    if state_path and Path(state_path).resolve() != (index_dir / "state.sqlite").resolve():
        state_path = Path(state_path)
        if state_path.exists():
            state_path.rename(state_path.with_name(f"{state_path.name}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S}"))
        for suffix in ("-wal", "-shm"):
            state_path.with_name(state_path.name + suffix).unlink(missing_ok=True)
        state_path.parent.mkdir(parents=True, exist_ok=True)
        (index_dir / "state.sqlite").rename(state_path)
    return {**manifest, "restored_to": str(index_dir), "previous": str(kept) if kept else None}


def _refuse_if_held(index_dir: Path) -> None:
    """A running server (or another process) holds the index: restoring under it would be lost or corrupt it."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    try:
        with Assistant(Settings(index_dir=index_dir)) as held:
            held.store  # opening fails when another process holds it; a damaged index may be replaced
    except IndexBusy:
        raise IndexBusy(f"Chỉ mục '{index_dir}' đang được một tiến trình khác (máy chủ) mở: hãy dừng máy chủ "
                        "trước khi khôi phục.") from None
    except IndexDamaged:
        pass
