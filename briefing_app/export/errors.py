"""Errors raised while exporting; each message says what to do about it."""

from __future__ import annotations

from briefing_app.errors import BriefingError, NotAvailableError


class ExportError(BriefingError):
    """The note could not be exported; nothing was written."""


class TemplateError(ExportError):
    """A template cannot be used: bad manifest, syntax error, unknown or unsafe field."""


class OutputExistsError(ExportError):
    """The output file exists and overwriting was not allowed."""


class PdfUnavailableError(ExportError, NotAvailableError):
    """LibreOffice is not installed (or could not convert), so no PDF can be made."""
