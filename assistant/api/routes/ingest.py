"""POST /ingest: upload files (multipart), save them in INDEX_DIR/uploads and index them."""
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, UploadFile

from assistant.api.deps import AssistantDep, SettingsDep
from assistant.api.models import IngestOut
from assistant.api.uploads import safe_name, save
from corpus.errors import TooLarge

router = APIRouter(tags=["lập chỉ mục"])


@router.post("/ingest", response_model=IngestOut)
def ingest(files: Annotated[list[UploadFile], File(description="Một hoặc nhiều tệp văn bản.")],
           assistant: AssistantDep, settings: SettingsDep):
    folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
    names = [safe_name(upload.filename) for upload in files]
    for upload, name in zip(files, names):
        if upload.size is not None and upload.size > limit:
            raise TooLarge(f"Tệp '{name}' vượt quá giới hạn {settings.max_file_mb} MB.")
    saved = [save(upload.file, name, folder, limit) for upload, name in zip(files, names)]
    report = asdict(assistant.ingest(saved))
    for failure in report["failed"]:
        failure["source"] = Path(failure["source"]).name
    return {"saved": names, **report}
