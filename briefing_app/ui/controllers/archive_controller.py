"""The archive pane and everything that touches the archive: search, open, save,
follow-ups, the people register for completion. Autosave and crash recovery are
``recovery_controller``'s."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView

from briefing_app.errors import BriefingError
from briefing_app.model.codes import classification_levels
from briefing_app.ui import services
from briefing_app.ui.controllers.recovery_controller import RecoveryController
from briefing_app.ui.gc_pause import collector_paused
from briefing_app.ui.models.archive_models import ID_ROLE, FollowUpListModel, MeetingListModel
from briefing_app.ui.translate import tr
from briefing_app.ui.views.archive_view import ArchiveView

if TYPE_CHECKING:
    from briefing_app.ui.controllers.main_controller import MainController

log = logging.getLogger(__name__)
PAGE = 200
YEARS_OFFERED = 12


class ArchiveController(QObject):
    def __init__(self, view: ArchiveView, main: MainController) -> None:
        super().__init__(view)
        self.view, self.main = view, main
        self.archive: Any = None
        self.meetings = MeetingListModel(self)
        self.follow_ups = FollowUpListModel(self)
        view.meetings.setModel(self.meetings)
        view.follow_ups.setModel(self.follow_ups)
        self._generation = 0
        self.searched = False  # the first search has come back (the list shows the archive)
        self.unavailable = False  # no archive in this build, or it could not be opened
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.recovery = RecoveryController(self)
        self.autosave_timer = self.recovery.autosave_timer
        self._fill_filters()
        view.search.textChanged.connect(lambda _t: self._search_timer.start())
        view.classification.currentIndexChanged.connect(lambda _i: self.refresh())
        view.year.currentIndexChanged.connect(lambda _i: self.refresh())
        view.open_only.toggled.connect(lambda _c: self.refresh_follow_ups())
        view.meetings.activated.connect(self._open_index)
        view.follow_ups.activated.connect(self._open_index)
        view.follow_ups.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for status, label in (
            ("done", tr("Mark as &done")),
            ("open", tr("Mark as &open")),
            ("dropped", tr("Mark as d&ropped")),
        ):
            action = QAction(label, view.follow_ups)
            action.triggered.connect(lambda _=False, s=status: self.set_status_of_current(s))
            view.follow_ups.addAction(action)

    # -- opening -------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self.archive is not None

    def open(self) -> bool:
        """Open the archive now (tests, command line); see ``open_in_background``."""
        try:
            archive = self._open_archive()
        except BriefingError as exc:
            self._open_failed(exc.message)
            return False
        self._opened(archive)
        return True

    def open_in_background(self, then: Callable[[], None] | None = None) -> None:
        """Import and open the archive on a worker, so the window is usable at once."""
        self.view.count.setText(tr("Opening the archive …"))

        def opened(archive: Any) -> None:
            self._opened(archive)
            if then is not None:
                then()

        def failed(message: str) -> None:
            self._open_failed(message)
            if then is not None:
                then()

        self.main.tasks.start(self._open_archive, opened, failed, blocking=False)

    def _open_archive(self) -> Any:
        open_archive = services.capability("briefing_app.archive", "open_archive")
        if open_archive is None:
            return None
        return open_archive(self.main.paths.archive_file, recovery_dir=self.main.paths.recovery)

    def _open_failed(self, message: str) -> None:
        self.unavailable = True
        self.view.show_unavailable(message)
        self.main.dialogs.error(message)

    def _opened(self, archive: Any) -> None:
        if archive is None:
            self.unavailable = True
            self.view.show_unavailable(tr("The archive is not available in this build."))
            return
        if not shiboken6.isValid(self):
            archive.close()
            return
        self.archive = archive
        self.main.save_handler = self.save
        self.autosave_timer.start()
        self.refresh()
        self.refresh_follow_ups(at_start=True)
        self.refresh_people(at_start=True)
        self.check_in_background()

    def check_in_background(self) -> None:
        """The full integrity check a large archive did not get on open, weekly, off the
        GUI thread (its own read connection; saves go on meanwhile)."""
        from briefing_app.archive import integrity

        archive, record = self.archive, self.main.paths.cache / "integrity-checks.json"
        if archive is None or getattr(archive, "checked_fully", True):
            return
        if not integrity.full_check_due(archive.path, record):
            return

        def done(problems: list[str]) -> None:
            if problems:
                log.error("archive integrity check: %s", "; ".join(problems[:5]))
                self.main.dialogs.error(integrity.damage_report(archive.path, problems))
            else:
                integrity.record_full_check(archive.path, record)
                log.info("archive integrity check: sound")

        def failed(message: str) -> None:
            log.warning("archive integrity check could not run: %s", message)

        self.main.tasks.start(archive.check_integrity, done, failed, blocking=False)

    def close(self) -> None:
        self.autosave_timer.stop()
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    # -- search ----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        v = self.view
        v.classification.addItem(tr("All classifications"), None)
        for level in classification_levels():
            v.classification.addItem(
                tr("none") if level.label == "none" else level.label, level.label
            )
        v.year.addItem(tr("All years"), None)
        this_year = dt.date.today().year
        for year in range(this_year, this_year - YEARS_OFFERED, -1):
            v.year.addItem(str(year), year)

    def query(self, offset: int = 0) -> Any:
        from briefing_app.archive import ArchiveQuery

        year = self.view.year.currentData()
        text = self.view.search.text().strip()
        return ArchiveQuery(
            text=text,
            classification=self.view.classification.currentData(),
            date_from=dt.date(year, 1, 1) if year else None,
            date_to=dt.date(year, 12, 31) if year else None,
            sort="relevance" if text else "date_desc",
            limit=PAGE,
            offset=offset,
        )

    def refresh(self) -> None:
        """Search on a worker thread; only the newest search's result is shown."""
        if self.archive is None:
            return
        self._generation += 1
        generation, archive, query = self._generation, self.archive, self.query()

        def done(page: Any) -> None:
            if generation != self._generation:
                return
            self.meetings.set_page(page.items, page.total, self._fetch_page)
            self.searched = True
            self._fit_meeting_columns()
            self.view.count.setText(tr("%1 meetings").replace("%1", f"{page.total:,}"))

        self.main.tasks.start(
            lambda: archive.search(query), done, self.main.status_error, blocking=False
        )

    def _fit_meeting_columns(self) -> None:
        """Date and place as wide as needed, the counterpart takes the rest."""
        table = self.view.meetings
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        # As wide as the longest marking or the column's own title, whichever is wider.
        title = str(self.meetings.headerData(3, Qt.Orientation.Horizontal))
        width = max(
            table.fontMetrics().horizontalAdvance("OFFICIAL"),
            header.fontMetrics().horizontalAdvance(title),
        )
        header.resizeSection(3, width + 24)

    def _fetch_page(self, offset: int) -> list[Any]:
        try:
            return self.archive.search(self.query(offset)).items if self.archive else []
        except BriefingError as exc:
            self.main.status_error(exc.message)
            return []

    def refresh_follow_ups(self, *, at_start: bool = False) -> None:
        """Follow-ups across the archive, overdue first (read on a worker thread; see
        ``gc_pause`` for *at_start*)."""
        if self.archive is None:
            return
        archive, include_done = self.archive, not self.view.open_only.isChecked()

        def read() -> tuple[list[Any], int]:
            # Sorted and counted here: tens of thousands of items in a large archive.
            with collector_paused(freeze=at_start):
                items = archive.follow_ups(include_done=include_done)
            items.sort(key=lambda f: (not f.overdue, f.due or dt.date.max))
            return items, sum(1 for f in items if f.overdue)

        def done(result: tuple[list[Any], int]) -> None:
            items, overdue = result
            self.follow_ups.set_items(items)
            header = self.view.follow_ups.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(3, 110)
            label = tr("Follow-ups")
            self.view.tabs.setTabText(1, f"{label} ({overdue} ⚠)" if overdue else label)

        self.main.tasks.start(
            read,
            done,
            self.main.status_error,
            blocking=False,
        )

    def refresh_people(self, *, at_start: bool = False) -> None:
        """The people register: names complete the name column, and a known name
        brings its latest role, organisation and country into empty cells (read on a
        worker thread; see ``gc_pause`` for *at_start*)."""
        if self.archive is None:
            return
        archive = self.archive

        def collect() -> tuple[list[str], dict[str, dict[str, str | None]]]:
            register: dict[str, dict[str, str | None]] = {}
            with collector_paused(freeze=at_start):
                people = archive.people()
            for person in people:
                latest = max(person.roles, key=lambda r: r.last_seen or dt.date.min, default=None)
                details = {
                    "role": latest.role if latest else "",
                    "organization": latest.organization if latest else "",
                    "country": (latest.country if latest else None)
                    or (person.countries[0] if person.countries else None),
                }
                for name in [person.name, *person.variants]:
                    register.setdefault(name, details)
            return sorted(register, key=str.casefold), register

        def done(result: tuple[list[str], dict[str, dict[str, str | None]]]) -> None:
            names, register = result
            for list_name in ("attendees", "mentioned"):
                delegate = self.main.form.view.tables[list_name].table.itemDelegate()
                delegate.completions["name"] = names
                self.main.form.models[list_name].register = register

        self.main.tasks.start(
            collect, done, lambda m: log.warning("people register: %s", m), blocking=False
        )

    def set_status_of_current(self, status: str) -> bool:
        """Change the status of the selected follow-up in the archive (a new revision)."""
        row = self.view.follow_ups.currentIndex().row()
        if self.archive is None or not 0 <= row < len(self.follow_ups.items):
            return False
        item = self.follow_ups.items[row]
        doc = self.main.doc
        open_here = doc.meeting.id == item.meeting_id
        if open_here and doc.dirty:
            self.main.status_error(tr("Save or discard the changes to the open meeting first."))
            return False
        try:
            revision = self.archive.set_follow_up_status(item.meeting_id, item.index, status)
        except BriefingError as exc:
            self.main.dialogs.error(exc.message)
            return False
        if open_here and doc.in_archive:
            # Show the new revision, so the next save does not conflict with this change.
            self.main.show_meeting(self.archive.get(item.meeting_id))
            doc.archive_revision, doc.in_archive = revision, True
        self.refresh_follow_ups()
        self.refresh()
        return True

    # -- open and save ---------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        meeting_id = index.data(ID_ROLE)
        if meeting_id:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: str) -> bool:
        if self.archive is None or not self.main.maybe_save():
            return False
        return self.show_archived(meeting_id)

    def show_archived(self, meeting_id: str) -> bool:
        """Show the stored meeting (the current one was saved or discarded already)."""
        try:
            meeting = self.archive.get(meeting_id)
            revision = self.archive.revision_of(meeting_id)
        except BriefingError as exc:
            self.main.dialogs.error(exc.message)
            return False
        self.main.show_meeting(meeting)
        self.main.doc.archive_revision = revision
        self.main.doc.in_archive = True
        self.main.status(tr("Opened from the archive (revision %1).").replace("%1", str(revision)))
        return True

    def save(self) -> bool:
        doc = self.main.doc
        if self.archive is None:
            return False
        expected = doc.archive_revision if doc.in_archive else None
        try:
            revision = self.archive.save(doc.meeting, expected_revision=expected)
        except BriefingError as exc:
            self.main.dialogs.error(exc.message)
            return False
        doc.archive_revision, doc.in_archive = revision, True
        doc.undo_stack.setClean()
        self.clear_recovery()
        self.main.status(tr("Saved to the archive (revision %1).").replace("%1", str(revision)))
        self.refresh()
        self.refresh_follow_ups()
        self.refresh_people()
        return True

    # -- autosave and recovery, under their old names (the app, tests and main window) ---
    def autosave(self) -> None:
        self.recovery.autosave()

    def clear_recovery(self) -> None:
        self.recovery.clear_recovery()

    def offer_recovery(self) -> bool:
        return self.recovery.offer_recovery()
