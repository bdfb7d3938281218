"""What the skillxiv rules share: the pack's data, fuzzy suggestions, the tag registry, versions."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from skilllint import dependencies
from skilllint.document import SkillDocument
from skilllint.rules.base import RuleContext
from skilllint.spelling import did_you_mean


def threshold(ctx: RuleContext, name: str, default: float) -> float:
    """A rule's ``threshold`` option when configured, else the pack's ``thresholds.<name>``."""
    value = ctx.options.get("threshold")
    if value is None:
        value = (ctx.pack_data().get("thresholds") or {}).get(name, default)
    return float(value)


def limits(ctx: RuleContext, field: str, default: tuple[int, int]) -> tuple[int, int]:
    """The rule's ``min`` and ``max`` options when configured, else the pack's ``limits.<field>``."""
    pack_range = (ctx.pack_data().get("limits") or {}).get(field) or {}
    low = ctx.options.get("min")
    high = ctx.options.get("max")
    low = pack_range.get("min", default[0]) if low is None else low
    high = pack_range.get("max", default[1]) if high is None else high
    return int(low), int(high)


def keywords_checked_elsewhere(ctx: RuleContext) -> bool:
    """True when a category pack of this file counts `keywords` itself (see `keywords-checked-by`)."""
    return any(name in ctx.packs for name in ctx.pack_data().get("keywords-checked-by", []))


def suggestion(value: str, choices: list[str], cutoff: float) -> str:
    """`` (did you mean 'X'?)`` for the closest choice by rapidfuzz WRatio, or nothing."""
    return did_you_mean(value, choices, cutoff, scorer="WRatio")


def version_tuple(value: Any) -> tuple[int, ...] | None:
    text = str(value).strip()
    if not re.fullmatch(r"\d+(?:\.\d+)*", text):
        return None
    return tuple(int(part) for part in text.split("."))


def setting(ctx: RuleContext, key: str) -> Any:
    """A value of the configuration's ``skillxiv`` table."""
    config = ctx.settings.get("config")
    table = config.get("skillxiv") if config is not None else None
    return (table or {}).get(key)


# -- the tag registry -----------------------------------------------------------------------------


class RegistryError(Exception):
    pass


def registry_path(doc: SkillDocument, ctx: RuleContext) -> Path | None:
    """The configured registry, else the nearest ``tags.json`` at or above the skill's folder."""
    configured = setting(ctx, "tags-registry")
    if configured:
        config = ctx.settings.get("config")
        root = config.root if config is not None else Path.cwd()
        path = (root / configured).resolve()
        dependencies.note(path)
        return path
    name = ctx.pack_data().get("tag-registry", "tags.json")
    folder = doc.path.absolute().parent
    found = _find_upwards(str(folder), name)
    for here in (folder, *folder.parents):  # a registry appearing in any of them changes the answer
        dependencies.note(here / name)
        if found is not None and here / name == found:
            break
    return found


@lru_cache(maxsize=4096)
def _find_upwards(folder: str, name: str) -> Path | None:
    here = Path(folder)
    candidate = here / name
    if candidate.is_file():
        return candidate
    if here.parent == here:
        return None
    return _find_upwards(str(here.parent), name)


@lru_cache(maxsize=64)
def load_registry(path: Path) -> tuple[str, ...]:
    """Tag names from a registry: ``{"tags": [{"name": ...}]}``, ``{"tags": ["..."]}`` or a bare list."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise RegistryError(f"cannot read tag registry {path}: {exc}") from None
    entries = raw.get("tags") if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise RegistryError(f"tag registry {path} has no list of tags")
    names = []
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    if not names:
        raise RegistryError(f"tag registry {path} lists no tags")
    return tuple(names)


def item_position(doc: SkillDocument, key: str, item: str) -> tuple[int, int]:
    """Where ``item`` is written in the list under ``key`` (falls back to the value's start)."""
    info = doc.frontmatter.keys.get(key) if doc.frontmatter else None
    if info is None:
        return 1, 1
    source = doc.text[info.value_start:info.value_end]
    found = re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", source)
    if found is None:
        return info.value_line, info.value_column
    return doc.position(info.value_start + found.start())
