"""POST /ingest: upload files (multipart), save them in INDEX_DIR/uploads and index them, optionally restricted to
groups (written as each file's sidecar, so that a re-ingestion keeps them), while the request waits (default) or as
a background job (`background=true`: 202 and a job to poll at GET /jobs/{id}); each ingestion is audited."""
import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Response, UploadFile

from assistant.api.deps import AssistantDep, AuditDep, CallerDep, JobsDep, SettingsDep
from assistant.api.models import IngestOut, JobOut
from assistant.api.uploads import safe_name, save
from assistant.audit import ingest_result
from assistant.public import META_SUFFIX, IngestReport, parse_groups
from corpus.errors import AssistantError, TooLarge

router = APIRouter(tags=["lập chỉ mục"])


@router.post("/ingest", response_model=IngestOut | JobOut,
             responses={202: {"model": JobOut, "description": "Tác vụ lập chỉ mục chạy nền (background=true)."}})
def ingest(files: Annotated[list[UploadFile], File(description="Một hoặc nhiều tệp văn bản.")],
           assistant: AssistantDep, settings: SettingsDep, jobs: JobsDep, caller: CallerDep, audit: AuditDep,
           response: Response,
           groups: Annotated[str, Form(max_length=2000, description="Nhóm được xem các tệp này, cách nhau bởi dấu "
                                                                     "phẩy; để trống: giữ nhóm đã có của tệp (tệp "
                                                                     "mới: mọi người dùng).")] = "",
           background: Annotated[bool, Query(description="Lập chỉ mục nền: trả 202 và mã tác vụ ngay.")] = False):
    folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
    names, restricted = [safe_name(upload.filename) for upload in files], ()

    def failed(message: str) -> None:
        audit.write("ingest", caller.name, caller.role, files=names, groups=list(restricted), error=message)

    def finish(report: IngestReport) -> dict:
        audit.write("ingest", caller.name, caller.role, files=names, groups=list(restricted), **ingest_result(report))
        result = asdict(report)
        for failure in result["failed"]:
            failure["source"] = Path(failure["source"]).name
        return {"saved": names, **result}

    try:
        restricted = parse_groups(groups, "trường 'groups'")
        for upload, name in zip(files, names):
            if upload.size is not None and upload.size > limit:
                raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {settings.max_file_mb} MB.")
        saved = [save(upload.file, name, folder, limit) for upload, name in zip(files, names)]
        for path in saved if restricted else ():
            if not path.name.endswith(META_SUFFIX):  # a sidecar uploaded beside its file is merged, not restricted
                _restrict(path, restricted)
        if background:
            response.status_code = 202
            return asdict(jobs.submit(saved, finish, failed=failed))
        return finish(assistant.ingest(saved))
    except AssistantError as error:
        failed(error.message)
        raise


def _restrict(path: Path, groups: tuple[str, ...]) -> None:
    """Record the groups in the file's sidecar, keeping the metadata it already holds."""
    sidecar = path.with_name(path.name + META_SUFFIX)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
    except ValueError:
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    sidecar.write_text(json.dumps({**meta, "groups": list(groups)}, ensure_ascii=False), encoding="utf-8")
