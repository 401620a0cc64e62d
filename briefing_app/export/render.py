"""Rendering a Meeting through a checked template into the bytes of a .docx file."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from typing import Any

import jinja2
from docx.document import Document
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError

from briefing_app.export.context import ContextBuilder
from briefing_app.export.environment import Formatter, clean_text, environment
from briefing_app.export.errors import ExportError, TemplateError
from briefing_app.export.templates import TemplateInfo
from briefing_app.export.validate import checked_template
from briefing_app.model import Meeting
from briefing_app.settings import Settings

# Word's language tags for the template languages (document property and spelling).
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU"}


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


def set_core_properties(
    document: Document, meeting: Meeting, info: TemplateInfo, settings: Settings | None
) -> None:
    """Title, author, subject, keywords and language, as Word's File › Info shows them."""
    fmt = Formatter(info.language)
    props = document.core_properties
    author = (settings.author if settings else "") or meeting.drafted_by
    subject = " – ".join(
        part
        for part in (info.display_name, meeting.location.name if meeting.location else "")
        if part
    )
    if meeting.date:
        subject += f", {fmt.date(meeting.date)}"
    keywords = list(dict.fromkeys([*meeting.tags, *(fmt.country(c) for c in meeting.countries)]))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    # python-docx limits core properties to 255 characters.
    props.title = clean_text(meeting.title or info.display_name)[:255]
    props.author = clean_text(author)[:255]
    props.last_modified_by = clean_text(author)[:255]
    props.subject = clean_text(subject)[:255]
    props.keywords = clean_text(", ".join(keywords))[:255]
    props.language = LANGUAGE_TAGS.get(info.language, info.language)
    props.category = clean_text(info.display_name)[:255]
    props.comments = ""
    props.identifier = meeting.id[:255]
    props.created = now
    props.modified = now
    props.revision = 1


def render_docx_bytes(
    meeting: Meeting,
    template_info: TemplateInfo,
    *,
    settings: Settings | None = None,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """The finished .docx for *meeting* (used for export and for the editor's preview).

    The template is checked first; a TemplateError is raised before any output exists.
    *extra* carries the dossier's additional values (previous_meetings, open_items …).
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
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()
