"""`skilllint generate` offline: complete records give files the linter accepts; gaps stay visible."""

from __future__ import annotations

import os
import stat

import pytest
import yaml
from click.testing import CliRunner
from helpers import FIXTURES

from skilllint.cli import cli
from skilllint.generate.lint import RenderedLinter
from skilllint.generate.render import render_skill

RECORDS = FIXTURES / "records"
COMPLETE = ["network-dissection", "rome-causal-tracing", "attention-not-explanation", "induction-heads"]


def _output(tmp_path, record: str):
    name = yaml.safe_load((RECORDS / f"{record}.yaml").read_text(encoding="utf-8"))["skill"]["name"]
    return tmp_path / "skills" / name / "SKILL.md"


def _generate(*args: str):
    return CliRunner().invoke(cli, ["generate", *args])


@pytest.mark.parametrize("record", COMPLETE)
def test_a_complete_record_gives_a_file_with_no_error_and_no_warning(tmp_path, record):
    out = _output(tmp_path, record)
    result = _generate(str(RECORDS / f"{record}.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text == render_skill(yaml.safe_load((RECORDS / f"{record}.yaml").read_text(encoding="utf-8")))
    blocking = [d for d in RenderedLinter(out)(text) if d.severity.value in ("error", "warning")]
    assert blocking == []
    summary = result.stdout.splitlines()[-2]
    assert summary == "All checks passed (1 file checked)." or summary.startswith("Found ") and \
        "(0 errors, 0 warnings, " in summary, summary
    assert result.stdout.rstrip().endswith(f"wrote {out}")

    check = CliRunner().invoke(cli, ["check", "--profile", "mechanistic-analysis", "--fail-on", "warning", str(out)])
    assert check.exit_code == 0, check.output


def test_an_incomplete_record_renders_todos_that_the_linter_reports(tmp_path):
    out = _output(tmp_path, "incomplete-lottery-ticket")
    result = _generate(str(RECORDS / "incomplete-lottery-ticket.yaml"), "-o", str(out))
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    todo_lines = [number for number, line in enumerate(text.splitlines(), 1) if "TODO" in line]
    reported = sorted({int(line.split(":")[1]) for line in result.stdout.splitlines() if " MA044 " in line})
    assert reported == todo_lines
    assert f"{RECORDS / 'incomplete-lottery-ticket.yaml'}:35: confounds[1].control: required" in result.stderr
    assert "incomplete; 14 missing values rendered as TODO" in result.stderr


def test_warnings_fail_unless_told_otherwise(tmp_path):
    out = _output(tmp_path, "incomplete-lottery-ticket")
    result = _generate(str(RECORDS / "incomplete-lottery-ticket.yaml"), "-o", str(out), "--fail-on", "error")
    assert result.exit_code == 0
    assert " MA044 " in result.stdout


def test_an_invalid_record_lists_every_problem_and_writes_nothing(tmp_path):
    data = yaml.safe_load((RECORDS / "rome-causal-tracing.yaml").read_text(encoding="utf-8"))
    del data["confounds"][2]["control"]
    data["findings"][1]["kind"] = "side"
    data["skill"]["name"] = "Causal Tracing"
    record = tmp_path / "record.yaml"
    record.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    out = tmp_path / "skills" / "x" / "SKILL.md"
    result = _generate(str(record), "-o", str(out))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert any(line.endswith("confounds[2].control: required") for line in lines)
    assert any(line.endswith('findings[1].kind: must be one of "main", "secondary", "surprising"') for line in lines)
    assert any(line.endswith("skill.name: must be kebab-case (lowercase words joined by '-')") for line in lines)
    assert lines[-1] == f"skilllint: {record}: 3 schema problems; nothing written"
    assert not out.exists()


def test_an_existing_file_is_never_overwritten_without_force(tmp_path):
    out = _output(tmp_path, "network-dissection")
    out.parent.mkdir(parents=True)
    out.write_text("hand-written\n", encoding="utf-8")
    record = str(RECORDS / "network-dissection.yaml")
    result = _generate(record, "-o", str(out))
    assert result.exit_code == 2
    assert f"{out} exists; pass --force to overwrite it" in result.stderr
    assert out.read_text(encoding="utf-8") == "hand-written\n"
    result = _generate(record, "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("---\nname: network-dissection-unit-concept-alignment\n")
    assert [p.name for p in out.parent.iterdir()] == ["SKILL.md"]


def test_a_missing_record_is_reported_before_an_existing_output(tmp_path):
    out = tmp_path / "x" / "SKILL.md"
    out.parent.mkdir()
    out.write_text("hand-written\n", encoding="utf-8")
    result = _generate(str(tmp_path / "missing.yaml"), "-o", str(out))
    assert result.exit_code == 2
    assert "missing.yaml: cannot read the record" in result.stderr
    assert "--force" not in result.stderr


def test_the_output_folder_must_match_the_name(tmp_path):
    out = tmp_path / "skills" / "elsewhere" / "SKILL.md"
    result = _generate(str(RECORDS / "network-dissection.yaml"), "-o", str(out))
    assert result.exit_code == 1
    assert " AS016 " in result.stdout


@pytest.mark.parametrize("args, message", [
    ([], "give a RECORD to render"),
    (["--paper", "paper.html"], "--paper, --record, --save-record and --max-rounds go with --llm"),
    (["--max-rounds", "2"], "--paper, --record, --save-record and --max-rounds go with --llm"),
    (["--profile", "no-such-profile"], "no-such-profile"),
])
def test_usage_problems_exit_2(tmp_path, args, message):
    record = [str(RECORDS / "network-dissection.yaml")] if args else []
    result = _generate(*record, "-o", str(tmp_path / "x" / "SKILL.md"), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_unreadable_record(tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text("paper: {title: [\n", encoding="utf-8")
    result = _generate(str(record), "-o", str(tmp_path / "x" / "SKILL.md"))
    assert result.exit_code == 2
    assert f"{record}:2: invalid YAML" in result.stderr


def test_a_new_file_gets_the_umask_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    out = _output(tmp_path, "network-dissection")
    record = str(RECORDS / "network-dissection.yaml")
    previous = os.umask(0o027)
    try:
        assert _generate(record, "-o", str(out)).exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    out.chmod(0o604)
    assert _generate(record, "-o", str(out), "--force").exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604


def test_dash_writes_the_file_to_standard_output_and_the_report_to_standard_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _generate(str(RECORDS / "network-dissection.yaml"), "-o", "-")
    assert result.exit_code == 0, result.output
    expected = render_skill(yaml.safe_load((RECORDS / "network-dissection.yaml").read_text(encoding="utf-8")))
    assert result.stdout == expected
    assert "problem" in result.stderr or "All checks passed" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("below", ["SKILL.md", "deeper/SKILL.md"])
def test_a_file_where_the_output_folder_should_be_is_named(tmp_path, below):
    (tmp_path / "afile").write_text("x\n", encoding="utf-8")
    result = _generate(str(RECORDS / "network-dissection.yaml"), "-o", str(tmp_path / "afile" / below))
    assert result.exit_code == 2
    assert result.stderr == f"skilllint: cannot create folder {tmp_path / 'afile'}: a file of that name exists\n"
