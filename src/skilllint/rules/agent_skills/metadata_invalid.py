from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, kind_of, value_position


@register
class MetadataInvalid(Rule):
    """The `metadata` field is not a mapping from strings to strings.

    ## What it checks
    That `metadata`, when present, is a mapping, and that each of its keys and values is a string.
    A value YAML reads as a number or a boolean (`version: 1.0`, `beta: true`) is reported as a
    warning: quote it. Anything else (a list, a nested mapping, no mapping at all) is an error.

    ## Why it matters
    The specification defines `metadata` as a map from string keys to string values, so that every
    client can read it the same way; `1.0` and `"1.0"` are different values to a YAML reader.

    ## Bad
    ```yaml
    metadata:
      version: 1.0
      authors: [ada, alan]
    ```

    ## Good
    ```yaml
    metadata:
      version: "1.0"
      authors: ada, alan
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS032"
    name = "metadata-invalid"
    severity = Severity.ERROR
    summary = "metadata must map strings to strings"

    def check(self, doc, ctx):
        value = field_value(doc, "metadata")
        if value is MISSING:
            return
        line, column = value_position(doc, "metadata")
        if not isinstance(value, dict):
            yield self.diagnostic(doc, line, column, f"field 'metadata' must be a mapping, not {kind_of(value)}")
            return
        for key, item in value.items():
            if isinstance(key, str) and isinstance(item, str):
                continue
            scalar = isinstance(key, (str, int, float, bool)) and isinstance(item, (int, float, bool))
            severity = Severity.WARNING if scalar else None
            what, shown = (f"value of {key!r}", kind_of(item)) if isinstance(key, str) else (f"key {key!r}", kind_of(key))
            advice = ": quote it" if scalar else ""
            yield self.diagnostic(
                doc, line, column, f"metadata {what} must be a string, not {shown}{advice}", severity=severity
            )
