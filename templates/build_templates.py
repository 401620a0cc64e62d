"""Build the built-in Word templates in this folder (run: python templates/build_templates.py).

The .docx files and their JSON manifests are committed, so the application needs
no build step; run this script again after changing a template here and commit
the result. Each manifest lists the fields its template uses (read from the
template itself) and documents the context the template is rendered with.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_kit import (  # noqa: E402
    bullets_or_empty,
    cell_paragraphs,
    header_and_footer,
    key_facts,
    loop_table,
    new_document,
    para,
    tag,
    text_or_empty,
)

from briefing_app.export.context import variables_for  # noqa: E402
from briefing_app.export.templates import TemplateInfo  # noqa: E402
from briefing_app.export.validate import check_source, read_source  # noqa: E402


def briefing_note(language: str) -> object:
    de = language == "de"
    doc = new_document(language)
    header_and_footer(
        doc,
        "Seite" if de else "Page",
        "von" if de else "of",
        "Gesprächsnotiz" if de else "Briefing note",
    )
    para(doc, "Gesprächsnotiz" if de else "Briefing note", "Document Type")
    para(doc, "{{ title or 'Gespräch' }}" if de else "{{ title or 'Meeting' }}", "Title")
    key_facts(
        doc,
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


def dossier(language: str) -> object:
    de = language == "de"
    doc = new_document(language)
    header_and_footer(
        doc,
        "Seite" if de else "Page",
        "von" if de else "of",
        "Gesprächsunterlage" if de else "Meeting brief",
    )
    para(doc, "Gesprächsunterlage" if de else "Meeting brief", "Document Type")
    para(doc, "{{ title or 'Gespräch' }}" if de else "{{ title or 'Meeting' }}", "Title")
    key_facts(
        doc,
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
TEMPLATES = {
    "briefing-note-de": (
        lambda: briefing_note("de"),
        "Gesprächsnotiz (Briefing note, Deutsch)",
        "de",
        "note",
        "Briefing",
        "Gesprächsnotiz: Zweck, Teilnehmer (Tabelle), Hintergrund, besprochene Themen, "
        "Vereinbarungen, Nachverfolgung mit Zuständigkeit, Frist und Stand, Quelle.",
    ),
    "briefing-note-en": (
        lambda: briefing_note("en"),
        "Briefing note (English)",
        "en",
        "note",
        "Briefing",
        "Briefing note: purpose, participants table, background, topics discussed, "
        "agreements, follow-ups with owner, due date and status, source.",
    ),
    "gespraechsvermerk": (
        gespraechsvermerk,
        "Gesprächsvermerk",
        "de",
        "note",
        "Vermerk",
        "Gesprächsvermerk: Betreff, Ort und Datum, Teilnehmer, Verlauf nach Themen, "
        "Ergebnisse, Weiteres Vorgehen, Verteiler.",
    ),
    "memcon": (
        memcon,
        "Memorandum of conversation",
        "en",
        "note",
        "Memcon",
        "Memorandum of conversation: subject, participants by side, date, time and place, "
        "narrative by topic, drafted by.",
    ),
    "dossier-de": (
        lambda: dossier("de"),
        "Gesprächsunterlage (Dossier, Deutsch)",
        "de",
        "dossier",
        "Gespraechsunterlage",
        "Gesprächsunterlage vor einem Treffen: Sprechpunkte, Hintergrund, bisherige "
        "Begegnungen, offene Punkte.",
    ),
    "dossier-en": (
        lambda: dossier("en"),
        "Meeting brief (dossier, English)",
        "en",
        "dossier",
        "Meeting-brief",
        "Brief before a meeting: talking points, background, previous meetings, open items.",
    ),
}


def save_reproducibly(document, target: Path) -> None:
    """Save with fixed zip timestamps, so an unchanged template gives an unchanged file."""
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zip_out,
    ):
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zip_out.writestr(info, source.read(item.filename))
    target.write_bytes(out.getvalue())


def main() -> None:
    for name, (build, title, language, kind, label, description) in TEMPLATES.items():
        target = HERE / f"{name}.docx"
        save_reproducibly(build(), target)
        info = TemplateInfo(
            name=name,
            language=language,
            description=description,
            path=target,
            builtin=True,
            kind=kind,
        )
        fields = sorted(check_source(info, read_source(target)))
        manifest = {
            "name": name,
            "title": title,
            "language": language,
            "kind": kind,
            "description": description,
            "file_label": label,
            "fields": fields,
            "context": variables_for(kind),
        }
        target.with_suffix(".json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {target.relative_to(HERE.parent)} and its manifest")


if __name__ == "__main__":
    main()
