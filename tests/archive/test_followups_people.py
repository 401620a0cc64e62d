from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.archive import Archive, NotFoundError
from briefing_app.errors import UserInputError
from briefing_app.model import FollowUp, Meeting, Person

TODAY = dt.date(2025, 6, 1)


def _tracker_archive(archive: Archive) -> tuple[Meeting, Meeting]:
    first = Meeting(
        title="Konsultationen Astana",
        date=dt.date(2025, 3, 12),
        follow_ups=[
            FollowUp(
                text="Eckpunktepapier Seltene Erden", owner="Referat 413", due=dt.date(2025, 4, 30)
            ),
            FollowUp(text="Visaanliegen klären", owner="BMI", due=dt.date(2025, 7, 1)),
            FollowUp(text="Bericht an Leitung", owner="", due_text="Ende Juni"),
            FollowUp(text="Erledigtes", owner="BMI", status="done"),
        ],
    )
    second = Meeting(
        title="Videokonferenz Taschkent",
        date=dt.date(2025, 4, 24),
        follow_ups=[
            FollowUp(text="Netzdaten übermitteln", owner="NEGU", due=dt.date(2025, 5, 15)),
            FollowUp(text="Agenda-Entwurf", owner="BMI", due=dt.date(2025, 6, 20)),
        ],
    )
    archive.save(first)
    archive.save(second)
    return first, second


def test_open_follow_ups_overdue_first_then_by_owner(archive: Archive) -> None:
    _tracker_archive(archive)
    items = archive.follow_ups(today=TODAY)
    assert [i.text for i in items] == [
        "Netzdaten übermitteln",  # overdue, owner NEGU
        "Eckpunktepapier Seltene Erden",  # overdue, owner Referat 413
        "Agenda-Entwurf",  # BMI, due 20 June
        "Visaanliegen klären",  # BMI, due 1 July
        "Bericht an Leitung",  # no owner: last
    ]
    assert [i.overdue for i in items] == [True, True, False, False, False]
    assert items[0].meeting_title == "Videokonferenz Taschkent"
    assert "Erledigtes" not in [i.text for i in items]
    assert [i.text for i in archive.follow_ups(owner="bmi", today=TODAY)] == [
        "Agenda-Entwurf",
        "Visaanliegen klären",
    ]
    everything = archive.follow_ups(include_done=True, today=TODAY)
    assert "Erledigtes" in [i.text for i in everything]


def test_marking_done_removes_from_tracker_and_keeps_a_revision(archive: Archive) -> None:
    first, _ = _tracker_archive(archive)
    item = next(i for i in archive.follow_ups(today=TODAY) if i.text.startswith("Eckpunkte"))
    revision = archive.set_follow_up_status(item.meeting_id, item.index, "done")
    assert revision == 2
    assert "Eckpunktepapier Seltene Erden" not in [i.text for i in archive.follow_ups(today=TODAY)]
    assert archive.get(first.id).follow_ups[item.index].status == "done"
    assert archive.revisions(first.id)[-1].summary == "follow-up 1 marked done"
    from briefing_app.archive import ArchiveQuery

    summary = archive.search(ArchiveQuery(text="Astana")).items[0]
    assert summary.open_follow_ups == 2
    with pytest.raises(UserInputError):
        archive.set_follow_up_status(first.id, 0, "finished")
    with pytest.raises(NotFoundError):
        archive.set_follow_up_status(first.id, 17, "done")


def _person_archive(archive: Archive) -> None:
    spellings = [
        ("Ильхам Алиев", "Президент", dt.date(2023, 7, 19)),
        ("Ilham Aliyev", "President", dt.date(2019, 9, 16)),
        ("Ilcham Alijew", "Präsident", dt.date(2021, 1, 5)),
        ("Ilham Aliyev", "Prime Minister", dt.date(2003, 8, 4)),
    ]
    for name, role, day in spellings:
        archive.save(
            Meeting(
                title=f"Treffen {day.year}",
                date=day,
                attendees=[
                    Person(name=name, role=role, country="AZ"),
                    Person(name="Annalena Baerbock", role="Außenministerin", country="DE"),
                ],
                mentioned=[Person(name="Ilham Alimov", role="Botschafter", country="UZ")],
            )
        )


def test_register_joins_spellings_and_scripts(archive: Archive) -> None:
    _person_archive(archive)
    people = archive.people()
    aliyev = next(p for p in people if "Ilham Aliyev" in p.variants)
    assert set(aliyev.variants) == {"Ильхам Алиев", "Ilham Aliyev", "Ilcham Alijew"}
    assert aliyev.name == "Ilham Aliyev"  # the most frequent spelling
    assert len(aliyev.meeting_ids) == 4
    assert aliyev.countries == ["AZ"]
    # Roles over time, earliest first.
    assert aliyev.roles[0].role == "Prime Minister"
    assert aliyev.roles[0].first_seen == dt.date(2003, 8, 4)
    # A similar but different name stays apart.
    alimov = next(p for p in people if "Ilham Alimov" in p.variants)
    assert alimov.id != aliyev.id
    assert len(next(p for p in people if p.name == "Annalena Baerbock").meeting_ids) == 4


def test_manual_split_and_merge_override_the_automatic_register(archive: Archive) -> None:
    _person_archive(archive)
    aliyev = next(p for p in archive.people() if "Ilham Aliyev" in p.variants)
    new_id = archive.split_person(aliyev.id, ["Ilcham Alijew"])
    people = {p.id: p for p in archive.people()}
    assert people[new_id].variants == ["Ilcham Alijew"]
    assert set(people[aliyev.id].variants) == {"Ильхам Алиев", "Ilham Aliyev"}
    assert people[new_id].corrected and people[aliyev.id].corrected

    # A later meeting with a known spelling follows the correction.
    archive.save(Meeting(title="Später", attendees=[Person(name="Ilcham Alijew")]))
    people = {p.id: p for p in archive.people()}
    assert len(people[new_id].meeting_ids) == 2

    merged = archive.merge_people([aliyev.id, new_id])
    assert merged == aliyev.id
    entry = next(p for p in archive.people() if p.id == merged)
    assert set(entry.variants) == {"Ильхам Алиев", "Ilham Aliyev", "Ilcham Alijew"}
    assert len(entry.meeting_ids) == 5

    alimov = next(p for p in archive.people() if "Ilham Alimov" in p.variants)
    merged = archive.merge_people([alimov.id, merged])
    assert merged == alimov.id
    assert any({"Ilham Alimov", "Ilham Aliyev"} <= set(p.variants) for p in archive.people())
    with pytest.raises(UserInputError):
        archive.split_person(merged, [])
    with pytest.raises(NotFoundError):
        archive.merge_people(["nobody", merged])


def test_person_filter_follows_manual_merge(archive: Archive) -> None:
    from briefing_app.archive import ArchiveQuery

    archive.save(Meeting(title="Eins", attendees=[Person(name="Kassym-Jomart Tokayev")]))
    archive.save(Meeting(title="Zwei", attendees=[Person(name="Präsident Tokajew")]))
    archive.save(Meeting(title="Drei", attendees=[Person(name="K. Tokayev")]))
    ids = {p.name: p.id for p in archive.people()}
    archive.merge_people(
        [ids["Kassym-Jomart Tokayev"], ids["Präsident Tokajew"], ids["K. Tokayev"]]
    )
    found = archive.search(ArchiveQuery(person="Kassym-Jomart Tokayev"))
    assert found.total == 3
