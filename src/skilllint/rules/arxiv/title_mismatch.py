"""AX103: the skill's title for its paper differs from arXiv's."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.online import OnlineArxivRule, fact_title, paper_reference
from skilllint.arxiv.titles import compare_titles
from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import register


@register
class ArxivTitleMismatch(OnlineArxivRule):
    """The title a skill gives its paper is not the title arXiv has (only with `--verify-arxiv`).

    ## What it checks
    The frontmatter `title` (or, without one, the title on the `PAPER:`/`Paper:` line) against the
    title arXiv returns for the skill's paper (the identifier of its first paper reference). Both
    are normalised first: whitespace, case, accents, LaTeX markup and punctuation. Identical after
    that passes. Otherwise a similarity (rapidfuzz ratio) of at least `title_threshold` (default
    0.95) is a warning showing both titles, and anything lower an error. A difference in a negation
    or a number ("Attention Is All You Need" / "Attention Is Not All You Need", "GPT-3" / "GPT-4")
    is an error whatever the score.

    ## Why it matters
    The SkillXiv conventions: "`title`: The exact paper title as published on arXiv." A title that
    differs from the paper's makes the skill hard to find and is often the first sign that the
    identifier names another paper.

    ## Bad
    ```yaml
    title: "Attention Is Not All You Need"
    url: "https://arxiv.org/abs/1706.03762"
    ```

    ## Good
    ```yaml
    title: "Attention Is All You Need"
    url: "https://arxiv.org/abs/1706.03762"
    ```

    ## Options
    `title_threshold` under the `arxiv` config key (0..1, default 0.95).

    ## Fix
    None: copy the title from arXiv.
    """

    code = "AX103"
    name = "arxiv-title-mismatch"
    severity = Severity.WARNING
    summary = "the skill's paper title differs from arXiv's"

    def judge(self, facts, result, settings) -> Iterator[Diagnostic]:
        for path, f in facts:
            ref, title = paper_reference(f), fact_title(f)
            if ref is None or title is None:
                continue
            record = result.found.get(ref.base)
            if record is None or not record.title:
                continue
            ours, line = title
            match = compare_titles(ours, record.title, float(settings.title_threshold))
            if match.verdict == "same":
                continue
            severity = Severity.WARNING if match.verdict == "close" else Severity.ERROR
            how = "nearly matches" if match.verdict == "close" else "does not match"
            yield self.at(
                path,
                line,
                f"title '{ours}' {how} arXiv's title for {ref.base}: '{record.title}' (similarity {match.score:.2f})",
                severity=severity,
            )
