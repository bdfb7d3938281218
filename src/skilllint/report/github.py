"""GitHub Actions workflow commands: one annotation per diagnostic."""

from __future__ import annotations

from skilllint.report import ReportContext
from skilllint.report.locations import relative_to_root
from skilllint.report.source import escape_controls
from skilllint.report.text import summary_line

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """The message part: GitHub decodes %25, %0D and %0A; other control characters are written as in text (\\x07)."""
    return escape_controls(value, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A property value: as the message, and ':' and ',' too, which would end the value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(d, context: ReportContext) -> str:
    properties = [("file", relative_to_root(d.path, context.root)), ("line", str(d.line)), ("col", str(d.column))]
    if d.end_line is not None and d.end_line >= d.line:
        properties.append(("endLine", str(d.end_line)))
        if d.end_line == d.line and d.end_column is not None and d.end_column >= d.column:
            properties.append(("endColumn", str(d.end_column)))
    properties.append(("title", d.code))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[d.severity.value]} {rendered}::{escape_data(f'{d.message} [{d.name}]')}"


def render(run, context: ReportContext) -> str:
    diagnostics = run.diagnostics
    lines = [] if context.quiet else [annotation(d, context) for d in diagnostics]
    lines.append(summary_line(diagnostics, run.files_examined))
    return "\n".join(lines) + "\n"
