"""Plain-text tables and JSON shapes for ``briefing-app archive`` output."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # every command module is imported to build the parser, even for "open"
    from briefing_app.archive.types import FollowUpItem, MeetingSummary, RevisionInfo, SearchPage
    from briefing_app.model import Meeting


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(headers: list[str], rows: list[list[str]], widths: list[int]) -> str:
    """Columns padded to the widest cell (capped by *widths*)."""
    cells = [[_cut(c, w) for c, w in zip(row, widths, strict=True)] for row in rows]
    sizes = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(s) for h, s in zip(headers, sizes, strict=True)).rstrip()]
    lines.append("  ".join("-" * s for s in sizes))
    lines += ["  ".join(c.ljust(s) for c, s in zip(r, sizes, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def summary_json(item: MeetingSummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "date": item.date.isoformat() if item.date else None,
        "location": item.location,
        "counterpart": item.counterpart,
        "classification": item.classification,
        "countries": item.countries,
        "open_follow_ups": item.open_follow_ups,
        "revision": item.revision,
    }


def summaries_table(page: SearchPage, *, offset: int = 0) -> str:
    if not page.items:
        return (
            "No meetings found."
            if page.total == 0
            else f"No meetings on this page ({page.total} in all)."
        )
    rows = [
        [
            item.id[:12],
            item.date.isoformat() if item.date else "",
            item.title,
            item.location,
            item.counterpart,
            ",".join(item.countries),
            str(item.open_follow_ups or ""),
        ]
        for item in page.items
    ]
    text = table(
        ["ID", "Date", "Title", "Place", "Counterpart", "Countries", "Open"],
        rows,
        [12, 10, 48, 16, 24, 14, 4],
    )
    first, last = offset + 1, offset + len(page.items)
    return f"{text}\n\n{first}–{last} of {page.total} meetings."


def follow_up_json(item: FollowUpItem) -> dict[str, Any]:
    return {
        "meeting_id": item.meeting_id,
        "meeting_title": item.meeting_title,
        "meeting_date": item.meeting_date.isoformat() if item.meeting_date else None,
        "index": item.index,
        "text": item.text,
        "owner": item.owner,
        "due": item.due.isoformat() if item.due else None,
        "due_text": item.due_text,
        "status": item.status,
        "overdue": item.overdue,
    }


def follow_ups_table(items: list[FollowUpItem]) -> str:
    if not items:
        return "No open follow-ups."
    rows = [
        [
            ("OVERDUE " if i.overdue else "") + (i.due.isoformat() if i.due else i.due_text),
            i.owner,
            i.text,
            i.status,
            f"{i.meeting_id[:12]} {i.meeting_title}",
        ]
        for i in items
    ]
    overdue = sum(1 for i in items if i.overdue)
    body = table(["Due", "Owner", "Follow-up", "Status", "Meeting"], rows, [20, 20, 60, 7, 40])
    return f"{body}\n\n{len(items)} follow-ups, {overdue} overdue."


def meeting_text(meeting: Meeting, revisions: list[RevisionInfo]) -> str:
    lines = [meeting.title or "(untitled meeting)", "=" * min(78, max(8, len(meeting.title)))]
    place = meeting.location.name if meeting.location else ""
    facts = [
        ("Id", meeting.id),
        ("Date", meeting.date.isoformat() if meeting.date else ""),
        ("Place", place),
        ("Classification", meeting.classification),
        ("Countries", ", ".join(meeting.countries)),
        ("Tags", ", ".join(meeting.tags)),
    ]
    lines += [f"{label + ':':<16}{value}" for label, value in facts if value]
    for title, people in (("Attendees", meeting.attendees), ("Mentioned", meeting.mentioned)):
        if people:
            lines += ["", title]
            for p in people:
                extra = ", ".join(x for x in (p.role, p.organization, p.country or "") if x)
                lines.append(f"  - {p.name}" + (f" ({extra})" if extra else ""))
    if meeting.topics:
        lines += ["", "Topics"] + [f"  - {t.label}" for t in meeting.topics]
    if meeting.agreements:
        lines += ["", "Agreements"] + [f"  - [{a.kind}] {a.text}" for a in meeting.agreements]
    if meeting.follow_ups:
        lines += ["", "Follow-ups"]
        for n, f in enumerate(meeting.follow_ups, 1):
            due = f.due.isoformat() if f.due else f.due_text
            who = f" — {f.owner}" if f.owner else ""
            lines.append(f"  {n}. [{f.status}] {f.text}{who}" + (f" (due {due})" if due else ""))
    lines += ["", "Revisions"]
    lines += [
        f"  {r.number}. {r.saved_at.strftime('%Y-%m-%d %H:%M')} UTC  {r.summary}" for r in revisions
    ]
    return "\n".join(lines)
