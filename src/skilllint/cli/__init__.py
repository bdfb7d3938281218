"""The `skilllint` command. Subcommands are imported only when they run, to keep start-up fast."""

from __future__ import annotations

import importlib

import click

from skilllint import __version__

COMMANDS = {
    "check": "skilllint.cli.check:check",
    "rules": "skilllint.cli.rules_cmd:rules",
    "rule": "skilllint.cli.rules_cmd:rule",
    "generate": "skilllint.cli.generate:generate",
    "triage": "skilllint.cli.triage:triage",
    "eval-claims": "skilllint.cli.eval_claims:eval_claims",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="skilllint")
def cli() -> None:
    """A linter and validator for SKILL.md agent-skill files."""


def main() -> None:
    cli(prog_name="skilllint")
