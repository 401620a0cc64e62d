"""Layouts of the built-in notes: briefing note (de/en), Gesprächsvermerk, memcon."""

from __future__ import annotations

from docx.shared import Pt
from docx_kit import (
    bullets_or_empty,
    cell_paragraphs,
    header_and_footer,
    key_facts,
    loop_table,
    para,
    tag,
    text_or_empty,
    titled_document,
)
from docx_styles import new_document


def briefing_note(language: str) -> object:
    de = language == "de"
    doc = titled_document(
        language,
        "Gesprächsnotiz" if de else "Briefing note",
        [
            ("Datum" if de else "Date", "{{ when }}"),
            ("Ort" if de else "Place", "{{ place or labels.unknown_place }}"),
            ("Staaten" if de else "Countries", "{{ countries or '—' }}"),
            ("Verfasst von" if de else "Drafted by", "{{ drafted_by or '—' }}"),
        ],
    )
    not_recorded = "Nicht erfasst." if de else "Not recorded."

    para(doc, "Zweck" if de else "Purpose", "Heading 1")
    text_or_empty(doc, "purpose", not_recorded)

    para(doc, "Teilnehmer" if de else "Participants", "Heading 1")
    loop_table(
        doc,
        "participants",
        "p",
        [
            "Name",
            "Funktion" if de else "Position",
            "Staat" if de else "Country",
            "Seite" if de else "Side",
        ],
        [
            "{{ p.name }}",
            "{{ p.role or p.organization }}",
            "{{ p.country }}",
            "{{ p.side_label or '—' }}",
        ],
        [4.6, 6.4, 3.3, 2.0],
        "Keine Teilnehmer erfasst." if de else "No participants recorded.",
    )
    tag(doc, "{%p if mentioned %}")
    para(doc, "Ebenfalls erwähnt" if de else "Also mentioned", "Heading 2")
    tag(doc, "{%p for p in mentioned %}")
    para(doc, "{{ p.display }}", "List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")

    para(doc, "Hintergrund" if de else "Background", "Heading 1")
    text_or_empty(doc, "background", not_recorded)

    para(doc, "Besprochene Themen" if de else "Topics discussed", "Heading 1")
    tag(doc, "{%p if topics %}")
    tag(doc, "{%p for t in topics %}")
    bullet = para(doc, "", "List Bullet")
    bullet.add_run("{{ t.label }}").bold = True
    bullet.add_run("{% if t.summary %}: {{ t.summary }}{% endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Keine Themen erfasst." if de else "No topics recorded.", "Not Recorded")
    tag(doc, "{%p endif %}")

    para(doc, "Vereinbarungen" if de else "Agreements", "Heading 1")
    bullets_or_empty(
        doc,
        "agreements",
        "a",
        "{{ a.text }}{% if a.kind != 'agreed' %} ({{ a.kind_label }}){% endif %}",
        "Keine Vereinbarungen erfasst." if de else "No agreements recorded.",
    )

    para(doc, "Nachverfolgung" if de else "Follow-ups", "Heading 1")
    loop_table(
        doc,
        "follow_ups",
        "f",
        [
            "Maßnahme" if de else "Action",
            "Zuständig" if de else "Owner",
            "Frist" if de else "Due",
            "Stand" if de else "Status",
        ],
        ["{{ f.text }}", "{{ f.owner or '—' }}", "{{ f.due or '—' }}", "{{ f.status_label }}"],
        [8.3, 3.4, 2.8, 1.8],
        "Keine offenen Punkte erfasst." if de else "No follow-ups recorded.",
    )

    para(doc, "Quelle" if de else "Source", "Heading 1")
    tag(doc, "{%p if source.headline or source.file_name %}")
    para(doc, "{{ source.headline }}", "Source Note")
    para(
        doc,
        "{{ source.agency }}{% if source.agency and source.file_name %} · {% endif %}"
        "{{ source.file_name }}{% if source.imported %} · "
        + ("importiert am" if de else "imported")
        + " {{ source.imported }}{% endif %}",
        "Source Note",
    )
    tag(doc, "{%p else %}")
    para(doc, "Keine Quelle erfasst." if de else "No source recorded.", "Not Recorded")
    tag(doc, "{%p endif %}")
    return doc


def gespraechsvermerk() -> object:
    doc = new_document("de")
    header_and_footer(doc, "Seite", "von", "Gesprächsvermerk")
    para(doc, "Gesprächsvermerk", "Title")
    key_facts(
        doc,
        [
            ("Betreff", "{{ title or 'Gespräch' }}"),
            (
                "Ort und Datum",
                "{{ place or labels.unknown_place }}, {{ when }}",
            ),
            ("Verfasser", "{{ drafted_by or '—' }}"),
        ],
    )

    para(doc, "Teilnehmer", "Heading 1")
    tag(doc, "{%p if sides %}")
    tag(doc, "{%p for s in sides %}")
    para(doc, "{{ s.label }}", "Side Label")
    tag(doc, "{%p for p in s.people %}")
    para(doc, "{{ p.display }}", "List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Keine Teilnehmer erfasst.", "Not Recorded")
    tag(doc, "{%p endif %}")

    para(doc, "Verlauf nach Themen", "Heading 1")
    tag(doc, "{%p if topics %}")
    tag(doc, "{%p for t in topics %}")
    para(doc, "{{ loop.index }}. {{ t.label }}", "Heading 2")
    tag(doc, "{%p if t.summary %}")
    para(doc, "{{ t.summary|paragraphs }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Keine Themen erfasst.", "Not Recorded")
    tag(doc, "{%p endif %}")

    para(doc, "Ergebnisse", "Heading 1")
    bullets_or_empty(
        doc,
        "agreements",
        "a",
        "{{ a.text }}{% if a.kind != 'agreed' %} ({{ a.kind_label }}){% endif %}",
        "Keine Ergebnisse festgehalten.",
    )

    para(doc, "Weiteres Vorgehen", "Heading 1")
    loop_table(
        doc,
        "follow_ups",
        "f",
        ["Maßnahme", "Zuständig", "Frist", "Stand"],
        ["{{ f.text }}", "{{ f.owner or '—' }}", "{{ f.due or '—' }}", "{{ f.status_label }}"],
        [8.3, 3.4, 2.8, 1.8],
        "Kein weiteres Vorgehen vereinbart.",
    )

    para(doc, "Verteiler", "Heading 1")
    bullets_or_empty(doc, "distribution", "d", "{{ d }}", "Kein Verteiler angegeben.")
    return doc


def memcon() -> object:
    doc = new_document("en")
    header_and_footer(doc, "Page", "of", "Memorandum of conversation")
    para(doc, "Memorandum of Conversation", "Title")
    table = key_facts(
        doc,
        [
            ("Subject", "{{ title or 'Meeting' }}"),
            ("Participants", ""),
            ("Date, time and place", "{{ when }}{% if place %}, {{ place }}{% endif %}"),
            ("Drafted by", "{{ drafted_by or '—' }}"),
        ],
    )
    cell_paragraphs(
        table.rows[1].cells[1],
        [
            ("{%p if sides %}", None),
            ("{%p for s in sides %}", None),
            ("{{ s.label }}", "Side Label"),
            ("{%p for p in s.people %}", None),
            ("{{ p.display }}", None),
            ("{%p endfor %}", None),
            ("{%p endfor %}", None),
            ("{%p else %}", None),
            ("Not recorded.", "Not Recorded"),
            ("{%p endif %}", None),
        ],
    )

    para(doc, "Conversation", "Heading 1")
    tag(doc, "{%p if purpose %}")
    para(doc, "{{ purpose|paragraphs }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if topics %}")
    tag(doc, "{%p for t in topics %}")
    para(doc, "{{ t.label }}", "Heading 2")
    tag(doc, "{%p if t.summary %}")
    para(doc, "{{ t.summary|paragraphs }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "No topics recorded.", "Not Recorded")
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if agreements %}")
    para(doc, "Outcomes", "Heading 1")
    tag(doc, "{%p for a in agreements %}")
    para(
        doc,
        "{{ a.text }}{% if a.kind != 'agreed' %} ({{ a.kind_label }}){% endif %}",
        "List Bullet",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if follow_ups %}")
    para(doc, "Action items", "Heading 1")
    tag(doc, "{%p for f in follow_ups %}")
    para(
        doc,
        "{{ f.text }}{% if f.owner or f.due %} ({{ f.owner }}{% if f.owner and f.due %}, "
        "{% endif %}{% if f.due %}due {{ f.due }}{% endif %}){% endif %}",
        "List Bullet",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if distribution %}")
    note = para(doc, "Distribution: {{ distribution|join_list }}", "Source Note")
    note.paragraph_format.space_before = Pt(12)
    tag(doc, "{%p endif %}")
    return doc
