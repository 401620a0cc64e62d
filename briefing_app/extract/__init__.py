"""Extraction: pre-fill a Meeting from a SourceDocument (rules, lexicons, maintained libraries)."""

from briefing_app.extract.pipeline import extract_meeting, warm_up
from briefing_app.extract.safe import Prefill, prefill

__all__ = ["Prefill", "extract_meeting", "prefill", "warm_up"]
