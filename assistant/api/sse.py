"""Server-Sent Events for answers: `delta` pieces of text as they are produced, then the whole (verified) answer,
then done."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.encoders import jsonable_encoder

from assistant.records import Answer

_PIECE = re.compile(r".+?(?:[.!?…](?=\s)|\n|$)\s*", re.DOTALL)


def pieces(text: str) -> list[str]:
    """Sentence-sized pieces whose concatenation is `text`."""
    return _PIECE.findall(text)


def event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(jsonable_encoder(data), ensure_ascii=False)}\n\n"


def answer_events(stream: Iterable[str | Answer]) -> Iterator[str]:
    """SSE from `Assistant.ask_stream`: the LLM's text as it comes (unchecked), or, without an LLM, the answer's
    text at once in sentence pieces; then `answer`, whose text (verified) replaces what the deltas showed."""
    streamed = False
    for item in stream:
        if isinstance(item, str):
            streamed = True
            yield event("delta", {"text": item})
            continue
        if not streamed:
            for piece in pieces(item.text):
                yield event("delta", {"text": piece})
        yield event("answer", item.to_dict())
    yield event("done", {})
