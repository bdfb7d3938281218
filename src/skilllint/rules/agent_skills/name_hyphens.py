from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.agent_skills._name import name_position, skill_name


@register
class NameHyphens(Rule):
    """The `name` starts or ends with a hyphen, or has two hyphens in a row.

    ## What it checks
    Leading, trailing and doubled hyphens in `name`.

    ## Why it matters
    The specification forbids them: hyphens separate words and nothing else.

    ## Bad
    ```yaml
    name: -my--skill-
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

    code = "AS014"
    name = "name-hyphens"
    severity = Severity.ERROR
    summary = "skill name cannot start or end with a hyphen or contain consecutive hyphens"

    def check(self, doc, ctx):
        name = skill_name(doc)
        if name is None:
            return
        line, column = name_position(doc)
        if name.startswith("-") or name.endswith("-"):
            yield self.diagnostic(doc, line, column, f"skill name '{name}' cannot start or end with a hyphen")
        if "--" in name:
            yield self.diagnostic(doc, line, column, f"skill name '{name}' cannot contain consecutive hyphens")
