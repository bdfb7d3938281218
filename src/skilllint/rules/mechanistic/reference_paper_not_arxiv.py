from skilllint.arxiv.ids import find_references
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._reference import reference_block


@register
class ReferencePaperNotArxiv(Rule):
    """The `Paper:` line names no arXiv paper.

    ## What it checks
    That the value of `Paper:` holds an arXiv reference (a URL or an `arXiv:` citation), found with
    the arXiv identifier parser. Its form and its agreement with the frontmatter `url` are checked
    by the arXiv rules, which run in every profile: `non-canonical-arxiv-url` (AX003, with a safe
    fix), `invalid-arxiv-id` (AX002) and `inconsistent-arxiv-id` (AX004).

    ## Why it matters
    The guide's Reference block reads "Paper: https://arxiv.org/abs/XXXX.XXXXX", and its
    extraction template asks for the "verified arXiv ID" and "full verified arXiv URL". A title
    or a venue cannot be checked or followed.

    ## Bad
    ```markdown
    Paper: Network Dissection (Bau et al., CVPR 2017)
    ```

    ## Good
    ```markdown
    Paper: https://arxiv.org/abs/1704.05796
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "MA009"
    name = "reference-paper-not-arxiv"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "'Paper:' names no arXiv paper"

    def check(self, doc, ctx):
        paper = reference_block(doc, ctx.pack_data()).fields.get("paper")
        if paper is not None and not find_references(paper.value):
            yield self.diagnostic(
                doc,
                paper.line,
                paper.column,
                f"'Paper: {paper.value}' is not an arXiv URL: write 'Paper: https://arxiv.org/abs/<id>'",
            )
