"""Word .docx: paragraphs and tables in reading order (python-docx, behind the zip/XML guards)."""

from __future__ import annotations

import io

from briefing_app.ingest.errors import damaged
from briefing_app.ingest.guards import SafeZip
from briefing_app.ingest.normalize import first_line
from briefing_app.ingest.result import Extracted
from briefing_app.settings import ImportLimits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def table_row(cells: list[str]) -> str:
    """A table row as one line, the way tables are written in plain text reports."""
    return "| " + " | ".join(cells) + " |"


def _block_lines(element, parent) -> list[str]:
    """Text lines of body-level content in document order, descending into content controls."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            lines.append(Paragraph(child, parent).text)
        elif tag == f"{_W}tbl":
            lines.extend(_table_lines(Table(child, parent)))
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_block_lines(content, parent))
    return lines


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            # python-docx repeats a merged cell once per grid column it spans.
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            inner = _block_lines(cell._tc, cell)
            cells.append(" ".join(" ".join(line.split()) for line in inner if line.strip()))
        if any(cells):
            lines.append(table_row(cells))
    return lines


def read_docx(data: bytes, limits: ImportLimits) -> Extracted:
    package = SafeZip(data, "docx", limits)
    if "word/document.xml" not in package.names:
        raise damaged("docx")
    package.check_all_xml()
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = _block_lines(document.element.body, document)
        props = document.core_properties
        metadata = {
            key: str(value)
            for key, value in (
                ("author", props.author),
                ("title", props.title),
                ("created", props.created),
                ("modified", props.modified),
            )
            if value
        }
    except Exception as exc:  # python-docx raises many types for a broken package
        raise damaged("docx") from exc
    text = "\n".join(lines)
    return Extracted(text=text, headline=first_line(text), metadata=metadata)
