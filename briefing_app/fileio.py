"""Atomic file writes: a file is either the old version or the new one, never half of each."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from briefing_app.errors import FileWriteError


def _fsync_dir(directory: Path) -> None:
    # Persist the rename itself; not supported on Windows, where os.replace is enough.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Open a temporary file next to *path*; on success it replaces *path* atomically.

    If the block raises, the temporary file is removed and *path* is untouched.
    """
    path = Path(path)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(f"The folder {directory} cannot be created: {exc.strerror}.") from exc
    if not overwrite and path.exists():
        raise FileWriteError(f"{path} already exists and was not overwritten.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise FileWriteError(f"{directory} is not writable: {exc.strerror}.") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(directory)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(f"{path} could not be written: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write *data* to *path* atomically (temporary file, fsync, replace)."""
    with atomic_open(path, overwrite=overwrite) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write *text* as UTF-8 to *path* atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), overwrite=overwrite)
