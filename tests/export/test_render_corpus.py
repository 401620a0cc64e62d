"""Every built-in template rendered for every corpus meeting, read back with python-docx."""

from __future__ import annotations

import pytest
from babel.dates import format_date

from briefing_app.export import TemplateInfo, render_docx_bytes
from briefing_app.export.environment import Formatter, babel_locale
from briefing_app.model import Meeting
from briefing_app.model.codes import find_classification
from briefing_app.settings import Settings
from tests.export.conftest import builtin_templates, corpus_meetings, dossier_extra
from tests.export.docx_reader import read_docx

TEMPLATES = builtin_templates()
MEETINGS = corpus_meetings()


def test_all_six_builtin_templates_are_there() -> None:
    assert {t.name for t in TEMPLATES} == {
        "briefing-note-de",
        "briefing-note-en",
        "gespraechsvermerk",
        "memcon",
        "dossier-de",
        "dossier-en",
    }
    assert {t.name for t in TEMPLATES if t.kind == "dossier"} == {"dossier-de", "dossier-en"}


@pytest.mark.parametrize("info", TEMPLATES, ids=lambda t: t.name)
@pytest.mark.parametrize("meeting_id, meeting", MEETINGS, ids=[m[0] for m in MEETINGS])
def test_template_renders_corpus_meeting(info: TemplateInfo, meeting_id: str, meeting: Meeting):
    extra = dossier_extra(meeting) if info.kind == "dossier" else None
    data = render_docx_bytes(meeting, info, settings=Settings(author="Anna Schmidt"), extra=extra)
    doc = read_docx(data)
    text = doc.text

    # No template tag survives, in any part of the file.
    for name, xml in doc.xml_parts.items():
        assert "{{" not in xml and "{%" not in xml, f"{name} still holds a template tag"

    assert meeting.title in text
    assert format_date(meeting.date, "long", locale=babel_locale(info.language)) in text
    fmt = Formatter(info.language)
    for person in meeting.attendees:
        assert person.name in text, person.name
        if person.country and info.name != "dossier-de" and info.name != "dossier-en":
            assert fmt.country(person.country) in text
    if info.kind == "note":
        for topic in meeting.topics:
            assert topic.label in text
        for agreement in meeting.agreements:
            assert agreement.text in text
    if info.name.startswith(("briefing-note", "gespraechsvermerk")):
        for follow_up in meeting.follow_ups:
            assert follow_up.text in text
    if meeting.location is not None:
        assert meeting.location.name in text

    # The marking at the top and the bottom of every page.
    marking = find_classification(meeting.classification).marking
    assert marking
    assert doc.headers[0].splitlines()[0] == marking
    assert doc.footers[0].splitlines()[-1] == marking
    assert "PAGE" in doc.xml_parts["word/footer1.xml"]
    assert "NUMPAGES" in doc.xml_parts["word/footer1.xml"]

    # Real Word styles, so a user can restyle the note in Word.
    used = doc.styles_used
    assert "Title" in used and "Heading 1" in used
    assert any(style.startswith("table:Briefing") for style in used)
    if meeting.topics and info.name in ("gespraechsvermerk", "memcon"):
        assert "Heading 2" in used
    if info.name.startswith("briefing-note") and meeting.topics:
        assert "List Bullet" in used

    props = doc.document.core_properties
    assert props.title == meeting.title
    assert props.author == "Anna Schmidt"
    assert props.language.startswith(info.language)
    for code in meeting.countries:
        assert fmt.country(code) in props.keywords
