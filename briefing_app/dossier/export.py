"""Exporting a dossier through the export engine's public functions.

:func:`render_context` gives the values the dossier templates (``dossier-en``,
``dossier-de``) use beside the dossier's Meeting; :func:`export_dossier` writes
the Word file with them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date

from briefing_app.dossier.data import dossier_data
from briefing_app.dossier.model import Dossier, SubjectKind
from briefing_app.dossier.storage import from_meeting, is_dossier_meeting, to_meeting
from briefing_app.model.meeting import Meeting
from briefing_app.paths import AppPaths
from briefing_app.settings import Settings

DEFAULT_TEMPLATES = {"de": "dossier-de", "en": "dossier-en"}


def default_template(settings: Settings) -> str:
    """``dossier-de`` for a German interface, else ``dossier-en``."""
    return DEFAULT_TEMPLATES.get(settings.interface_language, DEFAULT_TEMPLATES["en"])


@lru_cache(maxsize=4096)
def _short_date(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return format_date(day, format="medium", locale=Locale.parse(language))


def render_context(dossier: Dossier) -> dict[str, Any]:
    """The dossier's part of the template context (the export adds ``meeting`` and the rest).

    Keys: ``previous_meetings`` (date, place, title, participants, topics),
    ``open_items`` (text, owner, due — the overdue ones say so, meeting),
    ``people`` (name, role, organization, country, meetings), ``recurring_topics``
    (label, count), ``agreements`` (text, kind, kind_label, date and meeting written
    out) and
    ``participants``: the counterparts (the person; for a country, its people at
    the latest meeting), since a dossier's Meeting has no attendees of its own.
    """
    lang = dossier.language
    data = dossier_data()

    by_id = dossier.sources_by_id()

    def meeting_label(meeting_id: str) -> str:
        source = by_id[meeting_id]
        return ", ".join(p for p in (_short_date(source.date, lang), source.place) if p)

    previous = [
        {
            "title": s.title,
            "date": s.date,
            "place": s.place,
            "participants": [p.name for p in s.participants],
            "topics": [t.label for t in s.topics],
        }
        for s in dossier.timeline()
    ]
    open_items = []
    for item in dossier.open_items():
        due: Any = item.due or item.due_text
        if item.overdue:
            due = data.phrase(lang, "overdue").format(
                due=_short_date(item.due, lang), days=item.days_overdue
            )
        open_items.append(
            {
                "text": item.text,
                "owner": item.owner,
                "due": due,
                "meeting": meeting_label(item.meeting_id),
            }
        )
    people = dossier.people()
    return {
        "previous_meetings": previous,
        "open_items": open_items,
        "people": [
            {
                "name": p.name,
                "role": p.role,
                "organization": p.organization,
                "country": p.country,
                "meetings": p.meetings,
            }
            for p in people
        ],
        "recurring_topics": [
            {"label": t.label, "count": t.count} for t in dossier.recurring_topics()
        ],
        "agreements": [
            {
                "text": a.text,
                "kind": a.kind.value,
                "kind_label": data.phrase(lang, f"kind_{a.kind.value}"),
                "date": _short_date(a.date, lang),
                "meeting": meeting_label(a.meeting_id),
            }
            for a in dossier.agreements()
        ],
        "participants": counterparts(dossier, people),
    }


def counterparts(dossier: Dossier, people: list | None = None) -> list[dict[str, str]]:
    """Whom the briefing prepares for, as the export's participant entries."""
    from briefing_app.dossier.gather import country_name
    from briefing_app.dossier.names import same_person

    people = dossier.people() if people is None else people
    if dossier.subject.kind == SubjectKind.PERSON:
        chosen = [p for p in people if same_person(dossier.subject.label, p.name)][:1]
    else:
        # The counterparts at the latest meeting that recorded any.
        latest: set[str] = set()
        for source in sorted(
            (s for s in dossier.kept() if s.date is not None), key=lambda s: s.date, reverse=True
        ):
            latest = {p.name for p in source.participants if p.country == dossier.subject.code}
            if latest:
                break
        chosen = [p for p in people if p.counterpart and latest & set(p.spellings)]
    result = []
    for p in chosen:
        country = country_name(p.country, dossier.language) if p.country else ""
        details = ", ".join(d for d in (p.role or p.organization, country) if d)
        result.append(
            {
                "name": p.name,
                "role": p.role,
                "organization": p.organization,
                "country": p.country or "",
                "country_code": p.country or "",
                "side": "other",
                "side_label": "",
                "display": f"{p.name} ({details})" if details else p.name,
            }
        )
    return result


def extra_for_meeting(meeting: Meeting) -> dict[str, Any] | None:
    """The dossier context for a saved dossier Meeting (None for an ordinary meeting).

    For whoever exports a Meeting they did not gather themselves (the editor's
    export, ``briefing-app export``): pass the result as ``extra``.
    """
    if not is_dossier_meeting(meeting):
        return None
    return render_context(from_meeting(meeting))


def export_dossier(
    dossier: Dossier,
    *,
    template: str,
    output: Path | None,
    paths: AppPaths,
    settings: Settings,
    force: bool = False,
    pdf: bool = False,
) -> Any:
    """Write the dossier as a Word file (and PDF); returns the export's ExportResult."""
    from briefing_app.export import export_meeting

    meeting = to_meeting(dossier, drafted_by=settings.author)
    return export_meeting(
        meeting,
        template=template,
        output=output,
        paths=paths,
        settings=settings,
        force=force,
        pdf=pdf,
        extra=render_context(dossier),
    )
