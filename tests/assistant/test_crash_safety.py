"""Crash safety: `python -m assistant ingest` SIGKILLed at seeded random points while it writes, then run again,
leaves the same consistent index as one clean run; a server SIGKILLed while it answers restarts on an intact index.
Plus the repair itself, made deterministic: each half-written state an interrupted write can leave."""
import hashlib
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

import httpx
import pytest

from assistant.core import OPERATOR, UNFINISHED, Assistant
from assistant.settings import Settings
from index.records import Query
from tests.data import ROOT, SAMPLES
from tests.server import start

KILLS = 3


def _ingest(index: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", "ingest", str(SAMPLES), "--index", str(index)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _started(index: Path, process: subprocess.Popen) -> float:
    """Wait until the ingestion begins to write (its marker appears); the time then."""
    while not (index / UNFINISHED).exists() and process.poll() is None:
        time.sleep(0.01)
    return time.monotonic()


def _finish(index: Path) -> float:
    """Run an ingestion to its end; the seconds it spent writing."""
    done = _ingest(index)
    began = _started(index, done)
    output, _ = done.communicate(timeout=300)
    assert done.returncode == 0, output
    return time.monotonic() - began


def _state(index: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """doc_id → (content hash, chunk ids in ordinal order), after checking the index is consistent: every point's
    document has a head, one version per document, ordinals 0..n-1, no chunk stored twice."""
    with Assistant(Settings(index_dir=index)) as assistant:
        points = list(assistant.store.scroll(OPERATOR))
        heads, total = assistant.store.heads(filters=OPERATOR), assistant.store.count(OPERATOR)
    assert total == len(points)
    ids = [p.chunk_id for p in points]
    assert len(ids) == len(set(ids)), "a chunk is stored twice"
    by_doc = defaultdict(list)
    for point in points:
        by_doc[point.doc_id].append(point)
    assert set(by_doc) == set(heads), "a document without its head (half-indexed)"
    state = {}
    for doc_id, chunks in by_doc.items():
        chunks.sort(key=lambda p: p.ordinal)
        assert {p.content_hash for p in chunks} == {heads[doc_id].content_hash}, f"two versions of {doc_id}"
        assert [p.ordinal for p in chunks] == list(range(len(chunks))), f"missing chunks of {doc_id}"
        state[doc_id] = (heads[doc_id].content_hash, tuple(p.chunk_id for p in chunks))
    return state


def test_ingestion_killed_at_random_points_then_rerun_equals_a_clean_ingestion(tmp_path):
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    writing = _finish(clean)
    expected = _state(clean)
    rng = random.Random(7)
    for _ in range(KILLS):  # each kill within the first quarter of a clean run's writing: work is always left
        running = _ingest(crashed)
        _started(crashed, running)
        time.sleep(rng.uniform(0.02, 0.25) * writing)
        assert running.poll() is None, "the ingestion finished before it could be killed: use a larger corpus"
        running.send_signal(signal.SIGKILL)
        running.wait()
    assert (crashed / UNFINISHED).exists()
    _finish(crashed)
    assert not (crashed / UNFINISHED).exists()
    assert _state(crashed) == expected


class Interrupted(Exception):
    """Stands for a crash at one exact write."""


def _interrupt(monkeypatch, store, method: str, call: int) -> None:
    """Make the `call`-th call of store.method fail, as a crash there would."""
    original, calls = getattr(store, method), []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise Interrupted
        return original(*args, **kwargs)
    monkeypatch.setattr(store, method, failing)


def _text(subject: str) -> str:
    return "KẾ HOẠCH\n" + "\n".join(f"{n}. Giao Sở {subject} số {n} chủ trì nhiệm vụ {n} về {subject}, hoàn thành "
                                     f"trước ngày {n}/12/2026." for n in range(1, 13))


def _interrupted(tmp_path, monkeypatch, change: tuple[str, str], method: str, call: int) -> tuple[Path, Settings]:
    """b.txt ingested, then `change` = (file, subject) written and ingested with a crash at the `call`-th
    store.method; the folder and the settings of the index left behind."""
    folder, settings = tmp_path / "docs", Settings(index_dir=tmp_path / "index", chunk_chars=300)
    folder.mkdir()
    (folder / "b.txt").write_text(_text("Y tế"), encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.ingest([folder])
        (folder / change[0]).write_text(_text(change[1]), encoding="utf-8")
        _interrupt(monkeypatch, assistant.store, method, call)
        with pytest.raises(Interrupted):
            assistant.ingest([folder])
    monkeypatch.undo()
    return folder, settings


def test_an_old_version_left_behind_its_new_head_is_dropped_by_the_next_ingestion(tmp_path, monkeypatch):
    # b.txt changed; the crash comes after its new head is written, before its old version is deleted
    folder, settings = _interrupted(tmp_path, monkeypatch, ("b.txt", "Giao thông"), "delete_document", 1)
    with pytest.raises(AssertionError, match="two versions of b"):
        _state(settings.index_dir)
    with Assistant(settings) as assistant:
        report = assistant.ingest([folder])
    assert report.repaired == ["b"] and report.skipped == ["b"] and "Đã dọn 1 văn bản" in report.summary()
    assert _state(settings.index_dir)["b"][0] == hashlib.sha256((folder / "b.txt").read_bytes()).hexdigest()


def test_a_document_stopped_before_its_head_is_dropped_even_when_its_file_is_gone(tmp_path, monkeypatch):
    # c.txt is new; the crash comes after its body is written, before its head
    folder, settings = _interrupted(tmp_path, monkeypatch, ("c.txt", "Công Thương"), "upsert", 2)
    with pytest.raises(AssertionError, match="without its head"):
        _state(settings.index_dir)
    (folder / "c.txt").unlink()
    with Assistant(settings) as assistant:
        report = assistant.ingest([folder])
        hits = assistant.search(Query("Sở Công Thương chủ trì", 5, "sparse", filters=OPERATOR))
    assert report.repaired == ["c"] and hits and {h.doc_id for h in hits} == {"b"}
    assert list(_state(settings.index_dir)) == ["b"]


def test_server_killed_while_answering_restarts_on_an_intact_index(small_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(small_index, index)
    before = _state(index)
    server, url = start(index, tmp_path / "serve.log")
    question = {"question": "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?"}
    with httpx.Client(base_url=f"{url}/api/v1", timeout=120) as client:
        assert client.post("/ask", json=question).status_code == 200
        # the server answers one at a time: when one is answered, the others are still being answered or waiting;
        # 48 of them, so that a busy machine (a test thread held back while the server answers on) cannot see them
        # all answered before the kill (twelve could be, on a clone test run beside another)
        with ThreadPoolExecutor(48) as pool:
            asked = [pool.submit(client.post, "/ask", json={"question": f"Kế hoạch {n} giao ai trồng cây xanh?"})
                     for n in range(48)]
            wait(asked, return_when=FIRST_COMPLETED)
            server.send_signal(signal.SIGKILL)
            server.wait()
            cut = [future.exception() for future in asked]
    assert any(isinstance(error, httpx.TransportError) for error in cut), "no answer was cut by the kill"
    assert _state(index) == before
    server, url = start(index, tmp_path / "serve-again.log")
    try:
        with httpx.Client(base_url=f"{url}/api/v1", timeout=120) as client:
            assert client.get("/ready").json()["documents"] == len(before)
            answer = client.post("/ask", json=question).json()
            assert answer["answerable"] and answer["citations"]
    finally:
        server.kill()
        server.wait()
