"""Server-Sent Events for answers: the answer text in sentence pieces, then the whole answer, then done."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from fastapi.encoders import jsonable_encoder

_PIECE = re.compile(r".+?(?:[.!?…](?=\s)|\n|$)\s*", re.DOTALL)


def pieces(text: str) -> list[str]:
    """Sentence-sized pieces whose concatenation is `text`."""
    return _PIECE.findall(text)


def event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(jsonable_encoder(data), ensure_ascii=False)}\n\n"


def answer_events(answer: dict[str, Any]) -> Iterator[str]:
    for piece in pieces(answer["text"]):
        yield event("delta", {"text": piece})
    yield event("answer", answer)
    yield event("done", {})
