from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import compiled, first_body_line


@register
class TitleShape(Rule):
    """The body has exactly one H1 title, shaped `Phenomenon/Question: Outcome`.

    ## What it checks
    That the body has one level-1 heading, and that it has text on both sides of a colon (the
    pack's `title.pattern`).

    ## Why it matters
    The guide's Phase 4 fixes the title: "`# [Phenomenon/Question]: [Outcome — what understanding
    this enables]`", e.g. "Attention Weights: Are They Explanations or Artifacts?". The phenomenon
    tells a reader what was studied, the outcome what they will understand.

    ## Bad
    ```markdown
    # Attention Analysis
    ```

    ## Good
    ```markdown
    # Attention Weights: Are They Explanations or Artifacts?
    ```

    ## Options
    Pack data `title.pattern` (a regular expression the H1 text must match).

    ## Fix
    None: the outcome has to be written.
    """

    code = "MA001"
    name = "title-shape"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "one H1 title shaped 'Phenomenon/Question: Outcome'"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        h1s = doc.h1s
        if not h1s:
            yield self.diagnostic(doc, first_body_line(doc), 1, "no H1 title: add '# Phenomenon/Question: Outcome'")
            return
        for extra in h1s[1:]:
            yield self.diagnostic(doc, extra.line, 1, f"{len(h1s)} H1 headings: the title must be the only H1")
        pattern = data.get("title", {}).get("pattern")
        title = h1s[0]
        if pattern and not compiled((pattern,)).search(title.title):
            yield self.diagnostic(
                doc,
                title.line,
                1,
                f"title '{title.title}' is not shaped 'Phenomenon/Question: Outcome' (text on both sides of a colon)",
            )
