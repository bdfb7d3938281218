"""`--fix` and `--diff`: apply rules' fixes, parse and lint again, in bounded rounds.

Each round lints the current text, picks the fixes that apply (safe ones, and unsafe ones when
asked), skips any fix whose edits overlap an edit already chosen (it is tried again next round,
on the new text), and checks that the result still parses: a fix after which the frontmatter
that parsed no longer does, or after which the structural checks (AS001-AS006) find new
problems, is dropped and reported. Rounds stop when nothing more applies, when a text
repeats, or after ``MAX_ROUNDS``.
"""

from __future__ import annotations

import difflib
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from skilllint.atomic import replace_file
from skilllint.diagnostics import Diagnostic, Edit, Fix
from skilllint.document import LoadProblem, SkillDocument, load_bytes
from skilllint.document.text import BOM, newline_style
from skilllint.fixes import apply_edits
from skilllint.rules import RuleContext, find_rule

MAX_ROUNDS = 10
STRUCTURAL_CODES = ("AS001", "AS002", "AS003", "AS004", "AS005", "AS006")


@dataclass
class Dropped:
    """A fix that was not applied because its result would not parse."""

    code: str
    line: int
    column: int
    description: str
    reason: str


@dataclass
class FixOutcome:
    path: Path
    display: str
    original: bytes
    fixed: bytes
    applied: Counter = field(default_factory=Counter)  # rule code -> fixes applied
    dropped: list[Dropped] = field(default_factory=list)
    rounds: int = 0
    converged: bool = True
    result: object = None  # the engine's FileResult for the final text
    history: list[tuple[str, list[Edit]]] = field(default_factory=list)  # (text before, edits) per round

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        return unified_diff(self.original, self.fixed, self.display)


def wanted(diagnostic: Diagnostic, unsafe: bool) -> bool:
    return diagnostic.fix is not None and bool(diagnostic.fix.edits) and (diagnostic.fix.safe or unsafe)


def fix_bytes(linter, data: bytes, path: Path, display: str, unsafe: bool = False,
              max_rounds: int = MAX_ROUNDS) -> FixOutcome:
    """Fix one file's bytes in memory; nothing is written."""
    outcome = FixOutcome(Path(path), display, data, data)
    loaded = load_bytes(data, Path(path), display)
    if isinstance(loaded, LoadProblem):
        outcome.result = linter.lint_bytes(data, Path(path), display)
        return outcome
    doc = loaded
    seen = {doc.text}
    refused: set[tuple] = set()
    result = linter.lint_document(doc)
    while True:
        candidates = [d for d in result.diagnostics
                      if wanted(d, unsafe) and _key(doc, d.fix) not in refused and not _noop(doc, d.fix)]
        if not candidates:
            break
        if outcome.rounds >= max_rounds:
            outcome.converged = False
            break
        outcome.rounds += 1
        dropped_before = len(outcome.dropped)
        text, applied = _one_round(doc, candidates, refused, outcome.dropped)
        if not applied:
            if len(outcome.dropped) > dropped_before:
                continue  # fixes that waited behind a dropped one get their turn
            break
        if text in seen:  # the fixes undo each other: keep the last text that was different
            outcome.converged = False
            break
        seen.add(text)
        outcome.applied.update(d.code for d in applied)
        outcome.history.append((doc.text, [e for d in applied for e in d.fix.edits]))
        doc = _reload(doc, text)
        result = linter.lint_document(doc)
    outcome.fixed = (BOM if doc.has_bom else "").encode() + doc.text.encode("utf-8")
    outcome.result = result
    return outcome


def _one_round(doc: SkillDocument, candidates: list[Diagnostic], refused: set, dropped: list[Dropped]):
    chosen: list[Diagnostic] = []
    taken: list[Edit] = []
    for diagnostic in sorted(candidates, key=Diagnostic.sort_key):
        edits = diagnostic.fix.edits
        if _valid(doc, edits) and not any(_overlap(a, b) for a in edits for b in taken):
            if _overlap_within(edits):
                continue
            chosen.append(diagnostic)
            taken.extend(edits)
    good = []
    for diagnostic in chosen:  # each fix alone must keep the file parseable
        reason = _breaks(doc, _apply(doc, diagnostic.fix.edits))
        if reason:
            refused.add(_key(doc, diagnostic.fix))
            dropped.append(Dropped(diagnostic.code, diagnostic.line, diagnostic.column,
                                   diagnostic.fix.description, reason))
        else:
            good.append(diagnostic)
    if not good:
        return doc.text, []
    text = _apply(doc, [e for d in good for e in d.fix.edits])
    if _breaks(doc, text):  # fine alone, broken together: take the first now, the rest next round
        good = good[:1]
        text = _apply(doc, good[0].fix.edits)
    return text, good


def _apply(doc: SkillDocument, edits) -> str:
    if doc.newline in ("\r\n", "\r"):
        edits = [Edit(e.start, e.end, e.replacement.replace("\r\n", "\n").replace("\n", doc.newline)) for e in edits]
    return apply_edits(doc.text, edits)


def _noop(doc: SkillDocument, fix: Fix) -> bool:
    return _valid(doc, fix.edits) and _apply(doc, fix.edits) == doc.text


def _valid(doc: SkillDocument, edits) -> bool:
    return all(0 <= e.start <= e.end <= len(doc.text) for e in edits)


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:  # an insertion clashes with anything at or around its point
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def _overlap_within(edits) -> bool:
    return any(_overlap(a, b) for i, a in enumerate(edits) for b in edits[i + 1:])


def _key(doc: SkillDocument, fix: Fix) -> tuple:
    return tuple((doc.text[e.start:e.end], e.replacement) for e in fix.edits)


def _reload(doc: SkillDocument, text: str) -> SkillDocument:
    return SkillDocument(doc.path, doc.display_path, text, doc.has_bom, _newline(text, doc.newline))


def _newline(text: str, before: str) -> str:
    return newline_style(text) if "\n" in text or "\r" in text else before


def _breaks(before: SkillDocument, text: str) -> str | None:
    """Why ``text`` no longer parses as well as ``before`` did, or None."""
    after = _reload(before, text)
    old_fm, new_fm = before.frontmatter, after.frontmatter
    if old_fm is not None and old_fm.error is None and isinstance(old_fm.data, dict):
        if new_fm is None:
            return "the frontmatter would disappear"
        if new_fm.error is not None:
            return f"the frontmatter would no longer parse: {new_fm.error.message}"
        if not isinstance(new_fm.data, dict):
            return "the frontmatter would no longer be a mapping"
    new = _structural(after) - _structural(before)
    if new:
        return "it would introduce " + ", ".join(sorted(new))
    return None


def _structural(doc: SkillDocument) -> set[str]:
    codes = set()
    for code in STRUCTURAL_CODES:
        rule_cls = find_rule(code)
        if rule_cls is None:
            continue
        try:
            found = list(rule_cls().check(doc, RuleContext(options=dict(rule_cls.options), pack=None)))
        except Exception:
            codes.add("SL001")
            continue
        codes.update(d.code for d in found)
    return codes


# -- writing and showing ---------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes) -> None:
    """Replace the file's bytes atomically, keeping its mode and owner (through a symlink, its target's)."""
    target = Path(os.path.realpath(path))
    info = target.stat()

    def keep_mode(temporary: str) -> None:
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        try:
            os.chown(temporary, info.st_uid, info.st_gid)
        except (PermissionError, AttributeError):
            pass

    replace_file(target, data, durable=True, before_rename=keep_mode)


def unified_diff(before: bytes, after: bytes, display: str) -> str:
    if before == after:
        return ""
    old = _diff_lines(before)
    new = _diff_lines(after)
    out = []
    for line in difflib.unified_diff(old, new, f"a/{display}", f"b/{display}"):
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _diff_lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


# -- the command line's side -----------------------------------------------------------------------


def fix_found(linter, found, unsafe: bool = False) -> FixOutcome:
    """Fix one discovered file in memory; files that cannot be read are only linted."""
    display = _display(found.path)
    if found.problem is None:
        try:
            if found.path.stat().st_size <= linter.config.max_file_size:
                return fix_bytes(linter, found.path.read_bytes(), found.path, display, unsafe)
        except OSError:
            pass
    outcome = FixOutcome(found.path, display, b"", b"")
    outcome.result = linter.lint_found(found)
    return outcome


def _display(path: Path) -> str:
    from skilllint.engine import display_path

    return display_path(path)


def dropped_lines(outcomes: list[FixOutcome]) -> list[str]:
    return [f"{o.display}:{d.line}:{d.column}: {d.code} fix not applied: {d.reason}"
            + (f" ({d.description})" if d.description else "")
            for o in outcomes for d in o.dropped] + [
        f"{o.display}: fixes did not settle after {o.rounds} rounds" for o in outcomes if not o.converged]


def summary(outcomes: list[FixOutcome], would: bool = False) -> str:
    """``Fixed 7 problems in 3 files (AX003: 5, SX020: 2).`` or, for --diff, ``Would fix …``."""
    applied: Counter = Counter()
    for o in outcomes:
        if o.changed:
            applied.update(o.applied)
    files = sum(1 for o in outcomes if o.changed)
    total = sum(applied.values())
    verb = "Would fix" if would else "Fixed"
    if not total:
        return "No fixes available." if would else "No fixes applied."
    per_rule = ", ".join(f"{code}: {count}" for code, count in sorted(applied.items()))
    return (f"{verb} {total} problem{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}"
            f" ({per_rule}).")


def fix_command(linter, found, unsafe: bool, write: bool, echo) -> tuple[list, bool]:
    """Fix every discovered file; write the changed ones (``write``) or print their diffs.

    Returns the engine's results for the fixed texts and whether any file changed (or would).
    Messages go to standard error, diffs to standard output.
    """
    outcomes = []
    for item in found:
        outcome = fix_found(linter, item, unsafe)
        if outcome.changed:
            if write:
                try:
                    write_atomic(outcome.path, outcome.fixed)
                except OSError as exc:
                    echo(f"skilllint: {outcome.display}: cannot write the fixed file: {exc.strerror or exc}", err=True)
                    outcome.fixed = outcome.original
                    outcome.result = linter.lint_bytes(outcome.original, outcome.path, outcome.display)
            else:
                echo(outcome.diff(), nl=False)
        outcomes.append(outcome)
    for line in dropped_lines(outcomes):
        echo(line, err=True)
    echo(summary(outcomes, would=not write), err=True)
    return [o.result for o in outcomes], any(o.changed for o in outcomes)
