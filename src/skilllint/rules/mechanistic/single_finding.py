from skilllint.diagnostics import Severity
from skilllint.document import ListBlock
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, prose_blocks, section_label, threshold, units


@register
class SingleFinding(Rule):
    """The Core Findings section reports only one finding.

    ## What it checks
    The number of findings in section 4, taken as the largest of: its subsections, its "Finding N"
    labels (pack cues `finding_label`), the items of its lists and its paragraphs; fewer than
    `thresholds.min_findings` is reported.

    ## Why it matters
    The guide's Avoiding Common Mistakes: "Don't oversimplify to one finding. The methodology and
    controls matter more than the specific result."; its section 4 example has a main, a
    surprising and a nuancing finding.

    ## Bad
    One paragraph with the headline result.

    ## Good
    "Finding 1 (Main): …", "Finding 2 (Surprising): …", "Finding 3 (Nuance): …".

    ## Options
    Pack data `thresholds.min_findings`, `cues.finding_label`.

    ## Fix
    None.
    """

    code = "MA037"
    name = "single-finding"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "the Core Findings section reports only one finding"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "findings")
        if section is None:
            return
        labels = cue(data, "finding_label")
        found = units(section)
        count = max(
            len(section.children),
            sum(1 for _, text in found if labels.search(text)),
            sum(len(b.items) for b in section.all_blocks() if isinstance(b, ListBlock)),
            len([b for b in prose_blocks(section, data) if b.kind == "paragraph"]),
        )
        minimum = threshold(data, "min_findings", 2)
        if count < minimum:
            yield self.diagnostic(
                doc,
                section.line,
                1,
                f"{section_label(spec)} reports {count} finding(s): give the secondary and surprising ones too",
            )
