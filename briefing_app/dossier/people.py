"""The people met across a dossier's meetings, each with their latest role.

Spellings of one name across languages (``Sergej Lawrow``, ``Сергей Лавров``)
are merged with :mod:`briefing_app.dossier.names`; two names with different
countries are kept apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from briefing_app.dossier.model import (
    PersonEntry,
    SourceMeeting,
    SourcePerson,
    Subject,
    SubjectKind,
)
from briefing_app.dossier.names import name_key, same_person


@dataclass
class _Seen:
    key: str
    country: str | None
    latest: SourcePerson
    latest_date: dt.date | None
    meetings: set[str] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)


def _prefer_latin(spellings: Counter[str], latest: str) -> str:
    """Show the name in Latin script when any report wrote it so; else the latest spelling."""
    latin = [s for s in spellings if s.isascii() or all(ord(c) < 0x370 for c in s)]
    if latin:
        return max(latin, key=lambda s: (spellings[s], s == latest, s))
    return latest


def people_met(sources: list[SourceMeeting], subject: Subject) -> list[PersonEntry]:
    """Everyone who attended the *sources* (oldest first), counterparts first."""
    seen: list[_Seen] = []
    by_key: dict[tuple[str, str | None], _Seen] = {}
    for source in sources:
        for person in source.participants:
            key = name_key(person.name)
            if not key:
                continue
            entry = by_key.get((key, person.country))
            if entry is None:
                entry = next(
                    (
                        e
                        for e in seen
                        if (
                            e.country is None
                            or person.country is None
                            or e.country == person.country
                        )
                        and same_person(e.key, key)
                    ),
                    None,
                )
            if entry is None:
                entry = _Seen(
                    key=key, country=person.country, latest=person, latest_date=source.date
                )
                seen.append(entry)
            by_key[(key, person.country)] = entry
            entry.meetings.add(source.meeting_id)
            entry.spellings[person.name] += 1
            # Sources come oldest first, so the last one seen holds the current role.
            if source.date is None or entry.latest_date is None or source.date >= entry.latest_date:
                # An empty role in the newer report keeps the one known before.
                entry.latest = SourcePerson.model_construct(
                    name=person.name,
                    role=person.role or entry.latest.role,
                    organization=person.organization or entry.latest.organization,
                    country=person.country or entry.latest.country,
                )
                entry.latest_date = source.date or entry.latest_date
            entry.country = entry.country or person.country

    counterpart_code = subject.code
    people = []
    for e in seen:
        if subject.kind == SubjectKind.PERSON:
            counterpart = same_person(subject.label, e.key) or (
                counterpart_code is not None and e.country == counterpart_code
            )
        else:
            counterpart = counterpart_code is not None and e.country == counterpart_code
        people.append(
            PersonEntry(
                name=_prefer_latin(e.spellings, e.latest.name),
                role=e.latest.role,
                organization=e.latest.organization,
                country=e.country,
                last_met=e.latest_date,
                meetings=len(e.meetings),
                spellings=sorted(e.spellings, key=lambda s: (-e.spellings[s], s)),
                counterpart=counterpart,
            )
        )
    people.sort(
        key=lambda p: (
            not p.counterpart,
            -(p.last_met or dt.date.min).toordinal(),
            -p.meetings,
            p.name,
        )
    )
    return people
