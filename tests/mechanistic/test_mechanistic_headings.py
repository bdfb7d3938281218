"""Tolerant heading matching and the near-miss rule's safe fix."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, lint_text

from skilllint.fixes import apply_edits
from skilllint.packs import builtin_pack
from skilllint.rules.mechanistic._sections import normalise, recognise, specs

DATA = builtin_pack("mechanistic-analysis").data
SPECS = specs(DATA)
SCORE = DATA["headings"]["near_miss_score"]


@pytest.mark.parametrize(
    ("heading", "section_id"),
    [
        ("Section 3: Controls & Confounds", "controls"),
        ("3. Controls and Confounds", "controls"),
        ("CONTROLS & CONFOUNDS", "controls"),
        ("Controls & Confounds: Isolating RL Effects", "controls"),
        ("The Research Question", "question"),
        ("Research Question", "question"),
        ("**The Research Question**", "question"),
        ("The Analytical Approach: Token-Level Divergence Analysis", "approach"),
        ("When to Apply Token-Level Analysis", "apply"),
        ("When to Apply This Diagnostic", "apply"),
        ("Core Findings — Sparse, Targeted Refinement", "findings"),
        ("Section 6: Methodology You Can Reuse", "methodology"),
        ("7) Limitations & Caveats", "limitations"),
    ],
)
def test_variants_match_exactly(heading, section_id):
    spec, exact, _ = recognise(heading, SPECS, SCORE)
    assert (spec.id if spec else None, exact) == (section_id, True)


@pytest.mark.parametrize(
    ("heading", "section_id"),
    [("Controls & Confunds", "controls"), ("Practioner Implications", "implications"), ("Core Findngs", "findings")],
)
def test_misspellings_are_near_misses(heading, section_id):
    spec, exact, score = recognise(heading, SPECS, SCORE)
    assert (spec.id, exact) == (section_id, False) and SCORE <= score < 100


@pytest.mark.parametrize(
    "heading",
    ["Decision Table: When to Use Cross-Sampling", "Overview", "Implementation Details", "Reference"],
)
def test_other_headings_match_nothing(heading):
    assert recognise(heading, SPECS, SCORE)[0] is None


def test_normalise():
    assert normalise("Section 3: Controls & Confounds") == "controls and confounds"
    assert normalise("The Research Question") == "research question"


def test_variant_headings_count_as_the_sections():
    text = (FIXTURES / "section-heading-near-miss" / "good-variants.md").read_text(encoding="utf-8")
    found = lint_text(text, profile="mechanistic-analysis", select=["MA002", "MA003", "MA004", "MA005"])
    assert found == []


@pytest.mark.parametrize(
    ("fixture", "before", "after"),
    [
        ("bad.md", "## Controls & Confunds\n", "## Controls & Confounds\n"),
        (
            "bad-numbered.md",
            "## 5. Practioner Implications: What to Do\n",
            "## 5. Practitioner Implications: What to Do\n",
        ),
    ],
)
def test_near_miss_fix_renames_the_heading_and_is_idempotent(fixture, before, after):
    text = (FIXTURES / "section-heading-near-miss" / fixture).read_text(encoding="utf-8")
    found = lint_text(text, profile="mechanistic-analysis", select=["MA003"])
    assert len(found) == 1 and found[0].fix is not None and found[0].fix.safe
    fixed = apply_edits(text, found[0].fix.edits)
    assert before not in fixed and after in fixed
    assert fixed.replace(after, before) == text
    assert lint_text(fixed, profile="mechanistic-analysis", select=["MA002", "MA003"]) == []


def test_near_miss_fix_keeps_crlf_line_endings():
    text = (FIXTURES / "section-heading-near-miss" / "bad.md").read_text(encoding="utf-8").replace("\n", "\r\n")
    found = lint_text(text, profile="mechanistic-analysis", select=["MA003"])
    fixed = apply_edits(text, found[0].fix.edits)
    assert "## Controls & Confounds\r\n" in fixed and fixed.count("\r\n") == text.count("\r\n")
