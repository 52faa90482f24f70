"""`python -m evals stream` end to end with few questions (numbers are shown by running the command, not checked)."""
import re
import subprocess
import sys

from tests.data import ROOT


def test_stream_benchmark_prints_first_token_and_total_with_and_without_the_slow_llm():
    done = subprocess.run([sys.executable, "-m", "evals", "stream", "--questions", "2", "--llm-questions", "2",
                           "--token-delay", "0.01"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {line.split(" | ")[0].strip("| "): line for line in done.stdout.splitlines() if line.startswith("| ")}
    assert re.search(r"\| [\d.]+ s \|", rows["server cold start (API answering)"])
    for name in ("/api/v1/ask SSE: first text", "/v1/chat/completions stream: whole answer"):
        assert re.fullmatch(r"\| .+ \| [\d,]+ / [\d,]+ \| [\d,]+ / [\d,]+ \|", rows[name]), rows[name]
