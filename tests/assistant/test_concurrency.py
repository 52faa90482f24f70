"""Queries go on while an ingestion runs: real Assistant over a real Qdrant Edge index, made deterministic by a
progress callable that holds the ingestion in the middle until the query has been answered."""
import shutil
import threading

import anyio
import httpx
import pytest

from assistant.api import create_app
from assistant.api.jobs import Jobs
from assistant.core import OPERATOR, Assistant
from assistant.settings import Settings
from corpus.errors import NotFound
from index.records import Query

NEW_DOCUMENT = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nTHÔNG BÁO\nVề việc tổ chức Hội chợ nông sản năm 2025\n"
                "Giao Sở Công Thương chủ trì tổ chức Hội chợ nông sản tại Hoa Lư, hoàn thành trước ngày 30/9/2025.")


@pytest.fixture
def opened(small_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(small_index, copy)
    with Assistant(Settings(index_dir=copy)) as assistant:
        yield assistant


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "new"
    path.mkdir()
    (path / "hoi_cho.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    return path


class Gate:
    """A progress callable that stops the ingestion at its first "embed" step until released."""

    def __init__(self):
        self.reached, self.released, self.stages = threading.Event(), threading.Event(), []

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.stages.append((stage, done, total))
        if stage == "embed" and not self.reached.is_set():
            self.reached.set()
            assert self.released.wait(120), "the test never released the ingestion"


def test_search_and_ask_are_answered_while_an_ingestion_is_held(opened, folder):
    gate, report = Gate(), {}
    worker = threading.Thread(target=lambda: report.update(done=opened.ingest([folder], gate)))
    worker.start()
    try:
        assert gate.reached.wait(120)
        hits = opened.search(Query("trồng cây xanh", 3, "hybrid", filters=OPERATOR))
        answer = opened.ask("Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", filters=OPERATOR)
        assert worker.is_alive() and "done" not in report  # answered while the ingestion is still running
        assert hits[0].doc_id == "193" and answer.citations
        assert opened.search(Query("Hội chợ nông sản Hoa Lư", 1, "sparse", filters=OPERATOR))[0].doc_id != "hoi_cho"
    finally:
        gate.released.set()
        worker.join(120)
    assert report["done"].indexed == ["hoi_cho"]
    assert opened.search(Query("Hội chợ nông sản Hoa Lư", 1, "sparse", filters=OPERATOR))[0].doc_id == "hoi_cho"
    assert gate.stages[0] == ("parse", 0, 1) and ("index", 1, 1) in gate.stages


def test_background_job_reports_its_stages_while_queries_run(opened, folder):
    gate, jobs = Gate(), Jobs(opened.ingest)
    try:
        job = jobs.submit([folder], lambda report: {"indexed": report.indexed}, gate)
        assert gate.reached.wait(120)
        running = jobs.get(job.id)
        assert (running.state, running.stage) == ("running", "embed") and running.total >= 1
        assert opened.search(Query("trồng cây xanh", 1, "hybrid", filters=OPERATOR))[0].doc_id == "193"
        gate.released.set()
    finally:
        gate.released.set()
        jobs.close()
    finished = jobs.get(job.id)
    assert (finished.state, finished.stage, finished.result) == ("done", "done", {"indexed": ["hoi_cho"]})


def test_failed_job_keeps_the_vietnamese_reason(opened, tmp_path):
    jobs = Jobs(opened.ingest)
    job = jobs.submit([tmp_path / "khong_co"], lambda report: {})
    jobs.close()
    failed = jobs.get(job.id)
    assert failed.state == "failed" and failed.error.startswith("Không tìm thấy")


def test_unknown_job_is_not_found_in_vietnamese(opened):
    jobs = Jobs(opened.ingest)
    with pytest.raises(NotFound, match="Không có tác vụ"):
        jobs.get("khong-co")
    jobs.close()


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_api_answers_a_search_while_its_background_ingestion_is_held(opened, anyio_backend):
    """The app's own job worker runs the real ingestion, held at its first embedding step by the gate."""
    gate = Gate()
    ingest = opened.ingest  # the real method, with the gate listening beside the job's own progress

    def gated(paths, progress):
        return ingest(paths, lambda *step: (progress(*step), gate(*step)))
    opened.ingest = gated
    app = create_app(opened, opened.settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://portal/api/v1", timeout=120) as client:
        try:
            started = await client.post("/ingest", params={"background": "true"},
                                        files={"files": ("hoi_cho.txt", NEW_DOCUMENT.encode(), "text/plain")})
            assert started.status_code == 202, started.text
            job_id = started.json()["id"]
            assert await anyio.to_thread.run_sync(gate.reached.wait, 120)
            search = await client.get("/search", params={"q": "trồng cây xanh", "k": 1})
            assert search.status_code == 200 and search.json()["hits"][0]["doc_id"] == "193"
            running = (await client.get(f"/jobs/{job_id}")).json()
            assert (running["state"], running["stage"]) == ("running", "embed")
        finally:
            gate.released.set()
        for _ in range(600):
            job = (await client.get(f"/jobs/{job_id}")).json()
            if job["state"] != "running":
                break
            await anyio.sleep(0.1)
        assert job["state"] == "done" and job["result"]["indexed"] == ["hoi_cho"], job
        assert (await client.get("/jobs/khong-co")).json()["error"]["message"] == "Không có tác vụ 'khong-co'."
    app.state.jobs.close()


def test_concurrent_first_use_opens_the_store_once(small_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(small_index, copy)
    with Assistant(Settings(index_dir=copy)) as assistant:
        barrier, results, errors = threading.Barrier(8), [], []

        def first_call():
            barrier.wait()
            try:
                results.append(len(assistant.documents(OPERATOR)))
            except Exception as error:  # an IndexBusy here would mean two openers
                errors.append(error)
        threads = [threading.Thread(target=first_call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors and len(set(results)) == 1 and results[0] >= 5
