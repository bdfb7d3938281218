"""AX002: an arXiv identifier that breaks the identifier grammar."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.ids import InvalidArxivId, parse_id
from skilllint.arxiv.references import document_references
from skilllint.arxiv.settings import today
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import Rule, RuleContext, register


@register
class InvalidArxivIdRule(Rule):
    """An arXiv identifier that cannot exist.

    ## What it checks
    The identifier of every arXiv reference against arXiv's grammar, both eras:

    - new style `YYMM.NNNN` for 2007-04 to 2014-12 and `YYMM.NNNNN` from 2015-01, month 01-12,
      no month after the current one, sequence number not zero, optional `vN` (N >= 1);
    - old style `archive(.subject-class)?/YYMMNNN` (1991-08 to 2007-03) with a known archive
      (`hep-th`, `math`, `cs`, `chao-dyn`, ...) and, if given, one of its subject classes
      (`math.GT`, `cs.LG`, `cond-mat.str-el`, ...).

    Placeholders are left to `arxiv-placeholder` (AX001).

    ## Why it matters
    The guide asks for a "verified arXiv ID". An identifier that breaks the grammar is a typo or an
    invention: it cannot name any paper, and the check needs no network.

    ## Bad
    ```markdown
    Paper: https://arxiv.org/abs/2513.01234
    ```

    ## Good
    ```markdown
    Paper: https://arxiv.org/abs/2501.01234
    ```

    ## Options
    None. The current month is today's date.

    ## Fix
    None: the right identifier is not knowable from the wrong one.
    """

    code = "AX002"
    name = "invalid-arxiv-id"
    severity = Severity.ERROR
    summary = "arXiv identifier breaks the identifier grammar"

    def check(self, doc, ctx: RuleContext) -> Iterator[Diagnostic]:
        current = today(ctx.settings)
        seen: set[tuple[int, str]] = set()
        for ref in document_references(doc):
            if (ref.line, ref.id_text) in seen:
                continue
            seen.add((ref.line, ref.id_text))
            try:
                parse_id(ref.id_text, today=current)
            except InvalidArxivId as problem:
                if problem.reason == "placeholder":
                    continue
                yield self.diagnostic(
                    doc,
                    ref.line,
                    ref.column,
                    f"invalid arXiv identifier: {problem.message}",
                    end_line=ref.line,
                    end_column=ref.end_column,
                )
