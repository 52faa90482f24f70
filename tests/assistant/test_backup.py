"""Backup and restore over the real CLI and server: a backup taken while the server serves, the index wiped and
restored, gives the same answers byte for byte and keeps the conversations; a damaged index stops the start with
a Vietnamese message naming the way back, never a traceback and never an empty index served in silence."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.data import ROOT
from tests.server import start

QUESTIONS = ["Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "Kế hoạch 193 giao ai trồng cây xanh?",
             "Thời hạn hoàn thành nhiệm vụ của Bộ Tư pháp?", "Chỉ thị 30 về việc gì?",
             "Sở Tài chính được giao nhiệm vụ gì?"]


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def _answers(url: str, conversation: str | None = None) -> list[dict]:
    with httpx.Client(base_url=f"{url}/api/v1", timeout=300) as api:
        answers = [api.post("/ask", json={"question": q}).json() for q in QUESTIONS]
        if conversation:
            answers.append(api.post("/ask", json={"question": "Thời hạn là khi nào?",
                                                  "conversation_id": conversation}).json())
    return [{k: v for k, v in a.items() if k not in ("conversation_id", "answer_id")} for a in answers]


def _stop(server) -> None:
    server.terminate()
    server.wait(timeout=60)


def test_backup_while_serving_then_wipe_and_restore_gives_the_same_answers(small_index, tmp_path):
    index, saved = tmp_path / "index", tmp_path / "sao_luu"
    shutil.copytree(small_index, index)
    server, url = start(index, tmp_path / "serve.log")
    try:
        first = httpx.post(f"{url}/api/v1/ask", json={"question": QUESTIONS[0]}, timeout=300).json()
        before = _answers(url)
        made = cli("backup", saved, "--index", index)  # the server holds the index: it takes the backup
        assert made.returncode == 0, made.stderr
        assert "Đã sao lưu 5 văn bản" in made.stdout
        with_turn = _answers(url, first["conversation_id"])
        audit = httpx.get(f"{url}/api/v1/audit", timeout=60).json()
    finally:
        _stop(server)
    shutil.rmtree(index)
    restored = cli("restore", saved, "--index", index)
    assert restored.returncode == 0, restored.stderr
    assert "Đã khôi phục 5 văn bản" in restored.stdout
    server, url = start(index, tmp_path / "serve-restored.log")
    try:
        after = _answers(url, first["conversation_id"])
    finally:
        _stop(server)
    assert after[:-1] == before  # byte for byte, citations and offsets included
    assert after[-1] == with_turn[-1]  # the conversation held before the backup goes on after the restore
    assert after[-1]["resolved_question"] != "Thời hạn là khi nào?"
    assert audit[0]["action"] == "backup" and audit[0]["points"] > 0


def test_restore_refuses_a_folder_that_is_no_backup_and_an_index_a_server_holds(small_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(small_index, index)
    refused = cli("restore", tmp_path, "--index", index)
    assert refused.returncode == 1 and "không phải một bản sao lưu" in refused.stderr
    assert cli("backup", tmp_path / "bk", "--index", index).returncode == 0
    server, _ = start(index, tmp_path / "serve.log")
    try:
        held = cli("restore", tmp_path / "bk", "--index", index)
    finally:
        _stop(server)
    assert held.returncode == 1 and "hãy dừng máy chủ" in held.stderr and "Traceback" not in held.stderr


def _segment(index: Path) -> Path:
    return next((index / "edge" / "segments").iterdir())


@pytest.mark.parametrize("damage", ["payload_storage/page_0.dat",
                                    "vector_storage-dense/vectors/chunk_0.mmap", "segment.json", "all segments"])
def test_a_damaged_index_stops_the_start_with_the_way_back(small_index, tmp_path, damage):
    index = tmp_path / "index"
    shutil.copytree(small_index, index)
    recorded = json.loads((index / "index.json").read_text())
    assert recorded["points"] > 0 and recorded["files"]  # the ingestion recorded its count and the files' sizes
    if damage == "all segments":
        shutil.rmtree(index / "edge" / "segments")
    else:
        with (_segment(index) / damage).open("r+b") as file:
            file.truncate(100)
    for command in (["ask", QUESTIONS[1]], ["serve", "--port", "0"]):
        failed = cli(*command, "--index", index)
        assert failed.returncode == 1, failed.stdout
        assert "Traceback" not in failed.stderr and f"Chỉ mục tại '{index}' bị hỏng" in failed.stderr
        assert "python -m assistant restore" in failed.stderr and "python -m assistant ingest" in failed.stderr


def test_the_way_back_from_a_damaged_index_restores_the_same_answers(small_index, tmp_path):
    index, saved = tmp_path / "index", tmp_path / "sao_luu"
    shutil.copytree(small_index, index)
    assert cli("backup", saved, "--index", index).returncode == 0  # no server: taken in this process
    before = json.loads(cli("ask", QUESTIONS[1], "--index", index, "--json").stdout)
    with (_segment(index) / "vector_storage-dense" / "vectors" / "chunk_0.mmap").open("r+b") as file:
        file.truncate(100)
    assert "bị hỏng" in cli("ask", QUESTIONS[1], "--index", index).stderr
    restored = cli("restore", saved, "--index", index)  # the damaged folder is not held: it may be replaced
    assert restored.returncode == 0, restored.stderr
    after = json.loads(cli("ask", QUESTIONS[1], "--index", index, "--json").stdout)
    assert {k: v for k, v in after.items() if k not in ("conversation_id", "answer_id")} == \
        {k: v for k, v in before.items() if k not in ("conversation_id", "answer_id")}
    kept = [p.name for p in tmp_path.iterdir() if p.name.startswith("index.truoc-khoi-phuc-")]
    assert len(kept) == 1  # the damaged folder is kept aside, not deleted
