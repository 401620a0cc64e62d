"""The meeting form in the centre (layout only; FormController binds it to the document)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.dates import date_format
from briefing_app.ui.translate import tr
from briefing_app.ui.views.table_panel import TablePanel

NO_DATE = QDate(1900, 1, 1)


class MeetingFormView(QWidget):
    """Details, tables and notes. ``fields`` maps a meeting field name to its editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(tr("no date"))
        self.date.setDisplayFormat(date_format(weekday=True))
        self.time = QLineEdit()
        self.time.setPlaceholderText(tr("hh:mm"))
        self.time.setInputMask("")
        self.time.setMaximumWidth(90)
        self.place = QLineEdit()
        self.place_country = QComboBox()
        self.place_country.setEditable(True)
        self.place_country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place_country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.place_country.setMinimumContentsLength(18)
        self.classification = QComboBox()
        self.language = QComboBox()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("comma-separated, e.g. transport, energy"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Your notes on the meeting"))
        self.notes.setTabChangesFocus(True)

        details = QGroupBox(tr("Meeting"))
        grid = QGridLayout(details)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self._row(grid, 0, 0, tr("&Title"), self.title, span=3)
        self._row(grid, 1, 0, tr("&Date"), self.date)
        self._row(grid, 1, 2, tr("Ti&me"), self.time)
        self._row(grid, 2, 0, tr("&Place"), self.place)
        self._row(grid, 2, 2, tr("Cou&ntry"), self.place_country)
        self._row(grid, 3, 0, tr("C&lassification"), self.classification)
        self._row(grid, 3, 2, tr("Lan&guage"), self.language)
        self._row(grid, 4, 0, tr("T&ags"), self.tags, span=3)

        self.attendees = TablePanel(tr("Attendees"))
        self.mentioned = TablePanel(tr("Mentioned"))
        self.topics = TablePanel(tr("Topics"))
        self.agreements = TablePanel(tr("Agreements"))
        self.follow_ups = TablePanel(tr("Follow-ups"))
        self.tables: dict[str, TablePanel] = {
            "attendees": self.attendees,
            "mentioned": self.mentioned,
            "topics": self.topics,
            "agreements": self.agreements,
            "follow_ups": self.follow_ups,
        }

        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        notes_layout.addWidget(self.notes)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Meeting content"))
        self.tabs.addTab(self.topics, tr("Topics"))
        self.tabs.addTab(self.agreements, tr("Agreements"))
        self.tabs.addTab(self.follow_ups, tr("Follow-ups"))
        self.tabs.addTab(self.mentioned, tr("Mentioned"))
        self.tabs.addTab(notes_page, tr("Notes"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.attendees)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([200, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(details)
        layout.addWidget(self.splitter, 1)

        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "date": self.date,
            "time": self.time,
            "location": self.place,
            "classification": self.classification,
            "language": self.language,
            "tags": self.tags,
            "notes": self.notes,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(f"field_{name}")
        self.place_country.setObjectName("field_location_country")

    def _row(
        self, grid: QGridLayout, row: int, col: int, label: str, widget: QWidget, span: int = 1
    ) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        grid.addWidget(
            caption, row, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        grid.addWidget(widget, row, col + 1, 1, span)

    def set_tab_count(self, list_name: str, count: int) -> None:
        panel = self.tables[list_name]
        index = self.tabs.indexOf(panel)
        base = {
            "topics": tr("Topics"),
            "agreements": tr("Agreements"),
            "follow_ups": tr("Follow-ups"),
            "mentioned": tr("Mentioned"),
            "attendees": tr("Attendees"),
        }[list_name]
        text = f"{base} ({count})" if count else base
        if index >= 0:
            self.tabs.setTabText(index, text)
        else:
            panel.title.setText(f"<b>{text}</b>")


__all__ = ["NO_DATE", "MeetingFormView"]
