"""The main window's logic: files, import, undo/redo, title, closing, layout memory."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView

from briefing_app import __version__
from briefing_app.errors import BriefingError
from briefing_app.model.files import MEETING_SUFFIX
from briefing_app.paths import AppPaths
from briefing_app.startup_settings import StartupSettings
from briefing_app.ui import services
from briefing_app.ui.commands import ReplaceMeetingCommand
from briefing_app.ui.controllers.archive_controller import ArchiveController
from briefing_app.ui.controllers.form_controller import FormController
from briefing_app.ui.controllers.spelling_controller import SpellingController
from briefing_app.ui.dialogs.prompts import Dialogs
from briefing_app.ui.document import MeetingDocument
from briefing_app.ui.translate import tr
from briefing_app.ui.views.main_window import MainWindow
from briefing_app.ui.workers import TaskRunner
from briefing_app.workflow import is_meeting_file, warm_up

if TYPE_CHECKING:
    from briefing_app.model import Meeting
    from briefing_app.settings import Settings
    from briefing_app.ui.controllers.export_controller import ExportController
    from briefing_app.ui.controllers.settings_controller import SettingsController

log = logging.getLogger(__name__)
MAX_RECENT = 10


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
        self._wire()
        self._layout_settings = QSettings(
            str(paths.config / "window.ini"), QSettings.Format.IniFormat
        )
        self.restore_layout()
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

    def _recent_files(self) -> list[str]:
        if self._settings is None:  # not read yet: the same values, noted when checked
            return list(self.startup.recent_files)
        return self._settings.recent_files

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
        w.act_open.triggered.connect(self.open_dialog)
        w.act_import.triggered.connect(self.import_dialog)
        w.act_import_clipboard.triggered.connect(self.import_clipboard)
        w.act_save_as.triggered.connect(self.save_as_file)
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
        w.filesDropped.connect(self.open_paths)
        w.closeRequested.connect(self.close_event)
        self.refresh_recent_menu()

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

    def open_dialog(self) -> None:
        suffixes = " ".join(f"*{s}" for s in services.supported_suffixes())
        path = self.dialogs.open_file(
            tr("Open a meeting or report"),
            tr("Meetings and reports (*%1 *.json %2);;All files (*)")
            .replace("%1", MEETING_SUFFIX)
            .replace("%2", suffixes),
        )
        if path is not None:
            self.open_paths([str(path)])

    def open_paths(self, names: list[str]) -> None:
        """Open a meeting file, or import a report (the first of several dropped files)."""
        if not names:
            return
        path = Path(names[0])
        if len(names) > 1:
            self.status(tr("Only the first dropped file is opened: %1").replace("%1", path.name))
        if is_meeting_file(path):
            if not self.maybe_save():
                return
            from briefing_app.model import load_meeting

            try:
                meeting = load_meeting(path)
            except BriefingError as exc:
                self.dialogs.error(exc.message)
                return
            self.show_meeting(meeting, file_path=path)
            self.remember_recent(path)
        else:
            self.import_file(path)

    def import_dialog(self) -> None:
        suffixes = " ".join(f"*{s}" for s in services.supported_suffixes())
        path = self.dialogs.open_file(
            tr("Import a report"), tr("Reports (%1);;All files (*)").replace("%1", suffixes)
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        settings = self.settings
        self._run_import(
            lambda: services.import_and_extract(path, settings),
            tr("Importing %1 …").replace("%1", path.name),
            recent=path,
        )

    def import_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.status(tr("The clipboard holds no text to import."))
            return
        settings = self.settings
        self._run_import(
            lambda: services.extract(services.read_text(text, settings)),
            tr("Importing the clipboard text …"),
        )

    def _run_import(
        self, work: Callable[[], Meeting], message: str, recent: Path | None = None
    ) -> None:
        """Import and extract on the thread pool; the result becomes one undoable step."""
        self.form.flush()
        self.window.set_busy(message)

        def done(meeting: Meeting) -> None:
            self.window.set_busy(None)
            self.doc.undo_stack.push(
                ReplaceMeetingCommand(
                    self.doc, meeting, tr("Import %1").replace("%1", meeting.source.file_name)
                )
            )
            if recent is not None:
                self.remember_recent(recent)
            if not services.extraction_available():
                self.status(
                    tr(
                        "Automatic extraction is not available in this build; "
                        "fill in the form from the report."
                    )
                )
            else:
                self.status(tr("Imported. Values marked in amber need a check."))

        def failed(text: str) -> None:
            self.window.set_busy(None)
            self.dialogs.error(text)

        self.tasks.start(work, done, failed)

    def save(self) -> bool:
        """Save to the archive when it is available, otherwise to a meeting file."""
        self.form.flush()
        if self.save_handler is not None:
            return self.save_handler()
        return self.save_as_file()

    def save_as_file(self) -> bool:
        self.form.flush()
        suggestion = str(
            self.doc.file_path or Path.home() / f"{self.meeting_title()}{MEETING_SUFFIX}"
        )
        path = self.dialogs.save_file(
            tr("Save meeting as file"),
            tr("Meeting files (*%1)").replace("%1", MEETING_SUFFIX),
            suggestion,
        )
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + MEETING_SUFFIX)
        from briefing_app.model import save_meeting

        try:
            save_meeting(self.doc.meeting, path)
        except BriefingError as exc:
            self.dialogs.error(exc.message)
            return False
        self.doc.file_path = path
        self.doc.undo_stack.setClean()
        self.remember_recent(path)
        self.status(tr("Saved %1").replace("%1", str(path)))
        return True

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

    # -- recent files ---
    def remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry, *[p for p in self.settings.recent_files if p != entry]][:MAX_RECENT]
        self.settings.recent_files = recent
        from briefing_app.settings import save_settings

        try:
            save_settings(self.settings, self.paths.settings_file)
        except BriefingError as exc:
            log.warning("recent files not saved: %s", exc)
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = self._recent_files()
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number % 10} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_paths([n]))
        menu.setEnabled(bool(recent))

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

    # -- layout memory and closing ---
    def restore_layout(self) -> None:
        s = self._layout_settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1440, 880)
        for key, splitter in self._splitters().items():
            state = s.value(f"window/{key}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self) -> None:
        s = self._layout_settings
        s.setValue("window/geometry", self.window.saveGeometry())
        for key, splitter in self._splitters().items():
            s.setValue(f"window/{key}", splitter.saveState())
        s.sync()

    def _splitters(self) -> dict[str, Any]:
        return {"main": self.window.splitter, "form": self.window.form.splitter}

    def close_event(self, event: QCloseEvent) -> None:
        if self.tasks.busy:
            self.status(tr("Please wait until the current import or export has finished."))
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.archive.clear_recovery()
        self.archive.close()
        event.accept()
