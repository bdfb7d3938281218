"""Any text gives diagnostics, never an exception, and every position lies inside the file."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skilllint.config import Config
from skilllint.engine import Linter, Options

LINTER = Linter(Config({}, None), Options(profiles=None, extend_select=["ALL"]))

FRAGMENTS = st.sampled_from([
    "---", "name: x", "description: \"d\"", "# T: O", "## Research Question", "| a | b |", "|---|---|",
    "| Yes | x |", "- item", "1. step", "```", "<!-- skilllint-disable AS040 -->", "> quote", "",
    "keywords: [A, B]", "url: https://arxiv.org/abs/2501.00001", "category: Mechanistic Analysis",
    "Because X correlates with Y, X causes Y.", "\t", "\r", "&a [*a]", "!!python/object:os.system",
])


def check(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else text
    result = LINTER.lint_bytes(data, Path("prop/SKILL.md"), "prop/SKILL.md")
    run = LINTER.finish([result])
    assert not run.crashed, [d.message for d in run.diagnostics if d.code == "SL001"]
    breaks = len(re.findall(rb"\r\n?|\n", data))  # a line ends at LF, CRLF or a lone CR
    line_count = max(1, breaks + (0 if data.endswith((b"\n", b"\r")) else 1))
    for d in run.diagnostics:
        assert 1 <= d.line <= line_count + 1, (d, line_count)
        assert d.column >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text):
    check(text.encode("utf-8", errors="replace").decode("utf-8"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=40).map("\n".join))
def test_skill_shaped_text(text):
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes(data):
    result = LINTER.lint_bytes(data, Path("prop/SKILL.md"), "prop/SKILL.md")
    assert not LINTER.finish([result]).crashed
