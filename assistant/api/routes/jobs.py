"""GET /jobs/{id}: the state of a background ingestion (POST /ingest?background=true)."""
from dataclasses import asdict

from fastapi import APIRouter

from assistant.api.deps import JobsDep
from assistant.api.models import JobOut

router = APIRouter(tags=["lập chỉ mục"])


@router.get("/jobs/{job_id}", response_model=JobOut, responses={404: {"description": "Không có tác vụ này."}})
def job(job_id: str, jobs: JobsDep):
    return asdict(jobs.get(job_id))
