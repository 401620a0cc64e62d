"""Make PySide6's per-import check safe for the editor's background threads.

Once PySide6 is imported, shiboken calls ``shibokensupport.feature.feature_imported``
after every import to note whether the module mentions "PySide6" (for its opt-in
``from __feature__ import snake_case``). It does so with ``inspect.getsource``, which
probes ``module.__wrapped__``; on a module with a ``__getattr__`` that imports (pydantic's
deprecation shims do) the probe runs an import from inside the hook.

Around each call shiboken swaps ``builtins.__import__`` for the plain import, for the
whole process. With two threads importing, one thread's swap-back re-arms the hook in the
middle of the other's, and a module imported while the hook was off is probed later,
complete with its ``__getattr__``. pydantic then re-enters its own half-imported modules
and fails: "cannot import name 'import_string' from partially initialized module
'pydantic._internal._validators'". The editor imports the model on a worker thread after
its first frame, so this broke start-up now and then.

The replacement records the same answer from the module's namespace and file, so it
never triggers a module attribute hook and never imports. The editor never opts into
``__feature__``, so nothing else depends on the check.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

_MARK = b"PySide6"  # what shiboken looks for in a module's source


def _mentions_pyside(path: object) -> bool:
    """Whether the source file *path* names PySide6; False without a readable .py file,
    as shiboken answers for compiled and source-less modules."""
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return _MARK in source.read()
    except OSError:
        return False


def _make_hook(features: dict):
    def feature_imported(module: object) -> None:
        try:
            namespace = vars(module)  # the module's own dict: no __getattr__ runs
        except TypeError:
            return
        name = namespace.get("__name__")
        if isinstance(name, str) and name not in features:
            features[name] = 0 if _mentions_pyside(namespace.get("__file__")) else -1

    feature_imported.briefing_safe = True  # type: ignore[attr-defined]
    return feature_imported


def install() -> bool:
    """Replace shiboken's per-import check; True once it is in place (idempotent)."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

    feature: ModuleType | None = sys.modules.get("shibokensupport.feature")
    features = getattr(feature, "pyside_feature_dict", None)
    current = getattr(feature, "feature_imported", None)
    if feature is None or not isinstance(features, dict) or current is None:
        log.debug("PySide6 has no per-import feature check here; nothing to replace")
        return False
    if not getattr(current, "briefing_safe", False):
        feature.feature_imported = _make_hook(features)
    return True
