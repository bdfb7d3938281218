from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, value_position


@register
class DescriptionEmpty(Rule):
    """The `description` is empty or not a string.

    ## What it checks
    That `description` holds a non-empty string.

    ## Why it matters
    An empty description gives an agent nothing to choose the skill by.

    ## Bad
    ```yaml
    description: ""
    ```

    ## Good
    ```yaml
    description: "Does X. Use when Y."
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS021"
    name = "description-empty"
    severity = Severity.ERROR
    summary = "field 'description' must be a non-empty string"

    def check(self, doc, ctx):
        value = field_value(doc, "description")
        if value is not MISSING and (not isinstance(value, str) or not value.strip()):
            line, column = value_position(doc, "description")
            yield self.diagnostic(doc, line, column, "field 'description' must be a non-empty string")
