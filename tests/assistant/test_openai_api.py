"""The OpenAI-compatible door, driven with the official `openai` client over HTTP against a real
`python -m assistant serve` process with keys and groups, on a copy of the small index to which an admin uploads
one document restricted to the group "tai-chinh"."""
import json
import os

import httpx
import openai
import pytest

from assistant.api.routes.chat import MODEL_ID
from tests.assistant.test_access import MARKER, SECRET, SECRET_ID, _keys_file
from tests.assistant.test_access import QUESTION as SECRET_QUESTION
from tests.assistant.test_cli import cli
from tests.server import serving

QUESTION = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?"
FOLLOW_UPS = ["Thời hạn là khi nào?", "Cơ quan nào phối hợp thực hiện nhiệm vụ đó?"]


@pytest.fixture(scope="module")
def url(small_index, module_folder):
    folder = module_folder("openai")
    saved = dict(os.environ)
    os.environ.update(TLVB_API_KEYS_FILE=str(_keys_file(folder)), TLVB_RATE_LIMIT="1000")
    try:
        with serving(small_index, folder) as root:
            os.environ.clear()
            os.environ.update(saved)
            upload = httpx.post(f"{root}/api/v1/ingest", headers={"Authorization": "Bearer admin"},
                                data={"groups": "tai-chinh"}, timeout=300,
                                files={"files": (f"{SECRET_ID}.txt", SECRET.encode(), "text/plain")})
            assert upload.status_code == 200 and upload.json()["indexed"] == [SECRET_ID], upload.text
            yield root
    finally:
        os.environ.clear()
        os.environ.update(saved)


def client(url: str, key: str = "admin") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, timeout=300, max_retries=0)


def _ask(url: str, messages: list[dict], key: str = "admin", **extra):
    return client(url, key).chat.completions.create(model=MODEL_ID, messages=messages, **extra)


def test_the_model_is_listed(url):
    assert [m.id for m in client(url).models.list()] == [MODEL_ID]


def test_a_reply_carries_numbered_markers_its_sources_and_the_citations_field(url):
    reply = _ask(url, [{"role": "system", "content": "Trả lời ngắn."}, {"role": "user", "content": QUESTION}])
    message = reply.choices[0].message
    assert reply.model == MODEL_ID and reply.choices[0].finish_reason == "stop"
    assert "Bộ Khoa học và Công nghệ" in message.content and "[1]" in message.content and "Nguồn:" in message.content
    citation = message.model_extra["citations"][0]
    assert citation["number"] == 1 and citation["doc_number"] == "03/NQ-CP" and citation["doc_id"]
    assert citation["quote"] and citation["section"] and "page" in citation
    assert citation["quote"] in citation["text"] and reply.model_extra["answer"]["answerable"]


def test_a_streamed_reply_is_the_same_text_in_chunks_with_the_citations_on_the_last(url):
    whole = _ask(url, [{"role": "user", "content": QUESTION}]).choices[0].message
    chunks = list(_ask(url, [{"role": "user", "content": QUESTION}], stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.content and chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].choices[0].delta.model_extra["citations"] == whole.model_extra["citations"]
    assert all("citations" not in (c.choices[0].delta.model_extra or {}) for c in chunks[:-1])


def test_three_turns_are_resolved_from_messages_as_ask_resolves_its_history(url):
    messages, history = [], []
    for question in [QUESTION, *FOLLOW_UPS]:
        messages.append({"role": "user", "content": question})
        reply = _ask(url, messages)
        answer = reply.model_extra["answer"]
        same = httpx.post(f"{url}/api/v1/ask", headers={"X-API-Key": "admin"}, timeout=300,
                          json={"question": question, "history": history}).json()
        assert answer["resolved_question"] == same["resolved_question"] and answer["text"] == same["text"]
        assert reply.choices[0].message.model_extra["citations"], question
        messages.append({"role": "assistant", "content": reply.choices[0].message.content})
        history.append({"question": question, "answer": reply.choices[0].message.content})
        if question == FOLLOW_UPS[0]:
            assert "Năng lượng nguyên tử" in answer["resolved_question"] and "Thời hạn" in answer["text"]
        if question == FOLLOW_UPS[1]:
            assert answer["resolved_question"] != question


def test_filters_travel_in_the_extra_body_field(url):
    reply = _ask(url, [{"role": "user", "content": "Ai chủ trì nhiệm vụ trồng cây xanh?"}],
                 extra_body={"filters": {"doc_ids": ["193"]}})
    assert {c["doc_id"] for c in reply.choices[0].message.model_extra["citations"]} == {"193"}


def test_a_wrong_key_is_refused_in_vietnamese_in_openai_s_error_shape(url):
    with pytest.raises(openai.AuthenticationError) as refused:
        _ask(url, [{"role": "user", "content": QUESTION}], key="sai-khoa")
    error = refused.value.body
    assert refused.value.status_code == 401 and set(error) >= {"message", "type", "code"}
    assert error["type"] == "authentication_error" and "khóa" in error["message"].lower()
    with pytest.raises(openai.NotFoundError) as unknown:
        client(url).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert MODEL_ID in unknown.value.body["message"]


def test_a_restricted_document_is_never_cited_for_an_outsider(url):
    for stream in (False, True):
        for who, sees in (("outsider", False), ("member", True)):
            if stream:
                chunks = list(_ask(url, [{"role": "user", "content": SECRET_QUESTION}], who, stream=True))
                text = "".join(c.choices[0].delta.content or "" for c in chunks)
                citations = chunks[-1].choices[0].delta.model_extra["citations"]
            else:
                message = _ask(url, [{"role": "user", "content": SECRET_QUESTION}], who).choices[0].message
                text, citations = message.content, message.model_extra["citations"]
            assert (SECRET_ID in {c["doc_id"] for c in citations}) is sees and (MARKER in text) is sees, (who, text)


def test_the_command_line_through_a_server_with_keys_sends_the_key_it_is_given(url):
    refused = cli("search", "trồng cây xanh", "--server", url, "--json")
    assert refused.returncode == 1 and refused.stderr.startswith("Lỗi: ") and "khóa" in refused.stderr.lower()
    found = cli("search", "trồng cây xanh", "--server", url, "--json", "--api-key", "outsider", "--k", "3")
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)["hits"]) == 3


def test_a_conversation_kept_by_the_server_continues_with_the_extra_conversation_id(url):
    messages = [{"role": "user", "content": QUESTION}]
    first = _ask(url, messages).model_extra["answer"]
    messages += [{"role": "assistant", "content": first["text"]}, {"role": "user", "content": FOLLOW_UPS[1]}]
    kept = _ask(url, messages, extra_body={"conversation_id": first["conversation_id"]}).model_extra["answer"]
    ask = lambda body: httpx.post(f"{url}/api/v1/ask", headers={"X-API-Key": "admin"}, json=body, timeout=300).json()
    same = ask({"question": FOLLOW_UPS[1], "conversation_id": ask({"question": QUESTION})["conversation_id"]})
    assert kept["conversation_id"] == first["conversation_id"] and kept["resolved_question"] != FOLLOW_UPS[1]
    assert (kept["resolved_question"], kept["text"]) == (same["resolved_question"], same["text"])
