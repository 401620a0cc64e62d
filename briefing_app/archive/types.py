"""Plain value types the archive hands out, and the storage interface.

``ArchiveStore`` is what the editor and the CLI rely on; the SQLite store is the
default, a shared PostgreSQL store can implement the same protocol later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from briefing_app.model import Meeting

SortOrder = Literal["date_desc", "date_asc", "title", "modified", "relevance"]
SORT_ORDERS: tuple[str, ...] = ("date_desc", "date_asc", "title", "modified", "relevance")


@dataclass(frozen=True)
class ArchiveQuery:
    """What to look for; every field left empty means 'any'.

    ``text``: every word must match, as the start of a word or a later part of a
    long one (case, accents and ß/ss ignored); "quoted words" match as a phrase.
    ``person``: any spelling or script of the name. ``sort``: date_desc (default),
    date_asc, title, modified or relevance.
    """

    text: str = ""
    country: str | None = None
    person: str | None = None
    tag: str | None = None
    classification: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    open_follow_ups: bool = False
    sort: SortOrder = "date_desc"
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    title: str
    date: dt.date | None
    location: str
    counterpart: str
    classification: str
    countries: list[str]
    open_follow_ups: int
    revision: int = 0
    modified: dt.datetime | None = None


@dataclass(frozen=True)
class SearchPage:
    items: list[MeetingSummary]
    total: int


@dataclass(frozen=True)
class FollowUpItem:
    """One follow-up with the meeting it belongs to (``index`` is its place in that meeting)."""

    meeting_id: str
    meeting_title: str
    meeting_date: dt.date | None
    index: int
    text: str
    owner: str
    due: dt.date | None
    due_text: str
    status: str
    overdue: bool


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    saved_at: dt.datetime
    summary: str


@dataclass(frozen=True)
class RoleSeen:
    """A role a person held, with the meeting dates it was seen on."""

    role: str
    organization: str
    country: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None


@dataclass
class RegisterPerson:
    """One person across meetings and spellings."""

    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    roles: list[RoleSeen] = field(default_factory=list)
    meeting_ids: list[str] = field(default_factory=list)
    corrected: bool = False


@dataclass(frozen=True)
class RestoreResult:
    meetings: int
    replaced_copy: Path


@runtime_checkable
class ArchiveStore(Protocol):
    """The storage interface: everything the editor and the CLI use."""

    def close(self) -> None: ...
    def save(self, meeting: Meeting, *, expected_revision: int | None = None) -> int: ...
    def get(self, meeting_id: str) -> Meeting: ...
    def revision_of(self, meeting_id: str) -> int: ...
    def delete(self, meeting_id: str) -> None: ...
    def search(self, query: ArchiveQuery) -> SearchPage: ...
    def follow_ups(
        self, owner: str | None = None, include_done: bool = False
    ) -> list[FollowUpItem]: ...
    def set_follow_up_status(self, meeting_id: str, index: int, status: str) -> int: ...
    def revisions(self, meeting_id: str) -> list[RevisionInfo]: ...
    def get_revision(self, meeting_id: str, number: int) -> Meeting: ...
    def restore_revision(self, meeting_id: str, number: int) -> int: ...
    def people(self) -> list[RegisterPerson]: ...
    def merge_people(self, person_ids: list[str]) -> str: ...
    def split_person(self, person_id: str, names: list[str]) -> str: ...
    def write_recovery(self, meeting: Meeting) -> Path: ...
    def pending_recovery(self) -> list[Meeting]: ...
    def clear_recovery(self, meeting_id: str) -> None: ...
    def backup(self, path: Path) -> Path: ...
    def restore(self, path: Path) -> RestoreResult: ...
