"""Selection, severities, options, profiles, suppressions and crash handling."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import lint_text

from skilllint.config import Config, ConfigError
from skilllint.diagnostics import Severity
from skilllint.document import SkillDocument
from skilllint.engine import Linter, Options
from skilllint.rules import _REGISTRY, Rule, register

BAD = '---\nname: Bad_Name\ndescription: "x"\nauthor: me\n---\n\nBody\n'


def codes(diagnostics):
    return sorted({d.code for d in diagnostics})


def test_select_by_code_prefix_and_name():
    assert codes(lint_text(BAD, select=["AS013"])) == ["AS013"]
    assert codes(lint_text(BAD, select=["unknown-field"])) == ["AS040"]
    assert codes(lint_text(BAD, select=["AS01"])) == ["AS013", "AS015", "AS016"]


def test_ignore_and_extend_select_from_config():
    found = lint_text(BAD, config={"ignore": ["AS01", "unknown-field"]})
    assert codes(found) == []
    found = lint_text(BAD, config={"select": ["AS013"], "extend-select": ["AS040"]})
    assert codes(found) == ["AS013", "AS040"]


@pytest.mark.parametrize(("options", "expected"), [
    (Options(select=["CL02"]), "--select: selector 'CL02' matches no rule (did you mean 'CL002'?)"),
    (Options(select=["FOO"]), "--select: selector 'FOO' matches no rule"),
    (Options(extend_select=["skilxiv"]), "--extend-select: selector 'skilxiv' matches no rule (did you mean 'skillxiv'?)"),
    (Options(ignore=["AS40"]), "--ignore: selector 'AS40' matches no rule (did you mean 'AS040'?)"),
])
def test_a_command_line_selector_that_matches_no_rule_is_an_error(options, expected):
    with pytest.raises(ConfigError) as raised:
        Linter(Config({}, None), options)
    assert expected in str(raised.value).splitlines()


@pytest.mark.parametrize(("values", "expected"), [
    ({"select": ["CL9"]}, "key 'select': selector 'CL9' matches no rule"),
    ({"extend-select": ["body-to-long"]}, "key 'extend-select': selector 'body-to-long' matches no rule (did you mean 'body-too-long'?)"),
    ({"ignore": ["X"]}, "key 'ignore': selector 'X' matches no rule"),
    ({"per-file-ignores": {"legacy/**": ["MA1"]}}, "key 'per-file-ignores.legacy/**': selector 'MA1' matches no rule"),
    ({"severity": {"MA301": "error"}}, "key 'severity.MA301': selector 'MA301' matches no rule"),
])
def test_a_configured_selector_that_matches_no_rule_is_an_error_naming_the_file(values, expected):
    with pytest.raises(ConfigError) as raised:
        Linter(Config(values, Path("/repo/.skilllint.yaml")), Options())
    assert f"/repo/.skilllint.yaml: {expected}" in str(raised.value).splitlines()


def test_selectors_by_code_prefix_name_pack_and_all_are_known():
    Linter(Config({"ignore": ["as", "unknown-field", "claims", "ALL"]}, None), Options(select=["SL1", "core"]))


def test_per_file_ignores_match_globs():
    config = {"per-file-ignores": {"skills/legacy/**": ["AS040"]}}
    engine = Linter(Config(config, Path.cwd() / ".skilllint.yaml"), Options())
    doc = SkillDocument.from_text(BAD, Path.cwd() / "skills/legacy/x/SKILL.md", "skills/legacy/x/SKILL.md")
    assert "AS040" not in codes(engine.finish([engine.lint_document(doc)]).diagnostics)
    doc = SkillDocument.from_text(BAD, Path.cwd() / "skills/new/x/SKILL.md", "skills/new/x/SKILL.md")
    assert "AS040" in codes(engine.finish([engine.lint_document(doc)]).diagnostics)


def test_severity_overrides_and_off():
    found = lint_text(BAD, config={"severity": {"AS040": "error", "AS013": "off"}})
    by_code = {d.code: d.severity for d in found}
    assert by_code["AS040"] is Severity.ERROR
    assert "AS013" not in by_code


def test_rule_options_from_config():
    text = '---\nname: skill\ndescription: "' + "x" * 50 + '"\n---\n\nBody\n'
    assert codes(lint_text(text, config={"rules": {"description-too-long": {"max-length": 20}}})) == ["AS022"]
    assert codes(lint_text(text, config={"rules": {"AS022": {"max-length": 100}}})) == []


def test_profile_from_config_glob_and_unknown_profile():
    config = Config({"profiles": {"skills/**": "agent-skills"}}, Path.cwd() / ".skilllint.yaml")
    engine = Linter(config, Options())
    assert engine.profile_for(None, Path.cwd() / "skills/a/SKILL.md") == ["agent-skills"]
    with pytest.raises(Exception, match="unknown pack"):
        Linter(Config({}, None), Options(profiles=["no-such-profile"]))


SUPPRESSED = """---
name: skill
description: "x"
author: me # skilllint: disable-line AS040
---

<!-- skilllint-disable AS051 -->
Text
<!-- skilllint-enable AS051 -->
<!-- skilllint-disable-next-line body-too-long -->
More
<!-- skilllint-disable-file unknown-field -->
"""


def test_suppressions_used_and_unused():
    found = lint_text(SUPPRESSED)
    unused = [(d.code, d.line) for d in found if d.code == "SL002"]
    # The frontmatter comment and the file-wide disable both cover AS040: both count as used.
    assert unused == [("SL002", 7), ("SL002", 10)]
    assert "AS040" not in codes(found)


def test_block_suppression_silences_only_its_range():
    text = "---\nname: skill\ndescription: x\n---\n\n<!-- skilllint-disable -->\n" + "line\n\n" * 260
    found = lint_text(text)
    assert "AS051" not in codes(found)
    assert "SL002" not in codes(found)


def test_suppression_inside_code_block_is_ignored():
    text = "---\nname: skill\ndescription: x\nauthor: me\n---\n\n```\n<!-- skilllint-disable-file AS040 -->\n```\n"
    assert "AS040" in codes(lint_text(text))


def test_crashing_rule_becomes_a_diagnostic():
    @register
    class Crashes(Rule):
        """Crashes."""

        code = "ZZ999"
        name = "crashes-for-test"
        pack = "agent-skills"
        summary = "crashes"

        def check(self, doc, ctx):
            raise RuntimeError("boom")
            yield

    try:
        engine = Linter(Config({}, None), Options())
        result = engine.lint_document(SkillDocument.from_text(BAD, Path("skill/SKILL.md"), "skill/SKILL.md"))
        run = engine.finish([result])
        crash = [d for d in run.diagnostics if d.code == "SL001"]
        assert run.crashed and len(crash) == 1
        assert "ZZ999" in crash[0].message and "RuntimeError: boom" in crash[0].message
        assert "AS040" in codes(run.diagnostics)  # the other rules still ran
    finally:
        del _REGISTRY["ZZ999"]


def test_a_file_the_parser_crashes_on_becomes_a_diagnostic_and_the_run_goes_on(tmp_path, monkeypatch):
    import skilllint.engine as engine_module
    from skilllint.discovery import discover
    from skilllint.runner import lint_all

    real = engine_module.load_bytes

    def crashes_on_one(data, path, display):
        if path.parent.name == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, path, display)

    monkeypatch.setattr(engine_module, "load_bytes", crashes_on_one)
    for name in ("bad", "good"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "SKILL.md").write_text(f'---\nname: {name}\ndescription: "A {name} one."\n---\n\nBody.\n')
    engine = Linter(Config({}, None), Options())
    run = engine.finish(lint_all(engine, discover([tmp_path], engine.config), jobs=1))
    assert run.crashed and run.files_checked == 2
    [crash] = [d for d in run.diagnostics if d.code == "SL001"]
    assert crash.path.endswith("bad/SKILL.md") and "reading the file crashed: RecursionError" in crash.message


def test_a_user_pack_with_invalid_data_is_a_configuration_error(tmp_path):
    from skilllint.packs import PackError

    (tmp_path / "lab.yaml").write_text("name: agent-skills\nextends: [no-such-pack]\n")
    config = Config({"packs": ["lab.yaml"]}, tmp_path / ".skilllint.yaml")
    with pytest.raises(PackError, match="no-such-pack"):
        Linter(config, Options())
