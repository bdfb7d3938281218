from skilllint.claims.classifier import DIRECT
from skilllint.claims.evidence import INTERVENTION, SCOPES, WEAK, describe
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.claims._common import (
    INTERVENTION_SUMMARY,
    claims_for,
    correlational_nearby,
    quoted,
    without_capability,
)


@register
class UnlicensedCausalClaim(Rule):
    """A direct causal claim with no intervention evidence and no correlational finding nearby.

    ## What it checks
    A sentence classified as a direct causal claim ("head 9.1 is responsible for copying the
    name", "the feature suppresses refusals") when neither its sentence, its paragraph nor its
    section mentions intervention evidence (ablation, activation patching, causal tracing,
    steering ...) and no correlational finding about the same thing sits next to it. A claim with
    only weak evidence (attribution patching, a gradient approximation) is reported too, naming
    that evidence. A claim resting on a nearby correlational finding is
    `causation-from-correlation`'s business. In a heading, only a clause with a subject and a
    causal verb is a claim ("Induction heads cause in-context learning"); section titles such as
    "Controls & Confounds" or "Effects of Scale" are not. A claim whose only causal verbs are
    capability verbs (pack `capability_verbs`: "the cache enables longer contexts") says what a
    design makes possible, not what an experiment found, and is not reported.

    The interventions looked for (pack `intervention_evidence`; the messages name a few) are
    ablation (zero, mean, resample), knockout, activation or path patching, causal tracing,
    interchange interventions, causal scrubbing, mediation analysis, perturbing or scrambling
    activations or weights, steering or clamping a feature, model editing, retraining without a
    component, and randomised or controlled experiments.

    ## Why it matters
    The guide: "Mechanistic papers often use perturbation to test causality; explain why this is
    more informative than correlation." A causal statement with no stated method cannot be
    checked by the agent that follows the skill.

    ## Bad
    ```markdown
    Head 9.1 is responsible for copying the indirect object's name.
    ```

    ## Good
    ```markdown
    Mean-ablating head 9.1 removes 60% of the logit difference, so head 9.1 is responsible for
    copying the indirect object's name.
    ```

    ## Options
    `evidence-scope` (default `section`): `sentence`, `paragraph` or `section`.
    `correlational-scope` (default `paragraph`): keep it equal to `causation-from-correlation`'s, so
    that every unlicensed claim is reported by exactly one of the two rules.
    `report-capability` (default `false`): report capability statements too.

    ## Fix
    None automatic. Name the intervention that established the claim, or state it as a hypothesis.
    """

    code = "CL002"
    name = "unlicensed-causal-claim"
    severity = Severity.INFO
    pack = "claims"
    summary = "direct causal claim with no evidence nearby"
    options = {"evidence-scope": "section", "correlational-scope": "paragraph", "report-capability": False}
    option_values = {"evidence-scope": SCOPES, "correlational-scope": SCOPES}

    def check(self, doc, ctx):
        for claim in without_capability(claims_for(doc, ctx), ctx):
            if claim.classification.label != DIRECT:
                continue
            if INTERVENTION in claim.evidence or correlational_nearby(claim, ctx) is not None:
                continue
            cue = claim.cue
            weak = claim.evidence.get(WEAK)
            message = f"direct causal claim {quoted(cue.phrase if cue else claim.sentence.text)} " + (
                f"has only weak evidence ({describe(weak)})" if weak else "has no evidence nearby"
            ) + f"; looked for {INTERVENTION_SUMMARY}"
            line, column = claim.position()
            end_line, end_column = claim.sentence.end
            yield self.diagnostic(doc, line, column, message, end_line=end_line, end_column=end_column)
