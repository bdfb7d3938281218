from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping


@register
class BodyEmpty(Rule):
    """The file has frontmatter but no body.

    ## What it checks
    That something other than whitespace follows the closing `---`.

    ## Why it matters
    The body is the skill: the instructions an agent follows once it loads it.

    ## Bad
    ```markdown
    ---
    name: my-skill
    description: "Does X. Use when Y."
    ---
    ```

    ## Good
    The same frontmatter followed by instructions.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS050"
    name = "body-empty"
    severity = Severity.WARNING
    summary = "SKILL.md has no body after its frontmatter"

    def check(self, doc, ctx):
        if frontmatter_mapping(doc) is not None and not doc.body.strip():
            yield self.diagnostic(doc, doc.frontmatter.end_line, 1, "SKILL.md has no body after its frontmatter")
