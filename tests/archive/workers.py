"""Code run in child processes by the durability tests (importable for 'spawn')."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_app.archive import ConflictError, open_archive
from briefing_app.model import Meeting


def edit_same_meeting(path: str, meeting_id: str, note: str, barrier, results) -> None:
    """Load the meeting, wait for the other process, then save with the loaded revision."""
    with open_archive(Path(path)) as archive:
        meeting = archive.get(meeting_id)
        revision = archive.revision_of(meeting_id)
        barrier.wait(timeout=60)
        meeting.notes = note
        try:
            results.put((note, "saved", archive.save(meeting, expected_revision=revision)))
        except ConflictError as exc:
            results.put((note, "conflict", exc.stored_revision))


def save_many(path: str, prefix: str, count: int, barrier, results) -> None:
    with open_archive(Path(path)) as archive:
        barrier.wait(timeout=60)
        for n in range(count):
            meeting = Meeting(id=f"{prefix}{n:04d}", title=f"{prefix} Treffen {n}")
            archive.save(meeting, expected_revision=0)
            meeting.notes = "zweite Fassung"
            archive.save(meeting, expected_revision=1)
    results.put((prefix, count))


def endless_saves(path: str) -> None:
    """Save meetings one by one, printing each id after its transaction committed."""
    text = "Bericht über das Treffen. " * 200
    with open_archive(Path(path)) as archive:
        n = 0
        while True:
            meeting = Meeting(id=f"m{n:06d}", title=f"Treffen {n}")
            meeting.source.text = text + str(n)
            archive.save(meeting, expected_revision=0)
            print(meeting.id, flush=True)
            n += 1


if __name__ == "__main__":
    endless_saves(sys.argv[1])
