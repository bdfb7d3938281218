from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, threshold


@register
class TechniqueExtraction(Rule):
    """The skill reads like a technique extraction: mostly code, implementation or training recipe.

    ## What it checks
    The share of the body's lines that sit in code blocks or in sections whose heading names an
    implementation, hyperparameters, a training recipe, installation or code examples (pack cues
    `technique_headings`), against `thresholds.technique_max_share` (0.5 by default). Reported at
    the first such section, or the first code block.

    ## Why it matters
    The guide's Avoiding Common Mistakes: "Don't extract as technique papers. Mechanistic analysis
    isn't an algorithm to implement — it's a methodology to apply to new questions."

    ## Bad
    A skill whose body is mostly a training script and a hyperparameter table.

    ## Good
    Prose that explains the measurement, its controls and when to use it; code only where it makes
    a step concrete.

    ## Options
    Pack data `thresholds.technique_max_share`, `cues.technique_headings`.

    ## Fix
    None.
    """

    code = "MA041"
    name = "technique-extraction"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "body dominated by code or implementation detail"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        body_lines = [n for n in range(doc.body_start_line, len(doc.lines) + 1) if doc.line_text(n).strip()]
        if not body_lines:
            return
        technique = cue(data, "technique_headings")
        counted: set[int] = set(doc.code_lines)
        first_section = None
        for section in doc.iter_sections():
            if section.heading is not None and technique.search(section.title):
                first_section = first_section or section
                counted.update(range(section.line, section.end_line + 1))
        share = len(counted.intersection(body_lines)) / len(body_lines)
        limit = threshold(data, "technique_max_share", 0.5)
        if share > limit:
            line = first_section.line if first_section else min(doc.code_lines, default=doc.body_start_line)
            yield self.diagnostic(
                doc,
                line,
                1,
                f"{share:.0%} of the body is code or implementation detail (limit {limit:.0%}): "
                "teach the analytical approach, not a technique",
            )
