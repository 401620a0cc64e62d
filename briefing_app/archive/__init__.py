"""The local meeting archive: storage, search, revisions, recovery, people, follow-ups."""

from briefing_app.archive.archive import Archive, open_archive
from briefing_app.archive.errors import (
    ArchiveDamagedError,
    ArchiveError,
    ConflictError,
    NotFoundError,
)
from briefing_app.archive.exchange import FolderImport
from briefing_app.archive.types import (
    ArchiveQuery,
    ArchiveStore,
    FollowUpItem,
    MeetingSummary,
    RegisterPerson,
    RestoreResult,
    RevisionInfo,
    RoleSeen,
    SearchPage,
)

__all__ = [
    "Archive",
    "ArchiveDamagedError",
    "ArchiveError",
    "ArchiveQuery",
    "ArchiveStore",
    "ConflictError",
    "FolderImport",
    "FollowUpItem",
    "MeetingSummary",
    "NotFoundError",
    "RegisterPerson",
    "RestoreResult",
    "RevisionInfo",
    "RoleSeen",
    "SearchPage",
    "open_archive",
]
