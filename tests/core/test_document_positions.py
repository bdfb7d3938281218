"""The document model recovers the exact line of every block, in LF, CRLF and BOM files."""

from __future__ import annotations

import pytest
from helpers import FIXTURES

from skilllint.document import CodeBlock, ListBlock, SkillDocument, TableBlock

SOURCE = """---
name: demo
description: "Demo. Use when testing."
keywords:
  - One
  - Two
tags: [A, B]
summary: >
  folded
---
# Title: Outcome

Intro paragraph
continues here.

## Section One

- item one
- item two
  continued
- item three

1. first
2. second

| Scenario | Verdict |
|----------|---------|
| a        | Yes     |
| b        | No      |

```python
print("x")
print("y")
```

<!-- a comment -->

> quoted

### Sub

Setext heading
--------------

    indented code
"""

EXPECTED = [
    ("heading", 11), ("paragraph", 13), ("heading", 16), ("list", 18), ("list", 23),
    ("table", 26), ("code", 31), ("html", 36), ("blockquote", 38), ("heading", 40),
    ("heading", 42), ("code", 45),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_block_lines(newline, bom):
    doc = SkillDocument.from_text(bom + SOURCE.replace("\n", newline))
    assert [(b.kind, b.line) for b in doc.blocks] == EXPECTED
    assert doc.has_bom == bool(bom)
    for block in doc.blocks:
        first = block.text.split("\n")[0].rstrip("\r")
        assert doc.line_text(block.line).startswith(first.lstrip()[:1]) or doc.line_text(block.line).strip().startswith(first.strip()[:3])


def test_frontmatter_keys_and_styles():
    doc = SkillDocument.from_text(SOURCE)
    keys = doc.frontmatter.keys
    assert (keys["name"].line, keys["name"].column, keys["name"].style) == (2, 1, "plain")
    assert keys["description"].style == "double"
    assert keys["keywords"].style == "block-seq" and keys["keywords"].value_line == 5
    assert keys["tags"].style == "flow-seq"
    assert keys["summary"].style == "folded"
    assert doc.text[keys["tags"].value_start:keys["tags"].value_end] == "[A, B]"
    assert doc.body_start_line == 11


def test_list_items_tables_and_code():
    doc = SkillDocument.from_text(SOURCE)
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [i.line for i in lists[0].items] == [18, 19, 21]
    assert lists[0].items[1].text.split()[:2] == ["item", "two"]
    assert lists[1].ordered and [i.line for i in lists[1].items] == [23, 24]
    table = next(b for b in doc.blocks if isinstance(b, TableBlock))
    assert [c.text for c in table.header.cells] == ["Scenario", "Verdict"]
    assert [(r.line, r.cell(1)) for r in table.rows] == [(28, "Yes"), (29, "No")]
    assert table.rows[0].cells[1].column == 14
    code = next(b for b in doc.blocks if isinstance(b, CodeBlock))
    assert (code.language, code.line_count, code.end_line) == ("python", 2, 34)


def test_section_tree():
    doc = SkillDocument.from_text(SOURCE)
    (title,) = doc.sections
    assert (title.level, title.title, title.line) == (1, "Title: Outcome", 11)
    one, setext = title.children
    assert (one.title, one.end_line, setext.title, setext.line) == ("Section One", 41, "Setext heading", 42)
    assert [c.title for c in one.children] == ["Sub"]
    assert [b.kind for b in one.blocks] == ["list", "list", "table", "code", "html", "blockquote"]
    assert [b.kind for b in one.prose_blocks()] == ["list", "list", "blockquote"]
    assert doc.h1s[0].title == "Title: Outcome"


def test_offsets_round_trip_with_crlf():
    doc = SkillDocument.from_text(SOURCE.replace("\n", "\r\n"))
    for line in (1, 5, 11, 40):
        assert doc.position(doc.offset(line, 3)) == (line, 3)
    assert doc.lines[1] == "name: demo"


def test_every_fixture_block_starts_on_a_non_blank_line():
    for path in FIXTURES.rglob("*.md"):
        data = path.read_bytes()
        if b"\x00" in data:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        doc = SkillDocument.from_text(text, path)
        for block in doc.blocks:
            assert doc.line_text(block.line).strip(), f"{path}:{block.line} ({block.kind}) starts on a blank line"
            assert block.line <= block.end_line <= doc.line_count


def test_crlf_and_bom_variants_of_every_fixture_keep_their_positions():
    for path in FIXTURES.rglob("*.md"):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        text = text.removeprefix("\ufeff")
        plain = SkillDocument.from_text(text.replace("\r\n", "\n"), path)
        expected = [(b.kind, b.line, b.end_line) for b in plain.blocks]
        keys = {k: (v.line, v.column) for k, v in (plain.frontmatter.keys if plain.frontmatter else {}).items()}
        for variant in (text.replace("\r\n", "\n").replace("\n", "\r\n"), "\ufeff" + text):
            doc = SkillDocument.from_text(variant, path)
            assert [(b.kind, b.line, b.end_line) for b in doc.blocks] == expected, path
            assert {k: (v.line, v.column) for k, v in (doc.frontmatter.keys if doc.frontmatter else {}).items()} == keys
