"""Shared pieces of the integration tests (imported as ``integrations.support``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
GOLDEN = HERE / "golden"
ROOT = HERE.parents[1]
# The rules whose output the golden files pin down: the core and Agent Skills families, and one fixable rule.
STABLE_SELECTION = "AS,SL,AX003"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env["NO_COLOR"] = "1"
    env.update(extra)
    return env


def copy_sample_repo(tmp_path: Path) -> Path:
    """tests/integrations/data copied into a folder that looks like a repository root."""
    repo = tmp_path / "repo"
    shutil.copytree(DATA, repo, ignore=shutil.ignore_patterns(".skilllint_cache"))
    (repo / ".git").mkdir()
    return repo


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m skilllint ARGS``; stdout and stderr decoded without touching line endings."""
    done = subprocess.run([sys.executable, "-m", "skilllint", *args], cwd=cwd, capture_output=True, env=env or clean_env())
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))
