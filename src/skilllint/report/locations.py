"""Paths as CI systems want them: relative to the repository root, with forward slashes."""

from __future__ import annotations

import os
from pathlib import Path

from skilllint.paths import resolved


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: the working folder) holding ``.git``."""
    folder = resolved(start or Path.cwd())
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def relative_to_root(path: str, root: str | Path | None) -> str:
    """``path`` (as reported, relative to the working folder or absolute) relative to ``root``."""
    if path == "-" or not path:
        return path
    base = Path(root) if root is not None else repository_root()
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(resolved(base)).as_posix()
    except ValueError:
        try:
            return resolved(absolute).relative_to(resolved(base)).as_posix()
        except ValueError:
            return absolute.as_posix()
