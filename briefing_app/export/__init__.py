"""Export: render a Meeting into a Word briefing note from a template.

Templates are .docx files with Jinja tags (docxtpl) rendered in a sandbox; see
``context.NOTE_VARIABLES`` for what a template can use.
"""

from briefing_app.export.errors import (
    ExportError,
    OutputExistsError,
    PdfUnavailableError,
    TemplateError,
)
from briefing_app.export.exporter import ExportResult, export_meeting
from briefing_app.export.naming import suggest_filename
from briefing_app.export.pdf import convert_to_pdf, find_soffice
from briefing_app.export.render import build_context, render_docx_bytes
from briefing_app.export.templates import TemplateInfo, find_template, list_templates

__all__ = [
    "ExportError",
    "ExportResult",
    "OutputExistsError",
    "PdfUnavailableError",
    "TemplateError",
    "TemplateInfo",
    "build_context",
    "convert_to_pdf",
    "export_meeting",
    "find_soffice",
    "find_template",
    "list_templates",
    "render_docx_bytes",
    "suggest_filename",
]
