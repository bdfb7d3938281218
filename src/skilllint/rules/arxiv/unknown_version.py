"""AX104: a versioned arXiv identifier whose version does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import OnlineArxivRule, each_reference
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import register


@register
class UnknownArxivVersion(OnlineArxivRule):
    """A versioned identifier (`2501.01234v4`) naming a version arXiv does not have (only with `--verify-arxiv`).

    ## What it checks
    References with a version suffix whose version is greater than the paper's latest version in
    arXiv's answer.

    ## Why it matters
    A link to a version that does not exist is a dead link, and a sign the identifier was typed
    from memory rather than verified.

    ## Bad
    ```markdown
    Paper: https://arxiv.org/abs/1706.03762v9   (the latest version is v7)
    ```

    ## Good
    ```markdown
    Paper: https://arxiv.org/abs/1706.03762v7
    ```

    ## Options
    None.

    ## Fix
    None: which version was meant is the author's call.
    """

    code = "AX104"
    name = "unknown-arxiv-version"
    severity = Severity.ERROR
    summary = "the referenced arXiv version does not exist"

    def judge(self, facts, result, settings) -> Iterator[Diagnostic]:
        for path, ref in each_reference(facts):
            record = result.found.get(ref.base)
            if record is None or ref.version is None or record.version is None:
                continue
            if ref.version > record.version:
                yield self.at(
                    path,
                    ref.line,
                    f"arXiv {ref.base} has no version v{ref.version}: its latest is v{record.version}",
                    ref.column,
                )
