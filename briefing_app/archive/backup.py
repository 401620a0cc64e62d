"""Backups: a consistent snapshot (SQLite's online backup API) zipped with a manifest.

The snapshot is taken page by page under SQLite's own locking, so it is
consistent even while the editor keeps saving. Restore validates the zip
completely before anything of the current archive is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from briefing_app.archive.connection import integrity_problems
from briefing_app.archive.errors import ArchiveError
from briefing_app.archive.schema import SCHEMA_VERSION, user_version
from briefing_app.fileio import atomic_open

BACKUP_FORMAT = "briefing-desk-archive-backup"
DB_NAME = "archive.sqlite3"
MANIFEST = "manifest.json"
AUTO_PREFIX = "archive-"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Snapshot the archive behind *conn* into the zip file *path* (written atomically)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="briefing-backup-") as tmp:
        snapshot = Path(tmp) / DB_NAME
        target = sqlite3.connect(snapshot)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            meetings = target.execute("SELECT count(*) FROM meetings").fetchone()[0]
            version = user_version(target)
        finally:
            target.close()
        manifest = {
            "format": BACKUP_FORMAT,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "schema_version": version,
            "meetings": meetings,
            "sha256": _sha256(snapshot),
        }
        with atomic_open(path) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.write(snapshot, DB_NAME)
    return path


def _not_backup(path: Path, why: str) -> ArchiveError:
    return ArchiveError(
        f"{path.name} is not a usable archive backup ({why}); the archive was not changed."
    )


def unpack_backup(path: Path, folder: Path) -> tuple[Path, dict]:
    """Extract and fully validate a backup into *folder*; the database file and manifest."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"The backup file {path} does not exist.")
    if not zipfile.is_zipfile(path):
        raise _not_backup(path, "it is not a zip file")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or DB_NAME not in names:
                raise _not_backup(path, "it was not written by Briefing Desk")
            manifest = json.loads(zf.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
                raise _not_backup(path, "its manifest is not a Briefing Desk manifest")
            target = folder / DB_NAME
            with zf.open(DB_NAME) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, OSError) as exc:
        raise _not_backup(path, f"it cannot be read: {exc}") from exc
    if manifest.get("sha256") != _sha256(target):
        raise _not_backup(path, "its archive file does not match the checksum")
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise _not_backup(path, "it was made by a newer Briefing Desk")
    try:
        conn = sqlite3.connect(target)
        try:
            problems = integrity_problems(conn)
            if problems:
                raise _not_backup(path, f"its archive is damaged: {problems[0]}")
            conn.execute("SELECT count(*) FROM meetings").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _not_backup(path, f"its archive cannot be opened: {exc}") from exc
    return target, manifest


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond *keep*; the removed files."""
    backups = sorted(folder.glob(f"{AUTO_PREFIX}*.zip"))
    removed = backups[: max(0, len(backups) - keep)]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def newest_backup(folder: Path) -> Path | None:
    backups = sorted(folder.glob(f"{AUTO_PREFIX}*.zip")) if folder.is_dir() else []
    return backups[-1] if backups else None


def auto_backup_name(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}.zip"
