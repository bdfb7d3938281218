"""`skilllint check`: lint files and folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from skilllint import config as config_module
from skilllint.diagnostics import Severity

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None, help="Output format.")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes, names or packs; comma-separated).")
@click.option("--extend-select", multiple=True, help="Add these rules to the selection.")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--profile", multiple=True, help="Profile (pack) for every file, e.g. mechanistic-analysis.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--stdin-filename", help="The path to report for text read from '-'.")
@click.option("--statistics", is_flag=True, help="Count diagnostics per rule.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
@click.option("--no-color", is_flag=True, help="Never colour the output (also NO_COLOR).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that fails the run.")
def check(paths, fmt, select, extend_select, ignore, profile, config_path, stdin_filename, statistics, quiet,
          exit_zero, no_color, fail_on) -> None:
    """Lint SKILL.md files (folders are searched recursively)."""
    from skilllint.discovery import discover
    from skilllint.engine import Linter, Options
    from skilllint.packs import PackError
    from skilllint.report import ReportContext, render

    paths = list(paths) or [Path(".")]
    reading_stdin = any(str(p) == "-" for p in paths)
    try:
        start = Path(stdin_filename).parent if reading_stdin and stdin_filename else next(
            (p for p in paths if str(p) != "-"), Path("."))
        config = config_module.resolve(config_path, start)
        options = Options(
            profiles=_split(profile) or None,
            select=_split(select) or None,
            extend_select=_split(extend_select),
            ignore=_split(ignore),
        )
        linter = Linter(config, options)
    except (config_module.ConfigError, PackError) as exc:
        click.echo(f"skilllint: {exc}", err=True)
        sys.exit(EXIT_ERROR)

    results = []
    if reading_stdin:
        data = sys.stdin.buffer.read()
        name = stdin_filename or "-"
        results.append(linter.lint_bytes(data, Path(name), name))
    file_paths = [p for p in paths if str(p) != "-"]
    results.extend(linter.lint_found(item) for item in discover(file_paths, config))
    run = linter.finish(results)

    color = not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    output = render(fmt or "text", run, ReportContext(color=color, quiet=quiet, statistics=statistics))
    click.echo(output, nl=False)

    if run.crashed:
        sys.exit(EXIT_ERROR)
    threshold = Severity(fail_on or config.fail_on).rank
    failed = any(d.severity.rank >= threshold for d in run.diagnostics)
    sys.exit(EXIT_FAIL if failed and not exit_zero else EXIT_OK)
