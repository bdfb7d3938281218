"""`skilllint triage`: score an extraction record's Phase 1 rubric."""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


@click.command()
@click.argument("record", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--threshold", type=click.IntRange(0, 5), default=None, help="Points needed (default: the guide's 4).")
def triage(record: Path, threshold: int | None) -> None:
    """Score RECORD's rubric: 4+ points make a mechanistic-analysis paper (exit 0), otherwise exit 1."""
    from skilllint.generate.record import RecordError, load_record
    from skilllint.generate.schema import validate
    from skilllint.generate.triage import THRESHOLD, format_result
    from skilllint.generate.triage import triage as score

    try:
        loaded = load_record(record)
    except RecordError as exc:
        click.echo(f"skilllint: {exc.render()}", err=True)
        sys.exit(EXIT_ERROR)
    problems = validate(loaded)
    blocking = [p for p in problems if p.path[:1] == ("rubric",)]
    if blocking:
        for problem in blocking:
            click.echo(problem.render(loaded.source), err=True)
        click.echo(f"skilllint: {record}: the rubric is incomplete or invalid; nothing to score", err=True)
        sys.exit(EXIT_ERROR)
    title = loaded.data.get("paper", {}).get("title") if isinstance(loaded.data.get("paper"), dict) else None
    result = score(loaded.data["rubric"], THRESHOLD if threshold is None else threshold)
    header = f"{record}: {title}" if isinstance(title, str) else str(record)
    click.echo("\n".join(format_result(result, header)))
    others = len(problems) - len(blocking)
    if others:
        click.echo(f"note: the record has {others} other schema problem{'s' if others != 1 else ''}; "
                   "`skilllint generate` lists them", err=True)
    sys.exit(EXIT_OK if result.passed else EXIT_FAIL)
