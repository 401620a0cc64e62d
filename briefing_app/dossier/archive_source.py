"""Feeding :func:`gather_dossier` from the archive.

The archive narrows the candidates with its indexes (country, person name keys,
date); the dossier's own matching then decides, so the result is the same as
gathering over every meeting. For a person, the archive's people register adds
the spellings the officer merged by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from briefing_app.dossier.gather import check_subject, gather_dossier
from briefing_app.dossier.model import Dossier
from briefing_app.dossier.names import same_person
from briefing_app.model.meeting import Meeting

PAGE_SIZE = 500


def _page_ids(archive: Any, **filters: Any) -> Iterator[str]:
    from briefing_app.archive import ArchiveQuery

    offset = 0
    while True:
        page = archive.search(
            ArchiveQuery(sort="date_asc", limit=PAGE_SIZE, offset=offset, **filters)
        )
        for item in page.items:
            yield item.id
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def register_spellings(archive: Any, person: str) -> tuple[set[str], set[str]]:
    """(spellings, meeting ids) of the register entries that are this person."""
    spellings: set[str] = set()
    meeting_ids: set[str] = set()
    for entry in archive.people():
        names = [entry.name, *entry.variants]
        if any(same_person(person, name) for name in names):
            spellings.update(names)
            meeting_ids.update(entry.meeting_ids)
    return spellings, meeting_ids


def candidate_ids(
    archive: Any,
    *,
    country: str | None,
    person: str | None,
    date_from: dt.date | None,
) -> tuple[list[str], set[str]]:
    """Meeting ids worth reading, oldest first, and the person's known spellings."""
    ids: dict[str, None] = {}
    spellings: set[str] = set()
    if country is not None:
        ids.update(dict.fromkeys(_page_ids(archive, country=country, date_from=date_from)))
    else:
        assert person is not None
        ids.update(dict.fromkeys(_page_ids(archive, person=person, date_from=date_from)))
        spellings, register_ids = register_spellings(archive, person)
        for name in sorted(spellings):
            if name != person:
                ids.update(dict.fromkeys(_page_ids(archive, person=name, date_from=date_from)))
        ids.update(dict.fromkeys(sorted(register_ids - ids.keys())))
    return list(ids), spellings


def iter_meetings(archive: Any, ids: list[str]) -> Iterator[Meeting]:
    from briefing_app.archive import NotFoundError

    for meeting_id in ids:
        try:
            yield archive.get(meeting_id)
        except NotFoundError:  # deleted by another window meanwhile
            continue


def build_dossier_from_archive(
    archive: Any,
    *,
    country: str | None = None,
    person: str | None = None,
    date_from: dt.date | None = None,
    today: dt.date | None = None,
    language: str = "en",
) -> Dossier:
    """The dossier on a country, organisation or person from every archived meeting."""
    code, person = check_subject(country, person)
    ids, spellings = candidate_ids(archive, country=code, person=person, date_from=date_from)
    return gather_dossier(
        iter_meetings(archive, ids),
        country=code,
        person=person,
        date_from=date_from,
        today=today,
        language=language,
        person_spellings=spellings,
    )
