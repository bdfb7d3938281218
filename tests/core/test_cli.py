"""The `skilllint` command line: formats, exit codes, configuration errors, stdin."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner
from helpers import FIXTURES

from skilllint import __version__, resources
from skilllint.cli import cli
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.report import use_color
from skilllint.report.text import summary_line

CLEAN = '---\nname: clean\ndescription: "Does X. Use when Y."\n---\n\n# Clean\n\nBody.\n'
WARNS = '---\nname: warns\ndescription: "Does X. Use when Y."\nauthor: me\n---\n\n# Warns\n\nBody.\n'
FAILS = '---\nname: Fails\ndescription: "Does X. Use when Y."\n---\n\nBody.\n'


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in (("clean", CLEAN), ("warns", WARNS), ("fails", FAILS)):
        (tmp_path / "skills" / name).mkdir(parents=True)
        (tmp_path / "skills" / name / "SKILL.md").write_text(text)
    return tmp_path


def invoke(*args, input=None, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env=env or {}, catch_exceptions=False)


def test_text_output_and_exit_codes(repo):
    result = invoke("check", "skills/clean")
    assert result.exit_code == 0 and "All checks passed (1 file checked)." in result.output
    result = invoke("check", "skills/warns")
    assert result.exit_code == 0
    assert "skills/warns/SKILL.md:4:1: AS040 [warning] unexpected field 'author'" in result.output
    assert result.output.rstrip().endswith("[unknown-field]\nFound 1 problem (0 errors, 1 warning, 0 info) in 1 file.")
    assert invoke("check", "skills/warns", "--fail-on", "warning").exit_code == 1
    assert invoke("check", "skills").exit_code == 1
    assert invoke("check", "skills", "--exit-zero").exit_code == 0


def test_every_text_line_names_its_severity(repo):
    output = invoke("check", "skills", "--select", "AS013,AS040,SL002").output
    assert "skills/fails/SKILL.md:2:7: AS013 [error] skill name 'Fails' must be lowercase" in output
    assert "skills/warns/SKILL.md:4:1: AS040 [warning] unexpected field 'author'" in output


def test_default_path_is_current_folder(repo):
    result = invoke("check")
    assert "3 files" in result.output and result.exit_code == 1


def test_json_output_matches_schema(repo):
    result = invoke("check", "skills", "--format", "json")
    report = json.loads(result.output)
    jsonschema.validate(report, resources.schema("report"))
    assert report["files_checked"] == 3 and report["version"] == __version__
    assert {d["code"] for d in report["diagnostics"]} == {"AS013", "AS016", "AS040"}
    assert report["summary"] == {"error": 2, "warning": 1, "info": 0}


def test_statistics_and_quiet(repo):
    result = invoke("check", "skills", "--statistics", "--quiet")
    assert "AS040" in result.output and "1 warning," in result.output
    assert "skills/warns/SKILL.md:4:1" not in result.output


def test_statistics_stand_in_for_the_list_of_problems(repo):
    result = invoke("check", "skills", "--statistics")
    assert "AS040" in result.output and "skills/warns/SKILL.md:4:1" not in result.output
    assert "applies to the text format" in invoke("check", "skills", "--statistics", "--format", "json").stderr


def test_stdin_with_filename(repo):
    result = invoke("check", "-", "--stdin-filename", "skills/other/SKILL.md", input=FAILS)
    assert "skills/other/SKILL.md:2:7: AS013" in result.output and result.exit_code == 1


def test_force_exclude_skips_excluded_files_and_standard_input(repo):
    (repo / ".skilllint.yaml").write_text('exclude: ["skills/other/**"]\n')
    assert invoke("check", "-", "--stdin-filename", "skills/other/SKILL.md", input=FAILS).exit_code == 1
    result = invoke("check", "--force-exclude", "-", "--stdin-filename", "skills/other/SKILL.md", input=FAILS)
    assert (result.exit_code, "AS013" in result.output) == (0, False)
    (repo / ".skilllint.yaml").write_text('exclude: ["skills/other/**"]\nforce-exclude: true\n')
    result = invoke("check", "-", "--stdin-filename", "skills/other/SKILL.md", input=FAILS)
    assert (result.exit_code, "AS013" in result.output) == (0, False)


def test_stdin_filename_without_stdin_is_warned_about(repo):
    result = invoke("check", "--stdin-filename", "skills/other/SKILL.md", "skills")
    assert "--stdin-filename names standard input" in result.stderr


def test_diff_takes_no_report_format(repo):
    result = invoke("check", "--diff", "--format", "json", "skills")
    assert result.exit_code == 2 and "--diff prints a unified diff" in result.stderr


def test_stdin_is_held_to_the_file_size_limit(repo):
    (repo / ".skilllint.yaml").write_text("max-file-size: 1000\n")
    text = CLEAN + "x" * 2000
    result = invoke("check", "-", "--stdin-filename", "skills/big/SKILL.md", input=text)
    assert f"SL103 [warning] file is {len(text):,} bytes, over the 1,000-byte limit: skipped" in result.output


def test_color_only_when_asked_for(repo):
    assert "\033[" not in invoke("check", "skills").output  # not a terminal
    assert "\033[" not in invoke("check", "skills", "--no-color", env={"NO_COLOR": "1"}).output


def test_invalid_config_exits_2_naming_file_and_key(repo):
    (repo / ".skilllint.yaml").write_text("fail-on: sometimes\nselect: AS\n")
    result = CliRunner().invoke(cli, ["check", "skills"])
    assert result.exit_code == 2
    assert ".skilllint.yaml" in result.output and "key 'fail-on'" in result.output and "key 'select'" in result.output


def test_unknown_config_key_and_broken_yaml(repo):
    (repo / ".skilllint.yaml").write_text("selct: [AS]\n")
    result = CliRunner().invoke(cli, ["check", "skills"])
    assert result.exit_code == 2 and "'selct'" in result.output
    (repo / ".skilllint.yaml").write_text("select: [AS\n")
    result = CliRunner().invoke(cli, ["check", "skills"])
    assert result.exit_code == 2 and "cannot read configuration" in result.output


@pytest.mark.parametrize("written", ["off", '"off"'])
def test_a_bare_off_severity_turns_the_rule_off(repo, written):
    (repo / ".skilllint.yaml").write_text(f"severity:\n  AS040: {written}\n")
    result = invoke("check", "skills/warns", "--no-cache")
    assert result.exit_code == 0 and "All checks passed" in result.output


def test_only_true_and_false_are_booleans_in_the_configuration(repo):
    (repo / ".skilllint.yaml").write_text("arxiv:\n  verify: no\n")
    result = CliRunner().invoke(cli, ["check", "skills/warns"])
    assert result.exit_code == 2 and "key 'arxiv.verify': 'no' is not of type 'boolean'" in result.output


def test_broken_yaml_in_the_configuration_is_one_line_with_its_position(repo):
    (repo / ".skilllint.yaml").write_text("ignore: [AS040]\nselect: [AS\n")
    result = CliRunner().invoke(cli, ["check", "skills/warns"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"skilllint: {repo / '.skilllint.yaml'}:2:9: cannot read configuration: "
        "while parsing a flow sequence, expected ',' or ']', but got '<stream end>'"]


@pytest.mark.parametrize("text, where, key, first", [
    ("profile: agent-skills\nselect: [AS]\nprofile: skillxiv\n", "3:1", "profile", 1),
    ("rules:\n  body-too-long: {max-lines: 3, max-lines: 4}\n", "2:33", "max-lines", 2),
])
def test_a_key_written_twice_in_the_configuration_is_an_error(repo, text, where, key, first):
    (repo / ".skilllint.yaml").write_text(text)
    result = CliRunner().invoke(cli, ["check", "skills/warns"])
    assert result.exit_code == 2
    assert result.output == (f"skilllint: {repo / '.skilllint.yaml'}:{where}: cannot read configuration: "
                             f"duplicate key '{key}' (first on line {first})\n")


def test_a_key_written_twice_in_a_pyproject_is_an_error(repo):
    (repo / "pyproject.toml").write_text('[tool.skilllint]\nprofile = "agent-skills"\nprofile = "skillxiv"\n')
    result = CliRunner().invoke(cli, ["check", "skills/warns"])
    assert result.exit_code == 2
    assert result.output.startswith(f"skilllint: {repo / 'pyproject.toml'}: cannot read configuration: ")
    assert "line 3" in result.output and len(result.output.splitlines()) == 1


def test_config_in_pyproject_is_found_upward(repo):
    (repo / "pyproject.toml").write_text('[tool.skilllint]\nignore = ["AS040", "AS01"]\n')
    result = invoke("check", "skills/warns")
    assert "All checks passed" in result.output


@pytest.mark.parametrize("name", ["pyproject.toml", "ci-lint.toml"])
def test_a_toml_file_given_with_config_is_read_as_toml(repo, name):
    (repo / name).write_text('[project]\nname = "x"\n\n[tool.skilllint]\nignore = ["AS040"]\n')
    result = invoke("check", "--config", name, "skills/warns")
    assert result.exit_code == 0 and "All checks passed" in result.output


@pytest.mark.parametrize("text", ['[project]\nname = "x"\n', 'tool = "x"\n'])
def test_a_toml_file_given_with_config_needs_a_skilllint_table(repo, text):
    (repo / "ci-lint.toml").write_text(text)
    result = CliRunner().invoke(cli, ["check", "--config", "ci-lint.toml", "skills/warns"])
    assert result.exit_code == 2
    assert "ci-lint.toml: no [tool.skilllint] table" in result.output


def test_a_pyproject_that_cannot_be_parsed_is_an_error(repo):
    (repo / "pyproject.toml").write_text('[tool.skilllint\nprofile = "claims"\n')
    result = CliRunner().invoke(cli, ["check", "skills/clean"])
    assert result.exit_code == 2
    assert "pyproject.toml: cannot read configuration" in result.output and "line 1" in result.output


def test_a_broken_pyproject_beside_a_skilllint_yaml_is_not_read(repo):
    (repo / "pyproject.toml").write_text("[tool.black\n")
    (repo / ".skilllint.yaml").write_text("ignore: [AS040]\n")
    assert invoke("check", "skills/warns").exit_code == 0


def test_an_unknown_profile_in_the_config_names_the_file(repo):
    (repo / "pyproject.toml").write_text('[tool.skilllint]\nprofile = "claimz"\n')
    result = CliRunner().invoke(cli, ["check", "skills/clean"])
    assert result.exit_code == 2
    assert "pyproject.toml: key 'profile': unknown pack 'claimz'" in result.output


def test_explicit_config_path(repo):
    (repo / "strict.yaml").write_text("fail-on: warning\n")
    assert invoke("check", "skills/warns", "--config", "strict.yaml").exit_code == 1


def test_unknown_profile_is_a_usage_error(repo):
    result = CliRunner().invoke(cli, ["check", "skills", "--profile", "nope"])
    assert result.exit_code == 2 and "unknown pack 'nope'" in result.output


def test_rules_and_rule_commands():
    listing = json.loads(invoke("rules", "--format", "json").output)
    assert {"code": "AS013", "name": "name-not-lowercase", "pack": "agent-skills", "severity": "error",
            "fixable": False, "summary": "skill name must be lowercase"} in listing
    text = invoke("rule", "AS013").output
    assert text.startswith("# AS013 name-not-lowercase") and "## Why it matters" in text
    assert invoke("rule", "name-not-lowercase").output == text
    assert CliRunner().invoke(cli, ["rule", "XX000"]).exit_code == 2
    mistyped = CliRunner().invoke(cli, ["rule", "CL02"])
    assert mistyped.exit_code == 2 and "did you mean 'CL002'?" in mistyped.output


def test_a_path_with_no_skill_files_warns_on_stderr(repo):
    (repo / "empty").mkdir()
    result = CliRunner().invoke(cli, ["check", "empty"])
    assert result.exit_code == 0
    assert "warning: no SKILL.md files found under empty" in result.stderr
    assert "no SKILL.md" not in result.stdout
    assert "no SKILL.md" not in CliRunner().invoke(cli, ["check", "-q", "empty"]).stderr


def test_version():
    assert invoke("--version").output.strip() == f"skilllint, version {__version__}"


def test_bundled_examples_lint_without_internal_error():
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / "examples"), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.output)["files_checked"] >= 1


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_eval_claims_places_invalid_utf8_at_its_line(tmp_path, newline):
    data = tmp_path / "labels.csv"
    text = "sentence,label\nX causes Y.,direct_causal\nCaf\xe9 sales rose.,none\n".replace("\n", newline)
    data.write_bytes(text.encode("latin-1"))
    for source, stdin in ((str(data), None), ("-", data.read_bytes())):
        result = CliRunner().invoke(cli, ["eval-claims", source, "--resamples", "20"], input=stdin)
        assert result.exit_code == 2
        assert f"{source}:3:4: invalid UTF-8: byte 0xe9" in result.output


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("environ, expected", [({}, True), ({"NO_COLOR": ""}, True), ({"NO_COLOR": "1"}, False)])
def test_only_a_non_empty_no_color_turns_colour_off(environ, expected):
    assert use_color(False, _Terminal(), environ) is expected
    assert use_color(True, _Terminal(), environ) is False


def test_json_fix_edits_count_code_points_after_the_byte_order_mark(repo):
    text = ('\ufeff---\r\nname: s\r\ntitle: "café 😀"\r\ndescription: café 😀 x. Use when y.\r\n---\r\n\r\n'
            "Paper: https://arxiv.org/abs/1706.03762\r\n")
    (repo / "skills" / "s").mkdir()
    (repo / "skills" / "s" / "SKILL.md").write_bytes(text.encode("utf-8"))
    report = json.loads(invoke("check", "--no-cache", "--profile", "skillxiv", "--format", "json", "skills/s").output)
    (fix,) = [d["fix"] for d in report["diagnostics"] if d["code"] == "SX011"]
    (edit,) = fix["edits"]
    assert text[1:][edit["start"]:edit["end"]] == " café 😀 x. Use when y."
    properties = resources.schema("report")["properties"]["diagnostics"]["items"]["properties"]
    documented = properties["fix"]["properties"]["edits"]["items"]["properties"]["start"]["description"]
    assert "code points" in documented and "byte order mark" in documented and "CRLF counts as two" in documented


@pytest.mark.parametrize("counts, expected", [
    ({"error": 1}, "Found 1 problem (1 error, 0 warnings, 0 info) in 1 file."),
    ({"warning": 1, "info": 2}, "Found 3 problems (0 errors, 1 warning, 2 info) in 1 file."),
    ({"error": 2, "warning": 2}, "Found 4 problems (2 errors, 2 warnings, 0 info) in 1 file."),
])
def test_the_summary_says_one_error_and_one_warning_in_the_singular(counts, expected):
    diagnostics = [Diagnostic("s/SKILL.md", 1, 1, "AS040", "unknown-field", Severity(severity), "m")
                   for severity, count in counts.items() for _ in range(count)]
    assert summary_line(diagnostics, 1) == expected
