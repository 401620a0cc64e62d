"""Export: fills the export dialog, renders the preview and writes the note off the GUI thread."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QLabel, QTableWidgetItem

from briefing_app.errors import BriefingError
from briefing_app.settings import save_settings
from briefing_app.ui.dialogs.export_dialog import ExportDialog
from briefing_app.ui.translate import tr

if TYPE_CHECKING:
    from briefing_app.ui.controllers.main_controller import MainController

log = logging.getLogger(__name__)
PREVIEW_DPI = 60
PREVIEW_PAGES = 3


def render_preview(meeting: Any, info: Any, settings: Any) -> tuple[list[bytes], str]:
    """PNG pages of the note as it prints (LibreOffice + pdftoppm), else its plain text."""
    from briefing_app.export import PdfUnavailableError, convert_to_pdf, render_docx_bytes
    from briefing_app.workflow import template_extra

    data = render_docx_bytes(meeting, info, settings=settings, extra=template_extra(meeting))
    with tempfile.TemporaryDirectory(prefix="briefing-preview-") as folder:
        docx = Path(folder) / "preview.docx"
        docx.write_bytes(data)
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm:
            try:
                pdf = convert_to_pdf(docx, Path(folder))
                subprocess.run(
                    [
                        pdftoppm,
                        "-png",
                        "-r",
                        str(PREVIEW_DPI),
                        "-l",
                        str(PREVIEW_PAGES),
                        str(pdf),
                        str(Path(folder) / "page"),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=60,
                )
                pages = sorted(Path(folder).glob("page*.png"))
                if pages:
                    return [p.read_bytes() for p in pages], ""
            except (PdfUnavailableError, subprocess.SubprocessError, OSError) as exc:
                log.info("print preview unavailable (%s); showing the text", exc)
        import docx as python_docx

        document = python_docx.Document(str(docx))
        return [], "\n".join(p.text for p in document.paragraphs)


class ExportController(QObject):
    def __init__(
        self,
        view: ExportDialog,
        main: MainController,
        *,
        pdf: bool = False,
        open_file: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.main = view, main
        self.meeting = main.doc.meeting.model_copy(deep=True)
        self.open_file = open_file or (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        )
        self.infos: list[Any] = []
        self._previews: dict[str, tuple[list[bytes], str]] = {}
        self._layout = QSettings(str(main.paths.config / "window.ini"), QSettings.Format.IniFormat)
        self.result: Any = None
        view.pdf.setChecked(pdf)
        view.open_after.setChecked(main.settings.open_after_export)
        view.templates.currentCellChanged.connect(lambda row, *_: self._template_chosen(row))
        view.templates.cellDoubleClicked.connect(lambda *_: self.export())
        view.export_button.clicked.connect(self.export)
        view.browse.clicked.connect(self._browse)
        self._fill()

    # -- templates -----------------------------------------------------------------------
    def _fill(self) -> None:
        from briefing_app.export import list_templates

        try:
            infos = list_templates(self.main.paths)
        except BriefingError as exc:
            self.view.status.setText(exc.message)
            infos = []
        kind = "dossier" if self.meeting.kind == "dossier" else "note"
        self.infos = [i for i in infos if i.kind == kind] or infos
        table = self.view.templates
        table.setRowCount(len(self.infos))
        chosen = 0
        for row, info in enumerate(self.infos):
            cells = [info.display_name, info.language, info.description]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.problem or f"{info.name} — {info.path}")
                if info.problem:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, col, item)
            if info.name == self.main.settings.default_template:
                chosen = row
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, min(table.columnWidth(0), 190))
        table.resizeRowsToContents()
        if self.infos:
            table.setCurrentCell(chosen, 0)

    @property
    def info(self) -> Any | None:
        row = self.view.templates.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def select(self, name: str) -> None:
        for row, info in enumerate(self.infos):
            if info.name == name:
                self.view.templates.setCurrentCell(row, 0)

    def _template_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        self._suggest_output(info)
        self._show_preview(info)

    def _suggest_output(self, info: Any) -> None:
        from briefing_app.export import suggest_filename

        current = self.view.output.text().strip()
        folder = Path(current).parent if current else self._default_folder()
        try:
            name = suggest_filename(self.meeting, info, self.main.settings.filename_pattern)
        except BriefingError as exc:
            self.view.status.setText(exc.message)
            name = f"{info.name}.docx"
        self.view.output.setText(str(folder / name))

    def _default_folder(self) -> Path:
        saved = self._layout.value("export/folder")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    # -- preview -----------------------------------------------------------------------------
    def _show_preview(self, info: Any) -> None:
        if info.problem:
            self._set_preview([], info.problem)
            return
        if info.name in self._previews:
            self._set_preview(*self._previews[info.name])
            return
        self.view.preview_status.setText(tr("Preparing the preview …"))
        meeting, settings = self.meeting, self.main.settings

        def done(result: tuple[list[bytes], str]) -> None:
            self._previews[info.name] = result
            if self.info is info:
                self._set_preview(*result)

        self.main.tasks.start(
            lambda: render_preview(meeting, info, settings),
            done,
            lambda message: self._set_preview([], message),
            blocking=False,
        )

    def _set_preview(self, pages: list[bytes], text: str) -> None:
        layout = self.view.preview_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for data in pages:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            page = QLabel()
            page.setPixmap(pixmap)
            page.setStyleSheet("border: 1px solid #999; background: white;")
            layout.addWidget(page)
        self.view.preview_scroll.setVisible(bool(pages))
        self.view.preview_text.setVisible(not pages)
        self.view.preview_text.setPlainText(text)
        self.view.preview_status.setText("" if pages else tr("Text of the note:"))
        self.preview_ready = True

    # -- export --------------------------------------------------------------------------------
    def _browse(self) -> None:
        path = self.main.dialogs.save_file(
            tr("Export to"), tr("Word documents (*.docx)"), self.view.output.text()
        )
        if path is not None:
            self.view.output.setText(str(path))

    def export(self) -> None:
        info = self.info
        if info is None or info.problem:
            self.view.status.setText(tr("Choose a template that can be used."))
            return
        from briefing_app.export import export_meeting
        from briefing_app.workflow import template_extra

        output = Path(self.view.output.text().strip()).expanduser()
        if output.suffix.lower() != ".docx":
            output = output.with_name(output.name + ".docx")
        pdf = self.view.pdf.isChecked()
        existing = [
            p for p in (output, output.with_suffix(".pdf") if pdf else None) if p and p.exists()
        ]
        force = False
        if existing:
            force = self.main.dialogs.ask_yes_no(
                tr("Replace file"),
                tr("%1 exists already. Replace it?").replace("%1", existing[0].name),
            )
            if not force:
                return
        meeting, paths, settings = self.meeting, self.main.paths, self.main.settings
        self.view.export_button.setEnabled(False)
        self.view.status.setText(tr("Exporting …"))
        self.main.window.set_busy(tr("Exporting %1 …").replace("%1", output.name))

        def work() -> Any:
            return export_meeting(
                meeting,
                template=info.name,
                output=output,
                paths=paths,
                settings=settings,
                force=force,
                pdf=pdf,
                extra=template_extra(meeting),
            )

        self.main.tasks.start(work, self._exported, self._failed)

    def _exported(self, result: Any) -> None:
        self.result = result
        self.main.window.set_busy(None)
        settings = self.main.settings
        settings.open_after_export = self.view.open_after.isChecked()
        try:
            save_settings(settings, self.main.paths.settings_file)
        except BriefingError as exc:
            log.warning("settings not saved: %s", exc)
        self._layout.setValue("export/folder", str(result.docx.parent))
        self._layout.sync()
        self.main.status(tr("Exported %1").replace("%1", str(result.pdf or result.docx)))
        if settings.open_after_export:
            self.open_file(result.pdf or result.docx)
        self.view.accept()

    def _failed(self, message: str) -> None:
        self.main.window.set_busy(None)
        self.view.export_button.setEnabled(True)
        self.view.status.setText("")
        self.main.dialogs.error(message)
