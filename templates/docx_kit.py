"""Building blocks for the built-in Word templates (used by build_templates.py only).

Paragraphs, docxtpl block tags, tables with a repeated row, the key-facts table,
and the header and footer with classification marking and page X of Y.
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx_styles import META_STYLE, MUTED, TABLE_STYLE, insert_ordered, new_document


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when laid out."""

    def fld(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    run = paragraph.add_run()
    run._r.append(fld("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld("separate"))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(fld("end"))


def header_and_footer(document, page_word: str, of_word: str, running_title: str) -> None:
    """Classification marking at top and bottom of every page, page X of Y above the bottom one.

    The header also carries the note's kind and date, right-aligned and small.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = False
    header = section.header
    para = header.paragraphs[0]
    para.style = document.styles["Classification Marking"]
    para.add_run("{{ classification }}")
    running = header.add_paragraph(
        running_title + "{% if date %} · {{ date }}{% endif %}", style=document.styles["Footer"]
    )
    running.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    running.paragraph_format.space_before = Pt(2)

    footer = section.footer
    para = footer.paragraphs[0]
    para.style = document.styles["Footer"]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(f"{page_word} ")
    add_field(para, "PAGE")
    para.add_run(f" {of_word} ")
    add_field(para, "NUMPAGES")
    marking = footer.add_paragraph(style=document.styles["Classification Marking"])
    marking.add_run("{{ classification }}")
    marking.paragraph_format.space_before = Pt(3)
    assert section.start_type in (WD_SECTION.NEW_PAGE, None)


def para(document, text: str = "", style: str | None = None, *, bold_prefix: str = "") -> Paragraph:
    paragraph = document.add_paragraph(style=document.styles[style] if style else None)
    if bold_prefix:
        paragraph.add_run(bold_prefix).bold = True
    if text:
        paragraph.add_run(text)
    return paragraph


def tag(document, text: str) -> None:
    """A paragraph holding only a docxtpl block tag ({%p … %}); docxtpl removes it."""
    document.add_paragraph(text)


def text_or_empty(document, value: str, empty: str, *, style: str | None = None) -> None:
    """The text of *value* (blank lines → paragraphs), or an italic 'not recorded' line."""
    tag(document, f"{{%p if {value} %}}")
    para(document, f"{{{{ {value}|paragraphs }}}}", style)
    tag(document, "{%p else %}")
    para(document, empty, "Not Recorded")
    tag(document, "{%p endif %}")


def bullets_or_empty(document, items: str, var: str, line: str, empty: str) -> None:
    tag(document, f"{{%p if {items} %}}")
    tag(document, f"{{%p for {var} in {items} %}}")
    para(document, line, "List Bullet")
    tag(document, "{%p endfor %}")
    tag(document, "{%p else %}")
    para(document, empty, "Not Recorded")
    tag(document, "{%p endif %}")


def _cell_text(cell, text: str, *, bold: bool = False, color=None, size=None) -> None:
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(text)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color
    if size is not None:
        run.font.size = Pt(size)


def _shade(cell, fill: str) -> None:
    # Also set directly: LibreOffice ignores a table style's header-row shading.
    tcpr = cell._tc.get_or_add_tcPr()
    insert_ordered(
        tcpr, parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _widths(table: Table, widths_cm: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    insert_ordered(trpr, parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    insert_ordered(trpr, parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _style_look(table: Table, *, first_row: bool, first_col: bool) -> None:
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblLook")):
        tblpr.remove(old)
    look = OxmlElement("w:tblLook")
    look.set(qn("w:val"), "0000")
    look.set(qn("w:firstRow"), "1" if first_row else "0")
    look.set(qn("w:lastRow"), "0")
    look.set(qn("w:firstColumn"), "1" if first_col else "0")
    look.set(qn("w:lastColumn"), "0")
    look.set(qn("w:noHBand"), "1")
    look.set(qn("w:noVBand"), "1")
    insert_ordered(tblpr, look)


def loop_table(
    document,
    items: str,
    var: str,
    headers: list[str],
    cells: list[str],
    widths: list[float],
    empty: str,
) -> None:
    """A table with a header row and one row per item ({%tr for %}), or an 'empty' line."""
    tag(document, f"{{%p if {items} %}}")
    table = document.add_table(rows=4, cols=len(headers))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _style_look(table, first_row=True, first_col=False)
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        _cell_text(cell, text, bold=True)
        _shade(cell, "E4EAF2")
    _repeat_header(table.rows[0])
    # A row is kept on one page; only a table longer than a page breaks, between rows.
    insert_ordered(table.rows[2]._tr.get_or_add_trPr(), parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    _cell_text(table.rows[1].cells[0], f"{{%tr for {var} in {items} %}}")
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        _cell_text(cell, text)
    _cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    _widths(table, widths)
    tag(document, "{%p else %}")
    para(document, empty, "Not Recorded")
    tag(document, "{%p endif %}")


def key_facts(document, rows: list[tuple[str, str]], widths: tuple[float, float] = (4.0, 12.3)):
    """Label/value table at the top of a note (date, place …); returns the table."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = document.styles[META_STYLE]
    _style_look(table, first_row=False, first_col=True)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        _cell_text(row.cells[0], label, bold=True, color=MUTED, size=9)
        _cell_text(row.cells[1], value)
    _widths(table, list(widths))
    para(document, "", None).paragraph_format.space_after = Pt(2)
    return table


def cell_paragraphs(cell, lines: list[tuple[str, str | None]]) -> None:
    """Fill a table cell with several paragraphs (text, style name or None)."""
    document_styles = cell.part.document.styles
    first = True
    for text, style in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.text = text
        if style:
            paragraph.style = document_styles[style]
        else:
            paragraph.paragraph_format.space_after = Pt(1)


def titled_document(language: str, kind: str, facts: list[tuple[str, str]]):
    """A new note: header and footer, its kind above the title, and the key-facts table.

    The opening every briefing note and dossier shares; *kind* is written in *language*.
    """
    de = language == "de"
    doc = new_document(language)
    header_and_footer(doc, "Seite" if de else "Page", "von" if de else "of", kind)
    para(doc, kind, "Document Type")
    para(doc, "{{ title or 'Gespräch' }}" if de else "{{ title or 'Meeting' }}", "Title")
    key_facts(doc, facts)
    return doc
