from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._table import decision_table


@register
class DecisionTableEmptyCell(Rule):
    """A row of the decision table has an empty or missing cell.

    ## What it checks
    Every data row of the decision table has text in each of the header's columns.

    ## Why it matters
    The guide's table gives each scenario a verdict and a reason ("| Comparing two architectures |
    Yes, with caveats | Results might be architecture-specific |"); a verdict without its "Why /
    Why Not?" cannot be weighed.

    ## Bad
    ```markdown
    | Comparing two architectures | Yes |  |
    ```

    ## Good
    ```markdown
    | Comparing two architectures | Yes, with caveats | Results might be architecture-specific |
    ```

    ## Options
    None.

    ## Fix
    None.
    """

    code = "MA023"
    name = "decision-table-empty-cell"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "decision table row has an empty cell"

    def check(self, doc, ctx):
        found = decision_table(doc, ctx.pack_data())
        if found is None or not found.header_matches:
            return
        columns = [c.text for c in found.table.header.cells]
        for row in found.table.rows:
            for index, name in enumerate(columns):
                if not row.cell(index).strip():
                    column = row.cells[index].column if index < len(row.cells) else 1
                    yield self.diagnostic(doc, row.line, column, f"decision table row has no '{name}'")
