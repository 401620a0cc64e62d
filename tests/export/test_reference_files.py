"""One reference file per built-in template: the rendered note's structure, compared line by line.

The reference is a normalised dump (style and text of every paragraph and table row,
header, footer and document properties) in tests/fixtures/export/. Volatile parts
(timestamps, the meeting id) are left out. After an intended template change, run
``UPDATE_EXPORT_REFERENCES=1 pytest tests/export/test_reference_files.py`` and review
the diff of the fixtures before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.export import TemplateInfo, render_docx_bytes
from briefing_app.model import Meeting
from briefing_app.settings import Settings
from tests.export.conftest import builtin_templates, dossier_extra
from tests.export.docx_reader import read_docx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "export"


def dump(data: bytes) -> str:
    doc = read_docx(data)
    props = doc.document.core_properties
    lines = ["# properties"]
    for name in ("title", "author", "subject", "keywords", "language", "category"):
        lines.append(f"{name}: {getattr(props, name)}")
    lines.append("# header")
    lines += [f"  {line}" for line in doc.headers[0].split("\n")]
    lines.append("# footer")
    lines += [f"  {line}" for line in doc.footers[0].split("\n")]
    lines.append("# body")
    lines += [f"[{style}] {text}" for style, text in doc.blocks]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("info", builtin_templates(), ids=lambda t: t.name)
def test_rendered_note_matches_its_reference(info: TemplateInfo, rich_meeting: Meeting) -> None:
    extra = dossier_extra(rich_meeting) if info.kind == "dossier" else None
    data = render_docx_bytes(
        rich_meeting, info, settings=Settings(author="Anna Schmidt"), extra=extra
    )
    actual = dump(data)
    reference = FIXTURES / f"{info.name}.txt"
    if os.environ.get("UPDATE_EXPORT_REFERENCES") == "1":
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text(actual, encoding="utf-8")
    assert reference.is_file(), f"no reference for {info.name}; see this module's docstring"
    assert actual.splitlines() == reference.read_text(encoding="utf-8").splitlines()
