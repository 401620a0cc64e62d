"""The gathered parts of a dossier, one tab each: open items, agreements, topics, people."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.dossier import Dossier
from briefing_app.dossier.model import SourceMeeting


def short_date(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def meeting_label(source: SourceMeeting) -> str:
    return " · ".join(part for part in (short_date(source.date), source.place) if part)


def _tree(headers: list[str], widths: tuple[int, ...] = (300,)) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    for column, width in enumerate(widths):
        tree.setColumnWidth(column, width)
    return tree


class DossierDetails(QTabWidget):
    """Read-only views; they follow the dossier whenever a meeting is left out or kept."""

    NAMES = ("Open items", "Agreements", "Recurring topics", "People met")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_items = _tree(["Open item", "Owner", "Due", "From meeting"], (280, 100, 225))
        self.agreements = _tree(["Agreement or document", "Kind", "Meeting"])
        self.topics = _tree(["Recurring topic", "Meetings", "Also worded as"])
        self.people = _tree(["Name", "Current role", "Country", "Last met", "Meetings"])
        for tree, name in zip(self.trees(), self.NAMES, strict=True):
            self.addTab(tree, name)

    def trees(self) -> tuple[QTreeWidget, ...]:
        return (self.open_items, self.agreements, self.topics, self.people)

    def show_dossier(self, dossier: Dossier | None) -> None:
        for tree in self.trees():
            tree.clear()
        if dossier is None:
            for index, name in enumerate(self.NAMES):
                self.setTabText(index, name)
            return
        by_id = dossier.sources_by_id()
        for i in dossier.open_items():
            due = short_date(i.due) if i.due else (i.due_text or "—")
            if i.overdue:
                due += f" (overdue {i.days_overdue} days)"
            row = QTreeWidgetItem([i.text, i.owner or "—", due, meeting_label(by_id[i.meeting_id])])
            row.setToolTip(0, i.text)
            if i.overdue:
                row.setForeground(2, Qt.GlobalColor.darkRed)
            self.open_items.addTopLevelItem(row)
        for a in dossier.agreements():
            row = QTreeWidgetItem([a.text, a.kind.value, meeting_label(by_id[a.meeting_id])])
            row.setToolTip(0, a.text)
            self.agreements.addTopLevelItem(row)
        for t in dossier.recurring_topics():
            self.topics.addTopLevelItem(
                QTreeWidgetItem([t.label, str(t.count), "; ".join(t.labels[1:])])
            )
        for p in dossier.people():
            self.people.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        p.name,
                        p.role or "—",
                        p.country or "—",
                        short_date(p.last_met),
                        str(p.meetings),
                    ]
                )
            )
        for index, (name, tree) in enumerate(zip(self.NAMES, self.trees(), strict=True)):
            self.setTabText(index, f"{name} ({tree.topLevelItemCount()})")
