"""Parse the Markdown body with mistune and recover the file line of every block.

mistune records no positions. Its block parser keeps a cursor into the source; a BlockState
subclass notes the cursor whenever a top-level token is created, and each block's source runs
from there to the next token's start.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import mistune
from mistune import list_parser as _list_parser
from mistune.core import BlockState

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
from skilllint.document.text import LineIndex

_markdown = mistune.create_markdown(renderer=None, plugins=["table"])
_LIST_MARKER = re.compile(r"^( {0,3})(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


class _PositionState(BlockState):
    method_start: int | None = None

    def _start(self) -> int:
        return self.cursor if self.method_start is None else self.method_start

    def append_token(self, token: dict[str, Any]) -> None:
        if self.parent is None:
            token["_start"] = self._start()
        self.tokens.append(token)

    def add_paragraph(self, text: str) -> None:
        last = self.last_token()
        if last and last["type"] == "paragraph":
            last["text"] += text
        else:
            self.append_token({"type": "paragraph", "text": text})


_parse_method = _markdown.block.parse_method


def _positioned_parse_method(match: re.Match, state: BlockState) -> int | None:
    if state.parent is not None:
        return _parse_method(match, state)
    state.method_start = match.start()
    first_new = len(state.tokens)
    try:
        return _parse_method(match, state)
    finally:
        state.method_start = None
        for token in state.tokens[first_new:]:
            token.setdefault("_start", match.start())


_markdown.block.parse_method = _positioned_parse_method
_parse_blocks = _markdown.block.parse


def _parse_top_level(state: BlockState, rules: list[str] | None = None) -> None:
    # Only top-level blocks are kept, and mistune finds where a list item or a quote ends before
    # it parses the content: skip that nested parse (a third of the parsing time).
    if state.parent is None:
        _parse_blocks(state, rules)


_markdown.block.parse = _parse_top_level
if hasattr(_list_parser, "_compile_list_break_sc"):  # rebuilt for every list item otherwise
    _list_parser._compile_list_break_sc = functools.lru_cache(maxsize=64)(_list_parser._compile_list_break_sc)


def parse_body(body: str, first_line: int) -> list[Block]:
    """The top-level blocks of ``body``, whose first line is file line ``first_line``."""
    src = body.replace("\r\n", "\n").replace("\r", "\n")
    if not src.endswith("\n"):
        src += "\n"
    state = _PositionState()
    state.process(src)
    _markdown.block.parse(state)
    tokens = state.tokens
    index_of_lines = LineIndex.of(src)
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
        kind = token["type"]
        if kind == "blank_line":
            continue
        start = token.get("_start", 0)
        end = tokens[index + 1].get("_start", len(src)) if index + 1 < len(tokens) else len(src)
        while start < end and src[start] in " \t\n":
            start += 1
        raw = src[start:end].rstrip()
        if not raw:
            continue
        line = first_line + index_of_lines.position(start)[0] - 1
        end_line = line + raw.count("\n")
        block = _make_block(kind, token, raw, line, end_line)
        if block is not None:
            blocks.append(block)
    return blocks


def _make_block(kind: str, token: dict, raw: str, line: int, end_line: int) -> Block | None:
    if kind == "paragraph":
        return Block("paragraph", line, end_line, raw)
    if kind == "heading":
        return Heading("heading", line, line, raw, level=token["attrs"]["level"], title=token["text"].strip())
    if kind == "block_code":
        info = (token.get("attrs") or {}).get("info") or ""
        language = info.split()[0] if info.strip() else ""
        code = token.get("raw", "")
        return CodeBlock("code", line, end_line, raw, language=language, line_count=len(code.splitlines()))
    if kind == "list":
        return _list_block(token, raw, line, end_line)
    if kind == "table":
        return _table_block(token, raw, line, end_line)
    if kind == "block_quote":
        return Block("blockquote", line, end_line, raw)
    if kind == "block_html":
        return Block("html", line, end_line, raw)
    if kind == "thematic_break":
        return Block("hr", line, end_line, raw)
    return Block(kind, line, end_line, raw)


def _list_block(token: dict, raw: str, line: int, end_line: int) -> ListBlock:
    lines = raw.split("\n")
    first = _LIST_MARKER.match(lines[0])
    indent = len(first.group(1)) if first else 0
    items: list[ListItem] = []
    current: list[str] = []
    current_line = line
    in_fence = False
    for offset, text in enumerate(lines):
        if text.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        marker = None if in_fence else _LIST_MARKER.match(text)
        if marker and len(marker.group(1)) == indent:
            if current:
                items.append(ListItem(current_line, "\n".join(current).strip()))
            current = [text[marker.end():]]
            current_line = line + offset
        else:
            current.append(text)
    if current:
        items.append(ListItem(current_line, "\n".join(current).strip()))
    ordered = bool(token.get("attrs", {}).get("ordered"))
    return ListBlock("list", line, end_line, raw, ordered=ordered, items=items)


def _table_block(token: dict, raw: str, line: int, end_line: int) -> TableBlock:
    source_lines = raw.split("\n")
    header = None
    rows: list[Row] = []
    for child in token.get("children", []):
        if child["type"] == "table_head":
            header = _row(child.get("children", []), line, source_lines[0])
        elif child["type"] == "table_body":
            for offset, row in enumerate(child.get("children", [])):
                row_line_index = 2 + offset
                text = source_lines[row_line_index] if row_line_index < len(source_lines) else ""
                rows.append(_row(row.get("children", []), line + row_line_index, text))
    return TableBlock("table", line, end_line, raw, header=header, rows=rows)


def _row(cells: list[dict], line: int, source: str) -> Row:
    columns = _cell_columns(source)
    out = []
    for index, cell in enumerate(cells):
        column = columns[index] if index < len(columns) else 1
        out.append(Cell(cell.get("text", "").strip(), column))
    return Row(line, out)


def _cell_columns(source: str) -> list[int]:
    """1-based column where each cell's text starts in a table row's source."""
    columns = []
    pos = 0
    stripped = source.lstrip()
    pos = len(source) - len(stripped)
    if stripped.startswith("|"):
        pos += 1
    start = pos
    i = pos
    while i <= len(source):
        if i == len(source) or (source[i] == "|" and (i == 0 or source[i - 1] != "\\")):
            cell = source[start:i]
            lead = len(cell) - len(cell.lstrip())
            if i < len(source) or cell.strip():
                columns.append(start + lead + 1)
            start = i + 1
        i += 1
    return columns


def build_sections(blocks: list[Block], last_line: int) -> list[Section]:
    """Nest the blocks under their headings; blocks before the first heading go in a level-0 section."""
    roots: list[Section] = []
    stack: list[Section] = []
    preamble = Section(level=0, title="", line=blocks[0].line if blocks else last_line, end_line=last_line)
    for block in blocks:
        if isinstance(block, Heading):
            section = Section(level=block.level, title=block.title, line=block.line, end_line=last_line, heading=block)
            while stack and stack[-1].level >= block.level:
                closed = stack.pop()
                closed.end_line = block.line - 1
            (stack[-1].children if stack else roots).append(section)
            stack.append(section)
        elif stack:
            stack[-1].blocks.append(block)
        else:
            preamble.blocks.append(block)
    if preamble.blocks:
        preamble.end_line = (roots[0].line - 1) if roots else last_line
        roots.insert(0, preamble)
    return roots
