from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from briefing_app.archive import Archive, ArchiveError, ArchiveQuery, open_archive
from briefing_app.model import Meeting, load_meeting


def test_backup_restore_round_trip_while_another_connection_is_open(
    archive_path: Path, meetings: list[Meeting], tmp_path: Path
) -> None:
    with open_archive(archive_path) as editor, open_archive(archive_path) as cli:
        for meeting in meetings:
            editor.save(meeting)
        # The other window keeps a read transaction open during the backup.
        editor.connection.execute("BEGIN")
        editor.connection.execute("SELECT count(*) FROM meetings").fetchone()
        backup = cli.backup(tmp_path / "backup.zip")
        editor.connection.execute("COMMIT")

        with zipfile.ZipFile(backup) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        assert manifest["meetings"] == len(meetings)

        # Work continues: one meeting changed, one deleted, one added.
        changed = editor.get(meetings[0].id)
        changed.title = "Nach der Sicherung geändert"
        editor.save(changed)
        editor.delete(meetings[1].id)
        editor.save(Meeting(title="Neu nach der Sicherung"))

        result = cli.restore(backup)
        assert result.meetings == len(meetings)
        # The editor's own connection sees the restored archive at once.
        assert editor.get(meetings[0].id).title == meetings[0].title
        assert editor.get(meetings[1].id) == meetings[1]
        assert editor.search(ArchiveQuery(text="Neu nach der Sicherung")).total == 0
        assert editor.search(ArchiveQuery(text="Steinmeier")).total >= 1
        assert editor.check_integrity() == []

        # The replaced archive was kept aside and can itself be restored.
        assert result.replaced_copy.is_file()
        cli.restore(result.replaced_copy)
        assert editor.get(meetings[0].id).title == "Nach der Sicherung geändert"


@pytest.mark.parametrize(
    "content",
    [b"not a zip", b"PK\x03\x04broken"],
    ids=["text", "broken-zip"],
)
def test_invalid_backup_is_refused_and_archive_untouched(
    filled: Archive, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(content)
    before = filled.count()
    with pytest.raises(ArchiveError, match="not a usable archive backup"):
        filled.restore(bad)
    assert filled.count() == before
    assert not (filled.path.parent / "replaced").exists()


def test_tampered_backup_is_refused(filled: Archive, tmp_path: Path) -> None:
    good = filled.backup(tmp_path / "good.zip")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        dst.writestr("manifest.json", src.read("manifest.json"))
        db = bytearray(src.read("archive.sqlite3"))
        db[5000:5100] = bytes(b ^ 0xFF for b in db[5000:5100])
        dst.writestr("archive.sqlite3", bytes(db))
    with pytest.raises(ArchiveError, match="checksum"):
        filled.restore(tampered)
    foreign = tmp_path / "foreign.zip"
    with zipfile.ZipFile(foreign, "w") as dst:
        dst.writestr("notes.txt", "hello")
    with pytest.raises(ArchiveError, match="not written by Briefing Desk"):
        filled.restore(foreign)


def test_automatic_backups_rotate(filled: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [filled.auto_backup(folder, keep=3) for _ in range(5)]
    assert all(made)
    kept = sorted(folder.glob("archive-*.zip"))
    assert kept == sorted(made)[-3:]
    assert filled.auto_backup(folder, keep=0) is None
    import datetime as dt

    assert filled.auto_backup(folder, keep=3, min_interval=dt.timedelta(hours=1)) is None


def test_one_meeting_exchange_round_trip(
    filled: Archive, meetings: list[Meeting], tmp_path: Path
) -> None:
    path = filled.export_meeting(meetings[4].id, tmp_path / "m.briefing.json")
    assert load_meeting(path) == meetings[4]
    with open_archive(tmp_path / "other" / "archive.sqlite3") as other:
        meeting_id, revision = other.import_meeting(path)
        assert (meeting_id, revision) == (meetings[4].id, 1)
        assert other.get(meeting_id) == meetings[4]


def test_whole_archive_exchange_round_trip(
    filled: Archive, meetings: list[Meeting], tmp_path: Path
) -> None:
    aliyev = next(p for p in filled.people() if "Ilham Aliyev" in p.variants)
    filled.split_person(aliyev.id, ["Ильхам Алиев"])
    folder = tmp_path / "export"
    assert filled.export_folder(folder) == len(meetings)
    (folder / "broken.briefing.json").write_text("{not json", encoding="utf-8")
    with open_archive(tmp_path / "copy" / "archive.sqlite3") as copy:
        report = copy.import_folder(folder)
        assert sorted(report.imported) == sorted(m.id for m in meetings)
        assert [name for name, _ in report.failed] == ["broken.briefing.json"]
        for meeting in meetings:
            assert copy.get(meeting.id) == meeting
        groups = {tuple(sorted(p.variants)) for p in copy.people()}
        assert ("Ильхам Алиев",) in groups


def test_recovery_area(archive: Archive, meetings: list[Meeting]) -> None:
    assert archive.pending_recovery() == []
    draft = meetings[0]
    draft.notes = "ungespeicherte Notiz"
    path = archive.write_recovery(draft)
    assert path.parent == archive.recovery_dir
    draft.notes = "neuere ungespeicherte Notiz"
    archive.write_recovery(draft)
    assert list(archive.recovery_dir.iterdir()) == [path]  # no temporary files left
    # A new session (another Archive object) is offered the autosave.
    with open_archive(archive.path) as next_start:
        pending = next_start.pending_recovery()
        assert [m.notes for m in pending] == ["neuere ungespeicherte Notiz"]
        next_start.clear_recovery(draft.id)
    assert archive.pending_recovery() == []


def test_unreadable_recovery_file_is_skipped_not_deleted(archive: Archive) -> None:
    archive.recovery_dir.mkdir(parents=True)
    broken = archive.recovery_dir / "x.briefing.json"
    broken.write_text("{", encoding="utf-8")
    archive.write_recovery(Meeting(title="Entwurf"))
    assert [m.title for m in archive.pending_recovery()] == ["Entwurf"]
    assert broken.exists()
