"""The one error tree of the product; each error carries its Vietnamese user message, its HTTP status and the
HTTP headers its response needs.

AssistantError           500  base class (an unexpected failure of ours)
 ├── BadInput            400  a question, a query file or an option that cannot be used
 ├── Unauthorized        401  no API key, or a wrong one (WWW-Authenticate: Bearer)
 ├── Forbidden           403  the caller's role or groups may not do this
 ├── NotFound            404  an index, a document or a file that does not exist
 │    └── UnknownConversation 404  a conversation id the server does not hold for this caller
 ├── IndexBusy           409  the index is open in another process
 ├── IndexDamaged        503  the index folder is damaged (a truncated or missing file): restore or re-ingest
 ├── TooLarge            413  a file over the configured size limit
 ├── UnsupportedFormat   415  a file type the loaders do not read
 ├── BadDocument         422  a file that is damaged, empty or unreadable
 │    └── NeedsOcr       422  a scanned PDF without a usable text layer
 ├── RateLimited         429  a key over its request rate (Retry-After: seconds)
 ├── MissingTool         500  a system program the loaders need is not installed
 └── Unavailable         503  the index (or a service it needs) cannot answer now

It lives in `corpus`, the lowest layer, so every layer above can raise and catch it; the CLI and the API each
turn it into output in one place (assistant/cli.py, assistant/api/errors.py). tests/corpus/test_errors.py checks
that this drawing lists every class with its status.
"""
from __future__ import annotations


class AssistantError(Exception):
    """Base class: `message` is shown to users as is (Vietnamese)."""

    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers the response to this error carries."""
        return {}


class BadInput(AssistantError):
    status = 400


class Unauthorized(AssistantError):
    """No API key, or a wrong one."""

    status = 401

    @property
    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": "Bearer"}


class Forbidden(AssistantError):
    """The caller's role may not do this."""

    status = 403


class NotFound(AssistantError):
    status = 404


class UnknownConversation(NotFound):
    """A conversation id that was never given, has expired or belongs to another access scope."""


class IndexBusy(AssistantError):
    status = 409


class IndexDamaged(AssistantError):
    status = 503


class TooLarge(AssistantError):
    status = 413


class UnsupportedFormat(AssistantError):
    status = 415


class BadDocument(AssistantError):
    status = 422


class NeedsOcr(BadDocument):
    pass


class MissingTool(AssistantError):
    status = 500


class RateLimited(AssistantError):
    """The caller's key is over its request rate; `retry_after` seconds until the next request is admitted."""

    status = 429

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class Unavailable(AssistantError):
    """The index (or a service it needs) cannot answer now; a later try may succeed."""

    status = 503
