"""What the officer changes in a gathered dossier: drop, restore, reorder, classification."""

from __future__ import annotations

import datetime as dt

from briefing_app.dossier.model import Dossier
from briefing_app.errors import BriefingError, UserInputError
from briefing_app.model.codes import find_classification


class ClassificationLoweredError(BriefingError):
    """The dossier would be marked below the highest classification of its sources."""


def drop(dossier: Dossier, meeting_id: str) -> None:
    """Leave a meeting (and its agreements, follow-ups, people, marking) out of the briefing."""
    dossier.source(meeting_id)  # KeyError for an unknown id
    if meeting_id not in dossier.dropped:
        dossier.dropped = [*dossier.dropped, meeting_id]


def restore(dossier: Dossier, meeting_id: str) -> None:
    dossier.dropped = [i for i in dossier.dropped if i != meeting_id]


def move(dossier: Dossier, meeting_id: str, offset: int) -> bool:
    """Move a kept meeting *offset* places in the timeline (negative = up). False at an edge.

    Left-out meetings keep their place among the others, so keeping one again
    puts it back where it was.
    """
    kept = dossier.timeline_ids()
    if meeting_id not in kept or offset == 0:
        return False
    at = kept.index(meeting_id)
    target = max(0, min(len(kept) - 1, at + offset))
    if target == at:
        return False
    full = _full_order(dossier)
    full.remove(meeting_id)
    anchor = full.index(kept[target])
    full.insert(anchor if target < at else anchor + 1, meeting_id)
    dossier.order = full
    return True


def _full_order(dossier: Dossier) -> list[str]:
    """Every source id, left-out ones included, in the officer's order."""
    known = {s.meeting_id for s in dossier.sources}
    ordered = [i for i in dict.fromkeys(dossier.order) if i in known]
    placed = set(ordered)
    newest_first = sorted(
        dossier.sources, key=lambda s: (s.date or dt.date.min, s.meeting_id), reverse=True
    )
    return ordered + [s.meeting_id for s in newest_first if s.meeting_id not in placed]


def check_classification(dossier: Dossier, new_level: str) -> str | None:
    """A warning sentence when *new_level* is below what the dossier's sources carry."""
    try:
        wanted = find_classification(new_level)
    except ValueError as exc:
        raise UserInputError(str(exc)[0].upper() + str(exc)[1:] + ".") from exc
    minimum = dossier.minimum_level()
    if wanted.rank >= minimum.rank:
        return None
    source = dossier.minimum_source()
    where = ""
    if source is not None:
        when = source.date.isoformat() if source.date else ""
        details = ", ".join(part for part in (when, source.place) if part)
        name = source.title or source.meeting_id
        where = f" (the meeting of {details}: {name})" if details else f" (the meeting {name})"
    shown = wanted.label if wanted.rank else "unclassified"
    return (
        f"This dossier draws on material classified {minimum.label}{where}. "
        f"Marking it {shown} would lower it below its sources; "
        f"keep {minimum.label} or higher unless the material has been declassified."
    )


def set_classification(dossier: Dossier, new_level: str, *, force: bool = False) -> str | None:
    """Mark the dossier *new_level*; lowering it below its sources needs *force*.

    Returns the warning that was overridden (or None).
    """
    warning = check_classification(dossier, new_level)
    if warning is not None and not force:
        raise ClassificationLoweredError(warning)
    dossier.classification = new_level
    return warning
