from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping


@register
class NameMissing(Rule):
    """The frontmatter has no `name` field.

    ## What it checks
    That the frontmatter mapping has a `name` key.

    ## Why it matters
    The specification requires `name`: it identifies the skill and must match its folder.

    ## Bad
    ```yaml
    ---
    description: "Does X. Use when Y."
    ---
    ```

    ## Good
    ```yaml
    ---
    name: my-skill
    description: "Does X. Use when Y."
    ---
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS010"
    name = "name-missing"
    severity = Severity.ERROR
    summary = "missing required field in frontmatter: name"

    def check(self, doc, ctx):
        mapping = frontmatter_mapping(doc)
        if mapping is not None and "name" not in mapping:
            yield self.diagnostic(doc, doc.frontmatter.start_line, 1, "missing required field in frontmatter: name")
