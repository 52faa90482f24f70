"""A real `python -m assistant serve` process on a free loopback port, for the API and browser tests."""
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from evals import server

START_TIMEOUT = 120


def start(index: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`python -m assistant serve` on `index` (served in place) and its root URL, once /api/v1/health answers;
    the caller stops (or kills) it."""
    try:
        process, served = server.start(index, log, START_TIMEOUT)
    except server.ServerFailed as error:
        pytest.fail(str(error))
    return process, served.url


@contextmanager
def serving(index: Path, folder: Path) -> Iterator[str]:
    """Serve a copy of `index` in `folder`/index and yield its root URL once /api/v1/health answers."""
    copy = folder / "index"
    shutil.copytree(index, copy)
    try:
        with server.serving(copy, folder / "serve.log", START_TIMEOUT) as served:
            yield served.url
    except server.ServerFailed as error:
        pytest.fail(str(error))
