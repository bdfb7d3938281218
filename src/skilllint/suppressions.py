"""Inline suppressions: HTML comments in the body, a YAML comment in the frontmatter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skilllint.diagnostics import Diagnostic
from skilllint.document import SkillDocument

_HTML = re.compile(r"<!--\s*skilllint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->")
_YAML = re.compile(r"skilllint:\s*disable-line\b(.*)$")


@dataclass
class Suppression:
    kind: str
    line: int
    column: int
    selectors: list[str]  # empty: every rule
    used: bool = False

    def covers(self, diagnostic: Diagnostic) -> bool:
        if not self.selectors:
            return True
        return any(s.lower() in (diagnostic.code.lower(), diagnostic.name) for s in self.selectors)


@dataclass
class Suppressions:
    items: list[Suppression] = field(default_factory=list)
    ranges: list[tuple[Suppression, int, int]] = field(default_factory=list)  # (suppression, first line, last line)

    def suppresses(self, diagnostic: Diagnostic) -> bool:
        hit = False
        for suppression, first, last in self.ranges:
            if first <= diagnostic.line <= last and suppression.covers(diagnostic):
                suppression.used = True
                hit = True
        return hit


def _selectors(text: str) -> list[str]:
    return [s for s in re.split(r"[\s,]+", text.strip()) if s]


def parse(doc: SkillDocument) -> Suppressions:
    found = Suppressions()
    last_line = max(doc.line_count, 1)
    fm = doc.frontmatter
    if fm is not None:
        for line, comment in fm.comments.items():
            match = _YAML.search(comment)
            if match:
                s = Suppression("disable-line", line, doc.line_text(line).find("#") + 1, _selectors(match.group(1)))
                found.items.append(s)
                found.ranges.append((s, line, line))
    if "skilllint-" not in doc.text:  # most files: no need to find the code blocks
        return found
    open_blocks: list[Suppression] = []
    body_start = doc.body_start_line
    code_lines = doc.code_lines
    for line in range(body_start, last_line + 1):
        text = doc.line_text(line)
        if "skilllint-" not in text or line in code_lines:
            continue
        for match in _HTML.finditer(text):
            kind, selectors = match.group(1), _selectors(match.group(2))
            s = Suppression(kind, line, match.start() + 1, selectors)
            if kind == "enable":
                _close(open_blocks, s, found)
                continue
            found.items.append(s)
            if kind == "disable-next-line":
                found.ranges.append((s, line + 1, line + 1))
            elif kind == "disable-line":
                found.ranges.append((s, line, line))
            elif kind == "disable-file":
                found.ranges.append((s, 1, last_line))
            else:
                open_blocks.append(s)
    for s in open_blocks:
        found.ranges.append((s, s.line, last_line))
    return found


def _close(open_blocks: list[Suppression], enable: Suppression, found: Suppressions) -> None:
    """An enable ends every open disable it names, or all of them when it names none."""
    names = {x.lower() for x in enable.selectors}
    still_open = []
    for s in open_blocks:
        if not names or not s.selectors or names & {x.lower() for x in s.selectors}:
            found.ranges.append((s, s.line, enable.line))
        else:
            still_open.append(s)
    open_blocks[:] = still_open
