"""The hook manifest offered to other repositories, and this repository's own pre-commit configuration."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml
from integrations.support import ROOT

HOOKS = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def _pre_commit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=ROOT, capture_output=True, text=True)


def test_manifest_and_config_are_valid_for_pre_commit():
    manifest = _pre_commit("validate-manifest", ".pre-commit-hooks.yaml")
    assert manifest.returncode == 0, manifest.stdout + manifest.stderr
    config = _pre_commit("validate-config", ".pre-commit-config.yaml")
    assert config.returncode == 0, config.stdout + config.stderr


def test_hooks_run_on_skill_files_only():
    assert set(HOOKS) == {"skilllint", "skilllint-fix"}
    assert HOOKS["skilllint"]["entry"] == "skilllint check --force-exclude"
    assert HOOKS["skilllint-fix"]["entry"] == "skilllint check --force-exclude --fix"
    for hook in HOOKS.values():
        assert hook["pass_filenames"] is True and hook["language"] == "python"
        files = re.compile(hook["files"])
        assert all(files.search(p) for p in ("SKILL.md", "skills/a/SKILL.md"))
        assert not any(files.search(p) for p in ("SKILL.md.bak", "skills/NOTSKILL.md", "skills/a/README.md"))


def test_own_config_lints_only_the_exemplary_examples():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = next(h for repo in config["repos"] for h in repo["hooks"] if h["id"] == "skilllint-examples")
    files = re.compile(hook["files"])
    assert files.search("fixtures/examples/exemplary-mechanistic/SKILL.md")
    assert not files.search("fixtures/examples/flawed-mechanistic/SKILL.md")
    assert not files.search("fixtures/name-missing/bad.md")
