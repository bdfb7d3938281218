from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, prose_text, section_label


@register
class RelevanceOneSided(Rule):
    """Practitioner Implications does not say both when the finding matters and when it does not.

    ## What it checks
    That section 5 says when the finding is relevant (pack cues `relevance_when`: "when this
    matters", "relevant when", "useful if", …) and when it is not (cues `relevance_when_not`:
    "when it does not", "doesn't matter", "not relevant", …).

    ## Why it matters
    The guide's section 5 asks "When is this relevant?" and "When is this NOT relevant?", and
    its example closes with "When this matters: … When this doesn't matter: …". Its Phase 5
    check: "Practitioner relevance: Would a practitioner know when and how to apply this
    finding?"

    ## Bad
    A list of recommendations with no scope.

    ## Good
    "When this matters: explaining predictions to stakeholders. When it does not: plain classification."

    ## Options
    Pack data `cues.relevance_when`, `cues.relevance_when_not`.

    ## Fix
    None.
    """

    code = "MA038"
    name = "relevance-one-sided"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "Practitioner Implications does not say both when the finding matters and when it does not"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "implications")
        if section is None:
            return
        text = prose_text(section)
        missing = [
            label
            for key, label in (
                ("relevance_when", "when the finding matters"),
                ("relevance_when_not", "when it does not"),
            )
            if not cue(data, key).search(text)
        ]
        if missing:
            yield self.diagnostic(doc, section.line, 1, f"{section_label(spec)} does not say {' or '.join(missing)}")
