"""Paths of the real documents the tests read, and their text as the loaders produce it."""
from pathlib import Path

from corpus.loaders import load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SAMPLES = ROOT / "corpus" / "samples"


def read(relative: str) -> str:
    """The normalised text of a document under ../shared/data, read by the real loader (antiword for .doc)."""
    return load(DATA / relative)[0].text
