"""The access probe of issue 21, over a real `python -m assistant serve` process: keys with group A, group B, no
group and admin (and no key, a wrong key) ask every read door (API and the UI framework's endpoints) about
documents restricted to A and to B (and the web UI signed in with each key), one of them replaced by a new version under another extension uploaded
without groups (the finding of issue 21). A leak is a restricted document's id or one of its words (never used in
a question, so never echoed) in a response to a key outside its group, or a 200 on its paths. Expected:
0 leaks, while each group's own key and the admin do reach their documents (so the probe can see a leak)."""
from pathlib import Path

import httpx
import pytest

from tests.assistant.portal import keyed_server
from tests.data import SAMPLES

KEYS = {"a": ("nhom-a", "trainer", ["nhom-a"]), "b": ("nhom-b", "trainer", ["nhom-b"]),
        "none": ("khong-nhom", "trainer", []), "admin": ("quan-tri", "admin", [])}
# doc_id → (group, words found only in it, a question about it)
SECRETS = {
    "mat-nhom-a": ("nhom-a", "Lục Bảo", "Ai chủ trì tổ chức Hội nghị Ngọc Bích?"),
    "mat-nhom-b": ("nhom-b", "Thạch Anh", "Ai chủ trì tổ chức Hội nghị Hồng Ngọc?"),
    "scan-nhom-a": ("nhom-a", None, None),  # a PDF (page images), whose text is also public under another id
}


def _text(name: str, secret: str, event: str) -> str:
    return (f"ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nKẾ HOẠCH {secret}\nTổ chức Hội nghị {event} năm 2026\n"
            f"1. Giao Sở Nội vụ chủ trì tổ chức Hội nghị {event} ({secret}), hoàn thành trước ngày 30/6/2026.\n"
            f"2. Công an tỉnh phối hợp bảo vệ Hội nghị {event}, báo cáo trước ngày 15/7/2026.")


@pytest.fixture(scope="module")
def server(small_index, module_folder):
    folder = module_folder("probe")
    with keyed_server(small_index, folder, KEYS) as url, httpx.Client(base_url=url, timeout=300) as client:
        admin = {"X-API-Key": "admin"}
        uploads = {"mat-nhom-a": _text("a", "Lục Bảo", "Ngọc Bích").encode(),
                   "mat-nhom-b": _text("b", "Thạch Anh", "Hồng Ngọc").encode()}
        for doc_id, content in uploads.items():
            response = client.post("/api/v1/ingest", headers=admin, data={"groups": SECRETS[doc_id][0]},
                                   files={"files": (f"{doc_id}.txt", content, "text/plain")})
            assert response.json()["indexed"] == [doc_id], response.text
        pdf = (SAMPLES / "ninhbinh" / "706.pdf").read_bytes()
        response = client.post("/api/v1/ingest", headers=admin, data={"groups": "nhom-a"},
                               files={"files": ("scan-nhom-a.pdf", pdf, "application/pdf")})
        assert response.json()["indexed"] == ["scan-nhom-a"], response.text
        # The probe's finding: a new version under another extension, uploaded without groups.
        response = client.post("/api/v1/ingest", headers=admin, files={"files": (
            "mat-nhom-a.md", uploads["mat-nhom-a"] + " Bản sửa đổi.".encode(), "text/markdown")})
        assert response.json()["indexed"] == ["mat-nhom-a"], response.text
        yield client, folder / "index"


def _doors(client: httpx.Client, key: str | None, index: Path) -> dict[str, httpx.Response]:
    """Every read door, asked with `key` (None: no key)."""
    headers = {"X-API-Key": key} if key else {}
    bearer = {"Authorization": f"Bearer {key}"} if key else {}  # the OpenAI-compatible door's way to send the key
    api = "/api/v1"
    doors = {}

    def get(name, path, **params):
        doors[name] = client.get(path, headers=headers, params=params)

    def post(name, path, body, **extra):
        doors[name] = client.post(path, headers={**headers, **extra}, json=body)

    for doc_id, (_, _, question) in SECRETS.items():
        for view in ("", "/text", "/source", "/relations", "/pages/1.png"):
            get(f"document{view}:{doc_id}", f"{api}/documents/{doc_id}{view}")
        get(f"search_by_id:{doc_id}", f"{api}/search", q="Hội nghị", doc_id=doc_id)
        get(f"obligations_of:{doc_id}", f"{api}/obligations", doc_id=doc_id)
        post(f"quiz_of:{doc_id}", f"{api}/quiz", {"doc_ids": [doc_id]})
        if question:
            for mode in ("hybrid", "sparse", "dense"):
                get(f"search:{mode}:{doc_id}", f"{api}/search", q=question, k=50, mode=mode)
            post(f"ask:{doc_id}", f"{api}/ask", {"question": question})
            post(f"ask_stream:{doc_id}", f"{api}/ask", {"question": question, "stream": True})
            post(f"quiz_topic:{doc_id}", f"{api}/quiz", {"topic": question, "n": 20})
            chat = {"model": "tro-ly-van-ban", "messages": [{"role": "user", "content": question}]}
            post(f"chat:{doc_id}", "/v1/chat/completions", chat, **bearer)
            post(f"chat_stream:{doc_id}", "/v1/chat/completions", {**chat, "stream": True}, **bearer)
    get("documents", f"{api}/documents")
    get("obligations", f"{api}/obligations")
    for kind in ("csv", "ics"):
        get(f"export:{kind}", f"{api}/obligations/export", format=kind)
    post("quiz", f"{api}/quiz", {"n": 100, "seed": 3})
    for kind in ("json", "gift", "aiken"):
        post(f"quiz_file:{kind}", f"{api}/quiz", {"n": 100, "format": kind})
    get("relations_of_public", f"{api}/documents/30-ttg.signed/relations")
    get("audit", f"{api}/audit")
    # The UI framework's own endpoints (Gradio), the page and an uploaded file by path.
    for path in ("/", "/config", "/gradio_api/info", "/gradio_api/openapi.json", "/monitoring", "/gradio_api/runs",
                 f"/gradio_api/file={index / 'uploads' / 'mat-nhom-a.txt'}",
                 f"/file={index / 'uploads' / 'mat-nhom-b.txt'}"):
        get(f"ui:{path}", path)
    if key in KEYS:  # the web UI signed in with the key (every role may): its framework's endpoints with a session
        with httpx.Client(base_url=client.base_url, timeout=300) as ui:
            assert ui.post("/login", data={"username": KEYS[key][0], "password": key}).status_code == 200
            for path in ("/config", "/gradio_api/info", f"/gradio_api/file={index / 'uploads' / 'mat-nhom-a.txt'}"):
                doors[f"ui_session:{path}"] = ui.get(path)
    return doors


def _may_read(key: str | None, doc_id: str) -> bool:
    return key == "admin" or key in KEYS and SECRETS[doc_id][0] in KEYS[key][2]


def _leaks(key: str | None, doors: dict[str, httpx.Response]) -> list[str]:
    found = []
    for doc_id, (_, words, _) in SECRETS.items():
        if _may_read(key, doc_id):
            continue
        for name, response in doors.items():
            body = response.text
            if name.endswith(f":{doc_id}"):
                body = body.replace(f"'{doc_id}'", "")  # the id asked for, echoed by "Không có văn bản '…'"
            if name.startswith("ui_session:/gradio_api/file=") and response.status_code == 403:
                body = body.replace(name.split("file=", 1)[1], "")  # the path asked for, echoed by "File not allowed"
            if doc_id in body or (words and words in body):
                found.append(f"{key}: {name} shows {doc_id}")
            if name.endswith(f":{doc_id}") and name.startswith("document") and response.status_code == 200:
                found.append(f"{key}: {name} answers 200")
    return found


def test_access_probe_finds_no_leak(server):
    client, index = server
    doors = {key: _doors(client, key, index) for key in (*KEYS, None, "sai")}
    leaks = [leak for key, asked in doors.items() for leak in _leaks(key, asked)]
    print(f"\nAccess probe: {len(KEYS) + 2} callers × {len(doors['a'])} doors, {len(leaks)} leaks")
    assert doors["none"]["ui_session:/config"].status_code == 200  # a key without groups opens the UI
    assert all(asked[name].status_code == 403 for asked in doors.values() for name in asked
               if name.startswith("ui_session:/gradio_api/file="))  # an uploaded file is never served by path
    assert leaks == [], "\n".join(leaks)
    # The probe can see what it looks for: each group's key and the admin reach their documents.
    for key, doc_id in (("a", "mat-nhom-a"), ("a", "scan-nhom-a"), ("b", "mat-nhom-b"), ("admin", "mat-nhom-b")):
        assert doors[key][f"document:{doc_id}"].status_code == 200
        assert doc_id in doors[key]["documents"].text
    assert "Lục Bảo" in doors["a"]["search:sparse:mat-nhom-a"].text
    assert doors["a"]["document/pages/1.png:scan-nhom-a"].headers["content-type"] == "image/png"
    assert "Thạch Anh" in doors["b"]["ask:mat-nhom-b"].text
    # Without a key nothing but the health routes answers; the UI framework's endpoints stay closed.
    for name, response in doors[None].items():
        assert response.status_code in (401, 403) or name.startswith("ui:"), name
    for key in (None, "sai", "a", "none"):
        for path in ("/config", "/gradio_api/info", "/monitoring"):
            assert doors[key][f"ui:{path}"].status_code in (401, 403, 404), (key, path)


# Every read route the probe asks (method, path template), and the routes it need not: the probe must grow with
# the API, so a new route (say, an OpenAI-compatible one) fails here until its door is probed.
PROBED = {("get", "/api/v1/search"), ("post", "/api/v1/ask"), ("get", "/api/v1/documents"),
          ("get", "/api/v1/documents/{doc_id}"), ("get", "/api/v1/documents/{doc_id}/text"),
          ("get", "/api/v1/documents/{doc_id}/source"), ("get", "/api/v1/documents/{doc_id}/relations"),
          ("get", "/api/v1/documents/{doc_id}/pages/{page}.png"), ("get", "/api/v1/obligations"),
          ("get", "/api/v1/obligations/export"), ("post", "/api/v1/quiz"), ("get", "/api/v1/audit"),
          ("post", "/v1/chat/completions")}
NOT_READS = {("get", "/api/v1/health"), ("get", "/api/v1/ready"), ("get", "/v1/models"),  # no document data
             ("get", "/v1/models/{model}"), ("post", "/api/v1/backup"),  # the backup: admin only, no content
             ("post", "/api/v1/feedback"), ("post", "/api/v1/ingest"),  # writes
             ("get", "/api/v1/jobs/{job_id}"), ("delete", "/api/v1/documents/{doc_id}")}  # admin only


def test_the_probe_covers_every_route_of_the_api(server):
    client, _ = server
    routes = {(method, path) for path, operations in client.get("/api/v1/openapi.json").json()["paths"].items()
              for method in operations}
    assert routes - PROBED - NOT_READS == set(), "a route the access probe does not ask: add its door to _doors"
