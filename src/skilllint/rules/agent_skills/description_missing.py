from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping


@register
class DescriptionMissing(Rule):
    """The frontmatter has no `description` field.

    ## What it checks
    That the frontmatter mapping has a `description` key.

    ## Why it matters
    The specification requires it: agents decide from the description alone whether to load a skill.

    ## Bad
    ```yaml
    ---
    name: my-skill
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

    code = "AS020"
    name = "description-missing"
    severity = Severity.ERROR
    summary = "missing required field in frontmatter: description"

    def check(self, doc, ctx):
        mapping = frontmatter_mapping(doc)
        if mapping is not None and "description" not in mapping:
            yield self.diagnostic(doc, doc.frontmatter.start_line, 1, "missing required field in frontmatter: description")
