"""Linting rendered text in the same run, through the core engine, as if it were the output file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from skilllint.config import Config
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.engine import Linter, Options, RunResult, display_path

DEFAULT_PROFILE = "mechanistic-analysis"


class RenderedLinter:
    """Lints text destined for ``path`` under the profiles; raises PackError at once for an unknown one."""

    def __init__(self, path: Path, config: Config | None = None, profiles: Sequence[str] = (DEFAULT_PROFILE,)) -> None:
        self.path = Path(path)
        self.config = config or Config()
        self.linter = Linter(self.config, Options(profiles=list(profiles) or [DEFAULT_PROFILE]))

    def run(self, text: str) -> RunResult:
        result = self.linter.lint_bytes(text.encode("utf-8"), self.path, display_path(self.path))
        return self.linter.finish([result])

    def __call__(self, text: str) -> list[Diagnostic]:
        return self.run(text).diagnostics

    def failing(self, diagnostics: list[Diagnostic], fail_on: str | None = None) -> list[Diagnostic]:
        threshold = Severity(fail_on or self.config.fail_on).rank
        return [d for d in diagnostics if d.severity.rank >= threshold]
