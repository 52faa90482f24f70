"""The web UI: one Gradio Blocks app over the API's Assistant, mounted at "/" beside /api/v1 in the same process."""
import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # Gradio would otherwise report usage to the internet

import gradio as gr  # noqa: E402
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from assistant.access import LOCAL, KeyRing, Principal, RateLimiter
from assistant.audit import AuditLog
from corpus.errors import AssistantError, RateLimited, Unauthorized
from ui import chat, documents, obligations, quiz, upload

ASSETS = Path(__file__).parent / "assets"
TITLE = "Trợ lý Văn bản"
# System fonts only, so the page never asks the network for one; Noto (fonts-noto-core) renders Vietnamese well.
# No monospace: the common ones lack many precomposed Vietnamese letters and Gradio uses it for tables and progress.
FONTS = ["Noto Sans", "Segoe UI", "Arial", "sans-serif"]
LOGIN_RATE, LOGIN_BURST = 1 / 12, 5  # sign-in attempts per client address: 5 at once, then one every 12 s
THEME = gr.themes.Default(primary_hue="blue", font=FONTS, font_mono=FONTS)


def document_choices(assistant) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(document types, issuers, (label, doc_id) pairs) of what is indexed; empty before anything is."""
    try:
        documents = assistant.documents()
    except AssistantError:
        return [], [], []
    types = sorted({d.doc_type for d in documents if d.doc_type})
    issuers = sorted({d.issuer for d in documents if d.issuer})
    labelled = []
    for d in documents:
        name = " ".join(filter(None, (d.doc_type, d.doc_number))) or d.doc_id
        title = (d.title or "").strip()
        labelled.append((f"{name}: {title[:70]}{'…' if len(title) > 70 else ''}" if title else name, d.doc_id))
    return types, issuers, labelled


def build_ui(assistant, audit: AuditLog, who=lambda request: LOCAL) -> gr.Blocks:
    """The five tabs, over the API's Assistant (shared, thread-safe: a long upload never blocks the chat);
    `who(gr.Request)` is the signed-in key (LOCAL in open local mode)."""
    with gr.Blocks(title=TITLE, analytics_enabled=False) as blocks:
        gr.HTML(f'<div id="tlvb-header"><h1>{TITLE}</h1><p>Hỏi đáp có trích dẫn trên văn bản chỉ đạo, điều hành; '
                "theo dõi nhiệm vụ; soạn câu hỏi trắc nghiệm.</p></div>")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat", elem_id="tab-chat"):
                chat_tab = chat.build(assistant)
            with gr.Tab("Nhiệm vụ", id="obligations", elem_id="tab-obligations"):
                obligations_tab = obligations.build(assistant)
            with gr.Tab("Tải văn bản", id="upload", elem_id="tab-upload"):
                uploaded = upload.build(assistant, audit, who)
            with gr.Tab("Trắc nghiệm", id="quiz", elem_id="tab-quiz"):
                quiz_documents = quiz.build(assistant)
            with gr.Tab("Văn bản liên quan", id="relations", elem_id="tab-relations"):
                related = documents.build(assistant)

        lists = [chat_tab.doc_types, chat_tab.issuers, chat_tab.documents, obligations_tab.documents, quiz_documents,
                 related]

        def refresh_lists():
            types, issuers, indexed = document_choices(assistant)
            return (gr.update(choices=types), gr.update(choices=issuers),
                    *(gr.update(choices=indexed) for _ in range(4)))

        blocks.load(refresh_lists, None, lists).then(obligations_tab.refresh, obligations_tab.filters,
                                                     obligations_tab.outputs)
        uploaded.then(refresh_lists, None, lists).then(obligations_tab.refresh, obligations_tab.filters,
                                                       obligations_tab.outputs)
    return blocks


def mount_ui(app: FastAPI) -> FastAPI:
    """Mount the UI at "/" of an app made by `assistant.api.create_app`, over the same Assistant. When API keys are
    configured the UI asks for an admin key: its name as the user name, the key as the password (so the session,
    and the audit of its uploads, carry the key's identity): it reads every document and ingests, so other roles
    use the API, where their groups are enforced. Sign-in attempts are rate-limited per client address, and
    refused ones audited."""
    assistant, settings, keyring = app.state.assistant, app.state.settings, app.state.keyring
    app.add_middleware(LoginGuard, limiter=RateLimiter(LOGIN_RATE, LOGIN_BURST), audit=app.state.audit)
    return gr.mount_gradio_app(
        app, build_ui(assistant, app.state.audit, lambda request: keyring.named(getattr(request, "username", None))),
        path="/", theme=THEME, css=(ASSETS / "page.css").read_text(encoding="utf-8"),
        head=f"<script>{(ASSETS / 'page.js').read_text(encoding='utf-8')}</script>", footer_links=[],
        auth=None if keyring.open else (lambda user, password: _is_admin(keyring, user, password)),
        auth_message=None if keyring.open else ("Nhập tên khóa API (vai trò quản trị) vào ô tên đăng nhập và khóa "
                                                "vào ô mật khẩu."),
        max_file_size=f"{settings.max_file_mb}mb", ssr_mode=False, mcp_server=False, pwa=False,
        enable_monitoring=False)


def _is_admin(keyring: KeyRing, user: str, key: str) -> bool:
    """The key is valid, has the admin role and is the one named `user`."""
    try:
        principal: Principal = keyring.authenticate(key)
    except Unauthorized:
        return False
    return principal.role == "admin" and principal.name == user


class LoginGuard:
    """ASGI middleware over the UI's sign-in (POST /login): a rate limit per client address (429 in Vietnamese,
    with Retry-After) and an audit record for each refused attempt."""

    def __init__(self, app, limiter: RateLimiter, audit: AuditLog):
        self.app, self.limiter, self.audit = app, limiter, audit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != "/login":
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?",))[0]
        try:
            self.limiter.take_for(f"login:{client}", LOGIN_RATE, "Quá nhiều lần đăng nhập từ địa chỉ này")
        except RateLimited as error:
            self.audit.refused("?", "", error.status, "/login", error.message, client)
            response = JSONResponse({"error": {"type": "RateLimited", "message": error.message}}, error.status,
                                    headers={"Retry-After": str(error.retry_after)})
            return await response(scope, receive, send)
        status = []

        async def watch(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] != 200:
            self.audit.refused("?", "", status[0], "/login", "Đăng nhập giao diện web bị từ chối (sai tên hoặc khóa, "
                                                            "hoặc khóa không có vai trò quản trị).", client)
