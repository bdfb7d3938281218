"""Every rule has a fixture it catches and one it leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES

from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.engine import Linter, Options
from skilllint.rules import all_rules

# Reported by the engine about the file system or the run itself; each has a dedicated test instead.
NO_FILE_FIXTURE = {
    "SL001": "tests/core/test_engine.py::test_crashing_rule_becomes_a_diagnostic",
    "SL103": "tests/core/test_bad_input.py::test_file_over_size_limit_is_skipped",
    "SL104": "tests/core/test_bad_input.py::test_unreadable_and_missing_files",
    "SL105": "tests/core/test_bad_input.py::test_broken_symlink",
    "SL106": "tests/core/test_bad_input.py::test_symlink_loop",
}
NO_FILE_FIXTURE_PREFIXES = {
    "AX1": "online arXiv verification: tests/arxiv/ run it against a local HTTP server",
}


def _entries(rule, prefix: str) -> list[Path]:
    folder = FIXTURES / rule.name
    return sorted(p for p in folder.glob(f"{prefix}*")) if folder.is_dir() else []


def _lint(entry: Path, code: str) -> list:
    linter = Linter(Config({}, None), Options(extend_select=[code]))
    found = discover([entry], linter.config)
    run = linter.run(found)
    return [d for d in run.diagnostics if d.code == code]


RULES = [
    r for r in all_rules()
    if r.code not in NO_FILE_FIXTURE and not any(r.code.startswith(p) for p in NO_FILE_FIXTURE_PREFIXES)
]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_bad_fixtures_are_caught(rule):
    bad = _entries(rule, "bad")
    assert bad, f"fixtures/{rule.name}/ needs a bad* fixture"
    for entry in bad:
        assert _lint(entry, rule.code), f"{rule.code} does not fire on {entry.relative_to(FIXTURES)}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_good_fixtures_pass(rule):
    good = _entries(rule, "good")
    assert good, f"fixtures/{rule.name}/ needs a good* fixture"
    for entry in good:
        found = _lint(entry, rule.code)
        assert not found, f"{rule.code} fires on {entry.relative_to(FIXTURES)}: {found[0].message}"


def test_every_rule_is_documented():
    for rule in all_rules():
        for heading in ("What it checks", "Why it matters", "Bad", "Good", "Options", "Fix"):
            assert rule.doc_section(heading), f"{rule.code} documentation lacks '## {heading}'"
        assert rule.summary, rule.code
        assert rule.name == rule.name.lower() and " " not in rule.name


def test_codes_and_names_are_unique():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
