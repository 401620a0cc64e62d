"""The dossier dialog's previous meetings: kept ones in order, left-out ones greyed below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.dossier_details import short_date

if TYPE_CHECKING:
    from briefing_app.dossier import Dossier

ID_ROLE = Qt.ItemDataRole.UserRole


class DossierTimeline(QGroupBox):
    """A checkable list (untick to leave a meeting out) with move and leave-out buttons.

    Only widgets: the dialog wires the list and the move buttons to its controller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Previous meetings (untick to leave one out)", parent)
        column = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.drop_button = QPushButton("Leave out")
        self.drop_button.clicked.connect(self.toggle_current)
        for button in (self.up_button, self.down_button, self.drop_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

    def toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def fill(self, dossier: Dossier, select: str | None = None) -> None:
        """One entry per source meeting: date, place and title, then people and topics."""
        self.list.clear()
        kept = dossier.timeline_ids()
        dropped = [s.meeting_id for s in dossier.sources if s.meeting_id not in kept]
        by_id = dossier.sources_by_id()
        for meeting_id in kept + dropped:
            source = by_id[meeting_id]
            people = ", ".join(p.name for p in source.participants[:6]) or "—"
            topics = "; ".join(t.label for t in source.topics[:4]) or "—"
            head = " · ".join(
                part for part in (short_date(source.date), source.place, source.title) if part
            )
            item = QListWidgetItem(f"{head}\n{people}\n{topics}")
            item.setData(ID_ROLE, meeting_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            is_kept = meeting_id in kept
            item.setCheckState(Qt.CheckState.Checked if is_kept else Qt.CheckState.Unchecked)
            if not is_kept:
                item.setForeground(Qt.GlobalColor.gray)
            if source.level.rank:
                item.setToolTip(f"Classified {source.classification}")
            self.list.addItem(item)
            if meeting_id == select:
                self.list.setCurrentItem(item)

    def update_buttons(self, kept: list[str]) -> None:
        """Enable moving within the *kept* order; the drop button leaves out or keeps."""
        item = self.list.currentItem()
        meeting_id = item.data(ID_ROLE) if item else None
        position = kept.index(meeting_id) if meeting_id in kept else -1
        self.up_button.setEnabled(position > 0)
        self.down_button.setEnabled(0 <= position < len(kept) - 1)
        self.drop_button.setEnabled(item is not None)
        self.drop_button.setText("Leave out" if position >= 0 or item is None else "Keep")
