"""YAML, JSON and TOML nested past MAX_NESTING_DEPTH is bad input with a line, never a crash."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner
from helpers import lint_text

from skilllint.cli import cli
from skilllint.document.yaml_nodes import MAX_NESTING_DEPTH, expanded_size
from skilllint.generate.record import RecordError, parse_record

TOO_DEEP = MAX_NESTING_DEPTH + 10


def brackets(depth: int) -> str:
    return "[" * depth + "]" * depth


def mappings(depth: int) -> str:
    return "{a: " * depth + "1" + "}" * depth


def skill(metadata: str, name: str = "deep") -> str:
    return f'---\nname: {name}\ndescription: "d"\nmetadata: {metadata}\n---\n\nBody.\n'


@pytest.mark.parametrize("metadata", [brackets(TOO_DEEP), mappings(TOO_DEEP)])
def test_frontmatter_nested_too_deep_is_invalid_yaml_at_its_line(metadata):
    (diagnostic,) = lint_text(skill(metadata), path="deep/SKILL.md")
    assert diagnostic.code == "AS003" and diagnostic.line == 4
    assert f"nests deeper than {MAX_NESTING_DEPTH:,} levels" in diagnostic.message


@pytest.mark.parametrize("metadata", [brackets(MAX_NESTING_DEPTH - 1), mappings(MAX_NESTING_DEPTH - 1)])
def test_frontmatter_nested_up_to_the_limit_is_read(metadata):
    found = lint_text(skill(metadata), path="deep/SKILL.md")
    assert [d.code for d in found] == ["AS032"]  # read, and judged: metadata maps strings to strings


def test_a_deep_file_among_others_and_on_stdin_is_a_diagnostic(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for index in range(4):
        (tmp_path / f"ok{index}").mkdir()
        (tmp_path / f"ok{index}" / "SKILL.md").write_text(skill("{}", f"ok{index}"))
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "SKILL.md").write_text(skill(brackets(TOO_DEEP)))
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--jobs", "2", "."], catch_exceptions=False)
    assert result.exit_code == 1
    assert "deep/SKILL.md:4:" in result.output and "AS003" in result.output and "in 5 files" in result.output
    result = CliRunner().invoke(cli, ["check", "-"], input=skill(mappings(TOO_DEEP)), catch_exceptions=False)
    assert result.exit_code == 1 and "-:4:" in result.output and "AS003" in result.output


def test_expanded_size_walks_deep_documents_without_recursing():
    node = yaml.SequenceNode("tag:yaml.org,2002:seq", [])
    for _level in range(MAX_NESTING_DEPTH * 3 - 1):
        node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node])
    assert expanded_size(node) == MAX_NESTING_DEPTH * 3


@pytest.mark.parametrize("text, as_json", [
    (f"title: x\nskill: {brackets(TOO_DEEP)}\n", False),
    (f"title: x\nskill:\n  name: {mappings(TOO_DEEP)}\n", False),
    (json.dumps({"title": "x"}, indent=1)[:-1] + f',\n "skill": {brackets(TOO_DEEP)}\n}}', True),
])
def test_records_nested_too_deep_raise_a_clear_error(text, as_json):
    with pytest.raises(RecordError) as caught:
        parse_record(text, "r", as_json=as_json)
    assert caught.value.message == f"the record nests deeper than {MAX_NESTING_DEPTH:,} levels"
    assert caught.value.line == text.splitlines().index(next(line for line in text.splitlines() if "[[" in line or "{a" in line)) + 1


@pytest.mark.parametrize("as_json", [False, True])
def test_records_nested_up_to_the_limit_are_read(as_json):
    text = f'{{"skill": {brackets(MAX_NESTING_DEPTH - 1)}}}' if as_json else f"skill: {brackets(MAX_NESTING_DEPTH - 1)}\n"
    record = parse_record(text, "r", as_json=as_json)
    assert record.line_of(("skill",)) == 1


@pytest.mark.parametrize("command", [["triage"], ["generate", "-o", "out/deep/SKILL.md"]])
def test_commands_reading_a_deep_record_exit_2(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.yaml").write_text(f"title: x\nskill: {brackets(TOO_DEEP)}\n")
    result = CliRunner().invoke(cli, [command[0], "r.yaml", *command[1:]], catch_exceptions=False)
    assert result.exit_code == 2
    assert f"r.yaml:2: the record nests deeper than {MAX_NESTING_DEPTH:,} levels" in result.output


@pytest.mark.parametrize("name, text, where", [
    (".skilllint.yaml", f"select: [AS]\nrules: {mappings(TOO_DEEP)}\n", ":2:"),
    ("lint.toml", f'[tool.skilllint]\nselect = ["AS"]  # [[[\nx = "[[["\nrules = {brackets(TOO_DEEP)}\n', ":4:"),
])
def test_a_configuration_nested_too_deep_exits_2(tmp_path, monkeypatch, name, text, where):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "SKILL.md").write_text(skill("{}", "ok"))
    result = CliRunner().invoke(cli, ["check", "--config", name, "ok"], catch_exceptions=False)
    assert result.exit_code == 2
    assert f"{name}{where}" in result.output
    assert f"cannot read configuration: it nests deeper than {MAX_NESTING_DEPTH:,} levels" in result.output


@pytest.mark.parametrize("name, text", [
    (".skilllint.yaml", f"select: [AS]\nx: {brackets(MAX_NESTING_DEPTH - 1)}\n"),
    ("lint.toml", f'[tool.skilllint]\nselect = ["AS"]\nx = {brackets(MAX_NESTING_DEPTH - 1)}\n'),
])
def test_a_configuration_nested_up_to_the_limit_is_read(tmp_path, monkeypatch, name, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    result = CliRunner().invoke(cli, ["check", "--config", name, "."], catch_exceptions=False)
    assert result.exit_code == 2 and "'x' was unexpected" in result.output  # read, then validated
