"""The source report pane: read-only text, provenance highlights, "add as …" menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from briefing_app.ui.textpos import PositionMap
from briefing_app.ui.translate import tr

# The kinds of item a selection can become, with their menu labels.
ADD_KINDS = ("attendees", "topics", "agreements", "follow_ups")


def add_labels() -> dict[str, str]:
    return {
        "attendees": tr("Add as attendee"),
        "topics": tr("Add as topic"),
        "agreements": tr("Add as agreement"),
        "follow_ups": tr("Add as follow-up"),
    }


class SourceView(QTextEdit):
    """Shows ``meeting.source.text``; emits ``addRequested(kind, start, end, text)``."""

    addRequested = Signal(str, int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(10)
        self.setAccessibleName(tr("Source report"))
        self.setPlaceholderText(
            tr(
                "The imported report appears here. Import a file, drop one on the window "
                "or paste a report with File ▸ Import from clipboard."
            )
        )
        self._map = PositionMap("")
        self._text = ""

    def set_source(self, text: str) -> None:
        if text != self._text or text != self.toPlainText():
            self.setPlainText(text)
            self._space_paragraphs()
        self._map = PositionMap(text)
        self._text = text
        self.setExtraSelections([])

    def _space_paragraphs(self) -> None:
        """A little air between paragraphs; reports are read, not edited here."""
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        block.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        self.document().clearUndoRedoStacks()

    def selected_span(self) -> tuple[int, int, str] | None:
        """The selection as code-point indices into the source text, trimmed of blanks."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_py(cursor.selectionStart())
        end = self._map.to_py(cursor.selectionEnd())
        py_text = self._text
        piece = py_text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        start, end = start + lead, end - trail
        if end <= start:
            return None
        return start, end, py_text[start:end]

    def highlight(self, spans: list[tuple[int, int]]) -> None:
        """Mark *spans* and scroll the first into view."""
        fmt = QTextCharFormat()
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        fmt.setBackground(QColor(40, 90, 150) if dark else QColor(200, 225, 255))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selections = []
        limit = self.document().characterCount() - 1
        for start, end in spans:
            a, b = self._map.to_qt(start), self._map.to_qt(end)
            if b > limit or a >= b:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.setTextCursor(first)
            self._center(first)

    def _center(self, cursor: QTextCursor) -> None:
        bar = self.verticalScrollBar()
        rect = self.cursorRect(cursor)
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    def highlighted_text(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        span = self.selected_span()
        menu.addSeparator()
        for kind, label in add_labels().items():
            action = menu.addAction(label)
            action.setEnabled(span is not None)
            if span is not None:
                action.triggered.connect(
                    lambda _=False, k=kind, s=span: self.addRequested.emit(k, *s)
                )
        menu.exec(event.globalPos())
        menu.deleteLater()
