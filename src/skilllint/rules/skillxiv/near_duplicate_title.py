from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import register
from skilllint.rules.skillxiv._near_duplicate_rule import NearDuplicateField


@register
class NearDuplicateTitle(NearDuplicateField):
    """Two skills for different papers whose titles are (nearly) the same.

    ## What it checks
    Across every file of the run, the `title` of each skill against all others with rapidfuzz's
    `ratio` after lower-casing and stripping punctuation (`process.cdist`, so the comparison
    runs in C++ on all cores). A pair at or above the threshold is reported on both files, naming
    the other. Skills whose `url` names the same paper are left out: they share the title by
    design, and `duplicate-paper-category` (SX201) judges them.

    ## Why it matters
    The `title` is "the exact paper title as published on arXiv". Two different papers with the
    same title mean that one title (or one `url`) is wrong, or that the same paper was filed under
    two identifiers.

    ## Bad
    `a/SKILL.md`: `title: "Attention Is All You Need"`, `url: .../1706.03762`;
    `b/SKILL.md`: `title: "Attention is all you need"`, `url: .../2501.00001`.

    ## Good
    Each title names its own paper.

    ## Options
    `threshold` (default: the pack's `thresholds.near-duplicate-title`, 95).

    ## Fix
    None.
    """

    code = "SX202"
    name = "near-duplicate-title"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "title is (nearly) the same as another skill's"
    options = {"threshold": None}
    option_values = {"threshold": float}
    field = "title"
    threshold_name = "near-duplicate-title"
    default_threshold = 95
