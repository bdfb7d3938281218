"""Survey the arXiv references of a tree of SKILL.md files, offline.

    python -m skilllint.arxiv.survey PATH [--today YYYY-MM-DD]

Prints how many distinct identifiers the files reference, how many fail the offline checks and
why, how many references the offline AX rules report, and how many API requests an online run
with an empty cache would make (one per batch of at most 100 valid identifiers).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import math
from collections import Counter
from pathlib import Path

from skilllint.arxiv.client import BATCH_SIZE
from skilllint.arxiv.ids import REASONS, InvalidArxivId, parse_id
from skilllint.arxiv.references import document_references
from skilllint.arxiv.settings import ArxivSettings
from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.document import LoadProblem, load_bytes
from skilllint.engine import Linter, Options


def survey(root: Path, today: _dt.date) -> dict:
    found = [f for f in discover([root], Config()) if f.problem is None]
    references = 0
    paper_refs = 0
    ids: set[str] = set()
    paper_ids: set[str] = set()
    failures: dict[str, str] = {}
    valid: set[str] = set()
    for item in found:
        doc = load_bytes(item.path.read_bytes(), item.path, str(item.path))
        if isinstance(doc, LoadProblem):
            continue
        for ref in document_references(doc):
            references += 1
            paper_refs += ref.names_paper
            try:
                parsed = parse_id(ref.id_text, today=today)
            except InvalidArxivId as problem:
                ids.add(ref.id_text)
                failures[ref.id_text] = problem.reason
                continue
            ids.add(parsed.base)
            valid.add(parsed.base)
            if ref.names_paper:
                paper_ids.add(parsed.base)
    linter = Linter(Config({}, None), Options(select=["AX0"]))
    run = linter.finish([linter.lint_found(item) for item in found])
    by_code = Counter(d.code for d in run.diagnostics)
    return {
        "files": len(found),
        "references": references,
        "paper_references": paper_refs,
        "distinct_ids": len(ids),
        "distinct_paper_ids": len(paper_ids),
        "valid_ids": len(valid),
        "failures": Counter(failures.values()),
        "diagnostics": by_code,
        "requests": math.ceil(len(valid) / BATCH_SIZE),
    }


def render(stats: dict) -> str:
    interval = ArxivSettings().min_interval_s
    lines = [
        f"files: {stats['files']}",
        f"arXiv references: {stats['references']} ({stats['paper_references']} naming the skill's own paper)",
        f"distinct identifiers: {stats['distinct_ids']} ({stats['distinct_paper_ids']} named as a skill's paper)",
        f"identifiers failing the offline checks: {stats['distinct_ids'] - stats['valid_ids']}",
        "",
        "| reason | distinct identifiers |",
        "| --- | --- |",
    ]
    lines += [f"| {reason} ({REASONS[reason]}) | {count} |" for reason, count in stats["failures"].most_common()]
    if not stats["failures"]:
        lines.append("| (none) | 0 |")
    lines += ["", "| offline rule | diagnostics |", "| --- | --- |"]
    lines += [f"| {code} | {count} |" for code, count in sorted(stats["diagnostics"].items())]
    if not stats["diagnostics"]:
        lines.append("| (none) | 0 |")
    requests = stats["requests"]
    lines += [
        "",
        f"online run, empty cache: {requests} request(s) of <= {BATCH_SIZE} identifiers "
        f"(>= {max(0, requests - 1) * interval:g} s at one request per {interval:g} s); warm cache: 0",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m skilllint.arxiv.survey", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--today", type=_dt.date.fromisoformat, default=_dt.date.today())
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"{args.path}: no such file or folder")
    print(render(survey(args.path, args.today)))


if __name__ == "__main__":
    main()
