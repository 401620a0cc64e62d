"""Word is stricter than LibreOffice: properties must appear in the order the schema sets."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest
from lxml import etree

from briefing_app.export import TemplateInfo, render_docx_bytes
from briefing_app.model import Meeting
from tests.export.conftest import builtin_templates, dossier_extra
from tests.export.docx_reader import read_docx


def _schema_order() -> dict[str, list[str]]:
    """The ECMA-376 child order the template builder also uses (templates/ooxml_order.py)."""
    path = Path(__file__).resolve().parents[2] / "templates" / "ooxml_order.py"
    spec = importlib.util.spec_from_file_location("ooxml_order", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SCHEMA_ORDER


SCHEMA_ORDER = _schema_order()

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
