"""Rule options in the configuration: unknown rules, unknown options and values of the wrong type are errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import lint_text

from skilllint.cli import cli
from skilllint.config import Config, ConfigError
from skilllint.engine import Linter, Options
from skilllint.rule_options import value_problem
from skilllint.rules import all_rules

SKILL = '---\nname: skill\ndescription: "Does X. Use when Y."\n---\n\n# Skill\n\nBody.\n'


def configured(rules: dict) -> Linter:
    return Linter(Config({"rules": rules}, Path("/repo/.skilllint.yaml")), Options())


def config_error(rules: dict) -> str:
    with pytest.raises(ConfigError) as raised:
        configured(rules)
    return str(raised.value)


def test_an_unknown_rule_is_an_error_with_a_suggestion():
    message = config_error({"body-to-long": {"max-lines": 3}})
    assert "/repo/.skilllint.yaml: key 'rules.body-to-long': unknown rule 'body-to-long'" in message
    assert "did you mean 'body-too-long'?" in message
    assert "unknown rule 'CL999'" in config_error({"CL999": {"x": 1}})


@pytest.mark.parametrize("option", ["evidnce-scope", "evidence_scope", "report-capabilty"])
def test_a_misspelt_option_is_an_error_that_lists_the_rule_s_options(option):
    message = config_error({"CL002": {option: True}})
    assert f"key 'rules.CL002.{option}': unknown option '{option}' of CL002 (unlicensed-causal-claim)" in message
    assert "its options: correlational-scope, evidence-scope, report-capability" in message


def test_an_option_of_a_rule_without_options():
    assert "AS040 (unknown-field): the rule has no options" in config_error({"AS040": {"x": 1}})


@pytest.mark.parametrize(("rule", "option", "value", "expected"), [
    ("CL002", "report-capability", "false", "must be a boolean (true or false), not the string 'false'"),
    ("license-mismatch", "license", ["MIT"], "must be a string, not a list"),
    ("CL002", "evidence-scope", "paragrph",
     "must be one of sentence, paragraph, section, not the string 'paragrph' (did you mean 'paragraph'?)"),
    ("CL002", "evidence-scope", 3, "must be one of sentence, paragraph, section, not the number 3"),
    ("CL002", "evidence-scope", ["paragraph"], "must be one of sentence, paragraph, section, not a list"),
    ("CL001", "correlational-scope", "file", "must be one of sentence, paragraph, section, not the string 'file'"),
    ("CL003", "evidence-scope", "Section", "must be one of sentence, paragraph, section, not the string 'Section'"),
    ("AX003", "scope", 3, "must be one of paper, all, not the number 3"),
    ("body-too-long", "max-lines", "abc", "must be an integer, not the string 'abc'"),
    ("body-too-long", "max-lines", True, "must be an integer, not true"),
    ("AX003", "scope", "papers", "must be one of paper, all, not the string 'papers' (did you mean 'paper'?)"),
    ("AX003", "keep-version", 1, "must be a boolean (true or false), not the number 1"),
    ("SX005", "min", 2.5, "must be an integer, not the number 2.5"),
    ("SX203", "threshold", "high", "must be a number, not the string 'high'"),
    ("license-mismatch", "license", 3, "must be a string, not the number 3"),
    ("body-too-long", "max-lines", -5, "must be 0 or more, not the number -5"),
    ("SX203", "threshold", -0.5, "must be 0 or more, not the number -0.5"),
])
def test_a_value_of_the_wrong_type_is_an_error(rule, option, value, expected):
    assert f"key 'rules.{rule}.{option}': {expected}" in config_error({rule: {option: value}})


def test_every_problem_is_reported_at_once():
    message = config_error({"CL999": {}, "AS051": {"max-lines": "abc", "max-line": 3}})
    assert message.count("/repo/.skilllint.yaml: key 'rules.") == 3


@pytest.mark.parametrize(("rule", "options"), [
    ("AS051", {"max-lines": 400}),
    ("description-too-long", {"max-length": 20}),
    ("AX003", {"scope": "all", "keep-version": True}),
    ("SX005", {"min": 2, "max": None}),
    ("SX203", {"threshold": 90}),
    ("SX202", {"threshold": 99.5}),
    ("CL002", {"evidence-scope": "paragraph", "report-capability": False}),
])
def test_well_typed_options_are_accepted(rule, options):
    configured({rule: options})


def test_a_rule_is_configured_by_code_or_name_in_any_case():
    text = '---\nname: skill\ndescription: "' + "x" * 50 + '"\n---\n\nBody\n'
    assert "AS022" in {d.code for d in lint_text(text, config={"rules": {"as022": {"max-length": 20}}})}


def test_unset_limits_fall_back_to_the_pack():
    text = '---\nname: skill\ndescription: "Does X. Use when Y."\nkeywords: [A, B]\n---\n\nBody\n'
    found = lint_text(text, profile="skillxiv", select=["SX005"], config={"rules": {"SX005": {"min": 3}}})
    assert [d.message for d in found] == ["'keywords' has 2 entries: give 3 to 10"]


def test_every_declared_default_satisfies_its_own_declaration():
    for rule in all_rules():
        assert set(rule.option_values) <= set(rule.options), rule.code
        for option, default in rule.options.items():
            assert value_problem(rule, option, default) is None, (rule.code, option)


def test_the_command_exits_2_naming_the_file_rule_and_option(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "SKILL.md").write_text(SKILL.replace("name: skill", "name: x"))
    (tmp_path / "pyproject.toml").write_text('[tool.skilllint.rules.body-too-long]\nmax-lines = "abc"\n')
    result = CliRunner().invoke(cli, ["check", "x/SKILL.md", "--no-cache"])
    assert result.exit_code == 2
    assert "pyproject.toml: key 'rules.body-too-long.max-lines': must be an integer" in result.output
