"""User templates run sandboxed: escaping, injection payloads, unknown fields, syntax errors."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.export import TemplateError, export_meeting, find_template, render_docx_bytes
from briefing_app.export.environment import clean_text, environment
from briefing_app.model import Meeting
from briefing_app.paths import resolve_paths
from briefing_app.settings import Settings
from tests.export.docx_reader import read_docx
from tests.export.user_templates import write_user_template

INJECTIONS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self.__init__.__globals__ }}",
    "{{ meeting.__dict__ }}",
    "{{ meeting.model_config }}",
    "{{ meeting.model_dump() }}",
    "{{ meeting['__class__'] }}",
    "{{ meeting|attr('__class__') }}",
    "{{ participants|map(attribute='__class__')|list }}",
    "{{ config }}",
    "{{ request.application }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "{{ title|safe }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{% macro m() %}{% endmacro %}",
    "{{ range(10) }}",
    "{{ meeting[title ~ '__'] }}",
    "{{ title|center(100000000) }}",
]


@pytest.fixture
def user_folder():
    return resolve_paths().user_templates


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_payload_in_a_user_template_is_refused(
    payload: str, user_folder, rich_meeting: Meeting, tmp_path
) -> None:
    write_user_template(user_folder, "evil", ["Note", payload])
    out = tmp_path / "out.docx"
    with pytest.raises(TemplateError) as info:
        export_meeting(
            rich_meeting,
            template="evil",
            output=out,
            paths=resolve_paths(),
            settings=Settings(),
        )
    assert "'evil'" in info.value.message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_injection_in_the_header_is_refused_too(user_folder, rich_meeting) -> None:
    write_user_template(user_folder, "evilhead", ["ok"], header="{{ cycler.__init__ }}")
    info = find_template("evilhead", resolve_paths())
    with pytest.raises(TemplateError, match="header"):
        render_docx_bytes(rich_meeting, info)


def test_the_sandbox_itself_blocks_what_the_checker_would_catch() -> None:
    # Defence in depth: even a template that skipped the check cannot reach Python internals.
    env = environment("en")
    with pytest.raises(Exception, match=r"unsafe|undefined|not safely callable"):
        env.from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}").render()
    with pytest.raises(OverflowError):
        env.from_string("{{ 'x' * 100000000 }}").render()
    with pytest.raises(OverflowError):
        env.from_string("{{ 'x'|center(99999 * 99999) }}").render()


def test_unknown_field_names_template_tag_and_field(user_folder, rich_meeting) -> None:
    write_user_template(user_folder, "typo", ["Title: {{ meeting.titel }}"])
    with pytest.raises(TemplateError) as info:
        render_docx_bytes(rich_meeting, find_template("typo", resolve_paths()))
    message = info.value.message
    assert "'typo'" in message
    assert "{{ meeting.titel }}" in message
    assert "unknown field 'titel'" in message


def test_unknown_top_level_variable_is_named(user_folder, rich_meeting) -> None:
    write_user_template(
        user_folder, "typo2", ["{% for p in participantz %}{{ p.name }}{% endfor %}"]
    )
    with pytest.raises(TemplateError, match="unknown field 'participantz'"):
        render_docx_bytes(rich_meeting, find_template("typo2", resolve_paths()))


def test_dossier_fields_in_a_note_template_get_a_hint(user_folder, rich_meeting) -> None:
    write_user_template(user_folder, "notedossier", ["{{ previous_meetings }}"])
    with pytest.raises(TemplateError, match="only in dossier templates"):
        render_docx_bytes(rich_meeting, find_template("notedossier", resolve_paths()))


def test_syntax_error_names_template_tag_and_problem(user_folder, rich_meeting, tmp_path):
    write_user_template(user_folder, "broken", ["Fine {{ title }}", "{% if purpose %}never closed"])
    out = tmp_path / "x.docx"
    with pytest.raises(TemplateError) as info:
        export_meeting(
            rich_meeting, template="broken", output=out, paths=resolve_paths(), settings=Settings()
        )
    message = info.value.message
    assert "'broken'" in message and "syntax error" in message
    assert "{% if purpose %}" in message
    assert "endif" in message or "end of template" in message
    assert not out.exists()


def test_unknown_filter_is_reported(user_folder, rich_meeting) -> None:
    write_user_template(user_folder, "filt", ["{{ date|shout }}"])
    with pytest.raises(TemplateError, match="unknown filter 'shout'"):
        render_docx_bytes(rich_meeting, find_template("filt", resolve_paths()))


def test_a_correct_user_template_uses_filters_and_escapes(user_folder, rich_meeting) -> None:
    write_user_template(
        user_folder,
        "mine",
        [
            "{{ title }}",
            "{{ meeting.date|date }} / {{ meeting.date|date('full') }}",
            "{% for p in meeting.attendees %}{{ p|person }}; {% endfor %}",
            "{{ meeting.location.country|country }} {{ meeting.countries|countries }}",
            "{% for t in topics %}{{ loop.index }}. {{ t.label|upper }} {% endfor %}",
        ],
        language="de",
    )
    data = render_docx_bytes(rich_meeting, find_template("mine", resolve_paths()))
    lines = [text for _style, text in read_docx(data).blocks]
    assert lines[0] == "Talks on AT&T <Holding> & the Middle Corridor"
    assert lines[1] == "3. März 2025 / Montag, 3. März 2025"
    assert (
        lines[2]
        == "Ilham Aliyev (President, Aserbaidschan); Askar Bektenov (Minister, Kasachstan); "
    )
    assert lines[3] == "Aserbaidschan Aserbaidschan und Kasachstan"
    assert lines[4] == "1. MIDDLE CORRIDOR 2. ENERGY "


def test_markup_characters_and_control_characters_do_not_corrupt_the_file(
    user_folder, rich_meeting
) -> None:
    rich_meeting.purpose = "AT&T <Holding> \"quoted\" 'single' ]]> <![CDATA[ x ]]> \x0b\x00 end"
    write_user_template(user_folder, "esc", ["{{ purpose }}", "{{ meeting.purpose }}"])
    data = render_docx_bytes(rich_meeting, find_template("esc", resolve_paths()))
    lines = [text for _style, text in read_docx(data).blocks]
    expected = "AT&T <Holding> \"quoted\" 'single' ]]> <![CDATA[ x ]]>  end"
    assert lines == [expected, expected]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=80).filter(str.strip),
    text=st.text(max_size=200),
    name=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
    ).filter(str.strip),
)
def test_any_text_in_any_field_gives_a_readable_file(title: str, text: str, name: str) -> None:
    meeting = Meeting(
        title=title,
        purpose=text,
        background=text,
        attendees=[{"name": name, "role": text[:40]}],
        topics=[{"label": title, "summary": text}],
        follow_ups=[{"text": title, "owner": text[:20]}],
        classification="SECRET",
    )
    info = find_template("briefing-note-en", resolve_paths())
    doc = read_docx(render_docx_bytes(meeting, info))
    assert clean_text(meeting.title).strip() in doc.text
    assert doc.headers[0].split("\n")[0] == "SECRET"


def test_a_user_template_without_marking_still_gets_it_on_every_page(user_folder) -> None:
    # The template forgot {{ classification }}; a classified note must carry it anyway.
    write_user_template(user_folder, "nomark", ["{{ title }}"])
    meeting = Meeting(title="Talk", classification="SECRET")
    doc = read_docx(render_docx_bytes(meeting, find_template("nomark", resolve_paths())))
    assert doc.headers[0].split("\n")[0] == "SECRET"
    assert doc.footers[0].split("\n")[-1] == "SECRET"
    # An open note gets nothing added.
    doc = read_docx(
        render_docx_bytes(Meeting(title="Talk"), find_template("nomark", resolve_paths()))
    )
    assert doc.headers[0].strip() == "" and doc.footers[0].strip() == ""


def test_a_marking_already_in_the_header_is_not_doubled(user_folder) -> None:
    write_user_template(user_folder, "mark", ["{{ title }}"], header="{{ classification }}")
    meeting = Meeting(title="Talk", classification="SECRET")
    doc = read_docx(render_docx_bytes(meeting, find_template("mark", resolve_paths())))
    assert doc.headers[0].count("SECRET") == 1
    assert doc.footers[0].count("SECRET") == 1
