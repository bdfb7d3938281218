import pytest

from skilllint.arxiv.atom import MalformedResponse, parse_feed
from skilllint.arxiv.references import document_references, paper_title
from skilllint.arxiv.titles import compare_titles, normalise_title
from skilllint.document import SkillDocument

SKILL = """---
name: x
title: "Attention Is All You Need"
url: "https://arxiv.org/pdf/1706.03762"
description: builds on arXiv:1607.06450
---
# T

- Paper: [arxiv.org/abs/1706.03762](https://arxiv.org/abs/1706.03762v2)
**Paper**: SEAgent: Self-Evolving Computer Use Agent (2508.04700)
**ArXiv**: [2509.24372](https://arxiv.org/abs/2509.24372)

```
PAPER: The Title
ARXIV: [verified arXiv ID]
URL: https://arxiv.org/abs/XXXX.XXXXX
```
Cites arXiv:2501.12345 and https://arxiv.org/html/2409.12122v1; version 1.2345 is not a reference.
"""


def test_sources_lines_and_columns():
    doc = SkillDocument.from_text(SKILL)
    refs = document_references(doc)
    rows = [(r.source, r.line, r.column, r.id_text, r.kind, r.names_paper, r.in_link_text) for r in refs]
    assert rows == [
        ("frontmatter-url", 4, 7, "1706.03762", "url", True, False),
        ("frontmatter", 5, 24, "1607.06450", "citation", False, False),
        ("paper-line", 9, 11, "1706.03762", "url", True, True),
        ("paper-line", 9, 37, "1706.03762v2", "url", True, False),
        ("paper-line", 10, 55, "2508.04700", "bare", True, False),
        ("arxiv-line", 11, 13, "2509.24372", "bare", True, True),
        ("arxiv-line", 11, 25, "2509.24372", "url", True, False),
        ("arxiv-line", 15, 1, "[verified arXiv ID]", "citation", True, False),
        ("url-line", 16, 6, "XXXX.XXXXX", "url", True, False),
        ("body", 18, 7, "2501.12345", "citation", False, False),
        ("body", 18, 28, "2409.12122v1", "url", False, False),
    ]
    assert all(doc.text[r.start : r.end] == r.raw for r in refs)


def test_prose_starting_with_a_citation_is_not_an_arxiv_line():
    doc = SkillDocument.from_text("# T\n\nIt builds on\narXiv:0704.0001v1, the first identifier.\nARXIV: 2501.12345 (v2)\n")
    assert [(r.source, r.line) for r in document_references(doc)] == [("body", 4), ("arxiv-line", 5)]


def test_bare_identifier_in_url_field():
    (ref,) = document_references(SkillDocument.from_text("---\nname: x\nurl: 2501.12345\n---\nbody\n"))
    assert (ref.source, ref.kind, ref.line, ref.column) == ("frontmatter-url", "bare", 3, 6)


def test_references_are_computed_once_per_document():
    doc = SkillDocument.from_text(SKILL)
    assert document_references(doc) is document_references(doc)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("PAPER: Sparse Probes Find Features\n", ("Sparse Probes Find Features", 3)),
        ("PAPER: [title]\nPaper: [Mixture-of-Depths Attention](https://arxiv.org/abs/2603.00001)\n",
         ("Mixture-of-Depths Attention", 4)),
        ("**Paper**: SEAgent: Self-Evolving Agent (2508.04700)\n", ("SEAgent: Self-Evolving Agent", 3)),
        ("Paper: https://arxiv.org/abs/2508.04700\n", None),
    ],
)
def test_paper_title_from_the_body(body, expected):
    assert paper_title(SkillDocument.from_text("# T\n\n" + body)) == expected


def test_frontmatter_title_comes_first():
    assert paper_title(SkillDocument.from_text(SKILL)) == ("Attention Is All You Need", 3)


@pytest.mark.parametrize(
    ("ours", "theirs", "verdict"),
    [
        ("Attention is all you need.", "Attention Is All You Need", "same"),
        ("Schr\\\"odinger Bridges in $\\mathcal{O}(n)$", "Schrödinger  Bridges in O(n)", "same"),
        ("Mixture-of-Depths Attention", "Mixture of Depths Attention", "same"),
        ("Language Models are Few-Shot Learner", "Language Models are Few-Shot Learners", "close"),
        ("Attention Is Not All You Need", "Attention Is All You Need", "different"),
        ("Scaling GPT-3 Inference", "Scaling GPT-4 Inference", "different"),
        ("Sparse Probes", "Dense Retrieval at Scale", "different"),
    ],
)
def test_compare_titles(ours, theirs, verdict):
    assert compare_titles(ours, theirs, 0.95).verdict == verdict


def test_negation_scores_high_but_is_different():
    match = compare_titles("Attention Is All You Need", "Attention Is Not All You Need")
    assert 0.9 < match.score < 0.95 and match.verdict == "different"
    assert compare_titles("Attention Is All You Need", "Attention Is Not All You Need", 0.5).verdict == "different"


def test_normalise_title():
    assert normalise_title("  Émile's   \\emph{Big}  Model: A   Study ") == "emiles big model a study"


def test_parse_feed_reads_versions_titles_and_withdrawals():
    body = b"""<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry><id>http://arxiv.org/abs/1706.03762v7</id><title>Attention Is All
      You Need</title><summary>x</summary></entry>
  <entry><id>http://arxiv.org/abs/math.GT/0309136v1</id><title>Knots</title>
      <arxiv:comment>This paper has been withdrawn by the author due to an error</arxiv:comment></entry>
  <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678x</id><title>Error</title>
      <summary>incorrect id format for 1234.5678x</summary></entry>
</feed>"""
    feed = parse_feed(body)
    assert feed.papers["1706.03762"].title == "Attention Is All You Need"
    assert feed.papers["1706.03762"].version == 7 and not feed.papers["1706.03762"].withdrawn
    assert feed.papers["math.GT/0309136"].withdrawn
    assert feed.rejected == {"1234.5678x": "incorrect id format for 1234.5678x"}


@pytest.mark.parametrize("body", [b"", b"Rate exceeded.", b"<feed><entry>", b"<html/>"])
def test_parse_feed_rejects_non_atom(body):
    with pytest.raises(MalformedResponse):
        parse_feed(body)
