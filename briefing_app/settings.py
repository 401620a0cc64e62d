"""User settings: a pydantic model stored as JSON in the config folder, saved atomically."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing_app.errors import BriefingError
from briefing_app.fileio import atomic_write_text
from briefing_app.model.errors import describe_validation_error
from briefing_app.startup_settings import remember_checked

log = logging.getLogger(__name__)

MiB = 1024 * 1024


class ImportLimits(BaseModel):
    """Limits that keep a hostile or huge file from exhausting the desktop."""

    model_config = ConfigDict(extra="forbid")

    max_file_bytes: int = Field(default=50 * MiB, ge=1024)
    max_unpacked_bytes: int = Field(default=200 * MiB, ge=1024)
    max_text_chars: int = Field(default=5_000_000, ge=1000)
    max_pdf_pages: int = Field(default=2000, ge=1)


class Settings(BaseModel):
    """Everything the user can change. Unknown keys are kept out so typos surface."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    interface_language: Literal["system", "de", "en"] = "system"
    default_template: str = "briefing-note-en"
    filename_pattern: str = "{date}_{place}_{people}_{template}"
    author: str = ""
    autosave_seconds: int = Field(default=30, ge=5, le=600)
    backups_keep: int = Field(default=10, ge=0, le=1000)
    backup_interval_hours: int = Field(default=24, ge=1)
    open_after_export: bool = True
    recent_files: list[str] = Field(default_factory=list, max_length=20)
    import_limits: ImportLimits = Field(default_factory=ImportLimits)
    classification_levels_file: str | None = None


class SettingsError(BriefingError):
    """The settings file cannot be read."""


def load_settings(path: Path) -> Settings:
    """Read settings from *path*; a missing file gives the defaults.

    A damaged file is an error rather than a silent reset, so the user's
    choices are never thrown away without them knowing.
    """
    return _read_settings(path)[0]


def load_settings_checked(path: Path) -> Settings:
    """``load_settings``, noting an accepted file for the editor's fast start.

    See ``briefing_app.startup_settings``: the next start reads the few values the
    window needs from that note instead of importing pydantic before the window shows.
    """
    settings, text = _read_settings(path)
    if text is not None:
        remember_checked(path, text, settings)
    return settings


def _read_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings and the text they were read from (None for a missing file)."""
    if not path.exists():
        return Settings(), None
    try:
        text = path.read_text(encoding="utf-8")
        raw = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(
            f"The settings file {path} is damaged and cannot be read ({exc})."
        ) from exc
    try:
        return Settings.model_validate(raw), text
    except ValidationError as exc:
        raise SettingsError(
            f"The settings file {path} has invalid values: {describe_validation_error(exc)}"
        ) from exc


def save_settings(settings: Settings, path: Path) -> None:
    """Write *settings* atomically (and note them as checked for the next start)."""
    text = settings.model_dump_json(indent=2) + "\n"
    atomic_write_text(path, text)
    remember_checked(path, text, settings)
