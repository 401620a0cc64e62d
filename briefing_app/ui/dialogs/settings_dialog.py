"""The settings dialog (layout only; SettingsController reads and writes the values)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.translate import tr


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.language = QComboBox()
        self.author = QLineEdit()
        self.pattern = QLineEdit()
        self.pattern.setToolTip(
            tr("Placeholders: {date} {place} {people} {template} {title} {countries} {language}")
        )
        self.template = QComboBox()
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(tr(" s"))
        self.open_after = QCheckBox(tr("Open the note after exporting it"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (tr("Interface &language"), self.language),
            (tr("&Author (drafted by)"), self.author),
            (tr("&File names"), self.pattern),
            (tr("Default &template"), self.template),
            (tr("Auto&save every"), self.autosave),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
