"""`python -m evals bench` end to end on a tiny tier (numbers are not checked: performance is shown by running
the command, not by tests)."""
import json
import subprocess
import sys

from tests.data import ROOT, needs_alqac


@needs_alqac
def test_bench_builds_a_tier_from_the_law_corpora_and_writes_its_report(tmp_path):
    report = tmp_path / "bench.md"
    done = subprocess.run([sys.executable, "-m", "evals", "bench", "--tiers", "60", "--engines", "edge",
                           "--queries", "5", "--embed-sample", "0", "--no-cold-start", "--no-fresh-start",
                           "--ocr-scans", "0",
                           "--workdir", str(tmp_path / "work"), "--report", str(report)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads(report.with_suffix(".json").read_text())
    [tier] = data["tiers"]
    assert tier["engine"] == "edge" and tier["chunks"] >= 60 and tier["queries"] == 5
    assert len(tier["search_ms"]) == len(tier["ask_ms"]) == 3 and tier["disk_mb"] > 0
    assert set(tier["seconds"]) == {"parse", "chunk", "extract", "embed", "sparse", "write"}
    assert "| edge |" in report.read_text(encoding="utf-8") and "ocr" not in data
