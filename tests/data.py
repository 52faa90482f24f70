"""Paths of the real documents the tests read, and their text as the loaders produce it.

The official documents the tests need are vendored in tests/fixtures/data (same layout as ../shared/data), so the
suite runs on a bare clone. The ALQAC corpora and the shared tools are not vendored (no licence / not ours): tests
that need them carry `needs_alqac` or `needs_shared` and skip, with the reason, when ../shared is absent."""
from pathlib import Path

import pytest

from corpus.loaders import load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "fixtures" / "data"
SAMPLES = ROOT / "corpus" / "samples"
SHARED = ROOT.parent / "shared"
ALQAC = SHARED / "data"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent (a clone without the shared "
                                  "folder): this test needs its tools or data, which are not part of the project")
needs_alqac = pytest.mark.skipif(not (ALQAC / "alqac2022" / "law.json").is_file(), reason=(
    f"the ALQAC corpora ({ALQAC}/alqac2022, alqac2023) are absent: they have no licence, so they are not vendored "
    "in tests/fixtures; the public benchmark runs them with `python -m evals alqac`"))


def read(relative: str) -> str:
    """The normalised text of a vendored document under tests/fixtures/data, read by the real loader (antiword
    for .doc)."""
    return load(DATA / relative)[0].text
