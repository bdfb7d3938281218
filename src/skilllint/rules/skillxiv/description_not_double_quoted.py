from __future__ import annotations

import json

from skilllint.diagnostics import Edit, Fix, Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value

_STYLE_WORDS = {
    "literal": "a literal block scalar (|)",
    "folded": "a folded block scalar (>)",
    "plain": "unquoted",
    "single": "single-quoted",
}


@register
class DescriptionNotDoubleQuoted(Rule):
    """The `description` is not one double-quoted line.

    ## What it checks
    How `description` is written: it must be a double-quoted string (`"..."`) that starts and
    ends on the key's line. Block scalars (`|`, `>`), plain and single-quoted values, and quoted
    values continued over several lines are reported.

    ## Why it matters
    CONTRIBUTING.md: "no YAML block scalars (`>` or `|`) ... Double-quoted string on one line."
    paper2skill: "double-quoted string on one line". One quoted line is what the repository's
    tools and its line-based edits expect, and quoting keeps a colon or a `#` in the text from
    changing the YAML.

    ## Bad
    ```yaml
    description: >
      Speeds up attention on long sequences.
    ```

    ## Good
    ```yaml
    description: "Speeds up attention on long sequences. Use when context length is the bottleneck."
    ```

    ## Options
    None.

    ## Fix
    For values without inner line breaks the value is rewritten as one double-quoted line (JSON
    escaping, which YAML reads back identically); the fix is dropped unless the frontmatter reads
    back to the same data. Safe for plain, single-quoted and multi-line double-quoted values; for
    a block scalar it is unsafe, because the block's final line break (part of its value) is
    dropped.
    """

    code = "SX011"
    name = "description-not-double-quoted"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "description must be a double-quoted string on one line"
    fixable = True
    fix_safe = True

    def check(self, doc, ctx):
        value = field_value(doc, "description")
        info = doc.frontmatter.keys.get("description") if doc.frontmatter else None
        if not isinstance(value, str) or info is None:
            return
        end_line = doc.position(max(info.value_start, info.value_end - 1))[0]
        if info.style == "double" and info.value_line == info.line and end_line == info.line:
            return
        if info.style == "double":
            problem = "spans several lines"
        else:
            problem = f"is {_STYLE_WORDS.get(info.style, info.style)}"
        yield self.diagnostic(
            doc, info.line, info.column,
            f"description {problem}: write it as one double-quoted line", fix=self._fix(doc, info, value))

    @staticmethod
    def _fix(doc, info, value: str) -> Fix | None:
        from skilllint.document import SkillDocument

        text = value[:-1] if info.style in ("literal", "folded") and value.endswith("\n") else value
        if "\n" in text or "\r" in text:
            return None
        segment = doc.line_text(info.line)[info.column - 1:]
        colon = segment.find(":")
        if colon < 0:
            return None
        start = doc.offset(info.line, info.column + colon + 1)
        block = doc.text[info.value_start:info.value_end].rstrip()
        end = info.value_start + len(block)
        if start > end or any(line in doc.frontmatter.comments for line in range(info.line, doc.position(end)[0] + 1)):
            return None
        replacement = " " + json.dumps(text, ensure_ascii=False)
        fixed = doc.text[:start] + replacement + doc.text[end:]
        after = SkillDocument.from_text(fixed, doc.path, doc.display_path).frontmatter
        expected = {**doc.frontmatter.data, "description": text}
        if after is None or after.error is not None or after.data != expected:
            return None
        # A block scalar's final line break is part of its value: dropping it changes the text.
        safe = text == value
        return Fix((Edit(start, end, replacement),), description="write description as one double-quoted line",
                   safe=safe)
