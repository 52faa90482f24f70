"""The development/test split: disjoint files, every set file documented, the refusal threshold never fitted on the
test part."""
import argparse
from pathlib import Path

import pytest

from evals.__main__ import (DEV_SETS, DEVDOCS_DOCS, DEVDOCS_SETS, HOLDOUT_DOCS, HOLDOUT_SETS, SAMPLES, TEST_SETS,
                            _calibrate)
from evals.dataset import read_set

README = Path(__file__).resolve().parents[2] / "evals" / "README.md"


def test_the_parts_are_disjoint_and_documented():
    assert DEV_SETS and TEST_SETS and HOLDOUT_SETS
    assert not set(DEV_SETS) & set(TEST_SETS) and not set(HOLDOUT_SETS) & set(DEV_SETS + TEST_SETS)
    dev_ids = {item.id for path in DEV_SETS for item in read_set(path)}
    test_ids = {item.id for path in TEST_SETS for item in read_set(path)}
    holdout_ids = {item.id for path in HOLDOUT_SETS for item in read_set(path)}
    devdocs_ids = {item.id for path in DEVDOCS_SETS for item in read_set(path)}
    assert not dev_ids & test_ids and not holdout_ids & (dev_ids | test_ids)
    assert not devdocs_ids & (dev_ids | test_ids | holdout_ids)
    documented = README.read_text(encoding="utf-8")
    assert all(f"sets/{path.name}" in documented for path in DEV_SETS + TEST_SETS + HOLDOUT_SETS + DEVDOCS_SETS)


def test_the_held_out_documents_are_not_bundled():
    bundled = {path.stem.casefold() for path in SAMPLES.rglob("*") if path.is_file()}
    held_out = [path for path in HOLDOUT_DOCS.iterdir() if path.suffix in (".txt", ".md") and path.name != "SOURCE.md"]
    assert len(held_out) == 7 and not {path.stem.casefold() for path in held_out} & bundled


def test_the_devdocs_documents_are_neither_bundled_nor_held_out():
    """Fitting on the devdocs part must not touch the held-out documents, or the held-out part stops holding out."""
    def stems(folder: Path) -> set[str]:
        return {path.name.split(".")[0].casefold() for path in folder.rglob("*")
                if path.is_file() and path.name != "SOURCE.md"}
    devdocs = stems(DEVDOCS_DOCS) if DEVDOCS_DOCS.is_dir() else set()
    assert not devdocs & stems(SAMPLES) and not devdocs & stems(HOLDOUT_DOCS)


def test_calibration_refuses_the_test_part():
    for other in (TEST_SETS[0], HOLDOUT_SETS[0]):
        args = argparse.Namespace(sets=[*DEV_SETS, other], index=None, report=None)
        with pytest.raises(SystemExit, match="never used to fit"):
            _calibrate(args)
