"""After rendering: document properties, and the classification marking on every page.

A user's template may forget the marking; a classified note must never leave
without it, so a header or footer that lacks the marking gets it added.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import _Footer, _Header
from docx.shared import Pt, RGBColor

from briefing_app.export.environment import Formatter, clean_text
from briefing_app.export.templates import TemplateInfo
from briefing_app.model import Meeting
from briefing_app.settings import Settings

# Word's language tags for the template languages (document property and spelling).
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU"}
_MARKING_COLOUR = RGBColor(0xA0, 0x1C, 0x1C)


def set_core_properties(
    document: Document, meeting: Meeting, info: TemplateInfo, settings: Settings | None
) -> None:
    """Title, author, subject, keywords and language, as Word's File › Info shows them."""
    fmt = Formatter(info.language)
    props = document.core_properties
    author = (settings.author if settings else "") or meeting.drafted_by
    place = meeting.location.name if meeting.location else ""
    subject = " – ".join(part for part in (info.display_name, place) if part)
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


def _text(part: _Header | _Footer) -> str:
    paragraphs = list(part.paragraphs)
    for table in part.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return "\n".join(p.text for p in paragraphs)


def _add_marking(part: _Header | _Footer, marking: str, *, at_top: bool) -> None:
    paragraphs = part.paragraphs
    if at_top and paragraphs:
        paragraph = paragraphs[0].insert_paragraph_before()
    else:
        paragraph = part.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking)
    run.bold = True
    run.font.size = Pt(10)
    run.font.color.rgb = _MARKING_COLOUR


def ensure_markings(document: Document, marking: str) -> int:
    """Put *marking* at the top and bottom of every page that lacks it; how many were added."""
    if not marking:
        return 0
    added = 0
    for number, section in enumerate(document.sections):
        parts: list[tuple[_Header | _Footer, bool]] = []
        for header, footer in (
            (section.header, section.footer),
            *(
                [(section.first_page_header, section.first_page_footer)]
                if section.different_first_page_header_footer
                else []
            ),
            *(
                [(section.even_page_header, section.even_page_footer)]
                if document.settings.odd_and_even_pages_header_footer
                else []
            ),
        ):
            parts += [(header, True), (footer, False)]
        for part, at_top in parts:
            if number > 0 and part.is_linked_to_previous:
                continue  # shows the previous section's header, already checked
            if marking in _text(part):
                continue
            # Accessing a linked (absent) header and unlinking it gives the section its own.
            part.is_linked_to_previous = False
            _add_marking(part, marking, at_top=at_top)
            added += 1
    return added
