"""Archive errors, each with a sentence the desk officer can act on."""

from __future__ import annotations

from briefing_app.errors import BriefingError


class ArchiveError(BriefingError):
    """The archive cannot do what was asked."""


class ArchiveDamagedError(ArchiveError):
    """The archive file is damaged; it is reported and never replaced silently."""


class ConflictError(ArchiveError):
    """Someone else (another window or instance) saved the meeting meanwhile."""

    def __init__(self, message: str, *, meeting_id: str = "", stored_revision: int = 0) -> None:
        super().__init__(message)
        self.meeting_id = meeting_id
        self.stored_revision = stored_revision


class NotFoundError(ArchiveError):
    """No meeting (or revision, or person) with that id."""
