"""The CLI contract that held-out evaluation depends on, checked end to end by the shared checker."""
import subprocess
import sys

from tests.data import ROOT, SHARED, needs_shared

CHECKER = SHARED / "tools" / "check_cli_contract.py"


@needs_shared
def test_cli_contract_holds_on_a_tiny_corpus():
    result = subprocess.run([sys.executable, str(CHECKER)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert "CLI contract: ok" in result.stdout, result.stdout[-3000:] + result.stderr[-3000:]
