"""The load tool against a real server over loopback (no timing assertions: performance is shown by
`python -m evals load`), and what the CLI says when that server holds the index."""
import asyncio
import shutil
import subprocess
import sys

import httpx
import pytest

from evals import load, server
from evals.stats import percentiles
from tests.data import ROOT, SAMPLES
from tests.server import serving

UPLOAD = SAMPLES / "chinhphu" / "2241ttg.signed.txt"
QUESTIONS = ["Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "trồng cây xanh", "thời hạn báo cáo"]


@pytest.fixture(scope="module")
def served(small_index, module_folder):
    folder = module_folder("load")
    with serving(small_index, folder) as url:
        yield url, folder / "index"


def test_twenty_concurrent_clients_mixing_ask_search_and_ingest_get_no_errors(served):
    url, _ = served
    tallies, wall = asyncio.run(load.run(url, 20, 4, load.parse_mix("ask,search,ingest"), QUESTIONS, UPLOAD))
    assert {kind: tally.errors for kind, tally in tallies.items()} == {"ask": [], "search": [], "ingest": []}
    assert all(tally.latencies for tally in tallies.values())
    text, data = load.report(tallies, wall, 20, 4, "test")
    assert data["errors"] == 0 and data["requests"] == sum(len(t.latencies) for t in tallies.values())
    documents = httpx.get(f"{url}/api/v1/documents", timeout=60).json()
    assert any(d["doc_id"].startswith("tai_") for d in documents)


def test_cli_ingest_while_the_server_runs_says_where_to_ingest(served, tmp_path):
    url, index = served
    (tmp_path / "moi.txt").write_text("THÔNG BÁO\nVề việc thử.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--index", str(index), str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout
    assert f"Máy chủ đang chạy tại {url}" in done.stderr and f"{url}/api/v1/ingest?background=true" in done.stderr


def test_mix_and_percentiles():
    assert load.parse_mix("ask:5,search:4,ingest") == {"ask": 5, "search": 4, "ingest": 1}
    with pytest.raises(ValueError):
        load.parse_mix("delete")
    assert percentiles([0.3, 0.1, 0.2, 0.4], (50, 100)) == [0.2, 0.4]


def test_conversations_hopping_between_two_workers_that_share_the_state_lose_no_turn(small_index, tmp_path):
    """Two servers on copies of one index with one state file (as `python -m evals load --workers 2` runs them), and
    a third with its own state: hopping between the two sharing it loses nothing; towards the third it does."""
    shared = {"TLVB_STATE_PATH": str(tmp_path / "state.sqlite")}
    copies = []
    for name in ("a", "b", "c"):
        copies.append(tmp_path / name)
        shutil.copytree(small_index, copies[-1])
    with server.serving(copies[0], tmp_path / "a.log", env=shared) as a, \
            server.serving(copies[1], tmp_path / "b.log", env=shared) as b, \
            server.serving(copies[2], tmp_path / "c.log") as alone:
        mix = load.parse_mix("conversation")
        tallies, wall = asyncio.run(load.run(a.url, 4, 3, mix, QUESTIONS, UPLOAD, urls=[a.url, b.url]))
        apart, _ = asyncio.run(load.run(a.url, 2, 1, mix, QUESTIONS, UPLOAD, urls=[a.url, alone.url]))
    _, data = load.report(tallies, wall, 4, 3, "test", workers=2)
    assert tallies["conversation"].errors == [] and data["lost_turns"] == 0
    assert len(tallies["conversation"].latencies) >= 3  # at least one whole conversation, every turn on a new worker
    assert apart["conversation"].lost > 0 and "lost turn" in apart["conversation"].errors[0]
