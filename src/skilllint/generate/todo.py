"""Completing a record for rendering: whatever the schema requires and the record lacks becomes a Todo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from skilllint.generate.record import RecordPath, format_path

_MISSING = object()


@dataclass(frozen=True)
class Todo:
    """A visible placeholder naming the record field to fill; renders as ``TODO: <path>``."""

    path: str

    def __str__(self) -> str:
        return f"TODO: {self.path}"


def is_todo(value: Any) -> bool:
    return isinstance(value, Todo)


def complete(data: Any, schema: dict[str, Any]) -> Any:
    """A copy of ``data`` in which every missing or blank value the schema requires is a Todo."""
    return _fill(data, schema, schema, ())


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        target = root
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _fill(value: Any, node: dict[str, Any], root: dict[str, Any], path: RecordPath) -> Any:
    node = _resolve(node, root)
    kind = node.get("type")
    if kind == "object":
        source = value if isinstance(value, dict) else {}
        filled = dict(source)
        for name, child in node.get("properties", {}).items():
            if name in source or name in node.get("required", ()):
                filled[name] = _fill(source.get(name, _MISSING), child, root, path + (name,))
        return filled
    if kind == "array":
        items = list(value) if isinstance(value, list) else []
        item_node = node.get("items", {})
        filled_items = [_fill(item, item_node, root, path + (index,)) for index, item in enumerate(items)]
        while len(filled_items) < max(node.get("minItems", 0), 0 if items else 1):
            filled_items.append(_fill(_MISSING, item_node, root, path + (len(filled_items),)))
        return filled_items
    if value is _MISSING or (isinstance(value, str) and not value.strip()):
        return Todo(format_path(path))
    return value
