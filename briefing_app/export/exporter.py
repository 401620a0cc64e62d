"""export_meeting: template → checked → rendered → written atomically (→ PDF)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.errors import FileWriteError
from briefing_app.export.errors import ExportError, OutputExistsError
from briefing_app.export.naming import suggest_filename
from briefing_app.export.pdf import convert_to_pdf, require_soffice
from briefing_app.export.render import render_docx_bytes
from briefing_app.export.templates import find_template
from briefing_app.fileio import atomic_write_bytes
from briefing_app.model import Meeting
from briefing_app.paths import AppPaths
from briefing_app.settings import Settings


@dataclass(frozen=True)
class ExportResult:
    docx: Path
    pdf: Path | None = None


def _exists_error(path: Path) -> OutputExistsError:
    return OutputExistsError(
        f"{path} already exists and was not overwritten; choose another name "
        f"or allow overwriting (--force)."
    )


def resolve_output(output: Path | None, suggested: str) -> Path:
    """The .docx path: *output* as given, a folder plus the suggested name, or the cwd."""
    if output is None:
        return Path.cwd() / suggested
    output = Path(output).expanduser()
    if output.is_dir():
        return output / suggested
    suffix = output.suffix.lower()
    if suffix == ".pdf":
        raise ExportError(
            f"{output.name}: give the name of the Word file (.docx); the PDF is written next "
            f"to it with --pdf."
        )
    if suffix != ".docx":
        output = output.with_name(output.name + ".docx")
    return output


def export_meeting(
    meeting: Meeting,
    *,
    template: str,
    output: Path | None,
    paths: AppPaths,
    settings: Settings,
    force: bool = False,
    pdf: bool = False,
    extra: Mapping[str, Any] | None = None,
) -> ExportResult:
    """Write *meeting* as a Word note (and a PDF beside it with *pdf*).

    Everything that can fail before writing is checked first: the template, the
    output names, LibreOffice for *pdf*. An existing file is only replaced with
    *force*; the .docx is written atomically, so a failure leaves no partial file.
    """
    info = find_template(template, paths)
    docx = resolve_output(output, suggest_filename(meeting, info, settings.filename_pattern))
    pdf_path = docx.with_suffix(".pdf") if pdf else None
    if not force:
        for path in (docx, pdf_path):
            if path is not None and path.exists():
                raise _exists_error(path)
    if pdf:
        require_soffice()
    data = render_docx_bytes(meeting, info, settings=settings, extra=extra)
    try:
        atomic_write_bytes(docx, data, overwrite=force)
    except FileWriteError as exc:
        if not force and docx.exists():
            raise _exists_error(docx) from exc
        raise
    if pdf_path is not None:
        pdf_path = convert_to_pdf(docx, docx.parent)
    return ExportResult(docx=docx, pdf=pdf_path)
