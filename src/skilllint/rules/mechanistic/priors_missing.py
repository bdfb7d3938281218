from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, prose_text, section_label


@register
class PriorsMissing(Rule):
    """The Research Question section does not say what people believed before the paper.

    ## What it checks
    That section 1 mentions the prior belief (pack cues `priors`: "commonly believe",
    "assumption", "conventional wisdom", "prior work", …).

    ## Why it matters
    The guide's section 1 asks "What do people commonly believe?", and its extraction template has
    a "RELATIONSHIP TO PRIORS: What did people believe before this paper?" block. A finding is only
    surprising, or useful, against what it overturns.

    ## Bad
    A Research Question section that only describes the experiment.

    ## Good
    "Attention weights are widely assumed to show which tokens mattered."

    ## Options
    Pack data `cues.priors`.

    ## Fix
    None.
    """

    code = "MA031"
    name = "priors-missing"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "the Research Question section does not say what people believed before"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "question")
        if section is None:
            return
        if not cue(data, "priors").search(prose_text(section)):
            yield self.diagnostic(
                doc, section.line, 1, f"{section_label(spec)} does not say what people believed before (the prior)"
            )
