"""One text form for every format: NFC, ``\\n`` line ends, one paragraph per line."""

from __future__ import annotations

import re
import unicodedata

# Characters that only disturb extraction: zero-width marks, BOMs inside the text,
# soft hyphens (invisible unless a line breaks there), C0 controls except tab/newline.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|\r|[\u2028\u2029\x85\x0b\x0c]")


def normalize_text(text: str) -> str:
    """Normalized report text.

    Paragraphs are separated by single newlines; blank lines, trailing spaces and
    invisible characters go. Leading indentation stays, because minutes use it for
    layout. For a plain text report the result equals the original, whitespace aside.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = (line.rstrip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip())


def first_line(text: str, limit: int = 300) -> str:
    """The headline a plain text report starts with."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:limit]
    return ""
