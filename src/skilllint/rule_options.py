"""The configuration's ``rules`` table, checked against what each rule declares (``options``, ``option_values``)."""

from __future__ import annotations

from typing import Any

from skilllint.rules import Rule, find_rule
from skilllint.spelling import did_you_mean

_TYPE_NAMES = {bool: "a boolean (true or false)", int: "an integer", float: "a number", str: "a string"}
_VALUE_NAMES = {list: "a list", dict: "a mapping", type(None): "null"}


def problems(table: dict[str, Any], rules: list[type[Rule]]) -> list[tuple[str, str]]:
    """(key, message) for every unknown rule, unknown option and value of the wrong type in ``table``."""
    found = []
    for key, given in table.items():
        rule = find_rule(key)
        if rule is None:
            known = [r.code for r in rules] + [r.name for r in rules]
            found.append((f"rules.{key}", f"unknown rule '{key}'{did_you_mean(key, known)}"))
            continue
        for option, value in given.items():
            message = _option_problem(rule, option) if option not in rule.options else value_problem(rule, option, value)
            if message:
                found.append((f"rules.{key}.{option}", message))
    return found


def _option_problem(rule: type[Rule], option: str) -> str:
    about = f"unknown option '{option}' of {rule.code} ({rule.name})"
    if not rule.options:
        return f"{about}: the rule has no options"
    return f"{about}{did_you_mean(option, rule.options)}; its options: {', '.join(sorted(rule.options))}"


def value_problem(rule: type[Rule], option: str, value: Any) -> str | None:
    default = rule.options[option]
    accepted = rule.option_values.get(option)
    if isinstance(accepted, tuple):
        if isinstance(value, type(accepted[0])) and value in accepted:
            return None
        hint = did_you_mean(value, map(str, accepted)) if isinstance(value, str) else ""
        return f"must be one of {', '.join(map(str, accepted))}, not {_shown(value)}{hint}"
    expected = accepted or (type(default) if default is not None else None)
    if expected is None or (value is None and default is None):
        return None
    if not _is_a(value, expected):
        return f"must be {_TYPE_NAMES.get(expected, expected.__name__)}, not {_shown(value)}"
    if expected in (int, float) and value < 0:  # limits, counts and thresholds are never negative
        return f"must be 0 or more, not {_shown(value)}"
    return None


def _is_a(value: Any, expected: type) -> bool:
    if isinstance(value, bool):  # YAML's true is an int to Python, never to a user
        return expected is bool
    if expected is float:
        return isinstance(value, (int, float))
    return isinstance(value, expected)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return _VALUE_NAMES.get(type(value), type(value).__name__)
