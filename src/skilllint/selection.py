"""Which rules run on a file: the profile's packs, then select / extend-select / ignore / per-file-ignores."""

from __future__ import annotations

from skilllint.rules import Rule
from skilllint.spelling import did_you_mean

ALWAYS_ON_PACK = "core"


def matches(selector: str, rule: type[Rule]) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    if s.lower() == rule.name or s.lower() == rule.pack:
        return True
    return rule.code.upper().startswith(s.upper()) and s[:1].isalpha()


def choose(
    rules: list[type[Rule]],
    packs: set[str],
    select: list[str] | None,
    extend_select: list[str],
    ignore: list[str],
) -> list[type[Rule]]:
    base = [r for r in rules if r.pack in packs or r.pack == ALWAYS_ON_PACK]
    if select is not None:
        base = [r for r in rules if any(matches(s, r) for s in select)]
    extra = [r for r in rules if r not in base and any(matches(s, r) for s in extend_select)]
    chosen = [r for r in base + extra if not any(matches(s, r) for s in ignore)]
    return sorted(chosen, key=lambda r: r.code)


def unknown(selector: str, rules: list[type[Rule]]) -> str | None:
    """Why a selector that matches no rule is wrong, with the code, name or pack it was probably meant to be."""
    if any(matches(selector, rule) for rule in rules):
        return None
    known = sorted({r.code for r in rules} | {r.name for r in rules} | {r.pack for r in rules})
    return f"selector '{selector}' matches no rule{did_you_mean(selector, known)}"
