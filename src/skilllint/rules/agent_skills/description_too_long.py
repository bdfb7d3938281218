from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import field_value, value_position


@register
class DescriptionTooLong(Rule):
    """The `description` is longer than 1,024 characters.

    ## What it checks
    The length of `description`.

    ## Why it matters
    The specification caps descriptions at 1,024 characters; every loaded skill's description
    sits in the agent's context.

    ## Bad
    A description of several paragraphs.

    ## Good
    One or two sentences: what the skill does and when to use it.

    ## Options
    `max-length` (default 1024).

    ## Fix
    None.
    """

    code = "AS022"
    name = "description-too-long"
    severity = Severity.ERROR
    summary = "description exceeds 1024 characters"
    options = {"max-length": 1024}

    def check(self, doc, ctx):
        value = field_value(doc, "description")
        limit = ctx.options["max-length"]
        if isinstance(value, str) and len(value) > limit:
            line, column = value_position(doc, "description")
            yield self.diagnostic(doc, line, column, f"description exceeds {limit} characters ({len(value)} chars)")
