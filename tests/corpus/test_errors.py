"""The errors tree: its docstring drawing lists every error class of corpus/errors.py under its base with its
HTTP status, and the API turns each into a response with that status and the headers the error carries."""
import inspect
import json
import re

import pytest

from assistant.api.errors import _assistant_error
from corpus import errors
from corpus.errors import AssistantError, RateLimited, Unauthorized

CLASSES = {name: cls for name, cls in vars(errors).items()
           if inspect.isclass(cls) and issubclass(cls, AssistantError)}


def drawn() -> dict[str, tuple[int, str | None]]:
    """name → (status, drawn parent) from the module docstring's tree."""
    tree, stack = {}, []
    for line in errors.__doc__.splitlines():
        if found := re.match(r"^([ │├└─]*)([A-Z]\w+)\s+(\d{3})\s", line):
            depth = len(found[1])
            stack = [(d, n) for d, n in stack if d < depth]
            tree[found[2]] = (int(found[3]), stack[-1][1] if stack else None)
            stack.append((depth, found[2]))
    return tree


def test_the_drawing_lists_every_error_with_its_status_under_its_base():
    tree = drawn()
    assert set(tree) == set(CLASSES)
    for name, cls in CLASSES.items():
        status, parent = tree[name]
        assert status == cls.status, name
        assert parent == (None if cls is AssistantError else cls.__bases__[0].__name__), name


@pytest.mark.parametrize("error, headers", [
    (Unauthorized("Thiếu khóa API."), {"www-authenticate": "Bearer"}),
    (RateLimited("Quá nhiều yêu cầu.", retry_after=7), {"retry-after": "7"}),
    *[(cls("Lỗi."), {}) for name, cls in CLASSES.items() if cls not in (Unauthorized, RateLimited)],
])
def test_the_api_maps_each_error_to_its_status_headers_and_message(error, headers):
    response = _assistant_error(None, error)
    assert response.status_code == error.status
    assert json.loads(response.body) == {"error": {"type": type(error).__name__, "message": error.message}}
    assert headers.items() <= dict(response.headers).items()
    assert ("www-authenticate" in response.headers) == isinstance(error, Unauthorized)
