"""AX004: the references that name the skill's paper disagree."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.ids import InvalidArxivId, parse_id
from skilllint.arxiv.references import document_references
from skilllint.arxiv.settings import today
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import Rule, RuleContext, register

_WHAT = {
    "frontmatter-url": "the frontmatter url",
    "arxiv-line": "the ARXIV: line",
    "url-line": "the URL: line",
    "paper-line": "the Paper: line",
}


@register
class InconsistentArxivId(Rule):
    """The references meant to name the skill's paper name different papers.

    ## What it checks
    The frontmatter `url`, the `ARXIV:` and `URL:` lines and the `Paper:` line of the Reference
    block all name the skill's own paper, so they must name the same identifier (versions aside:
    `2501.01234v2` and `2501.01234` are the same paper). Each reference that names another
    identifier than the first one is reported, with both lines. Other citations in the body are
    free to name other papers.

    ## Why it matters
    The guide's header asks for one "verified arXiv ID" and one "full verified arXiv URL" for the
    paper. When two of them disagree at least one is wrong, and a reader cannot tell which.

    ## Bad
    ```markdown
    url: "https://arxiv.org/abs/2501.01234"
    ...
    Paper: https://arxiv.org/abs/2501.01243
    ```

    ## Good
    ```markdown
    url: "https://arxiv.org/abs/2501.01234"
    ...
    Paper: https://arxiv.org/abs/2501.01234
    ```

    ## Options
    None.

    ## Fix
    None: which of the two is right needs the paper.
    """

    code = "AX004"
    name = "inconsistent-arxiv-id"
    severity = Severity.ERROR
    summary = "references to the skill's paper name different arXiv identifiers"

    def check(self, doc, ctx: RuleContext) -> Iterator[Diagnostic]:
        current = today(ctx.settings)
        first = None
        reported: set[tuple[int, str]] = set()
        for ref in document_references(doc):
            if not ref.names_paper:
                continue
            try:
                base = parse_id(ref.id_text, today=current).base
            except InvalidArxivId:
                continue
            if first is None:
                first = (ref, base)
                continue
            first_ref, first_base = first
            if base == first_base or (ref.line, base) in reported:
                continue
            reported.add((ref.line, base))
            yield self.diagnostic(
                doc,
                ref.line,
                ref.column,
                f"{_WHAT[ref.source]} (line {ref.line}) names arXiv {base} but "
                f"{_WHAT[first_ref.source]} (line {first_ref.line}) names {first_base}",
                end_line=ref.line,
                end_column=ref.end_column,
            )
