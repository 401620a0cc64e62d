from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Widgets are tested without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No per-example deadline: on a loaded machine a slow example would fail as "flaky timing",
# and speed is measured in benchmarks/, not asserted in tests. CI (.ci/run) also fixes the
# examples, so a run on an unchanged tree gives the same answer; "hunt" searches harder.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("hunt", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user folders."""
    folder = tmp_path_factory.mktemp("briefing-data")
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(folder))
    return folder
