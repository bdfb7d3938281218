"""The classifier on the project's own labelled sentences in skill-file phrasing (tests/claims/data)."""

from __future__ import annotations

from pathlib import Path

from skilllint.claims.classifier import classify
from skilllint.claims.evaluation import evaluate, read_examples

DATA = Path(__file__).parent / "data" / "skill_claims.csv"


def test_skill_phrasing_is_classified_well():
    examples = read_examples(str(DATA), "sentence", "label")
    assert len(examples) >= 200
    report = evaluate([e.label for e in examples], [classify(e.text) for e in examples], resamples=20)
    # floors a little below the measured figures (README of tests/claims/data), to catch regressions
    assert report.macro_f1 >= 0.85
    assert report.direct_vs_correlational_precision >= 0.9
    assert report.correlational_flagged_direct <= 0.05
