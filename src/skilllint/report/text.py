"""`path:line:col: CODE [severity] message [name]`, a summary line, and colour on a terminal only."""

from __future__ import annotations

from collections import Counter

from skilllint.report import ReportContext, summary_counts
from skilllint.report.source import one_line
from skilllint.rules.helpers import plural

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(run, context: ReportContext) -> str:
    diagnostics = run.diagnostics
    lines = []
    if not context.quiet and not context.statistics:  # as ruff: the statistics stand in for the list
        for d in diagnostics:
            location = f"{one_line(d.path)}:{d.line}:{d.column}:"
            code = d.code
            severity = f"[{d.severity.value}]"
            name = f"[{d.name}]"
            if context.color:
                location = f"{_BOLD}{location}{_RESET}"
                code = f"{_COLORS[d.severity.value]}{code}{_RESET}"
                severity = f"{_COLORS[d.severity.value]}{severity}{_RESET}"
                name = f"{_DIM}{name}{_RESET}"
            lines.append(f"{location} {code} {severity} {one_line(d.message)} {name}")
            if context.show_source:
                lines.extend(source_lines(d, context))
    if context.statistics:
        lines.extend(statistics_lines(diagnostics))
    lines.append(summary_line(diagnostics, run.files_examined))
    return "\n".join(lines) + "\n"


def statistics_lines(diagnostics) -> list[str]:
    counts = Counter((d.code, d.name, d.severity.value) for d in diagnostics)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return [f"{count:>6}  {code:<6} {severity:<7} {name}" for (code, name, severity), count in rows]


def summary_line(diagnostics, file_count: int) -> str:
    counts = summary_counts(diagnostics)
    total = sum(counts.values())
    files = plural(file_count, "file")
    if not total:
        return f"All checks passed ({files} checked)."
    return (f"Found {plural(total, 'problem')} ({plural(counts['error'], 'error')}, "
            f"{plural(counts['warning'], 'warning')}, {counts['info']} info) in {files}.")


def source_lines(d, context: ReportContext) -> list[str]:
    """The offending line, and a caret under the column (a run of them up to the end column)."""
    from skilllint.report.source import caret_line, clip, display_line, read_line

    text = read_line(d.path, d.line, context.sources)
    if text is None:
        return []
    gutter = " " * len(str(d.line))
    width = 1
    if d.end_line == d.line and d.end_column and d.end_column > d.column:
        width = d.end_column - d.column
    text, column, width = clip(text, d.column, width)
    caret = caret_line(text, column, width)
    if context.color:
        caret = f"{_COLORS[d.severity.value]}{caret}{_RESET}"
    return [f" {d.line} | {display_line(text)}", f" {gutter} | {caret}"]
