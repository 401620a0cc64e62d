"""Building blocks for the built-in Word templates (used by build_templates.py only).

The templates use Word's own styles (Title, Heading 1–2, List Bullet and the
table style "Briefing Table"), so a user can restyle a note in Word in one go.
"""

from __future__ import annotations

import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

BODY_FONT = "Calibri"
INK = RGBColor(0x1F, 0x2A, 0x44)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x59, 0x59, 0x59)
MARKING = RGBColor(0xA0, 0x1C, 0x1C)
TABLE_STYLE = "Briefing Table"
META_STYLE = "Briefing Key Facts"

_LANG_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU"}


def _set_font(style, *, size: float | None = None, bold: bool | None = None, color=None) -> None:
    font = style.font
    font.name = BODY_FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), BODY_FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color
        font.color.theme_color = None
        font.color.rgb = color


def _spacing(style, before: float, after: float, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line


def _set_language(document, language: str) -> None:
    """Default proofing language of the whole document (Word's spelling check)."""
    tag = _LANG_TAGS.get(language, language)
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is None:
        return
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")


def _remove_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _add_table_style(document) -> None:
    """A named table style: thin rules, shaded bold header row (restyle it in Word)."""
    xml = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">
  <w:name w:val="{TABLE_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC7D5"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>
      <w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="1F2A44"/></w:rPr>
    <w:tblPr/>
    <w:tcPr>
      <w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/></w:tcBorders>
      <w:shd w:val="clear" w:color="auto" w:fill="E4EAF2"/>
    </w:tcPr>
  </w:tblStylePr>
</w:style>"""
    document.styles.element.append(parse_xml(xml))
    meta = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingKeyFacts">
  <w:name w:val="{META_STYLE}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="41"/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="BFC7D5"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC7D5"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="30" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>
      <w:bottom w:w="30" w:type="dxa"/><w:right w:w="120" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr>
  </w:tblStylePr>
</w:style>"""
    document.styles.element.append(parse_xml(meta))


def new_document(language: str):
    """A4 document with the briefing styles set up."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.2)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.2)
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(0.9)
    _set_language(document, language)
    # python-docx's blank document claims to be written by python-docx; templates start clean.
    props = document.core_properties
    props.author = props.last_modified_by = props.comments = ""
    props.title = props.subject = props.keywords = props.category = ""
    props.revision = 1

    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal, size=10.5, color=INK)
    _spacing(normal, 0, 6, 1.12)
    title = styles["Title"]
    _set_font(title, size=20, bold=True, color=INK)
    _remove_border(title)
    _spacing(title, 0, 10, 1.0)
    title.font.all_caps = False
    rpr = title.element.get_or_add_rPr()
    for tag in ("w:spacing", "w:kern"):
        for node in rpr.findall(qn(tag)):
            rpr.remove(node)
    heading1 = styles["Heading 1"]
    _set_font(heading1, size=12.5, bold=True, color=ACCENT)
    _spacing(heading1, 14, 4)
    ppr = heading1.element.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="2" '
            f'w:color="BFC7D5"/></w:pBdr>'
        )
    )
    heading2 = styles["Heading 2"]
    _set_font(heading2, size=11, bold=True, color=INK)
    _spacing(heading2, 8, 2)
    bullet = styles["List Bullet"]
    _set_font(bullet, size=10.5, color=INK)
    _spacing(bullet, 0, 3, 1.1)

    kicker = styles.add_style("Document Type", WD_STYLE_TYPE.PARAGRAPH)
    kicker.base_style = normal
    _set_font(kicker, size=9, bold=True, color=ACCENT)
    kicker.font.all_caps = True
    _spacing(kicker, 0, 2)
    rpr = kicker.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="30"/>'))

    empty = styles.add_style("Not Recorded", WD_STYLE_TYPE.PARAGRAPH)
    empty.base_style = normal
    _set_font(empty, color=MUTED)
    empty.font.italic = True

    small = styles.add_style("Source Note", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = normal
    _set_font(small, size=9, color=MUTED)
    _spacing(small, 0, 2)

    label = styles.add_style("Side Label", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = normal
    _set_font(label, size=10.5, bold=True, color=INK)
    _spacing(label, 4, 1)
    label.paragraph_format.keep_with_next = True

    marking = styles.add_style("Classification Marking", WD_STYLE_TYPE.PARAGRAPH)
    marking.base_style = normal
    _set_font(marking, size=10, bold=True, color=MARKING)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(marking, 0, 0, 1.0)

    footer_style = (
        styles["Footer"]
        if "Footer" in styles
        else styles.add_style("Footer", WD_STYLE_TYPE.PARAGRAPH)
    )
    _set_font(footer_style, size=8.5, color=MUTED)

    _add_table_style(document)
    return document


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
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


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
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    trpr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))


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
    tblpr.append(look)


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


def copy_element(element):
    return copy.deepcopy(element)
