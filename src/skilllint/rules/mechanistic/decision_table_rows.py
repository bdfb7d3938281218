from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import plural
from skilllint.rules.mechanistic._table import decision_table, spec


@register
class DecisionTableTooFewRows(Rule):
    """The decision table has fewer scenarios than the pack's minimum.

    ## What it checks
    The data rows of the decision table against `decision_table.min_rows` (4 by default).

    ## Why it matters
    The guide's example table in section 9 covers five scenarios, from "Explaining predictions to
    stakeholders" to "Improving interpretability"; a table of one or two rows does not map out
    when the diagnostic applies.

    ## Bad
    A decision table with two rows.

    ## Good
    Four or more scenarios, some where the answer is no.

    ## Options
    Pack data `decision_table.min_rows`.

    ## Fix
    None.
    """

    code = "MA022"
    name = "decision-table-too-few-rows"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "decision table has too few scenarios"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        found = decision_table(doc, data)
        minimum = spec(data).get("min_rows", 4)
        if found is not None and found.header_matches and len(found.table.rows) < minimum:
            yield self.diagnostic(
                doc,
                found.table.line,
                1,
                f"decision table has {plural(len(found.table.rows), 'scenario')}; at least {minimum} expected",
            )
