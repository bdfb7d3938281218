from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located
from skilllint.rules.mechanistic._sentences import iter_sentences

_SECTIONS = ("findings", "implications", "methodology")


@register
class OvergeneralClaim(Rule):
    """A sentence in the findings, implications or methodology claims universality without scope.

    ## What it checks
    Sentences of sections 4-6 with a universal quantifier (pack cues `universal`: "always",
    "all models", "any architecture", "universally", "regardless of", …) and no scope or hedge in
    the same sentence (cues `scope`: "may", "typically", "in the models studied", "only", …).

    ## Why it matters
    The guide's Avoiding Common Mistakes: "Don't claim more generality than warranted. If findings
    are task-specific, say so explicitly."; its Phase 5 check "Generality realistic: Does the skill
    honestly assess where the methodology generalizes?"

    ## Bad
    "Attention is always a poor explanation in any architecture."

    ## Good
    "In the three BERT-style models studied, attention was a poor explanation."

    ## Options
    Pack data `cues.universal`, `cues.scope`.

    ## Fix
    None.
    """

    code = "MA042"
    name = "overgeneral-claim"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "universal claim without scope or hedge"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        universal, scope = cue(data, "universal"), cue(data, "scope")
        for section_id in _SECTIONS:
            section, _ = located(doc, data, section_id)
            if section is None:
                continue
            for sentence in iter_sentences(doc, section):
                match = universal.search(sentence.text)
                if match and not scope.search(sentence.text):
                    line, column = sentence.position(match.start())
                    yield self.diagnostic(
                        doc,
                        line,
                        column,
                        f"'{match.group(0)}' claims more generality than a single study shows: "
                        "scope it to the models and tasks studied, or hedge it",
                    )
