"""Autosave of unsaved work into the archive's recovery area, and the offer after a crash."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from briefing_app.errors import BriefingError
from briefing_app.ui.commands import ReplaceMeetingCommand
from briefing_app.ui.translate import tr

if TYPE_CHECKING:
    from briefing_app.model import Meeting
    from briefing_app.ui.controllers.archive_controller import ArchiveController

log = logging.getLogger(__name__)


class RecoveryController(QObject):
    """Works on the archive *owner* holds (``owner.archive``, None until it is open)."""

    def __init__(self, owner: ArchiveController) -> None:
        super().__init__(owner)
        self.owner, self.main = owner, owner.main
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(self.main.startup.autosave_seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)

    def autosave(self) -> None:
        """Write the unsaved meeting into the recovery area (off the GUI thread)."""
        doc, archive = self.main.doc, self.owner.archive
        if archive is None or not doc.dirty:
            return
        self.main.form.flush()
        snapshot = doc.meeting.model_copy(deep=True)
        self.main.tasks.start(
            lambda: archive.write_recovery(snapshot),
            lambda _path: None,
            lambda message: log.warning("autosave failed: %s", message),
            blocking=False,
        )

    def clear_recovery(self) -> None:
        archive = self.owner.archive
        if archive is not None:
            try:
                archive.clear_recovery(self.main.doc.meeting.id)
            except BriefingError as exc:
                log.warning("recovery copy not removed: %s", exc)

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosaved meeting; returns True when restored."""
        archive = self.owner.archive
        if archive is None:
            return False
        try:
            pending: list[Meeting] = archive.pending_recovery()
        except BriefingError as exc:
            log.warning("recovery area unreadable: %s", exc)
            return False
        if not pending:
            return False
        newest = pending[0]
        title = newest.title or newest.source.headline or tr("Untitled meeting")
        restore = self.main.dialogs.ask_yes_no(
            tr("Recover unsaved work"),
            tr(
                "Briefing Desk did not close normally. Restore the unsaved changes to “%1”?"
            ).replace("%1", title),
        )
        if not restore:
            for meeting in pending:
                archive.clear_recovery(meeting.id)
            return False
        from briefing_app.model import Meeting

        doc = self.main.doc
        doc.load(Meeting())
        in_archive = self.archive_has(newest.id)
        doc.undo_stack.push(ReplaceMeetingCommand(doc, newest, tr("Recover unsaved work")))
        if in_archive:
            doc.in_archive = True
            doc.archive_revision = archive.revision_of(newest.id)
        return True

    def archive_has(self, meeting_id: str) -> bool:
        try:
            self.owner.archive.revision_of(meeting_id)
        except BriefingError:
            return False
        return True
