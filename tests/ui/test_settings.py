"""The settings dialog saves valid values and refuses wrong ones with a sentence."""

from __future__ import annotations

import pytest

from briefing_app.settings import load_settings
from briefing_app.ui import services


def test_settings_are_saved(editor):
    _window, controller = editor
    settings_ui = controller.settings_controller()
    view = settings_ui.view
    view.author.setText("K. Weber")
    view.autosave.setValue(60)
    view.language.setCurrentIndex(view.language.findData("de"))
    assert settings_ui.accept()
    saved = load_settings(controller.paths.settings_file)
    assert (saved.author, saved.autosave_seconds, saved.interface_language) == (
        "K. Weber",
        60,
        "de",
    )
    assert controller.settings.author == "K. Weber"
    assert controller.archive.autosave_timer.interval() == 60_000


@pytest.mark.skipif(
    "export" not in services.loaded_capabilities(), reason="export is not part of this build"
)
def test_bad_file_name_pattern_is_refused(editor):
    _window, controller = editor
    settings_ui = controller.settings_controller()
    settings_ui.view.pattern.setText("{date}_{nonsense}")
    assert not settings_ui.accept()
    assert "nonsense" in settings_ui.view.note.text()
    assert not controller.paths.settings_file.exists()
