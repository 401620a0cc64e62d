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
from layouts_dossier import dossier  # noqa: E402
from layouts_notes import briefing_note, gespraechsvermerk, memcon  # noqa: E402

from briefing_app.export.context import variables_for  # noqa: E402
from briefing_app.export.templates import TemplateInfo  # noqa: E402
from briefing_app.export.validate import check_source, read_source  # noqa: E402

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
