"""Messages and paths holding quotes, newlines, %, <, control characters and non-ASCII text stay intact and harmless."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from integrations.support import ROOT

from skilllint.diagnostics import Diagnostic, Edit, Fix, Severity
from skilllint.engine import FileResult, RunResult
from skilllint.report import ReportContext, render
from skilllint.report.github import escape_data, escape_property

HOSTILE = ('He said "stop" & \'go\' <b>now</b> ]]> 100% done, a:b;c\n'
           '::error file=x,line=1::injected\r\nnext %0A line \x1b[31mred\x1b[0m \x00\x07 café 日本語 \U0001F600 \u2028end')
PATH = "weird dir/a,b:c%d/SKILL.md"


def _run() -> RunResult:
    diagnostics = [
        Diagnostic(PATH, 2, 3, "AS013", "name-not-lowercase", Severity.ERROR, HOSTILE, 2, 9,
                   Fix((Edit(5, 7, 'x"\n<y>%'),), HOSTILE, True)),
        Diagnostic(PATH, 4, 1, "AS040", "unknown-field", Severity.WARNING, HOSTILE),
        Diagnostic(PATH, 5, 1, "SL109", "byte-order-mark", Severity.INFO, "plain"),
    ]
    return RunResult([FileResult(PATH, diagnostics)])


def _context(tmp_path) -> ReportContext:
    return ReportContext(root=str(tmp_path))


def test_json_round_trips(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = json.loads(render("json", _run(), _context(tmp_path)))
    first = report["diagnostics"][0]
    assert first["message"] == HOSTILE and first["path"] == PATH
    assert first["fix"] == {"description": HOSTILE, "safe": True, "edits": [{"start": 5, "end": 7, "replacement": 'x"\n<y>%'}]}
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)


def test_sarif_round_trips_and_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = json.loads(render("sarif", _run(), _context(tmp_path)))
    schema = json.loads((ROOT / "schemas" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    results = log["runs"][0]["results"]
    assert results[0]["message"]["text"] == HOSTILE
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "weird%20dir/a%2Cb%3Ac%25d/SKILL.md"
    assert location["region"] == {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 9}
    assert [r["level"] for r in results] == ["error", "warning", "note"]


def _unescape(value: str) -> str:
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_github_commands_stay_on_one_line_and_decode_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    output = render("github", _run(), _context(tmp_path))
    lines = output.split("\n")
    assert lines[-1] == "" and len(lines) == 5  # three commands, the summary, the final newline
    commands = lines[:3]
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in commands)
    assert not any("\r" in line for line in commands)
    head, message = commands[0].split("::", 2)[1:]
    properties = dict(item.split("=", 1) for item in head.split(" ", 1)[1].split(","))
    assert _unescape(properties["file"]) == PATH
    assert properties["title"] == "AS013" and properties["line"] == "2" and properties["col"] == "3"
    expected = HOSTILE.replace("\x1b", "\\x1b").replace("\x00", "\\x00").replace("\x07", "\\x07").replace(
        "\u2028", "\\u2028")
    assert _unescape(message) == f"{expected} [name-not-lowercase]"


def test_github_escaping_rules():
    assert escape_data("100%\r\n:,") == "100%25%0D%0A:,"
    assert escape_property("100%\r\n:,") == "100%25%0D%0A%3A%2C"


def test_github_writes_control_characters_as_the_text_report_does():
    assert escape_data("bell\x07 nul\x00 esc\x1b[2J tab\t \u2028") == "bell\\x07 nul\\x00 esc\\x1b[2J tab\t \\u2028"
    assert escape_property("a\x07,b") == "a\\x07%2Cb"


def test_junit_is_valid_xml_whatever_the_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    output = render("junit", _run(), ReportContext(fail_on="warning"))
    root = ET.fromstring(output.encode("utf-8"))  # raises on invalid XML
    case = root.find("testsuite/testcase")
    assert case.get("name") == PATH
    failures = case.findall("failure")
    assert [f.get("type") for f in failures] == ["AS013", "AS040"]
    expected = HOSTILE.replace("\x1b", "\\x1b").replace("\x00", "\\x00").replace("\x07", "\\x07")
    assert failures[0].get("message") == f"AS013 {expected}"
    assert expected.replace("\r\n", "\n") in failures[0].text  # XML reads a CR LF in text as LF
    assert "SL109" in case.find("system-out").text


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_every_format_renders_hostile_input(fmt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    output = render(fmt, _run(), ReportContext(show_source=True))
    assert "café" in output or "caf\\u00e9" in output


def test_show_source_neutralises_control_characters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    skill = tmp_path / "SKILL.md"
    skill.write_text("---\nname: a\x1b[2Jb\tc\n---\n", encoding="utf-8")
    run = RunResult([FileResult("SKILL.md", [Diagnostic("SKILL.md", 2, 11, "AS015", "name-invalid-characters",
                                                        Severity.ERROR, "m")])])
    lines = render("text", run, ReportContext(show_source=True)).split("\n")
    assert lines[1] == " 2 | name: a\ufffd[2Jb\tc"
    assert lines[2] == "   |        " + " " * 3 + "^"


def test_text_keeps_each_diagnostic_on_one_line_without_terminal_escapes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = render("text", _run(), ReportContext()).split("\n")
    assert len(lines) == 5 and lines[-1] == ""  # three diagnostics, the summary, the final newline
    first = lines[0]
    assert first.startswith(f"{PATH}:2:3: AS013 [error] He said \"stop\" & 'go' <b>now</b> ]]> 100% done, a:b;c\\n::error")
    assert "\x1b" not in first and "\x00" not in first and "\r" not in first
    assert "\\x1b[31mred" in first and "café 日本語 \U0001F600 \\u2028end [name-not-lowercase]" in first


UNDECODABLE = "bad\udcffname/SKILL.md"  # the byte 0xff of a file name, as Python's os functions give it


def _undecodable_run() -> RunResult:
    message = "skill name 'X' must match its folder's name 'bad\udcffname'"
    return RunResult([FileResult(UNDECODABLE, [
        Diagnostic(UNDECODABLE, 2, 7, "AS016", "name-folder-mismatch", Severity.ERROR, message)])])


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_every_format_can_be_written_for_a_file_name_that_is_not_utf8(fmt, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    output = render(fmt, _undecodable_run(), ReportContext(root=str(tmp_path)))
    output.encode("utf-8")  # what --output-file and a UTF-8 terminal do with it
    assert "name" in output


def test_sarif_points_at_a_file_name_that_is_not_utf8_by_its_bytes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = json.loads(render("sarif", _undecodable_run(), ReportContext(root=str(tmp_path))))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "bad%FFname/SKILL.md"
