"""Files other than a SKILL.md itself that its results depend on, for the result cache.

A rule that reads another file to judge a document (a tag registry found next to it, a list named
in the configuration) calls ``note(path)`` for each file it looked at, whether the file exists or
not. The result cache stores these with the file's results and treats a changed, created or deleted
dependency as a miss. Outside a cached run, ``note`` does nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

_current: list[str] | None = None


def note(path: str | os.PathLike[str]) -> None:
    if _current is not None:
        _current.append(os.path.abspath(path))


@contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the paths noted while the block runs (one file's linting)."""
    global _current
    previous, _current = _current, []
    try:
        yield _current
    finally:
        _current = previous
