from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, kind_of, value_position


@register
class AllowedToolsInvalid(Rule):
    """The `allowed-tools` field is not a string.

    ## What it checks
    That `allowed-tools`, when present, is one string of tool names separated by spaces.

    ## Why it matters
    The specification (where the field is experimental) defines it as a space-separated string;
    a YAML list is a different value, which clients may ignore.

    ## Bad
    ```yaml
    allowed-tools: [Read, Grep]
    ```

    ## Good
    ```yaml
    allowed-tools: Read Grep
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS033"
    name = "allowed-tools-invalid"
    severity = Severity.WARNING
    summary = "allowed-tools must be a space-separated string"

    def check(self, doc, ctx):
        value = field_value(doc, "allowed-tools")
        if value is MISSING or isinstance(value, str):
            return
        line, column = value_position(doc, "allowed-tools")
        yield self.diagnostic(
            doc, line, column, f"field 'allowed-tools' must be a space-separated string, not {kind_of(value)}"
        )
