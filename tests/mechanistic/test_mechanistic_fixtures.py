"""Every mechanistic-analysis rule catches its bad fixtures at the right place and leaves its good ones alone."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, lint_fixture

from skilllint.rules import all_rules, find_rule

PROFILE = "mechanistic-analysis"
MA_RULES = [rule for rule in all_rules() if rule.code.startswith("MA")]

# (rule name, bad fixture, expected (line, column) of each diagnostic)
EXPECTED = [
    ("title-shape", "bad.md", [(13, 1)]),
    ("title-shape", "bad-missing.md", [(13, 1)]),
    ("title-shape", "bad-two.md", [(73, 1)]),
    ("missing-section", "bad.md", [(27, 1)]),
    ("missing-section", "bad-none.md", [(6, 1)]),
    ("section-heading-near-miss", "bad.md", [(27, 1)]),
    ("section-heading-near-miss", "bad-numbered.md", [(41, 1)]),
    ("section-out-of-order", "bad.md", [(35, 1)]),
    ("duplicate-section", "bad.md", [(41, 1)]),
    ("too-few-paragraphs", "bad.md", [(15, 1)]),
    ("too-many-paragraphs", "bad.md", [(53, 1)]),
    ("reference-paper-missing", "bad.md", [(73, 1)]),
    ("reference-paper-missing", "bad-no-reference.md", [(74, 1)]),
    ("reference-paper-not-arxiv", "bad.md", [(75, 8)]),
    ("reference-incomplete", "bad.md", [(76, 7)]),
    ("reference-incomplete", "bad-missing.md", [(75, 1), (75, 1)]),
    ("keyword-count", "bad.md", [(8, 1)]),
    ("keyword-count", "bad-missing.md", [(1, 1)]),
    ("decision-table-missing", "bad.md", [(63, 1)]),
    ("decision-table-header", "bad.md", [(65, 1)]),
    ("decision-table-too-few-rows", "bad.md", [(65, 1)]),
    ("decision-table-empty-cell", "bad.md", [(68, 57)]),
    ("decision-table-verdict", "bad.md", [(67, 42)]),
    ("decision-table-discriminates", "bad.md", [(65, 1)]),
    ("question-unclear", "bad.md", [(15, 1)]),
    ("priors-missing", "bad.md", [(15, 1)]),
    ("procedure-not-stepwise", "bad.md", [(21, 1)]),
    ("confound-missing", "bad.md", [(27, 1)]),
    ("confound-uncontrolled", "bad.md", [(31, 1)]),
    ("uncontrolled-unstated", "bad.md", [(53, 1)]),
    ("findings-not-quantitative", "bad.md", [(33, 1)]),
    ("single-finding", "bad.md", [(33, 1)]),
    ("relevance-one-sided", "bad.md", [(41, 1)]),
    ("transfer-missing", "bad.md", [(47, 1)]),
    ("related-questions-few", "bad.md", [(57, 1)]),
    ("technique-extraction", "bad.md", [(73, 1)]),
    ("overgeneral-claim", "bad.md", [(35, 59)]),
    ("section-readability", "bad.md", [(53, 1)]),
    ("todo-placeholder", "bad.md", [(77, 15)]),
    ("todo-placeholder", "bad-bracket.md", [(55, 1)]),
]


def _lint(rule_name: str, fixture: str):
    rule = find_rule(rule_name)
    return rule, lint_fixture(FIXTURES / rule_name / fixture, profile=PROFILE, select=[rule.code])


@pytest.mark.parametrize(("rule_name", "fixture", "positions"), EXPECTED, ids=[f"{r}/{f}" for r, f, _ in EXPECTED])
def test_bad_fixture_is_caught_at_its_line(rule_name, fixture, positions):
    rule, found = _lint(rule_name, fixture)
    assert [(d.code, d.line, d.column) for d in found] == [(rule.code, line, col) for line, col in positions]
    assert all(d.severity == rule.severity for d in found)


GOOD = sorted((rule.name, path.name) for rule in MA_RULES for path in (FIXTURES / rule.name).glob("good*.md"))


@pytest.mark.parametrize(("rule_name", "fixture"), GOOD, ids=[f"{r}/{f}" for r, f in GOOD])
def test_good_fixture_passes(rule_name, fixture):
    _, found = _lint(rule_name, fixture)
    assert found == []


@pytest.mark.parametrize("rule", MA_RULES, ids=lambda r: r.code)
def test_every_rule_has_good_and_bad_fixtures_under_test(rule):
    folder = FIXTURES / rule.name
    assert list(folder.glob("good*.md")), rule.name
    bad = sorted(p.name for p in folder.glob("bad*.md"))
    assert bad == sorted(f for name, f, _ in EXPECTED if name == rule.name)


@pytest.mark.parametrize("rule", MA_RULES, ids=lambda r: r.code)
def test_every_rule_documents_itself_and_quotes_the_guide(rule):
    doc = rule.documentation()
    for heading in ("What it checks", "Why it matters", "Bad", "Good", "Options", "Fix"):
        assert rule.doc_section(heading), f"{rule.code} lacks '## {heading}'"
    assert '"' in rule.doc_section("Why it matters"), f"{rule.code} quotes no line of the guide"
    assert rule.pack == PROFILE and doc
