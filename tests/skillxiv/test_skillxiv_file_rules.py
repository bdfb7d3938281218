"""The skillxiv per-file rules: exact codes, lines and columns on their fixtures, and edge cases."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, lint_fixture, lint_text

PROFILE = "skillxiv"
# The fixtures live outside any repository with a tags.json: point the rules at a small registry.
REGISTRY = {"skillxiv": {"tags-registry": str(FIXTURES / "unknown-tag" / "tags.json")}}

EXPECTED_BAD = {
    "frontmatter-schema/bad.md": [("SX001", 1, 1), ("SX001", 3, 8), ("SX001", 4, 10), ("SX001", 7, 11)],
    "name-not-descriptive/bad.md": [("SX002", 2, 7)],
    "name-not-descriptive/bad-generic.md": [("SX002", 2, 7)],
    "name-not-ascii/bad.md": [("SX003", 2, 20)],
    "url-not-arxiv/bad.md": [("SX004", 7, 6)],
    "keywords-count/bad.md": [("SX005", 8, 11)],
    "keywords-count/bad-too-many.md": [("SX005", 8, 11)],
    "block-style-list/bad.md": [("SX006", 8, 1), ("SX006", 14, 1)],
    "block-style-list/bad-comment.md": [("SX006", 8, 1)],
    "keyword-not-title-case/bad.md": [("SX007", 8, 12)],
    "tags-count/bad.md": [("SX008", 9, 7)],
    "tags-count/bad-missing.md": [("SX008", 8, 1)],
    "unknown-tag/bad.md": [("SX009", 9, 8), ("SX009", 9, 29)],
    "description-markup/bad.md": [("SX010", 10, 39)],
    "description-not-double-quoted/bad.md": [("SX011", 10, 1)],
    "description-not-double-quoted/bad-folded.md": [("SX011", 10, 1)],
    "description-missing-trigger/bad.md": [("SX012", 10, 14)],
    "description-missing-trigger/bad-no-what.md": [("SX012", 10, 14)],
    "unknown-category/bad.md": [("SX013", 11, 11)],
    "license-mismatch/bad.md": [("SX014", 6, 10)],
    "license-mismatch/bad-case.md": [("SX014", 6, 10)],
}


def sx(diagnostics):
    return [(d.code, d.line, d.column) for d in diagnostics if d.code.startswith("SX")]


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
def test_bad_fixture_positions(name):
    assert sx(lint_fixture(FIXTURES / name, profile=PROFILE, config=REGISTRY)) == EXPECTED_BAD[name]


@pytest.mark.parametrize("folder", sorted({name.split("/")[0] for name in EXPECTED_BAD}))
def test_good_fixtures_have_no_skillxiv_findings(folder):
    for path in sorted((FIXTURES / folder).glob("good*.md")):
        assert sx(lint_fixture(path, profile=PROFILE, config=REGISTRY)) == [], path


def test_a_complete_skill_passes_the_whole_profile():
    # unknown-tag/ holds a tags.json, so the tags are checked against a registry too.
    assert lint_fixture(FIXTURES / "unknown-tag" / "good.md", profile=PROFILE) == []


def messages(text, code, **kw):
    return [d.message for d in lint_text(text, profile=PROFILE, select=[code], **kw)]


def skill(**fields):
    base = {
        "name": "flash-attention-efficiency",
        "title": '"FlashAttention"',
        "version": "0.0.3",
        "engine": "human",
        "license": "MIT",
        "url": '"https://arxiv.org/abs/2205.14135"',
        "keywords": "[Attention, GPU Kernels, Tiling, IO Awareness, Memory Efficiency]",
        "tags": "[ML Systems]",
        "description": '"Cut attention memory to linear. Use when GPU memory limits context length."',
    }
    base.update(fields)
    lines = [f"{k}: {v}" for k, v in base.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n# Title\n\nBody.\n"


def test_schema_messages_name_the_field():
    found = messages(skill(title=None, engine='""', keywords="[Attention, 3]", version="1.0"), "SX001")
    assert found == [
        "required field 'title' is missing",
        "field 'engine' is empty",
        "field 'keywords' item 2 must be a string, not a number",
    ]


def test_non_ascii_name_reports_code_point_and_lookalike():
    (message,) = messages(skill(name="flash-αttention"), "SX003", path="flash-αttention/SKILL.md")
    assert "U+03B1 GREEK SMALL LETTER ALPHA" in message
    assert "looks like Latin 'a'" in message
    assert "write 'flash-attention'" in message


def test_arxiv_id_in_name_with_dot_and_version():
    assert messages(skill(name="2505.00212v2"), "SX002")
    assert not messages(skill(name="gpt-2048-game"), "SX002")


def test_url_rules_split_between_skillxiv_and_arxiv():
    placeholder = lint_text(skill(url='"https://arxiv.org/abs/XXXX.XXXXX"'), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in placeholder if d.code.startswith(("SX", "AX"))] == ["AX001"]
    pdf = lint_text(skill(url='"http://arxiv.org/pdf/2205.14135v2.pdf"'), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in pdf if d.code.startswith(("SX", "AX"))] == ["AX003"]
    elsewhere = lint_text(skill(url='"https://openreview.net/forum?id=H4DqfPSibmx"'), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in elsewhere if d.code.startswith(("SX", "AX"))] == ["SX004"]


def test_title_case_accepts_acronyms_minor_words_and_digits():
    ok = "[LLM, vLLM Serving, Mixture of Experts, 3D Reconstruction, Chain-of-Thought, Speech-to-text]"
    assert not messages(skill(keywords=ok), "SX007")
    assert messages(skill(keywords="[of Experts, A, B, C, D]"), "SX007") == ["1 keyword is not in Title Case: 'of Experts'"]


def test_tags_required_only_from_the_configured_version():
    assert messages(skill(tags=None, version="0.0.2"), "SX008") == []
    assert messages(skill(tags=None, version="0.1.0"), "SX008")
    assert messages(skill(tags="[]"), "SX008") == ["'tags' has 0 entries: give 1 to 3"]


def test_unknown_tag_without_registry_is_info_once(tmp_path):
    path = tmp_path / "flash-attention-efficiency" / "SKILL.md"
    found = lint_text(skill(tags="[Whatever, Else]"), profile=PROFILE, select=["SX009"], path=str(path))
    assert [(d.code, d.severity.value) for d in found] == [("SX009", "info")]


def test_tag_registry_from_config(tmp_path):
    registry = tmp_path / "registry.json"
    registry.write_text('["ML Systems", "Speech"]', encoding="utf-8")
    config = {"skillxiv": {"tags-registry": str(registry)}}
    path = str(tmp_path / "x" / "SKILL.md")
    assert messages(skill(tags="[ML Systems]"), "SX009", path=path, config=config) == []
    assert messages(skill(tags="[Speach]"), "SX009", path=path, config=config) == [
        "tag 'Speach' is not in the tag registry (did you mean 'Speech'?)"]


def test_category_matching_ignores_case_and_spaces():
    assert messages(skill(category='"scaling  &  efficiency"'), "SX013") == []
    (message,) = messages(skill(category='"Insight Driven"'), "SX013")
    assert "did you mean 'Insight-Driven Papers'?" in message
    (message,) = messages(skill(category='"Quantum Chemistry"'), "SX013")
    assert "did you mean" not in message


def test_license_from_rule_option():
    config = {"rules": {"license-mismatch": {"license": "Apache-2.0"}}}
    assert messages(skill(license="Apache-2.0"), "SX014", config=config) == []
    assert messages(skill(license="MIT"), "SX014", config=config) == ["license is 'MIT': skills here are licensed Apache-2.0"]


def test_keyword_limits_from_rule_options():
    config = {"rules": {"SX005": {"min": 2, "max": 3}}}
    assert messages(skill(keywords="[A, B]"), "SX005", config=config) == []


def test_description_trigger_variants():
    for text in ('"Speeds up attention. Useful for long-context training on small GPUs."',
                 '"Speeds up attention on long sequences; apply it when memory is the bottleneck."',
                 '"Speeds up attention on long sequences when building long-context models."'):
        assert messages(skill(description=text), "SX012") == [], text


def test_keyword_findings_are_not_doubled_with_the_mechanistic_profile():
    both = {"category": '"Mechanistic Analysis"'}
    few = lint_text(skill(keywords="[Probing, Units]", **both), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in few if d.code in ("SX005", "MA011")] == ["MA011"]
    missing = lint_text(skill(keywords=None, **both), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in missing if d.code in ("SX001", "MA011")] == ["MA011"]
    as_text = lint_text(skill(keywords='"Probing, Units, Concepts, Neurons, IoU"', **both), profile=PROFILE,
                        config=REGISTRY)
    assert [d.code for d in as_text if d.code in ("SX001", "MA011")] == ["SX001"]
    alone = lint_text(skill(keywords="[Probing, Units]"), profile=PROFILE, config=REGISTRY)
    assert [d.code for d in alone if d.code in ("SX005", "MA011")] == ["SX005"]


def test_tag_registry_is_found_above_the_skill(tmp_path):
    from skilllint.config import Config
    from skilllint.discovery import discover
    from skilllint.engine import Linter, Options

    (tmp_path / "tags.json").write_text('{"tags": [{"name": "Speech", "slug": "speech"}]}', encoding="utf-8")
    for folder, tags in (("speech-codec", "[Speech]"), ("speech-tokenizer", "[speech]")):
        path = tmp_path / "skills" / "engine" / folder / "SKILL.md"
        path.parent.mkdir(parents=True)
        path.write_text(skill(name=folder, tags=tags), encoding="utf-8")
    linter = Linter(Config({}, None), Options(profiles=[PROFILE], select=["SX009"]))
    found = linter.run(discover([tmp_path], linter.config)).diagnostics
    assert [(d.path.split("/")[-2], d.line, d.column, d.message) for d in found] == [
        ("speech-tokenizer", 9, 8, "tag 'speech' is not in the tag registry (did you mean 'Speech'?)")]
