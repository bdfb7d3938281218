"""`skilllint rules` and `skilllint rule CODE`: the rules and their documentation."""

from __future__ import annotations

import json
import sys

import click


def rule_summary(rule) -> dict:
    return {
        "code": rule.code,
        "name": rule.name,
        "pack": rule.pack,
        "severity": rule.severity.value,
        "fixable": rule.fixable,
        "summary": rule.summary,
    }


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules(fmt: str) -> None:
    """List every rule."""
    from skilllint.rules import all_rules

    table = [rule_summary(r) for r in all_rules()]
    if fmt == "json":
        click.echo(json.dumps(table, indent=2))
        return
    for r in table:
        fix = "fix" if r["fixable"] else "   "
        click.echo(f"{r['code']:<6} {r['name']:<40} {r['pack']:<22} {r['severity']:<7} {fix} {r['summary']}")


@click.command()
@click.argument("code_or_name")
def rule(code_or_name: str) -> None:
    """Print a rule's documentation."""
    from skilllint.rules import find_rule

    found = find_rule(code_or_name)
    if found is None:
        from skilllint.rules import all_rules
        from skilllint.spelling import did_you_mean

        known = [name for found_rule in all_rules() for name in (found_rule.code, found_rule.name)]
        hint = did_you_mean(code_or_name, known)
        click.echo(f"skilllint: no rule named {code_or_name!r}{hint} (see `skilllint rules`)", err=True)
        sys.exit(2)
    fix = ("safe" if found.fix_safe else "unsafe") if found.fixable else "none"
    click.echo(f"# {found.code} {found.name}\n")
    click.echo(f"Pack: {found.pack} · default severity: {found.severity.value} · fix: {fix}\n")
    click.echo(found.documentation())
