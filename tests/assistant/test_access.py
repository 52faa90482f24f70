"""Access control through the API: key roles, document groups enforced on every read, rate limits, the audit log
and deletion. The app runs in-process (httpx.ASGITransport) over a copy of the small real index, to which an admin
uploads one document restricted to the group "tai-chinh"."""
import json

import httpx
import pytest

from assistant.access import KeyRing, Principal
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.settings import Settings
from corpus.errors import BadInput, Forbidden, UnknownConversation
from index.records import Access, Filters, Query
from tests.assistant.portal import keys_file, portal as serving
from ui import render
from ui.app import document_choices
from ui.obligations import listing
from ui.session import Session

SECRET_ID = "ke-hoach-mat"
MARKER = "Kim Cương"  # a name found only in the restricted document
SECRET = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nKẾ HOẠCH\nTổ chức Hội nghị Kim Cương về an ninh tài chính năm 2026\n"
          "1. Giao Sở Tài chính chủ trì tổ chức Hội nghị Kim Cương về an ninh tài chính, hoàn thành trước ngày "
          "30/6/2026.\n2. Công an tỉnh phối hợp bảo vệ Hội nghị Kim Cương, báo cáo trước ngày 15/7/2026.\n"
          "3. Kế hoạch này triển khai thực hiện Chỉ thị số 30/CT-TTg của Thủ tướng Chính phủ.")
PUBLIC_ID = "30-ttg.signed"  # the directive the restricted plan implements: its relations list the plan
SEARCHED = "Hội nghị Kim Cương an ninh tài chính"
QUESTION = "Ai chủ trì tổ chức Hội nghị Kim Cương về an ninh tài chính?"
METADATA_QUESTION = "Kế hoạch Hội nghị Kim Cương do ai ban hành?"
KEYS = {"admin": ("quan-tri", "admin", []), "member": ("phong-tai-chinh", "reader", ["tai-chinh"]),
        "outsider": ("phong-khac", "reader", ["van-phong"]), "trainer": ("dao-tao", "trainer", []),
        "slow": ("cham", "reader", [])}


def _keys_file(folder):
    # "slow" has its own rate: a burst of 3 (TLVB_RATE_BURST below), then one request every 2 s
    return keys_file(folder, KEYS, slow={"rate": 0.5})


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def portal(small_index, module_folder, anyio_backend):
    """(client, settings, assistant) for an app with keys; the restricted document is uploaded by the admin
    first."""
    folder = module_folder("access")
    async with serving(small_index, folder, api_keys_file=_keys_file(folder), rate_limit=1000,
                       rate_burst=3) as (client, assistant, settings):
        upload = await client.post("/ingest", headers=_as("admin"), data={"groups": "tai-chinh, lanh-dao"},
                                   files={"files": (f"{SECRET_ID}.txt", SECRET.encode(), "text/plain")})
        assert upload.status_code == 200 and upload.json()["indexed"] == [SECRET_ID], upload.text
        yield client, settings, assistant


def _as(who: str) -> dict:
    return {"X-API-Key": who}


async def _reads(client, who: str) -> dict[str, httpx.Response]:
    """Every read path, asked by `who` about the restricted document."""
    headers = _as(who)
    return {
        "search": await client.get("/search", params={"q": SEARCHED, "k": 20}, headers=headers),
        "search_by_id": await client.get("/search", params={"q": "Hội nghị", "doc_id": SECRET_ID}, headers=headers),
        "ask": await client.post("/ask", json={"question": QUESTION}, headers=headers),
        "ask_metadata": await client.post("/ask", json={"question": METADATA_QUESTION}, headers=headers),
        "obligations": await client.get("/obligations", headers=headers),
        "obligations_of_it": await client.get("/obligations", params={"doc_id": SECRET_ID}, headers=headers),
        "export": await client.get("/obligations/export", params={"format": "csv"}, headers=headers),
        "documents": await client.get("/documents", headers=headers),
        "document": await client.get(f"/documents/{SECRET_ID}", headers=headers),
        "text": await client.get(f"/documents/{SECRET_ID}/text", headers=headers),
        "source": await client.get(f"/documents/{SECRET_ID}/source", headers=headers),
        "relations": await client.get(f"/documents/{SECRET_ID}/relations", headers=headers),
        "page": await client.get(f"/documents/{SECRET_ID}/pages/1.png", headers=headers),
        "relations_of_public": await client.get(f"/documents/{PUBLIC_ID}/relations", headers=headers),
    }


@pytest.mark.anyio
async def test_restricted_document_never_reaches_a_reader_outside_its_groups(portal):
    client, *_ = portal
    reads = await _reads(client, "outsider")
    # as for a document that does not exist
    for name in ("document", "text", "source", "relations", "page", "obligations_of_it", "search_by_id"):
        assert reads.pop(name).json()["error"] == {"type": "NotFound",
                                                   "message": f"Không có văn bản '{SECRET_ID}' trong chỉ mục."}
    for name, response in reads.items():
        body = response.text
        for asked in (SEARCHED, QUESTION, METADATA_QUESTION):  # echoed back by search and ask
            body = body.replace(asked, "")
        assert SECRET_ID not in body and MARKER not in body, name
    assert reads["search"].json()["hits"] and reads["documents"].json()  # the unrestricted ones are still there
    assert reads["ask"].json()["answerable"] is False or all(
        c["doc_id"] != SECRET_ID for c in reads["ask"].json()["citations"])


@pytest.mark.anyio
@pytest.mark.parametrize("who", ["member", "admin"])
async def test_restricted_document_reaches_its_group_and_the_admin(portal, who):
    client, *_ = portal
    reads = await _reads(client, who)
    assert reads["search"].json()["hits"][0]["doc_id"] == SECRET_ID
    assert {h["doc_id"] for h in reads["search_by_id"].json()["hits"]} == {SECRET_ID}
    answer = reads["ask"].json()
    assert answer["answerable"] and answer["citations"][0]["doc_id"] == SECRET_ID and "Sở Tài chính" in answer["text"]
    assert reads["ask_metadata"].json()["citations"][0]["doc_id"] == SECRET_ID
    assert {o["obligation"]["doc_id"] for o in reads["obligations_of_it"].json()} == {SECRET_ID}
    assert MARKER in reads["export"].text
    assert SECRET_ID in [d["doc_id"] for d in reads["documents"].json()]
    assert reads["document"].json()["doc_id"] == SECRET_ID and MARKER in reads["text"].text
    assert reads["source"].status_code == 200 and MARKER in reads["source"].text
    assert reads["relations"].json()["outgoing"][0]["other"]["doc_id"] == PUBLIC_ID
    assert SECRET_ID in {r["citing_doc_id"] for r in reads["relations_of_public"].json()["incoming"]}


@pytest.mark.anyio
async def test_a_conversation_does_not_carry_a_restricted_document_to_an_outsider(portal):
    client, *_ = portal
    first = (await client.post("/ask", json={"question": QUESTION}, headers=_as("member"))).json()
    assert first["citations"][0]["doc_id"] == SECRET_ID
    follow_up = {"question": "thời hạn của nhiệm vụ đó?", "conversation_id": first["conversation_id"]}
    mine = (await client.post("/ask", json=follow_up, headers=_as("member"))).json()
    theirs = await client.post("/ask", json=follow_up, headers=_as("outsider"))
    assert MARKER in mine["resolved_question"] and mine["citations"][0]["doc_id"] == SECRET_ID
    # another scope's conversation is not theirs: refused, never continued nor silently restarted
    assert theirs.status_code == 404 and MARKER not in theirs.text and SECRET_ID not in theirs.text
    assert "cuộc hội thoại" in theirs.json()["error"]["message"]


@pytest.mark.anyio
async def test_quiz_uses_only_documents_the_trainer_may_read(portal):
    client, *_ = portal
    quiz = await client.post("/quiz", json={"n": 100, "seed": 1}, headers=_as("trainer"))
    topic = await client.post("/quiz", json={"topic": "an ninh tài chính", "n": 20}, headers=_as("trainer"))
    named = await client.post("/quiz", json={"doc_ids": [SECRET_ID]}, headers=_as("trainer"))
    assert quiz.status_code == 200 and quiz.json()["questions"], quiz.text
    for response in (quiz, topic):
        assert SECRET_ID not in response.text and MARKER not in response.text
    # named, it is answered as a document that does not exist
    assert named.status_code == 404 and MARKER not in named.text
    assert named.json()["error"]["message"] == f"Không có văn bản '{SECRET_ID}' trong chỉ mục."


@pytest.mark.anyio
@pytest.mark.parametrize("who, method, path, role", [
    ("member", "POST", "/ingest", "quản trị"), ("trainer", "POST", "/ingest", "quản trị"),
    ("member", "DELETE", "/documents/193", "quản trị"), ("trainer", "GET", "/audit", "quản trị"),
    ("member", "POST", "/quiz", "người soạn bài kiểm tra")])
async def test_roles_are_enforced_with_403_in_vietnamese(portal, who, method, path, role):
    client, *_ = portal
    kwargs = {"files": {"files": ("a.txt", "Thông báo".encode(), "text/plain")}} if path == "/ingest" else (
        {"json": {"n": 1}} if path == "/quiz" else {})
    response = await client.request(method, path, headers=_as(who), **kwargs)
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["type"] == "Forbidden" and f"cần vai trò {role}" in error["message"]


@pytest.mark.anyio
async def test_missing_or_wrong_key_is_401_and_health_needs_none(portal):
    client, *_ = portal
    assert (await client.get("/health")).status_code == 200
    for headers in ({}, {"X-API-Key": "sai"}, {"Authorization": "Bearer sai"}):
        response = await client.get("/documents", headers=headers)
        assert response.status_code == 401 and response.headers["WWW-Authenticate"] == "Bearer"
        assert "khóa API" in response.json()["error"]["message"]
    assert (await client.get("/documents", headers={"Authorization": "Bearer member"})).status_code == 200


@pytest.mark.anyio
async def test_rate_limit_per_key_is_429_with_retry_after(portal):
    client, *_ = portal
    statuses = [(await client.get("/health")).status_code for _ in range(5)]  # /health is never limited
    answers = [await client.get("/documents", headers=_as("slow")) for _ in range(4)]
    assert statuses == [200] * 5 and [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[-1].headers["Retry-After"] == "2"
    assert answers[-1].json()["error"] == {"type": "RateLimited",
                                           "message": "Quá nhiều yêu cầu với khóa 'cham'; hãy thử lại sau 2 giây."}
    assert (await client.get("/documents", headers=_as("member"))).status_code == 200  # other keys unaffected


@pytest.mark.anyio
async def test_delete_is_audited_and_keeps_every_other_document(portal):
    client, settings, _ = portal
    upload = await client.post("/ingest", headers=_as("admin"),
                               files={"files": ("tam.txt", "THÔNG BÁO\nVề việc họp giao ban tạm thời.".encode(),
                                                "text/plain")})
    assert upload.json()["indexed"] == ["tam"]
    before = {d["doc_id"] for d in (await client.get("/documents", headers=_as("admin"))).json()}
    deleted = await client.delete("/documents/tam", headers=_as("admin"))
    assert deleted.status_code == 200 and deleted.json() == {"doc_id": "tam", "chunks": 1}
    after = {d["doc_id"] for d in (await client.get("/documents", headers=_as("admin"))).json()}
    assert after == before - {"tam"} and not (settings.index_dir / "uploads" / "tam.txt").exists()
    again = await client.delete("/documents/tam", headers=_as("admin"))
    assert again.status_code == 404
    everything = (await client.get("/audit", params={"limit": 1000}, headers=_as("admin"))).json()
    log = [r for r in everything if r["action"] in ("ingest", "delete")]  # reads and refusals: test_security
    assert [(r["action"], r.get("doc_id"), "error" in r) for r in log[:2]] == [("delete", "tam", True),
                                                                                ("delete", "tam", False)]
    assert log[1]["key"] == "quan-tri" and log[1]["role"] == "admin" and log[1]["chunks"] == 1
    ingests = [r for r in log if r["action"] == "ingest"]
    assert {"files": ["tam.txt"], "indexed": ["tam"]}.items() <= ingests[0].items()
    assert ingests[-1]["groups"] == {SECRET_ID: ["tai-chinh", "lanh-dao"]} and ingests[-1]["indexed"] == [SECRET_ID]
    stored = AuditLog(settings.index_dir).read(10_000)  # the state store beside the index, read by another opener
    assert stored == everything and all(record["at"] for record in stored)


@pytest.mark.anyio
async def test_bad_group_names_are_refused_and_audited(portal):
    client, *_ = portal
    response = await client.post("/ingest", headers=_as("admin"), data={"groups": "tai chinh/../x"},
                                 files={"files": ("b.txt", "Thông báo".encode(), "text/plain")})
    assert response.status_code == 400 and "Tên nhóm không hợp lệ" in response.json()["error"]["message"]
    latest = (await client.get("/audit", params={"limit": 1}, headers=_as("admin"))).json()[0]
    assert latest["action"] == "ingest" and "Tên nhóm" in latest["error"]


def test_plain_keys_are_admins_and_no_key_is_open_local_mode(tmp_path):
    ring = KeyRing.from_settings(Settings(index_dir=tmp_path, api_keys="k1, k2"))
    assert ring.authenticate("k2").role == "admin" and not ring.open
    assert KeyRing.from_settings(Settings(index_dir=tmp_path)).authenticate(None).name == "local"


@pytest.mark.parametrize("content, message", [
    ("{", "Không đọc được"), ('{"name": "a"}', "danh sách JSON"),
    ('[{"name": "a", "sha256": "abc", "role": "reader"}]', "sha256"),
    ('[{"name": "a", "sha256": "' + "0" * 64 + '", "role": "boss"}]', "Vai trò"),
    ('[{"name": "a", "sha256": "' + "0" * 64 + '", "role": "reader", "groups": ["a b"]}]', "Tên nhóm")])
def test_a_bad_keys_file_is_a_clear_error(tmp_path, content, message):
    (tmp_path / "keys.json").write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=message):
        KeyRing.from_settings(Settings(index_dir=tmp_path, api_keys_file=tmp_path / "keys.json"))


@pytest.mark.anyio
async def test_groups_of_an_upload_join_the_metadata_of_a_sidecar_uploaded_with_it(portal):
    client, settings, _ = portal
    sidecar = json.dumps({"doc_number": "12/KH-NB", "issued_on": "2026-02-03"}).encode()
    files = [("files", ("nhap.txt", "KẾ HOẠCH\nDự thảo kế hoạch nội bộ về kiểm kê.".encode(), "text/plain")),
             ("files", ("nhap.txt.meta.json", sidecar, "application/json"))]
    upload = await client.post("/ingest", headers=_as("admin"), data={"groups": "tai-chinh"}, files=files)
    assert upload.json()["indexed"] == ["nhap"]
    assert json.loads((settings.index_dir / "uploads" / "nhap.txt.meta.json").read_text(encoding="utf-8")) == {
        "doc_number": "12/KH-NB", "issued_on": "2026-02-03", "groups": ["tai-chinh"]}
    assert (await client.get("/documents/nhap", headers=_as("member"))).json()["doc_number"] == "12/KH-NB"
    assert (await client.get("/documents/nhap", headers=_as("outsider"))).status_code == 404
    assert not (settings.index_dir / "uploads" / "nhap.txt.meta.json.meta.json").exists()


# Access as a required argument (issue 17): the scope comes from the key on every read path, and no read has a
# default that sees every document.

def test_an_assistant_read_without_a_scope_is_refused(tmp_path):
    """Forgetting the scope is a TypeError where the call is written, before anything is read."""
    assistant = Assistant(Settings(index_dir=tmp_path / "index"))
    reads = [lambda: assistant.ask("Ai chủ trì?"), lambda: assistant.search(Query("Ai chủ trì?")),
             lambda: assistant.documents(), lambda: assistant.document("193"), lambda: assistant.relations("193"),
             lambda: assistant.page_image("193", 1), lambda: assistant.obligations(), lambda: assistant.quiz(),
             lambda: assistant.ask("Ai chủ trì?", filters=Filters(doc_ids=("193",)))]
    for read in reads:
        with pytest.raises(TypeError):
            read()
    assert not (tmp_path / "index").exists()  # refused before the store was opened


def test_a_key_gives_its_scope_and_only_an_admin_key_reads_everything():
    assert Principal("quan-tri", "admin", ("tai-chinh",)).access == Access.admin()
    assert Principal("doc", "reader", ("b", "a")).access == Access.of(("a", "b")) != Access.admin()
    assert Principal("soan", "trainer").access == Access.anonymous()
    assert Principal("doc", "reader", ("a",)).filters() == Filters(access=Access.of(("a",)))


@pytest.mark.anyio
@pytest.mark.parametrize("question, control", [
    ("Những kế hoạch nào triển khai Chỉ thị 30/CT-TTg?", SECRET_ID),  # the relations of a public document
    ("ai chu tri to chuc hoi nghi kim cuong ve an ninh tai chinh", MARKER),  # marks restored from the vocabulary
])
async def test_an_answer_built_from_relations_or_restored_marks_never_draws_on_a_restricted_document(
        portal, question, control):
    client, *_ = portal
    mine = await client.post("/ask", json={"question": question}, headers=_as("member"))
    theirs = await client.post("/ask", json={"question": question}, headers=_as("outsider"))
    assert control in mine.text  # the member's answer draws on it: the check below can see a leak
    assert SECRET_ID not in theirs.text and MARKER not in theirs.text


@pytest.mark.anyio
async def test_the_ui_reads_within_the_signed_in_keys_scope(portal):
    """The web UI's reads (document lists, the obligations tab and its files, the relations tab, the chat's
    conversations) take the scope of the session's key, as the API does; the browser version of this is
    tests/ui/test_roles.py."""
    _, settings, assistant = portal
    ring, audit = KeyRing.from_settings(settings), AuditLog(settings.index_dir, assistant.state)

    def session(key: str) -> Session:
        principal = ring.authenticate(key)
        return Session(assistant, audit, who=lambda request: principal)

    def shown(key: str) -> str:
        filters = session(key).filters(None)
        types, issuers, labelled = document_choices(assistant, filters)
        views = listing(assistant, "", [], None, None, None, filters)
        relations = render.relations_html(assistant.relations(PUBLIC_ID, filters))
        return json.dumps([types, issuers, labelled, [v.quote for v in views], relations], ensure_ascii=False)

    assert SECRET_ID in shown("member") and MARKER in shown("member")
    assert SECRET_ID not in shown("outsider") and MARKER not in shown("outsider")
    with pytest.raises(Forbidden):
        session("member").filters(None, role="trainer")  # the quiz tab's scope needs the trainer's role
    # the chat: a conversation is held under the session key's scope, and another key's scope does not find it
    first = assistant.ask(QUESTION, filters=Filters(access=session("member").access(None)))
    assert first.citations[0].doc_id == SECRET_ID
    with pytest.raises(UnknownConversation):
        assistant.ask("thời hạn của nhiệm vụ đó?", conversation_id=first.conversation_id,
                      filters=Filters(access=session("outsider").access(None)))


REPLACING_ID = "chi-thi-thay-the-mat"  # restricted to tai-chinh: replaces the public directive 30/CT-TTg
REPLACING = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 41/CT-TTg\nHà Nội, ngày 02 tháng 3 năm 2026\nCHỈ THỊ\n"
             "Về tổ chức Hội nghị Ngọc Trai về than\n1. Giao Bộ Công Thương chủ trì tổ chức Hội nghị Ngọc Trai "
             "về kinh doanh than, hoàn thành trước ngày 30/6/2026.\n2. Chỉ thị này thay thế Chỉ thị số 30/CT-TTg "
             "ngày 06 tháng 10 năm 2025 của Thủ tướng Chính phủ.")


@pytest.mark.anyio
async def test_a_restricted_newer_document_is_never_named_in_an_outsiders_citations_or_warnings(portal):
    """A public document replaced by a restricted one: the member's answer warns that it was replaced, naming
    the newer one; the outsider's cites the public document with no word of it, and its relations say current."""
    client, *_ = portal
    upload = await client.post("/ingest", headers=_as("admin"), data={"groups": "tai-chinh"},
                               files={"files": (f"{REPLACING_ID}.txt", REPLACING.encode(), "text/plain")})
    assert upload.json()["indexed"] == [REPLACING_ID], upload.text
    question = {"question": "Bộ Công Thương có nhiệm vụ gì theo Chỉ thị 30/CT-TTg?", "filters": {
        "doc_ids": [PUBLIC_ID]}}
    mine = (await client.post("/ask", json=question, headers=_as("member"))).json()
    theirs = await client.post("/ask", json=question, headers=_as("outsider"))
    assert any("41/CT-TTg" in note for note in mine["warnings"]), mine["warnings"]
    assert {c["doc_id"] for c in theirs.json()["citations"]} == {PUBLIC_ID} and not theirs.json()["warnings"]
    replaced = {"question": "Văn bản nào thay thế Chỉ thị 30/CT-TTg?"}
    reads = {"ask": theirs, "ask_replaced": await client.post("/ask", json=replaced, headers=_as("outsider")),
             "relations": await client.get(f"/documents/{PUBLIC_ID}/relations", headers=_as("outsider")),
             "search": await client.get("/search", params={"q": "Hội nghị về kinh doanh than", "k": 50},
                                        headers=_as("outsider"))}
    for name, response in reads.items():
        assert response.status_code == 200, (name, response.text)
        assert not any(word in response.text for word in ("41/CT-TTg", REPLACING_ID, "Ngọc Trai")), name
    assert reads["relations"].json()["status"] == "current"
