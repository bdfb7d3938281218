"""`skilllint check --fix / --diff / --unsafe-fixes` from the command line."""

from __future__ import annotations

import os
import stat

from integrations.support import STABLE_SELECTION, run_cli

ARGS = ["check", "skills", "--select", STABLE_SELECTION, "--no-cache"]


def test_fix_writes_changed_files_and_a_second_run_fixes_nothing(sample_repo):
    crlf = sample_repo / "skills" / "crlf-skill" / "SKILL.md"
    clean = sample_repo / "skills" / "clean-skill" / "SKILL.md"
    os.chmod(crlf, 0o600)
    clean_before = clean.stat()
    original = crlf.read_bytes()

    first = run_cli([*ARGS, "--fix"], sample_repo)
    assert first.returncode == 1  # errors that have no fix remain
    assert first.stderr.strip().splitlines()[-1] == "Fixed 2 problems in 2 files (AX003: 2)."
    assert "AX003" not in first.stdout  # the remaining problems are reported, the fixed ones are not
    assert "AS013" in first.stdout

    fixed = crlf.read_bytes()
    assert fixed == original.replace(b"url: arxiv.org/abs/1706.03762", b"url: https://arxiv.org/abs/1706.03762")
    assert stat.S_IMODE(crlf.stat().st_mode) == 0o600
    assert (clean.stat().st_ino, clean.stat().st_mtime_ns) == (clean_before.st_ino, clean_before.st_mtime_ns)

    second = run_cli([*ARGS, "--fix"], sample_repo)
    assert second.stderr.strip().splitlines()[-1] == "No fixes applied."
    assert crlf.read_bytes() == fixed
    diff = run_cli([*ARGS, "--diff"], sample_repo)
    assert diff.returncode == 0 and diff.stdout == ""


def test_unsafe_fixes_needs_fix_or_diff(sample_repo):
    result = run_cli([*ARGS, "--unsafe-fixes"], sample_repo)
    assert result.returncode == 2 and "--unsafe-fixes needs --fix or --diff" in result.stderr


def test_fix_refuses_standard_input(sample_repo):
    result = run_cli(["check", "-", "--fix"], sample_repo)
    assert result.returncode == 2 and "not on standard input" in result.stderr
