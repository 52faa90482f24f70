"""LlamaIndex integration: our Vietnamese hybrid retrieval as a LlamaIndex retriever (for query engines, chat
engines and agents), and our parsed documents and chunks as LlamaIndex Documents and TextNodes for teams that
keep their own pipeline. Imported only by whoever uses it (llama-index takes seconds to import): nothing in the
CLI, API or UI imports this module.

Node metadata (the same names as the API): doc_id, doc_number (số hiệu), doc_type (loại), issuer (cơ quan ban
hành), issued_on (ngày ban hành, ISO), title (trích yếu), section, heading_path, article, page, obligations (the
extracted tasks: lead, partners, deadline), label ("Kế hoạch 193/KH-UBND, Mục II.2, trang 3"), source."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import (Document, NodeRelationship, NodeWithScore, ObjectType, QueryBundle,
                                     RelatedNodeInfo, TextNode)

from assistant.core import Assistant
from assistant.records import Citation
from index.records import Filters, Hit, Mode, Query

__all__ = ["AssistantRetriever", "export_nodes", "hit_node"]

DOCUMENT_KEYS = ("doc_id", "doc_number", "doc_type", "issuer", "issued_on", "title")
CHUNK_KEYS = ("section", "heading_path", "article", "page", "obligations", "ocr_confidence", "source")
# what an LLM prompt need not carry (long, or only for software): kept in the metadata, left out of the prompt
HIDDEN_FROM_LLM = ["obligations", "heading_path", "source", "ocr_confidence", "doc_id"]
HIDDEN_FROM_EMBEDDING = HIDDEN_FROM_LLM + ["label"]


def _plain(value: Any) -> Any:
    """Metadata as JSON values (dates as ISO strings), so that nodes serialise and store anywhere."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def hit_node(hit: Hit) -> TextNode:
    """A passage as a TextNode (id: our chunk id, character offsets in its document) with its document as SOURCE."""
    fields = asdict(hit)
    metadata = _plain({**{key: fields[key] for key in (*DOCUMENT_KEYS, *CHUNK_KEYS)}, "label": Citation.of(0, hit).label})
    return TextNode(id_=hit.chunk_id, text=hit.text, metadata=metadata, start_char_idx=hit.start, end_char_idx=hit.end,
                    excluded_llm_metadata_keys=HIDDEN_FROM_LLM, excluded_embed_metadata_keys=HIDDEN_FROM_EMBEDDING,
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=hit.doc_id,
                                                                            node_type=ObjectType.DOCUMENT)})


class AssistantRetriever(BaseRetriever):
    """Our hybrid retrieval (Vietnamese BM25 + e5, fused) over an open Assistant's index, for LlamaIndex:
    `RetrieverQueryEngine.from_args(AssistantRetriever(assistant), llm=...)`, a chat engine, an agent tool.
    `filters` (required) narrow it like the API's: document type, issuer, ids, numbers, dates, and whose read it is
    (`Access`: `Access.admin()` for every document, `Access.of(groups)` for a reader's)."""

    def __init__(self, assistant: Assistant, k: int = 8, mode: Mode = "hybrid", *, filters: Filters,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.assistant, self.k, self.mode, self.filters = assistant, k, mode, filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self.assistant.search(Query(query_bundle.query_str, self.k, self.mode, filters=self.filters))
        return [NodeWithScore(node=hit_node(hit), score=hit.score) for hit in hits]


def export_nodes(assistant: Assistant, filters: Filters) -> tuple[list[Document], list[TextNode]]:
    """Every indexed document the filters let through as a LlamaIndex Document (its chunks' text, in order), and
    its chunks as TextNodes linked to it (SOURCE and PARENT) and to each other (PREVIOUS, NEXT)."""
    documents, nodes = [], []
    for head in assistant.documents(filters):
        detail = assistant.document(head.doc_id, filters)
        meta = {key: getattr(head, key) for key in DOCUMENT_KEYS}
        documents.append(Document(id_=head.doc_id, text="\n\n".join(c.text for c in detail.chunks),
                                  metadata=_plain({**meta, "source": head.source or None}),
                                  excluded_llm_metadata_keys=HIDDEN_FROM_LLM,
                                  excluded_embed_metadata_keys=HIDDEN_FROM_EMBEDDING))
        chunks = [hit_node(Hit.of(chunk, 0.0)) for chunk in detail.chunks]
        parent = RelatedNodeInfo(node_id=head.doc_id, node_type=ObjectType.DOCUMENT)
        for before, node, after in zip([None, *chunks], chunks, [*chunks[1:], None]):
            node.relationships[NodeRelationship.PARENT] = parent
            if before:
                node.relationships[NodeRelationship.PREVIOUS] = RelatedNodeInfo(node_id=before.node_id)
            if after:
                node.relationships[NodeRelationship.NEXT] = RelatedNodeInfo(node_id=after.node_id)
        nodes += chunks
    return documents, nodes
