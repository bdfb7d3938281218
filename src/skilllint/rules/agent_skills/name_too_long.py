from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.agent_skills._name import MAX_NAME_LENGTH, name_position, skill_name


@register
class NameTooLong(Rule):
    """The `name` is longer than 64 characters.

    ## What it checks
    The length of `name` after Unicode NFKC normalisation.

    ## Why it matters
    The specification caps names at 64 characters.

    ## Bad
    ```yaml
    name: a-very-long-name-that-keeps-going-and-going-well-past-the-limit-of-64
    ```

    ## Good
    ```yaml
    name: concise-skill-name
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS012"
    name = "name-too-long"
    severity = Severity.ERROR
    summary = "skill name exceeds 64 characters"

    def check(self, doc, ctx):
        name = skill_name(doc)
        if name is not None and len(name) > MAX_NAME_LENGTH:
            line, column = name_position(doc)
            yield self.diagnostic(
                doc, line, column, f"skill name '{name}' exceeds {MAX_NAME_LENGTH} characters ({len(name)} chars)")
