"""Background ingestion jobs: one worker thread runs them in order while queries go on; each job's stage and
counts are kept for GET /jobs/{id}."""
from __future__ import annotations

import logging
import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from assistant.public import IngestReport, Progress
from corpus.errors import AssistantError, NotFound

log = logging.getLogger("assistant.api")
KEPT = 200  # finished jobs remembered, oldest forgotten first


@dataclass(frozen=True)
class Job:
    id: str
    state: str = "queued"  # queued → running → done | failed
    stage: str = "queued"  # the ingestion stage now running: parse, embed, index (ocr where OCR reports)
    done: int = 0
    total: int = 0
    result: dict[str, Any] | None = None
    error: str | None = None


class Jobs:
    """Runs `ingest(paths, progress)` calls one after another on a worker thread."""

    def __init__(self, ingest: Callable[[list[Path], Progress], IngestReport]):
        self._ingest = ingest
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None  # started by the first job after each close()

    def submit(self, paths: list[Path], finish: Callable[[IngestReport], dict[str, Any]],
               progress: Progress | None = None, failed: Callable[[str], None] | None = None) -> Job:
        """Queue an ingestion; `finish` turns its report into the job's result; `progress` also hears each
        step (besides the job's own record); `failed` hears the error of a failed one."""
        job = Job(uuid.uuid4().hex)
        with self._lock:
            self._set(job)
            self._worker = self._worker or ThreadPoolExecutor(1, thread_name_prefix="ingest")
            self._worker.submit(self._run, job.id, paths, finish, progress, failed)
        return job

    def get(self, job_id: str) -> Job:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise NotFound(f"Không có tác vụ '{job_id}'.")
        return job

    def close(self) -> None:
        """Let the running ingestion finish and drop queued ones (an app's lifespan may start again later)."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker:
            worker.shutdown(wait=True, cancel_futures=True)

    def _run(self, job_id: str, paths: list[Path], finish, progress: Progress | None, failed) -> None:
        def step(stage: str, done: int, total: int) -> None:
            self._update(job_id, state="running", stage=stage, done=done, total=total)
            if progress:
                progress(stage, done, total)

        self._update(job_id, state="running")
        try:
            result = finish(self._ingest(paths, step))
        except Exception as error:
            if not isinstance(error, AssistantError):
                log.exception("Tác vụ lập chỉ mục %s lỗi", job_id)
            message = error.message if isinstance(error, AssistantError) else "Lỗi máy chủ nội bộ khi lập chỉ mục."
            self._update(job_id, state="failed", error=message)
            if failed:
                failed(message)
        else:
            self._update(job_id, state="done", stage="done", result=result)

    def _update(self, job_id: str, **changes) -> None:
        with self._lock:
            self._set(replace(self._jobs[job_id], **changes))

    def _set(self, job: Job) -> None:
        """Record a job's new state (the caller holds the lock); the oldest finished jobs beyond KEPT go."""
        self._jobs[job.id] = job
        finished = [j.id for j in self._jobs.values() if j.state in ("done", "failed")]
        for old in finished[:max(0, len(finished) - KEPT)]:
            del self._jobs[old]
