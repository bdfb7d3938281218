from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, value_position


@register
class NameEmpty(Rule):
    """The `name` field is empty or not a string.

    ## What it checks
    That `name` holds a non-empty string.

    ## Why it matters
    The specification requires a non-empty string name.

    ## Bad
    ```yaml
    name: ""
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

    code = "AS011"
    name = "name-empty"
    severity = Severity.ERROR
    summary = "field 'name' must be a non-empty string"

    def check(self, doc, ctx):
        value = field_value(doc, "name")
        if value is MISSING:
            return
        if not isinstance(value, str) or not value.strip():
            line, column = value_position(doc, "name")
            yield self.diagnostic(doc, line, column, "field 'name' must be a non-empty string")
