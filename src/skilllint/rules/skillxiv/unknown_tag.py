from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position
from skilllint.rules.skillxiv._common import (
    RegistryError,
    item_position,
    load_registry,
    registry_path,
    suggestion,
    threshold,
)


@register
class UnknownTag(Rule):
    """A tag that is not in the repository's tag registry.

    ## What it checks
    Each entry of `tags` against the tag registry: the configuration's `skillxiv.tags-registry`
    (a path relative to the configuration file), else the nearest `tags.json` found by walking up
    from the skill's folder (the lookup is cached per folder). The registry is SkillXiv's
    `{"tags": [{"name": ..., "slug": ...}]}` or a plain list of names; names match exactly. An
    unknown tag gets the closest registered one as "did you mean" (rapidfuzz, from the pack's
    `thresholds.did-you-mean`). When no registry is found, or it cannot be read, the rule says so
    once, as info.

    ## Why it matters
    paper2skill v0.0.3: "**Always use existing tags.** The registry already covers most ML/AI
    research areas." and "No technique names, no niche subtopics." A tag outside the registry is
    a browsing category with one skill in it, or a misspelling that hides the skill from the
    right one.

    ## Bad
    ```yaml
    tags: [Policy Optimization, reinforcement-learning]
    ```

    ## Good
    ```yaml
    tags: [Reinforcement Learning]
    ```

    ## Options
    `threshold`: the least rapidfuzz score of a suggestion (default: the pack's
    `thresholds.did-you-mean`). Configuration `skillxiv: {tags-registry: path}`.

    ## Fix
    None: a near miss may still be the wrong area.
    """

    code = "SX009"
    name = "unknown-tag"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "tag is not in the tag registry"
    options = {"threshold": None}
    option_values = {"threshold": float}

    def check(self, doc, ctx):
        value = field_value(doc, "tags")
        if not isinstance(value, list) or not value:
            return
        line, column = value_position(doc, "tags")
        path = registry_path(doc, ctx)
        if path is None:
            yield self.diagnostic(doc, line, column, "no tags.json found at or above this skill's folder: "
                                  "tags are not checked (set skillxiv.tags-registry)", severity=Severity.INFO)
            return
        try:
            known = load_registry(path)
        except RegistryError as problem:
            yield self.diagnostic(doc, line, column, f"{problem}: tags are not checked", severity=Severity.INFO)
            return
        cutoff = threshold(ctx, "did-you-mean", 70)
        for tag in value:
            if not isinstance(tag, str) or tag in known:
                continue
            tag_line, tag_column = item_position(doc, "tags", tag)
            yield self.diagnostic(
                doc, tag_line, tag_column,
                f"tag '{tag}' is not in the tag registry{suggestion(tag, list(known), cutoff)}")
