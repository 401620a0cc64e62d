"""The Meeting's JSON form: reading (with migration) and writing (atomically)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefing_app.fileio import atomic_write_text
from briefing_app.model.errors import MeetingDataError, describe_validation_error
from briefing_app.model.files import MEETING_SUFFIX
from briefing_app.model.meeting import Meeting
from briefing_app.model.migrations import SchemaVersionError, migrate

MAX_MEETING_FILE_BYTES = 64 * 1024 * 1024


def meeting_from_dict(data: Any, *, origin: str = "The meeting") -> Meeting:
    """Validate a decoded JSON document (any schema version) as a Meeting."""
    if not isinstance(data, dict):
        raise MeetingDataError(f"{origin} is not a meeting: expected a JSON object.")
    try:
        return Meeting.model_validate(migrate(data))
    except SchemaVersionError as exc:
        raise MeetingDataError(f"{origin} cannot be opened: {exc}.") from exc
    except ValidationError as exc:
        raise MeetingDataError(
            f"{origin} has invalid fields: {describe_validation_error(exc)}"
        ) from exc


def meeting_from_json(text: str | bytes, *, origin: str = "The meeting") -> Meeting:
    """Parse the JSON form of a meeting."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MeetingDataError(
            f"{origin} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except (UnicodeDecodeError, RecursionError) as exc:
        raise MeetingDataError(f"{origin} is not a readable JSON text file.") from exc
    return meeting_from_dict(data, origin=origin)


def meeting_to_json(meeting: Meeting) -> str:
    """The versioned JSON form (UTF-8 text, non-ASCII kept readable)."""
    return meeting.model_dump_json(indent=2) + "\n"


def load_meeting(path: Path) -> Meeting:
    """Read a ``.briefing.json`` (or any meeting JSON) file."""
    origin = f"The file {path.name}"
    try:
        if path.stat().st_size > MAX_MEETING_FILE_BYTES:
            raise MeetingDataError(f"{origin} is too large to be a meeting file.")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise MeetingDataError(f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise MeetingDataError(f"{path} is a folder, not a meeting file.") from exc
    except OSError as exc:
        raise MeetingDataError(f"{path} cannot be read: {exc.strerror}.") from exc
    return meeting_from_json(raw, origin=origin)


def save_meeting(meeting: Meeting, path: Path, *, overwrite: bool = True) -> None:
    """Write the meeting's JSON form atomically."""
    atomic_write_text(path, meeting_to_json(meeting), overwrite=overwrite)


def meeting_json_schema() -> dict[str, Any]:
    return Meeting.model_json_schema()


def looks_like_meeting_file(path: Path) -> bool:
    return path.name.lower().endswith(MEETING_SUFFIX) or path.suffix.lower() == ".json"
