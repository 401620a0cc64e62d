"""The recovery area: autosaved copies of open meetings, offered again after a crash.

One ``<id>.briefing.json`` per meeting, written atomically, so a crash during
an autosave leaves the previous autosave intact.
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from briefing_app.model import Meeting, MeetingDataError, load_meeting, save_meeting
from briefing_app.model.jsonio import MEETING_SUFFIX

log = logging.getLogger(__name__)
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")


def recovery_file(folder: Path, meeting_id: str) -> Path:
    stem = (
        meeting_id
        if _SAFE_ID.fullmatch(meeting_id)
        else hashlib.sha256(meeting_id.encode("utf-8")).hexdigest()[:32]
    )
    return folder / f"{stem}{MEETING_SUFFIX}"


def write_recovery(folder: Path, meeting: Meeting) -> Path:
    path = recovery_file(folder, meeting.id)
    save_meeting(meeting, path)
    return path


def pending_recovery(folder: Path) -> list[Meeting]:
    """Autosaved meetings left behind, newest first; unreadable files are skipped, not removed."""
    if not folder.is_dir():
        return []
    meetings = []
    for path in sorted(folder.glob(f"*{MEETING_SUFFIX}")):
        try:
            meetings.append(load_meeting(path))
        except MeetingDataError as exc:
            log.warning("recovery file %s skipped: %s", path, exc)
    meetings.sort(key=lambda m: m.modified, reverse=True)
    return meetings


def clear_recovery(folder: Path, meeting_id: str) -> None:
    recovery_file(folder, meeting_id).unlink(missing_ok=True)
