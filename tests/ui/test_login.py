"""With keys configured the web UI, which reads every document and ingests, lets in admin keys only, signed in
under the key's own name."""
import hashlib
import json

from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.core import Assistant
from assistant.settings import Settings
from ui import mount_ui


def test_only_an_admin_key_opens_the_ui(tmp_path):
    keys = [{"name": name, "sha256": hashlib.sha256(key.encode()).hexdigest(), "role": role}
            for name, key, role in (("quan-tri", "khoa-admin", "admin"), ("doc", "khoa-doc", "reader"))]
    (tmp_path / "keys.json").write_text(json.dumps(keys), encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index", api_keys_file=tmp_path / "keys.json")
    with Assistant(settings) as assistant, TestClient(mount_ui(create_app(assistant, settings))) as client:
        logins = [client.post("/login", data={"username": user, "password": password}).status_code
                  for user, password in (("quan-tri", "khoa-admin"), ("doc", "khoa-doc"), ("quan-tri", "sai"),
                                         ("ai-do", "khoa-admin"))]
    assert logins == [200, 400, 400, 400]
