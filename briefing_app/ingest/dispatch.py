"""Choosing the reader for a file, by content first, then by name or MIME type,
and building the normalized SourceDocument from what the reader returns."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path, PurePath

from briefing_app.ingest.document import IngestError, SourceDocument
from briefing_app.ingest.errors import (
    EmptyFileError,
    FileTooLargeError,
    UnsupportedFormatError,
    damaged,
    empty_content,
)
from briefing_app.ingest.guards import (
    MAX_ZIP_MEMBERS,
    check_size,
    check_text_length,
    read_file,
    zip_member_count,
)
from briefing_app.ingest.msg import OLE_MAGIC, classify_ole
from briefing_app.ingest.normalize import first_line, normalize_text
from briefing_app.ingest.result import Extracted
from briefing_app.language import detect_language
from briefing_app.settings import ImportLimits

SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "eml",
    ".msg": "msg",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_FORMATS)

MIME_FORMATS = {
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "message/rfc822": "eml",
    "application/vnd.ms-outlook": "msg",
    "application/pdf": "pdf",
}
_ZIP_FORMATS = ("docx", "odt")
_BINARY_FORMATS = ("docx", "odt", "pdf", "msg")


def _sniff_zip(data: bytes) -> str | None:
    """docx or odt from the zip's directory (names only, nothing unpacked)."""
    count = zip_member_count(data)
    if count is None or count > MAX_ZIP_MEMBERS or count == 0xFFFF:
        return None  # the reader's guards explain what is wrong with it
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        return "odt"
    return None


def sniff(data: bytes) -> str | None:
    """The format the content itself declares, or None for text formats without a signature."""
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF-"):
        # Readers also accept junk before the header, but only a name or type saying PDF
        # should send such a file to the PDF reader (a text may quote "%PDF-").
        return "pdf"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data) or "zip"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def choose_format(data: bytes, file_name: str | None, mime_type: str | None) -> str:
    suffix = PurePath(file_name).suffix.lower() if file_name else ""
    named = SUFFIX_FORMATS.get(suffix)
    mime = (mime_type or "").split(";")[0].strip().lower()
    declared = named or MIME_FORMATS.get(mime)
    found = sniff(data)
    if found == "ole":
        return classify_ole(data, declared or "msg")
    if found == "zip":
        # A zip that is not an office document. A name that says docx/odt gets that reader,
        # whose guards explain what is wrong (a zip bomb, a damaged file).
        if declared in _ZIP_FORMATS:
            return declared
        raise UnsupportedFormatError(
            "This file is a zip archive, not a report. Unpack it and import the document inside."
        )
    if found in _BINARY_FORMATS or found == "rtf":
        return found
    if declared is not None:
        return declared
    if found is not None:
        return found
    if file_name and suffix:
        raise UnsupportedFormatError(
            f"Files of type {suffix} cannot be imported. Supported types: "
            f"{', '.join(SUPPORTED_SUFFIXES)}."
        )
    return "txt"  # pasted text without a name or type


def extract(
    data: bytes, fmt: str, limits: ImportLimits, attachment: str | None = None
) -> Extracted:
    """Run the reader for *fmt*; the result carries its own format."""

    def import_attachment(payload: bytes, name: str) -> Extracted:
        if not payload:
            raise EmptyFileError(f"The attachment {name} is empty.")
        check_size(len(payload), limits)
        return extract(payload, choose_format(payload, name, None), limits)

    if fmt in ("txt", "md"):
        from briefing_app.ingest.txt import read_txt

        result = read_txt(data, fmt)
    elif fmt == "docx":
        from briefing_app.ingest.docx import read_docx

        result = read_docx(data, limits)
    elif fmt == "odt":
        from briefing_app.ingest.odt import read_odt

        result = read_odt(data, limits)
    elif fmt == "rtf":
        from briefing_app.ingest.rtf import read_rtf

        result = read_rtf(data)
    elif fmt == "html":
        from briefing_app.ingest.html import read_html

        result = read_html(data)
    elif fmt == "eml":
        from briefing_app.ingest.email import read_eml

        result = read_eml(data, attachment=attachment, import_attachment=import_attachment)
    elif fmt == "msg":
        from briefing_app.ingest.msg import read_msg

        result = read_msg(data, attachment=attachment, import_attachment=import_attachment)
    elif fmt == "pdf":
        from briefing_app.ingest.pdf import read_pdf

        result = read_pdf(data, limits)
    else:  # pragma: no cover - choose_format only returns the formats above
        raise UnsupportedFormatError(f"Files of type {fmt} cannot be imported.")
    if result.format is None:
        result.format = fmt
    return result


def build_document(
    data: bytes,
    file_name: str | None,
    mime_type: str | None,
    limits: ImportLimits,
    attachment: str | None = None,
) -> SourceDocument:
    check_size(len(data), limits)
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyFileError("The file is empty: it contains no text to import.")
    fmt = choose_format(data, file_name, mime_type)
    if fmt in ("txt", "md") and len(data) > 4 * limits.max_text_chars:
        # No encoding spends more than 4 bytes on a character: too long, without decoding.
        raise FileTooLargeError(
            f"The report has more than {limits.max_text_chars:,} characters, the import "
            "limit. Import a shorter extract, or raise the limit in the settings."
        )
    try:
        result = extract(data, fmt, limits, attachment)
    except IngestError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise damaged(fmt) from exc
    check_text_length(result.text, limits)
    text = normalize_text(result.text)
    final_format = result.format or fmt
    if not text:
        raise empty_content(final_format)
    headline = " ".join(result.headline.split()) or first_line(text)
    metadata = dict(result.metadata)
    if final_format != fmt:
        metadata.setdefault("container", fmt)
    return SourceDocument(
        text=text,
        file_name=PurePath(file_name).name if file_name else "",
        format=final_format,
        sha256=hashlib.sha256(data).hexdigest(),
        headline=headline,
        language=detect_language(text),
        encoding=result.encoding,
        published=result.published,
        attachments=result.attachments,
        metadata=metadata,
    )


def import_file(
    path: Path, *, limits: ImportLimits | None = None, attachment: str | None = None
) -> SourceDocument:
    """Read the report at *path* in any supported format.

    *attachment* names an attachment of an e-mail to import instead of its body.
    Raises a subclass of :class:`IngestError` with a plain message for every failure.
    """
    limits = limits or ImportLimits()
    path = Path(path)
    data = read_file(path, limits)
    return build_document(data, path.name, None, limits, attachment)


def import_bytes(
    data: bytes,
    *,
    file_name: str | None = None,
    mime_type: str | None = None,
    limits: ImportLimits | None = None,
    attachment: str | None = None,
) -> SourceDocument:
    """Import a report handed over as bytes (clipboard, drag and drop).

    The format comes from the content's signature, then *file_name*'s suffix, then
    *mime_type*; bytes with neither are read as text.
    """
    limits = limits or ImportLimits()
    return build_document(bytes(data), file_name, mime_type, limits, attachment)
