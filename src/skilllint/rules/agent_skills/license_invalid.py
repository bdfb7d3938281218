from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import not_a_string


@register
class LicenseInvalid(Rule):
    """The `license` field is not a string.

    ## What it checks
    That `license`, when present, is a string: a license's name or the name of a license file
    bundled with the skill.

    ## Why it matters
    The specification defines it as a string; a list or a mapping is read differently, or not at
    all, by the clients that load skills.

    ## Bad
    ```yaml
    license: [MIT, Apache-2.0]
    ```

    ## Good
    ```yaml
    license: MIT OR Apache-2.0
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS031"
    name = "license-invalid"
    severity = Severity.ERROR
    summary = "license must be a string"

    def check(self, doc, ctx):
        found = not_a_string(doc, "license")
        if found is not None:
            line, column, kind = found
            yield self.diagnostic(doc, line, column, f"field 'license' must be a string, not {kind}")
