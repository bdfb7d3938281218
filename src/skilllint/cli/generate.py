"""`skilllint generate`: an extraction record (or a paper and a model) -> a SKILL.md that is linted at once."""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


class _Stop(Exception):
    """Leave the command with an exit code after the message has been printed."""

    def __init__(self, code: int) -> None:
        self.code = code


def _fail(message: str, code: int = EXIT_ERROR) -> _Stop:
    click.echo(f"skilllint: {message}", err=True)
    return _Stop(code)


@click.command()
@click.argument("record", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, allow_dash=True),
              help="The SKILL.md to write; - writes it to standard output and the lint report to standard error.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@click.option("--llm", is_flag=True, help="Ask a model for the record (needs --paper); network access.")
@click.option("--paper", type=click.Path(path_type=Path, dir_okay=False), help="The paper's text, Markdown or HTML (--llm).")
@click.option("--record", "partial", type=click.Path(path_type=Path, dir_okay=False),
              help="A partial record for the model to complete (--llm).")
@click.option("--max-rounds", type=click.IntRange(1, 20), help="Model rounds at most (default: config llm.max_rounds, 3).")
@click.option("--save-record", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the model's record as YAML (--llm), for offline edits.")
@click.option("--profile", multiple=True, help="Profiles to lint the result with (default: mechanistic-analysis).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="warning", show_default=True,
              help="Lowest severity that fails the run; a generated skill should have no warning.")
@click.option("--no-color", is_flag=True, help="Never colour the output (also NO_COLOR).")
def generate(record, output, force, llm, paper, partial, max_rounds, save_record, profile, config_path, fail_on,
             no_color) -> None:
    """Render RECORD (an extraction record, YAML or JSON) into OUTPUT and lint it.

    Offline by default: a deterministic template, no model, no network. What the record lacks is
    rendered as a visible TODO, which the linter reports. With --llm, a model reads --paper and
    writes the record; the rendered file's problems go back to it for at most --max-rounds rounds.
    """
    try:
        if llm:
            code = _generate_with_model(record, output, force, paper, partial, max_rounds, save_record, profile,
                                        config_path, fail_on, no_color)
        else:
            if paper or partial or save_record or max_rounds:
                raise _fail("--paper, --record, --save-record and --max-rounds go with --llm")
            code = _generate_offline(record, output, force, profile, config_path, fail_on, no_color)
    except _Stop as stop:
        code = stop.code
    sys.exit(code)


def _setup(output: Path, force: bool, profile: tuple[str, ...], config_path: Path | None):
    from skilllint import config as config_module
    from skilllint.generate.lint import RenderedLinter
    from skilllint.generate.output import OutputError, check_writable
    from skilllint.packs import PackError

    try:
        if not _to_stdout(output):
            check_writable(output, force)
    except OutputError as exc:
        raise _fail(str(exc)) from None
    try:
        start = next((folder for folder in output.absolute().parents if folder.exists()), Path("."))
        config = config_module.resolve(config_path, start)
        profiles = [part.strip() for value in profile for part in value.split(",") if part.strip()]
        linter = RenderedLinter(output, config, profiles)
    except (config_module.ConfigError, PackError) as exc:
        raise _fail(str(exc)) from None
    return config, linter


def _to_stdout(output: Path) -> bool:
    return str(output) == "-"


def _generate_offline(record, output, force, profile, config_path, fail_on, no_color) -> int:
    from skilllint.generate.record import RecordError, load_record
    from skilllint.generate.render import render_skill
    from skilllint.generate.schema import validate

    if record is None:
        raise _fail("give a RECORD to render, or --llm --paper PAPER to have a model write one")
    try:
        loaded = load_record(record)
    except RecordError as exc:
        raise _fail(exc.render()) from None
    config, linter = _setup(output, force, profile, config_path)
    problems = validate(loaded)
    for problem in problems:
        click.echo(problem.render(loaded.source), err=True)
    invalid = [p for p in problems if not p.missing]
    if invalid:
        raise _fail(f"{record}: {len(problems)} schema problem{'s' if len(problems) != 1 else ''}; nothing written")
    if problems:
        click.echo(f"skilllint: {record}: incomplete; {len(problems)} missing "
                   f"value{'s' if len(problems) != 1 else ''} rendered as TODO", err=True)
    text = render_skill(loaded.data)
    return _write_and_report(text, output, force, linter, config, fail_on, no_color)


def _write_and_report(text, output, force, linter, config, fail_on, no_color, note: str = "") -> int:
    from skilllint.generate.output import OutputError, write_atomic
    from skilllint.report import ReportContext, render, use_color

    run = linter.run(text)
    to_stdout = _to_stdout(output)
    if to_stdout:
        click.echo(text, nl=False)
    else:
        try:
            write_atomic(output, text, force)
        except (OutputError, OSError) as exc:
            raise _fail(f"cannot write {output}: {exc}") from None
    report_stream = sys.stderr if to_stdout else sys.stdout
    color = use_color(no_color, report_stream)
    click.echo(render("text", run, ReportContext(color=color)), nl=False, err=to_stdout)
    if not to_stdout:
        click.echo(f"wrote {output}{note}")
    if run.crashed:
        return EXIT_ERROR
    return EXIT_FAIL if linter.failing(run.diagnostics, fail_on) else EXIT_OK


def _generate_with_model(record, output, force, paper, partial, max_rounds, save_record, profile, config_path,
                         fail_on, no_color) -> int:
    from skilllint.generate.llm.client import ChatClient, LLMError
    from skilllint.generate.llm.paper import PaperError, read_paper
    from skilllint.generate.llm.repair import repair_loop
    from skilllint.generate.llm.settings import SettingsError, resolve_settings
    from skilllint.generate.record import RecordError, load_record

    if record is not None:
        raise _fail("with --llm, pass the partial record as --record PARTIAL")
    if paper is None:
        raise _fail("--llm needs --paper PAPER_FILE (text, Markdown or HTML)")
    config, linter = _setup(output, force, profile, config_path)
    try:
        settings = resolve_settings(config.get("llm") or {}, max_rounds=max_rounds)
        paper_text = read_paper(paper)
        partial_data = load_record(partial).data if partial is not None else None
    except (SettingsError, PaperError) as exc:
        raise _fail(str(exc)) from None
    except RecordError as exc:
        raise _fail(exc.render()) from None

    click.echo(f"asking {settings.model} at {settings.display_url} (at most {settings.max_rounds} rounds)", err=True)
    try:
        result = repair_loop(ChatClient(settings), paper_text, linter, settings.max_rounds, partial_data)
    except LLMError as exc:
        raise _fail(f"{exc}; nothing written") from None
    for attempt in result.attempts:
        click.echo(f"round {attempt.round}: {_describe(attempt)}", err=True)
    best = result.best
    if best is None:
        raise _fail(f"no usable record after {result.rounds} round{'s' if result.rounds != 1 else ''}; "
                    "nothing written", EXIT_FAIL)
    for problem in best.problems:
        click.echo(problem.render("record"), err=True)
    if save_record is not None:
        _save_record(save_record, best.record, force)
    rounds = f" (round {best.round} of {result.rounds})"
    code = _write_and_report(best.text, output, force, linter, config, fail_on, no_color, rounds)
    return EXIT_FAIL if best.problems and code == EXIT_OK else code


def _describe(attempt) -> str:
    from skilllint.rules.helpers import plural

    if attempt.reply_error:
        return attempt.reply_error
    if not attempt.renderable:
        return f"{len(attempt.problems)} schema problems, not rendered"
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in attempt.diagnostics:
        counts[d.severity.value] += 1
    missing = f"{plural(len(attempt.problems), 'missing value')}, " if attempt.problems else ""
    return f"{missing}{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, {counts['info']} info"


def _save_record(path: Path, data: dict, force: bool) -> None:
    import yaml

    from skilllint.generate.output import OutputError, write_atomic

    try:
        write_atomic(path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), force)
    except (OutputError, OSError) as exc:
        raise _fail(f"cannot write {path}: {exc}") from None
