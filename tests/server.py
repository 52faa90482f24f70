"""A real `python -m assistant serve` process on a free loopback port, for the API and browser tests."""
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.data import ROOT

START_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(index: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`python -m assistant serve` on `index` (served in place) and its root URL, once /api/v1/health answers."""
    port = free_port()
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index), "--port",
                                   str(port)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return server, url
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"the server did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)


@contextmanager
def serving(index: Path, folder: Path) -> Iterator[str]:
    """Serve a copy of `index` (the embedded store admits one process: the server is that process) and yield
    its root URL once /api/v1/health answers; the server is stopped afterwards."""
    copy = folder / "index"
    shutil.copytree(index, copy)
    server, url = start(copy, folder / "serve.log")
    try:
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
