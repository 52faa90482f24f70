"""The lowest layer: reading documents (loaders, OCR, PDF text), their structure, header, obligations, deadlines,
agencies and relations, as pure functions over typed records (corpus/records.py); the errors tree of the whole
project (corpus/errors.py); the Vietnamese text rules every layer imports (corpus/vn.py). Imports nothing of
the project (import-linter checks)."""

__all__ = ["agencies", "chunking", "deadlines", "display", "errors", "headers", "loaders", "marks", "obligations",
           "ocr", "ocr_fixes", "ocr_tables", "pdf", "pdf_tables", "records", "relations", "rereading", "structure",
           "text", "vn"]
