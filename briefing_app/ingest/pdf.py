"""PDF with a text layer (pypdf): pages in order, cleaned by :mod:`pdftext`.

A PDF of scanned pages has no text to read; there is no OCR, and the message says so.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter

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

# A soft hyphen at a line end is the typesetter's hyphenation: the word simply continues.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")


def _positioned_lines(page) -> list[tuple[float | None, str]]:
    """The page's text lines (pypdf's plain extraction) with the height of each on the page.

    pypdf reports every piece of text it outputs with its position; the pieces put
    together are exactly the plain text, so each line gets the height of its first piece.
    """
    pieces: list[tuple[str, float | None]] = []

    def visit(text: str, cm, tm, _font, _size) -> None:
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] if text.strip() else None
            pieces.append((text, y))

    page.extract_text(visitor_text=visit)
    lines: list[tuple[float | None, str]] = []
    current: list[str] = []
    height: float | None = None
    for text, y in pieces:
        for index, part in enumerate(_SOFT_HYPHEN_BREAK.sub("", text).split("\n")):
            if index:
                lines.append((height, "".join(current)))
                current, height = [], None
            if part.strip() and height is None:
                height = y
            current.append(part)
    lines.append((height, "".join(current)))
    cleaned = []
    for y, text in lines:
        # Runs of spaces stand for horizontal distance (columns, tabs); they carry no text.
        text = " ".join(normalize_text(text).split())
        if text:
            cleaned.append((y, text))
    return cleaned


def _with_gaps(pages: list[list[tuple[float | None, str]]]) -> list[list[Line]]:
    """Mark a paragraph gap (1) where the distance to the line above is clearly more
    than the document's usual line spacing, or where reading jumps up the page, and
    on a page's first line when the page before ended well above its bottom margin."""
    steps = Counter(
        round(above - below, 0)
        for page in pages
        for (above, _), (below, _) in itertools.pairwise(page)
        if above is not None and below is not None and above > below
    )
    usual = steps.most_common(1)[0][0] if steps else 0.0
    ends = [page[-1][0] for page in pages if page and page[-1][0] is not None]
    bottom = min(ends) if ends else 0.0
    result: list[list[Line]] = []
    previous: float | None = None
    for page in pages:
        marked: list[Line] = []
        page_break = previous is not None and previous > bottom + 2 * usual
        for y, text in page:
            gap = 1 if not marked and page_break else 0
            if marked and previous is not None and y is not None:
                step = previous - y
                gap = 1 if step <= 0 or step > usual * 1.3 + 1 else 0
            marked.append((gap, text))
            previous = y
        result.append(marked)
        if page:
            previous = page[-1][0]
    return result


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
        pages: list[list[tuple[float | None, str]]] = []
        total = 0
        for page in reader.pages:
            page_lines = _positioned_lines(page)
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
        _with_gaps(strip_running_lines(pages)),
        hyphenates=producer_hyphenates(metadata.get("producer", "") + metadata.get("creator", "")),
    )
    title = metadata.get("title", "").strip()
    return Extracted(text=text, headline=first_line(text) or title, metadata=metadata)
