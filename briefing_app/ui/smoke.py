"""Smoke-test mode: open the editor, report its windows, quit by itself.

Armed by the environment variable ``BRIEFING_APP_QUIT_AFTER_MS`` (milliseconds). The
packaging check runs the frozen bundle headless this way to prove that the window opens
and the application closes cleanly; it does nothing when the variable is unset.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

ENV_QUIT_AFTER = "BRIEFING_APP_QUIT_AFTER_MS"
REPORT_PREFIX = "briefing-smoke: window:"
WORKER_WAIT_MS = 60_000
SETTLE_ROUNDS = 10


def quit_after_ms() -> int | None:
    """The delay asked for in the environment, or None when smoke mode is off."""
    value = os.environ.get(ENV_QUIT_AFTER, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        return None


def arm(app: QApplication, delay_ms: int) -> None:
    """Once the event loop has run *delay_ms*, print the visible windows and quit.

    Background work the editor started (importing the sample) is let finish and its result
    delivered first, so the run ends in the state a user would see, and no worker is cut
    off mid-task by the shutdown.
    """

    def report_and_quit() -> None:
        pool = QThreadPool.globalInstance()
        for _ in range(SETTLE_ROUNDS):  # a finished task may start the next one
            pool.waitForDone(WORKER_WAIT_MS)
            app.processEvents()
            if pool.activeThreadCount() == 0:
                break
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                print(f"{REPORT_PREFIX} {widget.windowTitle()}", flush=True)
        # exit() leaves the event loop without close events, so no "save changes?" dialog
        # can block a headless run.
        app.exit(0)

    QTimer.singleShot(delay_ms, app, report_and_quit)


def install() -> bool:
    """Arm smoke mode for the QApplication the editor is about to run, if asked for.

    The editor's start-up code stays untouched: ``QApplication.exec`` is wrapped so the
    timer starts when the event loop does.
    """
    delay = quit_after_ms()
    if delay is None:
        return False
    original_exec = QApplication.exec

    def exec_with_smoke(self: QApplication | None = None) -> int:
        app = self if isinstance(self, QApplication) else QApplication.instance()
        arm(app, delay)
        return original_exec()  # a static method in Qt: takes no instance

    QApplication.exec = exec_with_smoke  # type: ignore[method-assign]
    print(f"briefing-smoke: armed ({delay} ms)", file=sys.stderr, flush=True)
    return True
