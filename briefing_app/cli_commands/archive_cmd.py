"""``briefing-app archive …``: the local meeting archive."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.cli_commands.archive_output import (
    follow_up_json,
    follow_ups_table,
    meeting_text,
    summaries_table,
    summary_json,
)
from briefing_app.cli_commands.context import Context, parse_date_option
from briefing_app.errors import UserInputError

if TYPE_CHECKING:
    from briefing_app.archive import Archive


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "archive",
        help="work with the meeting archive",
        description="Add, list, search and show archived meetings; back up and restore.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(handler=run)
        return p

    add = action("add", "import a report or meeting file into the archive")
    add.add_argument("path", type=Path, metavar="PATH")
    add.add_argument("--reference-date", metavar="YYYY-MM-DD")
    listing = action("list", "list archived meetings, newest first")
    search = action("search", "search the archive")
    search.add_argument("query", metavar="QUERY")
    for p in (listing, search):
        p.add_argument("--country", metavar="XX", help="only meetings with this country")
        p.add_argument("--person", metavar="NAME", help="only meetings with this person")
        p.add_argument("--from", dest="date_from", metavar="DATE", help="on or after YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", metavar="DATE", help="on or before YYYY-MM-DD")
        p.add_argument("--tag", metavar="TAG", help="only meetings with this tag")
        p.add_argument("--classification", metavar="LEVEL")
        p.add_argument("--open-followups", action="store_true", help="only with open follow-ups")
        p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
        p.add_argument("--offset", type=int, default=0, help="skip this many")
    show = action("show", "show one meeting")
    show.add_argument("id", metavar="ID")
    followups = action("followups", "list open follow-ups across meetings, overdue first")
    followups.add_argument("--owner", metavar="NAME", help="only this owner's follow-ups")
    followups.add_argument("--all", action="store_true", help="include done and dropped ones")
    backup = action("backup", "write a consistent backup of the archive to a zip file")
    backup.add_argument("file", type=Path, metavar="FILE.zip")
    backup.add_argument("--force", action="store_true", help="overwrite an existing FILE.zip")
    restore = action("restore", "restore the archive from a backup zip file")
    restore.add_argument("file", type=Path, metavar="FILE.zip")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from briefing_app.archive import open_archive

    with open_archive(ctx.paths.archive_file, recovery_dir=ctx.paths.recovery) as archive:
        handler = {
            "add": _add,
            "list": _search,
            "search": _search,
            "show": _show,
            "followups": _followups,
            "backup": _backup,
            "restore": _restore,
        }[args.action]
        return handler(args, ctx, archive)


def _add(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    from briefing_app.workflow import open_meeting_or_report

    if not args.path.exists():
        raise UserInputError(f"{args.path} does not exist.")
    meeting = open_meeting_or_report(
        args.path,
        reference_date=parse_date_option(args.reference_date, "--reference-date"),
        settings=ctx.settings,
    )
    revision = archive.save(meeting)
    archive.auto_backup(
        ctx.paths.backups,
        keep=ctx.settings.backups_keep,
        min_interval=dt.timedelta(hours=ctx.settings.backup_interval_hours),
    )
    if args.json:
        ctx.print_json({"id": meeting.id, "revision": revision, "title": meeting.title})
    else:
        ctx.print(
            f"Archived '{meeting.title or args.path.name}' as {meeting.id} (revision {revision})."
        )
    return 0


def _search(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    from briefing_app.archive import ArchiveQuery

    text = getattr(args, "query", "") or ""
    query = ArchiveQuery(
        text=text,
        country=args.country,
        person=args.person,
        tag=args.tag,
        classification=args.classification,
        date_from=parse_date_option(args.date_from, "--from"),
        date_to=parse_date_option(args.date_to, "--to"),
        open_follow_ups=args.open_followups,
        sort="date_desc",
        limit=args.limit,
        offset=args.offset,
    )
    page = archive.search(query)
    if args.json:
        ctx.print_json(
            {
                "total": page.total,
                "offset": args.offset,
                "items": [summary_json(item) for item in page.items],
            }
        )
    else:
        ctx.print(summaries_table(page, offset=args.offset))
    return 0


def _show(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    meeting_id = archive.resolve_id(args.id)
    meeting = archive.get(meeting_id)
    revisions = archive.revisions(meeting_id)
    if args.json:
        data = meeting.model_dump(mode="json")
        data["archive"] = {
            "revision": revisions[-1].number,
            "revisions": [
                {"number": r.number, "saved_at": r.saved_at.isoformat(), "summary": r.summary}
                for r in revisions
            ],
        }
        ctx.print_json(data)
    else:
        ctx.print(meeting_text(meeting, revisions))
    return 0


def _followups(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    items = archive.follow_ups(owner=args.owner, include_done=args.all)
    if args.json:
        ctx.print_json([follow_up_json(item) for item in items])
    else:
        ctx.print(follow_ups_table(items))
    return 0


def _backup(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    if args.file.exists() and not args.force:
        raise UserInputError(f"{args.file} already exists; choose another name or add --force.")
    path = archive.backup(args.file)
    count = archive.count()
    if args.json:
        ctx.print_json({"file": str(path), "meetings": count})
    else:
        ctx.print(f"Backed up {count} meetings to {path}.")
    return 0


def _restore(args: argparse.Namespace, ctx: Context, archive: Archive) -> int:
    result = archive.restore(args.file)
    if args.json:
        ctx.print_json(
            {
                "file": str(args.file),
                "meetings": result.meetings,
                "replaced_copy": str(result.replaced_copy),
            }
        )
    else:
        ctx.print(
            f"Restored {result.meetings} meetings from {args.file}. The archive as it was "
            f"before is kept in {result.replaced_copy} (restore that file to undo)."
        )
    return 0
