"""AX101: an arXiv identifier that names no paper."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import collect_facts, each_reference, settings_for, verification_for
from skilllint.arxiv.settings import today
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import RepositoryRule, RuleContext, register


@register
class UnknownArxivId(RepositoryRule):
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

    def collect(self, doc, ctx: RuleContext):
        return collect_facts(doc, today(ctx.settings))

    def check_repository(self, facts, ctx: RuleContext) -> Iterator[Diagnostic]:
        settings = settings_for(ctx)
        if not settings.verify:
            return
        result = verification_for(facts, settings)
        for path, ref in each_reference(facts):
            if ref.base in result.missing:
                yield self.at(path, ref.line, f"arXiv has no paper {ref.base}", ref.column)
            elif ref.base in result.rejected:
                yield self.at(
                    path, ref.line, f"arXiv rejects {ref.base} as malformed: {result.rejected[ref.base]}", ref.column
                )
