"""Saved web pages: the article's main text (trafilatura), its headline and publication date.

Runs fully offline: trafilatura and htmldate only read the string they are given.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cache

from briefing_app.ingest.errors import damaged
from briefing_app.ingest.normalize import first_line
from briefing_app.ingest.result import Extracted
from briefing_app.ingest.txt import decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "hr", "address",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "template", "noscript"}


def decode_html(data: bytes) -> tuple[str, str]:
    """Text of an HTML file: BOM, then the page's own charset declaration, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        match = _META_CHARSET.search(data[:4096])
        if match:
            encoding = match.group(1).decode("ascii").lower()
            try:
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data)


@cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # The timeout uses signal.alarm, which only works in the main thread; the editor imports
    # in a worker thread. Size limits are enforced before we get here.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def html_to_text(markup: str) -> str:
    """All visible text of an HTML fragment with block elements on their own lines
    (for e-mail bodies, which have no page furniture to remove)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag in ("td", "th"):
            parts.append(" | ")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    text = "".join(parts)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_html(data: bytes) -> Extracted:
    markup, encoding = decode_html(data)
    import trafilatura

    # trafilatura logs every page it finds too short or malformed; the result says enough.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    try:
        result = trafilatura.bare_extraction(
            markup,
            include_tables=True,
            include_comments=False,
            include_images=False,
            with_metadata=True,
            favor_recall=True,
            # No fallback extractors: jusText would load the stop lists of 100 languages
            # (about 150 MB, 2 s) for any page the main extractor finds too short.
            fast=True,
            config=_config(),
        )
    except Exception as exc:  # lxml/trafilatura on malformed markup
        raise damaged("html") from exc
    text = (getattr(result, "text", None) or "") if result is not None else ""
    headline = ((getattr(result, "title", None) or "") if result is not None else "").strip()
    published = _date(getattr(result, "date", None)) if result is not None else None
    if not text.strip():
        # A page too short for main-content detection (a fragment, a pasted snippet).
        text = html_to_text(markup)
    if headline and not first_line(text).startswith(headline[:60]):
        text = f"{headline}\n{text}"
    metadata = {"encoding": encoding}
    if result is not None:
        for key in ("author", "sitename", "url", "description"):
            value = getattr(result, key, None)
            if value:
                metadata[key] = str(value)
    return Extracted(
        text=text,
        headline=headline or first_line(text),
        encoding=encoding,
        published=published,
        metadata=metadata,
    )
