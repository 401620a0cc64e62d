"""The archive pane on the left: meetings with search and filters, and follow-ups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.translate import tr

SIZE_TO_ROWS = 100  # rows measured for a column sized to its contents


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    # Columns sized to their contents look at this many rows, not Qt's 1,000: each row
    # is a call into Python, and the follow-ups list of a large archive is long.
    table.horizontalHeader().setResizeContentsPrecision(SIZE_TO_ROWS)
    table.setTabKeyNavigation(False)
    return table


class ArchiveView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search meetings, people, places …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the archive"))
        self.classification = QComboBox()
        self.classification.setAccessibleName(tr("Filter by classification"))
        self.year = QComboBox()
        self.year.setAccessibleName(tr("Filter by year"))
        self.meetings = _table(tr("Archived meetings"))
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.classification, 2)
        filters.addWidget(self.year, 1)
        meetings_page = QWidget()
        meetings_layout = QVBoxLayout(meetings_page)
        meetings_layout.setContentsMargins(4, 4, 4, 4)
        meetings_layout.addWidget(self.search)
        meetings_layout.addLayout(filters)
        meetings_layout.addWidget(self.meetings, 1)
        meetings_layout.addWidget(self.count)

        self.follow_ups = _table(tr("Follow-ups"))
        self.open_only = QCheckBox(tr("&Open only"))
        self.open_only.setChecked(True)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.setContentsMargins(4, 4, 4, 4)
        follow_layout.addWidget(self.open_only)
        follow_layout.addWidget(self.follow_ups, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_page, tr("Meetings"))
        self.tabs.addTab(follow_page, tr("Follow-ups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.status.hide()

    def show_unavailable(self, message: str) -> None:
        self.tabs.setEnabled(False)
        self.status.setText(message)
        self.status.show()
