"""The web UI for every role, with keys on, in a real headless Chromium against a real `python -m assistant serve`
process: each key sees what its role and groups allow and nothing else (a restricted document's id, title and
words never reach a reader of another group, whatever the tab, dropdown or file), a reader cannot call the admin's
or the trainer's functions through the Gradio API, and without a session the UI framework's endpoints stay
closed. Loopback only, as in test_browser.py."""
import csv
import io

import httpx
import pytest
from gradio_client import Client, handle_file
from playwright.sync_api import Page, expect

from tests.assistant.portal import keyed_server
from tests.assistant.test_probe import _text
from tests.ui.conftest import CHROMIUM
from tests.ui.test_browser import WAIT, _ask, _count, _download, _outside

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium của hệ thống (/usr/bin/chromium) chưa được cài")

KEYS = {"khoa-doc-a": ("doc-a", "reader", ["nhom-a"]), "khoa-doc-b": ("doc-b", "reader", ["nhom-b"]),
        "khoa-soan": ("soan-de", "trainer", ["nhom-a"]), "khoa-admin": ("quan-tri", "admin", [])}
SECRET = "mat-nhom-a"  # restricted to nhom-a; its words are found in no other document
WORDS = ("Lục Bảo", "Ngọc Bích", SECRET)
QUESTION = "Ai chủ trì tổ chức Hội nghị Ngọc Bích?"
AROUND = "Sở Nội vụ chủ trì tổ chức hội nghị nào, hoàn thành trước ngày 30/6/2026?"


@pytest.fixture(scope="module")
def site(small_index, module_folder):
    folder = module_folder("ui-roles")
    with keyed_server(small_index, folder, KEYS) as url:
        response = httpx.post(f"{url}/api/v1/ingest", headers={"X-API-Key": "khoa-admin"},
                              data={"groups": "nhom-a"}, timeout=300,
                              files={"files": (f"{SECRET}.txt", _text("a", "Lục Bảo", "Ngọc Bích").encode(),
                                               "text/plain")})
        assert response.json()["indexed"] == [SECRET], response.text
        yield url


def _signed_in(browser, url: str, key: str):
    """A fresh tab signed in with `key` (through the UI's sign-in, as the login form posts it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="vi-VN", accept_downloads=True)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.route(_outside, lambda route: route.abort())
    assert context.request.post(f"{url}/login", form={"username": KEYS[key][0], "password": key}).ok
    tab = context.new_page()
    tab.set_default_timeout(WAIT)
    tab.goto(url + "/")
    tab.wait_for_selector("#question textarea")
    return context, tab, requested


@pytest.fixture
def session(browser, site):
    opened = []

    def open_as(key: str) -> Page:
        context, tab, requested = _signed_in(browser, site, key)
        opened.append((context, requested))
        return tab

    yield open_as
    for context, requested in opened:
        context.close()
        assert [url for url in requested if _outside(url)] == []


def _options(page: Page, dropdown: str, typed: str = "") -> list[str]:
    """The options a dropdown offers (every list holds documents), narrowed by what is `typed` in it."""
    page.click("#tlvb-header")  # the list opens when the input gains focus
    page.click(f"{dropdown} input")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    if typed:
        page.keyboard.type(typed)
        page.wait_for_timeout(300)  # the list narrows as one types
    shown = options.all_inner_texts()
    page.keyboard.press("Escape")
    page.fill(f"{dropdown} input", "")
    return shown


def _secret_listed(labels: list[str]) -> bool:
    return any(word in label for label in labels for word in WORDS)


def _tab(page: Page, name: str):
    return page.get_by_role("tab", name=name)


def _wait_for_lists(page: Page) -> None:
    """The document lists are filled (by the page's load event) once the relations picker offers a document."""
    _tab(page, "Văn bản liên quan").click()
    page.click("#relations-document input")
    expect(page.get_by_role("option").first).to_be_visible()
    page.keyboard.press("Escape")


def test_reader_uses_the_chat_and_sees_its_groups_documents_but_no_upload_or_quiz(session):
    page = session("khoa-doc-a")
    answer = _ask(page, QUESTION)
    expect(answer.locator(".tlvb-text")).to_contain_text("Sở Nội vụ")
    expect(answer.locator(".tlvb-text a.tlvb-cite").first).to_have_text("[1]")
    expect(answer.locator(".tlvb-sources")).to_contain_text("Ngọc Bích")
    answer.locator(".tlvb-text a.tlvb-cite").first.click()
    expect(page.locator("#citation-panel mark")).to_contain_text("Ngọc Bích")
    # The panel's links to the API open with the session (no key in the browser), within the key's groups.
    whole = page.request.get(page.url.rstrip("/") + page.get_by_role("link", name="Xem toàn văn").get_attribute(
        "href"))
    assert whole.ok and "Lục Bảo" in whole.text()
    # What the reader of another group asks (next test) finds the restricted plan for a reader of its group.
    expect(_ask(page, AROUND).locator(".tlvb-sources")).to_contain_text("Ngọc Bích")
    expect(_tab(page, "Tải văn bản")).to_be_hidden()
    expect(_tab(page, "Trắc nghiệm")).to_be_hidden()
    _wait_for_lists(page)
    assert _secret_listed(_options(page, "#relations-document"))


def test_reader_of_another_group_never_sees_the_restricted_document(session):
    page = session("khoa-doc-b")
    answer = _ask(page, AROUND)  # about the restricted plan, without its words (which the chat would echo)
    expect(answer.locator(".tlvb-actions")).to_be_visible()
    _wait_for_lists(page)
    dropdowns = {"Văn bản liên quan": ["#relations-document"], "Hỏi đáp": ["#filter-docs", "#filter-issuer"],
                 "Nhiệm vụ": ["#ob-docs"]}
    listed = []
    for tab, pickers in dropdowns.items():
        _tab(page, tab).click()
        if tab == "Hỏi đáp":
            page.click("#chat-filters .label-wrap")
        if tab == "Nhiệm vụ":
            _count(page.locator("#ob-summary"))
        for picker in pickers:
            listed += _options(page, picker)
            for word in ("Ngọc", "Lục Bảo", "mat-nhom"):
                assert _options(page, picker, word) == [] or all(
                    word not in option for option in _options(page, picker, word)), (picker, word)
    assert listed and "Kế hoạch 193/KH-UBND" in " ".join(listed)  # public documents are listed
    _, exported = _download(page, "#ob-csv")
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"))))
    assert len(rows) > 1
    site = page.url.rstrip("/")
    assert page.request.get(f"{site}/api/v1/documents/{SECRET}/text").status == 404  # with this session
    assert page.request.post(f"{site}/api/v1/ask", data={"question": QUESTION}).status == 401  # GETs only
    listing = page.request.get(f"{site}/api/v1/documents")
    assert listing.ok
    shown = page.content() + "\n".join(listed) + exported.decode("utf-8-sig") + listing.text()
    assert [word for word in WORDS if word in shown] == []
    expect(_tab(page, "Tải văn bản")).to_be_hidden()


def test_trainer_sees_the_quiz_tab_on_its_groups_documents_but_not_the_upload(session):
    page = session("khoa-soan")
    expect(_tab(page, "Tải văn bản")).to_be_hidden()
    _tab(page, "Trắc nghiệm").click()
    _wait_for_lists(page)
    _tab(page, "Trắc nghiệm").click()
    assert _secret_listed(_options(page, "#quiz-docs"))


def test_without_a_session_the_ui_framework_endpoints_stay_closed(site):
    paths = ["/config", "/gradio_api/info", "/gradio_api/openapi.json", "/monitoring", "/gradio_api/runs",
             f"/gradio_api/file=uploads/{SECRET}.txt", f"/file=uploads/{SECRET}.txt"]
    for path in paths:
        response = httpx.get(site + path)
        assert response.status_code in (401, 403, 404), (path, response.status_code)
        assert "Lục Bảo" not in response.text


def test_a_reader_session_cannot_call_the_admin_or_trainer_functions_through_the_gradio_api(site, tmp_path):
    planted = tmp_path / "cai-vao.txt"
    planted.write_text("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nKẾ HOẠCH Cài Vào\n1. Giao Sở Y tế chủ trì việc Cài Vào.",
                       encoding="utf-8")
    reader = Client(site, auth=("doc-a", "khoa-doc-a"), verbose=False, download_files=False)
    assert reader.predict([handle_file(str(planted))], "", False, api_name="/ingest") == ""
    listed = httpx.get(f"{site}/api/v1/documents", headers={"X-API-Key": "khoa-admin"}).json()
    assert "cai-vao" not in {d["doc_id"] for d in listed}
    refused = reader.predict([], "Hội nghị Ngọc Bích", 5, 0, ["Đúng/Sai"], "", api_name="/generate")
    assert refused[0].startswith("Lỗi") and "không được phép" in refused[0]
