"""AX102: a reference to a withdrawn paper."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import OnlineArxivRule, each_reference
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import register


@register
class WithdrawnArxivPaper(OnlineArxivRule):
    """A reference to a paper its authors or arXiv withdrew (only with `--verify-arxiv`).

    ## What it checks
    References whose paper arXiv's answer marks as withdrawn: its comment or the start of its
    abstract says "This paper has been withdrawn", "withdrawn by the author", or similar.

    ## Why it matters
    A withdrawn paper's latest version is a withdrawal notice; a skill built on it may rest on
    results the authors no longer stand by. It is worth a look, not necessarily a change.

    ## Bad
    ```markdown
    Paper: https://arxiv.org/abs/2401.01234   (its latest version is a withdrawal notice)
    ```

    ## Good
    A reference to a paper that stands, or to the specific version the skill relies on, with a
    note on the withdrawal.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AX102"
    name = "withdrawn-arxiv-paper"
    severity = Severity.WARNING
    summary = "the referenced arXiv paper is withdrawn"

    def judge(self, facts, result, settings) -> Iterator[Diagnostic]:
        for path, ref in each_reference(facts):
            record = result.found.get(ref.base)
            if record is not None and record.withdrawn:
                yield self.at(path, ref.line, f"arXiv {ref.base} ({record.title}) has been withdrawn", ref.column)
