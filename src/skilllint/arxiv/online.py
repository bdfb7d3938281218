"""The repository-level pass the online AX rules share.

``collect_facts(doc, today)`` reduces a document to JSON-able facts: its valid references
(identifier, base, version, line, columns, whether it names the skill's paper) and the title it
claims for its paper. ``settings_for(ctx)`` reads the ``arxiv`` settings of the run (the config key,
with the command line's flags merged in). ``verification_for(facts, settings, run)`` verifies every
distinct identifier of the run once, whichever rule asks first; ``OnlineArxivRule`` is the base
of the online rules.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from skilllint.arxiv.ids import InvalidArxivId, parse_id
from skilllint.arxiv.references import document_references, paper_title
from skilllint.arxiv.settings import ArxivSettings, today
from skilllint.diagnostics import Diagnostic
from skilllint.rules.base import RepositoryRule, RuleContext

if TYPE_CHECKING:
    from skilllint.arxiv.verify import Verification


@dataclass(frozen=True)
class FactRef:
    id_text: str
    base: str
    version: int | None
    line: int
    column: int
    end_column: int
    names_paper: bool


def collect_facts(doc, today: _dt.date) -> dict[str, Any]:
    """The facts of ``doc``, computed once per document and date (five AX rules collect them)."""
    cached = doc.__dict__.get("_arxiv_facts")
    if cached is None or cached[0] != today:
        cached = doc.__dict__["_arxiv_facts"] = (today, _collect_facts(doc, today))
    return cached[1]


def _collect_facts(doc, today: _dt.date) -> dict[str, Any]:
    refs = []
    for ref in document_references(doc):
        try:
            parsed = parse_id(ref.id_text, today=today)
        except InvalidArxivId:
            continue
        refs.append([ref.id_text, parsed.base, parsed.version, ref.line, ref.column, ref.end_column, ref.names_paper])
    title = paper_title(doc)
    return {"refs": refs, "title": list(title) if title else None}


def fact_refs(facts: Any) -> list[FactRef]:
    if not isinstance(facts, dict):
        return []
    return [FactRef(*row) for row in facts.get("refs", [])]


def fact_title(facts: Any) -> tuple[str, int] | None:
    title = facts.get("title") if isinstance(facts, dict) else None
    return (title[0], title[1]) if title else None


def settings_for(ctx) -> ArxivSettings:
    config = ctx.settings.get("config")
    values = config.get("arxiv") if config is not None else None
    if isinstance(values, ArxivSettings):
        return values
    return ArxivSettings.from_values(values if isinstance(values, dict) else None)


def verification_for(facts: list[tuple[str, Any]], settings: ArxivSettings, run: dict) -> Verification:
    """Every distinct identifier of the run verified once, whichever online rule asks first."""
    from skilllint.arxiv.verify import verify_ids  # the HTTP client loads only for runs that verify

    bases = tuple(sorted({ref.base for _, f in facts for ref in fact_refs(f)}))
    key = ("arxiv-verification", bases, settings)
    if key not in run:
        run[key] = verify_ids(list(bases), settings)
    return run[key]


class OnlineArxivRule(RepositoryRule):
    """An online rule: it judges the run's references against the run's one verification."""

    def collect(self, doc, ctx: RuleContext) -> dict[str, Any]:
        return collect_facts(doc, today(ctx.settings))

    def check_repository(self, facts, ctx: RuleContext) -> Iterator[Diagnostic]:
        settings = settings_for(ctx)
        if settings.verify:
            yield from self.judge(facts, verification_for(facts, settings, ctx.run), settings)

    def judge(self, facts, result: Verification, settings: ArxivSettings) -> Iterator[Diagnostic]:
        raise NotImplementedError


def each_reference(facts: list[tuple[str, Any]]) -> Iterator[tuple[str, FactRef]]:
    """Every reference of the run once per (file, line, base)."""
    for path, f in facts:
        seen: set[tuple[int, str]] = set()
        for ref in fact_refs(f):
            if (ref.line, ref.base) in seen:
                continue
            seen.add((ref.line, ref.base))
            yield path, ref


def paper_reference(f: Any) -> FactRef | None:
    """The first reference that names the skill's own paper."""
    return next((ref for ref in fact_refs(f) if ref.names_paper), None)
