"""The corpus skills whose category is Mechanistic Analysis: every section they have is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import lint_fixture

from skilllint.document import load_bytes
from skilllint.packs import builtin_pack
from skilllint.rules.mechanistic._sections import section_map

CORPUS = Path("/work/shared/corpus/skillxiv/skills/skillxiv-v0.0.3-claude-opus-4.6")
SKILLS = ["sparse-critical-rlvr-token-analysis", "moral-reasoning-rhetoric-llm-analysis"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
@pytest.mark.parametrize("name", SKILLS)
def test_corpus_mechanistic_skill_has_all_nine_sections_recognised(name):
    path = CORPUS / name / "SKILL.md"
    doc = load_bytes(path.read_bytes(), path, str(path))
    found = section_map(doc, builtin_pack("mechanistic-analysis").data)
    assert list(found.first) == [
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
    codes = {d.code for d in lint_fixture(path)}
    assert not codes & {"MA002", "MA003", "MA004", "MA005", "SL001"}
