"""The editor's fast read of its startup settings agrees with the full Settings model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app import startup_settings
from briefing_app.settings import (
    Settings,
    SettingsError,
    load_settings,
    load_settings_checked,
    save_settings,
)
from briefing_app.startup_settings import (
    StartupSettings,
    checked_copy_path,
    read_startup_settings,
)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_defaults_are_the_models() -> None:
    assert StartupSettings() == StartupSettings.of(Settings())


def test_no_file_gives_the_defaults(settings_file: Path) -> None:
    assert read_startup_settings(settings_file) == StartupSettings()


def test_saved_settings_are_read_back_without_the_model(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings = Settings(
        interface_language="de", recent_files=["/tmp/a.briefing.json"], autosave_seconds=45
    )
    save_settings(settings, settings_file)
    fast = read_startup_settings(settings_file)
    assert fast == StartupSettings.of(load_settings(settings_file))
    assert fast == StartupSettings("de", ("/tmp/a.briefing.json",), 45)


def test_a_hand_written_file_is_read_by_the_model_first(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    # The model coerces "90" to 90; the fast read takes the model's values, not the text's.
    settings_file.write_text(json.dumps({"autosave_seconds": "90", "interface_language": "en"}))
    assert read_startup_settings(settings_file) is None
    model = load_settings_checked(settings_file)
    assert read_startup_settings(settings_file) == StartupSettings.of(model)
    assert read_startup_settings(settings_file).autosave_seconds == 90


def test_a_file_changed_after_the_check_goes_to_the_model_again(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    save_settings(Settings(interface_language="de"), settings_file)
    settings_file.write_text(json.dumps({"interface_language": "fr"}))  # edited by hand
    assert read_startup_settings(settings_file) is None
    with pytest.raises(SettingsError, match="invalid values"):
        load_settings_checked(settings_file)
    assert read_startup_settings(settings_file) is None  # still not trusted


def test_an_invalid_file_leaves_no_note(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({"autosave_seconds": 1}))
    with pytest.raises(SettingsError, match="invalid values"):
        load_settings_checked(settings_file)
    assert not checked_copy_path(settings_file).exists()
    assert read_startup_settings(settings_file) is None


def test_a_note_from_another_version_is_not_trusted(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file.parent.mkdir(parents=True)
    save_settings(Settings(interface_language="de"), settings_file)
    monkeypatch.setattr(startup_settings, "__version__", "99.0")
    assert read_startup_settings(settings_file) is None


def test_a_damaged_note_is_not_trusted(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    save_settings(Settings(interface_language="de"), settings_file)
    checked_copy_path(settings_file).write_text("{not json")
    assert read_startup_settings(settings_file) is None
