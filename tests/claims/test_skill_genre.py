"""The classifier on the project's own labelled sentences (tests/claims/data): skill-file phrasing, and
findings from other fields and formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from skilllint.claims.classifier import classify
from skilllint.claims.evaluation import evaluate, read_examples

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("skill_claims.csv", 0.85),
        ("general_claims_dev.csv", 0.85),
        ("press_claims_dev.csv", 0.85),
        ("mech_claims_dev.csv", 0.85),
        ("mech2_claims_dev.csv", 0.80),
    ],
)
def test_development_sets_are_classified_well(name, floor):
    examples = read_examples(str(DATA / name), "sentence", "label")
    assert len(examples) >= 120
    report = evaluate([e.label for e in examples], [classify(e.text) for e in examples], resamples=20)
    # floors a little below the measured figures (README of tests/claims/data), to catch regressions
    assert report.macro_f1 >= floor
    assert report.direct_vs_correlational_precision >= 0.9
    assert report.correlational_flagged_direct <= 0.05
