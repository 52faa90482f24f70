"""Who is signed in to the web UI, and what that key may read: the same Principal and filters as the API
(assistant/access.py), derived per request from the session, never a global admin scope."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import gradio as gr
from fastapi import Request

from assistant.access import LOCAL, ROLE_NAMES, KeyRing, Principal
from assistant.audit import AuditLog
from assistant.public import Access, Filters
from corpus.errors import BadInput, Forbidden, Unauthorized

ROLE_TABS = {"upload": "admin", "quiz": "trainer"}  # the tabs a reader does not see → the lowest role that does


@dataclass(frozen=True)
class Session:
    """`who(request)`: the signed-in key (LOCAL in open local mode, None when the session names no configured
    key); reads of restricted documents are audited like the API's."""

    assistant: object
    audit: AuditLog
    who: Callable[[gr.Request | None], Principal | None] = lambda request: LOCAL

    def principal(self, request: gr.Request | None, role: str = "reader") -> Principal:
        """The signed-in key, if its role reaches `role` (Unauthorized / Forbidden, in Vietnamese, otherwise)."""
        principal = self.who(request)
        if principal is None:
            raise Unauthorized("Phiên đăng nhập không còn hợp lệ: hãy tải lại trang và đăng nhập lại.")
        if not principal.may(role):
            raise Forbidden(f"Khóa '{principal.name}' (vai trò {ROLE_NAMES[principal.role]}) không được phép dùng "
                            f"chức năng này.")
        return principal

    def access(self, request: gr.Request | None, role: str = "reader") -> Access:
        """What the signed-in key may read (its role reaching `role`), exactly as the API's caller."""
        return self.principal(request, role).access

    def filters(self, request: gr.Request | None, role: str = "reader") -> Filters:
        """Filters that narrow nothing but to what the signed-in key may read."""
        return Filters(access=self.access(request, role))

    def read(self, request: gr.Request | None, doc_ids: Sequence[str], where: str) -> None:
        """Audit a read that showed these documents, when some are restricted (the API's rule)."""
        principal = self.who(request)
        if principal is not None:
            self.audit.read_by(principal, f"ui:{where}", doc_ids, self.assistant.groups_in_force)

    def tabs(self, request: gr.Request | None) -> dict[str, bool]:
        """Which role-bound tabs the signed-in key sees."""
        principal = self.who(request)
        return {tab: principal is not None and principal.may(role) for tab, role in ROLE_TABS.items()}


def header_sign_in(settings, keyring: KeyRing) -> Callable[[Request], str | None] | None:
    """The opt-in sign-in by the agency's reverse proxy (TLVB_UI_TRUSTED_HEADER): a request from one of
    TLVB_UI_TRUSTED_PROXIES whose header names a user of TLVB_UI_HEADER_USERS is signed in as that user's key
    (its name: the session's identity, as after a sign-in with the key); any other request is refused (401).
    None when the option is off. A setting that cannot work is refused at start (BadInput)."""
    if not settings.ui_trusted_header:
        return None
    header = settings.ui_trusted_header.strip().lower()
    proxies = {address.strip() for address in settings.ui_trusted_proxies.split(",") if address.strip()}
    if not proxies:
        raise BadInput("TLVB_UI_TRUSTED_HEADER cần TLVB_UI_TRUSTED_PROXIES: địa chỉ của máy chủ proxy được tin "
                       "(tiêu đề từ bất kỳ địa chỉ nào khác đều có thể bị giả mạo).")
    if keyring.open:
        raise BadInput("TLVB_UI_TRUSTED_HEADER chỉ dùng được khi đã cấu hình khóa API (TLVB_API_KEYS_FILE): mỗi "
                       "người dùng của proxy được gắn với một khóa (vai trò, nhóm).")
    users = {}
    for pair in filter(None, (item.strip() for item in settings.ui_header_users.split(","))):
        user, equals, key_name = (part.strip() for part in pair.partition("="))
        if not equals or not user or keyring.named(key_name) is None:
            raise BadInput(f"TLVB_UI_HEADER_USERS: '{pair}' phải có dạng 'người-dùng=tên-khóa' với một khóa đã cấu "
                           "hình.")
        users[user] = key_name
    if not users:
        raise BadInput("TLVB_UI_HEADER_USERS chưa gắn người dùng nào của proxy với khóa: dạng "
                       "'người-dùng=tên-khóa,…'.")

    def signed_in(request: Request) -> str | None:
        if (request.client.host if request.client else None) not in proxies:
            return None
        return users.get(request.headers.get(header, "").strip())

    return signed_in


def session_user(ui, request: Request) -> str | None:
    """The user a request's Gradio session cookie signed in (as Gradio's own /user reads it), for the API's GETs
    that the UI links to; None without a session. `ui`: the mounted Gradio app."""
    token = request.cookies.get(f"access-token-{ui.cookie_id}") or request.cookies.get(
        f"access-token-unsecure-{ui.cookie_id}")
    return ui.tokens.get(token) if token else None
