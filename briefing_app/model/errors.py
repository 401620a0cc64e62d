"""Turn pydantic's validation errors into sentences a desk officer can act on."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from briefing_app.errors import BriefingError

_FIELD_NAMES = {
    "follow_ups": "follow-ups",
    "schema_version": "schema version",
}


def _location(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"#{item + 1}")
        else:
            parts.append(_FIELD_NAMES.get(item, item.replace("_", " ")))
    return " › ".join(parts) if parts else "the meeting"


def _plain(error: ErrorDetails) -> str:
    kind = error["type"]
    value = error.get("input")
    shown = repr(value) if not isinstance(value, dict | list) else "this value"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_from_datetime_inexact"}:
        return f"{shown} is not a date; write it as YYYY-MM-DD, for example 2025-03-03"
    if kind in {"time_parsing", "time_type"}:
        return f"{shown} is not a time; write it as HH:MM, for example 14:30"
    if kind == "datetime_from_date_parsing" or kind == "datetime_parsing":
        return f"{shown} is not a date and time; write it as 2025-03-03T14:30:00"
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    if kind in {"string_type"}:
        return f"must be text, not {shown}"
    if kind in {"list_type"}:
        return "must be a list"
    if kind in {"int_type", "int_parsing"}:
        return f"must be a whole number, not {shown}"
    if kind in {"float_type", "float_parsing"}:
        return f"must be a number, not {shown}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"must be true or false, not {shown}"
    if kind == "literal_error" or kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{shown} is not allowed; choose one of {expected}"
    if kind == "value_error":
        # Our own validators raise ValueError with a finished sentence.
        return str(error.get("ctx", {}).get("error", error["msg"]))
    return error["msg"][0].lower() + error["msg"][1:]


def describe_validation_error(exc: ValidationError, limit: int = 5) -> str:
    """One or a few plain sentences naming each wrong field and what is wrong with it."""
    errors = exc.errors()
    lines = [f"{_location(err['loc'])}: {_plain(err)}." for err in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"… and {len(errors) - limit} more problems.")
    return " ".join(lines)


class MeetingDataError(BriefingError):
    """Meeting data (a file or a form) is not valid."""
