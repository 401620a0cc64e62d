"""Layout of the built-in dossier templates ("Gesprächsunterlage" / meeting brief)."""

from __future__ import annotations

from docx_kit import (
    bullets_or_empty,
    loop_table,
    para,
    tag,
    text_or_empty,
    titled_document,
)


def dossier(language: str) -> object:
    de = language == "de"
    doc = titled_document(
        language,
        "Gesprächsunterlage" if de else "Meeting brief",
        [
            ("Termin" if de else "Date", "{{ when }}"),
            ("Ort" if de else "Place", "{{ place or labels.unknown_place }}"),
            (
                "Gesprächspartner" if de else "Counterparts",
                "{{ participants|map(attribute='display')|join_list or '—' }}",
            ),
            ("Zweck" if de else "Purpose", "{{ purpose or '—' }}"),
        ],
    )

    para(doc, "Sprechpunkte" if de else "Talking points", "Heading 1")
    bullets_or_empty(
        doc,
        "talking_points",
        "point",
        "{{ point }}",
        "Noch keine Sprechpunkte." if de else "No talking points yet.",
    )

    para(doc, "Hintergrund" if de else "Background", "Heading 1")
    text_or_empty(
        doc, "background", "Kein Hintergrund erfasst." if de else "No background recorded."
    )
    tag(doc, "{%p if recurring_topics %}")
    para(doc, "Wiederkehrende Themen" if de else "Recurring topics", "Heading 2")
    tag(doc, "{%p for t in recurring_topics %}")
    para(
        doc,
        "{{ t.label }} ("
        + ("{{ t.count }}-mal angesprochen)" if de else "raised {{ t.count }} times)"),
        "List Bullet",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if people %}")
    para(doc, "Gesprächspartner früherer Begegnungen" if de else "People met before", "Heading 2")
    tag(doc, "{%p for p in people %}")
    para(
        doc,
        "{{ p.display }}"
        + (" – {{ p.meetings }} Begegnung(en)" if de else " – {{ p.meetings }} meeting(s)"),
        "List Bullet",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")

    para(doc, "Bisherige Begegnungen" if de else "Previous meetings", "Heading 1")
    loop_table(
        doc,
        "previous_meetings",
        "m",
        [
            "Datum" if de else "Date",
            "Ort" if de else "Place",
            "Teilnehmer" if de else "Participants",
            "Themen" if de else "Topics",
        ],
        [
            "{{ m.date or '—' }}",
            "{{ m.place or '—' }}",
            "{{ m.participants or '—' }}",
            "{{ m.topics or '—' }}",
        ],
        [2.9, 2.6, 5.0, 5.8],
        "Keine früheren Begegnungen im Archiv." if de else "No earlier meetings in the archive.",
    )

    para(
        doc,
        "Vereinbarungen und unterzeichnete Dokumente" if de else "Agreements and documents signed",
        "Heading 1",
    )
    loop_table(
        doc,
        "agreements",
        "a",
        [
            "Datum" if de else "Date",
            "Vereinbarung" if de else "Agreement",
            "Art" if de else "Kind",
            "Aus Begegnung" if de else "From meeting",
        ],
        [
            "{{ a.date or '—' }}",
            "{{ a.text }}",
            "{{ a.kind_label or a.kind }}",
            "{{ a.meeting or '—' }}",
        ],
        [2.6, 8.1, 2.2, 3.4],
        "Keine Vereinbarungen im Archiv." if de else "No agreements in the archive.",
    )

    para(doc, "Offene Punkte" if de else "Open items", "Heading 1")
    loop_table(
        doc,
        "open_items",
        "i",
        [
            "Punkt" if de else "Item",
            "Zuständig" if de else "Owner",
            "Frist" if de else "Due",
            "Aus Begegnung" if de else "From meeting",
        ],
        ["{{ i.text }}", "{{ i.owner or '—' }}", "{{ i.due or '—' }}", "{{ i.meeting or '—' }}"],
        [7.0, 3.0, 2.6, 3.7],
        "Keine offenen Punkte." if de else "No open items.",
    )
    return doc


# name: (builder, title, language, kind, file name label, description)
