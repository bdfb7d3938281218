from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import section_label, section_map


@register
class SectionOutOfOrder(Rule):
    """A section comes before one that the guide puts ahead of it.

    ## What it checks
    The order of the first heading of each of the nine sections; a section that appears after a
    later-numbered one is reported at its heading.

    ## Why it matters
    The guide's Phase 4 orders the sections from question to approach, controls, findings,
    implications, methodology, limitations, related questions and "Section 9: When to Apply This
    Diagnostic": each builds on the one before (findings mean little before the controls).

    ## Bad
    `## Core Findings` before `## The Analytical Approach`.

    ## Good
    The nine sections in the guide's order.

    ## Options
    Pack data `sections` (its order is the expected one).

    ## Fix
    None: moving sections is a change of the author's text.
    """

    code = "MA004"
    name = "section-out-of-order"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "section out of the guide's order"

    def check(self, doc, ctx):
        latest = None
        for match in section_map(doc, ctx.pack_data()).first.values():
            if latest is not None and match.spec.index < latest.spec.index:
                yield self.diagnostic(
                    doc,
                    match.section.line,
                    1,
                    f"{section_label(match.spec)} comes after {section_label(latest.spec)}: the guide puts it before",
                )
            elif latest is None or match.spec.index > latest.spec.index:
                latest = match
