from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._table import decision_table, first_word, spec


@register
class DecisionTableVerdict(Rule):
    """A verdict of the decision table does not start with a word of the verdict vocabulary.

    ## What it checks
    That each non-empty cell of the "Should I Use This?" column starts with one of the pack's
    `decision_table.verdicts` (Yes, No, Partially, Only, Rarely, Depends, …); qualifiers after
    it ("Yes, with caveats", "Only for small models") are welcome.

    ## Why it matters
    The guide's section 9 column asks a yes/no question, "Should I Use This?", and its example
    answers with "Yes, but limited", "Yes, as first step", "Partially". A verdict that is a
    description ("Useful for debugging") makes the reader decide.

    ## Bad
    ```markdown
    | Debugging failures | Helpful sometimes | Finds bottlenecks |
    ```

    ## Good
    ```markdown
    | Debugging failures | Yes, as first step | Finds bottlenecks |
    ```

    ## Options
    Pack data `decision_table.verdicts`, `decision_table.verdict_column`.

    ## Fix
    None.
    """

    code = "MA024"
    name = "decision-table-verdict"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "decision table verdict does not start with a verdict word"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        found = decision_table(doc, data)
        if found is None or not found.header_matches:
            return
        table_spec = spec(data)
        index = table_spec.get("verdict_column", 1)
        words = {w.lower() for w in table_spec.get("verdicts", [])}
        for row in found.table.rows:
            verdict = row.cell(index).strip()
            if verdict and first_word(verdict) not in words:
                shown = ", ".join(table_spec.get("verdicts", []))
                yield self.diagnostic(
                    doc, row.line, row.cells[index].column, f"verdict '{verdict}' should start with one of: {shown}"
                )
