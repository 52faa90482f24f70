"""Background ingestion jobs: one worker thread runs them in order while queries go on; each job's stage and
counts are kept in the state store for GET /jobs/{id}, so a job's final state survives a restart, and a job that
the process stopped in the middle of (a restart, kill -9) reads "interrupted" with the documents it had written."""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from assistant.public import IngestReport, Progress
from assistant.state import Job, SqliteState, StateStore
from corpus.errors import AssistantError, NotFound

__all__ = ["Job", "Jobs"]

log = logging.getLogger("assistant.api")
UNFINISHED = ("queued", "running")
HEARTBEAT_S = 10  # a running job's record is touched this often by its owner
STALE_S = 60  # an unfinished job of another host not touched for this long is taken as interrupted
HOST = socket.gethostname()


def interrupted_message(job: Job, indexed: list[str]) -> str:
    written = f"đã lập chỉ mục xong {len(indexed)} văn bản ({', '.join(indexed)})" if indexed else \
        "chưa văn bản nào được ghi xong"
    return (f"Tác vụ bị gián đoạn: máy chủ đã dừng khi tác vụ đang {'chờ' if job.state == 'queued' else 'chạy'} "
            f"({written}; phần ghi dở được dọn ở lần lập chỉ mục sau). Hãy tải lên lại các tệp để hoàn tất: "
            "văn bản đã xong sẽ được bỏ qua.")


class Jobs:
    """Runs `ingest(paths, progress)` calls one after another on a worker thread; `state` keeps the jobs (a private
    in-memory store when None); `present(doc_ids)` says which documents the index holds (for interrupted jobs)."""

    def __init__(self, ingest: Callable[[list[Path], Progress], IngestReport], state: StateStore | None = None,
                 present: Callable[[list[str]], list[str]] | None = None):
        self._ingest, self._present = ingest, present or (lambda ids: [])
        self._state = state if state is not None else SqliteState(":memory:")
        self.owner = f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None  # started by the first job after each close()
        self.sweep()

    def submit(self, paths: list[Path], finish: Callable[[IngestReport], dict[str, Any]],
               progress: Progress | None = None, failed: Callable[[str], None] | None = None,
               ingest: Callable[[list[Path], Progress], IngestReport] | None = None) -> Job:
        """Queue an ingestion (`ingest`, else the one the jobs were made with: an upload passes the Assistant's
        audited `ingest_upload`); `finish` turns its report into the job's result; `progress` also hears each
        step (besides the job's own record); `failed` hears the error of a failed one."""
        job = Job(uuid.uuid4().hex, files=tuple(str(p) for p in paths), owner=self.owner, updated=time.time())
        with self._lock:
            self._state.put_job(job)
            if self._worker is None:
                self._worker = ThreadPoolExecutor(1, thread_name_prefix="ingest")
            self._worker.submit(self._run, job.id, paths, finish, progress, failed, ingest or self._ingest)
        return job

    def get(self, job_id: str) -> Job:
        job = self._state.job(job_id)
        if job is None:
            raise NotFound(f"Không có tác vụ '{job_id}'.")
        if job.state in UNFINISHED and not self._alive(job):
            job = self._interrupt(job)
        return job

    def sweep(self) -> list[Job]:
        """Mark every unfinished job whose process is gone as interrupted (run at start)."""
        return [self._interrupt(job) for job in self._state.jobs(UNFINISHED) if not self._alive(job)]

    def close(self) -> None:
        """Let the running ingestion finish and drop queued ones (an app's lifespan may start again later)."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker:
            worker.shutdown(wait=True, cancel_futures=True)
        for job in self._state.jobs(UNFINISHED):  # queued jobs that the shutdown dropped
            if job.owner == self.owner:
                self._interrupt(job)

    def _alive(self, job: Job) -> bool:
        """Whether the process that owns the job still runs: checked by pid on this host, by heartbeat elsewhere."""
        if job.owner == self.owner:
            return True
        host, _, rest = job.owner.partition(":")
        if host != HOST:
            return time.time() - job.updated < STALE_S
        pid = int(rest.partition(":")[0] or 0)
        if pid <= 0 or pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def _interrupt(self, job: Job) -> Job:
        indexed = self._present([Path(f).stem for f in job.files]) if job.state == "running" else []
        job = replace(job, state="interrupted", stage="interrupted", indexed=tuple(indexed),
                      error=interrupted_message(job, indexed), updated=time.time())
        self._state.put_job(job)
        return job

    def _heartbeat(self, job_id: str, finished: threading.Event) -> None:
        """Touch the running job's record every HEARTBEAT_S until it finishes (it lives only as long as the job, so
        it never outlives the state store the job writes to)."""
        while not finished.wait(HEARTBEAT_S):
            self._update(job_id)

    def _run(self, job_id: str, paths: list[Path], finish, progress: Progress | None, failed, ingest) -> None:
        def step(stage: str, done: int, total: int) -> None:
            self._update(job_id, state="running", stage=stage, done=done, total=total)
            if progress:
                progress(stage, done, total)

        self._update(job_id, state="running")
        finished = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(job_id, finished), name="ingest-heartbeat", daemon=True)
        beat.start()
        try:
            result = finish(ingest(paths, step))
        except Exception as error:
            if not isinstance(error, AssistantError):
                log.exception("Tác vụ lập chỉ mục %s lỗi", job_id)
            message = error.message if isinstance(error, AssistantError) else "Lỗi máy chủ nội bộ khi lập chỉ mục."
            self._update(job_id, state="failed", error=message)
            if failed:
                failed(message)
        else:
            self._update(job_id, state="done", stage="done", result=result)
        finally:
            finished.set()
            beat.join()

    def _update(self, job_id: str, **changes) -> None:
        with self._lock:
            job = self._state.job(job_id)
            self._state.put_job(replace(job, **changes, updated=time.time()))
