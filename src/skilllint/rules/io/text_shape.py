"""Rules about the file's text as a whole: emptiness, line endings, BOM."""

from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.document.text import LINE_BREAK, NEWLINE_NAMES, newline_kinds
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
    """The file mixes CRLF, LF or lone CR line endings.

    ## What it checks
    Files in which some lines end in `\\r\\n`, others in `\\n` or in a lone `\\r` (old Mac files). Positions
    stay right either way; the diagnostic points at the first CRLF, or at the first lone CR when there is no CRLF.

    ## Why it matters
    Mixed endings make diffs noisy and usually mean two editors or tools wrote the file. A lone CR ends a
    line for YAML and Markdown but not for git or most line-based tools, which see two lines as one.

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
    summary = "the file mixes CRLF, LF or CR line endings"

    def check(self, doc, ctx):
        if doc.newline == "mixed":
            kinds = newline_kinds(doc.text)
            names = [NEWLINE_NAMES[kind] for kind in kinds]
            listed = f"{', '.join(names[:-1])} and {names[-1]}"
            line = next(number for number, match in enumerate(LINE_BREAK.finditer(doc.text), 1)
                        if match.group() == kinds[0])
            yield self.diagnostic(doc, line, 1, f"the file mixes {listed} line endings (first {names[0]} here)")


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
