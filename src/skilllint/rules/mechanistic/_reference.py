"""The Reference block: `Paper:`, `Code:` and `Related work:` lines, wherever the skill puts them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from skilllint.document import SkillDocument
from skilllint.rules.mechanistic._sections import memo, normalise

_EMPHASIS = r"(?:\*\*|__|\*|_)?"


@dataclass(frozen=True)
class Field:
    line: int
    column: int  # where the value starts
    value: str


@dataclass
class ReferenceBlock:
    heading_line: int | None
    fields: dict[str, Field] = field(default_factory=dict)


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(labels, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:[-*+]\s+)?{_EMPHASIS}\s*(?:{names})\s*{_EMPHASIS}\s*:\s*{_EMPHASIS}\s*(?P<value>.*?)\s*$",
        re.I,
    )


def reference_block(doc: SkillDocument, data: dict[str, Any]) -> ReferenceBlock:
    return memo(doc, ("reference", id(data.get("reference"))), lambda: _find(doc, data.get("reference", {})))


def _find(doc: SkillDocument, spec: dict[str, Any]) -> ReferenceBlock:
    titles = {normalise(t) for t in spec.get("section_titles", ["Reference", "References"])}
    section = next((s for s in doc.iter_sections() if s.heading is not None and normalise(s.title) in titles), None)
    first, last = (section.line + 1, section.end_line) if section else (doc.body_start_line, len(doc.lines))
    patterns = {
        "paper": _label_pattern(spec.get("paper_labels", ["Paper"])),
        "code": _label_pattern(spec.get("code_labels", ["Code"])),
        "related": _label_pattern(spec.get("related_labels", ["Related work"])),
    }
    block = ReferenceBlock(section.line if section else None)
    for number in range(first, last + 1):
        text = doc.line_text(number)
        if ":" not in text:
            continue
        for kind, pattern in patterns.items():
            if kind in block.fields:
                continue
            match = pattern.match(text)
            if match:
                value = match.group("value").strip().strip("*_").strip()
                block.fields[kind] = Field(number, match.start("value") + 1, value)
                break
    return block
