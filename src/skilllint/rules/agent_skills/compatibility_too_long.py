from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position


@register
class CompatibilityTooLong(Rule):
    """The `compatibility` field is longer than 500 characters.

    ## What it checks
    The length of `compatibility`, when present.

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
    name = "compatibility-too-long"
    severity = Severity.ERROR
    summary = "compatibility exceeds 500 characters"

    def check(self, doc, ctx):
        value = field_value(doc, "compatibility")
        if isinstance(value, str) and len(value) > 500:
            line, column = value_position(doc, "compatibility")
            yield self.diagnostic(doc, line, column, f"compatibility exceeds 500 characters ({len(value)} chars)")
