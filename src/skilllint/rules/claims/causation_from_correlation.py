from skilllint.claims.classifier import DIRECT
from skilllint.claims.evidence import INTERVENTION, SCOPES, WEAK, describe
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.claims._common import INTERVENTION_SUMMARY, claims_for, correlational_nearby, quoted, shifted


@register
class CausationFromCorrelation(Rule):
    """A direct causal claim whose only nearby evidence is correlational.

    ## What it checks
    Every prose sentence is classified by claim strength. A sentence that states a direct causal
    claim ("unit 42 makes the model detect dogs", "head 9.1 drives the prediction") is paired with
    the evidence around it. When no intervention (ablation, activation patching, causal tracing,
    steering ...) is mentioned in its sentence, paragraph or section, and the nearby evidence is a
    correlational finding about the same thing, the claim is reported. A correlational finding is a
    sentence that reports an association ("unit 42 correlates with dogs", "is associated with",
    "is linearly decodable from", "fires on", "responds selectively to") or a correlational
    instrument with a measured value ("probe accuracy reached 91%", "IoU of 0.62"); it must share
    content words with the claim's subject (the words of its clause before the causal phrase) and sit
    in the claim's own paragraph, list item or table row, or in the paragraph or list item right
    before it in its section (for a heading, the one right under it; a claim whose subject is a pronoun, "It therefore drives copying", rests on the finding right
    before it in its paragraph). A claim that the text says does not follow ("this does not mean X causes Y") or is still to
    be shown ("patching would be needed to show that X drives Y") is not made. Merely naming a method ("we visualise attention patterns", "compute IoU"), an instruction to
    measure one, or a setting ("IoU threshold 0.5") is not a finding, and a consequence stated as a
    participle ("..., enabling X") is not a claim this rule judges. It is an error when the
    sentence itself gives the finding as its ground ("because X correlates with Y, X causes Y",
    "X correlates with Y, so X causes Y"), a warning otherwise; weak causal evidence (attribution
    patching, a gradient approximation) nearby lowers the severity by one step.

    ## Why it matters
    The mechanistic-analysis guide's fifth common mistake: "Don't treat correlation as causation.
    Mechanistic papers often use perturbation to test causality." Skill files restate findings, and
    the restating is where "unit 42 correlates with dogs" becomes "unit 42 makes the model detect
    dogs".

    ## Bad
    ```markdown
    The probe reads the subject's country from layer 12 with 94% accuracy, so layer 12 drives
    the model's answer.
    ```

    ## Good
    ```markdown
    The probe reads the subject's country from layer 12 with 94% accuracy. Zero-ablating layer 12's
    MLP drops accuracy from 81% to 12%, so layer 12 drives the model's answer.
    ```

    ## Options
    `evidence-scope` (default `section`): how far to look for evidence, `sentence`, `paragraph` or
    `section` (the sentence's innermost section, subsections included). `correlational-scope`
    (default `paragraph`): how close a correlational finding must be to count as what the claim
    rests on (`sentence`, `paragraph` = the same paragraph or list item or the one right before it,
    or `section`); farther away
    it is more often about something else, and the claim is left to `unlicensed-causal-claim`. The
    vocabularies are the
    `claims` pack's data (`intervention_evidence`, `weak_evidence`, `correlational_evidence`, the
    causal lexicons), so a lab can add its own instruments.

    ## Fix
    None automatic. Cite the intervention that supports the claim, or weaken the claim to what the
    evidence shows ("layer 12 encodes the country", "is associated with").
    """

    code = "CL001"
    name = "causation-from-correlation"
    severity = Severity.WARNING
    pack = "claims"
    summary = "direct causal claim supported only by correlational evidence"
    options = {"evidence-scope": "section", "correlational-scope": "paragraph"}
    option_values = {"evidence-scope": SCOPES, "correlational-scope": SCOPES}

    def check(self, doc, ctx):
        base = ctx.severity or self.severity
        for claim in claims_for(doc, ctx):
            if claim.classification.label != DIRECT or INTERVENTION in claim.evidence:
                continue
            correlational = correlational_nearby(claim, ctx)
            if correlational is None:
                continue
            severity = shifted(base, 1) if claim.correlational_in_sentence else base
            weak = claim.evidence.get(WEAK)
            if weak is not None:
                severity = shifted(severity, -1)
            cue = claim.cue
            message = (
                f"direct causal claim {quoted(cue.phrase if cue else claim.sentence.text)} rests on correlational "
                f"evidence ({describe(correlational)})"
                + (f" and weak evidence ({describe(weak)})" if weak else "")
                + f"; looked for {INTERVENTION_SUMMARY}"
            )
            line, column = claim.position()
            end_line, end_column = claim.sentence.end
            yield self.diagnostic(
                doc, line, column, message, end_line=end_line, end_column=end_column, severity=severity
            )
