from skilllint.diagnostics import Severity
from skilllint.document import ListBlock
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, prose_text


@register
class ProcedureNotStepwise(Rule):
    """Neither the Analytical Approach nor the Methodology section gives the procedure as steps.

    ## What it checks
    That section 2 or section 6 has a numbered list, or an inline enumeration such as
    "(1) … (2) …" or "Step 1 … Step 2" (pack cues `steps`).

    ## Why it matters
    The guide's Phase 5 check: "Methodology explainability: Could someone replicate the analytical
    approach from the skill description?"; its examples write the procedure as "(1) Run the model
    normally … (2) Modify attention weights … (3) Re-run … (4) Compare".

    ## Bad
    An approach described in one narrative paragraph.

    ## Good
    "(1) Record predictions. (2) Perturb the weights. (3) Re-run. (4) Compare."

    ## Options
    Pack data `cues.steps`.

    ## Fix
    None.
    """

    code = "MA032"
    name = "procedure-not-stepwise"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "the approach is not given as ordered steps"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        approach, spec = located(doc, data, "approach")
        methodology, _ = located(doc, data, "methodology")
        present = [s for s in (approach, methodology) if s is not None]
        if not present:
            return
        pattern = cue(data, "steps")
        for section in present:
            if any(isinstance(b, ListBlock) and b.ordered for b in section.all_blocks()):
                return
            if pattern.search(prose_text(section)):
                return
        yield self.diagnostic(
            doc,
            present[0].line,
            1,
            "the procedure is not given as ordered steps: number them ('(1) … (2) …' or a numbered list)",
        )
