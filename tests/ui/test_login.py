"""With keys configured the web UI lets in a key of any role, signed in under the key's own name (what it sees then
follows from the key: tests/ui/test_roles.py); or, opted in, the user an agency's reverse proxy authenticated,
from the proxy's address only."""
import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.core import Assistant
from assistant.settings import Settings
from corpus.errors import BadInput
from tests.assistant.portal import keys_file
from ui import mount_ui

KEYS = {"khoa-admin": ("quan-tri", "admin", []), "khoa-doc": ("doc", "reader", ["nhom-a"])}
PROXY = "10.0.0.7"


def test_a_key_of_any_role_opens_the_ui_under_its_own_name(tmp_path):
    settings = Settings(index_dir=tmp_path / "index", api_keys_file=keys_file(tmp_path, KEYS))
    with Assistant(settings) as assistant, TestClient(mount_ui(create_app(assistant, settings))) as client:
        logins = [client.post("/login", data={"username": user, "password": password}).status_code
                  for user, password in (("quan-tri", "khoa-admin"), ("doc", "khoa-doc"), ("quan-tri", "sai"),
                                         ("ai-do", "khoa-admin"), ("quan-tri", "khoa-doc"))]
    assert logins == [200, 200, 400, 400, 400]


def _proxied(tmp_path, **extra) -> Settings:
    return Settings(index_dir=tmp_path / "index", api_keys_file=keys_file(tmp_path, KEYS),
                    ui_trusted_header="X-Remote-User", ui_trusted_proxies=PROXY, ui_header_users="nguyenvana=doc",
                    **extra)


def test_the_proxy_header_signs_in_its_mapped_user_from_the_proxy_address_only(tmp_path):
    settings = _proxied(tmp_path)
    with Assistant(settings) as assistant:
        app = mount_ui(create_app(assistant, settings))
        with TestClient(app, client=(PROXY, 40000)) as proxy, TestClient(app, client=("10.0.0.99", 40000)) as other:
            assert proxy.get("/gradio_api/user", headers={"X-Remote-User": "nguyenvana"}).json() == "doc"
            assert proxy.get("/config", headers={"X-Remote-User": "nguyenvana"}).status_code == 200
            for client, user in ((proxy, "ke-la"), (proxy, ""), (other, "nguyenvana")):  # unmapped, none, spoofed
                assert client.get("/config", headers={"X-Remote-User": user}).status_code == 401, (client, user)
            assert proxy.get("/config").status_code == 401


@pytest.mark.parametrize("wrong", [{"ui_trusted_proxies": ""}, {"ui_header_users": "nguyenvana=khong-co"},
                                   {"ui_header_users": "nguyenvana"}, {"ui_header_users": ""}])
def test_a_proxy_setting_that_cannot_work_is_refused_at_start(tmp_path, wrong):
    settings = _proxied(tmp_path).model_copy(update=wrong)
    with Assistant(settings) as assistant, pytest.raises(BadInput):
        mount_ui(create_app(assistant, settings))
