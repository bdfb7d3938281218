"""The mechanistic rules never crash, whatever the document looks like."""

from __future__ import annotations

import pytest
from helpers import lint_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PROFILE = "mechanistic-analysis"

EDGE_CASES = [
    "",
    "no frontmatter, no headings",
    "---\nname: x\n---\n",
    "---\nname: [unclosed\n---\n# T: x\n",
    "---\nkeywords: 7\n---\n# T: x\n",
    "# T: x\n\nControls & Confunds\n===================\n\ntext\n",
    "# T: x\n\n## When to Apply This Diagnostic\n\n| Scenario |\n|---|\n| a |\n",
    "# T: x\n\n## When to Apply This Diagnostic\n\n| Scenario | Should I Use This? | Why / Why Not? |\n|---|---|---|\n",
    "# T: x\n\n## Reference\n\nPaper:\nCode:\nRelated work:\n",
    "# T: x\n\n## Controls & Confounds\n\n```\nconfound\n```\n\n- \n",
    "\ufeff# T: x\r\n\r\n## Core Findngs\r\n\r\nAll models always fail.\r\n",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_do_not_crash(text):
    assert [d for d in lint_text(text, profile=PROFILE) if d.code == "SL001"] == []


def test_setext_near_miss_is_reported_without_a_fix():
    found = lint_text(EDGE_CASES[5], profile=PROFILE, select=["MA003"])
    assert [(d.code, d.line) for d in found] == [("MA003", 3)] and found[0].fix is None


_LINE = st.one_of(
    st.sampled_from(
        [
            "## The Research Question",
            "## Controls & Confunds",
            "## 9. When to Apply",
            "| Scenario | Should I Use This? | Why / Why Not? |",
            "|---|---|---|",
            "| a | Yes | |",
            "Paper: https://arxiv.org/abs/1704.05796",
            "Code: none",
            "- (1) step (2) step",
            "A confound is X.",
            "```",
            "TODO",
            "<!-- TODO -->",
            "# Title: Outcome",
            "",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, max_size=30))
def test_random_documents_do_not_crash(lines):
    text = "---\nname: skill\ncategory: Mechanistic Analysis\n---\n" + "\n".join(lines)
    assert [d for d in lint_text(text) if d.code == "SL001"] == []
