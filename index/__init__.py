"""The index layer: embeddings, sparse vectors, the stores (Qdrant Edge, qdrant-client), ingestion and search
over corpus/ records. Imports corpus/ only (import-linter checks)."""

__all__ = ["edge_store", "embedding", "ingest", "qdrant_store", "records", "search", "sparse", "store"]
