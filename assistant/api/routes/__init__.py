"""One router per resource; each route is a few lines over the Assistant."""

__all__ = ["admin", "ask", "chat", "documents", "feedback", "health", "ingest", "jobs", "obligations", "quiz",
           "search"]
