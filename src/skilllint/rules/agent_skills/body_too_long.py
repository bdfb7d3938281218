from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register


@register
class BodyTooLong(Rule):
    """The body is longer than 500 lines.

    ## What it checks
    The number of lines after the frontmatter.

    ## Why it matters
    The specification recommends keeping `SKILL.md` under 500 lines and moving detail into
    referenced files, because the whole body enters the agent's context.

    ## Bad
    A 900-line body.

    ## Good
    A 200-line body that links to `references/details.md`.

    ## Options
    `max-lines` (default 500).

    ## Fix
    None.
    """

    code = "AS051"
    name = "body-too-long"
    severity = Severity.WARNING
    summary = "SKILL.md body exceeds 500 lines"
    options = {"max-lines": 500}

    def check(self, doc, ctx):
        body_lines = doc.line_count - doc.body_start_line + 1
        limit = ctx.options["max-lines"]
        if body_lines > limit:
            yield self.diagnostic(
                doc, doc.body_start_line + limit, 1, f"SKILL.md body has {body_lines} lines, over the limit of {limit}")
