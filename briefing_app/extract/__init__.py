"""Extraction: pre-fill a Meeting from a SourceDocument (rules, lexicons, maintained libraries)."""

from briefing_app.extract.pipeline import extract_meeting, warm_up

__all__ = ["extract_meeting", "warm_up"]
