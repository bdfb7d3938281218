"""Rendering a record into SKILL.md text through the package's Jinja template."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

import jinja2

from skilllint.generate.schema import Problem, load_schema, validate
from skilllint.generate.todo import Todo, complete, is_todo

TEMPLATE = "mechanistic-analysis.md.j2"
DEFAULT_ENGINE = "skilllint-generate"
DEFAULT_VERSION = "0.0.3"

_FINDING_LABELS = {"main": "Main", "secondary": "Secondary", "surprising": "Surprising"}
_YAML_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._()/+'&-]*$")
_YAML_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


class InvalidRecord(ValueError):
    """A record with problems other than missing values: there is nothing sound to render."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.location}: {p.message}" for p in problems))


def render_skill(data: dict[str, Any]) -> str:
    """The SKILL.md text for a record; what the record lacks appears as ``TODO: <field>``.

    Raises InvalidRecord when the record has problems other than missing values.
    """
    invalid = [problem for problem in validate(data) if not problem.missing]
    if invalid:
        raise InvalidRecord(invalid)
    filled = _normalize(complete(data, load_schema()))
    skill = filled["skill"]
    skill.setdefault("engine", DEFAULT_ENGINE)
    skill.setdefault("version", DEFAULT_VERSION)
    return environment().get_template(TEMPLATE).render(**filled, finding_groups=_finding_groups(filled["findings"]))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("skilllint.generate", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        sentence=sentence, sentences=sentences, numbered=numbered, cell=cell, yaml_str=yaml_str, yaml_list=yaml_list,
        yaml_scalar=_flow_item,
    )
    env.tests["todo"] = is_todo
    return env


def _normalize(value: Any) -> Any:
    """Every string on one line: a record's folded or multi-line text must not split a paragraph."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {key: _normalize(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalize(item) for item in value]
    return value


def _finding_groups(findings: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Main findings in one paragraph, the rest (secondary, surprising) in a second."""
    numbered = [
        {"number": index, "label": _FINDING_LABELS.get(str(item["kind"]), str(item["kind"])), **item}
        for index, item in enumerate(findings, start=1)
    ]
    main = [item for item in numbered if item["kind"] == "main"]
    rest = [item for item in numbered if item["kind"] != "main"]
    if not rest and len(main) > 1:
        main, rest = main[:1], main[1:]
    if not main:
        main, rest = rest[:1], rest[1:]
    return [group for group in (main, rest) if group]


def sentence(value: Any) -> str:
    text = str(value).strip()
    if not text:
        return text
    return text if text[-1] in ".!?" or text.endswith((".)", '."', ".'", ".*")) else text + "."


def sentences(values: list[Any]) -> str:
    return " ".join(sentence(value) for value in values)


def numbered(values: Any) -> str:
    """``(1) First. (2) Second.`` -- steps inline, so the paragraph stays one paragraph."""
    return " ".join(f"({index}) {sentence(value)}" for index, value in enumerate(values, start=1))


def cell(value: Any) -> str:
    return str(value).replace("|", "\\|")


def yaml_str(value: Any) -> str:
    """A double-quoted YAML scalar on one line."""
    return json.dumps(str(value), ensure_ascii=False)


def yaml_list(values: list[Any]) -> str:
    """An inline (flow) YAML list; items are quoted only when plain style would change their meaning."""
    return "[" + ", ".join(_flow_item(value) for value in values) + "]"


def _flow_item(value: Any) -> str:
    text = str(value)
    if isinstance(value, Todo) or not _YAML_PLAIN.match(text) or text.lower() in _YAML_RESERVED:
        return yaml_str(text)
    if re.fullmatch(r"[0-9._+-]+", text):
        return yaml_str(text)
    return text
