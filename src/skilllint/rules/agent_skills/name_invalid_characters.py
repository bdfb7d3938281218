from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.agent_skills._name import name_position, skill_name


@register
class NameInvalidCharacters(Rule):
    """The `name` has characters other than letters, digits and hyphens.

    ## What it checks
    Every character of `name` (after NFKC normalisation) is a letter, a digit or `-`.

    ## Why it matters
    The specification allows only these; spaces, underscores and punctuation break folder names and URLs.

    ## Bad
    ```yaml
    name: my_skill v2
    ```

    ## Good
    ```yaml
    name: my-skill-v2
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS015"
    name = "name-invalid-characters"
    severity = Severity.ERROR
    summary = "skill name contains characters other than letters, digits and hyphens"

    def check(self, doc, ctx):
        name = skill_name(doc)
        if name is None:
            return
        bad = sorted({c for c in name if not (c.isalnum() or c == "-")})
        if bad:
            line, column = name_position(doc)
            shown = ", ".join(repr(c) for c in bad)
            yield self.diagnostic(
                doc, line, column,
                f"skill name '{name}' contains invalid characters ({shown}): only letters, digits and hyphens are allowed")
