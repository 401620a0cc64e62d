from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from briefing_app.archive import open_archive
from briefing_app.dossier import from_meeting
from briefing_app.settings import Settings
from briefing_app.ui.dossier_controller import parse_country_choice
from briefing_app.ui.dossier_dialog import DossierDialog
from tests.dossier.meetings import TODAY, all_meetings


@pytest.fixture
def archive(tmp_path):
    with open_archive(tmp_path / "archive.sqlite3") as archive:
        with archive.bulk():
            for meeting in all_meetings():
                archive.save(meeting)
        yield archive


@pytest.fixture
def dialog(qtbot, archive, monkeypatch):
    # A message box would block the offscreen test; record what it would have said.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    dialog = DossierDialog(archive, Settings(), today=TODAY)
    dialog.shown = shown
    qtbot.addWidget(dialog)
    return dialog


def gather_kz(dialog):
    dialog.country.setCurrentText("KZ – Kazakhstan")
    dialog.gather_button.click()


def timeline_ids(dialog):
    return [
        dialog.timeline.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.timeline.count())
        if dialog.timeline.item(i).checkState() == Qt.CheckState.Checked
    ]


def test_nothing_can_be_saved_before_gathering(dialog):
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.timeline.count() == 0


def test_gathering_shows_the_meetings_items_and_minimum_marking(dialog):
    gather_kz(dialog)
    ids = timeline_ids(dialog)
    assert ids[0] == "kz-2025-later" and "de-minutes-001" in ids
    assert dialog.open_items.topLevelItem(0).text(0) == "Send the draft roadmap on rare earths."
    assert "overdue" in dialog.open_items.topLevelItem(0).text(2)
    assert dialog.tabs.tabText(2).startswith("Recurring topics (")
    assert dialog.classification.currentText() == "VS – VERTRAULICH"
    assert not dialog.warning.isVisible()


def test_lowering_the_marking_shows_the_warning_and_asks_before_saving(dialog, monkeypatch):
    gather_kz(dialog)
    dialog.show()
    dialog.classification.setCurrentText("OFFICIAL")
    assert dialog.warning.isVisible()
    assert "VS – VERTRAULICH" in dialog.warning.text()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_lowering", lambda w: asked.append(w) or False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert asked and dialog.saved is None  # the officer said no: nothing saved
    dialog.classification.setCurrentText("GEHEIM")
    assert not dialog.warning.isVisible()


def test_leaving_out_the_classified_meeting_lowers_the_minimum(dialog):
    gather_kz(dialog)
    assert f"{len(timeline_ids(dialog))} earlier meetings" in dialog.background.toPlainText()
    dialog.show()
    row = timeline_ids(dialog).index("kz-2024-astana")
    dialog.timeline.setCurrentRow(row)
    dialog.drop_button.click()
    assert "kz-2024-astana" not in timeline_ids(dialog)
    texts = [
        dialog.open_items.topLevelItem(i).text(0)
        for i in range(dialog.open_items.topLevelItemCount())
    ]
    assert "Send the draft roadmap on rare earths." not in texts
    assert "OFFICIAL" in dialog.minimum_label.text()
    kept = len(timeline_ids(dialog))
    assert f"{kept} earlier meetings" in dialog.background.toPlainText()  # the count follows
    dialog.classification.setCurrentText("OFFICIAL")
    assert not dialog.warning.isVisible()


def test_reorder_edit_and_save_returns_the_dossier_meeting(dialog, archive):
    gather_kz(dialog)
    before = timeline_ids(dialog)
    dialog.timeline.setCurrentRow(2)
    dialog.up_button.click()
    after = timeline_ids(dialog)
    assert after[1] == before[2] and after[2] == before[1]
    assert dialog.timeline.currentRow() == 1  # the moved meeting stays selected
    dialog.purpose.setText("")
    dialog.purpose.textEdited.emit("Visit of FM Nurlanuly, 12 June")
    dialog.talking_points.setPlainText("Welcome the memorandum\n\n- Ask about Aktau")
    dialog.meeting_dated.setChecked(True)
    dialog.meeting_date.setDate(QDate(2025, 6, 12))
    dialog.meeting_place.setText("Berlin")
    dialog.meeting_place.textEdited.emit("Berlin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    meeting = dialog.saved
    assert meeting.kind == "dossier"
    stored = from_meeting(archive.get(meeting.id))
    assert stored.talking_points == ["Welcome the memorandum", "Ask about Aktau"]
    assert stored.purpose == "Visit of FM Nurlanuly, 12 June"
    assert stored.timeline_ids() == after
    assert meeting.date == dt.date(2025, 6, 12) and meeting.location.name == "Berlin"


def test_person_with_a_spelling_from_another_language(dialog):
    dialog.subject_kind.setCurrentIndex(1)
    completions = dialog.person.completer().model()
    names = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "Сергей Лавров" in names and "Sergej Lawrow" in names  # from the people register
    dialog.person.setText("Лавров")
    assert dialog.gather()
    assert set(timeline_ids(dialog)) == {"de-news-002", "de-news-003", "ru-news-002", "fr-lavrov"}


def test_bad_subject_is_reported_not_raised(dialog):
    dialog.country.setCurrentText("Atlantis")
    assert not dialog.gather()
    assert "Atlantis" in dialog.shown[-1]


def test_country_is_understood_by_code_or_name():
    assert parse_country_choice("KZ – Kazakhstan", "en") == "KZ"
    assert parse_country_choice("kz", "en") == "KZ"
    assert parse_country_choice("Kasachstan", "de") == "KZ"
    assert parse_country_choice("Council of Europe", "en") == "COE"


def test_german_interface_prepares_a_german_dossier(qtbot, archive):
    dialog = DossierDialog(archive, Settings(interface_language="de"), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    dialog.country.setCurrentText("Kasachstan")
    assert dialog.gather()
    assert dialog.controller.template == "dossier-de"
    assert dialog.background.toPlainText().startswith("Das Archiv enthält")
