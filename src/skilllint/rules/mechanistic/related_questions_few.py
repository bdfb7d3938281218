from skilllint.diagnostics import Severity
from skilllint.document import ListBlock
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import located, section_label, threshold
from skilllint.rules.mechanistic._sentences import iter_sentences


@register
class RelatedQuestionsFew(Rule):
    """Related Mechanistic Questions lists fewer than two questions.

    ## What it checks
    The questions of section 8, counted as the larger of its list items and its sentences that end
    in "?", against `thresholds.min_related_questions`.

    ## Why it matters
    The guide's section 8 asks "What other questions in this area has this methodology
    illuminated?" and "What natural follow-ups exist?"; its example lists four. Its Key Rule
    "Generality discussion" is served by them.

    ## Bad
    One follow-up question.

    ## Good
    A list of two or more follow-up questions.

    ## Options
    Pack data `thresholds.min_related_questions`.

    ## Fix
    None.
    """

    code = "MA040"
    name = "related-questions-few"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "fewer than two related mechanistic questions"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, spec = located(doc, data, "related")
        if section is None:
            return
        items = sum(len(b.items) for b in section.all_blocks() if isinstance(b, ListBlock))
        asked = sum(1 for s in iter_sentences(doc, section) if s.text.rstrip("*_ )").endswith("?"))
        minimum = threshold(data, "min_related_questions", 2)
        if max(items, asked) < minimum:
            yield self.diagnostic(
                doc,
                section.line,
                1,
                f"{section_label(spec)} lists {max(items, asked)} question(s); list at least {minimum}",
            )
