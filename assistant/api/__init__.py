"""The HTTP API for the internal portal: `create_app(assistant, settings)` serves one Assistant under /api/v1
and its OpenAI-compatible chat under /v1 (`create_site` mounts the web UI beside them at "/": what
`python -m assistant serve` runs)."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Match, Route

from assistant.api import errors
from assistant.access import KeyRing, RateLimiter
from assistant.api.deps import require
from assistant.api.jobs import Jobs
from assistant.api.limits import BodyLimit, document_limits
from assistant.api.models import ErrorOut
from assistant.api.routes import admin, ask, chat, documents, feedback, health, ingest, jobs, obligations, quiz, search
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.settings import Settings

__all__ = ["OPENAI_PREFIX", "PREFIX", "create_app", "create_site"]

PREFIX = "/api/v1"
OPENAI_PREFIX = "/v1"  # the OpenAI-compatible chat endpoint (routes/chat.py)
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
ROUTERS = {ask: "reader", search: "reader", documents: "reader", obligations: "reader", feedback: "reader",
           quiz: "trainer", ingest: "admin", jobs: "admin", admin: "admin"}  # module → the lowest role that may call it


def create_app(assistant: Assistant, settings: Settings) -> FastAPI:
    """An app over one Assistant (the caller opens and closes it); requests run concurrently on it, and
    background ingestions run on the app's one job worker (stopped when the app shuts down)."""
    app = FastAPI(title="Trợ lý Văn bản API", version="1", openapi_url=f"{PREFIX}/openapi.json",
                  docs_url=None, redoc_url=None, lifespan=_lifespan,  # Swagger UI would load from a CDN; the UI serves its own page
                  responses={"default": {"model": ErrorOut, "description": "Lỗi (thông báo tiếng Việt)."}})
    app.state.assistant = assistant
    state = assistant.state  # conversations, jobs, audit and rate limits: kept across restarts, shared by workers
    app.state.jobs = Jobs(assistant.ingest, state, assistant.present)
    app.state.settings = settings
    app.state.keyring, app.state.audit = KeyRing.from_settings(settings), AuditLog(settings.index_dir, state)
    app.state.limiter = RateLimiter(settings.rate_limit, settings.rate_burst, state)
    errors.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_request_mb * 2**20)
    app.include_router(health.router, prefix=PREFIX)
    for module, role in ROUTERS.items():
        app.include_router(module.router, prefix=PREFIX, dependencies=[Depends(require(role))])
    app.include_router(chat.router, prefix=OPENAI_PREFIX, dependencies=[Depends(require("reader"))])
    for prefix in (PREFIX, OPENAI_PREFIX):
        app.router.routes.append(Route(prefix + "/{path:path}", _unknown, methods=METHODS, include_in_schema=False))
    document_limits(app, settings.max_file_mb, settings.max_request_mb)
    return app


def create_site(assistant: Assistant, settings: Settings) -> FastAPI:
    """The API with the web UI mounted at "/". The one place outside ui/ that imports it (import-linter checks)."""
    from ui import mount_ui

    return mount_ui(create_app(assistant, settings))


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    app.state.jobs.close()  # the running ingestion finishes its work; queued ones are dropped


async def _unknown(request: Request):
    """Any other path under the prefix: 404, or 405 for a known path and a wrong method, in the API's own shape,
    even when an app mounted at "/" (the UI) would otherwise take the request."""
    known = [route for route in request.app.router.routes if isinstance(route, BaseRoute)
             and getattr(route, "endpoint", None) is not _unknown and route.matches(request.scope)[0] is Match.PARTIAL]
    raise HTTPException(405 if known else 404)
