from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import section_label, section_map


@register
class DuplicateSection(Rule):
    """One of the nine sections appears twice.

    ## What it checks
    Section-level headings that match a section already seen earlier in the document.

    ## Why it matters
    The guide's Phase 4 gives each section one place ("Section 3: Controls & Confounds (2
    paragraphs)"); a second one splits the content and the paragraph counts no longer mean
    anything.

    ## Bad
    Two `## Core Findings` headings.

    ## Good
    One `## Core Findings` with subsections if needed.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "MA005"
    name = "duplicate-section"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "section appears more than once"

    def check(self, doc, ctx):
        found = section_map(doc, ctx.pack_data())
        for match in found.matches:
            if match.spec is None:
                continue
            first = found.first[match.spec.id]
            if first is not match:
                yield self.diagnostic(
                    doc,
                    match.section.line,
                    1,
                    f"{section_label(match.spec)} already started at line {first.section.line}",
                )
