"""AX001: an arXiv reference that is a template placeholder."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.ids import is_placeholder
from skilllint.arxiv.references import document_references
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import Rule, RuleContext, register


@register
class ArxivPlaceholder(Rule):
    """An arXiv reference that still holds a template placeholder.

    ## What it checks
    Every arXiv reference the file makes (the frontmatter `url`, `ARXIV:`/`URL:`/`Paper:` lines,
    `arXiv:ID` citations, arxiv.org links) whose identifier is a stand-in such as `XXXX.XXXXX`,
    `YYMM.NNNNN`, `0000.00000`, `2501.xxxxx` or `[verified arXiv ID]`.

    ## Why it matters
    The SkillXiv conventions ask for "a verified, working arXiv URL (`https://arxiv.org/abs/XXXX.XXXXX`).
    No placeholders." and the mechanistic-analysis guide for a "verified arXiv ID". A placeholder
    links nowhere and tells the reader nothing about which paper the skill comes from.

    ## Bad
    ```yaml
    url: "https://arxiv.org/abs/XXXX.XXXXX"
    ```

    ## Good
    ```yaml
    url: "https://arxiv.org/abs/1706.03762"
    ```

    ## Options
    None.

    ## Fix
    None: only the author knows the paper's identifier.
    """

    code = "AX001"
    name = "arxiv-placeholder"
    severity = Severity.ERROR
    summary = "arXiv reference is a template placeholder"

    def check(self, doc, ctx: RuleContext) -> Iterator[Diagnostic]:
        seen: set[tuple[int, str]] = set()
        for ref in document_references(doc):
            if not is_placeholder(ref.id_text) or (ref.line, ref.id_text) in seen:
                continue
            seen.add((ref.line, ref.id_text))
            yield self.diagnostic(
                doc,
                ref.line,
                ref.column,
                f"arXiv reference '{ref.id_text}' is a placeholder: put the paper's identifier here",
                end_line=ref.line,
                end_column=ref.end_column,
            )
