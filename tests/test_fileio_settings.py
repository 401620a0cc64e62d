from __future__ import annotations

import json
import os

import pytest

from briefing_app.errors import FileWriteError
from briefing_app.fileio import atomic_open, atomic_write_text
from briefing_app.paths import ENV_DATA_DIR, resolve_paths
from briefing_app.settings import Settings, SettingsError, load_settings, save_settings


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path) -> None:
    target = tmp_path / "note.txt"
    atomic_write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk gone")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


def test_refuses_to_overwrite_when_asked_not_to(tmp_path) -> None:
    target = tmp_path / "note.txt"
    atomic_write_text(target, "old")
    with pytest.raises(FileWriteError, match="already exists"):
        atomic_write_text(target, "new", overwrite=False)
    assert target.read_text() == "old"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_a_clear_error(tmp_path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="not writable"):
            atomic_write_text(tmp_path / "x.txt", "x")
    finally:
        tmp_path.chmod(0o700)


def test_data_dir_moves_every_folder(tmp_path, monkeypatch) -> None:
    paths = resolve_paths(tmp_path / "d")
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        assert folder.is_relative_to(tmp_path / "d")
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_paths().config.is_relative_to(tmp_path / "env")
    # The option wins over the environment variable.
    assert resolve_paths(tmp_path / "opt").data == (tmp_path / "opt").resolve()


def test_settings_round_trip_and_damaged_file(tmp_path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    settings = Settings(author="D. Price", autosave_seconds=20)
    save_settings(settings, path)
    assert load_settings(path) == settings
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="damaged"):
        load_settings(path)
    assert path.read_text() == "{not json"  # never silently replaced
    path.write_text(json.dumps({"autosave_seconds": 1}))
    with pytest.raises(SettingsError, match="autosave seconds"):
        load_settings(path)
