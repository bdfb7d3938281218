from skilllint.claims.classifier import CONDITIONAL
from skilllint.claims.evidence import SCOPES
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.claims._common import INTERVENTION_SUMMARY, claims_for, quoted, without_capability


@register
class ConditionalClaimWithoutEvidence(Rule):
    """A hedged causal claim with no evidence of any kind nearby.

    ## What it checks
    A sentence classified as a conditional causal claim, a causal verb governed by a hedge ("may
    drive", "could mediate", "appears to suppress"), when its sentence, paragraph and section
    mention no evidence at all: neither an intervention nor a correlational measurement. As in
    `unlicensed-causal-claim`, a claim whose only causal verbs are capability verbs ("may enable
    longer contexts") is not reported.

    ## Why it matters
    A hedge is honest only when the reader can see what it hedges. The guide asks skills to
    "explain why [perturbation] is more informative than correlation"; a speculative mechanism
    with no stated basis reads as a finding once it is copied into another skill.

    ## Bad
    ```markdown
    Layer 20 may drive the refusal behaviour.
    ```

    ## Good
    ```markdown
    Refusal directions are linearly decodable from layer 20 (probe accuracy 0.91), so layer 20 may
    drive the refusal behaviour.
    ```

    ## Options
    `evidence-scope` (default `section`): `sentence`, `paragraph` or `section`.
    `report-capability` (default `false`): report capability statements too.

    ## Fix
    None automatic. Say what suggests the mechanism, or mark it as an open question to test.
    """

    code = "CL003"
    name = "conditional-claim-without-evidence"
    severity = Severity.INFO
    pack = "claims"
    summary = "hedged causal claim with no evidence nearby"
    options = {"evidence-scope": "section", "report-capability": False}
    option_values = {"evidence-scope": SCOPES}

    def check(self, doc, ctx):
        for claim in without_capability(claims_for(doc, ctx), ctx):
            if claim.classification.label != CONDITIONAL or claim.evidence:
                continue
            cue = claim.cue
            hedges = claim.classification.hedges
            hedge = f" (hedged by {quoted(hedges[0].phrase)})" if hedges else ""
            message = (
                f"conditional causal claim {quoted(cue.phrase if cue else claim.sentence.text)}{hedge} has no "
                f"evidence nearby; looked for {INTERVENTION_SUMMARY}, or for correlational evidence"
            )
            line, column = claim.position()
            end_line, end_column = claim.sentence.end
            yield self.diagnostic(doc, line, column, message, end_line=end_line, end_column=end_column)
