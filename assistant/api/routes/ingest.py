"""POST /ingest: upload files (multipart), save them in INDEX_DIR/uploads and index them, optionally restricted to
groups or opened to everyone (written as each file's sidecar, so that a re-ingestion keeps them; without either, a
document keeps the groups in force for its doc_id), while the request waits (default) or as a background job
(`background=true`: 202 and a job to poll at GET /jobs/{id}); the Assistant records the groups, indexes and audits
(Assistant.ingest_upload), as for the web UI's uploads."""
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Response, UploadFile

from assistant.api.deps import AssistantDep, CallerDep, JobsDep, SettingsDep
from assistant.api.models import IngestOut, JobOut
from assistant.public import IngestReport, parse_groups
from assistant.uploads import safe_name, save
from corpus.errors import AssistantError, BadInput, TooLarge

router = APIRouter(tags=["lập chỉ mục"])


@router.post("/ingest", response_model=IngestOut | JobOut,
             responses={202: {"model": JobOut, "description": "Tác vụ lập chỉ mục chạy nền (background=true)."}})
def ingest(files: Annotated[list[UploadFile], File(description="Một hoặc nhiều tệp văn bản.")],
           assistant: AssistantDep, settings: SettingsDep, jobs: JobsDep, caller: CallerDep,
           response: Response,
           groups: Annotated[str, Form(max_length=2000, description="Nhóm được xem các tệp này, cách nhau bởi dấu "
                                                                     "phẩy; để trống: giữ nhóm đang áp dụng cho mã "
                                                                     "văn bản (văn bản mới: mọi người dùng).")] = "",
           public: Annotated[bool, Form(description="Bỏ giới hạn nhóm: mọi người dùng được xem các tệp này.")] = False,
           background: Annotated[bool, Query(description="Lập chỉ mục nền: trả 202 và mã tác vụ ngay.")] = False):
    folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
    names, chosen = [safe_name(upload.filename) for upload in files], None

    def finish(report: IngestReport) -> dict:
        result = asdict(report)
        for failure in result["failed"]:
            failure["source"] = Path(failure["source"]).name
        return {"saved": names, **result}

    try:
        chosen = parse_groups(groups, "trường 'groups'") or None
        if public and chosen:
            raise BadInput("Không thể vừa giới hạn nhóm ('groups') vừa mở cho mọi người ('public').")
        chosen = () if public else chosen
        for upload, name in zip(files, names):
            if upload.size is not None and upload.size > limit:
                raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {settings.max_file_mb} MB.")
        saved = [save(upload.file, name, folder, limit) for upload, name in zip(files, names)]
    except AssistantError as error:  # refused before anything was indexed
        assistant.audit_upload_failed(caller, names, chosen, error.message)
        raise
    if background:
        response.status_code = 202
        return asdict(jobs.submit(saved, finish, ingest=lambda paths, step: assistant.ingest_upload(
            paths, caller, chosen, step)))
    return finish(assistant.ingest_upload(saved, caller, chosen))
