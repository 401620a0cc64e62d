"""Shared helpers for the extraction tests."""

from __future__ import annotations

import datetime as dt

from briefing_app.extract import extract_meeting
from briefing_app.ingest.document import SourceDocument
from briefing_app.model import Meeting


def extract(text: str, reference: str = "2025-03-05", language: str | None = None) -> Meeting:
    return extract_meeting(
        SourceDocument.from_text(text),
        reference_date=dt.date.fromisoformat(reference),
        language=language,
    )


def by_name(people, name: str):
    return next((p for p in people if p.name == name), None)


def attendee(meeting: Meeting, name: str):
    """The attendee called *name*; the test fails naming the attendees found instead."""
    person = by_name(meeting.attendees, name)
    assert person is not None, f"{name!r} not among {[p.name for p in meeting.attendees]}"
    return person


def mentioned(meeting: Meeting, name: str):
    """The person called *name* who is only mentioned; the test fails naming those found."""
    person = by_name(meeting.mentioned, name)
    assert person is not None, f"{name!r} not among {[p.name for p in meeting.mentioned]}"
    return person


def person_names(meeting: Meeting) -> list[str]:
    """Everyone the extraction named, attendees first, then the people only mentioned."""
    return [p.name for p in meeting.attendees + meeting.mentioned]


def topic_labels(meeting: Meeting) -> list[str]:
    return [t.label for t in meeting.topics]


def agreement_texts(meeting: Meeting) -> list[str]:
    return [a.text for a in meeting.agreements]


def follow_up_texts(meeting: Meeting) -> list[str]:
    return [f.text for f in meeting.follow_ups]
