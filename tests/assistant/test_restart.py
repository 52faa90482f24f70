"""Nothing is lost on restart, over the real HTTP server: a conversation goes on after a restart exactly as it would
have without one; a background ingestion cut by kill -9 reads "interrupted" after the restart, with the documents
it had written; feedback, audit and rate limits are kept (the state store beside the index)."""
import shutil
import signal
import time

import httpx

from tests.server import start

TURNS = ["Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "Thời hạn là khi nào?",
         "Còn Bộ Tư pháp thì sao?"]


def _stop(server) -> None:
    server.terminate()
    server.wait(timeout=60)


def _ask(url: str, question: str, conversation_id: str | None) -> dict:
    body = {"question": question, **({"conversation_id": conversation_id} if conversation_id else {})}
    response = httpx.post(f"{url}/api/v1/ask", json=body, timeout=300)
    assert response.status_code == 200, response.text
    return response.json()


def _comparable(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k not in ("conversation_id", "answer_id")}


def test_a_conversation_goes_on_after_a_restart_as_without_one(small_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(small_index, index)
    server, url = start(index, tmp_path / "serve.log")
    try:
        straight, cut = [], []
        for question in TURNS:
            straight.append(_ask(url, question, straight[-1]["conversation_id"] if straight else None))
        for question in TURNS[:2]:
            cut.append(_ask(url, question, cut[-1]["conversation_id"] if cut else None))
        feedback = httpx.post(f"{url}/api/v1/feedback", json={"answer_id": cut[1]["answer_id"],
                                                              "question": TURNS[1], "rating": 1}, timeout=60)
        assert feedback.status_code == 201
    finally:
        _stop(server)
    server, url = start(index, tmp_path / "serve-again.log")
    try:
        after = _ask(url, TURNS[2], cut[0]["conversation_id"])
        alone = _ask(url, TURNS[2], None)
    finally:
        _stop(server)
    assert after["conversation_id"] == cut[0]["conversation_id"]
    assert _comparable(after) == _comparable(straight[2])  # byte for byte, citations included
    # the third turn leans on the first two: without them it is understood differently
    assert after["resolved_question"] != alone["resolved_question"]
    assert "Năng lượng nguyên tử" in after["resolved_question"]


def _long_document(turns: int) -> str:
    """A plan whose passages are new to the embedding cache (numbers and names vary), so embedding them takes
    seconds: the window in which the ingestion is killed."""
    lines = ["KẾ HOẠCH", "Triển khai nhiệm vụ chuyển đổi số năm 2027"]
    for n in range(1, turns + 1):
        lines.append(f"{n}. Giao Sở ban ngành số {n * 37 % 101} chủ trì nhiệm vụ thứ {n} về chuyển đổi số cấp xã "
                     f"đợt {n * 13 % 29}, phối hợp với Ủy ban nhân dân huyện số {n % 17}, báo cáo kết quả "
                     f"trước ngày {n % 28 + 1}/{n % 12 + 1}/2027; kinh phí {n * 113} triệu đồng từ ngân sách tỉnh, "
                     f"bảo đảm đúng tiến độ đợt {n} và chất lượng sản phẩm số {n * 7}.")
    return "\n\n".join(lines)


def test_a_background_ingestion_killed_mid_way_reads_interrupted_after_restart(small_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(small_index, index)
    short = "KẾ HOẠCH\nGiao Sở Văn hóa chủ trì tổ chức Hội chợ sách Hoa Lư năm 2027, hoàn thành trước ngày 30/6/2027."
    files = [("a_hoi_cho_sach.txt", short.encode()), ("b_chuyen_doi_so.txt", _long_document(400).encode())]
    server, url = start(index, tmp_path / "serve.log")
    try:
        api = httpx.Client(base_url=f"{url}/api/v1", timeout=120)
        started = api.post("/ingest", params={"background": "true"},
                           files=[("files", (name, data, "text/plain")) for name, data in files])
        assert started.status_code == 202, started.text
        job_id = started.json()["id"]
        deadline = time.monotonic() + 240
        while api.get("/documents/a_hoi_cho_sach").status_code != 200:  # the short one is written first
            assert time.monotonic() < deadline, "the first document was never written"
            time.sleep(0.05)
        running = api.get(f"/jobs/{job_id}").json()
        assert running["state"] == "running", running  # the long one is still being embedded
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    server, url = start(index, tmp_path / "serve-again.log")
    try:
        with httpx.Client(base_url=f"{url}/api/v1", timeout=120) as api:
            job = api.get(f"/jobs/{job_id}").json()
            assert job["state"] == "interrupted", job
            assert job["indexed"] == ["a_hoi_cho_sach"] and "bị gián đoạn" in job["error"]
            assert "a_hoi_cho_sach" in job["error"]
    finally:
        _stop(server)
