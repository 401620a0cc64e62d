"""PySide6's per-import check is replaced before any worker thread starts.

shiboken's own check probes ``module.__wrapped__`` and, when another thread re-arms its
hook mid-call, runs pydantic's import-on-getattr shims inside a half-finished import. The
scripts below stage that interleaving in one thread, deterministically: a module imported
while the hook is off (another thread inside it), then probed by the next hook call with
the hook armed again (that thread has returned).
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from tests.fresh_python import run_python

RACE = """
import builtins, sys
{setup}
import PySide6.QtCore
armed = builtins.__import__
builtins.__import__ = builtins.__orig_import__  # another thread is inside shiboken's hook
import pydantic
builtins.__import__ = armed                     # ... and has returned
feature = sys.modules["shibokensupport.feature"]
feature.feature_imported(sys.modules["pydantic.errors"])  # the next import's check
from pydantic import BaseModel

class Note(BaseModel):
    title: str

print("MODEL", Note(title="Tbilisi").title, feature.pyside_feature_dict["pydantic.errors"])
"""


def test_the_editor_survives_a_model_import_interleaved_with_the_hook():
    result = run_python(RACE.format(setup="import briefing_app.ui"))
    assert "MODEL Tbilisi -1" in result.stdout, result.stderr[-3000:]


def test_the_staged_interleaving_breaks_shibokens_own_check():
    # The control: without the replacement the same script fails as CI once did.
    result = run_python(RACE.format(setup=""))
    assert result.returncode != 0
    assert "partially initialized module 'pydantic" in result.stderr


def test_the_check_never_runs_a_module_getattr():
    import briefing_app.ui  # noqa: F401  (installs the replacement)

    feature = sys.modules["shibokensupport.feature"]
    probes: list[str] = []
    module = types.ModuleType("briefing_test_lazy_module")

    def lazy(name: str):
        probes.append(name)
        raise ImportError("a lazy attribute imported during the check")

    module.__getattr__ = lazy  # type: ignore[method-assign]
    feature.feature_imported(module)
    assert probes == []
    assert feature.pyside_feature_dict.pop("briefing_test_lazy_module") == -1


def test_the_check_gives_shibokens_answer(tmp_path: Path):
    import briefing_app.ui  # noqa: F401

    feature = sys.modules["shibokensupport.feature"]
    answers = {}
    for name, text in (("uses_qt", "from PySide6.QtCore import QObject\n"), ("plain", "x = 1\n")):
        path = tmp_path / f"{name}.py"
        path.write_text(text, encoding="utf-8")
        module = types.ModuleType(f"briefing_test_{name}")
        module.__file__ = str(path)
        feature.feature_imported(module)
        answers[name] = feature.pyside_feature_dict.pop(module.__name__)
    assert answers == {"uses_qt": 0, "plain": -1}  # 0: uses PySide, -1: ignored
