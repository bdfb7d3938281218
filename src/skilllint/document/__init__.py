"""SkillDocument: a SKILL.md read once and shared by every rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from skilllint.document.blocks import (
    Block,
    Cell,
    CodeBlock,
    Heading,
    ListBlock,
    ListItem,
    Row,
    Section,
    TableBlock,
)
from skilllint.document.frontmatter import Frontmatter, KeyInfo, find_frontmatter, parse_frontmatter
from skilllint.document.markdown import build_sections, parse_body
from skilllint.document.text import BOM, LINE_BREAK, DecodeProblem, LineIndex, decode, looks_binary, newline_style

__all__ = [
    "Block", "Cell", "CodeBlock", "Frontmatter", "Heading", "KeyInfo", "ListBlock", "ListItem",
    "LoadProblem", "Row", "Section", "SkillDocument", "TableBlock", "load_bytes",
]


@dataclass
class LoadProblem:
    """A file that could not be read as text: what went wrong and where."""

    kind: str  # invalid-utf8 | binary-file | unreadable-file | file-too-large
    message: str
    line: int = 1
    column: int = 1


@dataclass
class SkillDocument:
    path: Path
    display_path: str
    text: str
    has_bom: bool = False
    newline: str = "\n"
    index: LineIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = LineIndex.of(self.text)

    @classmethod
    def from_text(cls, text: str, path: str | Path = "SKILL.md", display_path: str | None = None) -> SkillDocument:
        has_bom = text.startswith(BOM)
        if has_bom:
            text = text[1:]
        return cls(Path(path), display_path or str(path), text, has_bom, newline_style(text))

    @cached_property
    def lines(self) -> list[str]:
        if "\r" in self.text:  # a line ends at CRLF or a lone CR too, as for the Markdown parser
            lines = LINE_BREAK.split(self.text)
            if lines and lines[-1] == "" and self.text.endswith(("\n", "\r")):
                lines.pop()
            return lines
        lines = self.text.split("\n")
        if lines and lines[-1] == "" and self.text.endswith("\n"):
            lines.pop()
        return lines

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def offset(self, line: int, column: int = 1) -> int:
        return self.index.offset(line, column)

    def position(self, offset: int) -> tuple[int, int]:
        return self.index.position(offset)

    def line_text(self, line: int) -> str:
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    @cached_property
    def frontmatter(self) -> Frontmatter | None:
        if find_frontmatter(self.lines[:1]) is None:
            return None
        return parse_frontmatter(self.lines, 0, self.offset)

    @property
    def body_start_line(self) -> int:
        fm = self.frontmatter
        if fm is None:
            return 1
        if fm.end_line is None:
            return len(self.lines) + 1
        return fm.end_line + 1

    @cached_property
    def body(self) -> str:
        start = self.body_start_line
        if start > len(self.lines):
            return ""
        return self.text[self.offset(start):]

    @cached_property
    def blocks(self) -> list[Block]:
        if not self.body.strip():
            return []
        return parse_body(self.body, self.body_start_line)

    @cached_property
    def sections(self) -> list[Section]:
        return build_sections(self.blocks, max(len(self.lines), 1))

    def iter_sections(self):
        for section in self.sections:
            yield from section.iter_sections()

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def h1s(self) -> list[Heading]:
        return [h for h in self.headings if h.level == 1]

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """File lines inside fenced or indented code blocks."""
        lines: set[int] = set()
        for block in self.blocks:
            if isinstance(block, CodeBlock):
                lines.update(range(block.line, block.end_line + 1))
        return frozenset(lines)


def load_bytes(data: bytes, path: Path, display_path: str) -> SkillDocument | LoadProblem:
    if looks_binary(data):
        return LoadProblem("binary-file", "binary file (contains NUL bytes): not a SKILL.md")
    try:
        text = decode(data)
    except DecodeProblem as problem:
        return LoadProblem("invalid-utf8", str(problem), problem.line, problem.column)
    return SkillDocument.from_text(text, path, display_path)
