"""Rules with fixes that exist only for the fix-loop tests. They are never registered: tests add them
to one Linter's rule list (``linter_with``), so no other test and no user sees them."""

from __future__ import annotations

import re

from skilllint.config import Config
from skilllint.diagnostics import Edit, Fix, Severity
from skilllint.document.text import newline_style
from skilllint.engine import Linter, Options
from skilllint.rules import Rule, all_rules


class LowercaseName(Rule):
    """Test rule: the `name` value in capitals; the fix lowercases it."""

    code = "ZZ901"
    name = "test-lowercase-name"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc, ctx):
        fm = doc.frontmatter
        info = fm.keys.get("name") if fm is not None else None
        value = doc.text[info.value_start:info.value_end] if info else ""
        if value != value.lower():
            line, column = doc.position(info.value_start)
            yield self.diagnostic(doc, line, column, "name in capitals",
                                  fix=Fix((Edit(info.value_start, info.value_end, value.lower()),), "lowercase"))


class FirstTypo(Rule):
    """Test rule: each 'teh' is reported; only the first one's fix is offered, so fixing takes rounds."""

    code = "ZZ902"
    name = "test-first-typo"
    fixable = True

    def check(self, doc, ctx):
        for i, match in enumerate(re.finditer(r"\bteh\b", doc.text)):
            line, column = doc.position(match.start())
            fix = Fix((Edit(match.start(), match.end(), "the"),), "the") if i == 0 else None
            yield self.diagnostic(doc, line, column, "typo", fix=fix)


class RewriteTypoLine(Rule):
    """Test rule: a line holding 'teh' is replaced whole; its edit overlaps FirstTypo's."""

    code = "ZZ903"
    name = "test-rewrite-typo-line"
    fixable = True

    def check(self, doc, ctx):
        for number, text in enumerate(doc.lines, 1):
            if re.search(r"\bteh\b", text) and "TYPO LINE" not in text:
                start = doc.offset(number)
                yield self.diagnostic(doc, number, 1, "typo line",
                                      fix=Fix((Edit(start, start + len(text), text + " TYPO LINE"),), "mark"))


class BreakYaml(Rule):
    """Test rule: a fix that would leave the frontmatter unparseable."""

    code = "ZZ904"
    name = "test-break-yaml"
    fixable = True

    def check(self, doc, ctx):
        fm = doc.frontmatter
        info = fm.keys.get("description") if fm is not None else None
        if info is not None and fm.error is None:
            yield self.diagnostic(doc, info.line, 1, "breakable",
                                  fix=Fix((Edit(info.value_start, info.value_start, '"unclosed: ['),), "break"))


class DropAuthor(Rule):
    """Test rule: an unsafe fix that deletes the `author` line."""

    code = "ZZ905"
    name = "test-drop-author"
    fixable = True
    fix_safe = False

    def check(self, doc, ctx):
        fm = doc.frontmatter
        info = fm.keys.get("author") if fm is not None else None
        if info is not None:
            start, end = doc.offset(info.line), doc.offset(info.line + 1)
            yield self.diagnostic(doc, info.line, 1, "author", fix=Fix((Edit(start, end, ""),), "drop", safe=False))


class AppendSection(Rule):
    """Test rule: a fix that appends lines written with LF; a CRLF file must get CRLF, a CR file CR."""

    code = "ZZ906"
    name = "test-append-section"
    fixable = True

    def check(self, doc, ctx):
        if "## Added" not in doc.text and doc.frontmatter is not None and doc.frontmatter.error is None:
            end = len(doc.text)
            prefix = "" if doc.text.endswith(("\n", "\r")) or not doc.text else "\n"
            yield self.diagnostic(doc, max(doc.line_count, 1), 1, "no added section",
                                  fix=Fix((Edit(end, end, prefix + "\n## Added\n\nText.\n"),), "append"))


class Flip(Rule):
    """Test rule: 'ping' -> 'pong' and 'pong' -> 'ping' forever; the loop must stop."""

    code = "ZZ907"
    name = "test-flip"
    fixable = True

    def check(self, doc, ctx):
        for match in re.finditer(r"\b(ping|pong)\b", doc.text):
            other = "pong" if match.group() == "ping" else "ping"
            line, column = doc.position(match.start())
            yield self.diagnostic(doc, line, column, "flip", fix=Fix((Edit(match.start(), match.end(), other),)))


TEST_RULES = [LowercaseName, FirstTypo, RewriteTypoLine, BreakYaml, DropAuthor, AppendSection, Flip]


def linter_with(*rules, select: list[str] | None = None, profiles: list[str] | None = None) -> Linter:
    codes = [r.code for r in rules]
    return Linter(Config({}, None), Options(profiles=profiles or ["agent-skills"],
                                            select=None if select is None else [*select, *codes],
                                            extend_select=codes),
                  rules=sorted({*all_rules(), *rules}, key=lambda r: r.code))


def assert_only_edits_changed(outcome) -> None:
    """Each round's text is the text before it with exactly its edits applied (CRLF or CR kept): nothing else moved."""
    if not outcome.history:
        assert outcome.fixed == outcome.original
        return
    finals = [before for before, _ in outcome.history[1:]]
    final_text = outcome.fixed.decode("utf-8").removeprefix("\ufeff")
    for (before, edits), after in zip(outcome.history, [*finals, final_text], strict=True):
        newline = newline_style(before) if newline_style(before) in ("\r\n", "\r") else None
        cursor, position = 0, 0
        for edit in sorted(edits, key=lambda e: e.start):
            replacement = edit.replacement
            if newline:
                replacement = replacement.replace("\r\n", "\n").replace("\n", newline)
            kept = before[cursor:edit.start]
            assert after[position:position + len(kept)] == kept
            position += len(kept)
            assert after[position:position + len(replacement)] == replacement
            position += len(replacement)
            cursor = edit.end
        assert after[position:] == before[cursor:]
