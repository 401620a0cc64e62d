"""Remembers the main window's size and splitter positions between sessions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from briefing_app.ui.views.main_window import MainWindow


class LayoutMemory:
    """Geometry and splitter states of *window*, kept in ``<config>/window.ini``."""

    def __init__(self, window: MainWindow, config_dir: Path) -> None:
        self.window = window
        self._settings = QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)

    def restore(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1440, 880)
        for key, splitter in self._splitters().items():
            state = s.value(f"window/{key}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.window.saveGeometry())
        for key, splitter in self._splitters().items():
            s.setValue(f"window/{key}", splitter.saveState())
        s.sync()

    def _splitters(self) -> dict[str, Any]:
        return {"main": self.window.splitter, "form": self.window.form.splitter}
