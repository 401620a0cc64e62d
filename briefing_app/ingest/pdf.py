"""PDF with a text layer (pypdf): pages in order, cleaned by :mod:`pdftext`.

A PDF of scanned pages has no text to read; there is no OCR, and the message says so.
"""

from __future__ import annotations

import io
import logging
import re

from briefing_app.ingest.document import IngestError
from briefing_app.ingest.errors import (
    FileTooLargeError,
    NoTextLayerError,
    damaged,
    password_protected,
)
from briefing_app.ingest.normalize import first_line, normalize_text
from briefing_app.ingest.pdftext import (
    Line,
    producer_hyphenates,
    reflow,
    strip_running_lines,
)
from briefing_app.ingest.result import Extracted
from briefing_app.settings import ImportLimits

log = logging.getLogger(__name__)
# A soft hyphen at a line end is the typesetter's hyphenation: the word simply continues.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")


def _page_lines(page) -> list[Line]:
    """The page's text lines with the number of empty rows above each.

    pypdf's layout mode keeps vertical space as empty rows, which is what tells
    paragraphs apart; plain mode is the fallback for pages layout mode cannot place.
    """
    try:
        raw = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode needs font metrics some PDFs lack
        raw = page.extract_text() or ""
    raw = _SOFT_HYPHEN_BREAK.sub("", raw)
    lines: list[Line] = []
    gap = 0
    for row in raw.replace("\r", "\n").split("\n"):
        # Column positions become runs of spaces in layout mode; they carry no text.
        text = " ".join(normalize_text(row).split())
        if text:
            lines.append((gap if lines else 0, text))
            gap = 0
        else:
            gap += 1
    return lines


def read_pdf(data: bytes, limits: ImportLimits) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    # pypdf logs a warning for every small defect it repairs; those are not the user's concern.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if b"%%EOF" not in data[-2048:]:
        # pypdf would recover the pages before the cut and silently drop the rest.
        raise damaged("pdf")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are encrypted with an empty user password (copy/print restrictions).
            try:
                if not reader.decrypt(""):
                    raise password_protected("pdf")
            except (FileNotDecryptedError, NotImplementedError) as exc:
                raise password_protected("pdf") from exc
        count = len(reader.pages)
        if count > limits.max_pdf_pages:
            raise FileTooLargeError(
                f"This PDF has {count:,} pages, more than the import limit of "
                f"{limits.max_pdf_pages:,}. Import a shorter extract, or raise the limit in "
                "the settings."
            )
        pages: list[list[str]] = []
        total = 0
        for page in reader.pages:
            page_lines = _page_lines(page)
            total += sum(len(text) + 1 for _, text in page_lines)
            if total > limits.max_text_chars:
                raise FileTooLargeError(
                    f"The PDF has more than {limits.max_text_chars:,} characters of text, the "
                    "import limit. Import a shorter extract, or raise the limit in the settings."
                )
            pages.append(page_lines)
        info = reader.metadata or {}
        metadata = {
            key: str(info.get(name))
            for key, name in (
                ("title", "/Title"),
                ("author", "/Author"),
                ("created", "/CreationDate"),
                ("producer", "/Producer"),
                ("creator", "/Creator"),
            )
            if info.get(name)
        }
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises a wide range of types on broken files
        if isinstance(exc, FileNotDecryptedError):
            raise password_protected("pdf") from exc
        if isinstance(exc, PdfReadError) and "encrypt" in str(exc).lower():
            raise password_protected("pdf") from exc
        raise damaged("pdf") from exc
    if not any(ch.isalnum() for page in pages for _, line in page for ch in line):
        if not pages:
            raise damaged("pdf")
        raise NoTextLayerError(
            "This PDF has no text layer: its pages are images, probably from a scanner. "
            "Scanned documents cannot be read (there is no text recognition). Ask for the "
            "original document, or copy the text into a .txt file."
        )
    metadata["pages"] = str(len(pages))
    text = reflow(
        strip_running_lines(pages),
        hyphenates=producer_hyphenates(metadata.get("producer", "") + metadata.get("creator", "")),
    )
    title = metadata.get("title", "").strip()
    return Extracted(text=text, headline=first_line(text) or title, metadata=metadata)
