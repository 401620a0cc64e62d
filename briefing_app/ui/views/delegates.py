"""Cell editors: country names with completion, fixed choices, dates with a calendar."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from briefing_app.ui.countries import country_names
from briefing_app.ui.models.columns import Column

Index = QModelIndex | QPersistentModelIndex


class ColumnDelegate(QStyledItemDelegate):
    """Chooses the editor from the column kind; *names* feeds completion for free text."""

    def __init__(self, columns: list[Column], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns, self.language = columns, language
        self.completions: dict[str, list[str]] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            for value, label in column.choices():
                combo.addItem(label, str(value))
            return combo
        if column.kind == "country":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("", "")
            names = sorted(country_names(self.language).items(), key=lambda kv: kv[1].casefold())
            for code, name in names:
                combo.addItem(f"{name} ({code})", code)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            return combo
        if column.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setSpecialValueText(" ")  # the minimum stands for "no date"
            return edit
        editor = super().createEditor(parent, option, index)
        words = self.completions.get(column.key)
        if isinstance(editor, QLineEdit) and words:
            completer = QCompleter(words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(str(value or ""))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(
                value if isinstance(value, QDate) and value.isValid() else editor.minimumDate()
            )
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            text = editor.currentText()
            # Typed text that matches no entry is passed on as typed (a code or a name).
            if editor.isEditable() and (
                data is None or editor.itemText(editor.currentIndex()) != text
            ):
                data = text
            model.setData(index, data or "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            date = editor.date()
            model.setData(index, QDate() if date == editor.minimumDate() else date)
        else:
            super().setModelData(editor, model, index)
