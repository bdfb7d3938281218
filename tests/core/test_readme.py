"""The README's rule table is generated from the rules, and .ci/run runs the README's test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rule_table_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "rules_table.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^(python3 -m pip install -e \"\.\[test\]\" && python3 -m pytest.*)$", readme, re.M).group(1)
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_configuration_example_is_valid(tmp_path):
    from skilllint.config import load
    from skilllint.engine import Linter

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"^```yaml\n(profile: .*?)^```", readme, re.M | re.S).group(1)
    (tmp_path / "lab-pack.yaml").write_text("name: lab\nextends: [agent-skills]\n")
    (tmp_path / ".skilllint.yaml").write_text(example)
    Linter(load(tmp_path / ".skilllint.yaml"))
