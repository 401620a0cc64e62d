"""The entry point `briefing-app open`: the window opens on the bundled sample.

run_editor owns the application's event loop, so it runs in its own process.
"""

from __future__ import annotations

from pathlib import Path

from tests.fresh_python import run_python

SCRIPT = """
import faulthandler

faulthandler.dump_traceback_later(100, exit=True)  # a hang shows every thread's stack

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing_app.paths import resolve_paths
from briefing_app.ui.app import run_editor
from briefing_app.ui.controllers.main_controller import MainController
from briefing_app.ui.views.main_window import MainWindow

app = QApplication([])


def check():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].source.toPlainText():
        window = windows[0]
        print("TITLE", window.windowTitle(), flush=True)
        print("TEXT", window.source.toPlainText().splitlines()[0], flush=True)
        print("ARCHIVE", window.findChild(MainController).archive.available, flush=True)
        # Quitting closes the window: leave nothing unsaved, so no question is asked.
        window.findChild(MainController).doc.undo_stack.setClean()
        app.quit()
    else:
        QTimer.singleShot(50, check)


QTimer.singleShot(0, check)
print("EXIT", run_editor(paths=resolve_paths()), flush=True)
"""


def test_run_editor_opens_the_sample(data_dir: Path):
    result = run_python(SCRIPT, env={"BRIEFING_APP_DATA_DIR": str(data_dir)})
    out = result.stdout
    assert "TEXT Foreign Minister Nino Beridze" in out, result.stderr[-5000:]
    assert "Briefing Desk" in out
    assert "ARCHIVE True" in out
    assert "EXIT 0" in out
    assert "Traceback" not in result.stderr
