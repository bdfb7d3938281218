"""Replacing a file's contents all at once: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_file(
    target: Path,
    data: bytes,
    *,
    durable: bool = False,
    before_rename: Callable[[str], None] | None = None,
) -> None:
    """Write ``data`` to ``target`` so that readers see the old bytes or the new, never a mix.

    ``durable`` syncs the bytes to disk before the rename; ``before_rename(temporary)`` may adjust
    the temporary file (its mode) or refuse by raising, in which case nothing is replaced.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".skilllint-tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        if before_rename is not None:
            before_rename(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def mode_for(target: Path) -> int:
    """The permission bits ``target`` should get: its own if it exists, else a new file's under the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)  # the only way to read it
        os.umask(umask)
        return 0o666 & ~umask
