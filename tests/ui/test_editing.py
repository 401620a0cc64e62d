"""Editing in the form: undo/redo, rows, uncertain marks, provenance, title."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from briefing_app.model import FollowUp


def _load(controller, meeting):
    controller.show_meeting(meeting)
    return controller.form.models


def test_window_shows_the_meeting_and_the_report(editor, sample_meeting):
    window, controller = editor
    models = _load(controller, sample_meeting)
    assert window.form.title.text() == sample_meeting.title
    assert window.form.place.text() == "Tbilisi"
    assert "Georgia" in window.form.place_country.currentText()
    assert models["attendees"].rowCount() == 2
    assert models["attendees"].index(1, 3).data() == "Kazakhstan"
    assert window.source.toPlainText().startswith("Foreign Minister Nino Beridze")
    assert not window.isWindowModified()


def test_edit_attendee_then_undo_and_redo(editor, sample_meeting):
    window, controller = editor
    model = _load(controller, sample_meeting)["attendees"]
    stack = controller.doc.undo_stack
    assert model.setData(model.index(1, 1), "First Deputy Foreign Minister")
    assert controller.doc.meeting.attendees[1].role == "First Deputy Foreign Minister"
    assert window.isWindowModified() and "*" in window.windowTitle().replace("[*]", "*")
    stack.undo()
    assert controller.doc.meeting.attendees[1].role == "Deputy Foreign Minister"
    assert model.index(1, 1).data() == "Deputy Foreign Minister"
    assert not window.isWindowModified()
    stack.redo()
    assert model.index(1, 1).data() == "First Deputy Foreign Minister"
    assert window.isWindowModified()


def test_country_accepts_a_name_in_the_interface_language(editor, sample_meeting):
    _window, controller = editor
    model = _load(controller, sample_meeting)["attendees"]
    assert model.setData(model.index(0, 3), "Armenia")
    assert controller.doc.meeting.attendees[0].country == "AM"


def test_invalid_cell_edit_is_refused_and_not_recorded(editor, sample_meeting):
    window, controller = editor
    model = _load(controller, sample_meeting)["attendees"]
    assert not model.setData(model.index(0, 3), "Atlantis")
    assert "country code" in window.statusBar().currentMessage()
    assert not model.setData(model.index(0, 0), "   ")
    assert "name" in window.statusBar().currentMessage()
    assert controller.doc.undo_stack.count() == 0
    assert controller.doc.meeting.attendees[0].name == "Nino Beridze"


def test_add_and_remove_rows_with_undo(editor, sample_meeting):
    _window, controller = editor
    _load(controller, sample_meeting)
    meeting, stack = controller.doc.meeting, controller.doc.undo_stack
    controller.form.add_row("follow_ups", "Send the draft roadmap")
    assert [f.text for f in meeting.follow_ups] == ["Send the draft roadmap"]
    table = controller.form.table("attendees")
    table.selectRow(0)
    controller.form.remove_selected("attendees")
    assert [p.name for p in controller.doc.meeting.attendees] == ["Aibek Sarsenov"]
    stack.undo()
    assert [p.name for p in controller.doc.meeting.attendees] == ["Nino Beridze", "Aibek Sarsenov"]
    stack.undo()
    assert controller.doc.meeting.follow_ups == []
    stack.redo()
    stack.redo()
    assert len(controller.doc.meeting.attendees) == 1
    assert len(controller.doc.meeting.follow_ups) == 1


def test_move_row_is_undoable(editor, sample_meeting):
    _window, controller = editor
    _load(controller, sample_meeting)
    controller.form.table("attendees").selectRow(1)
    controller.form.move_selected("attendees", -1)
    assert controller.doc.meeting.attendees[0].name == "Aibek Sarsenov"
    controller.doc.undo_stack.undo()
    assert controller.doc.meeting.attendees[0].name == "Nino Beridze"


def test_follow_up_due_date_and_status(editor, sample_meeting):
    _window, controller = editor
    sample_meeting.follow_ups = [FollowUp(text="Roadmap", due_text="by end of May")]
    model = _load(controller, sample_meeting)["follow_ups"]
    assert model.index(0, 2).data() == "by end of May"
    assert model.setData(model.index(0, 2), QDate(2026, 5, 30))
    assert controller.doc.meeting.follow_ups[0].due == dt.date(2026, 5, 30)
    assert model.setData(model.index(0, 3), "done")
    assert controller.doc.meeting.follow_ups[0].status == "done"


def test_uncertain_values_are_marked_until_confirmed(editor, sample_meeting):
    window, controller = editor
    model = _load(controller, sample_meeting)["attendees"]
    uncertain = model.index(1, 0)
    sure = model.index(0, 0)
    assert uncertain.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "confidence (40%)" in uncertain.data(Qt.ItemDataRole.ToolTipRole)
    assert sure.data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.form.title.property("uncertain") is True
    assert "confidence" in window.form.title.toolTip()

    assert controller.form.confirm_rows("attendees", [1]) == 1
    assert uncertain.data(Qt.ItemDataRole.BackgroundRole) is None
    controller.doc.undo_stack.undo()
    assert uncertain.data(Qt.ItemDataRole.BackgroundRole) is not None

    # Editing the value confirms it too.
    window.form.title.setText("Talks with Kazakhstan")
    window.form.title.editingFinished.emit()
    assert controller.doc.meeting.title == "Talks with Kazakhstan"
    assert window.form.title.property("uncertain") is False
    controller.doc.undo_stack.undo()
    assert window.form.title.property("uncertain") is True
    assert window.form.title.text() == sample_meeting.title


def test_selecting_a_row_highlights_its_source_sentence(editor, sample_meeting):
    window, controller = editor
    _load(controller, sample_meeting)
    table = controller.form.table("attendees")
    table.setCurrentIndex(controller.form.models["attendees"].index(1, 0))
    assert window.source.highlighted_text() == ["Aibek Sarsenov"]
    cursor = window.source.textCursor()
    assert window.source.cursorRect(cursor).intersects(window.source.viewport().rect())
    window.form.place.setFocus()
    controller.form.eventFilter(window.form.place, _focus_in())
    assert window.source.highlighted_text() == ["TBILISI"]


def _focus_in():
    from PySide6.QtGui import QFocusEvent

    return QFocusEvent(QFocusEvent.Type.FocusIn)


def test_selected_report_text_becomes_an_agreement(editor, sample_meeting):
    window, controller = editor
    _load(controller, sample_meeting)
    text = sample_meeting.source.text
    sentence = "The sides agreed to hold the next round of political consultations"
    start = text.index(sentence)
    cursor = QTextCursor(window.source.document())
    cursor.setPosition(start - 1)  # a leading newline is trimmed off
    cursor.setPosition(start + len(sentence), QTextCursor.MoveMode.KeepAnchor)
    window.source.setTextCursor(cursor)
    span = window.source.selected_span()
    assert span == (start, start + len(sentence), sentence)
    window.source.addRequested.emit("agreements", *span)
    added = controller.doc.meeting.agreements[-1]
    assert added.text == sentence
    assert added.provenance.spans[0].start == start
    assert window.form.tabs.currentWidget() is window.form.agreements
    controller.doc.undo_stack.undo()
    assert controller.doc.meeting.agreements == []


def test_field_edits_are_undoable(editor, sample_meeting):
    window, controller = editor
    _load(controller, sample_meeting)
    form = window.form
    form.date.setDate(QDate(2026, 4, 14))
    form.time.setText("10:30")
    form.time.editingFinished.emit()
    form.tags.setText("transport, energy, transport")
    form.tags.editingFinished.emit()
    m = controller.doc.meeting
    assert (m.date, m.time, m.tags) == (
        dt.date(2026, 4, 14),
        dt.time(10, 30),
        ["transport", "energy"],
    )
    stack = controller.doc.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert (m.date, m.time, m.tags) == (None, None, [])
    assert form.date.date() == form.date.minimumDate()
    assert form.time.text() == ""


def test_bad_time_is_refused_plainly(editor, sample_meeting):
    window, controller = editor
    _load(controller, sample_meeting)
    window.form.time.setText("half past")
    window.form.time.editingFinished.emit()
    assert controller.doc.meeting.time is None
    assert "14:30" in window.statusBar().currentMessage()


def test_notes_edits_are_committed_and_undoable(editor, sample_meeting, qtbot):
    window, controller = editor
    _load(controller, sample_meeting)
    window.form.notes.setPlainText("Ask about the cable financing.")
    controller.form.flush()
    assert controller.doc.meeting.notes == "Ask about the cable financing."
    controller.doc.undo_stack.undo()
    assert window.form.notes.toPlainText() == ""


def test_keyboard_adds_and_removes_rows_and_menu_undoes(editor, sample_meeting, qtbot):
    _window, controller = editor
    _load(controller, sample_meeting)
    table = controller.form.table("topics")
    table.setFocus()
    table.setCurrentIndex(controller.form.models["topics"].index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert controller.doc.meeting.topics == []
    controller.act_undo.trigger()
    assert [t.label for t in controller.doc.meeting.topics] == ["Middle Corridor"]
    controller.act_redo.trigger()
    assert controller.doc.meeting.topics == []
    assert "Remove" in controller.act_undo.text()


def test_copy_table_rows_as_text(editor, sample_meeting, qtbot):
    from PySide6.QtGui import QGuiApplication

    window, controller = editor
    _load(controller, sample_meeting)
    table = controller.form.table("attendees")
    table.setFocus()
    table.selectRow(1)
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    window.act_copy.trigger()
    assert QGuiApplication.clipboard().text() == (
        "Aibek Sarsenov\tDeputy Foreign Minister\t\tKazakhstan\tguest"
    )


def test_dropped_meeting_file_opens(editor, sample_meeting, tmp_path):
    from briefing_app.model import save_meeting

    window, controller = editor
    path = tmp_path / "talks.briefing.json"
    save_meeting(sample_meeting, path)
    window.filesDropped.emit([str(path)])
    assert controller.doc.meeting.id == sample_meeting.id
    assert controller.doc.file_path == path
