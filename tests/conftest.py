"""Shared fixtures: real documents from ../shared/data and one small real index built once per session."""
import shutil
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.settings import Settings
from corpus.ocr import tesseract_ready
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


@pytest.fixture
def assistant(small_index):
    with Assistant(Settings(index_dir=small_index)) as opened:
        yield opened
