"""`skilllint triage`: the Phase 1 rubric score, the verdict and the exit code."""

from __future__ import annotations

import yaml
from click.testing import CliRunner
from helpers import FIXTURES

from skilllint.cli import cli
from skilllint.generate.triage import triage

RECORDS = FIXTURES / "records"


def _rubric(points: dict[str, int]) -> dict:
    return {key: {"point": value, "justification": f"because {key}"} for key, value in points.items()}


def test_score_and_missing_criteria():
    result = triage(_rubric({"asks_why": 1, "instrument": 1, "controls": 0, "actionable": 1, "generalizes": 0}))
    assert result.score == 3 and not result.passed
    assert [c.key for c in result.missing] == ["controls", "generalizes"]


def test_four_points_pass():
    result = triage(_rubric({"asks_why": 1, "instrument": 1, "controls": 1, "actionable": 0, "generalizes": 1}))
    assert result.score == 4 and result.passed


def test_cli_passes_a_mechanistic_paper():
    result = CliRunner().invoke(cli, ["triage", str(RECORDS / "network-dissection.yaml")])
    assert result.exit_code == 0, result.output
    assert "score 5/5: a mechanistic-analysis paper (threshold 4)" in result.output
    assert "[1] controls" in result.output


def test_cli_names_the_missing_points_and_exits_1(tmp_path):
    data = yaml.safe_load((RECORDS / "attention-not-explanation.yaml").read_text(encoding="utf-8"))
    data["rubric"]["controls"]["point"] = 0
    data["rubric"]["generalizes"]["point"] = 0
    path = tmp_path / "record.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", str(path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "score 3/5: not a mechanistic-analysis paper (threshold 4)" in lines
    assert lines[-1] == ("missing: controls (Controls for confounds); generalizes (Teaches a methodology others "
                         "could apply to new questions)")


def test_cli_scores_an_incomplete_record_and_notes_the_rest():
    result = CliRunner().invoke(cli, ["triage", str(RECORDS / "incomplete-lottery-ticket.yaml")])
    assert result.exit_code == 0
    assert "score 4/5: a mechanistic-analysis paper (threshold 4)" in result.stdout
    assert "the record has 14 other schema problems" in result.stderr


def test_cli_reports_every_rubric_problem_with_exit_2(tmp_path):
    path = tmp_path / "record.yaml"
    path.write_text("rubric:\n  asks_why: {point: 3, justification: x}\n  controls: {point: 1}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2: rubric.asks_why.point: must be one of 0, 1" in result.stderr
    assert f"{path}:3: rubric.controls.justification: required" in result.stderr
    assert f"{path}:1: rubric.instrument: required" in result.stderr
    assert "Traceback" not in result.output


def test_cli_unreadable_record(tmp_path):
    path = tmp_path / "record.yaml"
    path.write_text("rubric: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["triage", str(path)])
    assert result.exit_code == 2
    assert "invalid YAML" in result.stderr
