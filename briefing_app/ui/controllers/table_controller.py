"""The form's item tables (attendees, topics, …): rows added, removed, moved, confirmed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from briefing_app import model  # names load on first use: the model is no start-up import
from briefing_app.ui.commands import (
    InsertItemsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    ReplaceItemCommand,
    confirmed,
)
from briefing_app.ui.document import LIST_FIELDS, MeetingDocument
from briefing_app.ui.models.item_table import ItemTableModel
from briefing_app.ui.translate import tr
from briefing_app.ui.views.delegates import ColumnDelegate
from briefing_app.ui.views.form_view import MeetingFormView

SpansCallback = Callable[[list[tuple[int, int]]], None]


def new_item(list_name: str, text: str) -> Any:
    """A new row for *list_name* holding *text* in its main column."""
    text = " ".join(text.split())
    factory = {
        "attendees": lambda: model.Person(name=text),
        "mentioned": lambda: model.Person(name=text),
        "topics": lambda: model.Topic(label=text),
        "agreements": lambda: model.Agreement(text=text),
        "follow_ups": lambda: model.FollowUp(text=text),
    }
    return factory[list_name]()


class TableController(QObject):
    """Binds each list panel of *view* to an ItemTableModel; every edit is an undo command."""

    def __init__(
        self,
        view: MeetingFormView,
        doc: MeetingDocument,
        *,
        language: str,
        show_spans: SpansCallback,
        show_error: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.doc, self.language = view, doc, language
        self.show_spans, self.show_error = show_spans, show_error
        self.models: dict[str, ItemTableModel] = {}
        for list_name in LIST_FIELDS:
            self._setup_table(list_name)

    def _setup_table(self, list_name: str) -> None:
        panel = self.view.tables[list_name]
        model = ItemTableModel(self.doc, list_name, self.language)
        model.editRejected.connect(self.show_error)
        self.models[list_name] = model
        panel.table.setModel(model)
        panel.table.setItemDelegate(ColumnDelegate(model.columns, self.language, panel.table))
        selection = panel.table.selectionModel()
        selection.currentRowChanged.connect(
            lambda current, _prev, name=list_name: self._row_selected(name, current.row())
        )
        panel.add_button.clicked.connect(lambda _=False, n=list_name: self.add_row(n))
        panel.remove_button.clicked.connect(lambda _=False, n=list_name: self.remove_selected(n))
        panel.up_button.clicked.connect(lambda _=False, n=list_name: self.move_selected(n, -1))
        panel.down_button.clicked.connect(lambda _=False, n=list_name: self.move_selected(n, 1))
        panel.confirm_button.clicked.connect(lambda _=False, n=list_name: self.confirm_rows(n))
        panel.table.installEventFilter(self)

    def fit_columns(self) -> None:
        """Columns as wide as their content, within reason; the last one takes the rest."""
        for panel in self.view.tables.values():
            table = panel.table
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for column in range(header.count() - 1):
                width = min(max(header.sectionSize(column) + 12, 90), 220)
                header.resizeSection(column, width)

    def table(self, list_name: str) -> QAbstractItemView:
        return self.view.tables[list_name].table

    def selected_rows(self, list_name: str) -> list[int]:
        selection = self.table(list_name).selectionModel()
        rows = {i.row() for i in selection.selectedRows()}
        current = selection.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def add_row(self, list_name: str, text: str = "", span: tuple[int, int] | None = None) -> int:
        """Append a row (from the report's selection when *span* is given); returns its row."""
        item = new_item(list_name, text or tr("(new)"))
        if span is not None:
            item.provenance = model.Provenance(
                spans=[model.Span(start=span[0], end=span[1])], method="manual", confirmed=True
            )
        row = len(self.doc.items(list_name))
        label = tr("Add %1").replace("%1", self.view.tables[list_name].table.accessibleName())
        self.doc.undo_stack.push(InsertItemsCommand(self.doc, list_name, row, [item], label))
        table = self.table(list_name)
        index = self.models[list_name].index(row, 0)
        table.setCurrentIndex(index)
        if not text:
            table.edit(index)
        return row

    def remove_selected(self, list_name: str) -> None:
        rows = self.selected_rows(list_name)
        if rows:
            self.doc.undo_stack.push(RemoveItemsCommand(self.doc, list_name, rows))

    def move_selected(self, list_name: str, step: int) -> None:
        rows = self.selected_rows(list_name)
        if len(rows) != 1:
            return
        row, to = rows[0], rows[0] + step
        if 0 <= to < len(self.doc.items(list_name)):
            self.doc.undo_stack.push(MoveItemCommand(self.doc, list_name, row, to))
            table = self.table(list_name)
            table.selectionModel().setCurrentIndex(
                self.models[list_name].index(to, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def confirm_rows(self, list_name: str, rows: list[int] | None = None) -> int:
        """Accept uncertain rows as they are; one undo step. Returns how many changed."""
        rows = self.selected_rows(list_name) if rows is None else rows
        items = self.doc.items(list_name)
        todo = [
            r for r in rows if items[r].provenance is not None and items[r].provenance.uncertain
        ]
        if not todo:
            return 0
        self.doc.undo_stack.beginMacro(tr("Confirm extracted values"))
        for row in todo:
            item = items[row]
            new = item.model_copy(update={"provenance": confirmed(item.provenance)})
            self.doc.undo_stack.push(ReplaceItemCommand(self.doc, list_name, row, new))
        self.doc.undo_stack.endMacro()
        return len(todo)

    def focused_list(self) -> str | None:
        for list_name, panel in self.view.tables.items():
            if panel.table.hasFocus():
                return list_name
        return None

    # -- provenance and keys ---
    def _row_selected(self, list_name: str, row: int) -> None:
        if row >= 0:
            self.show_spans(self.models[list_name].spans(row))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for list_name, panel in self.view.tables.items():
                current = panel.table.currentIndex()
                if obj is panel.table and current.isValid():
                    self._row_selected(list_name, current.row())
        elif event.type() == QEvent.Type.KeyPress:
            return self._table_key(obj, event)
        return False

    def _table_key(self, obj: QObject, event: QKeyEvent) -> bool:
        """Ins adds a row, Del removes the selected rows (when no cell is being edited)."""
        for list_name, panel in self.view.tables.items():
            if (
                obj is not panel.table
                or panel.table.state() == QAbstractItemView.State.EditingState
            ):
                continue
            if event.key() == Qt.Key.Key_Insert:
                self.add_row(list_name)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected(list_name)
                return True
        return False
