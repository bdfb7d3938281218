import datetime
from pathlib import Path

import pytest

from skilllint.document import SkillDocument
from skilllint.fixes import apply_edits
from skilllint.rules import RuleContext, find_rule

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TODAY = datetime.date(2026, 3, 15)


def run(code, text, **options):
    rule_cls = find_rule(code)
    rule = rule_cls()
    ctx = RuleContext(options={**rule_cls.options, **options}, pack=None, settings={"today": TODAY})
    doc = SkillDocument.from_text(text, "SKILL.md")
    return doc, list(rule.check(doc, ctx))


def fixture(name, kind):
    return (FIXTURES / name / f"{kind}.md").read_text(encoding="utf-8")


EXPECTED_BAD = {
    "arxiv-placeholder": ("AX001", [(7, 7), (16, 1), (17, 6), (22, 8)]),
    "invalid-arxiv-id": ("AX002", [(7, 7), (14, 31), (15, 2), (15, 48), (19, 8)]),
    "non-canonical-arxiv-url": ("AX003", [(7, 6), (17, 6), (24, 10)]),
    "inconsistent-arxiv-id": ("AX004", [(16, 1), (24, 8)]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
def test_bad_fixture_positions(name):
    code, positions = EXPECTED_BAD[name]
    _, found = run(code, fixture(name, "bad"))
    assert [(d.line, d.column) for d in found] == positions
    assert {d.code for d in found} == {code}


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
def test_good_fixture_is_clean(name):
    code, _ = EXPECTED_BAD[name]
    assert run(code, fixture(name, "good"))[1] == []


def test_invalid_messages_say_why():
    _, found = run("AX002", fixture("invalid-arxiv-id", "bad"))
    messages = [d.message for d in found]
    assert "month 13 is outside 01-12" in messages[0]
    assert "4 digits" in messages[1]
    assert "'hep-xx' is not an arXiv archive" in messages[2]
    assert "after the current month (2026-03)" in messages[3]
    assert "versions are numbered from v1" in messages[4]


def test_future_month_follows_today():
    text = "---\nname: a\nurl: https://arxiv.org/abs/2604.00001\n---\n# A\n"
    assert [d.line for d in run("AX002", text)[1]] == [3]
    rule_cls = find_rule("AX002")
    ctx = RuleContext(options={}, pack=None, settings={"today": datetime.date(2026, 4, 1)})
    assert list(rule_cls().check(SkillDocument.from_text(text), ctx)) == []


def test_canonical_fix_is_safe_and_idempotent():
    doc, found = run("AX003", fixture("non-canonical-arxiv-url", "bad"))
    assert all(d.fix is not None and d.fix.safe for d in found)
    fixed = apply_edits(doc.text, [e for d in found for e in d.fix.edits])
    assert 'url: https://arxiv.org/abs/2502.04567\n' in fixed
    assert "URL: https://arxiv.org/abs/2502.04567\n" in fixed
    assert "- Paper: https://arxiv.org/abs/2502.04567\n" in fixed
    assert run("AX003", fixed)[1] == []


def test_canonical_version_suffix():
    text = "---\nname: a\nurl: https://arxiv.org/abs/2502.04567v3\n---\n# A\n"
    (diag,) = run("AX003", text)[1]
    assert diag.fix.safe is True
    assert diag.fix.edits[0].replacement == "https://arxiv.org/abs/2502.04567"
    assert run("AX003", text, **{"keep-version": True})[1] == []


def test_canonical_bare_id_in_url_field():
    text = '---\nname: a\nurl: "arXiv:2502.04567"\n---\n# A\n'
    doc, (diag,) = run("AX003", text)
    assert (diag.line, diag.column) == (3, 7)
    assert apply_edits(doc.text, diag.fix.edits) == '---\nname: a\nurl: "https://arxiv.org/abs/2502.04567"\n---\n# A\n'


def test_canonical_scope_all_checks_body_links():
    text = fixture("non-canonical-arxiv-url", "good")
    assert run("AX003", text)[1] == []
    assert [(d.line, d.column) for d in run("AX003", text, scope="all")[1]] == [(20, 28), (20, 79)]


def test_consistency_message_names_both_lines():
    _, found = run("AX004", fixture("inconsistent-arxiv-id", "bad"))
    assert found[0].message == (
        "the ARXIV: line (line 16) names arXiv 2503.07809 but the frontmatter url (line 7) names 2503.07890"
    )
    assert "the Paper: line (line 24)" in found[1].message


def test_consistency_without_frontmatter_uses_first_reference():
    text = "# A\n\nARXIV: 2503.07890\n\nPaper: Some Title (2503.07891)\n"
    (diag,) = run("AX004", text)[1]
    assert diag.line == 5
    assert "the ARXIV: line (line 3)" in diag.message


def test_crlf_positions():
    text = fixture("arxiv-placeholder", "bad").replace("\n", "\r\n")
    doc, found = run("AX001", text)
    assert [(d.line, d.column) for d in found] == [(7, 7), (16, 1), (17, 6), (22, 8)]
