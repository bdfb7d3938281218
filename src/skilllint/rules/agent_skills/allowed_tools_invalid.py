from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import not_a_string


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
        found = not_a_string(doc, "allowed-tools")
        if found is not None:
            line, column, kind = found
            yield self.diagnostic(doc, line, column, f"field 'allowed-tools' must be a space-separated string, not {kind}")
