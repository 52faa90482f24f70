"""A request-size limit for the whole API, enforced before a route reads the body, and the limits in the schema."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.errors import error_response


class BodyTooLarge(Exception):
    """Raised into the app when the body passes the limit; the middleware answers instead."""


class BodyLimit:
    """Rejects a body over `limit` bytes with 413: at once when Content-Length says so, otherwise (chunked
    bodies) as soon as the bytes received pass the limit; whatever the app had started to answer is dropped."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            return await self._reject(scope, receive, send)

        received, exceeded, started = 0, False, False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                exceeded = True
                raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:  # the app's reaction to the interrupted body (a 400 or 500) is replaced by our 413
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        megabytes = self.limit / 2**20
        response = error_response("TooLarge", f"Yêu cầu quá lớn; tối đa {megabytes:g} MB.", 413)
        response.headers["Connection"] = "close"
        await response(scope, receive, send)


def document_limits(app: FastAPI, max_file_mb: int, max_request_mb: int) -> None:
    """Write the size limits the server enforces into its OpenAPI schema: each uploaded file (`max_file_mb`) and
    the whole request body (`max_request_mb`); field limits (question length, quiz size) come from the models."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        limits = (f"Giới hạn: mỗi tệp tải lên tối đa {max_file_mb} MB; mỗi yêu cầu tối đa {max_request_mb} MB "
                  f"(quá giới hạn: 413).")
        schema["info"]["description"] = " ".join(filter(None, (schema["info"].get("description"), limits)))
        schema["info"]["x-limits"] = {"max_file_bytes": max_file_mb * 2**20,
                                      "max_request_bytes": max_request_mb * 2**20}
        for component in schema.get("components", {}).get("schemas", {}).values():
            files = component.get("properties", {}).get("files")
            if files and files.get("type") == "array":
                files["items"]["maxLength"] = max_file_mb * 2**20
                files["description"] = f"{files.get('description', '')} Tối đa {max_file_mb} MB mỗi tệp.".strip()
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
