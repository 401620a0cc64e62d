"""Export through the export dialog's controller (the dialog is never shown modally)."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile

import pytest

from briefing_app.ui import services

pytestmark = pytest.mark.skipif(
    services.capability("briefing_app.export", "export_meeting") is None,
    reason="export is not part of this build yet",
)


def test_export_dialog_previews_and_writes_the_note(editor, sample_meeting, qtbot, tmp_path):
    _window, controller = editor
    sample_meeting.date = dt.date(2026, 4, 14)
    controller.show_meeting(sample_meeting)
    export = controller.export_controller()
    opened = []
    export.open_file = opened.append
    qtbot.addWidget(export.view)
    names = [info.name for info in export.infos]
    assert "briefing-note-en" in names
    assert export.info.name == controller.settings.default_template
    # The output name follows the naming pattern.
    suggested = export.view.output.text()
    assert suggested.endswith(".docx") and "2026-04-14" in suggested

    qtbot.waitUntil(lambda: getattr(export, "preview_ready", False), timeout=60000)
    if shutil.which("soffice") and shutil.which("pdftoppm"):
        assert export.view.preview_layout.count() >= 1  # page images
    else:
        assert "Sarsenov" in export.view.preview_text.toPlainText()

    target = tmp_path / "note.docx"
    export.view.output.setText(str(target))
    export.view.open_after.setChecked(True)
    export.export()
    qtbot.waitUntil(lambda: export.result is not None, timeout=60000)
    assert target.exists()
    with zipfile.ZipFile(target) as docx:
        assert "Sarsenov" in docx.read("word/document.xml").decode("utf-8")
    assert opened == [target]
    assert controller.settings.open_after_export is True


def test_export_refuses_to_overwrite_without_asking(
    editor, sample_meeting, qtbot, tmp_path, dialogs
):
    _window, controller = editor
    controller.show_meeting(sample_meeting)
    export = controller.export_controller()
    qtbot.addWidget(export.view)
    target = tmp_path / "note.docx"
    target.write_bytes(b"keep me")
    export.view.output.setText(str(target))
    dialogs.yes_no_answers.append(False)
    export.export()
    assert target.read_bytes() == b"keep me"
    assert export.result is None
    qtbot.waitUntil(lambda: controller.tasks.pool.activeThreadCount() == 0, timeout=60000)
