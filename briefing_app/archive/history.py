"""Revisions: every save kept, viewable and restorable (as a new revision)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from briefing_app.archive.errors import NotFoundError
from briefing_app.archive.indexing import join_source
from briefing_app.archive.types import RevisionInfo
from briefing_app.model import Meeting


class HistoryMixin:
    """Revision methods of the archive."""

    _lock: threading.RLock
    connection: sqlite3.Connection

    def revisions(self, meeting_id: str) -> list[RevisionInfo]:
        """Every revision of the meeting, oldest first."""
        with self._lock:
            rows = self.connection.execute(
                "SELECT number, saved_at, summary FROM revisions WHERE meeting_id = ?"
                " ORDER BY number",
                (meeting_id,),
            ).fetchall()
        if not rows:
            raise NotFoundError(f"There is no meeting {meeting_id!r} in the archive.")
        return [RevisionInfo(n, dt.datetime.fromisoformat(at), summary) for n, at, summary in rows]

    def get_revision(self, meeting_id: str, number: int) -> Meeting:
        with self._lock:
            row = self.connection.execute(
                "SELECT r.data, s.text FROM revisions r LEFT JOIN sources s"
                " ON s.sha256 = r.source_sha256 WHERE r.meeting_id = ? AND r.number = ?",
                (meeting_id, number),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"The meeting {meeting_id!r} has no revision {number}.")
        return join_source(row[0], row[1], origin=f"Revision {number} of {meeting_id}")

    def restore_revision(self, meeting_id: str, number: int) -> int:
        """Make revision *number* the current one again (as a new revision; nothing is lost)."""
        with self._lock:
            old = self.get_revision(meeting_id, number)
            current = self.revision_of(meeting_id)
            return self._save(old, expected_revision=current, summary=f"restored revision {number}")
