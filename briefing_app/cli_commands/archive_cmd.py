"""``briefing-app archive …``: the local meeting archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli_commands.context import Context
from briefing_app.errors import NotAvailableError


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
    action("followups", "list open follow-ups across meetings, overdue first")
    backup = action("backup", "write a consistent backup of the archive to a zip file")
    backup.add_argument("file", type=Path, metavar="FILE.zip")
    restore = action("restore", "restore the archive from a backup zip file")
    restore.add_argument("file", type=Path, metavar="FILE.zip")


def run(args: argparse.Namespace, ctx: Context) -> int:
    raise NotAvailableError("The archive is not available yet in this version.")
