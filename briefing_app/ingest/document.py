"""The normalized form of every imported report: what extraction reads."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from briefing_app.errors import BriefingError


class IngestError(BriefingError):
    """A report could not be imported; the message says why and what to do."""


@dataclass(frozen=True)
class SourceDocument:
    """A report as plain text, whatever format it came in.

    ``text`` is normalized (Unicode NFC, ``\\n`` line ends, paragraphs separated
    by newlines) and is exactly the text stored in ``Meeting.source.text``, so
    character spans found by extraction point into it.
    """

    text: str
    file_name: str = ""
    format: str = "txt"
    sha256: str = ""
    headline: str = ""
    language: str | None = None
    encoding: str | None = None
    published: dt.date | None = None
    attachments: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]

    @classmethod
    def from_text(cls, text: str, *, file_name: str = "", format: str = "txt") -> SourceDocument:
        """A document from text that needs no decoding (tests, clipboard text)."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        return cls(
            text=text,
            file_name=file_name,
            format=format,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            headline=first,
        )
