"""A titled table with add / remove / move / confirm buttons (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.translate import tr


class TablePanel(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.table = QTableView()
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: full keyboard use

        style = self.style()
        self.add_button = self._button(
            tr("Add"), QIcon.fromTheme("list-add"), tr("Add a row (Ins)")
        )
        self.remove_button = self._button(
            tr("Remove"), QIcon.fromTheme("list-remove"), tr("Remove the selected rows (Del)")
        )
        self.up_button = self._button(
            tr("Up"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), tr("Move up")
        )
        self.down_button = self._button(
            tr("Down"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), tr("Move down")
        )
        self.confirm_button = self._button(
            tr("Confirm"),
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            tr("Accept the selected extracted rows as correct"),
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title)
        bar.addStretch(1)
        for button in (
            self.confirm_button,
            self.up_button,
            self.down_button,
            self.add_button,
            self.remove_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _button(self, text: str, icon: QIcon, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(f"{text} – {self.table.accessibleName()}")
        button.setAutoRaise(True)
        if not icon.isNull():
            button.setIcon(icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button
