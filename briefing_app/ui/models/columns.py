"""Column definitions for the meeting's tables: how a cell shows, edits and validates.

Kept apart from the Qt model so the tables can be changed by editing one list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale

from briefing_app import model  # names load on first use: the model is no start-up import
from briefing_app.ui.countries import country_label, parse_country
from briefing_app.ui.dates import date_format, date_text
from briefing_app.ui.translate import tr


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the item
    header: Callable[[], str]  # translated lazily, after the translator is installed
    display: Callable[[Any, str], str] | None = None  # (value, language) -> text
    parse: Callable[[Any, str], Any] | None = None  # (edited value, language) -> model value
    kind: str = "text"  # text | country | choice | date | list
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (value, label)
    fallback: str = ""  # attribute shown when the value is empty (a due date as written)

    def show(self, item: Any, language: str) -> str:
        value = getattr(item, self.key)
        if value is None and self.fallback:
            return str(getattr(item, self.fallback) or "")
        if self.display is not None:
            return self.display(value, language)
        return "" if value is None else str(value)

    def to_model(self, value: Any, language: str) -> Any:
        return self.parse(value, language) if self.parse is not None else value


def side_choices() -> list[tuple[str, str]]:
    side = model.Side
    return [(side.HOST, tr("host")), (side.GUEST, tr("guest")), (side.OTHER, tr("other"))]


def kind_choices() -> list[tuple[str, str]]:
    kind = model.AgreementKind
    return [(kind.AGREED, tr("agreed")), (kind.SIGNED, tr("signed")), (kind.DECIDED, tr("decided"))]


def status_choices() -> list[tuple[str, str]]:
    status = model.FollowUpStatus
    return [(status.OPEN, tr("open")), (status.DONE, tr("done")), (status.DROPPED, tr("dropped"))]


def _choice_label(choices: Callable[[], list[tuple[str, str]]]) -> Callable[[Any, str], str]:
    return lambda value, _lang: dict(choices()).get(value, str(value or ""))


def _show_date(value: dt.date | None, _lang: str) -> str:
    return date_text(value)


def _parse_date(value: Any, _lang: str) -> dt.date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, dt.date) or value is None:
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in (date_format(), QLocale().dateFormat(QLocale.FormatType.ShortFormat)):
        parsed = QLocale().toDate(text, fmt)
        if parsed.isValid():
            return parsed.toPython()
    return dt.date.fromisoformat(text)


def _show_list(value: list[str], _lang: str) -> str:
    return ", ".join(value)


def _parse_list(value: Any, _lang: str) -> list[str]:
    return [part.strip() for part in str(value).split(",") if part.strip()]


_PERSON = [
    Column("name", lambda: tr("Name")),
    Column("role", lambda: tr("Role")),
    Column("organization", lambda: tr("Organisation")),
    Column("country", lambda: tr("Country"), country_label, parse_country, "country"),
    Column("side", lambda: tr("Side"), _choice_label(side_choices), None, "choice", side_choices),
]

COLUMNS: dict[str, list[Column]] = {
    "attendees": _PERSON,
    "mentioned": _PERSON[:4],
    "topics": [
        Column("label", lambda: tr("Topic")),
        Column("summary", lambda: tr("Summary")),
        Column("keywords", lambda: tr("Keywords"), _show_list, _parse_list, "list"),
    ],
    "agreements": [
        Column("text", lambda: tr("Agreement")),
        Column(
            "kind", lambda: tr("Kind"), _choice_label(kind_choices), None, "choice", kind_choices
        ),
    ],
    "follow_ups": [
        Column("text", lambda: tr("Follow-up")),
        Column("owner", lambda: tr("Owner")),
        Column("due", lambda: tr("Due"), _show_date, _parse_date, "date", fallback="due_text"),
        Column(
            "status",
            lambda: tr("Status"),
            _choice_label(status_choices),
            None,
            "choice",
            status_choices,
        ),
    ],
}
