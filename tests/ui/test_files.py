"""Opening, importing, saving and closing."""

from __future__ import annotations

import threading

from PySide6.QtGui import QCloseEvent, QGuiApplication

from briefing_app.model import load_meeting
from briefing_app.paths import sample_report
from briefing_app.ui import services


def test_import_the_sample_off_the_gui_thread(editor, qtbot, monkeypatch):
    window, controller = editor
    threads: list[str] = []
    real = services.import_and_extract

    def spy(path, settings):
        threads.append(threading.current_thread().name)
        return real(path, settings)

    monkeypatch.setattr(services, "import_and_extract", spy)
    controller.open_paths([str(sample_report())])
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert threads and threads[0] != threading.main_thread().name
    assert not window.progress.isVisible()
    meeting = controller.doc.meeting
    assert meeting.source.text.startswith("Foreign Minister Nino Beridze")
    assert window.source.toPlainText() == meeting.source.text
    assert window.isWindowModified()
    # The import is one undo step.
    controller.doc.undo_stack.undo()
    assert controller.doc.meeting.source.text == ""
    assert window.source.toPlainText() == ""


def test_broken_report_shows_a_plain_error(editor, qtbot, tmp_path, dialogs):
    _window, controller = editor
    bad = tmp_path / "report.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage\x80\x81" * 10)
    controller.import_file(tmp_path / "missing.txt")
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert dialogs.errors and "missing.txt" in dialogs.errors[-1]
    assert "Traceback" not in dialogs.errors[-1]
    assert controller.doc.undo_stack.count() == 0


def test_import_from_clipboard(editor, qtbot):
    _window, controller = editor
    QGuiApplication.clipboard().setText("Minister met the ambassador of Chile in Berlin on Friday.")
    controller.import_clipboard()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert "ambassador of Chile" in controller.doc.meeting.source.text


def test_save_as_file_and_reopen(editor, sample_meeting, tmp_path, dialogs):
    window, controller = editor
    controller.show_meeting(sample_meeting)
    model = controller.form.models["attendees"]
    model.setData(model.index(0, 1), "Minister of Foreign Affairs")
    assert window.isWindowModified()
    target = tmp_path / "talks"
    dialogs.save_file_answers.append(target)
    assert controller.save_as_file()
    saved = tmp_path / "talks.briefing.json"
    assert not window.isWindowModified()
    assert load_meeting(saved).attendees[0].role == "Minister of Foreign Affairs"
    assert controller.settings.recent_files[0] == str(saved.resolve())
    assert window.recent_menu.actions()[0].toolTip() == str(saved.resolve())

    controller.new_meeting()
    assert controller.doc.meeting.attendees == []
    controller.open_paths([str(saved)])
    assert controller.doc.meeting.attendees[0].role == "Minister of Foreign Affairs"
    assert not window.isWindowModified()


def test_closing_with_changes_asks_and_can_be_cancelled(editor, sample_meeting, dialogs):
    _window, controller = editor
    controller.show_meeting(sample_meeting)
    controller.form.add_row("topics", "Energy cable")
    dialogs.save_answers.append("cancel")
    event = QCloseEvent()
    controller.close_event(event)
    assert not event.isAccepted()
    assert dialogs.asked_save == 1
    dialogs.save_answers.append("discard")
    event = QCloseEvent()
    controller.close_event(event)
    assert event.isAccepted()


def test_closing_unchanged_meeting_asks_nothing(editor, sample_meeting, dialogs):
    _window, controller = editor
    controller.show_meeting(sample_meeting)
    event = QCloseEvent()
    controller.close_event(event)
    assert event.isAccepted()
    assert dialogs.asked_save == 0


def test_window_layout_is_remembered(qtbot, dialogs):
    from briefing_app.paths import resolve_paths
    from briefing_app.ui.app import build_editor

    paths = resolve_paths().ensure()
    window, controller = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 560)  # fits the small offscreen screen, so geometry restores as is
    window.splitter.setSizes([150, 480, 150])
    sizes = window.splitter.sizes()
    controller.close_event(QCloseEvent())
    window2, _c2 = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window2)
    window2.show()
    assert window2.size() == window.size()
    assert window2.splitter.sizes() == sizes


def test_an_extraction_bug_opens_the_report_with_an_empty_form(editor, qtbot, dialogs, monkeypatch):
    import briefing_app.extract
    from briefing_app.extract import pipeline

    def broken(*_args, **_kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "extract_meeting", broken)
    monkeypatch.setattr(briefing_app.extract, "extract_meeting", broken)
    window, controller = editor
    controller.open_paths([str(sample_report())])
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=20000)
    assert dialogs.errors == []  # no dead end: the report is there to work from
    assert controller.doc.meeting.source.text.startswith("Foreign Minister Nino Beridze")
    assert window.source.toPlainText() == controller.doc.meeting.source.text
    assert controller.doc.meeting.attendees == []
    assert "could not be pre-filled" in window.statusBar().currentMessage()
