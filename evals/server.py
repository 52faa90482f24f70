"""A real `python -m assistant serve` process on a free loopback port: started, waited for, stopped; shared by
the load test, the benchmark (cold start) and the test suite."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx

from assistant.settings import PROJECT_ROOT


@dataclass(frozen=True)
class Served:
    url: str  # root URL, e.g. http://127.0.0.1:PORT
    ready_s: float  # seconds from start until /api/v1/health answered
    pid: int


class ServerFailed(RuntimeError):
    """The server exited or did not answer in time; the message ends with its log."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, timeout: float, log: Path) -> float:
    """Seconds until GET /api/v1/health answers 200, polled every 50 ms."""
    started = time.monotonic()
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() - started > timeout:
            server.kill()
            raise ServerFailed(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.05)


def start(index: Path, log: Path, timeout: float = 120, env: dict[str, str] | None = None,
          ) -> tuple[subprocess.Popen, Served]:
    """`python -m assistant serve` on `index` (served in place), once /api/v1/health answers; the caller stops it.
    `env`: settings for the server besides this process's environment (e.g. TLVB_STATE_PATH)."""
    port = free_port()
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--index", str(index), "--port",
                                   str(port)], cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT,
                                  env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    return server, Served(url, wait_healthy(url, server, timeout, log), server.pid)


@contextmanager
def serving(index: Path, log: Path, timeout: float = 120, env: dict[str, str] | None = None) -> Iterator[Served]:
    """Serve `index` (the embedded store admits one process: the server is that process) once it answers; the
    server is stopped afterwards."""
    server, served = start(index, log, timeout, env)
    try:
        yield served
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def peak_rss_mb(pid: int) -> float:
    """A running process's peak resident memory (Linux VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
