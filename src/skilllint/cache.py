"""A content-hash cache of per-file results, kept under ``.skilllint_cache/``.

An entry holds what linting one file produced before the run-wide pass: its diagnostics, the
facts its repository rules collected, its suppression comments and the plan that ran on it.
Repository rules therefore run from cached facts without re-reading a document; those that declare
themselves ``cacheable`` (pure functions of the facts) also keep their verdict for unchanged facts.

Entries live in one folder per *settings fingerprint*: the skilllint version, the package's own
source files (so an edited rule never meets a stale answer), the resolved configuration, the
command-line selection, the pack and schema files and the current month (arXiv identifiers from the
future become valid when their month comes). Inside it, an entry is named by a hash of the file's
absolute path and its bytes; the path is part of the key because rules judge it (a skill's folder
name, per-file ignores, profile globs). Other files a rule read for the file (a tag registry; see
``skilllint.dependencies``) are recorded with their hashes, and any change to them is a miss.

Entries are ``marshal`` data (the format of Python's own ``.pyc`` caches, read many times faster than
JSON). Every write goes to a temporary file that is renamed into place, so concurrent runs never see
a half-written entry; an entry that fails to load is a miss. A run that wrote entries also writes
``index.bin``, the entries it used in one file, so the next run opens one file instead of one per
skill; the entry files stay the truth. After a run that wrote entries, the cache is trimmed to
``max_bytes``: other fingerprints' folders go first (least recently used first), then the oldest
entries of the current one.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import marshal
import os
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skilllint import __version__
from skilllint.atomic import replace_file
from skilllint.diagnostics import Diagnostic, Fix, Severity

if TYPE_CHECKING:
    from skilllint.engine import FileResult, Linter

CACHE_DIR_NAME = ".skilllint_cache"
DEFAULT_MAX_BYTES = 128 * 1024 * 1024
ENTRY_FORMAT = 3
_GITIGNORE = "# Created by skilllint: this folder is a cache.\n*\n"
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# skilllint cache; see https://bford.info/cachedir/\n"
_LAST_USED = "last-used"
_INDEX = "index.bin"


def default_directory(project_root: Path) -> Path:
    return project_root / CACHE_DIR_NAME


def entry_key(path: Path, data: bytes) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(os.fsencode(os.path.abspath(path)))
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def settings_fingerprint(linter: Linter, today: datetime.date | None = None) -> str:
    """A hash of everything besides a file's path and bytes that decides its results."""
    from skilllint import resources

    config = linter.config
    options = asdict(linter.options) if is_dataclass(linter.options) else vars(linter.options)
    payload = {
        "format": ENTRY_FORMAT,
        "python": [sys.version_info[0], sys.version_info[1], marshal.version],
        "version": __version__,
        "code": _source_stamp(),
        "config": config.values,
        "root": os.path.realpath(config.root),
        "options": options,
        "month": (today or datetime.date.today()).strftime("%Y-%m"),
    }
    digest = hashlib.blake2b(digest_size=16)
    digest.update(json.dumps(payload, sort_keys=True, default=str).encode())
    root = Path(str(resources.data_root()))
    data_files = sorted((root / "rules").glob("*.yaml")) + sorted((root / "schemas").rglob("*.json"))
    for path in data_files + list(config.pack_paths()):
        digest.update(os.fsencode(path.name))
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return f"{__version__}-{digest.hexdigest()}"


def _source_stamp() -> str:
    """A hash of every module and data file of the package (by content: a fresh clone still hits)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".yaml", ".json")):
                path = os.path.join(folder, name)
                digest.update(os.fsencode(os.path.relpath(path, package)))
                with open(path, "rb") as handle:
                    digest.update(handle.read())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, directory: Path, fingerprint: str, max_bytes: int | None = None):
        self.directory = directory
        self.fingerprint = fingerprint
        self.folder = directory / fingerprint
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        self.hits = 0
        self.writes = 0
        self._prepared: set[Path] = set()
        self._digests: dict[str, str] = {}
        self._index: dict[str, bytes] | None = None  # key -> entry, as the last run that wrote left it
        self._used: dict[str, bytes | None] = {}  # this run's keys (None: written by a worker)
        self._from_files = 0

    # -- reading --------------------------------------------------------------------------------

    def load(self, key: str, display: str) -> tuple[FileResult, list] | None:
        """The cached result for ``key`` (reported under ``display``) and its plan, or None."""
        self._used.setdefault(key, None)
        try:
            raw = self._raw_entry(key)
            result, plan, noted = _result_from_entry(marshal.loads(raw), display)
            if any(self._digest(path) != digest for path, digest in noted):
                return None
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None
        self._used[key] = raw
        self.hits += 1
        return result, plan

    def _raw_entry(self, key: str) -> bytes:
        if self._index is None:
            self._index = self._read_index()
        raw = self._index.get(key)
        if raw is None:
            with open(self._entry_path(key), "rb") as handle:
                raw = handle.read()
            self._from_files += 1
        return raw

    def _read_index(self) -> dict[str, bytes]:
        try:
            with open(self.folder / _INDEX, "rb") as handle:
                index = marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(index, dict):
            return {}
        return {key: raw for key, raw in index.items() if isinstance(key, str) and isinstance(raw, bytes)}

    # -- writing --------------------------------------------------------------------------------

    def store(self, key: str, result: FileResult, plan: Any, dependencies: list[str] = ()) -> None:
        """Keep ``result``; its facts must be JSON types (the engine's contract for facts).

        ``dependencies``: other files the result was drawn from (see ``skilllint.dependencies``).
        """
        noted = [(path, self._digest(path)) for path in dict.fromkeys(dependencies)]
        try:
            payload = marshal.dumps(_entry_from_result(result, plan, noted))
        except ValueError:  # an unmarshallable value: keep the file uncached
            return
        path = self._entry_path(key)
        try:
            self._prepare(path.parent)
            replace_file(path, payload)
        except OSError:
            return
        self._used[key] = payload
        self.writes += 1

    def repository(self, rule: Any, facts: list, ctx: Any) -> list[Diagnostic]:
        """``rule.check_repository(facts, ctx)``, kept for the same rule, profile and facts."""
        try:
            stamp = json.dumps([rule.code, ctx.settings.get("profile"), facts], separators=(",", ":"))
        except (TypeError, ValueError):
            return list(rule.check_repository(facts, ctx))
        key = hashlib.blake2b(stamp.encode(), digest_size=20).hexdigest()
        path = self.folder / "repository" / f"{key}.bin"
        try:
            with open(path, "rb") as handle:
                rows = marshal.loads(handle.read())
            return [_diagnostic(*row) for row in rows]
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            pass
        found = list(rule.check_repository(facts, ctx))
        try:
            payload = marshal.dumps([(d.path, *_row(d)) for d in found])
            self._prepare(path.parent)
            replace_file(path, payload)
            self.writes += 1
        except (OSError, ValueError):
            pass
        return found

    def finish(self) -> None:
        """Mark this fingerprint as used now, refresh the index and keep the cache within its bound."""
        if self.writes == 0 and self.hits == 0:
            return
        try:
            self._prepare(self.folder)
            (self.folder / _LAST_USED).touch()
            if self.writes or self._from_files:
                self._write_index()
            if self.writes:
                self.trim()
        except OSError:
            pass

    def _write_index(self) -> None:
        """One file with the entries of this run and the latest others, read in one go next time.

        The entry files stay the truth: an index lost to a concurrent run only costs speed.
        """
        index = {key: raw for key, raw in (self._index or self._read_index()).items() if key not in self._used}
        for key, raw in self._used.items():
            if raw is None:  # written by a worker process
                try:
                    with open(self._entry_path(key), "rb") as handle:
                        raw = handle.read()
                except OSError:
                    continue
            index[key] = raw
        budget = self.max_bytes // 4
        keys = list(index)
        total = sum(len(raw) for raw in index.values())
        while keys and total > budget:  # the oldest entries go first
            total -= len(index.pop(keys.pop(0)))
        replace_file(self.folder / _INDEX, marshal.dumps(index))

    def expect(self, key: str) -> None:
        """A key whose entry another process (a worker) writes in this run."""
        self._used.setdefault(key, None)

    def trim(self) -> None:
        folders = []
        total = 0
        for child in _scandir(self.directory):
            if child.is_dir(follow_symlinks=False):
                size, entries = _folder_usage(Path(child.path))
                folders.append((_last_used(Path(child.path)), Path(child.path), size, entries))
                total += size
        if total <= self.max_bytes:
            return
        for _, folder, size, _ in sorted(folders, key=lambda item: item[0]):
            if folder == self.folder:
                continue
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
            total -= size
            if total <= self.max_bytes:
                return
        current = next((entries for _, folder, _, entries in folders if folder == self.folder), [])
        for _, path, size in sorted(current):
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            if total <= self.max_bytes * 0.8:
                return

    # -- helpers --------------------------------------------------------------------------------

    def _digest(self, path: str) -> str:
        """A hash of a dependency's bytes ("-" when it is not a readable file), once per run."""
        digest = self._digests.get(path)
        if digest is None:
            try:
                with open(path, "rb") as handle:
                    digest = hashlib.blake2b(handle.read(), digest_size=16).hexdigest()
            except OSError:
                digest = "-"
            self._digests[path] = digest
        return digest

    def _entry_path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.bin"

    def _prepare(self, folder: Path) -> None:
        if folder in self._prepared:
            return
        if not self.directory.is_dir():
            self.directory.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.directory / name
            if not marker.exists():
                replace_file(marker, text.encode())
        folder.mkdir(parents=True, exist_ok=True)
        self._prepared.add(folder)


def _row(d: Diagnostic) -> tuple:
    fix = d.fix.to_dict() if d.fix is not None else None
    return (d.line, d.column, d.end_line, d.end_column, d.code, d.name, d.severity.value, d.message, fix)


def _diagnostic(path, line, column, end_line, end_column, code, name, severity, message, fix) -> Diagnostic:
    return Diagnostic(path, line, column, code, name, Severity(severity), message, end_line, end_column,
                      Fix.from_dict(fix) if fix is not None else None)


def _entry_from_result(result: FileResult, plan: Any, noted: list[tuple[str, str]]) -> tuple:
    diagnostics = [_row(d) for d in result.diagnostics]
    return (ENTRY_FORMAT, plan, diagnostics, result.facts, result.suppressions, result.checked, noted)


def _result_from_entry(entry: tuple, display: str) -> tuple[FileResult, list, list]:
    from skilllint.engine import FileResult

    version, plan, rows, facts, suppressions, checked, noted = entry
    if version != ENTRY_FORMAT:
        raise ValueError("old entry format")
    if not isinstance(facts, dict) or not isinstance(suppressions, list) or len(plan) != 2:
        raise TypeError("malformed entry")
    diagnostics = [_diagnostic(display, *row) for row in rows]
    return FileResult(display, diagnostics, facts, suppressions, checked=bool(checked)), plan, noted


def _scandir(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _folder_usage(folder: Path) -> tuple[int, list[tuple[int, Path, int]]]:
    """Total bytes of a fingerprint folder and its entries as (mtime_ns, path, size)."""
    total, entries = 0, []
    for shard in _scandir(folder):
        if not shard.is_dir(follow_symlinks=False):
            continue
        for entry in _scandir(Path(shard.path)):
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            total += info.st_size
            entries.append((info.st_mtime_ns, Path(entry.path), info.st_size))
    return total, entries


def _last_used(folder: Path) -> int:
    try:
        return (folder / _LAST_USED).stat().st_mtime_ns
    except OSError:
        try:
            return folder.stat().st_mtime_ns
        except OSError:
            return 0
