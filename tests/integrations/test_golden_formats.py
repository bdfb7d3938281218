"""Every output format, and --diff, over the sample skills in tests/integrations/data, against golden files.

To regenerate the golden files after an intended change of output, run

    SKILLLINT_UPDATE_GOLDEN=1 python -m pytest tests/integrations/test_golden_formats.py

and review the diff of tests/integrations/golden/ before committing it.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from integrations.support import GOLDEN, ROOT, STABLE_SELECTION, clean_env, run_cli

from skilllint import __version__
from skilllint.rules import find_rule

UPDATE = os.environ.get("SKILLLINT_UPDATE_GOLDEN") == "1"
COMMON = ["check", "skills", "--select", STABLE_SELECTION, "--no-cache"]
CASES = {
    "text.txt": ["--format", "text", "--show-source"],
    "json.json": ["--format", "json"],
    "sarif.json": ["--format", "sarif"],
    "github.txt": ["--format", "github"],
    "junit.xml": ["--format", "junit"],
}


def _normalise(output: str) -> str:
    return output.replace(f'"version": "{__version__}"', '"version": "<version>"').replace(
        f'"semanticVersion": "{__version__}"', '"semanticVersion": "<version>"')


def _sarif_without_documentation(output: str) -> str:
    """Check each rule descriptor's text against the rule's own documentation, then put placeholders
    there, so that editing a rule's documentation does not change the golden file."""
    log = json.loads(output)
    for descriptor in log["runs"][0]["tool"]["driver"]["rules"]:
        rule = find_rule(descriptor["id"])
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.doc_section("What it checks")
        assert descriptor["help"] == {"text": rule.documentation(), "markdown": rule.documentation()}
        placeholder = f"<documentation of {rule.code}>"
        descriptor["shortDescription"]["text"] = descriptor["fullDescription"]["text"] = placeholder
        descriptor["help"] = {"text": placeholder, "markdown": placeholder}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _compare(name: str, output: str) -> None:
    golden = GOLDEN / name
    if UPDATE:
        golden.write_bytes(output.encode("utf-8"))
    assert golden.exists(), f"missing {golden}: run with SKILLLINT_UPDATE_GOLDEN=1 to create it"
    assert output == golden.read_bytes().decode("utf-8"), f"{name} differs from its golden file"


@pytest.mark.parametrize("name", sorted(CASES))
def test_format_matches_golden(sample_repo, name):
    result = run_cli([*COMMON, *CASES[name]], sample_repo)
    assert result.returncode == 1, result.stderr  # the samples hold errors
    output = _normalise(result.stdout)
    _compare(name, _sarif_without_documentation(output) if name == "sarif.json" else output)


def test_diff_matches_golden_and_writes_nothing(sample_repo):
    before = {p: p.read_bytes() for p in sample_repo.rglob("SKILL.md")}
    result = run_cli([*COMMON, "--diff"], sample_repo)
    assert result.returncode == 1
    assert "Would fix 2 problems in 2 files (AX003: 2)." in result.stderr
    _compare("diff.txt", result.stdout)
    assert {p: p.read_bytes() for p in sample_repo.rglob("SKILL.md")} == before


def test_sarif_is_valid_sarif_2_1_0(sample_repo):
    schema = json.loads((ROOT / "schemas" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(run_cli([*COMMON, "--format", "sarif"], sample_repo).stdout)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    fired = sorted({r["ruleId"] for r in log["runs"][0]["results"]})
    assert [r["id"] for r in driver["rules"]] == fired
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert "skills/flawed-skill/SKILL.md" in uris and all(u.startswith("skills/") for u in uris)


def test_golden_junit_has_one_case_per_file_and_failures_at_the_failing_severity():
    suite = ET.fromstring((GOLDEN / "junit.xml").read_text(encoding="utf-8")).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert sorted(cases) == [f"skills/{n}/SKILL.md" for n in
                             ("broken-yaml", "clean-skill", "crlf-skill", "flawed-skill", "unicode-skill")]
    assert [f.get("type") for f in cases["skills/flawed-skill/SKILL.md"].findall("failure")] == ["AS013", "AS015", "AS016"]
    assert cases["skills/clean-skill/SKILL.md"].find("failure") is None
    assert suite.get("tests") == "5" and suite.get("failures") == "3"  # broken-yaml, flawed-skill, unicode-skill


def test_junit_failing_severity_follows_fail_on(sample_repo):
    result = run_cli([*COMMON, "--format", "junit", "--fail-on", "warning"], sample_repo)
    suite = ET.fromstring(result.stdout).find("testsuite")
    crlf = next(c for c in suite.findall("testcase") if c.get("name") == "skills/crlf-skill/SKILL.md")
    assert [f.get("type") for f in crlf.findall("failure")] == ["AS040", "AX003"]  # SL109 is info: not a failure
    assert "SL109" in crlf.find("system-out").text


def test_github_format_is_chosen_on_github_actions(sample_repo):
    result = run_cli(COMMON, sample_repo, env=clean_env(GITHUB_ACTIONS="true"))
    assert result.stdout.startswith("::error file=skills/broken-yaml/SKILL.md,line=3,col=14,title=AS003::")
    explicit = run_cli([*COMMON, "--format", "text"], sample_repo, env=clean_env(GITHUB_ACTIONS="true"))
    assert explicit.stdout.startswith("skills/broken-yaml/SKILL.md:3:14: AS003 ")


def test_output_file_receives_the_report(sample_repo):
    result = run_cli([*COMMON, "--format", "sarif", "--output-file", "out/report.sarif"], sample_repo)
    assert result.returncode == 1 and result.stdout == ""
    written = (sample_repo / "out" / "report.sarif").read_text(encoding="utf-8")
    assert _sarif_without_documentation(_normalise(written)) == (GOLDEN / "sarif.json").read_text(encoding="utf-8")
