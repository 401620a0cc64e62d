"""Writing small user templates (a .docx with Jinja tags plus its manifest) for tests."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document


def write_user_template(
    folder: Path,
    name: str,
    lines: list[str],
    *,
    header: str | None = None,
    manifest: dict | str | None = None,
    language: str = "en",
) -> Path:
    """``folder/NAME.docx`` with one paragraph per line, and ``NAME.json`` next to it."""
    folder.mkdir(parents=True, exist_ok=True)
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    path = folder / f"{name}.docx"
    document.save(str(path))
    if manifest is None:
        manifest = {"name": name, "language": language, "description": f"test {name}"}
    text = manifest if isinstance(manifest, str) else json.dumps(manifest)
    path.with_suffix(".json").write_text(text, encoding="utf-8")
    return path
