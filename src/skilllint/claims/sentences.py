"""Prose sentences of a SKILL.md body, each with the file line and column it starts on.

Units of prose are paragraphs, list items, table cells, blockquote lines and headings; code
blocks, HTML blocks and the frontmatter are never read. Inside a unit, a sentence ends at ``.``,
``!`` or ``?`` followed by white space and a capital, digit, quote or bracket, except after an
abbreviation (e.g., i.e., et al., Fig., vs.) or an initial. Inline code spans and URLs are
masked first, so neither they nor decimals and version numbers ever split a sentence.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import OrderedDict
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field

from skilllint.document import Block, Heading, Section, SkillDocument, TableBlock

ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "al", "fig", "figs", "eq", "eqs", "sec", "secs", "vs", "cf", "approx", "no", "nos",
        "dr", "mr", "mrs", "ms", "prof", "resp", "ca", "tab", "ref", "refs", "ch", "vol", "pp", "p", "viz",
        "est", "min", "max", "avg", "std", "var", "incl", "excl", "dept", "univ", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "e.g.,", "i.e.,", "w.r.t", "a.k.a",
        "appx", "app", "thm", "lem", "def", "alg", "eqn", "st", "ed", "eds", "rev",
    }
)

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]|\b[\w.-]+@[\w-]+\.\w[\w.]*\w")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>|<!--.*?-->")
# One to three * or _ that open (not after a word character or a backslash, before a non-space) or close
# (after a non-space, not before a word character) emphasis. Each alternative starts with the marker
# character itself, which lets the search skip from one marker to the next.
_EMPHASIS = re.compile(
    r"\*(?:(?<![\w\\]\*)\*{0,2}(?=\S)|(?<=\S\*)\*{0,2}(?!\w))"
    r"|_(?:(?<![\w\\]_)_{0,2}(?=\S)|(?<=\S_)_{0,2}(?!\w))"
)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]\u201d\u2019*_]*(?=\s+[\"'(\[\u201c\u2018*_`]*[A-Z0-9])")
_LIST_MARKER = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?(?:\s+|$)")
_QUOTE_MARKER = re.compile(r"^(\s*>\s?)+")
_HEADING_MARKER = re.compile(r"^\s{0,3}#{1,6}\s+")
_TRAILING_HASHES = re.compile(r"\s+#+\s*$")


class _Map:
    """File positions of a text's characters, stored as runs: (text offset, line, column) per run."""

    __slots__ = ("starts", "places")

    def __init__(self, starts: list[int], places: list[tuple[int, int]]) -> None:
        self.starts = starts
        self.places = places

    def __call__(self, offset: int) -> tuple[int, int]:
        run = max(0, bisect.bisect_right(self.starts, offset) - 1)
        line, column = self.places[run]
        return line, column + offset - self.starts[run]


@dataclass(frozen=True)
class Sentence:
    """A sentence of prose: its text (inline markup removed), where it starts, and where it sits."""

    text: str
    line: int
    column: int
    section: Section | None
    block: Block
    offset: int = 0
    where: _Map | None = field(default=None, repr=False, compare=False)
    unit: int = field(default=0, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column) of the character at ``offset`` in ``text``."""
        if self.where is None:
            return self.line, self.column
        return self.where(self.offset + max(0, min(offset, len(self.text) - 1)))

    @property
    def end(self) -> tuple[int, int]:
        line, column = self.position(len(self.text) - 1)
        return line, column + 1


# A unit of prose is a list of pieces of source lines, (text, line, column) each, joined by single spaces.
_Pieces = list[tuple[str, int, int]]


def _joined(pieces: _Pieces) -> str:
    """The pieces' texts joined by single spaces."""
    return pieces[0][0] if len(pieces) == 1 else " ".join([piece[0] for piece in pieces])


def _positions(pieces: _Pieces) -> _Map:
    """File positions of ``_joined(pieces)``'s characters."""
    starts: list[int] = []
    places: list[tuple[int, int]] = []
    offset = 0
    for text, line, column in pieces:
        starts.append(offset)
        places.append((line, column))
        offset += len(text) + 1
    return _Map(starts, places)


_MARKUP = re.compile(r"[`\[<*_]|https?:|www\.|@")


def _clean(text: str, where: _Map) -> tuple[str, _Map, str]:
    """Drop inline markup, keeping positions; return (text, positions, shadow) where the shadow masks code and URLs."""
    if not _MARKUP.search(text):
        return text, where, text
    # Each kind of markup is looked for only when the text holds the character it cannot do without.
    drops: list[tuple[int, int]] = []
    masks: list[tuple[int, int]] = []
    if "`" in text:
        masks.extend(match.span() for match in _CODE_SPAN.finditer(text))
    shadow = _masked(text, masks)
    if "](" in text:
        for match in _LINK.finditer(shadow):
            drops.append((match.start(), match.start(1)))
            drops.append((match.end(1), match.end()))
    tag = "<" in text
    if tag:
        masks.extend(match.span() for match in _AUTOLINK.finditer(shadow))
    if "http" in text or "www." in text or "@" in text:
        masks.extend(match.span() for match in _URL.finditer(shadow))
    shadow = _masked(text, masks)
    if tag:
        drops.extend(match.span() for match in _HTML_TAG.finditer(shadow))
    if "*" in text or "_" in text:
        drops.extend(match.span() for match in _EMPHASIS.finditer(shadow))
    if not drops:
        return text, where, shadow
    kept_text: list[str] = []
    kept_shadow: list[str] = []
    starts: list[int] = []
    places: list[tuple[int, int]] = []
    position = 0
    cleaned_length = 0
    for start, end in sorted(drops) + [(len(text), len(text))]:
        if start > position:
            kept_text.append(text[position:start])
            kept_shadow.append(shadow[position:start])
            starts.append(cleaned_length)
            places.append(where(position))
            # A kept run may cross a line join; record each crossing as a run of its own.
            for run_start in where.starts:
                if position < run_start < start:
                    starts.append(cleaned_length + run_start - position)
                    places.append(where(run_start))
            cleaned_length += start - position
        position = max(position, end)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return "".join(kept_text), _Map([starts[i] for i in order], [places[i] for i in order]), "".join(kept_shadow)


_NOT_SPACE = re.compile(r"\S")


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if start >= end:
            continue
        pieces.append(text[position:start])
        pieces.append(_NOT_SPACE.sub("x", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def split_text(text: str, shadow: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one unit of prose."""
    shadow = text if shadow is None else shadow
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(shadow):
        if shadow[match.start()] == "." and _is_abbreviation(shadow, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        piece = text[begin:end]
        kept = piece.strip()
        if kept:
            begin += len(piece) - len(piece.lstrip())
            trimmed.append((begin, begin + len(kept)))
    return trimmed


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper():
        return True
    if word.replace(".", "").isdigit():
        return False  # a number ending a sentence ("mean weight 0.71. Head 9.6 ..."), not "e.g." or "U.S."
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def split_sentences(text: str) -> list[str]:
    """The sentences of a plain string (inline Markdown removed)."""
    cleaned, _where, shadow = _clean(text, _Map([0], [(1, 1)]))
    return [cleaned[start:end] for start, end in split_text(cleaned, shadow)]


def _heading_units(doc: SkillDocument, heading: Heading) -> Iterator[_Pieces]:
    source = doc.line_text(heading.line)
    marker = _HEADING_MARKER.match(source)
    if marker is None:
        return
    body = _TRAILING_HASHES.sub("", source[marker.end() :])
    yield [(body, heading.line, marker.end() + 1)] if body and not body.isspace() else []


def _block_lines(doc: SkillDocument, block: Block) -> list[str]:
    """The source lines of a block (an empty string for a line past the end of the file)."""
    lines = doc.lines[block.line - 1 : block.end_line]
    missing = block.end_line - block.line + 1 - len(lines)
    return lines + [""] * missing if missing > 0 else lines


def _line_units(doc: SkillDocument, block: Block, list_items: bool) -> Iterator[_Pieces]:
    """Units from a paragraph, list or blockquote: blank lines and (in lists) item markers start a new one."""
    unit: _Pieces = []
    in_fence = False
    line_number = block.line - 1
    for source in _block_lines(doc, block):
        line_number += 1
        stripped = source.lstrip()
        if not stripped:
            if not in_fence and unit:
                yield unit
                unit = []
            continue
        first = stripped[0]
        column = 1
        # Each marker's pattern is tried only on lines whose first character can start it.
        quote = None
        if first == ">":
            quote = _QUOTE_MARKER.match(source)
            column += quote.end()
            source = source[quote.end() :]
            stripped = source.lstrip()
            first = stripped[:1]
        if first in "`~" and stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            if unit:
                yield unit
                unit = []
            continue
        if in_fence:
            continue
        if not stripped:
            if unit:
                yield unit
                unit = []
            continue
        marker = None
        if (list_items or quote) and (first in "-*+" or first.isdecimal()):
            marker = _LIST_MARKER.match(source)
        if marker:
            if unit:
                yield unit
                unit = []
            column += marker.end()
            source = source[marker.end() :]
        heading = _HEADING_MARKER.match(source) if quote else None
        if heading:
            if unit:
                yield unit
                unit = []
            column += heading.end()
            source = source[heading.end() :]
        if marker or heading:
            stripped = source.lstrip()
            if not stripped:
                continue
        column += len(source) - len(stripped)
        unit.append((stripped.rstrip(), line_number, column))
    if unit:
        yield unit


def _table_units(block: TableBlock) -> Iterator[tuple[int, _Pieces, str]]:
    """Each non-empty cell, numbered by its row: a row is one unit (an observation and its conclusion side by
    side), whose cells are split apart and gated together."""
    rows = ([block.header] if block.header else []) + list(block.rows)
    for number, row in enumerate(rows):
        row_text = " | ".join(cell.text for cell in row.cells)
        for cell in row.cells:
            if cell.text.strip():
                yield number, [(cell.text, row.line, cell.column)], row_text


def _numbered_units(doc: SkillDocument, block: Block) -> Iterator[tuple[int, _Pieces, str | None]]:
    """(unit number, pieces, the text the gate reads or None for the unit's own) of each unit of prose."""
    if isinstance(block, TableBlock):
        return _table_units(block)
    if isinstance(block, Heading):
        units: Iterator[_Pieces] = _heading_units(doc, block)
    elif block.kind in ("paragraph", "blockquote", "list"):
        units = _line_units(doc, block, list_items=block.kind == "list")
    else:
        return iter(())
    return ((number, pieces, None) for number, pieces in enumerate(units))


def _split_block(
    doc: SkillDocument,
    block: Block,
    keep: Callable[[str], bool] | None = None,
    lines: Container[int] | None = None,
) -> list[tuple[str, int, int, int, _Map, int]]:
    found = []
    for number, pieces, gated in _numbered_units(doc, block):
        if not pieces:
            continue
        if lines is not None and not any(piece[1] in lines for piece in pieces):
            continue
        joined = _joined(pieces)
        if keep is not None and not keep(joined if gated is None else gated):
            continue
        text, where, shadow = _clean(joined, _positions(pieces))
        for start, end in split_text(text, shadow):
            line, column = where(start)
            found.append((text[start:end], line, column, start, where, number))
    return found


def matching_sentences(
    doc: SkillDocument,
    block: Block,
    keep: Callable[[str], bool] | None,
    section: Section | None = None,
    lines: Container[int] | None = None,
) -> Iterator[Sentence]:
    """Sentences of the block's units of prose for which ``keep(unit text)`` holds (a cheap pre-test) and,
    when ``lines`` is given, which have a piece on one of those file lines.

    Each sentence carries the number of its unit (a list item, a table cell, a blockquote paragraph).
    """
    cached = _SPLITS.get(id(block))
    if cached is not None and cached[0]() is block:
        splits = cached[1]
    else:
        splits = _split_block(doc, block, keep, lines)
    for text, line, column, offset, where, unit in splits:
        yield Sentence(text, line, column, section, block, offset, where, unit)


_SPLITS: OrderedDict[int, tuple[weakref.ReferenceType, list]] = OrderedDict()
_SPLIT_CACHE_SIZE = 4096


def block_sentences(doc: SkillDocument, block: Block, section: Section | None = None) -> Iterator[Sentence]:
    """Sentences of one block (nothing for code, HTML and rules); a block is split once and remembered."""
    cached = _SPLITS.get(id(block))
    if cached is None or cached[0]() is not block:
        cached = (weakref.ref(block), _split_block(doc, block))
        _SPLITS[id(block)] = cached
        if len(_SPLITS) > _SPLIT_CACHE_SIZE:
            _SPLITS.popitem(last=False)
    for text, line, column, offset, where, unit in cached[1]:
        yield Sentence(text, line, column, section, block, offset, where, unit)


def section_of(doc: SkillDocument) -> dict[int, Section]:
    """Innermost section of every block, keyed by the block's id."""
    owner: dict[int, Section] = {}
    for section in doc.iter_sections():
        if section.heading is not None:
            owner[id(section.heading)] = section
        for block in section.blocks:
            owner[id(block)] = section
    return owner


def iter_sentences(doc: SkillDocument) -> Iterator[Sentence]:
    """Every prose sentence of the body, in file order, with its section and block."""
    owner = section_of(doc)
    for block in doc.blocks:
        yield from block_sentences(doc, block, owner.get(id(block)))
