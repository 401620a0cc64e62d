"""Saving to and reopening from the archive, follow-ups, autosave and recovery."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent

from briefing_app.model import FollowUp
from briefing_app.ui import services

pytestmark = pytest.mark.skipif(
    services.capability("briefing_app.archive", "open_archive") is None,
    reason="the archive is not part of this build yet",
)


def _wait_idle(qtbot, controller):
    qtbot.waitUntil(lambda: controller.tasks.pool.activeThreadCount() == 0, timeout=20000)
    qtbot.wait(20)


def test_save_to_archive_and_reopen(editor, sample_meeting, qtbot):
    window, controller = editor
    assert controller.archive.available
    controller.show_meeting(sample_meeting)
    model = controller.form.models["attendees"]
    model.setData(model.index(0, 1), "Minister of Foreign Affairs")
    window.act_save.trigger()
    assert not window.isWindowModified()
    assert controller.doc.archive_revision == 1
    _wait_idle(qtbot, controller)
    listed = controller.archive.meetings
    assert listed.rowCount() == 1
    assert listed.index(0, 1).data() == "Tbilisi"
    assert listed.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(sample_meeting.title)

    controller.new_meeting()
    assert controller.doc.meeting.attendees == []
    window.archive.meetings.activated.emit(listed.index(0, 0))
    assert controller.doc.meeting.attendees[0].role == "Minister of Foreign Affairs"
    assert controller.doc.meeting.source.text == sample_meeting.source.text
    assert not window.isWindowModified()

    # A second save is the next revision of the same meeting.
    controller.form.add_row("topics", "Energy cable")
    assert controller.save()
    assert controller.doc.archive_revision == 2


def test_archive_search_filters_the_list(editor, sample_meeting, qtbot):
    window, controller = editor
    controller.show_meeting(sample_meeting)
    controller.save()
    other = sample_meeting.model_copy(deep=True, update={"id": "b" * 32, "title": "Fisheries"})
    other.location = None
    other.attendees = []
    controller.show_meeting(other)
    controller.save()
    _wait_idle(qtbot, controller)
    assert controller.archive.meetings.rowCount() == 2
    window.archive.search.setText("fisheries")
    qtbot.waitUntil(lambda: controller.archive.meetings.rowCount() == 1, timeout=5000)
    assert (
        controller.archive.meetings.index(0, 0)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Fisheries")
    )
    window.archive.search.clear()
    qtbot.waitUntil(lambda: controller.archive.meetings.rowCount() == 2, timeout=5000)


def test_overdue_follow_ups_are_highlighted(editor, sample_meeting, qtbot):
    window, controller = editor
    sample_meeting.follow_ups = [
        FollowUp(text="Send roadmap", owner="Desk", due=dt.date.today() - dt.timedelta(days=3)),
        FollowUp(text="Plan consultations", due=dt.date.today() + dt.timedelta(days=30)),
    ]
    controller.show_meeting(sample_meeting)
    controller.save()
    _wait_idle(qtbot, controller)
    follow = controller.archive.follow_ups
    assert follow.rowCount() == 2
    assert follow.index(0, 1).data() == "Send roadmap"
    assert follow.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert "Overdue" in follow.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert follow.index(1, 1).data(Qt.ItemDataRole.FontRole) is None
    assert "1" in window.archive.tabs.tabText(1)


def test_autosave_is_offered_back_after_a_crash(qtbot, sample_meeting, dialogs):
    from briefing_app.paths import resolve_paths
    from briefing_app.ui.app import build_editor

    paths = resolve_paths().ensure()
    window, controller = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window)
    controller.show_meeting(sample_meeting)
    controller.form.add_row("agreements", "Next consultations in Astana")
    controller.archive.autosave()
    _wait_idle(qtbot, controller)
    # The session "crashes": no close event, the archive is simply dropped.
    controller.archive.close()
    controller.doc.undo_stack.setClean()

    dialogs.yes_no_answers.append(True)
    window2, controller2 = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window2)
    assert controller2.archive.offer_recovery()
    assert controller2.doc.meeting.agreements[-1].text == "Next consultations in Astana"
    assert window2.isWindowModified()
    # Closing normally (discarding) clears the recovery copy: nothing is offered again.
    dialogs.save_answers.append("discard")
    controller2.close_event(QCloseEvent())
    window3, controller3 = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window3)
    assert not controller3.archive.offer_recovery()
    controller3.archive.close()


def test_follow_up_marked_done_from_the_archive(editor, sample_meeting, qtbot):
    window, controller = editor
    sample_meeting.follow_ups = [FollowUp(text="Send roadmap", due=dt.date(2020, 1, 1))]
    controller.show_meeting(sample_meeting)
    controller.save()
    _wait_idle(qtbot, controller)
    window.archive.follow_ups.setCurrentIndex(controller.archive.follow_ups.index(0, 0))
    assert controller.archive.set_status_of_current("done")
    # The open meeting shows the archive's new revision and saves without a conflict.
    assert controller.doc.meeting.follow_ups[0].status == "done"
    assert controller.doc.archive_revision == 2
    _wait_idle(qtbot, controller)
    assert controller.archive.follow_ups.rowCount() == 0  # open ones only
    controller.form.add_row("topics", "Roadmap")
    assert controller.save()
    assert controller.doc.archive_revision == 3


def test_people_register_completes_names_and_fills_details(editor, sample_meeting, qtbot):
    _window, controller = editor
    controller.show_meeting(sample_meeting)
    controller.save()
    _wait_idle(qtbot, controller)
    delegate = controller.form.table("attendees").itemDelegate()
    assert "Aibek Sarsenov" in delegate.completions["name"]

    controller.new_meeting()
    controller.form.add_row("attendees", "someone")
    model = controller.form.models["attendees"]
    assert model.setData(model.index(0, 0), "Aibek Sarsenov")
    person = controller.doc.meeting.attendees[0]
    assert (person.role, person.country) == ("Deputy Foreign Minister", "KZ")
    controller.doc.undo_stack.undo()  # one step takes back the name and the details
    assert controller.doc.meeting.attendees[0].role == ""


def test_new_briefing_dossier_opens_in_the_editor(editor, sample_meeting, qtbot):
    from briefing_app.model import Meeting

    window, controller = editor
    controller.show_meeting(sample_meeting)
    controller.save()
    seen = {}

    def dialog(parent, archive, settings):
        # Stands in for the modal "New briefing for…" dialog, which saves its dossier.
        seen["archive"] = archive
        dossier = Meeting(kind="dossier", title="Briefing: Kazakhstan", countries=["KZ"])
        archive.save(dossier)
        return dossier

    assert controller.new_dossier(open_dialog=dialog)
    assert seen["archive"] is controller.archive.archive
    assert controller.doc.meeting.kind == "dossier"
    assert controller.doc.in_archive and controller.doc.archive_revision == 1
    assert not window.isWindowModified()


def _large_archive_editor(qtbot, dialogs, monkeypatch):
    """An editor whose archive counts as large: only the structure is checked on open."""
    from briefing_app.paths import resolve_paths
    from briefing_app.ui.app import build_editor

    monkeypatch.setattr("briefing_app.archive.connection.FULL_CHECK_MAX_BYTES", 0)
    paths = resolve_paths().ensure()
    window, controller = build_editor(paths=paths, dialogs=dialogs)
    qtbot.addWidget(window)
    _wait_idle(qtbot, controller)
    return paths, controller


def test_a_large_archive_gets_its_full_check_in_the_background_once_a_week(
    qtbot, dialogs, monkeypatch
):
    from briefing_app.archive import integrity
    from briefing_app.archive.store import ArchiveCore

    calls = []
    check = ArchiveCore.check_integrity
    monkeypatch.setattr(ArchiveCore, "check_integrity", lambda self: calls.append(1) or check(self))
    paths, controller = _large_archive_editor(qtbot, dialogs, monkeypatch)
    record = paths.cache / "integrity-checks.json"
    assert calls == [1] and dialogs.errors == []
    assert integrity.last_full_check(paths.archive_file, record) is not None
    controller.archive.close()
    # The next start within the week does not read the whole file again.
    _paths, controller2 = _large_archive_editor(qtbot, dialogs, monkeypatch)
    assert calls == [1]
    controller2.archive.close()


def test_damage_found_in_the_background_is_reported_and_nothing_recorded(
    qtbot, dialogs, monkeypatch
):
    from briefing_app.archive import integrity
    from briefing_app.archive.store import ArchiveCore

    monkeypatch.setattr(
        ArchiveCore, "check_integrity", lambda self: ["row 12 missing from index meetings_date"]
    )
    paths, controller = _large_archive_editor(qtbot, dialogs, monkeypatch)
    assert len(dialogs.errors) == 1
    assert "damaged" in dialogs.errors[0] and "row 12 missing" in dialogs.errors[0]
    assert (
        integrity.last_full_check(paths.archive_file, paths.cache / "integrity-checks.json") is None
    )
    controller.archive.close()


def test_the_classification_column_shows_its_whole_title(editor, qtbot):
    window, controller = editor
    controller.archive.refresh()
    qtbot.waitUntil(lambda: controller.archive.searched, timeout=20000)
    _wait_idle(qtbot, controller)
    header = window.archive.meetings.horizontalHeader()
    title = controller.archive.meetings.headerData(3, Qt.Orientation.Horizontal)
    assert header.sectionSize(3) > header.fontMetrics().horizontalAdvance(title)
