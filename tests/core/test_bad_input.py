"""Bad input gets a diagnostic at a line, never a traceback, and the run goes on."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.engine import Linter, Options

GOOD = b'---\nname: ok\ndescription: "Fine. Use when testing."\n---\n\nBody\n'


def run(paths, config=None):
    linter = Linter(Config(config or {}, None), Options())
    return linter.run(discover(paths, linter.config))


def make_skill(folder, name="ok", data=GOOD):
    (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / name / "SKILL.md").write_bytes(data)
    return folder / name / "SKILL.md"


def by_code(result):
    return {(d.code, os.path.basename(os.path.dirname(d.path)) or d.path) for d in result.diagnostics}


def test_file_over_size_limit_is_skipped(tmp_path):
    big = make_skill(tmp_path, "big", GOOD + b"x" * 2000)
    make_skill(tmp_path)
    result = run([tmp_path], {"max-file-size": 1000})
    (diag,) = [d for d in result.diagnostics if d.code == "SL103"]
    assert diag.path.endswith("big/SKILL.md") and diag.line == 1 and "1,000-byte limit" in diag.message
    assert result.files_checked == 1 and big.exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = make_skill(tmp_path, "locked")
    path.chmod(0)
    try:
        assert ("SL104", "locked") in by_code(run([tmp_path]))
    finally:
        path.chmod(0o644)


def test_unreadable_and_missing_files(tmp_path):
    result = run([tmp_path / "missing.md"])
    (diag,) = result.diagnostics
    assert diag.code == "SL104" and "no such file" in diag.message


def test_broken_symlink(tmp_path):
    (tmp_path / "dangling").mkdir()
    (tmp_path / "dangling" / "SKILL.md").symlink_to(tmp_path / "nowhere.md")
    make_skill(tmp_path)
    result = run([tmp_path])
    assert ("SL105", "dangling") in by_code(result)
    assert result.files_checked == 1


def test_symlink_loop(tmp_path):
    make_skill(tmp_path)
    (tmp_path / "ok" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    started = time.monotonic()
    result = run([tmp_path])
    assert time.monotonic() - started < 30
    assert any(d.code == "SL106" for d in result.diagnostics)
    assert result.files_checked == 1
    messages = {d.message for d in result.diagnostics if d.code == "SL106"}
    assert messages <= {"symlink loop: following the links leads back to where they started",
                        "symlink loop: this folder contains itself"}
    assert not any("Errno" in message for message in messages)


def test_discovery_skips_hidden_and_vendor_folders_and_excludes(tmp_path):
    make_skill(tmp_path / ".git")
    make_skill(tmp_path / "node_modules")
    make_skill(tmp_path / ".hidden")
    make_skill(tmp_path / "vendor")
    make_skill(tmp_path / "keep")
    (tmp_path / "README.md").write_text("# not a skill\n")
    linter = Linter(Config({"exclude": ["vendor"]}, tmp_path / ".skilllint.yaml"), Options())
    found = discover([tmp_path], linter.config)
    assert [f.path.parent.parent.name for f in found] == ["keep"]


def test_force_exclude_applies_exclude_to_files_named_on_the_command_line(tmp_path):
    draft = make_skill(tmp_path / "drafts" / "one")
    kept = make_skill(tmp_path / "keep")
    config = Config({"exclude": ["drafts/**"]}, tmp_path / ".skilllint.yaml")
    assert [f.path for f in discover([draft, kept], config)] == [draft, kept]
    assert [f.path for f in discover([draft, kept], config, force_exclude=True)] == [kept]
    assert [f.path for f in discover([tmp_path], config, force_exclude=True)] == [kept]


def test_explicit_file_of_any_name_is_checked(tmp_path):
    path = tmp_path / "draft.md"
    path.write_bytes(b"# no frontmatter\n")
    assert [d.code for d in run([path]).diagnostics] == ["AS001"]


@pytest.mark.parametrize("data", [
    b"", b"\xff\xfe\x00\x00", b"---\n", b"---\n---\n", b"---\n- a\n---\n", b"---\nx\n---\n",
    b"\xef\xbb\xbf---\r\nname: ok\r\n---\r\n", b"---\n" + b"a: [" * 5000 + b"\n---\n",
])
def test_odd_bytes_never_crash(tmp_path, data):
    path = make_skill(tmp_path, "odd", data)
    result = run([path])
    assert not result.crashed
    for d in result.diagnostics:
        assert d.line >= 1 and d.column >= 1


def test_the_summary_counts_every_file_with_a_problem(tmp_path):
    from skilllint.report import ReportContext, render

    make_skill(tmp_path, "latin1", GOOD.replace(b"Fine.", b"caf\xe9."))
    make_skill(tmp_path)
    summary = render("text", run([tmp_path]), ReportContext()).splitlines()[-1]
    assert summary == "Found 1 problem (1 error, 0 warnings, 0 info) in 2 files."
    summary = render("text", run([tmp_path / "latin1"]), ReportContext()).splitlines()[-1]
    assert summary == "Found 1 problem (1 error, 0 warnings, 0 info) in 1 file."
    summary = render("text", run([tmp_path / "ok"]), ReportContext()).splitlines()[-1]
    assert summary == "All checks passed (1 file checked)."


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_invalid_utf8_is_placed_at_its_line_and_column_whatever_the_line_endings(tmp_path, newline, bom):
    text = bom + "---\nname: ok\ndescription: \"Fine.\"\n---\n\n# T\n\nBody\ncaf\xff here\n"
    path = make_skill(tmp_path, "ok", text.replace("\n", newline).encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    (diag,) = run([path]).diagnostics
    assert (diag.code, diag.line, diag.column) == ("SL101", 9, 4)


def test_invalid_utf8_column_on_the_first_line_does_not_count_the_byte_order_mark(tmp_path):
    path = make_skill(tmp_path, "ok", b"\xef\xbb\xbfab\xffc\n")
    (diag,) = run([path]).diagnostics
    assert (diag.code, diag.line, diag.column) == ("SL101", 1, 3)


@pytest.mark.parametrize("fmt", ["text", "sarif", "github"])
def test_a_symlink_loop_named_on_the_command_line_is_a_diagnostic(tmp_path, monkeypatch, fmt):
    from click.testing import CliRunner

    from skilllint.cli import cli

    (tmp_path / "skills").mkdir()
    (tmp_path / "skills" / "a").symlink_to(tmp_path / "skills" / "b")
    (tmp_path / "skills" / "b").symlink_to(tmp_path / "skills" / "a")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", fmt, str(tmp_path / "skills" / "a")],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "SL10" in result.output


def test_a_path_found_twice_is_reported_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    make_skill(tmp_path, "ok")
    found = discover([Path("."), Path("a"), Path("./ok"), Path("ok/SKILL.md")], Config({}, None))
    assert sorted((str(f.path), f.problem) for f in found) == [
        ("a", "symlink-loop"), ("b", "symlink-loop"), ("ok/SKILL.md", None)]


def test_a_folder_that_cannot_be_listed_is_a_diagnostic(tmp_path, monkeypatch):
    import skilllint.discovery

    make_skill(tmp_path)
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(skilllint.discovery.os, "scandir", scandir)
    result = run([tmp_path])
    assert ("SL104", os.path.basename(tmp_path)) in by_code(result)
    assert result.files_checked == 1 and not result.crashed



@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_called_skill_md_in_a_folder_is_not_read(tmp_path):
    make_skill(tmp_path)
    (tmp_path / "pipe").mkdir()
    os.mkfifo(tmp_path / "pipe" / "SKILL.md")
    started = time.monotonic()
    result = run([tmp_path])
    assert time.monotonic() - started < 30
    assert ("SL104", "pipe") in by_code(result)
    assert result.files_checked == 1
