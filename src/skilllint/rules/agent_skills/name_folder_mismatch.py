import unicodedata

from skilllint.diagnostics import Severity
from skilllint.discovery import SKILL_FILE
from skilllint.rules import Rule, register
from skilllint.rules.agent_skills._name import name_position, skill_name


@register
class NameFolderMismatch(Rule):
    """The `name` differs from the name of the folder that holds `SKILL.md`.

    ## What it checks
    For a file named `SKILL.md`, that `name` equals its parent folder's name (both NFKC-normalised).

    ## Why it matters
    The specification requires the match: agents locate a skill by its folder.

    ## Bad
    `skills/pdf-tools/SKILL.md` with `name: pdf-processing`.

    ## Good
    `skills/pdf-processing/SKILL.md` with `name: pdf-processing`.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "AS016"
    name = "name-folder-mismatch"
    severity = Severity.ERROR
    summary = "skill name must match its folder's name"

    def check(self, doc, ctx):
        name = skill_name(doc)
        if name is None or doc.path.name != SKILL_FILE:
            return
        folder = unicodedata.normalize("NFKC", doc.path.absolute().parent.name)
        if folder and folder != name:
            line, column = name_position(doc)
            yield self.diagnostic(doc, line, column, f"skill name '{name}' must match its folder's name '{folder}'")
