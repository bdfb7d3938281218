"""`skilllint check`: lint files and folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from skilllint import config as config_module
from skilllint.diagnostics import Severity
from skilllint.report import FORMATS

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="Output format (default: text, or github when GITHUB_ACTIONS=true).")
@click.option("--output-file", type=click.Path(path_type=Path, dir_okay=False), help="Write the report to this file.")
@click.option("--show-source", is_flag=True, help="Show the offending line with a caret (text format).")
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing (exit 1 if any).")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes, names or packs; comma-separated).")
@click.option("--extend-select", multiple=True, help="Add these rules to the selection.")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--profile", multiple=True, help="Profile (pack) for every file, e.g. mechanistic-analysis.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--stdin-filename", help="The path to report for text read from '-'.")
@click.option("--force-exclude", is_flag=True,
              help="Apply 'exclude' to files named on the command line too (for pre-commit).")
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of each problem (text format).")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
@click.option("--no-color", is_flag=True, help="Never colour the output (also NO_COLOR).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that fails the run.")
@click.option("--verify-arxiv", is_flag=True, help="Verify arXiv references online (answers are cached).")
@click.option("--arxiv-endpoint", metavar="URL", help="arXiv API query URL (default https://export.arxiv.org/api/query).")
@click.option("--refresh-arxiv", is_flag=True, help="Ask arXiv again, ignoring cached answers (implies --verify-arxiv).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: the number of cores).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Where the result cache lives (default: .skilllint_cache at the project root).")
def check(paths, fmt, output_file, show_source, fix, unsafe_fixes, diff,
          select, extend_select, ignore, profile, config_path, stdin_filename, force_exclude, statistics, quiet,
          exit_zero, no_color, fail_on, verify_arxiv, arxiv_endpoint, refresh_arxiv, jobs, no_cache,
          cache_dir) -> None:
    """Lint SKILL.md files (folders are searched recursively)."""
    from skilllint.discovery import discover, is_excluded
    from skilllint.engine import Linter, Options
    from skilllint.packs import PackError
    from skilllint.report import ReportContext, render, use_color

    paths = list(paths) or [Path(".")]
    reading_stdin = any(str(p) == "-" for p in paths)
    try:
        start = Path(stdin_filename).parent if reading_stdin and stdin_filename else next(
            (p for p in paths if str(p) != "-"), Path("."))
        config = config_module.resolve(config_path, start)
        from skilllint.arxiv.settings import apply_cli

        apply_cli(config, verify_arxiv, arxiv_endpoint, refresh_arxiv)
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

    if unsafe_fixes and not (fix or diff):
        click.echo("skilllint: --unsafe-fixes needs --fix or --diff", err=True)
        sys.exit(EXIT_ERROR)
    if stdin_filename and not reading_stdin:
        click.echo("skilllint: warning: --stdin-filename names standard input, which is read only for the path '-'",
                   err=True)
    if statistics and fmt not in (None, "text"):
        click.echo(f"skilllint: warning: --statistics applies to the text format, not --format {fmt}", err=True)
    if diff and fmt not in (None, "text"):
        click.echo(f"skilllint: --diff prints a unified diff; it has no --format {fmt}", err=True)
        sys.exit(EXIT_ERROR)
    if (fix or diff) and reading_stdin:
        click.echo("skilllint: --fix and --diff work on files, not on standard input", err=True)
        sys.exit(EXIT_ERROR)
    force_exclude = force_exclude or bool(config.get("force-exclude", False))
    results = []
    sources = {}  # text that --show-source cannot read from disk
    if reading_stdin and force_exclude and stdin_filename and is_excluded(Path(stdin_filename), config):
        reading_stdin = False
        paths = [p for p in paths if str(p) != "-"]
    if reading_stdin:
        data = sys.stdin.buffer.read()
        name = stdin_filename or "-"
        sources[name] = data.decode("utf-8", errors="replace")
        results.append(linter.lint_bytes(data, Path(name), name))
    file_paths = [p for p in paths if str(p) != "-"]
    if file_paths and not (fix or diff):
        from skilllint.runner import cache_for, lint_all

        cache = None if no_cache else cache_for(linter, cache_dir)
        results.extend(lint_all(linter, discover(file_paths, config, force_exclude), jobs=jobs, cache=cache))
    if fix or diff:
        from skilllint.fixing import fix_command

        fixed, changed = fix_command(linter, discover(file_paths, config, force_exclude), unsafe_fixes, not diff, click.echo)
        results.extend(fixed)
        if diff:
            sys.exit(EXIT_ERROR if any(r.crashed for r in fixed) else EXIT_FAIL if changed else EXIT_OK)
    run = linter.finish(results)
    named = [p for p in file_paths if not (force_exclude and not p.is_dir() and is_excluded(p, config))]
    if not results and named and not quiet:
        # as ruff does: a mistyped path in CI should not pass silently
        shown = ", ".join(str(p) for p in named)
        click.echo(f"skilllint: warning: no SKILL.md files found under {shown}", err=True)

    color = use_color(no_color, sys.stdout)
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    context = ReportContext(color=color and output_file is None, quiet=quiet, statistics=statistics,
                            show_source=show_source, fail_on=fail_on or config.fail_on, sources=sources)
    output = render(fmt, run, context)
    if output_file is not None:
        try:
            output_file.parent.mkdir(parents=True, exist_ok=True)
            output_file.write_text(output, encoding="utf-8")
        except OSError as exc:
            click.echo(f"skilllint: cannot write {output_file}: {exc.strerror or exc}", err=True)
            sys.exit(EXIT_ERROR)
    else:
        click.echo(output, nl=False)

    if run.crashed:
        sys.exit(EXIT_ERROR)
    threshold = Severity(fail_on or config.fail_on).rank
    failed = any(d.severity.rank >= threshold for d in run.diagnostics)
    sys.exit(EXIT_FAIL if failed and not exit_zero else EXIT_OK)
