"""The meeting being edited, its undo stack and fine-grained change signals.

Commands (``commands.py``) change the meeting only through the mutators here, so
every view and Qt model learns about every change, whether it came from the
form, a table, the source pane, an import or undo/redo.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from briefing_app.model import Meeting

# The list fields edited as tables, in the order the form shows them.
LIST_FIELDS = ("attendees", "mentioned", "topics", "agreements", "follow_ups")

# What an empty ``Meeting()`` holds in the fields the window shows (a test compares).
# The window starts on an empty meeting; showing it this way keeps pydantic and the
# model out of the start path. The model is loaded on first use or just after the
# window is shown (``MeetingDocument.ensure_meeting``).
BLANK = SimpleNamespace(
    title="",
    date=None,
    time=None,
    location=None,
    classification="none",
    language="en",
    tags=(),
    notes="",
    provenance=MappingProxyType({}),
    source=SimpleNamespace(text="", headline="", file_name=""),
    **dict.fromkeys(LIST_FIELDS, ()),
)


class MeetingDocument(QObject):
    """Owns ``meeting`` and ``undo_stack``; emits what changed."""

    fieldChanged = Signal(str)
    itemChanged = Signal(str, int)
    itemsAboutToBeInserted = Signal(str, int, int)
    itemsInserted = Signal(str)
    itemsAboutToBeRemoved = Signal(str, int, int)
    itemsRemoved = Signal(str)
    meetingReset = Signal()
    locationChanged = Signal()

    def __init__(self, meeting: Meeting | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.undo_stack = QUndoStack(self)
        # Where the meeting was last saved as a file, and its archive revision.
        self.file_path: Path | None = None
        self.archive_revision: int | None = None
        self.in_archive = False

    # -- whole meeting ---------------------------------------------------------------
    @property
    def meeting(self) -> Meeting:
        """The meeting; the first, empty one is made on first use."""
        if self._meeting is None:
            from briefing_app.workflow import warm_up

            warm_up()  # before importing the model: not alongside a worker's first import
            from briefing_app.model import Meeting

            # An empty meeting is its defaults, which need no validation.
            self._meeting = Meeting.model_construct()
        return self._meeting

    @meeting.setter
    def meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting

    @property
    def shown(self) -> Any:
        """The meeting for reading what the window shows, ``BLANK`` before it is made."""
        return BLANK if self._meeting is None else self._meeting

    def ensure_meeting(self) -> None:
        """Make the first meeting now (after the window shows) rather than on first use."""
        _ = self.meeting

    def load(self, meeting: Meeting, *, file_path: Path | None = None) -> None:
        """Show another meeting; the undo history starts afresh."""
        self.undo_stack.clear()
        self.meeting = meeting
        self.file_path = file_path
        self.archive_revision = None
        self.in_archive = False
        self.meetingReset.emit()
        self.undo_stack.setClean()

    def replace_meeting(self, meeting: Meeting) -> None:
        """Swap the meeting in place (used by the undoable import command)."""
        self.meeting = meeting
        self.meetingReset.emit()

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # -- single fields -----------------------------------------------------------------
    def set_field(self, name: str, value: Any) -> None:
        setattr(self.meeting, name, value)
        self.meeting.touch()
        if name == "location":
            self.locationChanged.emit()
        self.fieldChanged.emit(name)

    # -- list fields ---------------------------------------------------------------------
    def items(self, list_name: str) -> list[Any]:
        return getattr(self.meeting, list_name)

    def shown_items(self, list_name: str) -> Any:
        """The rows of *list_name* for reading (empty before the meeting is made)."""
        return getattr(self.shown, list_name)

    def replace_item(self, list_name: str, row: int, item: Any) -> None:
        self.items(list_name)[row] = item
        self.meeting.touch()
        self.itemChanged.emit(list_name, row)

    def insert_items(self, list_name: str, row: int, items: list[Any]) -> None:
        self.itemsAboutToBeInserted.emit(list_name, row, len(items))
        self.items(list_name)[row:row] = items
        self.meeting.touch()
        self.itemsInserted.emit(list_name)

    def remove_items(self, list_name: str, row: int, count: int) -> list[Any]:
        self.itemsAboutToBeRemoved.emit(list_name, row, count)
        target = self.items(list_name)
        removed = target[row : row + count]
        del target[row : row + count]
        self.meeting.touch()
        self.itemsRemoved.emit(list_name)
        return removed
