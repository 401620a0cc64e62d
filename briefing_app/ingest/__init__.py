"""Import: one reader per format, each producing a SourceDocument."""

from briefing_app.ingest.document import IngestError, SourceDocument

__all__ = ["IngestError", "SourceDocument"]
