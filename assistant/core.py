"""The one Assistant object that the CLI, the API, the UI and the evaluations call."""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Iterable

from corpus.errors import BadInput, NotFound
from assistant.settings import Settings
from index.edge_store import EdgeStore
from index.embedding import Embedder, EmbeddingCache, load_embedder
from index.ingest import Indexer, IngestReport
from index.qdrant_store import QdrantStore
from index.records import Hit, Query
from index.search import Searcher
from index.sparse import BM25Encoder
from index.store import Fusion, Store

MAX_QUESTION_CHARS = 2000


class Assistant:
    """Built from one Settings; opens the store on first use and must be closed (or used as a context manager)."""

    def __init__(self, settings: Settings | None = None, *, progress: bool = False):
        self.settings = settings or Settings()
        self.progress = progress
        self.encoder = BM25Encoder()

    def __enter__(self) -> "Assistant":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @cached_property
    def embedder(self) -> Embedder:
        return load_embedder(self.settings.embedding_model)

    @cached_property
    def store(self) -> Store:
        s = self.settings
        if s.qdrant_url:
            return QdrantStore(s.collection, self._dense_dim(), url=s.qdrant_url, api_key=s.qdrant_api_key)
        s.index_dir.mkdir(parents=True, exist_ok=True)
        dim = self._dense_dim()
        if s.embedded_engine == "edge":
            return EdgeStore(s.index_dir / "edge", dim)
        return QdrantStore(s.collection, dim, path=s.index_dir / "local")

    def _dense_dim(self) -> int:
        """The dense size; an existing embedded index must be queried with the model that built it."""
        marker, model = self.settings.index_dir / "index.json", self.settings.embedding_model
        if marker.exists():
            built = json.loads(marker.read_text(encoding="utf-8"))
            if built["embedding_model"] != model:
                raise BadInput(f"Chỉ mục '{self.settings.index_dir}' được tạo bằng mô hình {built['embedding_model']}, "
                               f"nhưng cấu hình hiện dùng {model}. Hãy dùng thư mục chỉ mục khác.")
            return built["dim"]
        dim = self.embedder.dim
        if not self.settings.qdrant_url:
            marker.write_text(json.dumps({"embedding_model": model, "dim": dim}), encoding="utf-8")
        return dim

    @cached_property
    def _cache(self) -> EmbeddingCache:
        return EmbeddingCache(self.settings.index_dir / "embeddings.sqlite")

    @cached_property
    def _searcher(self) -> Searcher:
        s = self.settings
        fusion = Fusion(method=s.fusion, k=s.rrf_k, prefetch=s.prefetch)
        return Searcher(self.store, lambda: self.embedder, self.encoder, fusion)

    def ingest(self, paths: Iterable[Path | str]) -> IngestReport:
        """Index files and folders; unchanged documents are skipped, changed ones replaced."""
        paths = [Path(p) for p in paths]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise NotFound(f"Không tìm thấy: {', '.join(missing)}")
        indexer = Indexer(self.store, self.embedder, self._cache, self.encoder, self.settings.chunk_chars,
                          self.settings.embedding_batch, self.settings.max_file_mb * 2**20, self.progress)
        return indexer.ingest(paths)

    def search(self, query: Query) -> list[Hit]:
        """The best passages for a question."""
        self._check_question(query.text)
        if query.k < 1:
            raise BadInput("Số kết quả (k) phải từ 1 trở lên.")
        self._require_index()
        return self._searcher.search(query)

    def _check_question(self, text: str) -> None:
        if not text or not text.strip():
            raise BadInput("Câu hỏi trống: hãy nhập nội dung cần hỏi.")
        if len(text) > MAX_QUESTION_CHARS:
            raise BadInput(f"Câu hỏi quá dài ({len(text)} ký tự); tối đa {MAX_QUESTION_CHARS} ký tự.")

    def _require_index(self) -> None:
        if not self.settings.qdrant_url and not (self.settings.index_dir / "index.json").exists():
            raise NotFound(f"Chưa có chỉ mục tại '{self.settings.index_dir}'. Hãy chạy: python -m assistant ingest THƯ_MỤC")

    def close(self) -> None:
        for name in ("store", "_cache"):
            if name in self.__dict__:
                self.__dict__.pop(name).close()
