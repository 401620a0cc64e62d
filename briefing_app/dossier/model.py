"""The Dossier: what was gathered from earlier meetings, plus what the officer edited.

The gathered part is a digest of each source meeting (``sources``). Everything a
briefing shows — timeline, agreements, open items, recurring topics, people,
minimum classification — is derived from the sources the officer kept, so that
dropping a meeting also drops its agreements, follow-ups and marking.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from briefing_app.model.codes import (
    ClassificationLevel,
    classification_levels,
    find_classification,
)
from briefing_app.model.meeting import AgreementKind

if TYPE_CHECKING:
    from briefing_app.model.meeting import Meeting

DOSSIER_FORMAT = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


class SubjectKind(StrEnum):
    COUNTRY = "country"
    ORGANISATION = "organisation"
    PERSON = "person"


class Subject(_Model):
    """Whom the briefing is about."""

    kind: SubjectKind
    # ISO alpha-2 or organisation code (country/organisation); for a person, their country.
    code: str | None = None
    # As the officer asked for it ("KZ", "Lavrov").
    query: str = Field(min_length=1)
    # As the briefing shows it ("Kazakhstan", "Sergey Lavrov").
    label: str = Field(min_length=1)


class SourcePerson(_Model):
    name: str = Field(min_length=1)
    role: str = ""
    organization: str = ""
    country: str | None = None


class SourceTopic(_Model):
    label: str = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)


class SourceAgreement(_Model):
    text: str = Field(min_length=1)
    kind: AgreementKind = AgreementKind.AGREED


class SourceFollowUp(_Model):
    text: str = Field(min_length=1)
    owner: str = ""
    due: dt.date | None = None
    due_text: str = ""


class SourceMeeting(_Model):
    """One earlier meeting as the dossier uses it (a timeline entry)."""

    meeting_id: str = Field(min_length=1)
    title: str = ""
    date: dt.date | None = None
    place: str = ""
    classification: str = "none"
    participants: list[SourcePerson] = Field(default_factory=list)
    topics: list[SourceTopic] = Field(default_factory=list)
    agreements: list[SourceAgreement] = Field(default_factory=list)
    # Only the follow-ups that were still open when the dossier was gathered.
    follow_ups: list[SourceFollowUp] = Field(default_factory=list)

    @property
    def level(self) -> ClassificationLevel:
        return level_of(self.classification)


class AgreementEntry(_Model):
    text: str
    kind: AgreementKind
    date: dt.date | None
    place: str
    meeting_id: str


class OpenItem(_Model):
    text: str
    owner: str
    due: dt.date | None
    due_text: str
    overdue: bool
    days_overdue: int
    date: dt.date | None
    meeting_id: str


class RecurringTopic(_Model):
    label: str
    count: int
    meeting_ids: list[str]
    labels: list[str]
    last_date: dt.date | None


class PersonEntry(_Model):
    name: str
    role: str
    organization: str
    country: str | None
    last_met: dt.date | None
    meetings: int
    spellings: list[str]
    counterpart: bool


class Dossier(_Model):
    """A briefing dossier. Build one with :func:`briefing_app.dossier.gather_dossier`."""

    format: Literal[1] = DOSSIER_FORMAT
    id: str = Field(default_factory=lambda: uuid.uuid4().hex, min_length=1)
    subject: Subject
    language: str = "en"
    as_of: dt.date
    date_from: dt.date | None = None
    sources: list[SourceMeeting] = Field(default_factory=list)
    # Officer-editable parts.
    # The meeting the briefing prepares, when known.
    meeting_date: dt.date | None = None
    meeting_place: str = ""
    order: list[str] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)
    purpose: str = ""
    background: str = ""
    talking_points: list[str] = Field(default_factory=list)
    classification: str = "none"

    @field_validator("classification")
    @classmethod
    def _known_classification(cls, value: str) -> str:
        return find_classification(value).label

    @field_validator("talking_points")
    @classmethod
    def _no_empty_points(cls, value: list[str]) -> list[str]:
        return [point.strip() for point in value if point.strip()]

    # --- what the briefing shows -------------------------------------------------

    def source(self, meeting_id: str) -> SourceMeeting:
        """The source meeting *meeting_id* (KeyError when the dossier has none such)."""
        for item in self.sources:
            if item.meeting_id == meeting_id:
                return item
        raise KeyError(meeting_id)

    def sources_by_id(self) -> dict[str, SourceMeeting]:
        """For looking up many sources at once (``source`` reads the list each time)."""
        return {s.meeting_id: s for s in self.sources}

    def timeline_ids(self) -> list[str]:
        """Meeting ids in the officer's order (new sources newest first), without dropped ones."""
        known = {s.meeting_id for s in self.sources}
        ordered = [i for i in dict.fromkeys(self.order) if i in known]
        rest = [s.meeting_id for s in _newest_first(self.sources) if s.meeting_id not in ordered]
        dropped = set(self.dropped)
        return [i for i in ordered + rest if i not in dropped]

    def timeline(self) -> list[SourceMeeting]:
        by_id = {s.meeting_id: s for s in self.sources}
        return [by_id[i] for i in self.timeline_ids()]

    def kept(self) -> list[SourceMeeting]:
        """Kept sources, oldest first (the order derived sections are computed in)."""
        dropped = set(self.dropped)
        return [s for s in self.sources if s.meeting_id not in dropped]

    def agreements(self) -> list[AgreementEntry]:
        """Agreements reached and documents signed, newest meeting first."""
        return [
            AgreementEntry(
                text=a.text, kind=a.kind, date=s.date, place=s.place, meeting_id=s.meeting_id
            )
            for s in _newest_first(self.kept())
            for a in s.agreements
        ]

    def open_items(self) -> list[OpenItem]:
        """Open follow-ups: overdue first (longest overdue on top), then by due date."""
        items = []
        for s in self.kept():
            for f in s.follow_ups:
                overdue = f.due is not None and f.due < self.as_of
                items.append(
                    OpenItem(
                        text=f.text,
                        owner=f.owner,
                        due=f.due,
                        due_text=f.due_text,
                        overdue=overdue,
                        days_overdue=(self.as_of - f.due).days if overdue and f.due else 0,
                        date=s.date,
                        meeting_id=s.meeting_id,
                    )
                )

        def key(item: OpenItem) -> tuple:
            newest = -(item.date.toordinal() if item.date else 0)
            if item.due is not None:
                return (0 if item.overdue else 1, item.due.toordinal(), newest)
            return (2, 0, newest)

        return sorted(items, key=key)

    def recurring_topics(self) -> list[RecurringTopic]:
        from briefing_app.dossier.topics import recurring_topics

        return recurring_topics(self.kept())

    def people(self) -> list[PersonEntry]:
        from briefing_app.dossier.people import people_met

        return people_met(self.kept(), self.subject)

    def to_meeting(self, *, drafted_by: str = "") -> Meeting:
        """The dossier as a ``Meeting(kind='dossier')``; see :mod:`briefing_app.dossier.storage`."""
        from briefing_app.dossier.storage import to_meeting

        return to_meeting(self, drafted_by=drafted_by)

    def render_context(self) -> dict[str, Any]:
        """The dossier templates' extra context (see :mod:`briefing_app.dossier.export`)."""
        from briefing_app.dossier.export import render_context

        return render_context(self)

    def minimum_level(self) -> ClassificationLevel:
        """The highest classification of any kept source: the dossier may not be marked lower."""
        best = level_of("none")
        for s in _newest_first(self.kept()):
            if s.level.rank > best.rank:
                best = s.level
        return best

    def minimum_source(self) -> SourceMeeting | None:
        """The (most recent) kept source that sets the minimum classification."""
        rank = self.minimum_level().rank
        if rank == 0:
            return None
        return next((s for s in _newest_first(self.kept()) if s.level.rank == rank), None)


def level_of(label: str) -> ClassificationLevel:
    """find_classification, remembered per configured level list (dossiers ask it often)."""
    levels = classification_levels()
    key = (id(levels), label)
    level = _LEVELS.get(key)
    if level is None:
        level = _LEVELS[key] = find_classification(label)
    return level


_LEVELS: dict[tuple[int, str], ClassificationLevel] = {}


def _newest_first(sources: list[SourceMeeting]) -> list[SourceMeeting]:
    return sorted(
        sources,
        key=lambda s: (s.date or dt.date.min, s.meeting_id),
        reverse=True,
    )
