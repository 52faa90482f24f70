"""Issue 21, one test (or more) per hole the access probe found: (1) the groups in force for a doc_id survive a new
version from another file, extension, upload path or law id, and change only explicitly; (2) the bound of what
sparse IDF tells an outsider, as documented in docs/readme-security.md; (3) an empty key configuration, or an
open server on a public address, refuses to start; (4) refused attempts and reads of restricted documents are
audited, the UI's sign-in is rate-limited and its uploads carry the signed-in key's identity. The app runs
in-process over a copy of the small real index."""
import json
import shutil

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient

from assistant import cli
from assistant.access import KeyRing
from assistant.api import create_app
from assistant.audit import AuditLog
from assistant.core import Assistant
from assistant.settings import Settings
from corpus.errors import BadInput
from index.records import Access, Filters, Query
from tests.assistant.portal import keys_file, portal as serving
from ui import mount_ui
from ui.upload import ingest_one

DOC = "kh11-ubnd"
MARKER = "Ngọc Bích"  # found only in the restricted document, in every version of it
VERSION_1 = (f"ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nKẾ HOẠCH\nTổ chức Hội nghị {MARKER} năm 2026\n1. Giao Sở Nội vụ chủ "
             f"trì tổ chức Hội nghị {MARKER}, hoàn thành trước ngày 30/6/2026.")
VERSION_2 = VERSION_1 + f"\n2. Công an tỉnh bảo vệ Hội nghị {MARKER}, báo cáo trước ngày 15/7/2026."
KEYS = {"admin": ("quan-tri", "admin", []), "member": ("nhom-a", "reader", ["nhom-a"]),
        "other": ("nhom-b", "reader", ["nhom-b"]), "nobody": ("khong-nhom", "reader", []),
        "trainer": ("dao-tao", "trainer", [])}


def _keys_file(folder):
    return keys_file(folder, KEYS)


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def portal(small_index, module_folder, anyio_backend):
    """(client, assistant, settings) for an app with keys over a copy of the small index."""
    folder = module_folder("security")
    async with serving(small_index, folder, api_keys_file=_keys_file(folder), rate_limit=0) as opened:
        yield opened


async def _upload(client, name: str, text: str, background: bool = False, **data) -> httpx.Response:
    response = await client.post("/ingest", headers={"X-API-Key": "admin"}, data=data,
                                 params={"background": "true"} if background else {},
                                 files={"files": (name, text.encode(), "text/plain")})
    assert response.status_code in (200, 202), response.text
    return response


async def _seen_by(client, who: str, doc_id: str = DOC) -> bool:
    """Whether `who` reaches the document by any read: by id, in the list, or in search hits."""
    headers = {"X-API-Key": who}
    document = await client.get(f"/documents/{doc_id}", headers=headers)
    listed = await client.get("/documents", headers=headers)
    found = await client.get("/search", params={"q": f"Hội nghị {MARKER}", "k": 20}, headers=headers)
    reached = [document.status_code == 200, doc_id in {d["doc_id"] for d in listed.json()},
               doc_id in {h["doc_id"] for h in found.json()["hits"]}]
    assert len(set(reached)) == 1, (who, reached)  # every door agrees
    return reached[0]


async def _latest_ingest(client) -> dict:
    log = (await client.get("/audit", params={"limit": 50}, headers={"X-API-Key": "admin"})).json()
    return next(r for r in log if r["action"] == "ingest")


# 1. Groups in force are kept by the index and change only explicitly.

@pytest.mark.anyio
async def test_a_new_version_under_another_extension_without_groups_stays_restricted(portal):
    client, _, settings = portal
    await _upload(client, f"{DOC}.txt", VERSION_1, groups="nhom-a")
    replaced = await _upload(client, f"{DOC}.md", VERSION_2)  # same id (the file stem), no groups sent
    assert replaced.json()["groups"] == {DOC: ["nhom-a"]}  # the admin is told the groups in force
    assert (await client.get(f"/documents/{DOC}", headers={"X-API-Key": "member"})).json()["chunks"][-1]["text"] \
        .endswith("15/7/2026.")  # the new version is the one indexed
    assert [await _seen_by(client, who) for who in ("member", "admin", "other", "nobody")] == [True, True, False,
                                                                                                False]
    # The audit records the groups in force, not those sent (none), and the new file's sidecar keeps them.
    assert (await _latest_ingest(client))["groups"] == {DOC: ["nhom-a"]}
    sidecar = settings.index_dir / "uploads" / f"{DOC}.md.meta.json"
    assert json.loads(sidecar.read_text(encoding="utf-8"))["groups"] == ["nhom-a"]


@pytest.mark.anyio
async def test_a_background_upload_and_a_stale_sidecar_keep_the_groups_in_force(portal):
    client, _, settings = portal
    await _upload(client, "kh12.txt", VERSION_1.replace("2026", "2027"), groups="nhom-b")
    await _upload(client, "kh12.html", f"<p>{VERSION_1}</p>", groups="nhom-a")  # explicitly moved to nhom-a
    # The .txt file's own sidecar still says nhom-b: re-uploading it without groups is no explicit change.
    job = (await _upload(client, "kh12.txt", VERSION_2, background=True)).json()
    for _ in range(600):
        state = (await client.get(f"/jobs/{job['id']}", headers={"X-API-Key": "admin"})).json()
        if state["state"] in ("done", "failed"):
            break
        await anyio.sleep(0.1)
    assert state["state"] == "done", state
    assert [await _seen_by(client, who, "kh12") for who in ("member", "other", "nobody")] == [True, False, False]


@pytest.mark.anyio
async def test_groups_change_only_when_set_explicitly(portal):
    client, _, _ = portal
    await _upload(client, "kh13.txt", VERSION_1.replace("2026", "2028"), groups="nhom-a")
    await _upload(client, "kh13.txt", VERSION_2.replace("2026", "2028"), groups="nhom-b")
    assert [await _seen_by(client, who, "kh13") for who in ("member", "other")] == [False, True]
    await _upload(client, "kh13.md", VERSION_2, public="true")
    assert [await _seen_by(client, who, "kh13") for who in ("member", "other", "nobody")] == [True, True, True]
    assert (await _latest_ingest(client))["groups"] == {"kh13": []}
    both = await client.post("/ingest", headers={"X-API-Key": "admin"}, data={"groups": "nhom-a", "public": "true"},
                             files={"files": ("kh13.txt", b"x", "text/plain")})
    assert both.status_code == 400 and "public" in both.json()["error"]["message"]


@pytest.mark.anyio
async def test_the_cli_a_law_id_and_the_ui_upload_keep_the_groups_in_force(portal, tmp_path):
    client, assistant, settings = portal
    await _upload(client, f"{DOC}.txt", VERSION_1, groups="nhom-a")
    law = {"id": "luat-noi-bo", "articles": [{"id": "1", "text": f"Hội nghị {MARKER} được tổ chức hằng năm."}]}
    (tmp_path / "a.json").write_text(json.dumps([law], ensure_ascii=False), encoding="utf-8")
    response = await client.post("/ingest", headers={"X-API-Key": "admin"}, data={"groups": "nhom-a"},
                                 files={"files": ("a.json", (tmp_path / "a.json").read_bytes(), "application/json")})
    assert response.json()["indexed"] == ["luat-noi-bo"]
    assert [await _seen_by(client, who, "luat-noi-bo") for who in ("member", "other")] == [True, False]

    # An ALQAC-shaped file under another name holding the same law id, ingested by the CLI's path (no sidecar).
    law["articles"].append({"id": "2", "text": "Điều khoản bổ sung."})
    (tmp_path / "b.json").write_text(json.dumps([law], ensure_ascii=False), encoding="utf-8")
    assert assistant.ingest([tmp_path / "b.json"]).groups == {"luat-noi-bo": ["nhom-a"]}
    # A plain file of the restricted document's id, from a folder, by the CLI's path.
    (tmp_path / f"{DOC}.html").write_text(f"<p>{VERSION_2} Bản sửa.</p>", encoding="utf-8")
    assert assistant.ingest([tmp_path / f"{DOC}.html"]).indexed == [DOC]
    # The UI's upload tab, no groups given.
    upload = tmp_path / f"{DOC}.txt"
    upload.write_text(VERSION_1 + " Bản giao diện.", encoding="utf-8")
    ingest_one(assistant, upload, settings.index_dir / "uploads", 2**20)
    for doc_id in ("luat-noi-bo", DOC):
        assert [await _seen_by(client, who, doc_id) for who in ("member", "other", "nobody")] == [True, False,
                                                                                                   False]


# 2. Sparse IDF: the documented bound (docs/readme-security.md, "Giới hạn đã biết").

def test_sparse_idf_counts_restricted_chunks_but_never_returns_them(tmp_path, small_index):
    """What an outsider can learn through scores, and only that: the sparse score of a passage they may read
    moves when a restricted chunk holding a query term is indexed (IDF is computed over every chunk); no text,
    id, title or count of hits of a restricted document comes back."""
    shutil.copytree(small_index, tmp_path / "index")
    outsider = Filters(access=Access.of(("nhom-b",)))
    query = Query("tổ chức hội nghị", 5, "sparse", filters=outsider)
    with Assistant(Settings(index_dir=tmp_path / "index")) as assistant:
        before = assistant.search(query)
        (tmp_path / "mat.txt").write_text(VERSION_1, encoding="utf-8")
        (tmp_path / "mat.txt.meta.json").write_text('{"groups": ["nhom-a"]}', encoding="utf-8")
        assistant.ingest([tmp_path / "mat.txt"])
        after = assistant.search(query)
    assert [h.chunk_id for h in after] == [h.chunk_id for h in before]  # same passages, nothing restricted
    assert after[0].score < before[0].score  # the bound: the terms' IDF fell, so the score moved


# 3. No silent open admin mode.

@pytest.mark.parametrize("configured", ["keys", "file"])
def test_an_empty_key_configuration_refuses_to_start(tmp_path, configured):
    (tmp_path / "keys.json").write_text("[]", encoding="utf-8")
    settings = Settings(index_dir=tmp_path, api_keys=" , ") if configured == "keys" else Settings(
        index_dir=tmp_path, api_keys_file=tmp_path / "keys.json")
    with pytest.raises(BadInput, match="không (chứa|có) khóa nào"):
        KeyRing.from_settings(settings)
    with pytest.raises(BadInput):
        create_app(Assistant(settings), settings)


@pytest.mark.slow  # the open start builds the app, which loads the bundled model
def test_serve_refuses_an_empty_key_list_and_an_open_public_address(tmp_path, monkeypatch, capsys):
    import uvicorn

    started = []

    def serving(self, *args):
        started.append(self.config.host)

    monkeypatch.setattr(uvicorn.Server, "run", serving)
    monkeypatch.setenv("TLVB_API_KEYS", " , ")
    assert cli.main(["serve", "--index", str(tmp_path)]) == 1
    assert "không chứa khóa nào" in capsys.readouterr().err
    monkeypatch.delenv("TLVB_API_KEYS")
    assert cli.main(["serve", "--index", str(tmp_path), "--host", "0.0.0.0"]) == 1
    error = capsys.readouterr().err
    assert "Từ chối phục vụ tại 0.0.0.0" in error and "--allow-open" in error and started == []
    assert cli.main(["serve", "--index", str(tmp_path), "--host", "0.0.0.0", "--allow-open"]) == 0
    assert "CẢNH BÁO: đang phục vụ tại 0.0.0.0 ở chế độ mở" in capsys.readouterr().err and started == ["0.0.0.0"]


# 4. Audit of refusals and restricted reads; the UI's sign-in.

@pytest.mark.anyio
async def test_refused_attempts_and_reads_of_restricted_documents_are_audited(portal):
    client, _, _ = portal
    await _upload(client, "kh14.txt", VERSION_1.replace("2026", "2029"), groups="nhom-a")
    assert (await client.get("/documents", headers={"X-API-Key": "sai"})).status_code == 401
    assert (await client.post("/quiz", json={"n": 1}, headers={"X-API-Key": "member"})).status_code == 403
    assert (await client.get("/documents/kh14", headers={"X-API-Key": "member"})).status_code == 200
    assert (await client.get("/documents/kh14", headers={"X-API-Key": "other"})).status_code == 404
    log = (await client.get("/audit", params={"limit": 20}, headers={"X-API-Key": "admin"})).json()
    refused = [(r["key"], r["status"], r["path"]) for r in log if r["action"] == "refused"]
    assert ("?", 401, "/api/v1/documents") in refused and ("nhom-a", 403, "/api/v1/quiz") in refused
    reads = [(r["key"], r["path"], r["documents"]) for r in log if r["action"] == "read"]
    assert ("nhom-a", "/api/v1/documents/kh14", {"kh14": ["nhom-a"]}) in reads
    assert not [r for r in log if r["action"] == "read" and r["key"] == "nhom-b"]  # it read nothing restricted


def test_ui_sign_in_needs_the_key_name_is_rate_limited_and_audited(tmp_path):
    settings = Settings(index_dir=tmp_path / "index", api_keys_file=_keys_file(tmp_path))
    with Assistant(settings) as assistant, TestClient(mount_ui(create_app(assistant, settings))) as client:
        def login(user, key):
            return client.post("/login", data={"username": user, "password": key}).status_code

        # any role signs in (what it sees follows from its key: tests/ui/test_roles.py), under its own name only
        assert [login("quan-tri", "admin"), login("ai-do", "admin"), login("nhom-a", "member")] == [200, 400, 200]
        statuses = [login("quan-tri", f"doan-{n}") for n in range(5)]
        assert statuses[:2] == [400, 400] and statuses[-1] == 429
        refused = [r for r in AuditLog(settings.index_dir).read() if r["action"] == "refused"]
        assert {r["status"] for r in refused} == {400, 429} and all(r["path"] == "/login" for r in refused)


def test_ui_upload_is_audited_with_the_signed_in_key(tmp_path, small_index):
    shutil.copytree(small_index, tmp_path / "index")
    settings = Settings(index_dir=tmp_path / "index", api_keys_file=_keys_file(tmp_path))
    admin = KeyRing.from_settings(settings).named("quan-tri")
    (tmp_path / "tb.txt").write_text("THÔNG BÁO\nVề việc họp giao ban tuần.", encoding="utf-8")
    with Assistant(settings) as assistant:
        result = ingest_one(assistant, tmp_path / "tb.txt", settings.index_dir / "uploads", 2**20, who=admin,
                            groups=("nhom-a",))
    record = AuditLog(settings.index_dir).read(1)[0]
    assert result[1] == "Đã lập chỉ mục" and "nhom-a" in result[2]
    assert (record["key"], record["role"], record["groups"]) == ("quan-tri", "admin", {"tb": ["nhom-a"]})


def test_an_upload_is_grouped_indexed_and_audited_by_the_core(tmp_path, small_index):
    """Assistant.ingest_upload, which the API (waiting or as a job) and the web UI call: the groups chosen are
    written before indexing, a new version without groups keeps them, and each attempt is audited, failures too."""
    shutil.copytree(small_index, tmp_path / "index")
    settings = Settings(index_dir=tmp_path / "index", api_keys_file=_keys_file(tmp_path))
    admin = KeyRing.from_settings(settings).named("quan-tri")
    uploads = tmp_path / "index" / "uploads"
    uploads.mkdir()
    (uploads / "hop.txt").write_text("THÔNG BÁO\nVề việc họp giao ban tuần.", encoding="utf-8")
    with Assistant(settings) as assistant:
        assert assistant.ingest_upload([uploads / "hop.txt"], admin, ("nhom-a",)).groups == {"hop": ["nhom-a"]}
        (uploads / "hop.txt").write_text("THÔNG BÁO\nVề việc họp giao ban tuần, bản sửa.", encoding="utf-8")
        assert assistant.ingest_upload([uploads / "hop.txt"], admin).groups == {"hop": ["nhom-a"]}
        (uploads / "hong.pdf").write_bytes(b"%PDF-1.4 not really")
        report = assistant.ingest_upload([uploads / "hong.pdf"], admin, ("nhom-b",))
    records = AuditLog(settings.index_dir).read(3)
    assert [r["key"] for r in records] == ["quan-tri"] * 3
    assert {tuple(r.get("files", ())) for r in records} == {("hop.txt",), ("hong.pdf",)}
    assert report.failed and any(r.get("failed") == ["hong.pdf"] for r in records)
