"""The development/test split: disjoint files, every set file documented, the refusal threshold never fitted on the
test part."""
import argparse
from pathlib import Path

import pytest

from evals.__main__ import DEV_SETS, TEST_SETS, _calibrate
from evals.dataset import read_set

README = Path(__file__).resolve().parents[2] / "evals" / "README.md"


def test_the_parts_are_disjoint_and_documented():
    assert DEV_SETS and TEST_SETS and not set(DEV_SETS) & set(TEST_SETS)
    dev_ids = {item.id for path in DEV_SETS for item in read_set(path)}
    test_ids = {item.id for path in TEST_SETS for item in read_set(path)}
    assert not dev_ids & test_ids
    documented = README.read_text(encoding="utf-8")
    assert all(f"sets/{path.name}" in documented for path in DEV_SETS + TEST_SETS)


def test_calibration_refuses_the_test_part():
    args = argparse.Namespace(sets=[*DEV_SETS, TEST_SETS[0]], index=None, report=None)
    with pytest.raises(SystemExit, match="never used to fit"):
        _calibrate(args)
