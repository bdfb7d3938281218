from __future__ import annotations

from collections import defaultdict

from skilllint.diagnostics import Severity
from skilllint.discovery import SKILL_FILE
from skilllint.rules import RepositoryRule, register
from skilllint.rules.skillxiv._confusables import describe, skeleton
from skilllint.rules.skillxiv._facts import key_line, others


def _difference(mine: str, theirs: str) -> str:
    if mine.casefold() == theirs.casefold():
        return "differ only by case"
    if len(mine) == len(theirs):
        diffs = [describe(a) for a, b in zip(mine, theirs, strict=True) if a != b and a.casefold() != b.casefold()]
        if diffs:
            return "differ only by look-alike characters: this one has " + ", ".join(dict.fromkeys(diffs))
    return "differ only by case or look-alike characters"


@register
class LookalikeFolderNames(RepositoryRule):
    """Two skill folders whose names differ only by case or by look-alike characters.

    ## What it checks
    Across every file of the run, the names of the folders that hold a `SKILL.md`: after NFKC
    normalisation, mapping Cyrillic and Greek letters that look Latin to the Latin letter (a small
    documented table, not the whole Unicode confusables list) and case folding, two different
    names must not become the same. Each such folder is reported on its `name` line, with the
    characters that differ and their code points.

    ## Why it matters
    On case-insensitive file systems (macOS, Windows) `Foo` and `foo` are one folder, so a
    checkout silently loses a skill; names that differ by an invisible Cyrillic letter look like
    one skill to every reader while being two to every tool. CONTRIBUTING.md asks for
    "descriptive kebab-case" names, which leaves no room for either.

    ## Bad
    `skills/a/modomodo-multimodal-rl/` beside `skills/b/modomodо-multimodal-rl/` (Cyrillic `о`).

    ## Good
    One spelling, in ASCII.

    ## Options
    None.

    ## Fix
    None: renaming a folder is for the maintainers.
    """

    code = "SX204"
    name = "lookalike-folder-names"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "skill folder names differ only by case or look-alike characters"

    def collect(self, doc, ctx):
        if doc.path.name != SKILL_FILE:
            return None
        folder = doc.path.absolute().parent.name
        return {"folder": folder, "line": key_line(doc, "name")} if folder else None

    def check_repository(self, facts, ctx):
        groups: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for path, fact in facts:
            if fact:
                groups[skeleton(fact["folder"])].append((path, fact))
        for members in groups.values():
            names = {fact["folder"] for _, fact in members}
            if len(names) < 2:
                continue
            for path, fact in members:
                clash = [(p, f) for p, f in members if f["folder"] != fact["folder"]]
                how = _difference(fact["folder"], clash[0][1]["folder"])
                yield self.at(path, fact["line"],
                              f"folder '{fact['folder']}' and {others([p for p, _ in clash])} "
                              f"('{clash[0][1]['folder']}') {how}")
