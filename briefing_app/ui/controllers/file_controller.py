"""File operations of the main window: open, import, save as file, recent files."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from briefing_app.errors import BriefingError
from briefing_app.model.files import MEETING_SUFFIX
from briefing_app.ui import services
from briefing_app.ui.commands import ReplaceMeetingCommand
from briefing_app.ui.translate import tr
from briefing_app.workflow import is_meeting_file

if TYPE_CHECKING:
    from briefing_app.extract.safe import Prefill
    from briefing_app.ui.controllers.main_controller import MainController

log = logging.getLogger(__name__)
MAX_RECENT = 10


class FileController(QObject):
    """Meetings and reports in and out of files; *main* owns the document and dialogs."""

    def __init__(self, main: MainController) -> None:
        super().__init__(main)
        self.main = main

    def wire(self) -> None:
        w = self.main.window
        w.act_open.triggered.connect(self.open_dialog)
        w.act_import.triggered.connect(self.import_dialog)
        w.act_import_clipboard.triggered.connect(self.import_clipboard)
        w.act_save_as.triggered.connect(self.save_as_file)
        w.filesDropped.connect(self.open_paths)
        self.refresh_recent_menu()

    # -- opening and importing ---
    def open_dialog(self) -> None:
        suffixes = " ".join(f"*{s}" for s in services.supported_suffixes())
        path = self.main.dialogs.open_file(
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
        main = self.main
        path = Path(names[0])
        if len(names) > 1:
            main.status(tr("Only the first dropped file is opened: %1").replace("%1", path.name))
        if is_meeting_file(path):
            if not main.maybe_save():
                return
            from briefing_app.model import load_meeting

            try:
                meeting = load_meeting(path)
            except BriefingError as exc:
                main.dialogs.error(exc.message)
                return
            main.show_meeting(meeting, file_path=path)
            self.remember_recent(path)
        else:
            self.import_file(path)

    def import_dialog(self) -> None:
        suffixes = " ".join(f"*{s}" for s in services.supported_suffixes())
        path = self.main.dialogs.open_file(
            tr("Import a report"), tr("Reports (%1);;All files (*)").replace("%1", suffixes)
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        settings = self.main.settings
        self._run_import(
            lambda: services.import_and_extract(path, settings),
            tr("Importing %1 …").replace("%1", path.name),
            recent=path,
        )

    def import_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.main.status(tr("The clipboard holds no text to import."))
            return
        settings = self.main.settings
        self._run_import(
            lambda: services.extract(services.read_text(text, settings)),
            tr("Importing the clipboard text …"),
        )

    def _run_import(
        self, work: Callable[[], Prefill], message: str, recent: Path | None = None
    ) -> None:
        """Import and extract on the thread pool; the result becomes one undoable step."""
        main = self.main
        main.form.flush()
        main.window.set_busy(message)

        def done(result: Prefill) -> None:
            meeting = result.meeting
            main.window.set_busy(None)
            main.doc.undo_stack.push(
                ReplaceMeetingCommand(
                    main.doc, meeting, tr("Import %1").replace("%1", meeting.source.file_name)
                )
            )
            if recent is not None:
                self.remember_recent(recent)
            if result.problem:  # an extraction bug: the report opens with an empty form
                main.status(
                    tr(
                        "The fields could not be pre-filled from this report (the error was "
                        "written to the log). The report is shown: fill in the form from it."
                    )
                )
            elif not services.extraction_available():
                main.status(
                    tr(
                        "Automatic extraction is not available in this build; "
                        "fill in the form from the report."
                    )
                )
            else:
                main.status(tr("Imported. Values marked in amber need a check."))

        def failed(text: str) -> None:
            main.window.set_busy(None)
            main.dialogs.error(text)

        main.tasks.start(work, done, failed)

    # -- saving ---
    def save_as_file(self) -> bool:
        main, doc = self.main, self.main.doc
        main.form.flush()
        suggestion = str(doc.file_path or Path.home() / f"{main.meeting_title()}{MEETING_SUFFIX}")
        path = main.dialogs.save_file(
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
            save_meeting(doc.meeting, path)
        except BriefingError as exc:
            main.dialogs.error(exc.message)
            return False
        doc.file_path = path
        doc.undo_stack.setClean()
        self.remember_recent(path)
        main.status(tr("Saved %1").replace("%1", str(path)))
        return True

    # -- recent files ---
    def _recent_files(self) -> list[str]:
        main = self.main
        if main._settings is None:  # not read yet: the same values, noted when checked
            return list(main.startup.recent_files)
        return main._settings.recent_files

    def remember_recent(self, path: Path) -> None:
        settings = self.main.settings
        entry = str(path.resolve())
        recent = [entry, *[p for p in settings.recent_files if p != entry]][:MAX_RECENT]
        settings.recent_files = recent
        from briefing_app.settings import save_settings

        try:
            save_settings(settings, self.main.paths.settings_file)
        except BriefingError as exc:
            log.warning("recent files not saved: %s", exc)
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        menu = self.main.window.recent_menu
        menu.clear()
        recent = self._recent_files()
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number % 10} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_paths([n]))
        menu.setEnabled(bool(recent))
