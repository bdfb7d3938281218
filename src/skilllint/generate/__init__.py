"""The generator: extraction record -> SKILL.md, offline from a template or with a model in the loop."""

from skilllint.generate.record import Record, RecordError, format_path, load_record, parse_record
from skilllint.generate.render import render_skill
from skilllint.generate.schema import Problem, validate
from skilllint.generate.todo import Todo

__all__ = [
    "Problem", "Record", "RecordError", "Todo", "format_path", "load_record", "parse_record", "render_skill",
    "validate",
]
