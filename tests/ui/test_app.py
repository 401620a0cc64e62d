"""The entry point `briefing-app open`: the window opens on the bundled sample."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing_app.paths import resolve_paths
from briefing_app.ui.app import run_editor
from briefing_app.ui.controllers.main_controller import MainController
from briefing_app.ui.views.main_window import MainWindow


def test_run_editor_opens_the_sample(qapp):
    seen: dict[str, str] = {}

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[-1] if windows else None
        if window is not None and window.source.toPlainText():
            seen["text"] = window.source.toPlainText()
            seen["title"] = window.windowTitle()
            # Quitting closes the window: leave nothing unsaved, so no question is asked.
            window.findChild(MainController).doc.undo_stack.setClean()
            qapp.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(0, check)
    assert run_editor(paths=resolve_paths()) == 0
    assert seen["text"].startswith("Foreign Minister Nino Beridze")
    assert "Briefing Desk" in seen["title"]
