from __future__ import annotations

import os
from pathlib import Path

import pytest

# Widgets are tested without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user folders."""
    folder = tmp_path_factory.mktemp("briefing-data")
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(folder))
    return folder
