"""The running server's API as the command line's `ask` and `search` see it: while `serve` owns an embedded index
(it says where it answers in the index folder), those commands go through its API instead of failing on the lock."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from corpus.errors import AssistantError
from index.records import Filters, Hit, Query

SERVER_FILE = "server.json"  # written into the index folder by `serve` while it runs: where it answers
PREFIX = "/api/v1"


def running_server(index_dir: Path) -> str | None:
    """The URL of the server that owns the index, when it said so and still answers; None otherwise (a server
    killed without cleaning up leaves a stale file: nothing answers there)."""
    try:
        url = json.loads((index_dir / SERVER_FILE).read_text(encoding="utf-8"))["url"]
        return url if httpx.get(f"{url}{PREFIX}/health", timeout=3).status_code == 200 else None
    except (OSError, ValueError, KeyError, TypeError, httpx.HTTPError):
        return None


class Remote:
    """`search` and `ask` over HTTP, returning what the in-process Assistant returns (hits; the answer's dict)."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 600) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.Client(base_url=self.url + PREFIX, timeout=timeout,
                                    headers={"Authorization": f"Bearer {api_key}"} if api_key else {})

    def __enter__(self) -> "Remote":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise AssistantError(f"Không kết nối được máy chủ {self.url}: {error}") from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code != 200:
            message = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
            raise AssistantError(message or f"Máy chủ {self.url} trả lỗi (mã {response.status_code}).")
        return body

    def search(self, query: Query) -> list[Hit]:
        f = query.filters
        params = {"q": query.text, "k": query.k, "mode": query.mode, "doc_type": list(f.doc_types),
                  "issuer": list(f.issuers), "doc_id": list(f.doc_ids), "doc_number": list(f.doc_numbers),
                  "issued_from": f.issued_from, "issued_to": f.issued_to}
        params = {key: value for key, value in params.items() if value not in (None, [])}
        return [Hit.from_payload(hit, hit["score"]) for hit in self._call("GET", "/search", params=params)["hits"]]

    def ask(self, question: str, filters: Filters) -> dict[str, Any]:
        """The server's answer; the server scopes it by the key sent (`filters.access` is not sent)."""
        body = {"question": question, "filters": {
            "doc_types": list(filters.doc_types), "issuers": list(filters.issuers), "doc_ids": list(filters.doc_ids),
            "doc_numbers": list(filters.doc_numbers),
            "issued_from": filters.issued_from and filters.issued_from.isoformat(),
            "issued_to": filters.issued_to and filters.issued_to.isoformat()}}
        return self._call("POST", "/ask", json=body)
