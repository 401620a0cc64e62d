"""The bundle's entry script and the editor's smoke-test mode, run with this interpreter."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.bundle_support import PACKAGING, ROOT


def load_launcher():
    spec = importlib.util.spec_from_file_location("briefing_launcher", PACKAGING / "launcher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_lone_file_argument_opens_it_in_the_editor(tmp_path: Path) -> None:
    launcher = load_launcher()
    meeting = tmp_path / "visit.briefing.json"
    meeting.write_text("{}", encoding="utf-8")
    assert launcher.command_line([str(meeting)]) == ["open", str(meeting)]
    # Commands, options and names that are not files pass through unchanged.
    assert launcher.command_line(["extract", str(meeting)]) == ["extract", str(meeting)]
    assert launcher.command_line(["--version"]) == ["--version"]
    assert launcher.command_line([str(tmp_path / "missing.txt")]) == [str(tmp_path / "missing.txt")]
    assert launcher.command_line([]) == []


def test_launcher_in_smoke_mode_opens_the_editor_and_quits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_APP_QUIT_AFTER_MS": "300",
        "BRIEFING_APP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    windows = [line for line in result.stdout.splitlines() if line.startswith("briefing-smoke:")]
    assert windows, result.stdout
    assert all(line.endswith("Briefing Desk") for line in windows), windows


def test_smoke_mode_is_off_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.ui import smoke

    monkeypatch.delenv(smoke.ENV_QUIT_AFTER, raising=False)
    assert smoke.quit_after_ms() is None
    assert smoke.install() is False
    monkeypatch.setenv(smoke.ENV_QUIT_AFTER, "soon")
    assert smoke.quit_after_ms() is None
    monkeypatch.setenv(smoke.ENV_QUIT_AFTER, "250")
    assert smoke.quit_after_ms() == 250


def test_armed_application_reports_its_windows_and_leaves_the_event_loop(qapp, capsys) -> None:
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.ui import smoke

    window = QMainWindow()
    window.setWindowTitle("Briefing Desk — test")
    window.show()
    smoke.arm(qapp, 0)
    assert qapp.exec() == 0
    window.close()
    assert f"{smoke.REPORT_PREFIX} Briefing Desk — test" in capsys.readouterr().out
