"""Output formats: one module per format, each with ``render(run, context) -> str``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

FORMATS = {"text": "skilllint.report.text", "json": "skilllint.report.json_report"}


@dataclass
class ReportContext:
    color: bool = False
    quiet: bool = False
    statistics: bool = False


def render(fmt: str, run, context: ReportContext) -> str:
    return importlib.import_module(FORMATS[fmt]).render(run, context)


def summary_counts(diagnostics) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[d.severity.value] += 1
    return counts
