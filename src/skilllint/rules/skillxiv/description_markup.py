from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position


@register
class DescriptionMarkup(Rule):
    """The `description` contains `<` or `>`.

    ## What it checks
    Every `<` and `>` in the `description` value; the column points at the first one when the
    value is on one line.

    ## Why it matters
    CONTRIBUTING.md: "Plain text only — no angle brackets (`<>`)"; paper2skill: "plain text only
    (no `<` `>` tags)". Descriptions are pasted into agents' system prompts and rendered in HTML
    listings, where angle brackets read as tags and vanish or break the page.

    ## Bad
    ```yaml
    description: "Cuts latency <50 ms for <model> serving."
    ```

    ## Good
    ```yaml
    description: "Cuts latency below 50 ms when serving a model."
    ```

    ## Options
    None. The 1,024-character limit is `description-too-long` (AS022).

    ## Fix
    None: the right wording depends on what the bracket meant.
    """

    code = "SX010"
    name = "description-markup"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "description must be plain text without < or >"

    def check(self, doc, ctx):
        value = field_value(doc, "description")
        if not isinstance(value, str):
            return
        found = sorted({c for c in value if c in "<>"})
        if not found:
            return
        line, column = value_position(doc, "description")
        info = doc.frontmatter.keys.get("description")
        if info is not None and info.style in ("plain", "single", "double"):
            text = doc.line_text(line)
            hit = min((i for i in (text.find("<", column - 1), text.find(">", column - 1)) if i >= 0), default=-1)
            if hit >= 0:
                column = hit + 1
        shown = " and ".join(f"'{c}'" for c in found)
        yield self.diagnostic(doc, line, column, f"description contains {shown}: write plain text without angle brackets")
