"""A Qt table model over one list of the meeting (attendees, topics, follow-ups …).

Reads straight from the document; every edit becomes a QUndoCommand pushed on the
document's stack, so the model never changes the meeting itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from briefing_app.ui.commands import ReplaceItemCommand, confirmed
from briefing_app.ui.document import MeetingDocument
from briefing_app.ui.models.columns import COLUMNS, Column
from briefing_app.ui.translate import tr

Index = QModelIndex | QPersistentModelIndex

# Roles the views and the source pane read.
SPANS_ROLE = Qt.ItemDataRole.UserRole + 1
UNCERTAIN_ROLE = Qt.ItemDataRole.UserRole + 2


def uncertain_color() -> QColor:
    """Amber that stays readable on the system's light or dark palette."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(110, 80, 10) if base.lightness() < 128 else QColor(255, 221, 140)


def uncertain_tooltip(confidence: float) -> str:
    return tr(
        "Extracted automatically with low confidence (%1%). Check it against the report; "
        "editing or confirming it removes this mark."
    ).replace("%1", str(round(confidence * 100)))


class ItemTableModel(QAbstractTableModel):
    """Rows are the items of ``meeting.<list_name>``, columns from ``COLUMNS``."""

    editRejected = Signal(str)

    def __init__(self, doc: MeetingDocument, list_name: str, language: str = "en") -> None:
        super().__init__(doc)
        self.doc, self.list_name, self.language = doc, list_name, language
        self.columns: list[Column] = COLUMNS[list_name]
        # Name -> what the people register last saw ({"role", "organization", "country"}).
        self.register: dict[str, dict[str, str | None]] = {}
        doc.itemChanged.connect(self._item_changed)
        doc.itemsAboutToBeInserted.connect(self._about_to_insert)
        doc.itemsInserted.connect(self._inserted)
        doc.itemsAboutToBeRemoved.connect(self._about_to_remove)
        doc.itemsRemoved.connect(self._removed)
        doc.meetingReset.connect(self._reset)

    # -- document signals ---
    def _item_changed(self, name: str, row: int) -> None:
        if name == self.list_name:
            last = self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(self.index(row, 0), last)

    def _about_to_insert(self, name: str, row: int, count: int) -> None:
        if name == self.list_name:
            self.beginInsertRows(QModelIndex(), row, row + count - 1)

    def _inserted(self, name: str) -> None:
        if name == self.list_name:
            self.endInsertRows()

    def _about_to_remove(self, name: str, row: int, count: int) -> None:
        if name == self.list_name:
            self.beginRemoveRows(QModelIndex(), row, row + count - 1)

    def _removed(self, name: str) -> None:
        if name == self.list_name:
            self.endRemoveRows()

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    # -- Qt model ----------------------------------------------------------------------------
    @property
    def items(self) -> list[Any]:
        return self.doc.shown_items(self.list_name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        provenance = item.provenance
        uncertain = provenance is not None and provenance.uncertain
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(item, self.language)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(item, column.key)
            if column.kind == "date":
                return QDate(value.year, value.month, value.day) if value else QDate()
            if column.kind in ("choice", "country"):
                return value or ""
            return column.show(item, self.language)
        if role == Qt.ItemDataRole.BackgroundRole and uncertain:
            return uncertain_color()
        if role == Qt.ItemDataRole.ToolTipRole:
            if uncertain:
                return uncertain_tooltip(provenance.confidence)
            return column.show(item, self.language) or None
        if role == Qt.ItemDataRole.FontRole and column.kind == "date" and item.due is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == SPANS_ROLE:
            return [(s.start, s.end) for s in provenance.spans] if provenance else []
        if role == UNCERTAIN_ROLE:
            return uncertain
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.items[index.row()]
        column = self.columns[index.column()]
        from pydantic import ValidationError  # loaded by the time a row exists to edit

        from briefing_app.model import describe_validation_error

        try:
            new_value = column.to_model(value, self.language)
            update = {column.key: new_value, "provenance": confirmed(item.provenance)}
            if column.key == "due":
                update["due_text"] = "" if new_value else item.due_text
            if column.key == "name":
                update.update(self._known_details(item, new_value))
            new_item = type(item).model_validate({**item.model_dump(), **update})
        except ValidationError as exc:
            self.editRejected.emit(describe_validation_error(exc))
            return False
        except ValueError as exc:
            self.editRejected.emit(str(exc))
            return False
        if new_item == item:
            return False
        text = tr("Edit %1").replace("%1", column.header())
        self.doc.undo_stack.push(
            ReplaceItemCommand(self.doc, self.list_name, index.row(), new_item, text)
        )
        return True

    def _known_details(self, item: Any, name: str) -> dict[str, Any]:
        """Role, organisation and country from the people register, for fields still empty."""
        known = self.register.get(name) or {}
        return {key: value for key, value in known.items() if value and not getattr(item, key)}

    def spans(self, row: int) -> list[tuple[int, int]]:
        return self.data(self.index(row, 0), SPANS_ROLE) or []
