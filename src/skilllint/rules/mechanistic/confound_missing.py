from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, section_label, section_text


@register
class ConfoundMissing(Rule):
    """The Controls & Confounds section names no confound.

    ## What it checks
    That section 3 mentions at least one confound (pack cues `confound`: "confound",
    "alternative explanation", "could also explain", "spurious").

    ## Why it matters
    The guide's Avoiding Common Mistakes: "Don't miss the confounds. The controls section is often
    the most important part; don't skim it." and its Key Rule "Control narrative. Show what
    confounds exist and how the paper isolates its claims. This is the core of good analysis."

    ## Bad
    A Controls & Confounds section that only lists the datasets used.

    ## Good
    "A key confound: objects also have specific colours, so a unit could fire on the colour."

    ## Options
    Pack data `cues.confound`.

    ## Fix
    None.
    """

    code = "MA033"
    name = "confound-missing"
    severity = Severity.ERROR
    pack = "mechanistic-analysis"
    summary = "the Controls & Confounds section names no confound"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "controls")
        if section is None:
            return
        if not cue(data, "confound").search(section_text(section)):
            yield self.diagnostic(
                doc, section.line, 1, f"{section_label(spec)} names no confound: what could explain the result instead?"
            )
