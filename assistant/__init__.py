"""The Assistant (assistant/core.py) over the index: answering, conversations, obligations, relations, quizzes,
exports, access and audit, one settings object; its front doors are the API (assistant.api), the CLI
(assistant.cli, `python -m assistant`) and, through the app factory, the UI. Front doors take records from
assistant/public.py, never from index/ or corpus/ internals (import-linter checks)."""

__all__ = ["access", "answering", "api", "audit", "backup", "cli", "conversation", "core", "draft", "exports",
           "heads", "intent", "llama", "obligations", "parts", "passages", "phrasing", "precision",
           "public", "quiz", "quiz_checks",
           "quiz_export", "quiz_matching", "quiz_sources", "quotes", "records", "relations", "remote", "rows",
           "settings", "state", "timed", "uploads"]
