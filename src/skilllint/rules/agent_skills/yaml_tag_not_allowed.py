from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class YamlTagNotAllowed(Rule):
    """A YAML tag that would construct an object.

    ## What it checks
    Tags such as `!!python/object/apply:os.system` or any tag outside YAML's plain data types. The
    frontmatter is loaded safely, so nothing is constructed; the tag is reported at its line.

    ## Why it matters
    A loader that is not safe would run code while reading a skill.

    ## Bad
    ```yaml
    name: !!python/object/apply:os.system ["echo hi"]
    ```

    ## Good
    ```yaml
    name: my-skill
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS004"
    name = "yaml-tag-not-allowed"
    severity = Severity.ERROR
    summary = "YAML tag that would construct an object"

    def check(self, doc, ctx):
        fm = doc.frontmatter
        if fm is not None and fm.error is not None and fm.error.kind == "tag":
            yield self.diagnostic(doc, fm.error.line, fm.error.column, fm.error.message)
