"""A one-line account of what changed between two versions of a meeting."""

from __future__ import annotations

from typing import Any

from briefing_app.model import Meeting

# Bookkeeping fields that change on every save and say nothing to the reader.
_IGNORED = {"modified", "provenance", "schema_version"}
_LIST_LABELS = {
    "attendees": ("attendee", "attendees"),
    "mentioned": ("person mentioned", "people mentioned"),
    "topics": ("topic", "topics"),
    "agreements": ("agreement", "agreements"),
    "follow_ups": ("follow-up", "follow-ups"),
    "talking_points": ("talking point", "talking points"),
    "tags": ("tag", "tags"),
    "countries": ("country", "countries"),
    "distribution": ("recipient", "distribution"),
}


def _plural(n: int, labels: tuple[str, str]) -> str:
    return f"{n} {labels[0] if n == 1 else labels[1]}"


def _list_change(field: str, old: list[Any], new: list[Any]) -> str:
    labels = _LIST_LABELS.get(field, (field, field))
    added = len(new) - len(old)
    if added > 0:
        return f"{_plural(added, labels)} added"
    if added < 0:
        return f"{_plural(-added, labels)} removed"
    changed = sum(1 for a, b in zip(old, new, strict=True) if a != b)
    if field == "follow_ups":
        statuses = [
            f"follow-up {i + 1} marked {b['status']}"
            for i, (a, b) in enumerate(zip(old, new, strict=True))
            if a.get("status") != b.get("status")
        ]
        if statuses and len(statuses) == changed:
            return ", ".join(statuses)
    return f"{_plural(changed, labels)} changed"


def describe_changes(old: Meeting | None, new: Meeting) -> str:
    """For example: 'title, date changed; 2 attendees added; follow-up 1 marked done'."""
    if old is None:
        origin = f" from {new.source.file_name}" if new.source.file_name else ""
        return f"created{origin}"
    before = old.model_dump(mode="json")
    after = new.model_dump(mode="json")
    scalars: list[str] = []
    lists: list[str] = []
    for field, value in after.items():
        if field in _IGNORED or before.get(field) == value:
            continue
        if isinstance(value, list):
            lists.append(_list_change(field, before.get(field) or [], value))
        elif field == "source":
            scalars.append("report text" if before["source"]["text"] != value["text"] else field)
        else:
            scalars.append(field.replace("_", " "))
    if not scalars and not lists:
        return "no changes"
    parts = [", ".join(scalars) + " changed"] if scalars else []
    return "; ".join(parts + lists)
