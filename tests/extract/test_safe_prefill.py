"""An extraction bug never costs the officer the report: it opens with an empty form."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from briefing_app.errors import BriefingError
from briefing_app.extract import pipeline, prefill
from briefing_app.ingest.document import SourceDocument

REPORT = "Talks in Rabat\nRABAT, 3 March. The Foreign Minister received the ambassador of Peru."


def _broken(*_args, **_kwargs):
    raise StopIteration  # the kind of bug an unforeseen name form once caused


def test_a_bug_in_extraction_leaves_the_report_and_an_empty_form(monkeypatch, caplog):
    monkeypatch.setattr(pipeline, "extract_meeting", _broken)
    document = SourceDocument.from_text(REPORT, file_name="rabat.txt")
    with caplog.at_level(logging.ERROR):
        meeting, problem = prefill(document, reference_date=dt.date(2025, 3, 5))
    assert meeting.source.text == REPORT
    assert meeting.source.file_name == "rabat.txt"
    assert meeting.attendees == [] and meeting.title == ""
    assert problem and "fill in the form" in problem
    assert "Traceback" not in problem
    assert any(r.exc_info for r in caplog.records)  # the bug itself goes to the log


def test_a_working_extraction_reports_no_problem():
    meeting, problem = prefill(SourceDocument.from_text(REPORT), reference_date=dt.date(2025, 3, 5))
    assert problem is None
    assert meeting.location is not None and meeting.location.name == "Rabat"


def test_a_plain_error_for_the_officer_is_passed_on(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise BriefingError("The report is empty.")

    monkeypatch.setattr(pipeline, "extract_meeting", refuse)
    with pytest.raises(BriefingError, match="empty"):
        prefill(SourceDocument.from_text(REPORT), reference_date=dt.date(2025, 3, 5))
