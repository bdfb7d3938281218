from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import register
from skilllint.rules.skillxiv._near_duplicate_rule import NearDuplicateField


@register
class NearDuplicateDescription(NearDuplicateField):
    """Two skills for different papers whose descriptions are (nearly) the same.

    ## What it checks
    Across every file of the run, the `description` of each skill against all others with
    rapidfuzz's `ratio` after lower-casing and stripping punctuation (`process.cdist` over the
    upper triangle of the score matrix, in C++ on all cores). A pair at or above the threshold
    is reported on both files, naming the other. Skills whose `url` names the same paper are left
    to `duplicate-paper-category` (SX201). Descriptions under 20 characters are not compared.

    ## Why it matters
    An agent picks a skill by its description alone. paper2skill's batch review asks to "check
    for redundancy, ensure trigger descriptions don't overlap": two skills with one description
    compete for the same requests, and a boilerplate description ("Research contribution
    advancing ...") describes no skill at all.

    ## Bad
    Two skills for different papers, both with
    `description: "Research contribution advancing agent and reasoning capabilities."`

    ## Good
    Each description states its own outcome and triggers.

    ## Options
    `threshold` (default: the pack's `thresholds.near-duplicate-description`, 90).

    ## Fix
    None.
    """

    code = "SX203"
    name = "near-duplicate-description"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "description is (nearly) the same as another skill's"
    options = {"threshold": None}
    option_values = {"threshold": float}
    field = "description"
    threshold_name = "near-duplicate-description"
    default_threshold = 90
    min_length = 20
