from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, frontmatter_mapping, key_position, value_position


@register
class KeywordCount(Rule):
    """The frontmatter `keywords` are missing, or fewer than 5 or more than 10.

    ## What it checks
    The number of entries of `keywords` (a list, or a comma-separated string) against the pack's
    `keywords.min` and `keywords.max`.

    ## Why it matters
    The guide's extraction template ends with "KEYWORDS: [5-10 analysis/mechanistic keywords]":
    enough for a skill to be found by the questions it answers, few enough to stay specific.

    ## Bad
    ```yaml
    keywords: [interpretability]
    ```

    ## Good
    ```yaml
    keywords: [network dissection, interpretability, CNN units, concept detectors, IoU]
    ```

    ## Options
    Pack data `keywords.min`, `keywords.max`.

    ## Fix
    None.
    """

    code = "MA011"
    name = "keyword-count"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "keywords missing or outside the guide's 5-10"

    def check(self, doc, ctx):
        if frontmatter_mapping(doc) is None:
            return
        spec = ctx.pack_data().get("keywords", {})
        low, high = spec.get("min", 5), spec.get("max", 10)
        value = field_value(doc, "keywords")
        if value is MISSING:
            line = doc.frontmatter.start_line
            yield self.diagnostic(doc, line, 1, f"no 'keywords' in the frontmatter: list {low}-{high} keywords")
            return
        if isinstance(value, str):
            entries = [v for v in value.split(",") if v.strip()]
        elif isinstance(value, list):
            entries = [v for v in value if v is not None and str(v).strip()]
        else:
            line, column = value_position(doc, "keywords")
            yield self.diagnostic(doc, line, column, "'keywords' should be a list")
            return
        if not low <= len(entries) <= high:
            line, column = key_position(doc, "keywords")
            yield self.diagnostic(doc, line, column, f"{len(entries)} keywords; the guide asks for {low}-{high}")
