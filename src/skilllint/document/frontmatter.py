"""The YAML frontmatter: values, each top-level key's position, and how each value is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from skilllint.document.yaml_nodes import (
    MAX_EXPANDED_NODES,
    MAX_NESTING_DEPTH,
    expanded_size,
    first_duplicate_key,
    room_to_compose,
    too_deep,
)

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

DELIMITER = re.compile(r"---[ \t]*\r?$")

_SCALAR_STYLES = {None: "plain", "": "plain", "'": "single", '"': "double", "|": "literal", ">": "folded"}


@dataclass
class KeyInfo:
    name: str
    line: int
    column: int
    value_line: int
    value_column: int
    style: str
    value_start: int
    value_end: int


@dataclass
class YamlProblem:
    message: str
    line: int
    column: int
    kind: str  # syntax | tag | aliases


@dataclass
class Frontmatter:
    start_line: int
    end_line: int | None
    text: str
    data: Any = None
    error: YamlProblem | None = None
    keys: dict[str, KeyInfo] = field(default_factory=dict)
    comments: dict[int, str] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.end_line is not None

    @property
    def mapping(self) -> dict:
        return self.data if isinstance(self.data, dict) else {}

    def key_line(self, name: str) -> int:
        info = self.keys.get(name)
        return info.line if info else self.start_line


def find_frontmatter(lines: list[str]) -> tuple[int, int | None] | None:
    """(opening, closing) 0-based line indexes of the frontmatter, or None when the file has none."""
    if not lines or not DELIMITER.match(lines[0]):
        return None
    for index in range(1, len(lines)):
        if DELIMITER.match(lines[index]):
            return 0, index
    return 0, None


def parse_frontmatter(lines: list[str], text_offset: int, offset_of_line) -> Frontmatter:
    """Parse the frontmatter that starts at the file's first line.

    ``offset_of_line(line, column)`` maps 1-based file positions to offsets in the document text.
    """
    span = find_frontmatter(lines)
    assert span is not None
    _, closing = span
    last = closing if closing is not None else len(lines)
    yaml_text = "\n".join(line.rstrip("\r") for line in lines[1:last])
    fm = Frontmatter(start_line=1, end_line=closing + 1 if closing is not None else None, text=yaml_text)
    if closing is None:
        return fm
    fm.comments = _line_comments(lines[1:last])
    first_line = 2
    loader = SafeLoader(yaml_text)
    try:
        deep = too_deep(yaml_text, SafeLoader)
        if deep is not None:
            fm.error = YamlProblem(
                f"YAML nests deeper than {MAX_NESTING_DEPTH:,} levels", first_line + deep.line, deep.column + 1, "syntax"
            )
            return fm
        with room_to_compose():
            node = loader.get_single_node()
        if node is None:
            return fm
        if expanded_size(node) > MAX_EXPANDED_NODES:
            fm.error = YamlProblem(
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes", first_line, 1, "aliases"
            )
            return fm
        duplicate = first_duplicate_key(node)
        if duplicate is not None:
            key, first = duplicate
            fm.error = YamlProblem(
                f"duplicate key {key.value!r} (first on line {first_line + first.start_mark.line})",
                first_line + key.start_mark.line, key.start_mark.column + 1, "syntax",
            )
            return fm
        fm.data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        column = mark.column + 1 if mark else 1
        fm.error = YamlProblem(_describe_constructor_error(exc), line, column, "tag")
        return fm
    except yaml.reader.ReaderError as exc:
        before = yaml_text[: exc.position]
        line = first_line + before.count("\n")
        column = exc.position - (before.rfind("\n") + 1) + 1
        fm.error = YamlProblem(f"{exc.reason} (U+{exc.character:04X})", line, column, "syntax")
        return fm
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if "end of stream" in (getattr(exc, "problem", None) or "") and getattr(exc, "context_mark", None):
            mark = exc.context_mark  # point at what was left open, not at the end of the text
        line = first_line + mark.line if mark else first_line
        column = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"{context}, {problem}" if context else problem
        fm.error = YamlProblem(message, line, column, "syntax")
        return fm
    finally:
        loader.dispose()
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            name = key_node.value
            value_line = first_line + value_node.start_mark.line
            value_column = value_node.start_mark.column + 1
            end_line = first_line + value_node.end_mark.line
            end_column = value_node.end_mark.column + 1
            fm.keys.setdefault(name, KeyInfo(
                name=name,
                line=first_line + key_node.start_mark.line,
                column=key_node.start_mark.column + 1,
                value_line=value_line,
                value_column=value_column,
                style=_style(value_node),
                value_start=offset_of_line(value_line, value_column),
                value_end=offset_of_line(end_line, end_column),
            ))
    return fm


def _style(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":null") and node.value in ("", "~", "null", "Null", "NULL"):
            return "empty" if node.value == "" else "plain"
        return _SCALAR_STYLES.get(node.style, "plain")
    kind = "seq" if isinstance(node, yaml.SequenceNode) else "map"
    return f"{'flow' if node.flow_style else 'block'}-{kind}"


def _describe_constructor_error(exc: yaml.constructor.ConstructorError) -> str:
    problem = exc.problem or str(exc)
    tag = re.search(r"tag '([^']+)'", problem)
    if tag:
        shown = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        return f"YAML tag {shown!r} is not allowed: frontmatter may hold only plain data"
    return problem


_COMMENT = re.compile(r"(?:^|\s)#\s*(.*)$")


def _line_comments(lines: list[str]) -> dict[int, str]:
    """Comments on frontmatter lines, keyed by 1-based file line (for suppressions)."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines, start=2):
        if "#" in line:
            match = _COMMENT.search(line)
            if match:
                found[index] = match.group(1).strip()
    return found
