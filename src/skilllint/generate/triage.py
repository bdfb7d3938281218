"""The guide's Phase 1 rubric: five one-point criteria, and a paper needs 4 to count as mechanistic analysis."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

THRESHOLD = 4

# The record's rubric keys with the guide's own wording of each criterion.
CRITERIA: dict[str, str] = {
    "asks_why": 'Asks "why" or "how" a system works (not "how to improve")',
    "instrument": "Uses a systematic analytical instrument (measurement, diagnostic, experiment design)",
    "controls": "Controls for confounds",
    "actionable": "Reports findings practitioners can act on",
    "generalizes": "Teaches a methodology others could apply to new questions",
}


@dataclass(frozen=True)
class Criterion:
    key: str
    question: str
    point: int
    justification: str


@dataclass(frozen=True)
class TriageResult:
    criteria: tuple[Criterion, ...]
    threshold: int = THRESHOLD

    @property
    def score(self) -> int:
        return sum(criterion.point for criterion in self.criteria)

    @property
    def passed(self) -> bool:
        return self.score >= self.threshold

    @property
    def missing(self) -> tuple[Criterion, ...]:
        return tuple(criterion for criterion in self.criteria if not criterion.point)


def triage(rubric: dict[str, Any], threshold: int = THRESHOLD) -> TriageResult:
    """Score a schema-valid ``rubric`` mapping."""
    criteria = tuple(
        Criterion(key, question, int(rubric[key]["point"]), str(rubric[key]["justification"]).strip())
        for key, question in CRITERIA.items()
    )
    return TriageResult(criteria, threshold)


def format_result(result: TriageResult, title: str | None = None) -> list[str]:
    lines = [title] if title else []
    for criterion in result.criteria:
        lines.append(f"  [{criterion.point}] {criterion.key:<12} {criterion.question}")
        lines.append(f"      {criterion.justification}")
    total = len(result.criteria)
    if result.passed:
        lines.append(f"score {result.score}/{total}: a mechanistic-analysis paper (threshold {result.threshold})")
    else:
        lines.append(f"score {result.score}/{total}: not a mechanistic-analysis paper (threshold {result.threshold})")
        lines.append("missing: " + "; ".join(f"{c.key} ({c.question})" for c in result.missing))
    return lines
