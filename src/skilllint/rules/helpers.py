"""Small helpers that rules share (never state)."""

from __future__ import annotations

from typing import Any

from skilllint.document import SkillDocument

MISSING = object()


def frontmatter_mapping(doc: SkillDocument) -> dict | None:
    """The frontmatter as a mapping, or None when it is absent, unclosed, invalid or not a mapping."""
    fm = doc.frontmatter
    if fm is None or not fm.closed or fm.error is not None or not isinstance(fm.data, dict):
        return None
    return fm.data


def field_value(doc: SkillDocument, key: str) -> Any:
    mapping = frontmatter_mapping(doc)
    if mapping is None or key not in mapping:
        return MISSING
    return mapping[key]


def key_position(doc: SkillDocument, key: str) -> tuple[int, int]:
    fm = doc.frontmatter
    if fm is None:
        return 1, 1
    info = fm.keys.get(key)
    return (info.line, info.column) if info else (fm.start_line, 1)


def value_position(doc: SkillDocument, key: str) -> tuple[int, int]:
    fm = doc.frontmatter
    info = fm.keys.get(key) if fm else None
    return (info.value_line, info.value_column) if info else key_position(doc, key)


def kind_of(value: Any) -> str:
    """What a YAML value is, for messages: "a list", "a mapping", "a number", ..."""
    kinds = {str: "a string", list: "a list", dict: "a mapping", bool: "a boolean", type(None): "empty"}
    return kinds.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def not_a_string(doc: SkillDocument, key: str) -> tuple[int, int, str] | None:
    """Where a present field's value is not a string, and what it is instead."""
    value = field_value(doc, key)
    if value is MISSING or isinstance(value, str):
        return None
    line, column = value_position(doc, key)
    return line, column, kind_of(value)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
