"""Gathering a dossier from any list of meetings (the archive is one source of them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from babel import Locale

from briefing_app.dossier.data import dossier_data
from briefing_app.dossier.model import (
    Dossier,
    SourceMeeting,
    Subject,
    SubjectKind,
)
from briefing_app.dossier.names import same_person
from briefing_app.errors import UserInputError
from briefing_app.model.codes import normalize_party_code, organisation_codes
from briefing_app.model.meeting import FollowUpStatus, Meeting

DOSSIER_LANGUAGES = ("en", "de")


def parse_country(value: str) -> str:
    """An ISO or organisation code, or a clear error."""
    try:
        return normalize_party_code(value)
    except ValueError as exc:
        raise UserInputError(str(exc)[0].upper() + str(exc)[1:] + ".") from exc


def country_name(code: str, language: str = "en") -> str:
    """``KZ`` → ``Kazakhstan`` / ``Kasachstan``; organisations by their English name."""
    organisations = organisation_codes()
    if code in organisations:
        return organisations[code]
    try:
        name = Locale.parse(language).territories.get(code)
    except (ValueError, TypeError):
        name = None
    return name or Locale("en").territories.get(code) or code


def matches_country(meeting: Meeting, code: str) -> bool:
    return code in meeting.countries or any(p.country == code for p in meeting.attendees)


def matches_person(meeting: Meeting, name: str, spellings: Collection[str] = ()) -> bool:
    """The person attended, under any spelling (*spellings*: ones the officer confirmed)."""
    return any(p.name in spellings or same_person(name, p.name) for p in meeting.attendees)


def digest(meeting: Meeting) -> SourceMeeting:
    """What a dossier keeps of one meeting.

    Built from plain values in one validation call: several times faster than
    making each nested model, which counts when a thousand meetings are gathered.
    """
    return SourceMeeting.model_validate(
        {
            "meeting_id": meeting.id,
            "title": meeting.title,
            "date": meeting.date,
            "place": meeting.location.name if meeting.location else "",
            "classification": meeting.classification,
            "participants": [
                {
                    "name": p.name,
                    "role": p.role,
                    "organization": p.organization,
                    "country": p.country,
                }
                for p in meeting.attendees
            ],
            "topics": [{"label": t.label, "keywords": t.keywords} for t in meeting.topics],
            "agreements": [{"text": a.text, "kind": a.kind} for a in meeting.agreements],
            "follow_ups": [
                {"text": f.text, "owner": f.owner, "due": f.due, "due_text": f.due_text}
                for f in meeting.follow_ups
                if f.status == FollowUpStatus.OPEN
            ],
        }
    )


def check_subject(country: str | None, person: str | None) -> tuple[str | None, str | None]:
    """Exactly one of *country* and *person*, cleaned."""
    person = (person or "").strip() or None
    country = (country or "").strip() or None
    if (country is None) == (person is None):
        raise UserInputError("Name either a country (or organisation) or a person, not both.")
    return (parse_country(country) if country else None), person


def gather_dossier(
    meetings: Iterable[Meeting],
    *,
    country: str | None = None,
    person: str | None = None,
    date_from: dt.date | None = None,
    today: dt.date | None = None,
    language: str = "en",
    person_spellings: Collection[str] = (),
) -> Dossier:
    """The dossier on a *country* (or organisation) or a *person* from *meetings*.

    A meeting counts when the country takes part (listed in ``countries`` or
    represented by an attendee), or when the person attended under any spelling
    of their name (*person_spellings* adds spellings known to be theirs, such as
    the archive's people register holds). Meetings before *date_from*, after *today*, and earlier
    dossiers are left out. Undated meetings count unless *date_from* is given.
    """
    code, person = check_subject(country, person)
    today = today or dt.date.today()
    language = language if language in DOSSIER_LANGUAGES else "en"
    spellings = frozenset(person_spellings)
    chosen: list[Meeting] = []
    for meeting in meetings:
        if meeting.kind == "dossier":
            continue
        if meeting.date is None and date_from is not None:
            continue
        if meeting.date is not None and (
            meeting.date > today or (date_from is not None and meeting.date < date_from)
        ):
            continue
        if code is not None and not matches_country(meeting, code):
            continue
        if person is not None and not matches_person(meeting, person, spellings):
            continue
        chosen.append(meeting)
    chosen.sort(key=lambda m: (m.date or dt.date.min, m.id))
    sources = [digest(m) for m in chosen]
    subject = _subject(code, person, chosen, language, spellings)
    dossier = Dossier(
        subject=subject,
        language=language,
        as_of=today,
        date_from=date_from,
        sources=sources,
    )
    dossier.order = dossier.timeline_ids()
    dossier.classification = dossier.minimum_level().label
    dossier.background = describe_background(dossier)
    return dossier


def _subject(
    code: str | None,
    person: str | None,
    chosen: list[Meeting],
    language: str,
    spellings: frozenset[str],
) -> Subject:
    if code is not None:
        kind = SubjectKind.ORGANISATION if code in organisation_codes() else SubjectKind.COUNTRY
        return Subject(kind=kind, code=code, query=code, label=country_name(code, language))
    assert person is not None
    # Name the person as the latest report in Latin script wrote it (a spelling of what the
    # officer typed before other names the register links); their country from there.
    seen = [
        p
        for meeting in reversed(chosen)
        for p in meeting.attendees
        if p.name in spellings or same_person(person, p.name)
    ]
    country = next((p.country for p in seen if p.country), None)
    latin = [p.name for p in seen if all(ord(c) < 0x370 for c in p.name)]
    label = next((n for n in latin if same_person(person, n)), latin[0] if latin else person)
    if len(person.split()) > 1 and all(ord(c) < 0x370 for c in person) and person != person.lower():
        label = person  # a full name, as the officer chose to write it
    return Subject(kind=SubjectKind.PERSON, code=country, query=person, label=label)


def _format_date(day: dt.date | None, language: str) -> str:
    if day is None:
        return "?"
    return day.strftime("%d.%m.%Y") if language == "de" else day.isoformat()


def describe_background(dossier: Dossier) -> str:
    """A first background paragraph the officer can rewrite: how many meetings, since when."""
    data = dossier_data()
    lang = dossier.language
    kept = dossier.kept()
    dated = [s for s in kept if s.date is not None]
    last = max(dated, key=lambda s: s.date) if dated else (kept[-1] if kept else None)
    values = {
        "subject": dossier.subject.label,
        "count": len(kept),
        "first_date": _format_date(min((s.date for s in dated), default=None), lang),
        "last_date": _format_date(last.date if last else None, lang),
    }
    key = {0: "background_none", 1: "background_one"}.get(len(kept), "background_many")
    text = data.phrase(lang, key).format(**values)
    if dossier.date_from is not None:
        since = data.phrase(lang, "since").format(date_from=_format_date(dossier.date_from, lang))
        text = text.rstrip(".") + since + "."
    # The place of the latest meeting that recorded one.
    placed = [s for s in dated if s.place]
    if placed:
        latest = max(placed, key=lambda s: s.date)
        text += data.phrase(lang, "last_place").format(last_place=latest.place)
    items = dossier.open_items()
    if items:
        text += data.phrase(lang, "open_items").format(
            count=len(items), overdue=sum(1 for i in items if i.overdue)
        )
    return text
