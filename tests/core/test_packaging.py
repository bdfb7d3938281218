"""A non-editable install carries the rule packs and schemas and finds them through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, skilllint, skilllint.resources as r
from skilllint.packs import builtin_pack
root = r.data_root()
print(json.dumps({"package": skilllint.__file__, "root": str(root),
                  "packs": r.pack_names(), "schema": r.schema("config")["title"],
                  "agent": builtin_pack("agent-skills").name}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip("hatchling (in the test extras) is needed to build the wheel offline")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    (built,) = out.glob("*.whl")
    return built


def test_wheel_contains_packs_and_schemas(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "skilllint/_data/rules/agent-skills.yaml" in names
    assert "skilllint/_data/schemas/config.schema.json" in names
    assert "skilllint/_data/schemas/pack.schema.json" in names


def test_installed_wheel_loads_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n" + PROBE],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    )
    import json

    found = json.loads(result.stdout)
    assert found["package"].startswith(str(target))
    assert found["root"].startswith(str(target)) and found["root"].endswith("_data")
    assert "agent-skills" in found["packs"] and found["agent"] == "agent-skills"
    assert found["schema"] == "skilllint configuration"
