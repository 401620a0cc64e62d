"""QUndoCommands for every edit of a meeting.

Each command keeps copies of the values before and after, so undo and redo
restore exactly what the officer saw. Editing an extracted value counts as
confirming it: the new value's provenance is marked ``confirmed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from briefing_app.ui.translate import tr

if TYPE_CHECKING:
    from briefing_app.model import Meeting, Provenance
    from briefing_app.ui.document import MeetingDocument


def _copy(value: Any) -> Any:
    return value.model_copy(deep=True) if hasattr(value, "model_copy") else _deep(value)


def _deep(value: Any) -> Any:
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def confirmed(provenance: Provenance | None) -> Provenance | None:
    if provenance is None or provenance.confirmed:
        return provenance
    return provenance.model_copy(update={"confirmed": True})


class SetFieldCommand(QUndoCommand):
    """Change one single-valued field of the meeting (title, date, notes, tags …)."""

    def __init__(self, doc: MeetingDocument, name: str, value: Any, label: str = "") -> None:
        super().__init__(tr("Edit %1").replace("%1", label or name))
        self.doc, self.name = doc, name
        self.old = _copy(getattr(doc.meeting, name))
        self.new = _copy(value)
        self.old_prov = _copy(doc.meeting.provenance.get(name))

    def redo(self) -> None:
        if self.old_prov is not None:
            provenance = dict(self.doc.meeting.provenance)
            provenance[self.name] = confirmed(self.old_prov)
            self.doc.meeting.provenance = provenance
        self.doc.set_field(self.name, _copy(self.new))

    def undo(self) -> None:
        if self.old_prov is not None:
            provenance = dict(self.doc.meeting.provenance)
            provenance[self.name] = _copy(self.old_prov)
            self.doc.meeting.provenance = provenance
        self.doc.set_field(self.name, _copy(self.old))


class ConfirmFieldCommand(QUndoCommand):
    """Accept an uncertain extracted single value as it is."""

    def __init__(self, doc: MeetingDocument, name: str) -> None:
        super().__init__(tr("Confirm %1").replace("%1", name))
        self.doc, self.name = doc, name
        self.old_prov = _copy(doc.meeting.provenance.get(name))
        self.old_loc = _copy(doc.meeting.location) if name == "location" else None

    def _apply(self, prov: Provenance | None, location: Any) -> None:
        if self.name == "location" and location is not None:
            self.doc.set_field("location", location)
        elif prov is not None:
            provenance = dict(self.doc.meeting.provenance)
            provenance[self.name] = prov
            self.doc.meeting.provenance = provenance
            self.doc.fieldChanged.emit(self.name)

    def redo(self) -> None:
        location = None
        if self.old_loc is not None:
            location = self.old_loc.model_copy(
                update={"provenance": confirmed(self.old_loc.provenance)}
            )
        self._apply(confirmed(self.old_prov), location)

    def undo(self) -> None:
        self._apply(_copy(self.old_prov), _copy(self.old_loc))


class ReplaceItemCommand(QUndoCommand):
    """Replace one row of a table (a cell edit, or confirming an uncertain row)."""

    def __init__(
        self, doc: MeetingDocument, list_name: str, row: int, new_item: Any, text: str = ""
    ) -> None:
        super().__init__(text or tr("Edit row"))
        self.doc, self.list_name, self.row = doc, list_name, row
        self.old = _copy(doc.items(list_name)[row])
        self.new = _copy(new_item)

    def redo(self) -> None:
        self.doc.replace_item(self.list_name, self.row, _copy(self.new))

    def undo(self) -> None:
        self.doc.replace_item(self.list_name, self.row, _copy(self.old))


class InsertItemsCommand(QUndoCommand):
    """Add rows to a table (new row, or text from the report added as an item)."""

    def __init__(
        self, doc: MeetingDocument, list_name: str, row: int, items: list[Any], text: str = ""
    ) -> None:
        super().__init__(text or tr("Add row"))
        self.doc, self.list_name, self.row = doc, list_name, row
        self.items = [_copy(i) for i in items]

    def redo(self) -> None:
        self.doc.insert_items(self.list_name, self.row, [_copy(i) for i in self.items])

    def undo(self) -> None:
        self.doc.remove_items(self.list_name, self.row, len(self.items))


class RemoveItemsCommand(QUndoCommand):
    """Remove rows (any selection; rows are removed from the bottom up)."""

    def __init__(self, doc: MeetingDocument, list_name: str, rows: list[int]) -> None:
        super().__init__(tr("Remove rows"))
        self.doc, self.list_name = doc, list_name
        self.rows = sorted(set(rows))
        self.removed = {r: _copy(doc.items(list_name)[r]) for r in self.rows}

    def redo(self) -> None:
        for row in reversed(self.rows):
            self.doc.remove_items(self.list_name, row, 1)

    def undo(self) -> None:
        for row in self.rows:
            self.doc.insert_items(self.list_name, row, [_copy(self.removed[row])])


class MoveItemCommand(QUndoCommand):
    """Move a row up or down (the order is the order in the briefing note)."""

    def __init__(self, doc: MeetingDocument, list_name: str, row: int, to: int) -> None:
        super().__init__(tr("Move row"))
        self.doc, self.list_name, self.row, self.to = doc, list_name, row, to

    def _move(self, src: int, dst: int) -> None:
        (item,) = self.doc.remove_items(self.list_name, src, 1)
        self.doc.insert_items(self.list_name, dst, [item])

    def redo(self) -> None:
        self._move(self.row, self.to)

    def undo(self) -> None:
        self._move(self.to, self.row)


class ReplaceMeetingCommand(QUndoCommand):
    """An import into the open meeting: undo brings the previous meeting back."""

    def __init__(self, doc: MeetingDocument, meeting: Meeting, text: str = "") -> None:
        super().__init__(text or tr("Import report"))
        self.doc = doc
        self.old = doc.meeting.model_copy(deep=True)
        self.new = meeting.model_copy(deep=True)

    def redo(self) -> None:
        self.doc.replace_meeting(self.new.model_copy(deep=True))

    def undo(self) -> None:
        self.doc.replace_meeting(self.old.model_copy(deep=True))
