"""The window shows before the settings model and the Meeting model are loaded, and
works the same whether or not that deferred load has happened yet."""

from __future__ import annotations

import json
import logging
import textwrap
from pathlib import Path

from briefing_app.model import Meeting
from briefing_app.paths import resolve_paths, sample_report
from briefing_app.settings import Settings, save_settings
from briefing_app.ui.document import BLANK, LIST_FIELDS
from tests.fresh_python import run_python

ROOT = Path(__file__).resolve().parents[2]


def _build(qtbot, dialogs):
    from briefing_app.ui.app import build_editor

    paths = resolve_paths().ensure()
    window, controller = build_editor(paths=paths, dialogs=dialogs, open_archive=False)
    qtbot.addWidget(window)
    window.show()
    return window, controller


def _form_state(window) -> dict[str, object]:
    form = window.form
    return {
        "title": form.title.text(),
        "date": form.date.date(),
        "time": form.time.text(),
        "place": form.place.text(),
        "country": form.place_country.currentIndex(),
        "classification": form.classification.currentData(),
        "language": form.language.currentData(),
        "tags": form.tags.text(),
        "notes": form.notes.toPlainText(),
        "title_tip": form.title.toolTip(),
        "window_title": window.windowTitle(),
        "source": window.source.toPlainText(),
    }


def test_blank_is_what_an_empty_meeting_shows() -> None:
    empty = Meeting()
    for name in ("title", "date", "time", "location", "classification", "language", "notes"):
        assert getattr(BLANK, name) == getattr(empty, name), name
    assert list(BLANK.tags) == empty.tags
    assert dict(BLANK.provenance) == empty.provenance
    assert (BLANK.source.text, BLANK.source.headline) == (empty.source.text, "")
    for name in LIST_FIELDS:
        assert list(getattr(BLANK, name)) == getattr(empty, name)


def test_the_form_looks_the_same_once_the_meeting_is_made(qtbot, dialogs):
    window, controller = _build(qtbot, dialogs)
    before = _form_state(window)
    controller.finish_start()
    controller.form.fill()
    controller.update_title()
    assert _form_state(window) == before
    assert not controller.doc.dirty


def test_the_deferred_load_runs_off_the_gui_thread_then_finishes(qtbot, dialogs):
    window, controller = _build(qtbot, dialogs)
    before = _form_state(window)
    controller.finish_start_in_background()
    assert controller._settings is None  # returned at once; the work is on a worker thread
    # The window answers meanwhile: typing goes through as usual.
    window.form.title.setText("Talks in Astana")
    window.form.title.editingFinished.emit()
    qtbot.waitUntil(lambda: controller._settings is not None, timeout=20000)
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert controller.settings == Settings()
    assert controller.doc.meeting.title == "Talks in Astana"
    controller.doc.undo_stack.undo()
    assert _form_state(window) == before
    controller.doc.undo_stack.setClean()


def test_a_file_dropped_before_the_deferred_load_is_imported(qtbot, dialogs):
    window, controller = _build(qtbot, dialogs)
    # Straight after show, before finish_start ran: a report dropped on the window.
    controller.open_paths([str(sample_report())])
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert controller.doc.meeting.source.text.startswith("Foreign Minister Nino Beridze")
    assert window.source.toPlainText() == controller.doc.meeting.source.text
    controller.finish_start()  # comes later and changes nothing
    assert controller.doc.meeting.source.text.startswith("Foreign Minister Nino Beridze")
    assert window.isWindowModified()
    controller.doc.undo_stack.setClean()


def test_typing_before_the_deferred_load_is_kept(qtbot, dialogs):
    window, controller = _build(qtbot, dialogs)
    window.form.title.setText("Talks in Astana")
    window.form.title.editingFinished.emit()
    controller.finish_start()
    assert controller.doc.meeting.title == "Talks in Astana"
    assert window.form.title.text() == "Talks in Astana"
    controller.doc.undo_stack.undo()
    assert window.form.title.text() == ""
    controller.doc.undo_stack.setClean()


def test_an_added_row_before_the_deferred_load_is_kept(qtbot, dialogs):
    _window, controller = _build(qtbot, dialogs)
    controller.form.add_row("attendees", "Aibek Sarsenov")
    controller.finish_start()
    assert [p.name for p in controller.doc.meeting.attendees] == ["Aibek Sarsenov"]
    assert controller.form.models["attendees"].rowCount() == 1
    controller.doc.undo_stack.setClean()


def test_recent_files_and_language_come_from_checked_settings(qtbot, dialogs):
    paths = resolve_paths().ensure()
    recent = str(paths.data / "talks.briefing.json")
    save_settings(Settings(recent_files=[recent], autosave_seconds=90), paths.settings_file)
    window, controller = _build(qtbot, dialogs)
    assert controller._settings is None  # not read yet: the window did not wait for it
    actions = window.recent_menu.actions()
    assert [a.toolTip() for a in actions] == [recent]
    assert controller.archive.autosave_timer.interval() == 90_000
    controller.finish_start()
    assert controller.settings.recent_files == [recent]


def test_invalid_settings_are_reported_and_the_defaults_used(qtbot, dialogs, caplog):
    paths = resolve_paths().ensure()
    paths.settings_file.write_text(json.dumps({"autosave_seconds": 1}), encoding="utf-8")
    caplog.set_level(logging.WARNING, logger="briefing_app.ui.app")
    _window, controller = _build(qtbot, dialogs)
    # Read by the full model before the window, as always: the same message and defaults.
    assert "has invalid values" in caplog.text
    assert "Using the defaults for this session." in caplog.text
    assert controller._settings == Settings()
    assert controller.archive.autosave_timer.interval() == Settings().autosave_seconds * 1000


def test_the_start_path_does_not_import_pydantic(tmp_path):
    """What the window needs is read without pydantic; it loads just after the show."""
    paths = resolve_paths(tmp_path).ensure()
    save_settings(Settings(interface_language="de"), paths.settings_file)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtWidgets import QApplication
        from briefing_app.paths import resolve_paths
        from briefing_app.ui.app import build_editor

        app = QApplication([])
        window, controller = build_editor(paths=resolve_paths({str(tmp_path)!r}),
                                          open_archive=False)
        window.show()
        app.processEvents()
        print("before", "pydantic" in sys.modules, controller.language)
        controller.finish_start()
        print("after", "pydantic" in sys.modules, controller.settings.interface_language)
        """
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "before False de" in lines
    assert "after True de" in lines
