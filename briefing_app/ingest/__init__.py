"""Import: one reader per format, each producing a SourceDocument.

``import_file`` and ``import_bytes`` pick the reader from the content's signature,
the file name or the MIME type, apply the size and safety limits from the settings,
and raise a subclass of :class:`IngestError` with a plain message on any failure.
"""

from briefing_app.ingest.dispatch import SUPPORTED_SUFFIXES, import_bytes, import_file
from briefing_app.ingest.document import IngestError, SourceDocument
from briefing_app.ingest.errors import (
    DamagedFileError,
    EmptyFileError,
    FileTooLargeError,
    FileUnreadableError,
    NotAFileError,
    NoTextLayerError,
    NotTextError,
    PasswordProtectedError,
    ReportNotFoundError,
    UnsafeContentError,
    UnsupportedFormatError,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DamagedFileError",
    "EmptyFileError",
    "FileTooLargeError",
    "FileUnreadableError",
    "IngestError",
    "NoTextLayerError",
    "NotAFileError",
    "NotTextError",
    "PasswordProtectedError",
    "ReportNotFoundError",
    "SourceDocument",
    "UnsafeContentError",
    "UnsupportedFormatError",
    "import_bytes",
    "import_file",
]
