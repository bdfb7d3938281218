from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._table import decision_table, is_plain_yes, spec


@register
class DecisionTableDiscriminates(Rule):
    """A decision table whose every verdict is an unqualified "Yes".

    ## What it checks
    Whether any verdict of the decision table is something other than a plain "Yes" (optionally
    with an intensifier such as "absolutely"): a "No", a "Partially", or a qualified "Yes, with
    caveats".

    ## Why it matters
    The guide's section 5 asks "When is this NOT relevant?" and its Phase 5 check "Practitioner
    relevance: Would a practitioner know when and how to apply this finding?"; its section 9
    example mixes "Yes, with caveats" and "Partially". A decision table that never says no decides
    nothing.

    ## Bad
    Every row "Yes".

    ## Good
    At least one "No", "Partially" or "Yes, but only for …".

    ## Options
    Pack data `decision_table.intensifiers` (words that do not qualify a "Yes").

    ## Fix
    None.
    """

    code = "MA025"
    name = "decision-table-discriminates"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "every verdict of the decision table is an unqualified 'Yes'"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        found = decision_table(doc, data)
        if found is None or not found.header_matches or not found.table.rows:
            return
        table_spec = spec(data)
        index = table_spec.get("verdict_column", 1)
        intensifiers = table_spec.get("intensifiers", [])
        if all(is_plain_yes(row.cell(index), intensifiers) for row in found.table.rows):
            yield self.diagnostic(
                doc, found.table.line, 1, "every verdict is an unqualified 'Yes': say when not to use the diagnostic"
            )
