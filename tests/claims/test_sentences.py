"""Sentence splitting over prose, with file positions."""

from __future__ import annotations

import pytest

from skilllint.claims.sentences import iter_sentences, split_sentences
from skilllint.document import SkillDocument


def test_abbreviations_decimals_versions_urls_and_code_do_not_split():
    text = (
        "Unit 42 fires on dogs (Fig. 3), e.g. in ImageNet, i.e. often. Smith et al. report 0.95 accuracy "
        "with v1.2.3 of the code, see https://example.com/a.b. Then `model.run(). Now` is called. "
        "J. Smith agrees! Does it? Yes."
    )
    assert split_sentences(text) == [
        "Unit 42 fires on dogs (Fig. 3), e.g. in ImageNet, i.e. often.",
        "Smith et al. report 0.95 accuracy with v1.2.3 of the code, see https://example.com/a.b.",
        "Then `model.run(). Now` is called.",
        "J. Smith agrees!",
        "Does it?",
        "Yes.",
    ]


def test_lowercase_after_period_does_not_split():
    assert split_sentences("We use approx. three runs. the next word is lower case.") == [
        "We use approx. three runs. the next word is lower case."
    ]


def test_inline_markup_is_removed_but_link_text_kept():
    assert split_sentences("**Ablating** the [head](https://x.org/a.html) drops _accuracy_. Done.") == [
        "Ablating the head drops accuracy.",
        "Done.",
    ]


DOC = """---
name: demo
description: Ablation reduces accuracy. Not prose to split.
---
# Title *one*

First sentence. Second sentence
continues here.

- Item one. Item two.
- **Bold** item
  1. nested item.

```python
x = 1. This is code.
```

| Method | Result |
| --- | --- |
| Ablation. Then | Drops. |

> Quoted text. More.
"""


def sentences():
    doc = SkillDocument.from_text(DOC)
    return doc, list(iter_sentences(doc))


def test_units_positions_and_kinds():
    doc, found = sentences()
    assert [(s.text, s.line, s.column, s.block.kind) for s in found] == [
        ("Title one", 5, 3, "heading"),
        ("First sentence.", 7, 1, "paragraph"),
        ("Second sentence continues here.", 7, 17, "paragraph"),
        ("Item one.", 10, 3, "list"),
        ("Item two.", 10, 13, "list"),
        ("Bold item", 11, 5, "list"),
        ("nested item.", 12, 6, "list"),
        ("Method", 18, 3, "table"),
        ("Result", 18, 12, "table"),
        ("Ablation.", 20, 3, "table"),
        ("Then", 20, 13, "table"),
        ("Drops.", 20, 20, "table"),
        ("Quoted text.", 22, 3, "blockquote"),
        ("More.", 22, 16, "blockquote"),
    ]
    for sentence in found:
        source = doc.lines[sentence.line - 1][sentence.column - 1 :]
        assert source.startswith(sentence.text.split()[0])


def test_never_code_nor_frontmatter():
    _doc, found = sentences()
    texts = " ".join(s.text for s in found)
    assert "This is code" not in texts
    assert "Not prose to split" not in texts


def test_positions_across_a_line_break():
    _doc, found = sentences()
    second = found[2]
    offset = second.text.index("continues")
    assert second.position(offset) == (8, 1)
    assert second.end == (8, 16)


def test_sentences_carry_their_section():
    _doc, found = sentences()
    assert {s.section.title for s in found} == {"Title *one*"}


def test_sentences_carry_their_unit():
    _doc, found = sentences()
    units = [(s.text, s.unit) for s in found if s.block.kind == "list"]
    assert units == [("Item one.", 0), ("Item two.", 0), ("Bold item", 1), ("nested item.", 2)]


def test_masking_keeps_length_and_white_space():
    from skilllint.claims.sentences import _masked

    assert _masked("a `b c` d", [(2, 7), (4, 7)]) == "a xx xx d"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_do_not_depend_on_line_endings(newline):
    # A lone CR ends a line for the Markdown parser; the lines the splitter reads must be the same ones.
    doc = SkillDocument.from_text(DOC.replace("\n", newline))
    found = [(s.text, s.line, s.column, s.end, s.block.kind, s.unit) for s in iter_sentences(doc)]
    expected_doc = SkillDocument.from_text(DOC)
    expected = [(s.text, s.line, s.column, s.end, s.block.kind, s.unit) for s in iter_sentences(expected_doc)]
    assert found == expected
    assert doc.lines == expected_doc.lines
