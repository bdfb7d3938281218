"""An on-disk cache of arXiv answers (stdlib sqlite).

Keyed on the identifier without version, the endpoint and :data:`SCHEMA_VERSION`. Papers found
are kept ``ttl_days``, not-found answers ``not_found_ttl_hours``; failures are never stored.
Each write is one short transaction and sqlite's own locking keeps concurrent runs consistent;
a cache that cannot be opened or read is treated as empty (the run goes on without it).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from skilllint.arxiv.atom import PaperRecord

SCHEMA_VERSION = 1
FOUND = "found"
MISSING = "missing"

_CREATE = """
CREATE TABLE IF NOT EXISTS answers (
    endpoint TEXT NOT NULL,
    schema INTEGER NOT NULL,
    base TEXT NOT NULL,
    status TEXT NOT NULL,
    record TEXT,
    fetched_at REAL NOT NULL,
    PRIMARY KEY (endpoint, schema, base)
)
"""


class AnswerCache:
    def __init__(
        self,
        path: Path | None,
        endpoint: str,
        *,
        ttl_days: float = 30.0,
        not_found_ttl_hours: float = 24.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.endpoint = endpoint
        self.found_ttl = ttl_days * 86400.0
        self.missing_ttl = not_found_ttl_hours * 3600.0
        self._clock = clock
        self.problem: str | None = None
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._open(path)

    def _open(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), timeout=15.0, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 15000")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_CREATE)
            self._db = db
        except (OSError, sqlite3.Error) as error:
            self.problem = f"arXiv cache {path} unusable: {error}"
            self._db = None

    def get(self, bases: Iterable[str]) -> dict[str, PaperRecord | None]:
        """Fresh answers: base -> record (found) or None (known not to exist). Absent keys: ask arXiv."""
        if self._db is None:
            return {}
        wanted = list(dict.fromkeys(bases))
        now = self._clock()
        answers: dict[str, PaperRecord | None] = {}
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT base, status, record, fetched_at FROM answers "  # noqa: S608 - placeholders only
                    f"WHERE endpoint = ? AND schema = ? AND base IN ({marks})",
                    (self.endpoint, SCHEMA_VERSION, *chunk),
                ).fetchall()
                for base, status, record, fetched_at in rows:
                    ttl = self.found_ttl if status == FOUND else self.missing_ttl
                    if now - fetched_at > ttl:
                        continue
                    answers[base] = PaperRecord.from_dict(json.loads(record)) if status == FOUND else None
        except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
            self.problem = f"arXiv cache {self.path} unreadable: {error}"
            return {}
        return answers

    def put(self, found: dict[str, PaperRecord], missing: Iterable[str]) -> None:
        if self._db is None:
            return
        now = self._clock()
        rows = [(self.endpoint, SCHEMA_VERSION, b, FOUND, json.dumps(r.to_dict()), now) for b, r in found.items()]
        rows += [(self.endpoint, SCHEMA_VERSION, b, MISSING, None, now) for b in missing]
        if not rows:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR REPLACE INTO answers (endpoint, schema, base, status, record, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as error:
            self.problem = f"arXiv cache {self.path} not written: {error}"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
