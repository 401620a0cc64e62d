from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.model import Meeting, save_meeting
from tests.archive.conftest import by_title


def cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main(["archive", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def added(
    tmp_path: Path, meetings: list[Meeting], capsys: pytest.CaptureFixture[str]
) -> list[Meeting]:
    for meeting in meetings:
        path = tmp_path / f"{meeting.id}.briefing.json"
        save_meeting(meeting, path)
        result = cli_json(capsys, "add", str(path))
        assert result == {"id": meeting.id, "revision": 1, "title": meeting.title}
    return meetings


def test_add_list_search_show_as_json(
    added: list[Meeting], capsys: pytest.CaptureFixture[str]
) -> None:
    listing = cli_json(capsys, "list")
    assert listing["total"] == len(added)
    dates = [i["date"] for i in listing["items"] if i["date"]]
    assert dates == sorted(dates, reverse=True)

    found = cli_json(capsys, "search", "Außenminister")
    assert found["total"] >= 1
    assert all(
        {"id", "title", "date", "countries", "open_follow_ups"} <= set(i) for i in found["items"]
    )

    by_person = cli_json(capsys, "search", "", "--person", "Ильхам Алиев")
    assert by_person["total"] >= 3
    filtered = cli_json(
        capsys, "search", "Ukraine", "--country", "DE", "--from", "2015-01-01", "--to", "2020-12-31"
    )
    assert all(
        "DE" in i["countries"] and "2015" <= i["date"] <= "2020-12-31" for i in filtered["items"]
    )
    with_open = cli_json(capsys, "list", "--open-followups", "--limit", "3")
    assert len(with_open["items"]) == 3 and all(i["open_follow_ups"] for i in with_open["items"])

    target = by_title(added, "Steinmeier")
    shown = cli_json(capsys, "show", target.id[:8])
    assert shown["id"] == target.id
    assert shown["source"]["text"] == target.source.text
    assert shown["archive"]["revision"] == 1
    assert shown["archive"]["revisions"][0]["summary"].startswith("created")


def test_followups_backup_restore_json(
    added: list[Meeting], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    items = cli_json(capsys, "followups")
    assert len(items) == sum(len(m.open_follow_ups) for m in added)
    assert {"meeting_id", "text", "owner", "due", "overdue"} <= set(items[0])

    backup = tmp_path / "sicherung.zip"
    assert cli_json(capsys, "backup", str(backup)) == {"file": str(backup), "meetings": len(added)}
    # An existing file is not overwritten without --force.
    assert main(["archive", "backup", str(backup)]) == 1
    assert "already exists" in capsys.readouterr().err

    restored = cli_json(capsys, "restore", str(backup))
    assert restored["meetings"] == len(added)
    assert Path(restored["replaced_copy"]).is_file()


def test_plain_text_output(added: list[Meeting], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["archive", "list", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "ID",
        "Date",
        "Title",
        "Place",
        "Counterpart",
        "Countries",
        "Open",
    ]
    assert f"1–5 of {len(added)} meetings." in out
    assert main(["archive", "search", "zzzqqq"]) == 0
    assert "No meetings found." in capsys.readouterr().out
    assert main(["archive", "followups"]) == 0
    assert "follow-ups," in capsys.readouterr().out
    target = by_title(added, "Energiepartnerschaft")
    assert main(["archive", "show", target.id]) == 0
    text = capsys.readouterr().out
    assert target.title in text and "Follow-ups" in text and "Revisions" in text


def test_cli_errors_are_plain_sentences(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.zip"
    bad.write_text("nope", encoding="utf-8")
    for args in (
        ["restore", str(bad)],
        ["show", "nonexistent"],
        ["search", "x", "--from", "gestern"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "briefing_app", "archive", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1, args
        assert result.stderr.startswith("briefing-app: "), result.stderr
        assert "Traceback" not in result.stderr


def test_add_imports_a_report_and_keeps_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    from briefing_app.paths import sample_report

    report = sample_report()
    added = cli_json(capsys, "add", str(report), "--reference-date", "2025-03-20")
    shown = cli_json(capsys, "show", added["id"])
    assert shown["source"]["text"].split() == report.read_text(encoding="utf-8").split()
    assert shown["title"] == added["title"]
    found = cli_json(capsys, "search", shown["attendees"][0]["name"].split()[-1])
    assert [i["id"] for i in found["items"]] == [added["id"]]
