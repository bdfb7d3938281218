"""The two example skills of fixtures/examples and the profile's selection."""

from __future__ import annotations

from helpers import FIXTURES, lint_fixture, lint_text

from skilllint.diagnostics import Severity

EXEMPLARY = FIXTURES / "examples" / "exemplary-mechanistic" / "SKILL.md"
FLAWED = FIXTURES / "examples" / "flawed-mechanistic" / "SKILL.md"


def test_exemplary_skill_has_no_error_or_warning_under_its_own_category():
    found = lint_fixture(EXEMPLARY)
    assert [d for d in found if d.severity != Severity.INFO] == []
    assert [d for d in found if d.code.startswith(("MA", "AS"))] == []


def test_flawed_skill_shows_many_rules_firing():
    found = lint_fixture(FLAWED)
    codes = {d.code for d in found if d.code.startswith("MA")}
    assert {
        "MA001",
        "MA002",
        "MA003",
        "MA004",
        "MA006",
        "MA010",
        "MA011",
        "MA022",
        "MA023",
        "MA024",
        "MA030",
        "MA031",
        "MA032",
        "MA034",
        "MA035",
        "MA036",
        "MA037",
        "MA038",
        "MA040",
        "MA042",
        "MA044",
    } <= codes
    assert any(d.severity == Severity.ERROR for d in found)


def _with_category(category: str | None) -> str:
    text = EXEMPLARY.read_text(encoding="utf-8").replace('category: "Mechanistic Analysis"\n', "")
    text = text.replace("\n## Controls & Confounds", "\n## Controls & Confunds")
    if category is not None:
        text = text.replace("---\n\n#", f"category: {category}\n---\n\n#", 1)
    return text


def test_category_selects_the_profile_case_and_space_insensitively():
    for category in ('"Mechanistic Analysis"', "mechanistic   analysis", "MECHANISTIC ANALYSIS"):
        assert [d.code for d in lint_text(_with_category(category)) if d.code.startswith("MA")] == ["MA003"]


def test_without_category_or_profile_the_rules_do_not_run():
    assert [d for d in lint_text(_with_category(None)) if d.code.startswith("MA")] == []


def test_profile_option_and_config_globs_apply_the_profile():
    text = _with_category(None)
    assert [d.code for d in lint_text(text, profile="mechanistic-analysis") if d.code.startswith("MA")] == ["MA003"]
    config = {"profiles": {"labs/**": "mechanistic-analysis"}}
    inside = lint_text(text, path="labs/skill/SKILL.md", config=config)
    outside = lint_text(text, path="other/skill/SKILL.md", config=config)
    assert [d.code for d in inside if d.code.startswith("MA")] == ["MA003"]
    assert [d for d in outside if d.code.startswith("MA")] == []


def test_pipeline_frontmatter_fields_are_allowed():
    text = EXEMPLARY.read_text(encoding="utf-8")
    assert all(field in text for field in ("title:", "version:", "url:", "keywords:", "tags:", "category:"))
    engine_field = text.replace("version: 0.1.0\n", "version: 0.1.0\nengine: skillxiv-v0.0.3\n")
    assert [d for d in lint_text(engine_field, path="exemplary-mechanistic/SKILL.md") if d.code == "AS040"] == []
