"""Word is stricter than LibreOffice: properties must appear in the order the schema sets."""

from __future__ import annotations

import itertools

import pytest
from lxml import etree

from briefing_app.export import TemplateInfo, render_docx_bytes
from briefing_app.model import Meeting
from tests.export.conftest import builtin_templates, dossier_extra
from tests.export.docx_reader import read_docx

# ECMA-376 element order of the property containers the templates touch.
_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
    "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr "
    "trPr tcPr tblStylePr",
    "tblStylePr": "pPr rPr tblPr trPr tcPr",
}
SCHEMA_ORDER = {parent: names.split() for parent, names in _ORDER.items()}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _order_problems(xml: str) -> list[str]:
    problems = []
    for element in etree.fromstring(xml.encode("utf-8")).iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        sequence = SCHEMA_ORDER.get(element.tag.removeprefix(W))
        if not sequence:
            continue
        names = [c.tag.removeprefix(W) for c in element if isinstance(c.tag, str)]
        positions = [(sequence.index(n), n) for n in names if n in sequence]
        for (a, name_a), (b, name_b) in itertools.pairwise(positions):
            if b < a:
                problems.append(f"{element.tag.removeprefix(W)}: {name_b} after {name_a}")
    return problems


@pytest.mark.parametrize("info", builtin_templates(), ids=lambda t: t.name)
def test_rendered_note_keeps_schema_order(info: TemplateInfo, rich_meeting: Meeting) -> None:
    extra = dossier_extra(rich_meeting) if info.kind == "dossier" else None
    doc = read_docx(render_docx_bytes(rich_meeting, info, extra=extra))
    for name, xml in doc.xml_parts.items():
        if name.startswith(("word/document", "word/styles", "word/header", "word/footer")):
            assert _order_problems(xml) == [], name
