from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class FrontmatterNotMapping(Rule):
    """The frontmatter is YAML but not a mapping of keys to values.

    ## What it checks
    That the frontmatter's top level is a mapping (`key: value` lines), not a list, a scalar or
    nothing at all.

    ## Why it matters
    `name` and `description` can only be read from a mapping.

    ## Bad
    ```yaml
    ---
    - name: my-skill
    ---
    ```

    ## Good
    ```yaml
    ---
    name: my-skill
    ---
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS006"
    name = "frontmatter-not-mapping"
    severity = Severity.ERROR
    summary = "SKILL.md frontmatter must be a YAML mapping"

    def check(self, doc, ctx):
        fm = doc.frontmatter
        if fm is None or not fm.closed or fm.error is not None or isinstance(fm.data, dict):
            return
        kinds = {list: "a list", type(None): "empty", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
        kind = kinds.get(type(fm.data), f"a {type(fm.data).__name__}")
        yield self.diagnostic(doc, fm.start_line + 1 if fm.data is not None else fm.start_line, 1,
                              f"frontmatter must be a YAML mapping, but it is {kind}")
