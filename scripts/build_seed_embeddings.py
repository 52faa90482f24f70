"""Rebuild corpus/embeddings.sqlite: the bundled model's vectors of exactly the bundled corpus's chunks.

Run after any change to parsing or chunking: `.venv/bin/python scripts/build_seed_embeddings.py`. Vectors already
in the default index's cache or the old seed are reused, so it is quick.
"""
import shutil
import tempfile
from pathlib import Path

from assistant.core import Assistant
from assistant.settings import PROJECT_ROOT, Settings

SEED = PROJECT_ROOT / "corpus" / "embeddings.sqlite"

with tempfile.TemporaryDirectory() as folder:
    index = Path(folder) / "index"
    index.mkdir()
    default_cache = Settings().index_dir / "embeddings.sqlite"
    if default_cache.exists():
        shutil.copy(default_cache, index / "embeddings.sqlite")  # reuse vectors computed before
    with Assistant(Settings(index_dir=index), progress=True) as assistant:
        assistant.ingest([PROJECT_ROOT / "corpus" / "samples"])
    fresh = Path(folder) / "seed"
    fresh.mkdir()
    with Assistant(Settings(index_dir=fresh, seed_embeddings=index / "embeddings.sqlite")) as assistant:
        report = assistant.ingest([PROJECT_ROOT / "corpus" / "samples"])  # copies only the vectors it needs
    shutil.copy(fresh / "embeddings.sqlite", SEED)
    print(f"{SEED.relative_to(PROJECT_ROOT)}: vectors of {report.chunks} chunks, {SEED.stat().st_size // 1024} KB")
