"""Finding SKILL.md files under the paths given on the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from skilllint.config import Config

SKILL_FILE = "SKILL.md"
SKIPPED_DIRS = {".git", "node_modules", "__pycache__", ".skilllint_cache"}


@dataclass
class Found:
    path: Path
    problem: str | None = None  # broken-symlink | symlink-loop | unreadable-file | not-found
    detail: str = ""


def discover(paths: list[Path], config: Config, force_exclude: bool = False) -> list[Found]:
    """SKILL.md files under ``paths``; ``exclude`` patterns apply to the folders searched and, with
    ``force_exclude`` (as a pre-commit hook needs), to files named on the command line too."""
    found: list[Found] = []
    seen: set[tuple[Path, str | None]] = set()
    excludes = list(config.get("exclude", []))
    for given in paths:
        if force_exclude and excludes and not given.is_dir() and _excluded(given, config, excludes):
            continue
        if given.is_symlink() and not given.exists():
            found.append(_dangling(given))
        elif given.is_dir():
            _walk(given, config, excludes, found, set())
        elif given.exists():
            found.append(Found(given))
        else:
            found.append(Found(given, "not-found", "no such file or directory"))
    unique = []
    for item in found:
        key = (Path(os.path.abspath(item.path)), item.problem)
        if key in seen:
            continue
        seen.add(key)
        unique.append(item)
    return unique


def is_excluded(path: Path, config: Config) -> bool:
    """Whether the configuration's ``exclude`` patterns match ``path``."""
    return _excluded(path, config, list(config.get("exclude", [])))


def _excluded(path: Path, config: Config, excludes: list[str]) -> bool:
    return any(config.matches(pattern, path) for pattern in excludes)


def _walk(folder: Path, config: Config, excludes: list[str], found: list[Found], ancestors: set[tuple[int, int]]) -> None:
    try:
        stat = folder.stat()
    except OSError as exc:
        found.append(_os_problem(folder, exc))
        return
    key = (stat.st_dev, stat.st_ino)
    if key in ancestors:
        found.append(Found(folder, "symlink-loop", "symlink loop: this folder contains itself"))
        return
    ancestors = ancestors | {key}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.append(Found(folder, "unreadable-file", f"cannot list folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or entry.name in SKIPPED_DIRS:
            continue
        if excludes and _excluded(path, config, excludes):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            found.append(_os_problem(path, exc))
            continue
        if is_dir:
            _walk(path, config, excludes, found, ancestors)
        elif entry.name == SKILL_FILE:
            if entry.is_symlink() and not path.exists():
                found.append(_dangling(path))
            elif not entry.is_file():  # reading a named pipe would wait for a writer forever
                found.append(Found(path, "unreadable-file", "not a regular file (a pipe, socket or device)"))
            else:
                found.append(Found(path))


def _dangling(path: Path) -> Found:
    """A symlink that leads nowhere: to a missing file, or round a loop."""
    try:
        path.stat()
    except OSError as exc:
        if _is_loop(exc):
            return _os_problem(path, exc)
    return Found(path, "broken-symlink", f"symlink points to missing {os.readlink(path)}")


_LOOP = "symlink loop: following the links leads back to where they started"


def _os_problem(path: Path, exc: OSError) -> Found:
    if _is_loop(exc):
        return Found(path, "symlink-loop", _LOOP)
    return Found(path, "unreadable-file", f"cannot read: {exc.strerror or exc}")


def _is_loop(exc: OSError) -> bool:
    import errno

    return exc.errno == errno.ELOOP
