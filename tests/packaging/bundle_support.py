"""Shared helpers of the packaging tests: the bundle config module and the tool checks."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_bundle_config() -> ModuleType:
    """``packaging/briefing_bundle.py``, loaded by path (``packaging`` is not a package)."""
    if "briefing_bundle" in sys.modules:
        return sys.modules["briefing_bundle"]
    spec = importlib.util.spec_from_file_location(
        "briefing_bundle", PACKAGING / "briefing_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["briefing_bundle"] = module
    spec.loader.exec_module(module)
    return module


def tool(name: str) -> str | None:
    return shutil.which(name)
