"""The composite action's shell steps, run locally the way a runner runs them, on a sample repository.

Steps that `uses:` another action (setup-python, upload-sarif) need GitHub; every `run:` step is
executed with bash as a runner would (`bash --noprofile --norc -eo pipefail`), with its `${{ }}`
expressions filled in from the inputs and the earlier steps' outputs. The install step installs
this checkout into a virtual environment, so the test needs the package index for the build backend.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from integrations.support import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


def _expand(value: str, inputs: dict, outputs: dict) -> str:
    def one(match: re.Match) -> str:
        expression = match.group(1)
        if expression.startswith("inputs."):
            return inputs[expression[len("inputs."):]]
        if expression == "github.action_path":
            return str(ROOT)
        step = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression)
        if step:
            return outputs.get(step.group(1), {}).get(step.group(2), "")
        raise AssertionError(f"expression the test cannot evaluate: {expression}")

    return EXPRESSION.sub(one, str(value))


def run_action(workspace: Path, overrides: dict, path_dirs: list[Path]) -> tuple[dict, list[subprocess.CompletedProcess]]:
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update(overrides)
    outputs: dict[str, dict[str, str]] = {}
    done = []
    for index, step in enumerate(ACTION["runs"]["steps"]):
        if "run" not in step:
            assert "uses" in step
            continue
        assert step.get("shell") == "bash" and "if" not in step
        output_file = workspace.parent / f"github-output-{index}"
        output_file.write_text("")
        env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
        env.update({k: _expand(v, inputs, outputs) for k, v in step.get("env", {}).items()})
        env.update(GITHUB_ACTIONS="true", GITHUB_OUTPUT=str(output_file), GITHUB_WORKSPACE=str(workspace),
                   RUNNER_TEMP=str(workspace.parent / "runner-temp"),
                   PATH=os.pathsep.join([*map(str, path_dirs), env["PATH"]]))
        script = workspace.parent / f"step-{index}.sh"
        script.write_text(_expand(step["run"], inputs, outputs))
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                                env=env, capture_output=True, text=True, timeout=900)
        done.append(result)
        outputs[step.get("id", str(index))] = dict(
            line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line)
        if result.returncode != 0:
            break
    return outputs, done


@pytest.fixture(scope="module")
def venv_bin(tmp_path_factory) -> Path:
    """A virtual environment that sees the installed dependencies; the install step adds skilllint to it."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(folder)], check=True)
    return folder / "bin"


def test_action_declares_the_documented_inputs():
    assert {"paths", "profile", "config", "fail-on"} <= set(ACTION["inputs"])
    assert ACTION["runs"]["using"] == "composite"
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)


def test_action_steps_on_a_flawed_and_a_clean_repository(sample_repo, venv_bin):
    outputs, steps = run_action(sample_repo, {"paths": "skills", "profile": "agent-skills", "fail-on": "error"},
                                [venv_bin])
    install, lint, verdict = steps
    assert install.returncode == 0, install.stdout + install.stderr
    assert "skilllint" in install.stdout
    installed = subprocess.run([str(venv_bin / "python"), "-c", "import skilllint; print(skilllint.__file__)"],
                               capture_output=True, text=True, check=True).stdout
    assert installed.startswith(str(venv_bin.parent))  # the step installed this checkout into the venv

    assert lint.returncode == 0, lint.stderr
    assert "::error file=skills/flawed-skill/SKILL.md,line=2,col=7,title=AS013::" in lint.stdout
    assert outputs["lint"] == {"sarif-file": "skilllint.sarif", "exit-code": "1"}
    log = json.loads((sample_repo / "skilllint.sarif").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"AS003", "AS013", "AX003"}
    assert verdict.returncode == 1 and "exit code 1" in verdict.stderr
    assert not (sample_repo / ".skilllint_cache").exists()  # the cache lives in RUNNER_TEMP

    shutil.rmtree(sample_repo / "skills" / "broken-yaml")
    outputs, steps = run_action(sample_repo, {"paths": "skills/clean-skill skills/crlf-skill", "fail-on": "error",
                                              "sarif-file": "out.sarif"}, [venv_bin])
    assert [s.returncode for s in steps] == [0, 0, 0]
    assert outputs["lint"]["exit-code"] == "0"
    assert "::warning file=skills/crlf-skill/SKILL.md,line=4,col=6" in steps[1].stdout
    assert (sample_repo / "out.sarif").is_file()

    outputs, steps = run_action(sample_repo, {"paths": "skills/crlf-skill", "fail-on": "warning"}, [venv_bin])
    assert outputs["lint"]["exit-code"] == "1" and steps[-1].returncode == 1
