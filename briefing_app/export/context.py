"""The values a template sees, and the documented list of them the validator checks against.

Templates get the Meeting itself (``meeting``) plus values already written in the
template's language (``date``, ``place``, ``participants`` …) so a desk officer
designing a template in Word needs no filters for the common cases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from briefing_app.export.environment import Formatter, clean_text
from briefing_app.model import (
    Agreement,
    FollowUp,
    Location,
    Meeting,
    Person,
    Source,
    Topic,
)
from briefing_app.model.codes import find_classification
from briefing_app.settings import Settings

# name -> what it holds; this is the documented context of every note template.
NOTE_VARIABLES: dict[str, str] = {
    "meeting": "the Meeting itself (meeting.title, meeting.attendees, meeting.source.headline …)",
    "language": "the template's language code (de, en …)",
    "title": "the meeting's title",
    "date": "the meeting's date in the template's language ('3 March 2025'), or ''",
    "weekday_date": "the date with the weekday ('Monday, 3 March 2025'), or ''",
    "time": "start (and end) time ('10:00–11:30', '10:00 Uhr'), or ''",
    "when": "date and time together, or the 'undated' label",
    "place": "city and country ('Baku, Azerbaijan'), or ''",
    "countries": "the countries concerned, as one phrase ('Azerbaijan and Türkiye')",
    "classification": "the classification marking ('VS – NUR FÜR DEN DIENSTGEBRAUCH'), '' if none",
    "participants": "attendees: list of {name, role, organization, country, country_code, "
    "side, side_label, display}",
    "sides": "attendees by side: list of {label, people} (people as in participants)",
    "mentioned": "people mentioned but not present, same keys as participants",
    "topics": "list of {label, summary, keywords}",
    "agreements": "list of {text, kind, kind_label}",
    "follow_ups": "list of {text, owner, due, status, status_label} (due already written out)",
    "source": "{headline, agency, dateline, file_name, format, imported}",
    "purpose": "purpose of the meeting (text)",
    "background": "background (text)",
    "notes": "free notes (text)",
    "talking_points": "list of talking points (text)",
    "drafted_by": "who drafted the note (meeting.drafted_by, else the author setting)",
    "author": "the author setting",
    "distribution": "list of recipients",
    "tags": "list of tags",
    "today": "today's date in the template's language",
    "labels": "words in the template's language: not_recorded, none, page, of …",
}

DOSSIER_VARIABLES: dict[str, str] = {
    **NOTE_VARIABLES,
    "previous_meetings": "earlier meetings, newest first: list of {title, date, place, "
    "participants, topics}; the dossier code gives date as a date or ISO text and participants "
    "and topics as lists of names, the template sees them written out ('3 March 2025', "
    "'Aliyev and Bektenov')",
    "open_items": "open follow-ups from earlier meetings: list of {text, owner, due, meeting}; "
    "due may be a date, ISO text or free text ('Q3') and is written out",
    "people": "people met before: list of {name, role, country, display, meetings}; country "
    "is given as a code and written out, meetings is how many times they were met",
    "recurring_topics": "topics raised more than once: list of {label, count}",
}

_PARTICIPANT_KEYS = (
    "name",
    "role",
    "organization",
    "country",
    "country_code",
    "side",
    "side_label",
    "display",
)
_DERIVED_KEYS = {
    *_PARTICIPANT_KEYS,
    "label",
    "people",
    "summary",
    "keywords",
    "text",
    "kind",
    "kind_label",
    "owner",
    "due",
    "status",
    "status_label",
    "headline",
    "agency",
    "dateline",
    "file_name",
    "format",
    "imported",
    "title",
    "date",
    "place",
    "participants",
    "topics",
    "meeting",
    "meetings",
    "count",
    "not_recorded",
    "none",
    "undated",
    "page",
    "of",
    "unknown_place",
    "phone",
}
_LOOP_ATTRIBUTES = {
    "index",
    "index0",
    "revindex",
    "revindex0",
    "first",
    "last",
    "length",
    "previtem",
    "nextitem",
    "depth",
    "depth0",
}
_DATE_ATTRIBUTES = {"year", "month", "day", "hour", "minute"}


def _model_fields(*models: type[BaseModel]) -> set[str]:
    return {name for model in models for name in model.model_fields if name != "provenance"}


# Every attribute name a template may use after a dot; anything else is an unknown field.
ALLOWED_ATTRIBUTES: frozenset[str] = frozenset(
    _model_fields(Meeting, Person, Location, Topic, Agreement, FollowUp, Source)
    | {"open_follow_ups"}
    | _DERIVED_KEYS
    | _LOOP_ATTRIBUTES
    | _DATE_ATTRIBUTES
)


def variables_for(kind: str) -> dict[str, str]:
    return DOSSIER_VARIABLES if kind == "dossier" else NOTE_VARIABLES


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)


class ContextBuilder:
    """Builds the template context for one language."""

    def __init__(self, language: str) -> None:
        self.fmt = Formatter(language)
        self.language = language
        self.labels = self.fmt.labels

    def participant(self, person: Person) -> dict[str, str]:
        return {
            "name": person.name,
            "role": person.role,
            "organization": person.organization,
            "country": self.fmt.country(person.country),
            "country_code": person.country or "",
            "side": person.side.value,
            # "other" is what an unknown side looks like; a column of "Other" says nothing.
            "side_label": "" if person.side.value == "other" else self.labels["side"][person.side],
            "display": self.fmt.person(person),
        }

    def sides(self, attendees: list[Person]) -> list[dict[str, Any]]:
        groups: list[dict[str, Any]] = []
        for side in ("host", "guest", "other"):
            people = [p for p in attendees if p.side.value == side]
            if people:
                groups.append({"key": side, "people": people})
        if len(groups) == 1 and groups[0]["key"] == "other":
            # Sides not recorded: group by country, which is what a memcon reader needs.
            by_country: dict[str, list[Person]] = {}
            for person in attendees:
                by_country.setdefault(person.country or "", []).append(person)
            groups = [{"key": code, "people": ps} for code, ps in by_country.items()]
        result = []
        for group in groups:
            codes = {p.country for p in group["people"] if p.country}
            if len(codes) == 1:
                label = self.labels["side_of"].format(country=self.fmt.country(codes.pop()))
            elif group["key"] in self.labels["side"]:
                label = self.labels["side"][group["key"]]
            else:
                label = self.labels["side"]["other"]
            result.append(
                {"label": label, "people": [self.participant(p) for p in group["people"]]}
            )
        return result

    def time(self, meeting: Meeting) -> str:
        if meeting.time is None:
            return ""
        text = self.fmt.time(meeting.time)
        if meeting.end_time is not None:
            text += "–" + self.fmt.time(meeting.end_time)
        return text + self.labels.get("time_suffix", "")

    def place(self, meeting: Meeting) -> str:
        if meeting.location is None:
            return ""
        country = self.fmt.country(meeting.location.country)
        return f"{meeting.location.name}, {country}" if country else meeting.location.name

    def follow_up(self, item: FollowUp) -> dict[str, str]:
        return {
            "text": item.text,
            "owner": item.owner,
            "due": self.fmt.date(item.due) if item.due else item.due_text,
            "status": item.status.value,
            "status_label": self.labels["status"].get(item.status.value, item.status.value),
        }

    def build(
        self,
        meeting: Meeting,
        *,
        settings: Settings | None = None,
        extra: Mapping[str, Any] | None = None,
        today: dt.date | None = None,
    ) -> dict[str, Any]:
        fmt = self.fmt
        author = settings.author if settings else ""
        date = fmt.date(meeting.date)
        time = self.time(meeting)
        when = ", ".join(part for part in (date, time) if part) or self.labels["undated"]
        source = meeting.source
        context: dict[str, Any] = {
            "meeting": meeting,
            "language": self.language,
            "title": meeting.title,
            "date": date,
            "weekday_date": fmt.date(meeting.date, "full"),
            "time": time,
            "when": when,
            "place": self.place(meeting),
            "countries": fmt.countries(meeting.countries),
            "classification": find_classification(meeting.classification).marking,
            "participants": [self.participant(p) for p in meeting.attendees],
            "sides": self.sides(meeting.attendees),
            "mentioned": [self.participant(p) for p in meeting.mentioned],
            "topics": [
                {"label": t.label, "summary": t.summary, "keywords": t.keywords}
                for t in meeting.topics
            ],
            "agreements": [
                {
                    "text": a.text,
                    "kind": a.kind.value,
                    "kind_label": self.labels["agreement_kind"].get(a.kind.value, ""),
                }
                for a in meeting.agreements
            ],
            "follow_ups": [self.follow_up(f) for f in meeting.follow_ups],
            "source": {
                "headline": source.headline,
                "agency": source.agency,
                "dateline": source.dateline,
                "file_name": source.file_name,
                "format": source.format,
                "imported": fmt.date(source.imported_at) if source.imported_at else "",
            },
            "purpose": meeting.purpose,
            "background": meeting.background,
            "notes": meeting.notes,
            "talking_points": list(meeting.talking_points),
            "drafted_by": meeting.drafted_by or author,
            "author": author,
            "distribution": list(meeting.distribution),
            "tags": list(meeting.tags),
            "today": fmt.date(today or dt.date.today()),
            "labels": self.labels,
            "previous_meetings": [],
            "open_items": [],
            "people": [],
            "recurring_topics": [],
        }
        if extra:
            context.update(self._dossier_extra(extra))
        return context

    def _dossier_extra(self, extra: Mapping[str, Any]) -> dict[str, Any]:
        """Normalise what the dossier code hands in, so templates see one shape."""
        out: dict[str, Any] = {}
        for key, value in extra.items():
            if key not in DOSSIER_VARIABLES:
                raise KeyError(f"{key!r} is not part of the documented template context")
            out[key] = value
        out["previous_meetings"] = [
            {
                "title": clean_text(_get(m, "title")),
                "date": self.fmt.date(_get(m, "date")),
                "place": clean_text(_get(m, "place")),
                "participants": self.fmt.join(_get(m, "participants") or ()),
                "topics": self.fmt.join(_get(m, "topics") or ()),
            }
            for m in out.get("previous_meetings", ())
        ]
        out["open_items"] = [
            {
                "text": clean_text(_get(i, "text")),
                "owner": clean_text(_get(i, "owner")),
                "due": self.fmt.date(_get(i, "due")),
                "meeting": clean_text(_get(i, "meeting")),
            }
            for i in out.get("open_items", ())
        ]
        out["people"] = [
            {
                "name": clean_text(_get(p, "name")),
                "role": clean_text(_get(p, "role")),
                "country": self.fmt.country(_get(p, "country")),
                "display": self.fmt.person(p),
                "meetings": _get(p, "meetings") or 0,
            }
            for p in out.get("people", ())
        ]
        out["recurring_topics"] = [
            {"label": clean_text(_get(t, "label")), "count": _get(t, "count") or 0}
            for t in out.get("recurring_topics", ())
        ]
        return out
