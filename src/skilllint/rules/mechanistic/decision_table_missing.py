from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._table import decision_table


@register
class DecisionTableMissing(Rule):
    """Section 9 has no table.

    ## What it checks
    That the When to Apply This Diagnostic section holds a table.

    ## Why it matters
    The guide's section 9 says "Create a decision table:" with the columns "Scenario | Should I Use
    This? | Why / Why Not?". Its Phase 5 check "Practitioner relevance: Would a practitioner know when
    and how to apply this finding?" is answered by that table.

    ## Bad
    A When to Apply section written as prose only.

    ## Good
    ```markdown
    | Scenario | Should I Use This? | Why / Why Not? |
    |---|---|---|
    | Checking if a component matters | Yes | Perturbation is the direct test |
    ```

    ## Options
    Pack data `decision_table.section`.

    ## Fix
    None.
    """

    code = "MA020"
    name = "decision-table-missing"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "section 9 has no decision table"

    def check(self, doc, ctx):
        found = decision_table(doc, ctx.pack_data())
        if found is not None and found.table is None:
            yield self.diagnostic(
                doc,
                found.section.line,
                1,
                "no decision table: add '| Scenario | Should I Use This? | Why / Why Not? |'",
            )
