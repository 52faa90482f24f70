"""POST /ingest: upload files (multipart), save them in INDEX_DIR/uploads and index them, while the request
waits (default) or as a background job (`background=true`: 202 and a job to poll at GET /jobs/{id})."""
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile

from assistant.api.deps import AssistantDep, JobsDep, SettingsDep
from assistant.api.models import IngestOut, JobOut
from assistant.api.uploads import safe_name, save
from corpus.errors import TooLarge
from index.ingest import IngestReport

router = APIRouter(tags=["lập chỉ mục"])


def _result(names: list[str], report: IngestReport) -> dict:
    result = asdict(report)
    for failure in result["failed"]:
        failure["source"] = Path(failure["source"]).name
    return {"saved": names, **result}


@router.post("/ingest", response_model=IngestOut | JobOut,
             responses={202: {"model": JobOut, "description": "Tác vụ lập chỉ mục chạy nền (background=true)."}})
def ingest(files: Annotated[list[UploadFile], File(description="Một hoặc nhiều tệp văn bản.")],
           assistant: AssistantDep, settings: SettingsDep, jobs: JobsDep, response: Response,
           background: Annotated[bool, Query(description="Lập chỉ mục nền: trả 202 và mã tác vụ ngay.")] = False):
    folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
    names = [safe_name(upload.filename) for upload in files]
    for upload, name in zip(files, names):
        if upload.size is not None and upload.size > limit:
            raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {settings.max_file_mb} MB.")
    saved = [save(upload.file, name, folder, limit) for upload, name in zip(files, names)]
    if background:
        response.status_code = 202
        return asdict(jobs.submit(saved, lambda report: _result(names, report)))
    return _result(names, assistant.ingest(saved))
