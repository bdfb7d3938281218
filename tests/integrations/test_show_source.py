"""`--show-source`: the offending line under each diagnostic, with a caret under its column."""

from __future__ import annotations

import subprocess
import sys

from integrations.support import clean_env

from skilllint.report.source import caret_line, clip


def test_caret_lines_up_under_tabs_and_wide_characters():
    assert caret_line("name: X", 7) == "      ^"
    assert caret_line("\tname: X", 8) == "\t      ^"
    assert caret_line("日本: X", 5) == "      ^"  # each of 日本 takes two cells
    assert caret_line("url: http://x", 6, 8) == "     ^^^^^^^^"
    assert caret_line("ab", 5) == "    ^"  # past the end of the line


def test_a_long_line_is_shown_as_a_window_around_the_column():
    line = "w" * 5000 + "HERE" + "t" * 5000
    shown, column, width = clip(line, 5001, 4)
    assert len(shown) == 162 and shown.startswith("…") and shown.endswith("…")
    assert shown[column - 1 : column - 1 + width] == "HERE"
    assert clip("short line", 3, 2) == ("short line", 3, 2)
    shown, column, width = clip("x" * 300, 2, 500)  # a span running past the window stops at its edge
    assert (shown[0], column) == ("x", 2) and width == 159


def test_show_source_on_standard_input(tmp_path):
    text = "---\nname: Bad\ndescription: \"d\"\n---\n\n# Bad\n\nText.\n"
    result = subprocess.run(
        [sys.executable, "-m", "skilllint", "check", "-", "--stdin-filename", "bad/SKILL.md", "--show-source",
         "--select", "AS013", "--no-cache"],
        input=text.encode(), capture_output=True, cwd=tmp_path, env=clean_env())
    assert result.stdout.decode().splitlines()[:3] == [
        "bad/SKILL.md:2:7: AS013 [error] skill name 'Bad' must be lowercase [name-not-lowercase]",
        " 2 | name: Bad",
        "   |       ^",
    ]


def test_show_source_splits_lines_at_crlf_and_lone_cr(tmp_path):
    for newline in ("\r\n", "\r"):
        (tmp_path / "bad").mkdir(exist_ok=True)
        text = "---\nname: Bad\ndescription: \"d\"\n---\n\n# Bad\n\nText \xff.\n".replace("\n", newline)
        for data in (text.encode(), text.encode().replace(b"\xc3\xbf", b"\xff")):
            (tmp_path / "bad" / "SKILL.md").write_bytes(data)
            result = subprocess.run(
                [sys.executable, "-m", "skilllint", "check", "bad", "--show-source", "--select", "AS013,SL",
                 "--no-cache"], capture_output=True, cwd=tmp_path, env=clean_env())
            shown = result.stdout.decode().splitlines()[1:3]
            assert shown in ([" 2 | name: Bad", "   |       ^"], [" 8 | Text \ufffd.", "   |      ^"]), (newline, shown)
