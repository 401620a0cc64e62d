"""The Meeting: the one schema that import, extraction, the editor, the archive and export share."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from briefing_app.model.codes import find_classification, normalize_party_code

SCHEMA_VERSION = 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _new_id() -> str:
    return uuid.uuid4().hex


PartyCode = Annotated[str, AfterValidator(normalize_party_code)]


class _Model(BaseModel):
    # defer_build: the validators are built on first validation, not at import. The
    # editor imports the model on its start path but validates the first meeting only
    # after its window is shown (its first, empty meeting is made without validation).
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, str_strip_whitespace=True, defer_build=True
    )


class Span(_Model):
    """Characters ``text[start:end]`` of ``Meeting.source.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(
                f"a text span must not end ({self.end}) before it starts ({self.start})"
            )
        return self


class Provenance(_Model):
    """Where an extracted value came from and how sure the extractor was.

    ``confirmed`` is set when the officer accepts or edits the value; the editor
    marks values that are neither confirmed nor confident.
    """

    spans: list[Span] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    method: str = ""
    confirmed: bool = False

    UNCERTAIN_BELOW: ClassVar[float] = 0.6

    @property
    def uncertain(self) -> bool:
        return not self.confirmed and self.confidence < self.UNCERTAIN_BELOW


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"
    OTHER = "other"


class Person(_Model):
    name: str = Field(min_length=1)
    role: str = ""
    organization: str = ""
    country: PartyCode | None = None
    side: Side = Side.OTHER
    provenance: Provenance | None = None


class Location(_Model):
    name: str = Field(min_length=1)
    country: PartyCode | None = None
    provenance: Provenance | None = None


class Topic(_Model):
    label: str = Field(min_length=1)
    summary: str = ""
    keywords: list[str] = Field(default_factory=list)
    provenance: Provenance | None = None


class AgreementKind(StrEnum):
    AGREED = "agreed"
    SIGNED = "signed"
    DECIDED = "decided"


class Agreement(_Model):
    text: str = Field(min_length=1)
    kind: AgreementKind = AgreementKind.AGREED
    provenance: Provenance | None = None


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class FollowUp(_Model):
    text: str = Field(min_length=1)
    owner: str = ""
    due: dt.date | None = None
    # The deadline as written when it is no exact day ("end February", "Q3").
    due_text: str = ""
    status: FollowUpStatus = FollowUpStatus.OPEN
    provenance: Provenance | None = None


class Source(_Model):
    """The imported report, kept unchanged so every span can be shown again."""

    file_name: str = ""
    format: str = ""
    imported_at: dt.datetime | None = None
    sha256: str = ""
    agency: str = ""
    dateline: str = ""
    headline: str = ""
    text: str = Field(default="", json_schema_extra={"description": "The report's full text."})

    @field_validator("sha256")
    @classmethod
    def _hex_digest(cls, value: str) -> str:
        if value and not re.fullmatch(r"[0-9a-f]{64}", value.lower()):
            raise ValueError("sha256 must be 64 hexadecimal characters")
        return value.lower()

    # The text is stored verbatim; stripping it would shift every span.
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, str_strip_whitespace=False, defer_build=True
    )


_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class Meeting(_Model):
    """One meeting (or, with ``kind='dossier'``, a briefing dossier gathered from several)."""

    id: str = Field(default_factory=_new_id, min_length=1)
    schema_version: Literal[1] = SCHEMA_VERSION
    kind: Literal["meeting", "dossier"] = "meeting"
    title: str = ""
    date: dt.date | None = None
    time: dt.time | None = None
    end_time: dt.time | None = None
    location: Location | None = None
    classification: str = "none"
    language: str = "en"
    source: Source = Field(default_factory=Source)
    purpose: str = ""
    background: str = ""
    attendees: list[Person] = Field(default_factory=list)
    mentioned: list[Person] = Field(default_factory=list)
    countries: list[PartyCode] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    talking_points: list[str] = Field(default_factory=list)
    notes: str = ""
    tags: list[str] = Field(default_factory=list)
    drafted_by: str = ""
    distribution: list[str] = Field(default_factory=list)
    # Provenance of the single-valued fields: "title", "date", "time", "classification" …
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    created: dt.datetime = Field(default_factory=_now)
    modified: dt.datetime = Field(default_factory=_now)

    @field_validator("classification")
    @classmethod
    def _known_classification(cls, value: str) -> str:
        return find_classification(value).label

    @field_validator("language")
    @classmethod
    def _language_code(cls, value: str) -> str:
        code = value.strip().lower()
        if not _LANGUAGE.match(code):
            raise ValueError(f"{value!r} is not a language code; use two letters such as de or en")
        return code

    @field_validator("countries")
    @classmethod
    def _unique_countries(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(tag.strip() for tag in value if tag.strip()))

    @model_validator(mode="after")
    def _spans_inside_text(self) -> Meeting:
        limit = len(self.source.text)
        for provenance in self.iter_provenance():
            for span in provenance.spans:
                if span.end > limit:
                    raise ValueError(
                        f"a source span ({span.start}–{span.end}) reaches past the end of "
                        f"the report text ({limit} characters)"
                    )
        return self

    def iter_provenance(self) -> Iterator[Provenance]:
        """Every provenance record in the meeting."""
        yield from self.provenance.values()
        if self.location and self.location.provenance:
            yield self.location.provenance
        for items in (
            self.attendees,
            self.mentioned,
            self.topics,
            self.agreements,
            self.follow_ups,
        ):
            for item in items:
                if item.provenance is not None:
                    yield item.provenance

    def span_text(self, span: Span) -> str:
        return self.source.text[span.start : span.end]

    @property
    def open_follow_ups(self) -> list[FollowUp]:
        return [f for f in self.follow_ups if f.status == FollowUpStatus.OPEN]

    def touch(self) -> None:
        """Record that the meeting was changed now."""
        self.modified = _now()
