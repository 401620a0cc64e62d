"""A dossier saved in the archive like a meeting.

The dossier becomes a ``Meeting(kind='dossier')``. Its officer-editable parts use
the Meeting's own fields (purpose, background, talking points, classification),
so the editor and the note templates show them as for any meeting. The gathered
data — sources, order, dropped meetings — travels as JSON in ``source.text`` with
``source.format`` set to :data:`DOSSIER_SOURCE_FORMAT`: the "source" of a dossier
is what was gathered, just as a report is the source of a meeting. The Meeting
schema needs no change.

Agreements and follow-ups are not copied into the Meeting's own lists: they
belong to the earlier meetings, and the archive's follow-up list would show
them twice.
"""

from __future__ import annotations

from pydantic import ValidationError

from briefing_app.dossier.data import dossier_data
from briefing_app.dossier.model import Dossier, SubjectKind
from briefing_app.errors import BriefingError
from briefing_app.model.errors import describe_validation_error
from briefing_app.model.meeting import Location, Meeting, Source, Topic

DOSSIER_SOURCE_FORMAT = "briefing-dossier+json"


class DossierDataError(BriefingError):
    """A saved dossier cannot be read back."""


def dossier_title(dossier: Dossier) -> str:
    key = "title_person" if dossier.subject.kind == SubjectKind.PERSON else "title_country"
    return dossier_data().phrase(dossier.language, key).format(subject=dossier.subject.label)


def to_meeting(dossier: Dossier, *, drafted_by: str = "") -> Meeting:
    """The dossier as a Meeting to save in the archive or export with a template."""
    payload = dossier.model_dump_json(indent=1)
    title = dossier_title(dossier)
    countries = [dossier.subject.code] if dossier.subject.code else []
    return Meeting(
        id=dossier.id,
        kind="dossier",
        title=title,
        # The meeting being prepared; until it is known, the day the dossier was made.
        date=dossier.meeting_date or dossier.as_of,
        location=Location(name=dossier.meeting_place) if dossier.meeting_place else None,
        classification=dossier.classification,
        language=dossier.language,
        purpose=dossier.purpose,
        background=dossier.background,
        talking_points=list(dossier.talking_points),
        countries=countries,
        topics=[
            Topic(
                label=t.label,
                summary=f"{t.count} meetings",
                keywords=t.labels[1:4],
            )
            for t in dossier.recurring_topics()
        ],
        tags=["dossier"],
        drafted_by=drafted_by,
        source=Source(format=DOSSIER_SOURCE_FORMAT, headline=title, text=payload),
    )


def is_dossier_meeting(meeting: Meeting) -> bool:
    return meeting.kind == "dossier" and meeting.source.format == DOSSIER_SOURCE_FORMAT


def from_meeting(meeting: Meeting) -> Dossier:
    """The dossier saved in *meeting*; edits made to the Meeting's fields win."""
    if not is_dossier_meeting(meeting):
        raise DossierDataError(
            f"“{meeting.title or meeting.id}” is not a briefing dossier made by Briefing Desk."
        )
    try:
        dossier = Dossier.model_validate_json(meeting.source.text)
    except ValidationError as exc:
        raise DossierDataError(
            f"The dossier “{meeting.title}” is damaged: {describe_validation_error(exc)}"
        ) from exc
    saved_date = dossier.meeting_date or dossier.as_of
    return dossier.model_copy(
        update={
            "id": meeting.id,
            "meeting_date": meeting.date if meeting.date != saved_date else dossier.meeting_date,
            "meeting_place": meeting.location.name if meeting.location else "",
            "purpose": meeting.purpose,
            "background": meeting.background,
            "talking_points": list(meeting.talking_points),
            "classification": meeting.classification,
            "language": meeting.language if meeting.language in ("de", "en") else "en",
        }
    )


def meeting_classification_warning(meeting: Meeting, new_level: str) -> str | None:
    """For the main editor: the warning when a saved dossier is marked below its sources.

    None for ordinary meetings and for levels that are high enough.
    """
    from briefing_app.dossier.edit import check_classification

    if not is_dossier_meeting(meeting):
        return None
    return check_classification(from_meeting(meeting), new_level)
