"""The one translation function of the interface.

All strings share the empty context, which is what ``pyside6-lupdate`` records
for a plain ``tr("…")`` call, so the standard Qt tools keep the catalogues
(``resources/i18n/*.ts``) up to date.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("", text, disambiguation)
