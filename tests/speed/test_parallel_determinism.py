"""Worker processes change nothing in the output: --jobs 1 and --jobs 2 print the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from skilllint import runner
from skilllint.cli import cli
from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.engine import Linter

FILES = 3 * runner.MIN_FILES_PER_WORKER


def _skill(index: int) -> str:
    name = f"skill-{index:02d}" if index % 3 else f"Skill_{index:02d}"
    extra = "author: someone\n" if index % 4 == 0 else ""
    body = "" if index % 5 == 0 else f"\n# Skill {index}\n\nSee arXiv:2401.{index:05d} for details.\n"
    return f'---\nname: {name}\ndescription: "Does thing {index}. Use when {index}."\n{extra}---\n{body}'


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for index in range(FILES):
        folder = tmp_path / "skills" / f"skill-{index:02d}"
        folder.mkdir(parents=True)
        (folder / "SKILL.md").write_text(_skill(index))
    return tmp_path


@pytest.fixture
def pool_used(monkeypatch):
    """Records whether worker processes really linted the files (tiny files: the pool is forced)."""
    monkeypatch.setattr(runner, "MIN_PARALLEL_SECONDS", 0.0)
    calls: list[bool] = []
    real = runner._lint_in_workers

    def spy(linter, tasks, workers, cache):
        result = real(linter, tasks, workers, cache)
        calls.append(result is not None and workers > 1)
        return result

    monkeypatch.setattr(runner, "_lint_in_workers", spy)
    return calls


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["check", "--no-cache", *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_jobs_two_prints_what_jobs_one_prints(tree, pool_used, fmt):
    serial = run("--jobs", "1", "--format", fmt, "skills")
    assert pool_used == []
    parallel = run("--jobs", "2", "--format", fmt, "skills")
    assert pool_used == [True]
    assert parallel == serial
    assert "AS013" in serial and "AS050" in serial  # the files really produce diagnostics


def test_given_order_does_not_matter(tree, pool_used):
    folders = sorted(str(p.parent) for p in (tree / "skills").glob("*/SKILL.md"))
    forward = run("--jobs", "2", *folders)
    backward = run("--jobs", "2", *reversed(folders))
    assert forward == backward


def test_small_runs_stay_in_process(tree, pool_used):
    run("--jobs", "2", "skills/skill-01", "skills/skill-02")
    assert pool_used == []


def test_quick_runs_stay_in_process(tree, pool_used, monkeypatch):
    monkeypatch.setattr(runner, "MIN_PARALLEL_SECONDS", 3600.0)
    assert run("--jobs", "2", "skills") == run("--jobs", "1", "skills")
    assert pool_used == []


def test_results_keep_the_given_order(tree, pool_used):
    found = discover([Path("skills")], Config())
    results = runner.lint_all(Linter(Config()), found, jobs=2)
    assert [r.path for r in results] == [f"skills/skill-{i:02d}/SKILL.md" for i in range(FILES)]
    assert pool_used == [True]


def test_spawned_workers_give_the_same_results(tree, monkeypatch, tmp_path, pool_used):
    """Where fork is unavailable (Windows, macOS default), workers are spawned and build their own linter."""
    import multiprocessing

    from skilllint.cache import ResultCache

    found = discover([Path("skills")], Config())
    serial = runner.lint_all(Linter(Config()), found, jobs=1)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    cache = ResultCache(tmp_path / "cache", "spawn-test")
    spawned = runner.lint_all(Linter(Config()), found, jobs=2, cache=cache)
    assert [(r.path, r.diagnostics, r.facts) for r in spawned] == [(r.path, r.diagnostics, r.facts) for r in serial]
    assert len(list((tmp_path / "cache" / "spawn-test").glob("*/*.bin"))) == FILES  # workers wrote the entries
    assert pool_used == [True]


def test_workers_fill_the_cache_and_a_warm_run_agrees(tree, pool_used, tmp_path):
    def cached(*args: str) -> str:
        result = CliRunner().invoke(cli, ["check", "--cache-dir", str(tmp_path / "cache"), *args],
                                    catch_exceptions=False)
        return result.output

    cold = run("--jobs", "1", "skills")
    assert cached("--jobs", "2", "skills") == cold  # workers write the entries
    assert pool_used == [True]
    assert len(list((tmp_path / "cache").glob("*/*/*.bin"))) == FILES
    assert len(list((tmp_path / "cache").glob("*/index.bin"))) == 1
    assert cached("--jobs", "2", "skills") == cold  # every file answered from the cache
    assert pool_used == [True]  # nothing left to lint: no workers started


@pytest.mark.parametrize("given", [
    "{cwd}/skills/a/SKILL.md", "{cwd}/skills/../skills/a/SKILL.md", "{cwd}/./skills/a/SKILL.md",
    "{cwd}//skills/a/SKILL.md", "{cwd}/..hidden/SKILL.md", "skills/a/SKILL.md", "/elsewhere/SKILL.md",
    "{cwd}/skills/a/.", "{cwd}",
])
def test_display_paths_match_the_engine(tmp_path, monkeypatch, given):
    from skilllint.engine import display_path

    monkeypatch.chdir(tmp_path)
    path = Path(given.format(cwd=tmp_path))
    assert runner._display_paths()(path) == display_path(path)
