"""The optional LLM against a local OpenAI-compatible server over real HTTP: its text streams as it is produced,
the verified answer follows, and an endpoint that is slow, refuses, returns garbage, drops the connection or cites
what was not retrieved leaves the extractive answer, within the configured timeout, with a note. The streams of
the API (SSE and the OpenAI-compatible endpoint, through the official client) carry the LLM's tokens then the
verified answer."""
import json
import shutil
import time

import openai
import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.api.routes.chat import CHECKED, MODEL_ID
from assistant.core import OPERATOR, Assistant
from assistant.phrasing import LLM_FAILED, LLM_UNVERIFIED
from assistant.records import Answer
from assistant.settings import Settings
from tests.fake_llm import FAULTS, FakeLLM, llm_url, well_behaved  # noqa: F401 (fixtures)

QUESTION = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?"
PHRASED = "Bộ Khoa học và Công nghệ chủ trì dự án Luật Năng lượng nguyên tử (sửa đổi) [1]."
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def extractive(small_index, module_folder) -> Answer:
    """The answer without an LLM (from a copy of the index: the LLM tests hold the index open)."""
    copy = module_folder("no-llm") / "index"
    shutil.copytree(small_index, copy)
    with Assistant(Settings(index_dir=copy)) as assistant:
        return assistant.ask(QUESTION, filters=OPERATOR)


@pytest.fixture(scope="module")
def with_llm(small_index, llm_url):  # noqa: F811
    settings = Settings(index_dir=small_index, llm_url=llm_url, llm_model="fake-7b", llm_timeout=TIMEOUT)
    with Assistant(settings) as opened:
        yield opened


def test_llm_text_streams_piece_by_piece_then_the_verified_answer(with_llm, well_behaved):  # noqa: F811
    FakeLLM.reply, FakeLLM.token_delay = PHRASED, 0.02
    items = list(with_llm.ask_stream(QUESTION, filters=OPERATOR))
    tokens, answer = items[:-1], items[-1]
    assert len(tokens) > 5 and all(isinstance(t, str) for t in tokens) and "".join(tokens) == PHRASED
    assert isinstance(answer, Answer) and (answer.text, answer.phrased_by, answer.grounded) == (PHRASED, "fake-7b", True)
    assert FakeLLM.prompts[-1]["stream"] is True


@pytest.mark.parametrize("fault", FAULTS)
def test_a_misbehaving_llm_leaves_the_extractive_answer_in_time_with_a_note(with_llm, extractive, fault,
                                                                          well_behaved):  # noqa: F811
    FakeLLM.fault, FakeLLM.reply = fault, PHRASED
    started = time.monotonic()
    answer = with_llm.ask(QUESTION, filters=OPERATOR)
    took = time.monotonic() - started
    assert (answer.text, answer.phrased_by, answer.citations) == (extractive.text, "extractive", extractive.citations)
    assert LLM_FAILED in answer.warnings
    assert took < TIMEOUT + 10, took  # the slow endpoint sleeps 30 s: only the deadline ends the wait this early


def test_an_llm_citing_what_was_not_retrieved_is_not_shown(with_llm, extractive, well_behaved):  # noqa: F811
    FakeLLM.reply = PHRASED.replace("[1]", "[7]") + " Xem thêm Nghị định 99/2030/NĐ-CP [9]."
    answer = with_llm.ask(QUESTION, filters=OPERATOR)
    assert (answer.text, answer.phrased_by, answer.grounded) == (extractive.text, "extractive", False)
    assert LLM_UNVERIFIED in answer.warnings and len(answer.unsupported) == 2 and "[7]" not in answer.text


@pytest.fixture(scope="module")
def app_client(with_llm):
    with TestClient(create_app(with_llm, with_llm.settings)) as client:
        yield client


def test_openai_stream_carries_the_llm_tokens_then_the_verified_text_when_the_check_changed_it(app_client,
                                                                                               well_behaved):  # noqa: F811
    FakeLLM.reply = PHRASED + " Bộ Quốc phòng giám sát nhà máy điện hạt nhân [1]."
    api = openai.OpenAI(base_url="http://testserver/v1", api_key="x", http_client=app_client, max_retries=0)
    chunks = list(api.chat.completions.create(model=MODEL_ID, stream=True,
                                              messages=[{"role": "user", "content": QUESTION}]))
    pieces = [c.choices[0].delta.content or "" for c in chunks]
    assert "".join(pieces[:-1]).startswith(FakeLLM.reply)  # the LLM's words, as they came
    text = "".join(pieces)
    checked = text.split(CHECKED)[1]
    assert checked.startswith(PHRASED) and "Bộ Quốc phòng" not in checked and "Nguồn:" in checked
    answer = chunks[-1].model_extra["answer"]
    assert answer["text"] == PHRASED and not answer["grounded"] and chunks[-1].choices[0].delta.model_extra["citations"]


def test_sse_deltas_are_the_llm_tokens_and_the_answer_event_the_verified_answer(app_client, well_behaved):  # noqa: F811
    FakeLLM.reply = PHRASED
    response = app_client.post("/api/v1/ask", json={"question": QUESTION, "stream": True})
    events = [block.split("\n") for block in response.text.strip().split("\n\n")]
    names = [lines[0].removeprefix("event: ") for lines in events]
    data = [json.loads(lines[1].removeprefix("data: ")) for lines in events]
    assert names[-2:] == ["answer", "done"] and names.count("delta") > 5
    assert "".join(d["text"] for d in data[:-2]) == PHRASED == data[-2]["text"]
    assert data[-2]["phrased_by"] == "fake-7b"
