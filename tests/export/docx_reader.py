"""Reading an exported note back with python-docx, the way a test (or Word) sees it."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentType
from docx.table import Table
from docx.text.paragraph import Paragraph


@dataclass
class ReadBack:
    document: DocumentType
    blocks: list[tuple[str, str]]  # (style name, text) for paragraphs and table cells in order
    headers: list[str]
    footers: list[str]
    xml_parts: dict[str, str]

    @property
    def text(self) -> str:
        return "\n".join(text for _style, text in self.blocks)

    @property
    def styles_used(self) -> set[str]:
        return {style for style, _text in self.blocks}

    def table_styles(self) -> list[str]:
        return [table.style.name for table in self.document.tables if table.style is not None]


def _iter_blocks(document: DocumentType):
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item.style.name if item.style is not None else "", item.text
        elif isinstance(item, Table):
            style = f"table:{item.style.name}" if item.style is not None else "table"
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    cells.append(" / ".join(p.text for p in cell.paragraphs if p.text))
                yield style, " | ".join(cells)


def read_docx(data: bytes) -> ReadBack:
    document = Document(io.BytesIO(data))
    section = document.sections[0]
    headers = ["\n".join(p.text for p in section.header.paragraphs)]
    footers = ["\n".join(p.text for p in section.footer.paragraphs)]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml_parts = {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }
    return ReadBack(document, list(_iter_blocks(document)), headers, footers, xml_parts)
