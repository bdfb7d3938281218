"""Rewriting a block-style YAML list as an inline flow list, keeping every other byte."""

from __future__ import annotations

import json
import re

import yaml

from skilllint.diagnostics import Edit, Fix
from skilllint.document import SkillDocument

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_PLAIN_SAFE = re.compile(r"[A-Za-z0-9(][^,\[\]{}#:\"'\n]*")


def flow_item(value) -> str | None:
    """How ``value`` is written inside ``[...]`` so that it reads back equal, or None."""
    if isinstance(value, str):
        text = value.strip()
        if text == value and _PLAIN_SAFE.fullmatch(text) and _reads_back(text, value):
            return text
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        text = repr(value)
        return text if _reads_back(text, value) else None
    return None


def _reads_back(text: str, value) -> bool:
    try:
        return yaml.load(f"[{text}]", Loader=_Loader) == [value]
    except yaml.YAMLError:
        return False


def inline_fix(doc: SkillDocument, key: str) -> Fix | None:
    """A fix that turns the block list under ``key`` into ``key: [a, b]``; None when unsafe."""
    fm = doc.frontmatter
    info = fm.keys.get(key) if fm else None
    if info is None or info.style != "block-seq" or not isinstance(fm.data, dict):
        return None
    items = fm.data.get(key)
    if not isinstance(items, list):
        return None
    rendered = [flow_item(item) for item in items]
    if any(r is None for r in rendered):
        return None
    key_line = doc.line_text(info.line)
    block = doc.text[info.value_start:info.value_end].rstrip()
    end = info.value_start + len(block)
    last_line = doc.position(end)[0] if block else info.line
    if any(line in fm.comments for line in range(info.line, last_line + 1)):
        return None  # a comment would be lost
    start = doc.offset(info.line, len(key_line.rstrip()) + 1)
    if start > end:
        return None
    replacement = " [" + ", ".join(rendered) + "]"
    fixed = doc.text[:start] + replacement + doc.text[end:]
    if not _same_frontmatter(doc, fixed):
        return None
    return Fix((Edit(start, end, replacement),), description=f"write '{key}' as an inline list")


def _same_frontmatter(doc: SkillDocument, fixed_text: str) -> bool:
    after = SkillDocument.from_text(fixed_text, doc.path, doc.display_path).frontmatter
    return after is not None and after.error is None and after.data == doc.frontmatter.data
