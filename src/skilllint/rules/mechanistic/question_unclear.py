from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, section_label
from skilllint.rules.mechanistic._sentences import iter_sentences


@register
class QuestionUnclear(Rule):
    """The Research Question section does not state a question.

    ## What it checks
    That section 1 has an interrogative sentence (ending in "?") or says what the paper "asks
    whether / how / why" (pack cues `question`).

    ## Why it matters
    The guide's Phase 5 check: "Question clarity: Is the research question stated as a specific,
    answerable question (not vague)?"

    ## Bad
    "This paper studies attention in Transformers."

    ## Good
    "Do attention weights explain what the model uses for its prediction?"

    ## Options
    Pack data `cues.question`.

    ## Fix
    None.
    """

    code = "MA030"
    name = "question-unclear"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "the Research Question section never states the question"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "question")
        if section is None:
            return
        pattern = cue(data, "question")
        if not any(pattern.search(s.text) for s in iter_sentences(doc, section)):
            yield self.diagnostic(
                doc, section.line, 1, f"{section_label(spec)} states no question: ask it ('Do …?', 'asks whether …')"
            )
