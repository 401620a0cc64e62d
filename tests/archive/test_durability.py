from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.archive import ArchiveDamagedError, ArchiveQuery, open_archive
from briefing_app.model import Meeting
from tests.archive import workers

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_editing_one_meeting_never_overwrite_silently(
    archive_path: Path, meetings: list[Meeting]
) -> None:
    meeting = meetings[0]
    with open_archive(archive_path) as archive:
        archive.save(meeting)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(
            target=workers.edit_same_meeting,
            args=(str(archive_path), meeting.id, note, barrier, results),
        )
        for note in ("Fenster A", "Fenster B")
    ]
    for p in procs:
        p.start()
    outcome = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    kinds = sorted(kind for _, kind, _ in outcome)
    assert kinds == ["conflict", "saved"]
    winner = next(note for note, kind, _ in outcome if kind == "saved")
    with open_archive(archive_path, check="full") as archive:
        assert archive.get(meeting.id).notes == winner
        assert archive.revision_of(meeting.id) == 2
        assert archive.check_integrity() == []


def test_two_processes_saving_at_once_both_succeed(archive_path: Path) -> None:
    open_archive(archive_path).close()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(
            target=workers.save_many, args=(str(archive_path), prefix, 40, barrier, results)
        )
        for prefix in ("a", "b")
    ]
    for p in procs:
        p.start()
    done = sorted(results.get(timeout=180) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert done == [("a", 40), ("b", 40)]
    with open_archive(archive_path, check="full") as archive:
        assert archive.count() == 80
        assert archive.search(ArchiveQuery(text="zweite Fassung")).total == 80
        assert {archive.revision_of(i) for i in archive.ids()} == {2}


def test_sigkill_during_saves_loses_only_the_save_in_flight(archive_path: Path) -> None:
    open_archive(archive_path).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.archive.workers", str(archive_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    committed = []
    assert child.stdout is not None
    for line in child.stdout:
        committed.append(line.strip())
        if len(committed) == 40:
            break
    child.send_signal(signal.SIGKILL)
    rest, errors = child.communicate(timeout=30)
    committed += [line for line in rest.split() if line]
    assert child.returncode == -signal.SIGKILL, errors
    assert len(committed) >= 40, errors

    with open_archive(archive_path, check="full") as archive:
        assert archive.check_integrity() == []
        stored = set(archive.ids())
        # Every save the child reported is there; at most the one in flight is extra.
        assert set(committed) <= stored
        assert len(stored - set(committed)) <= 1
        for meeting_id in committed:
            assert archive.get(meeting_id).title.startswith("Treffen")
        assert archive.search(ArchiveQuery(text="Bericht")).total == len(stored)


def test_garbage_file_is_reported_and_left_alone(archive_path: Path) -> None:
    archive_path.parent.mkdir(parents=True)
    archive_path.write_bytes(b"This is not a database at all.\n" * 100)
    before = archive_path.read_bytes()
    with pytest.raises(ArchiveDamagedError) as info:
        open_archive(archive_path)
    assert "damaged" in info.value.message and "restore" in info.value.message
    assert archive_path.read_bytes() == before


def test_corrupted_pages_are_reported_and_left_alone(
    archive_path: Path, meetings: list[Meeting]
) -> None:
    with open_archive(archive_path) as archive:
        for meeting in meetings:
            archive.save(meeting)
        conn = archive.connection
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name IN ('meetings', 'meeting_people')"
            )
        ]
    data = bytearray(archive_path.read_bytes())
    # Scribble over the root pages of two tables (b-tree pages, not the file header).
    for n in roots:
        start = (n - 1) * page
        data[start : start + page] = os.urandom(page)
    archive_path.write_bytes(bytes(data))
    with pytest.raises(ArchiveDamagedError):
        open_archive(archive_path, check="full")
    assert archive_path.read_bytes() == bytes(data)


def test_unwritable_folder_is_not_called_damaged(tmp_path: Path) -> None:
    from briefing_app.archive import ArchiveError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ArchiveError) as info:
        open_archive(blocker / "archive.sqlite3")
    assert not isinstance(info.value, ArchiveDamagedError)
    assert "damaged" not in info.value.message
