"""Rules about the file's text as a whole: emptiness, line endings, BOM."""

from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class EmptyFile(Rule):
    """The file is empty or holds only whitespace.

    ## What it checks
    A `SKILL.md` with no content at all.

    ## Why it matters
    An agent loading the skill gets nothing; usually a failed generation or an aborted edit.

    ## Bad
    A zero-byte `SKILL.md`.

    ## Good
    Frontmatter and a body.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "SL107"
    name = "empty-file"
    pack = "core"
    severity = Severity.ERROR
    summary = "the file is empty"

    def check(self, doc, ctx):
        if not doc.text.strip():
            yield self.diagnostic(doc, 1, 1, "the file is empty")


@register
class MixedLineEndings(Rule):
    """The file mixes CRLF and LF line endings.

    ## What it checks
    Files in which some lines end in `\\r\\n` and others in `\\n`. Positions stay right either way.

    ## Why it matters
    Mixed endings make diffs noisy and usually mean two editors or tools wrote the file.

    ## Bad
    A file whose frontmatter ends lines with CRLF and whose body uses LF.

    ## Good
    One line ending throughout.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "SL108"
    name = "mixed-line-endings"
    pack = "core"
    severity = Severity.WARNING
    summary = "the file mixes CRLF and LF line endings"

    def check(self, doc, ctx):
        if doc.newline == "mixed":
            first_crlf = next((i for i, line in enumerate(doc.text.split("\n"), 1) if line.endswith("\r")), 1)
            yield self.diagnostic(doc, first_crlf, 1, "the file mixes CRLF and LF line endings (first CRLF here)")


@register
class ByteOrderMark(Rule):
    """The file starts with a UTF-8 byte order mark.

    ## What it checks
    A leading U+FEFF. skilllint reads such files correctly; some YAML frontmatter loaders do not.

    ## Why it matters
    A BOM before `---` hides the frontmatter from tools that expect the file to begin with `---`.

    ## Bad
    `\\ufeff---` as the first bytes.

    ## Good
    `---` as the first bytes.

    ## Options
    None.

    ## Fix
    None.
    """

    code = "SL109"
    name = "byte-order-mark"
    pack = "core"
    severity = Severity.INFO
    summary = "the file starts with a UTF-8 byte order mark"

    def check(self, doc, ctx):
        if doc.has_bom:
            yield self.diagnostic(doc, 1, 1, "the file starts with a UTF-8 byte order mark")
