"""Questions the controllers ask the officer, behind one object tests can replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing_app.ui.translate import tr


class Dialogs:
    """Modal questions. Every method returns the answer (None when cancelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_save_changes(self, title: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("Save the changes to “%1” before closing it?").replace("%1", title))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, title: str, filters: str, folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return Path(name) if name else None

    def save_file(self, title: str, filters: str, suggestion: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggestion, filters)
        return Path(name) if name else None

    def error(self, text: str) -> None:
        QMessageBox.warning(self.parent, tr("Briefing Desk"), text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)
