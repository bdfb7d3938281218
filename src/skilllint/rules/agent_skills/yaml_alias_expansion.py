from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class YamlAliasExpansion(Rule):
    """YAML aliases that expand to an enormous document (a "billion laughs" bomb).

    ## What it checks
    The number of nodes the frontmatter would have with every alias expanded, counted without
    expanding anything; more than 100,000 is reported and the frontmatter is not loaded.

    ## Why it matters
    A few lines of nested aliases can exhaust the memory of any tool that walks the values.

    ## Bad
    ```yaml
    a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    ```
    and so on for a few more levels.

    ## Good
    Plain values, or a few aliases.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS005"
    name = "yaml-alias-expansion"
    severity = Severity.ERROR
    summary = "YAML aliases expand to too many nodes"

    def check(self, doc, ctx):
        fm = doc.frontmatter
        if fm is not None and fm.error is not None and fm.error.kind == "aliases":
            yield self.diagnostic(doc, fm.error.line, fm.error.column, fm.error.message)
