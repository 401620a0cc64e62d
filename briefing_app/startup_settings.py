"""The few settings the editor needs before its window shows, read without pydantic.

Importing pydantic and building the ``Settings`` model costs about as long as a bare
Qt window takes to start. The window itself needs only the interface language, the
recent files and the autosave interval. Those are taken from a note kept beside the
settings file (``settings.checked.json``) whenever the full model accepts or writes
the file: the file's exact text and the values the model gave. The note counts only
while the settings file is byte for byte the text it names and this version of the
application wrote it; any other file (new, edited by hand, damaged, or from another
version) is read by the full model at once, so a bad file is reported as it always was.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from briefing_app import __version__

log = logging.getLogger(__name__)

CHECKED_NAME = "settings.checked.json"


@dataclass(frozen=True)
class StartupSettings:
    """What the window needs to show; the defaults are ``Settings()``'s (a test checks)."""

    interface_language: str = "system"
    recent_files: tuple[str, ...] = field(default_factory=tuple)
    autosave_seconds: int = 30

    @classmethod
    def of(cls, settings: Any) -> StartupSettings:
        """The startup values of a validated ``Settings``."""
        return cls(
            interface_language=settings.interface_language,
            recent_files=tuple(settings.recent_files),
            autosave_seconds=settings.autosave_seconds,
        )


def checked_copy_path(settings_file: Path) -> Path:
    return settings_file.with_name(CHECKED_NAME)


def read_startup_settings(settings_file: Path) -> StartupSettings | None:
    """The startup values, or None when the full model must read the file first."""
    try:
        text = settings_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StartupSettings()  # no file: the defaults, as load_settings gives them
    except (OSError, UnicodeDecodeError):
        return None
    try:
        note = json.loads(checked_copy_path(settings_file).read_text(encoding="utf-8"))
        if note["version"] != __version__ or note["text"] != text:
            return None
        values = note["startup"]
        return StartupSettings(
            interface_language=str(values["interface_language"]),
            recent_files=tuple(str(p) for p in values["recent_files"]),
            autosave_seconds=int(values["autosave_seconds"]),
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def remember_checked(settings_file: Path, text: str, settings: Any) -> None:
    """Note that the full model accepted *text* as *settings_file* (best effort)."""
    from briefing_app.fileio import atomic_write_text  # tempfile is no start-up import

    note = {"version": __version__, "text": text, "startup": asdict(StartupSettings.of(settings))}
    content = json.dumps(note, ensure_ascii=False, indent=1) + "\n"
    target = checked_copy_path(settings_file)
    try:
        if target.exists() and target.read_text(encoding="utf-8") == content:
            return
        atomic_write_text(target, content)
    except Exception as exc:  # a read-only config folder only costs the fast start
        log.debug("settings check note not written: %s", exc)
