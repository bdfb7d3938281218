"""The rule registry. Every module in a family package below is imported once, on first use."""

from __future__ import annotations

import importlib
import pkgutil

from skilllint.rules.base import RepositoryRule, Rule, RuleContext

__all__ = ["RepositoryRule", "Rule", "RuleContext", "all_rules", "find_rule", "register"]

_REGISTRY: dict[str, type[Rule]] = {}
_loaded = False


def register(cls: type[Rule]) -> type[Rule]:
    existing = _REGISTRY.get(cls.code)
    if existing is not None and existing is not cls:
        raise ValueError(f"rule code {cls.code} is used by both {existing.__name__} and {cls.__name__}")
    _REGISTRY[cls.code] = cls
    return cls


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    package = importlib.import_module(__name__)
    for family in pkgutil.iter_modules(package.__path__):
        if not family.ispkg:
            continue
        family_pkg = importlib.import_module(f"{__name__}.{family.name}")
        for module in pkgutil.iter_modules(family_pkg.__path__):
            importlib.import_module(f"{family_pkg.__name__}.{module.name}")


def all_rules() -> list[type[Rule]]:
    _load()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def find_rule(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if rule.code.lower() == key.lower() or rule.name == key.lower():
            return rule
    return None
