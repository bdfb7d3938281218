from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._reference import reference_block


@register
class ReferencePaperMissing(Rule):
    """The skill does not say which paper it comes from.

    ## What it checks
    A `Paper:` line, in a `Reference` section when there is one, otherwise anywhere in the body
    (the guide writes the Reference block as a code block; bold labels and list items work too).

    ## Why it matters
    The guide ends every skill with a "**Reference:**" block whose first line is
    "Paper: https://arxiv.org/abs/XXXX.XXXXX". Without it a reader cannot check a single claim.

    ## Bad
    A skill with no Reference block.

    ## Good
    ```markdown
    ## Reference

    Paper: https://arxiv.org/abs/1704.05796
    Code: https://github.com/CSAILVision/NetDissect
    Related work: Feature Visualization (Olah et al., 2017)
    ```

    ## Options
    Pack data `reference.section_titles`, `reference.paper_labels`.

    ## Fix
    None.
    """

    code = "MA008"
    name = "reference-paper-missing"
    severity = Severity.ERROR
    pack = "mechanistic-analysis"
    summary = "no 'Paper:' line naming the source paper"

    def check(self, doc, ctx):
        block = reference_block(doc, ctx.pack_data())
        if "paper" in block.fields:
            return
        where = "the Reference section" if block.heading_line else "the body"
        line = block.heading_line or max(len(doc.lines), 1)
        yield self.diagnostic(doc, line, 1, f"no 'Paper:' line in {where}: add 'Paper: https://arxiv.org/abs/<id>'")
