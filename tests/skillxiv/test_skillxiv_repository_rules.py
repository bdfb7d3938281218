"""The skillxiv repository rules: facts per file, judgement over the whole run."""

from __future__ import annotations

import json

from helpers import FIXTURES

from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.engine import Linter, Options


def run(path, code, config=None):
    linter = Linter(Config(config or {}, None), Options(profiles=["skillxiv"], select=[code]))
    result = linter.run(discover([path], linter.config))
    return [(d.path, d.line, d.message) for d in result.diagnostics]


def names(found):
    return sorted((path.split("/")[-2], line) for path, line, _ in found)


def test_same_paper_same_category_warns_on_both():
    found = run(FIXTURES / "duplicate-paper-category" / "bad", "SX201")
    assert names(found) == [("flash-attention-efficiency", 7), ("flash-attention-speed", 7)]
    messages = {m for _, _, m in found}
    assert all("arXiv 2205.14135 with category 'Scaling & Efficiency'" in m for m in messages)
    assert any("flash-attention-speed/SKILL.md" in m for m in messages)


def test_same_paper_other_category_passes():
    assert run(FIXTURES / "duplicate-paper-category" / "good", "SX201") == []


def test_near_duplicate_titles_name_the_other_file():
    found = run(FIXTURES / "near-duplicate-title" / "bad", "SX202")
    assert names(found) == [("flash-attention-efficiency", 3), ("flash-decoding-serving", 3)]
    (first, second) = sorted(found)
    assert "flash-decoding-serving/SKILL.md" in first[2]
    assert "identical apart from case and punctuation" in first[2]
    assert "flash-attention-efficiency/SKILL.md" in second[2]
    assert run(FIXTURES / "near-duplicate-title" / "good", "SX202") == []


def test_same_paper_titles_are_left_to_the_paper_rule():
    assert run(FIXTURES / "duplicate-paper-category" / "good", "SX202") == []


def test_near_duplicate_descriptions():
    found = run(FIXTURES / "near-duplicate-description" / "bad", "SX203")
    assert names(found) == [("agent-memory-compression", 10), ("tool-routing-policies", 10)]
    assert run(FIXTURES / "near-duplicate-description" / "good", "SX203") == []


def test_threshold_from_config():
    bad = FIXTURES / "near-duplicate-description" / "bad"
    assert run(bad, "SX203", {"rules": {"near-duplicate-description": {"threshold": 99.5}}}) == []


def test_lookalike_folder_names():
    found = run(FIXTURES / "lookalike-folder-names" / "bad", "SX204")
    assert len(found) == 2
    cyrillic = next(m for p, _, m in found if "modomodо" in p.split("/")[-2])
    assert "U+043E CYRILLIC SMALL LETTER O" in cyrillic
    case = run(FIXTURES / "lookalike-folder-names" / "bad-case", "SX204")
    assert len(case) == 2 and all("differ only by case" in m for _, _, m in case)
    assert run(FIXTURES / "lookalike-folder-names" / "good", "SX204") == []


def test_facts_are_json_and_rules_work_from_facts_alone():
    linter = Linter(Config({}, None), Options(profiles=["skillxiv"], select=["SX2"]))
    results = [linter.lint_found(f) for f in discover([FIXTURES / "duplicate-paper-category" / "bad"], linter.config)]
    for result in results:
        assert set(result.facts) == {"SX201", "SX202", "SX203", "SX204"}
        result.facts = json.loads(json.dumps(result.facts))  # as if read back from the cache
    codes = sorted(d.code for d in linter.finish(results).diagnostics)
    assert codes == ["SX201", "SX201"]
