from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from briefing_app import __version__
from briefing_app.cli import build_parser, main


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing-app {__version__}"


COMMANDS = [
    ["open"],
    ["extract"],
    ["export"],
    ["templates"],
    ["archive"],
    ["archive", "add"],
    ["archive", "list"],
    ["archive", "search"],
    ["archive", "show"],
    ["archive", "followups"],
    ["archive", "backup"],
    ["archive", "restore"],
    ["dossier"],
    ["schema"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: briefing-app" in capsys.readouterr().out


def test_fixed_options_exist() -> None:
    parser = build_parser()
    args = parser.parse_args(
        [
            "--data-dir",
            "/tmp/x",
            "extract",
            "r.txt",
            "--reference-date",
            "2025-03-05",
            "--language",
            "de",
        ]
    )
    assert (args.data_dir, args.reference_date, args.language) == ("/tmp/x", "2025-03-05", "de")
    args = parser.parse_args(
        ["export", "m.json", "--template", "t", "-o", "o.docx", "--pdf", "--force"]
    )
    assert (args.template, str(args.output), args.pdf, args.force) == ("t", "o.docx", True, True)
    args = parser.parse_args(
        [
            "archive",
            "search",
            "Baku",
            "--country",
            "KZ",
            "--person",
            "Aliyev",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--open-followups",
            "--json",
        ]
    )
    assert (args.query, args.country, args.person, args.open_followups, args.json) == (
        "Baku",
        "KZ",
        "Aliyev",
        True,
        True,
    )


def test_usage_errors_exit_2_with_one_line_on_stderr() -> None:
    result = run_cli("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    result = run_cli("extract", "report.txt", "--language", "xx")
    assert result.returncode == 2


def test_failure_exits_1_with_a_plain_sentence_and_no_traceback(tmp_path) -> None:
    result = run_cli("extract", str(tmp_path / "missing.txt"), "--reference-date", "03/05/2025")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("briefing-app: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_reference_date_names_the_option(tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Talks in Baku", encoding="utf-8")
    result = run_cli("extract", str(report), "--reference-date", "5.3.2025")
    assert result.returncode == 1
    assert "--reference-date '5.3.2025' is not a date" in result.stderr


def test_debug_shows_the_traceback(tmp_path) -> None:
    result = run_cli(
        "--debug", "extract", str(report := tmp_path / "r.txt"), "--reference-date", "x"
    )
    assert not report.exists()
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_schema_prints_the_meeting_json_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Meeting"
    for field in ("attendees", "mentioned", "follow_ups", "classification", "schema_version"):
        assert field in schema["properties"]


def test_a_closed_pipe_is_not_an_error(monkeypatch, capsys) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader went away, like `briefing-app schema | head -1`
    with open(write_end, "w", encoding="utf-8") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert main(["schema"]) == 0
        monkeypatch.undo()
    assert "error" not in capsys.readouterr().err.lower()
