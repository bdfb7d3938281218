from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class YamlInvalid(Rule):
    """The frontmatter is not valid YAML.

    ## What it checks
    That the text between the `---` lines parses as YAML and that no mapping repeats a key. The
    diagnostic points at the line and column where the YAML parser failed, or at the repeated key.

    ## Why it matters
    Loaders reject the skill outright, so its name and description are never seen. A loader that
    accepts a repeated key keeps one of the two values, and which one depends on the loader.

    ## Bad
    ```yaml
    ---
    name: my-skill
    description: "unterminated
    ---
    ```

    ## Good
    ```yaml
    ---
    name: my-skill
    description: "terminated"
    ---
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS003"
    name = "yaml-invalid"
    severity = Severity.ERROR
    summary = "invalid YAML in frontmatter"

    def check(self, doc, ctx):
        fm = doc.frontmatter
        if fm is not None and fm.error is not None and fm.error.kind == "syntax":
            yield self.diagnostic(doc, fm.error.line, fm.error.column, f"invalid YAML in frontmatter: {fm.error.message}")
