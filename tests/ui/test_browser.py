"""The web UI in a real headless Chromium (Playwright) against a real `python -m assistant serve` process over a copy
of the small index. The browser can reach loopback only, and every test checks that it asked nothing else."""
import csv
import io
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from docx import Document as read_docx
from icalendar import Calendar
from playwright.sync_api import Page, expect

from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.exports import COLUMNS
from assistant.settings import Settings
from assistant.state import SqliteState
from tests.conftest import needs_tesseract
from tests.data import SAMPLES
from tests.server import serving

from tests.ui.conftest import CHROMIUM
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium của hệ thống (/usr/bin/chromium) chưa được cài: apt-get install chromium "
                                  "fonts-noto-core (scripts/setup.sh cài khi chạy bằng root)")

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
WAIT = 60_000  # ms: an answer, an upload or a quiz
expect.set_options(timeout=WAIT)
QUESTION = "Ai chủ trì Dự án Luật Năng lượng nguyên tử (sửa đổi)?"  # answered from the resolution
TREES = "Sở Nông nghiệp và Phát triển nông thôn có nhiệm vụ gì trong trồng cây xanh?"  # from the plan
TAX = "Ai chủ trì tuyên truyền Luật thuế thu nhập cá nhân?"  # from a directive
RESOLUTION = "Nghị quyết 03/NQ-CP"


@pytest.fixture(scope="session")
def ui_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ui")


@pytest.fixture(scope="session")
def ui_index(ui_folder) -> Path:
    """The served copy of the index (feedback and uploads land there)."""
    return ui_folder / "index"


@pytest.fixture(scope="session")
def app_url(small_index, ui_folder):
    with serving(small_index, ui_folder) as url:
        yield url


def _outside(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.hostname not in LOOPBACK


@pytest.fixture
def page(browser, app_url):
    """A fresh tab on the app; a request for anything but loopback is aborted and fails the test."""
    yield from _tab(browser, app_url)


@pytest.fixture(scope="session")
def scan_url(scan_ingest, tmp_path_factory):
    """The app over an index of OCR'd scans."""
    with serving(scan_ingest[0], tmp_path_factory.mktemp("ui-scans")) as url:
        yield url


@pytest.fixture
def scan_page(browser, scan_url):
    yield from _tab(browser, scan_url)


def _tab(browser, app_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="vi-VN", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.route(_outside, lambda route: route.abort())
    tab = context.new_page()
    tab.set_default_timeout(WAIT)
    tab.goto(app_url + "/")
    tab.wait_for_selector("#question textarea")
    yield tab
    context.close()
    assert [url for url in requested if _outside(url)] == []
    assert any(urlsplit(url).path.startswith("/assets/") for url in requested)  # Gradio's own files, served locally


def _ask(page: Page, question: str):
    answers = page.locator(".tlvb-answer")
    before = answers.count()
    page.fill("#question textarea", question)
    page.click("#send")
    expect(answers).to_have_count(before + 1)
    last = answers.last
    expect(last.locator(".tlvb-actions")).to_be_visible()  # the last frame of the stream is in
    return last


def _choose(page: Page, dropdown: str, option: str) -> None:
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=False).first.click()
    page.keyboard.press("Escape")


def _edit_cell(page: Page, cell: str, text: str) -> None:
    """Types `text` over a quiz table cell: the keys go in once its editor has the focus (a busy machine opens it
    late, and keys typed before land after the old text)."""
    page.locator(f"#quiz-table [data-testid='{cell}']").dblclick()
    expect(page.locator(f"#quiz-table [data-testid='{cell}'] textarea")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def _download(page: Page, button: str) -> tuple[str, bytes]:
    expect(page.locator(button)).to_be_enabled()
    with page.expect_download() as info:
        page.click(button)
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def _count(summary, other_than: int | None = None) -> int:
    """The number of obligations listed, once the listing is in (and differs from `other_than`)."""
    number = r"\d+" if other_than is None else rf"(?!{other_than} )\d+"
    expect(summary).to_have_text(re.compile(rf"^\s*{number} nhiệm vụ"))
    return int(summary.inner_text().split()[0])


def test_ui_and_api_are_served_by_the_same_process(app_url):
    assert httpx.get(f"{app_url}/api/v1/ready").json()["status"] == "ready"
    assert "Trợ lý Văn bản" in httpx.get(app_url + "/").text
    assert httpx.get(f"{app_url}/api/v1/khong-co").json()["error"]["type"] == "NotFound"


def test_question_gets_a_cited_answer_that_can_be_copied(page):
    answer = _ask(page, QUESTION)
    expect(answer.locator(".tlvb-text")).to_contain_text("Bộ Khoa học và Công nghệ")
    expect(answer.locator(".tlvb-text a.tlvb-cite").first).to_have_text("[1]")
    expect(answer.locator(".tlvb-sources")).to_contain_text(RESOLUTION)
    answer.locator("a.tlvb-copy").click()
    expect(answer.locator("a.tlvb-copy")).to_contain_text("Đã sao chép")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Bộ Khoa học và Công nghệ" in copied and "Nguồn" in copied and "Sao chép" not in copied


def test_citation_opens_the_highlighted_passage_with_the_document_details(page, app_url):
    answer = _ask(page, QUESTION)
    answer.locator(".tlvb-text a.tlvb-cite").first.click()
    panel = page.locator("#citation-panel")
    mark = panel.locator("mark")
    expect(mark).to_contain_text("Dự án Luật Năng lượng nguyên tử (sửa đổi)")
    expect(panel.locator(".tlvb-cited")).to_have_count(1)
    assert panel.locator(".tlvb-chunk").count() > 1  # the passage is shown inside its section
    for shown in ("03/NQ-CP", "Nghị quyết", "Chính phủ", "09/01/2025", "Phụ lục II, nhiệm vụ 15"):
        expect(panel.locator(".tlvb-meta")).to_contain_text(shown)
    text_link = panel.get_by_role("link", name="Xem toàn văn")
    whole = page.request.get(app_url + text_link.get_attribute("href"))
    assert whole.ok and whole.headers["content-type"].startswith("text/plain")
    assert mark.inner_text() in whole.text()
    original = page.request.get(app_url + panel.get_by_role("link", name="Tệp gốc").get_attribute("href"))
    assert original.ok and "Luật Năng lượng nguyên tử".encode() in original.body()


def test_relations_tab_shows_what_a_directive_replaces_and_what_a_plan_implements(page):
    page.get_by_role("tab", name="Văn bản liên quan").click()
    panel = page.locator("#relations-panel")
    _choose(page, "#relations-document", "Chỉ thị 30/CT-TTg")
    replaced = panel.locator('[data-kind="out-replaces"]')
    expect(replaced).to_contain_text("Chỉ thị số 29/CT-TTg")
    expect(replaced).to_contain_text("chưa có trong chỉ mục")
    expect(replaced.locator(".tlvb-related-quote")).to_contain_text("Chỉ thị này thay thế")
    expect(panel.locator(".tlvb-status")).to_contain_text("Chưa thấy văn bản nào trong chỉ mục thay thế")
    _choose(page, "#relations-document", "Kế hoạch 193/KH-UBND")
    expect(panel.locator('[data-kind="out-implements"]')).to_contain_text("Chỉ thị số 20-CT/TU")


def test_relation_question_is_answered_and_its_citation_shows_the_chain(page):
    answer = _ask(page, "Những kế hoạch nào triển khai Chỉ thị 20-CT/TU?")
    expect(answer.locator(".tlvb-text")).to_contain_text("Kế hoạch 193/KH-UBND")
    answer.locator(".tlvb-text a.tlvb-cite").first.click()
    panel = page.locator("#citation-panel")
    expect(panel.locator("mark")).to_contain_text("Triển khai thực hiện Chỉ thị số 20-CT/TU")
    expect(panel.locator('.tlvb-relations-summary [data-kind="out-implements"]')).to_contain_text(
        "Chỉ thị số 20-CT/TU")


def test_document_type_filter_is_passed_to_the_question(page):
    expect(_ask(page, TREES).locator(".tlvb-sources")).to_contain_text("Kế hoạch 193/KH-UBND")
    page.click("#chat-filters .label-wrap")
    _choose(page, "#filter-type", "Chỉ thị")
    expect(_ask(page, TREES).locator(".tlvb-refusal")).to_contain_text("Không tìm thấy")  # no directive says it
    labels = _ask(page, TAX).locator(".tlvb-sources li").all_inner_texts()
    assert labels and all(label.split(" ", 1)[1].startswith("Chỉ thị") for label in labels), labels


def test_question_the_documents_do_not_answer_is_refused_plainly(page):
    refused = _ask(page, "Giá vé máy bay từ Hà Nội đi Paris là bao nhiêu?")
    expect(refused.locator(".tlvb-refusal")).to_contain_text("Không tìm thấy")
    expect(refused.locator("a.tlvb-cite")).to_have_count(0)


def test_thumbs_down_with_a_comment_is_stored(page, ui_index):
    answer = _ask(page, QUESTION)
    page.locator("#chat button[aria-label='Chưa hữu ích']").last.click()
    page.fill("#feedback-comment textarea", "Cần nêu rõ thời hạn trình Quốc hội")
    page.click("#feedback-send")
    expect(page.locator("#feedback-status")).to_contain_text("Đã lưu đánh giá")
    record = SqliteState(ui_index / "state.sqlite").records("feedback", 1)[0]
    assert record["rating"] == -1 and record["comment"] == "Cần nêu rõ thời hạn trình Quốc hội"
    assert record["question"] == QUESTION and record["answer_id"]
    expect(answer).to_be_visible()


def test_obligations_filtered_by_agency_and_downloaded(page):
    page.get_by_role("tab", name="Nhiệm vụ").click()
    summary = page.locator("#ob-summary")
    everything = _count(summary)
    page.fill("#ob-agency textarea, #ob-agency input", "Bộ Nội vụ")
    page.click("#ob-apply")
    listed = _count(summary, other_than=everything)
    leads = page.locator("#ob-table [data-testid$='-0'][data-testid^='cell-']").all_inner_texts()
    assert listed > 0 and set(leads) == {"Bộ Nội vụ"}
    dues = page.locator("#ob-table [data-testid$='-4'][data-testid^='cell-']").all_inner_texts()
    assert any(dues) and all(re.fullmatch(r"\d\d/\d\d/\d{4}", due) for due in dues if due)  # 30/06/2025, not ISO

    name, content = _download(page, "#ob-csv")
    assert name == "nhiem-vu.csv" and content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS) and len(rows) == listed + 1
    assert {row[0] for row in rows[1:]} == {"Bộ Nội vụ"} and all(row[5] == RESOLUTION for row in rows[1:])
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", row[4]) for row in rows[1:] if row[4])

    name, content = _download(page, "#ob-ics")
    events = Calendar.from_ical(content).walk("VEVENT")
    assert name == "nhiem-vu.ics" and len(events) == sum(1 for row in rows[1:] if row[4])
    assert all(str(event["summary"]).startswith("Hạn: ") and "Bộ Nội vụ" in str(event["description"])
               for event in events)


def test_overdue_obligations_are_highlighted(page):
    page.get_by_role("tab", name="Nhiệm vụ").click()
    everything = _count(page.locator("#ob-summary"))
    page.check("#ob-overdue input")
    page.click("#ob-apply")
    _count(page.locator("#ob-summary"), other_than=everything)
    cell = page.locator("#ob-table [data-testid='cell-0-7']")
    expect(cell).to_have_text("Có")
    background = cell.evaluate("el => getComputedStyle(el.closest('[role=gridcell]') || el).backgroundColor")
    assert background == "rgb(253, 226, 225)"


def test_uploaded_text_document_is_indexed_then_skipped_when_unchanged(page, ui_index, tmp_path):
    document = tmp_path / "Thông báo 15-TB.txt"
    document.write_text("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 15/TB-UBND\nTHÔNG BÁO\n"
                        "Về việc kiểm tra phòng cháy chữa cháy\n\n"
                        "Sở Xây dựng chủ trì kiểm tra an toàn phòng cháy tại các chợ trước ngày 20/12/2025.\n",
                        encoding="utf-8")
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4 not a pdf")
    page.get_by_role("tab", name="Tải văn bản").click()
    results = page.locator("#upload-results")
    page.set_input_files("#upload-files input[type=file]", [str(document), str(broken)])
    for expected in ("Đã lập chỉ mục", "Bỏ qua vì không đổi"):  # the second time, the same files again
        page.click("#upload-start")
        expect(results.locator("tr", has_text=document.name)).to_contain_text(expected)
        expect(results.locator("tr", has_text="hong.pdf")).to_contain_text("Lỗi")
    assert (ui_index / "uploads" / document.name).read_bytes() == document.read_bytes()
    audited = AuditLog(ui_index).read(1000)[::-1]  # oldest first
    mine = [r for r in audited if r["files"] in ([document.name], ["hong.pdf"])]
    assert [(r["key"], r["action"], bool(r.get("error") or r.get("failed"))) for r in mine] == [
        ("local", "ingest", False), ("local", "ingest", True)] * 2
    page.get_by_role("tab", name="Hỏi đáp").click()
    page.click("#chat-filters .label-wrap")
    page.click("#filter-docs input")
    expect(page.get_by_role("option", name="Thông báo 15/TB-UBND", exact=False)).to_have_count(1)


def test_quiz_from_a_document_is_edited_and_downloaded(page):
    page.get_by_role("tab", name="Trắc nghiệm").click()
    _choose(page, "#quiz-docs", RESOLUTION)
    page.fill("#quiz-n input", "4")
    page.click("#quiz-build")
    expect(page.locator("#quiz-preview .tlvb-quiz > ol > li")).to_have_count(4)
    expect(page.locator("#quiz-status")).to_contain_text("Đã tạo 4 câu hỏi")

    _edit_cell(page, "cell-0-2", "Câu hỏi đã sửa: cơ quan nào chủ trì?")
    expect(page.locator("#quiz-status")).to_contain_text("Đã cập nhật")
    expect(page.locator("#quiz-preview li").first).to_contain_text("Câu hỏi đã sửa: cơ quan nào chủ trì?")

    name, gift = _download(page, "#quiz-gift")
    text = gift.decode("utf-8")
    assert name == "trac-nghiem.gift.txt" and len(re.findall(r"::Câu \d+::", text)) == 4
    shown = page.locator("#quiz-preview").inner_text()[:400], page.locator("#quiz-status").inner_text()
    assert "::Câu 1::Câu hỏi đã sửa\\: cơ quan nào chủ trì?" in text, (shown, text[:800])  # GIFT escapes the colon

    name, docx = _download(page, "#quiz-docx")
    paragraphs = [p.text for p in read_docx(io.BytesIO(docx)).paragraphs]
    assert name == "trac-nghiem.docx" and "Câu 1. Câu hỏi đã sửa: cơ quan nào chủ trì?" in paragraphs
    assert "Đáp án" in paragraphs


@pytest.fixture(scope="session")
def resolution_57_url(tmp_path_factory):
    """The app over an index of Nghị quyết 57-NQ/TW alone: a prose resolution (goals, targets, solutions)."""
    folder, index = tmp_path_factory.mktemp("nq57"), tmp_path_factory.mktemp("nq57-index")
    shutil.copy(SAMPLES / "nq57" / "NQ57_bangoc.md", folder)
    with Assistant(Settings(index_dir=index)) as assistant:
        assert not assistant.ingest([folder]).failed
    with serving(index, tmp_path_factory.mktemp("ui-nq57")) as url:
        yield url


def test_ten_item_quiz_on_resolution_57_is_edited_and_exported_to_docx_and_gift(browser, resolution_57_url):
    for page in _tab(browser, resolution_57_url):
        page.get_by_role("tab", name="Trắc nghiệm").click()
        _choose(page, "#quiz-docs", "Nghị quyết 57-NQ/TW")
        page.fill("#quiz-n input", "10")
        page.click("#quiz-build")
        expect(page.locator("#quiz-status")).to_contain_text("Đã tạo 10 câu hỏi")
        expect(page.locator("#quiz-preview .tlvb-quiz > ol > li")).to_have_count(10)
        preview = page.locator("#quiz-preview").inner_text()
        assert "Theo Nghị quyết 57-NQ/TW" in preview and "…”" not in preview  # targets asked, no stem cut

        _edit_cell(page, "cell-1-2", "Câu hỏi đã sửa: quy mô kinh tế số năm 2030?")
        expect(page.locator("#quiz-status")).to_contain_text("Đã cập nhật: 10 câu hỏi")
        expect(page.locator("#quiz-preview .tlvb-quiz > ol > li").nth(1)).to_contain_text(
            "Câu hỏi đã sửa: quy mô kinh tế số năm 2030?")

        name, docx = _download(page, "#quiz-docx")
        paragraphs = [p.text for p in read_docx(io.BytesIO(docx)).paragraphs]
        assert name == "trac-nghiem.docx" and "Câu 2. Câu hỏi đã sửa: quy mô kinh tế số năm 2030?" in paragraphs
        assert "Đáp án" in paragraphs and sum(p.startswith("Câu ") and ". " in p[:8] for p in paragraphs) == 10
        assert any(p.startswith("Nguồn: Nghị quyết 57-NQ/TW") for p in paragraphs)

        name, gift = _download(page, "#quiz-gift")
        text = gift.decode("utf-8")
        assert name == "trac-nghiem.gift.txt" and len(re.findall(r"::Câu \d+::", text)) == 10
        assert "::Câu 2::Câu hỏi đã sửa\\: quy mô kinh tế số năm 2030?" in text  # GIFT escapes the colon
        assert text.count("// Nguồn: Nghị quyết 57-NQ/TW") == 10


@needs_tesseract
def test_ocr_citation_shows_the_scanned_page_beside_the_text(scan_page):
    page = scan_page
    answer = _ask(page, "Ủy ban nhân dân Thành phố Hà Nội phải làm gì sau vụ cháy nhà dân tại phường Văn Miếu?")
    expect(answer.locator(".tlvb-sources")).to_contain_text("nhận dạng OCR, độ tin cậy ~")
    answer.locator(".tlvb-text a.tlvb-cite").first.click()
    panel = page.locator("#citation-panel")
    expect(panel.locator(".tlvb-meta")).to_contain_text("văn bản quét, nhận dạng OCR")
    image = panel.locator(".tlvb-scan .tlvb-page img")
    expect(image).to_have_attribute("src", "/api/v1/documents/195-ttg.signed/pages/1.png")
    page.wait_for_function("img => img.complete && img.naturalWidth > 800", arg=image.element_handle())
    beside = page.evaluate("""() => {
        const text = document.querySelector('.tlvb-scan .tlvb-passage').getBoundingClientRect();
        const scan = document.querySelector('.tlvb-scan .tlvb-page').getBoundingClientRect();
        return scan.left >= text.right - 1 && scan.top < text.bottom;
    }""")
    assert beside
