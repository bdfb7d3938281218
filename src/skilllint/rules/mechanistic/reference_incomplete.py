import re

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._reference import reference_block
from skilllint.rules.mechanistic._sections import compiled

_URL = re.compile(r"https?://\S+|\b(?:github\.com|gitlab\.com|huggingface\.co)/\S+", re.I)


@register
class ReferenceIncomplete(Rule):
    """The Reference block lacks `Code:` or `Related work:`, or `Code:` says neither a URL nor "none".

    ## What it checks
    Next to `Paper:`, a `Code:` line whose value is a URL or an explicit "none" / "not available"
    (pack `reference.code_none`), and a non-empty `Related work:` line.

    ## Why it matters
    The guide's Reference block has three lines: "Paper: …", "Code: [URL if available]",
    "Related work: [Paper name, for other mechanistic analyses]"; its Key Rules ask for
    "Replicability focus", and code (or knowing there is none) is the first thing a replicator
    needs. A left-over template value such as `[URL if available]` says nothing.

    ## Bad
    ```markdown
    Paper: https://arxiv.org/abs/1704.05796
    Code: [URL if available]
    ```

    ## Good
    ```markdown
    Paper: https://arxiv.org/abs/1704.05796
    Code: none released
    Related work: Feature Visualization (Olah et al., 2017)
    ```

    ## Options
    Pack data `reference.code_labels`, `reference.related_labels`, `reference.code_none`.

    ## Fix
    None.
    """

    code = "MA010"
    name = "reference-incomplete"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "Reference block lacks 'Code:' or 'Related work:'"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        block = reference_block(doc, data)
        paper = block.fields.get("paper")
        if paper is None:
            return
        code = block.fields.get("code")
        if code is None:
            yield self.diagnostic(doc, paper.line, 1, "no 'Code:' line: give the code URL or say 'none'")
        elif not _URL.search(code.value) and not compiled(tuple(data.get("reference", {}).get("code_none", ()))).search(
            code.value
        ):
            yield self.diagnostic(
                doc,
                code.line,
                code.column,
                f"'Code: {code.value}' is neither a URL nor an explicit 'none'",
            )
        related = block.fields.get("related")
        if related is None:
            yield self.diagnostic(doc, paper.line, 1, "no 'Related work:' line: name related mechanistic analyses")
        elif not related.value.strip():
            yield self.diagnostic(doc, related.line, related.column, "'Related work:' is empty")
