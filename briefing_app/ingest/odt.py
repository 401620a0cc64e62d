"""OpenDocument text (.odt): content.xml read with the hardened parser, in document order.

odfpy parses with expat and would expand entities; reading content.xml through
defusedxml ourselves is both safer and faster, and the ODF text model is small.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from briefing_app.ingest.docx import table_row
from briefing_app.ingest.errors import damaged
from briefing_app.ingest.guards import SafeZip
from briefing_app.ingest.normalize import first_line
from briefing_app.ingest.result import Extracted
from briefing_app.settings import ImportLimits

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"

# Inline elements whose text is not part of the running text.
_SKIP_INLINE = {
    f"{TEXT}note",
    f"{TEXT}bookmark-start",
    f"{TEXT}bookmark-end",
    f"{OFFICE}annotation",
}


def _inline_text(element: Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{TEXT}s":
            parts.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif tag == f"{TEXT}tab":
            parts.append("\t")
        elif tag == f"{TEXT}line-break":
            parts.append("\n")
        elif tag not in _SKIP_INLINE:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _block_lines(element: Element) -> list[str]:
    lines: list[str] = []
    for child in element:
        tag = child.tag
        if tag in (f"{TEXT}p", f"{TEXT}h"):
            lines.append(_inline_text(child))
        elif tag == f"{TABLE}table":
            lines.extend(_table_lines(child))
        elif tag in (f"{TEXT}soft-page-break", f"{TEXT}tracked-changes", f"{OFFICE}forms"):
            continue
        else:  # lists, list items, sections, frames: containers of paragraphs
            lines.extend(_block_lines(child))
    return lines


def _rows(element: Element) -> list[Element]:
    """Rows of one table, through row groups but not into nested tables."""
    rows: list[Element] = []
    for child in element:
        if child.tag == f"{TABLE}table-row":
            rows.append(child)
        elif child.tag in (
            f"{TABLE}table-header-rows",
            f"{TABLE}table-rows",
            f"{TABLE}table-row-group",
        ):
            rows.extend(_rows(child))
    return rows


def _table_lines(table: Element) -> list[str]:
    lines: list[str] = []
    for row in _rows(table):
        cells = []
        for cell in row:
            if cell.tag != f"{TABLE}table-cell":
                continue
            inner = _block_lines(cell)
            cells.append(" ".join(" ".join(line.split()) for line in inner if line.strip()))
        if any(cells):
            lines.append(table_row(cells))
    return lines


def read_odt(data: bytes, limits: ImportLimits) -> Extracted:
    package = SafeZip(data, "odt", limits)
    if "content.xml" not in package.names:
        raise damaged("odt")
    root = package.xml("content.xml")
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise damaged("odt")
    text = "\n".join(_block_lines(body))
    metadata: dict[str, str] = {}
    if "meta.xml" in package.names:
        meta = package.xml("meta.xml")
        for key, tag in (
            ("title", f"{DC}title"),
            ("author", f"{DC}creator"),
            ("created", f"{META}creation-date"),
            ("modified", f"{DC}date"),
        ):
            found = meta.find(f".//{tag}")
            if found is not None and found.text:
                metadata[key] = found.text.strip()
    return Extracted(text=text, headline=first_line(text), metadata=metadata)
