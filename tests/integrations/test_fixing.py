"""The fix loop: rounds, overlaps, dropped fixes, safe and unsafe, line endings, BOM, atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from integrations.fix_rules import (
    AppendSection,
    BreakYaml,
    DropAuthor,
    FirstTypo,
    Flip,
    LowercaseName,
    RewriteTypoLine,
    assert_only_edits_changed,
    linter_with,
)

from skilllint.diagnostics import Edit, Fix
from skilllint.discovery import Found
from skilllint.fixing import fix_bytes, fix_command, unified_diff, write_atomic

SKILL = """---
name: My-Skill
description: "Fixes teh typos."
author: someone
---

# Skill

Fix teh first, then teh second and teh third.
"""


def _fix(text: str, *rules, unsafe: bool = False, path: str = "my-skill/SKILL.md"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return fix_bytes(linter_with(*rules), data, Path(path), path, unsafe=unsafe)


def test_safe_fix_applies_and_reports_per_rule():
    outcome = _fix(SKILL, LowercaseName)
    assert outcome.fixed.decode() == SKILL.replace("My-Skill", "my-skill")
    assert outcome.applied == {"ZZ901": 1}
    assert not [d for d in outcome.result.diagnostics if d.code == "ZZ901"]


def test_rounds_continue_until_nothing_applies():
    outcome = _fix(SKILL, FirstTypo)
    assert b"teh" not in outcome.fixed
    assert outcome.applied == {"ZZ902": 4} and outcome.rounds == 4 and outcome.converged


def test_overlapping_edits_are_resolved_not_corrupted():
    outcome = _fix(SKILL, FirstTypo, RewriteTypoLine)
    text = outcome.fixed.decode()
    assert "teh" not in text
    assert "Fix the first, then the second and the third. TYPO LINE\n" in text  # marked once, typos fixed
    # marking the description line would break its YAML quoting: that fix is dropped, the typo fix is not
    assert 'description: "Fixes the typos."\n' in text
    assert [(d.code, d.line) for d in outcome.dropped] == [("ZZ903", 3)]
    assert outcome.converged


def test_fix_that_breaks_the_frontmatter_is_dropped_and_reported():
    outcome = _fix(SKILL, BreakYaml, LowercaseName)
    assert outcome.fixed.decode() == SKILL.replace("My-Skill", "my-skill")
    assert [(d.code, d.line) for d in outcome.dropped] == [("ZZ904", 3)]
    assert "no longer parse" in outcome.dropped[0].reason
    assert outcome.applied == {"ZZ901": 1}


def test_unsafe_fixes_only_when_asked():
    assert not _fix(SKILL, DropAuthor).changed
    outcome = _fix(SKILL, DropAuthor, unsafe=True)
    assert outcome.fixed.decode() == SKILL.replace("author: someone\n", "")


def test_fixes_that_undo_each_other_stop():
    outcome = _fix(SKILL.replace("Fix teh", "Say ping"), Flip)
    assert not outcome.converged and outcome.rounds <= 10
    assert outcome.fixed.decode() in {SKILL.replace("Fix teh", "Say ping"), SKILL.replace("Fix teh", "Say pong")}


def test_line_endings_and_bom_are_kept():
    crlf = "\ufeff" + SKILL.replace("\n", "\r\n")
    outcome = _fix(crlf.encode("utf-8"), LowercaseName, AppendSection)
    fixed = outcome.fixed
    assert fixed.startswith("\ufeff".encode())
    assert fixed.count(b"\n") == fixed.count(b"\r\n")
    assert fixed.decode("utf-8") == crlf.replace("My-Skill", "my-skill") + "\r\n## Added\r\n\r\nText.\r\n"


def test_lone_cr_line_endings_are_kept():
    cr = SKILL.replace("\n", "\r")
    outcome = _fix(cr.encode("utf-8"), LowercaseName, AppendSection)
    assert outcome.fixed.decode("utf-8") == cr.replace("My-Skill", "my-skill") + "\r## Added\r\rText.\r"


def test_text_outside_the_edits_is_untouched():
    outcome = _fix(SKILL, FirstTypo, RewriteTypoLine, LowercaseName)
    assert len(outcome.history) >= 2
    assert_only_edits_changed(outcome)


def test_write_is_atomic_and_keeps_permissions(tmp_path):
    target = tmp_path / "SKILL.md"
    target.write_bytes(b"old\r\n")
    os.chmod(target, 0o640)
    write_atomic(target, b"new\r\n")
    assert target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["SKILL.md"]  # no temporary file left


def test_write_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old\n")
    link = tmp_path / "SKILL.md"
    link.symlink_to(real)
    write_atomic(link, b"new\n")
    assert link.is_symlink() and real.read_text() == "new\n"


def test_fix_command_writes_changed_files_only(tmp_path):
    changed = tmp_path / "a" / "SKILL.md"
    clean = tmp_path / "b" / "SKILL.md"
    for path, text in ((changed, SKILL), (clean, SKILL.replace("My-Skill", "b"))):
        path.parent.mkdir()
        path.write_text(text)
    before = clean.stat()
    messages = []
    results, any_change = fix_command(linter_with(LowercaseName, BreakYaml), [Found(changed), Found(clean)],
                                      unsafe=False, write=True, echo=lambda m="", **kw: messages.append(m))
    assert any_change and len(results) == 2
    assert changed.read_text() == SKILL.replace("My-Skill", "my-skill")
    after = clean.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert any("ZZ904 fix not applied" in m for m in messages)
    assert messages[-1] == "Fixed 1 problem in 1 file (ZZ901: 1)."


def test_diff_shows_changes_without_writing(tmp_path):
    path = tmp_path / "SKILL.md"
    path.write_text(SKILL)
    printed = []
    _, any_change = fix_command(linter_with(LowercaseName), [Found(path)], unsafe=False, write=False,
                                echo=lambda m="", **kw: printed.append((m, kw.get("err", False))))
    assert any_change and path.read_text() == SKILL
    diff = next(m for m, err in printed if not err)
    assert "-name: My-Skill\n+name: my-skill\n" in diff
    assert printed[-1] == ("Would fix 1 problem in 1 file (ZZ901: 1).", True)


def test_unified_diff_marks_a_missing_final_newline():
    diff = unified_diff(b"a\nb", b"a\nc", "x/SKILL.md")
    assert diff.endswith("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")


def test_a_fix_waiting_behind_a_dropped_one_is_still_applied():
    class BreakOverTypo(BreakYaml):
        """Test rule: a breaking fix whose edit covers the description's 'teh' (so FirstTypo waits)."""

        code = "ZZ908"
        name = "test-break-over-typo"

        def check(self, doc, ctx):
            info = doc.frontmatter.keys.get("description") if doc.frontmatter else None
            if info is not None and doc.frontmatter.error is None:
                end = doc.text.index("teh", info.value_start) + 3
                yield self.diagnostic(doc, info.line, 1, "breakable",
                                      fix=Fix((Edit(info.value_start, end, "[x: "),), "break"))

    outcome = _fix(SKILL, BreakOverTypo, FirstTypo)
    assert outcome.dropped and {d.code for d in outcome.dropped} == {"ZZ908"}  # each round proposes a new span
    assert b"teh" not in outcome.fixed and outcome.applied == {"ZZ902": 4}
