from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.archive import ArchiveQuery, open_archive
from briefing_app.dossier import from_meeting, to_meeting
from briefing_app.dossier.archive_source import build_dossier_from_archive
from briefing_app.dossier.gather import gather_dossier
from briefing_app.model import Meeting, Person
from tests.dossier.meetings import TODAY, all_meetings


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("dossier-archive") / "archive.sqlite3"
    with open_archive(path) as archive:
        with archive.bulk():
            for meeting in all_meetings():
                archive.save(meeting)
        yield archive


def ids(dossier):
    return [s.meeting_id for s in dossier.timeline()]


@pytest.mark.parametrize(
    "subject",
    [{"country": "KZ"}, {"country": "AZ"}, {"person": "Lavrov"}, {"person": "Алиев"}],
)
def test_archive_gives_the_same_dossier_as_the_list_of_meetings(archive, subject):
    from_archive = build_dossier_from_archive(archive, today=TODAY, **subject)
    direct = gather_dossier(all_meetings(), today=TODAY, **subject)
    assert ids(from_archive) == ids(direct)
    assert from_archive.open_items() == direct.open_items()
    assert from_archive.minimum_level() == direct.minimum_level()


def test_people_the_officer_merged_in_the_register_count(tmp_path):
    # "Elbasy" (the title Nazarbayev was known by) is no spelling any rule could link.
    first = Meeting(
        id="kz-elbasy",
        date=dt.date(2021, 5, 3),
        countries=["KZ"],
        attendees=[Person(name="Elbasy", role="First President", country="KZ")],
    )
    second = Meeting(
        id="kz-nazarbayev",
        date=dt.date(2018, 4, 2),
        countries=["KZ"],
        attendees=[Person(name="Nursultan Nazarbayev", role="President", country="KZ")],
    )
    with open_archive(tmp_path / "archive.sqlite3") as archive:
        archive.save(first)
        archive.save(second)
        assert ids(build_dossier_from_archive(archive, person="Nazarbayev", today=TODAY)) == [
            "kz-nazarbayev"
        ]
        register = {p.name: p.id for p in archive.people()}
        archive.merge_people([register["Nursultan Nazarbayev"], register["Elbasy"]])
        dossier = build_dossier_from_archive(archive, person="Nazarbayev", today=TODAY)
    assert ids(dossier) == ["kz-elbasy", "kz-nazarbayev"]
    assert dossier.subject.label == "Nursultan Nazarbayev"


def test_paging_reads_more_than_one_page(archive, monkeypatch):
    import briefing_app.dossier.archive_source as source

    monkeypatch.setattr(source, "PAGE_SIZE", 2)
    dossier = build_dossier_from_archive(archive, country="KZ", today=TODAY)
    assert len(ids(dossier)) >= 6


def test_date_from_is_passed_to_the_archive(archive):
    dossier = build_dossier_from_archive(
        archive, country="KZ", date_from=dt.date(2025, 1, 1), today=TODAY
    )
    assert all(s.date >= dt.date(2025, 1, 1) for s in dossier.timeline())
    assert "kz-2025-later" in ids(dossier)


def test_a_dossier_saved_in_the_archive_reads_back_and_is_not_a_source(archive):
    dossier = build_dossier_from_archive(archive, country="KZ", today=TODAY)
    dossier.purpose = "Visit of FM Nurlanuly"
    archive.save(to_meeting(dossier))
    stored = archive.get(dossier.id)
    assert stored.kind == "dossier"
    assert from_meeting(stored) == dossier
    found = archive.search(ArchiveQuery(country="KZ", limit=100))
    assert dossier.id in [item.id for item in found.items]
    again = build_dossier_from_archive(archive, country="KZ", today=TODAY)
    assert dossier.id not in ids(again)
    archive.delete(dossier.id)
