"""The export dialog: templates, a preview of the note as it prints, output path, options."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.translate import tr


class ExportDialog(QDialog):
    """Layout only; ExportController fills and drives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export briefing note"))
        self.setSizeGripEnabled(True)
        self.resize(1100, 720)
        self.templates = QTableWidget(0, 3)
        self.templates.setHorizontalHeaderLabels(
            [tr("Template"), tr("Language"), tr("Description")]
        )
        self.templates.setAccessibleName(tr("Templates"))
        self.templates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templates.verticalHeader().setVisible(False)
        self.templates.horizontalHeader().setStretchLastSection(True)
        header = self.templates.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.templates.setWordWrap(True)
        self.templates.setTabKeyNavigation(False)

        self.preview_pages = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_pages)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.preview_pages)
        self.preview_scroll.setAccessibleName(tr("Preview"))
        self.preview_text = QTextBrowser()
        self.preview_text.setAccessibleName(tr("Preview text"))
        self.preview_text.hide()
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(f"<b>{tr('Preview')}</b>"))
        preview_layout.addWidget(self.preview_status)
        preview_layout.addWidget(self.preview_scroll, 1)
        preview_layout.addWidget(self.preview_text, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.templates)
        splitter.addWidget(preview_box)
        splitter.setSizes([460, 640])

        self.output = QLineEdit()
        self.output.setAccessibleName(tr("Output file"))
        self.browse = QPushButton(tr("&Browse…"))
        output_label = QLabel(tr("Save &as"))
        output_label.setBuddy(self.output)
        output_row = QHBoxLayout()
        output_row.addWidget(output_label)
        output_row.addWidget(self.output, 1)
        output_row.addWidget(self.browse)
        self.pdf = QCheckBox(tr("Also save as &PDF"))
        self.open_after = QCheckBox(tr("&Open after export"))
        options = QHBoxLayout()
        options.addWidget(self.pdf)
        options.addWidget(self.open_after)
        options.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(tr("&Export"))
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(output_row)
        layout.addLayout(options)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
