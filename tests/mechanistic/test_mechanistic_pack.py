"""The declarative pack: its schema, and a user pack that overrides its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES

from skilllint.config import Config
from skilllint.document import SkillDocument
from skilllint.engine import Linter, Options
from skilllint.packs import PackError, PackSet

EXEMPLARY = FIXTURES / "examples" / "exemplary-mechanistic" / "SKILL.md"


def _lint(config_dir: Path, values: dict, select: list[str]):
    engine = Linter(Config(values, config_dir / ".skilllint.yaml"), Options(select=select))
    doc = SkillDocument.from_text(EXEMPLARY.read_text(encoding="utf-8"), EXEMPLARY, str(EXEMPLARY))
    return engine.finish([engine.lint_document(doc)]).diagnostics


def test_builtin_pack_validates_and_extends_agent_skills():
    pack = PackSet().get("mechanistic-analysis")
    assert pack.category == "Mechanistic Analysis"
    assert pack.extends[0] == "agent-skills"
    assert list(pack.data["sections"]) == [
        "question",
        "approach",
        "controls",
        "findings",
        "implications",
        "methodology",
        "limitations",
        "related",
        "apply",
    ]
    for field in ("title", "version", "engine", "license", "url", "keywords", "tags", "category"):
        assert field in pack.allowed_fields


def test_lab_pack_overrides_the_limitations_range(tmp_path):
    (tmp_path / "lab.yaml").write_text(
        "name: mechanistic-analysis\ndata:\n  sections:\n    limitations:\n      paragraphs: {min: 3, max: 3}\n",
        encoding="utf-8",
    )
    assert _lint(tmp_path, {}, ["MA006"]) == []
    found = _lint(tmp_path, {"packs": ["lab.yaml"]}, ["MA006"])
    assert [(d.code, d.line) for d in found] == [("MA006", 54)]
    assert "at least 3" in found[0].message


def test_lab_pack_overrides_a_vocabulary(tmp_path):
    (tmp_path / "lab.yaml").write_text(
        'name: mechanistic-analysis\ndata:\n  decision_table:\n    verdicts: ["Yes", "No"]\n',
        encoding="utf-8",
    )
    found = _lint(tmp_path, {"packs": ["lab.yaml"]}, ["MA024"])
    assert [(d.code, d.line) for d in found] == [("MA024", 71), ("MA024", 72)]


def test_invalid_pack_data_is_a_clear_error(tmp_path):
    (tmp_path / "lab.yaml").write_text(
        "name: mechanistic-analysis\ndata:\n  sections:\n    limitations:\n      paragraphs: {min: three}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=r"data\.sections\.limitations\.paragraphs\.min"):
        PackSet([tmp_path / "lab.yaml"]).get("mechanistic-analysis")
