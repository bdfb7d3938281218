from skilllint.diagnostics import Edit, Fix, Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import heading_edit, section_map


@register
class SectionHeadingNearMiss(Rule):
    """A heading that is a misspelling of one of the nine section titles.

    ## What it checks
    Section-level headings that match no title or alias exactly but come within the pack's
    `headings.near_miss_score` (rapidfuzz ratio, 0-100) of one, such as `## Controls & Confunds`
    or `## Practioner Implications`. The section counts as present; the heading gets a "did you
    mean".

    ## Why it matters
    The guide names the sections ("Section 3: Controls & Confounds (2 paragraphs)"); readers and
    tools that look for a section by its name miss a misspelt one.

    ## Bad
    ```markdown
    ## Controls & Confunds
    ```

    ## Good
    ```markdown
    ## Controls & Confounds
    ```

    ## Options
    Pack data `headings.near_miss_score`.

    ## Fix
    Safe: renames the heading to the canonical title, keeping any numbering and any suffix after
    a colon.
    """

    code = "MA003"
    name = "section-heading-near-miss"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "section heading is a near miss of a canonical title"
    fixable = True

    def check(self, doc, ctx):
        for match in section_map(doc, ctx.pack_data()).matches:
            if match.spec is None or match.exact:
                continue
            heading = match.section.heading
            edit = heading_edit(doc, heading, match.spec.title)
            fix = None
            if edit is not None:
                fix = Fix((Edit(*edit),), f"rename the heading to '{match.spec.title}'")
            yield self.diagnostic(
                doc,
                heading.line,
                1,
                f"heading '{match.section.title}' is not a section title: did you mean '{match.spec.title}'?",
                fix=fix,
            )
