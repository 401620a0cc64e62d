"""Core operations shared by the command line and the editor.

They take plain values and return models; the CLI prints the result, the
editor shows it. Nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.errors import UserInputError
from briefing_app.model.files import MEETING_SUFFIX

if TYPE_CHECKING:  # the editor reads is_meeting_file on its start path, before pydantic
    from briefing_app.model import Meeting
    from briefing_app.settings import Settings

LANGUAGES = ("auto", "de", "en", "fr", "ru")


def is_meeting_file(path: Path) -> bool:
    """True for the app's own meeting files (``*.briefing.json`` or a meeting ``*.json``)."""
    name = path.name.lower()
    return name.endswith(MEETING_SUFFIX) or name.endswith(".json")


def import_report(
    path: Path,
    *,
    reference_date: dt.date | None = None,
    language: str = "auto",
    settings: Settings | None = None,
) -> Meeting:
    """Read a report in any supported format and pre-fill a Meeting from it."""
    from briefing_app.extract import extract_meeting
    from briefing_app.ingest import import_file
    from briefing_app.settings import Settings

    settings = settings or Settings()
    if language not in LANGUAGES:
        raise UserInputError(f"Unknown language {language!r}; use one of {', '.join(LANGUAGES)}.")
    document = import_file(path, limits=settings.import_limits)
    return extract_meeting(
        document,
        reference_date=reference_date or dt.date.today(),
        language=None if language == "auto" else language,
    )


def open_meeting_or_report(
    path: Path,
    *,
    reference_date: dt.date | None = None,
    language: str = "auto",
    settings: Settings | None = None,
) -> Meeting:
    """A saved meeting file as it is, or a report imported and extracted."""
    from briefing_app.model import load_meeting

    if is_meeting_file(path):
        return load_meeting(path)
    return import_report(path, reference_date=reference_date, language=language, settings=settings)


def template_extra(meeting: Meeting) -> dict[str, Any] | None:
    """What a saved dossier adds to its template's values (previous meetings, open items,
    recurring topics …), so every export of it matches ``briefing-app dossier``; None for
    an ordinary meeting. Export sits below the dossier feature, so the two meet here."""
    if meeting.kind != "dossier":
        return None
    from briefing_app.dossier.export import extra_for_meeting

    return extra_for_meeting(meeting)


_warm_lock = threading.Lock()
_warm = False


def warm_up() -> None:
    """Import the meeting model and the settings and build their validators, once.

    The editor runs this on a worker thread just after its window shows, so the
    ~0.1 s that pydantic takes does not hold up the first keystroke. Every thread
    calls it before its first use of the model (the editor's background tasks, the
    first meeting and settings on the GUI thread), so the import and the validator
    builds happen once, in one thread, while the others wait; afterwards the call
    costs a flag check. (The "partially initialized module" error once seen here came
    from PySide6's import hook, not from this order: see briefing_app.ui.import_hook.)
    """
    global _warm
    if _warm:
        return
    with _warm_lock:
        if _warm:
            return
        from briefing_app.model import Meeting
        from briefing_app.settings import Settings

        Meeting()  # the models defer building their validators to first use
        Settings()
        _warm = True
