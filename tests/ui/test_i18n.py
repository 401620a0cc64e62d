"""Interface language: German and English from the settings or the system locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from briefing_app.model import FollowUp, Meeting
from briefing_app.paths import resolve_paths
from briefing_app.settings import Settings
from briefing_app.ui.i18n import choose_language, install_translators


def test_language_follows_setting_then_system_locale():
    assert choose_language("de", QLocale("en_US")) == "de"
    assert choose_language("system", QLocale("de_AT")) == "de"
    assert choose_language("system", QLocale("fr_FR")) == "en"
    assert choose_language("en", QLocale("de_DE")) == "en"


@pytest.fixture
def german(qapp):
    yield
    install_translators(qapp, "en")
    install_translators(qapp, "en")


def test_german_interface(qtbot, german, dialogs):
    from briefing_app.ui.app import build_editor

    window, controller = build_editor(
        paths=resolve_paths().ensure(), settings=Settings(interface_language="de"), dialogs=dialogs
    )
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Treffen", "&Hilfe"]
    meeting = Meeting(follow_ups=[FollowUp(text="Entwurf senden", due="2026-05-30")])
    meeting.attendees = []
    controller.show_meeting(meeting)
    model = controller.form.models["follow_ups"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Zuständig"
    assert model.index(0, 3).data() == "offen"
    assert model.index(0, 2).data() == "30.05.2026"  # German date order, four-digit year
    # Country names in the interface language.
    attendees = controller.form.models["attendees"]
    controller.form.add_row("attendees", "Aibek Sarsenov")
    attendees.setData(attendees.index(0, 3), "Kasachstan")
    assert controller.doc.meeting.attendees[0].country == "KZ"
    assert attendees.index(0, 3).data() == "Kasachstan"
    assert QApplication.translate("", "Untitled meeting") == "Unbenanntes Treffen"


def test_dates_follow_the_language_and_the_system_country():
    from briefing_app.ui.i18n import locale_for

    assert locale_for("en", QLocale("en_US")).name() == "en_US"
    assert (
        locale_for("en", QLocale("de_DE")).name() == "en_DE"
        or locale_for("en", QLocale("de_DE")).language() == QLocale.Language.English
    )
    assert locale_for("de", QLocale("en_US")).language() == QLocale.Language.German
    # Without a country (the C locale), day-before-month English.
    assert locale_for("en", QLocale.c()).name() == "en_GB"
