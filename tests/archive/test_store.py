from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.archive import (
    Archive,
    ArchiveError,
    ArchiveQuery,
    ArchiveStore,
    ConflictError,
    NotFoundError,
    open_archive,
)
from briefing_app.model import Agreement, Meeting, Person
from tests.archive.conftest import by_title


def test_archive_implements_the_store_interface(archive: Archive) -> None:
    assert isinstance(archive, ArchiveStore)


def test_create_read_update_delete(archive: Archive, meetings: list[Meeting]) -> None:
    meeting = meetings[0]
    assert archive.save(meeting, expected_revision=0) == 1
    stored = archive.get(meeting.id)
    assert stored == meeting
    assert stored.source.text == meeting.source.text  # the report is kept unchanged

    stored.title = "Neuer Titel"
    stored.attendees.append(Person(name="Anna Beispiel", role="Referentin", country="DE"))
    assert archive.save(stored, expected_revision=1) == 2
    assert archive.get(meeting.id).title == "Neuer Titel"
    assert archive.revision_of(meeting.id) == 2

    archive.delete(meeting.id)
    with pytest.raises(NotFoundError):
        archive.get(meeting.id)
    with pytest.raises(NotFoundError):
        archive.delete(meeting.id)
    assert archive.search(ArchiveQuery()).total == 0
    assert archive.search(ArchiveQuery(text="Neuer Titel")).total == 0
    # Nothing of the deleted meeting is left behind.
    conn = archive.connection
    for table in ("sources", "revisions", "meeting_people", "follow_ups", "meeting_text"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_saving_unchanged_meeting_keeps_revision(archive: Archive, meetings: list[Meeting]) -> None:
    meeting = meetings[1]
    assert archive.save(meeting) == 1
    assert archive.save(meeting) == 1
    assert len(archive.revisions(meeting.id)) == 1


def test_stale_revision_raises_conflict_and_writes_nothing(
    archive: Archive, meetings: list[Meeting]
) -> None:
    meeting = meetings[2]
    archive.save(meeting, expected_revision=0)
    mine = archive.get(meeting.id)
    theirs = archive.get(meeting.id)
    theirs.notes = "saved by the other window"
    assert archive.save(theirs, expected_revision=1) == 2
    mine.notes = "my edit"
    with pytest.raises(ConflictError) as info:
        archive.save(mine, expected_revision=1)
    assert info.value.stored_revision == 2
    assert "saved elsewhere" in info.value.message
    assert archive.get(meeting.id).notes == "saved by the other window"
    # A new meeting with the id of an existing one is also a conflict.
    with pytest.raises(ConflictError):
        archive.save(mine, expected_revision=0)


def test_revisions_record_when_and_what_changed(archive: Archive, meetings: list[Meeting]) -> None:
    meeting = by_title(meetings, "Energiepartnerschaft")
    archive.save(meeting)
    edited = archive.get(meeting.id)
    edited.title = "Energiepartnerschaft DE–UZ"
    edited.agreements.append(Agreement(text="Workshop im Herbst"))
    archive.save(edited)
    history = archive.revisions(meeting.id)
    assert [r.number for r in history] == [1, 2]
    assert history[0].summary == f"created from {meeting.source.file_name}"
    assert "title changed" in history[1].summary
    assert "1 agreement added" in history[1].summary
    assert history[1].saved_at >= history[0].saved_at
    assert history[1].saved_at.tzinfo is not None

    assert archive.get_revision(meeting.id, 1).title == meeting.title
    assert archive.restore_revision(meeting.id, 1) == 3
    restored = archive.get(meeting.id)
    assert restored.title == meeting.title
    assert len(restored.agreements) == len(meeting.agreements)
    assert archive.revisions(meeting.id)[-1].summary.startswith("restored revision 1")
    # Restoring keeps the later revision available.
    assert archive.get_revision(meeting.id, 2).title == "Energiepartnerschaft DE–UZ"
    with pytest.raises(NotFoundError):
        archive.get_revision(meeting.id, 9)


def test_report_text_is_stored_once_for_all_revisions(
    archive: Archive, meetings: list[Meeting]
) -> None:
    meeting = meetings[3]
    archive.save(meeting)
    for n in range(3):
        meeting.notes = f"edit {n}"
        archive.save(meeting)
    assert archive.connection.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    assert archive.get_revision(meeting.id, 2).source.text == meeting.source.text


def test_id_prefix_resolves(filled: Archive, meetings: list[Meeting]) -> None:
    meeting = meetings[0]
    assert filled.resolve_id(meeting.id[:10]) == meeting.id
    with pytest.raises(NotFoundError):
        filled.resolve_id("zzzz")


def test_reopen_keeps_everything(archive_path, meetings: list[Meeting]) -> None:
    with open_archive(archive_path) as archive:
        for meeting in meetings:
            archive.save(meeting)
    with open_archive(archive_path, check="full") as archive:
        assert archive.count() == len(meetings)
        assert archive.get(meetings[5].id) == meetings[5]
        assert archive.check_integrity() == []
        mode = archive.connection.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert archive.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_archive_version_is_refused(archive_path) -> None:
    with open_archive(archive_path) as archive:
        archive.connection.execute("PRAGMA user_version = 99")
    with pytest.raises(ArchiveError, match="newer Briefing Desk"):
        open_archive(archive_path)


def test_modified_is_kept_and_dates_round_trip(archive: Archive) -> None:
    meeting = Meeting(title="Rundreise", date=dt.date(2024, 2, 29))
    archive.save(meeting)
    assert archive.get(meeting.id).modified == meeting.modified
    assert archive.search(ArchiveQuery()).items[0].date == dt.date(2024, 2, 29)


def test_rebuild_index_gives_the_same_search_results(filled: Archive) -> None:
    queries = [
        ArchiveQuery(text="Außenminister"),
        ArchiveQuery(country="AZ"),
        ArchiveQuery(person="Aliyev"),
    ]
    before = [[i.id for i in filled.search(q).items] for q in queries]
    assert filled.rebuild_index() == filled.count()
    assert [[i.id for i in filled.search(q).items] for q in queries] == before
    assert filled.check_integrity() == []
    filled.connection.execute(
        "INSERT INTO meeting_words (meeting_words) VALUES ('integrity-check')"
    )


def test_changing_the_date_moves_the_meeting_and_keeps_its_history(archive: Archive) -> None:
    early = Meeting(title="Früh", date=dt.date(2010, 1, 1))
    late = Meeting(title="Spät", date=dt.date(2020, 1, 1))
    undated = Meeting(title="Ohne Datum")
    for meeting in (early, late, undated):
        archive.save(meeting)

    def order(**kw: object) -> list[str]:
        return [i.title for i in archive.search(ArchiveQuery(**kw)).items]

    assert order() == ["Spät", "Früh", "Ohne Datum"]
    assert order(sort="date_asc") == ["Früh", "Spät", "Ohne Datum"]
    moved = archive.get(early.id)
    moved.date = dt.date(2024, 5, 5)
    archive.save(moved, expected_revision=1)
    assert order() == ["Früh", "Spät", "Ohne Datum"]
    assert order(text="früh") == ["Früh"]
    assert order(date_from=dt.date(2024, 1, 1)) == ["Früh"]
    assert order(date_to=dt.date(2023, 12, 31)) == ["Spät"]
    assert [r.number for r in archive.revisions(early.id)] == [1, 2]
    assert "date changed" in archive.revisions(early.id)[1].summary
    assert archive.check_integrity() == []
