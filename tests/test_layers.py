"""The layers of pyproject.toml's import-linter contracts hold on the code, and each contract breaks on a
deliberate bad import (made in a copy of the packages, never in the source tree)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data import ROOT

PACKAGES = ("assistant", "corpus", "index", "ui", "evals")
LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache", "--config", str(ROOT / "pyproject.toml")], cwd=cwd,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                          timeout=300)


def test_the_code_keeps_every_layer_contract():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Contracts: 3 kept, 0 broken." in done.stdout


@pytest.mark.parametrize("module, line, broken", [
    ("corpus/bad.py", "import index.records", "corpus is not allowed to import index"),
    ("assistant/api/routes/bad.py", "from index.records import Filters", "assistant.api.routes.bad -> index.records"),
    ("ui/bad.py", "from corpus.loaders import load", "ui.bad -> corpus.loaders"),
    ("assistant/bad.py", "import ui", "assistant.bad -> ui"),
])
def test_a_bad_import_breaks_its_contract(tmp_path, module, line, broken):
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("samples", "__pycache__",
                                                                                            "*.sqlite", "reports"))
    (tmp_path / module).write_text(line + "\n", encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 1, done.stdout[-3000:]
    assert "BROKEN" in done.stdout and broken in done.stdout.replace("\n", " "), done.stdout[-3000:]
