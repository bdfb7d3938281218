"""Exact codes and lines for the agent-skills pack and the file-level core rules."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, codes_and_lines, lint_fixture, lint_text

CASES = [
    ("frontmatter-missing/bad.md", [("AS001", 1)]),
    ("frontmatter-unclosed/bad.md", [("AS002", 1)]),
    ("yaml-invalid/bad.md", [("AS003", 3)]),
    ("yaml-tag-not-allowed/bad.md", [("AS004", 3)]),
    ("yaml-alias-expansion/bad.md", [("AS005", 2)]),
    ("frontmatter-not-mapping/bad.md", [("AS006", 2)]),
    ("frontmatter-not-mapping/bad-scalar.md", [("AS006", 2)]),
    ("name-missing/bad.md", [("AS010", 1)]),
    ("name-empty/bad.md", [("AS011", 2)]),
    ("name-too-long/bad.md", [("AS012", 2)]),
    ("name-not-lowercase/bad.md", [("AS013", 2)]),
    ("name-hyphens/bad.md", [("AS014", 2), ("AS014", 2)]),
    ("name-invalid-characters/bad.md", [("AS015", 2)]),
    ("name-folder-mismatch/bad/pdf-tools/SKILL.md", [("AS016", 2)]),
    ("description-missing/bad.md", [("AS020", 1)]),
    ("description-empty/bad.md", [("AS021", 3)]),
    ("description-too-long/bad.md", [("AS022", 3)]),
    ("compatibility-invalid/bad.md", [("AS030", 4)]),
    ("compatibility-invalid/bad-not-string.md", [("AS030", 5)]),
    ("license-invalid/bad.md", [("AS031", 4)]),
    ("metadata-invalid/bad.md", [("AS032", 5), ("AS032", 5)]),
    ("metadata-invalid/bad-not-mapping.md", [("AS032", 4)]),
    ("allowed-tools-invalid/bad.md", [("AS033", 4)]),
    ("unknown-field/bad.md", [("AS040", 4)]),
    ("body-empty/bad.md", [("AS050", 4)]),
    ("body-too-long/bad.md", [("AS051", 505)]),
    ("empty-file/bad.md", [("SL107", 1)]),
    ("mixed-line-endings/bad.md", [("SL108", 1)]),
    ("byte-order-mark/bad.md", [("SL109", 1)]),
    ("invalid-utf8/bad.md", [("SL101", 3)]),
    ("binary-file/bad.md", [("SL102", 1)]),
    ("unused-suppression/bad.md", [("SL002", 6)]),
]


@pytest.mark.parametrize(("fixture", "expected"), CASES, ids=[c[0] for c in CASES])
def test_exact_codes_and_lines(fixture, expected):
    found = lint_fixture(FIXTURES / fixture, select=["AS", "SL"])
    assert codes_and_lines(found) == expected


def test_good_agent_skills_file_is_clean():
    text = '---\nname: skill\ndescription: "Does X. Use when Y."\nlicense: MIT\n---\n\n# Skill\n\nDo X.\n'
    assert lint_text(text, select=["AS", "SL"]) == []


def test_columns_point_at_values_and_keys():
    text = '---\nname: Bad_Name\ndescription: "x"\nextra: 1\n---\n\nBody\n'
    found = {d.code: (d.line, d.column) for d in lint_text(text, select=["AS"])}
    assert found["AS013"] == (2, 7)
    assert found["AS040"] == (4, 1)


def test_invalid_utf8_names_the_byte_offset():
    found = lint_fixture(FIXTURES / "invalid-utf8/bad.md")
    assert "byte offset 33" in found[0].message and found[0].column == 18


def test_name_rules_normalise_nfkc():
    # The full-width letters normalise to ASCII and the folder matches.
    text = '---\nname: ｓkill\ndescription: "Does X. Use when Y."\n---\n\nBody\n'
    assert lint_text(text, select=["AS"], path="skill/SKILL.md") == []


def test_extra_allowed_fields_come_from_config():
    text = '---\nname: skill\ndescription: "x"\nauthor: me\n---\n\nBody\n'
    assert lint_text(text, select=["AS040"], config={"allowed-fields": ["author"]}) == []


def test_duplicate_keys_are_invalid_yaml_at_the_second_key():
    text = '---\nname: first\ndescription: "x"\nname: second\n---\n\nBody\n'
    (found,) = lint_text(text, select=["AS"], path="first/SKILL.md")
    assert (found.code, found.line, found.column) == ("AS003", 4, 1)
    assert "duplicate key 'name' (first on line 2)" in found.message


def test_duplicate_keys_in_a_nested_mapping_are_found_too():
    text = '---\nname: skill\ndescription: "x"\nmetadata:\n  owner: a\n  owner: b\n---\n\nBody\n'
    (found,) = lint_text(text, select=["AS"])
    assert (found.code, found.line, found.column) == ("AS003", 6, 3)


def test_merge_keys_and_overrides_are_not_duplicates():
    text = '---\nname: skill\ndescription: "x"\nmetadata:\n  <<: {owner: a}\n  owner: b\n---\n\nBody\n'
    assert lint_text(text, select=["AS"]) == []


def test_a_control_character_in_the_frontmatter_is_placed_at_its_line_and_column():
    text = '---\nname: skill\ndescription: "a \x1b[31mred"\n---\n\nBody\n'
    (found,) = lint_text(text, select=["AS"])
    assert (found.code, found.line, found.column) == ("AS003", 3, 17)
    assert found.message == "invalid YAML in frontmatter: control characters are not allowed (U+001B)"


@pytest.mark.parametrize(("text", "line", "message"), [
    ('---\nname: s\rdescription: "x"\n---\n\nBody\r\n',
     6, "the file mixes CRLF, CR and LF line endings (first CRLF here)"),
    ('---\nname: s\rdescription: "x"\n---\n\nBody\n', 2, "the file mixes CR and LF line endings (first CR here)"),
    ('---\r\nname: s\r\ndescription: "x"\r\n---\r\n\r\nBody\n', 1,
     "the file mixes CRLF and LF line endings (first CRLF here)"),
])
def test_mixed_line_endings_counts_lone_cr_and_points_at_the_right_line(text, line, message):
    (found,) = lint_text(text, select=["SL108"])
    assert (found.line, found.message) == (line, message)


def test_a_file_with_one_line_ending_throughout_is_not_mixed():
    for newline in ("\n", "\r\n", "\r"):
        text = '---\nname: s\ndescription: "x"\n---\n\nBody\n'.replace("\n", newline)
        assert lint_text(text, select=["SL108"]) == []
