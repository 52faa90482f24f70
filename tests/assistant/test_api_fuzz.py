"""Schemathesis over the API's own OpenAPI schema, in-process against a copy of the small real index: whatever
the generated request (valid or not, any route, any method), the answer is never a 5xx, and every error is the
API's JSON shape with a Vietnamese message. Bounded examples per operation so that the suite stays fast."""
import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from assistant.api import PREFIX, create_app
from assistant.core import Assistant
from assistant.settings import Settings
from tests.data import SAMPLES

FUZZED = [SAMPLES / "ninhbinh" / "706.pdf", SAMPLES / "chinhphu" / "30-ttg.signed.txt"]
VIETNAMESE = set("ăâđêôơưạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹáàãéèíìóòõúùýẠẢẤẦẨẬẮẰẲẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỘỚỜỞỢỤỦỨỪỬỮỰỲỴỶỸ")


@pytest.fixture(scope="module")
def fuzz_folder(module_folder):
    return module_folder("fuzz")


@pytest.fixture(scope="module")
def fuzzed_app(fuzz_folder):
    """An app over a real index of two documents: small, so that the many generated quizzes and answers are quick."""
    settings_ = Settings(index_dir=fuzz_folder / "index", backup_dir=fuzz_folder / "backups", max_file_mb=1,
                         max_request_mb=2)
    with Assistant(settings_) as assistant:
        assert not assistant.ingest(FUZZED).failed
        yield create_app(assistant, settings_)


@pytest.fixture(autouse=True)
def _backups_removed(fuzz_folder):
    """A generated backup request writes a whole copy of the index (about 250 MB): removed after each test."""
    yield
    shutil.rmtree(fuzz_folder / "backups", ignore_errors=True)


# The schema is read at collection from an app that opens no index (the schema does not depend on it); the
# requests go to the fixture's app over the real index.
schema = schemathesis.openapi.from_asgi(f"{PREFIX}/openapi.json",
                                        create_app(Assistant(Settings()), Settings()))


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_request_gets_a_server_error(case, fuzzed_app):
    response = case.call(app=fuzzed_app)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:500]}"
    if response.status_code >= 400:
        error = response.json()["error"]
        assert error["type"] and VIETNAMESE & set(error["message"]), error
