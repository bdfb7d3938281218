from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class FrontmatterMissing(Rule):
    """The file does not start with YAML frontmatter.

    ## What it checks
    That the first line of the file is `---`, opening the YAML frontmatter.

    ## Why it matters
    The Agent Skills specification requires frontmatter: an agent finds a skill by its `name` and
    `description` there, and never loads a skill without them.

    ## Bad
    ```markdown
    # My skill
    ```

    ## Good
    ```markdown
    ---
    name: my-skill
    description: "What it does. Use when …"
    ---
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS001"
    name = "frontmatter-missing"
    severity = Severity.ERROR
    summary = "SKILL.md must start with YAML frontmatter (---)"

    def check(self, doc, ctx):
        if doc.text.strip() and doc.frontmatter is None:
            yield self.diagnostic(doc, 1, 1, "SKILL.md must start with YAML frontmatter: the first line is not '---'")
