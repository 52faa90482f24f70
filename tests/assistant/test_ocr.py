"""Scanned PDFs end to end through the Assistant: OCR'd on ingestion with progress, answered with citations marked
as OCR, served as page images by the API, and never recognised twice."""
import httpx
import pytest

from assistant.api import create_app
from assistant.core import OPERATOR, Assistant
from assistant.settings import Settings
from corpus.errors import NotFound
from tests.assistant.test_cli import cli
from tests.conftest import SCANS, needs_tesseract

pytestmark = needs_tesseract
QUESTION = "Ủy ban nhân dân Thành phố Hà Nội phải làm gì sau vụ cháy nhà dân tại phường Văn Miếu - Quốc Tử Giám?"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def scanned(scan_ingest):
    index, _, _ = scan_ingest
    with Assistant(Settings(index_dir=index)) as opened:
        yield opened


def test_scans_are_ingested_with_ocr_progress(scan_ingest, scanned):
    _, _, calls = scan_ingest
    assert ("ocr", 1, 1) in calls and {stage for stage, _, _ in calls} == {"ocr", "parse", "embed", "index"}
    numbers = {d.doc_id: d.doc_number for d in scanned.documents(OPERATOR)}
    assert numbers == {"195-ttg.signed": "195/CĐ-TTg", "9768-cn.signed": "9768/VPCP-CN",
                       "2239ttg.signed": "2239/QĐ-TTg", "9787-cn.signed": "9787/VPCP-CN"}
    chunks = scanned.document("9768-cn.signed", OPERATOR).chunks
    assert all(0.8 < c.ocr_confidence < 1 for c in chunks)


def test_question_is_answered_from_a_scan_with_the_citation_marked_ocr(scanned):
    answer = scanned.ask(QUESTION, filters=OPERATOR)
    assert answer.answerable
    cited = answer.citations[0]
    assert cited.doc_id == "195-ttg.signed" and cited.page == 1
    assert "Bộ Công an" in answer.text or "thăm hỏi" in answer.text
    assert cited.ocr_confidence > 0.8
    assert f"(văn bản quét, nhận dạng OCR, độ tin cậy ~{cited.ocr_confidence:.0%})" in cited.label
    assert answer.to_dict()["citations"][0]["ocr_confidence"] == cited.ocr_confidence
    assert answer.text.endswith("chữ có thể bị nhận dạng sai, hãy đối chiếu ảnh trang gốc.)")
    # the closing note names every source read from the scan (the answer may list several of the scan's tasks)
    note = answer.text.rsplit("\n(Lưu ý: nguồn ", 1)[1]
    assert "đọc từ văn bản quét bằng nhận dạng OCR" in note
    assert all(f"số {c.number}" in note.split(" đọc từ")[0] for c in answer.citations if c.ocr_confidence)


def test_cli_answer_says_the_source_is_a_scan(scan_ingest):
    result = cli("ask", QUESTION, "--index", scan_ingest[0])
    assert result.returncode == 0, result.stderr
    assert "Công điện 195/CĐ-TTg" in result.stdout and "(văn bản quét, nhận dạng OCR, độ tin cậy ~" in result.stdout


def test_reingesting_reads_the_ocr_cache_not_the_scans(scan_ingest):
    index, folder, _ = scan_ingest
    with Assistant(Settings(index_dir=index)) as again:
        report = again.ingest([folder])
        assert sorted(report.skipped) == sorted(p.name.removesuffix(".pdf") for p in SCANS)
        assert again.ocr.recognised == 0


@pytest.mark.anyio
async def test_api_serves_the_page_image_and_marks_the_citation(scanned):
    transport = httpx.ASGITransport(app=create_app(scanned, scanned.settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://test/api/v1") as client:
        image = await client.get("/documents/195-ttg.signed/pages/1.png")
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
        assert image.content.startswith(b"\x89PNG")
        missing = await client.get("/documents/195-ttg.signed/pages/9.png")
        assert missing.status_code == 404 and "không có trang 9" in missing.json()["error"]["message"]
        answer = (await client.post("/ask", json={"question": QUESTION})).json()
        assert "nhận dạng OCR" in answer["citations"][0]["label"]
        assert answer["citations"][0]["ocr_confidence"] > 0.8


def test_page_image_only_for_indexed_documents(scanned):
    with pytest.raises(NotFound):
        scanned.page_image("../../etc/passwd", 1, OPERATOR)
