"""The web UI: one Gradio Blocks app over the API's Assistant, mounted at "/" beside /api/v1 in the same process."""
import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # Gradio would otherwise report usage to the internet

import gradio as gr  # noqa: E402
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.routing import Mount

from assistant.access import KeyRing, Principal, RateLimiter
from assistant.audit import AuditLog
from assistant.public import Filters
from corpus.errors import AssistantError, RateLimited, Unauthorized
from ui import chat, documents, obligations, quiz, upload
from ui.session import Session, header_sign_in, session_user

ASSETS = Path(__file__).parent / "assets"
TITLE = "Trợ lý Văn bản"
# System fonts only, so the page never asks the network for one; Noto (fonts-noto-core) renders Vietnamese well.
# No monospace: the common ones lack many precomposed Vietnamese letters and Gradio uses it for tables and progress.
FONTS = ["Noto Sans", "Segoe UI", "Arial", "sans-serif"]
LOGIN_RATE, LOGIN_BURST = 1 / 12, 5  # sign-in attempts per client address: 5 at once, then one every 12 s
THEME = gr.themes.Default(primary_hue="blue", font=FONTS, font_mono=FONTS)


def document_choices(assistant, filters: Filters) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(document types, issuers, (label, doc_id) pairs) of what is indexed and passes `filters` (the signed-in
    key's scope); empty before anything is."""
    try:
        documents = assistant.documents(filters)
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


def build_ui(assistant, audit: AuditLog, who=None) -> gr.Blocks:
    """The five tabs, over the API's Assistant (shared, thread-safe: a long upload never blocks the chat);
    `who(gr.Request)` is the signed-in key (LOCAL in open local mode): every handler reads within that key's
    scope, the upload tab shows for admins, the quiz tab for trainers and admins (and their handlers refuse
    the others, whoever calls them)."""
    session = Session(assistant, audit, *([who] if who else []))
    with gr.Blocks(title=TITLE, analytics_enabled=False) as blocks:
        gr.HTML(f'<div id="tlvb-header"><h1>{TITLE}</h1><p>Hỏi đáp có trích dẫn trên văn bản chỉ đạo, điều hành; '
                "theo dõi nhiệm vụ; soạn câu hỏi trắc nghiệm.</p></div>")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat", elem_id="tab-chat"):
                chat_tab = chat.build(assistant, session)
            with gr.Tab("Nhiệm vụ", id="obligations", elem_id="tab-obligations"):
                obligations_tab = obligations.build(assistant, session)
            with gr.Tab("Tải văn bản", id="upload", elem_id="tab-upload", visible=False) as upload_tab:
                uploaded = upload.build(assistant, session.who)
            with gr.Tab("Trắc nghiệm", id="quiz", elem_id="tab-quiz", visible=False) as quiz_tab:
                quiz_documents = quiz.build(assistant, session)
            with gr.Tab("Văn bản liên quan", id="relations", elem_id="tab-relations"):
                related = documents.build(assistant, session)

        lists = [chat_tab.doc_types, chat_tab.issuers, chat_tab.documents, obligations_tab.documents, quiz_documents,
                 related]

        def refresh_lists(request: gr.Request):
            types, issuers, indexed = document_choices(assistant, session.filters(request))
            return (gr.update(choices=types), gr.update(choices=issuers),
                    *(gr.update(choices=indexed) for _ in range(4)))

        def show_tabs(request: gr.Request):
            shown = session.tabs(request)
            return gr.update(visible=shown["upload"]), gr.update(visible=shown["quiz"])

        blocks.load(show_tabs, None, [upload_tab, quiz_tab])
        blocks.load(refresh_lists, None, lists).then(obligations_tab.refresh, obligations_tab.filters,
                                                     obligations_tab.outputs)
        uploaded.then(refresh_lists, None, lists).then(obligations_tab.refresh, obligations_tab.filters,
                                                       obligations_tab.outputs)
    return blocks


def mount_ui(app: FastAPI) -> FastAPI:
    """Mount the UI at "/" of an app made by `assistant.api.create_app`, over the same Assistant. When API keys are
    configured the UI asks for a key of any role: its name as the user name, the key as the password, or, when
    TLVB_UI_TRUSTED_HEADER is set, takes the user the agency's reverse proxy authenticated (ui/session.py). The
    session carries the key's identity, so every tab reads within that key's role and groups, as the API does,
    and the audit names it. Sign-in attempts are rate-limited per client address, and refused ones audited."""
    assistant, settings, keyring = app.state.assistant, app.state.settings, app.state.keyring
    proxied = header_sign_in(settings, keyring)
    app.add_middleware(LoginGuard, limiter=RateLimiter(LOGIN_RATE, LOGIN_BURST), audit=app.state.audit)
    mounted = gr.mount_gradio_app(
        app, build_ui(assistant, app.state.audit, lambda request: keyring.named(getattr(request, "username", None))),
        path="/", theme=THEME, css=(ASSETS / "page.css").read_text(encoding="utf-8"),
        head=f"<script>{(ASSETS / 'page.js').read_text(encoding='utf-8')}</script>", footer_links=[],
        auth=None if keyring.open or proxied else (lambda user, password: _signs_in(keyring, user, password)),
        auth_dependency=proxied,
        auth_message=None if keyring.open else "Nhập tên khóa API vào ô tên đăng nhập và khóa vào ô mật khẩu.",
        max_file_size=f"{settings.max_file_mb}mb", ssr_mode=False, mcp_server=False, pwa=False,
        enable_monitoring=False, run_history=False)  # run history would keep answers in the browser's storage
    ui = next(route.app for route in reversed(mounted.routes) if isinstance(route, Mount))
    app.state.ui_session = proxied or (lambda request: session_user(ui, request))  # for the API's document GETs
    return mounted


def _signs_in(keyring: KeyRing, user: str, key: str) -> bool:
    """The key is valid and is the one named `user` (any role: what it may see follows from the key)."""
    try:
        principal: Principal = keyring.authenticate(key)
    except Unauthorized:
        return False
    return principal.name == user


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
            self.audit.refused("?", "", status[0], "/login", "Đăng nhập giao diện web bị từ chối (sai tên hoặc khóa).",
                               client)
