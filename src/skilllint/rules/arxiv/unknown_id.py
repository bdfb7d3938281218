"""AX101: an arXiv identifier that names no paper."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import OnlineArxivRule, each_reference
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import register


@register
class UnknownArxivId(OnlineArxivRule):
    """A well-formed arXiv identifier that arXiv has no paper for (only with `--verify-arxiv`).

    ## What it checks
    Every valid identifier the run references is asked about, in batches, through the arXiv API
    (`/api/query?id_list=...`), with answers cached on disk. An identifier absent from arXiv's
    answer, or one arXiv rejects as malformed, is reported at every reference to it. Identifiers the
    run could not ask about are never reported here (see AX100).

    ## Why it matters
    The SkillXiv conventions ask for "a verified, working arXiv URL"; the guide for a "verified arXiv
    ID". A well-formed identifier can still point nowhere: a digit slipped, or the paper invented.

    ## Bad
    ```yaml
    url: "https://arxiv.org/abs/2501.99999"   # no such paper
    ```

    ## Good
    ```yaml
    url: "https://arxiv.org/abs/1706.03762"
    ```

    ## Options
    None; online settings live under the `arxiv` config key.

    ## Fix
    None: look the paper up and write its identifier.
    """

    code = "AX101"
    name = "unknown-arxiv-id"
    severity = Severity.ERROR
    summary = "arXiv has no paper with this identifier"

    def judge(self, facts, result, settings) -> Iterator[Diagnostic]:
        for path, ref in each_reference(facts):
            if ref.base in result.missing:
                yield self.at(path, ref.line, f"arXiv has no paper {ref.base}", ref.column)
            elif ref.base in result.rejected:
                yield self.at(
                    path, ref.line, f"arXiv rejects {ref.base} as malformed: {result.rejected[ref.base]}", ref.column
                )
