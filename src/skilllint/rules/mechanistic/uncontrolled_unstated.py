from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, section_text


@register
class UncontrolledUnstated(Rule):
    """Neither Controls & Confounds nor Limitations says what the method leaves open.

    ## What it checks
    That section 3 or section 7 says what remains uncontrolled or what the methodology cannot
    tell (pack cues `uncontrolled`: "not controlled", "cannot tell", "does not show",
    "remains open", "open question", "blind spot", …).

    ## Why it matters
    The guide's Key Rule "Honest about limitations. Mechanistic analysis often has blind spots.
    Acknowledge what the methodology can and can't tell you.", and its section 7 question "What
    can't this methodology tell us?"; the extraction template asks "Any unaddressed confounds?".

    ## Bad
    Limitations that only list future work.

    ## Good
    "The perturbation test cannot tell whether attention is necessary, only whether it is sufficient."

    ## Options
    Pack data `cues.uncontrolled`.

    ## Fix
    None.
    """

    code = "MA035"
    name = "uncontrolled-unstated"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "nothing says what remains uncontrolled or what the method cannot tell"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        controls, _ = located(doc, data, "controls")
        limitations, spec = located(doc, data, "limitations")
        present = [s for s in (controls, limitations) if s is not None]
        if not present:
            return
        pattern = cue(data, "uncontrolled")
        if any(pattern.search(section_text(s)) for s in present):
            return
        target = limitations or controls
        yield self.diagnostic(
            doc, target.line, 1, "nothing says what remains uncontrolled or what the method cannot tell"
        )
