"""Screenshots of the real web UI for the README: docs/screenshots/{chat,obligations,quiz,relations}.png at 1280×800.

Indexes the bundled sample corpus into a temporary folder (or copies --index DIR), starts `python -m assistant serve`
on a free loopback port, and drives the system Chromium (Playwright), which can reach loopback only.

    .venv/bin/python scripts/screenshots.py [--index DIR] [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1;localhost;[::1]"]
VIEWPORT = {"width": 1280, "height": 800}
QUESTION = "Sở Nông nghiệp và Phát triển nông thôn có nhiệm vụ gì trong trồng cây xanh?"
QUIZ_DOCUMENT = "Nghị quyết 03/NQ-CP"
RELATED_DOCUMENT = "Nghị quyết 57-NQ/TW"
SCROLL_CHAT_TO_TOP = """() => document.querySelectorAll('#chat *').forEach(el => {
    if (el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY !== 'visible') el.scrollTop = 0; })"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _index(given: Path | None, folder: Path) -> Path:
    index = folder / "index"
    if given:
        shutil.copytree(given, index)  # a copy: the embedded store admits one process, and a server may hold it
    else:
        subprocess.run([sys.executable, "-m", "assistant", "ingest", str(ROOT / "corpus" / "samples"),
                        "--index", str(index)], cwd=ROOT, check=True)
    return index


def _serve(index: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index),
                                   "--port", str(port)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                  env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return server, url
        except httpx.TransportError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit(f"Lỗi: máy chủ không khởi động được:\n{log.read_text()[-3000:]}")


def _chat(page: Page, out: Path) -> None:
    page.fill("#question textarea", QUESTION)
    page.click("#send")
    answer = page.locator(".tlvb-answer").last
    expect(answer.locator(".tlvb-actions")).to_be_visible()
    answer.locator(".tlvb-text a.tlvb-cite").first.click()
    expect(page.locator("#citation-panel mark")).to_be_visible()
    page.wait_for_timeout(500)
    page.evaluate(SCROLL_CHAT_TO_TOP)  # the question above its answer
    page.screenshot(path=out / "chat.png")


def _obligations(page: Page, out: Path) -> None:
    page.get_by_role("tab", name="Nhiệm vụ").click()
    expect(page.locator("#ob-summary")).to_contain_text("quá hạn")
    page.fill("#ob-agency textarea, #ob-agency input", "Bộ Khoa học và Công nghệ")
    page.click("#ob-apply")
    expect(page.locator("#ob-table [data-testid='cell-0-0']")).to_have_text("Bộ Khoa học và Công nghệ")
    page.wait_for_timeout(500)
    page.screenshot(path=out / "obligations.png")


def _quiz(page: Page, out: Path) -> None:
    page.get_by_role("tab", name="Trắc nghiệm").click()
    page.click("#quiz-docs input")
    page.get_by_role("option", name=QUIZ_DOCUMENT, exact=False).first.click()
    page.keyboard.press("Escape")
    page.fill("#quiz-n input", "6")
    page.fill("#quiz-title textarea, #quiz-title input", "Kiểm tra: Chương trình hành động thực hiện Nghị quyết 57")
    page.click("#quiz-build")
    expect(page.locator("#quiz-status")).to_contain_text("Đã tạo")
    page.evaluate("document.querySelector('#quiz-kinds').scrollIntoView({block: 'start'})")  # builder and table
    page.wait_for_timeout(500)
    page.screenshot(path=out / "quiz.png")


def _relations(page: Page, out: Path) -> None:
    page.get_by_role("tab", name="Văn bản liên quan").click()
    page.click("#relations-document input")
    page.get_by_role("option", name=RELATED_DOCUMENT, exact=False).first.click()
    page.keyboard.press("Escape")
    expect(page.locator('#relations-panel [data-kind="in-implements"]')).to_be_visible()
    page.wait_for_timeout(500)
    page.screenshot(path=out / "relations.png")


def main() -> int:
    parser = argparse.ArgumentParser(description="Chụp ảnh giao diện web cho README.")
    parser.add_argument("--index", type=Path,
                        help="Chỉ mục có sẵn (được sao chép); mặc định: lập chỉ mục corpus/samples.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="Thư mục ảnh.")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Lỗi: thiếu {CHROMIUM} (apt-get install chromium fonts-noto-core).")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tlvb-screenshots-") as scratch:
        server, url = _serve(_index(args.index, Path(scratch)), Path(scratch) / "serve.log")
        outside: list[str] = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
                context = browser.new_context(viewport=VIEWPORT, locale="vi-VN", device_scale_factor=1)
                context.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in
                           ("127.0.0.1", "localhost", None) else None)
                page = context.new_page()
                page.set_default_timeout(60_000)
                page.goto(url + "/")
                page.wait_for_selector("#question textarea")
                for shoot in (_chat, _obligations, _quiz, _relations):
                    shoot(page, args.out)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    if outside:
        raise SystemExit(f"Lỗi: trang đã gọi ra ngoài máy: {outside}")
    print(f"Đã lưu ảnh vào {args.out}: chat.png, obligations.png, quiz.png, relations.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
