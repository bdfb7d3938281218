from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class FrontmatterUnclosed(Rule):
    """The frontmatter has no closing `---` line.

    ## What it checks
    That the `---` on the first line is followed by another `---` line that ends the frontmatter.

    ## Why it matters
    Without the closing line the whole file is read as YAML, and the skill has no body.

    ## Bad
    ```markdown
    ---
    name: my-skill
    # My skill
    ```

    ## Good
    ```markdown
    ---
    name: my-skill
    ---
    # My skill
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS002"
    name = "frontmatter-unclosed"
    severity = Severity.ERROR
    summary = "SKILL.md frontmatter is not closed with ---"

    def check(self, doc, ctx):
        fm = doc.frontmatter
        if fm is not None and not fm.closed:
            yield self.diagnostic(doc, fm.start_line, 1, "frontmatter opened here is never closed with a '---' line")
