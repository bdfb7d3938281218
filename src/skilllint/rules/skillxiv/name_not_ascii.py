from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import MISSING, field_value, value_position
from skilllint.rules.skillxiv._confusables import describe, lookalike


@register
class NameNotAscii(Rule):
    """The `name` holds a character outside ASCII.

    ## What it checks
    Every character of `name` (as written, before any normalisation). Each non-ASCII character is
    named with its code point and Unicode name, and, when it looks like a Latin letter, with the
    letter it imitates. The column points at the first one.

    ## Why it matters
    CONTRIBUTING.md asks for "descriptive kebab-case" names, and names are folder names, URLs and
    identifiers typed by people. A Cyrillic `о` among Latin letters is invisible to a reader but
    makes a different folder: searches, links and installs miss it, and a second skill with the
    Latin spelling can sit beside it. The Agent Skills specification allows any Unicode letter, so
    `name-invalid-characters` (AS015) does not catch it.

    ## Bad
    ```yaml
    name: modomodо-multimodal-rl   # the last 'о' is U+043E CYRILLIC SMALL LETTER O
    ```

    ## Good
    ```yaml
    name: modomodo-multimodal-rl
    ```

    ## Options
    None.

    ## Fix
    None: the folder must be renamed with the skill.
    """

    code = "SX003"
    name = "name-not-ascii"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "skill name contains non-ASCII characters"

    def check(self, doc, ctx):
        value = field_value(doc, "name")
        if value is MISSING or not isinstance(value, str) or value.isascii():
            return
        offenders = [(i, c) for i, c in enumerate(value) if not c.isascii()]
        parts = []
        for char in dict.fromkeys(c for _, c in offenders):
            latin = lookalike(char)
            parts.append(describe(char) + (f", which looks like Latin '{latin}'" if latin else ""))
        line, column = value_position(doc, "name")
        info = doc.frontmatter.keys.get("name")
        if info is not None and info.style == "plain":
            column += offenders[0][0]
        elif info is not None and info.style in ("single", "double"):
            column += 1 + offenders[0][0]
        ascii_form = "".join(lookalike(c) or c for c in value)
        hint = f"; write '{ascii_form}'" if ascii_form.isascii() else ""
        yield self.diagnostic(
            doc, line, column,
            f"skill name '{value}' contains non-ASCII {'character' if len(parts) == 1 else 'characters'} "
            f"{'; '.join(parts)}{hint}")
