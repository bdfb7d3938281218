from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position
from skilllint.rules.skillxiv._common import keywords_checked_elsewhere, limits


@register
class KeywordsCount(Rule):
    """`keywords` has fewer than 5 or more than 10 entries.

    ## What it checks
    The number of entries of the `keywords` list (a missing field or a field that is not a list is
    `frontmatter-schema`, SX001).

    ## Why it matters
    CONTRIBUTING.md: "`keywords`: 5-10 keywords". paper2skill v0.0.2 asks them to cover the
    technique, the problem, the domain and the method family: fewer leave searches unmatched, more
    dilute them.

    ## Bad
    ```yaml
    keywords: [Attention, Transformers]
    ```

    ## Good
    ```yaml
    keywords: [Attention, Transformers, GPU Kernels, Tiling, Memory Efficiency]
    ```

    ## Options
    `min` and `max` (defaults from the pack's `limits.keywords`: 5 and 10). In files that a pack
    listed in the pack's `keywords-checked-by` also checks (mechanistic-analysis, whose
    `keyword-count`, MA011, reports the same thing), this rule stays silent.

    ## Fix
    None.
    """

    code = "SX005"
    name = "keywords-count"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "keywords must have 5 to 10 entries"
    options = {"min": None, "max": None}
    option_values = {"min": int, "max": int}

    def check(self, doc, ctx):
        value = field_value(doc, "keywords")
        if not isinstance(value, list) or keywords_checked_elsewhere(ctx):
            return
        low, high = limits(ctx, "keywords", (5, 10))
        if low <= len(value) <= high:
            return
        line, column = value_position(doc, "keywords")
        yield self.diagnostic(
            doc, line, column, f"'keywords' has {len(value)} {'entry' if len(value) == 1 else 'entries'}: "
            f"give {low} to {high}")
