"""The main window: three panes in a splitter, menus, status bar (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.translate import tr
from briefing_app.ui.views.archive_view import ArchiveView
from briefing_app.ui.views.form_view import MeetingFormView
from briefing_app.ui.views.source_view import SourceView


class MainWindow(QMainWindow):
    """Emits ``closeRequested(event)`` and ``filesDropped(paths)``; the controller decides."""

    closeRequested = Signal(QCloseEvent)
    filesDropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.archive = ArchiveView()
        self.form = MeetingFormView()
        self.source = SourceView()
        source_pane = QWidget()
        source_layout = QVBoxLayout(source_pane)
        source_layout.setContentsMargins(0, 6, 6, 6)
        self.source_caption = QLabel(f"<b>{tr('Source report')}</b>")
        self.source_caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        source_layout.addWidget(self.source_caption)
        source_layout.addWidget(self.source, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.archive)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(source_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([380, 620, 440])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(tr("Working"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_actions()
        self._build_menus()

    def _action(
        self, text: str, shortcut: QKeySequence | str | None = None, icon: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(tr("&New"), K.New, "document-new")
        self.act_open = self._action(tr("&Open…"), K.Open, "document-open")
        self.act_import = self._action(tr("&Import report…"), "Ctrl+I", "document-import")
        self.act_import_clipboard = self._action(tr("Import from &clipboard"), "Ctrl+Shift+V")
        self.act_save = self._action(tr("&Save to archive"), K.Save, "document-save")
        self.act_save_as = self._action(tr("Save as &file…"), K.SaveAs, "document-save-as")
        self.act_export = self._action(tr("&Export…"), "Ctrl+E", "document-export")
        self.act_export_pdf = self._action(tr("Export as &PDF…"), "Ctrl+Shift+E")
        self.act_settings = self._action(tr("Se&ttings…"), K.Preferences, "preferences-system")
        self.act_quit = self._action(tr("&Quit"), K.Quit, "application-exit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_cut = self._action(tr("Cu&t"), K.Cut, "edit-cut")
        self.act_copy = self._action(tr("&Copy"), K.Copy, "edit-copy")
        self.act_paste = self._action(tr("&Paste"), K.Paste, "edit-paste")
        self.act_add_row = self._action(tr("&Add row"), "Ctrl+Ins")
        self.act_remove_row = self._action(tr("&Remove selected rows"), "Ctrl+Del")
        self.act_confirm = self._action(tr("&Confirm selected value"), "Ctrl+Return")
        self.act_confirm_all = self._action(tr("Confirm &all extracted values"))
        self.act_new_dossier = self._action(tr("New &briefing dossier…"), "Ctrl+Shift+N")
        self.act_focus_archive = self._action(tr("&Archive"), "Ctrl+1")
        self.act_focus_form = self._action(tr("&Meeting form"), "Ctrl+2")
        self.act_focus_source = self._action(tr("&Source report"), "Ctrl+3")
        self.act_search = self._action(tr("&Find in archive"), K.Find)
        self.act_toggle_archive = self._action(tr("Show a&rchive pane"))
        self.act_toggle_archive.setCheckable(True)
        self.act_toggle_archive.setChecked(True)
        self.act_toggle_source = self._action(tr("Show s&ource pane"))
        self.act_toggle_source.setCheckable(True)
        self.act_toggle_source.setChecked(True)
        self.act_about = self._action(tr("&About Briefing Desk"))
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = QMenu(tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_import_clipboard])
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.act_export, self.act_export_pdf])
        file_menu.addSeparator()
        file_menu.addActions([self.act_settings, self.act_quit])
        self.edit_menu = bar.addMenu(tr("&Edit"))
        self.view_menu = bar.addMenu(tr("&View"))
        self.view_menu.addActions(
            [self.act_focus_archive, self.act_focus_form, self.act_focus_source, self.act_search]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_toggle_archive, self.act_toggle_source])
        meeting_menu = bar.addMenu(tr("&Meeting"))
        meeting_menu.addActions([self.act_add_row, self.act_remove_row])
        meeting_menu.addSeparator()
        meeting_menu.addActions([self.act_confirm, self.act_confirm_all])
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.act_new_dossier)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.act_about)

    def set_busy(self, message: str | None) -> None:
        """Show the progress indicator with *message*, or hide it with ``None``."""
        self.progress.setVisible(message is not None)
        if message is not None:
            self.statusBar().showMessage(message)
        else:
            self.statusBar().clearMessage()

    # -- events forwarded to the controller ----------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.closeRequested.emit(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
