"""A run on one file loads nothing it does not use: no HTTP client, no process pool."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from skilllint.cli import main
sys.argv = ["skilllint", "check", "--no-cache", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_modules(path) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_one_file_run_skips_network_and_worker_modules(tmp_path):
    skill = tmp_path / "demo" / "SKILL.md"
    skill.parent.mkdir()
    skill.write_text('---\nname: demo\ndescription: "Does X. Use when Y."\nurl: https://arxiv.org/abs/2401.00001\n---\n\n# Demo\n\nBody.\n')
    modules = loaded_modules(skill)
    assert "skilllint.engine" in modules  # the probe really ran a check
    unused = {"http.client", "urllib.request", "skilllint.arxiv.verify", "skilllint.arxiv.client",
              "concurrent.futures.process", "multiprocessing.pool", "skilllint.cache"}
    assert modules & unused == set()
