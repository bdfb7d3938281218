from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.agent_skills._name import name_position, skill_name


@register
class NameNotLowercase(Rule):
    """The `name` has upper-case letters.

    ## What it checks
    That `name` equals its own lower-case form.

    ## Why it matters
    The specification requires lower-case names, so that names and folders match on every file system.

    ## Bad
    ```yaml
    name: My-Skill
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

    code = "AS013"
    name = "name-not-lowercase"
    severity = Severity.ERROR
    summary = "skill name must be lowercase"

    def check(self, doc, ctx):
        name = skill_name(doc)
        if name is not None and name != name.lower():
            line, column = name_position(doc)
            yield self.diagnostic(doc, line, column, f"skill name '{name}' must be lowercase")
