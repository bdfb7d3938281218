from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, section_label, section_text


@register
class TransferMissing(Rule):
    """Methodology You Can Reuse does not show how to apply the approach to a new question.

    ## What it checks
    That section 6 talks about a new question, model, task or domain, or how "to apply" the
    approach (pack cues `transfer`).

    ## Why it matters
    The guide's section 6 asks "How would you apply this analytical approach to a new question?",
    its Key Rule "Methodology > findings. … Teach practitioners how to ask similar questions.", and
    its Phase 5 check "Not just summarizing: Does it teach the analytical approach, not just list
    findings?"

    ## Bad
    A methodology section that restates the paper's experiment.

    ## Good
    "To apply this to a new question like 'Are LayerNorm statistics important?' you would: (1) …"

    ## Options
    Pack data `cues.transfer`.

    ## Fix
    None.
    """

    code = "MA039"
    name = "transfer-missing"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "Methodology You Can Reuse does not show how to apply it to a new question"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "methodology")
        if section is None:
            return
        if not cue(data, "transfer").search(section_text(section)):
            yield self.diagnostic(
                doc, section.line, 1, f"{section_label(spec)} does not show how to apply the approach to a new question"
            )
