from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._table import decision_table, spec


@register
class DecisionTableHeader(Rule):
    """The decision table's header is not the guide's.

    ## What it checks
    That a table in section 9 has the header `Scenario | Should I Use This? | Why / Why Not?`,
    matched tolerantly (case, spacing, punctuation, rapidfuzz ratio of at least
    `decision_table.header_score` per column).

    ## Why it matters
    The guide's section 9 fixes the columns: "| Scenario | Should I Use This? | Why / Why Not? |".
    The verdict column is what lets a reader decide; the "Why / Why Not?" column is what lets them
    trust the verdict.

    ## Bad
    ```markdown
    | Use case | Notes |
    ```

    ## Good
    ```markdown
    | Scenario | Should I Use This? | Why / Why Not? |
    ```

    ## Options
    Pack data `decision_table.columns`, `decision_table.header_score`.

    ## Fix
    None.
    """

    code = "MA021"
    name = "decision-table-header"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "decision table header is not 'Scenario | Should I Use This? | Why / Why Not?'"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        found = decision_table(doc, data)
        if found is not None and found.table is not None and not found.header_matches:
            expected = " | ".join(spec(data).get("columns", []))
            shown = " | ".join(c.text for c in found.table.header.cells) if found.table.header else ""
            yield self.diagnostic(doc, found.table.line, 1, f"decision table header '{shown}' should be '{expected}'")
