"""Sentence splitting over prose, with file positions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skilllint.claims.lexicon import default_lexicon
from skilllint.claims.sentences import _split_block, iter_sentences, split_sentences
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


def test_a_number_ends_a_sentence():
    assert split_sentences("Head 9.6 attends to the name with weight 0.71. Head 9.6 copies it. Version 2.0. It runs.") == [
        "Head 9.6 attends to the name with weight 0.71.",
        "Head 9.6 copies it.",
        "Version 2.0.",
        "It runs.",
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


_PIECES = [
    "- ", "* ", "1. ", "2) ", "- [x] ", "> ", ">", "> - ", "> # ", "  ", "```", "~~~", "", "Head", "9.1", "drives",
    "_drives_", "__causes__", "*reduces*", "the", "answer.", "It", "may", "affect", "x_reduces", "[x]", "É", "—",
    "because", "`reduces`", "Σ", "İ", "-", "leads to",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6), min_size=1, max_size=8), st.sampled_from(["list", "blockquote"]))
def test_gating_list_items_by_line_keeps_the_items_the_unit_gate_keeps(lines, kind):
    # A list item or quoted paragraph is split when the causal gate matches its text; looking for the gate's
    # matches once in the whole block, by line, must keep the same ones.
    lexicon = default_lexicon()
    source = "\n".join(("- " if kind == "list" else "> ") + "".join(line) for line in lines)
    doc = SkillDocument.from_text("# T\n\n" + source + "\n")
    for block in doc.blocks:
        if block.kind != kind:
            continue
        by_text = _split_block(doc, block, lexicon.may_claim)
        by_lines = _split_block(doc, block, None, lexicon.cue_lines(block.text, block.line))
        assert [found[:4] + found[5:] for found in by_lines] == [found[:4] + found[5:] for found in by_text]
