from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, section_label, section_text, threshold


@register
class FindingsNotQuantitative(Rule):
    """The Core Findings section carries no numbers.

    ## What it checks
    That section 4 (prose and tables) has at least `thresholds.min_numbers` quantities: a
    percentage, a decimal, a multiplier, a statistic such as `p < 0.01`, a number of two or more
    digits (pack cues `numbers`). Finding labels ("Finding 1") do not count.

    ## Why it matters
    The guide's section 4 says "Include specific numbers/data", and its Phase 5 check asks
    "Findings specificity: Are results quantitative/specific (not hand-wavy)?" (its example:
    "accuracy drops from 95.2% to 94.8% in BERT on MNLI").

    ## Bad
    "Perturbing attention barely changes accuracy."

    ## Good
    "Perturbing attention moves accuracy from 95.2% to 94.8%."

    ## Options
    Pack data `cues.numbers`, `thresholds.min_numbers`.

    ## Fix
    None.
    """

    code = "MA036"
    name = "findings-not-quantitative"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "the Core Findings section carries no numbers"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "findings")
        if section is None:
            return
        text = cue(data, "finding_label").sub(" ", section_text(section))
        minimum = threshold(data, "min_numbers", 1)
        if len(cue(data, "numbers").findall(text)) < minimum:
            yield self.diagnostic(
                doc, section.line, 1, f"{section_label(spec)} has no numbers: report the measured effect sizes"
            )
