"""When a large archive gets its full integrity check, and what the officer is told.

Archives above ``connection.FULL_CHECK_MAX_BYTES`` get only SQLite's structural check
on open (the full one reads the whole file: ~20 s at 100,000 meetings). The editor
runs ``Archive.check_integrity()`` in the background instead, at most once every
``CHECK_EVERY``; the date of the last sound check is kept per archive file in a small
record in the cache folder (losing it costs one extra check, nothing else).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from briefing_app.archive.connection import damaged
from briefing_app.fileio import atomic_write_text

CHECK_EVERY = dt.timedelta(days=7)


def _read(record: Path) -> dict[str, str]:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def last_full_check(archive_file: Path, record: Path) -> dt.datetime | None:
    """When *archive_file* last passed the full check, per *record* (None: never)."""
    stamp = _read(record).get(str(Path(archive_file).resolve()))
    try:
        return dt.datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def full_check_due(archive_file: Path, record: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether the background check should run for *archive_file* now."""
    last = last_full_check(archive_file, record)
    now = now or dt.datetime.now(dt.UTC)
    return last is None or now - last >= CHECK_EVERY


def record_full_check(archive_file: Path, record: Path, *, now: dt.datetime | None = None) -> None:
    """Note that *archive_file* passed the full check (atomically; other entries kept)."""
    entries = _read(record)
    entries[str(Path(archive_file).resolve())] = (now or dt.datetime.now(dt.UTC)).isoformat()
    record.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(record, json.dumps(entries, indent=1, sort_keys=True))


def damage_report(archive_file: Path, problems: list[str]) -> str:
    """The message for the officer when the check found *problems* (never empty)."""
    return damaged(Path(archive_file), problems[0]).message
