"""Pre-filling never costs the officer the report: an extraction bug leaves the form empty.

Extraction is heuristics over untidy text, so an input nobody foresaw can hit a bug. The
report must still open, with its text beside an empty form, and the bug goes to the log.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import NamedTuple

from briefing_app.errors import BriefingError
from briefing_app.ingest.document import SourceDocument
from briefing_app.model import Meeting, Source

log = logging.getLogger(__name__)

PREFILL_FAILED = (
    "The fields could not be pre-filled from this report (the error was written to the "
    "log). The report is shown: fill in the form from it."
)


class Prefill(NamedTuple):
    meeting: Meeting
    problem: str | None  # a sentence for the officer when the fields were left empty


def report_only(document: SourceDocument) -> Meeting:
    """A meeting holding the report and nothing extracted from it."""
    meeting = Meeting(
        source=Source(
            file_name=document.file_name,
            format=document.format,
            sha256=document.sha256,
            headline=document.headline,
            text=document.text,
            imported_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        )
    )
    if document.language in ("de", "en", "fr", "ru"):
        meeting.language = document.language
    return meeting


def prefill(
    document: SourceDocument, *, reference_date: dt.date, language: str | None = None
) -> Prefill:
    """``extract_meeting``, or the report alone with a plain message when extraction fails."""
    from briefing_app.extract.pipeline import extract_meeting

    try:
        return Prefill(
            extract_meeting(document, reference_date=reference_date, language=language), None
        )
    except BriefingError:
        raise
    except Exception:  # a bug in the rules: log it fully, keep the report
        log.exception("extraction failed on %s", document.file_name or "a report")
        return Prefill(report_only(document), PREFILL_FAILED)
