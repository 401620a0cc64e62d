"""Why an import failed, as specific error types with messages a desk officer can act on."""

from __future__ import annotations

from briefing_app.ingest.document import IngestError

# Plain names for formats, used in messages ("This Word file is damaged ...").
FORMAT_NAMES = {
    "txt": "text file",
    "md": "text file",
    "docx": "Word file",
    "odt": "OpenDocument file",
    "rtf": "RTF file",
    "html": "web page",
    "eml": "e-mail",
    "msg": "Outlook message",
    "pdf": "PDF file",
}


def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(fmt, "file")


class ReportNotFoundError(IngestError):
    """The path does not exist."""


class NotAFileError(IngestError):
    """The path is a folder or a device, not a file."""


class FileUnreadableError(IngestError):
    """The operating system refused to read the file (permissions, locked, I/O error)."""


class FileTooLargeError(IngestError):
    """The file, or the text or unpacked content in it, is over a configured limit."""


class EmptyFileError(IngestError):
    """The file has no bytes, or its content has no text at all."""


class UnsupportedFormatError(IngestError):
    """The file is in a format the importer does not read."""


class NotTextError(IngestError):
    """A file named as text holds binary data."""


class DamagedFileError(IngestError):
    """The file is truncated or corrupt."""


class PasswordProtectedError(IngestError):
    """The file is encrypted and needs a password."""


class UnsafeContentError(IngestError):
    """The file is built to exhaust memory (zip bomb, XML entity expansion)."""


class NoTextLayerError(IngestError):
    """A PDF that holds only images of pages (a scan); there is no OCR."""


def damaged(fmt: str) -> DamagedFileError:
    return DamagedFileError(
        f"This {format_name(fmt)} is damaged and cannot be read. "
        "Ask the sender for a new copy, or open it in its program and save it again."
    )


def empty_content(fmt: str) -> EmptyFileError:
    return EmptyFileError(f"This {format_name(fmt)} contains no text to import.")


def password_protected(fmt: str) -> PasswordProtectedError:
    return PasswordProtectedError(
        f"This {format_name(fmt)} is protected with a password. Open it, remove the "
        "password (save an unprotected copy) and import that copy."
    )


def unsafe(fmt: str, what: str) -> UnsafeContentError:
    return UnsafeContentError(
        f"This {format_name(fmt)} was not imported because {what}. "
        "It may be damaged or built to harm the computer; ask the sender for a new copy."
    )
