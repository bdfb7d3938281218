"""Sentences of one section's prose (paragraphs, lists, quotes), with file positions.

The splitting itself is the claims subsystem's (``skilllint.claims.sentences``); this only picks
the prose blocks of a section and its subsections, leaving out headings, tables and code.
"""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.claims.sentences import Sentence, block_sentences
from skilllint.document import Section, SkillDocument

__all__ = ["Sentence", "iter_sentences"]


def iter_sentences(doc: SkillDocument, section: Section) -> Iterator[Sentence]:
    for block in section.all_blocks():
        if block.is_prose:
            yield from block_sentences(doc, block, section)
