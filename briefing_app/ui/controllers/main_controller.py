"""The main window's logic: undo/redo, title, editing actions, dialogs, closing.

File operations live in ``file_controller``, the window layout in ``layout_memory``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView

from briefing_app import __version__
from briefing_app.paths import AppPaths
from briefing_app.startup_settings import StartupSettings
from briefing_app.ui import services
from briefing_app.ui.controllers.archive_controller import ArchiveController
from briefing_app.ui.controllers.file_controller import FileController
from briefing_app.ui.controllers.form_controller import FormController
from briefing_app.ui.controllers.layout_memory import LayoutMemory
from briefing_app.ui.controllers.spelling_controller import SpellingController
from briefing_app.ui.dialogs.prompts import Dialogs
from briefing_app.ui.document import MeetingDocument
from briefing_app.ui.translate import tr
from briefing_app.ui.views.main_window import MainWindow
from briefing_app.ui.workers import TaskRunner
from briefing_app.workflow import warm_up

if TYPE_CHECKING:
    from briefing_app.model import Meeting
    from briefing_app.settings import Settings
    from briefing_app.ui.controllers.export_controller import ExportController
    from briefing_app.ui.controllers.settings_controller import SettingsController

log = logging.getLogger(__name__)


class MainController(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        paths: AppPaths,
        settings: Settings | Callable[[], Settings],
        startup: StartupSettings | None = None,
        language: str = "en",
        dialogs: Dialogs | None = None,
    ) -> None:
        """*settings* is the Settings, or a function reading them on first use; then
        *startup* holds the values the window shows before that (``startup_settings``)."""
        super().__init__(window)
        self.window, self.paths, self.language = window, paths, language
        if callable(settings):
            assert startup is not None, "a settings loader needs the startup values"
            self._settings: Settings | None = None
            self._load_settings = settings
        else:
            self._settings, self._load_settings = settings, None
            startup = StartupSettings.of(settings)
        self.startup = startup
        self.dialogs = dialogs or Dialogs(window)
        self.doc = MeetingDocument(parent=window)
        self.tasks = TaskRunner(window)
        # Hooks for the archive controller: how "save" works and what happens after it.
        self.save_handler: Callable[[], bool] | None = None
        self.form = FormController(
            window.form,
            self.doc,
            language=language,
            show_spans=window.source.highlight,
            show_error=self.status_error,
            tasks=self.tasks,
        )
        self.spelling = SpellingController(window, self.doc, self.tasks)
        self.archive = ArchiveController(window.archive, self)
        self.files = FileController(self)
        self._wire()
        self.layout_memory = LayoutMemory(window, paths.config)
        self.layout_memory.restore()
        self._meeting_reset()
        self.update_title()

    @property
    def settings(self) -> Settings:
        """The full settings model, read on first use when started with a loader."""
        if self._settings is None:
            assert self._load_settings is not None
            warm_up()  # not concurrently with a worker's first import of the model
            self._settings = self._load_settings()
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._settings = settings

    def finish_start(self) -> None:
        """What the window did not wait for: the full settings and the first meeting.

        Called once the window is shown; each is also made on first use, so an
        action before this runs (a file dropped at once) finds them all the same.
        """
        _ = self.settings
        self.doc.ensure_meeting()

    def finish_start_in_background(self) -> None:
        """finish_start after the slow part (pydantic's imports and validator builds) ran
        on a worker thread, so the shown window answers input meanwhile."""

        def failed(message: str) -> None:
            log.warning("warming up the model failed: %s", message)
            self.finish_start()  # the same work on this thread, with its own errors

        self.tasks.start(warm_up, lambda _result: self.finish_start(), failed, blocking=False)

    # -- wiring ---
    def _wire(self) -> None:
        w, stack = self.window, self.doc.undo_stack
        undo = stack.createUndoAction(w, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(w, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_undo, self.act_redo = undo, redo
        w.edit_menu.addActions([undo, redo])
        w.edit_menu.addSeparator()
        w.edit_menu.addActions([w.act_cut, w.act_copy, w.act_paste])
        stack.cleanChanged.connect(self.update_title)
        stack.indexChanged.connect(self.update_title)
        self.doc.meetingReset.connect(self._meeting_reset)

        w.act_new.triggered.connect(self.new_meeting)
        w.act_save.triggered.connect(self.save)
        w.act_export.triggered.connect(lambda: self.export(pdf=False))
        w.act_export_pdf.triggered.connect(lambda: self.export(pdf=True))
        w.act_settings.triggered.connect(self.edit_settings)
        w.act_new_dossier.triggered.connect(lambda: self.new_dossier())
        w.act_quit.triggered.connect(w.close)
        w.act_cut.triggered.connect(lambda: self._edit_action("cut"))
        w.act_copy.triggered.connect(lambda: self._edit_action("copy"))
        w.act_paste.triggered.connect(lambda: self._edit_action("paste"))
        w.act_add_row.triggered.connect(self._add_row_in_focus)
        w.act_remove_row.triggered.connect(self._remove_rows_in_focus)
        w.act_confirm.triggered.connect(self._confirm_in_focus)
        w.act_confirm_all.triggered.connect(self._confirm_all)
        w.act_focus_archive.triggered.connect(lambda: w.archive.search.setFocus())
        w.act_search.triggered.connect(
            lambda: (w.archive.search.setFocus(), w.archive.search.selectAll())
        )
        w.act_focus_form.triggered.connect(lambda: w.form.title.setFocus())
        w.act_focus_source.triggered.connect(lambda: w.source.setFocus())
        w.act_toggle_archive.toggled.connect(w.archive.setVisible)
        w.act_toggle_source.toggled.connect(w.source.parentWidget().setVisible)
        w.act_about.triggered.connect(self.about)
        w.source.addRequested.connect(self.add_from_source)
        w.closeRequested.connect(self.close_event)
        self.files.wire()

    # -- title and status ---
    def meeting_title(self) -> str:
        m = self.doc.shown
        return m.title or m.source.headline or tr("Untitled meeting")

    def update_title(self, *_args: object) -> None:
        self.window.setWindowTitle(f"{self.meeting_title()}[*] — Briefing Desk")
        self.window.setWindowModified(self.doc.dirty)

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def status_error(self, message: str) -> None:
        """Refused edits: a note in the status bar, no dialog to click away."""
        QApplication.beep()
        self.status(message)

    def _meeting_reset(self) -> None:
        self.window.source.set_source(self.doc.shown.source.text)
        self.update_title()

    # -- meetings in and out ---
    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the current meeting."""
        self.form.flush()
        if not self.doc.dirty:
            return True
        answer = self.dialogs.ask_save_changes(self.meeting_title())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.archive.clear_recovery()  # a discarded meeting is not offered back later
            return True
        return False

    def new_meeting(self) -> None:
        if self.maybe_save():
            from briefing_app.model import Meeting

            self.doc.load(Meeting())

    def show_meeting(self, meeting: Meeting, *, file_path: Path | None = None) -> None:
        self.doc.load(meeting, file_path=file_path)

    # The file operations under their old names: the app, tests and benchmarks use them.
    def open_paths(self, names: list[str]) -> None:
        self.files.open_paths(names)

    def import_file(self, path: Path) -> None:
        self.files.import_file(path)

    def import_clipboard(self) -> None:
        self.files.import_clipboard()

    def save_as_file(self) -> bool:
        return self.files.save_as_file()

    def save(self) -> bool:
        """Save to the archive when it is available, otherwise to a meeting file."""
        self.form.flush()
        if self.save_handler is not None:
            return self.save_handler()
        return self.save_as_file()

    def export_controller(self, *, pdf: bool = False) -> ExportController | None:
        """The export dialog with its controller, or None when export is missing."""
        if services.capability("briefing_app.export", "export_meeting") is None:
            self.status(tr("Export is not available in this build."))
            return None
        self.form.flush()
        # Loaded on first use: not needed to start the window.
        from briefing_app.ui.controllers.export_controller import ExportController
        from briefing_app.ui.dialogs.export_dialog import ExportDialog

        return ExportController(ExportDialog(self.window), self, pdf=pdf)

    def new_dossier(self, open_dialog: Callable[..., Meeting | None] | None = None) -> bool:
        """ "New briefing for…": gather a dossier from the archive, then open it here."""
        open_dialog = open_dialog or services.capability(
            "briefing_app.ui.dossier_dialog", "open_dossier_dialog"
        )
        if open_dialog is None or not self.archive.available:
            self.status(tr("Briefing dossiers need the archive, which is not available."))
            return False
        if not self.maybe_save():
            return False
        dossier = open_dialog(self.window, self.archive.archive, self.settings)
        if dossier is None:
            return False
        self.archive.refresh()
        return self.archive.show_archived(dossier.id)

    def settings_controller(self) -> SettingsController:
        from briefing_app.ui.controllers.settings_controller import SettingsController
        from briefing_app.ui.dialogs.settings_dialog import SettingsDialog

        return SettingsController(SettingsDialog(self.window), self)

    def edit_settings(self) -> None:
        controller = self.settings_controller()
        controller.view.exec()
        controller.view.deleteLater()

    def export(self, *, pdf: bool = False) -> None:
        controller = self.export_controller(pdf=pdf)
        if controller is not None:
            controller.view.exec()
            controller.view.deleteLater()

    # -- editing ---
    def add_from_source(self, kind: str, start: int, end: int, text: str) -> None:
        self.form.add_row(kind, text, (start, end))
        panel = self.window.form.tables[kind]
        if self.window.form.tabs.indexOf(panel) >= 0:
            self.window.form.tabs.setCurrentWidget(panel)

    def _edit_action(self, name: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QTableView) and name == "copy":
            rows: dict[int, dict[int, str]] = {}
            for index in widget.selectionModel().selectedIndexes():
                rows.setdefault(index.row(), {})[index.column()] = str(index.data() or "")
            text = "\n".join(
                "\t".join(cols[c] for c in sorted(cols)) for _, cols in sorted(rows.items())
            )
            QGuiApplication.clipboard().setText(text)
            return
        method = getattr(widget, name, None)
        if callable(method):
            method()

    def _add_row_in_focus(self) -> None:
        self.form.add_row(self.form.focused_list() or "attendees")

    def _remove_rows_in_focus(self) -> None:
        list_name = self.form.focused_list()
        if list_name:
            self.form.remove_selected(list_name)

    def _confirm_in_focus(self) -> None:
        list_name = self.form.focused_list()
        if list_name:
            self.form.confirm_rows(list_name)
        elif (field := self.form.focused_field()) is not None:
            self.form.confirm_field(field)

    def _confirm_all(self) -> None:
        count = self.form.confirm_all()
        self.status(tr("%1 extracted values confirmed.").replace("%1", str(count)))

    def about(self) -> None:
        self.dialogs.info(
            tr("About Briefing Desk"),
            tr(
                "<b>Briefing Desk</b> %1<br>Turns meeting reports into briefing notes and keeps "
                "an archive of every meeting. Works offline."
            ).replace("%1", __version__),
        )

    # -- closing ---
    def close_event(self, event: QCloseEvent) -> None:
        if self.tasks.busy:
            self.status(tr("Please wait until the current import or export has finished."))
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.layout_memory.save()
        self.archive.clear_recovery()
        self.archive.close()
        event.accept()
