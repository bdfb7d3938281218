"""Writing the generated file: never over an existing one without --force, never half-written."""

from __future__ import annotations

from pathlib import Path

from skilllint.atomic import replace_file


class OutputError(Exception):
    pass


def check_writable(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise OutputError(f"{path} exists; pass --force to overwrite it")
    if path.is_dir():
        raise OutputError(f"{path} is a folder, not a file")


def write_atomic(path: Path, text: str, force: bool) -> None:
    check_writable(path, force)
    path.parent.mkdir(parents=True, exist_ok=True)

    def still_free(_temporary: str) -> None:
        if not force and path.exists():
            raise OutputError(f"{path} exists; pass --force to overwrite it")

    replace_file(path, text.encode("utf-8"), before_rename=still_free)
