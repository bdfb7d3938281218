"""Reading an extraction record (YAML or JSON) and remembering the line of every value."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from skilllint.document.text import BOM, DecodeProblem, decode
from skilllint.document.yaml_nodes import (
    MAX_EXPANDED_NODES,
    MAX_NESTING_DEPTH,
    bracket_too_deep,
    expanded_size,
    recursive_alias,
    room_to_compose,
    too_deep,
)

PathPart = str | int
RecordPath = tuple[PathPart, ...]


class RecordError(Exception):
    """A record that cannot be read at all (not text, not YAML/JSON, not a mapping)."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.message = message
        self.line = line
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class Record:
    """The parsed record, where it came from, and the 1-based line of each value by path."""

    data: Any
    source: str = "<record>"
    lines: dict[RecordPath, int] = field(default_factory=dict)

    def line_of(self, path: RecordPath) -> int | None:
        """The line of the value at ``path``, or of its nearest ancestor below the top level."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def format_path(path: RecordPath) -> str:
    """``("confounds", 2, "control")`` -> ``confounds[2].control``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(record)"


def load_record(path: str | Path) -> Record:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RecordError(str(path), f"cannot read the record: {exc.strerror or exc}") from None
    try:
        text = decode(raw).removeprefix(BOM)
    except DecodeProblem as problem:
        message = f"the record is not UTF-8 text: {problem} (column {problem.column})"
        raise RecordError(str(path), message, problem.line) from None
    return parse_record(text, str(path), as_json=path.suffix.lower() == ".json")


def parse_record(text: str, source: str = "<record>", as_json: bool = False) -> Record:
    if as_json:
        return _parse_json_record(text, source)
    loader = yaml.SafeLoader(text)
    try:
        deep = too_deep(text, yaml.SafeLoader)
        if deep is not None:
            raise RecordError(source, _TOO_DEEP, deep.line + 1)
        with room_to_compose():
            node = loader.get_single_node()
        if node is not None:
            _check_aliases(node, source)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise RecordError(source, f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise RecordError(source, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        raise RecordError(source, f"the record must be a mapping of fields, found {kind}", 1)
    return Record(data, source, _node_lines(node))


_TOO_DEEP = f"the record nests deeper than {MAX_NESTING_DEPTH:,} levels"
_JSON_TOKENS = re.compile(r'"(?:\\.|[^"\\])*"|[\[\]{}]')


def _parse_json_record(text: str, source: str) -> Record:
    deep_line = bracket_too_deep(text, _JSON_TOKENS)
    if deep_line is not None:
        raise RecordError(source, _TOO_DEEP, deep_line)
    try:
        with room_to_compose():
            data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    return Record(data, source, _yaml_lines(text))


def _check_aliases(node: yaml.Node, source: str) -> None:
    """A record is plain data: no alias may make it endless or enormous."""
    looped = recursive_alias(node)
    if looped is not None:
        raise RecordError(source, "a YAML alias refers to a value that contains it", looped.start_mark.line + 1)
    if expanded_size(node) > MAX_EXPANDED_NODES:
        raise RecordError(source, f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes", 1)


def _yaml_lines(text: str) -> dict[RecordPath, int]:
    """Line numbers for a JSON text, which YAML can compose too; none if it cannot."""
    try:
        with room_to_compose():
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    return _node_lines(node) if node is not None else {}


def _node_lines(root: yaml.Node) -> dict[RecordPath, int]:
    lines: dict[RecordPath, int] = {(): root.start_mark.line + 1}
    stack: list[tuple[RecordPath, yaml.Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = path + (key_node.value,)
                lines[child] = key_node.start_mark.line + 1
                stack.append((child, value_node))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = path + (index,)
                lines[child] = item.start_mark.line + 1
                stack.append((child, item))
    return lines
