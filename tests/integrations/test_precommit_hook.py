"""The real `pre-commit try-repo` against this checkout's .pre-commit-hooks.yaml, in a throwaway skill repository.

try-repo clones the hook repository; a clone only carries committed files, so the test first snapshots
the working tree (tracked and untracked, minus ignored files) into a temporary git repository and
points try-repo at that. The `language: python` hook installs the package into pre-commit's own
environment, which needs the package index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from integrations.support import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CLEAN = """---
name: clean
description: "Summarises a paper's method. Use when a reader asks how it works."
---

# Clean

Text.
"""
FLAWED = CLEAN.replace("name: clean", "name: Flawed").replace("# Clean", "# Flawed")
FIXABLE = """---
name: fixable
description: "Points at its paper. Use when citing it."
metadata:
  paper: "x"
---

# Fixable

URL: http://arxiv.org/pdf/1706.03762.pdf
"""


def _git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This checkout's working tree as a one-commit git repository."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git("init", "-q", cwd=snapshot)
    _git("add", "-A", cwd=snapshot)
    _git("commit", "-q", "-m", "snapshot", cwd=snapshot)
    return snapshot


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def skill_repo(tmp_path) -> Path:
    repo = tmp_path / "skills"
    for folder, text in (("clean", CLEAN), ("flawed", FLAWED), ("fixable", FIXABLE)):
        (repo / folder).mkdir(parents=True)
        (repo / folder / "SKILL.md").write_text(text, encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "skills", cwd=repo)
    return repo


def _try_repo(hook_repo: Path, hook: str, files: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(home), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--files", *files],
                          cwd=cwd, capture_output=True, text=True, env=env, timeout=900)


def test_hook_passes_a_clean_skill_and_fails_a_flawed_one(hook_repo, skill_repo, pre_commit_home):
    clean = _try_repo(hook_repo, "skilllint", ["clean/SKILL.md"], skill_repo, pre_commit_home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    flawed = _try_repo(hook_repo, "skilllint", ["flawed/SKILL.md"], skill_repo, pre_commit_home)
    assert flawed.returncode == 1, flawed.stdout + flawed.stderr
    assert "Failed" in flawed.stdout
    assert "flawed/SKILL.md:2:7: AS013" in flawed.stdout


def test_hook_honours_the_configured_exclude(hook_repo, skill_repo, pre_commit_home):
    (skill_repo / ".skilllint.yaml").write_text('exclude: ["flawed/**"]\n', encoding="utf-8")
    result = _try_repo(hook_repo, "skilllint", ["flawed/SKILL.md"], skill_repo, pre_commit_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no SKILL.md files found" not in result.stdout + result.stderr


def test_fix_hook_rewrites_the_flawed_file(hook_repo, skill_repo, pre_commit_home):
    result = _try_repo(hook_repo, "skilllint-fix", ["fixable/SKILL.md"], skill_repo, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr  # pre-commit fails a hook that changed files
    assert "files were modified by this hook" in result.stdout
    fixed = (skill_repo / "fixable" / "SKILL.md").read_text(encoding="utf-8")
    assert fixed == FIXABLE.replace("http://arxiv.org/pdf/1706.03762.pdf", "https://arxiv.org/abs/1706.03762")

    again = _try_repo(hook_repo, "skilllint-fix", ["fixable/SKILL.md"], skill_repo, pre_commit_home)
    assert again.returncode == 0, again.stdout + again.stderr
