"""Qt models for the archive pane: meeting summaries (paged) and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from briefing_app.ui.dates import date_text
from briefing_app.ui.translate import tr

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 10
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 11


short_date = date_text


def _classification_label(value: str) -> str:
    return tr("none") if value == "none" else value


class _ListModel(QAbstractTableModel):
    """A read-only table of *items*, one column per translated header."""

    def __init__(self, headers: list[Callable[[], str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        # Callables, so a language switch re-translates the headers.
        self.headers = headers

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]()
        return None


class MeetingListModel(_ListModel):
    """Summaries from ``archive.search``; more pages are fetched as the list scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                lambda: tr("Date"),
                lambda: tr("Place"),
                lambda: tr("Counterpart"),
                lambda: tr("Classification"),
            ],
            parent,
        )
        self.total = 0
        self.fetch_page: Callable[[int], list[Any]] | None = None

    def set_page(
        self, items: list[Any], total: int, fetch_page: Callable[[int], list[Any]]
    ) -> None:
        self.beginResetModel()
        self.items, self.total, self.fetch_page = list(items), total, fetch_page
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.items) < self.total and self.fetch_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self.fetch_page(len(self.items))
        if not more:
            self.total = len(self.items)
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(more) - 1)
        self.items.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                short_date(item.date),
                item.location,
                item.counterpart,
                _classification_label(item.classification),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = f"\n{_classification_label(item.classification)}"
            if item.open_follow_ups:
                extra += "\n" + tr("%1 open follow-ups").replace("%1", str(item.open_follow_ups))
            return f"{item.title}{extra}"
        if role == ID_ROLE:
            return item.id
        return None


class FollowUpListModel(_ListModel):
    """Follow-ups across the archive; overdue ones in bold red with a tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                lambda: tr("Due"),
                lambda: tr("Follow-up"),
                lambda: tr("Owner"),
                lambda: tr("Meeting"),
            ],
            parent,
        )

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = short_date(item.due) or item.due_text
            return [due, item.text, item.owner, item.meeting_title][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            note = tr("Overdue") + "\n" if item.overdue else ""
            return f"{note}{item.text}\n{item.meeting_title} ({short_date(item.meeting_date)})"
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(QColor(255, 120, 110) if dark else QColor(180, 20, 20))
        if role == Qt.ItemDataRole.FontRole and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return item.meeting_id
        if role == OVERDUE_ROLE:
            return item.overdue
        return None
