"""Per-file facts that the repository rules collect (JSON-able, so they can be cached)."""

from __future__ import annotations

from skilllint.arxiv.ids import InvalidArxivId, extract_id, parse_id
from skilllint.document import SkillDocument
from skilllint.rules.helpers import field_value


def paper_id(doc: SkillDocument) -> str | None:
    """The arXiv identifier (without version) that the frontmatter `url` names, or None."""
    value = field_value(doc, "url")
    if not isinstance(value, str):
        return None
    id_text = extract_id(value)
    if id_text is None:
        return None
    try:
        return parse_id(id_text).base
    except InvalidArxivId:
        return None


def key_line(doc: SkillDocument, key: str) -> int:
    fm = doc.frontmatter
    return fm.key_line(key) if fm is not None else 1


def others(paths: list[str], limit: int = 3) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")
