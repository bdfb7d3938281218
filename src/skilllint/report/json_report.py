"""The JSON report, described by schemas/report.schema.json."""

from __future__ import annotations

import json

from skilllint import __version__
from skilllint.report import ReportContext, summary_counts


def render(run, context: ReportContext) -> str:
    diagnostics = run.diagnostics
    report = {
        "tool": "skilllint",
        "version": __version__,
        "files_checked": run.files_checked,
        "diagnostics": [d.to_dict() for d in diagnostics],
        "summary": summary_counts(diagnostics),
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
