"""Dates in the interface locale's order, always with a four-digit year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def date_format(*, weekday: bool = False) -> str:
    """The locale's short date ("dd.MM.yyyy", "dd/MM/yyyy" …), optionally with the weekday."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return f"ddd {fmt}" if weekday else fmt


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())
