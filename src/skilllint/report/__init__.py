"""Output formats: one module per format, each with ``render(run, context) -> str``."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

FORMATS = {
    "text": "skilllint.report.text",
    "json": "skilllint.report.json_report",
    "sarif": "skilllint.report.sarif",
    "github": "skilllint.report.github",
    "junit": "skilllint.report.junit",
}


@dataclass
class ReportContext:
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    show_source: bool = False
    fail_on: str = "error"  # lowest severity that fails the run (junit marks those as failures)
    root: str | None = None  # folder that sarif and github paths are relative to (default: the repository root)
    sources: dict[str, str] | None = None  # path -> text, for files not on disk (standard input)


def use_color(no_color: bool, stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """Colour on a terminal unless --no-color or NO_COLOR is set to something (an empty NO_COLOR is unset)."""
    return not no_color and not environ.get("NO_COLOR") and stream.isatty()


# A file name's bytes that are not UTF-8 reach Python as lone surrogates, which no UTF-8 output can hold.
_UNDECODABLE = re.compile("[\ud800-\udfff]")


def render(fmt: str, run, context: ReportContext) -> str:
    return _UNDECODABLE.sub("\ufffd", importlib.import_module(FORMATS[fmt]).render(run, context))


def summary_counts(diagnostics) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[d.severity.value] += 1
    return counts
