"""Start the editor: create the QApplication and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import __version__
from briefing_app.errors import BriefingError
from briefing_app.paths import AppPaths, sample_report
from briefing_app.startup_settings import StartupSettings, read_startup_settings

if TYPE_CHECKING:
    from briefing_app.settings import Settings

log = logging.getLogger(__name__)

DESKTOP_ID = "org.briefingdesk.BriefingDesk"  # packaging/linux/<id>.desktop


def _settings(paths: AppPaths) -> Settings:
    """The full settings model; a bad file is reported and the defaults used."""
    from briefing_app.settings import Settings, load_settings_checked

    try:
        return load_settings_checked(paths.settings_file)
    except BriefingError as exc:
        log.warning("%s Using the defaults for this session.", exc.message)
        return Settings()


def build_editor(
    *, paths: AppPaths, settings: Settings | None = None, dialogs=None, open_archive: bool = True
):
    """The main window and its controller, not yet shown.

    With *open_archive* the archive opens before this returns (tests); the
    application passes False and opens it in the background after showing the window.
    """
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.controllers.main_controller import MainController
    from briefing_app.ui.i18n import install_translators
    from briefing_app.ui.views.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    startup = None if settings is not None else read_startup_settings(paths.settings_file)
    if startup is None:  # given, or a file the full model has not accepted yet
        settings = settings or _settings(paths)
        startup = StartupSettings.of(settings)
    language = install_translators(app, startup.interface_language)
    window = MainWindow()
    controller = MainController(
        window,
        paths=paths,
        settings=settings or (lambda: _settings(paths)),
        startup=startup,
        language=language,
        dialogs=dialogs,
    )
    if open_archive:
        controller.archive.open()
    return window, controller


# How long a worker may hold the interpreter while the GUI thread waits for it (Python's
# default is 5 ms). Painting a table or the highlighted report calls into Python hundreds
# of times, each call waiting out the rest of a worker's turn: showing the sample while the
# spelling dictionary loads took 0.85-1.1 s at 5 ms, 0.11-0.13 s at 0.5 ms, 45-60 ms at
# 0.2 ms. A lone worker is never interrupted, so it costs nothing without contention.
SWITCH_INTERVAL_S = 0.0002


def start_in_background(window, controller, *, then: Callable[[], None] | None = None) -> None:
    """What follows the window: the model's warm-up and the archive, each on a worker,
    started once the first frame is painted; *then* runs when the archive is open. From
    here on the GUI thread gets the interpreter back within SWITCH_INTERVAL_S."""
    from briefing_app.ui.first_frame import after_first_frame

    sys.setswitchinterval(SWITCH_INTERVAL_S)

    def start() -> None:
        controller.finish_start_in_background()
        controller.archive.open_in_background(then=then)

    after_first_frame(window, start)


def run_editor(*, paths: AppPaths, path: Path | None = None, empty: bool = False) -> int:
    from PySide6.QtCore import Qt, QThreadPool
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # Fractional scaling as the desktop sets it (must precede the application object).
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Desk")
    app.setOrganizationName("BriefingDesk")
    app.setApplicationVersion(__version__)
    # Matches the installed .desktop entry, so Wayland shells show its icon and name.
    app.setDesktopFileName(DESKTOP_ID)
    paths.ensure()
    from briefing_app.ui.resources import app_icon

    app.setWindowIcon(app_icon())
    window, controller = build_editor(paths=paths, open_archive=False)
    window.show()

    def archive_ready() -> None:
        # A crashed session's work comes first; otherwise the report asked for.
        recovered = controller.archive.offer_recovery()
        report = path or (None if empty or recovered else sample_report())
        if report is not None:
            controller.open_paths([str(report)])

    start_in_background(window, controller, then=archive_ready)
    code = app.exec()
    # Let background work (a dictionary loading, an autosave) end before Python exits.
    QThreadPool.globalInstance().waitForDone(10_000)
    return code


__all__ = ["build_editor", "run_editor", "start_in_background"]
