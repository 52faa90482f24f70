"""Fixtures around the fake OpenAI-compatible LLM (evals/fake_llm.py), for the tests of the optional LLM path."""
import pytest

from evals.fake_llm import FAULTS, FakeLLM, serve_fake_llm

__all__ = ["FAULTS", "FakeLLM", "llm_url", "well_behaved"]


@pytest.fixture(scope="module")
def llm_url():
    server, url = serve_fake_llm()
    yield url
    server.shutdown()


@pytest.fixture
def well_behaved():
    """The fake LLM back to answering promptly after a test that made it misbehave."""
    yield
    FakeLLM.fault, FakeLLM.token_delay, FakeLLM.reply = None, 0.0, ""
