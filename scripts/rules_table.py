"""Write the README's rule table from the rules' own metadata (``--check`` only compares)."""

from __future__ import annotations

import sys
from pathlib import Path

from skilllint.rules import all_rules

README = Path(__file__).resolve().parents[1] / "README.md"
BEGIN, END = "<!-- rules-table:begin -->", "<!-- rules-table:end -->"


def table() -> str:
    rows = ["| Code | Name | Pack | Severity | Fix | Summary |", "| --- | --- | --- | --- | --- | --- |"]
    for rule in all_rules():
        fix = ("safe" if rule.fix_safe else "unsafe") if rule.fixable else ""
        summary = rule.summary.replace("|", "\\|")
        rows.append(f"| {rule.code} | `{rule.name}` | {rule.pack} | {rule.severity.value} | {fix} | {summary} |")
    return "\n".join(rows)


def render(readme: str) -> str:
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n" + table() + "\n" + readme[end:]


def main() -> int:
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in sys.argv:
        if wanted != current:
            print("README.md rule table is out of date: run python scripts/rules_table.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
