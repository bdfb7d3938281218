from __future__ import annotations

from skilllint.diagnostics import Edit, Fix, Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position


@register
class LicenseMismatch(Rule):
    """The `license` is not the repository's license (MIT by default).

    ## What it checks
    That `license` equals the expected license: the rule's `license` option, else the pack's
    `license` (`MIT`). A missing `license` is `frontmatter-schema` (SX001).

    ## Why it matters
    CONTRIBUTING.md: "`license`: Always `MIT`." A repository publishes its skills under one
    license; a skill under another cannot be redistributed with the rest, and a misspelling
    (`mit`, `MIT License`) defeats license scanners.

    ## Bad
    ```yaml
    license: Apache-2.0
    ```

    ## Good
    ```yaml
    license: MIT
    ```

    ## Options
    `license` (default: the pack's `license`, `MIT`).

    ## Fix
    Only for a spelling of the same license that differs by case or spaces (`mit` -> `MIT`),
    safe. A different license is left to the author.
    """

    code = "SX014"
    name = "license-mismatch"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "license differs from the repository's license"
    options = {"license": None}
    option_values = {"license": str}
    fixable = True

    def check(self, doc, ctx):
        value = field_value(doc, "license")
        expected = ctx.options.get("license") or ctx.pack_data().get("license", "MIT")
        if not isinstance(value, str) or not value.strip() or value == expected:
            return
        line, column = value_position(doc, "license")
        fix = None
        info = doc.frontmatter.keys.get("license")
        same = "".join(value.split()).casefold() == "".join(expected.split()).casefold()
        if same and info is not None and info.style in ("plain", "single", "double"):
            source = doc.text[info.value_start:info.value_end]
            quote = source[0] if info.style != "plain" else ""
            fix = Fix((Edit(info.value_start, info.value_end, f"{quote}{expected}{quote}"),),
                      description=f"write license as {expected}")
        yield self.diagnostic(doc, line, column, f"license is '{value.strip()}': skills here are licensed {expected}",
                              fix=fix)
