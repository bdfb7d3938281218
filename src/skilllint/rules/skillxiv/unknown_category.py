from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.packs import normalise_category
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position
from skilllint.rules.skillxiv._common import suggestion, threshold


@register
class UnknownCategory(Rule):
    """The `category` is not one of the eleven paper2skill categories.

    ## What it checks
    That `category`, when present, names one of the pack's `categories` — the paper categorizer's
    eleven: Application Transfer, Evaluation Infrastructure, Paradigm Challenge, Systematic
    Empiricism, Component Innovation, Insight-Driven Papers, Research Infrastructure, Field
    Foundation, Mechanistic Analysis, Survey & Synthesis, Scaling & Efficiency. Case and spaces
    are ignored, as when the category selects a profile. A near miss gets "did you mean"
    (rapidfuzz). A value that is not a string is `frontmatter-schema` (SX001).

    ## Why it matters
    The paper categorizer says: "**Category names** (use these exact strings)". The category
    decides which extraction pipeline produced the skill and, in skilllint, which category
    profile checks it (`category: Mechanistic Analysis` adds the mechanistic-analysis rules): a
    misspelt category silently skips those checks.

    ## Bad
    ```yaml
    category: "Survey and Synthesis"
    ```

    ## Good
    ```yaml
    category: "Survey & Synthesis"
    ```

    ## Options
    `threshold`: the least rapidfuzz score of a suggestion (default: the pack's
    `thresholds.did-you-mean`); `categories` in the pack's data.

    ## Fix
    None: a near miss may still be the wrong category.
    """

    code = "SX013"
    name = "unknown-category"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "category is not one of the eleven paper2skill categories"
    options = {"threshold": None}
    option_values = {"threshold": float}

    def check(self, doc, ctx):
        value = field_value(doc, "category")
        if not isinstance(value, str) or not value.strip():
            return
        categories = list(ctx.pack_data().get("categories", []))
        if normalise_category(value) in {normalise_category(c) for c in categories}:
            return
        line, column = value_position(doc, "category")
        hint = suggestion(value.replace(" and ", " & "), categories, threshold(ctx, "did-you-mean", 70))
        yield self.diagnostic(
            doc, line, column,
            f"category '{value.strip()}' is not a paper2skill category{hint}; no category profile applies")
