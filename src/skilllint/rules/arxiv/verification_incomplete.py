"""AX100: the online check could not verify some references."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import OnlineArxivRule, each_reference
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import register


@register
class ArxivVerificationIncomplete(OnlineArxivRule):
    """The online arXiv check could not ask about some references (only with `--verify-arxiv`).

    ## What it checks
    With online verification on (`--verify-arxiv` or `arxiv: {verify: true}`), one warning for the
    whole run when some identifiers could not be asked about -- no network, a DNS failure, rate
    limiting that outlasted the retries, a timeout, a malformed response -- or when the answer cache
    could not be used. It is reported at the first reference concerned and says how many references
    went unverified and why.

    ## Why it matters
    A reference the run could not ask about is neither verified nor disproved: it is never reported
    as missing, and the offline checks still apply. This warning keeps the gap visible instead of
    letting a network failure pass for success.

    ## Bad
    A run with `--verify-arxiv` while arxiv.org cannot be reached.

    ## Good
    A run whose every identifier arXiv answered for (or that the cache knew).

    ## Options
    None. The `arxiv` config key sets the endpoint, timeout, retries and pacing.

    ## Fix
    None: run again when the network is back; answers already received are cached.
    """

    code = "AX100"
    name = "arxiv-verification-incomplete"
    severity = Severity.WARNING
    summary = "some arXiv references could not be verified online"

    def judge(self, facts, result, settings) -> Iterator[Diagnostic]:
        affected = [(path, ref) for path, ref in each_reference(facts) if ref.base in result.unverified]
        if affected:
            path, ref = affected[0]
            summary = result.failure_summary()
            yield self.at(path, ref.line, f"{summary} ({len(affected)} reference(s) unverified)", ref.column)
        elif result.notes and facts:
            path, ref = next(each_reference(facts), (facts[0][0], None))
            yield self.at(path, ref.line if ref else 1, "; ".join(result.notes), ref.column if ref else 1)
