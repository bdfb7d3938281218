from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, value_position


@register
class CompatibilityInvalid(Rule):
    """The `compatibility` field is not a string, or is longer than 500 characters.

    ## What it checks
    That `compatibility`, when present, is a string of at most 500 characters.

    ## Why it matters
    The specification caps it at 500 characters: it names environments, it does not describe them.

    ## Bad
    A compatibility note of several paragraphs.

    ## Good
    ```yaml
    compatibility: Requires Python 3.10+ and network access
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS030"
    name = "compatibility-invalid"
    severity = Severity.ERROR
    summary = "compatibility must be a string of at most 500 characters"

    def check(self, doc, ctx):
        value = field_value(doc, "compatibility")
        if value is MISSING:
            return
        line, column = value_position(doc, "compatibility")
        if not isinstance(value, str):
            yield self.diagnostic(doc, line, column, "field 'compatibility' must be a string")
        elif len(value) > 500:
            yield self.diagnostic(doc, line, column, f"compatibility exceeds 500 characters ({len(value)} chars)")
