"""Linting many files: answer what the cache can, lint the rest in-process or in worker processes.

Results come back in the order the files were given, whatever the number of jobs, so the run-wide
pass (repository rules, unused suppressions) and the report see the same input every time.
Small runs stay in-process: starting workers costs more than a few files take. Before it starts any,
the run lints a few files itself, which builds what rules make on first use (compiled vocabularies,
dictionaries) for the forked workers to inherit, and times them to judge whether the rest is worth it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skilllint.cache import ResultCache
    from skilllint.discovery import Found
    from skilllint.engine import FileResult, Linter

MIN_FILES_PER_WORKER = 16
CHUNKS_PER_WORKER = 4
PROBE_FILES = 4
MIN_PARALLEL_SECONDS = 0.15  # less work than this is done faster in-process than by starting workers


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class _Task:
    index: int
    found: Found
    data: bytes | None = None  # read already (for the cache key); None: the worker reads it
    key: str | None = None


def lint_all(linter: Linter, found: Sequence[Found], jobs: int | None = None,
             cache: ResultCache | None = None) -> list[FileResult]:
    """One FileResult per found file, in the given order."""
    results: list[FileResult | None] = [None] * len(found)
    tasks: list[_Task] = []
    if cache is not None:
        from skilllint.cache import entry_key

        display = _display_paths()
    for index, item in enumerate(found):
        task = _Task(index, item)
        if cache is not None and item.problem is None:
            task.data = _read(linter, item)
            if task.data is not None:
                task.key = entry_key(item.path, task.data)
                hit = cache.load(task.key, display(item.path))
                if hit is not None:
                    result, plan = hit
                    results[index] = result
                    _register_plan(linter, result, plan)
                    continue
        tasks.append(task)

    workers = min(jobs or default_jobs(), len(tasks) // MIN_FILES_PER_WORKER)
    linted: list[FileResult] = []
    rest = tasks
    if workers > 1:
        linted, rest, per_file = _probe(linter, tasks, cache)
        if per_file * len(rest) < MIN_PARALLEL_SECONDS:
            workers = 1
    pooled = _lint_in_workers(linter, rest, workers, cache) if workers > 1 else None
    if pooled is None:
        pooled = [_lint_task(linter, task, cache) for task in rest]
    elif cache is not None:  # the workers wrote the entries
        for task in rest:
            if task.key is not None:
                cache.expect(task.key)
                cache.writes += 1
    linted += pooled
    for task, result in zip(tasks, linted, strict=True):
        results[task.index] = result
    if cache is not None:
        cache.finish()
    return [result for result in results if result is not None]


def _probe(linter: Linter, tasks: list[_Task], cache: ResultCache | None):
    """Lint the first few files in-process; return their results, the other tasks, seconds per file."""
    linted = [_lint_task(linter, tasks[0], cache)]  # pays the rules' first-use costs
    start = time.perf_counter()
    linted += [_lint_task(linter, task, cache) for task in tasks[1:PROBE_FILES]]
    per_file = (time.perf_counter() - start) / max(1, len(linted) - 1)
    return linted, tasks[PROBE_FILES:], per_file


def _display_paths():
    """``engine.display_path``, without its system calls for the usual case: a normalised absolute
    path inside the working folder (what discovery yields for an absolute argument)."""
    from skilllint.engine import display_path

    cwd = os.getcwd()
    prefix = cwd if cwd.endswith(os.sep) else cwd + os.sep
    odd = (os.sep + "." + os.sep, os.sep + ".." + os.sep, os.sep + os.sep)

    def display(path: Path) -> str:
        text = str(path)
        if os.sep == "/" and text.startswith(prefix) and not any(part in text for part in odd):
            relative = text[len(prefix):]
            if relative and not relative.startswith("..") and not relative.endswith(("/.", "/..")):
                return relative
        return display_path(path)

    return display


def _read(linter: Linter, item: Found) -> bytes | None:
    """The file's bytes, or None when it cannot be read or is too large (lint_found reports why)."""
    try:
        if item.path.stat().st_size > linter.config.max_file_size:
            return None
        return item.path.read_bytes()
    except OSError:
        return None


def _lint_task(linter: Linter, task: _Task, cache: ResultCache | None) -> FileResult:
    """Lint one file and, when it was read for the cache, keep its result there."""
    if task.data is None:
        result = linter.lint_found(task.found)
        _normalise_facts(result)
        return result
    from skilllint import dependencies
    from skilllint.engine import display_path

    with dependencies.recording() as noted:
        result = linter.lint_bytes(task.data, task.found.path, display_path(task.found.path))
    _normalise_facts(result)
    if cache is not None and task.key is not None and result.plan is not None and not result.crashed:
        cache.store(task.key, result, [list(part) for part in result.plan], noted)
    return result


def _register_plan(linter: Linter, result: FileResult, plan: list) -> None:
    """A cached file's plan must be known to the run-wide pass that picks the repository rules."""
    profile, ignores = plan
    result.plan = (tuple(profile), tuple(ignores))
    linter.plan_for(result.plan)


def _normalise_facts(result: FileResult) -> None:
    """Facts as a cache gives them back (JSON types), so cold and warm runs agree.

    Rules that collect equal facts (the online arXiv rules all collect the same references) get one
    shared, read-only value, which the cache then stores once.
    """
    if not result.facts:
        return
    shared: dict[str, Any] = {}
    by_identity: dict[int, Any] = {}
    normal: dict[str, Any] = {}
    try:
        for code, value in result.facts.items():
            if id(value) not in by_identity:
                text = json.dumps(value)
                if text not in shared:
                    shared[text] = json.loads(text)
                by_identity[id(value)] = shared[text]
            normal[code] = by_identity[id(value)]
    except (TypeError, ValueError):
        return
    result.facts = normal


# -- worker processes ---------------------------------------------------------------------------

_worker_linter: Linter | None = None
_worker_cache: ResultCache | None = None


def _start_worker(settings: tuple | None) -> None:
    global _worker_linter, _worker_cache
    if settings is not None:  # spawned, not forked: build the linter afresh
        from skilllint.engine import Linter

        config, options, _worker_cache = settings
        _worker_linter = Linter(config, options)


def _lint_chunk(chunk: list[_Task]) -> list[tuple[int, FileResult]]:
    assert _worker_linter is not None
    return [(task.index, _lint_task(_worker_linter, task, _worker_cache)) for task in chunk]


def _lint_in_workers(linter: Linter, tasks: list[_Task], workers: int,
                     cache: ResultCache | None) -> list[FileResult] | None:
    """Lint ``tasks`` in ``workers`` processes; None if the pool could not do it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _worker_linter, _worker_cache
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        context = multiprocessing.get_context("fork")
        _worker_linter, _worker_cache = linter, cache  # inherited: rules and packs already loaded
        initarg = None
    else:
        context = multiprocessing.get_context("spawn")
        initarg = (linter.config, linter.options, cache)
    by_index: dict[int, FileResult] = {}
    size = max(1, -(-len(tasks) // (workers * CHUNKS_PER_WORKER)))
    chunks = [tasks[start:start + size] for start in range(0, len(tasks), size)]
    import gc

    gc.freeze()  # forked workers then leave the inherited objects' pages shared instead of copying them
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                 initargs=(initarg,)) as pool:
            for pairs in pool.map(_lint_chunk, chunks):
                by_index.update(pairs)
    except (BrokenProcessPool, OSError, RuntimeError):
        return None
    finally:
        gc.unfreeze()
        _worker_linter = _worker_cache = None
    for task in tasks:  # the plans the workers made are needed by the run-wide pass
        result = by_index[task.index]
        if result.plan is not None:
            linter.plan_for(result.plan)
    return [by_index[task.index] for task in tasks]


def cache_for(linter: Linter, directory: Path | None) -> ResultCache:
    """The run's result cache; the linter's run-wide pass keeps its cacheable results there too."""
    from skilllint.cache import ResultCache, default_directory, settings_fingerprint

    cache = ResultCache(directory or default_directory(linter.config.root), settings_fingerprint(linter))
    linter.repository_cache = cache
    return cache
