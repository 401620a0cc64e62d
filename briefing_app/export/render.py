"""Rendering a Meeting through a checked template into the bytes of a .docx file."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError

from briefing_app.export.context import ContextBuilder
from briefing_app.export.environment import environment
from briefing_app.export.errors import ExportError, TemplateError
from briefing_app.export.postprocess import ensure_markings, set_core_properties
from briefing_app.export.templates import TemplateInfo
from briefing_app.export.validate import checked_template
from briefing_app.model import Meeting
from briefing_app.settings import Settings


def build_context(
    meeting: Meeting,
    info: TemplateInfo,
    *,
    settings: Settings | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The context *info*'s template is rendered with (see context.NOTE_VARIABLES)."""
    try:
        return ContextBuilder(info.language).build(meeting, settings=settings, extra=extra)
    except KeyError as exc:
        raise ExportError(f"The dossier could not be exported: {exc.args[0]}.") from exc


def render_docx_bytes(
    meeting: Meeting,
    template_info: TemplateInfo,
    *,
    settings: Settings | None = None,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """The finished .docx for *meeting* (used for export and for the editor's preview).

    The template is checked first; a TemplateError is raised before any output exists.
    *extra* carries the dossier's additional values (previous_meetings, open_items …;
    ``briefing_app.workflow.template_extra`` gives them for a saved dossier).
    """
    data, _fields = checked_template(template_info)
    context = build_context(meeting, template_info, settings=settings, extra=extra)
    template = DocxTemplate(io.BytesIO(data))
    try:
        template.render(context, jinja_env=environment(template_info.language))
    except SecurityError as exc:
        raise TemplateError(
            f"The template '{template_info.name}' tried something unsafe and was stopped: {exc}."
        ) from exc
    except (jinja2.TemplateError, OverflowError) as exc:
        raise TemplateError(
            f"The template '{template_info.name}' could not be filled in: {exc}."
        ) from exc
    set_core_properties(template.docx, meeting, template_info, settings)
    ensure_markings(template.docx, context["classification"])
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()
