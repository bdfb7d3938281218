from __future__ import annotations

from skilllint.arxiv.ids import extract_id
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position


@register
class UrlNotArxiv(Rule):
    """The `url` does not point at an arXiv paper at all.

    ## What it checks
    That the frontmatter `url` is one arXiv reference: an arxiv.org link to a paper, or at
    least an identifier. A link elsewhere (GitHub, OpenReview, a blog), several links, or free
    text is reported. The finer points are left to the arXiv rules, which run in this profile:
    placeholders such as `XXXX.XXXXX` (`arxiv-placeholder`, AX001), identifiers that cannot exist
    (`invalid-arxiv-id`, AX002) and arXiv links in another form than `https://arxiv.org/abs/ID`
    (`non-canonical-arxiv-url`, AX003, which also fixes them). A missing `url` is
    `frontmatter-schema` (SX001).

    ## Why it matters
    CONTRIBUTING.md: "`url`: A verified, working arXiv URL (`https://arxiv.org/abs/XXXX.XXXXX`).
    No placeholders." The repository is an index of arXiv papers; the `url` is the key that ties a
    skill to its paper, and the repository checks for duplicated papers read it.

    ## Bad
    ```yaml
    url: "https://github.com/org/project"
    ```

    ## Good
    ```yaml
    url: "https://arxiv.org/abs/2505.00212"
    ```

    ## Options
    None.

    ## Fix
    None: the paper's identifier is not knowable from another link.
    """

    code = "SX004"
    name = "url-not-arxiv"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "url is not an arXiv paper URL"

    def check(self, doc, ctx):
        value = field_value(doc, "url")
        if not isinstance(value, str) or not value.strip():
            return
        if extract_id(value) is not None:
            return
        line, column = value_position(doc, "url")
        yield self.diagnostic(
            doc, line, column,
            f"url '{value.strip()}' is not an arXiv paper URL: write https://arxiv.org/abs/ID")
