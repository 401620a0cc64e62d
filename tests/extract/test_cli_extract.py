"""`briefing-app extract` runs import and extraction and prints the meeting as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPORT = (
    "Lavrov and Makei hold talks UPDATE\n\nMOSCOW, Sept. 19 (TASS) – Russian Foreign Minister "
    "Sergey Lavrov on Wednesday received his Belarusian counterpart Vladimir Makei in Moscow.\n"
    "The ministers agreed to hold a joint board meeting of the two foreign ministries in October "
    "in Minsk.\n"
)


def test_extract_command_prints_the_prefilled_meeting(tmp_path: Path):
    report = tmp_path / "readout.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing_app",
            "extract",
            str(report),
            "--reference-date",
            "2012-09-21",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Lavrov and Makei hold talks"
    assert data["date"] == "2012-09-19"
    assert data["location"]["name"] == "Moscow"
    assert data["language"] == "en"
    assert data["source"]["agency"] == "TASS"
    assert {(p["name"], p["country"]) for p in data["attendees"]} == {
        ("Sergey Lavrov", "RU"),
        ("Vladimir Makei", "BY"),
    }
    assert data["agreements"] and data["follow_ups"]
    text = data["source"]["text"]
    span = data["agreements"][0]["provenance"]["spans"][0]
    assert text[span["start"] : span["end"]].startswith("The ministers agreed")
