"""Runs skip validating the built-in packs; this test is where they are validated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from skilllint import resources
from skilllint.packs import PackError, PackSet, validate_builtin_packs


def test_every_builtin_pack_is_valid():
    assert resources.pack_names()
    validate_builtin_packs()


def test_validation_names_the_broken_pack(monkeypatch, tmp_path):
    shutil.copytree(Path(str(resources.data_root() / "schemas")), tmp_path / "schemas")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "agent-skills.yaml").write_text("name: agent-skills\nextends: not-a-list\n")
    monkeypatch.setattr(resources, "data_root", lambda: tmp_path)
    with pytest.raises(PackError, match="rules/agent-skills.yaml"):
        validate_builtin_packs()


def test_user_packs_are_still_validated_when_loaded(tmp_path):
    user = tmp_path / "agent-skills.yaml"
    user.write_text("name: agent-skills\nextends: not-a-list\n")
    with pytest.raises(PackError, match="agent-skills.yaml"):
        PackSet([user]).get("agent-skills")
