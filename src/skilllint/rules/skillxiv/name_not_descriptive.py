from __future__ import annotations

import re

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, value_position

# A new-style arXiv identifier written as a name part: 2505-00212, 2505.00212, 2505_00212v2.
_ARXIV_ID = re.compile(r"(?<![0-9])\d{4}[-._]\d{4,5}(?:v\d+)?(?![0-9])")


@register
class NameNotDescriptive(Rule):
    """The `name` is a raw arXiv identifier or a generic placeholder.

    ## What it checks
    That `name` contains no arXiv identifier (`2505-00212`, `2505.00212`, with or without a
    version) and is not one of the pack's `generic-names` (`paper-skill`, `skill`, ...).

    ## Why it matters
    CONTRIBUTING.md: "Descriptive kebab-case. Must communicate the skill's purpose at a glance.
    **Never** use raw arXiv IDs like `2505-00212`." The paper2skill specification adds: "Strictly
    prohibited: raw arXiv IDs (`2505-00212`), generic names (`paper-skill`)". An identifier tells
    an agent choosing among skills nothing about what the skill does.

    ## Bad
    ```yaml
    name: 2505-00212
    ```

    ## Good
    ```yaml
    name: adaptive-importance-ratio-clipping
    ```

    ## Options
    The list `generic-names` in the pack's data.

    ## Fix
    None: only the author can say what the skill is about.
    """

    code = "SX002"
    name = "name-not-descriptive"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "skill name is a raw arXiv identifier or a generic name"

    def check(self, doc, ctx):
        value = field_value(doc, "name")
        if value is MISSING or not isinstance(value, str) or not value.strip():
            return
        name = value.strip()
        line, column = value_position(doc, "name")
        found = _ARXIV_ID.search(name)
        if found:
            yield self.diagnostic(
                doc, line, column,
                f"skill name '{name}' contains the arXiv identifier '{found.group(0)}': "
                "name the skill for what it does")
            return
        generic = {g.lower() for g in ctx.pack_data().get("generic-names", [])}
        if name.lower() in generic:
            yield self.diagnostic(
                doc, line, column, f"skill name '{name}' is generic: name the skill for what it does")
