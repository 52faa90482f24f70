"""The wheel, built from a copy of the tree and installed into a fresh venv, works outside the source tree: the
CLI answers --help, `serve` answers /api/v1/health, and the bundled data (corpus samples and their seed vectors,
UI assets, evaluation sets) is inside. No download: the fresh venv sees the project venv's packages through a .pth
line (which does not run that venv's editable-install hook) and the wheel is installed with --no-deps --no-index."""
import importlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from evals.server import ServerFailed, free_port, wait_healthy
from tests.data import ROOT

PACKAGES = ("assistant", "corpus", "index", "ui", "evals")
# Each package's public names, pinned: a change here is a deliberate change of the project's surface.
PUBLIC = {
    "assistant": ["access", "answering", "api", "audit", "backup", "cli", "conversation", "core", "draft", "exports",
                 "heads", "intent", "llama", "obligations", "parts", "passages", "phrasing", "precision",
                 "public", "quiz", "quiz_checks",
                 "quiz_export", "quiz_matching", "quiz_sources", "quotes", "records", "relations", "remote", "rows",
                 "settings", "state", "timed", "uploads"],
    "assistant.api": ["OPENAI_PREFIX", "PREFIX", "create_app", "create_site"],
    "assistant.api.routes": ["admin", "ask", "chat", "documents", "feedback", "health", "ingest", "jobs",
                            "obligations", "quiz", "search"],
    "corpus": ["agencies", "chunking", "deadlines", "display", "errors", "headers", "loaders", "marks", "obligations",
              "ocr", "ocr_fixes", "ocr_tables", "pdf", "pdf_tables", "records", "relations", "rereading", "structure",
              "text", "vn"],
    "index": ["edge_store", "embedding", "ingest", "qdrant_store", "records", "search", "sparse", "store"],
    "ui": ["build_ui", "mount_ui"],
    "evals": ["alqac", "bench", "calibrate", "corpora", "dataset", "fake_llm", "harness", "judge", "load", "metadata",
             "metrics", "ocr", "outcomes", "quiz", "report", "server", "signals", "state_cost", "stats", "stream",
             "tables"],
}


@pytest.mark.parametrize("package", PUBLIC)
def test_each_package_pins_its_public_names(package):
    module = importlib.import_module(package)
    assert module.__all__ == PUBLIC[package]
    for name in module.__all__:  # a name is an attribute or a submodule
        assert hasattr(module, name) or importlib.import_module(f"{package}.{name}")


@pytest.mark.parametrize("package", [name for name in PUBLIC if name not in ("assistant.api", "ui")])
def test_a_new_module_is_listed_in_its_package_public_names(package):
    folder = Path(importlib.import_module(package).__file__).parent
    assert {path.stem for path in folder.glob("*.py") if not path.stem.startswith("__")} <= set(PUBLIC[package])


@pytest.fixture(scope="module")
def installed_wheel(module_folder) -> tuple[Path, Path]:
    """(python of a fresh venv holding only the wheel, its site-packages)."""
    work = module_folder("wheel")
    tree = work / "tree"
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "reports"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    shutil.copy(ROOT / "README.md", tree / "README.md")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                            "-q", "-w", str(work / "dist"), str(tree)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = (work / "dist").glob("*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "project-venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                           "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return python, site


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def test_installed_copy_is_imported_from_outside_the_source_tree(installed_wheel, tmp_path):
    python, site = installed_wheel
    where = subprocess.run([str(python), "-c", "import assistant.api.routes.health as m; print(m.__file__)"],
                           cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout + where.stderr


def test_wheel_ships_the_samples_their_seed_vectors_the_ui_assets_and_the_eval_sets(installed_wheel):
    _, site = installed_wheel
    for folder in ("corpus/samples", "ui/assets", "evals/sets"):
        expected = {p.relative_to(ROOT) for p in (ROOT / folder).rglob("*") if p.is_file()}
        assert expected and expected <= {p.relative_to(site) for p in (site / folder).rglob("*") if p.is_file()}
    assert (site / "corpus" / "embeddings.sqlite").stat().st_size == (ROOT / "corpus" / "embeddings.sqlite").stat().st_size
    assert (site / "corpus" / "syllables.tsv.gz").read_bytes() == (ROOT / "corpus" / "syllables.tsv.gz").read_bytes()


def test_installed_cli_answers_help(installed_wheel, tmp_path):
    python, _ = installed_wheel
    done = subprocess.run([str(python), "-m", "assistant", "--help"], cwd=tmp_path, env=_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert all(command in done.stdout for command in ("ingest", "search", "ask", "serve"))


def test_installed_server_answers_health(installed_wheel, tmp_path):
    python, _ = installed_wheel
    port, log = free_port(), tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([str(python), "-m", "assistant", "serve", "--index", str(tmp_path / "index"),
                                   "--port", str(port)], cwd=tmp_path, env=_env(), stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", server, 120, log)
    except ServerFailed as error:
        pytest.fail(str(error))
    finally:
        server.terminate()
        server.wait(timeout=30)
