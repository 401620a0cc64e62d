"""Readable, Windows-safe file names for exported notes."""

from __future__ import annotations

import re
import string
import unicodedata

from briefing_app.export.errors import ExportError
from briefing_app.export.templates import TemplateInfo
from briefing_app.model import Meeting

PLACEHOLDERS = ("date", "place", "people", "template", "title", "countries", "language")
MAX_STEM = 120
_MAX_PEOPLE = 3
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _part(text: str) -> str:
    """One placeholder value: no characters Windows forbids, spaces as hyphens."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"-{2,}", "-", text)
    return text.strip(".-_ ")


def _surname(name: str) -> str:
    words = name.replace(",", " ").split()
    return words[-1] if words else ""


def _values(meeting: Meeting, info: TemplateInfo) -> dict[str, str]:
    surnames = list(dict.fromkeys(_surname(p.name) for p in meeting.attendees))
    return {
        "date": meeting.date.isoformat() if meeting.date else "",
        "place": _part(meeting.location.name) if meeting.location else "",
        "people": "-".join(_part(s) for s in surnames[:_MAX_PEOPLE] if _part(s)),
        "template": _part(info.file_label or info.name),
        "title": _part(meeting.title)[:60].strip("-"),
        "countries": "-".join(meeting.countries),
        "language": info.language,
    }


def _fields(pattern: str) -> list[str]:
    fields = []
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise ExportError(f"The file name pattern {pattern!r} is not valid: {exc}.") from exc
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            raise ExportError(
                f"The file name pattern {pattern!r} uses {{{field}}}, which is not known; "
                f"use {', '.join('{' + p + '}' for p in PLACEHOLDERS)}."
            )
        fields.append(field)
    return fields


def suggest_filename(meeting: Meeting, template_info: TemplateInfo, pattern: str) -> str:
    """A file name such as ``2025-03-03_Baku_Aliyev-Bektenov_Briefing.docx``.

    Empty placeholders drop out with their separator; the result is safe on
    Windows (no reserved names or characters, at most 120 characters before .docx).
    """
    _fields(pattern)
    values = _values(meeting, template_info)
    stem = pattern.format(**values)
    # Separators left around empty values ("2025-03-03__Briefing") collapse.
    stem = re.sub(r"([_\-. ])[_\-. ]+", r"\1", stem)
    stem = _UNSAFE.sub("", stem).strip("._- ")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip("._- ")
    if not stem or stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"{stem or 'note'}_{values['template'] or 'note'}"
    return stem + ".docx"
