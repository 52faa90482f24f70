"""The start-up damage check on a real Qdrant Edge index of the small corpus: a start whose segment files are as the
last write recorded them reads a sample of points, not every point; a start whose files changed (or that finds
none recorded) reads every point, then records them; writes made outside ingest() are recorded on close. The damage
itself (truncated or lost files) is tested over the real CLI in test_backup.py."""
import json
import shutil

import pytest

from assistant.core import OPERATOR, Assistant
from assistant.settings import Settings
from index import edge_store
from index.edge_store import EdgeStore

SAMPLE = 5  # points read whole at a start whose files are as recorded (fewer than the small index holds)


@pytest.fixture
def index(small_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(small_index, copy)
    return copy


@pytest.fixture
def reads(monkeypatch):
    """The `limit` of every EdgeStore._read_whole call: None reads every point."""
    seen, original = [], EdgeStore._read_whole
    monkeypatch.setattr(edge_store, "SAMPLE", SAMPLE)

    def spy(self, limit):
        seen.append(limit)
        return original(self, limit)
    monkeypatch.setattr(EdgeStore, "_read_whole", spy)
    return seen


def _marker(index):
    return json.loads((index / "index.json").read_text())


def _open(index) -> int:
    with Assistant(Settings(index_dir=index, llm_url=None)) as assistant:
        return assistant.store.count(OPERATOR)


def test_the_ingestion_records_the_segment_files_and_a_start_then_reads_a_sample(index, reads):
    marker = _marker(index)
    files = marker["files"]
    assert any(name.endswith("chunk_0.mmap") for name in files) and not any("wal" in name for name in files)
    assert _open(index) == marker["points"] > SAMPLE
    assert reads == [SAMPLE]
    assert _open(index) == marker["points"] and reads == [SAMPLE, SAMPLE]  # an unchanged start records nothing new
    assert _marker(index) == marker


def test_a_start_with_no_sizes_recorded_reads_every_point_then_records_them(index, reads):
    marker = _marker(index)
    (index / "index.json").write_text(json.dumps({k: v for k, v in marker.items() if k != "files"}))
    assert _open(index) == marker["points"]
    assert reads == [None]
    assert _marker(index)["files"] == marker["files"]
    _open(index)
    assert reads == [None, SAMPLE]


def test_a_changed_file_size_makes_the_start_read_every_point(index, reads):
    marker = _marker(index)
    name = next(n for n in marker["files"] if n.endswith("chunk_0.mmap"))
    (index / "index.json").write_text(json.dumps({**marker, "files": {**marker["files"], name: 100}}))
    assert _open(index) == marker["points"]  # the file is whole: read every point, it opens
    assert reads == [None]
    assert _marker(index)["files"] == marker["files"]  # and the true sizes are recorded again


def test_points_written_outside_ingest_are_recorded_on_close(index, reads):
    with Assistant(Settings(index_dir=index, llm_url=None)) as assistant:
        doc_id = next(iter(assistant.store.heads(filters=OPERATOR)))
        assistant.store.delete_document(doc_id)  # as the bench's build writes: through the store, not ingest()
        left = assistant.store.count(OPERATOR)
    assert _marker(index)["points"] == left
    assert _open(index) == left and reads == [SAMPLE, SAMPLE]


@pytest.fixture
def listings(monkeypatch):
    """How many times the segment folder is listed (EdgeStore.files)."""
    seen, original = [], EdgeStore.files

    def spy(self):
        seen.append(1)
        return original(self)
    monkeypatch.setattr(EdgeStore, "files", spy)
    return seen


def test_a_start_lists_the_segment_files_once(index, reads, listings):
    marker = _marker(index)
    assert _open(index) == marker["points"] and reads == [SAMPLE]
    assert len(listings) == 1  # verify's listing decides the sample and the stale check alike
    (index / "index.json").write_text(json.dumps({k: v for k, v in marker.items() if k != "files"}))
    listings.clear()
    assert _open(index) == marker["points"] and reads == [SAMPLE, None]
    assert len(listings) == 1  # none recorded: no listing to compare, one to record
    assert _marker(index)["files"] == marker["files"]


def test_verify_says_whether_the_files_are_as_recorded(index):
    marker = _marker(index)
    store = EdgeStore(index / "edge", marker["dim"])
    try:
        assert store.verify(marker["files"]) == (marker["points"], True)
        assert store.verify({**marker["files"], "segments/gone": 1}) == (marker["points"], False)
        assert store.verify(None) == (marker["points"], False)
    finally:
        store.close()
