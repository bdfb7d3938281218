"""Section 9's decision table: finding it and reading its verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from skilllint.document import Section, SkillDocument, TableBlock
from skilllint.rules.mechanistic._sections import located, memo, normalise


@dataclass
class DecisionTable:
    section: Section
    table: TableBlock | None  # the table whose header matches, else the first table
    header_matches: bool


def spec(data: dict[str, Any]) -> dict[str, Any]:
    return data.get("decision_table", {})


def header_matches(table: TableBlock, columns: list[str], score: float) -> bool:
    if table.header is None or len(table.header.cells) < len(columns):
        return False
    return all(
        fuzz.ratio(normalise(cell.text), normalise(expected)) >= score
        for cell, expected in zip(table.header.cells, columns, strict=False)
    )


def decision_table(doc: SkillDocument, data: dict[str, Any]) -> DecisionTable | None:
    return memo(doc, ("decision-table", id(spec(data)), id(data.get("sections"))), lambda: _find(doc, data))


def _find(doc: SkillDocument, data: dict[str, Any]) -> DecisionTable | None:
    table_spec = spec(data)
    section, _ = located(doc, data, table_spec.get("section", "apply"))
    if section is None:
        return None
    tables = section.tables()
    columns = table_spec.get("columns", [])
    score = float(table_spec.get("header_score", 75))
    for table in tables:
        if header_matches(table, columns, score):
            return DecisionTable(section, table, True)
    return DecisionTable(section, tables[0] if tables else None, False)


def first_word(verdict: str) -> str:
    words = re.findall(r"[a-z]+", verdict.lower())
    return words[0] if words else ""


def is_plain_yes(verdict: str, intensifiers: list[str]) -> bool:
    rest = normalise(verdict)
    if not (rest == "yes" or rest.startswith("yes ")):
        return False
    rest = rest[3:].strip()
    for word in sorted((normalise(w) for w in intensifiers), key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return not rest.strip()
