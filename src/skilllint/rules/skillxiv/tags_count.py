from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, frontmatter_mapping, value_position
from skilllint.rules.skillxiv._common import limits, version_tuple


@register
class TagsCount(Rule):
    """`tags` is missing or has fewer than 1 or more than 3 entries.

    ## What it checks
    The number of entries of `tags`. A skill without `tags` is reported when its `version` is at
    least the pack's `tags-required-since` (0.0.3, the first spec version with tags) or has no
    readable version; older skills may omit the field. A missing `tags` is reported on the
    `keywords` line, where the specification places `tags` ("immediately after `keywords`").

    ## Why it matters
    paper2skill v0.0.3: "assign **1-3 broad-area tags** to each skill from the tag registry ...
    Every skill must get at least one tag." and "If a skill spans multiple areas, select 2-3
    existing tags". Tags are how the repository is browsed and filtered; more than three stop
    discriminating.

    ## Bad
    ```yaml
    version: 0.0.3
    tags: [Reinforcement Learning, Large Language Models, Agents, Optimization]
    ```

    ## Good
    ```yaml
    version: 0.0.3
    tags: [Reinforcement Learning, Large Language Models]
    ```

    ## Options
    `min`, `max` (defaults from the pack's `limits.tags`: 1 and 3); `tags-required-since` in the
    pack's data (null: every skill needs tags).

    ## Fix
    None.
    """

    code = "SX008"
    name = "tags-count"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "tags must have 1 to 3 entries"
    options = {"min": None, "max": None}
    option_values = {"min": int, "max": int}

    def check(self, doc, ctx):
        value = field_value(doc, "tags")
        low, high = limits(ctx, "tags", (1, 3))
        if value is MISSING:
            if frontmatter_mapping(doc) is None:
                return
            if self._required(doc, ctx) and low > 0:
                since = ctx.pack_data().get("tags-required-since")
                scope = f" (required since version {since})" if since else ""
                anchor = doc.frontmatter.keys.get("keywords")
                line, column = (anchor.line, anchor.column) if anchor else (doc.frontmatter.start_line, 1)
                yield self.diagnostic(
                    doc, line, column,
                    f"'tags' is missing: give {low} to {high} tags from the tag registry{scope}")
            return
        if not isinstance(value, list) or low <= len(value) <= high:
            return
        line, column = value_position(doc, "tags")
        yield self.diagnostic(
            doc, line, column,
            f"'tags' has {len(value)} {'entry' if len(value) == 1 else 'entries'}: give {low} to {high}")

    @staticmethod
    def _required(doc, ctx) -> bool:
        since = version_tuple(ctx.pack_data().get("tags-required-since") or "")
        if since is None:
            return True
        version = field_value(doc, "version")
        current = version_tuple(version) if version is not MISSING else None
        return current is None or current >= since
