"""The headless Chromium the browser tests share (one per session: Playwright's sync API runs one at a time)."""
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
# Loopback only: every request goes to a proxy that does not exist, except loopback addresses, which bypass it.
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1;localhost;[::1]"]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        yield chromium
        chromium.close()
