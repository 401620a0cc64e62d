"""The follow-up tracker: open follow-ups across meetings, and marking them done."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from briefing_app.archive.errors import NotFoundError
from briefing_app.archive.textfold import fold
from briefing_app.archive.types import FollowUpItem
from briefing_app.errors import UserInputError
from briefing_app.model import FollowUpStatus


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class FollowUpMixin:
    """Follow-up methods of the archive."""

    _lock: threading.RLock
    connection: sqlite3.Connection

    def follow_ups(
        self, owner: str | None = None, include_done: bool = False, *, today: dt.date | None = None
    ) -> list[FollowUpItem]:
        """Follow-ups across meetings: overdue first, then by owner, then by due date."""
        today_text = (today or dt.date.today()).isoformat()
        status_filter = "" if include_done else " WHERE f.status = 'open'"
        with self._lock:
            rows = self.connection.execute(
                "SELECT m.id, m.title, m.date, f.position, f.text, f.owner, f.due, f.due_text,"
                " f.status, f.status = 'open' AND f.due < ? AS overdue"
                f" FROM follow_ups f JOIN meetings m ON m.num = f.meeting{status_filter}"
                " ORDER BY overdue DESC, f.status <> 'open', f.owner = '', lower(f.owner),"
                " f.due IS NULL, f.due, m.date, m.id, f.position",
                (today_text,),
            ).fetchall()
        wanted = fold(owner.strip()) if owner else ""
        return [
            FollowUpItem(mid, title, _date(mdate), pos, text, who, _date(due), due_text, status,
                         bool(overdue))
            for mid, title, mdate, pos, text, who, due, due_text, status, overdue in rows
            if not wanted or wanted in fold(who)
        ]  # fmt: skip

    def set_follow_up_status(self, meeting_id: str, index: int, status: str) -> int:
        """Mark follow-up *index* (0-based) of the meeting open/done/dropped; a new revision."""
        try:
            new_status = FollowUpStatus(status)
        except ValueError as exc:
            raise UserInputError(
                f"{status!r} is not a follow-up status; use open, done or dropped."
            ) from exc
        with self._lock:
            current = self.revision_of(meeting_id)
            meeting = self.get(meeting_id)
            if not 0 <= index < len(meeting.follow_ups):
                raise NotFoundError(
                    f"The meeting has {len(meeting.follow_ups)} follow-ups; there is no number "
                    f"{index + 1}."
                )
            meeting.follow_ups[index].status = new_status
            meeting.touch()
            return self._save(meeting, expected_revision=current)
