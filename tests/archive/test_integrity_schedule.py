"""The weekly full integrity check of large archives: when it is due, what is recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing_app.archive import integrity, open_archive

NOW = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)


def test_a_check_is_due_until_one_passed_then_again_after_a_week(tmp_path: Path) -> None:
    record, archive = tmp_path / "cache" / "integrity-checks.json", tmp_path / "a.sqlite3"
    assert integrity.full_check_due(archive, record, now=NOW)
    integrity.record_full_check(archive, record, now=NOW)
    assert not integrity.full_check_due(archive, record, now=NOW + dt.timedelta(days=6))
    assert integrity.full_check_due(archive, record, now=NOW + integrity.CHECK_EVERY)
    # Another archive file has its own date.
    assert integrity.full_check_due(tmp_path / "other.sqlite3", record, now=NOW)


def test_other_archives_are_kept_and_a_damaged_record_only_means_checking_again(
    tmp_path: Path,
) -> None:
    record = tmp_path / "integrity-checks.json"
    integrity.record_full_check(tmp_path / "a.sqlite3", record, now=NOW)
    integrity.record_full_check(tmp_path / "b.sqlite3", record, now=NOW)
    assert integrity.last_full_check(tmp_path / "a.sqlite3", record) == NOW
    assert integrity.last_full_check(tmp_path / "b.sqlite3", record) == NOW
    for broken in ("{not json", "[1, 2]", '{"x": 3}'):
        record.write_text(broken, encoding="utf-8")
        assert integrity.full_check_due(tmp_path / "a.sqlite3", record, now=NOW)


def test_only_archives_checked_structurally_on_open_need_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    with open_archive(path) as archive:  # small: the full check ran on open
        assert archive.checked_fully
    with open_archive(path, check="quick") as archive:
        assert not archive.checked_fully
        assert archive.check_integrity() == []
    monkeypatch.setattr("briefing_app.archive.connection.FULL_CHECK_MAX_BYTES", 0)
    with open_archive(path) as archive:  # "large": structure only
        assert not archive.checked_fully


def test_the_report_names_the_file_and_what_to_do(tmp_path: Path) -> None:
    text = integrity.damage_report(tmp_path / "a.sqlite3", ["row 7 missing from index x"])
    assert "a.sqlite3" in text and "row 7 missing" in text
    assert "backup" in text
