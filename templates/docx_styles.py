"""Word styles of the built-in templates (used by build_templates.py only).

Title, Heading 1–2, List Bullet and the table styles "Briefing Table" and
"Briefing Key Facts" are set up here, so a user can restyle a note in Word.
"""

from __future__ import annotations

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from ooxml_order import SCHEMA_ORDER

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


def insert_ordered(parent, child) -> None:
    """Insert *child* where the schema wants it (Word rejects elements out of order)."""
    if parent.tag.endswith("}trPr"):  # any order is fine here
        parent.append(child)
        return
    sequence = SCHEMA_ORDER[parent.tag.split("}")[1]]
    tag = child.tag.split("}")[1]
    successors = [f"w:{name}" for name in sequence[sequence.index(tag) + 1 :]]
    parent.insert_element_before(child, *successors)


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
        insert_ordered(rpr_default, lang)
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
    insert_ordered(
        heading1.element.get_or_add_pPr(),
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="2" '
            f'w:color="BFC7D5"/></w:pBdr>'
        ),
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
    insert_ordered(
        kicker.element.get_or_add_rPr(), parse_xml(f'<w:spacing {nsdecls("w")} w:val="30"/>')
    )

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
