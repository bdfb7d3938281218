"""The result cache: hits, invalidation, --no-cache, damaged entries, repository rules, bounds."""

from __future__ import annotations

import marshal
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from skilllint import cache as cache_module
from skilllint import runner
from skilllint.cli import cli
from skilllint.config import Config
from skilllint.discovery import discover
from skilllint.engine import Linter, Options
from skilllint.rules import _REGISTRY as registry
from skilllint.rules import RepositoryRule, register

GOOD = '---\nname: {name}\ndescription: "Does {name}. Use when {name}."\n---\n\n# {name}\n\nBody.\n'


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("alpha", "beta", "gamma"):
        write(tmp_path, name, GOOD.format(name=name))
    return tmp_path


def write(root: Path, folder: str, text: str) -> Path:
    path = root / "skills" / folder / "SKILL.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def lint(root: Path, config: Config | None = None, cache_dir: Path | None = None):
    linter = Linter(config or Config())
    result_cache = runner.cache_for(linter, cache_dir or root / ".skilllint_cache")
    results = runner.lint_all(linter, discover([Path("skills")], linter.config), jobs=1, cache=result_cache)
    run = linter.finish(results)
    return [d.to_dict() for d in run.diagnostics], result_cache


def check(*args: str) -> str:
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def entry_files(root: Path) -> list[Path]:
    return sorted((root / ".skilllint_cache").glob("*/*/*.bin"))


def drop_indexes(root: Path) -> None:
    for index in (root / ".skilllint_cache").glob("*/index.bin"):
        index.unlink()


def test_second_run_is_answered_from_the_cache(tree):
    first, cold = lint(tree)
    assert (cold.hits, cold.writes) == (0, 3)
    second, warm = lint(tree)
    assert (warm.hits, warm.writes) == (3, 0)
    assert second == first


def test_warm_run_does_not_parse_documents(tree, monkeypatch):
    lint(tree)

    def fail(*args, **kwargs):
        raise AssertionError("a cached file was linted again")

    monkeypatch.setattr(Linter, "lint_bytes", fail)
    monkeypatch.setattr(Linter, "lint_document", fail)
    _, warm = lint(tree)
    assert warm.hits == 3


def test_changed_bytes_are_linted_again(tree):
    before, _ = lint(tree)
    assert not [d for d in before if d["code"] == "AS013"]
    write(tree, "beta", GOOD.format(name="beta").replace("name: beta", "name: Beta"))
    after, result_cache = lint(tree)
    assert (result_cache.hits, result_cache.writes) == (2, 1)
    assert [(d["path"], d["code"]) for d in after if d["code"] == "AS013"] == [("skills/beta/SKILL.md", "AS013")]


def test_changed_configuration_misses(tree):
    lint(tree)
    _, result_cache = lint(tree, Config({"ignore": ["AS040"]}, None))
    assert result_cache.hits == 0


def test_changed_version_misses(tree, monkeypatch):
    lint(tree)
    monkeypatch.setattr(cache_module, "__version__", "999.0.0")
    _, result_cache = lint(tree)
    assert result_cache.hits == 0
    assert len(list((tree / ".skilllint_cache").glob("999.0.0-*"))) == 1


def test_changed_rule_source_misses(tree, monkeypatch):
    lint(tree)
    stamp = cache_module._source_stamp()
    monkeypatch.setattr(cache_module, "_source_stamp", lambda: stamp + "-edited")
    _, result_cache = lint(tree)
    assert result_cache.hits == 0


def test_no_cache_neither_reads_nor_writes(tree):
    check("skills")
    entries = entry_files(tree)
    assert len(entries) == 3
    poisoned = list(marshal.loads(entries[0].read_bytes()))
    poisoned[2] = [(1, 1, None, None, "AS013", "name-not-lowercase", "error", "from the cache", None)]
    entries[0].write_bytes(marshal.dumps(tuple(poisoned)))
    drop_indexes(tree)  # the entry files are the truth; the index only saves opening them
    assert "from the cache" in check("skills")
    assert "from the cache" not in check("--no-cache", "skills")
    for entry in entries:
        entry.unlink()
    check("--no-cache", "skills")
    assert entry_files(tree) == []


@pytest.mark.parametrize("damage", [
    b"", b"{not marshal", b"\xff\xfe\x00", marshal.dumps([1, 2]), marshal.dumps((2, "x", [], {}, [], True)),
    marshal.dumps((2, [[], []], [("bad row",)], {}, [], True)), marshal.dumps((1, [[], []], [], {}, [], True)),
])
def test_damaged_entry_is_a_miss_and_is_rewritten(tree, damage):
    first, _ = lint(tree)
    victim = entry_files(tree)[0]
    victim.write_bytes(damage)
    drop_indexes(tree)
    second, result_cache = lint(tree)
    assert second == first
    assert (result_cache.hits, result_cache.writes) == (2, 1)
    assert marshal.loads(victim.read_bytes())[0] == cache_module.ENTRY_FORMAT


def test_cache_folder_ignores_itself_in_git(tree):
    check("skills")
    assert (tree / ".skilllint_cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_cache_dir_option(tree):
    check("--cache-dir", str(tree / "elsewhere"), "skills")
    assert not (tree / ".skilllint_cache").exists()
    assert len(list((tree / "elsewhere").glob("*/*/*.bin"))) == 3


def test_cache_stays_within_its_bound(tree, monkeypatch):
    for index in range(30):
        write(tree, f"extra-{index:02d}", GOOD.format(name=f"extra-{index:02d}"))
    monkeypatch.setattr(cache_module, "__version__", "old")
    lint(tree)
    one_run = sum(p.stat().st_size for p in entry_files(tree))

    monkeypatch.setattr(cache_module, "DEFAULT_MAX_BYTES", int(one_run * 1.5))
    monkeypatch.setattr(cache_module, "__version__", "new")
    lint(tree)
    folders = [p.name.split("-")[0] for p in (tree / ".skilllint_cache").iterdir() if p.is_dir()]
    assert folders == ["new"]  # the fingerprint not used most recently went first
    assert sum(p.stat().st_size for p in entry_files(tree)) == one_run

    monkeypatch.setattr(cache_module, "DEFAULT_MAX_BYTES", one_run // 2)
    monkeypatch.setattr(cache_module, "__version__", "newer")
    lint(tree)
    folders = [p.name.split("-")[0] for p in (tree / ".skilllint_cache").iterdir() if p.is_dir()]
    assert folders == ["newer"]
    assert 0 < sum(p.stat().st_size for p in entry_files(tree)) <= one_run // 2  # oldest entries dropped


class _DuplicateNames(RepositoryRule):
    """Two skills with one name (a test-only repository rule)."""

    code = "ZZ901"
    name = "test-duplicate-names"
    pack = "agent-skills"

    def collect(self, doc, ctx):
        fm = doc.frontmatter
        return {"name": fm.mapping.get("name") if fm is not None else None}

    def check_repository(self, facts, ctx) -> Iterator:
        seen: dict[str, str] = {}
        for path, fact in facts:
            name = fact.get("name")
            if name in seen:
                yield self.at(path, 2, f"name {name!r} is also used by {seen[name]}")
            else:
                seen[name] = path


@pytest.fixture
def duplicate_rule():
    register(_DuplicateNames)
    yield
    registry.pop(_DuplicateNames.code, None)


def test_repository_rules_run_from_cached_facts(tree, duplicate_rule, monkeypatch):
    write(tree, "delta", GOOD.format(name="alpha"))
    cold, _ = lint(tree)
    expected = [("skills/delta/SKILL.md", "ZZ901")]
    assert [(d["path"], d["code"]) for d in cold if d["code"] == "ZZ901"] == expected

    monkeypatch.setattr(Linter, "lint_bytes", lambda *a, **k: pytest.fail("re-linted"))
    warm, result_cache = lint(tree)
    assert result_cache.hits == 4
    assert warm == cold


def test_repository_rule_sees_a_changed_file_with_cached_neighbours(tree, duplicate_rule):
    lint(tree)
    write(tree, "gamma", GOOD.format(name="beta"))
    diagnostics, result_cache = lint(tree)
    assert result_cache.hits == 2
    assert [(d["path"], d["code"]) for d in diagnostics if d["code"] == "ZZ901"] == [
        ("skills/gamma/SKILL.md", "ZZ901")
    ]


def test_cli_output_is_the_same_cold_and_warm(tree):
    write(tree, "broken", "---\nname: Broken_Name\n---\n")
    cold = check("--no-cache", "skills")
    assert check("skills") == cold  # fills the cache
    assert check("skills") == cold  # answered from it


class _CountedDuplicateNames(_DuplicateNames):
    """The same check, declared a pure function of its facts, counting its calls."""

    code = "ZZ902"
    name = "test-counted-duplicate-names"
    cacheable = True
    calls = 0

    def check_repository(self, facts, ctx) -> Iterator:
        type(self).calls += 1
        yield from super().check_repository(facts, ctx)


@pytest.fixture
def counted_rule():
    _CountedDuplicateNames.calls = 0
    register(_CountedDuplicateNames)
    yield _CountedDuplicateNames
    registry.pop(_CountedDuplicateNames.code, None)


def test_cacheable_repository_rule_runs_again_only_for_new_facts(tree, duplicate_rule, counted_rule):
    write(tree, "delta", GOOD.format(name="alpha"))
    cold, _ = lint(tree)
    assert counted_rule.calls == 1
    warm, _ = lint(tree)
    assert counted_rule.calls == 1  # answered from the cache
    assert warm == cold
    assert [d["path"] for d in warm if d["code"] == "ZZ902"] == ["skills/delta/SKILL.md"]

    write(tree, "gamma", GOOD.format(name="beta"))
    changed, _ = lint(tree)
    assert counted_rule.calls == 2
    assert [d["path"] for d in changed if d["code"] == "ZZ902"] == ["skills/delta/SKILL.md", "skills/gamma/SKILL.md"]


def test_repository_rules_are_not_cached_unless_they_say_so(tree, duplicate_rule, monkeypatch):
    calls = []
    real = _DuplicateNames.check_repository
    monkeypatch.setattr(_DuplicateNames, "check_repository", lambda self, f, c: calls.append(1) or real(self, f, c))
    lint(tree)
    lint(tree)
    assert len(calls) == 2


def test_a_changed_tag_registry_is_seen_with_a_warm_cache(tree):
    from helpers import FIXTURES

    skill = write(tree, "flash", (FIXTURES / "unknown-tag" / "bad.md").read_text())
    registry = tree / "tags.json"
    registry.write_text((FIXTURES / "unknown-tag" / "tags.json").read_text())
    config = Config({}, None)

    def unknown_tags():  # as a new run of the command would: a new process, nothing remembered
        from skilllint.rules.skillxiv import _common

        _common.load_registry.cache_clear()
        _common._find_upwards.cache_clear()
        linter = Linter(config, Options(profiles=["skillxiv"]))
        result_cache = runner.cache_for(linter, tree / ".skilllint_cache")
        found = discover([skill], linter.config)
        run = linter.finish(runner.lint_all(linter, found, jobs=1, cache=result_cache))
        return sorted(d.message for d in run.diagnostics if d.code == "SX009"), result_cache.hits

    first, hits = unknown_tags()
    assert len(first) == 2 and hits == 0
    assert unknown_tags() == (first, 1)

    registry.write_text('{"tags": ["Inference Eficiency", "Flash Kernels"]}')
    assert unknown_tags() == ([], 0)  # the registry changed: linted again
    assert unknown_tags() == ([], 1)

    nearer = skill.parent / "tags.json"
    nearer.write_text('{"tags": ["Something Else"]}')
    assert unknown_tags()[1] == 0  # a registry appeared nearer to the skill
    nearer.unlink()
    assert unknown_tags() == ([], 0)  # and went again


def test_the_index_answers_without_the_entry_files_and_is_optional(tree):
    first, _ = lint(tree)
    saved = {path: path.read_bytes() for path in entry_files(tree)}
    for path in saved:
        path.unlink()
    second, result_cache = lint(tree)  # all from the index
    assert (second, result_cache.hits) == (first, 3)

    for path, data in saved.items():
        path.write_bytes(data)
    drop_indexes(tree)
    third, result_cache = lint(tree)  # all from the entry files; the index is written again
    assert (third, result_cache.hits, result_cache.writes) == (first, 3, 0)
    assert len(list((tree / ".skilllint_cache").glob("*/index.bin"))) == 1


@pytest.mark.parametrize("damage", [b"", b"garbage", marshal.dumps([1, 2]), marshal.dumps({"key": 3})])
def test_a_damaged_index_is_ignored(tree, damage):
    first, _ = lint(tree)
    (index,) = (tree / ".skilllint_cache").glob("*/index.bin")
    index.write_bytes(damage)
    second, result_cache = lint(tree)
    assert (second, result_cache.hits) == (first, 3)
    assert isinstance(marshal.loads(index.read_bytes()), dict)  # rebuilt from the entry files


def test_a_cache_that_cannot_be_written_is_no_error(tree):
    blocker = tree / "not-a-folder"
    blocker.write_text("")
    assert check("--cache-dir", str(blocker / "cache"), "skills") == check("--no-cache", "skills")


def test_online_arxiv_rules_judge_the_cached_facts_of_every_file(tree, monkeypatch):
    """With a warm cache, --verify-arxiv still sees every file's references (from the cached facts)."""
    from skilllint.arxiv import verify

    write(tree, "paper", GOOD.format(name="paper").replace("\n---\n", "\nurl: https://arxiv.org/abs/2501.99999\n---\n"))
    asked: list[list[str]] = []

    def fake_verify(bases, settings):
        asked.append(sorted(bases))
        return verify.Verification(missing=set(bases))

    monkeypatch.setattr(verify, "verify_ids", fake_verify)
    linter = Linter(Config({"arxiv": {"verify": True, "cache_dir": str(tree / "answers")}}, None))
    results = runner.lint_all(linter, discover([Path("skills")], linter.config), jobs=1,
                              cache=runner.cache_for(linter, tree / ".skilllint_cache"))
    cold = [d.to_dict() for d in linter.finish(results).diagnostics if d.code == "AX101"]
    assert [(d["path"], d["line"]) for d in cold] == [("skills/paper/SKILL.md", 4)]

    linter = Linter(Config({"arxiv": {"verify": True, "cache_dir": str(tree / "answers")}}, None))
    result_cache = runner.cache_for(linter, tree / ".skilllint_cache")
    results = runner.lint_all(linter, discover([Path("skills")], linter.config), jobs=1, cache=result_cache)
    warm = [d.to_dict() for d in linter.finish(results).diagnostics if d.code == "AX101"]
    assert result_cache.hits == 4
    assert warm == cold
    assert asked == [["2501.99999"], ["2501.99999"]]  # verified again from the cached facts
