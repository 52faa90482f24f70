"""POST /ingest: upload files (multipart), save them in INDEX_DIR/uploads and index them, optionally restricted to
groups (written as each file's sidecar, so that a re-ingestion keeps them); each ingestion is audited."""
import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile

from assistant.api.deps import AssistantDep, AuditDep, CallerDep, SettingsDep
from assistant.api.models import IngestOut
from assistant.api.uploads import safe_name, save
from assistant.audit import ingest_result
from corpus.errors import AssistantError, TooLarge
from corpus.loaders import META_SUFFIX, parse_groups

router = APIRouter(tags=["lập chỉ mục"])


@router.post("/ingest", response_model=IngestOut)
def ingest(files: Annotated[list[UploadFile], File(description="Một hoặc nhiều tệp văn bản.")],
           assistant: AssistantDep, settings: SettingsDep, caller: CallerDep, audit: AuditDep,
           groups: Annotated[str, Form(max_length=2000, description="Nhóm được xem các tệp này, cách nhau bởi dấu "
                                                                     "phẩy; để trống: giữ nhóm đã có của tệp (tệp "
                                                                     "mới: mọi người dùng).")] = ""):
    folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
    names, restricted = [safe_name(upload.filename) for upload in files], ()
    try:
        restricted = parse_groups(groups, "trường 'groups'")
        for upload, name in zip(files, names):
            if upload.size is not None and upload.size > limit:
                raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {settings.max_file_mb} MB.")
        saved = [save(upload.file, name, folder, limit) for upload, name in zip(files, names)]
        for path in saved if restricted else ():
            if not path.name.endswith(META_SUFFIX):  # a sidecar uploaded beside its file is merged, not restricted
                _restrict(path, restricted)
        done = assistant.ingest(saved)
    except AssistantError as error:
        audit.write("ingest", caller.name, caller.role, files=names, groups=list(restricted),
                    error=error.message)
        raise
    audit.write("ingest", caller.name, caller.role, files=names, groups=list(restricted), **ingest_result(done))
    report = asdict(done)
    for failure in report["failed"]:
        failure["source"] = Path(failure["source"]).name
    return {"saved": names, **report}


def _restrict(path: Path, groups: tuple[str, ...]) -> None:
    """Record the groups in the file's sidecar, keeping the metadata it already holds."""
    sidecar = path.with_name(path.name + META_SUFFIX)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
    except ValueError:
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    sidecar.write_text(json.dumps({**meta, "groups": list(groups)}, ensure_ascii=False), encoding="utf-8")
