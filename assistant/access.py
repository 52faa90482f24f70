"""Who may do what: API keys with a role and groups, read from the settings, and a rate limit per key.

Roles, each including the one before: reader (ask, search, obligations, documents, feedback, relations),
trainer (+ quizzes), admin (+ ingest, delete, audit; sees every document whatever its groups). Without any key
configured the API runs in open local mode: every caller is the admin "local", with no rate limit.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.settings import Settings
from assistant.state import SqliteState, StateStore
from corpus.errors import BadInput, RateLimited, Unauthorized
from corpus.loaders import parse_groups
from index.records import Access, Filters

ROLES = ("reader", "trainer", "admin")
ROLE_NAMES = {"reader": "người đọc", "trainer": "người soạn bài kiểm tra", "admin": "quản trị"}


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: the key's name, its role, the document groups it may read and its own rate."""

    name: str
    role: str
    groups: tuple[str, ...] = ()
    rate: float | None = None  # requests per second; None: the configured default

    def may(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def access(self) -> Access:
        """What this caller may read: an admin every document, others the unrestricted documents and those of
        their groups."""
        return Access.admin() if self.role == "admin" else Access.of(self.groups)

    def filters(self) -> Filters:
        """Filters that narrow nothing but to what this caller may read."""
        return Filters(access=self.access)


LOCAL = Principal("local", "admin")


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyRing:
    """The configured keys by sha256: TLVB_API_KEYS (plain keys, each an admin, as before roles existed) and the
    keys file TLVB_API_KEYS_FILE (JSON list of {name, sha256, role, groups, rate}: no key stored in clear)."""

    def __init__(self, entries: list[tuple[str, Principal]]):
        self._entries = entries

    @classmethod
    def from_settings(cls, settings: Settings) -> "KeyRing":
        plain = [k.strip() for k in settings.api_keys.split(",") if k.strip()]
        if settings.api_keys and not plain:  # set, but to nothing: never silently the open admin mode
            raise BadInput("TLVB_API_KEYS được đặt nhưng không chứa khóa nào. Hãy ghi các khóa cách nhau bởi dấu "
                           "phẩy, hoặc bỏ hẳn biến này để chạy chế độ mở cục bộ (không khóa, mọi người là quản trị).")
        entries = [(digest(k), Principal(f"api-key-{i}", "admin")) for i, k in enumerate(plain, 1)]
        if settings.api_keys_file:
            from_file = _read_keys_file(Path(settings.api_keys_file))
            if not from_file:
                raise BadInput(f"Tệp khóa '{settings.api_keys_file}' không có khóa nào. Hãy thêm khóa, hoặc bỏ "
                               "TLVB_API_KEYS_FILE để chạy chế độ mở cục bộ (không khóa, mọi người là quản trị).")
            entries += from_file
        return cls(entries)

    @property
    def open(self) -> bool:
        """No key configured: open local mode."""
        return not self._entries

    def named(self, name: str | None) -> Principal | None:
        """The configured key called `name` (the identity of a web UI session, checked against the key at login);
        LOCAL in open local mode."""
        if self.open:
            return LOCAL
        return next((principal for _, principal in self._entries if principal.name == name), None)

    def authenticate(self, key: str | None) -> Principal:
        if self.open:
            return LOCAL
        given = digest(key or "")
        found = None
        for stored, principal in self._entries:  # every entry compared in constant time: no early exit
            if hmac.compare_digest(given, stored) and found is None:
                found = principal
        if found is None or not key:
            raise Unauthorized("Thiếu hoặc sai khóa API: gửi tiêu đề 'X-API-Key: <khóa>' "
                               "hoặc 'Authorization: Bearer <khóa>'.")
        return found


def _read_keys_file(path: Path) -> list[tuple[str, Principal]]:
    where = f"tệp khóa '{path}'"
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BadInput(f"Không đọc được {where}: {error}") from None
    if not isinstance(items, list):
        raise BadInput(f"{where[0].upper()}{where[1:]} phải là một danh sách JSON các khóa.")
    entries = []
    for number, item in enumerate(items, 1):
        at = f"{where}, mục {number}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not re.fullmatch(
                r"[0-9a-f]{64}", str(item.get("sha256", ""))):
            raise BadInput(f"Cần 'name' và 'sha256' (64 chữ số hex) trong {at}.")
        if item.get("role") not in ROLES:
            raise BadInput(f"Vai trò trong {at} phải là một trong: {', '.join(ROLES)}.")
        rate = item.get("rate")
        if rate is not None and (not isinstance(rate, (int, float)) or rate < 0):
            raise BadInput(f"'rate' trong {at} phải là số không âm (yêu cầu/giây).")
        principal = Principal(item["name"], item["role"], parse_groups(item.get("groups", []), at),
                              None if rate is None else float(rate))
        entries.append((item["sha256"], principal))
    return entries


class RateLimiter:
    """A token bucket per key name: `rate` requests per second on average, bursts of up to `burst`; rate 0 is
    no limit. Open local mode is never limited. The buckets live in the state store (kept across restarts, shared
    by the workers that share it; a private in-memory one when None)."""

    def __init__(self, rate: float, burst: int, state: StateStore | None = None):
        self.rate, self.burst = rate, max(1, burst)
        self._state = state if state is not None else SqliteState(":memory:")

    def take(self, principal: Principal) -> None:
        rate = self.rate if principal.rate is None else principal.rate
        if principal is LOCAL or rate <= 0:
            return
        self.take_for(principal.name, rate, f"Quá nhiều yêu cầu với khóa '{principal.name}'")

    def take_for(self, bucket: str, rate: float, refusal: str) -> None:
        """One request from `bucket` at `rate` per second; over it, RateLimited with `refusal` and the wait."""
        wait = math.ceil(self._state.take(bucket, rate, self.burst))
        if wait:
            raise RateLimited(f"{refusal}; hãy thử lại sau {wait} giây.", wait)
