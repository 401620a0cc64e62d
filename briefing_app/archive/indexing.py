"""What the archive indexes about a meeting: summary columns, join rows and search text.

Pure functions of the Meeting, so a PostgreSQL store can reuse them unchanged.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii

from briefing_app.archive.textfold import fold, name_key
from briefing_app.model import Meeting, Person, Side, meeting_from_dict


@dataclass(frozen=True)
class PersonRow:
    position: int
    name: str
    name_key: str
    role: str
    organization: str
    country: str | None
    side: str
    attended: bool


@dataclass(frozen=True)
class FollowUpRow:
    position: int
    text: str
    owner: str
    due: str | None
    due_text: str
    status: str


@dataclass(frozen=True)
class MeetingIndex:
    """Everything stored about a meeting besides its JSON."""

    title: str
    date: str | None
    location: str
    counterpart: str
    classification: str
    open_follow_ups: int
    created: str
    modified: str
    countries: list[str]
    tags: list[tuple[str, str]]
    people: list[PersonRow]
    follow_ups: list[FollowUpRow]
    text: dict[str, str]


def counterpart(meeting: Meeting) -> str:
    """The other side's main person: a guest, else the first non-host, else the second."""
    attendees = meeting.attendees
    for person in attendees:
        if person.side == Side.GUEST:
            return person.name
    if any(p.side == Side.HOST for p in attendees):
        for person in attendees:
            if person.side != Side.HOST:
                return person.name
    if len(attendees) >= 2:
        return attendees[1].name
    return attendees[0].name if attendees else ""


def meeting_countries(meeting: Meeting) -> list[str]:
    codes = list(meeting.countries)
    if meeting.location and meeting.location.country:
        codes.append(meeting.location.country)
    codes.extend(p.country for p in meeting.attendees if p.country)
    return list(dict.fromkeys(codes))


def _name_forms(person: Person) -> str:
    latin = anyascii(person.name)
    return " ".join(dict.fromkeys([person.name, latin, name_key(person.name)]))


# Tails are indexed for words of at least LONG_WORD letters, each tail keeping at
# least MIN_TAIL letters and starting after the first MIN_HEAD ones.
LONG_WORD, MIN_HEAD, MIN_TAIL = 8, 3, 4
_WORD = re.compile(r"\w+")


def word_parts(folded: str) -> str:
    """The tails of long words, so "strasse" (as a word prefix) finds "friedrichstrasse"."""
    tails: dict[str, None] = {}
    for word in set(_WORD.findall(folded)):
        if len(word) >= LONG_WORD and not word.isdigit():
            for start in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
                tails[word[start:]] = None
    return " ".join(sorted(tails))


def search_text(meeting: Meeting) -> dict[str, str]:
    """The folded text of each search column."""
    people = [*meeting.attendees, *meeting.mentioned]
    parts = {
        "title": [
            meeting.title,
            meeting.source.headline,
            meeting.location.name if meeting.location else "",
        ],
        "body": [
            meeting.source.text,
            meeting.purpose,
            meeting.background,
            meeting.notes,
            *meeting.talking_points,
        ],
        "names": [f"{_name_forms(p)} {p.role} {p.organization}" for p in people],
        "topics": [f"{t.label} {t.summary} {' '.join(t.keywords)}" for t in meeting.topics]
        + meeting.tags,
        "agreements": [a.text for a in meeting.agreements],
        "follow_ups": [f"{f.text} {f.owner}" for f in meeting.follow_ups],
    }
    text = {column: fold("\n".join(p for p in values if p)) for column, values in parts.items()}
    text["word_parts"] = word_parts(" ".join(text.values()))
    return text


def index_meeting(meeting: Meeting) -> MeetingIndex:
    people = [
        PersonRow(
            position=i,
            name=p.name,
            name_key=name_key(p.name),
            role=p.role,
            organization=p.organization,
            country=p.country,
            side=str(p.side),
            attended=i < len(meeting.attendees),
        )
        for i, p in enumerate([*meeting.attendees, *meeting.mentioned])
    ]
    follow_ups = [
        FollowUpRow(
            position=i,
            text=f.text,
            owner=f.owner,
            due=f.due.isoformat() if f.due else None,
            due_text=f.due_text,
            status=str(f.status),
        )
        for i, f in enumerate(meeting.follow_ups)
    ]
    return MeetingIndex(
        title=meeting.title,
        date=meeting.date.isoformat() if meeting.date else None,
        location=meeting.location.name if meeting.location else "",
        counterpart=counterpart(meeting),
        classification=meeting.classification,
        open_follow_ups=len(meeting.open_follow_ups),
        created=meeting.created.isoformat(),
        modified=meeting.modified.isoformat(),
        countries=meeting_countries(meeting),
        tags=[(tag, fold(tag)) for tag in dict.fromkeys(meeting.tags)],
        people=people,
        follow_ups=follow_ups,
        text=search_text(meeting),
    )


def source_key(text: str) -> str | None:
    """The key of the report text in the sources table (None when there is none)."""
    if not text:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_source(meeting: Meeting) -> tuple[str, str, str | None]:
    """The meeting JSON without the report text, the text, and the text's key.

    The report text is stored once beside the meeting (and shared by all its
    revisions) instead of inside every revision's JSON.
    """
    data: dict[str, Any] = meeting.model_dump(mode="json", exclude_none=True)
    text = data["source"].pop("text", "")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")), text, source_key(text)


def join_source(data_json: str, text: str | None, *, origin: str) -> Meeting:
    data = json.loads(data_json)
    data.setdefault("source", {})["text"] = text or ""
    return meeting_from_dict(data, origin=origin)
