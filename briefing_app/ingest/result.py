"""What a format reader hands back before normalization and metadata are added."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    headline: str = ""
    encoding: str | None = None
    published: dt.date | None = None
    attachments: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    # Set when the reader already produced the final document (an attachment imported instead).
    format: str | None = None
