"""The core capabilities the editor uses, looked up when first needed.

Import, extraction, export and the archive are built in parallel; a build
without one of them still opens, and says plainly which capability is missing.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.errors import NotAvailableError

if TYPE_CHECKING:  # the readers and the model load on first use, not at start-up
    from briefing_app.extract.safe import Prefill
    from briefing_app.ingest.document import SourceDocument
    from briefing_app.settings import Settings

log = logging.getLogger(__name__)


def capability(module: str, name: str) -> Any | None:
    """``module.name`` if this build has it, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def loaded_capabilities() -> set[str]:
    """Which optional parts ("ingest", "extract", "export", "archive") this build has."""
    names = {
        "ingest": "import_file",
        "extract": "extract_meeting",
        "export": "export_meeting",
        "archive": "open_archive",
    }
    return {part for part, name in names.items() if capability(f"briefing_app.{part}", name)}


def supported_suffixes() -> tuple[str, ...]:
    return capability("briefing_app.ingest", "SUPPORTED_SUFFIXES") or (".txt",)


def read_report(path: Path, settings: Settings) -> SourceDocument:
    """Read a report file; without the import module only plain text is understood."""
    import_file = capability("briefing_app.ingest", "import_file")
    if import_file is not None:
        return import_file(path, limits=settings.import_limits)
    if path.suffix.lower() not in (".txt", ".text", ".md", ""):
        raise NotAvailableError(
            f"{path.name} cannot be imported: this build reads only plain-text reports."
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAvailableError(f"{path.name} cannot be read as UTF-8 text ({exc}).") from exc
    from briefing_app.ingest.document import SourceDocument

    return SourceDocument.from_text(text, file_name=path.name)


def read_text(text: str, settings: Settings) -> SourceDocument:
    """A report pasted from the clipboard."""
    import_bytes = capability("briefing_app.ingest", "import_bytes")
    if import_bytes is not None:
        return import_bytes(
            text.encode("utf-8"), file_name="clipboard.txt", limits=settings.import_limits
        )
    from briefing_app.ingest.document import SourceDocument

    return SourceDocument.from_text(text, file_name="clipboard.txt")


def extraction_available() -> bool:
    return capability("briefing_app.extract", "extract_meeting") is not None


def extract(document: SourceDocument, *, reference_date: dt.date | None = None) -> Prefill:
    """Pre-fill a meeting; when extraction is missing or fails, the report alone and a
    sentence saying so."""
    from briefing_app.extract.safe import Prefill, report_only

    prefill = capability("briefing_app.extract", "prefill")
    if prefill is not None:
        return prefill(document, reference_date=reference_date or dt.date.today(), language=None)
    log.warning("extraction is not available in this build; the form starts empty")
    return Prefill(report_only(document), None)


def import_and_extract(path: Path, settings: Settings) -> Prefill:
    return extract(read_report(path, settings))
