from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.archive import Archive, open_archive
from briefing_app.model import Meeting, meeting_from_dict
from tests.corpus_data import corpus_items


def corpus_meetings() -> list[Meeting]:
    """The corpus gold as meetings, each with its report as the source text."""
    meetings = []
    for item in corpus_items():
        meeting = meeting_from_dict(item["gold"], origin=item["id"])
        meeting.source.text = item["text"]
        meeting.source.file_name = f"{item['id']}.txt"
        meeting.language = item["language"]
        meetings.append(meeting)
    return meetings


@pytest.fixture
def meetings() -> list[Meeting]:
    return corpus_meetings()


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "archive.sqlite3"


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    with open_archive(archive_path) as opened:
        yield opened


@pytest.fixture
def filled(archive: Archive, meetings: list[Meeting]) -> Archive:
    with archive.bulk():
        for meeting in meetings:
            archive.save(meeting, expected_revision=0)
    return archive


def by_title(meetings: list[Meeting], fragment: str) -> Meeting:
    return next(m for m in meetings if fragment in m.title)
