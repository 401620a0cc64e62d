"""Opening the SQLite file safely: damage is reported, never repaired by replacing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_app.archive.errors import ArchiveDamagedError, ArchiveError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Up to this size the full integrity check runs on every open (it reads the whole
# file); larger archives get the structural check on open and the full check from
# Archive.check_integrity(), which the editor runs in the background.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def damaged(path: Path, detail: str) -> ArchiveDamagedError:
    return ArchiveDamagedError(
        f"The archive file {path} is damaged ({detail}). It was left exactly as it is; "
        "restore a backup with 'briefing-app archive restore FILE.zip' or ask your IT "
        "support to look at the file."
    )


def translate(path: Path, exc: sqlite3.Error) -> ArchiveError:
    """The plain-language error for an SQLite failure while opening or checking."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ArchiveError(
            f"The archive {path} is busy (another Briefing Desk is saving or restoring); "
            "try again in a moment."
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return ArchiveError(
            f"The archive {path} cannot be opened for writing; check that the folder exists "
            "and that you may write to it."
        )
    if "disk" in text and "full" in text:
        return ArchiveError(f"The disk holding the archive {path} is full.")
    return damaged(path, str(exc))


def check_header(path: Path) -> None:
    """A non-empty file must start like an SQLite database."""
    try:
        size = path.stat().st_size
        if size == 0:
            return
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ArchiveError(f"The archive file {path} cannot be read: {exc.strerror}.") from exc
    if head != SQLITE_MAGIC:
        raise damaged(path, "it is not an archive database")


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            conn = None
            raise ArchiveError(
                f"The archive {path} cannot be shared safely on this drive "
                f"(journal mode {mode}); keep it on a local disk."
            )
        # FULL: a save that returned is on disk even if the computer loses power.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise translate(path, exc) from exc


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """The problems PRAGMA integrity_check (or quick_check) finds; empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    problems = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    return problems


def check_structure(conn: sqlite3.Connection) -> None:
    """A cheap check that reads the schema and the first pages of every table."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'meeting_words_%'"
        " AND name NOT LIKE 'meeting_trigrams_%'"
    ).fetchall():
        conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
