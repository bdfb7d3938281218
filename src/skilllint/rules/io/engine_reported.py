"""Rules the engine reports while reading files and applying suppressions."""

from __future__ import annotations

from typing import ClassVar

from skilllint.diagnostics import Diagnostic, Severity
from skilllint.rules import Rule, register


class EngineRule(Rule):
    """A rule whose findings come from the engine: reading the file, running rules, suppressions."""

    pack = "core"
    scope: ClassVar[str] = "engine"
    kind: ClassVar[str] = ""

    def check(self, doc, ctx):
        return iter(())

    def report(self, path: str, message: str, line: int = 1, column: int = 1) -> Diagnostic:
        return Diagnostic(path, max(line, 1), max(column, 1), self.code, self.name, self.severity, message)


@register
class InternalError(EngineRule):
    """A rule crashed on this file.

    ## What it checks
    Nothing in the file: it reports that a rule raised an exception, with the exception's message.
    The other rules still ran, and the run goes on; the exit code becomes 2.

    ## Why it matters
    A silent crash would look like a clean file.

    ## Bad
    Any file that makes a rule crash.

    ## Good
    Every file of the corpus in `../shared/corpus/skillxiv` lints without one.

    ## Options
    None.

    ## Fix
    None: report the file.
    """

    code = "SL001"
    name = "internal-error"
    severity = Severity.ERROR
    summary = "a rule crashed on this file"
    kind = "internal-error"


@register
class UnusedSuppression(EngineRule):
    """A suppression comment that suppresses nothing.

    ## What it checks
    `<!-- skilllint-disable … -->` comments (all forms) and the frontmatter's
    `# skilllint: disable-line …` comment that no diagnostic fell under.

    ## Why it matters
    Stale suppressions hide future problems and mislead readers (ruff's unused-noqa).

    ## Bad
    ```markdown
    <!-- skilllint-disable-next-line AS051 -->
    A short paragraph.
    ```

    ## Good
    A suppression directly above the line that the named rule reports.

    ## Options
    None.

    ## Fix
    None: delete the comment.
    """

    code = "SL002"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "suppression comment suppresses nothing"
    kind = "unused-suppression"


def _problem_rule(code: str, name: str, severity: Severity, summary: str, doc: str) -> type[EngineRule]:
    cls = type(
        "".join(part.title() for part in name.split("-")),
        (EngineRule,),
        {"code": code, "name": name, "severity": severity, "summary": summary, "kind": name, "__doc__": doc},
    )
    return register(cls)


_TEMPLATE = """{summary}.

## What it checks
{what}

## Why it matters
The file was not checked; the run goes on with the other files.

## Bad
{bad}

## Good
A readable UTF-8 text file named `SKILL.md`.

## Options
{options}

## Fix
None.
"""

for _code, _name, _severity, _summary, _what, _bad, _options in [
    ("SL101", "invalid-utf8", Severity.ERROR, "the file is not valid UTF-8",
     "Bytes that do not decode as UTF-8; the message gives the byte offset, line and column.",
     "A Latin-1 file with `caf\\xe9`.", "None."),
    ("SL102", "binary-file", Severity.ERROR, "the file is binary",
     "A file with NUL bytes in its first 8 KiB.", "A PNG saved as `SKILL.md`.", "None."),
    ("SL103", "file-too-large", Severity.WARNING, "the file is larger than the size limit and was skipped",
     "Files larger than `max-file-size` bytes (default 5 MB).", "A 20 MB `SKILL.md`.",
     "`max-file-size` in the configuration."),
    ("SL104", "unreadable-file", Severity.ERROR, "the file cannot be read",
     "A path that does not exist or that the user may not read.", "`chmod 000 SKILL.md`.", "None."),
    ("SL105", "broken-symlink", Severity.ERROR, "the symlink points to a missing file",
     "A `SKILL.md` that is a symlink to nothing.", "`ln -s missing.md SKILL.md`.", "None."),
    ("SL106", "symlink-loop", Severity.ERROR, "a symlink loop was found while searching for files",
     "Folders that contain themselves through symlinks; the search stops there.",
     "`ln -s .. skills/loop`.", "None."),
]:
    _problem_rule(_code, _name, _severity, _summary, _TEMPLATE.format(
        summary=_summary[0].upper() + _summary[1:], what=_what, bad=_bad, options=_options))
