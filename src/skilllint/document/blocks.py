"""The body's blocks and sections, with the file line each starts on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # paragraph | list | table | code | blockquote | html | heading | hr
    line: int
    end_line: int
    text: str

    @property
    def is_prose(self) -> bool:
        return self.kind in ("paragraph", "list", "blockquote")


@dataclass
class ListItem:
    line: int
    text: str


@dataclass
class ListBlock(Block):
    ordered: bool = False
    items: list[ListItem] = field(default_factory=list)


@dataclass
class Cell:
    text: str
    column: int


@dataclass
class Row:
    line: int
    cells: list[Cell]

    def cell(self, index: int) -> str:
        return self.cells[index].text if index < len(self.cells) else ""


@dataclass
class TableBlock(Block):
    header: Row | None = None
    rows: list[Row] = field(default_factory=list)


@dataclass
class CodeBlock(Block):
    language: str = ""
    line_count: int = 0


@dataclass
class Heading(Block):
    level: int = 1
    title: str = ""


@dataclass
class Section:
    """A heading and what follows it up to the next heading of the same or a higher level."""

    level: int
    title: str
    line: int
    end_line: int
    heading: Heading | None = None
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def all_blocks(self) -> list[Block]:
        found = list(self.blocks)
        for child in self.children:
            found.extend(child.all_blocks())
        found.sort(key=lambda b: b.line)
        return found

    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_prose]

    def tables(self) -> list[TableBlock]:
        return [b for b in self.all_blocks() if isinstance(b, TableBlock)]

    def iter_sections(self):
        yield self
        for child in self.children:
            yield from child.iter_sections()
