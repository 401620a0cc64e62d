"""Icons shipped in ``resources/icons``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from briefing_app.paths import resources_dir


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "briefing-desk.svg"))
