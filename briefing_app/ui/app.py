"""Start the editor: create the QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

from briefing_app import __version__
from briefing_app.paths import AppPaths, sample_report


def run_editor(*, paths: AppPaths, path: Path | None = None, empty: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Desk")
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle("Briefing Desk")
    view = QPlainTextEdit(readOnly=True)
    report = path or (None if empty else sample_report())
    if report is not None:
        view.setPlainText(report.read_text(encoding="utf-8", errors="replace"))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    return app.exec()
