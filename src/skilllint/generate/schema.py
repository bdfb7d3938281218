"""Validating a record against schemas/extraction.schema.json, reporting every problem with its path."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from skilllint import resources
from skilllint.generate.record import Record, RecordPath, format_path

_BLANK_PATTERN = "\\S"

_PATTERN_MESSAGES = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "must be kebab-case (lowercase words joined by '-')",
    "^[^:]+: \\S.*$": "must have the shape 'Phenomenon: Outcome'",
    "^[^<>\\n]*$": "must be one line of plain text without '<' or '>'",
    "^https?://\\S+$": "must be an http(s) URL",
    "^[^a-z\\s]\\S*(\\s+([^a-z\\s]\\S*|a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|per|the|to|via|vs|with|without))*$":
        "must be in Title Case",
}


@dataclass(frozen=True)
class Problem:
    """One schema violation: where it is in the record and what is wrong."""

    path: RecordPath
    message: str
    missing: bool
    line: int | None = None

    @property
    def location(self) -> str:
        return format_path(self.path)

    def render(self, source: str | None = None) -> str:
        prefix = ""
        if source:
            prefix = f"{source}:{self.line}: " if self.line else f"{source}: "
        return f"{prefix}{self.location}: {self.message}"


def load_schema() -> dict[str, Any]:
    return resources.schema("extraction")


def validate(record: Record | dict) -> list[Problem]:
    """Every problem in the record at once, in document order."""
    if not isinstance(record, Record):
        record = Record(record)
    validator = Draft202012Validator(load_schema())
    problems: list[Problem] = []
    for error in validator.iter_errors(record.data):
        problems.extend(_problems(error, record))
    unique = {(p.path, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.line or 0, _sort_key(p.path), p.message))


def _sort_key(path: RecordPath) -> tuple:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _problems(error: ValidationError, record: Record) -> list[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    instance = error.instance

    def problem(at: RecordPath, message: str, missing: bool = False) -> Problem:
        return Problem(at, message, missing, record.line_of(at))

    if kind == "required":
        names = [name for name in value if isinstance(instance, dict) and name not in instance]
        return [problem(path + (name,), "required", True) for name in names]
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = [name for name in instance if name not in known]
        return [problem(path + (name,), "unknown field") for name in extra]
    if kind == "minItems":
        return [problem(path, f"needs at least {value} item{'s' if value != 1 else ''}, has {len(instance)}", True)]
    if kind == "maxItems":
        return [problem(path, f"allows at most {value} item{'s' if value != 1 else ''}, has {len(instance)}")]
    if kind == "minLength":
        return [problem(path, "must not be empty", True)]
    if kind == "maxLength":
        return [problem(path, f"allows at most {value} characters, has {len(instance)}")]
    if kind == "pattern":
        if value == _BLANK_PATTERN:
            return [problem(path, "must not be blank", True)]
        if path and path[-1] == "arxiv":
            return [problem(path, f"{instance!r} is not an arXiv identifier such as 1704.05796")]
        return [problem(path, _PATTERN_MESSAGES.get(value, f"must match {value}"))]
    if kind == "type":
        expected = " or ".join(value) if isinstance(value, list) else value
        return [problem(path, f"expected {_article(expected)}, got {_json_type(instance)}")]
    if kind == "enum":
        return [problem(path, "must be one of " + ", ".join(json.dumps(v) for v in value))]
    if kind == "oneOf" and path and path[-1] == "code":
        return [problem(path, "must be a URL or null")]
    return [problem(path, error.message)]


def _article(type_name: str) -> str:
    return ("an " if type_name[:1] in "aeiou" else "a ") + type_name


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
