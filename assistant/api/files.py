"""File responses: a download with a Content-Disposition that keeps Vietnamese file names (RFC 6266 / 5987)."""
from __future__ import annotations

from urllib.parse import quote

from fastapi.responses import Response


def disposition(filename: str, kind: str = "attachment") -> str:
    """`attachment; filename="..."; filename*=UTF-8''...`: an ASCII fallback, then the real name."""
    fallback = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


def attachment(content: bytes | str, media_type: str, filename: str) -> Response:
    body = content.encode("utf-8") if isinstance(content, str) else content
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition(filename)})
