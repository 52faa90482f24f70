"""The HTTP API: a real `python -m assistant serve` process over a copy of the small index, talked to with httpx;
the middleware, authentication and error paths also in-process through httpx.ASGITransport (no port)."""
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from assistant.api import create_app
from assistant.api.sse import pieces
from assistant.uploads import safe_name
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.state import SqliteState
from corpus.errors import BadInput
from tests.server import serving

QUESTION = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?"
ROUTES = {"/api/v1/health", "/api/v1/ready", "/api/v1/ask", "/api/v1/search", "/api/v1/documents",
          "/api/v1/documents/{doc_id}", "/api/v1/documents/{doc_id}/text", "/api/v1/documents/{doc_id}/source",
          "/api/v1/documents/{doc_id}/relations", "/api/v1/documents/{doc_id}/pages/{page}.png",
          "/api/v1/obligations", "/api/v1/obligations/export", "/api/v1/ingest", "/api/v1/jobs/{job_id}",
          "/api/v1/feedback", "/api/v1/quiz", "/api/v1/audit", "/api/v1/backup", "/v1/models", "/v1/models/{model}",
          "/v1/chat/completions"}


@pytest.fixture(scope="session")
def served_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("served")


@pytest.fixture(scope="session")
def served_index(served_folder):
    """The served copy of the index (feedback and uploads land there)."""
    return served_folder / "index"


@pytest.fixture(scope="session")
def base_url(small_index, served_folder):
    with serving(small_index, served_folder) as url:
        yield f"{url}/api/v1"


@pytest.fixture(scope="session")
def api(base_url):
    with httpx.Client(base_url=base_url, timeout=300) as client:
        yield client


def _error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    return response.json()["error"]


def _sse(response: httpx.Response) -> list[tuple[str, dict]]:
    events = []
    for block in response.text.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if fields:
            events.append((fields["event"], json.loads(fields["data"])))
    return events


# --- the real server -------------------------------------------------------------------------------------------

def test_health_and_ready(api):
    assert api.get("/health").json() == {"status": "ok"}
    ready = api.get("/ready").json()
    assert ready["status"] == "ready" and ready["documents"] >= 5


def test_search_returns_hits_with_every_citation_field(api):
    response = api.get("/search", params={"q": "trồng cây xanh", "k": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == "trồng cây xanh" and len(body["hits"]) == 3
    hit = body["hits"][0]
    assert {"chunk_id", "doc_id", "doc_number", "title", "page", "start", "end", "source", "doc_type", "issuer",
            "issued_on", "heading_path", "section", "article", "text", "score"} <= set(hit)
    assert hit["doc_id"] == "193" and hit["page"] >= 1 and hit["end"] > hit["start"]


def test_search_filters_by_document_type(api):
    hits = api.get("/search", params={"q": "trồng cây xanh", "doc_type": "Chỉ thị"}).json()["hits"]
    assert hits and {hit["doc_type"] for hit in hits} == {"Chỉ thị"}


def test_date_filters_of_search_and_ask_restrict_by_issue_date(api):
    hits = api.get("/search", params={"q": "trồng cây xanh", "k": 10, "issued_from": "2025-01-01"}).json()["hits"]
    assert hits and all(h["issued_on"] >= "2025-01-01" for h in hits)
    answer = api.post("/ask", json={"question": "Ai chủ trì trồng cây xanh?",
                                    "filters": {"issued_to": "2024-12-31"}}).json()
    assert all(c["issued_on"] <= "2024-12-31" for c in answer["citations"])


def test_answer_citations_quote_the_documents_exactly(api):
    response = api.post("/ask", json={"question": QUESTION})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["answerable"] and answer["citations"] and answer["conversation_id"] and answer["answer_id"]
    assert "Bộ Khoa học và Công nghệ" in answer["text"]
    for citation in answer["citations"]:
        document = api.get(f"/documents/{citation['doc_id']}").json()
        chunk = next(c for c in document["chunks"] if c["chunk_id"] == citation["chunk_id"])
        assert citation["text"] and citation["text"] in chunk["text"]
        assert chunk["start"] <= citation["start"] < citation["end"] <= chunk["end"]


def test_follow_up_with_caller_history_and_conversation_id(api):
    first = api.post("/ask", json={"question": QUESTION}).json()
    again = api.post("/ask", json={"question": "Thời hạn là khi nào?", "conversation_id": first["conversation_id"]})
    assert again.status_code == 200 and again.json()["conversation_id"] == first["conversation_id"]
    given = api.post("/ask", json={"question": "Thời hạn là khi nào?",
                                   "history": [{"question": QUESTION, "answer": first["text"]}]})
    assert given.status_code == 200, given.text


# Three turns: the task asked, a slot asked alone of it, another slot; then the same with the history sent.
CONVERSATION = (QUESTION, "Thời hạn là khi nào?", "Ai phối hợp?")


def test_three_turns_by_conversation_id_and_by_history_sent_are_answered_alike(api):
    conversation, by_id = None, []
    for question in CONVERSATION:
        response = api.post("/ask", json={"question": question} | ({"conversation_id": conversation} if conversation
                                                                   else {}))
        assert response.status_code == 200, response.text
        by_id.append(response.json())
        conversation = by_id[-1]["conversation_id"]
    assert len({answer["conversation_id"] for answer in by_id}) == 1
    history, by_history = [], []
    for question in CONVERSATION:
        response = api.post("/ask", json={"question": question, "history": history})
        assert response.status_code == 200, response.text
        by_history.append(response.json())
        history.append({"question": question, "answer": by_history[-1]["text"]})
    assert [a["text"] for a in by_id] == [a["text"] for a in by_history]
    # every turn answered from the document the first turn found: the follow-ups stay on it
    documents = [{c["doc_id"] for c in answer["citations"]} for answer in by_id]
    assert all(answer["answerable"] for answer in by_id) and all(docs == documents[0] for docs in documents), documents


def test_streamed_answer_is_delta_events_then_the_answer_then_done(api):
    response = api.post("/ask", json={"question": QUESTION, "stream": True})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = _sse(response)
    names = [name for name, _ in events]
    assert names[-2:] == ["answer", "done"] and set(names[:-2]) == {"delta"}
    answer = events[-2][1]
    assert "".join(data["text"] for _, data in events[:-2]) == answer["text"] and answer["citations"]


def test_accept_header_asks_for_a_stream(api):
    response = api.post("/ask", json={"question": QUESTION}, headers={"Accept": "text/event-stream"})
    assert [name for name, _ in _sse(response)][-1] == "done"


def test_documents_list_and_one_document(api):
    documents = api.get("/documents").json()
    expected = {"193", "706", "NQCP03_NQ03_PL2_Nhiem_vu", "01_2009_CT-UBND", "30-ttg.signed"}
    assert expected <= {d["doc_id"] for d in documents}
    document = api.get("/documents/30-ttg.signed").json()
    assert document["doc_number"] == "30/CT-TTg" and document["chunks"]
    assert [c["ordinal"] for c in document["chunks"]] == sorted(c["ordinal"] for c in document["chunks"])


def test_unknown_document_is_404_in_vietnamese(api):
    error = _error(api.get("/documents/khong-co"), 404)
    assert error["type"] == "NotFound" and "Không có văn bản 'khong-co'" in error["message"]


@pytest.mark.parametrize(("method", "path", "body"), [
    ("get", "/documents/khong-co", None), ("get", "/documents/khong-co/text", None),
    ("get", "/documents/khong-co/relations", None), ("get", "/documents/khong-co/source", None),
    ("get", "/obligations?doc_id=khong-co", None), ("get", "/obligations/export?doc_id=khong-co&format=csv", None),
    ("get", "/obligations?doc_id=193&doc_id=khong-co", None), ("post", "/quiz", {"doc_ids": ["khong-co"]}),
    ("post", "/quiz?format=gift", {"doc_ids": ["khong-co"]}), ("get", "/search?q=trồng cây&doc_id=khong-co", None),
])
def test_every_endpoint_taking_a_doc_id_answers_404_in_vietnamese_for_an_unknown_one(api, method, path, body):
    error = _error(api.request(method.upper(), path, json=body), 404)
    assert error["type"] == "NotFound" and "Không có văn bản 'khong-co' trong chỉ mục" in error["message"]


def test_unknown_conversation_id_is_refused_not_silently_restarted(api):
    error = _error(api.post("/ask", json={"question": QUESTION, "conversation_id": "khong-co-cuoc-nay"}), 404)
    assert "Không tìm thấy cuộc hội thoại 'khong-co-cuoc-nay'" in error["message"]
    assert "bỏ trống conversation_id" in error["message"]


def test_openapi_states_every_limit(api):
    schema = api.get("/openapi.json").json()
    parts = schema["components"]["schemas"]
    assert parts["AskIn"]["properties"]["question"]["maxLength"] == 2000
    assert parts["QuizIn"]["properties"]["n"]["maximum"] == 100 and parts["QuizIn"]["properties"]["n"]["minimum"] == 1
    assert parts["QuizIn"]["properties"]["topic"]["anyOf"][0]["maxLength"] == 2000
    upload = next(c for name, c in parts.items() if name.startswith("Body_ingest"))
    assert upload["properties"]["files"]["items"]["maxLength"] == Settings().max_file_mb * 2**20
    assert schema["info"]["x-limits"]["max_request_bytes"] == Settings().max_request_mb * 2**20
    assert "MB" in schema["info"]["description"]


def test_obligations_keep_iso_dates_beside_the_vietnamese_display_text(api):
    listed = api.get("/obligations", params={"doc_id": "NQCP03_NQ03_PL2_Nhiem_vu"}).json()
    dated = [o for o in listed if o["obligation"]["deadline"] and o["obligation"]["deadline"]["due"]]
    assert dated
    for item in dated:
        due, shown = item["obligation"]["deadline"]["due"], item["deadline_text"]
        assert len(due) == 10 and due[4] == "-"  # ISO kept for programs
        assert not any(part.isdigit() and len(part) == 4 and f"{part}-" in shown for part in shown.split())
    assert any(re.search(r"\d\d/\d\d/\d{4}|Quý [IV]+/\d{4}|năm \d{4}|tháng \d\d/\d{4}", o["deadline_text"])
               for o in dated)


def test_law_id_with_slashes_is_one_document(api):
    # A law corpus file (the ALQAC layout) holding the first three articles of Bộ luật Dân sự 91/2015/QH13.
    excerpt = [{"id": "91/2015/QH13", "articles": [
        {"id": "1", "text": "Phạm vi điều chỉnh\nBộ luật này quy định địa vị pháp lý, chuẩn mực pháp lý về cách ứng "
                            "xử của cá nhân, pháp nhân; quyền, nghĩa vụ về nhân thân và tài sản của cá nhân, pháp nhân "
                            "trong các quan hệ được hình thành trên cơ sở bình đẳng, tự do ý chí, độc lập về tài sản "
                            "và tự chịu trách nhiệm (sau đây gọi chung là quan hệ dân sự)."},
        {"id": "2", "text": "Công nhận, tôn trọng, bảo vệ và bảo đảm quyền dân sự\n1. Ở nước Cộng hòa xã hội chủ "
                            "nghĩa Việt Nam, các quyền dân sự được công nhận, tôn trọng, bảo vệ và bảo đảm theo Hiến "
                            "pháp và pháp luật."},
        {"id": "3", "text": "Các nguyên tắc cơ bản của pháp luật dân sự\n1. Mọi cá nhân, pháp nhân đều bình đẳng, "
                            "không được lấy bất kỳ lý do nào để phân biệt đối xử."}]}]
    upload = ("bo_luat_dan_su.json", json.dumps(excerpt, ensure_ascii=False).encode(), "application/json")
    report = api.post("/ingest", files={"files": upload}).json()
    assert report["indexed"] == ["91/2015/QH13"], report
    document = api.get("/documents/91/2015/QH13")
    assert document.status_code == 200, document.text
    assert [c["article"] for c in document.json()["chunks"]][:3] == ["1", "2", "3"]


def test_obligations_filtered_by_agency(api):
    response = api.get("/obligations", params={"agency": "Bộ Tài chính"})
    assert response.status_code == 200, response.text
    views = response.json()
    assert views and all("Bộ Tài chính" in view["obligation"]["lead"] for view in views)
    dues = [v["obligation"]["deadline"]["due"] for v in views if v["obligation"]["deadline"]]
    assert all(due is None or len(due) == 10 for due in dues)  # ISO dates


def test_obligations_of_one_document_due_in_a_range(api):
    params = {"doc_id": "NQCP03_NQ03_PL2_Nhiem_vu", "due_from": "2025-01-01", "due_to": "2025-12-31"}
    views = api.get("/obligations", params=params).json()
    assert views and {v["obligation"]["doc_id"] for v in views} == {"NQCP03_NQ03_PL2_Nhiem_vu"}
    assert all("2025-01-01" <= v["obligation"]["deadline"]["due"] <= "2025-12-31" for v in views)


def test_obligations_export_as_csv_xlsx_and_ics_with_the_listing_filters(api):
    params = {"agency": "Bộ Nội vụ", "doc_id": "NQCP03_NQ03_PL2_Nhiem_vu"}
    listed = api.get("/obligations", params=params).json()
    csv_file = api.get("/obligations/export", params={**params, "format": "csv"})
    assert csv_file.status_code == 200 and csv_file.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="nhiem-vu.csv"' in csv_file.headers["content-disposition"]
    lines = csv_file.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Cơ quan chủ trì,Nhiệm vụ") and len(lines) == len(listed) + 1
    assert all(line.startswith("Bộ Nội vụ,") for line in lines[1:])
    xlsx = api.get("/obligations/export", params={**params, "format": "xlsx"})
    assert xlsx.headers["content-type"].endswith("spreadsheetml.sheet") and xlsx.content[:2] == b"PK"
    ics = api.get("/obligations/export", params={**params, "format": "ics"})
    assert ics.headers["content-type"] == "text/calendar; charset=utf-8"
    dated = sum(1 for view in listed if view["obligation"]["deadline"] and view["obligation"]["deadline"]["due"])
    assert ics.text.count("BEGIN:VEVENT") == dated > 0
    assert "format" in _error(api.get("/obligations/export", params={"format": "pdf"}), 422)["message"]


def test_quiz_as_json_and_as_each_file_format(api):
    body = {"doc_ids": ["NQCP03_NQ03_PL2_Nhiem_vu"], "n": 3, "seed": 1}
    quiz = api.post("/quiz", json=body).json()
    assert len(quiz["questions"]) == 3 and {"kind", "stem", "options", "answer", "explanation", "source"} <= \
        set(quiz["questions"][0])
    assert api.post("/quiz", json=body).json() == quiz  # the same seed gives the same quiz
    gift = api.post("/quiz", params={"format": "gift"}, json=body)
    assert gift.headers["content-type"] == "text/plain; charset=utf-8" and "::Câu 1::" in gift.text
    assert 'filename="trac-nghiem.gift.txt"' in gift.headers["content-disposition"]
    docx = api.post("/quiz", json={**body, "format": "docx"})
    assert docx.headers["content-type"].endswith("wordprocessingml.document") and docx.content[:2] == b"PK"
    assert api.post("/quiz", params={"format": "aiken"}, json={**body, "kinds": ["mcq"]}).text.count("ANSWER:") == 3
    assert json.loads(api.post("/quiz", params={"format": "json"}, json=body).text)["questions"] == quiz["questions"]
    assert "kinds" in _error(api.post("/quiz", json={**body, "kinds": ["essay"]}), 422)["message"]


def test_a_matching_quiz_through_the_api_and_its_kind_in_the_schema(api):
    body = {"doc_ids": ["NQCP03_NQ03_PL2_Nhiem_vu"], "n": 2, "kinds": ["matching"]}
    questions = api.post("/quiz", json=body).json()["questions"]
    assert questions and {q["kind"] for q in questions} == {"matching"}
    for q in questions:
        assert 3 <= len(q["pairs"]) == len(q["source"]["quotes"]) <= 5
        assert sorted(q["options"]) == sorted(agency for _, agency in q["pairs"])
    gift = api.post("/quiz", params={"format": "gift"}, json=body).text
    assert gift.count(" -> ") == sum(len(q["pairs"]) for q in questions)
    kinds = api.get("/openapi.json").json()["components"]["schemas"]["QuizIn"]["properties"]["kinds"]
    assert "matching" in kinds["items"]["enum"] and "pairs" in kinds["description"]


def test_a_short_quiz_says_how_many_it_made_and_why(api):
    quiz = api.post("/quiz", json={"doc_ids": ["30-ttg.signed"], "n": 100}).json()
    made = len(quiz["questions"])
    assert made < 100 and quiz["requested"] == 100
    assert quiz["note"].startswith(f"Chỉ tạo được {made}/100 câu hỏi") and "Hãy chọn thêm văn bản" in quiz["note"]
    assert all(q["level"] in ("dễ", "trung bình", "khó") for q in quiz["questions"])


def test_document_text_keeps_the_offsets_that_citations_use(api):
    document = api.get("/documents/193").json()
    response = api.get("/documents/193/text")
    assert response.status_code == 200 and response.headers["content-type"] == "text/plain; charset=utf-8"
    for chunk in document["chunks"]:
        assert response.text[chunk["start"]:chunk["end"]] == chunk["text"]


def test_relations_of_a_document_name_what_it_replaces_and_what_it_implements(api):
    directive = api.get("/documents/30-ttg.signed/relations").json()
    replaced = next(r for r in directive["outgoing"] if r["kind"] == "replaces")
    assert replaced["other"]["doc_id"] is None and replaced["other"]["doc_number"] == "29/CT-TTg"
    assert replaced["quote"].startswith("Chỉ thị này thay thế Chỉ thị số 29/CT-TTg")
    assert directive["status"] == "current" and directive["document"]["doc_number"] == "30/CT-TTg"
    plan = api.get("/documents/193/relations").json()
    assert [(r["kind"], r["other"]["doc_number"]) for r in plan["outgoing"]] == [("implements", "20-CT/TU")]
    text = api.get("/documents/193/text").text
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in plan["outgoing"])
    assert _error(api.get("/documents/khong-co/relations"), 404)["type"] == "NotFound"


def test_source_file_is_served_only_for_an_indexed_document(api):
    response = api.get("/documents/193/source")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF") and 'filename="193.pdf"' in response.headers["content-disposition"]
    assert _error(api.get("/documents/khong-co/source"), 404)["type"] == "NotFound"
    assert _error(api.get("/documents/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/source"), 404)["type"] == "NotFound"


def test_wrong_method_is_405_and_unknown_path_404_in_the_api_shape(api):
    assert _error(api.get("/ask"), 405)["type"] == "MethodNotAllowed"
    assert _error(api.get("/khong-co"), 404)["type"] == "NotFound"


def test_feedback_is_stored(api, served_index):
    response = api.post("/feedback", json={"answer_id": "a1", "question": QUESTION, "rating": -1,
                                           "comment": "Thiếu thời hạn cụ thể"})
    assert response.status_code == 201, response.text
    stored = SqliteState(served_index / "state.sqlite").records("feedback", 100)
    assert any(s["answer_id"] == "a1" and s["rating"] == -1 and s["comment"] == "Thiếu thời hạn cụ thể" for s in stored)


def test_uploaded_text_document_is_indexed_and_searchable(api):
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nTHÔNG BÁO\nVề việc tổ chức Lễ hội hoa ban năm 2025\n"
            "Giao Sở Văn hóa và Thể thao chủ trì tổ chức Lễ hội hoa ban tại Tam Cốc, hoàn thành trước ngày 30/4/2025.")
    report = api.post("/ingest", files={"files": ("le_hoi_hoa_ban.txt", text.encode(), "text/plain")}).json()
    assert report["indexed"] == ["le_hoi_hoa_ban"] and report["chunks"] >= 1 and not report["failed"]
    hits = api.get("/search", params={"q": "Lễ hội hoa ban Tam Cốc", "k": 1}).json()["hits"]
    assert hits[0]["doc_id"] == "le_hoi_hoa_ban"


def test_background_ingestion_returns_a_job_that_ends_with_the_report(api):
    text = "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nTHÔNG BÁO\nVề việc tổ chức Giải đua thuyền Tràng An năm 2025."
    started = api.post("/ingest", params={"background": "true"},
                       files={"files": ("dua_thuyen.txt", text.encode(), "text/plain")})
    assert started.status_code == 202 and started.json()["state"] in ("queued", "running"), started.text
    for _ in range(600):
        job = api.get(f"/jobs/{started.json()['id']}").json()
        if job["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["state"] == "done" and job["result"]["indexed"] == ["dua_thuyen"], job
    assert job["result"]["saved"] == ["dua_thuyen.txt"]
    assert _error(api.get("/jobs/khong-co"), 404)["message"] == "Không có tác vụ 'khong-co'."


def test_corrupt_pdf_fails_with_vietnamese_reason_and_loses_nothing(api):
    report = api.post("/ingest", files={"files": ("hong.pdf", b"%PDF-1.7\n garbage", "application/pdf")}).json()
    assert report["indexed"] == [] and [f["source"] for f in report["failed"]] == ["hong.pdf"]
    assert any(letter in report["failed"][0]["reason"] for letter in "ăâđêôơưạảấầếệịọốồớờụủứừ")
    hits = api.get("/search", params={"q": "trồng cây xanh", "k": 1}).json()["hits"]
    assert hits[0]["doc_id"] == "193"


def test_uploaded_file_name_cannot_leave_the_uploads_folder(api, served_index):
    upload = ("../../ra_ngoai.txt", "Thông báo kiểm tra tên tệp.".encode(), "text/plain")
    report = api.post("/ingest", files={"files": upload}).json()
    assert report["saved"] == ["ra_ngoai.txt"]
    assert (served_index / "uploads" / "ra_ngoai.txt").is_file()
    assert not (served_index.parent / "ra_ngoai.txt").exists() and not (served_index / "ra_ngoai.txt").exists()


def test_upload_without_a_usable_name_is_refused(api):
    error = _error(api.post("/ingest", files={"files": ("../", b"x", "text/plain")}), 400)
    assert "Tên tệp không hợp lệ" in error["message"]


def test_empty_question_is_400_in_vietnamese(api):
    error = _error(api.post("/ask", json={"question": "  "}), 400)
    assert error == {"type": "BadInput", "message": "Câu hỏi trống: hãy nhập nội dung cần hỏi."}


@pytest.mark.parametrize("body, field", [({"questio": "x"}, "question"),
                                         ({"question": "x", "filters": {"issued_from": "hôm qua"}}, "issued_from")])
def test_bad_body_is_422_in_vietnamese(api, body, field):
    error = _error(api.post("/ask", json=body), 422)
    assert error["message"].startswith("Yêu cầu không hợp lệ: ") and field in error["message"]


def test_bad_rating_and_bad_json_are_422(api):
    assert "rating" in _error(api.post("/feedback", json={"question": "x", "rating": 5}), 422)["message"]
    bad_json = api.post("/ask", content=b"{bad", headers={"Content-Type": "application/json"})
    assert "JSON" in _error(bad_json, 422)["message"]


def test_concurrent_requests_are_served(api):
    with ThreadPoolExecutor(6) as pool:
        responses = list(pool.map(lambda q: api.get("/search", params={"q": q, "k": 2}),
                                  ["trồng cây xanh", "thuế", "than", "Bộ Tài chính", "quân sự", "năng lượng"]))
    assert [r.status_code for r in responses] == [200] * 6


def test_openapi_lists_every_route_under_api_v1_and_no_cdn_docs(api):
    schema = api.get("/openapi.json").json()
    assert set(schema["paths"]) == ROUTES
    assert api.get("/docs").status_code == 404


# --- in-process: middleware, authentication, error handling ---------------------------------------------------

@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def in_process(tmp_path, anyio_backend):
    """Clients for apps over an empty index folder (no store is opened unless a route needs it)."""
    opened = []

    def make(**settings):
        settings = Settings(index_dir=tmp_path / "index", **settings)
        assistant = Assistant(settings)
        transport = httpx.ASGITransport(app=create_app(assistant, settings), raise_app_exceptions=False)
        client = httpx.AsyncClient(transport=transport, base_url="http://portal/api/v1")
        opened.append((client, assistant))
        return client, assistant
    yield make
    for client, assistant in opened:
        await client.aclose()
        assistant.close()


@pytest.mark.anyio
async def test_body_over_the_limit_is_413_by_content_length(in_process):
    client, _ = in_process(max_request_mb=1)
    error = _error(await client.post("/ask", json={"question": "x" * (2 * 2**20)}), 413)
    assert error["type"] == "TooLarge" and "tối đa 1 MB" in error["message"]


@pytest.mark.anyio
async def test_chunked_body_over_the_limit_is_413(in_process):
    client, _ = in_process(max_request_mb=1)
    async def body():  # no Content-Length: the bytes are counted as they stream
        for _ in range(40):
            yield b"x" * 2**16
    error = _error(await client.post("/ask", content=body(), headers={"Content-Type": "application/json"}), 413)
    assert error["type"] == "TooLarge"


@pytest.mark.anyio
async def test_uploaded_file_over_max_file_mb_is_413_and_not_kept(in_process, tmp_path):
    client, _ = in_process(max_file_mb=1)
    error = _error(await client.post("/ingest", files={"files": ("lon.txt", b"a" * (2**20 + 1), "text/plain")}), 413)
    uploads = tmp_path / "index" / "uploads"
    assert "lon.txt" in error["message"] and (not uploads.exists() or not any(uploads.iterdir()))


@pytest.mark.anyio
async def test_api_keys_guard_every_route_but_health(in_process):
    client, _ = in_process(api_keys="k1, k2")
    assert (await client.get("/health")).status_code == 200
    assert (await client.get("/ready")).status_code == 503  # no index here, but no key is asked
    error = _error(await client.get("/documents"), 401)
    assert error["type"] == "Unauthorized" and "khóa API" in error["message"]
    assert (await client.get("/documents", headers={"X-API-Key": "k3"})).status_code == 401
    assert (await client.get("/documents", headers={"Authorization": "Bearer k3"})).status_code == 401
    # the right key passes authentication: the answer is then about the (missing) index
    assert _error(await client.get("/documents", headers={"X-API-Key": "k2"}), 404)["type"] == "NotFound"
    assert (await client.get("/documents", headers={"Authorization": "Bearer k1"})).status_code == 404


@pytest.mark.anyio
async def test_without_api_keys_no_key_is_needed(in_process):
    client, _ = in_process()
    assert _error(await client.get("/documents"), 404)["message"].startswith("Chưa có chỉ mục")


@pytest.mark.anyio
async def test_api_keys_are_read_from_the_environment(monkeypatch, tmp_path, anyio_backend):
    monkeypatch.setenv("TLVB_API_KEYS", "k1,k2")
    settings = Settings(index_dir=tmp_path)
    with Assistant(settings) as assistant:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(create_app(assistant, settings)),
                                     base_url="http://portal/api/v1") as client:
            assert (await client.get("/documents")).status_code == 401


@pytest.mark.anyio
async def test_index_that_cannot_open_is_not_ready(in_process):
    client, _ = in_process()
    error = _error(await client.get("/ready"), 503)
    assert error["message"].startswith("Chưa sẵn sàng: Chưa có chỉ mục")


@pytest.mark.anyio
async def test_unexpected_error_is_500_with_a_generic_vietnamese_message(in_process, monkeypatch):
    client, assistant = in_process()
    monkeypatch.setattr(assistant, "documents", lambda: 1 / 0)
    error = _error(await client.get("/documents"), 500)
    assert error == {"type": "InternalError",
                     "message": "Lỗi máy chủ nội bộ; vui lòng thử lại sau hoặc báo cho quản trị viên."}


@pytest.mark.anyio
async def test_unknown_path_is_404_in_the_same_shape(in_process):
    client, _ = in_process()
    assert _error(await client.get("/khong-co"), 404)["type"] == "NotFound"


# --- pure helpers ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("client_name, saved", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\a\\Kế hoạch.pdf", "Kế hoạch.pdf"), ("/abs/193.pdf", "193.pdf"),
    ("a\x00b.txt", "ab.txt")])
def test_client_file_names_are_reduced_to_their_last_part(client_name, saved):
    assert safe_name(client_name) == saved


@pytest.mark.parametrize("client_name", ["", "..", "../", "/", None])
def test_unusable_file_names_are_refused(client_name):
    with pytest.raises(BadInput):
        safe_name(client_name)


def test_stream_pieces_rebuild_the_answer_text():
    text = "Sở Tài chính chủ trì [1]. Thời hạn: 30/6/2025 [2].\nSở Nội vụ phối hợp… xong!"
    parts = pieces(text)
    assert "".join(parts) == text and len(parts) == 4
