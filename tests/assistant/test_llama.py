"""LlamaIndex over the real index: our retriever inside a LlamaIndex query engine and chat engine whose LLM is a
local OpenAI-compatible server over HTTP (llama-index's OpenAILike), and the export as Documents and TextNodes."""
import pytest
from llama_index.core.chat_engine import CondensePlusContextChatEngine
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import NodeRelationship
from llama_index.llms.openai_like import OpenAILike

from assistant.llama import AssistantRetriever, export_nodes
from assistant.core import OPERATOR
from index.records import Access, Filters
from tests.fake_llm import FakeLLM, llm_url, well_behaved  # noqa: F401 (fixtures)

QUESTION = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?"
REPLY = "Bộ Khoa học và Công nghệ chủ trì."


@pytest.fixture
def llm(llm_url, well_behaved):  # noqa: F811
    FakeLLM.reply = REPLY
    return OpenAILike(model="fake-7b", api_base=llm_url, api_key="none", is_chat_model=True, timeout=30)


def test_the_retriever_feeds_a_query_engine_our_passages_with_their_metadata(assistant, llm):
    engine = RetrieverQueryEngine.from_args(AssistantRetriever(assistant, k=4, filters=OPERATOR), llm=llm)
    response = engine.query(QUESTION)
    assert str(response) == REPLY and len(response.source_nodes) == 4
    top = response.source_nodes[0]
    assert top.node.metadata["doc_number"] == "03/NQ-CP" and "Năng lượng nguyên tử" in top.node.text
    assert {"doc_type", "issuer", "issued_on", "section", "heading_path", "page", "obligations", "label"} <= set(
        top.node.metadata)
    assert top.node.metadata["obligations"][0]["lead"] == ["Bộ Khoa học và Công nghệ"]
    prompt = FakeLLM.prompts[-1]["messages"][-1]["content"]
    assert "Năng lượng nguyên tử" in prompt and "03/NQ-CP" in prompt and "obligations" not in prompt


def test_the_retriever_in_a_chat_engine_and_with_filters(assistant, llm):
    chat = CondensePlusContextChatEngine.from_defaults(AssistantRetriever(assistant, k=3, filters=OPERATOR), llm=llm)
    assert str(chat.chat(QUESTION)) == REPLY
    assert str(chat.chat("Thời hạn là khi nào?")) == REPLY and len(chat.chat_history) == 4
    only = AssistantRetriever(assistant, k=5, filters=Filters(doc_ids=("193",), access=Access.admin())).retrieve(
        "trồng cây xanh")
    assert only and {n.node.metadata["doc_id"] for n in only} == {"193"}


def test_documents_and_chunks_export_with_parent_and_sibling_links(assistant):
    documents, nodes = export_nodes(assistant, OPERATOR)
    assert {d.doc_id for d in documents} == {d.doc_id for d in assistant.documents(OPERATOR)}
    plan = [n for n in nodes if n.metadata["doc_id"] == "193"]
    assert len(plan) == len(assistant.document("193", OPERATOR).chunks) > 2
    assert plan[0].parent_node.node_id == "193" and plan[0].prev_node is None
    assert plan[0].next_node.node_id == plan[1].node_id and plan[1].prev_node.node_id == plan[0].node_id
    assert plan[-1].relationships.get(NodeRelationship.NEXT) is None
    document = next(d for d in documents if d.doc_id == "193")
    assert document.metadata["doc_number"] == "193/KH-UBND" and plan[0].text in document.text
