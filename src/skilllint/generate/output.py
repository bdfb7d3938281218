"""Writing the generated file: never over an existing one without --force, never half-written."""

from __future__ import annotations

import os
from pathlib import Path

from skilllint.atomic import mode_for, replace_file


class OutputError(Exception):
    pass


def check_writable(path: Path, force: bool) -> None:
    blocking = _file_in_the_way(path)
    if blocking is not None:
        raise OutputError(f"cannot create folder {blocking}: a file of that name exists")
    if path.exists() and not force:
        raise OutputError(f"{path} exists; pass --force to overwrite it")
    if path.is_dir():
        raise OutputError(f"{path} is a folder, not a file")


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` when it is not a folder, so no folder can be made there."""
    for folder in path.parents:
        if folder.exists():
            return None if folder.is_dir() else folder
    return None


def write_atomic(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``path`` with the permissions of the file it replaces, or of any new file."""
    check_writable(path, force)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = mode_for(path)

    def still_free_then_set_mode(temporary: str) -> None:
        if not force and path.exists():
            raise OutputError(f"{path} exists; pass --force to overwrite it")
        os.chmod(temporary, mode)

    replace_file(path, text.encode("utf-8"), before_rename=still_free_then_set_mode)
