"""The one place where errors become HTTP responses: `{"error": {"type", "message"}}` with a Vietnamese message;
under the OpenAI-compatible /v1 the same message in OpenAI's shape `{"error": {"message", "type", "code"}}`.
The errors themselves, their statuses and headers, are the tree of corpus/errors.py; this module only maps them."""
from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from corpus.errors import AssistantError, Unavailable  # noqa: F401 (Unavailable: its old import path)

log = logging.getLogger("assistant.api")

INTERNAL = "Lỗi máy chủ nội bộ; vui lòng thử lại sau hoặc báo cho quản trị viên."
HTTP_ERRORS = {  # status → (type, message) for Starlette's own errors (unknown path, wrong method)
    404: ("NotFound", "Không có đường dẫn này trong API."),
    405: ("MethodNotAllowed", "Phương thức HTTP không được hỗ trợ cho đường dẫn này."),
}
PYDANTIC_MESSAGES = {  # pydantic error type prefix → Vietnamese wording
    "missing": "thiếu trường bắt buộc",
    "extra_forbidden": "trường không được phép",
    "literal_error": "giá trị không được phép",
    "json_invalid": "JSON không hợp lệ",
    "string_too_long": "chuỗi quá dài",
    "string_too_short": "chuỗi quá ngắn",
    "string_type": "phải là chuỗi",
    "int": "phải là số nguyên",
    "bool": "phải là true hoặc false",
    "date": "phải là ngày dạng YYYY-MM-DD",
    "greater_than": "giá trị quá nhỏ",
    "less_than": "giá trị quá lớn",
    "list_type": "phải là danh sách",
    "too_long": "danh sách quá dài",
    "model_attributes_type": "phải là đối tượng JSON",
    "dict_type": "phải là đối tượng JSON",
}


OPENAI_PREFIX = "/v1/"
OPENAI_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 413: "invalid_request_error", 422: "invalid_request_error",
                429: "rate_limit_error"}  # status → OpenAI's error type; others are server_error


def error_response(kind: str, message: str, status: int, request: Request | None = None) -> JSONResponse:
    if request is not None and request.url.path.startswith(OPENAI_PREFIX):
        code = re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower()  # "BadInput" → "bad_input"
        body = {"message": message, "type": OPENAI_TYPES.get(status, "server_error"), "code": code, "param": None}
        return JSONResponse({"error": body}, status_code=status)
    return JSONResponse({"error": {"type": kind, "message": message}}, status_code=status)


def _assistant_error(request: Request, error: AssistantError) -> JSONResponse:
    response = error_response(type(error).__name__, error.message, error.status, request)
    response.headers.update(error.headers)
    return response


def _wording(error_type: str) -> str:
    return next((text for prefix, text in PYDANTIC_MESSAGES.items() if error_type.startswith(prefix)),
                "giá trị không hợp lệ")


def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    problems = []
    for item in error.errors():
        kind, location = item.get("type", ""), item.get("loc", ())
        if kind == "json_invalid":  # its location is a character position, not a field
            location = ()
        where = ".".join(str(part) for part in location if part != "body") or "body"
        problems.append(f"'{where}' {_wording(kind)}")
    message = "Yêu cầu không hợp lệ: " + "; ".join(problems) + "."
    return error_response("RequestValidationError", message, 422, request)


def _http_error(request: Request, error: HTTPException) -> JSONResponse:
    kind, message = HTTP_ERRORS.get(error.status_code,
                                    ("HTTPError", f"Yêu cầu không thực hiện được (mã {error.status_code})."))
    return error_response(kind, message, error.status_code, request)


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    log.error("Lỗi không lường trước khi xử lý %s %s", request.method, request.url.path, exc_info=error)
    return error_response("InternalError", INTERNAL, 500, request)


def install(app: FastAPI) -> None:
    app.add_exception_handler(AssistantError, _assistant_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
