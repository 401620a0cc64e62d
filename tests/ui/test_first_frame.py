"""Start-up work waits for the window's first frame, so it does not slow that frame."""

from __future__ import annotations

from unittest.mock import Mock

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit

from briefing_app.ui.first_frame import after_first_frame


class PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_the_callback_runs_once_after_the_first_paint(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QPlainTextEdit())
    qtbot.addWidget(window)
    log: list[str] = []
    painted = PaintLog(log)
    window.installEventFilter(painted)
    after_first_frame(window, lambda: log.append("started"), fallback_ms=60_000)
    qtbot.wait(50)
    assert log == []  # not shown, not painted: nothing starts
    window.show()
    qtbot.waitUntil(lambda: "started" in log, timeout=5000)
    assert log.index("paint") < log.index("started")
    window.update()
    qtbot.wait(100)
    assert log.count("started") == 1


def test_a_window_that_never_paints_still_starts(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    started: list[bool] = []
    after_first_frame(window, lambda: started.append(True), fallback_ms=50)
    qtbot.waitUntil(lambda: started == [True], timeout=5000)
    window.show()
    qtbot.wait(100)
    assert started == [True]


def test_from_the_start_of_background_work_the_gui_thread_gets_the_interpreter_back_soon(
    qtbot,
):
    import sys

    from briefing_app.ui.app import SWITCH_INTERVAL_S, start_in_background

    window = QMainWindow()
    qtbot.addWidget(window)
    before = sys.getswitchinterval()
    try:
        start_in_background(window, Mock())  # the workers are not started here
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
        assert before > SWITCH_INTERVAL_S  # shorter than Python's 5 ms turn
    finally:
        sys.setswitchinterval(before)
