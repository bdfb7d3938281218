"""Rendering: the guide's structure from a complete record, visible TODOs from an incomplete one."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import FIXTURES

from skilllint.document import SkillDocument
from skilllint.generate.record import load_record
from skilllint.generate.render import render_skill, yaml_list, yaml_str
from skilllint.generate.schema import validate

RECORDS = FIXTURES / "records"
COMPLETE = ["network-dissection", "rome-causal-tracing", "attention-not-explanation", "induction-heads"]

# The guide's Phase 4 sections with their paragraph ranges (None: no count given).
SECTIONS = [
    ("The Research Question", (2, 3)),
    ("The Analytical Approach", (2, 3)),
    ("Controls & Confounds", (2, 2)),
    ("Core Findings", (2, 3)),
    ("Practitioner Implications", (2, 3)),
    ("Methodology You Can Reuse", (2, 2)),
    ("Limitations & Caveats", (1, 2)),
    ("Related Mechanistic Questions", None),
    ("When to Apply This Diagnostic", None),
    ("Reference", None),
]


def _data(name: str) -> dict:
    return load_record(RECORDS / f"{name}.yaml").data


def _document(text: str) -> SkillDocument:
    return SkillDocument.from_text(text, "skill/SKILL.md")


@pytest.mark.parametrize("name", COMPLETE)
def test_frontmatter_is_taken_from_the_record(name):
    data = _data(name)
    front = _document(render_skill(data)).frontmatter
    assert list(front.data) == ["name", "title", "version", "engine", "license", "url", "keywords", "tags",
                                "description", "category"]
    assert front.data["name"] == data["skill"]["name"]
    assert front.data["title"] == data["paper"]["title"]
    assert front.data["url"] == data["paper"]["url"]
    assert front.data["keywords"] == data["skill"]["keywords"]
    assert front.data["tags"] == data["skill"]["tags"]
    assert front.data["description"] == " ".join(data["skill"]["description"].split())
    assert front.data["category"] == "Mechanistic Analysis"
    assert front.keys["keywords"].style == "flow-seq"
    assert front.keys["tags"].style == "flow-seq"
    assert front.keys["description"].style == "double"


@pytest.mark.parametrize("name", COMPLETE)
def test_body_has_the_guide_sections_and_paragraph_counts(name):
    data = _data(name)
    doc = _document(render_skill(data))
    (h1,) = [s for s in doc.iter_sections() if s.level == 1]
    assert h1.title == data["skill"]["title"]
    sections = [s for s in doc.iter_sections() if s.level == 2]
    assert [s.title for s in sections] == [title for title, _ in SECTIONS]
    for section, (title, counts) in zip(sections, SECTIONS, strict=True):
        paragraphs = sum(1 for block in section.blocks if block.kind == "paragraph")
        if counts:
            low, high = counts
            assert low <= paragraphs <= high, f"{name}: {title} has {paragraphs} paragraphs"
            assert all(block.kind == "paragraph" for block in section.blocks), title


@pytest.mark.parametrize("name", COMPLETE)
def test_decision_table_and_reference_block(name):
    data = _data(name)
    doc = _document(render_skill(data))
    section = next(s for s in doc.iter_sections() if s.title == "When to Apply This Diagnostic")
    (table,) = [b for b in section.blocks if b.kind == "table"]
    assert [c.text for c in table.header.cells] == ["Scenario", "Should I Use This?", "Why / Why Not?"]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        [row["scenario"], row["verdict"], row["why"]] for row in data["decision_table"]
    ]
    reference = next(s for s in doc.iter_sections() if s.title == "Reference")
    lines = reference.blocks[0].text.splitlines()
    code = data["paper"]["code"] or "none released"
    assert lines == [f"Paper: {data['paper']['url']}", f"Code: {code}",
                     "Related work: " + "; ".join(data["related_work"])]


@pytest.mark.parametrize("name", COMPLETE)
def test_every_finding_and_confound_appears_verbatim(name):
    data = _data(name)
    text = " ".join(render_skill(data).split())
    for finding in data["findings"]:
        assert " ".join(finding["statement"].split()) in text
    for confound in data["confounds"]:
        assert " ".join(confound["control"].split()) in text
    assert "TODO" not in text


def test_an_unaddressed_confound_is_marked():
    text = render_skill(_data("network-dissection"))
    assert "(3) Not addressed: The paper does not correct for this" in text


def test_rendering_is_deterministic():
    data = _data("rome-causal-tracing")
    assert render_skill(data) == render_skill(data)


def test_incomplete_record_renders_a_todo_for_each_missing_value():
    record = load_record(RECORDS / "incomplete-lottery-ticket.yaml")
    problems = validate(record)
    assert problems and all(p.missing for p in problems)
    text = render_skill(record.data)
    todos = set(re.findall(r"TODO: ([A-Za-z_][\w\[\]]*(?:\.[A-Za-z_][\w\[\]]*)*)", text))
    # every TODO names a field the schema reports as missing (or a part of one), and vice versa
    missing = {p.location for p in problems}
    for todo in todos:
        assert any(todo == m or todo.startswith(m + ".") or todo.startswith(m + "[") for m in missing), todo
    for location in missing:
        assert any(t == location or t.startswith(location + ".") or t.startswith(location + "[") for t in todos), location
    assert "TODO: confounds[1].control" in text
    assert "TODO: priors.before" in text
    assert "| TODO: decision_table[0].scenario | TODO: decision_table[0].verdict |" in text
    # what the record has is rendered as it is
    assert "iterative magnitude pruning with resetting to the original initialization" in text


def test_a_single_finding_gets_a_todo_for_the_second():
    text = render_skill(_data("incomplete-lottery-ticket"))
    assert "**Finding 2 (TODO: findings[1].kind):** TODO: findings[1].statement." in text


def test_text_that_needs_yaml_quoting_round_trips():
    data = _data("network-dissection")
    data["skill"]["description"] = 'Says "what" and when: use it when a \\ backslash or # hash appears.'
    data["skill"]["keywords"] = ["Yes", "Network: Dissection", "1.5", "IoU, Overlap", "Plain Words"]
    front = yaml.safe_load(render_skill(data).split("---\n")[1])
    assert front["description"] == data["skill"]["description"]
    assert front["keywords"] == data["skill"]["keywords"]


def test_yaml_helpers():
    assert yaml_str('a "b"') == '"a \\"b\\""'
    assert yaml_list(["Network Dissection", "No", "A: B"]) == '[Network Dissection, "No", "A: B"]'


def test_multiline_text_stays_one_paragraph():
    data = _data("network-dissection")
    data["limitations"] = ["First line\n\nstill the same limitation"]
    doc = _document(render_skill(data))
    section = next(s for s in doc.iter_sections() if s.title == "Limitations & Caveats")
    assert [b.kind for b in section.blocks] == ["paragraph"]


def test_pipes_in_table_cells_are_escaped():
    data = _data("network-dissection")
    data["decision_table"][0]["why"] = "Counts | compared"
    doc = _document(render_skill(data))
    section = next(s for s in doc.iter_sections() if s.title == "When to Apply This Diagnostic")
    table = section.blocks[0]
    assert len(table.rows[0].cells) == 3


def test_a_record_without_skill_still_gives_parseable_frontmatter():
    data = _data("network-dissection")
    del data["skill"]
    front = _document(render_skill(data)).frontmatter
    assert front.error is None
    assert front.data["name"] == "TODO: skill.name"
    assert front.data["keywords"] == ["TODO: skill.keywords[0]", "TODO: skill.keywords[1]", "TODO: skill.keywords[2]",
                                      "TODO: skill.keywords[3]", "TODO: skill.keywords[4]"]


def test_an_invalid_record_is_not_rendered():
    from skilllint.generate.render import InvalidRecord

    data = _data("network-dissection")
    data["findings"] = "many"
    with pytest.raises(InvalidRecord, match="findings: expected an array, got a string"):
        render_skill(data)
